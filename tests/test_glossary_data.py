"""Checks on the shipped data file, glossary.json (plain json + stdlib; pypinyin/tinydb/zhgloss where noted).

The glossary is a TinyDB file: {"entries": {"1": {...}, "2": {...}, ...}}. Decisions behind the data
(readings, regional forms, UNVERIFIED points) are in docs/glossary-notes.md.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "glossary.json"
SHARED = Path(os.environ.get("ZHGLOSS_SHARED", ROOT.parent / "shared"))  # as in conftest.py
ARTICLES = SHARED / "articles"
ARTICLE_000 = ARTICLES / "000_d48d05291781f3c4.txt"

KEYS = {
    "id",
    "type",
    "zh",
    "zh_hant",
    "pinyin",
    "en",
    "aliases",
    "zh_aliases",
    "en_adopted",
    "refers_to",
    "roles",
    "note",
    "sources",
}
OPTIONAL_KEYS = {"forbidden", "always_gloss", "safe_forms"}  # written only when set (Entry.to_dict)
ROLE_KEYS = {"title", "org", "org_id", "from", "to", "source"}
TYPES = {"person", "org", "product", "place", "phrase", "nickname", "stock_code", "work"}
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ARTICLE_LABELS = {"article:000", "article:003"}
TONE_MARKS = {"\u0304", "\u0301", "\u030c", "\u0300"}  # tones 1-4 after NFD; U+0308 (ü) is kept

# --------------------------------------------------------------------------- loading

RAW = GLOSSARY.read_bytes()
DATA = json.loads(RAW.decode("utf-8"))
ENTRIES: list[dict[str, Any]] = list(DATA["entries"].values())
BY_ID = {e["id"]: e for e in ENTRIES}
BY_ZH = {e["zh"]: e for e in ENTRIES if e["zh"]}


def entry_ids(entries: list[dict[str, Any]] = ENTRIES) -> list[str]:
    return [e["id"] for e in entries]


# --------------------------------------------------------------------------- helpers


def fold_alnum(text: str) -> str:
    """Case-folded letters and digits only (tone-marked letters and ü kept as they are)."""
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum())


def toneless(pinyin: str) -> str:
    """Pinyin without tone marks, spaces or apostrophes, lower-cased ("Liú Qiángdōng" -> "liuqiangdong")."""
    bare = "".join(c for c in unicodedata.normalize("NFD", pinyin) if c not in TONE_MARKS)
    return fold_alnum(bare)


def en_fold(text: str) -> str:
    """Like zhgloss.script.en_key: letters and digits only, case-folded, accents dropped."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


def zh_fold(text: str) -> str:
    """Like zhgloss.script.zh_key: name separators and spaces removed, Latin case-folded."""
    return re.sub(r"[\s\u00b7\u2022\u30fb\u2027\uff0e]+", "", text).casefold()


def has_cjk(text: str) -> bool:
    return any(0x3400 <= ord(c) <= 0x9FFF or 0x20000 <= ord(c) <= 0x323AF for c in text)


def zh_forms(e: dict[str, Any]) -> list[str]:
    return [f for f in (e["zh"], e["zh_hant"]) if f] + list(e["zh_aliases"])


def en_forms(e: dict[str, Any]) -> list[str]:
    return [e["en"], *e["aliases"]]


def all_texts(e: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for key in ("zh", "zh_hant", "pinyin", "en", "refers_to", "note"):
        if e[key] is not None:
            yield key, e[key]
    for key in ("aliases", "zh_aliases", "sources"):
        for v in e[key]:
            yield key, v
    for role in e["roles"]:
        for k, v in role.items():
            if v is not None:
                yield f"roles.{k}", v


# --------------------------------------------------------------------------- file shape


def test_file_is_a_tinydb_file_with_one_entries_table() -> None:
    assert list(DATA) == ["entries"]
    docs = DATA["entries"]
    assert isinstance(docs, dict) and docs
    assert sorted(int(k) for k in docs) == list(range(1, len(docs) + 1)), "document ids must be 1..N"
    assert all(isinstance(v, dict) for v in docs.values())


def test_file_is_canonical_json() -> None:
    """Byte-identical to json.dumps(..., ensure_ascii=False, indent=2, sort_keys=True) + newline."""
    canonical = json.dumps(json.loads(RAW), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert canonical.encode("utf-8") == RAW
    assert b"\\u" not in RAW, "real characters, not \\u escapes"


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_entry_has_exactly_the_keys(e: dict[str, Any]) -> None:
    assert KEYS <= set(e) <= KEYS | OPTIONAL_KEYS
    for role in e["roles"]:
        assert set(role) == ROLE_KEYS


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_entry_field_types(e: dict[str, Any]) -> None:
    assert e["type"] in TYPES
    assert isinstance(e["en"], str) and e["en"]
    for key in ("zh", "zh_hant", "pinyin", "refers_to", "note"):
        assert e[key] is None or (isinstance(e[key], str) and e[key].strip()), key
    for key in ("aliases", "zh_aliases", "sources"):
        assert isinstance(e[key], list) and all(isinstance(v, str) and v.strip() for v in e[key]), key
        assert len(set(e[key])) == len(e[key]), f"{key} repeats an item"
    assert isinstance(e["en_adopted"], bool)
    assert isinstance(e["roles"], list)
    for role in e["roles"]:
        assert isinstance(role["title"], str) and role["title"]
        for k in ("from", "to"):
            assert role[k] is None or DATE_RE.match(role[k]), (k, role[k])
        if role["from"] and role["to"]:
            assert role["from"][:4] <= role["to"][:4]
    assert e["sources"], "every entry names a source"


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_text_is_already_normalized(e: dict[str, Any]) -> None:
    """NFC, no full-width ASCII, no doubled or edge spaces: what zhgloss's model would store unchanged."""
    for key, text in all_texts(e):
        assert unicodedata.normalize("NFC", text) == text, key
        assert not any(0xFF01 <= ord(c) <= 0xFF5E or c == "\u3000" for c in text), (key, text)
        assert re.sub(r"\s+", " ", text).strip() == text, (key, text)


def test_ids_unique_and_slugs() -> None:
    ids = entry_ids()
    assert len(ids) == len(set(ids))
    bad = [i for i in ids if not SLUG_RE.match(i)]
    assert not bad


def test_references_resolve() -> None:
    for e in ENTRIES:
        if e["refers_to"] is not None:
            assert e["refers_to"] in BY_ID, e["id"]
            assert e["refers_to"] != e["id"]
            assert BY_ID[e["refers_to"]]["type"] not in ("nickname", "stock_code"), "point at the real entity"
        for role in e["roles"]:
            if role["org_id"] is not None:
                assert role["org_id"] in BY_ID, (e["id"], role["org_id"])
                assert BY_ID[role["org_id"]]["type"] == "org"
                assert role["org"], "an org_id comes with a display name"


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_refers_to_only_for_nicknames_and_stock_codes(e: dict[str, Any]) -> None:
    assert (e["refers_to"] is not None) == (e["type"] in ("nickname", "stock_code"))


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_every_role_is_sourced(e: dict[str, Any]) -> None:
    # lookup shows a role as a fact; one whose only sources were dropped stays in the note, marked UNVERIFIED
    # (the thirty-fourth session's review, G3: 卢伟冰 "partner", 邹涛 "chairman (2025 AGM notice)", 求伯君's
    # retirement date).
    for role in e["roles"]:
        assert role["source"], (e["id"], role["title"])


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_sources_are_articles_or_urls(e: dict[str, Any]) -> None:
    for s in e["sources"]:
        assert s in ARTICLE_LABELS or s.startswith(("http://", "https://")), s
    for role in e["roles"]:
        # A role whose dates rest on two sources names both, separated by "; " (see glossary-notes.md).
        for s in (role["source"] or "").split("; ") if role["source"] else []:
            assert s in ARTICLE_LABELS or s.startswith(("http://", "https://")), s
            assert s in e["sources"], f"role cites {s} but the entry's sources do not"


# Content farms, scrapers and Wikipedia mirrors (glossary-notes.md item 6): none may be cited again.
CONTENT_FARMS = (
    "italuxu.com",
    ".ipfs.",
    "ipfs.io",
    "dweb.link",
    "52diyhome.com",
    "52optcis.com",
    "58mycm.com",
    "aigc-chatgpt.com",
    "aijingu.com",
    "auzhu.com",
    "baihangdp.com",
    "bg3.co",
    "cn7151.com",
    "contextualchinese.com",
    "cpu8848.com",
    "cread.tw",
    "de.zxc.wiki",
    "deepwiki.com",
    "dfrtw.com",
    "dianying.588733.com",
    "digipub.cc",
    "expertmoney.co.za",
    "fintastic.trading",
    "gongyi.eeju.com",
    "gzcsmx.com",
    "handmsg.com",
    "hkyyi.com",
    "iscefidefi.com",
    "itsfun.com.tw",
    "jintiankansha.me",
    "laicaila.com",
    "laitimes.com",
    "m.cnu.com.cn",
    "m.fx361.cc",
    "m.newseed.cn",
    "outofmemory.cn",
    "pm4x.cn",
    "pt.frwiki.wiki",
    "reportify.ai",
    "shangchan.cn",
    "software-archive.tifan.la",
    "stacaes.com",
    "sxtzb.cn",
    "szpxe.com",
    "tgbgc.cn",
    "tzxzsh.com",
    "wanbiaoku.com",
    "wiki.zhaimax.com",
    "xjw7.com.cn",
    "xmztd.com",
    "yoyou.com",
    "yunnanlong.com",
    "yzeyc.com",
)


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_no_content_farm_or_mirror_sources(e: dict[str, Any]) -> None:
    cited = [*e["sources"], *(r["source"] or "" for r in e["roles"])]
    assert not [s for s in cited if any(farm in s for farm in CONTENT_FARMS)]


# --------------------------------------------------------------------------- required names

REQUIRED = [
    # people
    ("雷军", "Lei Jun"),
    ("王翔", "Wang Xiang"),
    ("邹涛", "Zou Tao"),
    ("马云", "Jack Ma"),
    ("刘强东", "Liu Qiangdong"),
    ("求伯君", "Qiu Bojun"),
    ("马化腾", "Pony Ma"),
    ("李彦宏", "Robin Li"),
    ("丁磊", "William Ding"),
    ("陈年", "Chen Nian"),
    ("黄章", "Huang Zhang"),
    ("卢伟冰", "Lu Weibing"),
    ("史蒂夫·乔布斯", "Steve Jobs"),
    ("埃隆·马斯克", "Elon Musk"),
    (None, "Yingwei Fu"),
    # organisations
    ("小米", "Xiaomi"),
    ("小米集团", "Xiaomi Group"),
    ("金山软件", "Kingsoft"),
    ("金山办公", "Kingsoft Office"),
    ("金山云", "Kingsoft Cloud"),
    ("天眼查", "Tianyancha"),
    ("京东", "JD.com"),
    ("阿里巴巴", "Alibaba"),
    ("网易", "NetEase"),
    ("卓越网", "Joyo.com"),
    ("凡客诚品", "VANCL"),
    ("亚马逊", "Amazon"),
    ("魅族", "Meizu"),
    ("特斯拉", "Tesla"),
    ("比亚迪", "BYD"),
    ("丰田", "Toyota"),
    ("苹果", "Apple"),
    ("富途", "Futu"),
    ("腾讯", "Tencent"),
    ("百度", "Baidu"),
    ("香港交易所", "HKEX"),
    ("香港联合交易所", "Stock Exchange of Hong Kong"),
    ("纳斯达克", "Nasdaq"),
    ("上海证券交易所", "Shanghai Stock Exchange"),
    ("科创板", "STAR Market"),
    ("小米汽车", "Xiaomi EV"),
    # place, products, work
    ("小米科技园", "Xiaomi Science and Technology Park"),
    ("微博", "Weibo"),
    ("微信", "WeChat"),
    ("WPS", "WPS"),
    ("小米SU7", "Xiaomi SU7"),
    ("一往无前", "Xiaomi's official biography"),
    # nicknames
    ("雷布斯", "Leibusi"),
    ("雷斯克", "Leisike"),
    ("雷厂长", "Factory Director Lei"),
    ("雷总", "Mr. Lei"),
    ("WPS之父", "Father of WPS"),
    # stock codes (en = the article's form)
    ("03888.HK", "3888:HKEX"),
    ("01810.HK", "1810:HKEX"),
    ("688111", "688111:SH"),
    ("KC", "KC:NASDAQ"),
    ("JD", "JD:NASDAQ"),
    # phrases
    ("人车家全生态", "people, cars, and homes"),
    ("顺势而为", "go with the flow"),
    ("高端战略", "high-end strategy"),
    ("铁人三项", "triathlon"),
    ("爽文男主", "protagonist of a thrilling story"),
    ("霸道总裁", "domineering CEO"),
    ("民族软件", "national software"),
    ("配角", "supporting role"),
    ("物联网", "Internet of Things"),
    ("平均售价", "ASP"),
    ("港元", "HK$"),
]


@pytest.mark.parametrize(("zh", "en"), REQUIRED, ids=[en for _, en in REQUIRED])
def test_required_name_present(zh: str | None, en: str) -> None:
    matches = [e for e in ENTRIES if e["en"] == en]
    assert len(matches) == 1, f"{en!r}: {len(matches)} entries"
    assert matches[0]["zh"] == zh


def test_required_list_covers_every_entry() -> None:
    assert {en for _, en in REQUIRED} == {e["en"] for e in ENTRIES}


TYPES_EXPECTED = {
    "雷布斯": "nickname",
    "雷斯克": "nickname",
    "雷厂长": "nickname",
    "雷总": "nickname",
    "WPS之父": "nickname",
    "03888.HK": "stock_code",
    "01810.HK": "stock_code",
    "688111": "stock_code",
    "KC": "stock_code",
    "JD": "stock_code",
    "顺势而为": "phrase",
    "港元": "phrase",
    "平均售价": "phrase",
    "物联网": "phrase",
    "一往无前": "work",
    "小米科技园": "place",
    "小米SU7": "product",
    "WPS": "product",
    "腾讯": "org",
    "小米": "org",
    "小米集团": "org",
    "金山软件": "org",
    "雷军": "person",
}


@pytest.mark.parametrize(("zh", "kind"), TYPES_EXPECTED.items())
def test_types(zh: str, kind: str) -> None:
    assert BY_ZH[zh]["type"] == kind


REFERS = {
    "雷布斯": "lei-jun",
    "雷斯克": "lei-jun",
    "雷厂长": "lei-jun",
    "雷总": "lei-jun",
    "WPS之父": "qiu-bojun",
    "03888.HK": "kingsoft",
    "01810.HK": "xiaomi-group",
    "688111": "kingsoft-office",
    "KC": "kingsoft-cloud",
    "JD": "jd-com",
}


@pytest.mark.parametrize(("zh", "target"), REFERS.items())
def test_refers_to(zh: str, target: str) -> None:
    assert BY_ZH[zh]["refers_to"] == target


def test_entities_md_decisions_kept() -> None:
    # 金山 alone is an alias of 金山软件; 金山办公 and 金山云 are their own entries.
    assert "金山" in BY_ZH["金山软件"]["zh_aliases"]
    # 小米 and 小米集团 are separate entries.
    assert BY_ZH["小米"]["id"] != BY_ZH["小米集团"]["id"]
    # Alternative English forms are aliases, the article's form is en.
    assert "Ma Yun" in BY_ZH["马云"]["aliases"]
    assert "Richard Liu" in BY_ZH["刘强东"]["aliases"]
    assert "Ma Huateng" in BY_ZH["马化腾"]["aliases"]
    assert "Ding Lei" in BY_ZH["丁磊"]["aliases"]
    assert {"乔布斯", "喬布斯", "賈伯斯"} <= set(BY_ZH["史蒂夫·乔布斯"]["zh_aliases"])
    assert {"马斯克", "伊隆·马斯克"} <= set(BY_ZH["埃隆·马斯克"]["zh_aliases"])
    assert {"金山", "金山公司", "金山軟體"} <= set(BY_ZH["金山软件"]["zh_aliases"])
    # Translator options kept as aliases and flagged as such.
    assert "Director Lei" in BY_ZH["雷厂长"]["aliases"] and "UNVERIFIED" in BY_ZH["雷厂长"]["note"]
    assert "Boss Lei" in BY_ZH["雷总"]["aliases"] and "UNVERIFIED" in BY_ZH["雷总"]["note"]


# --------------------------------------------------------------------------- pinyin

CORE_PINYIN = {
    "雷军": "Léi Jūn",
    "王翔": "Wáng Xiáng",
    "邹涛": "Zōu Tāo",
    "马云": "Mǎ Yún",
    "刘强东": "Liú Qiángdōng",
    "李彦宏": "Lǐ Yànhóng",
    "马化腾": "Mǎ Huàténg",
    "顺势而为": "shùnshì ér wéi",
    "雷厂长": "Léi chǎngzhǎng",
    "小米集团": "Xiǎomǐ Jítuán",
    "金山软件": "Jīnshān Ruǎnjiàn",
    "高端战略": "gāoduān zhànlüè",
}


@pytest.mark.parametrize(("zh", "pinyin"), CORE_PINYIN.items())
def test_core_pinyin(zh: str, pinyin: str) -> None:
    assert BY_ZH[zh]["pinyin"] == pinyin


def test_pinyin_null_for_codes_wps_and_unknown_chinese() -> None:
    for e in ENTRIES:
        if e["type"] == "stock_code" or e["zh"] in (None, "WPS"):
            assert e["pinyin"] is None, e["id"]
        elif e["zh"] and has_cjk(e["zh"]):
            assert e["pinyin"], e["id"]


@pytest.mark.parametrize("e", [e for e in ENTRIES if e["pinyin"]], ids=entry_ids([e for e in ENTRIES if e["pinyin"]]))
def test_pinyin_letters_and_case(e: dict[str, Any]) -> None:
    p = e["pinyin"]
    assert re.fullmatch(r"[A-Za-z0-9'üÜ\u0300-\u030c ]+", unicodedata.normalize("NFD", p).replace("\u0308", "")), p
    assert "v" not in toneless(re.sub(r"[A-Z0-9]{2,}", "", p)), "write ü, not v"
    if e["type"] == "phrase":
        assert p == p.lower(), "phrases are lower case"
    else:
        assert p[0].isupper(), "names are capitalised"


@pytest.mark.parametrize(
    ("zh", "hant"),
    [
        ("刘强东", "劉強東"),
        ("邹涛", "鄒濤"),
        ("顺势而为", "順勢而為"),
        ("雷军", "雷軍"),
        ("李彦宏", "李彥宏"),
        ("金山软件", "金山軟件"),
    ],
)
def test_zh_hant(zh: str, hant: str) -> None:
    assert BY_ZH[zh]["zh_hant"] == hant


# Readings where we depart from pypinyin's default, by position of pypinyin's item (documented in
# docs/glossary-notes.md). They differ in tone only, so the toneless check below needs no exception.
TONE_OVERRIDES = {
    "顺势而为": {3: "wéi"},  # 而为 "to act": wéi; pypinyin's default is wèi ("for")
}
# Toneless exceptions (zh -> expected toneless string): none. 雷厂长 (zhǎng), 李彦宏 (yàn), 配角 (jué),
# 刘强东 (qiáng), 求伯君 (bó) and 一往无前 (yī, base tone; sandhi is not written) all agree with pypinyin.
TONELESS_EXCEPTIONS: dict[str, str] = {}

PINYIN_ENTRIES = [e for e in ENTRIES if e["pinyin"]]


@pytest.mark.parametrize("e", PINYIN_ENTRIES, ids=entry_ids(PINYIN_ENTRIES))
def test_pinyin_toneless_matches_pypinyin(e: dict[str, Any]) -> None:
    pypinyin = pytest.importorskip("pypinyin")
    expected = TONELESS_EXCEPTIONS.get(e["zh"]) or fold_alnum("".join(pypinyin.lazy_pinyin(e["zh"], v_to_u=True)))
    assert toneless(e["pinyin"]) == expected


def _syllables(zh: str) -> list[str]:
    from pypinyin import Style, pinyin

    items = [p[0] for p in pinyin(zh, style=Style.TONE)]
    for pos, reading in TONE_OVERRIDES.get(zh, {}).items():
        items[pos] = reading
    return [fold_alnum(s) for s in items if fold_alnum(s)]


@pytest.mark.parametrize("e", PINYIN_ENTRIES, ids=entry_ids(PINYIN_ENTRIES))
def test_pinyin_tones_and_apostrophes(e: dict[str, Any]) -> None:
    """Every syllable has pypinyin's tone (or a documented override); a/o/e inside a word takes an apostrophe."""
    pytest.importorskip("pypinyin")
    text = unicodedata.normalize("NFC", e["pinyin"])
    i = 0
    for n, syl in enumerate(_syllables(e["zh"])):
        word_start = i == 0
        while i < len(text) and text[i] == " ":
            i, word_start = i + 1, True
        apostrophe = text.startswith("'", i)
        if apostrophe:
            i += 1
        got = text[i : i + len(syl)]
        assert got.casefold() == syl, f"syllable {n}: {got!r} != {syl!r} in {text!r}"
        base = unicodedata.normalize("NFD", syl)[0]
        if not word_start and base in "aoe":
            assert apostrophe, f"apostrophe needed before {syl!r} in {text!r}"
        else:
            assert not apostrophe, f"stray apostrophe before {syl!r} in {text!r}"
        i += len(syl)
    assert i == len(text), f"trailing text {text[i:]!r}"


# --------------------------------------------------------------------------- collisions


def test_no_chinese_form_claimed_by_two_entries() -> None:
    owners = defaultdict(set)
    for e in ENTRIES:
        for form in zh_forms(e):
            owners[form].add(e["id"])
    clashes = {f: ids for f, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_no_english_form_claimed_by_two_entries() -> None:
    owners = defaultdict(set)
    for e in ENTRIES:
        for form in en_forms(e):
            owners[form.casefold()].add(e["id"])
    clashes = {f: ids for f, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_no_lookup_key_shared_by_two_entries() -> None:
    """The keys zhgloss looks names up by (punctuation dropped; Latin zh forms typed like English) stay unique."""
    owners = defaultdict(set)
    for e in ENTRIES:
        for form in zh_forms(e):
            owners[("zh", zh_fold(form))].add(e["id"])
            if not has_cjk(form):
                owners[("en", en_fold(form))].add(e["id"])
        for form in en_forms(e):
            owners[("en", en_fold(form))].add(e["id"])
        if e["pinyin"]:
            owners[("en", toneless(e["pinyin"]).replace("ü", "v"))].add(e["id"])
    clashes = {k: ids for k, ids in owners.items() if len(ids) > 1}
    assert not clashes


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_no_repeats_within_entry(e: dict[str, Any]) -> None:
    # Exact repeats only: a form differing in case ("Nasdaq" beside "NASDAQ", "HKEx" beside "HKEX") is how
    # copy writes the name, and annotate and check need it stored (test_case_only_aliases_*).
    assert e["en"] not in e["aliases"]
    assert len(set(e["aliases"])) == len(e["aliases"])
    assert not {e["zh"], e["zh_hant"]} & set(e["zh_aliases"])
    # A string both in aliases and zh_aliases only where Chinese text really writes it (see the notes).
    assert set(e["aliases"]) & set(e["zh_aliases"]) <= {"IoT", "SU7", "WPS Office"}
    assert all(
        has_cjk(a) or a in ("IoT", "SU7", "WPS Office", "ASP") or e["type"] == "stock_code" for a in e["zh_aliases"]
    ), "Latin strings in zh_aliases only where Chinese text uses them"


# --------------------------------------------------------------------------- en_adopted


@pytest.mark.parametrize("e", ENTRIES, ids=entry_ids())
def test_en_adopted(e: dict[str, Any]) -> None:
    if e["type"] in ("stock_code",) or e["zh"] == "WPS":
        assert e["en_adopted"] is False  # same Latin code/name in both languages: nothing adopted
    elif e["type"] == "phrase":
        assert e["en_adopted"] is True  # a translation, not pinyin
    elif e["pinyin"]:
        first = toneless(e["pinyin"].split()[0])
        if not e["en_adopted"]:
            assert en_fold(e["en"]).startswith(first), "en_adopted false means en is the pinyin (plus translated words)"
        elif e["type"] in ("person", "nickname"):
            assert en_fold(e["en"]) != toneless(e["pinyin"])


@pytest.mark.parametrize(
    "en",
    [
        "Jack Ma",
        "Pony Ma",
        "Robin Li",
        "William Ding",
        "Steve Jobs",
        "Elon Musk",
        "Kingsoft",
        "JD.com",
        "Alibaba",
        "NetEase",
        "Tencent",
        "Amazon",
        "Apple",
        "Tesla",
        "Toyota",
        "BYD",
        "WeChat",
        "VANCL",
        "Joyo.com",
    ],
)
def test_adopted_names(en: str) -> None:
    assert next(e for e in ENTRIES if e["en"] == en)["en_adopted"] is True


@pytest.mark.parametrize(
    "en",
    [
        "Lei Jun",
        "Wang Xiang",
        "Zou Tao",
        "Liu Qiangdong",
        "Xiaomi",
        "Weibo",
        "Baidu",
        "Meizu",
        "Futu",
        "Tianyancha",
        "Leibusi",
        "Leisike",
    ],
)
def test_pinyin_names(en: str) -> None:
    assert next(e for e in ENTRIES if e["en"] == en)["en_adopted"] is False


# --------------------------------------------------------------------------- agreement with article 000

# "English (中文)" pairs as article 000 writes them.
ARTICLE_000_PAIRS = [
    ("Lei Jun", "雷军"),
    ("Wang Xiang", "王翔"),
    ("Zou Tao", "邹涛"),
    ("Jack Ma", "马云"),
    ("Liu Qiangdong", "刘强东"),
]
# "Name (CODE)" pairs of article 000: the code's entry refers to the named company (by en or alias).
ARTICLE_000_CODES = [
    ("Kingsoft Corporation", "3888:HKEX"),
    ("Kingsoft Office", "688111:SH"),
    ("Kingsoft Cloud", "KC:NASDAQ"),
    ("JD.com", "JD:NASDAQ"),
]
PAIR_RE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)*) \(([\u4e00-\u9fff]+)\)")


@pytest.mark.parametrize(("en", "zh"), ARTICLE_000_PAIRS)
def test_article_000_name_pairs(en: str, zh: str) -> None:
    e = BY_ZH[zh]
    assert e["en"] == en
    assert e["roles"] and "article:000" in e["sources"]


@pytest.mark.parametrize(("name", "code"), ARTICLE_000_CODES)
def test_article_000_stock_codes(name: str, code: str) -> None:
    e = next(e for e in ENTRIES if e["en"] == code)
    assert name in en_forms(BY_ID[e["refers_to"]])


def test_article_000_pairs_read_from_the_article() -> None:
    assert ARTICLE_000.is_file(), f"the source article is missing: {ARTICLE_000} (set ZHGLOSS_SHARED)"
    text = ARTICLE_000.read_text(encoding="utf-8")
    found = PAIR_RE.findall(text)  # the English run may start early ("After Jack Ma (马云)")
    assert {zh for _, zh in found} == {zh for _, zh in ARTICLE_000_PAIRS}
    for words, zh in found:
        assert words == BY_ZH[zh]["en"] or words.endswith(" " + BY_ZH[zh]["en"]), (words, zh)


# --------------------------------------------------------------------------- loaders


def test_loads_with_tinydb() -> None:
    tinydb = pytest.importorskip("tinydb")
    db = tinydb.TinyDB(str(GLOSSARY), access_mode="r")
    try:
        table = db.table("entries")
        assert len(table) == len(ENTRIES)
        assert table.get(doc_id=1)["id"] == DATA["entries"]["1"]["id"]
    finally:
        db.close()


def test_every_entry_loads_with_the_model() -> None:
    """zhgloss.model.Entry.from_dict accepts every entry and stores it unchanged (run with PYTHONPATH=src)."""
    src = str(ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    model = pytest.importorskip("zhgloss.model")
    for e in ENTRIES:
        entry = model.Entry.from_dict(e)
        assert entry.to_dict() == e, e["id"]


# User-tester D12: the fruit is not the company (decisions sourced in each entry's note)


def test_bare_pingguo_is_the_fruit_and_pingguo_gongsi_the_company(zhgloss_exe: str) -> None:
    import subprocess

    text = "我买了一个苹果。他爱吃苹果。苹果公司发布了新手机。\n"
    proc = subprocess.run([zhgloss_exe, "annotate"], input=text, capture_output=True, text=True, check=True)
    assert proc.stdout == "我买了一个苹果。他爱吃苹果。苹果公司（Apple）发布了新手机。\n"
    assert "always_gloss" not in BY_ZH["苹果"]
    # The company at a sentence's start ("Apple said"): English writes the fruit in lower case (zhgloss.english_case).
    assert BY_ZH["苹果"]["safe_forms"] == ["Apple"]
    assert "D12" in BY_ZH["苹果"]["note"] and "D12" in BY_ZH["小米"]["note"]


# The thirty-fifth session's review of the bundled data (R35-1, R35-2, R35-3, R35-19), each fact from the source its
# entry cites.


def test_qiu_bojun_s_ceo_post_ends_on_the_day_he_retired() -> None:
    # Xinhua's Economic Information Daily, 2011-10-24: he resigned every Kingsoft post that day (was "2012-01", the
    # latest the July announcement allowed).
    (ceo,) = [r for r in BY_ID["qiu-bojun"]["roles"] if r["title"].startswith("CEO")]
    assert ceo["to"] == "2011-10-24"
    assert "jjckb.xinhuanet.com" in ceo["source"]


def test_steve_jobs_s_name_in_full_is_steven_paul_jobs() -> None:
    assert "Steven Paul Jobs" in BY_ID["steve-jobs"]["aliases"]
    assert "Steve Paul Jobs" not in BY_ID["steve-jobs"]["aliases"]


def test_zou_tao_s_vice_chairmanship_is_kingsoft_cloud_s_board() -> None:
    (vice,) = [r for r in BY_ID["zou-tao"]["roles"] if r["title"] == "vice chairman"]
    assert vice["org_id"] == "kingsoft-cloud"
    assert "UNVERIFIED" in BY_ID["zou-tao"]["note"]


def test_lu_weibing_as_english_news_names_him_passes_check(zhgloss_exe: str, tmp_path: Path) -> None:
    import subprocess

    assert "William Lu" in BY_ID["lu-weibing"]["aliases"]
    source, translation = tmp_path / "lu.zh", tmp_path / "lu.en"
    source.write_text("小米集团总裁卢伟冰表示。\n", encoding="utf-8")
    translation.write_text("Xiaomi Group president William Lu said.\n", encoding="utf-8")
    proc = subprocess.run(
        [zhgloss_exe, "--db", str(GLOSSARY), "check", str(source), str(translation)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_robin_li_was_no_ceo_of_baidu_before_2004() -> None:
    """The user's U37-18 (s37): the role "co-founder, chairman and CEO, Baidu (since 2000-01)" dated his CEO post four
    years early. Munzinger Biographie "Robin Li": "Mitbegründer, Chairman (seit 2000) und CEO (seit 2004)"."""
    (robin,) = [e for e in ENTRIES if e["id"] == "robin-li"]
    for role in robin["roles"]:
        if "CEO" in role["title"] or "chief executive" in role["title"].lower():
            assert role["from"] is not None and role["from"] >= "2004", role
    assert any(r["title"].startswith("co-founder and chairman") and r["from"] == "2000" for r in robin["roles"])
    assert "CEO since 2004" in robin["note"]


def test_hkex_and_the_exchange_it_owns_are_two_entries() -> None:
    """The user's U37-34 (s37): SEHK, 香港联合交易所, 联交所 were aliases of HKEX (Hong Kong Exchanges and Clearing
    Limited), the group that owns the exchange (hkexgroup.com), and HKEX's registered Chinese name was missing."""
    by_id = {e["id"]: e for e in ENTRIES}
    hkex, sehk = by_id["hkex"], by_id["sehk"]
    assert "香港交易及结算所有限公司" in hkex["zh_aliases"]
    assert not {"香港联合交易所", "香港联交所", "联交所"} & {hkex["zh"], *hkex["zh_aliases"]}
    assert "SEHK" not in hkex["aliases"] and "SEHK" in sehk["aliases"]
    assert (sehk["zh"], sehk["type"]) == ("香港联合交易所", "org")


def test_hong_kong_stock_exchange_names_the_exchange(zhgloss_exe: str, tmp_path: Path) -> None:
    """The review's R37-15 (s37): after the split, check failed "The Hong Kong Stock Exchange" for 香港联交所, the
    English copy's name of the exchange, which stayed on the group's entry."""
    (tmp_path / "a.zh").write_text("香港联交所今日宣布新规。\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("The Hong Kong Stock Exchange announced new rules today.\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "check", str(tmp_path / "a.zh"), str(tmp_path / "a.en"), "--db", str(GLOSSARY)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_xiaomi_built_its_science_and_technology_park_it_did_not_buy_it() -> None:
    """The review's R39-7 (s39): the park's role said "bought by Xiaomi ... (Lei Jun's Weibo post)", from 2019 to 2019,
    reading as fact Lei Jun's joke "I finally bought a house!" (article 003: the post gives the park's 8 buildings,
    340,000 m2 and its cost, 5.2 billion yuan). Xiaomi built the park as its Beijing headquarters, its home since."""
    (park,) = [e for e in ENTRIES if e["id"] == "xiaomi-science-and-technology-park"]
    (role,) = park["roles"]
    assert "bought by" not in role["title"] and role["title"].startswith("headquarters built by Xiaomi")
    assert (role["from"], role["to"], role["org_id"]) == ("2019", None, "xiaomi")
    assert "joke" in park["note"]

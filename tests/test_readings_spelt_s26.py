"""A name's pinyin is the reading its English spells, when its characters have it (issue 9, item 4; user U41).

Session 25's new-user tester (U41): `add 重耳 --en "Chong'er" --type person` was refused ("does not spell the pinyin
'Zhòng Ěr'"), though chóng is a reading of 重 (CC-CEDICT: 重耳 [Chong2 er3], Duke Wen of Jin); and `add 朴树 --en
"Pu Shu"` got 'Pú Shù', which romanize offers (CC-CEDICT's surname 朴 "also pr. [Pu2]") and validate then refused.
The rules live in pinyin.surname_readings (one list of a surname's readings for both) and curate.fill_pinyin.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.curate import fill_pinyin
from zhgloss.pinyin import en_matches_pinyin, marks_to_numbers, possible_readings, romanize, surname_readings, surnames
from zhgloss.validate import validate_entries


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("重耳", "Chong'er", "Chóng'ěr"),  # CC-CEDICT: 重耳 [Chong2 er3] /Chong'er, personal name of Duke Wen of Jin/
        ("朴树", "Pu Shu", "Pú Shù"),  # CC-CEDICT's surname 朴: "also pr. [Pu2]"
        ("乾宝", "Gan Bao", "Gān Bǎo"),  # session 25 (U22): an alternative the romanizer lists
        ("雷军", "Lei Jun", "Léi Jūn"),  # the romanizer's own
        ("曾国藩", "Ceng Guofan", "Zēng Guófān"),  # no surname reading spells "Ceng": the romanizer's stays
        # After a known surname the given name is read in context (长江 Chángjiāng, 重庆 Chóngqìng); an English
        # spelling another reading of its characters was refused as a slip (U65). Since the forty-first session
        # (the review's R40-11: 郑栅洁 "Zheng Shanjie", the NDRC's chairman, was refused) it is written, and add
        # says which reading it took and what the romanizer reads (test_given_name_readings_s41): never refused.
        ("王长江", "Wang Zhangjiang", "Wáng Zhǎngjiāng"),
        ("李重庆", "Li Zhongqing", "Lǐ Zhòngqìng"),
    ],
)
def test_the_pinyin_is_the_reading_the_english_spells(zh: str, en: str, pinyin: str) -> None:
    written = fill_pinyin(zh, "person", en)
    assert written is not None
    assert written.replace("'", "").replace(" ", "").lower() == pinyin.replace("'", "").replace(" ", "").lower()


def test_a_surname_s_readings_are_one_list_for_romanize_and_validate() -> None:
    piao = surnames()["朴"]
    assert surname_readings(piao) == [["piao2"], ["pu2"]]  # surnames.tsv, then CC-CEDICT's "also pr. [Pu2]"
    assert dict(possible_readings("朴树", person=True))["朴"] == {"piao2", "pu2"}
    assert dict(possible_readings("曾国藩", person=True))["曾"] == {"zeng1"}  # CC-CEDICT: surname Zeng only
    offered = {o for a in romanize("朴树").alternatives for o in a.others}
    assert offered <= {r[0] for r in surname_readings(piao)}  # nothing is offered that validate refuses


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["重耳", "朴树", "乐嘉", "单田芳", "张朝阳", "解缙", "曾国藩", "区志航", "查良镛"]))
def test_whatever_the_english_spells_is_a_reading_validate_accepts(zh: str) -> None:
    from zhgloss.model import Entry

    for syllables in (
        romanize(zh).pinyin,
        *(romanize(zh).with_reading(a.position, o).pinyin for a in romanize(zh).alternatives for o in a.others),
    ):
        en = syllables.replace("'", "")
        written = fill_pinyin(zh, "person", en)
        assert written is not None and en_matches_pinyin(en, written)
        entry = Entry(id="x", type="person", zh=zh, en=en, pinyin=written)
        assert not [p for p in validate_entries([entry]) if p.field == "pinyin" and p.severity == "error"]


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120, check=False)


def test_u41_add_saves_them(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    assert _run(zhgloss_exe, "add", "重耳", "--en", "Chong'er", "--type", "person", "--db", str(db)).returncode == 0
    assert _run(zhgloss_exe, "add", "朴树", "--en", "Pu Shu", "--type", "person", "--db", str(db)).returncode == 0
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    # The syllables CC-CEDICT reads (重耳 [Chong2 er3]; 朴 "also pr. [Pu2]"), in whatever words the romanizer writes.
    read = {e["zh"]: marks_to_numbers(e["pinyin"].replace("'", " ")).lower().split() for e in entries}
    assert read == {"重耳": ["chong2", "er3"], "朴树": ["pu2", "shu4"]}
    assert _run(zhgloss_exe, "validate", "--db", str(db)).returncode == 0
    refused = _run(zhgloss_exe, "add", "曾国藩", "--en", "Ceng Guofan", "--type", "person", "--db", str(db))
    assert refused.returncode == 2
    assert "does not spell the pinyin 'Zēng Guófān'" in refused.stderr


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("盖茨", "Gàicí"),  # CC-CEDICT: 蓋茨 盖茨 [Gai4 ci2] /Gates (name)/ -- not the surname 盖 Gě
        ("亨利", "Hēnglì"),  # 亨利 [Heng1 li4] /Henry (name)/
        ("欧文", "Ōuwén"),  # 歐文 [Ou1 wen2] /Owen (name)/ -- not the surname 欧 and a given name
    ],
)
def test_a_name_cc_cedict_marks_as_transliterated_is_read_as_one_word(zh: str, pinyin: str) -> None:
    from zhgloss.pinyin import name_origin

    assert romanize(zh).pinyin == pinyin
    assert name_origin(zh) == "transliterated"
    assert romanize("雷军").pinyin == "Léi Jūn"  # a Chinese name stays a surname and a given name


def test_the_build_reads_cc_cedict_s_name_mark() -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_name_readings")
    lines = [
        "蓋茨 盖茨 [Gai4 ci2] /Gates (name)/\n",
        "伊里奇 伊里奇 [Yi1 li3 qi2] /Ilyich or Illich (name)/\n",
        "克蕾兒 克蕾儿 [Ke4 lei3 r5] /Claire (name)/\n",  # an erhua r is no syllable to read
        "張三 张三 [Zhang1 San1] /Zhang San (name)/\n",  # spells its pinyin: a Chinese name, surname and given
        "蓋 盖 [Ge3] /surname Ge/\n",
    ]
    _header, rows = module.parse(lines)
    assert [(kind, zh) for kind, zh, *_ in rows] == [
        ("foreign", "伊里奇"),
        ("foreign", "盖茨"),
        ("name", "张三"),
        ("surname", "盖"),
    ]

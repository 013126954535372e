"""Harvesting name pairs from articles: the library and the command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.harvest import compare_english, harvest, romanize
from zhgloss.model import Entry
from zhgloss.script import zh_key
from zhgloss.store import Glossary

DATA = Path(__file__).resolve().parent / "data"
ARTICLE = "000_d48d05291781f3c4.txt"
FIVE = [
    ("雷军", "Lei Jun"),
    ("王翔", "Wang Xiang"),
    ("邹涛", "Zou Tao"),
    ("马云", "Jack Ma"),
    ("刘强东", "Liu Qiangdong"),
]


@pytest.fixture(scope="module")
def article(shared_dir: Path) -> str:
    return (shared_dir / "articles" / ARTICLE).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bundled_entries(bundled: Path) -> list[Entry]:
    with Glossary.open(bundled) as gloss:
        return list(gloss.iter_entries())


def test_article_gives_all_five_name_pairs(article: str) -> None:
    names = [(p.zh, p.en) for p in harvest(article, []) if p.kind == "name"]
    assert names == FIVE


def test_article_pairs_are_checked_against_the_pinyin(article: str) -> None:
    found = {p.zh: p for p in harvest(article, [])}
    assert {zh: found[zh].check for zh, _ in FIVE} == {
        "雷军": "pinyin",
        "王翔": "pinyin",
        "邹涛": "pinyin",
        "马云": "adopted",
        "刘强东": "pinyin",
    }
    assert found["王翔"].explanation == "matches the pinyin Wáng Xiáng"
    assert found["马云"].explanation == "an adopted Western name: only the surname Ma follows the pinyin Mǎ Yún"
    wang = found["王翔"].entry
    assert (wang.id, wang.type, wang.pinyin, wang.zh_hant, wang.en_adopted, wang.sources) == (
        "wang-xiang",
        "person",
        "Wáng Xiáng",
        "王翔",
        False,
        (),
    )
    assert found["马云"].entry.en_adopted is True
    assert found["马云"].entry.zh_hant == "馬雲"


def test_article_tickers_are_proposed_as_stock_codes(article: str) -> None:
    tickers = {p.en: p for p in harvest(article, [], source=ARTICLE) if p.kind == "ticker"}
    assert list(tickers) == ["3888:HKEX", "688111:SH", "KC:NASDAQ", "1810:HKEX", "JD:NASDAQ"]
    kingsoft = tickers["3888:HKEX"].entry
    assert (kingsoft.type, kingsoft.id, kingsoft.note, kingsoft.sources) == (
        "stock_code",
        "stock-3888-hkex",
        "stock code of Kingsoft Corporation",
        (ARTICLE,),
    )


def test_ticker_refers_to_the_company_in_the_glossary(article: str) -> None:
    kingsoft = Entry(id="kingsoft", zh="金山软件", en="Kingsoft", aliases=("Kingsoft Corporation",), type="org")
    (proposal,) = [p for p in harvest(article, [kingsoft]) if p.en == "3888:HKEX"]
    assert proposal.status == "new"
    assert proposal.entry.refers_to == "kingsoft"


def test_article_against_the_bundled_glossary(article: str, bundled_entries: list[Entry]) -> None:
    by_zh = {e.zh: e for e in bundled_entries}
    proposals = {(p.zh, p.en): p for p in harvest(article, bundled_entries)}
    for zh, en in FIVE:
        stored = by_zh.get(zh)
        if stored is not None and en in stored.en_forms:
            assert proposals[zh, en].status == "known"
            assert proposals[zh, en].existing == stored


def test_known_conflicting_and_new(bundled_entries: list[Entry]) -> None:
    lei = Entry(id="lei-jun", zh="雷军", en="Lei Jun", type="person")
    text = "小米创始人雷军（Lei Jun）说。雷军（Lei Chun）又说。王祥（Lei Jun）也说。张伟（Zhang Wei）也在。"
    found = {(p.zh, p.en): p for p in harvest(text, [lei])}
    assert found["雷军", "Lei Jun"].status == "known"
    assert found["雷军", "Lei Chun"].status == "conflict"
    assert "the glossary writes 雷军 as 'Lei Jun' (lei-jun)" in found["雷军", "Lei Chun"].explanation
    # what resolves it, as a command to copy (U35-19)
    assert found["雷军", "Lei Chun"].explanation.endswith("zhgloss edit lei-jun --alias 'Lei Chun'")
    assert found["王祥", "Lei Jun"].status == "conflict"
    assert found["王祥", "Lei Jun"].existing == lei
    assert found["张伟", "Zhang Wei"].status == "new"
    assert found["张伟", "Zhang Wei"].entry.id == "zhang-wei"


def test_chinese_article_with_full_width_brackets() -> None:
    text = (DATA / "article_zh.txt").read_text(encoding="utf-8")
    found = {(p.zh, p.en): p for p in harvest(text, [])}
    assert list(found) == [
        ("雷军", "Lei Jun"),  # 创始人 is cut off
        ("卢伟冰", "Lu Weibing"),
        ("马云", "Jack Ma"),
        ("刘强东", "Richard Liu"),
        ("单田芳", "Shan Tianfang"),  # 单 read as the surname Shàn
        ("欧阳娜娜", "Ouyang Nana"),  # a compound surname kept whole
        (None, "03888.HK"),
        ("求伯君", "Kau Pak-kwan"),
    ]
    assert found["刘强东", "Richard Liu"].check == "adopted"
    assert found["单田芳", "Shan Tianfang"].check == "pinyin"
    assert found["求伯君", "Kau Pak-kwan"].check == "different"
    assert found["雷军", "Lei Jun"].lines == (1,)


def test_repeated_pairs_are_proposed_once_with_every_line() -> None:
    (proposal,) = harvest("Wang Xiang (王翔) said.\nLater, Wang Xiang（王翔）left.\n", [])
    assert proposal.lines == (1, 2)


@pytest.mark.parametrize(
    ("zh", "en", "check"),
    [
        ("刘强东", "Qiangdong Liu", "reversed"),
        ("吕布", "Lü Bu", "pinyin"),
        ("吕布", "Lyu Bu", "pinyin"),
        ("马化腾", "Pony Ma", "adopted"),
        ("刘强东", "Richard Liu Qiangdong", "adopted"),
        ("金山软件", "Kingsoft", "different"),
        ("曾国藩", "Zeng Guofan", "pinyin"),
    ],
)
def test_compare_english(zh: str, en: str, check: str) -> None:
    assert compare_english(zh, en)[0] == check


COMMON = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文"  # noqa: E501
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国翔东云"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(COMMON), st.text(st.sampled_from(GIVEN), min_size=1, max_size=2))
def test_a_name_matches_its_own_pinyin(surname: str, given_name: str) -> None:
    name = surname + given_name
    plain = romanize(name)
    assert compare_english(name, plain)[0] == "pinyin"
    (proposal,) = harvest(f"The manager {plain} ({name}) said.", [])
    assert (proposal.zh, proposal.en, proposal.check) == (name, plain, "pinyin")


def test_text_without_pairs_finds_nothing() -> None:
    assert harvest("Lei Jun (left) at Kingsoft's 30th anniversary (GMT+8).", []) == []


# The command


def test_harvest_command_lists_the_pairs(runner: CliRunner, shared_dir: Path, glossary_path: Path) -> None:
    result = runner.invoke(app, ["harvest", str(shared_dir / "articles" / ARTICLE), "--db", str(glossary_path)])
    assert result.exit_code == 0, result.output
    for zh, en in FIVE:
        assert f"\t{zh} {en}\t" in result.stdout
    assert "an adopted Western name: only the surname Ma follows the pinyin Mǎ Yún" in result.stdout
    assert result.stderr.startswith("10 pairs: ")


def test_harvest_json_is_one_document(runner: CliRunner, shared_dir: Path, glossary_path: Path) -> None:
    result = runner.invoke(
        app, ["harvest", str(shared_dir / "articles" / ARTICLE), "--db", str(glossary_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["file"] == ARTICLE
    names = [(p["zh"], p["en"]) for p in document["proposals"] if p["kind"] == "name"]
    assert names == FIVE


def test_harvest_add_yes_adds_the_new_ones(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    with Glossary(db) as gloss:
        gloss.add_all([Entry(id="lei-jun", zh="雷军", en="Lei Jun", type="person")])
    article = tmp_path / "a.txt"
    article.write_text("雷军（Lei Jun）和王翔（Wang Xiang）以及邹涛（Zou Tao）。\n", encoding="utf-8")
    result = runner.invoke(app, ["harvest", str(article), "--add", "--yes", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added 2 entries to" in result.stderr
    with Glossary.open(db) as gloss:
        wang = gloss.get_by_id("wang-xiang")
    assert (wang.zh, wang.pinyin, wang.type, wang.sources) == ("王翔", "Wáng Xiáng", "person", ("a.txt",))
    again = runner.invoke(app, ["harvest", str(article), "--db", str(db)])
    assert again.stderr == "3 pairs: 0 new, 3 already in the glossary, 0 conflicting\n"


def test_harvest_add_without_yes_off_a_terminal_is_refused(runner: CliRunner, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    result = runner.invoke(app, ["harvest", "-", "--add", "--db", str(glossary_path)], input="张伟（Zhang Wei）\n")
    assert result.exit_code == 2
    assert result.stderr == "Error: --add needs --yes when zhgloss cannot ask you (no terminal)\n"
    assert glossary_path.read_bytes() == before


def test_harvest_nothing_found_exits_1(runner: CliRunner, glossary_path: Path) -> None:
    result = runner.invoke(app, ["harvest", "-", "--db", str(glossary_path)], input="No names here.\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "0 pairs: 0 new, 0 already in the glossary, 0 conflicting\n"


def test_harvest_console_script_reads_stdin(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    import subprocess

    copy = tmp_path / "article.txt"
    shutil.copyfile(DATA / "article_zh.txt", copy)
    result = subprocess.run(
        [zhgloss_exe, "harvest", "-", "--json", "--db", str(glossary_path)],
        input=copy.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    proposals = json.loads(result.stdout)["proposals"]
    assert ("单田芳", "Shan Tianfang") in [(p["zh"], p["en"]) for p in proposals]


def test_u_umlaut_in_english_follows_the_2021_passport_rule() -> None:
    # lüe is LUE on a passport, never LYUE (National Immigration Administration, 2021).
    assert compare_english("吕略", "Lyu Lue")[0] == "pinyin"
    assert compare_english("吕略", "Lyu Lyue")[0] != "pinyin"


@pytest.mark.parametrize("separator", ["·", "．", "･", "・"])
def test_a_name_with_any_separator_is_read_whole(separator: str) -> None:
    # One definition of name separators (script.NAME_SEPARATORS) for every command, harvest too.
    jobs = Entry(id="steve-jobs", zh="史蒂夫·乔布斯", en="Steve Jobs", en_adopted=True)
    text = f"创始人史蒂夫{separator}乔布斯（Steve Jobs）发布了新品。"
    (proposal,) = [p for p in harvest(text, [jobs]) if p.en]
    assert proposal.zh is not None
    assert zh_key(proposal.zh) == "史蒂夫乔布斯"  # whole (U+FF0E is folded to "." on the way in)


# Issue 9: titles are roles, every form of an entry is known, Wikipedia leads


@pytest.mark.parametrize(
    ("text", "zh", "en", "role"),
    [
        ("Taiwan President Tsai Ing-wen (蔡英文) said on Monday.", "蔡英文", "Tsai Ing-wen", "Taiwan President"),
        ("Chief Executive Carrie Lam (林郑月娥) said.", "林郑月娥", "Carrie Lam", "Chief Executive"),
        ("Singer Jay Chou (周杰倫) sang.", "周杰伦", "Jay Chou", "Singer"),
    ],
)
def test_a_leading_title_is_a_role_not_part_of_the_name(text: str, zh: str, en: str, role: str) -> None:
    (proposal,) = harvest(text, [])
    assert (proposal.zh, proposal.en) == (zh, en)
    assert proposal.entry.type == "person"
    assert [r.title for r in proposal.entry.roles] == [role]


def test_a_title_word_inside_a_company_name_stays() -> None:
    (proposal,) = harvest("General Motors (通用汽车) sold more cars.", [])
    assert (proposal.en, proposal.entry.roles) == ("General Motors", ())


def test_a_name_written_in_traditional_characters_is_proposed_simplified() -> None:
    (proposal,) = harvest("Singer Jay Chou (周杰倫) sang.", [])
    assert (proposal.entry.zh, proposal.entry.zh_hant) == ("周杰伦", "周杰倫")


def test_forms_anywhere_in_an_entry_are_known(tmp_path: Path) -> None:
    # The stock code is stored as a Chinese alias of the company, in another spelling.
    kingsoft = Entry(id="kingsoft", type="org", zh="金山软件", en="Kingsoft", zh_aliases=("03888.HK",))
    wps = Entry(id="wps", type="product", zh="WPS", en="WPS Office", aliases=("Kingsoft Office",))
    text = "Kingsoft Corporation (3888:HKEX) and Kingsoft (HK.3888) rose; WPS Office (WPS) too."
    found = {p.en: p for p in harvest(text, [kingsoft, wps])}
    assert found["3888:HKEX"].status == "known"
    assert found["3888:HKEX"].existing == kingsoft
    runner = CliRunner()
    db = tmp_path / "g.json"
    with Glossary(db) as gloss:
        gloss.add_all([kingsoft])
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    added = runner.invoke(app, ["harvest", str(article), "--add", "--yes", "--db", str(db)])
    assert added.exit_code in (0, 1), added.output
    with Glossary(db) as gloss:
        assert [e.id for e in gloss.iter_entries() if e.type == "stock_code"] == []  # no duplicate made


@pytest.mark.parametrize(
    ("lead", "zh", "zh_hant", "pinyin", "en"),
    [
        (
            "Tsai Ing-wen (Chinese: 蔡英文; pinyin: Cài Yīngwén; born 31 August 1956) is a Taiwanese politician.",
            "蔡英文",
            None,
            "Cài Yīngwén",
            "Tsai Ing-wen",
        ),
        (
            "Xi Jinping (simplified Chinese: 习近平; traditional Chinese: 習近平; pinyin: Xí Jìnpíng; "
            "born 15 June 1953) is a Chinese politician.",
            "习近平",
            "習近平",
            "Xí Jìnpíng",
            "Xi Jinping",
        ),
        (
            "Jay Chou (traditional Chinese: 周杰倫; simplified Chinese: 周杰伦; pinyin: Zhōu Jiélún; "
            "born 18 January 1979) is a Taiwanese singer.",
            "周杰伦",
            "周杰倫",
            "Zhōu Jiélún",
            "Jay Chou",
        ),
        (
            "Carrie Lam Cheng Yuet-ngor (Chinese: 林鄭月娥; born 13 May 1957) is a Hong Kong retired politician.",
            "林郑月娥",
            "林鄭月娥",
            None,
            "Carrie Lam",  # s30: as the papers write her; "Carrie Lam Cheng Yuet-ngor" an alias
        ),
    ],
)
def test_wikipedia_lead_sentences_are_harvested(
    lead: str, zh: str, zh_hant: str | None, pinyin: str | None, en: str
) -> None:
    (proposal,) = harvest(lead, [])
    entry = proposal.entry
    assert (entry.zh, entry.en) == (zh, en)
    assert entry.zh_hant == (zh_hant or entry.zh_hant)
    if pinyin is not None:
        assert entry.pinyin == pinyin


def test_a_long_line_of_brackets_is_read_in_linear_time() -> None:
    # Each bracket is bounded; 200,000 brackets without a pair in them give nothing, quickly.
    assert harvest("(Chinese " * 200_000, []) == []


# Decomposed accents (session 11): "Lu" + U+0308 is "Lü", as some Mac tools write it.

DECOMPOSED = "Lu\u0308 Bu (吕布) fought. Jose\u0301 Mujica (何塞·穆希卡) spoke.\n"


def test_harvest_reads_a_name_with_decomposed_accents_whole_through_the_console_script(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    exe = shutil.which("zhgloss", path=str(Path(sys.executable).parent)) or "zhgloss"
    text = tmp_path / "hv.txt"
    text.write_bytes(DECOMPOSED.encode("utf-8"))
    db = tmp_path / "g.json"
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([exe, "init", str(db)], capture_output=True, env=env, check=True)
    done = subprocess.run([exe, "--db", str(db), "harvest", str(text), "--json"], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr
    found = {(p["zh"], p["en"]) for p in json.loads(done.stdout)["proposals"]}
    assert found == {("吕布", "Lü Bu"), ("何塞·穆希卡", "José Mujica")}


ACCENTED_NAMES = ["Lü Bu", "José Mujica", "Zoë Lü", "Renée Zhāng", "Ǹg Wéi"]


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(ACCENTED_NAMES),
    zh=st.sampled_from(["吕布", "何塞·穆希卡", "张伟"]),
    before=st.lists(st.sampled_from(["He said.", "", "Nothing here."]), max_size=3),
)
def test_decomposed_text_gives_the_pairs_and_lines_of_composed_text(name: str, zh: str, before: list[str]) -> None:
    import unicodedata

    composed = "\n".join([*before, f"Then {name} ({zh}) spoke."]) + "\n"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed

    def pairs(text: str) -> list[tuple[str | None, str, tuple[int, ...]]]:
        return [(p.zh, p.en, p.lines) for p in harvest(text, [])]

    assert pairs(decomposed) == pairs(composed)
    assert [lines for _, _, lines in pairs(decomposed)] == [(len(before) + 1,)]

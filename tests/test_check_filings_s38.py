"""`zhgloss check` on the thirty-eighth session's filings with CC-CEDICT names (issue 9; rel): each a class, tested on
real instances and cases of the same kind.

- R37-19: a country's army by its country's adjective and by "soldiers" ("American military officials" for 美军 'US
  army', "British soldiers" for 英军 'British army'): `_army_names`, `Checker._country_adjectives`; another country's
  army still missing.
- R37-19: a place's people (X人) the glossary has no entry for, named by the place's adjective ("The Taiwanese" for
  台湾人): no `unexpected` 台语 'Taiwanese' (`Checker._people_written`).
- U37-23: a name heading an index's Chinese name (上证综指, 海峡时报指数) rendered by the index's English ("Shanghai
  Composite Index", "Straits Times Index"): no `missing`/`misspelt` of the exchange or the newspaper
  (`_index_rendering`); another index still fails.
- U37-26: "the CK group" beside "CK Hutchison": the words that open a longer name the translation writes are no
  `unexpected` Calvin Klein (`_opens_longer_name`); "the CK group" with no such name still is.
- U37-12: "&" for "and" between a name's capitalised words ("China Petroleum & Chemical Corporation", Sinopec's
  registered English; "Industrial & Commercial Bank of China") is the name, for check, lookup and annotate
  (`forms.ampersand_spellings`, a variant spelling as British ones are).

The glossary: real CC-CEDICT lines (tests/data/cedict_check_names_s38.u8) imported by the installed script.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _army_names
from zhgloss.forms import ampersand_spellings

glossary = glossary_fixture("cedict_check_names_s38.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # armies by the country's adjective, and "soldiers" (R37-19)
        ("美军官员表示。", "American military officials said."),
        ("美军发动空袭。", "The American military launched air strikes."),
        ("美軍撤離。", "American troops withdrew."),
        ("英军士兵抵达。", "British soldiers arrived."),
        ("日軍士兵登陸。", "Japanese soldiers landed."),
        ("法军士兵撤出马里。", "French soldiers left."),
        ("俄军士兵撤出该镇。", "Russian soldiers withdrew from the town."),
        # a people the glossary has no entry for (R37-19)
        ("台湾人关注选举。", "The Taiwanese are watching the election."),
        ("台灣人關注選舉。", "Taiwanese are watching the election."),
        # indexes (U37-23)
        ("上证综指收跌0.3%。", "The Shanghai Composite Index fell 0.3%."),
        ("上證綜指收跌0.3%。", "The Shanghai Composite Index fell 0.3%."),
        ("新加坡海峡时报指数收涨0.4%。", "Singapore's Straits Times Index closed up 0.4%."),
        ("海峡时报指数收涨0.4%。", "The FTSE Straits Times Index closed up 0.4%."),
        # a group by the words that open its companies' names (U37-26)
        ("长和公布业绩，长和系股价上涨。", "CK Hutchison reported results and shares of the CK group rose."),
        ("長和系旗下長江基建公布業績。", "CK Infrastructure, part of the CK group, reported results."),
    ],
)
def test_filed_renderings_pass(glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        (
            "中国石化公布业绩。",
            "China Petroleum & Chemical Corporation reported results.",
            '1: variant 中国石化: found "China Petroleum & Chemical Corporation", expected "China Petroleum and'
            ' Chemical Corporation"',
        ),
        (
            "工商銀行公布業績。",
            "Industrial & Commercial Bank of China reported results.",
            '1: variant 工商銀行: found "Industrial & Commercial Bank of China", expected "Industrial and Commercial'
            ' Bank of China"',
        ),
    ],
)
def test_an_ampersand_for_and_is_a_variant(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    # The name spelt another way, as British spellings are: a warning, never `missing` "found China" (U37-12).
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [said]


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        ("美军官员表示。", "British military officials said.", "missing 美军:"),
        ("英军士兵抵达。", "French soldiers arrived.", "missing 英军:"),
        ("法军士兵撤出。", "American soldiers left.", "missing 法军:"),
        ("日军士兵登陆。", "Russian soldiers landed.", "missing 日军:"),
        # a people's adjective where the source writes no such people
        ("中国石化公布业绩。", "Sinopec said Taiwanese investors bought shares.", "unexpected 台语:"),
        # another index, or no index word in the source
        ("上证综指收跌0.3%。", "The Hang Seng Index fell 0.3%.", "missing 上证:"),
        ("上证公布数据。", "The Shanghai Composite Index published data.", "missing 上证:"),
        ("海峡时报指出。", "The Hang Seng Index pointed out.", "missing 海峡时报:"),
        # "the CK group" with no longer name opened by CK
        ("李宁公布业绩。", "Li Ning reported results and the CK group said more.", "unexpected 卡尔文克莱因:"),
        # "&" spells the same name only
        ("中国银行公布业绩。", "Industrial & Commercial Bank of China reported results.", "missing 中国银行:"),
    ],
)
def test_another_name_still_fails(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line for line in lines), lines


def test_army_names_take_the_countrys_adjectives() -> None:
    assert _army_names("People's Liberation Army", ["Chinese"]) == []
    assert _army_names("US army") == ["US armed forces", "US military", "US forces", "US troops", "US soldiers"]
    names = _army_names("US army", ["American"])
    assert "American military" in names and "American soldiers" in names and "American army" in names
    assert _army_names("British army", ["British"]) == _army_names("British army")


@pytest.mark.parametrize(
    ("query", "zh"),
    [("China Petroleum & Chemical Corporation", "中国石化"), ("Industrial & Commercial Bank of China", "工商银行")],
)
def test_lookup_reads_an_ampersand_as_and(glossary: Path, zhgloss_exe: str, query: str, zh: str) -> None:
    done = subprocess.run(
        [zhgloss_exe, "lookup", query, "--field", "zh", "--db", str(glossary)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").split() == [zh]


def test_annotate_glosses_a_name_written_with_an_ampersand(glossary: Path, zhgloss_exe: str) -> None:
    done = subprocess.run(
        [zhgloss_exe, "annotate", "-", "--db", str(glossary)],
        input=b"Industrial & Commercial Bank of China reported results.\n",
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == "Industrial & Commercial Bank of China (工商银行) reported results.\n"


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Industrial and Commercial Bank of China", "Industrial & Commercial Bank of China"),
        ("China Petroleum & Chemical Corporation", "China Petroleum and Chemical Corporation"),
        ("Li & Fung", "Li and Fung"),
    ],
)
def test_ampersand_spellings_of_real_names(name: str, other: str) -> None:
    assert ampersand_spellings(name) == [other]


@pytest.mark.parametrize("name", ["AT&T", "research and development", "Research and development", "Lei Jun"])
def test_no_ampersand_spelling_outside_capitalised_words(name: str) -> None:
    assert ampersand_spellings(name) == []


_WORD = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)


@given(st.lists(_WORD, min_size=1, max_size=3), st.lists(_WORD, min_size=1, max_size=3))
def test_ampersand_spelling_goes_back_to_the_name(left: list[str], right: list[str]) -> None:
    name = f"{' '.join(left)} and {' '.join(right)}"
    (spelt,) = ampersand_spellings(name)
    assert spelt == f"{' '.join(left)} & {' '.join(right)}"
    assert ampersand_spellings(spelt) == [name]


article_glossary = glossary_fixture("cedict_check_article_s38.u8")


@pytest.mark.parametrize(
    "target",
    [
        "The Shanghai Stock Exchange 50 Index rose.",
        "Shanghai Stock Exchange 50 Index rose.",
        "The Shanghai Stock Exchange rose.",
    ],
)
def test_a_near_miss_inside_another_name_is_that_name(
    article_glossary: Path, zhgloss_exe: str, tmp_path: Path, target: str
) -> None:
    # R38-16: "The Shanghai" is no misspelling of 上海 'Shanghai': it cuts "Shanghai Stock Exchange", which the
    # translation names instead.
    lines = check_lines(zhgloss_exe, article_glossary, tmp_path, [("上海上涨。", target)])
    assert lines == [
        '1: missing 上海: found "Shanghai Stock Exchange", expected "Shanghai" (\'Shanghai Stock Exchange\' is the'
        " glossary's name for 上海证券交易所)"
    ], lines


def test_a_near_miss_of_the_name_alone_is_still_misspelt(
    article_glossary: Path, zhgloss_exe: str, tmp_path: Path
) -> None:
    lines = check_lines(zhgloss_exe, article_glossary, tmp_path, [("上海上涨。", "Shanghia rose.")])
    assert lines == ['1: misspelt 上海: found "Shanghia", expected "Shanghai"'], lines

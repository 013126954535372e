"""A registered name followed by a bracket defining its short form is glossed (the reviewer's R39-21, R40-1, issue 9).

Chinese copy and filings define the abbreviation they go on with in brackets, bare (中国国际航空公司（国航）, s39's
R38-21) or after words that say so: 以下简称 "hereinafter called", 简称 "called for short", 下称 / 以下称
"hereinafter", with or without quotes or a colon (中国国际航空公司（以下简称“国航”）, （下称国航）, （简称：深交所）,
Hong Kong's （簡稱「國航」）), or among other words (（股票代码：601111，以下简称“国航”）, （以下简称“国航”或“公司”）:
R40-1, the reviewer's sf.txt). A bracket holding a Chinese form of the name's own entry is no gloss of it (a gloss of a
Chinese name is English or pinyin): the name is glossed before it, what the bracket holds not again, and a second
annotate changes nothing; a bracket with the text's own English is its gloss. The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG,
../shared/data/cedict_ts.u8.gz) imported by the installed `zhgloss import --proper-only`.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import imported_db

LINES = """\
中國國際航空公司 中国国际航空公司 [Zhong1 guo2 Guo2 ji4 Hang2 kong1 Gong1 si1] /Air China Ltd./
國航 国航 [Guo2 hang2] /Air China (abbr. for 中國國際航空公司|中国国际航空公司[Zhong1 guo2 Guo2 ji4 Hang2 kong1 Gong1 si1])/
深圳證券交易所 深圳证券交易所 [Shen1 zhen4 Zheng4 quan4 Jiao1 yi4 suo3] /Shenzhen Stock Exchange, abbr. to 深交所[Shen1 Jiao1 suo3]/
中國石油化工股份有限公司 中国石油化工股份有限公司 [Zhong1 guo2 Shi2 you2 Hua4 gong1 Gu3 fen4 You3 xian4 Gong1 si1] /China Petroleum and Chemical Corporation, Sinopec/abbr. to 中石化[Zhong1 shi2 hua4]/
中石化 中石化 [Zhong1 shi2 hua4] /China Petroleum and Chemical Corporation, Sinopec/abbr. for 中國石油化工股份有限公司|中国石油化工股份有限公司/
新加坡 新加坡 [Xin1 jia1 po1] /Singapore/
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("short40"), LINES)


def _annotate(db: Path, text: str, *args: str) -> str:
    """The installed `zhgloss annotate -` of `text` (its line break added); stdout."""
    done = subprocess.run(
        ["zhgloss", "annotate", "-", "--db", str(db), *args], input=text + "\n", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# The formulas as copy writes them: Xinhua and filings (以下简称“X”), wire copy (下称X), filings' colon (简称：X),
# Hong Kong filings' corner quotes (簡稱「X」), a bare quote.
FORMULAS = [
    "以下简称“{}”",
    '以下简称"{}"',
    "下称{}",
    "下称“{}”",
    "简称“{}”",
    "简称：{}",
    "以下称“{}”",
    "简称为“{}”",
    "“{}”",
    # The reviewer's R40-1 (/tmp/rev40/t/sf.txt): the short form anywhere in the bracket, in any words around it.
    "股票代码：601111，以下简称“{}”",
    "以下简称“{}”或“公司”",
    "以下简称‘{}’",
    "下文简称“{}”",
    "后文简称“{}”",
    "以下简称 “{}”",
    "以下简称“{}”，股票代码601111",
]


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize(
    ("name", "english", "short"),
    [
        ("中国国际航空公司", "Air China", "国航"),
        ("深圳证券交易所", "Shenzhen Stock Exchange", "深交所"),
        ("中国石油化工股份有限公司", "China Petroleum and Chemical Corporation", "中石化"),
    ],
)
def test_the_name_before_a_defined_short_form_is_glossed(
    db: Path, formula: str, name: str, english: str, short: str
) -> None:
    bracket = formula.format(short)
    line = f"{name}（{bracket}）今日发布公告。"
    out = _annotate(db, line)
    assert out == f"{name}（{english}）（{bracket}）今日发布公告。\n"
    assert _annotate(db, out.rstrip("\n")) == out  # annotated again: nothing added


def test_hong_kong_filings_traditional_formula(db: Path) -> None:
    line = "中國國際航空公司（簡稱「國航」）今日宣布。"
    assert _annotate(db, line) == "中國國際航空公司（Air China）（簡稱「國航」）今日宣布。\n"


def test_a_formula_naming_another_entry_is_no_short_form_of_the_name(db: Path) -> None:
    # 深交所 is the exchange's, not the airline's: the bracket's name is glossed as itself, as a bare one is.
    assert (
        _annotate(db, "中国国际航空公司（以下简称“深交所”）。")
        == "中国国际航空公司（Air China）（以下简称“深交所（Shenzhen Stock Exchange）”）。\n"
    )


@pytest.mark.parametrize("formula", ["（下称“新航”）", "（以下称新航）", "（简称为“新航”）"])
def test_a_place_heading_a_company_that_defines_its_short_form_is_the_company(db: Path, formula: str) -> None:
    # 新加坡航空公司 is Singapore Airlines, no place: the bracket defining its short form says it is one company's
    # name (InsideRule._outside_coded_firms), whichever formula defines it; the bare place is still glossed.
    line = f"新加坡航空公司{formula}今日宣布。"
    assert _annotate(db, line) == line + "\n"
    assert _annotate(db, "新加坡今日宣布。") == "新加坡（Singapore）今日宣布。\n"


@pytest.mark.parametrize(
    "line",
    [
        "中国国际航空公司（Air China，以下简称“国航”）今日发布公告。",  # the text's own English gloss
        "中国国际航空公司（Air China）（以下简称“国航”）今日发布公告。",
    ],
)
def test_a_bracket_holding_the_texts_own_english_is_its_gloss(db: Path, line: str) -> None:
    assert _annotate(db, line) == line + "\n"

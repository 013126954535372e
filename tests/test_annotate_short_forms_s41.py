"""Two more shapes of a bracket that defines a company's short form (issue 9; the fortieth session's left-alone).

- 中国国际航空公司（HK:00753，以下简称"国航"）left the name bare: the bracket held Latin letters, and the short-form
  rule read any Latin letter as the text's own English gloss, though it meant a word of three letters or more (a
  market's code, HK, SH, SZ, is none): a later regex of the same name (the page-language test's `[A-Za-z]+`) had
  replaced it in the module.
- 中国平安保险（集团）股份有限公司（以下简称“中国平安”）glossed 中国 "China" inside the quoted short form, on a glossary
  without the company: the short form a bracket defines is the company's name, as the registered name before it is
  (whose 中国 was dropped already), so a place's name inside it names no place.

The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz) imported by the installed
`zhgloss import --proper-only`.
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
中國 中国 [Zhong1 guo2] /China/
香港 香港 [Xiang1 gang3] /Hong Kong/
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
日本 日本 [Ri4 ben3] /Japan/
中銀 中银 [Zhong1 Yin2] /Bank of China/abbr. for 中國銀行|中国银行[Zhong1 guo2 Yin2 hang2]/
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("short41"), LINES)


def _annotate(db: Path, text: str) -> str:
    """The installed `zhgloss annotate -` of `text` (its line break added); stdout without it."""
    done = subprocess.run(
        ["zhgloss", "annotate", "-", "--db", str(db)], input=text + "\n", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.rstrip("\n")


@pytest.mark.parametrize(
    "bracket",
    [
        'HK:00753，以下简称"国航"',
        "HK:00753，以下简称“国航”",
        "股票代码：601111.SH，以下简称“国航”",
        "SH601111，下称国航",
        "A股代码：601111，以下简称“国航”",
    ],
)
def test_a_markets_code_in_the_short_form_bracket_is_no_gloss(db: Path, bracket: str) -> None:
    text = f"中国国际航空公司（{bracket}）今日公告。"
    once = _annotate(db, text)
    assert once == f"中国国际航空公司（Air China）（{bracket}）今日公告。"
    assert _annotate(db, once) == once


@pytest.mark.parametrize(
    "bracket",
    ["Air China，以下简称“国航”", "Air China Ltd.，以下简称“国航”"],
)
def test_the_texts_own_english_in_the_bracket_is_still_its_gloss(db: Path, bracket: str) -> None:
    text = f"中国国际航空公司（{bracket}）今日公告。"
    assert _annotate(db, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国平安保险（集团）股份有限公司（以下简称“中国平安”）今日公告。",
            "中国平安保险（集团）股份有限公司（以下简称“中国平安”）今日公告。",
        ),
        (
            "上海汽车集团股份有限公司（以下简称“上海汽车”）发布年报。",
            "上海汽车集团股份有限公司（以下简称“上海汽车”）发布年报。",
        ),
        ("香港中华煤气有限公司（下称香港中华）宣布加价。", "香港中华煤气有限公司（下称香港中华）宣布加价。"),
        (
            "中國平安保險（集團）股份有限公司（以下簡稱「中國平安」）今日公告。",
            "中國平安保險（集團）股份有限公司（以下簡稱「中國平安」）今日公告。",
        ),
    ],
)
def test_a_place_inside_a_defined_short_form_is_the_companys_name(db: Path, text: str, expected: str) -> None:
    assert _annotate(db, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中银香港控股有限公司（以下简称“中银香港”）公布业绩。",
        "中国银行（香港）有限公司（以下简称“中银香港”）公布业绩。",
    ],
)
def test_a_parents_name_inside_a_defined_short_form_is_not_glossed(db: Path, text: str) -> None:
    """The reviewer's R41-11: “中银香港” (BOC Hong Kong, a listed subsidiary) holds the parent's short name 中银 "Bank
    of China", which is not the company it defines. (How the registered name before it is glossed is not asserted.)"""
    assert "（以下简称“中银香港”）" in _annotate(db, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The short form is the place itself: what the text calls the company for short is then the place's name.
        ("中国平安保险（集团）股份有限公司在中国开业。", "中国平安保险（集团）股份有限公司在中国（China）开业。"),
        # A place in brackets that abbreviates nothing before it is a place (北京（首都） is no short form).
        ("他去了日本（日本国）。", "他去了日本（Japan）（日本国）。"),
    ],
)
def test_a_place_outside_a_defined_short_form_is_glossed_as_before(db: Path, text: str, expected: str) -> None:
    assert _annotate(db, text) == expected

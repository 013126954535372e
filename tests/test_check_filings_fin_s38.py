"""`zhgloss check` on the thirty-eighth session's filings from financial copy (issue 9; rel), with the user's own
glossary rows: each a class, tested on the filed instances and cases of the same kind.

- U37-4 (+ addenda): a stock code the translation writes digit for digit as the source does ("BYD (002594)"), in
  another exchange's spelling ("SZ:002594", "600519.SS", "01211.HK"), or as HKEX's English announcements number
  it without the leading zeros ("(Stock Code: 700)" for 股份代號：00700) is the code: never `missing` "found
  nothing" (`Checker._rendered_by_code`, with harvest's `ticker_key`); another number still is.
- U37-7: a director named as Hong Kong's listed companies name them, the English name last ("Mr Lau Chi Ping
  Martin" for 刘炽平 'Martin Lau'; CK Hutchison's "LI Tzar Kuoi, Victor"), read by `zhgloss.adopted.english_name_last`
  (the one rule harvest and the sheet import use): a `variant` saying so, never `misspelt` "found Martin".
- U37-25 (+ addendum): the company's English with its legal form left off or written otherwise ("Tencent Holdings"
  for 'Tencent Holdings Limited', "BYD Co., Ltd." for 'BYD Company Limited') is the preferred name: no `variant`
  quoting the alias "Tencent", no `inconsistent` beside it.
- U37-10: a name padded with an ideographic space (王　良, as SSE/SZSE announcements pad two-character names) is the
  name: "Wang Liang" passes, "Wang Lian" is misspelt.

The glossary: tests/data/check_filings_fin_s38.jsonl, the user's rows (/tmp/u37/t/fin.json, h.json, tx.json of the
filings, exported as JSON Lines) and Victor Li (李泽钜; CK Hutchison's annual report 2023 writes "LI Tzar Kuoi,
Victor"), imported by the installed script.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import DATA, check_lines

ADOPTED_LAST = "the English name last, as Hong Kong's listed companies write directors"


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    db = tmp_path_factory.mktemp("fin") / "fin.json"
    for command in (
        ["init", str(db), "--empty"],
        ["import", str(DATA / "check_filings_fin_s38.jsonl"), "--db", str(db)],
    ):
        done = subprocess.run([zhgloss_exe, *command], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
    return db


def failing(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.split(": ", 1)[-1].startswith("variant ")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the digits as the source writes them (U37-4)
        ("比亚迪（002594）股价上涨。", "BYD (002594) shares rose."),
        ("腾讯控股（00700）股价上涨。", "Tencent (00700) shares rose."),
        ("贵州茅台（600519）股价上涨。", "Kweichow Moutai (600519) shares rose."),
    ],
)
def test_a_code_copied_digit_for_digit_is_no_problem(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    code = source[source.index("（") + 1 : source.index("）")]
    assert not [line for line in lines if f" {code}:" in line], lines


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # another exchange's spelling, HKEX's own numbering (U37-4 and its addenda)
        ("比亚迪（002594）股价上涨。", "BYD (SZ:002594) shares rose."),
        ("贵州茅台（600519）股价上涨。", "Kweichow Moutai (600519.SS) shares rose."),
        ("贵州茅台（600519）股价上涨。", "Kweichow Moutai (SSE: 600519) shares rose."),
        ("騰訊控股有限公司（股份代號：00700）宣佈。", "Tencent Holdings Limited (Stock Code: 700) announces."),
        ("腾讯控股（00700）股价上涨。", "Tencent (700.HK) shares rose."),
        ("比亚迪股份（01211）股价上涨。", "BYD (01211.HK) shares rose."),
        ("比亚迪股份（01211）股价上涨。", "BYD (Stock Code: 1211) shares rose."),
    ],
)
def test_a_code_in_another_spelling_is_at_most_a_variant(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert failing(lines) == [], lines


@pytest.mark.parametrize(
    ("source", "target", "code"),
    [
        ("比亚迪（002594）股价上涨。", "BYD (002595) shares rose.", "002594"),
        ("騰訊控股有限公司（股份代號：00700）宣佈。", "Tencent Holdings Limited (Stock Code: 701) announces.", "00700"),
        ("贵州茅台（600519）股价上涨。", "Kweichow Moutai (600519.SZ) shares rose.", "600519"),
        ("比亚迪（002594）股价上涨。", "BYD shares rose 2594 yuan.", "002594"),
    ],
)
def test_another_code_is_still_missing(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, code: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(f"missing {code}:" in line for line in lines), lines


@pytest.mark.parametrize(
    ("source", "target", "found", "expected"),
    [
        (
            "执行董事刘炽平出席会议。",
            "Executive Director Mr Lau Chi Ping Martin attended the meeting.",
            "Lau Chi Ping Martin",
            "Martin Lau",
        ),
        ("李泽钜出席会议。", "Mr LI Tzar Kuoi, Victor attended the meeting.", "LI Tzar Kuoi, Victor", "Victor Li"),
        ("李澤鉅出席會議。", "Mr Li Tzar Kuoi Victor attended the meeting.", "Li Tzar Kuoi Victor", "Victor Li"),
    ],
)
def test_a_director_with_the_english_name_last_is_a_variant(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, found: str, expected: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    zh = source[source.index("出") - 3 : source.index("出")]
    assert lines == [f'1: variant {zh}: found "{found}", expected "{expected}" ({ADOPTED_LAST})'], lines


@pytest.mark.parametrize(
    ("source", "target", "zh"),
    [
        ("执行董事刘炽平出席会议。", "Executive Director Mr Lau Chi Ping Robert attended the meeting.", "刘炽平"),
        ("执行董事刘炽平出席会议。", "Executive Director Mr Lam Chi Ping Martin attended the meeting.", "刘炽平"),
        ("李泽钜出席会议。", "Mr Li Ka Shing, Victor attended the meeting.", "李泽钜"),
    ],
)
def test_another_director_still_fails(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, zh: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(f" {zh}:" in line and ADOPTED_LAST not in line for line in failing(lines)), lines


@pytest.mark.parametrize(
    "pairs",
    [
        [("腾讯控股有限公司公布业绩。", "Tencent Holdings reported results.")],
        [("比亚迪股份有限公司发布公告。", "BYD Co., Ltd. issued an announcement.")],
        [("比亚迪股份有限公司发布公告。", "BYD Company Ltd issued an announcement.")],
        [("贵州茅台酒股份有限公司发布公告。", "Kweichow Moutai Co Ltd issued an announcement.")],
        [
            ("腾讯控股有限公司公布业绩。", "Tencent Holdings Limited reported results."),
            ("腾讯控股有限公司公布业绩。", "Tencent Holdings reported results."),
            ("腾讯控股有限公司公布业绩。", "Tencent Holdings Ltd reported results."),
        ],
    ],
)
def test_the_registered_name_with_its_legal_form_left_off_or_written_otherwise_passes(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


def test_the_short_name_alone_is_the_companys_name(glossary: Path, zhgloss_exe: str, tmp_path: Path) -> None:
    # A variant until the forty-ninth session; the review's R48-17: the name without its legal and holding words is
    # the name news writes for the company.
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("腾讯控股有限公司公布业绩。", "Tencent reported results.")])
    assert lines == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        ("招商银行行长王　良辞任。", "China Merchants Bank president Wang Liang resigned.", None),
        ("记者　王　良　报道", "Reported by Wang Liang", None),
        ("周　佳出任总裁。", "Zhou Jia became president.", None),
        ("招商银行行长王　良辞任。", "China Merchants Bank president Wang Lian resigned.", "misspelt 王　良:"),
        ("周　佳出任总裁。", "Zhou Jian became president.", "misspelt 周　佳:"),
    ],
)
def test_a_name_padded_with_an_ideographic_space_is_the_name(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str | None
) -> None:
    lines = failing(check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]))
    if said is None:
        assert lines == [], lines
    else:
        assert any(said in line for line in lines), lines

"""A stock code's Chinese form is one rule for import, add and validate: `zhgloss.script.zh_script_problem` takes every
code of digits that the code reading (`zhgloss.tickers.ticker_key`) reads, however the exchange is written.

The s40 review's R40-15 (TBL-40-1): ticker_key read Sina Finance's "sh600519" and "hk00700" (its quote lists,
hq.sinajs.cn/list=sh600519), "sh.600519", Google Finance's "HK:00700" and "3888:HKEX", but the script rule
(`_CODE_RE`: capitals, no colon, no space) refused them, so a stock_code row of such a code was refused "zh 'sh.600519'
has no Chinese characters" (exit 3) and add refused it as "were zh and en swapped?". A name in Latin letters beside
an exchange's abbreviation ("Li Si": SI is Singapore's) is still no code: the code is digits, or letters in capitals
(the s41 review's R41-5: "JD:NASDAQ", "NYSE:BABA" were refused by the digits-only rule of f229ea75). On the parent
(e1bd951c) the tests of the accepted forms fail; those of the refused names pass on both.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.script import is_stock_code_form, zh_script_problem
from zhgloss.tickers import ticker_key

# Real shapes: Sina Finance (sh600519, sz000001, hk00700), a dotted prefix (sh.600519, the reviewer's dot.csv), Google
# Finance (HK:00700, SHA:600519 is not read), the exchange after a colon (3888:HKEX), Bloomberg's spaced "700 HK".
_CODES = ["sh600519", "sz000001", "bj430047", "hk00700", "sh.600519", "HK:00700", "hk:00700", "3888:HKEX", "700 HK"]
# US listings of Chinese companies, letters in capitals (R41-5): the source articles' own JD:NASDAQ and KC:NASDAQ
# (../shared/reference/entities.md), Google Finance's NYSE:BABA and "NASDAQ: PDD".
_CODES += ["JD:NASDAQ", "KC:NASDAQ", "BIDU:NASDAQ", "NYSE:BABA", "NASDAQ: PDD", "US:BABA"]
# Latin names whose second word is an exchange's abbreviation (SI Singapore, N NYSE, L London, T Tokyo).
_NAMES = ["Li Si", "Ma Si", "Li N", "Wang L", "Zhang T"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    return db


def _zh_forms(db: Path) -> list[str]:
    return [e["zh"] for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()]


@pytest.mark.parametrize("code", _CODES)
def test_import_takes_a_stock_code_row_of_any_spelling_the_code_reading_reads(tmp_path: Path, code: str) -> None:
    db = _db(tmp_path)
    source = tmp_path / "codes.csv"
    source.write_text(f"zh,en,type\n{code},Kweichow Moutai,stock_code\n", encoding="utf-8")
    result = _run("import", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert _zh_forms(db) == [code]
    checked = _run("validate", "--db", str(db))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no Chinese characters" not in checked.stdout + checked.stderr


@pytest.mark.parametrize("code", _CODES)
def test_add_takes_what_import_takes(tmp_path: Path, code: str) -> None:
    db = _db(tmp_path)
    result = _run("add", code, "--en", "Kweichow Moutai", "--type", "stock_code", "--db", str(db), "--yes")
    assert result.returncode == 0, result.stderr
    assert _zh_forms(db) == [code]


def test_an_untyped_row_of_a_glued_lower_case_code_is_a_stock_code(tmp_path: Path) -> None:
    db = _db(tmp_path)
    source = tmp_path / "untyped.csv"
    source.write_text("zh,en\nhk00700,Tencent Holdings\n", encoding="utf-8")
    assert _run("import", str(source), "--db", str(db)).returncode == 0
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (entry["zh"], entry["type"]) == ("hk00700", "stock_code")


@pytest.mark.parametrize("name", _NAMES)
def test_a_latin_name_beside_an_exchange_abbreviation_is_still_refused(tmp_path: Path, name: str) -> None:
    db = _db(tmp_path)
    source = tmp_path / "people.csv"
    source.write_text(f"zh,en,type\n{name},{name},person\n", encoding="utf-8")
    result = _run("import", str(source), "--db", str(db))
    assert result.returncode == 3
    assert "has no Chinese characters" in result.stderr
    added = _run("add", name, "--en", name, "--type", "person", "--db", str(db), "--yes")
    assert added.returncode != 0
    assert "has no Chinese characters" in added.stderr


_EXCHANGES = ["HK", "HKEX", "SH", "SS", "SZ", "BJ", "TW", "T", "KS", "L", "SI", "XSHG", "XSHE", "XHKG"]


@given(
    st.sampled_from(_EXCHANGES),
    st.text("0123456789", min_size=1, max_size=6),
    st.sampled_from([":", ".", " "]),
    st.booleans(),
    st.booleans(),
)
def test_every_numbered_code_the_code_reading_reads_has_a_chinese_form_s_script(
    exchange: str, digits: str, separator: str, exchange_first: bool, lower: bool
) -> None:
    exchange = exchange.lower() if lower else exchange
    form = f"{exchange}{separator}{digits}" if exchange_first else f"{digits}{separator}{exchange}"
    assert ticker_key(form) is not None
    assert is_stock_code_form(form)
    assert zh_script_problem(form) is None


@given(st.from_regex(r"[A-Z][a-z]{1,5} [A-Za-z]{1,6}", fullmatch=True))
def test_latin_words_without_a_digit_are_no_chinese_form(words: str) -> None:
    # Two words with a lower-case letter: no capitalised code (_CODE_RE), and no code of digits whatever the
    # second word is ("Li Si" is read by ticker_key as the code LI in Singapore).
    assert not is_stock_code_form(words)
    assert zh_script_problem(words) == "has no Chinese characters"


@given(
    st.sampled_from(["NASDAQ", "NYSE", "US", "O", "N", "HK", "SH"]),
    st.from_regex(r"[A-Z]{1,5}", fullmatch=True),
    st.sampled_from([":", ".", ": "]),
    st.booleans(),
)
def test_a_letter_code_in_capitals_has_a_chinese_form_s_script_in_lower_case_not(
    exchange: str, code: str, separator: str, exchange_first: bool
) -> None:
    form = f"{exchange}{separator}{code}" if exchange_first else f"{code}{separator}{exchange}"
    if ticker_key(form) is None:  # both parts exchanges ("US:HK"): no code
        return
    assert zh_script_problem(form) is None
    assert zh_script_problem(form.lower()) == "has no Chinese characters"

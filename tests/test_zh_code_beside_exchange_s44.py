"""A word in capitals against a market that numbers its securities is no Chinese form, with a full stop as with a colon.

`zhgloss.tickers.ticker_key` reads "WANG.SZ" and "LI.HK" as no stock code since s43 (letters beside HKEX, the SSE,
SZSE, BSE, KRX, TWSE/TPEx and JPX are a name), and "HK:LI" was refused as a Chinese form; but `script._CODE_RE` (a code
or brand in Latin capitals: WPS, KC.US) still took "WANG.SZ", so `import` added a row zh 'WANG.SZ' (exit 0; tbl's s43
"noticed" list). Now a form of one word against an exchange's abbreviation, with a full stop or a colon, is a code
only as `ticker_key` reads it (`tickers.is_beside_an_exchange`). Over CC-CEDICT's headwords no form has that shape; of
the bundled glossary's 9, all are codes ticker_key reads (03888.HK, HK.3888, 688111.SH, KC.US, JD.O ...): none changes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from zhgloss.script import zh_script_problem

_NUMBERING = ["HK", "HKEX", "SEHK", "SH", "SS", "SSE", "SZ", "SZSE", "BJ", "BSE", "T", "TYO", "KS", "KRX", "TW", "TWSE"]
_LETTERS = ["US", "NASDAQ", "NYSE", "N", "O", "L", "LSE", "SGX"]
_WORDS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=5)
# Every abbreviation of five letters or fewer `zhgloss.tickers` reads as an exchange: "SH.HK" or "L.US" is two of them,
# and which is the code no reading tells (left as before).
_ABBREVIATIONS = {"HK", "HKEX", "SEHK", "HKG", "SH", "SS", "SSE", "STAR", "SZ", "SZSE", "BJ", "BSE", "O", "US"}
_ABBREVIATIONS |= {"NYSE", "AMEX", "N", "OQ", "TW", "TWSE", "TWO", "TPEX", "T", "TYO", "TSE", "KS", "KRX", "KQ", "L"}
_ABBREVIATIONS |= {"LSE", "SI", "SGX", "XSHG", "XSHE", "XHKG", "XNAS", "XNYS", "XTKS", "XKRX", "XLON", "XSES", "XTAI"}


@given(_WORDS, st.sampled_from(_NUMBERING), st.sampled_from([".", ":"]), st.booleans())
def test_letters_against_a_numbering_market_are_no_chinese_form(
    word: str, exchange: str, stop: str, word_first: bool
) -> None:
    assume(word not in _ABBREVIATIONS)
    form = f"{word}{stop}{exchange}" if word_first else f"{exchange}{stop}{word}"
    assert zh_script_problem(form) == "has no Chinese characters"


@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["HK", "HKEX"]), st.sampled_from([".", ":"]))
def test_a_number_against_hkex_is_a_code(number: int, exchange: str, stop: str) -> None:
    assert zh_script_problem(f"{number:05d}{stop}{exchange}") is None
    assert zh_script_problem(f"{exchange}{stop}{number}") is None


@given(_WORDS, st.sampled_from(_LETTERS))
def test_letters_against_a_letter_market_are_a_code(word: str, exchange: str) -> None:
    assume(word not in _ABBREVIATIONS)
    assert zh_script_problem(f"{word}.{exchange}") is None


@pytest.mark.parametrize("form", ["WPS", "TCL", "S.H.E", "H.O.T", "BT.A", "BRK.B", "J.D", "KC.US", "1234.XX"])
def test_codes_and_brands_of_other_shapes_stay(form: str) -> None:
    assert zh_script_problem(form) is None


@pytest.mark.parametrize("zh", ["WANG.SZ", "LI.HK", "HK.LI"])
def test_import_refuses_the_row(zhgloss_exe: str, tmp_path: Path, zh: str) -> None:
    db, sheet = tmp_path / "g.json", tmp_path / "c.csv"
    sheet.write_text(f"zh,en,type\n{zh},Li Holdings,stock_code\n", encoding="utf-8")
    assert subprocess.run([zhgloss_exe, "init", "--empty", str(db)], capture_output=True, check=False).returncode == 0
    before = db.read_bytes()
    done = subprocess.run(
        [zhgloss_exe, "import", str(sheet), "--db", str(db)], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 3, done.stderr
    assert f"zh {zh!r} has no Chinese characters" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before

"""Letters are a stock code only on a market that lists codes of letters; a share class is part of the code.

`zhgloss.tickers.ticker_key` read a word of capitals beside any exchange's abbreviation as a ticker symbol, so a
surname beside a Chinese exchange was a stock code as "LI SI" was before the s42 fix: "WANG.SZ" -> ticker:sz:wang,
"LI.HK", "HK:LI", "SH:LI" (the review's R42-14), and import and add took them as a stock code's Chinese form (now
refused: tests/test_ticker_names_s42.py's test_a_name_in_capitals_is_no_stock_code holds HK:LI, SH:LI, HKEX: WANG). HKEX
numbers its stock codes (one to five digits), the SSE, SZSE and BSE theirs (six digits), as do the KRX (six), the
TWSE and TPEx (four to six, led by digits) and JPX (four characters, digits first and third: 7203, 130A): letters
beside them are no code. Codes of letters alone are read on the US exchanges, the LSE (TIDMs) and SGX (AWX, AJBU).

A share class ("NYSE:BRK.B" as the NYSE and Google Finance write Berkshire Hathaway's class B, "BRK/B US" as
Bloomberg does, "LSE:BT.A") was no code at all: it is now one key however written (ticker:us:brk.b). A bare "BF.B",
with no exchange, stays none: it has the shape of two initials (J.D), and every other code is read with its exchange.

Measured (the s43 tbl report): of 152,064 forms made of a CC-CEDICT pinyin syllable in capitals beside an exchange
spelling (":", ".", ": ", " "; both orders), 111,874 were codes before and 40,138 after (all US, LSE, SGX); over
CC-CEDICT's and the bundled glossary's 354,994 forms and 690 code-shaped tokens of the shared corpus, none changes.
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

# Spellings of the markets that number their securities (`zhgloss.tickers._EXCHANGE_KEYS`).
_NUMBERING_EXCHANGES = {
    "HK": "hk",
    "HKEX": "hk",
    "SEHK": "hk",
    "SH": "sh",
    "SS": "sh",
    "SSE": "sh",
    "XSHG": "sh",
    "SZ": "sz",
    "SZSE": "sz",
    "XSHE": "sz",
    "BJ": "bj",
    "BSE": "bj",
    "T": "jp",
    "TYO": "jp",
    "KS": "kr",
    "KRX": "kr",
    "KQ": "kq",
    "TW": "tw",
    "TWSE": "tw",
    "TPEX": "two",
}
_ABBREVIATIONS = frozenset(
    [
        "hk",
        "hkex",
        "sehk",
        "hkg",
        "sh",
        "ss",
        "sse",
        "star",
        "sz",
        "szse",
        "bj",
        "bse",
        "o",
        "us",
        "nasdaq",
        "nyse",
        "amex",
        "nyseamerican",
        "n",
        "oq",
        "tw",
        "twse",
        "two",
        "tpex",
        "t",
        "tyo",
        "tse",
        "ks",
        "krx",
        "kq",
        "l",
        "lse",
        "si",
        "sgx",
        "xshg",
        "xshe",
        "xhkg",
        "xnas",
        "xnys",
        "xtks",
        "xkrx",
        "xlon",
        "xses",
        "xtai",
    ]
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False, timeout=120)


@pytest.mark.parametrize(
    "form",
    [
        "WANG.SZ",
        "LI.HK",
        "HK:LI",
        "SH:LI",
        "HKEX:LI",
        "HKEX: WANG",
        "BJ:LI",
        "SZSE: ZHANG",
        "LI.T",
        "KRX:KIM",
        "TWSE:TSMC",
    ],
)
def test_letters_beside_a_numbering_exchange_are_no_code(form: str) -> None:
    assert ticker_key(form) is None
    assert not is_stock_code_form(form)
    # "WANG.SZ" with a full stop too (it passed as a code or brand by script._CODE_RE until s44).
    assert zh_script_problem(form) == "has no Chinese characters"


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("0700.HK", "ticker:hk:700"),
        ("HKEX: 1810", "ticker:hk:1810"),
        ("600519.XSHG", "ticker:sh:600519"),
        ("SZ:000001", "ticker:sz:1"),
        ("7203.T", "ticker:jp:7203"),
        ("130A.T", "ticker:jp:130a"),
        ("00632R.TW", "ticker:tw:632r"),
        ("JD.US", "ticker:us:jd"),
        ("VOD.L", "ticker:uk:vod"),
        ("SGX:AWX", "ticker:sg:awx"),
    ],
)
def test_codes_of_every_market_are_still_read(form: str, key: str) -> None:
    assert ticker_key(form) == key


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("NYSE:BRK.B", "ticker:us:brk.b"),
        ("NYSE: BRK.B", "ticker:us:brk.b"),
        ("BRK.B:NYSE", "ticker:us:brk.b"),
        ("BRK.B US", "ticker:us:brk.b"),  # Bloomberg, with the NYSE's full stop
        ("BRK/B US", "ticker:us:brk.b"),  # Bloomberg's own slash
        ("NYSE:BF.B", "ticker:us:bf.b"),
        ("LSE:BT.A", "ticker:uk:bt.a"),
    ],
)
def test_a_share_class_is_one_code_however_written(form: str, key: str) -> None:
    assert ticker_key(form) == key
    assert is_stock_code_form(form)
    assert zh_script_problem(form) is None


@pytest.mark.parametrize("form", ["BF.B", "BRK.B", "HK:BRK.B", "SZ:AB.C", "nyse:brk.b", "NYSE:BRK.BB", "J.D"])
def test_no_share_class_without_its_exchange_or_on_a_numbering_one(form: str) -> None:
    assert ticker_key(form) is None


@given(
    word=st.from_regex(r"[A-Z]{1,5}", fullmatch=True),
    exchange=st.sampled_from(sorted(_NUMBERING_EXCHANGES)),
    separator=st.sampled_from([":", ".", ": ", " "]),
    exchange_first=st.booleans(),
    digits=st.from_regex(r"[0-9]{1,6}", fullmatch=True),
)
def test_a_numbering_exchange_reads_digits_never_letters(
    word: str, exchange: str, separator: str, exchange_first: bool, digits: str
) -> None:
    def written(code: str) -> str:
        return f"{exchange}{separator}{code}" if exchange_first else f"{code}{separator}{exchange}"

    if word.lower() not in _ABBREVIATIONS:
        assert ticker_key(written(word)) is None
    if separator != " ":  # a spaced code is Bloomberg's, its market code after the number (700 HK)
        assert ticker_key(written(digits)) == f"ticker:{_NUMBERING_EXCHANGES[exchange]}:{digits.lstrip('0') or '0'}"


@given(
    root=st.from_regex(r"[A-Z]{1,5}", fullmatch=True),
    share_class=st.from_regex(r"[A-Z]", fullmatch=True),
    spelling=st.sampled_from(["NYSE:{}.{}", "NASDAQ: {}.{}", "{}.{}:NYSE", "{}.{} US", "{}/{} US"]),
)
def test_every_spelling_of_a_us_share_class_has_one_key(root: str, share_class: str, spelling: str) -> None:
    assert ticker_key(spelling.format(root, share_class)) == f"ticker:us:{root.lower()}.{share_class.lower()}"


def test_a_share_class_imports_as_a_stock_code(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    source = tmp_path / "codes.csv"
    source.write_text("zh,en,type\nNYSE:BRK.B,Berkshire Hathaway Class B,stock_code\n", encoding="utf-8")
    result = _run("import", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (entry["zh"], entry["type"]) == ("NYSE:BRK.B", "stock_code")

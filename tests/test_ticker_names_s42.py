"""A code of letters beside an exchange's abbreviation is a stock code only where it looks like a ticker symbol.

`zhgloss.tickers.ticker_key`, the one reading of stock codes, took any short word beside an exchange's abbreviation:
"LI SI" (SI Singapore), "WANG L" (L London), "LI N" (N NYSE), in capitals, so import and add stored them as a stock
code's Chinese (the s41 case rule in `is_stock_code_form` stopped "Li Si" only), and over CC-CEDICT's English it
read 67 of 88 forms as codes that are words: "US dollar", "star fruit", "two sides", "Si Wenming" (the s42 tbl
report). A code of letters is now a ticker symbol: one to five letters in one case (the US National Market System
Plan's roots of one to five; the LSE's TIDMs of two to four, SGX's of three), written against its exchange with a
colon or a full stop ("JD:NASDAQ", "BABA.N", "NASDAQ: PDD"), or as Bloomberg writes one, the ticker in capitals, a
space and US ("BABA US", "JD US", which harvest reads in a company's bracket). Other words with a space between are a
name or a phrase, whatever their case; a code with a digit is read as before ("700 HK", "D05.SI", Tokyo's "130A.T").
A pinyin name in capitals that a row copies from its English ("LI SI" beside "Li Si") is read as Chinese romanized
(`zhgloss.formats.table.in_title_case`), as "Lei Jun" is: a row not yet translated, no name Chinese writes in Latin.
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

_EXCHANGES = [
    "SI",
    "N",
    "L",
    "T",
    "O",
    "US",
    "HK",
    "SH",
    "SZ",
    "KS",
    "TW",
    "STAR",
    "TWO",
    "NASDAQ",
    "NYSE",
    "LSE",
]
# Personal names in capitals, the second word an exchange's abbreviation by chance (SI, N, L, T, O, SH).
_NAMES = ["LI SI", "XU SI", "WANG L", "LI N", "ZHANG T", "MA O", "HE SH"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


# And a name beside an exchange that numbers its securities, written as a code is (the review's R42-14, s43).
_BESIDE_NUMBERING_EXCHANGES = ["HK:LI", "SH:LI", "HKEX: WANG"]


@pytest.mark.parametrize("name", _NAMES + _BESIDE_NUMBERING_EXCHANGES)
def test_a_name_in_capitals_is_no_stock_code(tmp_path: Path, name: str) -> None:
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    before = db.read_bytes()
    source = tmp_path / "codes.csv"
    source.write_text(f"zh,en,type\n{name},Li Si Holdings,stock_code\n", encoding="utf-8")
    result = _run("import", str(source), "--db", str(db))
    assert result.returncode == 3, result.stderr
    assert f"zh {name!r} has no Chinese characters" in result.stderr
    assert db.read_bytes() == before
    added = _run(
        "add",
        name,
        "--en",
        "Li Si Holdings",
        "--type",
        "stock_code",
        "--db",
        str(db),
        "--yes",
    )
    assert added.returncode == 2
    assert "has no Chinese characters" in added.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("name", ["LI SI", "XU SI", "WANG SI", "ZHANG San", "LEI JUN"])
def test_a_pinyin_name_in_capitals_copied_from_the_english_is_no_chinese_form(tmp_path: Path, name: str) -> None:
    # A CAT tool's row that copies its English into the Chinese column, as "Lei Jun,Lei Jun" (user U30-32): imported
    # as a draft without Chinese, to be translated; in capitals it passed as a name Chinese text leaves in Latin.
    db = tmp_path / "g.json"
    source = tmp_path / "copied.csv"
    english = name.title()
    source.write_text(f"zh,en\n{name},{english}\n", encoding="utf-8")
    result = _run("import", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "copied into the Chinese column (it reads as pinyin" in result.stderr
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (entry["zh"], entry["en"], entry["draft"]) == (None, english, True)


@pytest.mark.parametrize(
    "english",
    # CC-CEDICT's own glosses that the code reading took for codes (美元 "US dollar", 杨桃 "star fruit", 李四 "Li Si").
    [
        "US dollar",
        "US Congress",
        "star fruit",
        "film star",
        "STAR Market",
        "two sides",
        "Li Si",
        "Si Wenming",
    ],
)
def test_cedict_english_is_no_code(english: str) -> None:
    assert ticker_key(english) is None


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("JD:NASDAQ", "ticker:us:jd"),
        ("NASDAQ: PDD", "ticker:us:pdd"),
        ("Nasdaq: PDD", "ticker:us:pdd"),  # the press writes the exchange so
        ("BABA.N", "ticker:us:baba"),
        ("GOOGL:NASDAQ", "ticker:us:googl"),
        ("HSBA.L", "ticker:uk:hsba"),
        ("D05.SI", "ticker:sg:d05"),
        ("130A.T", "ticker:jp:130a"),
        ("700 HK", "ticker:hk:700"),
        ("0700.HK", "ticker:hk:700"),
    ],
)
def test_real_codes_are_still_read_and_take_a_chinese_form_s_place(form: str, key: str) -> None:
    assert ticker_key(form) == key
    assert is_stock_code_form(form)
    assert zh_script_problem(form) is None


@pytest.mark.parametrize("form", ["LI:SI", "WANG.L"])
def test_a_capital_code_against_an_exchange_with_a_colon_or_stop_is_a_code(
    form: str,
) -> None:
    # Written so, it is a code's shape (LI on SGX, WANG on the LSE); no name is written with a colon.
    assert ticker_key(form) is not None


def test_a_nasdaq_code_written_so_imports_as_a_stock_code(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    source = tmp_path / "codes.csv"
    source.write_text("zh,en,type\nNasdaq: PDD,PDD Holdings,stock_code\n", encoding="utf-8")
    result = _run("import", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (entry["zh"], entry["type"]) == ("Nasdaq: PDD", "stock_code")


_WORD = st.from_regex(r"[A-Za-z]{1,6}", fullmatch=True)
# Exchanges' abbreviations themselves (`zhgloss.tickers._EXCHANGE_KEYS`): beside another, no code is told.
_EXCHANGE_WORDS = frozenset(
    ["hk", "sh", "sz", "bj", "ss", "o", "us", "n", "l", "t", "si", "ks", "kq", "tw", "two", "sse"]
)


@given(word=_WORD, exchange=st.sampled_from(_EXCHANGES), exchange_first=st.booleans(), upper=st.booleans())
def test_two_words_of_letters_with_a_space_are_no_code_but_bloomberg_s(
    word: str, exchange: str, exchange_first: bool, upper: bool
) -> None:
    word = word.upper() if upper else word
    form = f"{exchange} {word}" if exchange_first else f"{word} {exchange}"
    bloomberg = not exchange_first and exchange == "US" and word.isupper() and len(word) <= 5
    if bloomberg and word.lower() not in _EXCHANGE_WORDS:
        assert ticker_key(form) == f"ticker:us:{word.lower()}"
        return
    assert ticker_key(form) is None
    assert zh_script_problem(form) == "has no Chinese characters"


@pytest.mark.parametrize(("form", "key"), [("BABA US", "ticker:us:baba"), ("JD US", "ticker:us:jd"), ("US BABA", None)])
def test_bloomberg_s_spaced_code_is_read_as_bloomberg_writes_it(form: str, key: str | None) -> None:
    assert ticker_key(form) == key


@given(
    code=st.from_regex(r"[A-Z]{1,5}", fullmatch=True),
    exchange=st.sampled_from(["NASDAQ", "NYSE", "N", "O", "US", "L", "SI"]),
    separator=st.sampled_from([":", ".", ": "]),
    exchange_first=st.booleans(),
)
def test_a_ticker_symbol_against_its_exchange_is_a_code(
    code: str, exchange: str, separator: str, exchange_first: bool
) -> None:
    form = f"{exchange}{separator}{code}" if exchange_first else f"{code}{separator}{exchange}"
    key = ticker_key(form)
    if code.lower() in (
        "hk",
        "sh",
        "sz",
        "bj",
        "ss",
        "o",
        "us",
        "n",
        "l",
        "t",
        "si",
        "ks",
        "kq",
        "tw",
        "two",
        "sse",
    ):
        return  # an exchange's abbreviation on both sides: which is the code is not told
    assert key is not None and key.endswith(":" + code.lower())
    assert zh_script_problem(form) is None


@given(
    code=st.from_regex(r"[A-Z]{6,8}|[A-Z][a-z]{1,4}", fullmatch=True),
    exchange=st.sampled_from(["N", "SI", "L"]),
)
def test_six_letters_or_a_mixed_case_word_is_no_ticker_symbol(code: str, exchange: str) -> None:
    assert ticker_key(f"{code}.{exchange}") is None

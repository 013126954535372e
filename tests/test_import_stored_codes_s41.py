"""A stock code is one key however written, across files too: a file's row of a code the glossary stores written
otherwise is a row of that stored entry, not a second entry of one stock.

The s39 and s40 tbl reports (noticed, left alone): a file's "00700" with the English "0700.HK" imported into a
glossary that holds 0700.HK made a second entry, because the store matches rows by their Chinese forms; one file's
two spellings were already one entry (`_one_entry_a_code`, U37-19). The spellings are those the one code reading,
`zhgloss.tickers.ticker_key`, reads: Reuters' and Yahoo Finance's 0700.HK, Google Finance's HK:00700, Sina Finance's
hk00700, the digits alone beside an English that writes the exchange. On the parent (e1bd951c) the tests expecting
one entry fail (and "HK:00700", "hk00700" are refused there as "no Chinese characters", R40-15).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _stored(tmp_path: Path, row: str) -> Path:
    db = tmp_path / "g.json"  # created by the first import (--db NEW.json)
    first = tmp_path / "stored.csv"
    first.write_text(f"zh,en,type\n{row}\n", encoding="utf-8")
    done = _run("import", str(first), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def _entries(db: Path) -> list[dict]:
    return list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())


_TENCENT = "0700.HK,Tencent Holdings,stock_code"
_SPELLINGS = [
    pytest.param("00700,0700.HK,stock_code", "00700", id="digits-beside-the-english-code"),
    pytest.param("HK:00700,Tencent Holdings,stock_code", "HK:00700", id="google-finance"),
    pytest.param("hk00700,Tencent Holdings,stock_code", "hk00700", id="sina-finance"),
    pytest.param("700.HK,Tencent Holdings,stock_code", "700.HK", id="no-leading-zero"),
    pytest.param("3888:HKEX,Tencent Holdings,stock_code", None, id="another-code-is-another-entry"),
]


@pytest.mark.parametrize(("row", "form"), _SPELLINGS)
def test_replace_makes_the_file_s_spelling_an_alias_of_the_stored_code(
    tmp_path: Path, row: str, form: str | None
) -> None:
    db = _stored(tmp_path, _TENCENT)
    second = tmp_path / "codes.csv"
    second.write_text(f"zh,en,type\n{row}\n", encoding="utf-8")
    done = _run("import", str(second), "--db", str(db), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    entries = _entries(db)
    if form is None:
        assert len(entries) == 2  # 03888 is Kingsoft's code, not Tencent's
        return
    (entry,) = entries
    assert entry["zh"] == "0700.HK" and form in entry["zh_aliases"]
    assert f"{form!r} is the stock code '0700.HK' of the stored entry 'tencent-holdings'" in done.stderr
    assert "1 updated" in done.stderr


@pytest.mark.parametrize(("row", "form"), _SPELLINGS[:4])
def test_skip_keeps_the_stored_code_and_adds_no_second_entry(tmp_path: Path, row: str, form: str) -> None:
    db = _stored(tmp_path, _TENCENT)
    second = tmp_path / "codes.csv"
    second.write_text(f"zh,en,type\n{row}\n", encoding="utf-8")
    done = _run("import", str(second), "--db", str(db), "--on-conflict", "skip")
    assert done.returncode == 0, done.stderr
    (entry,) = _entries(db)
    assert entry["zh"] == "0700.HK" and entry["zh_aliases"] == []
    assert "0 added" in done.stderr and "1 conflicting" in done.stderr


def test_fail_stops_at_the_code_as_at_any_conflict(tmp_path: Path) -> None:
    db = _stored(tmp_path, _TENCENT)
    before = db.read_bytes()
    second = tmp_path / "codes.csv"
    second.write_text("zh,en,type\n00700,0700.HK,stock_code\n", encoding="utf-8")
    done = _run("import", str(second), "--db", str(db))
    assert done.returncode == 1, done.stderr
    assert "the stored entry 'tencent-holdings'" in done.stderr and "zh_aliases: + ['00700']" in done.stderr
    assert db.read_bytes() == before


def test_a_stored_code_of_digits_meets_the_file_s_code_with_its_exchange(tmp_path: Path) -> None:
    # The other way round: the glossary holds the digits (its English writes the exchange), the file the suffix.
    db = _stored(tmp_path, "00700,0700.HK,stock_code")
    second = tmp_path / "codes.jsonl"
    second.write_text('{"zh": "0700.HK", "en": "0700.HK", "type": "stock_code"}\n', encoding="utf-8")
    done = _run("import", str(second), "--db", str(db), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    (entry,) = _entries(db)
    assert entry["zh"] == "00700" and entry["zh_aliases"] == ["0700.HK"]


def test_a_row_of_the_stored_chinese_is_left_to_the_store(tmp_path: Path) -> None:
    db = _stored(tmp_path, _TENCENT)
    second = tmp_path / "same.csv"
    second.write_text(f"zh,en,type\n{_TENCENT}\n", encoding="utf-8")
    done = _run("import", str(second), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "1 skipped" in done.stderr and "written otherwise" not in done.stderr

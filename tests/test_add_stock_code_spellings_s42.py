"""One stock code is one entry however it is written (tbl's TBL-41-1, the forty-second session).

`add 0700.HK` then `add HK:00700` made two entries of Tencent's Hong Kong code, and validate said nothing: `add`'s
test for a stored name compared Chinese forms by `zh_key`, which keeps 0700.HK and HK:00700 apart, and validate's
clash check the same. The code rule is `zhgloss.tickers.ticker_key` (tbl's): now `add` takes a code for the entry
holding that code in any spelling and refuses it (exit 2, "the same stock code", with the edit that keeps the
spelling as an alias), and validate reports two entries whose Chinese forms write one code (`code-clash`, an error).
English forms are not read as codes ("STAR Market", "HK Land" would be).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import find_same_zh
from zhgloss.model import Entry
from zhgloss.store import Glossary

SPELLINGS = ["0700.HK", "HK:00700", "hk00700", "00700.HK", "700 HK", "700:HKEX", "HK.700"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True)


def _entries(db: Path) -> list[dict[str, object]]:
    return list(json.loads(db.read_text(encoding="utf-8")).get("entries", {}).values())


@pytest.mark.parametrize("second", SPELLINGS[1:])
def test_add_refuses_the_same_code_written_otherwise(tmp_path: Path, second: str) -> None:
    db = tmp_path / "g.json"
    _run("init", str(db), "--empty")
    first = _run("add", "0700.HK", "--type", "stock_code", "--en", "Tencent (HKEX: 700)", "--db", str(db))
    assert first.returncode == 0, first.stderr
    done = _run("add", second, "--type", "stock_code", "--en", "Tencent", "--db", str(db))
    assert done.returncode == 2, done.stderr
    assert "is already in the glossary as entry 'tencent-hkex-700'" in done.stderr
    assert "the same stock code" in done.stderr and "--zh-alias" in done.stderr
    assert "namesake" not in done.stderr  # a code has none
    assert len(_entries(db)) == 1


def test_another_code_is_another_entry(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    _run("init", str(db), "--empty")
    assert _run("add", "0700.HK", "--type", "stock_code", "--en", "Tencent", "--db", str(db)).returncode == 0
    done = _run("add", "HK:00701", "--type", "stock_code", "--en", "Another", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert len(_entries(db)) == 2


def _glossary(tmp_path: Path, entries: list[Entry]) -> Path:
    path = tmp_path / "g.json"
    _run("init", str(path), "--empty")
    with Glossary.open(path) as gloss:
        gloss.add_all(entries)
    return path


def test_validate_reports_two_entries_of_one_code(tmp_path: Path) -> None:
    path = _glossary(
        tmp_path,
        [
            Entry(id="tencent-hk", type="stock_code", zh="0700.HK", en="Tencent (HKEX: 700)"),
            Entry(id="tencent", type="stock_code", zh="HK:00700", en="Tencent"),
            Entry(id="kingsoft", type="stock_code", zh="03888.HK", en="Kingsoft (HKEX: 3888)"),
        ],
    )
    done = _run("validate", "--db", str(path), "--json")
    assert done.returncode == 1, done.stderr
    found = [(p["entry_id"], p["code"], p["severity"]) for p in json.loads(done.stdout)["problems"]]
    assert found == [("tencent-hk", "code-clash", "error"), ("tencent", "code-clash", "error")]


def test_english_forms_are_not_read_as_codes(tmp_path: Path) -> None:
    path = _glossary(
        tmp_path,
        [
            Entry(id="star-market", type="org", zh="科创板", en="STAR Market"),
            Entry(id="star-board", type="org", zh="科创板块", en="Star Board", aliases=("STAR Market",)),
            Entry(id="hk-land", type="org", zh="置地", en="HK Land"),
        ],
    )
    done = _run("validate", "--db", str(path), "--json")
    assert "code-clash" not in done.stdout


@given(
    digits=st.integers(min_value=1, max_value=9999),
    first=st.sampled_from(["{:04d}.HK", "HK:{:05d}", "hk{:05d}", "{}.HK", "{} HK", "{}:HKEX", "HK.{}"]),
    second=st.sampled_from(["{:04d}.HK", "HK:{:05d}", "hk{:05d}", "{}.HK", "{} HK", "{}:HKEX", "HK.{}"]),
)
def test_any_two_spellings_of_a_code_find_one_entry(digits: int, first: str, second: str) -> None:
    stored = Entry(id="code", type="stock_code", zh=first.format(digits), en="A company")
    assert find_same_zh(second.format(digits), [stored]) == stored
    assert find_same_zh(second.format(digits + 1), [stored]) is None

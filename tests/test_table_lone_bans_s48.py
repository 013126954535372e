"""A Forbidden row of one term alone names no entry (the s47 review's R47-15, session 48).

Matecat's glossary template (Forbidden, Domain, Subdomain, Definition, en-US, Notes, Example of use, zh-TW, ...)
bans a row's terms with TRUE in its Forbidden column, and "if the row only contains a term in one language, the term
will be flagged as a forbidden word any time it appears in the target language, regardless of the content of the
source" (guides.matecat.com). zhgloss hung such a row on the entry of the row above: 赖清德 got the bans "Taiwan
Semiconductor" and 台灣積電, and `lookup "Taiwan Semiconductor"` said "write Lai Ching-te". zhgloss keeps a ban on the
entry whose form it replaces, so such a row is refused with its line and what to write instead; a TRUE row with the
entry's Chinese beside the banned English bans it for that entry.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import openpyxl
import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv

_HEADER = ["Forbidden", "Domain", "Subdomain", "Definition", "en-US", "Notes", "Example of use", "zh-TW", "Notes"]


def _matecat(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(_HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


_TERMS = [
    [None, "Companies", None, "Contract chipmaker", "TSMC", None, None, "台積電", None],
    [None, "People", None, "President of Taiwan", "Lai Ching-te", None, None, "賴清德", None],
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def test_the_review_s_lone_forbidden_rows_are_refused_with_their_lines(tmp_path: Path) -> None:
    source = _matecat(
        tmp_path / "matecat.xlsx",
        [*_TERMS, [True, None, None, None, "Taiwan Semiconductor"], [True, *[None] * 6, "台灣積電"]],
    )
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    before = db.read_bytes()
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 3
    assert "line 4: the row bans 'Taiwan Semiconductor' (forbidden) alone, with no term of an entry beside it" in (
        done.stderr
    )
    assert "write the Chinese of the entry it is a wrong English for beside it on the row" in done.stderr
    assert "line 5: the row bans '台灣積電' (forbidden) alone" in done.stderr
    assert "2 lines refused" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_a_forbidden_english_beside_its_entry_s_chinese_bans_it_there(tmp_path: Path) -> None:
    source = _matecat(
        tmp_path / "matecat.xlsx", [*_TERMS, [True, None, None, None, "Taiwan Semiconductor", None, None, "台積電"]]
    )
    db = tmp_path / "g.json"
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    found = _run("lookup", "Taiwan Semiconductor", "--db", str(db))
    assert "forbids for 台积电 TSMC; write TSMC" in found.stderr
    assert "Lai" not in found.stderr
    zh, en = tmp_path / "a.zh", tmp_path / "a.en"
    zh.write_text("台積電今天公布財報。\n", encoding="utf-8")
    en.write_text("Taiwan Semiconductor released results today.\n", encoding="utf-8")
    checked = _run("check", str(zh), str(en), "--db", str(db))
    assert checked.returncode == 1
    assert 'forbidden 台積電: found "Taiwan Semiconductor"' in checked.stdout


def test_a_lone_english_ban_in_a_sheet_with_a_forbidden_column_names_no_entry() -> None:
    # The same shape as CSV, the flag column last (a hand-made sheet; Lokalise writes "forbidden" before the terms).
    text = "Chinese,English,Notes,Forbidden\n台积电,TSMC,,FALSE\n,Taiwan Semiconductor,,TRUE\n"
    with pytest.raises(FormatError) as refused:
        list(load_csv(io.StringIO(text), "g.csv"))
    assert "line 3: the row bans 'Taiwan Semiconductor' (forbidden) alone" in str(refused.value)


def test_a_lone_ban_under_its_entry_in_the_multi_line_layout_stays_that_entry_s() -> None:
    # No Forbidden flag column: a status column, the Chinese (the source) left blank on a synonym's row, as the
    # Glossary Converter writes synonyms: the row is its entry's, as an accepted synonym's row is.
    (entry,) = load_csv(io.StringIO("zh,en,status\n鸿海,Foxconn,\n,HonHai,forbidden\n"), "g.csv")
    assert [f.form for f in entry.forbidden] == ["HonHai"]

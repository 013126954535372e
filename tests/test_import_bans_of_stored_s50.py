"""A "Do not use" sheet bans renderings of the entries the glossary already has (s50, the tester's B49-16).

A style desk sends its ban list on its own, or beside a few new terms, to be added to the newsroom's glossary: the
entries it bans are the glossary's, not the file's. The reader refused every such row ("no row of the file gives
that concept an English form to write"), because it cannot see the glossary. Now, under import
(`zhgloss.formats.bans_of_stored`), a banning row whose Chinese no entry of the file holds is given to
`import_documents`, which adds its forms to the forbidden forms of the stored entry of that Chinese, changing nothing
else of it, as any change of a stored entry under the import's --on-conflict rule (fail: a conflict said; replace:
added; skip: kept). Refused, with its sheet and line and the glossary untouched, only where neither the file nor the
glossary holds the entry. Outside import (the reader alone) such a row is refused as before.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.xlsx import load_xlsx


def _book(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True)


def _entry(exe: str, db: Path, zh: str) -> dict[str, object]:
    found = json.loads(_run(exe, "lookup", zh, "--json", "--db", str(db)).stdout)
    return found[0]["matches"][0]["entry"]


@pytest.fixture
def db(zhgloss_exe: str, tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    assert _run(zhgloss_exe, "init", str(path)).returncode == 0  # the bundled glossary: 雷军, 小米, 金山软件
    return path


BANS = {"Do not use": [["Chinese", "English"], ["雷军", "Lei Chun"], ["小米", "Mi"]]}


def test_a_ban_sheet_alone_adds_to_the_stored_entries_forbidden_forms(
    zhgloss_exe: str, db: Path, tmp_path: Path
) -> None:
    before = _entry(zhgloss_exe, db, "雷军")
    book = _book(tmp_path / "ban.xlsx", BANS)
    done = _run(zhgloss_exe, "import", str(book), "--db", str(db), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert "0 added, 2 updated" in done.stderr
    after = _entry(zhgloss_exe, db, "雷军")
    assert after["forbidden"] == [{"form": "Lei Chun", "status": "forbidden"}]
    # Nothing else of the entry changes, but the file named among its sources, as any import of a row of it does.
    unchanged = ("forbidden", "sources")
    assert {k: v for k, v in after.items() if k not in unchanged} == {
        k: v for k, v in before.items() if k not in unchanged
    }
    assert after["sources"] == [*before["sources"], "ban.xlsx"]
    assert _entry(zhgloss_exe, db, "小米")["forbidden"] == [{"form": "Mi", "status": "forbidden"}]


def test_by_default_the_ban_is_a_change_said_and_nothing_written(zhgloss_exe: str, db: Path, tmp_path: Path) -> None:
    before = db.read_bytes()
    done = _run(zhgloss_exe, "import", str(_book(tmp_path / "ban.xlsx", BANS)), "--db", str(db))
    assert done.returncode != 0
    assert "no row of the file gives that concept" not in done.stderr
    assert "conflict: 'lei-jun' differs from the stored entry: forbidden: + [{'form': 'Lei Chun'" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_a_ban_beside_new_terms_imports_both(zhgloss_exe: str, db: Path, tmp_path: Path) -> None:
    book = _book(
        tmp_path / "ban2.xlsx",
        {
            "Terms": [["Chinese", "English"], ["蔚来", "NIO"]],
            "Do not use": [["Chinese", "English"], ["雷军", "Lei Chun"]],
        },
    )
    done = _run(zhgloss_exe, "import", str(book), "--db", str(db), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert _entry(zhgloss_exe, db, "蔚来")["en"] == "NIO"
    assert _entry(zhgloss_exe, db, "雷军")["forbidden"] == [{"form": "Lei Chun", "status": "forbidden"}]


def test_a_ban_of_an_entry_neither_holds_is_refused_and_nothing_written(
    zhgloss_exe: str, db: Path, tmp_path: Path
) -> None:
    before = db.read_bytes()
    book = _book(
        tmp_path / "ban3.xlsx",
        {"Do not use": [["Chinese", "English"], ["雷军", "Lei Chun"], ["张三丰", "Chang San-feng"]]},
    )
    done = _run(zhgloss_exe, "import", str(book), "--db", str(db), "--on-conflict", "replace")
    assert done.returncode == 3
    assert done.stdout == ""
    (error,) = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert "sheet 'Do not use', line 3: the row bans 'Chang San-feng' for '张三丰'" in error
    assert "neither the file nor the glossary" in error
    assert db.read_bytes() == before


def test_the_reader_alone_still_refuses_the_row() -> None:
    data = io.BytesIO()
    path = Path("unused")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Do not use"
    for row in BANS["Do not use"]:
        sheet.append(row)
    book.save(data)
    with pytest.raises(FormatError, match="no row of the file gives that concept an English form"):
        list(load_xlsx(io.BytesIO(data.getvalue()), str(path)))

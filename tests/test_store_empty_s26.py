"""A glossary file that is empty or holds whitespace alone is no glossary to read (twenty-sixth session).

A file cut short (a disk full mid-copy, `> glossary.json` by mistake) was read as a glossary with no entries: `check`
passed a translation against it ("no name problems", exit 0), `annotate` glossed nothing, `lookup` said "no entry
matches". Every command that reads the glossary now refuses it with one line (exit 3, the file unchanged), as
`validate` does; a write (`import`) may still start a new glossary in it. '{"entries": {}}' and '{}' stay a
glossary with no entries.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

EMPTY = 'is empty: not a zhgloss glossary (one with no entries holds {"entries": {}})'
DATA = Path(__file__).resolve().parent / "data"

READERS = {
    "lookup": (["lookup", "雷军"], None),
    "search": (["search", "Lei Jun"], None),
    "list": (["list"], None),
    "show": (["show", "lei-jun"], None),
    "export": (["export"], None),
    "annotate": (["annotate", "-"], "雷军说。\n"),
    "check": (["check", "-"], "雷军说。\tLei Jun said.\n"),
    "validate": (["validate"], None),
}


def _run(exe: str, args: list[str], db: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [exe, *args, "--db", str(db)], input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n"], ids=["empty", "whitespace"])
@pytest.mark.parametrize("command", list(READERS))
def test_a_reader_refuses_an_empty_file(zhgloss_exe: str, tmp_path: Path, content: bytes, command: str) -> None:
    db = tmp_path / "g.json"
    db.write_bytes(content)
    args, stdin = READERS[command]
    done = _run(zhgloss_exe, args, db, stdin)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert done.stderr.startswith(f"Error: {str(db)!r}: {EMPTY}")
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""
    assert db.read_bytes() == content


@pytest.mark.parametrize("content", [b'{"entries": {}}', b"{}"])
def test_a_glossary_with_no_entries_is_still_read(zhgloss_exe: str, tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "g.json"
    db.write_bytes(content)
    lookup = _run(zhgloss_exe, ["lookup", "雷军"], db)
    assert lookup.returncode == 1
    assert "no entry matches" in lookup.stderr
    check = _run(zhgloss_exe, ["check", "-"], db, "雷军说。\tLei Jun said.\n")
    assert check.returncode == 0


def test_an_import_starts_a_glossary_in_an_empty_file(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_bytes(b"")
    done = _run(zhgloss_exe, ["import", str(DATA / "cedict_common.u8")], db)
    assert done.returncode == 0, done.stderr
    assert "17 added" in done.stderr
    found = _run(zhgloss_exe, ["lookup", "北京大学", "--field", "en"], db)
    assert (found.returncode, found.stdout) == (0, "Peking University\n")

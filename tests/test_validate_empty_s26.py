"""Issue 9 item 6 (twenty-sixth session): `validate` of a 0-byte glossary said "0 errors" and exited 0.

A file with no JSON in it (0 bytes, whitespace only: a write cut short, a shell's `> glossary.json`) is no glossary
zhgloss wrote: validate says so, exit 3 (the README's table: the glossary file is unreadable or corrupt), and leaves
the file as it is. A glossary with no entries, as JSON, is linted as one (0 entries, exit 0).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    "content", [b"", b" ", b"\n", b"  \n\t\r\n", b"\n" * 70_000], ids=["0-bytes", "space", "newline", "blanks", "long"]
)
@pytest.mark.parametrize("how", [["--db"], []], ids=["db", "path"])
def test_a_glossary_with_no_json_is_refused(tmp_path: Path, content: bytes, how: list[str]) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(content)
    for extra in ([], ["--json"], ["--strict"]):
        result = runner.invoke(app, ["validate", *how, str(path), *extra])
        assert result.exit_code == 3, result.output
        assert result.stdout == ""
        assert result.stderr.startswith(f"Error: {str(path)!r}: is empty: not a zhgloss glossary"), result.stderr
        assert result.stderr.count("\n") == 1
        assert path.read_bytes() == content


@pytest.mark.parametrize(
    "content",
    [
        b'{"entries": {}}',
        b"{}",
        b' {"entries": {}}\n',
        b'\xef\xbb\xbf{"entries": {}}',
        b'\xef\xbb\xbf {"entries": {}}\n',
    ],
)
def test_a_glossary_with_no_entries_is_linted(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(content)
    result = runner.invoke(app, ["validate", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stderr == "0 errors, 0 warnings in 0 entries\n"


def test_the_console_script_exits_3_on_an_empty_glossary(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(b"")
    env = {**os.environ, "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "zhgloss", "validate", "--db", str(path)], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert path.read_bytes() == b""

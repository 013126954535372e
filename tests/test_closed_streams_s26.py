"""A command run with its standard input or output closed says so in one line (issue 9's bad-input rule).

Session 26's tester (T26-L1) and user (U56): `zhgloss lookup 习近平 >&-` and `zhgloss annotate - <&-` ended in a
traceback ('NoneType' object has no attribute 'isatty' / 'buffer'): Python sets sys.stdout or sys.stdin to None when
the file descriptor is closed. README: every error is one line; output that cannot be written is exit 3, a missing
input exit 2. The stand-in lives in cli.main (`_stand_in_for_closed_streams`).
"""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

import pytest


def _shell(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=120, check=False, cwd=cwd)


@pytest.mark.parametrize(
    "command",
    ["lookup 雷军", "lookup 雷军 --json", "list", "search 雷君"],
)
def test_a_closed_stdout_is_one_line_and_exit_3(zhgloss_exe: str, tmp_path: Path, command: str) -> None:
    done = _shell(f"{shlex.quote(zhgloss_exe)} {command} >&-", tmp_path)
    assert done.returncode == 3
    assert done.stderr == "Error: cannot write the output: standard output is closed\n"


@pytest.mark.parametrize(
    "command",
    ["annotate -", "annotate", "lookup -", "check -", "harvest -", "romanize -", "import - --format csv --db g.json"],
)
def test_a_closed_stdin_is_one_line_and_exit_2(zhgloss_exe: str, tmp_path: Path, command: str) -> None:
    done = _shell(f"{shlex.quote(zhgloss_exe)} {command} <&-", tmp_path)
    assert done.returncode == 2
    assert done.stderr == "Error: no standard input (it is closed): give a file, or pipe the text in\n"
    assert not (tmp_path / "g.json").exists()


def test_an_import_with_stdout_closed_writes_its_glossary_and_exits_0(zhgloss_exe: str, tmp_path: Path) -> None:
    rows = tmp_path / "people.csv"
    rows.write_text("zh,en,type\n雷军,Lei Jun,person\n", encoding="utf-8")
    done = _shell(f"{shlex.quote(zhgloss_exe)} import people.csv --db g.json >&-", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 added" in done.stderr
    found = _shell(f"{shlex.quote(zhgloss_exe)} lookup 雷军 --db g.json --field en", tmp_path)
    assert found.stdout == "Lei Jun\n"


def test_a_closed_stderr_still_gives_the_exit_code(zhgloss_exe: str, tmp_path: Path) -> None:
    assert _shell(f"{shlex.quote(zhgloss_exe)} lookup 没有这个名字 2>&-", tmp_path).returncode == 1

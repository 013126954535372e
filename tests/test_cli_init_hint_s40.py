"""The ready-made command a missing glossary's message gives runs as printed, whatever its path holds (VAL-40-1).

`zhgloss lookup x --db "/tmp/my dir/none.json"` said "create it with 'zhgloss init /tmp/my dir/none.json'": copied
into a shell it made /tmp/my (two arguments). The path is quoted once, as the shell reads it, with no quotes of the
message's own around the command; a path that needs none keeps the quotes around the command as before.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest


@pytest.mark.parametrize("name", ["my dir/none.json", "it's/none.json", "plain/none.json"])
def test_the_printed_init_command_makes_the_file_named(tmp_path: Path, name: str) -> None:
    missing = tmp_path / name
    missing.parent.mkdir()
    result = subprocess.run(
        ["zhgloss", "lookup", "雷军", "--db", str(missing)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 3
    match = re.search(r"create it with (.+?) \(a copy", result.stderr)
    assert match is not None, result.stderr
    command = match.group(1)
    if command.startswith("'zhgloss"):  # the message's own quotes, around a command that needs none inside
        command = command[1:-1]
    # run as a user would paste it, in a shell, with --empty as the message says
    made = subprocess.run(f"{command} --empty", shell=True, capture_output=True, text=True, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert json.loads(missing.read_text(encoding="utf-8")) is not None
    assert shlex.split(command)[-1] == str(missing)
    # nothing else made beside it (the lock file filelock leaves is the glossary's own)
    assert sorted(p.name for p in missing.parent.iterdir() if p.suffix != ".lock") == ["none.json"]

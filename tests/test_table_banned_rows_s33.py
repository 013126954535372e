"""A table whose first entry gets a banned form from a later row imports (found in session 33, with U32-34).

Phrase's and Lokalise's exports list a concept's forbidden rendering as a row of its own with a Forbidden column of
TRUE, under or after the row of the accepted term. Where that concept was the file's first entry, `import` stopped
with "Error: entry 'wang-xiang': place:: is not a field of an entry" (exit 2, a bug's message, nothing imported): the
entry that took the banned form lost the mark of where it was read, and the reader marks every entry or none.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("lokalise.csv", "zh,en,type,Forbidden\n雷军,Lei Jun,person,\n王翔,Wang Xiang,person,\n雷军,Lei Chun,,TRUE\n"),
        ("phrase.tsv", "zh\ten\tForbidden\n华为\tHuawei\tFALSE\n小米\tXiaomi\tFALSE\n华为\tHua Wei\tTRUE\n"),
    ],
)
def test_the_first_entrys_banned_form_from_a_later_row_is_imported(
    zhgloss_exe: str, tmp_path: Path, name: str, text: str
) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    db = str(tmp_path / "g.json")
    done = subprocess.run([zhgloss_exe, "--db", db, "import", str(source)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    exported = subprocess.run(
        [zhgloss_exe, "--db", db, "export", "--format", "jsonl"], capture_output=True, text=True, check=True
    ).stdout
    first = json.loads(exported.splitlines()[0])
    banned = text.splitlines()[3].replace("\t", ",").split(",")[1]
    assert first["forbidden"] == [{"form": banned, "status": "forbidden"}]
    assert len(exported.splitlines()) == 2

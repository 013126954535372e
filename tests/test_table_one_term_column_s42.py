"""A sheet whose columns cannot be told apart is refused with what is wrong with it, in the file's terms (s42).

resolve_columns named its own placeholder: a glossary with one direction column and no other language ("Term,
Definition", the Term Chinese) was refused "'source' do not differ by script", a column the file does not have and
a comparison of one column with nothing. It now says the file has one term column, of which script, and no column for
the other language; two direction columns of one script keep the old sense in words ("both Chinese, both Latin, or
empty"). Exit 3, the glossary untouched, the --columns hint kept. On the parent (830e93cc) all five fail.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Term,Definition\n蔡英文,Tsai Ing-wen\n",
            "it has one term column, of Chinese terms, and no column for the English",
        ),
        (
            "Term,Definition\nTsai Ing-wen,President\n",
            "it has one term column, of Latin terms, and no column for the Chinese",
        ),
        ("Source,Notes\n蔡英文,\n", "it has one term column, of Chinese terms, and no column for the English"),
        ("source,target\nTsai Ing-wen,Tsai Ing-wen\n", "its source and target columns do not differ by script"),
        ("term,translation\n蔡英文,蔡英文\n", "its source and target columns do not differ by script"),
    ],
)
def test_a_sheet_of_columns_not_told_apart_says_why(tmp_path: Path, text: str, said: str) -> None:
    db = tmp_path / "g.json"
    assert subprocess.run(["zhgloss", "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    before = db.read_bytes()
    sheet = tmp_path / "terms.csv"
    sheet.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["zhgloss", "import", str(sheet), "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 3, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"Error: {str(sheet)!r}, line 1: cannot tell which column is Chinese and which English: ")
    assert said in line and "'source'" not in line
    assert line.endswith("name the columns (for example zh,en) in the header or with --columns")
    assert db.read_bytes() == before

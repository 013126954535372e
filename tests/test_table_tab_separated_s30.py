"""A tab-separated file named .csv (session 30, U30-3): refused at its first line with the fix, the cell shown with
its tabs escaped, never read at the commas inside its cells.

Excel's "Text (Tab delimited)" and many exports keep the .csv name; the tester's tab3.csv is one, and its note
"Xiaomi, founder" holds a comma that split the row under --columns.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
HINT = "is one cell with tabs in it: the file looks tab-separated; pass --format tsv\n"


def _import(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), "import", *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # The tester's file: a header, a note with a comma.
        ("zh\ten\tnote\n雷军\tLei Jun\tXiaomi, founder\n刘强东\tRichard Liu\tJD.com\n", "zh\\ten\\tnote"),
        # Excel's tab-delimited text of a sheet headed in Chinese.
        ("中文\t英文\n马化腾\tPony Ma\n李彦宏\tRobin Li\n", "中文\\t英文"),
        # No header: term pairs, as DeepL's glossaries are, but at tabs.
        ("丁磊\tWilliam Ding\n马云\tJack Ma\n", "丁磊\\tWilliam Ding"),
    ],
)
def test_tabs_in_a_csv_say_pass_format_tsv(glossary_path: Path, tmp_path: Path, text: str, first: str) -> None:
    path = tmp_path / "team.csv"
    path.write_text(text, encoding="utf-8")
    before = glossary_path.read_bytes()
    result = _import(glossary_path, str(path))
    assert result.returncode == 3
    assert result.stderr == f"Error: {str(path)!r}, line 1: '{first}' {HINT}"
    assert glossary_path.read_bytes() == before
    tsv = _import(glossary_path, str(path), "--format", "tsv", "--dry-run", "--on-conflict", "skip")
    assert tsv.returncode == 0, tsv.stderr


def test_columns_named_do_not_split_a_tab_separated_row_at_its_comma(glossary_path: Path, tmp_path: Path) -> None:
    # Following the old hint (--columns) split 雷军's row at "Xiaomi, founder" ("line 3: the English form is empty").
    path = tmp_path / "tab3.csv"
    path.write_text("zh\ten\tnote\n雷军\tLei Jun\tXiaomi, founder\n刘强东\tRichard Liu\tJD.com\n", encoding="utf-8")
    result = _import(glossary_path, str(path), "--columns", "zh,en,note")
    assert result.returncode == 3
    assert result.stderr == f"Error: {str(path)!r}, line 1: 'zh\\ten\\tnote' {HINT}"

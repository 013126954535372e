"""A table whose header names the columns tells a swapped row from a swapped file (issue 9, item 3; session 24).

A memoQ-style CSV (language-code header, zh-CN,en-US) with one row pasted the wrong way round was refused with
"are the columns swapped? Name them (for example en,zh) with --columns"; doing that failed too, since the other rows
follow the header. The rule (`formats.table.check_given_columns`) is the one --columns already had: when most rows
break the columns the file names, the message gives the order to name with --columns; otherwise it names the row to
fix. Each message is followed here as a user would, and the advice must work.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROWS = [("腾讯", "Tencent"), ("阿里巴巴", "Alibaba"), ("雷军", "Lei Jun"), ("小米", "Xiaomi"), ("京东", "JD.com")]


def write(path: Path, header: str, rows: list[tuple[str, str]], sep: str) -> Path:
    path.write_text(header + "\n" + "".join(f"{a}{sep}{b}\n" for a, b in rows), encoding="utf-8")
    return path


def imports(exe: str, source: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [exe, "import", str(source), "--db", str(db), *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(("suffix", "sep", "header"), [(".csv", ",", "zh-CN,en-US"), (".tsv", "\t", "zh\ten")])
@pytest.mark.parametrize("at", [0, 2, 4])
def test_one_swapped_row_is_to_be_fixed_not_the_columns(
    zhgloss_exe: str, tmp_path: Path, suffix: str, sep: str, header: str, at: int
) -> None:
    rows = [(b, a) if n == at else (a, b) for n, (a, b) in enumerate(ROWS)]
    source = write(tmp_path / f"g{suffix}", header, rows, sep)
    db = tmp_path / "g.json"
    done = imports(zhgloss_exe, source, db)
    assert done.returncode == 3
    assert done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert f"line {at + 2}:" in line
    assert "this row has its cells the other way round; fix the row" in line
    assert "--columns" not in line.split(": this row")[1]
    assert not db.exists()
    # Doing what it says: the row fixed, the file imports.
    write(source, header, ROWS, sep)
    assert imports(zhgloss_exe, source, db).returncode == 0


@pytest.mark.parametrize(("suffix", "sep", "header"), [(".csv", ",", "zh-CN,en-US"), (".tsv", "\t", "zh\ten")])
def test_a_file_against_its_header_is_told_the_columns_to_name(
    zhgloss_exe: str, tmp_path: Path, suffix: str, sep: str, header: str
) -> None:
    # Four rows of five English first under a header that says Chinese first: the header is wrong.
    rows = [(b, a) for a, b in ROWS[:4]] + [ROWS[4]]
    source = write(tmp_path / f"g{suffix}", header, rows, sep)
    db = tmp_path / "g.json"
    done = imports(zhgloss_exe, source, db)
    assert done.returncode == 3
    (line,) = done.stderr.strip().splitlines()
    assert "4 of the 5 rows break the columns the header names (zh,en)" in line
    named = re.search(r"name them --columns (\S+)$", line)
    assert named is not None and named.group(1) == "en,zh"
    # Doing what it says: the columns named, the one row that follows the header is now the one to fix.
    again = imports(zhgloss_exe, source, db, "--columns", named.group(1))
    assert again.returncode == 3
    assert "line 6:" in again.stderr and "fix the row" in again.stderr
    write(source, header, [(b, a) for a, b in ROWS], sep)
    assert imports(zhgloss_exe, source, db, "--columns", "en,zh").returncode == 0

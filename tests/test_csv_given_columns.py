"""--columns says which column is which; it does not make a row's English Chinese.

A row that puts Latin words in the column named zh, or Chinese in the one named en, is refused with its line
(exit 3) and nothing is written: the row is swapped (fix it), or, when most rows are, the columns were named
the wrong way round (the message names the order the rows have). Before, such a row was stored swapped.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

FORMATS = [("csv", ","), ("tsv", "\t"), ("omegat", "\t")]


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, encoding="utf-8", check=False)


@pytest.mark.parametrize(("fmt", "sep"), FORMATS)
def test_a_swapped_row_under_given_columns_is_refused_with_its_line(
    zhgloss_exe: str, tmp_path: Path, fmt: str, sep: str
) -> None:
    source = tmp_path / f"terms.{fmt}"
    rows = [("Lei Jun", "雷军"), ("蔡英文", "Tsai Ing-wen"), ("Ma Yun", "马云")]
    source.write_text("".join(sep.join(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "g.json"
    result = run(zhgloss_exe, "import", str(source), "--format", fmt, "--columns", "en,zh", "--db", str(db))
    assert result.returncode == 3, result.stderr
    assert result.stderr == (
        f"Error: {str(source)!r}, line 2: en '蔡英文' is Chinese, not English, under --columns en,zh: "
        "this row has its cells the other way round; fix the row (nothing was imported)\n"
    )
    assert not db.exists()


@pytest.mark.parametrize(("fmt", "sep"), FORMATS)
def test_columns_named_the_wrong_way_round_say_the_order_the_rows_have(
    zhgloss_exe: str, tmp_path: Path, fmt: str, sep: str
) -> None:
    source = tmp_path / f"terms.{fmt}"
    source.write_text(f"Lei Jun{sep}雷军\nTsai Ing-wen{sep}蔡英文\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = run(zhgloss_exe, "import", str(source), "--format", fmt, "--columns", "zh,en", "--db", str(db))
    assert result.returncode == 3, result.stderr
    assert "line 1: zh 'Lei Jun' has no Chinese characters; 2 of the 2 rows break --columns zh,en" in result.stderr
    assert result.stderr.rstrip().endswith("name them --columns en,zh"), result.stderr
    assert not db.exists()


def test_a_glossary_is_untouched_by_a_refused_import(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    first = tmp_path / "first.csv"
    first.write_text("zh,en\n王毅,Wang Yi\n", encoding="utf-8")
    assert run(zhgloss_exe, "import", str(first), "--db", str(db)).returncode == 0
    before = db.read_bytes()
    bad = tmp_path / "bad.csv"
    # (A zh written exactly as the row's English is a name left untranslated, session 24's U35: so the two differ.)
    bad.write_text("Lei Jun,雷军\nIng-wen Tsai,Tsai Ing-wen\n", encoding="utf-8")
    result = run(zhgloss_exe, "import", str(bad), "--columns", "en,zh", "--db", str(db))
    assert result.returncode == 3, result.stderr
    assert "line 2: zh 'Tsai Ing-wen' has no Chinese characters" in result.stderr
    assert db.read_bytes() == before


def test_rows_that_keep_the_given_columns_import(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "terms.csv"
    source.write_text("Lei Jun,雷军,founder\nTSMC,台积电,\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = run(zhgloss_exe, "import", str(source), "--columns", "en,zh,note", "--db", str(db))
    assert result.returncode == 0, result.stderr

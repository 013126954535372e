"""`check` given one bilingual sheet, an .xlsx or a .csv (ID | Source (zh-CN) | Target (en-US) | Status, as Phrase,
Smartcat and memoQ export one for review), reads it as it reads a TSV: columns by header or by script (U34-20's
addendum: the .xlsx was "not UTF-8 … save it as UTF-8", exit 3; the .csv "is not a bilingual file", exit 2).

Workbooks are written by openpyxl, CSV files by Python's csv module as Excel writes them; the console script runs in
a subprocess on the bundled glossary.
"""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

ROWS = [
    ["ID", "Source (zh-CN)", "Target (en-US)", "Status"],
    ["1", "雷军辞任金山软件执行董事。", "Lei Jun resigned, Kingsoft said.", "Translated"],
    ["2", "刘强东辞去了职务。", "Liu Qiandong resigned.", "Draft"],
]


def _check(exe: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, "check", str(path)], capture_output=True, text=True, timeout=120, check=False)


def _workbook(path: Path, *sheets: list[list[str]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for number, rows in enumerate(sheets):
        sheet = book.create_sheet(f"Sheet{number + 1}")
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_a_review_workbook_is_checked_a_row_a_segment(tmp_path: Path, zhgloss_exe: str) -> None:
    done = _check(zhgloss_exe, _workbook(tmp_path / "review.xlsx", ROWS))
    assert done.returncode == 1, done.stderr
    assert done.stdout == '2 [line 3]: misspelt 刘强东: found "Liu Qiandong", expected "Liu Qiangdong"\n'
    assert "checked 2 segments" in done.stderr


def test_the_sheet_of_segments_is_read_not_a_notes_sheet(tmp_path: Path, zhgloss_exe: str) -> None:
    notes = [["Project: Kingsoft story"], ["Deadline: Friday"]]
    done = _check(zhgloss_exe, _workbook(tmp_path / "review.xlsx", notes, ROWS))
    assert done.returncode == 1, done.stderr
    assert "misspelt 刘强东" in done.stdout


def test_a_workbook_without_two_columns_is_a_source_without_its_translation(tmp_path: Path, zhgloss_exe: str) -> None:
    done = _check(zhgloss_exe, _workbook(tmp_path / "one.xlsx", [["雷军辞任金山软件执行董事。"]]))
    assert done.returncode == 2
    assert (
        "'" + str(tmp_path / "one.xlsx") + "' is a workbook with no table of source and target columns" in done.stderr
    )


@pytest.mark.parametrize(("delimiter", "encoding"), [(",", "utf-8"), (";", "utf-8-sig"), (",", "gb18030")])
def test_a_review_csv_is_checked_whatever_excel_wrote(
    tmp_path: Path, zhgloss_exe: str, delimiter: str, encoding: str
) -> None:
    # A target with a comma inside its quotes stays one cell: "Lei Jun resigned, Kingsoft said."
    done = _check(zhgloss_exe, _csv(tmp_path / "review.csv", ROWS, delimiter=delimiter, encoding=encoding))
    assert done.returncode == 1, done.stderr
    assert done.stdout == '2 [line 3]: misspelt 刘强东: found "Liu Qiandong", expected "Liu Qiangdong"\n'


def test_a_two_column_csv_without_a_header(tmp_path: Path, zhgloss_exe: str) -> None:
    rows = [
        ["马云已经退休。", "Jack Ma has retired."],
        ["王翔出任小米集团总裁。", "Wang Xiang became president of Xiaomi Group."],
    ]
    done = _check(zhgloss_exe, _csv(tmp_path / "pairs.csv", rows))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "checked 2 segments: no name problems" in done.stderr


def test_a_csv_of_figures_is_no_segment_table(tmp_path: Path, zhgloss_exe: str) -> None:
    # The reviewer's R11 (second part): 年份,收入 / 2019,100 was "checked", its header a segment.
    done = _check(zhgloss_exe, _csv(tmp_path / "fig.csv", [["年份", "收入"], ["2019", "100"], ["2020", "120"]]))
    assert done.returncode == 2
    assert "is a CSV file with no table of source and target columns" in done.stderr

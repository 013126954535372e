"""A workbook's sheet that import cannot read is said, with its name and why, never dropped in silence.

User finding U35-4: newsroom.xlsx (sheet 人名 of 7 people; sheet 公司 of 4 companies under 中文,英文,股票代码) imported
the 7 people, exit 0, and said nothing of the 公司 sheet, whose four companies were lost; the sheet saved alone is
refused ("unknown column '股票代码'"). Every sheet passed over is now said on stderr with its name, the reason and the
way in (save it as CSV, import with --columns).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest


def workbook(sheets: dict[str, list[list[str]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


PEOPLE = [["中文名", "英文名", "职务"], ["雷军", "Lei Jun", "董事长"], ["马化腾", "Ma Huateng", "董事会主席"]]


@pytest.mark.parametrize(
    ("other", "reason"),
    [
        ([["中文", "英文", "股票代码"], ["腾讯控股", "Tencent Holdings", "00700"]], "unknown column '股票代码'"),
        ([["Begriff", "Übersetzung"], ["Tencent", "腾讯"]], "unknown column 'Begriff'"),
        ([["中文", "中文"], ["腾讯", "腾讯"]], "no 'en' column"),
    ],
)
def test_an_unreadable_second_sheet_is_said(
    tmp_path: Path, zhgloss_exe: str, other: list[list[str]], reason: str
) -> None:
    path = tmp_path / "newsroom.xlsx"
    path.write_bytes(workbook({"人名": PEOPLE, "公司": other}))
    db = tmp_path / "g.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(path), "--db", str(db)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr
    said = [line for line in done.stderr.splitlines() if "公司" in line]
    assert len(said) == 1, done.stderr
    assert "passed over sheet '公司', not imported" in said[0] and reason in said[0] and "--columns" in said[0]


def test_a_sheet_of_terms_alone_is_still_refused(tmp_path: Path, zhgloss_exe: str) -> None:
    path = tmp_path / "companies.xlsx"
    path.write_bytes(workbook({"公司": [["中文", "英文", "股票代码"], ["腾讯控股", "Tencent Holdings", "00700"]]}))
    done = subprocess.run(
        [zhgloss_exe, "import", str(path), "--db", str(tmp_path / "g.json")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 3 and "unknown column '股票代码'" in done.stderr

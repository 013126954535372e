"""Excel's formula errors in a table's cells are refused with the line (user finding U33-15, session 33).

A sheet built with VLOOKUP keeps #N/A where the lookup found nothing (and 0 where it found an empty cell); saved as
CSV, or read from the workbook's error cells, 马化腾 "#N/A", 刘强东 "#REF!", 李彦宏 "#VALUE!" and 丁磊 "0" were imported
as English names: annotate glossed 马化腾（#N/A）, check asked translations to write "#N/A", validate said 0 errors.
"""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.xlsx import load_xlsx

# The tester's na.csv.
NA = "Chinese,English\n雷军,Lei Jun\n马化腾,#N/A\n刘强东,#REF!\n李彦宏,#VALUE!\n丁磊,0\n"


def test_each_formula_error_is_refused_with_its_line_and_column() -> None:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(NA), "na.csv"))
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("'na.csv', line 3: en '#N/A' is an Excel formula error")
    assert lines[1].startswith("'na.csv', line 4: en '#REF!' is an Excel formula error")
    assert lines[2].startswith("'na.csv', line 5: en '#VALUE!' is an Excel formula error")
    assert lines[3].startswith("'na.csv', line 6: en '0' is what a lookup formula gives for an empty cell")
    assert lines[-1] == "4 lines refused: fix them all (nothing was imported)"


@pytest.mark.parametrize("error", ["#DIV/0!", "#NAME?", "#N/A"])
def test_an_error_in_any_column_is_refused(error: str) -> None:
    with pytest.raises(FormatError, match=re.escape(f"line 2: note '{error}' is an Excel formula error")):
        list(load_csv(io.StringIO(f"zh,en,note\n马化腾,Pony Ma,{error}\n"), "t.csv"))


def test_a_workbooks_error_cell_alike() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Chinese", "English"], ["雷军", "Lei Jun"], ["马化腾", "#N/A"]):
        sheet.append(row)
    assert sheet["B3"].data_type == "e"  # openpyxl writes Excel's error cell, as a VLOOKUP's cached value is
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    with pytest.raises(FormatError, match=r"line 3: en '#N/A' is an Excel formula error"):
        list(load_xlsx(data, "na_err.xlsx"))


def test_a_name_with_a_hash_or_a_zero_in_it_is_kept() -> None:
    entries = list(load_csv(io.StringIO("zh,en,type\n奇虎360,Qihoo 360,org\n零点,Zero Hour #1,work\n"), "t.csv"))
    assert [e.en for e in entries] == ["Qihoo 360", "Zero Hour #1"]

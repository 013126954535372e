"""Rows of one cell above a row of two in a workbook (session 32; the review's R7 class, in xlsx).

CSV and TSV pass over rows of one cell above the first row of two only when that row names columns (a title above a
header): in a headerless sheet of pairs the rows above are drafts, a Chinese name alone (0944a48). A workbook passed
over them all the same, unsaid: a sheet "卢伟冰 / 王腾 / 林斌 | Lin Bin" read under --columns zh,en gave 1 entry of 3.
One rule now reads all three (`zhgloss.formats.table.header_index`).
"""

from __future__ import annotations

import io
import warnings

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.xlsx import load_xlsx
from zhgloss.model import Entry


def _workbook(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _read(rows: list[list[str]], columns: list[str | None] | None = None) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_xlsx(io.BytesIO(_workbook(rows)), "names.xlsx", columns=columns))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if issubclass(w.category, ImportNote)]


DRAFTS_ABOVE_PAIRS = [
    # The reviewer's hl2.csv as a sheet: Xiaomi's executives, two not yet translated.
    [["卢伟冰"], ["王腾"], ["林斌", "Lin Bin"]],
    # CC-CEDICT's 丁磊 /Ding Lei/, 李彦宏 /Robin Li/, 马化腾 /... Pony Ma/: a newsroom's list of founders.
    [["丁磊"], ["李彦宏"], ["马化腾", "Pony Ma"]],
]


@pytest.mark.parametrize("rows", DRAFTS_ABOVE_PAIRS)
def test_rows_of_one_cell_above_a_row_of_terms_are_rows_of_the_sheet(rows: list[list[str]]) -> None:
    entries, notes = _read(rows, columns=["zh", "en"])
    assert [e.zh for e in entries] == [row[0] for row in rows]
    assert [e.draft for e in entries] == [True, True, False]
    assert entries[2].en == rows[2][1]
    assert not any("as a title" in note for note in notes)


@pytest.mark.parametrize("rows", DRAFTS_ABOVE_PAIRS)
def test_without_columns_such_a_sheet_is_refused_at_its_first_row_as_csv_is(rows: list[list[str]]) -> None:
    with pytest.raises(FormatError) as from_xlsx:
        _read(rows)
    text = "".join(",".join(row) + ("," if len(row) == 1 else "") + "\n" for row in rows)
    with pytest.raises(FormatError) as from_csv:
        list(load_csv(io.StringIO(text), "names.csv"))
    assert from_xlsx.value.line == from_csv.value.line == 1


@pytest.mark.parametrize("rows", DRAFTS_ABOVE_PAIRS)
def test_a_sheet_and_its_csv_give_the_same_entries(rows: list[list[str]]) -> None:
    text = "".join(",".join(row) + ("," if len(row) == 1 else "") + "\n" for row in rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ImportNote)
        from_csv = list(load_csv(io.StringIO(text), "names.csv", columns=["zh", "en"]))
    from_xlsx, _ = _read(rows, columns=["zh", "en"])
    assert [(e.zh, e.en, e.draft) for e in from_xlsx] == [(e.zh, e.en, e.draft) for e in from_csv]


def test_a_title_above_a_header_is_still_passed_over_and_said_with_its_row() -> None:
    entries, notes = _read([["小米高管"], ["中文", "英文"], ["林斌", "Lin Bin"], ["王腾"]])
    assert [(e.zh, e.draft) for e in entries] == [("林斌", False), ("王腾", True)]
    assert any(note.startswith("line 1: passed over '小米高管'") for note in notes), notes

"""Excel workbooks (.xlsx): the table of the CSV format in a spreadsheet, read and written through `table`.

Translators' glossaries mostly travel as Excel files: memoQ, Phrase, Trados (through the Glossary
Converter), Smartcat, Crowdin and Matecat all export and import .xlsx. A sheet is read as a CSV file is:
its header row names the columns (`zhgloss.formats.table.header_columns`: language names and tags,
source/target, 中文/英文 ...), each row below is an entry, and `columns=` (the CLI's --columns) names
them when the header cannot.

What a real workbook holds besides a table, and how it is read:
- several sheets: the first sheet, in the workbook's order, whose header row names zhgloss's columns is
  read; the others (an instructions sheet, a second language pair) are left alone. With `columns=`, the
  first sheet with any text is read.
- rows above the table (a title, an empty row): the header is the first row with two or more cells;
- merged cells: a merged range shows its text across every cell it covers (a domain written once beside
  the rows of several entries), as Excel shows it;
- cells that are not text: a whole number is its digits (a stock code 600519 typed as a number; leading
  zeros a number cannot keep are lost), another number as written, a date as ISO 8601, TRUE/FALSE as such;
  a formula gives the value Excel last computed (kept in the file), none if it was never computed;
- "line N" in an error is the sheet's row N.

Export writes one sheet, "zhgloss", with every field as CSV export writes it (lists joined by "; ",
roles as JSON): lossless. Cells are stored as text, so a name starting with "=" is never a formula; a
cell starting with an apostrophe gets a second one, since import drops one (the text marker CSV shares).

openpyxl is imported inside the functions that need it, so that other commands never load it.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from zhgloss.errors import FormatError
from zhgloss.formats.table import COLUMNS, TEXT_MARKER, entry_to_row, header_columns, load_rows
from zhgloss.model import Entry

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

SHEET_TITLE = "zhgloss"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File: Excel 97-2003 .xls
_ZIP_MAGIC = b"PK\x03\x04"


def dump_xlsx(entries: Iterable[Entry], fp: IO[bytes]) -> int:
    """Write `entries` to binary `fp` as a workbook of one sheet with a header row; return how many were written."""
    from openpyxl import Workbook  # type: ignore[import-untyped]  # openpyxl ships no type hints
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLE)
    sheet.append(list(COLUMNS))
    count = 0
    for entry in entries:
        row = entry_to_row(entry)
        cells = []
        for name in COLUMNS:
            value = row[name]
            value = TEXT_MARKER + value if value.startswith(TEXT_MARKER) else value
            cell = WriteOnlyCell(sheet, value=_escape(value))
            cell.data_type = "s"  # text, never a formula ("=..." stays as written)
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(fp)
    return count


def load_xlsx(fp: IO[bytes], source: str = "<xlsx>", *, columns: Sequence[str | None] | None = None) -> Iterator[Entry]:
    """Read entries from a workbook's sheet of terms (see the module docstring for which sheet and which row).

    `columns` names the sheet's columns in order (None skips one), as for CSV. Raise FormatError for a
    file that is no .xlsx workbook (an old .xls says so), a workbook with no sheet of terms, and a bad
    row (with its row number).
    """
    raw = fp.read()
    rows_of_sheets = _read_sheets(raw, source)
    for at, rows in enumerate(rows_of_sheets):
        table = _table_of(rows)
        if table is None:
            continue
        (header_at, header), body = table
        if columns is None:
            try:
                header_columns(header, source, header_at)
            except FormatError:
                continue  # not a sheet of terms (instructions, a list of settings): try the next one
        _refuse_unsaved_formulas(raw, at, header_at, source)
        yield from load_rows(header, header_at, body, source, columns)
        return
    if columns is None:
        # Say what is wrong with the first sheet that has a table, as CSV import would of its header.
        for rows in rows_of_sheets:
            table = _table_of(rows)
            if table is not None:
                (header_at, header), _ = table
                header_columns(header, source, header_at)
    raise FormatError(source, "holds no sheet with a table of terms (a header row over rows of terms)")


def _table_of(rows: list[tuple[int, list[str]]]) -> tuple[tuple[int, list[str]], list[tuple[int, list[str]]]] | None:
    """The header (the first row with two or more cells: a title above it is no header) and the rows below it."""
    for at, (number, cells) in enumerate(rows):
        if sum(1 for c in cells if c.strip()) >= 2:
            return (number, cells), [(n, r) for n, r in rows[at + 1 :] if any(c.strip() for c in r)]
    return None


def _read_sheets(raw: bytes, source: str) -> list[list[tuple[int, list[str]]]]:
    """Every sheet of the workbook `raw` as numbered rows of text cells, merged ranges filled in."""
    if raw.startswith(_OLE_MAGIC):
        raise FormatError(source, "is an Excel 97-2003 workbook (.xls); save it as .xlsx (Excel Workbook) or CSV")
    if not raw.startswith(_ZIP_MAGIC):
        raise FormatError(source, "is not an Excel workbook (.xlsx): it is no zip archive")
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    try:
        book = load_workbook(io.BytesIO(raw), data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError) as exc:
        # A damaged archive, or one without the parts a workbook has (a .docx renamed, a cut download).
        said = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FormatError(source, f"is not a readable Excel workbook (.xlsx): {said}") from None
    try:
        return [_sheet_rows(sheet) for sheet in book.worksheets]
    finally:
        book.close()


def _refuse_unsaved_formulas(raw: bytes, sheet_at: int, first_row: int, source: str) -> None:
    """Raise FormatError naming the first formula cell of the table (from `first_row` on) with no saved value.

    Excel saves each formula's last value beside it, and that value is what is read; a workbook written by a
    script (openpyxl, pandas) holds the formula alone, so its cell would read as empty and a row lose its
    Chinese or English without a word. Only a workbook that holds formulas at all is loaded a second time.
    """
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        if not any(b"<f" in archive.read(name) for name in sheets):
            return
    from openpyxl import load_workbook

    values = load_workbook(io.BytesIO(raw), data_only=True).worksheets[sheet_at]
    formulas = load_workbook(io.BytesIO(raw)).worksheets[sheet_at]
    for row in formulas.iter_rows(min_row=first_row):
        for cell in row:
            if cell.data_type == "f" and values[cell.coordinate].value is None:
                raise FormatError(
                    source,
                    f"cell {cell.coordinate} is a formula with no saved value ({str(cell.value)[:60]!r}); "
                    "open and save the workbook in Excel, or paste the values",
                    cell.row,
                )


def _sheet_rows(sheet: Worksheet) -> list[tuple[int, list[str]]]:
    merged: dict[tuple[int, int], Any] = {}
    for cells in sheet.merged_cells.ranges:
        value = sheet.cell(cells.min_row, cells.min_col).value
        for row in range(cells.min_row, cells.max_row + 1):
            for col in range(cells.min_col, cells.max_col + 1):
                merged[row, col] = value
    rows: list[tuple[int, list[str]]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        cells = [
            _text(merged.get((number, col), value) if value is None else value) for col, value in enumerate(values, 1)
        ]
        rows.append((number, cells))
    return rows


# XML turns a carriage return into a line feed when it reads the sheet, so a cell's CR is written as OOXML's
# escape _x000D_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), which Excel reads as CR; a literal "_xHHHH_" in the
# text has its underscore escaped (_x005F_), as the standard says. openpyxl neither writes nor reads these.
_ESCAPED_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escape(text: str) -> str:
    return _ESCAPED_RE.sub(r"_x005F_x\1_", text).replace("\r", "_x000D_")


def _unescape(text: str) -> str:
    return _ESCAPED_RE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _text(value: Any) -> str:
    """A cell's value as the text a person sees in it (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return _unescape(str(value))

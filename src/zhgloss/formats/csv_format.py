"""CSV: one entry per row under a header naming the columns (see `table` for the cells).

Export writes every field, RFC 4180 quoting, CRLF line ends and a UTF-8 BOM (so
Excel reads the Chinese), and neutralises cells a spreadsheet would run as
formulas. Import takes a header with any subset of the columns, in any order
(also "source"/"target"/"comment" and language codes such as zh-CN and en-US),
a comma or a semicolon as the separator (Excel writes ";" in many locales),
and drops a BOM.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from zhgloss.errors import FormatError
from zhgloss.formats import UniqueEntries
from zhgloss.formats.table import COLUMNS, IdMaker, entry_to_row, header_columns, neutralize, row_to_entry
from zhgloss.model import Entry

BOM = "\ufeff"


def dump_csv(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` to `fp` as CSV with a header; return how many were written.

    Open `fp` with newline="" (the csv module writes its own CRLF).
    """
    fp.write(BOM)
    writer = csv.writer(fp)
    writer.writerow(COLUMNS)
    count = 0
    for entry in entries:
        row = entry_to_row(entry)
        writer.writerow([neutralize(row[name]) for name in COLUMNS])
        count += 1
    return count


def load_csv(fp: TextIO, source: str = "<csv>") -> Iterator[Entry]:
    """Read entries from CSV with a header row; raise FormatError with the line number of a bad row."""
    lines = _numbered(fp)
    first = next(lines, None)
    if first is None:
        return
    number, header_line = first
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(_text_of(lines, header_line), delimiter=delimiter, strict=True)
    ids = IdMaker()
    unique = UniqueEntries(source)
    try:
        header = next(reader)
        columns = header_columns(header, source, number)
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(columns):
                raise FormatError(source, f"{len(row)} cells, but the header names {len(columns)} columns", line)
            cells = {name: cell for name, cell in zip(columns, row, strict=False) if name is not None}
            if cells.get("id"):
                ids.claim(cells["id"].strip(), cells.get("zh"))
            yield unique.check(row_to_entry(cells, ids, source, line), line)
    except csv.Error as exc:
        raise FormatError(source, f"not valid CSV: {exc}", reader.line_num) from None


def _numbered(fp: TextIO) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(fp, 1):
        if number == 1:
            line = line.lstrip(BOM)
        yield number, line


def _text_of(lines: Iterator[tuple[int, str]], first: str) -> Iterator[str]:
    yield first
    for _, line in lines:
        yield line

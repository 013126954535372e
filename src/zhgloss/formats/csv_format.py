"""CSV: one entry per row under a header naming the columns (see `table` for the cells).

Export writes every field, RFC 4180 quoting, CRLF line ends and a UTF-8 BOM (so
Excel reads the Chinese), and neutralises cells a spreadsheet would run as
formulas. Import takes a header with any subset of the columns, in any order
(also "source"/"target", "term"/"translation", "comment" and language codes such as
zh-CN and en-US, direction-only names told apart by script: see `table`),
a comma or a semicolon as the separator (Excel writes ";" in many locales),
and drops a BOM. A file without a header whose rows are term pairs, as DeepL and Google Cloud Translation
take glossaries, is read by script (`table.headerless_columns`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from zhgloss.errors import FormatError
from zhgloss.formats.table import COLUMNS, entry_to_row, header_columns, headerless_columns, load_rows, neutralize
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


def load_csv(fp: TextIO, source: str = "<csv>", *, columns: Sequence[str | None] | None = None) -> Iterator[Entry]:
    """Read entries from CSV with a header row; raise FormatError with the line number of a bad row.

    `columns` names the file's columns in order (None skips one), overriding the header (a first
    row that names columns is then skipped); a row that breaks their scripts is refused all the same
    (`table.check_given_columns`).
    """
    lines = _numbered(fp)
    first = next(lines, None)
    if first is None:
        return
    number, header_line = first
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(_text_of(lines, header_line), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    unknown: FormatError | None = None
    try:
        header = next(reader)
        if columns is None:
            try:
                header_columns(header, source, number)
            except FormatError as exc:
                unknown = exc  # no header, unless the rows are term pairs without one (`table.headerless_columns`)
                if len(header) > 5:
                    raise
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise FormatError(source, f"not valid CSV: {exc}", reader.line_num) from None
    if unknown is not None and headerless_columns([header, *(r for _, r in rows)]) is None:
        raise unknown
    yield from load_rows(header, number, rows, source, columns)


def _numbered(fp: TextIO) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(fp, 1):
        if number == 1:
            line = line.lstrip(BOM)
        yield number, line


def _text_of(lines: Iterator[tuple[int, str]], first: str) -> Iterator[str]:
    yield first
    for _, line in lines:
        yield line

"""CSV: one entry per row under a header naming the columns (see `table` for the cells).

Export writes every field, RFC 4180 quoting, CRLF line ends and a UTF-8 BOM (so
Excel reads the Chinese), and neutralises cells a spreadsheet would run as
formulas. Import takes a header with any subset of the columns, in any order
(also "source"/"target", "term"/"translation", "comment" and language codes such as
zh-CN and en-US, direction-only names told apart by script: see `table`),
a comma or a semicolon as the separator (Excel writes ";" in many locales; its first line "sep=;" says which),
a title above the header (a translator's sheet saved as CSV), and drops a BOM. A file without a header
whose rows are term pairs, as DeepL and Google Cloud Translation take glossaries, is read by script
(`table.headerless_columns`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from zhgloss.errors import FormatError
from zhgloss.formats.table import (
    COLUMNS,
    entry_to_row,
    header_columns,
    header_start,
    headerless_columns,
    load_rows,
    neutralize,
    refuse_lone_cell,
    refuse_tab_separated,
)
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

    The header is the first row of two or more cells when it names columns (`table.header_start`): a title above it
    is passed over, as in a workbook, and said; rows of one cell above a row of terms are rows of the table.
    A first line "sep=;" (Excel's, naming the separator) sets the separator and is no row; without
    it the separator is the comma or the semicolon, whichever the header line has more of (`_separator`).

    `columns` names the file's columns in order (None skips one), overriding the header (a first
    row that names columns is then skipped); a row that breaks their scripts is refused all the same
    (`table.check_given_columns`).
    """
    lines = list(_numbered(fp))
    if not lines:
        return
    delimiter, skipped = _separator([line for _, line in lines])
    lines = lines[skipped:]
    if not lines:
        return
    offset = lines[0][0] - 1
    reader = csv.reader((line for _, line in lines), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row) or not rows:
                rows.append((offset + reader.line_num, row))
    except csv.Error as exc:
        raise FormatError(source, f"not valid CSV: {exc}", offset + reader.line_num) from None
    refuse_tab_separated(rows[0][1], source, rows[0][0])  # before a title is looked for: a tab-separated file
    at = header_start(rows, source)
    number, header = rows[at]
    rows = [(n, row) for n, row in rows[at + 1 :] if any(cell.strip() for cell in row)]
    if columns is None:
        refuse_lone_cell(header, number, rows, source)
        try:
            header_columns(header, source, number, [r for _, r in rows])
        except FormatError:
            # No header, unless the rows are term pairs without one (`table.headerless_columns`).
            if len(header) > 5 or headerless_columns([header, *(r for _, r in rows)]) is None:
                raise
    yield from load_rows(header, number, rows, source, columns)


_SEPARATOR_LINE_RE = re.compile(r"^sep=(\t|[^\s])\s*$")
"""Excel's first line naming a CSV file's separator ("sep=;", "sep=,"), which Excel writes and reads."""


def _separator(lines: list[str]) -> tuple[str, int]:
    """The file's separator and how many lines before the table say it (1 for Excel's "sep=;", else 0).

    Without that line, the comma or the semicolon (Excel writes ";" in many locales), whichever the header line has
    more of: the first line that either splits into two or more cells (a title above the header, "Glossary,,,",
    is passed over as `table.table_start` passes it over)."""
    said = _SEPARATOR_LINE_RE.match(lines[0])
    if said:
        return said.group(1), 1
    for line in lines[:20]:
        delimiter = ";" if line.count(";") > line.count(",") else ","
        if sum(1 for part in line.split(delimiter) if part.strip()) >= 2 or "\t" in line:
            return delimiter, 0  # (a line of tabs: a tab-separated file, refused as `table.refuse_tab_separated` says)
    return (";" if lines[0].count(";") > lines[0].count(",") else ","), 0


def _numbered(fp: TextIO) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(fp, 1):
        if number == 1:
            line = line.lstrip(BOM)
        yield number, line

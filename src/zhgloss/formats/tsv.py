"""TSV: the rich form (a header and every field, lossless) and OmegaT's three-column glossary.

Rich TSV is the CSV layout (see `table`) with tabs between cells and no quoting.
A note may hold tabs and line breaks, so inside a cell a backslash, tab, line
feed and carriage return are written \\, \t, \n and \r (as PostgreSQL's COPY
and MySQL write TSV); other backslashes are read as they are. Cells a
spreadsheet would run as formulas are neutralised as in CSV.

OmegaT's glossary format is one term per line: source term (Chinese), target term
(English), an optional comment, tab-separated, UTF-8, "#" starting a comment line.
It holds no ids, types or pinyin, so it is not lossless: the export writes the
English aliases as further lines under the same Chinese (OmegaT shows them all)
and puts the pinyin and the note in the comment; the import gathers the lines
of one Chinese term into one entry (the first English form preferred). Only
cells a spreadsheet would run as formulas (=, +, -, @) get an apostrophe in
front, which the import drops: OmegaT shows it, but a .utf8 glossary opened in
a spreadsheet runs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from zhgloss.errors import FormatError
from zhgloss.formats import UniqueEntries
from zhgloss.formats.table import (
    COLUMNS,
    DEFAULT_TYPE,
    IdMaker,
    entry_to_row,
    header_columns,
    is_header,
    neutralize,
    neutralize_formula,
    row_to_entry,
    unneutralize_formula,
)
from zhgloss.model import Entry
from zhgloss.script import normalize


def dump_tsv(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` to `fp` as rich TSV with a header; return how many were written."""
    fp.write("\t".join(COLUMNS) + "\n")
    count = 0
    for entry in entries:
        row = entry_to_row(entry)
        fp.write("\t".join(_escape(neutralize(row[name])) for name in COLUMNS) + "\n")
        count += 1
    return count


def load_tsv(fp: TextIO, source: str = "<tsv>") -> Iterator[Entry]:
    """Read rich TSV (a header row naming the columns), or OmegaT's columns when the first row is no header."""
    lines = _rows(fp)
    first = next(lines, None)
    if first is None:
        return
    number, cells = first
    if not is_header(cells):
        yield from _load_omegat_rows(_chain(first, lines), source)
        return
    columns = header_columns(cells, source, number)
    ids = IdMaker()
    unique = UniqueEntries(source)
    for number, cells in lines:
        if len(cells) > len(columns):
            raise FormatError(source, f"{len(cells)} cells, but the header names {len(columns)} columns", number)
        row = {name: _unescape(cell) for name, cell in zip(columns, cells, strict=False) if name is not None}
        if row.get("id"):
            ids.claim(row["id"].strip(), row.get("zh"))
        yield unique.check(row_to_entry(row, ids, source, number), number)


def dump_omegat(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` as an OmegaT glossary (Chinese, English, comment); return how many were written.

    Entries without Chinese are left out: OmegaT needs a source term.
    """
    count = 0
    for entry in entries:
        if not entry.zh:
            continue
        comment = " ".join(" — ".join(p for p in (entry.pinyin, entry.note) if p).split())
        for n, english in enumerate(entry.en_forms):
            cells = (entry.zh, english, comment if n == 0 else "")
            fp.write("\t".join(neutralize_formula(cell) for cell in cells).rstrip("\t") + "\n")
        count += 1
    return count


def load_omegat(fp: TextIO, source: str = "<omegat>") -> Iterator[Entry]:
    """Read an OmegaT glossary: lines of Chinese, English and an optional comment."""
    yield from _load_omegat_rows(_rows(fp), source)


def _load_omegat_rows(rows: Iterator[tuple[int, list[str]]], source: str) -> Iterator[Entry]:
    gathered: dict[str, tuple[int, list[str], list[str]]] = {}
    for number, cells in rows:
        if len(cells) < 2 or len(cells) > 3:
            raise FormatError(
                source, f"expected 2 or 3 tab-separated cells (Chinese, English, comment), found {len(cells)}", number
            )
        cells = [unneutralize_formula(cell) for cell in cells]
        zh, english = normalize(cells[0]), normalize(cells[1])
        if not zh or not english:
            raise FormatError(source, "a line needs both a source term and a target term", number)
        comment = normalize(cells[2]) if len(cells) == 3 else ""
        if zh in gathered:
            gathered[zh][1].append(english)
            if comment:
                gathered[zh][2].append(comment)
        else:
            gathered[zh] = (number, [english], [comment] if comment else [])
    ids = IdMaker()
    for zh, (number, targets, comments) in gathered.items():
        row = {"zh": zh, "en": targets[0], "aliases": "", "note": "; ".join(comments), "type": DEFAULT_TYPE}
        entry = row_to_entry(row, ids, source, number)
        yield entry.replace(aliases=tuple(targets[1:]))


def _rows(fp: TextIO) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(fp, 1):
        text = line.rstrip("\r\n")
        if number == 1:
            text = text.lstrip("\ufeff")
        if not text.strip() or text.startswith("#"):
            continue
        yield number, text.split("\t")


def _chain(first: tuple[int, list[str]], rest: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    yield first
    yield from rest


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPE_RE = re.compile(r"\\([\\tnr])")
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _escape(cell: str) -> str:
    return "".join(_ESCAPES.get(c, c) for c in cell)


def _unescape(cell: str) -> str:
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPES[m.group(1)], cell)

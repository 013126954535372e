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
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from zhgloss.errors import FormatError
from zhgloss.formats.table import (
    COLUMNS,
    DEFAULT_TYPE,
    IdMaker,
    check_scripts,
    entry_to_row,
    header_columns,
    is_header,
    is_named_header,
    neutralize,
    neutralize_formula,
    resolve_columns,
    row_to_entry,
    rows_to_entries,
    unneutralize_formula,
)
from zhgloss.model import DRAFT_LABEL, Entry
from zhgloss.script import has_cjk, normalize


def dump_tsv(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` to `fp` as rich TSV with a header; return how many were written."""
    fp.write("\t".join(COLUMNS) + "\n")
    count = 0
    for entry in entries:
        row = entry_to_row(entry)
        fp.write("\t".join(_escape(neutralize(row[name])) for name in COLUMNS) + "\n")
        count += 1
    return count


def load_tsv(fp: TextIO, source: str = "<tsv>", *, columns: Sequence[str | None] | None = None) -> Iterator[Entry]:
    """Read rich TSV (a header row naming the columns), or OmegaT's columns when the first row is no header.

    `columns` names the file's columns in order, as for CSV (see `load_csv`).
    """
    lines = _rows(fp)
    first = next(lines, None)
    if first is None:
        return
    number, cells = first
    if columns is not None:
        rest = list(lines)
        rows = rest if is_named_header(columns, cells, [r for _, r in rest]) else [first, *rest]
        yield from rows_to_entries(list(columns), rows, source, trusted=True, unescape=_unescape)
        return
    if not is_header(cells):
        yield from _load_omegat_rows(_chain(first, lines), source)
        return
    names = header_columns(cells, source, number)
    rows = list(lines)
    names = resolve_columns(names, rows, source, number)
    yield from rows_to_entries(names, rows, source, unescape=_unescape)


def dump_omegat(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` as an OmegaT glossary (Chinese, English, comment); return how many were written.

    Entries without Chinese are left out: OmegaT needs a source term. A draft entry's comment
    starts with "[draft, unverified]", the only place OmegaT shows that its English is a proposal.
    """
    count = 0
    for entry in entries:
        if not entry.zh:
            continue
        comment = " ".join(" — ".join(p for p in (entry.pinyin, entry.note) if p).split())
        if entry.draft:
            comment = f"{DRAFT_MARK} {comment}".rstrip()
        for n, english in enumerate(entry.en_forms):
            cells = (entry.zh, english, comment if n == 0 else "")
            fp.write("\t".join(neutralize_formula(cell) for cell in cells).rstrip("\t") + "\n")
        count += 1
    return count


DRAFT_MARK = f"[{DRAFT_LABEL}]"
"""How an OmegaT comment says its line comes from a draft entry; import reads it back as `draft`."""


def load_omegat(
    fp: TextIO, source: str = "<omegat>", *, columns: Sequence[str | None] | None = None
) -> Iterator[Entry]:
    """Read an OmegaT glossary: lines of source term, target term and an optional comment.

    The source term is Chinese in a Chinese-to-English project and English in an English-to-Chinese
    one: the script of the first two columns decides (see `_omegat_order`). `columns` ("en,zh")
    says it instead.
    """
    order = None
    rows: Iterable[tuple[int, list[str]]] = _rows(fp)
    if columns is not None:
        named = [c for c in columns if c is not None]
        order = ("en", "zh") if named[:2] == ["en", "zh"] else ("zh", "en")
        listed = list(rows)
        if listed and is_named_header([*order, "note"], listed[0][1], [r for _, r in listed[1:]]):
            listed = listed[1:]
        rows = listed
    yield from _load_omegat_rows(rows, source, order)


def _omegat_order(rows: list[tuple[int, list[str]]], source: str) -> tuple[str, str]:
    """Tell whether OmegaT rows are Chinese then English or English then Chinese, by script; refuse a mix."""
    chinese_first = [n for n, c in rows if len(c) >= 2 and has_cjk(c[0]) and not has_cjk(c[1])]
    english_first = [n for n, c in rows if len(c) >= 2 and has_cjk(c[1]) and not has_cjk(c[0])]
    if english_first and not chinese_first:
        return ("en", "zh")
    if english_first and chinese_first:
        minority = english_first if len(english_first) < len(chinese_first) else chinese_first
        raise FormatError(
            source,
            "the source and target columns change language from line to line: this line has them the other "
            "way round; fix it, or name the columns with --columns",
            minority[0],
        )
    return ("zh", "en")


def _load_omegat_rows(
    rows: Iterable[tuple[int, list[str]]], source: str, order: tuple[str, str] | None = None
) -> Iterator[Entry]:
    listed = list(rows)
    trusted = order is not None
    if order is None:
        order = _omegat_order(listed, source)
    first, second = (0, 1) if order == ("zh", "en") else (1, 0)
    gathered: dict[str, tuple[int, list[str], list[str]]] = {}
    drafts: set[str] = set()
    for number, cells in listed:
        if len(cells) < 2 or len(cells) > 3:
            raise FormatError(
                source, f"expected 2 or 3 tab-separated cells (Chinese, English, comment), found {len(cells)}", number
            )
        cells = [unneutralize_formula(cell) for cell in cells]
        zh, english = normalize(cells[first]), normalize(cells[second])
        if not zh or not english:
            raise FormatError(source, "a line needs both a source term and a target term", number)
        if not trusted:
            check_scripts({"zh": zh, "en": english}, source, number)
        comment = normalize(cells[2]) if len(cells) == 3 else ""
        if comment.startswith(DRAFT_MARK):
            drafts.add(zh)
            comment = comment.removeprefix(DRAFT_MARK).strip()
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
        yield entry.replace(aliases=tuple(targets[1:]), draft=zh in drafts)


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

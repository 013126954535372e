"""Excel workbooks (.xlsx): the table of the CSV format in a spreadsheet, read and written through `table`.

Translators' glossaries mostly travel as Excel files: memoQ, Phrase, Trados (through the Glossary
Converter), Smartcat, Crowdin and Matecat all export and import .xlsx. A sheet is read as a CSV file is:
its header row names the columns (`zhgloss.formats.table.header_columns`: language names and tags,
source/target, 中文/英文 ...), each row below is an entry, and `columns=` (the CLI's --columns) names
them when the header cannot.

What a real workbook holds besides a table, and how it is read:
- several sheets: every sheet whose header row names zhgloss's columns is read, as one table (a "Banned" sheet's
  forbidden forms go to the terms of the "Glossary" sheet; a row is named by its sheet and row); sheets that name
  none (instructions, a list of settings) are left alone, and so is a further sheet with no Chinese column (another
  language pair), said. With `columns=`, the first sheet with any text is read.
- rows above the table (a title, an empty row): the header is the first row with two or more cells where it names
  columns (a row of terms under rows of one cell is no header: those rows are the table's, as in CSV);
- merged cells: a merged range shows its text across every cell it covers (a domain written once beside
  the rows of several entries), as Excel shows it, in the rows and columns the sheet uses (a merge over whole
  columns covers a million rows of nothing);
- cells that are not text: a number as Excel shows it through its number format where the format pads,
  groups or scales it (`number_as_shown`: 700 under "00000" is the stock code 00700, 0.25 under "0%" is
  25%), else its digits (a whole number without ".0"); a date as ISO 8601, TRUE/FALSE as such; a formula
  gives the value Excel last computed (kept in the file), and one never computed is refused;
- "line N" in an error is the sheet's row N.

A workbook is a zip archive, read as a stream (openpyxl's read-only parser, one row at a time, its XML parsed
through defusedxml), after the sizes its parts declare are checked: a small file that unpacks to gigabytes
(`MAX_UNPACKED`, `MAX_RATIO`), rows spanning more cells than a real sheet has (`MAX_CELLS`) and a row past
Excel's last are refused in one line, so a hostile workbook never takes the machine's memory.

Export writes one sheet, "zhgloss", with every field as CSV export writes it (lists joined by "; ",
roles as JSON): lossless. Cells are stored as text, so a name starting with "=" is never a formula; a
cell starting with an apostrophe gets a second one, since import drops one (the text marker CSV shares).

openpyxl is imported inside the functions that need it, so that other commands never load it.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, NamedTuple

from zhgloss.errors import FormatError, count_of
from zhgloss.formats.table import (
    COLUMNS,
    FLAG_OF,
    LABELLED_NOTE,
    ROW_STATUS,
    STATUS_OF,
    TEXT_MARKER,
    entry_to_row,
    header_columns,
    header_index,
    headerless_columns,
    load_rows,
    refuse_lone_cell,
    say_titles,
)
from zhgloss.model import Entry

SHEET_TITLE = "zhgloss"


class _Sheet(NamedTuple):
    """A sheet of a workbook: its title, its numbered rows of text cells, its formulas with no saved value."""

    title: str
    rows: list[tuple[int, list[str]]]
    unsaved: list[tuple[int, str, str]]


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
    """Read entries from a workbook's sheets of terms (see the module docstring for which sheets and which row).

    `columns` names the sheet's columns in order (None skips one), as for CSV: the first sheet with a table is read
    then. Raise FormatError for a file that is no .xlsx workbook (an old .xls says so), a workbook with no sheet of
    terms, and a bad row (with its row number, and where several sheets are read, its sheet).
    """
    raw = fp.read()
    sheets = _read_sheets(raw, source)
    terms: list[tuple[_Sheet, int, tuple[int, list[str]], list[tuple[int, list[str]]]]] = []
    skipped: list[tuple[_Sheet, int, str]] = []
    chineseless: list[tuple[_Sheet, int, tuple[int, list[str]], list[tuple[int, list[str]]]]] = []
    for sheet in sheets:
        table = _table_of(sheet.rows)
        if table is None:
            continue
        at, (header_at, header), body = table
        if columns is None and headerless_columns([header, *(r for _, r in body)]) is None:
            try:
                names = header_columns(header, source, header_at, [r for _, r in body])
            except FormatError as exc:
                # Not a sheet zhgloss reads (instructions, a list of settings, a header it does not know): said, never
                # dropped in silence (user finding U35-4: a sheet of four companies lost without a word).
                skipped.append((sheet, header_at, exc.problem))
                continue
            if terms and _OLD_SHEET_RE.search(sheet.title):
                _note(
                    f"passed over sheet {sheet.title!r}: its title says its terms are no longer used; if they are, "
                    "save the sheet as CSV and import that",
                    source,
                    header_at,
                )
                continue
            if not {"zh", "zh_hant"} & set(_resolved(names, body, source, header_at)):
                # A sheet of another language pair (Japanese and English) is no sheet of ours: said. A header of no
                # language ("Source, Target", "名称, English") names its columns by their cells' script, as the sheet
                # alone is read (`resolve_columns`; the review's R35-11: such a sheet was passed over). The first sheet
                # too, where a later one is a glossary (the s46 brief's item 3: the whole workbook was refused); with
                # none, the first such sheet is read, and refused as a CSV file of its header would be.
                chineseless.append((sheet, at, (header_at, header), body))
                continue
        terms.append((sheet, at, (header_at, header), body))
        if columns is not None:
            break
    for sheet, _, (header_at, _), _ in chineseless if terms else ():
        _note(f"passed over sheet {sheet.title!r}: its header names no Chinese column", source, header_at)
    if chineseless and not terms:
        terms.append(chineseless[0])
    elif chineseless and len(terms) == 1 and sheets.index(chineseless[0][0]) < sheets.index(terms[0][0]):
        _note(f"read sheet {terms[0][0].title!r}, the workbook's one sheet of Chinese terms", source, terms[0][2][0])
    if terms:
        for sheet, header_at, problem in skipped:
            reason = problem.split(" (zhgloss's columns")[0].split("; say which")[0]
            _note(
                f"passed over sheet {sheet.title!r}, not imported: {reason}; if it holds terms, save the sheet as CSV "
                "and import that with --columns (for example --columns zh,en,-,note; - skips a column)",
                f"{source} [{sheet.title}]",
                header_at,
            )
    if len(terms) == 1 and not is_banned_sheet(terms[0][0].title):
        sheet, at, (header_at, header), body = terms[0]
        _refuse_unsaved_formulas(sheet.unsaved, header_at, source)
        say_titles(sheet.rows[:at], source)
        yield from load_rows(header, header_at, body, source, columns)
        return
    if len(terms) > 1:
        said = ", ".join(
            f"{sheet.title!r} ({count_of(_term_rows(header, body), 'row', 'rows')})"
            for sheet, _, (_, header), body in terms
        )
        _note(f"read {len(terms)} sheets of terms as one table: {said}", source, terms[0][2][0])
    if terms:
        yield from _several_sheets(terms, source)
        return
    if columns is None:
        # Say what is wrong with the first sheet that has a table, as CSV import would of its header.
        for sheet in sheets:
            table = _table_of(sheet.rows)
            if table is not None:
                _, (header_at, header), body = table
                refuse_lone_cell(header, header_at, body, source)
                header_columns(header, source, header_at, [r for _, r in body])
    from zhgloss.office import archive_kind

    if archive_kind(raw) in ("docx", "odt"):
        raise FormatError(
            source,
            "holds no table of terms: a glossary in a document is a table of two or more columns, a header row "
            "(Chinese, English) over a row a term; for the names written in its text, run 'zhgloss harvest' on it",
        )
    raise FormatError(source, "holds no sheet with a table of terms (a header row over rows of terms)")


def _resolved(
    names: list[str | None], body: list[tuple[int, list[str]]], source: str, header_at: int
) -> list[str | None]:
    """`names`, a header's columns, resolved by the rows' script (`zhgloss.formats.table.resolve_columns`), quietly:
    the sheet's reading says what it finds. A header the rows do not fit is left as it names its columns."""
    import warnings

    from zhgloss.formats.table import resolve_columns

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return resolve_columns(names, body, source, header_at)
        except FormatError:
            return names


def _term_rows(header: list[str], body: list[tuple[int, list[str]]]) -> int:
    """How many rows of terms a sheet holds: its body's, and its first row too where that is no header but a row of
    the table (`headerless_columns`; the review's R35-11: 'Places' (1 row) was said of a sheet of two)."""
    return len(body) + (headerless_columns([header, *(row for _, row in body)]) is not None)


# A sheet title saying its terms are kept for the record: "Old terms", "Archive", "Deprecated (2023)", "旧术语".
_OLD_SHEET_RE = re.compile(
    r"(?i)\b(?:old|archived?|backup|obsolete|deprecated|retired|unused|legacy)\b|旧|废弃|归档|备份|停用"
)


# A sheet title saying its terms are not to be used: "Banned", "Forbidden terms", "Do not use", 禁用, 禁用词. A Chinese
# title names that alone, as an English one does: 黑名单企业 and 禁止出口清单 are lists of companies and goods, names to
# translate (the session's B49-2), and 黑名单 alone is as often a sanctions list.
_BANNED_SHEET_RE = re.compile(
    r"(?i)^\W*(?:(?:banned|forbidden|prohibited|blacklist(?:ed)?|blocklist(?:ed)?|blocked|rejected)"
    r"(?:\s+(?:terms?|words?|renderings?|translations?|names?|forms?|list))?"
    r"|(?:do\s*n[o'’]t|never|not\s+to)\s+use(?:\s+\w+)?)\W*$"
    r"|^\W*(?:禁用|禁止使用|勿用|不可用|不要用|不得使用)的?(?:词|词汇|词语|译名|译法|名称|术语|词表|列表|清单|表)?\W*$"
)


def _says_status(name: str | None) -> bool:
    """Tell whether a sheet's column `name` (resolved) says a row's status: a status column, a Forbidden flag."""
    return name is not None and (
        name in STATUS_OF.values() or name in (ROW_STATUS, "forbidden") or name.startswith((FLAG_OF, LABELLED_NOTE))
    )


def is_banned_sheet(title: str) -> bool:
    """Tell whether a sheet's `title` says its terms are renderings not to be used: "Banned", "Forbidden terms", "Do
    not use", "DON'T USE", 禁用, 禁用词, 禁用译法 (the review's R47-21). A title that goes on with other words names
    something else ("Forbidden City")."""
    return _BANNED_SHEET_RE.search(title.strip()) is not None


def _note(text: str, source: str, line: int) -> None:
    import warnings

    from zhgloss.formats.table import ImportNote

    warnings.warn_explicit(ImportNote(text, source, line), ImportNote, source, line, module=__name__)


SHEET_LINES = 10_000_000
"""How far apart the rows of two sheets are numbered while several sheets are read as one table (past `MAX_ROWS`,
so that a row's number tells its sheet); what is said of a row names its sheet and its own row number."""


def _several_sheets(
    terms: list[tuple[_Sheet, int, tuple[int, list[str]], list[tuple[int, list[str]]]]], source: str
) -> Iterator[Entry]:
    """The entries of a workbook's several sheets of terms, read as one table (user finding U32-34: a "Banned"
    sheet's forbidden forms of the "Glossary" sheet's terms were never read, and nothing said so).

    Each sheet's header names its columns (`zhgloss.formats.table.named_columns`); the rows of every sheet go under
    the columns of all, as if one table held them, so that a row of one sheet may ban, or add a synonym to, a term of
    another (rows that ban a form are matched to their entries by the Chinese, across the file). An entry says the
    fields its own sheet has columns for and those it got from another sheet's rows (`zhgloss.formats.says`), so
    that a sheet without a note column clears no stored note. What is said of a row (a refusal, a note) names the
    sheet: "'terms.xlsx' [Banned], line 2".
    """
    import warnings

    from zhgloss.formats import said_fields, says
    from zhgloss.formats.table import ImportNote, named_columns, rows_to_entries, said_by_columns

    union: list[str | None] = []
    rows: list[tuple[int, list[str]]] = []
    said_by_sheet: list[frozenset[str]] = []
    titles = [sheet.title for sheet, *_ in terms]

    def label(line: int) -> str:
        return f"{source} [{titles[line // SHEET_LINES]}]"

    for number, (sheet, at, (header_at, header), body) in enumerate(terms):
        where = f"{source} [{sheet.title}]"
        _refuse_unsaved_formulas(sheet.unsaved, header_at, where)
        say_titles(sheet.rows[:at], where)
        names, table = named_columns(header, header_at, body, where)
        banning = is_banned_sheet(sheet.title) and not any(_says_status(name) for name in names)
        if banning:
            # A sheet of renderings not to use (the review's R47-21): each row says Forbidden, as a status column would
            # (`zhgloss.formats.table._row_status`: its English banned, or with none its Chinese), and its ban goes to
            # the entry whose Chinese the row gives; read as terms, its rows were a second entry of the glossary's
            # Chinese (the workbook refused) or a synonym ("Lei Chun" an accepted alias of 雷军).
            names = [*names, ROW_STATUS]
            table = [(line, [*row, *[""] * (len(names) - 1 - len(row)), "forbidden"]) for line, row in table]
            _note(
                f"read sheet {sheet.title!r} as forbidden renderings (its title says they are not to be used): each "
                "row's English, or with none its Chinese, is banned for the entry of the row's Chinese",
                where,
                header_at,
            )
        said_by_sheet.append(said_by_columns(names))
        slots: list[int | None] = []
        for at_name, name in enumerate(names):
            if name is None:
                slots.append(None)
                continue
            # The k-th column of a name (a second note, a second synonym) is the k-th of the whole table's.
            nth = names[:at_name].count(name)
            found = [k for k, other in enumerate(union) if other == name]
            if nth < len(found):
                slots.append(found[nth])
            else:
                union.append(name)
                slots.append(len(union) - 1)
        for line, row in table:
            if len(row) > len(names):
                raise FormatError(where, f"{len(row)} cells, but the header names {len(names)} columns", line)
            cells: dict[int, str] = {slot: cell for slot, cell in zip(slots, row, strict=False) if slot is not None}
            rows.append((number * SHEET_LINES + line, [cells.get(k, "") for k in range(len(union))]))
    rows = [(line, row + [""] * (len(union) - len(row))) for line, row in rows]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            entries = list(rows_to_entries(union, rows, source))
        except FormatError as exc:
            raise _by_sheet(exc, source, label) from None
    for warning in caught:
        line = warning.lineno
        if warning.filename == source and line >= 0:
            text = _sheet_lines(str(warning.message), source, label)
            at = line % SHEET_LINES
            note = ImportNote(text, label(line), at) if warning.category is ImportNote else warning.category(text)
            warnings.warn_explicit(note, warning.category, label(line), at)
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    for entry in entries:
        where, line = vars(entry).get("_place", ("", None))
        if line is None:
            yield entry
            continue
        # What the entry's own sheet has columns for, and what rows of another sheet wrote into it (a banned form, a
        # synonym): never a value the reader derived (a default type, a zh_hant), which would overwrite a stored one
        # (the s33 review's R3).
        own = said_by_sheet[line // SHEET_LINES] | {
            field for field in ("forbidden", "aliases", "zh_aliases") if getattr(entry, field)
        }
        said = said_fields(entry)
        marked = says(entry, own if said is None else said & own)
        object.__setattr__(
            marked, "_place", (f"{where}sheet {titles[line // SHEET_LINES]!r}, line {line % SHEET_LINES}: ", None)
        )
        yield marked


def _sheet_lines(text: str, source: str, label: Callable[[int], str]) -> str:
    """`text` with each row number of several sheets read as one table (`SHEET_LINES` apart) written as its
    sheet's: "'terms.xlsx', line 10000002" -> "'terms.xlsx [Banned]', line 2"; "lines 3 and 10000002" -> "lines 3
    and 2 [Banned]"."""
    text = re.sub(
        rf"{re.escape(repr(source))}, line (\d+)",
        lambda m: f"{label(int(m.group(1)))!r}, line {int(m.group(1)) % SHEET_LINES}",
        text,
    )

    def row(m: re.Match[str]) -> str:
        line = int(m.group(2))
        return f"{m.group(1)}{line % SHEET_LINES} [{label(line).rpartition(' [')[2]}"

    return re.sub(r"(\blines? |\band |, )(\d{8,})\b", row, text)


def _by_sheet(exc: FormatError, source: str, label: Callable[[int], str]) -> FormatError:
    """`exc`, an error of several sheets read as one table, with each row named by its sheet."""
    problem = _sheet_lines(exc.problem, source, label)
    if exc.line is None:
        return FormatError(exc.source, problem)
    return FormatError(label(exc.line), problem, exc.line % SHEET_LINES)


def _table_of(
    rows: list[tuple[int, list[str]]],
) -> tuple[int, tuple[int, list[str]], list[tuple[int, list[str]]]] | None:
    """The index of a sheet's header in `rows`, the header and the rows below it, or None for a sheet with no row of
    two cells. A title above a header that names columns is passed over, rows of one cell above a row of terms are
    rows of the table: `table.header_index`, CSV's and TSV's rule (review finding R7)."""
    at = header_index(rows)
    if at is None:
        return None
    return at, rows[at], [(n, r) for n, r in rows[at + 1 :] if any(c.strip() for c in r)]


MAX_UNPACKED = 256 << 20
"""Bytes a workbook's parts may unpack to (256 MiB): about 290,000 entries written by export, or well over Excel's
1,048,576 rows of a three-column sheet. A workbook is a zip archive, and a small one can unpack to gigabytes (a
decompression bomb); the sizes its directory declares are checked before anything is unpacked, and Python's
zipfile never unpacks a part beyond its declared size (it stops there, and the part's CRC then fails)."""
MAX_RATIO = 100
"""How many times its own size a workbook over 16 MiB unpacked may unpack to: real sheets pack 5-20 times."""
MAX_CELLS = 20_000_000
"""Cells the rows of a workbook's sheets may span (1,048,576 rows of 19 columns): a cell far to the right (XFD) or
a merged range over whole columns spans many cells in a small file; the memory they take is bounded so."""
MAX_ROWS = 1_048_576
"""Rows of a sheet in Excel (its limit): a row number beyond it is no workbook's."""


def _read_sheets(raw: bytes, source: str) -> list[_Sheet]:
    """Every sheet of the workbook `raw` as numbered rows of text cells (merged ranges filled in), with the sheet's
    formula cells that have no saved value as (row, cell, formula).

    The workbook is read as a stream (openpyxl's read-only mode: one row at a time), after its unpacked size is
    checked (`MAX_UNPACKED`, `MAX_RATIO`); openpyxl parses its XML through defusedxml, which refuses entity
    expansion. Raise FormatError for an .xls, a file that is no workbook, and one that unpacks too large.
    """
    if raw.startswith(_OLE_MAGIC):
        raise FormatError(source, "is an Excel 97-2003 workbook (.xls); save it as .xlsx (Excel Workbook) or CSV")
    if not raw.startswith(_ZIP_MAGIC):
        raise FormatError(source, "is not an Excel workbook (.xlsx): it is no zip archive")
    from zhgloss.office import archive_kind, document_tables, spreadsheet_tables

    kind = archive_kind(raw)
    if kind == "ods":
        return [_Sheet(title, rows, []) for title, rows in spreadsheet_tables(raw, source)]
    if kind in ("docx", "odt"):
        return [
            _Sheet(f"table {number}", list(enumerate(table, 1)), [])
            for number, table in enumerate(document_tables(raw, source), 1)
        ]
    import zipfile
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    strict = False
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            _refuse_bombs(archive, len(raw), source)
            transitional = _transitional(archive)
        if transitional is not None:
            raw, strict = transitional, True
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except FormatError:
        raise
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError, ParseError) as exc:
        # A damaged archive, or one without the parts a workbook has (a .docx renamed, a cut download).
        said = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if strict:
            raise FormatError(source, f"{STRICT_ADVICE} ({said})") from None
        from zhgloss.office import damaged_archive_problem

        problem = damaged_archive_problem(raw, said) if isinstance(exc, zipfile.BadZipFile) else None
        raise FormatError(source, problem or f"is not a readable Excel workbook (.xlsx): {said}") from None
    try:
        budget = [MAX_CELLS]
        return [_Sheet(sheet.title, *_sheet_rows(book, sheet, budget, source)) for sheet in book.worksheets]
    except FormatError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, ParseError, EOFError) as exc:
        said = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FormatError(source, f"is not a readable Excel workbook (.xlsx): {said}") from None
    finally:
        book.close()


# Excel's "Strict Open XML Spreadsheet" (ISO/IEC 29500 Strict) writes the parts of a workbook in namespaces of its own,
# which openpyxl does not know: it found no sheet in one (user finding U32-19). Each is the Transitional namespace of
# the same part (ECMA-376 Part 1, Annex A; LibreOffice's oox/source/token/namespaces-strict.txt lists the pairs).
_STRICT = b"http://purl.oclc.org/ooxml/"
_STRICT_NAMESPACE_RE = re.compile(rb"http://purl\.oclc\.org/ooxml/(spreadsheetml|drawingml|officeDocument)/([A-Za-z]+)")
_TRANSITIONAL_NAMES = {
    b"extendedProperties": b"extended-properties",
    b"customProperties": b"custom-properties",
}
STRICT_ADVICE = "is a Strict Open XML workbook zhgloss cannot read: save it as Excel Workbook (.xlsx) or CSV"


def _transitional_namespace(found: re.Match[bytes]) -> bytes:
    kind, name = found.group(1), found.group(2)
    return b"http://schemas.openxmlformats.org/%s/2006/%s" % (kind, _TRANSITIONAL_NAMES.get(name, name))


def _transitional(archive: Any) -> bytes | None:
    """The workbook `archive` (a zipfile.ZipFile, its sizes checked) rewritten in the Transitional namespaces where it
    is a Strict Open XML workbook ("Strict Open XML Spreadsheet" in Excel's Save As), else None: "strict/main" is
    "spreadsheetml/2006/main", a relationship's "officeDocument/relationships/worksheet" is
    "officeDocument/2006/relationships/worksheet", and so on; the parts are otherwise the same."""
    import zipfile

    names = archive.namelist()
    if "_rels/.rels" not in names or _STRICT not in archive.read("_rels/.rels"):
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename.endswith((".xml", ".rels")):
                data = _STRICT_NAMESPACE_RE.sub(_transitional_namespace, data)
            rewritten.writestr(info.filename, data)
    return out.getvalue()


def _refuse_bombs(archive: Any, packed: int, source: str) -> None:
    """Raise FormatError when the parts of `archive` (a zipfile.ZipFile of `packed` bytes) unpack too large."""
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED or (unpacked > 16 << 20 and unpacked > MAX_RATIO * packed):
        raise FormatError(
            source,
            f"unpacks to {unpacked / (1 << 20):,.0f} MiB from {packed / (1 << 20):,.1f} MiB; zhgloss reads workbooks "
            f"of up to {MAX_UNPACKED >> 20} MiB unpacked, packed no more than {MAX_RATIO} to 1 (save the sheet as CSV)",
        )


def _sheet_rows(
    book: Any, sheet: Any, budget: list[int], source: str
) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str, str]]]:
    """The rows of one sheet of a read-only `book` (see `_read_sheets`); `budget` holds the cells still allowed."""
    from openpyxl.cell.read_only import ReadOnlyCell  # type: ignore[import-untyped]
    from openpyxl.utils.cell import range_boundaries  # type: ignore[import-untyped]

    rows: list[tuple[int, list[str]]] = []
    unsaved: list[tuple[int, str, str]] = []
    parser = _parser(book, sheet)
    for number, cells in parser.parse():
        if number > MAX_ROWS:
            raise FormatError(source, f"sheet {sheet.title!r} has a row {number:,}, past Excel's last", number)
        texts: dict[int, str] = {}
        for cell in cells:
            if cell["data_type"] == _UNSAVED:
                unsaved.append((number, ReadOnlyCell(sheet, number, cell["column"], None).coordinate, cell["value"]))
                continue
            value = cell["value"]
            if value is None:
                continue
            shown = None
            if isinstance(value, int | float) and not isinstance(value, bool) and cell["style_id"]:
                fmt = ReadOnlyCell(sheet, number, cell["column"], value, "n", cell["style_id"]).number_format
                shown = number_as_shown(value, fmt)
            texts[cell["column"]] = shown if shown is not None else _text(value)
        if texts:
            rows.append((number, _spread(texts, budget, source, number)))
    merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    if merged:
        _fill_merged(rows, [range_boundaries(m.ref) for m in merged], budget, source)
    return rows, unsaved


_UNSAVED = "unsaved formula"


def _parser(book: Any, sheet: Any) -> Any:
    """openpyxl's streaming parser of `sheet`'s XML, which also marks a formula cell with no saved value.

    openpyxl's read-only sheet runs this parser itself but keeps what it learns of merged ranges to itself, and
    reading values (data_only) it cannot tell a formula never computed from an empty cell; the parser, used as
    the read-only sheet uses it (openpyxl 3.1, worksheet/_read_only.py), tells both.
    """
    from openpyxl.worksheet._reader import (  # type: ignore[import-untyped]
        FORMULA_TAG,
        VALUE_TAG,
        WorkSheetParser,
    )

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            formula = element.find(FORMULA_TAG)
            if formula is not None and not element.findtext(VALUE_TAG):
                cell["data_type"], cell["value"] = _UNSAVED, "=" + (formula.text or "")
            return cell

    return Parser(
        book._archive.open(sheet._worksheet_path),
        sheet._shared_strings,
        data_only=True,
        epoch=book.epoch,
        date_formats=book._date_formats,
        timedelta_formats=book._timedelta_formats,
    )


def _spread(texts: dict[int, str], budget: list[int], source: str, line: int) -> list[str]:
    """A row's cells as a list, column 1 first, blanks between; charged to `budget`."""
    width = max(texts)
    budget[0] -= width
    if budget[0] < 0:
        raise FormatError(
            source, f"the workbook's rows span more than {MAX_CELLS:,} cells; save the sheet as CSV", line
        )
    cells = [""] * width
    for column, text in texts.items():
        cells[column - 1] = text
    return cells


def _fill_merged(
    rows: list[tuple[int, list[str]]], ranges: list[tuple[int, int, int, int]], budget: list[int], source: str
) -> None:
    """Show a merged range's text in every cell it covers, as Excel does, in the rows and columns the sheet uses.

    A range over whole columns (C1:D1048576, what Excel's Merge Cells on a column selection writes) covers a
    million rows; only the rows that hold cells of their own, up to the widest of them, are filled.
    """
    import bisect

    numbers = [number for number, _ in rows]
    width = max((len(cells) for _, cells in rows), default=0)
    for min_col, min_row, max_col, max_row in ranges:
        at = bisect.bisect_left(numbers, min_row)
        if at == len(numbers) or numbers[at] != min_row:
            continue  # the range's first cell holds nothing
        cells = rows[at][1]
        value = cells[min_col - 1] if min_col <= len(cells) else ""
        if not value:
            continue
        last_col = min(max_col, width)
        for number, row in rows[at : bisect.bisect_right(numbers, max_row)]:
            if len(row) < last_col:
                budget[0] -= last_col - len(row)
                if budget[0] < 0:
                    raise FormatError(
                        source, f"the workbook's rows span more than {MAX_CELLS:,} cells; save the sheet as CSV", number
                    )
                row.extend([""] * (last_col - len(row)))
            for column in range(min_col, last_col + 1):
                if not row[column - 1]:
                    row[column - 1] = value


def _refuse_unsaved_formulas(unsaved: list[tuple[int, str, str]], first_row: int, source: str) -> None:
    """Raise FormatError naming the first formula cell of the table (from `first_row` on) with no saved value.

    Excel saves each formula's last value beside it, and that value is what is read; a workbook written by a
    script (openpyxl, pandas) holds the formula alone, so its cell would read as empty and a row lose its
    Chinese or English without a word.
    """
    for row, coordinate, formula in unsaved:
        if row >= first_row:
            raise FormatError(
                source,
                f"cell {coordinate} is a formula with no saved value ({formula[:60]!r}); "
                "open and save the workbook in Excel, or paste the values",
                row,
            )


# A number format's section (ECMA-376 Part 1, 18.8.31 numFmts): digit placeholders 0 # ?, a decimal point, a
# thousands separator, a percent sign, and literal text in quotes or after a backslash. Colours and conditions
# in brackets are no text. No Python library renders Excel's format codes (the ones that do are JavaScript:
# SheetJS's ssf, numfmt), so the shapes codes and counts take are read here, and any other format (fractions,
# exponents, dates, which openpyxl has made dates already) leaves the number as its plain digits.
_FORMAT_TOKEN_RE = re.compile(r'"([^"]*)"|\\(.)|\[[^\]]*\]|([_*].)|([0#?.,%]+)|(.)')


def number_as_shown(value: float, fmt: str) -> str | None:
    """The text Excel shows for the number `value` under the number format `fmt`, or None for a format that is
    plain ("General", "0", "@") or not one of the shapes read: zero-padded codes (00700 under "00000", BYD's
    002594 under "000000"), a code with literal text ('000000".SZ"', '"SH"000000'), fixed decimals ("0.00"),
    thousands separators ("#,##0") and percent ("0%", "0.0%")."""
    sections = _sections(fmt)
    section = sections[1] if value < 0 and len(sections) > 1 and sections[1] else sections[0]
    negative = value < 0 and section is sections[0]
    before: list[str] = []
    after: list[str] = []
    digits = ""
    for match in _FORMAT_TOKEN_RE.finditer(section):
        quoted, escaped, padding, placeholders, other = match.groups()
        if placeholders is not None:
            if after:
                return None  # two numbers in one code (a fraction, a phone number's groups): not read
            digits += placeholders
            continue
        if other is not None and (other.isalpha() or other in "/@"):
            return None  # an exponent, a fraction, a date or a text code: not read here
        literal = quoted if quoted is not None else escaped if escaped is not None else other
        if padding is not None:
            literal = " " if padding.startswith("_") else ""
        (after if digits else before).append(literal or "")
    if digits in ("", "0", "#") and not before and not after:
        return None  # General or "0": the plain digits
    if not digits.strip(".,%"):
        return None
    number = _digits_as_shown(abs(value) * 100 ** digits.count("%"), digits)
    return ("-" if negative else "") + "".join(before) + number + "".join(after)


def _sections(fmt: str) -> list[str]:
    """A format code's sections (positive; negative; zero; text), split at semicolons outside quotes."""
    sections, current, quoted = [], "", False
    for char in fmt:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            sections.append(current)
            current = ""
        else:
            current += char
    return [*sections, current]


def _digits_as_shown(value: float, placeholders: str) -> str:
    """`value` written by a run of digit placeholders ("000", "#,##0.00", "0%"): zero padding, grouping, decimals."""
    whole, _, decimals = placeholders.replace("%", "").partition(".")
    grouped = "," in whole
    whole = whole.replace(",", "")
    least = len(decimals.rstrip("#?"))
    rounded = f"{value:.{len(decimals)}f}"
    integer, _, fraction = rounded.partition(".")
    fraction = fraction.rstrip("0").ljust(least, "0") if len(decimals) > least else fraction
    integer = integer.lstrip("0").rjust(whole.count("0"), "0")
    if grouped and integer:
        integer = f"{int(integer):,}".rjust(len(integer), "0") if integer.lstrip("0") else integer
    return integer + ("." + fraction if fraction or (decimals and least) else "") + "%" * placeholders.count("%")


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


def sheet_tables(raw: bytes, source: str) -> list[list[list[str]]]:
    """Every sheet of the workbook `raw` as a table: a list of rows, each a list of its cells' text (merged ranges
    filled in, as import reads them). For `check` of one bilingual sheet (ID | Source | Target, as Phrase, Smartcat
    and memoQ export one for review). Raise FormatError as `load_xlsx` does for a file that is no workbook."""
    return [[cells for _line, cells in sheet.rows] for sheet in _read_sheets(raw, source)]

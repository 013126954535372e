"""The text of a word processor's document, and a plain name for the binary files zhgloss reads no text from.

Translators' articles arrive as Word documents more often than as plain text. `annotate`, `check` and
`harvest` read text, one paragraph or segment a line; given a document they read its text the same way:

- Office Open XML (.docx, Word 2007 and later, ISO/IEC 29500) and OpenDocument Text (.odt, ISO/IEC 26300)
  are zip archives holding the body as XML (word/document.xml; content.xml). Their text is read a
  paragraph a line (<w:p>, <text:p>, <text:h>), a tab as a tab and a line break inside a paragraph as a
  line break; deleted revisions, field codes, footnotes, headers and comments are not the body and are left
  out (a check of a source against its translation aligns their bodies paragraph by paragraph).
- Other documents are named for what they are, with the way to their text: a PDF, an RTF file, a Word 97–2003
  or Excel 97–2003 file (OLE2), a workbook, a presentation, an EPUB, another zip archive.

Written here, not with python-docx (which needs lxml, for ~40 lines of reading) or odfpy: the body's text
is all that is wanted, and the XML is read with defusedxml (already zhgloss's XML reader for TBX and
XLIFF), which refuses entity expansion and external references in an untrusted file. Each member is
read with a cap on its unpacked size (a zip bomb is refused, not unpacked).
"""

from __future__ import annotations

import io
from typing import IO, TYPE_CHECKING, Any

from zhgloss.errors import FormatError
from zhgloss.script import has_cjk

if TYPE_CHECKING:
    import zipfile


class NotTextError(FormatError):
    """A binary file was given where text is read: its message names what it is and the way to its text (no
    encoding would read it, so no advice on encodings applies)."""


HEAD_BYTES = 8
"""Bytes a file's kind is told from (`kind_of`)."""
MAX_MEMBER_BYTES = 256 * 1024 * 1024
"""The largest body (unpacked XML) read from a document: a novel's is under 20 MB."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_PLAIN = "save it as Plain Text (UTF-8) and pass that file"
_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "is a PDF: zhgloss reads text; copy the text out of it (pdftotext FILE.pdf FILE.txt) and pass that"),
    (b"{\\rtf", f"is an RTF document: {_PLAIN}"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        f"is a Word or Excel 97–2003 file (.doc, .xls): {_PLAIN}, or as .docx",
    ),
)


def kind_of(head: bytes) -> str | None:
    """Tell from a file's first bytes (`HEAD_BYTES` suffice) whether it is binary: "zip" for a zip archive (a
    .docx, .odt, .xlsx …; `document_text` tells which), "other" for another binary kind named by `refusal`, None
    for anything else (text, in any encoding zhgloss reads)."""
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if any(head.startswith(magic) for magic, _ in _OTHERS):
        return "other"
    return None


def refusal(head: bytes) -> str:
    """Return what a file whose kind is "other" (`kind_of`) is and how to get its text, as one clause."""
    return next(message for magic, message in _OTHERS if head.startswith(magic))


def _damaged() -> tuple[type[BaseException], ...]:
    """What unpacking a damaged, encrypted (RuntimeError: a password is required) or oddly compressed member raises.

    zipfile is imported here, on a zip's first bytes only: it costs ~15 ms, and every annotate of a text file would
    pay it at start-up (zhgloss runs hundreds of times a day from the shell)."""
    import zipfile
    import zlib

    found: tuple[type[BaseException], ...] = (
        zipfile.BadZipFile,
        OSError,
        NotImplementedError,
        EOFError,
        RuntimeError,
        zlib.error,
    )
    try:
        import lzma  # a member compressed with LZMA (zip method 14) raises its own error when damaged
    except ImportError:  # a Python built without it reads no such member: NotImplementedError, caught above
        return found
    return (*found, lzma.LZMAError)


def document_text(raw: bytes, source: str) -> str:
    """Return the text of the zip archive `raw` (a whole file named `source`) if it is a .docx or .odt, a
    paragraph a line, each line ending in "\\n".

    Raise FormatError naming what the file is and what to do if it is another archive (a workbook, a
    presentation, an EPUB, a plain zip) or a damaged one, or if its body unpacks to more than MAX_MEMBER_BYTES.
    """
    xml, name = _body(raw, source)
    return _docx_text(xml, source) if name == "word/document.xml" else _odt_text(xml, source)


def document_stream(reader: IO[bytes], source: str) -> IO[bytes] | None:
    """Return the UTF-8 text of `reader` if it is a .docx or .odt (`document_text`), else None with nothing consumed.

    Its first bytes are peeked (`document_bytes`), not read, so a pipe or a FIFO streams on as text line by line.
    Raise NotTextError for a binary file whose text zhgloss does not read (a PDF, an RTF, a workbook), naming what it
    is and the way to its text.
    """
    raw = document_bytes(reader, source)
    return None if raw is None else io.BytesIO(document_text(raw, source).encode("utf-8"))


def document_bytes(reader: IO[bytes], source: str) -> bytes | None:
    """Return the whole of `reader` if it is a zip archive (a .docx, .odt …: `document_tables` reads it), else None
    with nothing consumed (its first bytes are peeked, as `document_stream` does). Raise NotTextError for a binary
    file of another kind (a PDF, an RTF, a Word 97–2003 file), naming it and the way to its text, and FormatError
    for one over `zhgloss.formats.MAX_INPUT_BYTES`."""
    peek = getattr(reader, "peek", None)
    head = peek(HEAD_BYTES)[:HEAD_BYTES] if peek is not None else b""
    kind = kind_of(head)
    if kind is None:
        return None
    if kind == "other":
        raise NotTextError(source, refusal(head))
    from zhgloss.formats import read_limited

    return read_limited(reader, source)


def _mimetype(archive: zipfile.ZipFile, names: set[str]) -> str:
    """The OpenDocument mimetype member's text (ISO/IEC 26300 puts it first, uncompressed), or ""."""
    if "mimetype" not in names:
        return ""
    try:
        with archive.open("mimetype") as member:
            return member.read(200).decode("ascii", "replace").strip()
    except _damaged():
        return ""  # a damaged member names no kind: the archive is told by its other members


def _member(archive: zipfile.ZipFile, name: str, source: str) -> bytes:
    """Unpack member `name`, at most MAX_MEMBER_BYTES of it (the size the archive declares is not trusted)."""
    try:
        with archive.open(name) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except _damaged() as exc:
        raise NotTextError(source, f"is a damaged document ({name}: {exc}): save it again") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise NotTextError(source, f"holds a body ({name}) over {MAX_MEMBER_BYTES // 2**20} MB unpacked: not read")
    return data


def _parse(xml: bytes, source: str, name: str) -> object:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(xml)
    except (ParseError, DefusedXmlException) as exc:
        raise NotTextError(source, f"is a damaged document ({name} is not well-formed XML: {exc})") from None


def document_tables(raw: bytes, source: str) -> list[list[list[str]]]:
    """Return the tables of the zip archive `raw` (a whole file named `source`) if it is a .docx or .odt: each table a
    list of rows, each row a list of its cells' text (a cell's paragraphs joined by a space, its tabs and line breaks
    read as spaces). A cell that spans N columns (<w:gridSpan>, table:number-columns-spanned) is followed by N - 1
    empty cells, so that a row's cells line up with the table's columns; a table inside a cell is part of that cell's
    text. A document without tables gives [].

    This is how a bilingual review file is read: CAT tools (Trados, memoQ, Phrase) export a segment a row, the source
    in one column and the target in another. Raise FormatError as `document_text` does.
    """
    xml, name = _body(raw, source)
    root = _parse(xml, source, name)
    return _docx_tables(root) if name == "word/document.xml" else _odt_tables(root)


def table_tsv(tables: list[list[list[str]]]) -> str:
    """Return the segment table of a document's `tables` (`document_tables`, a workbook's sheets, a CSV's rows) as TSV
    text, a row a line; "" when none is one.

    A segment table is a bilingual review file's (Trados, memoQ, Phrase: an ID, the source, the target, a status or
    comment): on at least half of its rows after the first (a header, or not), one column holds Chinese and another
    Latin letters (`_bilingual_columns`); a table of figures (年份 | 收入 / 2019 | 100) is none. Of several, the one
    with the most rows is read, with every table after it that continues it (a long table Word split at a page): as
    wide, its columns the same, its header row read once if it repeats the first's; a table before it, a title block
    of labels and values (项目 | Kingsoft news), is not. Short rows are padded with empty cells;
    `zhgloss.formats.bilingual.iter_tsv` then tells the columns apart by header or by script, and its line numbers
    count the rows read here.
    """
    found = [(table, columns) for table in tables if (columns := _bilingual_columns(table)) is not None]
    if not found:
        return ""
    main, columns = max(found, key=lambda pair: len(pair[0]))
    width = _width(main)
    headed = _header_names(main[0]) is not None or (columns[0] < len(main[0]) and not has_cjk(main[0][columns[0]]))
    after = False
    rows: list[list[str]] = []
    for table, its in found:
        if table is main:
            rows += table
            after = True
        elif after and its == columns and _width(table) == width:
            # A continuation follows the table: its header repeated (Word repeats it on each page's table), read
            # once, or none; a table before it (a title block of labels and values) is none.
            rows += table[1:] if headed and table[0] == main[0] else table
    return "".join("\t".join(_cell_text(cell) for cell in row + [""] * (width - len(row))) + "\n" for row in rows)


def _width(table: list[list[str]]) -> int:
    return max((len(row) for row in table), default=0)


def _bilingual_columns(table: list[list[str]]) -> tuple[int, int] | None:
    """The (source, target) columns of a segment table, or None when it is none: a first row naming both (Source |
    Target, 原文 | 译文, zh-CN | en-US: the names a TSV's header is read by) whatever the rows hold, the targets perhaps
    not written yet; else, by script, the first column with Chinese on at least half of the rows after the first (all
    rows if it is the only one), and another with Latin letters in at least half of the cells it has filled."""
    if _width(table) < 2:
        return None
    named = _header_names(table[0])
    if named is not None:
        return named
    rows = [row for row in (table[1:] or table) if any(cell.strip() for cell in row)]
    if not rows:
        return None
    width = _width(table)
    cells = [[row[i] if i < len(row) else "" for row in rows] for i in range(width)]
    chinese = next((i for i in range(width) if 2 * sum(has_cjk(cell) for cell in cells[i]) >= len(rows)), None)
    if chinese is None:
        return None

    def latin(i: int) -> bool:  # the first row too: a table without a header may have filled that target alone
        filled = [row[i] for row in table if i < len(row) and row[i].strip()]
        return bool(filled) and 2 * sum(_has_latin(cell) for cell in filled) >= len(filled)

    return next(((chinese, i) for i in range(width) if i != chinese and latin(i)), None)


def _header_names(row: list[str]) -> tuple[int, int] | None:
    """The (source, target) columns a header row names, as a TSV's header is read (`zhgloss.formats.table`), or None."""
    from zhgloss.formats.table import SOURCE, TARGET, header_column

    named = [header_column(cell) if cell.strip() else None for cell in row]
    source = next((i for i, name in enumerate(named) if name in ("zh", "zh_hant", SOURCE)), None)
    target = next((i for i, name in enumerate(named) if name in ("en", TARGET) and i != source), None)
    return None if source is None or target is None else (source, target)


def _has_latin(text: str) -> bool:
    return any(char.isascii() and char.isalpha() for char in text)


def is_workbook(raw: bytes) -> bool:
    """Whether the zip archive `raw` is an Office Open XML workbook (.xlsx: it holds xl/workbook.xml)."""
    import zipfile

    try:
        return "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(raw)).namelist()
    except (zipfile.BadZipFile, ValueError):
        return False  # damaged: `document_tables` names it so


def archive_kind(raw: bytes) -> str | None:
    """What the zip archive `raw` holds, by its members (ISO/IEC 29500 part names; ISO/IEC 26300's mimetype):
    "xlsx" (an Excel workbook), "ods" (an OpenDocument Spreadsheet, LibreOffice Calc's own format), "docx" (a
    Word document), "odt" (an OpenDocument Text), or None for another archive or a damaged one."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError):
        return None
    mimetype = _mimetype(archive, names)
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and mimetype.startswith("application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    if "content.xml" in names and mimetype.startswith("application/vnd.oasis.opendocument.text"):
        return "odt"
    return None


def damaged_archive_kind(raw: bytes) -> str | None:
    """What the zip archive `raw` was meant to hold when it cannot be opened (a download or a copy cut short, whose
    central directory at the end is missing), told by the members' local headers from its start (APPNOTE.TXT 4.3.7):
    an OpenDocument file's first member is its "mimetype", stored uncompressed (ISO/IEC 26300 part 3, 3.3), and an
    Office Open XML package's members are named xl/ or word/. The kinds of `archive_kind`, or None (the review's
    R35-14: a cut .ods was called "not a readable Excel workbook", and piped, "a zip archive: unzip it first")."""
    import struct

    at, names = 0, list[str]()
    while raw.startswith(b"PK\x03\x04", at) and len(names) < 64:
        if len(raw) < at + 30:
            break
        method, size, name_size, extra_size = struct.unpack_from("<H8xI4xHH", raw, at + 8)
        name = raw[at + 30 : at + 30 + name_size].decode("utf-8", "replace")
        body = at + 30 + name_size + extra_size
        if name == "mimetype" and method == 0:
            mimetype = raw[body : body + min(size, 100)].decode("ascii", "replace")
            if mimetype.startswith("application/vnd.oasis.opendocument.spreadsheet"):
                return "ods"
            if mimetype.startswith("application/vnd.oasis.opendocument.text"):
                return "odt"
        names.append(name)
        flags = struct.unpack_from("<H", raw, at + 6)[0]
        if flags & 8:  # sizes written after the data (a data descriptor, as Excel writes): the next header found
            at = raw.find(b"PK\x03\x04", body)
            continue
        at = body + size
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    if any(name.startswith("word/") for name in names):
        return "docx"
    return None


_DAMAGED_KINDS = {
    "ods": "LibreOffice Calc sheet (.ods)",
    "odt": "OpenDocument text (.odt)",
    "xlsx": "Excel workbook (.xlsx)",
    "docx": "Word document (.docx)",
}


def damaged_archive_problem(raw: bytes, said: str) -> str | None:
    """The problem to say of an archive that cannot be opened (`said`, the reader's error) whose kind its first members
    tell (`damaged_archive_kind`): "is a damaged or incomplete LibreOffice Calc sheet (.ods) (...)", or None."""
    kind = damaged_archive_kind(raw)
    if kind is None:
        return None
    return (
        f"is a damaged or incomplete {_DAMAGED_KINDS[kind]} ({said}): a copy or download cut short, or a file saved "
        "wrongly; copy it again in full, or open it and save it again"
    )


MAX_SHEET_CELLS = 20_000_000
"""Cells the rows of a spreadsheet's tables may span (as `zhgloss.formats.xlsx.MAX_CELLS`): a row or a cell repeated a
million times is how LibreOffice writes the empty rest of a sheet, and a hostile file may repeat a filled one."""


MAX_REPEATED_ROWS = 1000
"""How many times one row holding text may be repeated (table:number-rows-repeated) in an .ods: LibreOffice writes a
run of equal rows once, and a glossary has no thousand equal rows; a small file repeating one a million times is a
bomb (the review's R35-29: 1.7 KB, over 10 minutes), refused before any row is built."""


def spreadsheet_tables(raw: bytes, source: str) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """Return the sheets of the OpenDocument Spreadsheet `raw` (an .ods, a whole file named `source`): each sheet's
    name (table:name) and its rows that hold text, each numbered as the sheet numbers it (row 1 first), a list of
    its cells' text as the sheet shows it (a number in its format, a date as written: the text:p LibreOffice keeps
    beside each value, ISO/IEC 26300-1 §19.385).

    A row or cell written once for several (table:number-rows-repeated, table:number-columns-repeated: LibreOffice
    writes a run of equal cells so) counts for each; a merged cell (table:number-rows-spanned,
    table:number-columns-spanned) shows its text in every cell it covers, as `zhgloss.formats.xlsx` reads a merged
    range. Raise NotTextError for a damaged file and one whose body unpacks over MAX_MEMBER_BYTES, FormatError for
    one whose rows span more than MAX_SHEET_CELLS cells.
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError):
        raise NotTextError(source, "is a damaged zip archive (an .ods cut short?): save it again") from None
    root: Any = _parse(_member(archive, "content.xml", source), source, "content.xml")
    body = root.find(f"{_OFFICE}body")
    spreadsheet = body.find(f"{_OFFICE}spreadsheet") if body is not None else None
    if spreadsheet is None:
        return []
    budget = [MAX_SHEET_CELLS]
    return [
        (table.get(f"{_TABLE}name", f"Sheet{number}"), _sheet_rows(table, budget, source))
        for number, table in enumerate(spreadsheet.iter(f"{_TABLE}table"), 1)
    ]


def _repeat(cell: Any, attribute: str) -> int:
    value = cell.get(f"{_TABLE}{attribute}", "1")
    return max(int(value), 1) if value.isdigit() else 1


def _sheet_rows(table: Any, budget: list[int], source: str) -> list[tuple[int, list[str]]]:
    """The numbered rows of an .ods sheet that hold text (see `spreadsheet_tables`)."""

    def spend(cells: int) -> None:
        budget[0] -= cells
        if budget[0] < 0:
            raise FormatError(source, f"holds sheets of more than {MAX_SHEET_CELLS:,} cells: not read")

    rows: list[tuple[int, list[str]]] = []
    covered: dict[tuple[int, int], str] = {}  # (row, column) -> the text of the merged cell covering it
    number = 0
    for row in _odt_rows(table):
        cells: list[str] = []
        for cell in row:
            times = _repeat(cell, "number-columns-repeated")
            if cell.tag == f"{_TABLE}covered-table-cell":
                spend(min(times, _MAX_SPAN))
                cells.extend(covered.get((number + 1, len(cells)), "") for _ in range(min(times, _MAX_SPAN)))
                continue
            if cell.tag != f"{_TABLE}table-cell":
                continue
            text = _cell_text(" ".join(_odt_lines(cell)))
            if not text:
                cells.extend([""] * min(times, _MAX_SPAN))  # trailing ones are taken off below
                continue
            spend(times)
            start = len(cells)
            cells.extend([text] * times)
            down = min(_repeat(cell, "number-rows-spanned"), _MAX_SPAN)
            across = min(_repeat(cell, "number-columns-spanned"), _MAX_SPAN)
            for below in range(down):
                for right in range(across):
                    if below or right:
                        covered[(number + 1 + below, start + right)] = text
        while cells and not cells[-1]:
            cells.pop()
        times = _repeat(row, "number-rows-repeated")
        if not cells:
            number += times  # LibreOffice writes the empty rest of a sheet as one row repeated a million times
            continue
        if times > MAX_REPEATED_ROWS:
            raise FormatError(
                source,
                f"has a row of text written once for {times:,} rows (table:number-rows-repeated): no glossary "
                "repeats a row so; save the sheet again, or as CSV",
            )
        spend(times * len(cells))
        for _ in range(times):
            number += 1
            rows.append((number, list(cells)))
    return rows


def _body(raw: bytes, source: str) -> tuple[bytes, str]:
    """The body member of a .docx or .odt and its name (see `document_text`, which this shares)."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError):
        raise NotTextError(source, "is a damaged zip archive (a .docx or .odt cut short?): save it again") from None
    if "word/document.xml" in names:
        return _member(archive, "word/document.xml", source), "word/document.xml"
    if "content.xml" in names and _mimetype(archive, names).startswith("application/vnd.oasis.opendocument.text"):
        return _member(archive, "content.xml", source), "content.xml"
    if "xl/workbook.xml" in names or _mimetype(archive, names).endswith("spreadsheet"):
        what = "is a workbook: `zhgloss import` reads it as a glossary; for its text, save a sheet as CSV or text"
    elif "ppt/presentation.xml" in names or _mimetype(archive, names).endswith("presentation"):
        what = f"is a presentation: {_PLAIN}"
    elif _mimetype(archive, names) == "application/epub+zip":
        what = "is an EPUB book: convert it to text (pandoc FILE.epub -t plain -o FILE.txt) and pass that"
    else:
        what = "is a zip archive, not a document zhgloss reads: unzip it and pass its text files"
    raise NotTextError(source, what)


_MAX_SPAN = 64
"""The most columns one cell is taken to span (a damaged or hostile file may claim millions)."""


def _cell_text(text: str) -> str:
    """A cell's text on one line: its tabs, line breaks and runs of spaces one space each."""
    return " ".join(text.split())


def _docx_tables(root: Any) -> list[list[list[str]]]:
    """The tables (<w:tbl>) of a docx body, outermost first; see `document_tables`."""
    tables: list[list[list[str]]] = []

    def find(element: Any) -> None:
        for child in element:
            if child.tag == f"{_W}tbl":
                tables.append(
                    [
                        [cell for tc in row if tc.tag == f"{_W}tc" for cell in _docx_cell(tc)]
                        for row in child
                        if row.tag == f"{_W}tr"
                    ]
                )
            elif child.tag != _FALLBACK:
                find(child)

    find(root)
    return tables


def _docx_cell(tc: Any) -> list[str]:
    """A <w:tc>'s text, then one empty cell for each further column it spans."""
    parts = _docx_lines(tc)
    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
    value = span.get(f"{_W}val", "1") if span is not None else "1"
    extra = min(int(value), _MAX_SPAN) - 1 if value.isdigit() else 0
    return [_cell_text(" ".join(parts)), *[""] * max(extra, 0)]


def _odt_tables(root: Any) -> list[list[list[str]]]:
    """The tables (<table:table>) of an odt body, outermost first; see `document_tables`."""
    tables: list[list[list[str]]] = []
    body = root.find(f"{_OFFICE}body")
    if body is None:
        return tables

    def find(element: Any) -> None:
        for child in element:
            if child.tag == f"{_TABLE}table":
                tables.append([_odt_row(row) for row in _odt_rows(child)])
            else:
                find(child)

    find(body)
    return tables


def _odt_rows(table: Any) -> list[Any]:
    """`table`'s own rows (in it, in its header rows or row groups), not the rows of a table inside a cell."""
    groups = (f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group")
    rows: list[Any] = []
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            rows.append(child)
        elif child.tag in groups:
            rows.extend(_odt_rows(child))
    return rows


def _odt_row(row: Any) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
            continue
        repeated = cell.get(f"{_TABLE}number-columns-repeated", "1")
        times = min(int(repeated), _MAX_SPAN) if repeated.isdigit() else 1
        text = _cell_text(" ".join(_odt_lines(cell)))
        cells.extend([text] * times)
    while cells and not cells[-1]:
        cells.pop()  # LibreOffice writes a row's trailing empty cells as one repeated cell
    return cells


def _docx_text(xml: bytes, source: str) -> str:
    """The body of word/document.xml: each <w:p> a line; <w:t> text, <w:tab/> a tab, <w:br/> and <w:cr/> a break.

    Deleted text is <w:delText> and field codes <w:instrText>, neither read, nor the reading Word's Phonetic Guide
    sets above characters (ruby: <w:rt> beside <w:rubyBase>, ISO/IEC 29500-1 §17.3.3.25; 雷 under léi is 雷, not
    léi雷); a table's cells are paragraphs too. A
    text box's paragraphs (<w:txbxContent>) are lines of their own after the paragraph that anchors it, read once:
    Word 2010 and later write each box twice, as a drawing (<mc:Choice>) and as VML for older readers
    (<mc:Fallback>), and only the first is read (ISO/IEC 29500-3, Markup Compatibility).
    """
    return "".join(line + "\n" for line in _docx_lines(_parse(xml, source, "word/document.xml")))


def _docx_lines(element: Any) -> list[str]:
    """The paragraphs below `element`, a line each, as `_docx_text` reads them."""
    lines: list[str] = []

    def block(element: Any) -> None:
        for child in element:
            if child.tag == f"{_W}p":
                boxes: list[Any] = []
                parts: list[str] = []
                inline(child, parts, boxes)
                lines.append("".join(parts))
                for box in boxes:
                    block(box)
            elif child.tag != _FALLBACK:
                block(child)

    def inline(element: Any, parts: list[str], boxes: list[Any]) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}txbxContent":
                boxes.append(child)
            elif tag not in (_FALLBACK, f"{_W}rt"):
                inline(child, parts, boxes)

    block(element)
    return lines


def _odt_text(xml: bytes, source: str) -> str:
    """The body of content.xml: each <text:p> or <text:h> a line, its spans' text read in order; <text:s c="N"/> N
    spaces, <text:tab/> a tab, <text:line-break/> a break; notes (footnotes), annotations (comments) and a ruby's
    reading (<text:ruby-text> beside <text:ruby-base>: 雷 under léi is 雷) left out."""
    body = _parse(xml, source, "content.xml").find(f"{_OFFICE}body")  # type: ignore[attr-defined]
    return "" if body is None else "".join(line + "\n" for line in _odt_lines(body))


def _odt_lines(element: Any) -> list[str]:
    """The paragraphs and headings below `element`, a line each, as `_odt_text` reads them."""
    lines: list[str] = []

    def walk(element: Any) -> None:
        tag = element.tag
        if tag in (f"{_TEXT}p", f"{_TEXT}h"):
            parts: list[str] = []
            inline(element, parts)
            lines.append("".join(parts))
            return
        for child in element:
            walk(child)

    def inline(element: Any, parts: list[str]) -> None:
        parts.append(element.text or "")
        for child in element:
            tag = child.tag
            if tag == f"{_TEXT}s":
                count = child.get(f"{_TEXT}c", "1")
                parts.append(" " * (int(count) if count.isdigit() else 1))
            elif tag == f"{_TEXT}tab":
                parts.append("\t")
            elif tag == f"{_TEXT}line-break":
                parts.append("\n")
            elif tag not in (f"{_TEXT}note", f"{_OFFICE}annotation", f"{_OFFICE}annotation-end", f"{_TEXT}ruby-text"):
                inline(child, parts)
            parts.append(child.tail or "")

    for child in element:
        walk(child)
    return lines

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

    return (zipfile.BadZipFile, OSError, NotImplementedError, EOFError, RuntimeError, zlib.error)


def document_text(raw: bytes, source: str) -> str:
    """Return the text of the zip archive `raw` (a whole file named `source`) if it is a .docx or .odt, a
    paragraph a line, each line ending in "\\n".

    Raise FormatError naming what the file is and what to do if it is another archive (a workbook, a
    presentation, an EPUB, a plain zip) or a damaged one, or if its body unpacks to more than MAX_MEMBER_BYTES.
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError):
        raise NotTextError(source, "is a damaged zip archive (a .docx or .odt cut short?): save it again") from None
    if "word/document.xml" in names:
        return _docx_text(_member(archive, "word/document.xml", source), source)
    if "content.xml" in names and _mimetype(archive, names).startswith("application/vnd.oasis.opendocument.text"):
        return _odt_text(_member(archive, "content.xml", source), source)
    if "xl/workbook.xml" in names or _mimetype(archive, names).endswith("spreadsheet"):
        what = "is a workbook: `zhgloss import` reads it as a glossary; for its text, save a sheet as CSV or text"
    elif "ppt/presentation.xml" in names or _mimetype(archive, names).endswith("presentation"):
        what = f"is a presentation: {_PLAIN}"
    elif _mimetype(archive, names) == "application/epub+zip":
        what = "is an EPUB book: convert it to text (pandoc FILE.epub -t plain -o FILE.txt) and pass that"
    else:
        what = "is a zip archive, not a document zhgloss reads: unzip it and pass its text files"
    raise NotTextError(source, what)


def read_text_source(fp: IO[bytes], source: str, head: bytes) -> IO[bytes] | None:
    """Given `head`, the first bytes already read from `fp`, return a stream of the UTF-8 text of a .docx or .odt
    (`document_text`), or None when the file is not binary (the caller reads it as text, `head` first).

    Raise FormatError for a binary file zhgloss reads no text from (`refusal`, `document_text`) or one over
    `zhgloss.formats.MAX_INPUT_BYTES`.
    """
    kind = kind_of(head)
    if kind is None:
        return None
    if kind == "other":
        raise NotTextError(source, refusal(head))
    from zhgloss.formats import read_limited

    raw = head + read_limited(fp, source)
    return io.BytesIO(document_text(raw, source).encode("utf-8"))


def text_stream(fp: IO[bytes], source: str) -> IO[bytes]:
    """Return a stream of `fp`'s text bytes: the UTF-8 text of a .docx or .odt (`read_text_source`), else `fp`'s own
    bytes from its start (its first bytes, read to tell its kind, given back first). Raise FormatError as
    `read_text_source` does."""
    from zhgloss.formats.bilingual import PrefixedReader

    head = fp.read(HEAD_BYTES)
    text = read_text_source(fp, source, head)
    if text is not None:
        return text
    return io.BufferedReader(PrefixedReader(head, fp))


def document_stream(reader: IO[bytes], source: str) -> IO[bytes] | None:
    """Return the UTF-8 text of `reader` if it is a .docx or .odt (`document_text`), else None with nothing consumed.

    Its first bytes are peeked (`reader` is a buffered stream: an open file, stdin's buffer), not read, so a pipe or
    a FIFO streams on as text line by line. Raise NotTextError for a binary file whose text zhgloss does not read
    (a PDF, an RTF, a workbook), naming what it is and the way to its text.
    """
    peek = getattr(reader, "peek", None)
    head = peek(HEAD_BYTES)[:HEAD_BYTES] if peek is not None else b""
    if kind_of(head) is None:
        return None
    return text_stream(reader, source)


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


def _docx_text(xml: bytes, source: str) -> str:
    """The body of word/document.xml: each <w:p> a line; <w:t> text, <w:tab/> a tab, <w:br/> and <w:cr/> a break.

    Deleted text is <w:delText> and field codes <w:instrText>, neither read; a table's cells are paragraphs too. A
    text box's paragraphs (<w:txbxContent>) are lines of their own after the paragraph that anchors it, read once:
    Word 2010 and later write each box twice, as a drawing (<mc:Choice>) and as VML for older readers
    (<mc:Fallback>), and only the first is read (ISO/IEC 29500-3, Markup Compatibility).
    """
    root = _parse(xml, source, "word/document.xml")
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
            elif tag != _FALLBACK:
                inline(child, parts, boxes)

    block(root)
    return "".join(line + "\n" for line in lines)


def _odt_text(xml: bytes, source: str) -> str:
    """The body of content.xml: each <text:p> or <text:h> a line, its spans' text read in order; <text:s c="N"/> N
    spaces, <text:tab/> a tab, <text:line-break/> a break; notes (footnotes) and annotations (comments) left out."""
    root = _parse(xml, source, "content.xml")
    lines: list[str] = []
    body = root.find(f"{_OFFICE}body")  # type: ignore[attr-defined]
    if body is None:
        return ""

    def walk(element: object) -> None:
        tag = element.tag  # type: ignore[attr-defined]
        if tag in (f"{_TEXT}p", f"{_TEXT}h"):
            parts: list[str] = []
            inline(element, parts)
            lines.append("".join(parts))
            return
        for child in element:  # type: ignore[attr-defined]
            walk(child)

    def inline(element: object, parts: list[str]) -> None:
        parts.append(element.text or "")  # type: ignore[attr-defined]
        for child in element:  # type: ignore[attr-defined]
            tag = child.tag
            if tag == f"{_TEXT}s":
                count = child.get(f"{_TEXT}c", "1")
                parts.append(" " * (int(count) if count.isdigit() else 1))
            elif tag == f"{_TEXT}tab":
                parts.append("\t")
            elif tag == f"{_TEXT}line-break":
                parts.append("\n")
            elif tag not in (f"{_TEXT}note", f"{_OFFICE}annotation", f"{_OFFICE}annotation-end"):
                inline(child, parts)
            parts.append(child.tail or "")

    walk(body)
    return "".join(line + "\n" for line in lines)

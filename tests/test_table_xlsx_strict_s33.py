"""A workbook saved as Excel's "Strict Open XML Spreadsheet" is read (user finding U32-19, session 33).

ISO/IEC 29500 Strict writes every part of the workbook in namespaces of its own (http://purl.oclc.org/ooxml/...),
which openpyxl does not know: `import strict.xlsx` said "holds no sheet with a table of terms" (exit 3), true only
because no sheet was found. The reader now rewrites the parts into the Transitional namespaces of the same parts.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

from zhgloss.formats.xlsx import load_xlsx

# Transitional -> Strict, as Excel writes a Strict workbook (ECMA-376 Part 1; LibreOffice's namespaces-strict.txt).
_TO_STRICT = [
    (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
    ),
    (
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ),
]
_TRANSITIONAL_RE = re.compile(rb"http://schemas\.openxmlformats\.org/(spreadsheetml|drawingml|officeDocument)/2006/")


def _strict(raw: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as strict:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for transitional, written in _TO_STRICT:
                    data = data.replace(transitional, written)
                data = _TRANSITIONAL_RE.sub(rb"http://purl.oclc.org/ooxml/\1/", data)
                if info.filename == "xl/workbook.xml":
                    data = data.replace(b"<workbook ", b'<workbook conformance="strict" ', 1)
            strict.writestr(info.filename, data)
    return out.getvalue()


def _workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Terms"
    for row in (["中文", "English", "Note"], ["雷军", "Lei Jun", "Xiaomi founder"], ["马化腾", "Pony Ma", "Tencent"]):
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def test_a_strict_open_xml_workbook_is_read_as_its_transitional_twin() -> None:
    raw = _strict(_workbook())
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        assert b"http://purl.oclc.org/ooxml/spreadsheetml/main" in archive.read("xl/workbook.xml")
        assert b"schemas.openxmlformats.org/spreadsheetml" not in archive.read("xl/worksheets/sheet1.xml")
    entries = list(load_xlsx(io.BytesIO(raw), "strict.xlsx"))
    assert [(e.zh, e.en, e.note) for e in entries] == [
        ("雷军", "Lei Jun", "Xiaomi founder"),
        ("马化腾", "Pony Ma", "Tencent"),
    ]


def test_the_testers_strict_workbook_is_read() -> None:
    # The tester's strict.xlsx (tests/data/strict_open_xml_u32.xlsx): Strict namespaces, a rich-text cell (雷 and a
    # bold 军) and a cell with Japanese phonetic runs (宫崎骏 みやざき はやお), as Excel keeps them.
    path = Path(__file__).parent / "data" / "strict_open_xml_u32.xlsx"
    with path.open("rb") as fp:
        entries = list(load_xlsx(fp, "strict.xlsx"))
    assert [(e.zh, e.en, e.note) for e in entries] == [
        ("雷军", "Lei Jun", "Xiaomi founder"),
        ("马化腾", "Pony Ma", "Tencent"),
        ("宫崎骏", "Hayao Miyazaki", "director"),
    ]

"""Word documents and workbooks for the tests, as python-docx (Word's own template) and openpyxl write them."""

from __future__ import annotations

import io


def word_document(paragraphs: list[str]) -> bytes:
    """The bytes of a .docx holding `paragraphs`, one <w:p> each (a tab a <w:tab/>, a newline a <w:br/>)."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def review_document(rows: list[list[str]]) -> bytes:
    """The bytes of a .docx holding one table of `rows` (a CAT tool's bilingual review file: ID, source, target …)."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def review_workbook(rows: list[list[str]]) -> bytes:
    """The bytes of an .xlsx holding `rows` on one sheet, as openpyxl (and so Excel) writes one."""
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

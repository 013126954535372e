"""`zhgloss import` of a LibreOffice Calc sheet (.ods) and of a document whose table is a glossary (.docx, .odt).

Tester finding (s34): `import glossary.ods` and `import terms.docx` said "is a zip archive: unzip it first and import
the file inside (CC-CEDICT's is cedict_ts.u8)", advice that fits neither. No CAT tool exports these (memoQ, Phrase
and Trados's Glossary Converter write .xlsx, CSV and TBX; OmegaT a tab-separated glossary.txt), but OmegaT's users
keep their glossaries in LibreOffice Calc, whose own format is .ods, and clients send a Word table of names: their
tables are read as a workbook's sheets are, by the file's content whatever its name or the stream it comes on.
The files are written by odfpy and python-docx, as LibreOffice and Word write them.
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from office_files import review_document, word_document

ROWS = [["Chinese", "English"], ["雷军", "Lei Jun"], ["腾讯", "Tencent"], ["小米", "Xiaomi"]]


def ods(sheets: dict[str, list[list[str]]], *, trailing_empty_rows: int = 0) -> bytes:
    """An .ods of `sheets` (name -> rows of text cells), as odfpy writes one; LibreOffice writes the empty rest of a
    sheet as one row repeated (`trailing_empty_rows`)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            element = TableRow()
            for text in row:
                cell = TableCell(valuetype="string")
                if text:
                    cell.addElement(P(text=text))
                element.addElement(cell)
            table.addElement(element)
        if trailing_empty_rows:
            table.addElement(TableRow(numberrowsrepeated=trailing_empty_rows))
        document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_table(rows: list[list[str]]) -> bytes:
    """An .odt whose body is a paragraph and one table of `rows`, as odfpy writes one."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="译名表"))
    table = Table(name="Names")
    table.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for row in rows:
        element = TableRow()
        for text in row:
            cell = TableCell()
            cell.addElement(P(text=text))
            element.addElement(cell)
        table.addElement(element)
    document.text.addElement(table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def run(exe: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([exe, *args], input=stdin, capture_output=True, timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def entries(exe: str, db: Path) -> dict[str, dict[str, object]]:
    out = run(exe, "export", "--db", str(db), "--format", "jsonl").stdout
    return {doc["zh"]: doc for doc in map(json.loads, out.splitlines())}


@pytest.fixture
def db(tmp_path: Path, zhgloss_exe: str) -> Path:
    path = tmp_path / "mine.json"
    assert run(zhgloss_exe, "init", str(path), "--empty").returncode == 0
    return path


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("glossary.ods", lambda: ods({"Glossary": ROWS})),
        ("terms.docx", lambda: review_document(ROWS)),
        ("terms.odt", lambda: odt_table(ROWS)),
        ("terms.bin", lambda: ods({"Glossary": ROWS})),  # told by its content, not its name
    ],
)
def test_office_tables_import_as_a_sheet(tmp_path: Path, db: Path, zhgloss_exe: str, name: str, content) -> None:
    path = tmp_path / name
    path.write_bytes(content())
    done = run(zhgloss_exe, "import", str(path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "3 added" in done.stderr
    found = entries(zhgloss_exe, db)
    assert {zh: doc["en"] for zh, doc in found.items()} == {"雷军": "Lei Jun", "腾讯": "Tencent", "小米": "Xiaomi"}


@pytest.mark.parametrize("content", [lambda: ods({"Sheet1": ROWS}), lambda: review_document(ROWS)])
def test_office_tables_from_stdin(db: Path, zhgloss_exe: str, content) -> None:
    done = run(zhgloss_exe, "import", "-", "--db", str(db), stdin=content())
    assert done.returncode == 0, done.stderr
    assert set(entries(zhgloss_exe, db)) == {"雷军", "腾讯", "小米"}


def test_ods_repeated_rows_and_merged_cells_read_as_calc_shows_them(tmp_path: Path, db: Path, zhgloss_exe: str) -> None:
    """A merged Domain cell beside two rows is every row's (as a workbook's merged range is), a row LibreOffice wrote
    once for two (table:number-rows-repeated) is two, and the million empty rows after the table are nothing."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Glossary")

    def row(*cells: object, repeated: int = 1) -> None:
        element = TableRow(numberrowsrepeated=repeated) if repeated > 1 else TableRow()
        for cell in cells:
            element.addElement(cell)
        table.addElement(element)

    def text(value: str, **attributes: object) -> TableCell:
        cell = TableCell(valuetype="string", **attributes)
        cell.addElement(P(text=value))
        return cell

    row(text("中文"), text("英文"), text("领域"))
    row(text("雷军"), text("Lei Jun"), text("科技", numberrowsspanned=2))
    row(text("马化腾"), text("Pony Ma"), CoveredTableCell())
    row(TableCell(), repeated=1_048_000)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "domains.ods"
    path.write_bytes(buffer.getvalue())
    done = run(zhgloss_exe, "import", str(path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    found = entries(zhgloss_exe, db)
    assert set(found) == {"雷军", "马化腾"}
    assert "科技" in str(found["马化腾"]["note"]) and "科技" in str(found["雷军"]["note"])


def test_ods_error_names_sheet_row(tmp_path: Path, db: Path, zhgloss_exe: str) -> None:
    """A bad row is named by the sheet's row number (the header is row 2 under an empty first row), as an .xlsx's."""
    path = tmp_path / "bad.ods"
    path.write_bytes(
        ods({"Glossary": [["", ""], ["Chinese", "English"], ["雷军", "Lei Jun"], ["华为", "Huawei (华为)"]]})
    )
    before = db.read_bytes()
    done = run(zhgloss_exe, "import", str(path), "--db", str(db))
    assert done.returncode == 3, done.stderr
    assert "line 4" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_document_without_a_table_is_refused_with_the_way_to_its_names(
    tmp_path: Path, db: Path, zhgloss_exe: str
) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(word_document(["雷军（Lei Jun）是小米的创始人。"]))
    before = db.read_bytes()
    done = run(zhgloss_exe, "import", str(path), "--db", str(db))
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "harvest" in done.stderr and "table" in done.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("stdin", [False, True])
def test_other_zip_is_refused_in_one_line(tmp_path: Path, db: Path, zhgloss_exe: str, stdin: bool) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("cedict_ts.u8", "中国 中国 [Zhong1 guo2] /China/\n")
    path = tmp_path / "cedict_1_0_ts_utf-8_mdbg.zip"
    path.write_bytes(buffer.getvalue())
    args = ["-"] if stdin else [str(path)]
    done = run(zhgloss_exe, "import", *args, "--db", str(db), stdin=buffer.getvalue() if stdin else None)
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "unzip it first" in done.stderr


def test_format_that_is_not_the_files_is_a_usage_error(tmp_path: Path, db: Path, zhgloss_exe: str) -> None:
    path = tmp_path / "glossary.ods"
    path.write_bytes(ods({"Glossary": ROWS}))
    done = run(zhgloss_exe, "import", str(path), "--format", "tbx", "--db", str(db))
    assert done.returncode == 2
    assert "--format ods" in done.stderr and done.stderr.count("\n") == 1


def test_ods_and_docx_are_not_export_formats(tmp_path: Path, db: Path, zhgloss_exe: str) -> None:
    done = run(zhgloss_exe, "export", "--db", str(db), "-o", str(tmp_path / "out.ods"))
    assert done.returncode == 2 and "not exported" in done.stderr
    assert not (tmp_path / "out.ods").exists()


def test_an_ods_repeating_a_row_of_text_a_million_times_is_refused_at_once(
    tmp_path: Path, db: Path, zhgloss_exe: str
) -> None:
    """The review's R35-29: a 1.7 KB .ods whose row of text is repeated 1,000,000 times ran over 10 minutes."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Glossary")
    for cells, repeated in ((["Chinese", "English"], 1), (["雷军", "Lei Jun"], 1_000_000)):
        row = TableRow(numberrowsrepeated=repeated) if repeated > 1 else TableRow()
        for text in cells:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "bomb.ods"
    path.write_bytes(buffer.getvalue())
    done = subprocess.run(
        [zhgloss_exe, "import", str(path), "--db", str(db)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 3 and "number-rows-repeated" in done.stderr

"""Excel workbooks (.xlsx) in and out through the table reader and writer (issue 9, formats gap 5).

The workbooks below are built with openpyxl in the shapes CAT tools and translators write: a header row
under a title (memoQ's and Phrase's exports start with the header; translators' own sheets often with a
title), several sheets (an instructions sheet before the terms), a merged domain cell beside two entries,
numbers, dates and booleans as cells (Phrase writes its Forbidden column as Excel booleans, TRUE/FALSE:
support.phrase.com, "Modify Term Bases"), an old .xls and files that are no workbook at all.
"""

from __future__ import annotations

import datetime
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats import FORMATS, guess_format
from zhgloss.formats.xlsx import dump_xlsx, load_xlsx
from zhgloss.model import Entry, ForbiddenForm


def workbook(*sheets: tuple[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def read(raw: bytes, columns: list[str | None] | None = None) -> list[Entry]:
    return list(load_xlsx(io.BytesIO(raw), "terms.xlsx", columns=columns))


def test_xlsx_is_a_lossless_format_found_by_its_suffix() -> None:
    assert guess_format("Glossary.XLSX") is FORMATS["xlsx"]
    assert FORMATS["xlsx"].lossless and FORMATS["xlsx"].binary


def test_a_translators_sheet_with_a_title_above_the_header() -> None:
    raw = workbook(("术语表", [["项目术语表 v2"], [], ["中文", "英文", "备注"], ["马云", "Jack Ma", "阿里巴巴创始人"]]))
    assert [(e.zh, e.en, e.note) for e in read(raw)] == [("马云", "Jack Ma", "阿里巴巴创始人")]


def test_the_first_sheet_of_terms_is_read_not_the_instructions_before_it() -> None:
    raw = workbook(
        ("Instructions", [["Fill in one term per row."], ["Do not rename the columns."]]),
        ("Settings", [["Client", "ACME"], ["Domain", "finance"]]),
        ("Terms", [["English (United States)", "Chinese (PRC)"], ["Tencent", "腾讯"]]),
        ("Old terms", [["English", "Chinese"], ["Tencent Holdings", "腾讯控股"]]),
    )
    assert [(e.zh, e.en) for e in read(raw)] == [("腾讯", "Tencent")]


def test_a_merged_domain_cell_belongs_to_every_row_it_covers() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Domain", "en-US", "zh-CN"])
    sheet.append(["Internet", "Tencent", "腾讯"])
    sheet.append([None, "Alibaba", "阿里巴巴"])
    sheet.merge_cells("A2:A3")
    data = io.BytesIO()
    book.save(data)
    assert [(e.en, e.note) for e in read(data.getvalue())] == [
        ("Tencent", "Domain: Internet"),
        ("Alibaba", "Domain: Internet"),
    ]


def test_numbers_dates_and_booleans_are_read_as_the_text_a_person_sees() -> None:
    raw = workbook(
        (
            "Sheet1",
            [
                ["Forbidden", "en", "zh", "备注"],
                [False, "Moutai", "茅台", 600519],
                [False, "BYD", "比亚迪", 2.5],
                [False, "Xiaomi", "小米", datetime.datetime(2010, 4, 6)],
                [True, "Maotai", "茅台", None],
            ],
        )
    )
    entries = read(raw)
    assert sorted((e.zh, e.en, e.note) for e in entries) == [
        ("小米", "Xiaomi", "2010-04-06"),
        ("比亚迪", "BYD", "2.5"),
        ("茅台", "Moutai", "600519"),
    ]
    moutai = next(e for e in entries if e.zh == "茅台")
    assert moutai.forbidden == (ForbiddenForm("Maotai", "forbidden"),)


def test_columns_name_a_sheet_without_a_header() -> None:
    raw = workbook(("Sheet1", [["马云", "Jack Ma"], ["马化腾", "Pony Ma"]]))
    entries = read(raw, columns=["zh", "en"])
    assert [(e.zh, e.en) for e in entries] == [("马云", "Jack Ma"), ("马化腾", "Pony Ma")]


def test_a_swapped_row_of_a_sheet_is_refused_with_its_row_number() -> None:
    raw = workbook(("Sheet1", [["中文", "英文"], ["马云", "Jack Ma"], ["Pony Ma", "马化腾"]]))
    with pytest.raises(FormatError, match=r"'terms.xlsx', line 3: zh 'Pony Ma' has no Chinese characters"):
        read(raw)


def test_export_writes_text_cells_never_formulas() -> None:
    entry = Entry(id="x", en='=HYPERLINK("http://evil")', zh="公式", note="'quoted\r\nline _x000D_")
    data = io.BytesIO()
    assert dump_xlsx([entry], data) == 1
    with zipfile.ZipFile(io.BytesIO(data.getvalue())) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    (back,) = load_xlsx(io.BytesIO(data.getvalue()), "x.xlsx")
    assert back == entry


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"zh,en\n\xe9\xa9\xac\xe4\xba\x91,Jack Ma\n", "is not an Excel workbook (.xlsx): it is no zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "is an Excel 97-2003 workbook (.xls); save it as .xlsx"),
        (b"PK\x03\x04" + bytes(100), "is not a readable Excel workbook (.xlsx)"),
    ],
)
def test_an_unreadable_workbook_is_refused_in_one_line(
    zhgloss_exe: str, tmp_path: Path, content: bytes, said: str
) -> None:
    source = tmp_path / "terms.xlsx"
    source.write_bytes(content)
    db = tmp_path / "g.json"
    result = subprocess.run(
        [zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 3, result.stderr
    assert said in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not db.exists()


def test_a_zip_that_is_no_workbook_is_refused(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "terms.xlsx"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    result = subprocess.run(
        [zhgloss_exe, "import", str(source), "--db", str(tmp_path / "g.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 3, result.stderr
    # A Word document by its parts, whatever its name: read as one (s35), and its body is no XML.
    assert "is a damaged document" in result.stderr and "Traceback" not in result.stderr


def test_a_workbook_without_terms_says_what_its_header_lacks(tmp_path: Path) -> None:
    raw = workbook(("Sheet1", [["Begriff", "Übersetzung"], ["Tencent", "腾讯"]]))
    with pytest.raises(FormatError, match=r"line 1: unknown column 'Begriff'"):
        read(raw)


def test_export_and_import_through_the_cli_keep_every_field(zhgloss_exe: str, tmp_path: Path) -> None:
    db, again = tmp_path / "g.json", tmp_path / "again.json"
    lines = [
        {"id": "lei-jun", "type": "person", "zh": "雷军", "en": "Lei Jun", "aliases": ["Jun Lei"], "note": "小米"},
        {"id": "pku", "type": "org", "zh": "北京大学", "en": "Peking University",
         "forbidden": [{"form": "Beijing University", "status": "deprecated"}]},
    ]  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    run = [zhgloss_exe]
    assert (
        subprocess.run([*run, "import", str(source), "--db", str(db)], capture_output=True, check=False).returncode == 0
    )
    book = tmp_path / "out.xlsx"
    exported = subprocess.run([*run, "export", "-o", str(book), "--db", str(db)], capture_output=True, text=True)
    assert exported.returncode == 0, exported.stderr
    assert "exported 2 entries as xlsx" in exported.stderr
    imported = subprocess.run([*run, "import", str(book), "--db", str(again)], capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    dumps = [
        subprocess.run([*run, "export", "--format", "jsonl", "--db", str(p)], capture_output=True, text=True).stdout
        for p in (db, again)
    ]
    assert dumps[0] == dumps[1] and "Beijing University" in dumps[0]
    piped = subprocess.run([*run, "export", "--format", "xlsx", "--db", str(db)], capture_output=True, check=False)
    assert piped.returncode == 0 and piped.stdout.startswith(b"PK\x03\x04")


def test_other_commands_do_not_load_openpyxl() -> None:
    code = (
        "import sys\nfrom typer.testing import CliRunner\nfrom zhgloss.cli import app\n"
        "CliRunner().invoke(app, ['export', '--format', 'csv'])\nprint('openpyxl' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "False", result.stderr


def test_a_formula_with_no_saved_value_is_refused_with_its_row(tmp_path: Path) -> None:
    # A workbook written by a script holds the formula alone: its cell would read as empty, the row losing its
    # Chinese without a word (acceptance, 22:27).
    book = Workbook()
    book.active.append(["Chinese (Simplified)", "English"])
    book.active.append(["马云", "Jack Ma"])
    book.active.append(['=HYPERLINK("http://x","梁文锋")', "Liang Wenfeng"])
    data = io.BytesIO()
    book.save(data)
    with pytest.raises(FormatError, match=r"line 3: cell A3 is a formula with no saved value"):
        read(data.getvalue())


def test_an_old_xls_is_told_apart_by_its_name(zhgloss_exe: str, tmp_path: Path) -> None:
    old = tmp_path / "terms.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    result = subprocess.run(
        [zhgloss_exe, "import", str(old), "--db", str(tmp_path / "g.json")], capture_output=True, text=True
    )
    assert result.returncode == 3, result.stderr
    assert "is an Excel 97-2003 workbook (.xls); save it as .xlsx" in result.stderr
    export = subprocess.run(
        [zhgloss_exe, "export", "-o", str(tmp_path / "out.xls")], capture_output=True, text=True, check=False
    )
    assert export.returncode == 2 and "name the file out.xlsx" in export.stderr, export.stderr

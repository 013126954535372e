"""A workbook's sheet titled as banned renderings is read as forbidden forms (the review's R47-21, session 49).

Teams keep the renderings not to use on a sheet of their own, with the same two columns as the glossary: "Banned",
"Forbidden", "Do not use", 禁用, 禁用词. Such a sheet's rows were read as terms: with the glossary's Chinese they made
two entries of one Chinese (the workbook refused, exit 3), or under the multi-line layout an alias ("Lei Chun" an
accepted English of 雷军), or a new entry ("Ren Zhengfei" accepted). Now a sheet whose title says its terms are not
to be used (`zhgloss.formats.xlsx.is_banned_sheet`) gives each row the status forbidden, as a status column saying
Forbidden would: its English (or, with none, its Chinese) is a forbidden form of the entry whose Chinese the row
gives, the forbidden status the TBX import stores and `check` reports; the other sheets are read as before. A row
that names no entry of the workbook is refused with its sheet and line (a ban lives on the entry whose form it
replaces). A sheet with a status or Forbidden column of its own keeps its own say.
"""

from __future__ import annotations

import io
import json
import subprocess
import warnings
from pathlib import Path

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.table import ImportNote
from zhgloss.formats.xlsx import is_banned_sheet, load_xlsx

GLOSSARY = [["Chinese", "English"], ["华为", "Huawei"], ["雷军", "Lei Jun"], ["任正非", "Ren Zhengfei"]]


def _book(sheets: dict[str, list[list[str | None]]]) -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _load(raw: bytes) -> tuple[dict[str, object], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_xlsx(io.BytesIO(raw), "terms.xlsx"))
    notes = [f"{w.filename}, line {w.lineno}: {w.message}" for w in caught if w.category is ImportNote]
    return {e.zh: e for e in entries}, notes


@pytest.mark.parametrize("title", ["Banned", "Forbidden", "Do not use", "Don't use", "禁用", "禁用词", "Banned terms"])
def test_a_banned_sheet_s_rows_are_forbidden_renderings_of_the_glossary_s_entries(title: str) -> None:
    banned = [["Chinese", "English"], ["华为", "HuaWei"], ["雷军", "Lei Chun"]]
    entries, notes = _load(_book({"Glossary": GLOSSARY, title: banned}))
    assert [(f.form, f.status) for f in entries["华为"].forbidden] == [("HuaWei", "forbidden")]
    assert [(f.form, f.status) for f in entries["雷军"].forbidden] == [("Lei Chun", "forbidden")]
    assert entries["雷军"].aliases == ()
    assert len(entries) == 3
    assert any(f"read sheet {title!r} as forbidden renderings" in note for note in notes), notes


def test_a_chinese_workbook_s_banned_sheet_under_chinese_headers() -> None:
    terms = [["中文", "英文"], ["华为", "Huawei"], ["雷军", "Lei Jun"]]
    entries, _ = _load(_book({"术语": terms, "禁用词": [["中文", "英文"], ["雷军", "Lei Chun"]]}))
    # Read as terms before, the second row was the multi-line layout's synonym: "Lei Chun" an accepted alias.
    assert entries["雷军"].aliases == ()
    assert [f.form for f in entries["雷军"].forbidden] == ["Lei Chun"]


def test_a_banned_row_no_entry_holds_is_refused_with_its_sheet_and_line() -> None:
    banned = [["Chinese", "English"], ["雷军", "Lei Chun"], ["马云", "Ma Yin"]]
    with pytest.raises(FormatError) as caught:
        _load(_book({"Glossary": GLOSSARY, "Banned": banned}))
    assert caught.value.source == "terms.xlsx [Banned]"
    assert caught.value.line == 3
    assert "'Ma Yin' (forbidden)" in str(caught.value)


def test_a_banned_sheet_with_its_own_forbidden_column_keeps_its_own_say() -> None:
    banned = [["Chinese", "English", "Forbidden"], ["雷军", "Lei Chun", "TRUE"]]
    entries, _ = _load(_book({"Glossary": GLOSSARY, "Banned": banned}))
    assert [f.form for f in entries["雷军"].forbidden] == ["Lei Chun"]


def test_other_sheets_read_as_before() -> None:
    places = [["中文", "英文"], ["深圳", "Shenzhen"]]
    entries, _ = _load(_book({"People": GLOSSARY, "Places": places, "Banned": [["中文", "英文"], ["雷军", "Lei Chun"]]}))
    assert entries["深圳"].en == "Shenzhen" and entries["深圳"].forbidden == ()
    assert [f.form for f in entries["雷军"].forbidden] == ["Lei Chun"]


@pytest.mark.parametrize(
    ("title", "banned"),
    [
        ("Banned", True),
        ("Forbidden terms", True),
        ("DO NOT USE", True),
        ("禁用译法", True),
        ("Glossary", False),
        ("Brands", False),
        ("Forbidden City", False),  # 故宫's sheet: a place, no ban
        ("Avoidance", False),
    ],
)
def test_which_titles_say_banned(title: str, banned: bool) -> None:
    assert is_banned_sheet(title) is banned


def test_check_reports_the_banned_rendering_after_import(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "style.xlsx"
    source.write_bytes(_book({"Glossary": GLOSSARY, "禁用": [["中文", "英文"], ["任正非", "Ren Zhengfeng"]]}))
    db = tmp_path / "g.json"
    done = subprocess.run([zhgloss_exe, "--db", str(db), "import", str(source)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "3 added" in done.stderr
    exported = subprocess.run([zhgloss_exe, "--db", str(db), "export"], capture_output=True, text=True).stdout
    ren = next(doc for doc in map(json.loads, exported.splitlines()) if doc["zh"] == "任正非")
    assert ren["forbidden"] == [{"form": "Ren Zhengfeng", "status": "forbidden"}]
    checked = subprocess.run(
        [zhgloss_exe, "--db", str(db), "check", "-"],
        input="任正非表示。\tRen Zhengfeng said.\n",
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 1
    assert 'forbidden 任正非: found "Ren Zhengfeng"' in checked.stdout

"""Every sheet of terms of a workbook is read (user finding U32-34, session 33).

/tmp/u32/t/xlsx/merged2.xlsx: a sheet "Glossary" (Chinese (PRC) / English (United States) / Type / Domain) and a sheet
"Banned" (the same language headers and Forbidden: 雷军, Lei Chun, TRUE). `import` read the first sheet alone and said
nothing: "Lei Chun" never arrived, and check passed the rendering the team had banned. Teams keep bans, synonyms and
further terms on sheets of their own; each sheet whose header names zhgloss's columns is now read, the sheets as one
table (a ban on one sheet reaches the term of another), and a row is named by its sheet.
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
from zhgloss.formats import said_fields
from zhgloss.formats.table import ImportNote
from zhgloss.formats.xlsx import load_xlsx
from zhgloss.model import Entry

GLOSSARY = [
    ["Chinese (PRC)", "English (United States)", "Type", "Domain"],
    ["雷军", "Lei Jun", "person", "Tech"],
    ["王翔", "Wang Xiang", "person", None],
    ["邹涛", "Zou Tao", "person", None],
    ["华为", "Huawei", "org", "Telecom"],
]
BANNED = [["Chinese (PRC)", "English (United States)", "Forbidden"], ["雷军", "Lei Chun", "TRUE"]]


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


def _load(raw: bytes) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_xlsx(io.BytesIO(raw), "terms.xlsx"))
    return entries, [f"{w.filename}, line {w.lineno}: {w.message}" for w in caught if w.category is ImportNote]


def test_a_banned_sheet_bans_the_glossary_sheets_term_and_check_fails_it(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "merged2.xlsx"
    source.write_bytes(_book({"Glossary": GLOSSARY, "Banned": BANNED}))
    db = str(tmp_path / "mg2.json")
    done = subprocess.run([zhgloss_exe, "--db", db, "import", str(source)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "4 added" in done.stderr
    exported = subprocess.run(
        [zhgloss_exe, "--db", db, "export", "--format", "jsonl"], capture_output=True, text=True, check=True
    ).stdout
    lei = next(doc for doc in map(json.loads, exported.splitlines()) if doc["zh"] == "雷军")
    assert lei["forbidden"] == [{"form": "Lei Chun", "status": "forbidden"}]
    checked = subprocess.run(
        [zhgloss_exe, "--db", db, "check", "-"], input="雷军发言。\tLei Chun spoke.\n", capture_output=True, text=True
    )
    assert checked.returncode == 1
    assert 'forbidden 雷军: found "Lei Chun", expected "Lei Jun"' in checked.stdout


def test_a_second_sheet_of_terms_adds_its_entries() -> None:
    places = [["中文", "英文", "类型"], ["深圳", "Shenzhen", "地名"], ["中关村", "Zhongguancun", "地名"]]
    entries, _ = _load(_book({"People": GLOSSARY, "Places": places}))
    assert [(e.zh, e.type) for e in entries][-2:] == [("深圳", "place"), ("中关村", "place")]
    assert len(entries) == 6


def test_a_bad_row_is_named_by_its_sheet_and_its_own_row() -> None:
    places = [["中文", "英文"], ["深圳", "Shenzhen"], ["Zhongguancun", "中关村"]]
    with pytest.raises(FormatError) as caught:
        _load(_book({"People": GLOSSARY, "Places": places}))
    assert str(caught.value).startswith("'terms.xlsx [Places]', line 3: zh 'Zhongguancun' has no Chinese characters")


def test_an_entry_says_only_the_fields_its_own_sheet_has_columns_for() -> None:
    # The Places sheet has no Domain (note) column: its entries clear no stored note on import over a glossary.
    places = [["中文", "英文"], ["深圳", "Shenzhen"]]
    entries, _ = _load(_book({"People": GLOSSARY, "Places": places}))
    shenzhen = next(e for e in entries if e.zh == "深圳")
    lei = next(e for e in entries if e.zh == "雷军")
    assert "note" not in (said_fields(shenzhen) or set())
    assert "note" in (said_fields(lei) or set())


def test_a_sheet_of_another_language_pair_is_passed_over_and_said() -> None:
    japanese = [["Japanese", "English"], ["東京", "Tokyo"]]
    entries, notes = _load(_book({"Glossary": GLOSSARY, "JA": japanese}))
    assert len(entries) == 4
    assert "terms.xlsx, line 1: passed over sheet 'JA': its header names no Chinese column" in notes


def test_the_sheets_read_are_said() -> None:
    _, notes = _load(_book({"Glossary": GLOSSARY, "Banned": BANNED}))
    assert notes == ["terms.xlsx, line 1: read 2 sheets of terms as one table: 'Glossary' (4 rows), 'Banned' (1 row)"]


def test_a_sheet_whose_title_says_its_terms_are_old_is_passed_over_and_said() -> None:
    # (tests/test_formats_xlsx.py's "Old terms" sheet, kept so; 旧术语 "old terms")
    for title in ("Old terms", "旧术语", "Archive 2023"):
        entries, notes = _load(_book({"Glossary": GLOSSARY, title: [GLOSSARY[0], ["腾讯控股", "Tencent Holdings"]]}))
        assert len(entries) == 4
        assert notes[0].startswith(f"terms.xlsx, line 1: passed over sheet {title!r}: its title says its terms are")


def test_one_sheet_of_terms_beside_instructions_reads_as_before() -> None:
    instructions = [["How to use this glossary"], ["Add one name a row."]]
    entries, notes = _load(_book({"Read me": instructions, "Glossary": GLOSSARY}))
    assert [e.zh for e in entries] == ["雷军", "王翔", "邹涛", "华为"]
    assert notes == []


def test_a_note_about_a_row_of_a_later_sheet_names_its_sheet() -> None:
    # The s33 review's R2: any such note crashed the import (ImportNote rebuilt without its source and line).
    entries, notes = _load(
        _book({"People": [["zh", "en"], ["雷军", "Lei Jun"]], "HK": [["zh", "en"], ["陈茂波", "Paul Chan Mo-po"]]})
    )
    assert [e.en for e in entries] == ["Lei Jun", "Paul Chan"]
    assert any(n.startswith("terms.xlsx [HK], line 2: en 'Paul Chan Mo-po' names '陈茂波'") for n in notes), notes


def test_a_value_the_reader_derives_is_not_said_by_a_sheet_without_its_column() -> None:
    # The s33 review's R3: sheet A has no type column, sheet B has one; A's default type 'name' overwrote stored types.
    a = [["zh", "en"], ["雷军", "Lei Jun"], ["小米", "Xiaomi"]]
    b = [["zh", "en", "note", "type"], ["腾讯", "Tencent", "a company", "org"]]
    entries, _ = _load(_book({"A": a, "B": b}))
    said = {e.zh: said_fields(e) or frozenset() for e in entries}
    assert "type" not in said["雷军"] and "type" not in said["小米"]
    assert "type" in said["腾讯"]

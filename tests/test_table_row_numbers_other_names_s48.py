"""Which column is which in a sheet: row numbers and other names (session 48; the s47 review's R47-16 and its
"Not filed" list).

- A column of row numbers (序号, 编号, No., #, S/N, Index; or a column of no header zhgloss knows whose cells count
  1, 2, 3 ...) made the whole sheet refused "unknown column"; it is passed over now, and said. A header that says
  id is an id, and a cell under a row-number header that is no number is refused with its line.
- A column of an entry's other names in no one language (Synonyms, Short name, Abbreviation, Also known as, Former
  name, 简称, 别名, 曾用名) was refused, or, for 别名, read as English aliases and refused for its Chinese. Each form
  is read by its script now: Chinese ones as zh_aliases, Latin ones as aliases. A list cell parts its forms at
  ; | 、 or a line break, and at a comma between Chinese forms alone ("鹅厂、企鹅" in a zh_aliases cell was refused
  as "a cell holds one name", with the advice to give them as zh_aliases).

Through the installed console script, on real files; a refused file leaves the glossary's bytes as they were.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from zhgloss.formats.table import (
    OTHER_NAMES,
    ROW_NUMBER,
    header_column,
    is_row_number_column,
    other_names_cells,
    split_forms,
    split_list,
)

ZHGLOSS = shutil.which("zhgloss") or "zhgloss"


def _import(path: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ZHGLOSS, "import", str(path), "--db", str(db), *args], capture_output=True, text=True, check=False
    )


def _refused(sheet: Path, tmp_path: Path) -> str:
    """Import `sheet` into a glossary that exists: exit 3, nothing on stdout, no traceback, the glossary's bytes as
    they were; the error's text."""
    db = tmp_path / "g.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    before = db.read_bytes()
    result = _import(sheet, db)
    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before
    return result.stderr


def _entries(db: Path) -> dict[str, dict[str, object]]:
    data = json.loads(db.read_text(encoding="utf-8"))
    return {entry["zh"]: entry for entry in data["entries"].values()}


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    path.write_bytes(data.getvalue())
    return path


# --- R47-16: row numbers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["序号", "序號", "编号", "No.", "No", "#", "行号", "S/N", "Index", "S/No."])
def test_a_row_number_header_is_passed_over_and_said(tmp_path: Path, header: str) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text(f"{header},中文,英文\n1,腾讯,Tencent\n2,华为,Huawei\n3,台积电,TSMC\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert f"passed over {header!r}: a column of row numbers" in result.stderr
    entries = _entries(db)
    assert {zh: e["en"] for zh, e in entries.items()} == {"腾讯": "Tencent", "华为": "Huawei", "台积电": "TSMC"}
    assert all(not e["id"].isdigit() for e in entries.values())  # the number is no id


def test_a_column_of_no_known_header_that_counts_the_rows_is_row_numbers(tmp_path: Path) -> None:
    # A German team's sheet: "Nummer" is no header zhgloss reads, but 1, 2, 3 counts the rows.
    sheet = tmp_path / "names.csv"
    sheet.write_text("Nummer,zh,en\n1,腾讯,Tencent\n2,华为,Huawei\n3,台积电,TSMC\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert "passed over 'Nummer': a column of row numbers" in result.stderr
    assert set(_entries(db)) == {"腾讯", "华为", "台积电"}


@pytest.mark.parametrize(
    "cells",
    [
        ["2001", "2002", "2003"],  # years: they count by one, but not from 1
        ["1", "3", "7"],  # numbers of something, no count
        ["1"],  # one row: nothing says it counts
    ],
)
def test_numbers_that_do_not_count_the_rows_under_an_unknown_header_are_still_refused(
    tmp_path: Path, cells: list[str]
) -> None:
    sheet = tmp_path / "names.csv"
    rows = "".join(
        f"{n},{zh},{en}\n"
        for n, (zh, en) in zip(cells, [("腾讯", "Tencent"), ("华为", "Huawei"), ("台积电", "TSMC")], strict=False)
    )
    sheet.write_text("Year,zh,en\n" + rows, encoding="utf-8")
    assert "unknown column 'Year'" in _refused(sheet, tmp_path)


def test_an_id_header_over_numbers_is_an_id_not_row_numbers(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("ID,zh,en\n1,腾讯,Tencent\n2,华为,Huawei\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert "row numbers" not in result.stderr
    assert {zh: e["id"] for zh, e in _entries(db).items()} == {"腾讯": "1", "华为": "2"}


def test_a_cell_under_a_row_number_header_that_is_no_number_is_refused_with_its_line(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("编号,zh,en\n1,腾讯,Tencent\nHW-01,华为,Huawei\n", encoding="utf-8")
    error = _refused(sheet, tmp_path)
    assert "line 3: 'HW-01' is no row number" in error
    assert "--columns id,zh,en" in error


def test_row_numbers_in_a_tab_separated_file(tmp_path: Path) -> None:
    sheet = tmp_path / "names.tsv"
    sheet.write_text("序号\t中文\t英文\n1\t腾讯\tTencent\n2\t华为\tHuawei\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert "passed over '序号': a column of row numbers" in result.stderr
    assert set(_entries(db)) == {"腾讯", "华为"}


def test_row_numbers_in_a_workbook_written_as_numbers(tmp_path: Path) -> None:
    book = _workbook(
        tmp_path / "names.xlsx", [["No.", "Chinese", "English"], [1, "腾讯", "Tencent"], [2, "华为", "Huawei"]]
    )
    db = tmp_path / "g.json"
    result = _import(book, db)
    assert result.returncode == 0, result.stderr
    assert "passed over 'No.': a column of row numbers" in result.stderr
    assert {zh: e["en"] for zh, e in _entries(db).items()} == {"腾讯": "Tencent", "华为": "Huawei"}


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_a_headerless_list_numbered_in_its_first_column(tmp_path: Path, suffix: str) -> None:
    # A numbered list pasted from a document, no header. As OmegaT's tab-separated source, target, comment, the
    # numbers were read as the English: 腾讯 'Tencent' was stored with en "1" and the note "Tencent", exit 0.
    sep = "\t" if suffix == ".tsv" else ","
    sheet = tmp_path / f"list{suffix}"
    sheet.write_text(f"1{sep}腾讯{sep}Tencent\n2{sep}华为{sep}Huawei\n3{sep}台积电{sep}TSMC\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert "passed over the first column: it counts the rows" in result.stderr
    entries = _entries(db)
    assert {zh: e["en"] for zh, e in entries.items()} == {"腾讯": "Tencent", "华为": "Huawei", "台积电": "TSMC"}
    assert all(e["note"] is None for e in entries.values())


def test_an_omegat_glossary_is_read_as_before(tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.txt"
    sheet.write_text("腾讯\tTencent\tcompany\n华为\tHuawei\t\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db, "--format", "tsv")
    assert result.returncode == 0, result.stderr
    assert "counts the rows" not in result.stderr
    assert {zh: e["en"] for zh, e in _entries(db).items()} == {"腾讯": "Tencent", "华为": "Huawei"}


@pytest.mark.parametrize(
    ("cells", "counting", "expected"),
    [
        (["1", "2", "3"], True, True),
        (["0", "1", "2"], True, True),
        (["1.", "2.", ""], True, True),  # a Word table's numbered list, a blank at the end
        (["01", "02", "03"], True, True),
        (["1", "2", "4"], True, False),
        (["5", "6", "7"], True, False),
        (["5", "9", "7"], False, True),  # under a row-number header any whole numbers are
        (["1", "A"], False, False),
        (["1.5"], False, False),
        ([], False, False),
    ],
)
def test_is_row_number_column(cells: list[str], counting: bool, expected: bool) -> None:
    assert is_row_number_column(cells, counting=counting) is expected


# --- Synonym, short-name and former-name columns -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Synonyms", OTHER_NAMES),
        ("Synonym", OTHER_NAMES),
        ("Short name", OTHER_NAMES),
        ("Abbreviation", OTHER_NAMES),
        ("Also known as", OTHER_NAMES),
        ("Former name", OTHER_NAMES),
        ("Other names", OTHER_NAMES),
        ("简称", OTHER_NAMES),
        ("别名", OTHER_NAMES),
        ("曾用名", OTHER_NAMES),
        ("旧称", OTHER_NAMES),
        ("中文简称", "zh_aliases"),
        ("英文简称", "aliases"),
        ("Chinese short name", "zh_aliases"),
        ("English abbreviation", "aliases"),  # was read as a second English column
        ("Synonyms [zh-CN]", "zh_aliases"),
        ("en_synonyms", "aliases"),
        ("ID", "id"),  # an id, no row number
        ("序号", ROW_NUMBER),
        # Kept as they were: Phrase's short translation is a field of a UI string; 原名 is the source side.
        ("en_short_translation", None),
        ("原名", "<source>"),
        ("aliases", "aliases"),
    ],
)
def test_header_column_reads_other_names_and_row_numbers(header: str, column: str | None) -> None:
    got = header_column(header)
    assert (None if got == "-" else got) == column


def test_other_names_go_to_the_aliases_of_their_script(tmp_path: Path) -> None:
    sheet = tmp_path / "companies.csv"
    sheet.write_text(
        "中文,English,Short name,Former name\n"
        "阿里巴巴集团,Alibaba Group,阿里|Alibaba,\n"
        '蚂蚁集团,Ant Group,蚂蚁,"蚂蚁金服; Ant Financial"\n'
        "腾讯控股,Tencent Holdings,腾讯、鹅厂,\n",
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert "read 'Short name', 'Former name' as other names of each entry" in result.stderr
    entries = _entries(db)
    assert entries["阿里巴巴集团"]["zh_aliases"] == ["阿里"]
    assert entries["阿里巴巴集团"]["aliases"] == ["Alibaba"]
    assert entries["蚂蚁集团"]["zh_aliases"] == ["蚂蚁", "蚂蚁金服"]
    assert entries["蚂蚁集团"]["aliases"] == ["Ant Financial"]
    assert entries["腾讯控股"]["zh_aliases"] == ["腾讯", "鹅厂"]
    assert entries["腾讯控股"]["aliases"] == []


def test_chinese_other_names_under_bieming_are_chinese_aliases(tmp_path: Path) -> None:
    # 别名 alone was read as the English aliases, and its Chinese refused.
    sheet = tmp_path / "names.csv"
    sheet.write_text("中文,英文,别名\n腾讯,Tencent,鹅厂；企鹅\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert _entries(db)["腾讯"]["zh_aliases"] == ["鹅厂", "企鹅"]


def test_a_chinese_list_in_a_zh_aliases_cell_is_split_at_the_enumeration_comma(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("zh,en,zh_aliases\n腾讯,Tencent,鹅厂、企鹅\n华为,Huawei,华为技术，华为公司\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    entries = _entries(db)
    assert entries["腾讯"]["zh_aliases"] == ["鹅厂", "企鹅"]
    assert entries["华为"]["zh_aliases"] == ["华为技术", "华为公司"]


def test_an_english_alias_keeps_its_comma(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text(
        'zh,en,Also known as\n阿里巴巴集团,Alibaba Group,"Alibaba Group Holding Co., Ltd."\n', encoding="utf-8"
    )
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert _entries(db)["阿里巴巴集团"]["aliases"] == ["Alibaba Group Holding Co., Ltd."]


def test_other_names_in_a_workbook_and_under_a_language_header(tmp_path: Path) -> None:
    book = _workbook(
        tmp_path / "names.xlsx",
        [
            ["简体中文", "English", "中文简称", "English abbreviation"],
            ["台湾积体电路制造", "Taiwan Semiconductor", "台积电", "TSMC"],
        ],
    )
    db = tmp_path / "g.json"
    result = _import(book, db)
    assert result.returncode == 0, result.stderr
    entry = _entries(db)["台湾积体电路制造"]
    assert entry["en"] == "Taiwan Semiconductor"
    assert entry["zh_aliases"] == ["台积电"]
    assert entry["aliases"] == ["TSMC"]


def test_a_mixed_form_is_refused_with_its_line_and_nothing_written(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("zh,en,Synonyms\n腾讯,Tencent,鹅厂\n微信,WeChat,微信 WeChat\n", encoding="utf-8")
    assert "line 3" in _refused(sheet, tmp_path)


def test_row_numbers_and_other_names_together_through_lookup(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("序号,中文,英文,简称\n1,宁德时代新能源科技,CATL,宁德时代\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _import(sheet, db).returncode == 0
    found = subprocess.run(
        [ZHGLOSS, "lookup", "宁德时代", "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert found.returncode == 0, found.stderr
    assert "CATL" in found.stdout


_HAN = st.text(alphabet=st.sampled_from("马云腾讯华为阿里巴集团鹅厂企"), min_size=1, max_size=4)
_LATIN = st.from_regex(r"[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6})?", fullmatch=True)


@given(forms=st.lists(st.one_of(_HAN, _LATIN), min_size=1, max_size=5), separator=st.sampled_from(["; ", "|", "\n"]))
def test_other_names_cells_keep_every_form_in_the_column_of_its_script(forms: list[str], separator: str) -> None:
    cells = other_names_cells(separator.join(forms))
    zh = split_list(cells.get("zh_aliases", ""))
    en = split_list(cells.get("aliases", ""))
    assert zh == [f for f in forms if not f.isascii()]
    assert en == [f for f in forms if f.isascii()]


@given(forms=st.lists(_HAN, min_size=2, max_size=5), separator=st.sampled_from(["、", "，", ","]))
def test_split_forms_parts_chinese_forms_at_a_list_comma(forms: list[str], separator: str) -> None:
    assert split_forms(separator.join(forms)) == forms

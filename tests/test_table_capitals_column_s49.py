"""A sheet whose English column is written in capitals is read in title case, initialisms kept (the review's R48-23).

Some tools and some newsrooms' sheets write every English cell in capitals (a list exported from a registry, a
wire's name list): 腾讯 "TENCENT", 中国银行 "BANK OF CHINA". Only a person's name in capitals was read in title case
(s46: "LEI JUN" is "Lei Jun"); a company kept "TENCENT", which check then held translations to. A column is now
judged whole (`zhgloss.formats.table.in_running_case`): where every English cell of a sheet is in capitals, each word
is written as running text writes it, said once; a word that is an initialism keeps its capitals: the form
CC-CEDICT's names write it in (data/cedict_capitals.tsv: IBM, BYD, HSBC, CITIC, Coca-Cola), a legal form's own
(PLC, LLC, GmbH: `zhgloss.index.LEGAL_FORM_ENDINGS`), or a word of four letters or fewer that is no pinyin and no
English word (ZTE, CATL, TCL). A column with lower case anywhere is the sheet's own casing, kept (NIO beside
"Tencent", BYD beside "Xiaomi").
"""

from __future__ import annotations

import io
import json
import subprocess
import warnings
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote, running_case

_SHEET = [
    ("腾讯", "TENCENT", "Tencent"),
    ("中国银行", "BANK OF CHINA", "Bank of China"),
    ("腾讯控股", "TENCENT HOLDINGS LTD.", "Tencent Holdings Ltd."),
    ("比亚迪", "BYD", "BYD"),
    ("中兴通讯", "ZTE", "ZTE"),
    ("宁德时代", "CATL", "CATL"),
    ("汇丰", "HSBC", "HSBC"),
    ("中信集团", "CITIC GROUP", "CITIC Group"),
    ("可口可乐", "COCA-COLA", "Coca-Cola"),
    ("雷军", "LEI JUN", "Lei Jun"),
    ("中国国际航空", "AIR CHINA", "Air China"),
    ("安踏", "ANTA SPORTS", "Anta Sports"),
]


def _load(text: str) -> tuple[dict[str, str], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "names.csv"))
    return {e.zh: e.en for e in entries}, [str(w.message) for w in caught if w.category is ImportNote]


def test_a_sheet_in_capitals_is_read_in_title_case_initialisms_kept() -> None:
    english, notes = _load("中文,英文\n" + "".join(f"{zh},{en}\n" for zh, en, _ in _SHEET))
    assert english == {zh: expected for zh, _, expected in _SHEET}
    said = [note for note in notes if "written in capitals" in note]
    assert len(said) == 1, notes
    assert "(8 cells changed)" in said[0] and "'TENCENT' -> 'Tencent'" in said[0]
    assert "kept in capitals: BYD, ZTE" in said[0]


def test_a_column_with_lower_case_keeps_the_sheet_s_own_casing() -> None:
    english, notes = _load("zh,en\n腾讯,Tencent\n蔚来,NIO\n比亚迪,BYD\n华为,HUAWEI\n")
    assert english == {"腾讯": "Tencent", "蔚来": "NIO", "比亚迪": "BYD", "华为": "HUAWEI"}
    assert not [note for note in notes if "written in capitals" in note]


def test_aliases_in_a_capitals_sheet_follow_the_english() -> None:
    text = "zh,en,aliases\n腾讯,TENCENT,TENCENT HOLDINGS\n百度,BAIDU,BAIDU INC.\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entries = list(load_csv(io.StringIO(text), "names.csv"))
    assert [(e.en, e.aliases) for e in entries] == [
        ("Tencent", ("Tencent Holdings",)),
        ("Baidu", ("Baidu Inc.",)),
    ]


def test_a_workbook_in_capitals_through_the_console_script(zhgloss_exe: str, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["CHINESE", "ENGLISH", "TYPE"], ["腾讯", "TENCENT", "org"], ["比亚迪", "BYD", "org"]):
        sheet.append(row)
    source = tmp_path / "registry.xlsx"
    book.save(source)
    db = tmp_path / "g.json"
    done = subprocess.run([zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "written in capitals" in done.stderr
    exported = subprocess.run([zhgloss_exe, "export", "--db", str(db)], capture_output=True, text=True).stdout
    assert {d["zh"]: d["en"] for d in map(json.loads, exported.splitlines())} == {"腾讯": "Tencent", "比亚迪": "BYD"}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("TENCENT", "Tencent"), ("IBM", "IBM"), ("BANK OF CHINA", "Bank of China"), ("THE ECONOMIST", "The Economist")],
)
def test_running_case_of_one_cell(cell: str, expected: str) -> None:
    assert running_case(cell) == expected


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.from_regex(r"[A-Z][a-z]{4,9}", fullmatch=True), min_size=1, max_size=4))
def test_running_case_gives_a_title_cased_name_back_from_its_capitals(words: list[str]) -> None:
    # A name of capitalised words of five letters or more, written in capitals, reads back as written, unless
    # CC-CEDICT writes the word with capitals of its own.
    from zhgloss.formats.table import cedict_capitals

    name = " ".join(words)
    expected = " ".join(cedict_capitals().get(word.upper(), word) for word in words)
    assert running_case(name.upper()) == expected
    assert running_case(running_case(name.upper())) == running_case(name.upper())


def test_the_data_file_is_what_its_build_script_makes_of_cc_cedict(shared_dir: Path) -> None:
    from build_scripts import load_build_script

    from zhgloss.formats.table import CEDICT_CAPITALS_PATH, cedict_capitals

    built = load_build_script("build_cedict_capitals").cedict_capitals(shared_dir / "data" / "cedict_ts.u8.gz")
    assert built == cedict_capitals()
    assert CEDICT_CAPITALS_PATH.read_text(encoding="utf-8").startswith("# Words CC-CEDICT's proper names write")

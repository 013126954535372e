"""Where a table starts (session 31, user findings U30-14 and U30-48).

A translator's sheet often has a title above its header; Google Sheets and Excel save it as CSV with the title's row
padded with empty cells ("Newsroom glossary (updated 2024-05-01),,,"). The .xlsx of the same sheet was read (its
header is the first row of two or more cells), the CSV refused by every option. One rule now reads the header of
CSV, TSV and xlsx: `zhgloss.formats.table.table_start`. Excel's "sep=;" first line says the separator of the CSV
below it and is no row of the table.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.tsv import load_omegat, load_tsv

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _pairs(entries: object) -> list[tuple[str | None, str, str | None]]:
    return [(e.zh, e.en, e.note) for e in entries]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # The tester's gs_title.csv, as Google Sheets writes it (a fourth, empty column; blank rows at the end).
        "Newsroom glossary (updated 2024-05-01),,,\r\nChinese,English,Notes,\r\n宁德时代,CATL,battery maker,\r\n"
        "曾毓群,Robin Zeng,,\r\n,,,\r\n",
        # Two title lines, the second a date, separated by semicolons (Excel in a German or French locale).
        "Glossar Wirtschaft;;\r\nStand: 2024-05-01;;\r\nChinese;English;Notes\r\n宁德时代;CATL;battery maker\r\n"
        "曾毓群;Robin Zeng;\r\n",
        # A title with a comma inside its quoted cell, then zhgloss's own names.
        '"Names, Shenzhen desk",,\nzh,en,note\n宁德时代,CATL,battery maker\n曾毓群,Robin Zeng,\n',
    ],
)
def test_a_title_above_a_csv_header_is_passed_over(text: str) -> None:
    entries = list(load_csv(io.StringIO(text), "sheet.csv"))
    assert _pairs(entries) == [("宁德时代", "CATL", "battery maker"), ("曾毓群", "Robin Zeng", None)]


def test_a_title_above_the_header_under_columns_is_passed_over_too() -> None:
    # Following the old refusal's advice (--columns zh,en,note,-) read the header as a row and refused its "zh".
    text = "Newsroom glossary (updated 2024-05-01),,,\nChinese,English,Notes,\n宁德时代,CATL,battery maker,\n"
    entries = list(load_csv(io.StringIO(text), "sheet.csv", columns=["zh", "en", "note", None]))
    assert _pairs(entries) == [("宁德时代", "CATL", "battery maker")]


def test_the_line_of_a_bad_row_under_a_title_is_its_own_line() -> None:
    text = "Newsroom glossary,,\nChinese,English,Notes\n宁德时代,CATL,\n马化腾,马化腾,\n"
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(text), "sheet.csv"))
    assert caught.value.line == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The tester's sep.csv: Excel's separator line, then a header in English, CRLF.
        ("sep=;\r\nChinese;English\r\n雷军;Lei Jun\r\n马云;Jack Ma\r\n", [("雷军", "Lei Jun"), ("马云", "Jack Ma")]),
        # sep2.csv: a BOM, "sep=," and zhgloss's names.
        ("\ufeffsep=,\r\nzh,en\r\n雷军,Lei Jun\r\n", [("雷军", "Lei Jun")]),
        # The separator line names a semicolon, and the notes hold commas (which must not decide the separator).
        (
            "sep=;\nChinese;English;Notes\n刘强东;Richard Liu;founder, JD.com\n丁磊;William Ding;founder, NetEase\n",
            [("刘强东", "Richard Liu"), ("丁磊", "William Ding")],
        ),
    ],
)
def test_excels_sep_line_says_the_separator_and_is_no_row(text: str, expected: list[tuple[str, str]]) -> None:
    entries = list(load_csv(io.StringIO(text), "sep.csv"))
    assert [(e.zh, e.en) for e in entries] == expected


def test_a_sep_line_under_columns_is_no_row_either() -> None:
    text = "sep=;\r\nChinese;English\r\n雷军;Lei Jun\r\n"
    entries = list(load_csv(io.StringIO(text), "sep.csv", columns=["zh", "en"]))
    assert [(e.zh, e.en) for e in entries] == [("雷军", "Lei Jun")]


def test_a_title_above_a_tsv_header_is_passed_over() -> None:
    # Excel's "Text (Tab delimited)" of the same sheet: the title's row is padded with tabs.
    text = "Newsroom glossary (updated 2024-05-01)\t\t\nChinese\tEnglish\tNotes\n宁德时代\tCATL\tbattery maker\n"
    assert _pairs(load_tsv(io.StringIO(text), "sheet.tsv")) == [("宁德时代", "CATL", "battery maker")]
    assert _pairs(load_omegat(io.StringIO(text), "sheet.txt")) == [("宁德时代", "CATL", "battery maker")]


def test_omegat_rows_with_no_header_are_all_kept() -> None:
    # An OmegaT glossary has no header: a first line of one term with no target is refused as it always was, with
    # its own line, never passed over as a title.
    text = "腾讯\n雷军\tLei Jun\n"
    with pytest.raises(FormatError) as caught:
        list(load_omegat(io.StringIO(text), "glossary.txt"))
    assert caught.value.line == 1


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([(1, ["Title", "", ""]), (2, ["zh", "en", ""]), (3, ["雷军", "Lei Jun", ""])], 1),
        ([(1, ["zh", "en"]), (2, ["雷军", "Lei Jun"])], 0),
        ([(1, ["Title"]), (2, ["Only one cell"])], None),
    ],
)
def test_table_start_is_the_first_row_of_two_cells(rows: list[tuple[int, list[str]]], expected: int | None) -> None:
    from zhgloss.formats.table import table_start

    assert table_start(rows) == expected


def test_the_cli_imports_the_testers_title_sheet(tmp_path: Path) -> None:
    path = tmp_path / "gs_title.csv"
    path.write_bytes(
        "Newsroom glossary (updated 2024-05-01),,,\r\nChinese,English,Notes,\r\n宁德时代,CATL,battery maker,\r\n"
        "曾毓群,Robin Zeng,,\r\n,,,\r\n".encode()
    )
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [ZHGLOSS, "--db", str(db), "import", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    stored = {doc["zh"]: doc for table in json.loads(db.read_text()).values() for doc in table.values()}
    assert {zh: (doc["en"], doc["note"]) for zh, doc in stored.items()} == {
        "宁德时代": ("CATL", "battery maker"),
        "曾毓群": ("Robin Zeng", None),
    }


# Review finding R7: rows of one cell above the first row of two are a title only when that row is a header.


@pytest.mark.parametrize("columns", [["zh", "en"], None])
def test_drafts_above_the_first_pair_of_a_headerless_csv_are_kept_or_refused_never_dropped(
    columns: list[str | None] | None,
) -> None:
    text = "卢伟冰,\n王腾,\n林斌,Lin Bin\n"
    if columns is None:
        with pytest.raises(FormatError) as caught:  # no header, no pairs all through: said at line 1, as before
            list(load_csv(io.StringIO(text), "hl.csv"))
        assert caught.value.line == 1
        return
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entries = list(load_csv(io.StringIO(text), "hl.csv", columns=columns))
    assert [e.zh for e in entries] == ["卢伟冰", "王腾", "林斌"]
    assert entries[2].en == "Lin Bin"


@pytest.mark.parametrize(
    ("text", "load"),
    [
        ("Newsroom glossary,,\nStand: 2024-05-01,,\nChinese,English,Notes\n宁德时代,CATL,\n", load_csv),
        ("Newsroom glossary\nStand: 2024-05-01\nChinese\tEnglish\tNotes\n宁德时代\tCATL\t\n", load_tsv),
    ],
)
def test_each_title_row_passed_over_is_said_with_its_line(text: str, load: object) -> None:
    from zhgloss.formats.table import ImportNote

    with pytest.warns(ImportNote) as said:
        entries = list(load(io.StringIO(text), "sheet"))  # type: ignore[operator]
    assert _pairs(entries) == [("宁德时代", "CATL", None)]
    notes = [n.message for n in said if isinstance(n.message, ImportNote) and "title" in str(n.message)]
    assert [n.line for n in notes] == [1, 2]
    assert "Newsroom glossary" in str(notes[0])

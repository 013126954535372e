"""A refused table names every bad row, not the first alone (session 32; issue 9, xch's `Refusals`).

A translator's 2,000-row sheet with a Latin zh in 30 rows was refused at the first, fixed, refused at the second...:
thirty runs. JSON Lines and TBX name every bad row (the first 20, and how many in all); CSV, TSV, xlsx and OmegaT do
too now, in both of their checks: the rows that break their columns' scripts (`table.check_given_columns`), then, in a
file with none, each row's own problems (`table._table_entries`: an unknown type, a described name ...). One bad row is
refused as it always was. Nothing is imported of a refused file.
"""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.tsv import load_tsv
from zhgloss.formats.xlsx import load_xlsx

# Names of CC-CEDICT (雷军 aside, 华为 /Huawei (brand)/, 腾讯, 小米): an English name typed into the Chinese cell, or
# the Chinese into the English cell, as a sheet filled in a hurry has them.
SCRIPTS = "zh,en\n雷军,Lei Jun\nXiaomi,Xiaomi Corp\n马云,Jack Ma\n华为,华为\nTencent,Tencent Holdings\n"


def _refusal(load: object, data: object, name: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        list(load(data, name))  # type: ignore[operator]
    return caught.value


def test_every_row_against_its_columns_scripts_is_named() -> None:
    said = _refusal(load_csv, io.StringIO(SCRIPTS), "sheet.csv")
    lines = str(said).splitlines()
    assert said.line == 3
    assert [line.split(": ")[0] for line in lines[:3]] == [
        "'sheet.csv', line 3",
        "'sheet.csv', line 5",
        "'sheet.csv', line 6",
    ]
    assert "zh 'Xiaomi' has no Chinese characters" in lines[0] and "en '华为' is Chinese" in lines[1]
    assert lines[-1] == "3 lines refused: fix them all (nothing was imported)"


def test_every_row_with_a_problem_of_its_own_is_named() -> None:
    text = "zh,en,type\n雷军,Lei Jun,persn\n马云,Jack Ma,person\n刘强东,Richard Liu,人名\n李彦宏,Robin Li,orgg\n"
    said = _refusal(load_csv, io.StringIO(text), "sheet.csv")
    lines = str(said).splitlines()
    assert said.line == 2
    assert "type 'persn' is not one zhgloss knows" in lines[0]
    assert lines[1].startswith("'sheet.csv', line 5: type 'orgg' is not one zhgloss knows")
    assert lines[-1] == "2 lines refused: fix them all (nothing was imported)"


def test_one_bad_row_is_refused_as_before() -> None:
    said = _refusal(load_csv, io.StringIO("zh,en\n雷军,Lei Jun\nXiaomi,Xiaomi Corp\n"), "sheet.csv")
    assert said.line == 3
    assert "lines refused" not in str(said) and str(said).endswith("(nothing was imported)")


def test_past_twenty_the_count_is_said() -> None:
    rows = "".join(f"Xiaomi{n},Xiaomi Corp {n}\n雷军{n},Lei Jun {n}\n" for n in range(30))
    said = _refusal(load_csv, io.StringIO("zh,en\n" + rows), "sheet.csv")
    lines = str(said).splitlines()
    assert len(lines) == 21
    assert lines[-1] == "30 lines refused, the first 20 named above: fix them all (nothing was imported)"


def test_tsv_and_xlsx_name_every_bad_row_alike() -> None:
    said_tsv = _refusal(load_tsv, io.StringIO(SCRIPTS.replace(",", "\t")), "sheet.txt")
    book = Workbook()
    for row in SCRIPTS.splitlines():
        book.active.append(row.split(","))
    raw = io.BytesIO()
    book.save(raw)
    said_xlsx = _refusal(load_xlsx, io.BytesIO(raw.getvalue()), "sheet.xlsx")
    for said in (said_tsv, said_xlsx):
        assert str(said).splitlines()[-1] == "3 lines refused: fix them all (nothing was imported)"

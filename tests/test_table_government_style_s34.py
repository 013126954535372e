"""A name list in the Hong Kong Government's directory style imports as papers write the name (user finding U34-23).

The Government's telephone directory and LegCo lists write the family name in capitals, the Chinese given name
hyphenated and the English name after a comma: "CHAN Mo-po, Paul" (陳茂波, Financial Secretary), "LEE Ka-chiu, John"
(李家超, Chief Executive), "LAM CHENG Yuet-ngor, Carrie" (林鄭月娥), "TANG Ping-keung" (鄧炳強, Secretary for Security,
no English name), "YEUNG Yun-hung, Kevin" (楊潤雄). Such a CSV was stored whole as en "CHAN Mo-po, Paul", type name,
so check failed "Paul Chan said." and annotate wrote 陈茂波（CHAN Mo-po, Paul）. It is read by the rule harvest reads
press releases by (`zhgloss.adopted.government_style`), then shortened as "Paul Chan Mo-po" is (`short_form`).
"""

from __future__ import annotations

import io
from pathlib import Path

from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.formats import get_format

DIRECTORY = (
    "中文名,英文名,職位\n"
    '陳茂波,"CHAN Mo-po, Paul",財政司司長\n'
    '李家超,"LEE Ka-chiu, John",行政長官\n'
    '林鄭月娥,"LAM CHENG Yuet-ngor, Carrie",前行政長官\n'
    "鄧炳強,TANG Ping-keung,保安局局長\n"
    '楊潤雄,"YEUNG Yun-hung, Kevin",文化體育及旅遊局局長\n'
)


def test_directory_style_names_are_stored_as_papers_write_them() -> None:
    entries = {e.zh: e for e in get_format("csv").load(io.StringIO(DIRECTORY), "hkgov.csv")}
    got = {zh: (e.en, e.aliases, e.en_adopted, e.type) for zh, e in entries.items()}
    assert got == {
        "陈茂波": ("Paul Chan", ("Paul Chan Mo-po", "Chan Mo-po"), True, "person"),
        "李家超": ("John Lee", ("John Lee Ka-chiu", "Lee Ka-chiu"), True, "person"),
        "林郑月娥": ("Carrie Lam", ("Carrie Lam Cheng Yuet-ngor", "Lam Cheng Yuet-ngor"), True, "person"),
        "邓炳强": ("Tang Ping-keung", (), False, "person"),
        "杨润雄": ("Kevin Yeung", ("Kevin Yeung Yun-hung", "Yeung Yun-hung"), True, "person"),
    }


def test_directory_style_import_then_check_and_annotate(runner: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "hkgov.csv"
    sheet.write_text(DIRECTORY, encoding="utf-8")
    db = tmp_path / "hk.json"
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert (
        "line 2: en 'CHAN Mo-po, Paul' names '陈茂波' in the Hong Kong Government's style, an adopted name first: "
        "imported as 'Paul Chan' (en_adopted)" in result.stderr
    )
    pairs = tmp_path / "hkck.tsv"
    pairs.write_text(
        "陈茂波表示。\tPaul Chan said.\n李家超今日会见记者。\tJohn Lee met reporters today.\n", encoding="utf-8"
    )
    checked = runner.invoke(app, ["check", str(pairs), "--db", str(db)])
    assert checked.exit_code == 0, checked.output
    assert "no name problems" in checked.stderr
    annotated = runner.invoke(app, ["annotate", "--db", str(db)], input="陈茂波表示。\n")
    assert annotated.stdout == "陈茂波（Paul Chan）表示。\n"

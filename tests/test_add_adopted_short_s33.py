"""add stores a name written as Hong Kong's government lists it as the readers do (U32-30's one rule, tbl's request).

`add 陈茂波 --en "Paul Chan Mo-po"` was refused ("does not spell the pinyin 'Chén Màobō'; … --adopted"), while a table
row of the same imported as en "Paul Chan" (en_adopted) with "Paul Chan Mo-po" and "Chan Mo-po" as aliases
(`zhgloss.adopted.short_form`, formats.table._short_english). add now calls the same rule. Names as their own
governments write them: Paul Chan Mo-po (HK Financial Secretary), Carrie Lam Cheng Yuet-ngor, Lawrence Wong Shyun Tsai
(Singapore), Frank Chang-ting Hsieh (Taiwan); Li Ka-shing and Ma Ying-jeou have no adopted name and stay as typed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("zh", "typed", "en", "aliases"),
    [
        ("陈茂波", "Paul Chan Mo-po", "Paul Chan", ["Paul Chan Mo-po", "Chan Mo-po"]),
        ("林郑月娥", "Carrie Lam Cheng Yuet-ngor", "Carrie Lam", ["Carrie Lam Cheng Yuet-ngor", "Lam Cheng Yuet-ngor"]),
        ("黄循财", "Lawrence Wong Shyun Tsai", "Lawrence Wong", ["Lawrence Wong Shyun Tsai", "Wong Shyun Tsai"]),
        ("谢长廷", "Frank Chang-ting Hsieh", "Frank Hsieh", ["Frank Chang-ting Hsieh"]),
    ],
)
def test_add_stores_the_short_form_with_the_full_one_as_aliases(
    tmp_path: Path, zh: str, typed: str, en: str, aliases: list[str]
) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", zh, "--en", typed, "--type", "person"])
    assert result.exit_code == 0, result.output
    [doc] = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (doc["en"], doc["aliases"], doc["en_adopted"]) == (en, aliases, True)
    assert runner.invoke(app, ["--db", str(db), "validate"]).exit_code == 0


@pytest.mark.parametrize(("zh", "typed"), [("李嘉诚", "Li Ka-shing"), ("雷军", "Lei Jun")])
def test_a_name_with_no_adopted_name_is_stored_as_typed(tmp_path: Path, zh: str, typed: str) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", zh, "--en", typed, "--type", "person"])
    assert result.exit_code == 0, result.output
    [doc] = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (doc["en"], doc["aliases"], doc["en_adopted"]) == (typed, [], False)

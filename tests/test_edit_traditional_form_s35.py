"""edit --zh with the name's traditional form keeps the stored pinyin (U35-13).

`zhgloss import qg.csv` (zh,en / 秦刚,Qin Gang) stores 秦刚 untyped with the person's reading Qín Gāng (README: an
untyped row whose English reads as a person's); `edit qin-gang --zh 秦剛` then gave "pinyin: Qíngāng": the same name
in traditional characters was taken for a new name and read again by the untyped word rule, the surname's split lost.
The rule (`zhgloss.curate.edit_entry`): a zh whose simplified form is the entry's gives the traditional form and leaves
the pinyin; a new name (another simplified form) is read again, as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app

runner = CliRunner()


def _entry(db: Path, entry_id: str) -> dict[str, object]:
    data = json.loads(db.read_text(encoding="utf-8"))
    return next(doc for doc in data["entries"].values() if doc["id"] == entry_id)


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    sheet = tmp_path / "qg.csv"
    sheet.write_text("zh,en\n秦刚,Qin Gang\n张伟,Zhang Wei\n单田芳,Shan Tianfang\n", encoding="utf-8")
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    done = runner.invoke(app, ["--db", str(db), "import", str(sheet)])
    assert done.exit_code == 0, done.output
    return db


@pytest.mark.parametrize(
    ("entry_id", "traditional", "pinyin"),
    [
        ("qin-gang", "秦剛", "Qín Gāng"),
        ("zhang-wei", "張偉", "Zhāng Wěi"),
        ("shan-tianfang", "單田芳", "Shàn Tiánfāng"),
    ],
)
def test_the_traditional_form_alone_keeps_the_pinyin(
    imported: Path, entry_id: str, traditional: str, pinyin: str
) -> None:
    assert _entry(imported, entry_id)["pinyin"] == pinyin
    edited = runner.invoke(app, ["--db", str(imported), "edit", entry_id, "--zh", traditional])
    assert edited.exit_code == 0, edited.output
    entry = _entry(imported, entry_id)
    assert (entry["zh_hant"], entry["pinyin"]) == (traditional, pinyin)


def test_a_hand_written_pinyin_stays_too(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    # 张朝阳 (Charles Zhang) is Zhāng Cháoyáng, which the rule reads Zhāoyáng: the pinyin given by hand stays.
    added = runner.invoke(
        app,
        ["--db", str(db), "add", "张朝阳", "--type", "person", "--en", "Zhang Chaoyang", "--pinyin", "Zhāng Cháoyáng"],
    )
    assert added.exit_code == 0, added.output
    edited = runner.invoke(app, ["--db", str(db), "edit", "zhang-chaoyang", "--zh", "張朝陽"])
    assert edited.exit_code == 0, edited.output
    assert _entry(db, "zhang-chaoyang")["pinyin"] == "Zhāng Cháoyáng"


def test_a_new_name_is_read_again(imported: Path) -> None:
    edited = runner.invoke(app, ["--db", str(imported), "edit", "qin-gang", "--zh", "秦钢", "--en", "Qin Gang"])
    assert edited.exit_code == 0, edited.output
    entry = _entry(imported, "qin-gang")
    assert (entry["zh"], entry["zh_hant"]) == ("秦钢", "秦鋼")

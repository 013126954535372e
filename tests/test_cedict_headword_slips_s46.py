"""CC-CEDICT import: a line naming something whose simplified column is no simplified form is read under the headword
validate's rule writes (the forty-fifth session's closing note: a fresh --proper-only import's two validate errors).

"麴 麴 [Qu1] /surname Qu/" and "麯 麯 [Qu1] /surname Qu/" write a traditional character in the simplified column: 麴
is the traditional form of the 通用规范汉字表's 麹 (kept for the surname), 麯 Unihan's traditional form of 曲 (tbl's
R44-8 decided the rule, `convert.surname_to_simplified`; validate calls the column an error, `zh-traditional`).
data/cedict_hans_slips.tsv (scripts/build_cedict_hant_slips.py, by `validate.simplified_zh` over every capitalised
line of CC-CEDICT whose simplified column t2s changes: 2 lines, both these) gives the headword; the traditional column
stays the entry's traditional form. Variants a surname may keep (炤, 齧, 鼂) are left as written.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cedict_fixtures import rows_by_zh
from zhgloss.convert import is_traditional_form, to_simplified
from zhgloss.formats.cedict import HANS_SLIPS_PATH, hans_slips
from zhgloss.model import Entry
from zhgloss.validate import check_entry, simplified_zh

QU_YEAST = "麴 麴 [Qu1] /surname Qu/"
QU_VARIANT = "麯 麯 [Qu1] /surname Qu/"
QU = "曲 曲 [Qu1] /surname Qu/"
ZHAO_VARIANT = "炤 炤 [Zhao4] /surname Zhao/"
NIE_VARIANT = "齧 齧 [Nie4] /surname Nie/"


def _traditional_errors(row: dict) -> list[str]:
    return [p.message for p in check_entry(Entry.from_dict(row)) if p.code == "zh-traditional"]


@pytest.mark.parametrize("proper_only", [True, False])
def test_qu_written_with_the_yeast_character_is_the_tables_character(proper_only: bool) -> None:
    """麴 as a surname is the table's 麹 (麴 its traditional form): headword 麹, zh_hant 麴, no entry 麴."""
    rows = rows_by_zh(QU_YEAST, proper_only=proper_only)
    assert set(rows) == {"麹"}
    row = rows["麹"]
    assert (row["zh_hant"], row["type"], row["en"], row["pinyin"]) == ("麴", "surname", "Qu", "Qū")
    assert _traditional_errors(row) == []


@pytest.mark.parametrize("proper_only", [True, False])
def test_qu_written_with_the_traditional_of_qu_is_the_surname_qu(proper_only: bool) -> None:
    """麯 is the traditional form of 曲: the line is the surname 曲's, one entry, 麯 one of its Chinese forms."""
    rows = rows_by_zh(QU, QU_VARIANT, proper_only=proper_only)
    assert set(rows) == {"曲"}
    row = rows["曲"]
    assert (row["type"], row["en"]) == ("surname", "Qu")
    assert "麯" in [row["zh_hant"], *row["zh_aliases"]]
    assert _traditional_errors(row) == []


def test_alone_the_variant_line_is_the_surname_qu_with_its_traditional_form() -> None:
    (row,) = rows_by_zh(QU_VARIANT).values()
    assert (row["zh"], row["zh_hant"]) == ("曲", "麯")
    assert _traditional_errors(row) == []


@pytest.mark.parametrize(("line", "zh"), [(ZHAO_VARIANT, "炤"), (NIE_VARIANT, "齧")])
def test_a_variant_a_surname_may_keep_stays_the_headword(line: str, zh: str) -> None:
    """炤, 齧: variants (异体字) t2s folds, no traditional forms; the law lets a surname keep them (tbl's R44-8)."""
    rows = rows_by_zh(line)
    assert set(rows) == {zh}
    assert _traditional_errors(rows[zh]) == []


def test_a_row_applies_only_to_the_line_it_names() -> None:
    """Keyed by the whole line's columns and reading: the common word 麴 [qu1] is no line of the table (a full
    import's common word keeps CC-CEDICT's headword: 亻 'person radical' is no form of 人)."""
    rows = rows_by_zh("麴 麴 [qu1] /distiller's yeast/", proper_only=False)
    assert set(rows) == {"麴"}


def test_every_row_of_the_table_is_written_by_validates_rule() -> None:
    """Exhaustive: each row's column is changed by t2s, its headword is the form `validate.simplified_zh` gives a
    surname of that column (both rows are surname lines), a simplified form of it, and validate accepts it."""
    slips = hans_slips()
    assert len(slips) >= 2
    for (hant, hans, _reading), zh in slips.items():
        assert to_simplified(hans) != hans, hans
        entry = Entry(id="row", en="Qu", type="surname", zh=hans, pinyin="Qū")
        assert simplified_zh(entry) == zh
        assert all(a == b or is_traditional_form(a, b) or to_simplified(a) != a for a, b in zip(hans, zh, strict=True))
        fixed = Entry(id="row", en="Qu", type="surname", zh=zh, zh_hant=hant if hant != zh else None, pinyin="Qū")
        assert not [p for p in check_entry(fixed) if p.code == "zh-traditional"], zh
    assert HANS_SLIPS_PATH.read_text(encoding="utf-8").startswith("# CC-CEDICT lines naming something")


def test_a_fresh_import_of_the_lines_validates_with_no_error(zhgloss_exe: str, tmp_path: Path) -> None:
    """The installed console script: import the lines (--proper-only), then validate: exit 0, no error."""
    source, db = tmp_path / "lines.u8", tmp_path / "names.json"
    source.write_text("".join(f"{line}\n" for line in (QU, QU_VARIANT, QU_YEAST, ZHAO_VARIANT)), encoding="utf-8")
    imported = subprocess.run(
        [zhgloss_exe, "import", str(source), "--format", "cedict", "--proper-only", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    done = subprocess.run([zhgloss_exe, "--db", str(db), "validate", "--json"], capture_output=True, text=True)
    report = json.loads(done.stdout)
    assert [p for p in report["problems"] if p["severity"] == "error"] == []
    assert done.returncode == 0, done.stderr
    stored = {entry["zh"]: entry for entry in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert sorted(stored) == ["曲", "炤", "麹"]

"""CC-CEDICT import: a traditional column that is no traditional form of the headword is a Chinese alias, and zh_hant
the usual conversion (val's s43 note; the review's R43-5).

"哈囉德 哈罗德 [Ha1 luo2 de2] /Harold, Harald, Harrod (name)/..." writes 囉, whose simplified form is 啰 (哈囉德
converts back to 哈啰德), and "金晟 金成 [Jin1 Cheng2] /Sung KIM, .../" writes 晟, a character of its own. Stored as
zh_hant they were validate's errors (zh-hant-mismatch), and the OmegaT re-import of the whole --proper-only import
refused both rows, so the whole file (after this change it imports: 14,918 entries back, checked by hand, ~3 minutes,
too slow for the suite; the two lines' round trip is tested here). data/cedict_hant_slips.tsv
(scripts/build_cedict_hant_slips.py, by validate's rule over the whole of CC-CEDICT: 13 lines, 2 of them names) lists
such lines with the traditional form `add` writes for the headword (`curate.fill_zh_hant`); the import keeps the
column as a Chinese alias and stores that form.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cedict_fixtures import rows_by_zh
from zhgloss.convert import to_simplified
from zhgloss.curate import fill_zh_hant
from zhgloss.formats.cedict import HANT_SLIPS_PATH, hant_slips
from zhgloss.model import Entry
from zhgloss.validate import check_entry

HAROLD = "哈囉德 哈罗德 [Ha1 luo2 de2] /Harold, Harald, Harrod (name)/Harrods (department store etc)/"
SUNG_KIM = "金晟 金成 [Jin1 Cheng2] /Sung KIM, US diplomat and director of US State Department's Korea office/"


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize(
    ("line", "zh", "zh_hant", "alias"), [(HAROLD, "哈罗德", "哈羅德", "哈囉德"), (SUNG_KIM, "金成", None, "金晟")]
)
def test_the_column_is_a_chinese_alias_and_zh_hant_the_conversion(
    line: str, zh: str, zh_hant: str | None, alias: str, proper_only: bool
) -> None:
    row = rows_by_zh(line, proper_only=proper_only)[zh]
    assert row["zh_hant"] == zh_hant
    assert alias in row["zh_aliases"]


@pytest.mark.parametrize("line", [HAROLD, SUNG_KIM])
def test_validate_finds_no_traditional_form_error(line: str) -> None:
    (row,) = rows_by_zh(line).values()
    entry = Entry.from_dict(row)
    assert [p for p in check_entry(entry) if p.field == "zh_hant" and p.severity == "error"] == []


def test_a_variant_column_stays_the_traditional_form() -> None:
    """彞族 for 彝族: 彞 is a variant of 彝 (validate's zh-hant-variant accepts it): no slip, zh_hant as written."""
    row = rows_by_zh("彞族 彝族 [Yi2 zu2] /Yi ethnic group/")["彝族"]
    assert (row["zh_hant"], row["zh_aliases"]) == ("彞族", [])


def test_a_row_applies_only_to_the_line_it_names() -> None:
    """The table is keyed by the whole line's columns and reading: another reading is another line, left as read."""
    row = rows_by_zh(HAROLD.replace("[Ha1 luo2 de2]", "[Ha1 luo1 de2]"))["哈罗德"]
    assert row["zh_hant"] == "哈囉德"


def test_every_row_of_the_table_is_a_slip_and_its_form_is_right() -> None:
    """Exhaustive: each row's column converts back to another form than its headword, and the form the table gives
    is the one `add` writes (`fill_zh_hant`, a person's or a thing's), which validate accepts."""
    slips = hant_slips()
    assert len(slips) >= 2
    for (hant, zh, _reading), fixed in slips.items():
        assert to_simplified(hant) != zh, hant
        assert fixed in {fill_zh_hant(zh, "person") or zh, fill_zh_hant(zh, "term") or zh}, (zh, fixed)
        entry = Entry(id="row", en="row", type="term", zh=zh, zh_hant=fixed if fixed != zh else None)
        assert not [p for p in check_entry(entry) if p.code == "zh-hant-mismatch"], zh
    assert HANT_SLIPS_PATH.read_text(encoding="utf-8").startswith("# CC-CEDICT lines")


def test_the_two_names_go_through_omegat_and_back(zhgloss_exe: str, tmp_path: Path) -> None:
    """R43-5: the OmegaT file of the --proper-only import was refused on these rows (哈罗德's zh_hant, 金成's)."""
    source, db, out, back = (tmp_path / name for name in ("lines.u8", "names.json", "glossary.utf8", "back.json"))
    source.write_text(f"{HAROLD}\n{SUNG_KIM}\n", encoding="utf-8")
    for args in (
        ["import", str(source), "--format", "cedict", "--proper-only", "--db", str(db)],
        ["--db", str(db), "export", "--format", "omegat", "-o", str(out)],
        ["import", str(out), "--db", str(back)],
    ):
        done = subprocess.run([zhgloss_exe, *args], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
    stored = back.read_text(encoding="utf-8")
    assert "哈罗德" in stored and "金成" in stored

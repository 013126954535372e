"""harvest --add writes what validate accepts: one entry for each name and code a text gives (issue 9 item 5).

Found by adding every pair of 225 news and Wikipedia lines to an empty glossary: validate then gave 3 errors (a code
referring to a company proposal that was a conflict, so never added) and 12 warnings (one code or one English added
twice). A company's name written with and without its legal form is one entry, the other form an alias; a code
refers to the entry added for its company; one code for one company is one entry; one English for two Chinese names
is a conflict. Companies and codes: their listings (Pop Mart 9992.HK, Kingsoft 3888.HK, Tencent 0700.HK).
On the parent commit eb9331d, 5 of this file's first 6 tests fail; the last fails on 3691ac0.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from zhgloss.harvest import harvest

POP_MART = (
    "Pop Mart International Group Limited (POP MART; Chinese: 泡泡玛特) is a Chinese toy company.\n"
    "Pop Mart (泡泡玛特, 9992 HK) rose.\n"
)


def test_a_code_refers_to_the_entry_added_for_its_company() -> None:
    found = harvest(POP_MART, [])
    (name,) = [p for p in found if p.kind == "name" and p.status == "new"]
    (code,) = [p for p in found if p.kind == "ticker"]
    assert (name.en, name.lines) == ("Pop Mart International Group", (1, 2))
    assert name.entry.aliases == ("POP MART", "Pop Mart International Group Limited")
    assert code.entry.refers_to == name.entry.id


def test_a_legal_form_written_otherwise_is_one_entry_with_an_alias() -> None:
    found = harvest("Kingsoft Corp (金山软件) rose.\nKingsoft (金山软件, 3888.HK) fell.\n", [])
    assert [(p.kind, p.en, p.status, p.lines) for p in found] == [
        ("name", "Kingsoft Corp", "new", (1, 2)),
        ("ticker", "3888.HK", "new", (2,)),
    ]
    assert found[0].entry.aliases == ("Kingsoft",)
    assert found[1].entry.refers_to == found[0].entry.id


def test_one_code_for_one_company_is_one_entry() -> None:
    text = "Tencent Holdings (腾讯控股, 0700.HK) rose.\nTencent Holdings Ltd (腾讯控股, 00700.HK) fell.\n"
    codes = [p for p in harvest(text, []) if p.kind == "ticker"]
    assert [(c.status, c.lines) for c in codes] == [("new", (1, 2))]


def test_one_english_for_two_chinese_names_is_a_conflict() -> None:
    found = harvest("Tencent (腾讯) rose.\nTencent (腾迅) rose.\n", [])
    assert [(p.zh, p.status) for p in found] == [("腾讯", "new"), ("腾迅", "conflict")]
    assert "the text also writes 'Tencent' for 腾讯 (line 1)" in found[1].explanation


def test_harvest_add_then_validate_finds_nothing(tmp_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "news.txt"
    article.write_text(
        POP_MART
        + "Kingsoft Corp (金山软件) rose.\nKingsoft (金山软件, 3888.HK) fell.\n"
        + "Tencent Holdings (腾讯控股, 0700.HK) rose.\nTencent Holdings Ltd (腾讯控股, 00700.HK) fell.\n",
        encoding="utf-8",
    )
    db = tmp_path / "names.json"
    db.write_text('{"_default": {}}', encoding="utf-8")
    added = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"], capture_output=True, text=True
    )
    assert added.returncode == 0, added.stderr
    checked = subprocess.run([zhgloss_exe, "--db", str(db), "validate"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 errors, 0 warnings in 6 entries" in checked.stdout + checked.stderr


def test_a_code_whose_company_is_not_added_refers_to_nothing() -> None:
    # 腾迅 is a conflict (the text gave 'Tencent' to 腾讯 first), never added: its code refers to an entry that is.
    found = harvest("Tencent (腾讯) rose.\nTencent (腾迅, 0700.HK) fell.\n", [])
    (code,) = [p for p in found if p.kind == "ticker"]
    added = {p.entry.id for p in found if p.status == "new"}
    assert code.entry.refers_to in added


def test_one_code_for_a_group_and_its_brand_is_one_entry_for_another_company_a_conflict() -> None:
    text = "Xiaomi Corporation (小米集团, 1810.HK) rose.\nXiaomi (小米, 1810.HK) rose.\nTencent (腾讯, 1810.HK) rose.\n"
    codes = [p for p in harvest(text, []) if p.kind == "ticker"]
    assert [(c.status, c.lines) for c in codes] == [("new", (1, 2)), ("conflict", (3,))]
    assert "the text also gives 1810.HK to xiaomi-corporation (line 1, 2)" in codes[1].explanation

"""`edit --remove-zh-alias` says every Chinese alias it takes away beyond the one typed (the thirty-first session's
review, R4).

9c03a28 made `edit --remove-zh-alias 馬老師` take away the simplified 马老师 that `add --zh-alias 馬老師` stored beside
it (F8). The glossary keeps no record of which form a user typed, so a 马老师 typed on its own before goes too: the
command now says so on stderr, with the edit that adds it back, instead of only "saved". Removing a form typed as
stored, or one with no twin, says nothing more.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from zhgloss.curate import removed_twins
from zhgloss.model import Entry


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8")


def _zh_aliases(db: Path) -> list[str]:
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    return list(entry["zh_aliases"])


def _glossary_with(zhgloss_exe: str, tmp_path: Path, zh_alias: str) -> Path:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    added = _run(zhgloss_exe, db, "add", "张四", "--en", "Zhang Si", "--type", "person", "--zh-alias", zh_alias, "-y")
    assert added.returncode == 0, added.stderr
    return db


def _person(*zh_aliases: str) -> Entry:
    return Entry(id="zhang-si", zh="张四", en="Zhang Si", type="person", zh_aliases=zh_aliases)


def test_the_twin_removed_with_a_traditional_alias_is_named() -> None:
    before, after = _person("马老师", "馬老師"), _person()
    assert removed_twins(before, after, ["馬老師"]) == ["马老师"]


def test_a_form_typed_as_stored_is_no_twin() -> None:
    before, after = _person("马老师", "范冰冰"), _person("马老师")
    assert removed_twins(before, after, ["范冰冰"]) == []


def test_a_traditional_form_typed_for_its_stored_simplified_one_is_the_form_removed() -> None:
    # 馬老師 is not stored; the edit removes the 马老师 it stands for, which is what the user asked for.
    before, after = _person("马老师"), _person()
    assert removed_twins(before, after, ["馬老師"]) == []


def test_edit_says_the_twin_it_removed_and_how_to_keep_it(zhgloss_exe: str, tmp_path: Path) -> None:
    db = _glossary_with(zhgloss_exe, tmp_path, "马老师")
    assert _run(zhgloss_exe, db, "edit", "zhang-si", "--zh-alias", "馬老師").returncode == 0
    assert _zh_aliases(db) == ["马老师", "馬老師"]
    done = _run(zhgloss_exe, db, "edit", "zhang-si", "--remove-zh-alias", "馬老師")
    assert done.returncode == 0
    assert _zh_aliases(db) == []
    said = [line for line in done.stderr.splitlines() if line.startswith("also removed")]
    assert len(said) == 1
    assert "'马老师'" in said[0]
    assert f"zhgloss --db {db} edit zhang-si --zh-alias 马老师" in said[0]  # the glossary edited (U38-26)


def test_edit_says_nothing_more_for_an_alias_without_a_twin(zhgloss_exe: str, tmp_path: Path) -> None:
    db = _glossary_with(zhgloss_exe, tmp_path, "范冰冰")
    done = _run(zhgloss_exe, db, "edit", "zhang-si", "--remove-zh-alias", "范冰冰")
    assert done.returncode == 0
    assert "also removed" not in done.stderr
    assert _zh_aliases(db) == []

"""A relation's form is an alias where the line's adjectives name the same two sides (thirty-fifth session, the
user's U35-10; issue 9 item 1).

中法 "China-France (cooperation)/Sino-French/" was "Sino-French" alone: the relation sense was dropped as if it named
another thing (as 中非 "China-Africa (relations)/Central Africa/" names a place, and the relation is no name of it).
The adjectives head, as English writes a relation and as 中古 "Sino-Cuban/China-Cuba/" does; "China-France" is an
alias, and `zhgloss check` no longer reports a missing 中法 for "China-France relations".
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import entries_by_form, imported_db

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "中法 中法 [Zhong1 Fa3] /China-France (cooperation)/Sino-French/\n"
    "中巴 中巴 [Zhong1 Ba1] /China-Pakistan (relations)/China-Bahamas/\n"
    "中古 中古 [Zhong1 Gu3] /Sino-Cuban/China-Cuba/\n"
    "中澳 中澳 [Zhong1 Ao4] /China-Australia (relations)/\n"
    "中非 中非 [Zhong1 Fei1] /China-Africa (relations)/Central Africa/\n"
    "習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping (1953-), PRC politician, General Secretary of the CCP from 2012,"
    " president of the PRC from 2013/\n"
)
ENTRIES = entries_by_form(LINES)


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("中法", "Sino-French", ("China-France",)),
        ("中巴", "China-Pakistan", ("China-Bahamas",)),
        ("中古", "Sino-Cuban", ("China-Cuba",)),
        ("中澳", "China-Australia", ()),
    ],
)
def test_a_line_of_pairs_names_them_all(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    assert (ENTRIES[zh].en, ENTRIES[zh].aliases) == (en, aliases)


def test_a_line_naming_a_place_is_no_relation() -> None:
    # (s46, rev's R46-1: the relation first heads; the place after it is another thing, no alias.)
    assert ENTRIES["中非"].en == "China-Africa"
    assert "Central Africa" not in ENTRIES["中非"].aliases


def test_check_reads_the_relation_as_the_line_writes_it(tmp_path: Path) -> None:
    # The installed `zhgloss check` on a glossary the installed `zhgloss import` made of the lines above.
    db = imported_db(tmp_path, LINES)
    (tmp_path / "s.zh").write_text("习近平表示，中法关系重要。\n", encoding="utf-8")
    (tmp_path / "t.en").write_text("Xi Jinping said China-France relations are important.\n", encoding="utf-8")
    done = subprocess.run(
        ["zhgloss", "check", str(tmp_path / "s.zh"), str(tmp_path / "t.en"), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert "missing 中法" not in done.stdout, done.stdout
    assert done.returncode == 0, done.stdout + done.stderr

"""check: a relation the glossary has no name for is owed each part it writes (issue 9, session 29).

- "The Russian conflict continues." for 俄乌冲突仍在持续 passed: 俄乌 is no entry of CC-CEDICT's, so nothing asked for
  乌 'Ukraine'; a run of one-character names that the target renders in part now owes the rest (`missing 乌`).
- "China and Italy signed cooperation documents." for 中意两国签署合作文件 was `unexpected` twice: CC-CEDICT's 中意
  'Sino-Italian' is a word too (to like), which the source matcher leaves out, and an entry's run was no relation.
  Now a run outside the source's names is one; an entry or common word is owed nothing ("He really likes this
  phone." for 他很中意这款手机, "Honesty is a virtue." for 诚实是一种美德 pass), nor is a character that makes a word
  with the one beside it (日 of 来华日期, the date).
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_owed_s29.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

glossary = glossary_fixture("cedict_check_owed_s29.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("俄乌冲突仍在持续。", "The Russia-Ukraine conflict continues."),
        ("俄乌冲突仍在持续。", "The Russo-Ukrainian war drags on."),
        ("中意两国签署合作文件。", "China and Italy signed cooperation documents."),
        ("他很中意这款手机。", "He really likes this phone."),
        ("诚实是一种美德。", "Honesty is a virtue."),
        ("他的来华日期已经确定。", "The date of his visit to China has been set."),
        ("日韩关系有所改善。", "Relations between Japan and South Korea have improved."),
    ],
)
def test_a_relation_rendered_whole_or_a_word_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        ("俄乌冲突仍在持续。", "The Russian conflict continues.", "missing 乌"),
        ("俄乌冲突仍在持续。", "The war in Ukraine continues.", "missing 俄"),
        ("日韩关系有所改善。", "Japan's relations have improved.", "missing 韩"),
        ("中意两国签署合作文件。", "China and Spain signed cooperation documents.", "unexpected 西班牙"),
    ],
)
def test_a_part_left_out_is_missing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines

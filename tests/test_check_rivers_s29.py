"""check: the land about a river by the river's name alone, "the Yangtze basin" (issue 9, session 29).

"Severe floods hit the Yangtze basin." for 长江流域遭遇严重洪灾 was `missing 长江流域` ('Changjiang River Basin',
'Yangtze River Basin'): English leaves off "River" before the word for the land about it, as it does alone ("the
Yangtze"), and writes that word in lower case. A `variant` that says what it drops; "Pearl" keeps "River" (an English
word, as "the Pearl" is no river). Fixture: CC-CEDICT's own lines (tests/data/cedict_check_rivers_s29.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

from zhgloss.check import _without_feature
from zhgloss.model import Entry

glossary = glossary_fixture("cedict_check_rivers_s29.u8")


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "长江流域遭遇严重洪灾。",
            "Severe floods hit the Yangtze basin.",
            # Its alias 'Yangtze River Basin' without "River".
            '1: variant 长江流域: found "Yangtze basin", expected "Changjiang River Basin" '
            "(the name without 'River')",
        ),
        (
            "长江三角洲一体化加速。",
            "Integration of the Yangtze delta is accelerating.",
            '1: variant 长江三角洲: found "Yangtze delta", expected "Yangtze River Delta" (the name without \'River\')',
        ),
        (
            "湄公河三角洲遭遇干旱。",
            "Drought hit the Mekong delta.",
            '1: variant 湄公河三角洲: found "Mekong delta", expected "Mekong River delta" (the name without \'River\')',
        ),
    ],
)
def test_the_land_about_a_river_by_its_name_alone_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [expected]


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        ("长江流域遭遇严重洪灾。", "Severe floods hit the Yellow basin.", "missing 长江流域"),
        ("珠江三角洲制造业复苏。", "Manufacturing in the Pearl delta recovered.", "missing 珠江三角洲"),
        ("长江三角洲一体化加速。", "Integration of the Mekong delta is accelerating.", "missing 长江三角洲"),
    ],
)
def test_another_river_or_an_english_word_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines


@pytest.mark.parametrize(
    ("form", "bare"),
    [
        ("Yangtze River Basin", "Yangtze basin"),
        ("Mekong River delta", "Mekong delta"),
        ("Yangtze River", "Yangtze"),
        ("Pearl River Delta", None),
        ("Yangtze River Bridge", None),
    ],
)
def test_without_feature_keeps_the_land_word(form: str, bare: str | None) -> None:
    assert _without_feature(form, Entry(id="x", type="place", zh="地", en=form)) == bare

"""check: a side rendered by its capital where the side's character stands for more than one name (issue 9, s29).

"Washington expressed concern." for 美方对此表示关切 was `unexpected 华盛顿`: 美 stands for 美洲 'the Americas' and
美国 'United States', so it was no clear abbreviation, and CC-CEDICT's 华盛顿 says "Washington, D.C. (US federal
capital)" (the country before "capital"), is typed a person by its first sense, "Washington (name)". The capital
says which country: a `variant`, as 俄方 "Moscow" is. So are 伊方 "Tehran" (伊 is Iraq or Iran), 巴方 "Islamabad",
澳方 "Canberra". Fixture: CC-CEDICT's own lines (tests/data/cedict_check_capitals_s29.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

glossary = glossary_fixture("cedict_check_capitals_s29.u8")


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "美方对此表示关切。",
            "Washington expressed concern.",
            '1: variant 美方: found "Washington", expected "United States" '
            "('Washington', the capital of US, for its government)",
        ),
        (
            "伊方表示反对。",
            "Tehran said it opposed the move.",
            '1: variant 伊方: found "Tehran", expected "Iran" (\'Tehran\', the capital of Iran, for its government)',
        ),
        (
            "伊方表示反对。",
            "Baghdad said it opposed the move.",
            '1: variant 伊方: found "Baghdad", expected "Iraq" (\'Baghdad\', the capital of Iraq, for its government)',
        ),
        (
            "巴方表示欢迎。",
            "Islamabad welcomed the move.",
            '1: variant 巴方: found "Islamabad", expected "Pakistan" (\'Islamabad\', the capital of Pakistan, for its '
            "government)",
        ),
        (
            "澳方表示欢迎。",
            "Canberra welcomed the move.",
            '1: variant 澳方: found "Canberra", expected "Australia" (\'Canberra\', the capital of Australia, for its '
            "government)",
        ),
    ],
)
def test_a_side_by_its_capital_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [expected]


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        ("美方对此表示关切。", "Tokyo expressed concern.", "unexpected 东京"),
        ("伊方表示反对。", "Canberra said it opposed the move.", "unexpected 堪培拉"),
        ("澳方表示欢迎。", "Tehran welcomed the move.", "unexpected 德黑兰"),
    ],
)
def test_another_countrys_capital_is_still_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines

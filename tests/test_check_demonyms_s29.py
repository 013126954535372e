"""check: an adjective the regular suffixes make is never another place's or person's name (issue 9, session 29).

"Floods hit Wuhan." for 五河遭遇洪水 passed: `demonyms` makes "Wuhan" of 五河 'Wuhe' (the stem Wuh and -an), which is
武汉's own name, and a target name that is a kin form rendered the source name. "Sanyi" of 三亚 'Sanya' is 三义,
"Baodi" of 保德 'Baode' is 宝坻: 286 such pairs among the CC-CEDICT names import's places. A form the suffixes make is
dropped where it is the English of another place, person or organisation (`_NAMED_ELSEWHERE_TYPES`); the people's and
languages' entries (美国人 'American', 台语 'Taiwanese', typed name) stay. Fixture: CC-CEDICT's own lines
(tests/data/cedict_check_demonyms_s29.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

glossary = glossary_fixture("cedict_check_demonyms_s29.u8")


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        ("五河遭遇洪水。", "Floods hit Wuhan.", "unexpected 武汉"),
        ("三亚迎来大批游客。", "Sanyi welcomed many tourists.", "missing 三亚"),
        ("保德发展煤炭产业。", "Baodi is developing its coal industry.", "unexpected 宝坻"),
    ],
)
def test_another_places_name_is_no_adjective(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("中国经济增长放缓。", "Chinese economic growth slowed."),
        ("美国官员表示担忧。", "American officials expressed concern."),
        ("台湾选举结果揭晓。", "Taiwanese election results were announced."),
    ],
)
def test_a_countrys_adjective_still_renders_it(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []

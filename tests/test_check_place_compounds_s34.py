"""check: a compound of places each shortened to one character (京津冀, 沪深, 川渝, 北上广), rendered in full as every
English outlet does, renders each place, and the full names are not `unexpected` (issue 9; the thirty-fourth session's
U34-13: with the CC-CEDICT names glossary 京津冀协同发展。 / "... of Beijing, Tianjin and Hebei." failed four times —
`missing 京津冀` "Jing-Jin-Ji" and `unexpected` 北京, 天津, 河北 —, 沪深股市收跌。 / "Shanghai and Shenzhen stocks ..."
as `unexpected` 上海 and 深圳, and 川渝 "Sichuan and Chongqing" as `missing 川` beside `unexpected 四川`).

A character stands for a place when it is a one-character name of it (沪 'short name for Shanghai', 冀, 渝) or one of
the place's own characters (津 of 天津, 深 of 深圳, 川 of 四川; its generic 市/省/县 never). An English made of the
characters' own pinyin ("Jing-Jin-Ji") names no part; "or" joins parts as "and" does. The quoted “疆独” "Xinjiang
independence" names Xinjiang as 台独 does. Fixture: CC-CEDICT's own lines
(tests/data/cedict_check_place_compounds_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_place_compounds_s34.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # U34-13 (/tmp/u34/t/abbr.tsv rows 1, 2, 10; quoted.tsv rows 4, 7)
        ("京津冀协同发展。", "The coordinated development of Beijing, Tianjin and Hebei."),
        ("京津冀协同发展。", "The coordinated development of Jing-Jin-Ji."),
        ("沪深股市收跌。", "Shanghai and Shenzhen stocks closed lower."),
        ("川渝地区高温。", "Sichuan and Chongqing are sweltering."),
        ("他来自“北上广”。", "He comes from Beijing, Shanghai or Guangzhou."),
        ("“疆独”组织。", '"Xinjiang independence" groups.'),
        # my own, the same class
        ("京沪高铁开通。", "The Beijing-Shanghai high-speed railway opened."),
        ("深港合作加强。", "Cooperation between Shenzhen and Hong Kong grew."),
        ("津冀两地签署协议。", "Tianjin and Hebei signed an agreement."),
        # A country's name is no compound of its characters: 国 of 美国 stands for no United States (its generic).
        ("中国官员说，中美关系正在改善。", "Sino-US relations are improving, Chinese officials said."),
    ],
)
def test_a_compound_of_places_rendered_in_full_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # A place the compound does not name is still added by the translation.
        ("沪深股市收跌。", "Shanghai and Tianjin stocks closed lower.", "1: unexpected 天津"),
        ("京津冀协同发展。", "The coordinated development of Beijing, Shanghai and Hebei.", "1: missing 京津冀"),
        # One place's character beside a word is no compound: 上 of 上周 stands for no Shanghai.
        ("上周北京下雪了。", "Last week it snowed in Beijing and Shanghai.", "1: unexpected 上海"),
    ],
)
def test_a_place_the_compound_does_not_name_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(expected) for line in lines), lines

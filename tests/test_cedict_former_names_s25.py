"""Years after "(former) name of ..." are the name's, in use, and no person's life: 斯大林格勒 "Stalingrad, former
name of Volvograd 伏尔加格勒 (1925-1961)" and 列宁格勒 "Leningrad, name of Russian city Saint Petersburg 圣彼得堡
1923-1991" are no persons (twenty-fifth session, issue 9; tester's I-4 of the twenty-fourth session). Real
CC-CEDICT lines in tests/data/cedict_former_names_s25.u8."""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_former_names_s25.u8")


def _kind(line: str) -> str:
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    return entry.type


@pytest.mark.parametrize(("zh", "kinds"), [("斯大林格勒", {"name", "place"}), ("列宁格勒", {"place"})])
def test_a_former_name_with_years_is_no_person(zh: str, kinds: set[str]) -> None:
    assert NAMES[zh].type in kinds


@pytest.mark.parametrize(("zh", "kind"), [("李白", "person"), ("唐玄宗", "person"), ("圣彼得堡", "place")])
def test_people_and_the_places_themselves_stay(zh: str, kind: str) -> None:
    assert NAMES[zh].type == kind


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("甲城 甲城 [Jia3 cheng2] /Jiacheng, former name of Yicheng 乙城 (1930-1962)/\n", {"name", "place"}),
        ("丙格勒 丙格勒 [Bing3 ge2 le4] /Binggrad, name of Russian city Dingburg 丁堡 1920-1950/\n", {"place"}),
        ("戊己 戊己 [Wu4 Ji3] /Wu Ji (1901-1960), Chinese writer/\n", {"person"}),
    ],
)
def test_lines_of_my_own(line: str, kinds: set[str]) -> None:
    assert _kind(line) in kinds

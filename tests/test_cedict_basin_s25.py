"""A common noun after a feature's own generic says what the feature is when the headword does not write it:
"Tarim Basin depression" of 塔里木盆地 is the Tarim Basin (洼地 "depression" is CC-CEDICT's word;
data/cedict_generics.tsv), not "Mekong River delta" of 湄公河三角洲 (三角洲 "delta")
(twenty-fifth session, issue 9; tester's T25-I4)."""

from __future__ import annotations

import pytest
from cedict_fixtures import fixture_by_zh, kinds_and_english

NAMES = fixture_by_zh("cedict_classes_s25.u8")
ALL = fixture_by_zh("cedict_classes_s25.u8", proper_only=False)


_names = kinds_and_english


# T25-I4: a common noun after the feature's own generic says what it is; the headword does not write it.
def test_a_basin_is_no_depression() -> None:
    assert NAMES["塔里木盆地"].en == "Tarim Basin"


@pytest.mark.parametrize(("zh", "en"), [("湄公河三角洲", "Mekong River delta"), ("黄河流域", "Yellow River Basin")])
def test_a_generic_the_headword_writes_stays(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_a_line_of_my_own_with_a_basin_depression() -> None:
    line = "乙丙盆地 乙丙盆地 [Yi3 bing3 pen2 di4] /Yibing Basin depression in northern Gansu/\n"
    assert _names(line) == {"乙丙盆地": ("place", "Yibing Basin")}

"""A historical undertaking dated by its years is no person: 大跃进 "Great Leap Forward (1958-1960), Mao's attempt to
modernize China's economy ..." is an event, its description's head an attempt (twenty-fifth session, issue 9; user's
U49). Real CC-CEDICT lines in tests/data/cedict_undertakings_s25.u8."""

from __future__ import annotations

import io

from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_undertakings_s25.u8")


def test_the_great_leap_forward_is_an_event() -> None:
    assert NAMES["大跃进"].type == "event"


def test_a_person_and_a_garden_stay() -> None:
    assert NAMES["毛泽东"].type == "person"
    assert NAMES["耦园"].type == "place"  # a garden (s27: the place word; was name, none of the kinds)


def test_a_line_of_my_own() -> None:
    line = "甲乙运动 甲乙运动 [Jia3 yi3 Yun4 dong4] /Great Leap Sideways (1961-1963), an attempt to reform farming/\n"
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.type == "event"

"""A place's name followed by one Han character in brackets is a name of its own, not glossed as the bare name.

With the full CC-CEDICT names glossary, news read 在刚果（Congo）（金）的铜钴矿 (acceptance test, eighteenth session):
刚果（金） is the Democratic Republic of the Congo and 刚果（布） the Republic of the Congo; the bare name's gloss names
neither for sure and stands between the name and its mark (issue 9). The glossary is CC-CEDICT's lines for the forms
concerned (tests/data/cedict_qualified_places.u8, imported as `zhgloss import --proper-only` would).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_qualified_places.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("洛阳钼业在刚果（金）的铜钴矿产量创历史新高。", []),
        # cases of my own
        ("刚果（布）总统萨苏出席了会议。", []),
        ("中国与刚果(金)签署了合作协议。", ["中国"]),
    ],
)
def test_a_place_with_a_bracketed_qualifier_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The bare name; an English gloss or a longer note in brackets; a place inside the brackets.
        ("刚果的局势趋于稳定。", ["刚果"]),
        ("北京（Beijing）是首都。", ["北京", "Beijing"]),
        ("北京（首都）是政治中心。", ["北京"]),
        ("宝马（中国）公司宣布。", ["中国"]),
    ],
)
def test_a_place_before_other_brackets_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

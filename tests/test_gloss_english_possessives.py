"""A one-word English name inside a longer English name after a capitalised possessive gets no gloss (issue 9).

With the full CC-CEDICT names glossary, "during a New Year's Eve live stream" (/work/shared/articles/003_*.txt) read
"New Year's Eve (夏娃)": CC-CEDICT's 夏娃 "Eve, the first woman" comes in as an untyped name, and the rule for a
one-word form after a capitalised possessive (`Annotator._in_longer_name`) read persons only. A possessive that
follows a capitalised word names a day, a plant or an illness ("New Year's Eve", "St John's Wort"); one alone is
the owner of what follows ("Google's Android"), which keeps its gloss. The glossary is CC-CEDICT's lines for the
names concerned (tests/data/cedict_english_possessives.u8, imported as `zhgloss import --proper-only` would).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_english_possessives.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # /work/shared/articles/003_852888a45395ba53.txt (acceptance tests of the sixteenth to eighteenth sessions)
        ("Luo Yonghao sold goods during a New Year's Eve live stream.", []),
        # cases of my own
        ("Fireworks on New Year’s Eve.", []),
        ("They met on New Year's Eve in New York.", ["New York"]),
    ],
)
def test_a_name_inside_a_possessive_name_gets_no_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adam and Eve left the garden.", ["Adam", "Eve"]),
        ("Eve was the first woman.", ["Eve"]),
        # A possessive alone is the owner: its product or district keeps its gloss.
        ("Google's Android phones sell well.", ["Google", "Android"]),
        ("New York's Harlem is famous for jazz.", ["New York", "Harlem"]),
    ],
)
def test_a_name_after_an_owner_or_alone_keeps_its_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

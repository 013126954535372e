"""A place's English form that a person's shares, before a capitalised name, is a person's given name (issue 9, s24).

With the full CC-CEDICT names glossary, English annotate glossed "Jordan Henderson scored for Liverpool" as Jordan
(约旦), the country: CC-CEDICT's 约旦 "Jordan" and 乔丹 "Jordan (name)" share the form, the country comes first, and
the rule that reads a place's form before a family name as a given name ("Georgia Smith") knows family names only
from the glossary's persons, which lack Henderson. Where a person's entry shares the place's one-word form, the
form itself is a given name English writes, so the capitalised word after it that is no word English writes in lower
case (`zhgloss.english_case.lower_words`), no natural feature's generic, day or month, and no glossary name of
another kind makes the two a person's full name: neither the country nor the player (`Annotator._in_longer_name`).

The glossary holds CC-CEDICT's own lines (tests/data/cedict_s24_english.u8), imported as `import --proper-only`
imports them.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s24_english.u8"))


def glossed_as(text: str) -> list[tuple[str, str]]:
    """Each mention's surface and its entry's Chinese, in order."""
    return [(m.surface, m.entry.zh) for m in ANNOTATOR.mentions(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the lead's brief
        ("Jordan Henderson scored for Liverpool.", [("Liverpool", "利物浦")]),
        # cases of my own: other people so named, inside a sentence, the other shared form
        ("Jordan Peterson spoke at the event.", []),
        ("The coach said Jordan Pickford had saved it.", []),
        ("Washington Irving wrote the tale.", []),
    ],
)
def test_a_shared_form_before_a_name_is_a_person_s_full_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert glossed_as(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jordan and Israel signed a treaty.", [("Jordan", "约旦"), ("Israel", "以色列")]),
        ("The Jordan Times reported it.", [("Jordan", "约旦"), ("Times", "泰晤士报")]),  # a glossary name after it
        ("King Abdullah of Jordan Tuesday said so.", [("Jordan", "约旦")]),  # a day
        ("The Jordan Valley is hot.", [("Jordan", "约旦")]),  # a feature's generic
        ("Washington DC is hot.", [("Washington", "华盛顿州")]),  # capitals, no name
        ("Jordan scored forty points in his last game.", [("Jordan", "乔丹")]),  # the pronoun rule, as before
        ("Michael Jordan retired.", [("Michael Jordan", "迈克尔·乔丹")]),
    ],
)
def test_the_place_stays_before_other_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert glossed_as(sentence) == expected

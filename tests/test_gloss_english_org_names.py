"""A place's or an untyped name's English that starts an organisation's or a person's English name is not glossed.

With the full CC-CEDICT names glossary, English news glossed "Great Wall (长城) Motor" (the carmaker, not the Wall),
"the Taiwan (台湾) People's Party" and "Chief Executive John (若翰) Lee" (若翰 is a Catholic rendering of the apostle;
John Lee is 李家超): a place's or an untyped name's form before capitalised words that end on an organisation's word
(Motor, Party, Bank, Airlines, University …) is that organisation's first word, as a place glued before a company's
name is on the Chinese side; an untyped name's one-word form before a capitalised word is a given name, as a person's
one-word form already was ("Jack Ma"). An organisation's own form before "Group" stays ("Xiaomi (小米) Group"). The
glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_english_org_names.u8).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_english_org_names.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's English articles (twentieth session, 06:22 (d)), wrong on a7d7945.
        ("Rival Great Wall Motor reported a drop in profit.", []),
        ("Ko Wen-je founded the Taiwan People's Party in 2019.", []),
        ("In Hong Kong, Chief Executive John Lee said the city would recover.", ["Hong Kong"]),
        # cases of my own
        ("Shares of Great Wall Motors fell.", []),
        ("He joined Beijing Foreign Studies University in 2001.", []),
        ("Hong Kong Baptist Hospital opened a new wing.", []),
    ],
)
def test_a_place_or_name_that_starts_a_longer_english_name_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An organisation's own form before its group's word is that organisation.
        ("Xiaomi Group held its first meeting of the year.", ["Xiaomi"]),
        # No organisation's word ends the capitalised words: the place is the place.
        ("He visited Taiwan Monday.", ["Taiwan"]),
        ("The Great Wall is long.", ["Great Wall"]),
        ("China Eastern Airlines flew to Beijing.", ["China Eastern Airlines", "Beijing"]),
        # A given name alone, or before a lower-case word.
        ("John said hello.", ["John"]),
        ("In Beijing, Hong Kong and Taiwan the rules differ.", ["Beijing", "Hong Kong", "Taiwan"]),
    ],
)
def test_a_place_or_name_before_other_words_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

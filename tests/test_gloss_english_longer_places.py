"""A one-word place's English after a capitalised pinyin syllable or another place's name is a word of a longer name.

With the full CC-CEDICT names glossary, English news glossed "Li Shufu (疏附)" (Shufu county inside Geely's
chairman's name), "Shandong Taishan (台山)" and "Chengdu Rongcheng (荣成)" (cities inside the clubs' names). The
glossary is real: CC-CEDICT's lines for the places (tests/data/cedict_english_longer_places.u8).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_english_longer_places.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's inputs (03:43 (d)).
        ("Rival Geely, controlled by billionaire Li Shufu, also reported strong results.", []),
        ("Shandong Taishan beat Shanghai Port 2-1 on Saturday.", ["Shandong", "Shanghai"]),
        ("The title race is between Shanghai Port and Chengdu Rongcheng.", ["Shanghai", "Chengdu"]),
        # cases of my own: a place after a word that is neither a syllable nor a place stays.
        ("He flew to Shanghai and Beijing.", ["Shanghai", "Beijing"]),
        ("In January Beijing said no.", ["Beijing"]),
        ("On Monday Beijing announced new rules.", ["Beijing"]),
        ("Taishan is a city in Guangdong.", ["Taishan"]),
    ],
)
def test_a_one_word_place_inside_a_longer_english_name_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

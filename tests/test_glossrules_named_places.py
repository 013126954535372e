"""An organisation's, event's or work's name at the head of a place's name is not that thing (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_named_places.u8, imported as
`zhgloss import --proper-only` would). The user test glossed 新华（Xinhua）门: 新华门 is the gate of Zhongnanhai,
which Lu Xun's 端午节 names in 1922, before the news agency. jieba's dictionary lists such places as proper
words (words.txt after # PROPER: 新华门, 南大街, 开元寺), each ending with a place's generic.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_named_places.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("政府去索欠薪，在新华门前烂泥里被国军打得头破出血", []),  # zh-corpus.txt (端午节)
        ("新华门前游客很多。", []),
        ("北京南大街的商店", ["北京"]),  # a street, not Nanjing University
        ("泉州开元寺始建于唐代。", ["泉州"]),  # a temple, not the Kaiyuan reign
        # The names themselves stay.
        ("据新华报道，北京今天下雪。", ["新华", "北京"]),
        ("她是南大的学生。", ["南大"]),
        ("开元年间，长安繁华。", ["开元"]),
        # The name and a word that starts on the generic read about as well as the place: the Xinhua web portal
        # (新华|门户网站: 新华门|户 is 0.95 likelier in natural log, under NEAR_TIE), in either script.
        ("据新华门户网站报道", ["新华"]),
        ("據新華門戶網站報道", ["新華"]),
    ],
)
def test_a_thing_named_at_the_head_of_a_place_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

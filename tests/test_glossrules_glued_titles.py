"""A work's title or an untyped name glued to a character of transliteration is part of a longer name (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_glued_titles.u8, imported as
`zhgloss import --proper-only` would). The news list and the finder's dev sentences glossed
白宫新闻秘书莱维特（Werther）说: 维特 is the opera and the German name, 莱维特 the White House press
secretary (Karoline Leavitt). A transliterated name glued to more characters of transliteration was dropped where
the finder read a longer person there, or where it was glued on both sides; the finder reads no name after 新闻秘书.
A title or an untyped name, which the text would mark as a title (《维特》) or write apart, glued on one side to a
character of transliteration that makes no word with the character beyond it (书莱 is none; 抵达 of 抵达巴黎 is one)
is part of the longer name.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_glued_titles.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("白宫新闻秘书莱维特说。", ["白宫"]),
        ("白宫新闻秘书莱维特在记者会上回应了提问。", ["白宫"]),
        # The title itself, and names glued to words (抵达, 出访), stay.
        ("歌剧《维特》首演。", ["维特"]),
        ("维特是一部歌剧。", ["维特"]),
        ("他抵达巴黎。", ["巴黎"]),
        ("他出访秘鲁和巴西。", ["秘鲁", "巴西"]),
    ],
)
def test_a_title_glued_to_transliteration_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

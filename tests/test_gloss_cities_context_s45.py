"""A city whose name is an ordinary word too is not read as the city after another word's 到, 在 or 从, nor before a
verb of saying (R45-14).

`_reads_as_place` glossed 来宾 (Laibin, and "guests"), 白银 (Baiyin, "silver") and the other bare cities of
data/word_or_name.txt after 到, 在 or 从 as words of going to, from or in a place, even where the character ends another
word (收到来宾 "received the guests", 看到白银 "saw the silver", 存在白银短缺 "there is a shortage of silver", 现在来宾
请入座 "now the guests please be seated", 自从白银涨价 "since silver went up"), and took a verb of saying after it as a
name's cue (来宾说, 来宾表示: the guests speaking). Of the 73 two-character word-or-name forms, 18 were glossed in
我们看到X了。 and 59 in X说很好。; now 0 and 41 (the 41 are persons', for whom saying is a cue: 拾得说, 伯乐说).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s26_gls.u8), as in test_gloss_cities_s26.py.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s26_gls.u8"))


@pytest.mark.parametrize(
    "text",
    [
        "他收到来宾送的花。",
        "遇到来宾要主动问好。",
        "他得到白银一百两。",
        "他找到白银藏在哪里。",
        "我们看到白银了。",
        "市场上存在白银短缺。",
        "现在来宾请入座。",
        "自从白银涨价以后，金价也涨了。",
        "来宾说这次活动很成功。",
        "来宾表示满意。",
        "许多来宾说很好。",
    ],
)
def test_another_words_end_or_a_verb_of_saying_is_no_cue_of_the_city(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A preposition or a verb of moving or placing still goes to, from or in the city.
        ("游客从海口乘船前往北海。", ["海口"]),  # (北海 is no line of the fixture)
        ("他在日照工作。", ["日照"]),
        ("我们也在海口。", ["海口"]),
        ("货物送到海口。", ["海口"]),  # 送到: a verb of moving with its complement of place
        ("他留在大理了。", ["大理"]),
        ("航班抵达海口。", ["海口"]),
        ("海口市政府发布通知。", ["海口市"]),
    ],
)
def test_a_word_of_going_to_from_or_in_a_place_still_is(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

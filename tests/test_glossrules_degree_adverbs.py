"""A name right after an adverb of degree is no name: 美的 (Midea) of 她长得很美的 "she is very pretty" (issue 9).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_degree_adverbs.u8, imported as `zhgloss import
--proper-only` would). An adverb of degree (很, 太, 最, 挺, 更, 真, 非常, 十分 …) modifies an adjective or a verb,
never a name; a name's form after one starts with that adjective (美 "pretty" of 美的). Found by the sixteenth
session probing the CC-CEDICT names glossary with ordinary sentences: 很美的, 真美的, 挺美的 and 非常美的一幅画 were
all glossed "Midea".
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.model import Entry

ANNOTATOR = Annotator(cedict_fixture("cedict_degree_adverbs.u8"))


@pytest.mark.parametrize(
    "text",
    [
        "她长得很美的。",
        "这里真美的。",
        "那里的风景挺美的。",
        "非常美的一幅画。",
        "十分美的地方。",
        "太美的风景让人难忘。",
    ],
)
def test_a_name_after_an_adverb_of_degree_is_no_name(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美的、格力和海尔都发布了新品。", ["美的", "格力", "海尔"]),
        ("美的集团发布财报。", ["美的"]),
        # The adverb's character ends another word (认真, 变更), or starts the name (太原).
        ("他认真美的设计方案。", ["美的"]),
        ("太原很冷。", ["太原"]),
        ("那么北京呢？", ["北京"]),
    ],
)
def test_a_name_after_other_words_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(("form", "text"), [("中国风", "这套衣服很中国风。"), ("高颜值", "这款手机很高颜值。")])
def test_a_terms_wording_after_an_adverb_stays(form: str, text: str) -> None:
    # A glossary may gloss an adjective as a termbase's phrase (中国风 "Chinese style"; a `term`, a dictionary's word,
    # is glossed by no form: U27-52); a place of that form is no place there.
    assert glossed(text, Annotator([Entry(id="x", type="phrase", zh=form, en="X")])) == [form]
    assert glossed(text, Annotator([Entry(id="x", type="place", zh=form, en="X")])) == []

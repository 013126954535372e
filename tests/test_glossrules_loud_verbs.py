"""A match that ends on 大 right before a verb of crying out is cut by the adverb 大 "loudly" (issue 9).

The glossary is real: CC-CEDICT's lines of tests/data/cedict_crossing.u8 (imported as `zhgloss import --proper-only`
would), among them 人大 "(Chinese) National People's Congress". The sixteenth session's sweep of Lu Xun (阿Q正传:
看见的人大嚷说, "the people who saw it shouted") glossed 人大: jieba's counts, which the word-edge rule reads, list
大笑 and 大叫 (台下的人大笑起来 was already read 人|大笑) but not 大嚷, 大骂, 大吼 or 大闹. 大 before a one-character
verb of crying out or of a fit of feeling is the adverb; the NPC stays where the verb's character starts a word of
its own (人大呼吁) or where no such verb follows.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.model import Entry

ANNOTATOR = Annotator(cedict_fixture("cedict_crossing.u8"))


@pytest.mark.parametrize(
    "text",
    [
        "他只好向后退；脑后空荡荡的走来，看见的人大嚷说，",  # ../shared/data/zh-corpus.txt (阿Q正传)
        "旁边的人大骂他不讲道理。",
        "那人大吼一声，冲了出去。",
        "村里的人大闹了一场。",
        "门口的人大嚷大叫。",
    ],
)
def test_people_crying_out_loudly_are_no_congress(text: str) -> None:
    assert "人大" not in glossed(text, ANNOTATOR)


@pytest.mark.parametrize(
    "text",
    [
        "全国人大代表在小组讨论时表示，要继续优化营商环境。",  # tests/data/cedict_names_news_rules.txt
        "人大呼吁各方加强监督。",
        "人大叫停了这个违规项目。",
    ],
)
def test_the_congress_stays_before_other_words(text: str) -> None:
    assert "人大" in glossed(text, ANNOTATOR)


def test_a_form_safe_by_its_entry_stays() -> None:
    entry = Entry(id="npc", type="org", zh="人大", en="NPC", safe_forms=["人大"])
    assert glossed("看见的人大嚷说", Annotator([entry])) == ["人大"]


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        (Entry(id="alexander", type="person", zh="亚历山大", en="Alexander"), "亚历山大笑着说，明天再来。"),
        (Entry(id="canada", type="name", zh="加拿大", en="Canada"), "加拿大惊现巨型冰雹。"),
    ],
)
def test_a_longer_name_ending_on_the_syllable_da_stays(entry: Entry, text: str) -> None:
    # 大 of a transliteration (亚历山大, 加拿大) is no adverb: only a two-character form is cut (人大).
    assert glossed(text, Annotator([entry])) == [entry.zh]

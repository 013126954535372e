"""A name's form that is an item of a list of ordinary words is that word, not the name (issue 9).

With the full CC-CEDICT names glossary, tests/data/cedict_names_news_sweep16.txt's 深入打好蓝天、碧水、净土保卫战 ("the
battle for blue skies, clear water and clean soil") glossed 净土（Pure Land）, the Buddhist paradise. Items of one
list are things of one kind, written alike: two items next to the form, as long as it, no glossary match, one of
them an ordinary word, make it a word too. The glossary is CC-CEDICT's lines for the forms concerned
(tests/data/cedict_word_lists.u8, imported as `zhgloss import --proper-only` would).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import cedict_fixture, glossed, glossed_at, sweep_glosses

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_word_lists.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深入打好蓝天、碧水、净土保卫战。", []),
        # cases of my own: the form first, in the middle, or last before a full stop
        ("净土、蓝天、碧水都要守护。", []),
        ("守护蓝天、净土、碧水。", []),
        ("我们要蓝天、碧水、净土。", []),
    ],
)
def test_a_name_among_ordinary_words_is_a_word(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of names, or of unknown names (no item an ordinary word), keeps its names.
        ("北京、上海、广州的房价上涨。", ["北京", "上海", "广州"]),
        ("王伟、张磊、刘洋出席了会议。", ["刘洋"]),
        # A name of another length among words; a name alone; one item of words only.
        ("茶叶、丝绸、瓷器、景德镇。", ["景德镇"]),
        ("往生净土是他的心愿。", ["净土"]),
        ("他向往蓝天、净土。", ["净土"]),
    ],
)
def test_a_name_among_names_or_alone_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_sweep16_with_the_names_glossary(shared_dir: Path) -> None:
    glosses = sweep_glosses(shared_dir, "cedict_names_news_sweep16.txt")
    assert glossed_at(glosses, "蓝天、碧水、净土保卫战") == []

"""harvest does not take the verb before a name into it when nothing else says where the name starts (issue 9).

"会见卓别林（Charlie Chaplin）时说" gave 会见卓别林: where no pinyin, surname spelling, transliteration sound or
glossary entry accounts for the name, the whole run before the bracket was taken. A run that starts with words
CC-CEDICT lists as ordinary ones (会见 "to meet", 邀请 "to invite", 采访 "to interview") starts the name after them,
unless those words are characters of transliteration (加里波第, 福田康夫) or the rest is ordinary words too (动物农场
Animal Farm, a title). Names: CC-CEDICT's own lines (卓别林 Charlie Chaplin, 海明威 Ernest Hemingway, 狄更斯 Charles
Dickens, 薛定谔 Erwin Schrödinger, 门捷列夫 Dmitri Ivanovich Mendeleev, 伽利略 Galileo Galilei, 加里波第 Giuseppe
Garibaldi, 福田康夫 FUKUDA Yasuo, 动物农场 Animal Farm).
A run still too long for a name ("意大利物理学家伽利略") starts it after its last ordinary word.
Whole-data scans (commit messages): CC-CEDICT's people in four sentence shapes, 5,048 of 5,440 cut right before,
5,254 now; in three shapes with a long description before the name, 3,722 of 4,080 before, 3,928 now.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import harvest

PEOPLE = [
    ("卓别林", "Charlie Chaplin"),
    ("海明威", "Ernest Hemingway"),
    ("狄更斯", "Charles Dickens"),
    ("薛定谔", "Erwin Schrödinger"),
    ("门捷列夫", "Dmitri Mendeleev"),
    ("伽利略", "Galileo Galilei"),
]
VERBS = ["会见", "邀请", "接见", "采访", "批评", "据悉，外长会见"]


@pytest.mark.parametrize(("zh", "en"), PEOPLE)
def test_a_verb_before_the_name_is_not_part_of_it(zh: str, en: str) -> None:
    assert [p.zh for p in harvest(f"会见{zh}（{en}）时说。", [])] == [zh]


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("意大利物理学家伽利略（Galileo Galilei）提出。", "伽利略"),
        ("英国著名作家狄更斯（Charles Dickens）说。", "狄更斯"),
        ("俄国化学家门捷列夫（Dmitri Mendeleev）发现。", "门捷列夫"),
    ],
)
def test_a_run_too_long_for_a_name_starts_it_after_its_last_ordinary_word(text: str, zh: str) -> None:
    assert [p.zh for p in harvest(text, [])] == [zh]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("加里波第", "Giuseppe Garibaldi"),  # 加里, a word, is characters of transliteration
        ("福田康夫", "Fukuda Yasuo"),  # 福田, a word, starts a Japanese name
        ("动物农场", "Animal Farm"),  # ordinary words all: a title
        ("普法战争", "Franco-Prussian War"),
    ],
)
def test_a_name_that_starts_with_a_word_is_kept_whole(zh: str, en: str) -> None:
    assert [p.zh for p in harvest(f"{zh}（{en}）", [])] == [zh]


@settings(max_examples=60, deadline=None)
@given(verb=st.sampled_from(VERBS), person=st.sampled_from([*PEOPLE, ("加里波第", "Giuseppe Garibaldi")]))
def test_no_verb_of_meeting_joins_the_name(verb: str, person: tuple[str, str]) -> None:
    zh, en = person
    assert [p.zh for p in harvest(f"{verb}{zh}（{en}）时说。", [])] == [zh]

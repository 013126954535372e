"""A sentence starts after a colon, an em dash or a spaced en dash too (issue 9, twenty-second session).

The acceptance tester's inputs (twenty-first and twenty-second sessions, still wrong on c5eee39): English annotate with
the CC-CEDICT names glossary glossed "The advice was simple — Cook the noodles" as Cook (库克), "Her message was clear:
Brown rice is cheaper" as Brown (布朗) and "…in one line: Time ran out" as Time (时代). English capitalises the first
word of the sentence that follows such a mark; an ordinary word there is no name, as at any sentence's start
(`zhgloss.english_case`). The glossary holds CC-CEDICT's lines for those names (imported as `import --proper-only`).
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

CEDICT_LINES = """\
時代 时代 [Shi2 dai4] /Time, US weekly news magazine/
庫克 库克 [Ku4 ke4] /Cook (name)/
布朗 布朗 [Bu4 lang3] /Brown (name)/
約旦 约旦 [Yue1 dan4] /Jordan/
亞馬遜 亚马逊 [Ya4 ma3 xun4] /Amazon/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(CEDICT_LINES), proper_only=True)))


@pytest.mark.parametrize(
    "sentence",
    [
        # The acceptance tester's.
        "The advice was simple — Cook the noodles in salted water.",
        "Her message was clear: Brown rice is cheaper than meat.",
        "The verdict came in one line: Time ran out for the Bulls.",
        # cases of my own: an em dash unspaced, a full-width colon, a spaced en dash, quotes after the mark.
        "The advice was simple—Cook the noodles.",
        "他的建议：Cook the noodles first.",
        "One rule – Brown the onions before the garlic.",
        'He said: "Time is short."',
    ],
)
def test_an_ordinary_word_after_a_colon_or_dash_is_not_glossed(sentence: str) -> None:
    assert glossed(sentence, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A name English writes capitalised stays a name there.
        ("The news was grim — Jordan would not take more refugees.", ["Jordan"]),
        ("The verdict: Amazon must cut costs.", ["Amazon"]),
        # A time of day, a hyphen, a word inside the sentence: no sentence starts.
        ("At 10:30 Cook spoke to the press.", ["Cook"]),
        ("The Smith-Brown report was published.", ["Brown"]),
        # Named elsewhere in the line where no sentence starts: the word names someone.
        ("The chef was clear: Cook said Cook would cook.", ["Cook", "Cook"]),
    ],
)
def test_names_after_a_colon_or_dash_are_glossed(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence, ANNOTATOR) == expected

"""The sentence-start rule reads only the lines of its matches (issue 15 item 3): same answer as the whole text.

`english_case.ordinary_at_start` used to find the sentence starts of the whole text whenever it held an English
match (a Chinese text with a few Latin letters in it was scanned whole, ~4 ms of 65 ms on 300k characters). A
sentence start never depends on another line, so each line's starts, read alone, are those of the whole text;
these properties hold the line-by-line path to the plain one (every start of the text, `is_ordinary_at` per match).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.english_case import is_ordinary_at, ordinary_at_start, sentence_starts

PIECES = [
    *("Time", "time", "Rice", "rice", "Apple", "Cook", "Green", "Doors", "Jack", "Lei", "Jun", "Xiaomi", "said"),
    *("Mr.", "Dr.", "St.", "U.S.", "J.", "No.", "rose", "out", "A", "I"),
    *(".", "!", "?", "…", "。", "！", "？", ",", "'s", "’s", "\n", "\n", " ", " ", " ", "\t", "\u00a0"),
    *('"', "“", "”", "(", ")", "[", "«", "’", "'", "」", "雷军", "时代", "说"),
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _lines(text: str) -> list[tuple[int, int]]:
    out, begin = [], 0
    for found in re.finditer("\n", text):
        out.append((begin, found.start()))
        begin = found.end()
    out.append((begin, len(text)))
    return out


@settings(max_examples=400, deadline=None)
@given(texts)
def test_a_lines_sentence_starts_are_the_whole_texts_on_that_line(text: str) -> None:
    whole = sentence_starts(text)
    for begin, end in _lines(text):
        assert sentence_starts(text, begin, end) == {at for at in whole if begin <= at < end}


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=1, max_value=4))
def test_ordinary_at_start_agrees_with_the_whole_text_path(text: str, modulus: int) -> None:
    found = [(m.start(), m.end(), k) for k, m in enumerate(re.finditer(r"[A-Za-z'’]+", text))]

    def safe(value: int, form: str) -> bool:
        return value % modulus == 0 and modulus > 1

    starts = sentence_starts(text)
    plain = [(s, e, v) for s, e, v in found if not (is_ordinary_at(text, s, e, starts) and not safe(v, text[s:e]))]
    assert ordinary_at_start(text, found, safe) == plain


def test_a_line_is_read_alone() -> None:
    text = "Rice prices rose.\n雷军说。Time is running out. Mr. Green said.\n(Doors open"
    second = text.index("\n") + 1
    end = text.index("\n", second)
    assert sentence_starts(text, second, end) == {text.index("Time"), text.index("Mr.")}  # not Green, after a title
    assert sentence_starts(text, end + 1) == {text.index("Doors")}
    assert sentence_starts(text, 0, second - 1) == {0}


def test_one_long_line_asks_each_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # perf's finding (twenty-eighth session, issue 9): each capitalised match at a sentence start ran a pattern over
    # its whole line, so 4,000 English sentences on one line took 77 s (one per line 0.2 s). The line is now asked
    # once per word it starts a sentence with: the number of line scans does not grow with the line.
    import zhgloss.english_case as english_case

    scans: list[str] = []
    real = english_case._named_elsewhere

    def counted(text: str, word: str, begin: int, end: int, starts: set[int]) -> bool:
        scans.append(word)
        return real(text, word, begin, end, starts)

    monkeypatch.setattr(english_case, "_named_elsewhere", counted)
    for sentences in (100, 2_000):
        scans.clear()
        text = "Time is short. Rice prices rose. " * sentences
        found = [(m.start(), m.end(), 0) for m in re.finditer(r"\b(?:Time|Rice)\b", text)]
        assert ordinary_at_start(text, found, lambda value, form: False) == []  # both only start sentences
        assert sorted(scans) == ["Rice", "Time"]

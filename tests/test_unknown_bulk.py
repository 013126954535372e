"""The finder's passes over a whole long text give the answers of the patterns they stand for (session 19).

`NameFinder.find` reads a long text's characters once (`_code_points`, `_char_kinds`) and finds at numpy's speed what
patterns searched for at every character: the runs of transliteration characters that open a clause
(`_clause_runs`), the clause marks around a candidate (`_ClauseKeys`, the memo's key where a rule reads far),
whether the text holds a traditional character at all (`_simplified`); the middle dots are found by
`str.find` (`_separator_starts`). Each test holds one of them to the plain pattern, on text dense with what
it looks at: transliteration characters, opening and clause marks (和 is both a list mark and, in no
table, a transliteration character), middle dots, traditional characters, a character past the BMP and a
lone surrogate. And the whole `find` of a long text equals the find of the same text read without them.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import unknown
from zhgloss.namecontext import _CLOSERS, _LIST_MARKS, _simplified
from zhgloss.unknown import (
    _CLAUSE_MARKS,
    _CLAUSE_STARTS,
    _NAME_LIST_MARKS,
    _SEPARATORS,
    _TRADITIONAL,
    _char_kinds,
    _clause_runs,
    _ClauseKeys,
    _code_points,
    _separator_re,
    _separator_starts,
    translit_odds,
)

TRANSLIT = sorted(translit_odds())


def kinds_of(text: str) -> Any:
    """What the bulk passes read of `text`'s characters (`_char_kinds`)."""
    return _char_kinds(_code_points(text))


ODD = ["\U00020000", "\ud800", "a", " "]
"""A character past the BMP (CJK Extension B), a lone surrogate, Latin letters."""
MARKS = sorted(_CLAUSE_STARTS | _NAME_LIST_MARKS | set(_CLAUSE_MARKS) | set(_LIST_MARKS) | set(_CLOSERS))
characters = st.sampled_from([*TRANSLIT[:40], *TRANSLIT[-10:], *MARKS, *_SEPARATORS, *"王李张明华是的陳張後", *ODD])
texts = st.lists(characters, max_size=80).map("".join)
found_texts = st.lists(characters.filter(lambda char: char != "\ud800"), max_size=80).map("".join)
"""(`find` asks daachorse, which takes no lone surrogate: UnicodeEncodeError, with or without the bulk passes.)"""


@settings(max_examples=600, deadline=None)
@given(texts)
def test_the_runs_that_open_a_clause_are_those_the_patterns_find(text: str) -> None:
    # Runs of up to 8 (longer runs are cut), one right after another, a run at the very start, 2 at the end.
    assert list(_clause_runs(text, kinds_of(text))) == list(_clause_runs(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "斯",
        "斯特",
        "，斯",
        "，斯特",
        "斯特朗普，" * 3,
        "，" + "斯特" * 9,
        "，斯特，，斯特朗",
        "和斯特和斯特",
        "\ud800，斯特",
    ],
)
def test_the_runs_of_the_edges_are_those_the_patterns_find(text: str) -> None:
    assert list(_clause_runs(text, kinds_of(text))) == list(_clause_runs(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*MARKS, "王", "明", "\U00020000"]), max_size=700).map("".join))
def test_the_clause_around_a_candidate_is_the_one_the_patterns_find(text: str) -> None:
    # Clauses longer than _CLAUSE_LONGEST (200) too, where the key is None.
    keys = _ClauseKeys(kinds_of(text))
    assert [keys(text, i) for i in range(len(text))] == [
        unknown.NameFinder._clause_key(text, i) for i in range(len(text))
    ]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_middle_dots_are_those_the_pattern_finds(text: str) -> None:
    assert _separator_starts(text) == [match.start() for match in _separator_re().finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_text_without_a_traditional_character_is_its_own_simplified_form(text: str) -> None:
    assert bool((kinds_of(text) & _TRADITIONAL).any()) == (_simplified(text) != text)


# The whole find of a long text (the bulk passes: `find` takes them from _BULK_LEAST characters on, numpy loaded),
# against the find of the same text with the bulk passes off (every pattern searched as before).

NEWS = [
    "华为创始人任正非表示，公司将继续投入研发。",
    "美国总统特朗普和国务卿布林肯会见了埃隆·马斯克。",
    "藏族歌手降央卓玛、彝族歌手阿鲁阿卓出席。",
    "周大福、张小泉和王老吉都是老字号。",
    "耶伦在会上说，鲍威尔暗示将降息。",
    "據報道，行政長官李家超與陳茂波會面。",
    "主席习近平和总理李强，以及马龙和樊振东。",
    "鲁镇的酒店里，孔乙己说：“多乎哉？不多也。”",
    "内塔尼亚胡说，泽连斯基和马克龙将于周末通话。",
]


def bulk_off_find(text: str, monkeypatch: pytest.MonkeyPatch) -> list[unknown.Found]:
    with monkeypatch.context() as patched:
        patched.setattr(unknown, "_BULK_LEAST", len(text) + 1)
        return unknown.NameFinder().find(text)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(NEWS), min_size=1, max_size=9), found_texts)
def test_a_long_text_is_found_as_without_the_bulk_passes(sentences: list[str], noise: str) -> None:
    import numpy  # noqa: F401  (loaded: `find` takes the bulk passes)

    text = "".join(sentences) + noise
    text = text * (unknown._BULK_LEAST // len(text) + 1)
    assert len(text) >= unknown._BULK_LEAST
    monkeypatch = pytest.MonkeyPatch()
    try:
        expected = bulk_off_find(text, monkeypatch)
    finally:
        monkeypatch.undo()
    assert unknown.NameFinder().find(text) == expected


def test_a_long_traditional_text_is_found_as_without_the_bulk_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy  # noqa: F401

    text = "".join(NEWS) * 60
    assert any(char in text for char in "據報長與陳")
    found = unknown.NameFinder().find(text)
    assert found == bulk_off_find(text, monkeypatch)
    assert {f.surface for f in found} >= {"李家超", "陳茂波", "任正非"}

"""annotate reads a name through the characters that show as nothing, as check and lookup do (the user's U27-44).

Web copy carries a zero-width space or a soft hyphen inside a name (雷\u200b军, 雷\u00ad军), and bidirectional marks
before it. `zhgloss check` read the source without them ("雷\u200b军 is 雷军") and lookup found the name, but annotate
glossed nothing there. The matcher now reads what shows (`annotate.Elided`, as it reads past the marks of
proposals): the gloss goes after the whole name, and the characters stay, so removing the glosses gives the input
back. A zero-width space between English words still parts them as a space does ("CEO\u200bLei Jun").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, remove_insertions
from zhgloss.model import Entry
from zhgloss.script import INVISIBLE_MARKS, ZERO_WIDTH_SPACE

ANNOTATOR = Annotator(
    [
        Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun", pinyin="Léi Jūn"),
        Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", always_gloss=True),
        Entry(id="liu-qiangdong", type="person", zh="刘强东", en="Liu Qiangdong", pinyin="Liú Qiángdōng"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("雷\u200b军创办了小米。", "雷\u200b军（Lei Jun）创办了小米（Xiaomi）。"),
        ("雷\u00ad军创办了小米。", "雷\u00ad军（Lei Jun）创办了小米（Xiaomi）。"),
        ("刘\u200d强\u2060东说。", "刘\u200d强\u2060东（Liu Qiangdong）说。"),
        ("\u200e雷军说。", "\u200e雷军（Lei Jun）说。"),
        ("雷\u200b\u200e军说。", "雷\u200b\u200e军（Lei Jun）说。"),
        ("Xiao\u00admi rose.", "Xiao\u00admi (小米) rose."),
        ("Lei \u200eJun said.", "Lei \u200eJun (雷军) said."),
        # Between English words a zero-width space is a word break, and no part of the name.
        ("CEO\u200bLei Jun said.", "CEO\u200bLei Jun (雷军) said."),
    ],
)
def test_a_name_with_invisible_characters_in_it_is_glossed(text: str, expected: str) -> None:
    out = ANNOTATOR.annotate(text)
    assert out == expected
    assert remove_insertions(out, ANNOTATOR.insertions(text)) == text
    assert ANNOTATOR.annotate(out) == out  # annotating twice changes nothing


def test_what_shows_is_what_is_matched() -> None:
    # Not a name made of parts the invisible characters keep apart in what shows: 雷 and 军 of two words stay two.
    assert ANNOTATOR.annotate("打雷，军队出发。") == "打雷，军队出发。"
    assert ANNOTATOR.annotate("雷\u200b，军") == "雷\u200b，军"


UNSEEN = st.sampled_from([ZERO_WIDTH_SPACE, *INVISIBLE_MARKS])
PIECES = st.sampled_from(["雷军", "小米", "刘强东", "创办了", "说", "。", "，", "和", "公司"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=12), st.data())
def test_invisible_characters_change_no_gloss(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    # Invisible characters put anywhere, between any two characters.
    chars = list(text)
    spots = data.draw(st.lists(st.integers(0, len(chars)), max_size=6))
    for at in sorted(spots, reverse=True):
        chars.insert(at, data.draw(UNSEEN))
    seen = "".join(chars)
    plain = [(m.entry.id, m.surface) for m in ANNOTATOR.mentions(text)]
    with_unseen = [(m.entry.id, _visible(m.surface)) for m in ANNOTATOR.mentions(seen)]
    assert with_unseen == plain
    out = ANNOTATOR.annotate(seen)
    assert remove_insertions(out, ANNOTATOR.insertions(seen)) == seen


def _visible(text: str) -> str:
    return "".join(c for c in text if c != ZERO_WIDTH_SPACE and c not in INVISIBLE_MARKS)

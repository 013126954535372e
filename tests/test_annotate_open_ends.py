"""Where a written gloss may start after a match, picked from the match ends (issue 15 item 3).

Rendering asked, for every chunk, the set of every bracket position in the text (walked in Python, twice a chunk)
and then which match ends were in it; Chinese prose writes many brackets that follow no match. `_open_ends` tests
the character at each end instead; this property holds it to the plain definition (each bracket, and a space or
tab right before one), and the rendered output is checked on texts whose names are followed by their glosses.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import _GLOSS_GAPS, Session, _open_ends, annotator_for
from zhgloss.store import Glossary

PIECES = ["雷军", "小米", "(", "（", ")", "）", " ", "\t", "\u00a0", "\u3000", "Lei Jun", "Xiaomi", "说", "\n", "a"]


def _plain(text: str) -> set[int]:
    opens: set[int] = set()
    for at, char in enumerate(text):
        if char in "(（":
            opens.add(at)
            if at and text[at - 1] in _GLOSS_GAPS:
                opens.add(at - 1)
    return opens


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.data())
def test_open_ends_are_the_ends_at_a_plain_open_position(text: str, data: st.DataObject) -> None:
    ends = data.draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=30))
    assert _open_ends(text, ends) == _plain(text) & set(ends)
    assert _open_ends(text, iter(ends)) == _plain(text) & set(ends)


def test_a_written_gloss_is_not_glossed_again(bundled: Path) -> None:
    with Glossary.open(bundled) as gloss:
        annotator = annotator_for(gloss)
    # Glosses after a bracket, after a space and one, after a no-break space and one; a bracket no gloss (说（他）).
    text = "雷军（Lei Jun）创办了小米 (Xiaomi)。小米\u00a0（Xiaomi）的雷军说（他）。\n"
    expected = "雷军（Lei Jun）创办了小米 (Xiaomi)。小米\u00a0（Xiaomi）的雷军（Lei Jun）说（他）。\n"
    assert Session(annotator).render(text) == expected

"""The characters next to each match, gathered once per chunk, pick the same matches the rules picked one by one.

`InsideRule` reads the character before, first, last and after each match as four strings aligned with the matches
(`zhgloss.glossrules._Around`) and picks a rule's matches by one regex scan of one of them (`InsideRule._picked`); a
rule that drops matches cuts their characters out of the strings and the matches out of the list by slices
(`zhgloss.document.without_indices`). Each must give what the plain per-match reading gives, for any text and
matches, after any drops (issue 15 item 3: the same output, fewer Python steps).
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.document import without_indices
from zhgloss.glossrules import InsideRule, _Around

CHARS = "中国人和的岸江南新店家五十会,。\nAb"
RULE = InsideRule(Annotator([]))


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, int]]]:
    text = draw(st.text(alphabet=CHARS, min_size=1, max_size=40))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    pairs = [(a, b) for a, b in pairwise(cuts) if a < b][::2]
    return text, [(a, b, k) for k, (a, b) in enumerate(pairs)]


def plain(text: str, spans: list[tuple[int, int, int]], where: str) -> str:
    padded = text + "\n"
    at = {"before": lambda s, e: text[s - 1], "first": lambda s, e: text[s], "last": lambda s, e: text[e - 1]}
    return "".join(at[where](s, e) if where in at else padded[e] for s, e, _ in spans)


@given(texts_and_spans(), st.sampled_from(["before", "first", "last", "after"]), st.sets(st.sampled_from(CHARS)))
def test_picked_matches_are_those_whose_character_is_one_of_the_set(
    case: tuple[str, list[tuple[int, int, int]]], where: str, chars: set[str]
) -> None:
    text, spans = case
    assert _Around(text, spans).string(spans, where) == plain(text, spans, where)
    expected = [k for k, c in enumerate(plain(text, spans, where)) if c in chars]
    RULE._around = None
    assert RULE._picked(text, spans, where, frozenset(chars)) == expected


@given(texts_and_spans(), st.data())
def test_dropped_matches_leave_the_strings_as_if_gathered_anew(
    case: tuple[str, list[tuple[int, int, int]]], data: st.DataObject
) -> None:
    text, spans = case
    drop = data.draw(st.lists(st.integers(0, max(0, len(spans) - 1)), max_size=len(spans))) if spans else []
    RULE._around = _Around(text, spans)
    for where in ("before", "first", "last", "after"):
        RULE._around.string(spans, where)
    kept = RULE._without(spans, drop)
    assert kept == [span for k, span in enumerate(spans) if k not in set(drop)]
    for where in ("before", "first", "last", "after"):
        assert RULE._around.string(kept, where) == plain(text, kept, where)


@given(st.lists(st.integers()), st.data())
def test_without_indices_keeps_the_rest_in_order(items: list[int], data: st.DataObject) -> None:
    drop = sorted(data.draw(st.sets(st.integers(0, max(0, len(items) - 1)))) if items else [])
    assert without_indices(items, drop) == [x for k, x in enumerate(items) if k not in drop]

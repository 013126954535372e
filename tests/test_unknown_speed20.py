"""The finder's cheaper forms of its steps give the answers of the plain ones (twentieth session's speed work).

Each test holds one rewritten step of `zhgloss.unknown` to the step it replaced, written out plainly here, on
text dense with what the step reads: the clause a candidate's verdict is remembered by (`_ClauseKeys`, the last
answer kept for the offsets it holds for), the longest word of _AFTER that starts a text (looked up by its first
character's lengths), the walk over a list's items (`_in_brand_list`, the items' patterns called directly), the
merge of two lists of names (two sorts at C speed), and a proposal made without the dataclass's own __init__.
The finder's mentions are the same as before on every evaluation sentence, the news sweeps and the corpus
(`benchmarks/bench_unknown.py --quality --dev --against COMMIT`).
"""

from __future__ import annotations

import dataclasses
import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import unknown
from zhgloss.namecontext import _CLOSERS, _LIST_MARKS, _LIST_REACH, TITLES_AFTER, VERBS_AFTER, _item_end, _item_start
from zhgloss.unknown import (
    _AFTER,
    _AFTER_SIZES,
    Found,
    NameFinder,
    Proposal,
    _after_bonus,
    _ClauseKeys,
    _merge,
    _starts_context,
    _unsaid,
)

FINDER = NameFinder()

# Clauses: text of a few characters between clause marks, some runs longer than the longest clause remembered.
clause_texts = st.lists(
    st.one_of(
        st.text("王明张伟的", min_size=0, max_size=12),
        st.sampled_from(["王" * 190, "李" * 230, *unknown._CLAUSE_MARKS]),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(clause_texts, st.lists(st.integers(0, 1000), max_size=40))
def test_clause_keys_are_those_of_the_plain_walks(text: str, offsets: list[int]) -> None:
    keys = _ClauseKeys(text)
    for i in sorted(k % (len(text) + 1) for k in offsets):  # in order, as `find` asks them
        assert keys.key(i) == plain_clause_key(text, i)
    keys = _ClauseKeys(text)
    for k in offsets:  # and in any order
        i = k % (len(text) + 1)
        assert keys.key(i) == plain_clause_key(text, i)


def plain_after_bonus_word(after: str) -> tuple[str, float] | None:
    """The longest word of _AFTER that starts `after`, as `_after_bonus` looked for it: every size, longest first."""
    for size in _AFTER_SIZES:
        word = after[:size]
        if word in _AFTER:
            return word, _AFTER[word]
    return None


def plain_after_bonus(given: str, after: str) -> float:
    found = plain_after_bonus_word(after) if unknown._org_word_end(given + after, 0) < 0 else None
    if found is None:
        return _after_bonus(given, after)  # (an organisation word decides: that part is unchanged)
    word, bonus = found
    return 0.0 if len(word) == 1 and _unsaid(after) else bonus


def plain_starts_context(text: str) -> bool:
    found = plain_after_bonus_word(text)
    return found is not None and not _unsaid(text)


after_texts = st.lists(
    st.sampled_from([*VERBS_AFTER, *TITLES_AFTER[:60], *unknown._KIN_AFTER, *"道曰说在的、，：“王明"]), max_size=4
).map("".join)


@settings(max_examples=500, deadline=None)
@given(after_texts)
def test_the_word_after_a_name_is_the_longest_word_of_after_there(text: str) -> None:
    assert _starts_context(text) == plain_starts_context(text)
    for k in range(len(text) + 1):  # every length: at a text's end `after` is short
        assert _after_bonus("明", text[:k]) == plain_after_bonus("明", text[:k])


def plain_in_brand_list(finder: NameFinder, text: str, i: int) -> bool:
    """`NameFinder._in_brand_list` as it read before: through `_item_end` and `_item_start`."""
    if not unknown._has_list_mark(text, max(0, i - 8), i + 16):
        return False
    at = _item_end(text, i)
    for _ in range(_LIST_REACH):
        if text[at : at + 1] not in _LIST_MARKS:
            break
        start = at + 1
        end = _item_end(text, start)
        if finder._is_brand_item(text[start:end]):
            return True
        at = end
    at = _item_start(text, i)
    for _ in range(_LIST_REACH):
        if not at or text[at - 1] not in _LIST_MARKS:
            break
        end = at - 1
        start = _item_start(text, end)
        if finder._is_brand_item(text[start:end]):
            return True
        at = start
    return False


LIST_PIECES = ["王老吉", "周大福", "张小泉剪刀", "马龙", "樊振东", "王明", "温州", "董事长", "公司", *_LIST_MARKS]
list_texts = st.lists(st.sampled_from(LIST_PIECES) | st.sampled_from(sorted(_CLOSERS)[:6]), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(list_texts)
def test_the_brand_list_walk_reads_the_items_the_plain_walk_reads(text: str) -> None:
    finder = NameFinder()
    for i in range(len(text)):
        assert finder._in_brand_list(text, i) == plain_in_brand_list(finder, text, i)


def founds(pairs: list[tuple[int, int]]) -> list[Found]:
    """Names at (start, length) sorted by start, each scored by its place in `pairs` (so that alike spans differ)."""
    names = [Found(s, s + n, "王" * n, "person", float(k)) for k, (s, n) in enumerate(pairs)]
    return sorted(names, key=lambda f: f.start)


spans = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=8).map(founds)


def plain_merge(first: list[Found], second: list[Found]) -> list[Found]:
    """`_merge` as it read before: one sort by (start, -length), the longer of two overlapping names kept."""
    out: list[Found] = []
    for item in sorted(first + second, key=lambda f: (f.start, -(f.end - f.start))):
        if not out or item.start >= out[-1].end:
            out.append(item)
        elif item.end - item.start > out[-1].end - out[-1].start:
            out[-1] = item
    return out


def plain_clause_key(text: str, i: int) -> tuple[int, str] | None:
    """`NameFinder._clause_key` as it read before: the last clause mark before `i` and the first from it, each
    within _CLAUSE_LONGEST of the clause's start, by plain walks."""
    longest = unknown._CLAUSE_LONGEST
    marks = [k for k in range(max(0, i - longest), i) if text[k] in unknown._CLAUSE_MARKS]
    if marks:
        start = marks[-1]
    elif i <= longest:
        start = 0
    else:
        return None
    after = [k for k in range(i, min(len(text), start + longest)) if text[k] in unknown._CLAUSE_MARKS]
    if after and after[0] + 1 <= start + longest:
        end = after[0] + 1
    elif len(text) <= start + longest:
        end = len(text)
    else:
        return None
    return i - start, text[start:end]


@settings(max_examples=400, deadline=None)
@given(spans, spans)
def test_names_are_merged_as_by_a_key_of_start_and_length(first: list[Found], second: list[Found]) -> None:
    # (The same spans more than once: which of two alike is kept follows their order; the scores tell them apart.)
    assert _merge(first, second) == plain_merge(first, second)


def test_a_proposal_is_a_frozen_dataclass_as_before() -> None:
    proposal = Proposal("单田芳", "person", "Shàn Tiánfāng", "Shan Tianfang", ("Dān Tiánfāng",))
    assert proposal == Proposal("单田芳", "person", "Shàn Tiánfāng", "Shan Tianfang", ("Dān Tiánfāng",), (), "chinese")
    assert hash(proposal) == hash(dataclasses.replace(proposal))
    assert pickle.loads(pickle.dumps(proposal)) == proposal
    assert dataclasses.asdict(proposal)["origin"] == "chinese"
    with pytest.raises(dataclasses.FrozenInstanceError):
        proposal.en = "Dan"  # type: ignore[misc]


def plain_consistent(finder: NameFinder, text: str, found: list[Found]) -> list[Found]:
    """`NameFinder._consistent` as it read before: every mention of the names found, by their automaton."""
    lines = {(text[f.start : f.end], text.rfind("\n", 0, f.start)) for f in found if f.end - f.start >= 2}
    keys = {key for key, _ in lines}
    if len(text) < unknown._SHORT_CHUNK:
        keys = {key for key in keys if text.count(key) > 1}
    if not keys:
        return found
    taken = {(f.start, f.end) for f in found}
    extra = []
    for at, e, _ in unknown._mentions_automaton(tuple(sorted(keys))).find(text):
        key = text[at:e]
        if (at, e) in taken or (key, text.rfind("\n", 0, at)) not in lines:
            continue
        if (
            _after_bonus(key, text[e : e + 4]) >= 0.0
            and not (at and text[at - 1 : e] in finder.stats.words)
            and text[at : e + 1] not in finder.stats.words
        ):
            extra.append(Found(at, e, text[at:e], "person", finder.threshold + 1))
    out = list(found)
    for name in extra:
        overlapping = [f for f in found if f.start < name.end and name.start < f.end]
        if all(name.start <= f.start and f.end - f.start < name.end - name.start for f in overlapping):
            out = [f for f in out if f not in overlapping] + [name]
    return sorted(out, key=lambda f: f.start)


def found_in(text: str, picks: list[int]) -> list[Found]:
    """Names found in `text`: non-overlapping spans of 2 or 3 characters chosen by `picks` (no line break in them)."""
    out: list[Found] = []
    k = 0
    for pick in picks:
        k += pick % 5
        size = 2 + pick % 2
        if k + size > len(text) or "\n" in text[k : k + size]:
            break
        out.append(Found(k, k + size, text[k : k + size], "person", 3.0))
        k += size
    return out


@settings(max_examples=400, deadline=None)
@given(st.text("王明华张伟丽的\n", max_size=80), st.lists(st.integers(0, 40), max_size=12), st.booleans())
def test_the_mentions_of_names_found_are_those_of_their_automaton(text: str, picks: list[int], long: bool) -> None:
    # Long texts skip the count of each name in the whole text (`_SHORT_CHUNK`); lines read by `_line_mentions` or,
    # past `_LINES_READ_LONGEST`, by the automaton.
    if long:
        text = text + "\n" + "的" * unknown._SHORT_CHUNK
    found = found_in(text, picks)
    assert FINDER._consistent(text, text, found) == plain_consistent(FINDER, text, found)


@settings(max_examples=400, deadline=None)
@given(
    st.sets(st.text("王明华张伟丽", min_size=2, max_size=4), min_size=1, max_size=8),
    st.text("王明华张伟丽的\n", max_size=60),
)
def test_the_mentions_read_line_by_line_are_the_automatons(keys: set[str], text: str) -> None:
    lines = [(m.start(), m.end()) for m in re.finditer("[^\n]+", text)]
    automaton = [(s, e) for s, e, _ in unknown._mentions_automaton(tuple(sorted(keys))).find(text)]
    assert [(s, e) for s, e, _ in unknown._line_mentions(text, keys, lines)] == automaton

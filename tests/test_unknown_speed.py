"""The finder's cheaper forms of its rules give the answers of the plain rules (session 11's speed work).

Each test holds one rewritten step of `zhgloss.unknown.NameFinder` to the rule it stands for, written out
plainly here, on text dense with what the rule looks at: the mentions of the names found (an automaton
in place of an alternation of the names), the words for a kind of place after a name (`_place_word_at`,
its ending looked up first), the first test of `_bound` (one reading of the next character's odds), and
an organisation word's first character before the search for it (`_brand_goes_on`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import unknown
from zhgloss.namecontext import (
    _CLOSERS,
    _ITEM_ENDS,
    _ITEM_LONGEST,
    _LIST_MARKS,
    FINDER_ORG_WORDS,
    TITLES_AFTER,
    TITLES_BEFORE,
    _item_start,
)
from zhgloss.unknown import (
    _AFTER,
    _AREA_HEADS,
    _FINDER_ORG,
    _GIVEN_MIN,
    _LIST_BEFORE,
    _MAX_AFTER,
    _MAX_BEFORE,
    _RARE_ODDS,
    _ROUNDING,
    _TWO_CHARACTER,
    _VERB_AFTER,
    NameFinder,
    _title_positions,
)

FINDER = NameFinder()
ORG_ALTERNATION = re.compile("|".join(map(re.escape, sorted(FINDER_ORG_WORDS, key=len, reverse=True))))
"""The organisation words as the finder matched them before `_org_word_end`: an alternation, longest first."""
WORDS = sorted(FINDER.stats.words)
# Words for a kind of place or institution (示范区, 音乐学院) and others of three or four characters.
PLACE_WORDS = [w for w in WORDS if len(w) > 2 and (w[-1] in _AREA_HEADS or w[-2:] in _FINDER_ORG)][:400]
OTHER_WORDS = [w for w in WORDS if len(w) > 2][::500]
GIVEN = sorted(FINDER.stats.given, key=FINDER.stats.given.__getitem__, reverse=True)
PIECES = [
    *PLACE_WORDS,
    *OTHER_WORDS,
    *FINDER_ORG_WORDS,
    *TITLES_BEFORE[:80],
    *TITLES_AFTER[:80],
    *sorted(FINDER.stats.single),
    *GIVEN[:200],
    *"的是和、，。",
]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


def alternation_mentions(keys: set[str], text: str) -> list[tuple[int, int]]:
    """The mentions of `keys` as `NameFinder._consistent` read them before: an alternation, longest first, finditer."""
    pattern = re.compile("|".join(map(re.escape, sorted(keys, key=len, reverse=True))))
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(
    st.sets(st.text("王明华张伟丽", min_size=2, max_size=4), min_size=1, max_size=8),
    st.text("王明华张伟丽的", max_size=60),
)
def test_the_mentions_automaton_finds_what_the_alternation_of_the_names_finds(keys: set[str], text: str) -> None:
    # Overlapping names (王明, 王明华, 明华) on a small alphabet: the leftmost, the longest there, then on.
    found = [(start, end) for start, end, _ in unknown._mentions_automaton(tuple(sorted(keys))).find(text)]
    assert found == alternation_mentions(keys, text)


@settings(max_examples=400, deadline=None)
@given(st.text("藏蒙古维吾尔哈萨克彝柯尔克孜塔吉乌别鄂温伦春达斡门巴珞族的人", max_size=40))
def test_the_peoples_before_a_title_are_found_where_the_alternation_finds_them(text: str) -> None:
    expected = [match.end() for match in unknown._minority_re().finditer(text)]
    assert list(unknown._minority_ends(text)) == expected
    assert list(unknown._minority_ends(text)) == expected  # asked again: the same (nothing remembered)


def plain_item_start(text: str, end: int) -> int:
    """`_item_start` as its rule reads: back from `end`, after the first list mark or punctuation, within 8."""
    for k in range(end - 1, max(-1, end - 1 - _ITEM_LONGEST), -1):
        if text[k] in _ITEM_ENDS:
            return k + 1
    return max(0, end - _ITEM_LONGEST)


@settings(max_examples=400, deadline=None)
@given(st.text("王明和、，。与及跟同的张小泉剪刀“”（）\n", max_size=30))
def test_a_list_item_starts_where_the_plain_walk_back_finds_its_start(text: str) -> None:
    for end in range(len(text) + 1):
        assert _item_start(text, end) == plain_item_start(text, end)


def plain_place_word_at(text: str, k: int) -> int | None:
    """`NameFinder._place_word_at` as its rule reads: a dictionary word of four or three characters at `k` that ends
    in a word for an area (_AREA_HEADS) or an organisation word of two or three characters."""
    for size in (4, 3):
        word = text[k : k + size]
        ending = len(word) == size and (
            word[-1] in _AREA_HEADS or any(word[-n:] in _FINDER_ORG for n in (2, 3) if n < size)
        )
        if ending and word in FINDER.stats.words:
            return k + size
    return None


@settings(max_examples=500, deadline=None)
@given(texts)
def test_a_word_for_a_place_is_found_where_its_plain_rule_finds_one(text: str) -> None:
    for k in range(len(text) + 1):
        assert FINDER._place_word_at(text, k) == plain_place_word_at(text, k)


def plain_brand_goes_on(text: str, e: int) -> bool:
    """`NameFinder._brand_goes_on` as its rule reads: one more name character, then an organisation word."""
    head = text[e : e + 1]
    if not head or head in _AFTER or head in _CLOSERS or FINDER.stats.given.get(head, _RARE_ODDS) < _GIVEN_MIN:
        return False
    org = ORG_ALTERNATION.match(text, e + 1)
    if org is None:
        return False
    return text[e : org.end()] not in FINDER.stats.words or not FINDER._graduated_at(text, org.end())


@settings(max_examples=500, deadline=None)
@given(texts)
def test_an_organisation_after_one_more_character_is_found_as_its_plain_rule_finds_it(text: str) -> None:
    for e in range(len(text) + 1):
        assert FINDER._brand_goes_on(text, e) == plain_brand_goes_on(text, e)


def plain_bound(finder: NameFinder, text: str, i: int, titles: tuple[set[int], set[int]]) -> object:
    """`NameFinder._bound` on a one-character surname as its two tests read: the first (the pair's odds, the next
    character's, the most a verb and a list mark add where no title is near), then `_context_bound`."""
    known = finder._pairs.get(text[i : i + 2]) or finder._pair(text[i : i + 2])
    ends, starts = titles
    if i + 1 in ends or not isinstance(known, tuple):
        return "other"  # the paths of titles, compound and weak surnames: not rewritten
    if known[3] and unknown._is_address(text, i + 1):
        return None
    g2 = finder._last_odds(text, i)
    after = _MAX_AFTER if i + 2 in starts or i + 3 in starts else _VERB_AFTER
    first = known[2] + max(_TWO_CHARACTER, g2) + after + _ROUNDING
    if first + (_MAX_BEFORE if i in ends else _LIST_BEFORE) <= finder.threshold:
        return None
    return finder._context_bound(text, i, known, titles, g2)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_bound_of_a_one_character_surname_is_its_two_tests(text: str) -> None:
    titles = _title_positions(text)
    for i in range(len(text) - 1):
        if text[i] not in FINDER.stats.single or text[i : i + 2] in FINDER.stats.compound:
            continue
        expected = plain_bound(FINDER, text, i, titles)
        if expected != "other":
            assert FINDER._bound(text, i, titles) == expected


def test_a_rule_marked_as_reading_far_must_say_so_first() -> None:
    # The mark wraps nothing (a wrapper's frame cost ~2% of the finder): the rule's own first statement
    # records that it was asked, and the mark refuses a rule that does not.
    def forgets(self: NameFinder, text: str, i: int) -> bool:
        return text[i + 20 : i + 21] == "和"

    with pytest.raises(TypeError, match=r"self\._reads\.far = True"):
        unknown._reads_far(forgets)


def test_each_rule_marked_as_reading_far_records_it_when_asked() -> None:
    finder = NameFinder()
    text = "他们说张小泉、李明、王老吉和周大福都是老字号品牌，董事长王明表示。"
    asks: list[Callable[[], object]] = [
        lambda: finder._graduated_at(text, 5),
        lambda: finder._title_opens_next_name(text, 5),
        lambda: finder._in_brand_list(text, 3),
        lambda: finder._word_then_name(text, 4, "小泉", 3.0),
        lambda: finder._named_place_follows(text, 5, None),
        lambda: finder._names_a_business(text, 6, "小泉"),
    ]
    for ask in asks:
        finder._reads.far = False
        ask()
        assert finder._reads.far is True


@settings(max_examples=500, deadline=None)
@given(texts)
def test_an_organisation_word_is_found_where_the_alternation_of_the_words_finds_it(text: str) -> None:
    for k in range(len(text) + 2):
        match = ORG_ALTERNATION.match(text, k)
        assert unknown._org_word_end(text, k) == (-1 if match is None else match.end())


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_list_mark_near_a_name_is_seen_where_the_pattern_of_the_marks_finds_one(text: str) -> None:
    # `_in_brand_list`'s first test: one search of a character class of the marks, as the plain rule reads.
    for i in range(len(text) + 1):
        lo, hi = max(0, i - _ITEM_LONGEST), i + 2 * _ITEM_LONGEST
        assert unknown._has_list_mark(text, lo, hi) == any(mark in text[lo:hi] for mark in _LIST_MARKS)


def plain_after_bonus(given: str, after: str) -> float:
    """`_after_bonus` as it read before `_org_word_end`: the leftmost organisation word the alternation finds."""
    around = given + after
    org = ORG_ALTERNATION.search(around)
    if org is not None and org.start() < len(given):
        return -6.0
    if (
        org is not None
        and org.start() == len(given)
        and not unknown._starts_context(after)
        and not unknown._graduated(after[org.end() - len(given) :])
    ):
        return unknown._ORG_RIGHT_AFTER
    if after[:1] in unknown._AFTER_HEADS:
        for size in unknown._AFTER_SIZES:
            word = after[:size]  # (the longest word of _AFTER that starts `after`: at most as long as `after`)
            if word in _AFTER:
                return 0.0 if len(word) == 1 and unknown._unsaid(after) else _AFTER[word]
    return unknown._CLOSER_AFTER if after[:1] in _CLOSERS else 0.0


@settings(max_examples=500, deadline=None)
@given(texts)
def test_what_follows_a_name_counts_as_its_plain_rule_counts_it(text: str) -> None:
    for k in range(len(text)):
        for size in (0, 1, 2):  # a given name of no character (as `zhgloss.glossrules` may ask), one, two
            given, after = text[k : k + size], text[k + size : k + size + 4]
            assert unknown._after_bonus(given, after) == plain_after_bonus(given, after)


FOREIGN_PIECES = [
    *sorted(c for c, odds in unknown.translit_odds().items() if odds >= unknown.TRANSLIT_INSIDE)[:60],
    *sorted(FINDER.stats.single)[:60],
    *GIVEN[:60],
    *TITLES_BEFORE[:20],
    *"的是和、，。",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FOREIGN_PIECES), max_size=24).map("".join), st.data())
def test_the_foreign_pass_keeps_a_name_with_no_transliteration_beside_it(text: str, data: st.DataObject) -> None:
    # `_foreign_before` keeps such a name without a pass over its characters (most names of a chunk where some
    # other name has a transliteration beside it): the same list as the pass over every name gave (3,132 texts
    # of `bench_unknown.py --quality --dev --against`), and where every name is so, the names as they were.
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=10)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if b - a >= 2]
    found = [unknown.Found(a, b, text[a:b]) for a, b in spans]
    titles = _title_positions(text)
    odds = unknown.translit_odds()

    def plain(name: unknown.Found) -> bool:
        """No transliteration character (or a title) before it, none after it."""
        before = name.start in titles[0] or odds.get(text[name.start - 1 : name.start], 0.0) < unknown.TRANSLIT_INSIDE
        return before and odds.get(text[name.end : name.end + 1], 0.0) < unknown.TRANSLIT_INSIDE

    out = FINDER._foreign_before(text, text, titles, found)
    assert [f for f in found if plain(f)] == [f for f in out if f in found and plain(f)]
    if all(map(plain, found)):
        assert out == found

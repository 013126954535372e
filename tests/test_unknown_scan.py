"""The finder's shortcuts give the answers of its plain rules.

`NameFinder.find` drops most positions on table look-ups before any scoring (`NameFinder._cut`:
the first test of `_bound` as a bound on the next character's odds), remembers windows of text
(the memo), and finds organisation words with one regex search (`_after_bonus`). These tests hold
each shortcut to the plain rule it stands for, on text dense with what the rules look at: surnames,
given-name characters, words that start with a surname, titles, verbs, list marks, shop and
organisation words.
"""

from __future__ import annotations

import dataclasses
import pickle
import re
import subprocess
import sys
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from zhgloss import unknown
from zhgloss.namecontext import (
    _CLOSERS,
    _ITEM_ENDS,
    _ITEM_LONGEST,
    FINDER_ORG_WORDS,
    TITLES_AFTER,
    TITLES_BEFORE,
    VERBS_AFTER,
    _item_end,
    _simplified,
)
from zhgloss.unknown import (
    _ADDRESS_SIZES,
    _ADDRESS_WORDS,
    _AFTER,
    _AFTER_SIZES,
    _CLOSER_AFTER,
    _SEPARATORS,
    Found,
    NameFinder,
    _after_bonus,
    _covered,
    _has_separator,
    _held_by_longer,
    _is_address,
    _merge,
    _near_titles,
    _OneMore,
    _outside,
    _outside_works,
    _separator_re,
    _starts_context,
    _take_over,
    _take_over_overlapping,
    _title_positions,
    _unsaid,
    load_gold,
)

FINDER = NameFinder()
SURNAMES = sorted(FINDER.stats.single) + sorted(FINDER.stats.compound)
# Characters of given names, from the likeliest to the least likely (一 and 近 need a title before them).
GIVEN = sorted(FINDER.stats.given, key=FINDER.stats.given.__getitem__, reverse=True)
NAME_CHARACTERS = GIVEN[:300] + GIVEN[-300:] + list("一近想正非军平国华明伟")
PIECES = [
    *TITLES_BEFORE,
    *TITLES_AFTER,
    *VERBS_AFTER,
    *FINDER_ORG_WORDS,
    *"、和与及是都，。：“”·",
    *("黄金", "马上", "张开", "高兴地", "王府井", "周末", "李子", "于温州", "老王", "小李", "胡庆余堂", "蔡林记"),
    *("埃隆", "马斯克", "先生", "太太", "赵家", "陈氏", "董事长", "习近平", "老字号", "品牌", "张小泉剪刀"),
    *("赵太爷", "七爷", "吴妈", "大嫂", "老爷", "孔乙己"),
    *("繁體", "陳", "張", "後", "huawei", "2024年", "\n"),
]
# A surname and up to three characters of given names: name-like strings, and the words they start.
name_like = st.builds(
    lambda surname, rest: surname + "".join(rest),
    st.sampled_from(SURNAMES),
    st.lists(st.sampled_from(NAME_CHARACTERS), max_size=3),
)
texts = st.lists(st.one_of(name_like, st.sampled_from(NAME_CHARACTERS), st.sampled_from(PIECES)), max_size=24).map(
    "".join
)


def plain_best_at(finder: NameFinder, text: str, i: int, titles: tuple[set[int], set[int]]) -> Found | None:
    """`NameFinder._best_at` without its bounds: `_score` asked of every surname at `i` and at `i + 1`.

    No bound on what a candidate can score (`_pair`, `_cut`, `_bound`, `_context_bound`) and no cap on what
    follows it: what is left is the score's own rules, so a bound that drops a name `_score` takes fails here.
    """

    def at(j: int) -> Found | None:
        stats = finder.stats
        surname = text[j : j + 2] if text[j : j + 2] in stats.compound else text[j : j + 1]
        prior = stats.compound.get(surname) if len(surname) == 2 else stats.single.get(surname)
        if prior is None:
            return None
        context = finder._context_before(text, j, surname, j in titles[0])
        return finder._score(text, j, surname, prior, context=context)

    best = at(i)
    if text[i + 1 : i + 2] in finder.stats.single:
        rival = at(i + 1)
        if rival is not None and (best is None or (best.end > i + 1 and rival.score > best.score)):
            best = rival
    return best


def plain_find(finder: NameFinder, text: str, bounds: bool = True) -> list[Found]:
    """`NameFinder.find` without its shortcuts: every scanned position asks `_best_at`; no memo, no cut table.

    Without `bounds`, every scanned position asks `_score` itself (`plain_best_at`).
    """
    original = text
    text = _simplified(text)
    titles = _title_positions(text)
    found: list[Found] = []
    end = 0
    for match in finder.stats.regex.finditer(text):
        i = match.start()
        if i < end:
            continue
        if bounds:
            hit = finder._best_at(text, i, titles)
            if hit is None:
                continue
            shift, size, score = hit
            start = i + shift
            end = start + size
        else:
            name = plain_best_at(finder, text, i, titles)
            if name is None:
                continue
            start, end, score = name.start, name.end, name.score
        found.append(Found(start, end, original[start:end], "person", score))
    found = finder._after_titles(text, original, titles, found)
    found = finder._known_names(text, original, titles, found)
    if _has_separator(text):
        found = _merge(found, finder._foreign(original, titles[0]))
    return _outside_works(text, finder._refine(text, original, titles, found))


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_shortcuts_of_find_change_no_answer(text: str) -> None:
    expected = plain_find(FINDER, text)
    assert NameFinder().find(text) == expected  # a new finder: its memo empty
    assert FINDER.find(text) == expected  # the memo asked twice: filled, then answering
    assert FINDER.find(text) == expected


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_bounds_of_find_drop_no_name_the_score_takes(text: str) -> None:
    # Every bound (the pair table, the cut, `_bound`, the cap on what follows) only spares `_score` work.
    assert NameFinder().find(text) == plain_find(FINDER, text, bounds=False)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(sorted(FINDER.stats.single)), st.lists(st.sampled_from(NAME_CHARACTERS), max_size=2))
def test_the_cut_is_the_first_test_of_bound(surname: str, rest: list[str]) -> None:
    # Where no title is near, the cut drops a pair and its next character exactly where the first
    # test of `_bound` fails (and within _ROUNDING of it: never where that test passes); on a pair that
    # starts a name of long_names.txt, never where that test passes.
    text = "在" + surname + "".join(rest)
    titles = _title_positions(text)
    cut = FINDER._cut(text[1:3])
    known = FINDER._pairs[text[1:3]]
    assume(isinstance(known, tuple) and 1 not in _near_titles(titles) and not _is_address(text, 2))
    dropped = FINDER.stats.next_odds.get(text[3:4], 0.0) <= cut
    fails = FINDER._fails_first_test(text, 1, known, titles)
    if FINDER._long_prefixes is not None and text[1:3] in FINDER._long_prefixes:
        # A name of long_names.txt may start on the pair (任正非): the cut drops nothing there that
        # the first test would not, and leaves the rest to it.
        assert fails or not dropped
    else:
        assert dropped == fails


def plain_after_bonus(given_name: str, after: str) -> float:
    """`_after_bonus` as its rule reads: every organisation word starting in the given name or right after it."""
    tail = given_name + after
    for k in range(len(given_name) + 1):
        for size in range(1, 4):
            if k + size <= len(tail) and tail[k : k + size] in FINDER_ORG_WORDS:
                if k < len(given_name):
                    return -6.0
                if not _starts_context(after):
                    return -10.0
    for size in _AFTER_SIZES:
        word = after[:size]  # (the longest word of _AFTER that starts `after`: at most as long as `after`)
        if word in _AFTER:
            return 0.0 if len(word) == 1 and _unsaid(after) else _AFTER[word]
    return _CLOSER_AFTER if after[:1] in _CLOSERS else 0.0


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(NAME_CHARACTERS[:50] + FINDER_ORG_WORDS), min_size=1, max_size=2).map("".join),
    st.lists(st.sampled_from(PIECES + NAME_CHARACTERS[:50]), max_size=3).map(lambda p: "".join(p)[:4]),
)
def test_after_bonus_finds_the_organisation_words_its_rule_does(given_name: str, after: str) -> None:
    assert _after_bonus(given_name, after) == plain_after_bonus(given_name, after)


def test_a_rare_surname_that_starts_a_compound_one_is_scanned_without_a_crash() -> None:
    # 慕 starts 慕容 and is a rare surname of its own: its pairs need a title before them (the idiom
    # 慕名而来 "came out of admiration"); the scan once took them for the pairs of common surnames.
    assert NameFinder().find("他们慕名而来。") == []
    assert [f.surface for f in NameFinder().find("董事长慕容复表示，公司将上市。")] == ["慕容复"]


@given(st.sets(st.integers(0, 40)), st.integers(0, 40))
def test_one_more_title_end_is_the_set_with_it(base: set[int], more: int) -> None:
    # `_listed` asks as if a title ended before a listed name, without copying the chunk's title ends.
    view = _OneMore(base, more)
    expected = base | {more}
    assert [k in view for k in range(-1, 42)] == [k in expected for k in range(-1, 42)]
    assert len(view) == len(expected)
    assert sorted(view) == sorted(expected)


spans = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 4)), max_size=12)


@given(spans, spans)
def test_take_over_by_bisection_is_the_plain_rule(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> None:
    # Names that never overlap (as `find`'s passes give them), then names that may replace them.
    found: list[Found] = []
    for start, size in sorted(first):
        if not found or start >= found[-1].end:
            found.append(Found(start, start + size, "x" * size))
    extra = [Found(start, start + size, "y" * size, score=1.0) for start, size in sorted(second)]
    assert _take_over(found, extra) == _take_over_overlapping(found, extra)


def non_overlapping(first: list[tuple[int, int]]) -> list[Found]:
    found: list[Found] = []
    for start, size in sorted(first):
        if not found or start >= found[-1].end:
            found.append(Found(start, start + size, "x" * size))
    return found


@settings(deadline=None)
@given(spans, st.integers(0, 36), st.integers(1, 5))
def test_a_name_covered_by_one_found_is_one_outside_drops(first: list[tuple[int, int]], at: int, size: int) -> None:
    # `_covered` says that `_outside` drops every name starting at `at`, whatever its length.
    found = non_overlapping(first)
    covered = _covered(found, [f.start for f in found], at)
    assert covered == any(f.start <= at < f.end for f in found)
    if covered:
        assert _outside([Found(at, at + size, "y" * size)], [(f.start, f.end) for f in found]) == []


@settings(max_examples=300, deadline=None)
@given(texts)
def test_passes_skip_only_candidates_a_name_found_before_wins_over(text: str) -> None:
    # `_listed` and `_after_titles` score no candidate where a name found before stands: scoring
    # every one (the plain rule, `_covered` always False) finds the same names.
    with patch.object(unknown, "_covered", lambda found, starts, at: False):
        expected = NameFinder().find(text)
    assert NameFinder().find(text) == expected


@settings(deadline=None)
@given(st.lists(st.sampled_from(PIECES + NAME_CHARACTERS[:50]), max_size=3).map("".join))
def test_address_and_context_tests_are_look_ups_of_their_word_lists(text: str) -> None:
    assert _is_address(text, 0) == any(text[:size] in _ADDRESS_WORDS for size in _ADDRESS_SIZES)
    assert _starts_context(text) == (any(text[:size] in _AFTER for size in _AFTER_SIZES) and not _unsaid(text))


def test_a_name_found_is_a_frozen_value_of_five_fields() -> None:
    # `Found` writes its fields itself (faster than the frozen dataclass's __init__); it stays a frozen value.
    name = Found(3, 6, "任正非", "person", 6.47)
    assert name == Found(start=3, end=6, surface="任正非", score=6.47)
    assert hash(name) == hash(Found(3, 6, "任正非", "person", 6.47))
    assert name != Found(3, 6, "任正非", "person", 6.48)
    assert dataclasses.astuple(name) == (3, 6, "任正非", "person", 6.47)
    assert repr(name) == "Found(start=3, end=6, surface='任正非', type='person', score=6.47)"
    assert (Found(0, 2, "王明").type, Found(0, 2, "王明").score) == ("person", 0.0)
    assert dataclasses.replace(name, end=7) == Found(3, 7, "任正非", "person", 6.47)
    assert pickle.loads(pickle.dumps(name)) == name
    with pytest.raises(dataclasses.FrozenInstanceError):
        name.score = 1.0  # type: ignore[misc]


class _Forgetful(dict[str, bool]):
    """A memo that keeps nothing: every item is judged anew, the plain rule."""

    def __setitem__(self, key: str, value: bool) -> None:
        pass


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_brand_items_remembered_give_the_answers_of_items_judged_anew(chunks: list[str]) -> None:
    # `_in_brand_list` remembers each list item's verdict across texts (FINDER has read many): the
    # same verdicts as a finder that judges every item again.
    plain = NameFinder()
    plain._brand_items = _Forgetful()
    for text in chunks:
        for i in range(len(text)):
            assert FINDER._in_brand_list(text, i) == plain._in_brand_list(text, i)


@settings(deadline=None)
@given(texts, st.integers(0, 30))
def test_an_item_ends_at_the_first_mark_within_its_longest(text: str, start: int) -> None:
    ends = [k for k in range(start, min(len(text), start + _ITEM_LONGEST)) if text[k] in _ITEM_ENDS]
    assert _item_end(text, start) == (ends[0] if ends else min(len(text), start + _ITEM_LONGEST))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"埃隆马斯克·•・‧.a 、", "\u3400", "\u9fff", "\u4dff"]), max_size=16).map("".join))
def test_a_separator_between_han_characters_is_found_as_the_look_behind_rule_finds_it(text: str) -> None:
    # `_separator_re` looks behind after the dot (C speed over text without one), not before it.
    han = "\u3400-\u4dbf\u4e00-\u9fff"
    look_behind_first = re.compile(f"(?<=[{han}])[{_SEPARATORS}](?=[{han}])")
    for pos in range(len(text) + 1):
        assert [m.span() for m in _separator_re().finditer(text, pos)] == [
            m.span() for m in look_behind_first.finditer(text, pos)
        ]


spans_apart = st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), max_size=8).map(
    lambda gaps: [
        (sum(g + s for g, s in gaps[:k]) + gaps[k][0], sum(g + s for g, s in gaps[: k + 1])) for k in range(len(gaps))
    ]
)
"""Sorted spans that never overlap (each a gap after the last, then its length)."""


@settings(max_examples=300, deadline=None)
@given(spans_apart, st.lists(st.tuples(st.integers(0, 40), st.integers(1, 5)), max_size=10))
def test_a_longer_span_holding_a_name_is_found_by_bisection_as_by_a_pass_over_all(
    spans: list[tuple[int, int]], names: list[tuple[int, int]]
) -> None:
    # `_known_names` drops a name inside a longer span of a person's name that is no one's: the spans never
    # overlap, so the last that starts at or before the name is the only one that can hold it.
    starts = [s for s, _ in spans]
    for at, size in names:
        name = Found(at, at + size, "x" * size)
        plain = any(s <= name.start and name.end <= e and e - s > name.end - name.start for s, e in spans)
        assert _held_by_longer(spans, starts, name) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["《", "》", "王明", "李", "华", "\n", "，"]), max_size=30).map("".join))
def test_names_inside_titles_of_works_are_those_a_pass_over_all_titles_drops(text: str) -> None:
    found = [
        Found(i, i + size, text[i : i + size]) for i in range(len(text)) for size in (1, 2) if i + size <= len(text)
    ]
    works = [m.span() for m in re.finditer(r"《[^《》\n]{1,40}》", text)]
    plain = [f for f in found if not any(start < f.start and f.end < end for start, end in works)]
    assert _outside_works(text, found) == plain


# The scan of a long text (`NameFinder._live_starts`): the matches where no name can start are left out at C
# speed, before the loop; the loop must then find what it finds over every match.

DATA = Path(__file__).resolve().parent / "data"


def scan_parts(text: str) -> tuple[list[int], list[int], tuple[set[int], set[int]]]:
    """All the scan's match starts in `text` (simplified), those `_live_starts` keeps, and the titles."""
    titles = _title_positions(text)
    every = [match.start() for match in FINDER.stats.regex.finditer(text)]
    return every, FINDER._live_starts(text, _near_titles(titles)), titles


@settings(max_examples=500, deadline=None)
@given(st.lists(texts, max_size=6).map("。".join), st.sampled_from(["", "𠀀", "王𠀀", "董事长", "王"]))
def test_the_live_starts_leave_out_only_starts_where_no_name_is_found(text: str, odd: str) -> None:
    # Odd characters too: one past the BMP (its own table index); a surname at the very end.
    text = _simplified(text + odd + text)
    every, live, titles = scan_parts(text)
    assert set(live) <= set(every) and live == sorted(live)
    for i in set(every) - set(live):
        assert FINDER._best_at(text, i, titles) is None, (text, i)  # (what the loop asks, after its bounds)
        assert plain_best_at(FINDER, text, i, titles) is None, (text, i)  # (the score's own rules: no bound)


def evaluation_text() -> str:
    """Every sentence of the finder's evaluation sets (tests/data/unknown_names*.tsv), one text: ~2,000 lines."""
    return "".join(
        g.text + "\n"
        for path in sorted(DATA.glob("unknown_names*.tsv"))
        for g in load_gold(path.read_text("utf-8").splitlines())
    )


def test_a_long_text_is_found_as_the_scan_of_every_match_finds_it() -> None:
    text = evaluation_text()
    assert len(text) > 10 * unknown._BULK_LEAST  # (`find` thins the scan of a text this long)
    every, live, titles = scan_parts(_simplified(text))
    # Most matches go (two in five kept here, one in eight on prose), and every one left out finds no name.
    assert len(live) < len(every) / 2
    simple = _simplified(text)
    assert all(FINDER._best_at(simple, i, titles) is None for i in set(every) - set(live))
    # The whole find (numpy is loaded now: it thins the scan), against the loop over every match (no memo, no
    # table of pairs, no thinning).
    assert "numpy" in sys.modules
    assert NameFinder().find(text) == plain_find(FINDER, text)


def test_a_text_shorter_than_a_chunk_of_a_long_stream_imports_no_numpy() -> None:
    # numpy's import costs as much as thinning the scan of megabytes spares: a short text's find never asks it.
    text = evaluation_text()[: unknown._BULK_IMPORT - 1]
    assert len(text) > unknown._BULK_LEAST
    probe = (
        "import sys; from zhgloss.unknown import NameFinder; NameFinder().find(sys.stdin.read()); print(*sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], input=text, capture_output=True, text=True, check=True)
    assert "numpy" not in done.stdout.split(), done.stderr


pair_items = st.lists(
    st.tuples(
        st.text(st.sampled_from("王李张欧阳国家小明华为𠀀,a"), min_size=2, max_size=2), st.sampled_from([1, 2, 4])
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(
    pair_items, st.lists(st.text(st.sampled_from("王李张欧阳国家小明华为𠀀,ab"), min_size=2, max_size=2), max_size=30)
)
def test_pair_flags_answer_as_a_dict_of_the_pairs_does(items: list[tuple[str, int]], asked: list[str]) -> None:
    import numpy as np

    table: dict[str, int] = {}
    for pair, flag in items:
        table[pair] = table.get(pair, 0) | flag
    codes_of = {ord(p[0]) * 0x110000 + ord(p[1]): flag for p, flag in table.items()}
    flags = unknown._PairFlags(sorted(codes_of), [codes_of[code] for code in sorted(codes_of)])
    pairs = [pair for pair, _ in items] + asked
    codes = np.array([ord(p[0]) * 0x110000 + ord(p[1]) for p in pairs] + [-1, -0x110000 + 5], dtype=np.int64)
    assert flags.flags(codes).tolist() == [table.get(p, 0) for p in pairs] + [0, 0]


def test_the_cached_pairs_of_the_bundled_statistics_are_those_built_anew() -> None:
    assert unknown._bundled_pair_codes() == unknown._pair_codes(FINDER.stats, unknown._long_name_prefixes())


SCAN_CHARACTERS = [
    *sorted(unknown.bundled_stats().single)[:40],
    *sorted(unknown.bundled_stats().compound)[:10],
    *"明华伟丽之的是和、，。一",
    "\U00020000",  # a character past the BMP (CJK Extension B)
    "\ud800",  # a lone surrogate
    "a",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SCAN_CHARACTERS), max_size=40).map("".join))
def test_the_scan_finds_the_starts_the_pattern_of_its_two_classes_finds(text: str) -> None:
    # `_ScanTables.starts` in place of `_Stats.regex.finditer`: the same starts, runs of surnames (王李张刘) too.
    import numpy as np

    stats = unknown.bundled_stats()
    tables = unknown._ScanTables(stats, unknown._long_name_prefixes())
    assert tables.classes is not None
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    assert tables.starts(points).tolist() == [m.start() for m in stats.regex.finditer(text)]


def test_a_pattern_not_of_the_two_classes_is_scanned_by_the_regex() -> None:
    assert unknown._scan_classes("[王李][一-龥]") is not None
    assert unknown._scan_classes("[王\\]李][一-龥]") is None  # an escape: the classes are not read, the regex is asked
    assert unknown._scan_classes("(王|李)[一-龥]") is None

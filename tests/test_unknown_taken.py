"""Issue 14 item 5 (session 22): text inside a glossary match that annotate keeps starts no unknown-name candidate.

The finder used to score the text of the glossary's own matches too and drop what it found there only at the end
(`zhgloss.unknown._outside`): a quarter of the names it found in the news of the evaluation set. A name found inside
a known name could reach past its end and hide the unknown name written right after it (记者巩俐周冬雨报道: 巩俐周
read as a name, 周冬雨 lost). Now the scan starts no candidate inside a kept match (`_starts_outside`), but where a
list mark follows the match: the name found there heads a list (王家卫和杨瀚森, `NameFinder._listed`).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.model import Entry
from zhgloss.unknown import NameFinder, _outside, _starts_outside

FINDER = NameFinder()


def unknown_names(entries: list[Entry], text: str) -> list[str]:
    """The surfaces `annotate --unknown` proposes in `text` with a glossary of `entries` (json format)."""
    out = Annotator(entries).annotate(text, fmt="json", unknown=NameFinder())
    rows = [json.loads(line) for line in out.splitlines()]
    return [row["surface"] for row in rows if row.get("unverified")]


def person(zh: str, en: str) -> Entry:
    return Entry(id=en.lower().replace(" ", "-"), type="person", zh=zh, en=en)


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [
        (person("巩俐", "Gong Li"), "记者巩俐周冬雨报道。", ["周冬雨"]),
        (person("刘德华", "Andy Lau"), "刘德华孙正义在会上发言。", ["孙正义"]),
        (person("李小龙", "Bruce Lee"), "李小龙刘国梁在会上发言。", ["刘国梁"]),
        (person("赵乐际", "Zhao Leji"), "赵乐际宗庆后表示同意。", ["宗庆后"]),
        (person("钟楚红", "Cherie Chung"), "钟楚红罗永浩、甄子丹出席。", ["罗永浩", "甄子丹"]),
    ],
)
def test_a_name_written_right_after_a_known_name_is_found(known: Entry, text: str, expected: list[str]) -> None:
    # The old finder read a name starting inside the known one and reaching past it (dropped: it overlaps the
    # gloss), and went on after its end: the unknown name right after the known one was lost.
    assert unknown_names([known], text) == expected


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [
        (person("王家卫", "Wong Kar-wai"), "王家卫和杨瀚森一起训练。", ["杨瀚森"]),
        (person("高德纳", "Donald Knuth"), "高德纳和蒯曼一起训练。", ["蒯曼"]),
        (person("姚明", "Yao Ming"), "姚明、林黛玉和张雨霏出席了活动。", ["林黛玉", "张雨霏"]),
        (person("戴维斯", "Davis"), "戴维斯与袁隆平握手。", ["袁隆平"]),
    ],
)
def test_a_known_name_before_a_list_mark_still_heads_the_list(known: Entry, text: str, expected: list[str]) -> None:
    # A list mark after a name says another name follows (`NameFinder._listed`): the known name heads the list
    # as a name found does, so its text is still read where a list mark follows it.
    assert unknown_names([known], text) == expected


def test_a_known_short_name_dropped_inside_a_longer_name_leaves_the_longer_one_found() -> None:
    # Only the matches annotate keeps count: 马云 inside 马云飞 (another person) is dropped by the glossary's rules
    # (issue 14 item 6), so 马云飞 is an unknown name like any other.
    jack_ma = Entry(id="jack-ma", type="person", zh="马云", en="Jack Ma")
    assert unknown_names([jack_ma], "马云飞表示，公司将继续投入研发。") == ["马云飞"]
    assert unknown_names([jack_ma], "马云表示，公司将继续投入研发。") == []


def test_a_foreign_name_right_before_a_known_name_is_kept() -> None:
    # A transliterated run read on into the known name (马杜罗卫留) is no name, as it overlaps the gloss: it takes
    # over none of the names found either. The old finder's name read inside 卫留成 reached past the run and so
    # kept 马杜罗 by chance; without it the run took 马杜罗 over and was dropped at the end.
    entries = [person("卫留成", "Wei Liucheng")]
    assert unknown_names(entries, "卫留成说，马杜罗卫留成的话很对。") == ["马杜罗"]


def test_a_known_name_is_not_proposed_at_another_mention_whose_match_the_rules_dropped() -> None:
    # The old finder read 李建成 inside its kept match and so, by one name, one reading (`_consistent`), read its
    # other mention on the line as an unknown name too, where the glossary's rules had dropped the match: a
    # proposal for a name the glossary has. Now nothing is proposed for it.
    entries = [person("李建成", "Li Jiancheng"), person("希拉里·克林顿", "Hillary Clinton")]
    text = "李建成说，希拉里·克林顿李建成的话很对。"
    assert unknown_names(entries, text) == []


# Properties: the scan without the starts inside the spans, and the finder against the old one's definition.

CHARACTERS = "王李张刘陈杨黄赵周吴建国明华伟强丽英和、，。表示说的在是了公司记者报道"
TEXTS = st.text(alphabet=CHARACTERS, min_size=1, max_size=40)
CUTS = st.lists(st.integers(min_value=0, max_value=40), max_size=8)


def spans_of(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Spans of `text` from cut points, every other pair of them a span: sorted, never overlapping."""
    points = sorted({min(c, len(text)) for c in cuts})
    return [(points[k], points[k + 1]) for k in range(0, len(points) - 1, 2) if points[k] < points[k + 1]]


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, cuts=CUTS)
def test_no_start_left_lies_inside_a_span_with_its_next_character(text: str, cuts: list[int]) -> None:
    taken = spans_of(text, cuts)
    starts = list(range(len(text)))
    kept = _starts_outside(starts, text, taken)
    for i in starts:
        inside = [(s, e) for s, e in taken if s <= i and i + 1 < e and text[e : e + 1] not in ("、", "和", "与", "及")]
        assert (i in kept) == (not inside), (i, taken)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, at=st.integers(min_value=0, max_value=40))
def test_the_finder_equals_the_old_one_where_no_start_lies_inside_a_match(text: str, at: int) -> None:
    # The old finder read `taken` only at its end: find(text, taken) was _outside(find(text), taken). Where no
    # candidate of the scan starts inside a span (a span of one character, or of characters that start no name),
    # the finder is that still; with no match at all it is the old finder itself.
    at = min(at, len(text) - 1)
    assert FINDER.find(text, []) == FINDER.find(text)
    one = [(at, at + 1)]
    assert FINDER.find(text, one) == _outside(FINDER.find(text), one)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, cuts=CUTS)
def test_no_name_found_overlaps_a_kept_match(text: str, cuts: list[int]) -> None:
    taken = spans_of(text, cuts)
    for name in FINDER.find(text, taken):
        assert all(name.end <= s or e <= name.start for s, e in taken), (name, taken)

"""Word edges by word counts (`zhgloss.segment`): the table, the segmentation, the edge test."""

from __future__ import annotations

from collections.abc import Sequence
from math import log

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.segment import (
    CLASSIFIERS,
    MAX_WORD,
    NAME_COUNT,
    NUMERALS,
    WORD_COUNTS_PATH,
    WordCounts,
    bundled_counts,
    can_cross,
    is_counted,
    is_crossed,
    is_near_tie,
    is_read_apart,
    is_split_inside,
    segment,
)
from zhgloss.segment import _readings as readings

COUNTS = bundled_counts()
LINES = [line for line in WORD_COUNTS_PATH.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
WORDS = [line.split("\t")[0] for line in LINES]


def words_of(window: str, names: Sequence[tuple[int, int]] = ()) -> list[str]:
    return [window[i:j] for i, j in segment(window, names, COUNTS)]


def test_every_line_of_word_counts_is_a_word_and_a_positive_count_in_order() -> None:
    for line in LINES:
        word, count = line.split("\t")
        assert 1 <= len(word) <= MAX_WORD, line
        assert all("\u3400" <= char <= "\u9fff" for char in word), line
        assert int(count) > 0, line
    # Sorted by code point, as the in-place search needs; no word twice.
    assert sorted(set(WORDS)) == WORDS


def test_word_counts_header_names_its_source_licence_and_total() -> None:
    head = WORD_COUNTS_PATH.read_text(encoding="utf-8")[:600]
    assert "jieba" in head
    assert "MIT" in head
    assert COUNTS.total > sum(int(line.split("\t")[1]) for line in LINES[:1000])


def test_counts_of_well_known_words() -> None:
    assert COUNTS.get("中国") > COUNTS.get("北京") > COUNTS.get("懂得") > 0
    assert COUNTS.get("的") > COUNTS.get("中国")
    assert COUNTS.get("得文") == 0  # Devon: a name jieba's dictionary lacks
    assert COUNTS.get("") == 0
    assert COUNTS.get("Beijing") == 0


TABLE = {word: int(count) for word, count in (line.split("\t") for line in LINES)}


@given(st.sampled_from(WORDS) | st.text(alphabet="中国人民北京大学上都书得文章\t\n", max_size=5))
def test_counts_read_in_place_equal_the_parsed_file(word: str) -> None:
    assert COUNTS._find(word) == TABLE.get(word, 0)


def test_every_word_of_the_file_is_found_with_its_count() -> None:
    counts = WordCounts(WORD_COUNTS_PATH.read_bytes())
    assert all(counts.get(word) == count for word, count in TABLE.items())
    # The first and the last line, and words before the first or after the last.
    assert (counts.get(WORDS[0]), counts.get(WORDS[-1])) == (TABLE[WORDS[0]], TABLE[WORDS[-1]])
    assert counts.get("\u3400\u3400") == counts.get("\U0002a6d6") == 0


def test_counts_without_a_total_are_refused() -> None:
    with pytest.raises(ValueError, match="total"):
        WordCounts("中国\t10\n".encode())


def test_counts_from_lines() -> None:
    counts = WordCounts.from_lines(["书上\t5", "上都\t1", "都\t100", "书\t50", "上\t90"], total=1000)
    assert (counts.total, counts.get("书上"), counts.get("上"), counts.get("书上都")) == (1000, 5, 90, 0)
    assert (counts.get("上都"), counts.get("都"), counts.get("书"), counts.get("一")) == (1, 100, 50, 0)


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("书上都一条", ["书上", "都", "一条"]),
        ("懂得文章", ["懂得", "文章"]),
        ("陇西天水人也", ["陇西", "天水", "人", "也"]),
        ("中国人民", ["中国", "人民"]),
        ("知道教授", ["知道", "教授"]),
    ],
)
def test_segment_reads_as_jieba_does(window: str, expected: list[str]) -> None:
    assert words_of(window) == expected


def test_a_name_counts_as_a_word_of_its_own() -> None:
    # 雷军 is in no dictionary: as a name it beats two characters, and 李强 beats 强调.
    assert words_of("雷军说", [(0, 2)]) == ["雷军", "说"]
    assert words_of("李强调研", [(0, 2)]) == ["李强", "调研"]
    # A name never outweighs a dictionary reading that needs it not: 懂得|文章 stays.
    assert words_of("懂得文章", [(1, 3)]) == ["懂得", "文章"]
    assert COUNTS.get("懂得") > NAME_COUNT


def test_is_crossed_by_partial_overlap_only() -> None:
    assert is_crossed([(0, 2), (2, 3)], 1, 3)  # 书上|都 crosses 上都
    assert is_crossed([(0, 1), (1, 3)], 0, 2)  # 开|城门 crosses 开城
    assert not is_crossed([(0, 4)], 2, 4)  # 英国伦敦 holds 伦敦
    assert not is_crossed([(0, 1), (1, 2), (2, 3)], 0, 2)  # 雷|军|说: inside, not across
    assert not is_crossed([(0, 2), (2, 4)], 0, 2)


def test_a_name_of_very_common_characters_is_read_apart() -> None:
    # 大 and 和, 上 and 都, 日 and 中 are each among jieba's commonest words: even weighed as a name, the
    # pair loses to them (issue 9: 静和大和空虚 is no Yamato, 每叶上都写着 no Shangdu).
    for window, s, e in (("静和大和空虚", 2, 4), ("每叶上都写着", 2, 4), ("第二天的日中", 4, 6)):
        path = segment(window, [(s, e)], COUNTS)
        assert is_read_apart(path, s, e), words_of(window, [(s, e)])
        assert not is_crossed(path, s, e)
    # Names of rarer characters, or that the dictionary counts, are words of their own.
    for window, s, e in (("雷军说", 0, 2), ("在柏林举行", 1, 3), ("全国人大常委会", 2, 4), ("难道真如市上", 2, 4)):
        assert not is_read_apart(segment(window, [(s, e)], COUNTS), s, e), window
    assert not is_read_apart([(0, 1)], 0, 1)  # one character is no pair read apart


def test_a_word_holding_a_match_is_read_into_its_parts() -> None:
    # 沿海地区 and 书法家 are words of their own that hold 海地 and 法家 across their parts (issue 9).
    for window, s, e in (("沿海地区要做", 1, 3), ("等书法家的", 2, 4)):
        path = segment(window, [(s, e)], COUNTS)
        assert not is_crossed(path, s, e), words_of(window, [(s, e)])
        assert is_split_inside(window, path, s, e, COUNTS)
    # A word made of a name and more: the name is one of its parts.
    for window, s, e in (("在英国伦敦", 3, 5), ("全国人大代表", 2, 4), ("新中国成立", 1, 3), ("老北京的", 1, 3)):
        assert not is_split_inside(window, segment(window, [(s, e)], COUNTS), s, e, COUNTS), window
    # No word holds the match: nothing to read.
    assert not is_split_inside("雷军说", [(0, 2), (2, 3)], 0, 2, COUNTS)
    # The cut without the whole word: 沿海地区 has two parts.
    assert segment("沿海地区", [], COUNTS, whole=False) == [(0, 2), (2, 4)]


_ALPHABET = "书上都一条懂得文章陇西天水人也中国民知道教授的了在大和日沿海地区法家"


def test_a_near_tie_cut_of_a_match_is_seen() -> None:
    # jieba's counts hold the names (人大, 柏林): a reading that cuts the match nearly as likely, with no more
    # words and no more single characters, is as good (issue 9, zh-corpus.txt and news).
    for window, form in (
        ("酒店里的人大笑了", "人大"),  # 的|人|大笑, "the people laughed"
        ("正对船头的一丛松柏林", "柏林"),  # 松柏|林, "a grove of pines and cypresses"
        ("老字号的第五代传人", "五代"),  # 第五|代, "fifth generation"
        ("再现了北宋东京城的繁", "东京"),  # 东|京城, Kaifeng, "the capital"
    ):
        s = window.index(form)
        assert is_near_tie(window, s, s + len(form), COUNTS), window
    for window, form in (
        ("的新作在中国内地上", "中国"),  # 中|国内|地 breaks 内地: more words
        ("拿破仑美国人不知道", "美国人"),  # 美国|人不知 leaves 美国, a name
        ("看到一本日本文的书", "日本"),  # 日|本文 is 6.5 times less likely
        ("否则也如孔庙里的", "孔庙"),
        ("遵义市民令狐", "遵义市"),  # 遵义|市民: the generic is shared
        ("吉林省委原书记", "吉林省"),
        ("台中市长卢秀燕", "台中市"),
        ("他去了德国柏林", "柏林"),
        ("全国人大代表", "人大"),
        ("唐末五代时期", "五代"),
        ("雷军说", "雷军"),
    ):
        s = window.index(form)
        assert not is_near_tie(window, s, s + len(form), COUNTS), window


@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=9))
def test_readings_are_the_best_cuts(window: str) -> None:
    """The best reading of the whole window, from either end, is `segment`'s cut, with its words counted."""
    before, after = readings(window, COUNTS)
    path = segment(window, [], COUNTS)
    score = sum(log(COUNTS.get(window[i:j]) or 1) - log(COUNTS.total) for i, j in path)
    assert before[-1][0] == pytest.approx(score)
    assert after[0][0] == pytest.approx(score)
    assert after[0][1:3] == (len(path), sum(1 for i, j in path if j - i == 1))
    assert after[0][3] == path[0][1]


@given(st.text(alphabet=_ALPHABET, min_size=2, max_size=9), st.data())
def test_a_near_tie_needs_a_word_across_an_edge(window: str, data: st.DataObject) -> None:
    """A near tie is a reading with a dictionary word across the match's edge: can_cross sees one."""
    s = data.draw(st.integers(0, len(window) - 2))
    e = data.draw(st.integers(s + 2, len(window)))
    if is_near_tie(window, s, e, COUNTS):
        assert can_cross(window, s, e, COUNTS)


@given(st.text(alphabet=_ALPHABET, min_size=2, max_size=9), st.data())
def test_a_word_split_across_a_match_could_cross_it(window: str, data: st.DataObject) -> None:
    """A holding word cut across the match has a part that is a dictionary word overlapping it: can_cross sees it."""
    s = data.draw(st.integers(0, len(window) - 2))
    e = data.draw(st.integers(s + 2, len(window)))
    if is_split_inside(window, segment(window, [(s, e)], COUNTS), s, e, COUNTS):
        assert can_cross(window, s, e, COUNTS)


@given(st.text(alphabet=_ALPHABET, min_size=2, max_size=9), st.data())
def test_can_cross_is_exact(window: str, data: st.DataObject) -> None:
    """When no dictionary word overlaps a match, no segmentation crosses its edges (the shortcut loses nothing)."""
    s = data.draw(st.integers(0, len(window) - 2))
    e = data.draw(st.integers(s + 2, len(window)))
    crossed = is_crossed(segment(window, [(s, e)], COUNTS), s, e)
    if crossed:
        assert can_cross(window, s, e, COUNTS)


@given(st.text(alphabet=_ALPHABET, min_size=2, max_size=9), st.data())
def test_reading_apart_needs_no_context_when_no_word_crosses(window: str, data: st.DataObject) -> None:
    """When no dictionary word overlaps a match's edges, its cut inside is the cut of the match alone."""
    s = data.draw(st.integers(0, len(window) - 2))
    e = data.draw(st.integers(s + 2, len(window)))
    if not can_cross(window, s, e, COUNTS):
        alone = segment(window[s:e], [(0, e - s)], COUNTS)
        assert is_read_apart(segment(window, [(s, e)], COUNTS), s, e) == is_read_apart(alone, 0, e - s)


@pytest.mark.parametrize(
    ("window", "s", "counted"),
    [
        ("的一张宁式床", 2, True),  # 一张|宁式床: no 张宁
        ("第一张宁式床", 2, True),  # an ordinal's classifier
        ("二十张宁式床", 2, True),
        ("这张宁波地图", 1, True),
        ("统一台湾问题", 2, False),  # 统一|台湾: the numeral ends a word of its own
        ("运动员张宁获", 3, False),  # no numeral before
        ("一年张宁获奖", 2, False),  # 年 is no classifier
    ],
)
def test_a_classifier_is_counted_by_the_numeral_before_it(window: str, s: int, counted: bool) -> None:
    assert is_counted(window, s, bundled_counts()) is counted


@given(st.text(alphabet="一二这第统年张台个宁湾北旧书", max_size=8), st.integers(min_value=0, max_value=7))
def test_only_a_classifier_right_after_a_numeral_is_counted(window: str, s: int) -> None:
    if s >= len(window):
        return
    if is_counted(window, s, bundled_counts()):
        assert s > 0 and window[s] in CLASSIFIERS and window[s - 1] in NUMERALS

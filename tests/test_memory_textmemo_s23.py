"""`zhgloss.memo.TextMemo`: a memo keyed by text is bounded by its entries and by the characters its keys hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.memo import TextMemo
from zhgloss.unknown import NameFinder


@given(
    st.integers(1, 8),
    st.integers(1, 40),
    st.lists(st.tuples(st.text(alphabet="张王李雷军和、", max_size=12), st.booleans())),
)
def test_bounds_hold_after_any_verdicts(max_entries: int, max_chars: int, verdicts: list[tuple[str, bool]]) -> None:
    memo: TextMemo[str, bool] = TextMemo(max_entries, max_chars)
    for text, verdict in verdicts:
        assert memo.remember(text, verdict, len(text)) is verdict
        assert len(memo) <= max_entries
        assert memo.chars <= max_chars
        assert memo.chars == sum(map(len, memo))
        if len(text) <= max_chars:
            assert memo[text] is verdict  # the verdict just remembered is there


def test_a_chunk_of_a_stream_empties_the_memo_of_windows() -> None:
    # A memo keyed by whole chunks held each of them up to its count (issue 15 item 6); by characters, the next
    # chunk makes room for itself.
    memo: TextMemo[str, tuple[int, ...]] = TextMemo(20_000, 100)
    for k in range(1_000):
        memo.remember(f"第{k}段" * 20, (k,), len(f"第{k}段" * 20))
    assert memo.chars <= 100
    assert len(memo) <= 100 // len("第999段" * 20) + 1


def test_key_longer_than_the_bound_is_not_kept() -> None:
    memo: TextMemo[str, bool] = TextMemo(10, 5)
    memo.remember("雷军", True, 2)
    assert memo.remember("华为创始人任正非", False, 8) is False
    assert memo == {"雷军": True}
    assert memo.chars == 2


def test_the_same_key_again_counts_once() -> None:
    memo: TextMemo[tuple[str, int, int], bool] = TextMemo(10, 6)
    for _ in range(5):
        memo.remember(("雷军说", 0, 2), True, 3)
    assert memo.chars == 3
    assert len(memo) == 1


@pytest.mark.parametrize(("max_entries", "max_chars"), [(0, 10), (10, 0), (-1, -1)])
def test_bounds_below_one_are_refused(max_entries: int, max_chars: int) -> None:
    with pytest.raises(ValueError, match="at least one entry"):
        TextMemo(max_entries, max_chars)


def test_finder_clauses_are_bounded_by_characters() -> None:
    finder = NameFinder()
    clauses = finder._clauses
    clauses.max_chars = 50  # a few clauses' worth
    article = "".join(f"据报道，华为创始人任正非第{k}次表示，公司将继续投入研发。" for k in range(300))
    expected = [(f.start, f.end, f.surface) for f in NameFinder().find(article)]
    assert [(f.start, f.end, f.surface) for f in finder.find(article)] == expected  # same names, small memo
    assert clauses.chars <= 50

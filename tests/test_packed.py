"""Tables read in place (`zhgloss.packed`): what is written is read back, and damage is found."""

from __future__ import annotations

import bisect
import itertools
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.packed import OFFSET_BLOCK, Layout, Offsets, Sections

MAGIC = b"test tables\n"


def _written(sections: Sections) -> Layout:
    return Layout(sections.to_bytes(MAGIC, None), MAGIC)


@given(st.lists(st.integers(0, 3000) | st.integers(0, 70_000), max_size=3 * OFFSET_BLOCK + 5))
def test_offsets_read_back_every_end(sizes: list[int]) -> None:
    """Ends in two levels read back as the plain ends, in 16 bits unless a block spans 64 KiB."""
    ends = list(itertools.accumulate(sizes))
    sections = Sections()
    sections.add_offsets("ends", ends)
    layout = _written(sections)
    read = layout.offsets("ends")
    assert [read[i] for i in range(len(read))] == ends
    assert len(read) == len(ends)
    blocks = [ends[i : i + OFFSET_BLOCK] for i in range(0, len(ends), OFFSET_BLOCK)]
    starts = [0, *(block[-1] for block in blocks)]
    wide = any(end - start >= 2**16 for block, start in zip(blocks, starts, strict=False) for end in block)
    assert ("ends_rest32" in layout.spans) == wide
    for probe in (0, *ends[::7], (ends or [0])[-1] + 1):
        assert bisect.bisect_right(read, probe) == bisect.bisect_right(ends, probe)


def test_compact_strings_and_postings_read_back() -> None:
    words = [f"word{n}" * (n % 5) for n in range(500)] + ["雷军", "Zoë", ""]
    table = {"a": [1, 2, 3], "b": [], "é": [65_535, 0]}
    sections = Sections()
    sections.add_packed("words", words, compact=True)
    sections.add_postings("table", table, compact=True, code="H")
    layout = _written(sections)
    packed = layout.packed("words")
    assert [packed[i] for i in range(len(packed))] == words
    assert "words_ends_base" in layout.spans and "words_ends" not in layout.spans
    postings = layout.postings("table", "H")
    assert {key: list(postings.get(key, 10)) for key in table} == table
    assert len(layout.section("table_flat")) == 2 * 5  # 16 bits a posting


def test_offsets_cut_short_are_found() -> None:
    sections = Sections()
    sections.add_offsets("ends", list(range(0, 10 * OFFSET_BLOCK)))
    sections.spans["ends_base"] = (sections.spans["ends_base"][0], sections.spans["ends_base"][0] + 8)
    with pytest.raises(ValueError, match="cut short"):
        _written(sections).offsets("ends")


def test_offsets_are_not_read_from_the_end() -> None:
    with pytest.raises(IndexError):
        Offsets([0], [1, 2])[-1]


@given(st.lists(st.integers(min_value=0, max_value=2**24 - 1), max_size=300), st.data())
def test_three_byte_ints_read_back_as_written(values: list[int], data: st.DataObject) -> None:
    from zhgloss.packed import Int24

    packed = Int24.pack(values)
    assert len(packed) == 3 * len(values)
    table = Int24(memoryview(packed))
    assert len(table) == len(values)
    assert [table[n] for n in range(len(values))] == values
    start = data.draw(st.integers(min_value=0, max_value=len(values)))
    stop = data.draw(st.integers(min_value=0, max_value=len(values) + 3))
    assert table[start:stop].tolist() == values[start:stop]


def test_an_int_past_three_bytes_is_refused() -> None:
    from zhgloss.packed import Int24

    with pytest.raises(OverflowError):
        Int24.pack([1, 2**24])
    with pytest.raises(ValueError, match="cut short"):
        Int24(memoryview(b"\0\0\0\0"))


@given(st.lists(st.integers(0, 3000) | st.integers(0, 70_000), max_size=3 * OFFSET_BLOCK + 5))
def test_offsets_of_a_numpy_array_are_the_bytes_of_a_list(sizes: list[int]) -> None:
    """A build with numpy loaded hands its ends over as an array: the same bytes, both widths."""
    import numpy as np

    ends = list(itertools.accumulate(sizes))
    assert Offsets.pack(np.array(ends, np.int64)) == Offsets.pack(ends)


@given(
    st.dictionaries(
        st.text(alphabet="ab雷ø", min_size=1, max_size=4),
        st.lists(st.integers(0, 2**16 - 1), min_size=1, max_size=5),
        max_size=8,
    ),
    st.sampled_from(["i", "H"]),
)
def test_postings_given_as_arrays_are_the_bytes_of_a_table(
    table: dict[str, list[int]], code: Literal["i", "H"]
) -> None:
    import numpy as np

    keys = sorted(table)
    flat = np.array([value for key in keys for value in table[key]], np.int64)
    ends = np.array(list(itertools.accumulate(len(table[key]) for key in keys)), np.int64)
    plain, arrays = Sections(), Sections()
    plain.add_postings("table", table, compact=True, code=code)
    arrays.add_postings_lists("table", keys, flat, ends, code=code)
    assert arrays.to_bytes(MAGIC, None) == plain.to_bytes(MAGIC, None)

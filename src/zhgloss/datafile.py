"""Package data files read in place: the word tables a one-line annotate asks a few words of.

words.txt, common_words.txt and word_counts.tsv hold 70,000-140,000 sorted lines. A process that
looks up a handful of words (a one-line `annotate`) should not read, copy or parse them whole:
they are memory-mapped, and a word is found by binary search over the lines (`lower_bound`),
so only the pages the search touches are read.
"""

from __future__ import annotations

import mmap
from pathlib import Path

Mapped = bytes | mmap.mmap
"""The bytes of a data file: memory-mapped, or read whole (an empty file cannot be mapped)."""


def map_data(path: Path) -> Mapped:
    """Return the bytes of the file at `path`, memory-mapped read-only; raise OSError if it cannot be opened.

    The map outlives the file object (mmap keeps its own descriptor). Package data files are
    replaced, never written in place, so the mapped pages do not change under the reader.
    """
    with path.open("rb") as fp:
        try:
            return mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file
            return fp.read()


def lower_bound(data: Mapped, key: bytes, low: int, high: int) -> int:
    """Return the start of the first line of data[low:high] that is not below `key` (`high` if none is).

    The lines (separated by b"\\n") must be sorted as bytes; UTF-8 sorts as the code points do.
    `low` must be a line start and `high` the end of a line (or of the data). Each step looks at
    one line, found with `rfind`/`find` in C.
    """
    limit = high
    # Every line before `low` is below `key`; the line at `high` (if any) is not.
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", low, middle) + 1 or low
        end = data.find(b"\n", start, high)
        end = end if end >= 0 else high
        if data[start:end] < key:
            low = end + 1
        else:
            high = start
    return min(low, limit)


def line_at(data: Mapped, pos: int, end: int) -> bytes:
    """Return the line of data[:end] that starts at `pos`, without its b"\\n"."""
    stop = data.find(b"\n", pos, end)
    return data[pos : stop if stop >= 0 else end]

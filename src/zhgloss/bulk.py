"""Bulk work over a whole glossary (10^5 entries): imports and index builds."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block, then restore it.

    Building 10^5 entries allocates millions of objects with no reference cycles, and the collector
    rescans the growing heap again and again: measured on all of CC-CEDICT, 40% of an import
    (6.4 s -> 3.7 s without it). Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

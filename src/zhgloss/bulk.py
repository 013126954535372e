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

    What the block made is then moved to the oldest generation, as if it had lived through two
    collections, without them: the first collection after the block would otherwise scan it all
    (~0.1 s at 10^5 entries). A full collection still frees what it holds in cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()  # every object the collector tracks, to the permanent generation ...
            gc.unfreeze()  # ... and from there to the oldest one
            gc.enable()

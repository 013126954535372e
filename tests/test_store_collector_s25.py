"""What a bulk job leaves alive is not rescanned by the first collection after it (`zhgloss.bulk.paused_gc`).

Twenty-fifth session, issue 9 (the import's speed). The import pauses the collector (`paused_gc`); everything it
made and kept (the CC-CEDICT parse's tables of senses, ~56k lists) was still in the youngest generation when the
collector resumed, so the first allocation after the import started a collection that scanned it all: ~0.04 s of
every full import (a gen-0 collection at the end of `zhgloss import`, measured with `gc.callbacks`). The cache
build had the same fix of its own (cache.py); it is now one rule, in `paused_gc`.
"""

from __future__ import annotations

import gc
import weakref

import pytest

from zhgloss.bulk import paused_gc


class _Node:
    """A container object the collector tracks, which can hold a reference cycle."""

    def __init__(self) -> None:
        self.other: object = None


def _young_ids() -> set[int]:
    return {id(thing) for thing in gc.get_objects(generation=0)}


@pytest.fixture(autouse=True)
def _collector_running() -> None:
    assert gc.isenabled()


def test_the_first_collection_after_the_block_does_not_scan_what_it_keeps() -> None:
    scanned: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 0:
            scanned.append(len(gc.get_objects(generation=0)))

    gc.callbacks.append(watch)  # (no collection runs in the block: whatever runs after it is seen)
    try:
        with paused_gc():
            kept = [[n] for n in range(20_000)]
        garbage = [[] for _ in range(5_000)]  # enough new containers that a collection must start
    finally:
        gc.callbacks.remove(watch)
    assert scanned, "no collection started"
    assert max(scanned) < 10_000, scanned  # not the 20,000 lists kept
    assert len(kept) == 20_000 and len(garbage) == 5_000


def test_an_inner_block_leaves_the_collector_paused_and_the_outer_one_moves_what_is_alive() -> None:
    with paused_gc():
        with paused_gc():
            inner = [[n] for n in range(1_000)]
        assert not gc.isenabled()
        outer = [[n] for n in range(1_000)]
    assert gc.isenabled()
    young = _young_ids()
    assert not any(id(item) in young for item in (*inner, *outer))


def test_cyclic_garbage_made_in_the_block_is_still_collected() -> None:
    with paused_gc():
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        gone = weakref.ref(first)
        del first, second
    assert gone() is not None  # a cycle: reference counting alone does not free it
    gc.collect()
    assert gone() is None


def test_the_collector_stays_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            kept = [[n] for n in range(1_000)]
        assert not gc.isenabled()
        assert kept
    finally:
        gc.enable()

"""What a bulk job leaves alive is not rescanned by the first collection after it (`zhgloss.bulk.paused_gc`).

Twenty-fifth session, issue 9 (the import's speed). The import pauses the collector (`paused_gc`); everything it
made and kept (the CC-CEDICT parse's tables of senses, ~56k lists) was still in the youngest generation when the
collector resumed, so the first allocation after the import started a collection that scanned it all: ~0.04 s of
every full import (a gen-0 collection at the end of `zhgloss import`, measured with `gc.callbacks`). The cache
build had the same fix of its own (cache.py); it is now one rule, in `paused_gc`.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
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


_FIRST_COLLECTION = """
import gc, json
from zhgloss.bulk import paused_gc

scanned = []

def watch(phase, info):
    if phase == "start" and info["generation"] == 0:
        scanned.append(len(gc.get_objects(generation=0)))

gc.callbacks.append(watch)  # (no collection runs in the block: whatever runs after it is seen)
with paused_gc():
    kept = [[n] for n in range(20_000)]
garbage = [[] for _ in range(5_000)]  # enough new containers that a collection must start
gc.callbacks.remove(watch)
print(json.dumps({"scanned": scanned, "kept": len(kept), "garbage": len(garbage)}))
"""


def test_the_first_collection_after_the_block_does_not_scan_what_it_keeps() -> None:
    # In a process of its own: the collector and its counters are the whole process's, and in the suite's worker
    # another test's thread may hold the collector paused (a run of the forty-fourth session saw no collection start
    # in 5,000 allocations after the block, in a worker that had run other files' tests).
    done = subprocess.run([sys.executable, "-c", _FIRST_COLLECTION], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["scanned"], "no collection started"
    assert max(result["scanned"]) < 10_000, result  # not the 20,000 lists kept
    assert (result["kept"], result["garbage"]) == (20_000, 5_000)


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

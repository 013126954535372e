"""paused_gc restores the collector's state, even when the block raises."""

from __future__ import annotations

import gc

import pytest

from zhgloss.bulk import paused_gc


def test_paused_gc_restores_an_enabled_collector() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_paused_gc_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

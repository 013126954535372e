"""The gloss rules' character tables are made once a process, not once a line.

`_trade_lasts` (the last characters of the trade words, with their traditional forms) lacked its cache: every line
that asked the trade rule rebuilt the set from OpenCC's ~3,000 t2s pairs, ~240 µs a line, which made annotating
100,000 short segments ~10x slower (`benchmarks/bench_check.py`'s peer: 34.8 s against ~3 s; twenty-third session).
Every table built by `_with_traditional` from a rule's own constants is asked with no argument: each must be cached.
"""

from __future__ import annotations

import inspect

import pytest

from zhgloss import glossrules


def _tables() -> list[str]:
    """The names of glossrules' functions of no argument that build a table with `_with_traditional`."""
    out = []
    for name, function in vars(glossrules).items():
        wrapped = getattr(function, "__wrapped__", function)
        if not inspect.isfunction(wrapped) or name == "_with_traditional" or wrapped.__module__ != glossrules.__name__:
            continue
        if "_with_traditional(" in inspect.getsource(wrapped) and not inspect.signature(wrapped).parameters:
            out.append(name)
    return sorted(out)


def test_the_tables_are_found() -> None:
    assert {"_trade_lasts", "_trade_firsts", "_loud_verbs", "_org_firsts"} <= set(_tables())


@pytest.mark.parametrize("name", _tables())
def test_each_table_is_built_once(name: str) -> None:
    function = getattr(glossrules, name)
    assert function() is function()

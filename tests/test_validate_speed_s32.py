"""validate's per-entry costs that were re-paid for every entry (session 32, issue 9's speed note: validate of a
14,934-entry names glossary 28.5 s -> 31.8 s in session 31). Measured in one run: 9.6 s CPU at 90e0ddf, 7.3 s now,
the same 3,078 problems. Two causes, each guarded here (tests never assert time):
- `model.life_dates` built a pattern of each person's names and compiled it anew (re's cache holds 512): ~1 ms a
  person. The patterns are fixed now, the names checked beside them.
- `convert._convert` converted an entry's forms again in each check (57,447 conversions of 32,031 texts).
"""

from __future__ import annotations

import re
import types

import pytest

from zhgloss import convert, model
from zhgloss.model import Entry, life_dates


def test_life_dates_builds_no_pattern_of_the_persons_names(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(name: str) -> object:
        def call(pattern: object, *args: object, **kwargs: object) -> object:
            assert "Xiaoping" not in str(pattern), f"re.{name} of a pattern built from the names"
            return getattr(re, name)(pattern, *args, **kwargs)

        return call

    proxy = types.SimpleNamespace(**{n: getattr(re, n) for n in dir(re) if not n.startswith("__")})
    for name in ("search", "match", "compile", "finditer", "fullmatch"):
        setattr(proxy, name, refuse(name))
    monkeypatch.setattr(model, "re", proxy)
    # CC-CEDICT: 鄧小平 邓小平 [Deng4 Xiao3 ping2] /Deng Xiaoping (1904-1997), Chinese communist leader, .../
    deng = Entry(id="deng", type="person", zh="邓小平", en="Deng Xiaoping", note="Deng Xiaoping (1904-1997), leader")
    assert life_dates(deng) == (1904, 1997, "(1904-1997)")
    chinese = Entry(
        id="deng", type="person", zh="邓小平", en="Deng Xiaoping", note="邓小平（1904年8月22日—1997年2月19日）"
    )
    assert life_dates(chinese) == (1904, 1997, "（1904年8月22日—1997年2月19日）")


def test_a_conversion_asked_again_is_remembered() -> None:
    convert._convert.cache_clear()
    assert convert.to_traditional("邓小平") == convert.to_traditional("邓小平") == "鄧小平"
    assert convert._convert.cache_info().hits >= 1

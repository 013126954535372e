"""CC-CEDICT import: the form a line says a name is also written as heads its entry.

The acceptance tester of the nineteenth and twentieth sessions found 亚马孙 heading the entry of "Amazon" (jieba
counts 亚马孙 86, 亚马逊 40), so English "sold to Amazon" and "Amazon announced new layoffs" glossed the river's
writing; CC-CEDICT's own line 阿马逊 "Amazon/also written 亚马逊" names the form it takes. A pointer from the form
counted most names a rarer writing, and the full name of a bare one heads nothing. The rule (zhgloss.formats.cedict):
`_head`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = [
    "亞馬孫 亚马孙 [Ya4 ma3 sun1] /Amazon/\n",
    "亞馬遜 亚马逊 [Ya4 ma3 xun4] /Amazon/\n",
    "阿馬遜 阿马逊 [A1 ma3 xun4] /Amazon/also written 亞馬遜|亚马逊[Ya4 ma3 xun4]/\n",
    "禮泉 礼泉 [Li3 quan2] /Liquan County in Xianyang 咸陽|咸阳[Xian2 yang2], Shaanxi/\n",
    "醴泉縣 醴泉县 [Li3 quan2 xian4] /Liquan county in Xianyang 咸陽|咸阳, Shaanxi/also written 禮泉縣|礼泉县/\n",
    "禮泉縣 礼泉县 [Li3 quan2 Xian4] /Liquan County in Xianyang 咸陽|咸阳[Xian2 yang2], Shaanxi/\n",
]


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> dict[str, Entry]:
    # The whole file: the head is chosen among the forms of the folded lines, with jieba's counts.
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        wanted = {line.split(" ", 2)[1] for line in LINES}
        lines = [line for line in fp if line.split(" ", 2)[1:2] and line.split(" ", 2)[1] in wanted]
    assert sorted(lines) == sorted(LINES)  # (the lines above are CC-CEDICT's own)
    return {e.zh: e for e in load_cedict(lines, proper_only=True)}


def test_the_form_a_line_says_the_name_is_also_written_heads(names: dict[str, Entry]) -> None:
    assert "亚马逊" in names, sorted(names)
    assert {"亚马孙", "阿马逊"} <= set(names["亚马逊"].zh_aliases)
    spans = Annotator(list(names.values())).mentions("The group sold the unit to Amazon last year.")
    assert [m.entry.zh for m in spans] == ["亚马逊"]


def test_a_bare_place_is_not_headed_by_its_full_name(names: dict[str, Entry]) -> None:
    assert "礼泉" in names, sorted(names)

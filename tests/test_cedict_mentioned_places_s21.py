"""CC-CEDICT import: a name other lines place their units in is a place, where its own line says no place.

大同 [Da4 tong2] is only "(Confucianism) Great Harmony (concept of an ideal society)" in CC-CEDICT, so the import
typed it an org "Great Harmony", and with the names glossary `山西大同的煤矿产量下降。` glossed 大同（Great Harmony）:
in news 大同 is the city Datong (tester s20 06:22 (2), brief s21 class 2). Its counties' lines say so: "Zuoyun county
in Datong 大同[Da4 tong2], Shanxi". Now a name that lines place a unit in, by one English name, is that place (its
English and kind); its own line's sense stays in the note. Not a name only mentioned otherwise (小康 "... second only
to Datong 大同"), nor one already a place. The rule (zhgloss.formats.cedict): `_add_mentions`, `_place_the_mentioned`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "大同 大同 [Da4 tong2] /(Confucianism) Great Harmony (concept of an ideal society)/\n",
        "左雲 左云 [Zuo3 yun2] /Zuoyun county in Datong 大同[Da4 tong2], Shanxi/\n",
        "天鎮 天镇 [Tian1 zhen4] /Tianzhen county in Datong 大同[Da4 tong2], Shanxi/\n",
        "小康 小康 [Xiao3 kang1] /Xiaokang, a Confucian near-ideal state of society, second only to Datong"
        " 大同[Da4 tong2]/\n",
    ]
)
ONLY_MENTIONED = "".join(
    [
        "大同 大同 [Da4 tong2] /(Confucianism) Great Harmony (concept of an ideal society)/\n",
        "小康 小康 [Xiao3 kang1] /Xiaokang, a Confucian near-ideal state of society, second only to Datong"
        " 大同[Da4 tong2]/\n",
    ]
)


def _names(lines: str) -> dict[str, Entry]:
    return {e.zh: e for e in load_cedict(io.StringIO(lines), proper_only=True)}


def test_the_place_units_are_in_names_the_headword() -> None:
    entry = _names(LINES)["大同"]
    assert (entry.type, entry.en) == ("place", "Datong"), entry
    assert "Great Harmony" not in entry.aliases
    assert "Great Harmony" in (entry.note or "")


def test_a_name_only_mentioned_keeps_its_own_line() -> None:
    assert _names(ONLY_MENTIONED)["大同"].en == "Great Harmony"


def test_the_units_themselves_stay_places() -> None:
    names = _names(LINES)
    assert (names["左云"].type, names["左云"].en) == ("place", "Zuoyun")

"""CC-CEDICT import: a word of a body in the sky types a line `name` only as the head of what the line says (the
review's R42-20 on 215c5205, which typed 月湖 "Yuehu or Moon lake in Ningbo" `name`: red on
test_cedict_doubled_generics_s29 and reverted).

"(moon of Saturn)", "(planet)", "dwarf planet", "Trifid Nebula", "Andromeda constellation": the sky word heads the
description or the name, so the thing is a body in the sky, the fallback `name` (test_cedict_sky_bodies_s42). "Moon
lake", "Sun Moon Lake": the lake heads; the moon names it, and the place stays a place. The sky words are of no kind
in the vocabulary of kinds; `_head_of_description` and `_type_of_words` take them as a head only. Over the whole of
CC-CEDICT: 28 --proper-only entries place -> name, nothing else (full import the same and 太白星, 29); 月湖, 日月潭,
静海 stay places.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import rows_by_zh as _rows
from hypothesis import given
from hypothesis import strategies as st

LAKES = {
    "月湖": "月湖 月湖 [Yue4 hu2] /Yuehu or Moon lake in Ningbo/",
    "日月潭": "日月潭 日月潭 [Ri4 yue4 tan2] /Sun Moon Lake in Nantou County, Taiwan/",
}
ANDROMEDA = "仙女星座 仙女星座 [Xian1 nu:3 xing1 zuo4] /Andromeda constellation (galaxy) M31/"


@pytest.mark.parametrize("zh", sorted(LAKES))
def test_a_lake_named_after_the_moon_stays_a_place(zh: str) -> None:
    assert _rows(LAKES[zh])[zh]["type"] == "place"


@pytest.mark.parametrize("proper_only", [True, False])
def test_a_name_headed_by_a_sky_word_is_a_name_not_a_common_noun(proper_only: bool) -> None:
    """(With "galaxy" no place's word, "Andromeda constellation" read as an eponym's noun, as "Geiger counter".)"""
    row = _rows(ANDROMEDA, proper_only=proper_only)["仙女星座"]
    assert (row["type"], row["en"], row["aliases"]) == ("name", "Andromeda constellation", ["M31"])


_SKY = ["moon", "planet", "comet", "asteroid", "nebula", "galaxy"]
_PLACE_HEADS = ["lake", "bay", "mountain", "island", "river", "temple"]


@given(st.sampled_from(_SKY), st.sampled_from(_PLACE_HEADS), st.booleans())
def test_a_place_word_after_a_sky_word_heads(sky: str, place: str, capital: bool) -> None:
    name = f"{sky.capitalize()} {place.capitalize() if capital else place}"
    row = _rows(f"甲乙 甲乙 [Jia3 yi3] /Jiayi or {name} in Hebei/")["甲乙"]
    assert row["type"] == "place"


@given(st.sampled_from(_SKY), st.sampled_from(["Saturn", "Jupiter", "the Sun"]))
def test_a_sky_word_heading_the_description_is_a_name(sky: str, of: str) -> None:
    row = _rows(f"甲乙 甲乙 [Jia3 yi3] /Jiayi ({sky} of {of})/")["甲乙"]
    assert (row["type"], row["en"]) == ("name", "Jiayi")

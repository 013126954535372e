"""CC-CEDICT import: a region written with a lower-case direction is the region (the reviewer's R38-15).

df0d0f90 typed "West Africa", "North China" place (`_names_a_region`), but CC-CEDICT writes some regions' direction in
lower case, and `read_sense` read no name from a sense that starts so: 华中 "central China", 泰北 "northern Thailand"
and 滇东 "east Yunnan" were dropped from --proper-only, and 北欧 "north Europe/Scandinavia" was named by its second
sense alone, typed `name`. CC-CEDICT (2026-12): 8 lines start with a lower-case direction and a capitalised place;
5 have a capitalised reading (北欧 华中 泰北 滇东 西康省), 4 of whose places are a continent, a country or a
province; 西康省 "western Kham" (Kham is none) stays as it was, as do lower-case readings (南亚 [nan2 Ya4]: CC-CEDICT's
common word). Only a line's first sense is read so: 燕 "Yan, a vassal state of Zhou .../north Hebei/" keeps the
region in its note, no other name of the state.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict, read_sense, region_capitalised

LINES = {
    "北欧": "北歐 北欧 [Bei3 Ou1] /north Europe/Scandinavia/",
    "华中": "華中 华中 [Hua2 zhong1] /central China/",
    "泰北": "泰北 泰北 [Tai4 bei3] /northern Thailand/",
    "滇东": "滇東 滇东 [Dian1 dong1] /east Yunnan/",
    "华北": "華北 华北 [Hua2 bei3] /North China/",
    "燕": (
        "燕 燕 [Yan1] /Yan, a vassal state of Zhou in modern Hebei and Liaoning/north Hebei/the four Yan kingdoms of "
        "the Sixteen Kingdoms, namely: Former Yan 前燕 (337-370), Later Yan 後燕|后燕 (384-409)/surname Yan/"
    ),
}


def _entries(*names: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    text = "".join(LINES[zh] + "\n" for zh in names)
    return {e.zh: (e.type, e.en, tuple(e.aliases)) for e in load_cedict(io.StringIO(text), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [("华中", "Central China"), ("泰北", "Northern Thailand"), ("滇东", "East Yunnan"), ("华北", "North China")],
)
def test_the_region_is_a_place(zh: str, en: str) -> None:
    assert _entries(zh)[zh][:2] == ("place", en)


def test_the_first_sense_names_the_region_and_the_second_is_an_alias() -> None:
    kind, en, aliases = _entries("北欧")["北欧"]
    assert (kind, en) == ("place", "North Europe")
    assert "Scandinavia" in aliases


def test_a_place_that_is_no_country_or_province_is_read_as_before() -> None:
    assert region_capitalised("western Kham") == "western Kham"


def test_a_later_senses_region_is_no_alias() -> None:
    assert "North Hebei" not in _entries("燕")["燕"][2]


_DIRECTION = st.sampled_from(["north", "south", "east", "west", "central", "northern", "southeastern", "western"])
_AREA = st.sampled_from(["Europe", "Asia", "Africa", "China", "Thailand", "Yunnan", "Sichuan", "Germany"])


@given(direction=_DIRECTION, area=_AREA, tail=st.sampled_from(["", " (region)", ", a region"]))
def test_a_lower_case_direction_reads_as_the_capitalised_one(direction: str, area: str, tail: str) -> None:
    lower = read_sense(region_capitalised(f"{direction} {area}{tail}"))
    upper = read_sense(f"{direction.capitalize()} {area}{tail}")
    assert (lower.name, lower.type) == (upper.name, upper.type)
    assert lower.name == f"{direction.capitalize()} {area}"

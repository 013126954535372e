"""A line that says its headword names several places is a place's (thirty-second session; the tester's s32 B1, firm:
黄金海岸 "name of various places including Gold Coast (...)" was a term whose English was the whole description,
left out of --proper-only; 南天门 was typed `name`).

The names after "including" are the places' (the first the English, the others aliases); a sense "name used to refer
to various places" or "a name for a <thing> in several places" types the line place. Not a family name that places
bear too (皮尔森 "Pearson (family name as well as various places)").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "黃金海岸 黄金海岸 [Huang2 jin1 Hai3 an4] /name of various places including Gold Coast (Australian city), Gold"
    " Coast (former British colony in Africa) and Costa Daurada (area on the coast of Catalonia, Spain)/\n"
    "南天門 南天门 [Nan2 tian1 men2] /The Southern Heavenly Gates/a name for a mountain pass gate in several places/\n"
    "南海子 南海子 [Nan2 Hai3 zi5] /Nanhaizi, name used to refer to various places, including 草海[Cao3 hai3],"
    " 南苑[Nan2 yuan4] and the Nanhaizi Wetland in Baotou, Inner Mongolia/\n"
    "皮爾森 皮尔森 [Pi2 er3 sen1] /Pearson (family name as well as various places)/\n"
)
ENTRIES = entries_by_form(REAL)


def test_the_places_named_after_including() -> None:
    entry = ENTRIES["黄金海岸"]
    assert (entry.type, entry.en, entry.aliases) == ("place", "Gold Coast", ("Costa Daurada",))
    assert "name of various places" in entry.note


@pytest.mark.parametrize(("zh", "en"), [("南天门", "The Southern Heavenly Gates"), ("南海子", "Nanhaizi")])
def test_a_name_of_several_places_is_a_place(zh: str, en: str) -> None:
    assert (ENTRIES[zh].type, ENTRIES[zh].en) == ("place", en)


def test_a_family_name_of_places_too_stays_a_name() -> None:
    assert (ENTRIES["皮尔森"].type, ENTRIES["皮尔森"].en) == ("name", "Pearson")

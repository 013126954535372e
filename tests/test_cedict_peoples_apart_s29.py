"""A people's line is never folded into a place's entry by the English they share (twenty-ninth session, issue 9
item 1; the tester's class 4: 乌孜别克族 and 乌孜别克 "Uzbek ethnic group of Xinjiang" were zh aliases of 乌兹别克
"Uzbek/abbr. for Uzbekistan", the country's entry, as both read "Uzbek").

`_says_the_same` folded two lines of one English name when their types agreed or one was `name`, the fallback; a
people's `name` is no fallback but its kind. The people keeps an entry of its own (en "Uzbek", type name); the
country's entry keeps "Uzbek" as its alias, as before.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "烏茲別克 乌兹别克 [Wu1 zi1 bie2 ke4] /Uzbek/abbr. for Uzbekistan/\n"
    "烏孜別克 乌孜别克 [Wu1 zi1 bie2 ke4] /Uzbek ethnic group of Xinjiang/\n"
    "烏孜別克族 乌孜别克族 [Wu1 zi1 bie2 ke4 zu2] /Uzbek ethnic group of Xinjiang/\n"
)
# Lines of my own of the same shape.
OWN = (
    "甲蘭 甲兰 [Jia3 lan2] /Kyrgyz/abbr. for Kyrgyzstan/\n"
    "甲蘭族 甲兰族 [Jia3 lan2 zu2] /Kyrgyz ethnic group of Xinjiang/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


def test_the_people_is_an_entry_of_its_own() -> None:
    people = ENTRIES["乌孜别克族"]
    assert people is ENTRIES["乌孜别克"]
    assert (people.en, people.type) == ("Uzbek", "name")
    assert people is not ENTRIES["乌兹别克"]


def test_the_country_keeps_its_own() -> None:
    assert (ENTRIES["乌兹别克"].en, ENTRIES["乌兹别克"].type) == ("Uzbekistan", "place")


def test_a_people_of_my_own_is_no_place() -> None:
    assert ENTRIES["甲兰族"].type == "name"
    assert ENTRIES["甲兰族"] is not ENTRIES["甲兰"]

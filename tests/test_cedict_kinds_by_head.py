"""CC-CEDICT import: a name's kind is what its head says, not a word that qualifies it.

The acceptance tests of the seventeenth and eighteenth sessions found works typed org by "school" (史籀篇 "early
school primer", 孔子家语 "The School Sayings of Confucius"), stone-carved classics an event by the dynasty of their
description (熹平石经), an office's title an event (司马 "Minister of War (official title ...)/two-character surname
Sima/"), an aircraft carrier an org (瓦良格), a city untyped (考文垂市 "Coventry (UK)"), the National Guard a place and
the CPPCC (政协) an event; and, scanning --proper-only, a dog breed and a snake typed place by "mountain" and "island"
(台湾土狗, 蛇岛蝮) and a genre of opera typed work (越剧, 京剧). The rules (zhgloss.formats.cedict `_type_of_name`,
`_head_of_description`, `_place_by_generic`, `_OFFICE_TITLE_RE`): English names end on their head ("Army Day",
"School Sayings"), a lower-case noun of no kind ending a name makes the generic before it a qualifier ("mountain
dog"), a lower-case art form after a place is a genre ("Beijing opera"), craft are no kind, a headword of three
characters or more ending on a place's generic (市 县 省 州 区 岛 河 湖 山) is a place,
an office many held names no one.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). They are in
tests/data/cedict_kinds_by_head.u8; expected values were read off the lines by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

NAMES = {form: e for e in cedict_fixture("cedict_kinds_by_head.u8") for form in (e.zh, *e.zh_aliases)}


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        # A work: its head is the book's, not the school's.
        ("史籀篇", "work"),
        ("孔子家语", "work"),
        # A body, whatever else its words say.
        ("国民警卫队", "org"),
        ("美国海岸警卫队", "org"),
        ("政协", "org"),  # a "Conference" in a standing body's name (the Potsdam conference was a meeting)
        # A day of the year is an event, an army's day no army.
        ("建军节", "event"),
        ("情人节", "event"),
        # The headword's generic: a city, a county-level city.
        ("考文垂市", "place"),
        ("本那比市", "place"),
        ("七七事变", "event"),  # "Marco Polo Bridge Incident": the incident, no bridge
        ("东方明珠电视塔", "place"),  # "Oriental Pearl Television Tower": a tower, no television
        # "Wall Street Journal": no street; a newspaper, an organisation as 人民日报 is (s30: was `work`, by "journal")
        ("华尔街日报", "org"),
        # A generic before the name is its head: "Mt Song" is no song.
        ("嵩山", "place"),
        ("三宝太监", "person"),  # "official title of Zheng He": a title of someone named is his
        ("波提乏", "person"),  # "the captain of the pharaoh's guard": a captain, no guard
        ("夏娃", "person"),  # "Eve, the first woman ...": a woman (annotate then drops "New Year's Eve (夏娃)")
        ("喀喇沁", "place"),  # "Harqin (Mongol: guard)": what the name means is no kind of it
        ("熹平石经", "work"),  # "Xiping steles, calligraphic work on carved steles of the Eastern Han": no event (s19)
    ],
)
def test_the_head_says_the_kind(zh: str, kind: str) -> None:
    assert NAMES[zh].type == kind


@pytest.mark.parametrize(
    "zh",
    [
        "瓦良格",  # an aircraft carrier, a ship: no carrier of goods or passengers
        "辽宁号",
        # (越剧 "Shaoxing opera" and 京剧 were here: a genre, a class noun, kept by --proper-only no more, s40:
        # tests/test_cedict_class_nouns_s40.py.)
    ],
)
def test_a_thing_of_none_of_the_kinds_is_a_name(zh: str) -> None:
    assert NAMES[zh].type == "name"


def test_an_office_many_held_names_no_one() -> None:
    # 司马 "Minister of War (official title in pre-Han Chinese states)/two-character surname Sima/": the surname.
    entry = NAMES["司马"]
    assert (entry.type, entry.en) == ("surname", "Sima")
    assert "Minister of War" in (entry.note or "")


def test_an_old_term_label_is_no_period() -> None:
    # 印度支那半岛 "Indochina (old term, esp. colonial period)": when the name was used, no event; one Indochina.
    assert NAMES["印度支那半岛"] is NAMES["印度支那"]
    assert NAMES["印度支那"].type == "place"


@pytest.mark.parametrize("zh", ["台湾土狗", "蛇岛蝮"])
def test_an_animal_named_after_a_place_is_no_name(zh: str) -> None:
    # "Formosan mountain dog", "Snake island viper": a dog and a snake, no mountain and no island; a term, which
    # --proper-only leaves out (test_cedict_eponyms).
    assert zh not in NAMES

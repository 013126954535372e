"""A character that is a surname and short for another thing is that thing's entry, named as its type says (twenty-
fourth session, issue 9: 墨 was a place called "Mo", tester list). Expected values are what the lines' own pointers
name (CC-CEDICT's lines, tests/data/cedict_surname_abbreviations_s24.u8)."""

from __future__ import annotations

import pytest
from cedict_fixtures import DATA, entries_by_form

# Real CC-CEDICT lines, each as the file writes it.
ENTRIES = entries_by_form((DATA / "cedict_surname_abbreviations_s24.u8").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("zh", "en"),
    [("墨", "Mexico"), ("福", "Fujian"), ("索", "Somalia"), ("卢", "Luxembourg"), ("马", "Malaysia")],
)
def test_a_surname_short_for_a_place_is_the_place(zh: str, en: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("place", en)
    # The surname is no name of the place: the note keeps it.
    surname = entry.note.split(";")[0] if entry.note else ""
    assert surname.startswith("surname ")
    assert surname.removeprefix("surname ") not in (entry.en, *entry.aliases)


def test_a_surname_short_for_a_book_is_the_book() -> None:
    entry = ENTRIES["礼"]
    assert (entry.type, entry.en) == ("work", "Classic of Rites")
    assert "Li" not in entry.aliases


@pytest.mark.parametrize(("zh", "en"), [("周", "Zhou"), ("秦", "Qin"), ("尧", "Yao"), ("鲁", "Lu")])
def test_a_thing_named_by_the_surnames_word_keeps_it(zh: str, en: str) -> None:
    # The dynasty, the state, the emperor are named as the surname is, by a sense of their own (no pointer alone).
    assert ENTRIES[zh].en == en


def test_a_character_short_for_things_of_several_kinds_is_still_its_surname() -> None:
    # 苏: the Soviet Union, a province and a city, none of them the character's (the module docstring).
    entry = ENTRIES["苏"]
    assert (entry.type, entry.en) == ("name", "Su")

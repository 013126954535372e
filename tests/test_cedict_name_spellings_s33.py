"""Spellings of a name many bear listed with commas before "(name)" are its aliases, and the name a person's, as "X
or Y (name)" already reads (thirty-third session; the tester's s33 T5: 史蒂文 "Steven, Stephen (name)" was `name`,
no alias). A later sense naming a company of that name outranks the bare name, as it does after "X or Y (name)"
(奔驰's rule), but not a given name's (thirty-fourth session: 哈罗德 "Harold, Harald, Harrod (name)/Harrods (department
store etc)" is Harold; tests/test_cedict_classes_s34.py)."""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "史蒂文 史蒂文 [Shi3 di4 wen2] /Steven, Stephen (name)/\n"
    "巴拉克 巴拉克 [Ba1 la1 ke4] /Barack, Barak, Ballack (name)/\n"
    "沃爾夫 沃尔夫 [Wo4 er3 fu1] /Wolf, Woolf (name)/\n"
    "哈囉德 哈罗德 [Ha1 luo2 de2] /Harold, Harald, Harrod (name)/Harrods (department store etc)/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("史蒂文", "Steven", ("Stephen",)),
        ("巴拉克", "Barack", ("Barak", "Ballack")),
        ("沃尔夫", "Wolf", ("Woolf",)),
    ],
)
def test_spellings_listed_before_name_are_aliases_of_a_person(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("person", en)
    assert entry.aliases == aliases


def test_a_company_named_after_a_given_name_does_not_outrank_it() -> None:
    assert (ENTRIES["哈罗德"].type, ENTRIES["哈罗德"].en) == ("person", "Harold")

"""A person's name written family name first with a comma, as an index writes it, is the name English writes given
names first (thirty-second session; the tester's s32 B3: 穆萨维 "Moussavi, Mir Hussein (1941-), ..." was en
"Moussavi", the family name alone).

Only before life dates, and only when the line then reads as a person's; a leading title goes as a7fa388 takes it
("Ayatollah"). Not a place or a kingdom's other names ("Pu'yo, Korean Buyeo (c. 200 BC-494 AD), ancient kingdom").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "穆薩維 穆萨维 [Mu4 sa4 wei2] /Moussavi, Mir Hussein (1941-), candidate in Iran's disputed 2009 elections/\n"
    "哈梅內伊 哈梅内伊 [Ha1 mei2 nei4 yi1] /Khamenei, Ayatollah Aly (1939-), Supreme Leader of Iran, aka Ali"
    " Khamenei/\n"
    "愛留根納 爱留根纳 [Ai4 liu2 gen1 na4] /Eriugena, John Scottus (c. 810-880) Irish poet, theologian, and philosopher"
    " of Neoplatonism/\n"
    "夫餘 夫余 [Fu1 yu2] /Pu'yo, Korean Buyeo (c. 200 BC-494 AD), ancient kingdom in northeast frontier region of"
    " China/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en"),
    [("穆萨维", "Mir Hussein Moussavi"), ("哈梅内伊", "Ali Khamenei"), ("爱留根纳", "John Scottus Eriugena")],
)
def test_the_given_names_come_first(zh: str, en: str) -> None:
    assert (ENTRIES[zh].type, ENTRIES[zh].en) == ("person", en)


def test_an_aka_full_name_heads_and_the_inverted_one_is_an_alias() -> None:
    # "Khamenei, Ayatollah Aly (1939-), ..., aka Ali Khamenei": the aka form is what English writes.
    assert ENTRIES["哈梅内伊"].aliases == ("Aly Khamenei",)


def test_a_kingdom_is_no_inverted_name() -> None:
    assert ENTRIES["夫余"].en == "Pu'yo"

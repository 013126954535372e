"""The initials of a list of names are the name of them together (thirtieth session; the tester's T9: 欧猪 "(economics)
(derog.) PIGS (Portugal, Italy, Greece and Spain)/PIIGS (...)/" had the English "Portugal, Italy, Greece and Spain"
and the alias "PIGS").

"ACRONYM (Full Name)" keeps the full name as the English and the initials an alias (WTO); where the bracket lists
several names, the list names no one thing: the initials are the English, the list is in the note.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "歐豬 欧猪 [Ou1 zhu1] /(economics) (derog.) PIGS (Portugal, Italy, Greece and Spain)/PIIGS (Portugal, Italy,"
    " Ireland, Greece and Spain)/\n"
    # Control: a full name spelt out.
    "世貿組織 世贸组织 [Shi4 Mao4 Zu3 zhi1] /WTO (World Trade Organization)/\n"
)
# A line of my own of the same shape.
OWN = "三甲國 三甲国 [San1 jia3 guo2] /ABC (Argentina, Brazil and Chile)/\n"
ENTRIES = entries_by_form(REAL + OWN)


def test_the_initials_of_a_list_are_the_name() -> None:
    assert (ENTRIES["欧猪"].en, ENTRIES["欧猪"].aliases) == ("PIGS", ("PIIGS",))
    assert (ENTRIES["三甲国"].en, ENTRIES["三甲国"].aliases) == ("ABC", ())
    assert "Portugal, Italy, Greece and Spain" in (ENTRIES["欧猪"].note or "")


def test_a_full_name_spelt_out_stays_the_english() -> None:
    assert (ENTRIES["世贸组织"].en, ENTRIES["世贸组织"].aliases) == ("World Trade Organization", ("WTO",))

"""A given name in brackets before a family name that starts with a particle is the person's (twenty-seventh session,
issue 9): 拉登 "(Osama) bin Laden (1957-2011), leader of Al Qaeda" was `name` "bin Laden" and is the person Osama bin
Laden (the family name alone an alias), folded with 本·拉登; 德维尔潘 "(Dominique) de Villepin (French name)" is
Dominique de Villepin, alias de Villepin.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form, kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "拉登 拉登 [La1 deng1] /(Osama) bin Laden (1957-2011), leader of Al Qaeda/\n"
    "德維爾潘 德维尔潘 [De2 wei2 er3 pan1] /(Dominique) de Villepin (French name)/\n"
)


def test_the_given_name_in_brackets_is_the_persons() -> None:
    entries = entries_by_form(LINES)
    assert (entries["拉登"].type, entries["拉登"].en) == ("person", "Osama bin Laden")
    assert "bin Laden" in entries["拉登"].aliases
    assert entries["德维尔潘"].en == "Dominique de Villepin"
    assert "de Villepin" in entries["德维尔潘"].aliases


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /(Ludwig) van Jia (1770-1827), German composer/\n"
        "乙乙 乙乙 [Yi3 yi3] /(film) Yiyi/\n"  # a label, no given name
    )
    assert names["甲甲"] == ("person", "Ludwig van Jia")
    assert names["乙乙"][1] == "Yiyi"

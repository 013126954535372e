"""CC-CEDICT import: a headword's later line naming a real thing over an earlier line naming a character of fiction
keeps the character out of the aliases (rev's R46-7, s46).

"阿里巴巴 [A1 li3 Ba1 ba1] /Ali Baba, character from The Arabian Nights/" then "阿里巴巴 [A1 li3 ba1 ba1] /Alibaba, PRC
e-commerce company/": the entry is the company (news means it), and the character's name was its alias, so `check`
passed "Ali Baba" for 阿里巴巴 and lookup of "Ali Baba" found the company. The character is another thing: its name goes
to `other_things` (the note keeps its line), as a later line describing another thing does (泰山's Tarzan). Over the
whole file, 1 headword changes in both imports (阿里巴巴); a line naming a character and its name in a translation
(猪八戒 "Zhu Bajie .../Pigsy") is one thing and keeps its alias.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest

from tests.cedict_fixtures import rows_by_zh

ALI_BABA = "阿里巴巴 阿里巴巴 [A1 li3 Ba1 ba1] /Ali Baba, character from The Arabian Nights/"
ALIBABA = "阿里巴巴 阿里巴巴 [A1 li3 ba1 ba1] /Alibaba, PRC e-commerce company/"


@pytest.mark.parametrize("proper_only", [True, False])
def test_the_company_keeps_the_character_out_of_its_aliases(proper_only: bool) -> None:
    row = rows_by_zh(ALI_BABA, ALIBABA, proper_only=proper_only)["阿里巴巴"]
    assert (row["en"], row["type"]) == ("Alibaba", "org")
    assert "Ali Baba" not in row["aliases"]
    assert "Ali Baba, character from The Arabian Nights" in row["note"]


def test_a_line_of_my_own_of_the_same_shape() -> None:
    """A made-up headword: a character first, then a real firm of another spelling."""
    row = rows_by_zh(
        "甲乙 甲乙 [Jia3 Yi3] /Jay Yee, character from The Jade Book/",
        "甲乙 甲乙 [Jia3 yi3] /Jayee, PRC software company/",
    )["甲乙"]
    assert row["en"] == "Jayee"
    assert "Jay Yee" not in row["aliases"]


def test_the_character_alone_is_the_entry() -> None:
    (row,) = rows_by_zh(ALI_BABA).values()
    assert row["en"] == "Ali Baba"

"""Every title a line lists after "also called" is an alias (thirty-first session; the tester's s31 S13: 华严经
"... also called Buddhavatamsaka-mahavaipulya Sutra, the Flower adornment sutra or the Garland sutra" had the
first alone; the others, in lower case after a capitalised word, ended the list).

A later item of the list, after its article, whose last word is a kind's ("sutra"), is a title, capitalised as
one. Not a person's description after a name ("also called Abu Mazen, Palestinian leader"), nor the first item
("a.k.a. the Baader-Meinhof group" of Andreas Baader names his group).
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data), controls among them; then one of my own.
LINES = (
    "華嚴經 华严经 [Hua2 yan2 jing1] /Avatamsaka sutra of the Huayan school/also called Buddhavatamsaka-mahavaipulya"
    " Sutra, the Flower adornment sutra or the Garland sutra/\n"
    "巴德爾 巴德尔 [Ba1 de2 er3] /Andreas Baader (1943-1977), leader of Red Army Faction, a.k.a. the Baader-Meinhof"
    " group/\n"
    "阿巴斯 阿巴斯 [A1 ba1 si1] /Mahmoud Abbas (1935-), also called Abu Mazen, Palestinian leader, Chairman of the"
    " Palestinian National Authority (PNA) from 2005/\n"
    "金剛經 金刚经 [Jin1 gang1 jing1] /Diamond Sutra/also called Vajracchedika Sutra, the Diamond cutter sutra or the"
    " Perfection of wisdom sutra/\n"
)
ENTRIES = entries_by_form(LINES)


def test_every_listed_title_is_an_alias() -> None:
    assert {"Buddhavatamsaka-mahavaipulya Sutra", "Flower Adornment Sutra", "Garland Sutra"} <= set(
        ENTRIES["华严经"].aliases
    )
    assert {"Vajracchedika Sutra", "Diamond Cutter Sutra"} <= set(ENTRIES["金刚经"].aliases)


def test_a_description_or_a_group_is_no_alias() -> None:
    assert not [a for a in ENTRIES["巴德尔"].aliases if "Meinhof" in a]
    assert not [a for a in ENTRIES["阿巴斯"].aliases if "Leader" in a or "Chairman" in a]

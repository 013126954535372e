"""CC-CEDICT import: "X or Y empire" names a period or a state two ways, each with its generic, whatever Y's words.

The twenty-first session's tester found 拜占庭 `/Byzantium/Byzantine or Eastern Roman empire (395-1453)/` with the
aliases "Byzantine" and "Eastern Roman": an adjective and a stump, not the empire's names (`check` passed "Byzantine"
alone as a rendering of 拜占庭). "The Ch'ing or Qing dynasty" already gave both names their generic; a second name of
two words did not (zhgloss.formats.cedict: `read_sense`, `_SHARED_PERIOD_RE`).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.formats.cedict import read_sense

BYZANTIUM = "拜占庭 拜占庭 [Bai4 zhan4 ting2] /Byzantium/Byzantine or Eastern Roman empire (395-1453)/\n"
LATER_HAN = (
    "後漢 后汉 [Hou4 Han4] /Later Han or Eastern Han dynasty (25-220)/Later Han of the Five Dynasties (947-950)/\n"
)


def test_byzantium_has_the_empires_names_not_an_adjective_or_a_stump() -> None:
    byzantium = entries_by_form(BYZANTIUM)["拜占庭"]
    assert byzantium.en == "Byzantium", byzantium
    # (the head of a state's name capitalised since s32, as "Yom Kippur War")
    assert {"Byzantine Empire", "Eastern Roman Empire"} <= set(byzantium.aliases), byzantium
    assert not {"Byzantine", "Eastern Roman"} & set(byzantium.aliases), byzantium


def test_the_later_han_dynasty_both_ways() -> None:
    later_han = entries_by_form(LATER_HAN)["后汉"]
    assert later_han.en == "Later Han dynasty", later_han
    assert "Eastern Han dynasty" in later_han.aliases, later_han
    assert "Eastern Han" not in later_han.aliases, later_han


@pytest.mark.parametrize(
    ("gloss", "name", "other"),
    [
        ("Jin or Later Jin dynasty (1616-1636)", "Jin dynasty", "Later Jin dynasty"),
        ("the Ch'ing or Qing dynasty (1644-1911)", "Qing dynasty", "Ch'ing dynasty"),
    ],
)
def test_a_periods_generic_is_both_names(gloss: str, name: str, other: str) -> None:
    sense = read_sense(gloss)
    assert sense.name == name
    assert other in sense.aliases

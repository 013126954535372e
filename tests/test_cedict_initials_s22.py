"""CC-CEDICT import: initials followed by lower-case words are a name alone; the words say what it is.

The twenty-first session's tester found 法新社 `/Agence France Presse/AFP news agency/` with the alias "AFP news
agency" (not a name anyone writes: "AFP" is). The headword writes the generic (社 "agency"), so the words stayed, as
"Hainan Island" keeps its island; but initials spell a whole name (zhgloss.formats.cedict: `_without_descriptor`).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

LINES = {
    "法新社": "法新社 法新社 [Fa3 xin1 she4] /Agence France Presse/AFP news agency/\n",
    "扣扣": "扣扣 扣扣 [Kou4 kou4] /(Internet slang) QQ instant messenger/\n",
    "金砖": "金磚 金砖 [Jin1 Zhuan1] /BRIC/BRICS economic bloc (Brazil, Russia, India, China, South Africa)/\n",
    "海南岛": "海南島 海南岛 [Hai3 nan2 Dao3] /Hainan Island/\n",
}


@pytest.mark.parametrize(
    ("zh", "initials", "described"),
    [
        ("法新社", "AFP", "AFP news agency"),
        ("扣扣", "QQ", "QQ instant messenger"),
        ("金砖", "BRICS", "BRICS economic bloc"),
    ],
)
def test_initials_are_the_name_without_the_words_after_them(zh: str, initials: str, described: str) -> None:
    entry = entries_by_form(LINES[zh])[zh]
    forms = {entry.en, *entry.aliases}
    assert initials in forms, entry
    assert described not in forms, entry


def test_a_name_of_words_keeps_the_generic_its_headword_writes() -> None:
    assert entries_by_form(LINES["海南岛"])["海南岛"].en == "Hainan Island"

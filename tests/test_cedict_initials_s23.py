"""CC-CEDICT import: initials spelt out in lower-case words are the name; the words an alias.

The acceptance tester of the twenty-third session (T1-9, seed 2035) found 亚太经合会 `/APEC (Asia Pacific economic
cooperation)/` imported as "Asia Pacific economic cooperation", alias APEC: the rule that makes a bracket spelling
out initials the name ("WTO (World Trade Organization)" is World Trade Organization) took lower-case words that name
nothing. Now (zhgloss.formats.cedict, `read_sense`) initials whose bracket spells them out in a phrase of lower-case
words are the name, as 亚太经合组织 "APEC (organization)" is, and the phrase an alias; a capitalised name in the bracket
is still the name.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). The forum calls itself APEC,
"Asia-Pacific Economic Cooperation" (apec.org).
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

APEC = "亞太經合會 亚太经合会 [Ya4 Tai4 jing1 he2 hui4] /APEC (Asia Pacific economic cooperation)/\n"
WTO = "世界貿易組織 世界贸易组织 [Shi4 jie4 Mao4 yi4 Zu3 zhi1] /World Trade Organization (WTO)/\n"


def test_initials_spelt_out_in_lower_case_are_the_name() -> None:
    entry = entries_by_form(APEC)["亚太经合会"]
    assert entry.en == "APEC", entry
    assert entry.aliases == ("Asia Pacific economic cooperation",), entry


def test_a_capitalised_full_name_stays_the_name() -> None:
    entry = entries_by_form(WTO)["世界贸易组织"]
    assert entry.en == "World Trade Organization", entry
    assert "WTO" in entry.aliases, entry

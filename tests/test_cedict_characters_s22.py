"""CC-CEDICT import: a character standing for several words names first the one Chinese text writes most.

The acceptance tester of the twenty-second session (seed 2032, `--proper-only`) found 美 `/the Americas/abbr. for
美洲/USA/abbr. for 美国/` with en "Americas" and "USA" an alias: `lookup 美` answered the Americas where 美方, 访美 and
中美 mean the United States. A character keeps every name its senses give (`zhgloss.check` reads them); which comes
first is now the thing whose word jieba's counts (data/word_counts.tsv) say Chinese writes most, when the first is
one of those words' at all (zhgloss.formats.cedict: `_order_referents`). A surname first stays first (苏 "surname Su").

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

MEI = "美 美 [Mei3] /the Americas/abbr. for 美洲[Mei3 zhou1]/USA/abbr. for 美國|美国[Mei3 guo2]/\n"
AO = "澳 澳 [Ao4] /abbr. for Macao 澳門|澳门/abbr. for Australia 澳大利亞|澳大利亚/\n"
SU = (
    "蘇 苏 [Su1] /surname Su/abbr. for Soviet Union 蘇維埃|苏维埃 or 蘇聯|苏联/abbr. for Jiangsu province"
    " 江蘇|江苏/abbr. for Suzhou city 蘇州|苏州/\n"
)


def test_mei_is_the_usa_first_and_the_americas_too() -> None:
    mei = entries_by_form(MEI)["美"]
    assert mei.en == "USA", mei
    assert "Americas" in mei.aliases, mei


def test_ao_is_australia_first_and_macao_too() -> None:
    ao = entries_by_form(AO)["澳"]
    assert ao.en == "Australia", ao
    assert "Macao" in ao.aliases, ao


def test_a_surname_first_stays_first() -> None:
    su = entries_by_form(SU)["苏"]
    assert su.en == "Su", su
    assert {"Soviet Union", "Jiangsu", "Suzhou"} <= set(su.aliases), su

"""CC-CEDICT import: a first sense translating the characters in English gives way to the name the line reads.

The acceptance tester of the twenty-second session (seed 2032, `--proper-only`) found 湖滨 `/Lakeside district/Hubin
district of Sanmenxia city .../` imported as en "Lakeside" with "Hubin" an alias, while 北塔 `/North tower/Beita
district .../` was already "Beita": the rule that a first sense of ordinary English words translates the characters
(`_is_translation`, s19) did not know "Lakeside", which CC-CEDICT's common-word lines use fewer than three times
(data/cedict_english_words.txt). The rule (zhgloss.formats.cedict): `_is_translation` reads a word made of two ordinary
words of four letters or more as an ordinary word too (`_CompoundWords`); Wade-Giles readings ("Chichin", "Lungtan",
whose parts are shorter) stay names.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

HUBIN = (
    "湖濱 湖滨 [Hu2 bin1] /Lakeside district/Hubin district of Sanmenxia city 三門峽市|三门峡市[San1 men2 xia2 shi4],"
    " Henan/\n"
)
HUBIN_DISTRICT = (
    "湖濱區 湖滨区 [Hu2 bin1 qu1] /Lakeside district/Hubin district of Sanmenxia city 三門峽市|三门峡市[San1 men2 xia2"
    " shi4], Henan/\n"
)
BEITA = "北塔 北塔 [Bei3 ta3] /North tower/Beita district of Shaoyang city 邵陽市|邵阳市[Shao4 yang2 shi4], Hunan/\n"
QIJIN = "旗津 旗津 [Qi2 jin1] /Qijin or Chichin district of Kaohsiung city 高雄市[Gao1 xiong2 shi4], south Taiwan/\n"


@pytest.mark.parametrize(("line", "zh"), [(HUBIN, "湖滨"), (HUBIN_DISTRICT, "湖滨区"), (BEITA, "北塔")])
def test_a_translation_first_gives_way_to_the_read_name(line: str, zh: str) -> None:
    entry = entries_by_form(line)[zh]
    assert entry.en.startswith(("Hubin", "Beita")), entry
    assert not any(form.startswith(("Lakeside", "North tower")) for form in (entry.en, *entry.aliases)), entry


def test_a_wade_giles_reading_stays_an_alias() -> None:
    qijin = entries_by_form(QIJIN)["旗津"]
    assert qijin.en == "Qijin", qijin
    assert "Chichin" in qijin.aliases, qijin

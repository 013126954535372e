"""CC-CEDICT import: a name that goes on "in" a field of ordinary English words keeps it; "in" a place does not.

The acceptance tester of the twenty-third session (T1-6) found 诺贝尔文学奖 "Nobel Prize in
Literature" and 诺贝尔物理学奖 "Nobel Prize in Physics" imported as Chinese forms of 诺贝尔奖 "Nobel
Prize" (the name was cut before "in", as "Wensu County| in Xinjiang" is where the county lies), so
annotate glossed 莫言获得诺贝尔文学奖 "Nobel Prize". The rule (zhgloss.formats.cedict, `_whole_phrase`):
after "in", capitalised words that are all ordinary English words (`english_words`, CC-CEDICT's own
lower-case vocabulary) and none a country, a compass point or a place's generic name a field, part of
the name ("Trade in Endangered Species", "Monkey Wreaks Havoc in Heaven"); "Hainan Island in South
China Sea" still ends on the island.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected names are the prizes' and the
convention's own (nobelprize.org: "The Nobel Prize in Literature"; cites.org).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

NOBEL = (
    "諾貝爾文學獎 诺贝尔文学奖 [Nuo4 bei4 er3 Wen2 xue2 Jiang3] /Nobel Prize in Literature/\n"
    "諾貝爾物理學獎 诺贝尔物理学奖 [Nuo4 bei4 er3 Wu4 li3 xue2 Jiang3] /Nobel Prize in Physics/\n"
    "諾貝爾獎 诺贝尔奖 [Nuo4 bei4 er3 Jiang3] /Nobel Prize/\n"
)
WHOLE = {
    "诺贝尔文学奖": "Nobel Prize in Literature",
    "诺贝尔物理学奖": "Nobel Prize in Physics",
    "诺贝尔奖": "Nobel Prize",
}
CITES = (
    "瀕危野生動植物種國際貿易公約 濒危野生动植物种国际贸易公约 [Bin1 wei1 Ye3 sheng1 Dong4 Zhi2 wu4 zhong3 Guo2 ji4 "
    "Mao4 yi4 Gong1 yue1] /Convention on International Trade in Endangered Species of Wild Fauna and Flora/CITES/\n"
)
HAINAN = "海南島 海南岛 [Hai3 nan2 Dao3] /Hainan Island in South China Sea/\n"


@pytest.mark.parametrize("zh", sorted(WHOLE))
def test_each_prize_is_its_own_entry(zh: str) -> None:
    entries = entries_by_form(NOBEL)
    assert entries[zh].zh == zh, entries[zh]
    assert entries[zh].en == WHOLE[zh], entries[zh]


def test_trade_in_a_field_is_part_of_the_name() -> None:
    entry = entries_by_form(CITES)["濒危野生动植物种国际贸易公约"]
    assert entry.en == "Convention on International Trade in Endangered Species of Wild Fauna and Flora", entry


def test_an_island_in_a_sea_is_the_island() -> None:
    assert entries_by_form(HAINAN)["海南岛"].en == "Hainan Island"

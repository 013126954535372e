"""CC-CEDICT import: an abbreviation line that names several things is its first thing's, and merges none of them.

The acceptance tester of the twenty-first session (seed 2031, `--proper-only`) found 国大, whose line is an "abbr. for"
of four things (the National Assembly of the Republic of China, the National University of Singapore, the Indian
National Congress and the Malaysian Indian Congress), imported as ONE entry: 新加坡国立大学 was folded into it, with
"Indian National Congress", "MIC" ... as its aliases, so `lookup 'Indian National Congress'` gave NUS and `check`
passed "The Indian National Congress rose in the rankings." for 新加坡国立大学. The rule (zhgloss.formats.cedict):
`load_cedict`'s fold of pointer lines, `_referents_apart`. An abbreviation of several things is its first one's (as
CC-CEDICT orders its senses: 人大 is the National People's Congress before Renmin University) when that one has an
entry, and folds into it; the English of the others is no name of it. When the first has none (国民大会), the
abbreviation is no entry: its first thing's English would gloss every use of the others (新加坡国大 is NUS).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.model import Entry

GUODA = (
    "國大 国大 [Guo2 Da4] /abbr. for 國民大會|国民大会, National Assembly of the Republic of China (extant during"
    " various periods between 1913 and 2005)/abbr. for 新加坡國立大學|新加坡国立大学, National University of Singapore"
    " (NUS)/abbr. for 印度國民大會黨|印度国民大会党, Indian National Congress (INC)/abbr. for"
    " 馬來西亞印度國民大會黨|马来西亚印度国民大会党, Malaysian Indian Congress (MIC)/\n"
)
NUS = "新加坡國立大學 新加坡国立大学 [Xin1 jia1 po1 Guo2 li4 Da4 xue2] /National University of Singapore/\n"
AOHUI = (
    "奧會 奥会 [Ao4 hui4] /(International or national) Olympic Committee (abbr. for 奧林匹克委員會|奥林匹克委员会)/"
    "Olympic Games (abbr. for 奧林匹克運動會|奥林匹克运动会)/\n"
)
OLYMPICS = "奧林匹克運動會 奥林匹克运动会 [Ao4 lin2 pi3 ke4 Yun4 dong4 hui4] /Olympic Games/the Olympics/\n"
RENDA = (
    "人大 人大 [Ren2 da4] /(Chinese) National People's Congress (abbr. for 全國人民代表大會|全国人民代表大会[Quan2"
    " guo2 Ren2 min2 Dai4 biao3 Da4 hui4])/Renmin University of China (abbr. for 中國人民大學|中国人民大学[Zhong1 guo2"
    " Ren2 min2 Da4 xue2])/\n"
)
NPC = (
    "全國人民代表大會 全国人民代表大会 [Quan2 guo2 Ren2 min2 Dai4 biao3 Da4 hui4] /(Chinese) National People's"
    " Congress/abbr. to 人大[Ren2 da4]/\n"
)
RENMIN = "中國人民大學 中国人民大学 [Zhong1 guo2 Ren2 min2 Da4 xue2] /Renmin University of China/\n"
LIANDA = (
    "聯大 联大 [Lian2 da4] /abbr. for 聯合國大會|联合国大会[Lian2 he2 guo2 Da4 hui4], United Nations General Assembly/"
    "abbr. for 國立西南聯合大學|国立西南联合大学[Guo2 li4 Xi1 nan2 Lian2 he2 Da4 xue2], National Southwest Combined"
    " University/\n"
)
UNGA = "聯合國大會 联合国大会 [Lian2 he2 guo2 Da4 hui4] /United Nations General Assembly/\n"
SOUTHWEST = (
    "國立西南聯合大學 国立西南联合大学 [Guo2 li4 Xi1 nan2 Lian2 he2 Da4 xue2] /National Southwest Combined University"
    " (Peking, Tsinghua and Nankai Universities in exile in Kunming 1937-1945)/\n"
)


def names(*lines: str) -> dict[str, Entry]:
    return entries_by_form("".join(lines))


def english(entry: Entry) -> set[str]:
    return {entry.en, *entry.aliases}


@pytest.mark.parametrize("order", [(GUODA, NUS), (NUS, GUODA)])
def test_guoda_does_not_merge_nus_with_the_indian_national_congress(order: tuple[str, str]) -> None:
    found = names(*order)
    nus = found["新加坡国立大学"]
    assert nus.en == "National University of Singapore", nus
    assert not english(nus) & {"Indian National Congress", "INC", "Malaysian Indian Congress", "MIC"}, nus
    assert "国大" not in nus.zh_aliases, nus


def test_an_abbreviation_of_several_things_whose_first_has_no_entry_is_none() -> None:
    # With the first thing's English alone (the ROC's National Assembly, gone since 2005), 国大 glossed 新加坡国大的学生
    # as the Assembly: an abbreviation of several things glosses none of them unless its first has an entry.
    for lines in ((GUODA, NUS), (GUODA,)):
        assert "国大" not in names(*lines)


def test_olympic_committee_is_no_olympic_games() -> None:
    found = names(AOHUI, OLYMPICS)
    games = found["奥林匹克运动会"]
    assert "奥会" not in games.zh_aliases, games
    assert games.en == "Olympic Games", games
    assert "奥会" not in found


def test_an_abbreviation_folds_into_its_first_thing_when_that_has_an_entry() -> None:
    # 人大 is the National People's Congress, as Chinese news writes it; Renmin University keeps its own entry.
    found = names(RENDA, NPC, RENMIN)
    npc, renmin = found["全国人民代表大会"], found["中国人民大学"]
    assert found["人大"] is npc
    assert npc.en == "National People's Congress", npc
    assert "Renmin University of China" not in english(npc), npc
    assert renmin is not npc and renmin.en == "Renmin University of China", renmin
    found = names(LIANDA, UNGA, SOUTHWEST)
    assert found["联大"] is found["联合国大会"]
    assert "National Southwest Combined University" not in english(found["联大"]), found["联大"]
    assert found["国立西南联合大学"] is not found["联大"]

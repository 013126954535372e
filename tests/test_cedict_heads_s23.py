"""CC-CEDICT import: the head of "X of Y" and a work's words give a name its kind.

The twenty-second session left 武圣 "the Saint of War" typed `event` (by "War"), 武经七书 "Seven Military
Classics" `event` and 笑林 "Jokes (title of an ancient collection of jokes ...)" the fallback `name`. The rules
(zhgloss.formats.cedict):

- `_type_of_name`: English words of no kind before "of" make no event or body of Y's kind ("Saint of War", "March
  of the Volunteer Army", "Manifesto of the Communist Party"); a Chinese name before "of" still takes Y's generic
  ("Former Yan of the Sixteen Kingdoms" is a kingdom: a period), and a part of a place is a place ("Great Bend of
  the Yellow River");
- capitalised "Classics" heads a book's title, as "History" does (lower-case "Buddhist classics" is a genre, no name);
  "collection" and "anthem" are works' words;
- `_kind_of_described_word`: "general" before a dynasty and its noun is an adjective ("general Song dynasty
  encyclopedia"), not the rank it is before a name;
- `_head_of_description`: a chain, range or system after a generic keeps the generic the head ("the Andes mountain
  chain" is mountains, no chain of shops: 安第斯, 安第斯山脉 and 阿尔泰山脉 were typed `org`); "Metro supermarket chain"
  stays a chain of shops.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected kinds were read off the lines
by hand (a saint, a song, a book, an encyclopedia, a set of books, a collection of jokes or poems: no war, no party,
no era).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

LINES = {
    "武圣": "武聖 武圣 [Wu3 Sheng4] /the Saint of War (i.e. the deified Guan Yu 關羽|关羽[Guan1 Yu3])/",
    "义勇军进行曲": (
        "義勇軍進行曲 义勇军进行曲 [Yi4 yong3 jun1 Jin4 xing2 qu3] /March of the Volunteer Army (PRC National Anthem)/"
    ),
    "共产党宣言": (
        "共產黨宣言 共产党宣言 [Gong4 chan3 dang3 Xuan1 yan2] /Manifesto of the Communist Party/"
        '"Manifest der Kommunistischen Partei" by Marx and Engels (1848)/'
    ),
    "太平御览": (
        "太平御覽 太平御览 [Tai4 ping2 Yu4 lan3] /Imperial Readings of the Taiping Era, general Song dynasty "
        "encyclopedia compiled during 977-983 under Li Fang 李昉[Li3 Fang3], 1000 scrolls/"
    ),
    "武经七书": (
        '武經七書 武经七书 [Wu3 jing1 Qi1 shu1] /Seven Military Classics of ancient China viz "Six Secret Strategic '
        'Teachings" 六韜|六韬[Liu4 tao1], "Methods of Sima" 司馬法|司马法[Si1 ma3 Fa3]/'
    ),
    "笑林": (
        "笑林 笑林 [Xiao4 lin2] /Jokes (title of an ancient collection of jokes, often used in the title of modern "
        "collections of jokes)/"
    ),
    "乐府诗集": (
        "樂府詩集 乐府诗集 [Yue4 fu3 Shi1 ji2] /Collection of Yuefu Songs and Ballads, compiled in the 11th century by "
        "Guo Maoqian 郭茂倩[Guo1 Mao4 qian4]/"
    ),
    "安第斯": "安第斯 安第斯 [An1 di4 si1] /the Andes mountain chain/",
    "安第斯山脉": "安第斯山脈 安第斯山脉 [An1 di4 si1 shan1 mai4] /Andes mountain chain of South America/",
    "阿尔泰山脉": (
        "阿爾泰山脈 阿尔泰山脉 [A1 er3 tai4 shan1 mai4] /Altai mountain chain on the border of Russia and Mongolia/"
    ),
    "麦德龙": "麥德龍 麦德龙 [Mai4 de2 long2] /Metro supermarket chain (originally German)/",
}
KINDS = {
    "武圣": "name",
    "义勇军进行曲": "work",
    "共产党宣言": "work",  # a manifesto by Marx and Engels (s30, 619d7fb; was name)
    "太平御览": "work",
    "武经七书": "work",
    "笑林": "work",
    "乐府诗集": "work",
    "安第斯": "place",
    "安第斯山脉": "place",
    "阿尔泰山脉": "place",
    "麦德龙": "org",
}
# Kept as they were: a Chinese name before "of" takes the generic after it; a part of a place is a place.
KEPT = {
    "前燕": ("前燕 前燕 [Qian2 Yan1] /Former Yan of the Sixteen Kingdoms (337-370)/", "event"),
    "河套": (
        "河套 河套 [He2 tao4] /the Great Bend of the Yellow River in Inner Mongolia/",
        "place",
    ),
}
GENRE = "佛典 佛典 [Fo2 dian3] /Buddhist scriptures/Buddhist classics/"


@pytest.mark.parametrize("zh", sorted(LINES))
def test_kind_of_a_name_with_an_english_head(zh: str) -> None:
    entry = entries_by_form(LINES[zh] + "\n")[zh]
    assert entry.type == KINDS[zh], entry


@pytest.mark.parametrize("zh", sorted(KEPT))
def test_a_chinese_name_or_a_place_before_of_keeps_its_kind(zh: str) -> None:
    line, kind = KEPT[zh]
    entry = entries_by_form(line + "\n")[zh]
    assert entry.type == kind, entry


def test_lower_case_classics_are_a_genre_no_name() -> None:
    assert "佛典" not in entries_by_form(GENRE + "\n")

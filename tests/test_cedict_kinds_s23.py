"""CC-CEDICT import: awards and contests, works by someone, and series of things get their kinds.

The acceptance tester of the twenty-third session found 奥斯卡金像奖 "Academy Awards" and 戴维斯杯 "Davis Cup
(international tennis team competition)" typed `org` (by "Academy", by "team"; T1-11), 岳阳楼记 "On Yueyang Tower
(1045), essay by Song writer Fan Zhongyan" typed `place` (by "Tower") and 李四 "Li Si, name for an unspecified person,
second of a series of three" typed `work` (by "series"; T1-12). The rules (zhgloss.formats.cedict):

- `_type_of_name`: a name whose head is an award's or a contest's word (`_PRIZES`: Award, Prize, Cup, Medal, Trophy)
  is none of the kinds, whatever its other words or its description say: `name` (诺贝尔奖 already was); not a list
  ("Golden Horse Film Festival and Awards" is a festival too, and stays an event);
- `read_sense`: an appositive "(dates), [a few words] <work> by <Someone>" makes the thing a work over a generic of
  its title (no tower, no mountain: "Brokeback Mountain, 2005 English-language film by Ang Lee");
- `_kind_of_described_word`: "series of" counts things, and what follows says their kind ("series of novels" works,
  "series of mountain ranges" a place, "series of three" and "series of ... missiles" none).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected kinds were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

LINES = {
    "奥斯卡金像奖": (
        "奧斯卡金像獎 奥斯卡金像奖 [Ao4 si1 ka3 jin1 xiang4 jiang3] /Academy Awards/Oscars/CL:屆|届[jie4]/",
        "name",
    ),
    "戴维斯杯": (
        "戴維斯杯 戴维斯杯 [Dai4 wei2 si1 bei1] /Davis Cup (international tennis team competition)/",
        "name",
    ),
    "茅盾文学奖": (
        "茅盾文學獎 茅盾文学奖 [Mao2 Dun4 Wen2 xue2 jiang3] /Mao Dun Literature Prize, PRC prize for novel writing, "
        "awarded since 1982/",
        "name",
    ),
    "岳阳楼记": (
        "岳陽樓記 岳阳楼记 [Yue4 yang2 lou2 ji4] /On Yueyang Tower (1045), essay by Song writer Fan Zhongyan "
        "范仲淹[Fan4 Zhong4 yan1]/",
        "work",
    ),
    "断背山": (
        "斷背山 断背山 [Duan4 bei4 Shan1] /Brokeback Mountain, 2005 English-language film by Ang Lee 李安[Li3 An1]/",
        "work",
    ),
    "官场现形记": (
        "官場現形記 官场现形记 [Guan1 chang3 Xian4 xing2 Ji4] /Observations on the Current State of Officialdom, late "
        "Qing novel by Li Baojia 李寶嘉|李宝嘉[Li3 Bao3 jia4]/",
        "work",
    ),
    "李四": (
        "李四 李四 [Li3 Si4] /Li Si, name for an unspecified person, second of a series of three: "
        "張三|张三[Zhang1 San1], 李四, 王五[Wang2 Wu3] Tom, Dick and Harry/",
        "name",
    ),
    "科迪勒拉": (
        "科迪勒拉 科迪勒拉 [Ke1 di2 le4 la1] /Cordillera, series of mountain ranges stretching from Patagonia in South "
        "America through to Alaska and Aleutian Islands/",
        "place",
    ),
    "芦洞": ("蘆洞 芦洞 [Lu2 dong4] /Rodong or Nodong, series of North Korean medium-range missiles/", "name"),
    # Kept as they were:
    "人间喜剧": (
        "人間喜劇 人间喜剧 [Ren2 jian1 Xi3 ju4] /La Comédie humaine, series of novels by 19th century French novelist "
        "Honoré de Balzac 巴爾扎克|巴尔扎克[Ba1 er3 zha1 ke4]/",
        "work",
    ),
    "金马奖": ("金馬獎 金马奖 [Jin1 ma3 jiang3] /Golden Horse Film Festival and Awards/", "event"),
    "诺贝尔奖": ("諾貝爾獎 诺贝尔奖 [Nuo4 bei4 er3 Jiang3] /Nobel Prize/", "name"),
    "泰山": (
        "泰山 泰山 [Tai4 Shan1] /Mt Tai in Shandong, eastern mountain of the Five Sacred Mountains "
        "五嶽|五岳[Wu3 yue4]/",
        "place",
    ),
}


@pytest.mark.parametrize("zh", sorted(LINES))
def test_kind(zh: str) -> None:
    line, kind = LINES[zh]
    entry = entries_by_form(line + "\n")[zh]
    assert entry.type == kind, entry

"""CC-CEDICT import: a name cut at a preposition is whole when the cut leaves a stump.

The acceptance tester of the twentieth session (seed 2030, `--proper-only`) found names cut at "at", "from", "with":
平型关大捷 "Great Victory at Pingxing Pass, ambush of ..." with en "Great Victory" (English "a Great Victory" glossed
it), 全国重点文物保护单位 "... Site Protected", 启蛰 "Waking", 毛主席语录 "Quotations", 中国人民对外友好协会 "Chinese
People's Association for Friendship" (no "with Foreign Countries", which its initials CPAFFC spell). Where a place lies
stays out ("Mt Mang at Luoyang", "Yungang Caves at Datong", "Wensu County in Xinjiang"). The rule
(zhgloss.formats.cedict): `_whole_phrase`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "平型關大捷 平型关大捷 [Ping2 xing2 guan1 Da4 jie2] /Great Victory at Pingxing Pass, ambush of Japanese"
        " troops by Communist forces on September 25, 1937 at 平型關|平型关[Ping2 xing2 guan1]/\n",
        "全國重點文物保護單位 全国重点文物保护单位 [Quan2 guo2 Zhong4 dian3 Wen2 wu4 Bao3 hu4 Dan1 wei4] /Major"
        " Historical and Cultural Site Protected at the National Level/\n",
        "啟蟄 启蛰 [Qi3 zhe2] /Waking from Hibernation/old variant of 驚蟄|惊蛰[Jing1 zhe2], Insects Wake, 3rd of the"
        " 24 solar terms 二十四節氣|二十四节气[er4 shi2 si4 jie2 qi5] 6th-20th March/\n",
        "毛主席語錄 毛主席语录 [Mao2 Zhu3 xi2 Yu3 lu4] /Quotations from Chairman Mao Tse-Tung, published from 1964 to"
        " about 1976/\n",
        "中國人民對外友好協會 中国人民对外友好协会 [Zhong1 guo2 Ren2 min2 Dui4 wai4 You3 hao3 Xie2 hui4] /Chinese"
        " People's Association for Friendship with Foreign Countries (CPAFFC)/\n",
        "德國標準化學會 德国标准化学会 [De2 guo2 Biao1 zhun3 hua4 Xue2 hui4] /Deutsches Institut für Normung e.V. (DIN)"
        "/German Institute for Standardization/\n",
        # Kept as they are:
        "邙山 邙山 [Mang2 shan1] /Mt Mang at Luoyang in Henan, with many Han, Wei and Jin dynasty royal tombs/\n",
        "雲岡石窟 云冈石窟 [Yun2 gang1 Shi2 ku1] /Yungang Caves at Datong 大同, Shanxi 山西/\n",
        "新疆溫宿縣 新疆温宿县 [Xin1 jiang1 Wen1 su4 xian4] /Wensu County in Xinjiang/\n",
        "陽明山 阳明山 [Yang2 ming2 Shan1] /Mt Yangming in Hunan/Mt Yangming in north Taiwan, near Taibei/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("平型关大捷", "Great Victory at Pingxing Pass"),  # 平型关 is written: Pingxing
        ("全国重点文物保护单位", "Major Historical and Cultural Site Protected at the National Level"),
        ("启蛰", "Waking from Hibernation"),
        ("毛主席语录", "Quotations from Chairman Mao Tse-Tung"),
        ("中国人民对外友好协会", "Chinese People's Association for Friendship with Foreign Countries"),
    ],
)
def test_a_name_cut_at_a_preposition_to_a_stump_is_whole(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


@pytest.mark.parametrize(
    ("zh", "en"),
    [("邙山", "Mt Mang"), ("云冈石窟", "Yungang Caves"), ("新疆温宿县", "Wensu County"), ("阳明山", "Mt Yangming")],
)
def test_where_a_thing_lies_is_no_part_of_its_name(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


def test_a_foreign_names_own_preposition_cuts_nothing() -> None:
    # Tester 07:03 (2): "Deutsches Institut für Normung e.V. (DIN)" gave the stump "Deutsches Institut".
    entry = NAMES["德国标准化学会"]
    assert "Deutsches Institut" not in (entry.en, *entry.aliases), entry
    assert entry.en == "German Institute for Standardization"

"""CC-CEDICT import: a convention or a protocol between states is of the kind a treaty is (event); so is a campaign.

The acceptance tester (s20 held-out draw, s21 09:23) found 联合国海洋法公约 "United Nations Convention on the Law of
the Sea" typed place (by "Sea") and 辛丑条约 "Boxer Protocol of 1901 ..." typed org (by "Force"), while 南京条约
"Treaty of Nanjing" is an event: "convention" and "protocol" were no words of a kind, so a later word decided. They
are now of the event kind, as "treaty" is (zhgloss.formats.cedict `_TYPE_WORDS`).

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
        "聯合國海洋法公約 联合国海洋法公约 [Lian2 he2 guo2 Hai3 yang2 fa3 Gong1 yue1] /United Nations Convention on"
        " the Law of the Sea/\n",
        "辛丑條約 辛丑条约 [Xin1 chou3 Tiao2 yue1] /Boxer Protocol of 1901 signed in Beijing, ending the Eight-power"
        " Allied Force intervention after the Boxer uprising/\n",
        "聯合國氣候變化框架公約 联合国气候变化框架公约 [Lian2 he2 guo2 Qi4 hou4 Bian4 hua4 Kuang4 jia4 Gong1 yue1]"
        " /United Nations Framework Convention on Climate Change/\n",
        "南京條約 南京条约 [Nan2 jing1 Tiao2 yue1] /Treaty of Nanjing (1842) that concluded the First Opium War between"
        " Qing China and Britain/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("联合国海洋法公约", "United Nations Convention on the Law of the Sea"),
        ("辛丑条约", "Boxer Protocol"),
        ("联合国气候变化框架公约", "United Nations Framework Convention on Climate Change"),
        ("南京条约", "Treaty of Nanjing"),
    ],
)
def test_an_agreement_between_states_is_an_event(zh: str, en: str) -> None:
    assert (NAMES[zh].type, NAMES[zh].en) == ("event", en), NAMES[zh]


HEADS = "".join(
    [
        "護國運動 护国运动 [Hu4 guo2 Yun4 dong4] /Campaign to Defend the Republic (1915) or National Protection War, a"
        " rebellion against the installation of Yuan Shikai 袁世凱|袁世凯[Yuan2 Shi4 kai3] as emperor/\n",
        "護國戰爭 护国战争 [Hu4 guo2 Zhan4 zheng1] /National Protection War or Campaign to Defend the Republic"
        " (1915), a rebellion against the installation of Yuan Shikai 袁世凱|袁世凯[Yuan2 Shi4 kai3] as emperor/\n",
    ]
)


def test_the_head_of_a_name_comes_before_to_and_its_verb() -> None:
    # Tester s20 06:26 / s21 09:23: 护国运动 "Campaign to Defend the Republic" was typed place (by "Republic"), while
    # 护国战争, the same campaign, is an event; the name's head is "Campaign" (zhgloss.formats.cedict `_type_of_name`).
    names = {e.zh: e for e in load_cedict(io.StringIO(HEADS), proper_only=True)}
    assert names["护国运动"].type == "event", names["护国运动"]
    assert names["护国战争"].type == "event", names["护国战争"]

"""Kinds of names (twenty-eighth session, issue 9 item 1).

- A Games is an event (the s27 blind measure's 残奥会 "Paralympic Games" was `name`, while 奥运会 "Olympic Games" is
  `event`): a name whose head is "Games" after a capitalised word ("Asian Games", "China National Farmers' Games")
  is a meeting of sports held at a time, as the Olympics are. Not a lower-case "video games".
- A bracket of lower-case words right after a name says what it is, over a word of a kind its title holds: 古墓丽影
  "Tomb Raider (computer game)" is a work (was `place`), 新海峡时报 "New Strait Times (newspaper)" an org, 柏悦 "Park
  Hyatt (hotel brand)" an org. Not a field's label ("Holy Roman Empire (history)").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "殘奧會 残奥会 [Can2 Ao4 hui4] /Paralympic Games/\n"
    "亞運會 亚运会 [Ya4 yun4 hui4] /Asian Games/\n"
    "世界運動會 世界运动会 [Shi4 jie4 Yun4 dong4 hui4] /World Games/\n"
    "東亞運動會 东亚运动会 [Dong1 ya4 Yun4 dong4 hui4] /East Asian Games/\n"
    "農運會 农运会 [Nong2 yun4 hui4] /China National Farmers' Games (sports meeting for peasants held every 4 years"
    " since 1988)/\n"
    "奧運會 奥运会 [Ao4 yun4 hui4] /abbr. for 奧林匹克運動會|奥林匹克运动会/Olympic Games/the Olympics/\n"
)
# Lines of my own of the same kind, and controls.
OWN = (
    "英聯邦運動會 英联邦运动会 [Ying1 lian2 bang1 Yun4 dong4 hui4] /Commonwealth Games/\n"
    "殘奧 残奥 [Can2 Ao4] /Paralympics/\n"
    "飢餓遊戲 饥饿游戏 [Ji1 e4 You2 xi4] /The Hunger Games (novel)/\n"
    "寂靜嶺 寂静岭 [Ji4 jing4 ling3] /Silent Hill (video game series)/\n"
    "大飯店 大饭店 [Da4 fan4 dian4] /Grand Hotel (film)/\n"
    "晨郵報 晨邮报 [Chen2 you2 bao4] /Morning Harbour Post (newspaper)/\n"
)
# Real lines of the bracket's kind (cedict_ts.u8).
BRACKETS = (
    "古墓麗影 古墓丽影 [Gu3 mu4 Li4 ying3] /Tomb Raider (computer game)/\n"
    "街頭霸王 街头霸王 [Jie1 tou2 Ba4 wang2] /Street Fighter (video game series)/\n"
    "新海峽時報 新海峡时报 [Xin1 Hai3 xia2 Shi2 bao4] /New Strait Times (newspaper)/\n"
    "柏悅 柏悦 [Bo2 yue4] /Park Hyatt (hotel brand)/\n"
    "英雄聯盟 英雄联盟 [Ying1 xiong2 Lian2 meng2] /League of Legends (video game)/\n"
    "神聖羅馬帝國 神圣罗马帝国 [Shen2 sheng4 Luo2 ma3 Di4 guo2] /the Holy Roman Empire (history)/\n"
)
NAMES = kinds_and_english(REAL + OWN + BRACKETS)


@pytest.mark.parametrize(
    "zh", ["残奥会", "亚运会", "世界运动会", "东亚运动会", "农运会", "奥运会", "英联邦运动会", "残奥"]
)
def test_a_games_is_an_event(zh: str) -> None:
    assert NAMES[zh][0] == "event"


def test_a_title_described_as_a_work_stays_a_work() -> None:
    assert NAMES["饥饿游戏"] == ("work", "The Hunger Games")


@given(st.lists(st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True), min_size=1, max_size=3))
def test_capitalised_words_before_games_name_an_event(words: list[str]) -> None:
    assert cedict._type_of_name([*words, "Games"]) == "event"
    assert cedict._type_of_name(["video", "Games"]) != "event"


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("古墓丽影", "work"),
        ("街头霸王", "work"),
        ("新海峡时报", "org"),
        ("柏悦", "org"),
        ("英雄联盟", "work"),
        ("寂静岭", "work"),
        ("大饭店", "work"),
        ("晨邮报", "org"),
        ("神圣罗马帝国", "place"),  # a field's label says nothing of what the thing is
    ],
)
def test_a_bracket_after_the_name_says_what_it_is(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind

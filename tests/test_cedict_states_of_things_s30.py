"""What befalls a ruler is an event, and a state of a thing is no polity (thirtieth session, issue 9 item 1; the
twenty-ninth session's blind draw: 永贞内禅 "Yongzhen abdication of 805" was typed `name`, 小康 "Xiaokang, a Confucian
near-ideal state of society ..." `place`).

- "abdication", "coronation", "assassination" name an event, as "restoration" and "coup" do.
- "state of" a lower-case noun is a condition ("state of society", "state of the world"), no state; "state of
  northwest Malaysia" and "ancient state of central Asia" stay places (a place's name follows).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "永貞內禪 永贞内禅 [Yong3 zhen1 nei4 shan4] /Yongzhen abdication of 805/\n"
    "小康 小康 [Xiao3 kang1] /Xiaokang, a Confucian near-ideal state of society, second only to Datong"
    " 大同[Da4 tong2]/\n"
    # Controls: a state's name follows.
    "吉打 吉打 [Ji2 da3] /Kedah, state of northwest Malaysia, capital Alor Star 亞羅士打|亚罗士打[Ya4 luo2 shi4 da3]/\n"
    "丁加奴 丁加奴 [Ding1 jia1 nu2] /Terengganu, northeast state of mainland Malaysia/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "靖康內禪 靖康内禅 [Jing4 kang1 nei4 shan4] /Jingkang abdication of 1125/\n"
    "乾隆登基 乾隆登基 [Qian2 long2 deng1 ji1] /Qianlong coronation of 1735/\n"
    "大治 大治 [Da4 zhi4] /Dazhi, a Legalist ideal state of government/\n"
    "太平世 太平世 [Tai4 ping2 shi4] /Taipingshi, the last state of the world in Gongyang thought/\n"
)
KINDS = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize("zh", ["永贞内禅", "靖康内禅", "乾隆登基"])
def test_what_befalls_a_ruler_is_an_event(zh: str) -> None:
    assert KINDS[zh][0] == "event", KINDS[zh]


@pytest.mark.parametrize("zh", ["小康", "大治", "太平世"])
def test_a_state_of_a_thing_is_no_place(zh: str) -> None:
    assert KINDS[zh][0] not in ("place", "org"), KINDS[zh]


@pytest.mark.parametrize(("zh", "en"), [("吉打", "Kedah"), ("丁加奴", "Terengganu")])
def test_a_state_of_a_country_is_a_place(zh: str, en: str) -> None:
    assert KINDS[zh] == ("place", en)

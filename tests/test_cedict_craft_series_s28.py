"""A series of craft is no work (twenty-eighth session, issue 9 item 1; the tester's T27-I27).

"series" is a work's word for a TV or book series; after a craft's or a weapon's word ("rocket series",
"spacecraft series", "missile series") it is a series of things named as each craft is: none of the kinds.
"""

from __future__ import annotations

from cedict_fixtures import kinds_and_english
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "大浦洞 大浦洞 [Da4 pu3 dong4] /Taepodong, North Korean rocket series/\n"
    "宇宙號 宇宙号 [Yu3 zhou4 hao4] /Cosmos, Russian spacecraft series/\n"
    "禮炮號 礼炮号 [Li3 pao4 Hao4] /Salyut (salute), Russian spacecraft series/\n"
)
# Lines of my own of the same kind, and controls (a TV series and a book series are works).
OWN = (
    "長征號 长征号 [Chang2 zheng1 Hao4] /Long March, Chinese rocket series/\n"
    "東風號 东风号 [Dong1 feng1 Hao4] /Dongfeng, Chinese missile series/\n"
    "老友記 老友记 [Lao3 you3 Ji4] /Friends, US TV series/\n"
    "納尼亞 纳尼亚 [Na4 ni2 ya4] /Narnia, fantasy book series/\n"
)
NAMES = kinds_and_english(REAL + OWN)


# What each line is: a series of craft names things of none of the kinds; a TV or book series is a work.
KINDS = {
    "大浦洞": "name",
    "宇宙号": "name",
    "礼炮号": "name",
    "长征号": "name",
    "东风号": "name",
    "老友记": "work",
    "纳尼亚": "work",
}


def test_a_series_of_craft_is_no_work() -> None:
    assert {zh: NAMES[zh][0] for zh in KINDS} == KINDS


@given(st.sampled_from(sorted(cedict._THINGS)))
def test_any_thing_before_series_makes_no_work(thing: str) -> None:
    words = ["Chinese", thing, "series"]
    assert cedict._kind_of_described_word(words, 2) == "name"
    assert cedict._kind_of_described_word(["Chinese", "TV", "series"], 2) == "work"

"""A character of a story named as Chinese people are is a person (twenty-ninth session, issue 9 item 1; the tester's
class 1b: 李逵 "Li Kui, character in the novel Water Margin", 林黛玉, 尾生 "Wei Sheng (legendary character who ...)",
白素贞 "(name of a person) Bai Suzhen, ..." were typed `name`, though "heroine of <novel>" lines were `person`).

When the line's first sense calls its name a character (in, from, of a work), a fictional or legendary character
or figure, or a person's name, and that name is the reading spelt as a Chinese name (surname, given name), the
entry is a person; a nickname of one is too (黑旋风 "Black Whirlwind, nickname of 李逵"). A creature the line calls
no character stays `name` (白泽 "Bai Ze or White Marsh, legendary creature of ancient China").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "李逵 李逵 [Li3 Kui2] /Li Kui, character in the novel Water Margin 水滸全傳|水浒全传[Shui3 hu3 quan2 zhuan4]/\n"
    "林黛玉 林黛玉 [Lin2 Dai4 yu4] /Lin Daiyu, female character in The Dream of Red Mansions, cousin and thwarted lover"
    " of Jia Baoyu 賈寶玉|贾宝玉/\n"
    "尾生 尾生 [Wei3 Sheng1] /Wei Sheng (legendary character who waited for his love under a bridge until he was"
    " drowned in the surging waters)/sb who keeps to their word no matter what/\n"
    "彭祖 彭祖 [Peng2 Zu3] /Peng Zu (legendary figure of Taoism who lived 800 years)/\n"
    "白素貞 白素贞 [Bai2 Su4 zhen1] /(name of a person) Bai Suzhen, from Madame White Snake/\n"
    "黑旋風 黑旋风 [Hei1 Xuan4 feng1] /Black Whirlwind, nickname of 李逵[Li3 Kui2], known for his fearsome behavior in"
    " combat and his dark complexion/\n"
    # Control: a creature.
    "白澤 白泽 [Bai2 Ze2] /Bai Ze or White Marsh, legendary creature of ancient China/\n"
)
# A line of my own of the same shape.
OWN = "令狐沖 令狐冲 [Ling2 hu2 Chong1] /Linghu Chong, character in The Smiling, Proud Wanderer by Jin Yong/\n"
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("李逵", "Li Kui"),
        ("林黛玉", "Lin Daiyu"),
        ("尾生", "Wei Sheng"),
        ("彭祖", "Peng Zu"),
        ("白素贞", "Bai Suzhen"),
        ("黑旋风", "Black Whirlwind"),
        ("令狐冲", "Linghu Chong"),
    ],
)
def test_a_character_named_as_people_are_is_a_person(zh: str, en: str) -> None:
    assert NAMES[zh] == ("person", en)


def test_a_creature_stays_a_name() -> None:
    assert NAMES["白泽"][0] == "name"

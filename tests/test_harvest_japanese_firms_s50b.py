"""A Japanese surname whose rest is a trade, a company's or an everyday word names no person (s50, B50-11).

hrv50's `_is_surname_alone` read any Chinese of 3-5 characters opening with a Japanese surname the English spells as
"the surname alone of a longer name", so a company or a plant named after a family lost its pair: 丰田汽车（Toyota）,
三井物产（Mitsui）, 川崎重工（Kawasaki）, 福岛核电站（Fukushima） were passed over. A name whose rest is a company's
or trade's word (`_is_business_word`) or an ordinary word (`_is_common_word`) is no person addressed by surname; a
person's given name (文雄, 早苗, 晋三) still is.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest

FIRMS = [
    ("丰田汽车（Toyota）第三季度利润下降。", "丰田汽车"),
    ("铃木汽车（Suzuki）宣布退出中国市场。", "铃木汽车"),
    ("三井物产（Mitsui）增持股份。", "三井物产"),
    ("川崎重工（Kawasaki）发布新款摩托车。", "川崎重工"),
    ("福岛核电站（Fukushima）排放核污染水。", "福岛核电站"),
    ("日立电机（Hitachi）宣布扩产。", "日立电机"),
    ("松下电器（Panasonic）发布新品。", "松下电器"),
]

PEOPLE = [
    "日本首相岸田文雄（Kishida）访问美国。",
    "日本首相高市早苗（Takaichi）发表讲话。",
    "日本前首相安倍晋三（Abe）遇刺。",
]


@pytest.mark.parametrize(("line", "zh"), FIRMS)
def test_a_firm_named_after_a_family_keeps_its_pair(line: str, zh: str) -> None:
    assert [p.zh for p in harvest(line, [])] == [zh]


@pytest.mark.parametrize("line", PEOPLE)
def test_a_person_by_the_surname_alone_is_still_passed_over(line: str) -> None:
    assert harvest(line, []) == []


@pytest.mark.parametrize(
    "line",
    [
        "前首相石破茂（Ishiba）辞职。",  # the tester's B50-16: a one-character given name
        "日本首相石破茂（Prime Minister Ishiba）发表讲话。",
        "动画导演宫崎骏（Miyazaki）宣布新作。",
    ],
)
def test_a_one_character_given_name_after_a_japanese_surname_is_passed_over(line: str) -> None:
    assert harvest(line, []) == []


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("石川县（Ishikawa）发生地震。", "石川县"),
        ("横滨市（Yokohama）举办活动。", "横滨市"),
        ("长崎市（Nagasaki）纪念原爆。", "长崎市"),
    ],
)
def test_a_place_named_after_its_first_word_keeps_its_pair(line: str, zh: str) -> None:
    assert [p.zh for p in harvest(line, [])] == [zh]

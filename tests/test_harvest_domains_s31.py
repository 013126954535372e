"""harvest: a company or site written as its web address ("Dangdang.com", "Ele.me") is an organisation, never a
person (s31, U30-12).

"Dangdang.com (当当) fell." proposed 当当 as a person ("当 as a surname is Dāng") and --add stored it with a
person's pinyin; Huya.com, Le.com, Ele.me likewise, while JD.com and Trip.com were `name`.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("text", "zh", "en", "pinyin"),
    [
        # U30-12's dotted.txt and ele.txt
        ("Dangdang.com (当当) fell.", "当当", "Dangdang.com", "Dāngdāng"),
        ("Huya.com (虎牙) fell.", "虎牙", "Huya.com", "Hǔyá"),
        ("Le.com (乐视) fell.", "乐视", "Le.com", "Lèshì"),
        ("Food delivery app Ele.me (饿了么) cut prices.", "饿了么", "Ele.me", "Èleme"),
        ("JD.com (京东) rose.", "京东", "JD.com", "Jīngdōng"),
        # the same class in other shapes
        (
            "Game streaming site Douyu.com (斗鱼) said on Monday it would delist its shares.",
            "斗鱼",
            "Douyu.com",
            "Dòuyú",
        ),
        (
            "Online discount retailer Vip.com (唯品会) reported revenue of 27 billion yuan.",
            "唯品会",
            "Vip.com",
            "Wéipǐnhuì",
        ),
        ("携程（Trip.com）周二公布了第三季度财报。", "携程", "Trip.com", "Xiéchéng"),
        ("新浪（Sina.com.cn）发布消息。", "新浪", "Sina.com.cn", "Xīnlàng"),
    ],
)
def test_a_web_address_names_an_organisation(text: str, zh: str, en: str, pinyin: str) -> None:
    # An organisation's pinyin is the one `add` writes for an org (R42-18: none was written before), one word, never
    # a person's surname and given name (Dāng Dāng); checked by hand against each character's reading.
    found = [(p.zh, p.en, p.entry.type, p.entry.pinyin) for p in harvest(text, []) if p.kind == "name"]
    assert found == [(zh, en, "org", pinyin)]


def test_a_person_is_still_a_person() -> None:
    found = [(p.zh, p.en, p.entry.type) for p in harvest("JD.com founder Richard Liu (刘强东) said.", [])]
    assert found == [("刘强东", "Richard Liu", "person")]

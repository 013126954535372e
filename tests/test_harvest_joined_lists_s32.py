"""harvest: lists joined by "and" / 和 / 与, and the names that have one inside (s32, R17).

"The Ministry of Commerce and the People's Bank of China (商务部和中国人民银行)" gave one org 商务部和中国人民银行 with
en "of Commerce and the People's Bank of China": the lower-case words on both sides of "and" read as one body's
name. A body named whole (a body's word opening the English, a body's head 部 ending its Chinese) and a capitalised
name after it are two names, whether or not the second begins as the first does.

"阿里巴巴与腾讯（Alibaba and Tencent）" gave one entry: a Chinese-first list without 、 was split only where each
part's English spells a person's name. It is read as the English-first list is, each capitalised part a name, where
the first part cut from the prose stands alone (a listed word, 阿里巴巴; or one its English spells, 拼多多): not 猫 of
猫和老鼠 "Tom and Jerry".

What stays one name in both orders: a name CC-CEDICT lists whole with 和/与 in it (data/joined_names.txt:
塞尔维亚和黑山 "Serbia and Montenegro", which English first gave two pairs, 罗密欧与朱丽叶, 纽芬兰与拉布拉多), besides
the rules before (ISO countries, one body's field, lower-case words on both sides, "&").
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(line: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(line, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # R17
        (
            "The Ministry of Commerce and the People's Bank of China (商务部和中国人民银行) said.",
            [("商务部", "Ministry of Commerce"), ("中国人民银行", "People's Bank of China")],
        ),
        (
            "The Ministry of Finance and the People's Bank of China (财政部和中国人民银行) issued the notice.",
            [("财政部", "Ministry of Finance"), ("中国人民银行", "People's Bank of China")],
        ),
        (
            "The Ministry of Foreign Affairs and the Chinese Academy of Sciences (外交部和中国科学院) signed it.",
            [("外交部", "Ministry of Foreign Affairs"), ("中国科学院", "Chinese Academy of Sciences")],
        ),
        # Chinese first
        ("阿里巴巴与腾讯（Alibaba and Tencent）宣布。", [("阿里巴巴", "Alibaba"), ("腾讯", "Tencent")]),
        ("百度和京东（Baidu and JD.com）发布财报。", [("百度", "Baidu"), ("京东", "JD.com")]),
        ("据报道，华为与小米（Huawei and Xiaomi）均已回应。", [("华为", "Huawei"), ("小米", "Xiaomi")]),
        ("拼多多和京东（Pinduoduo and JD.com）打起了价格战。", [("拼多多", "Pinduoduo"), ("京东", "JD.com")]),
    ],
)
def test_two_names_joined_by_and_are_two_pairs(line: str, want: list[tuple[str, str]]) -> None:
    assert _pairs(line) == want


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Serbia and Montenegro (塞尔维亚和黑山) split in 2006.", ("塞尔维亚和黑山", "Serbia and Montenegro")),
        ("Romeo and Juliet (罗密欧与朱丽叶) opened in Shanghai.", ("罗密欧与朱丽叶", "Romeo and Juliet")),
        (
            "Newfoundland and Labrador (纽芬兰与拉布拉多) voted on Monday.",
            ("纽芬兰与拉布拉多", "Newfoundland and Labrador"),
        ),
        ("他读了罗密欧与朱丽叶（Romeo and Juliet）。", ("罗密欧与朱丽叶", "Romeo and Juliet")),
        ("他访问了塞尔维亚和黑山（Serbia and Montenegro）。", ("塞尔维亚和黑山", "Serbia and Montenegro")),
        # a one-character part, a name translated: no list of two (the English-first rule's 猫和老鼠)
        ("猫和老鼠（Tom and Jerry）很好看。", ("猫和老鼠", "Tom and Jerry")),
    ],
)
def test_a_name_the_dictionary_lists_whole_stays_whole(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]

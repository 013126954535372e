"""harvest and a name with 和, 与 or 及 inside it (issue 9 item 5; the new-user tester's U36-13).

長江和記實業 (CK Hutchison, HKEX 00001) was cut at its 和 and "记实业 CK Hutchison" proposed as a new organisation, the
stock code after it "the stock code of 記實業": the text is cut into words (jieba's counts) and the name started after
the last conjunction. A name after "and" starts on a word or a surname, never on a lone syllable (长江|和|记|实业: 记 is
neither), and an ordinary word alone after it is no name (信和置業 Sino Land was 置业); traditional copy is cut as its
simplified form reads (jieba's counts are simplified). A second name after
a conjunction is still the name (小米和华为: 华为; 雷军和王翔: 王翔; 中國和日本: 日本). And "&" joins a firm's
names, never a person's (U36-23: 利豐 "Li & Fung" was typed person).

On the parent commit 4e171ed, 11 of this file's 24 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("長江和記實業（CK Hutchison）公布業績。", "长江和记实业", "CK Hutchison"),
        ("长江和记实业（CK Hutchison Holdings）公布业绩。", "长江和记实业", "CK Hutchison Holdings"),
        (
            "长江和记实业有限公司（CK Hutchison Holdings Limited）公布业绩。",
            "长江和记实业有限公司",
            "CK Hutchison Holdings",
        ),
        ("和记黄埔（Hutchison Whampoa）", "和记黄埔", "Hutchison Whampoa"),
        ("和記電訊（Hutchison Telecommunications）公布業績。", "和记电讯", "Hutchison Telecommunications"),
        # An ordinary word alone after the conjunction is no name: the conjunction is the name's (信|和|置业).
        ("信和置業（Sino Land）公布業績。", "信和置业", "Sino Land"),
        ("信和置业（Sino Land）股价上涨。", "信和置业", "Sino Land"),
        # A conjunction opening the clause joins nothing: it is the name's (the review's R36-25).
        ("和黄（CK Hutchison）宣布。", "和黄", "CK Hutchison"),
        ("昨日，和黄（Hutchison Whampoa）宣布。", "和黄", "Hutchison Whampoa"),
    ],
)
def test_a_conjunction_before_a_lone_syllable_is_the_name_s_own(text: str, zh: str, en: str) -> None:
    assert _pairs(text) == [(zh, en)]


def test_the_stock_code_refers_to_the_whole_name() -> None:
    found = harvest("長江和記實業（CK Hutchison，0001.HK）公布業績。", [])
    (name,) = [p for p in found if p.kind == "name"]
    (code,) = [p for p in found if p.kind == "ticker"]
    assert name.zh == "长江和记实业"
    assert code.entry.refers_to == name.entry.id


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("小米和华为（Huawei）竞争。", "华为", "Huawei"),
        ("雷军和王翔（Wang Xiang）出席。", "王翔", "Wang Xiang"),
        ("中國和日本（Japan）會談。", "日本", "Japan"),
        ("中国和日本（Japan）会谈。", "日本", "Japan"),
        ("阿里巴巴与腾讯（Tencent）合作。", "腾讯", "Tencent"),
        ("苹果及三星（Samsung）", "三星", "Samsung"),
        ("他和马云（Jack Ma）见面。", "马云", "Jack Ma"),
        ("美国和法国（France）", "法国", "France"),
        ("和小米（Xiaomi）合作。", "小米", "Xiaomi"),
        ("与王翔（Wang Xiang）会面。", "王翔", "Wang Xiang"),
        ("及腾讯（Tencent）等公司。", "腾讯", "Tencent"),
    ],
)
def test_a_second_name_after_a_conjunction_is_the_name(text: str, zh: str, en: str) -> None:
    assert _pairs(text) == [(zh, en)]


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("利豐（Li & Fung）宣布私有化。", "利丰", "Li & Fung"),
        ("Marks & Spencer (玛莎百货) said.", "玛莎百货", "Marks & Spencer"),
        ("Shares of Li & Fung (利丰) rose.", "利丰", "Li & Fung"),
    ],
)
def test_names_joined_by_an_ampersand_are_a_firm_s(text: str, zh: str, en: str) -> None:
    # U36-23: 利丰 "Li & Fung" was a person (利 a surname, "Li" its pinyin): "&" never joins a person's names.
    (proposal,) = [p for p in harvest(text, []) if p.kind == "name"]
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "org")

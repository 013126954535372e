"""harvest on officials' Chinese copy: several posts after a name, and a surname's other attested reading (the
review's R38-27, the thirty-eighth session).

Chinese copy names an official, then every post the official holds joined by 兼 or 、: "何立峰副总理兼中财办主任（He
Lifeng）" (Vice Premier He Lifeng, also director of the office of the Central Financial and Economic Affairs
Commission: the State Council's and Xinhua's English). Main proposed a person 兼中财办主任 whose role was 何立峰副总理.
Now the posts are the role and the name is the name. 谌贻琴 is Shen Yiqin in the State Council's English (State
Councilor from 2023): main read the English as a transliteration and proposed the pinyin "Chényíqín" as one word; the
given name "Yiqin" spells 贻琴 in pinyin, so it is a Chinese name. 谌 is Chén, and Shèn too as a surname (现代汉语词典
6th ed. on: the forty-first session, R40-2), so her pinyin is "Shèn Yíqín", as the English spells it; a surname the
English spells by no reading (柏杨 "Bu Yang": 柏 is Bǎi, and Bó in CC-CEDICT's "Taiwan pr.", which the forty-second
session's 50c213bf made a reading, so "Bo Yang" now matches Bó Yáng) is labelled: the English does not follow it.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _people(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    return [(p.entry.zh, p.entry.en, p.entry.pinyin, [r.title for r in p.entry.roles]) for p in harvest(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "何立峰副总理兼中财办主任（He Lifeng）会见了代表团。",
            ("何立峰", "He Lifeng", "Hé Lìfēng", ["副总理兼中财办主任"]),
        ),
        ("刘鹤副总理兼财政部长（Liu He）出席。", ("刘鹤", "Liu He", "Liú Hè", ["副总理兼财政部长"])),
        ("郭台铭董事长兼总裁（Terry Gou）表示。", ("郭台铭", "Terry Gou", "Guō Táimíng", ["董事长兼总裁"])),
        ("王文涛党组书记兼部长（Wang Wentao）出席。", ("王文涛", "Wang Wentao", "Wáng Wéntāo", ["党组书记兼部长"])),
        # A later post's body of seven characters and more (the review's R39-1).
        (
            "潘功胜副行长兼国家外汇管理局局长（Pan Gongsheng）表示。",
            ("潘功胜", "Pan Gongsheng", "Pān Gōngshèng", ["副行长兼国家外汇管理局局长"]),
        ),
        (
            "丁薛祥副总理兼中央科技委员会主任（Ding Xuexiang）出席。",
            ("丁薛祥", "Ding Xuexiang", "Dīng Xuēxiáng", ["副总理兼中央科技委员会主任"]),
        ),
        # One post: as before.
        ("王小洪部长（Wang Xiaohong）出席。", ("王小洪", "Wang Xiaohong", "Wáng Xiǎohóng", ["部长"])),
        ("国务院副总理何立峰（He Lifeng）会见。", ("何立峰", "He Lifeng", "Hé Lìfēng", ["国务院副总理"])),
    ],
)
def test_the_posts_joined_after_a_name_are_its_role(text: str, expected: tuple[str, str, str, list[str]]) -> None:
    assert _people(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 谌 is Chén, and Shèn too as a surname (现代汉语词典 6th ed. on, surnames.tsv's "also"): the pinyin follows
        # the reading the English spells, as 覃's below.
        ("国务委员谌贻琴（Shen Yiqin）出席。", ("谌贻琴", "Shen Yiqin", "Shèn Yíqín", ["国务委员"])),
        ("State Councilor Shen Yiqin (谌贻琴) attended.", ("谌贻琴", "Shen Yiqin", "Shèn Yíqín", ["State Councilor"])),
        ("作家谌容（Chen Rong）", ("谌容", "Chen Rong", "Chén Róng", ["作家"])),
        # The writer's pen name, "Bo Yang" in English: 柏 is Bó too (CC-CEDICT's "Taiwan pr.", R41-1), so the pinyin
        # is Bó Yáng; a surname spelt by no reading is labelled below.
        ("作家柏杨（Bo Yang）说。", ("柏杨", "Bo Yang", "Bó Yáng", ["作家"])),
        # A surname's other attested reading (surnames.tsv: 覃 Qín, also Tán in parts of Guangxi) is its pinyin
        # where the English spells it.
        ("覃振宇（Tan Zhenyu）", ("覃振宇", "Tan Zhenyu", "Tán Zhènyǔ", [])),
        ("覃振宇（Qin Zhenyu）", ("覃振宇", "Qin Zhenyu", "Qín Zhènyǔ", [])),
    ],
)
def test_a_chinese_name_whose_surname_the_english_spells_otherwise_keeps_its_words(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    assert _people(text) == [expected]


def test_a_surname_spelt_otherwise_than_its_reading_is_labelled() -> None:
    (proposal,) = harvest("作家柏杨（Bu Yang）说。", [])  # Bu: no reading of 柏 (Bǎi, Bó, Bò)
    assert proposal.check == "different"
    assert "Bǎi Yáng" in proposal.explanation and "check it" in proposal.explanation


@pytest.mark.parametrize(
    "text",
    [
        "部长（Wang Wentao）出席。",
        "王文涛党组书记、部长（Wang Wentao）出席。",
        "发言人（Mao Ning）说。",
        "外交部长（Wang Yi）说。",
        "国务卿（Antony Blinken）说。",
    ],
)
def test_a_post_before_a_persons_english_is_no_pair(text: str) -> None:
    # The Chinese before the bracket names a post, the English a person: main proposed 部长 "Wang Wentao".
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("总理（Premier）说。", ("总理", "Premier")),
        ("副总理（Vice Premier）说。", ("副总理", "Vice Premier")),
        ("外交部发言人毛宁（Mao Ning）说。", ("毛宁", "Mao Ning")),
    ],
)
def test_a_posts_own_english_and_a_name_after_a_post_are_pairs_as_before(text: str, expected: tuple[str, str]) -> None:
    assert [(zh, en) for zh, en, _, _ in _people(text)] == [expected]

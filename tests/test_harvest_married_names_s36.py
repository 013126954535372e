"""harvest and a Hong Kong married woman's name, written in full after her English given name (issue 9 item 5; the
new-user tester's U36-26).

"Mrs Regina IP LAU Suk-yee (葉劉淑儀)" (the Hong Kong Government's style: her husband's surname IP before her own LAU)
was proposed as an untyped `name` with no pinyin, where "Mr Paul LAM Ting-kwok, SC (林定國)" of the same press release
gave a person: the type was read from the short form "Regina Ip" and the full form's check ("different": two surnames
in Hong Kong romanization), not from the full form, whose shape, an English given name and then a word per character
starting with a surname, is a person's. The pinyin writes the two surnames hyphenated (Yè-Liú Shūyí), as `romanize`
does.

On the parent commit 4e171ed, 3 of this file's 6 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("text", "zh", "en", "pinyin", "full"),
    [
        (
            "Mrs Regina IP LAU Suk-yee (葉劉淑儀), convenor of the Executive Council.",
            "叶刘淑仪",
            "Regina Ip",
            "Yè-Liú Shūyí",
            "Regina Ip Lau Suk-yee",
        ),
        ("Regina Ip Lau Suk-yee (叶刘淑仪) said.", "叶刘淑仪", "Regina Ip", "Yè-Liú Shūyí", "Regina Ip Lau Suk-yee"),
        ("Rita Fan Hsu Lai-tai (范徐丽泰) said.", "范徐丽泰", "Rita Fan", "Fàn-Xú Lìtài", "Rita Fan Hsu Lai-tai"),
    ],
)
def test_a_married_name_in_full_is_a_person_s(text: str, zh: str, en: str, pinyin: str, full: str) -> None:
    (proposal,) = harvest(text, [])
    entry = proposal.entry
    assert (entry.zh, entry.en, entry.type, entry.pinyin) == (zh, en, "person", pinyin)
    assert full in entry.aliases


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("Wanda Cinemas (万达影城) opened.", "万达影城"),
        ("Nongfu Spring (农夫山泉) rose.", "农夫山泉"),
    ],
)
def test_a_brand_and_a_common_noun_stay_no_person(text: str, zh: str) -> None:
    (proposal,) = harvest(text, [])
    assert proposal.zh == zh
    assert proposal.entry.type != "person"


def test_the_men_of_the_same_release_are_as_before() -> None:
    found = harvest(
        "The Secretary for Justice, Mr Paul LAM Ting-kwok, SC (林定國), spoke.\n"
        "The Chief Executive, Mr LEE Ka-chiu, John (李家超), attended.\n",
        [],
    )
    assert [(p.entry.en, p.entry.type) for p in found] == [("Paul Lam", "person"), ("John Lee", "person")]

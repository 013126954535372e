"""harvest: a name in the Hong Kong Government's style, as info.gov.hk press releases and LegCo papers write it (s34,
U33-29): the family name in capitals, the Chinese given name hyphenated, the English given name after a comma
("Mr LEE Ka-chiu, John (李家超)") or before the family name ("the Hon Andrew LEUNG Kwan-yuen (梁君彥)"). It was
proposed as en "John", "Paul" and "Hon Andrew LEUNG Kwan-yuen", typed `name`, the pinyin run together. It is the
person "John Lee" (`zhgloss.adopted.short_form`, as papers write him), "John Lee Ka-chiu" and "Lee Ka-chiu" its
aliases, no honorific. On the parent 6b9e88f, 12 of this file's 13 tests fail (5 of the 6 harvest tests;
government_style is new).
"""

from __future__ import annotations

import pytest

from zhgloss.adopted import government_style
from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "aliases", "role", "pinyin"),
    [
        (
            "The Chief Executive, Mr LEE Ka-chiu, John (李家超), GBM, SBS, PDSM, PMSM, chaired the meeting.",
            "李家超",
            "John Lee",
            ("John Lee Ka-chiu", "Lee Ka-chiu"),
            "Chief Executive",
            "Lǐ Jiāchāo",
        ),
        (
            "The President of the Legislative Council, the Hon Andrew LEUNG Kwan-yuen (梁君彥), JP, attended.",
            "梁君彦",
            "Andrew Leung",
            ("Andrew Leung Kwan-yuen", "Leung Kwan-yuen"),
            "President of the Legislative Council",
            "Liáng Jūnyàn",
        ),
        (
            "The Financial Secretary, Mr CHAN Mo-po, Paul (陳茂波), GBM, GBS, MH, JP, spoke.",
            "陈茂波",
            "Paul Chan",
            ("Paul Chan Mo-po", "Chan Mo-po"),
            "Financial Secretary",
            "Chén Màobō",
        ),
        (
            "The former Chief Executive, Mrs LAM CHENG Yuet-ngor, Carrie (林鄭月娥), attended the ceremony.",
            "林郑月娥",
            "Carrie Lam",
            ("Carrie Lam Cheng Yuet-ngor", "Lam Cheng Yuet-ngor"),
            None,
            None,
        ),
        (
            "The Secretary for Security, Mr TANG Ping-keung (鄧炳強), told lawmakers the bill was needed.",
            "邓炳强",
            "Tang Ping-keung",
            (),
            "Secretary for Security",
            "Dèng Bǐngqiáng",
        ),
    ],
)
def test_a_name_in_the_government_style_is_the_person_papers_name(
    line: str, zh: str, en: str, aliases: tuple[str, ...], role: str | None, pinyin: str | None
) -> None:
    (proposal,) = harvest(line, [])
    entry = proposal.entry
    assert (proposal.zh, entry.en, entry.type) == (zh, en, "person")
    assert set(aliases) <= set(entry.aliases)
    if role is not None:
        assert role in [r.title for r in entry.roles]
    if pinyin is not None:
        assert entry.pinyin == pinyin


def test_an_acronym_before_a_company_word_is_no_government_style() -> None:
    (proposal,) = harvest("Shares of SAIC Motor (上汽集团) rose.", [])
    assert (proposal.zh, proposal.en) == ("上汽集团", "SAIC Motor")


@pytest.mark.parametrize(
    ("zh", "en", "written"),
    [
        ("李家超", "LEE Ka-chiu, John", "John Lee Ka-chiu"),
        ("梁君彦", "Andrew LEUNG Kwan-yuen", "Andrew Leung Kwan-yuen"),
        ("林郑月娥", "LAM CHENG Yuet-ngor, Carrie", "Carrie Lam Cheng Yuet-ngor"),
        ("何立峰", "HE Lifeng", "He Lifeng"),
        ("上汽集团", "SAIC Motor", None),
        ("李家超", "Mr LEE Ka-chiu", None),
        ("李家超", "John LEE Ka-chiu, John", None),
    ],
)
def test_government_style(zh: str, en: str, written: str | None) -> None:
    assert government_style(zh, en) == written

"""harvest: the one word between a title and a Hong Kong name in the Chinese order is the person's adopted name, a
census name or not; a surname alone after an honorific is no name, whatever its length (s30, a held-out set of 25
wire and lead lines written after 4958072 and run once: 23 of 25 right; 6 of 25 on f7d1515, the session's start).

The two misses: "Singer Jacky Cheung Hok-yau (張學友)" gave en "Cheung Hok-yau" with role "Singer Jacky" (Jacky is no
1990 US Census first name, english_given_names.txt; CC-CEDICT's 張學友 is "Jacky Cheung", 陳奕迅 "Eason Chan"); and
"Mr. Zhou (周) declined to comment" proposed 周 "Zhou" (1694762 took the honorific's surname out for two characters
or more only).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "aliases", "role"),
    [
        (
            "Singer Jacky Cheung Hok-yau (張學友) announced a tour.",
            "张学友",
            "Jacky Cheung",
            ("Jacky Cheung Hok-yau", "Cheung Hok-yau"),
            "Singer",
        ),
        (
            "Singer Eason Chan Yik-shun (陳奕迅) performed.",
            "陈奕迅",
            "Eason Chan",
            ("Eason Chan Yik-shun", "Chan Yik-shun"),
            "Singer",
        ),
        # Kept: a census name, and a title's own word before the name.
        (
            "Actor Tony Leung Chiu-wai (梁朝偉) won.",
            "梁朝伟",
            "Tony Leung",
            ("Tony Leung Chiu-wai", "Leung Chiu-wai"),
            "Actor",
        ),
        (
            "Taiwan Vice President Hsiao Bi-khim (蕭美琴) arrived.",
            "萧美琴",
            "Hsiao Bi-khim",
            (),
            "Taiwan Vice President",
        ),
        ("Mayor of Taipei Chiang Wan-an (蔣萬安) said.", "蒋万安", "Chiang Wan-an", (), "Mayor of Taipei"),
    ],
)
def test_the_word_between_a_title_and_the_name_is_the_adopted_name(
    line: str, zh: str, en: str, aliases: tuple[str, ...], role: str
) -> None:
    [found] = harvest(line, [])
    assert (found.entry.zh, found.entry.en, found.entry.aliases) == (zh, en, aliases)
    assert [r.title for r in found.entry.roles] == [role]


@pytest.mark.parametrize("line", ["Mr. Zhou (周) declined to comment.", "Ms Li (李) said.", "Mr. Ma (马云) left."])
def test_a_surname_after_an_honorific_is_no_name(line: str) -> None:
    assert harvest(line, []) == []

"""The other names a line gives right after a name are the entry's aliases: "Myanmar (or Burma)", "Yangtze River, or
Chang Jiang", "Webb, Webber or Weber (name)", "Jinpingmei or the Golden Lotus", "Marja (also spelled Marjah or
Marjeh)" (twenty-fifth session, issue 9; tester's I-2 of the twenty-fourth session: `check` called "Burma", "Wailing
Wall", "Weber" wrong renderings). Real CC-CEDICT lines in tests/data/cedict_other_names_s25.u8; the expected aliases
are the lines' own words."""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_other_names_s25.u8")


def _entry(line: str) -> tuple[str, tuple[str, ...]]:
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    return entry.en, entry.aliases


@pytest.mark.parametrize(
    ("zh", "en", "others"),
    [
        ("缅甸", "Myanmar", ("Burma",)),
        ("长江", "Yangtze River", ("Chang Jiang",)),
        ("西墙", "Western Wall", ("Wailing Wall",)),
        ("哭墙", "Wailing Wall", ("Western Wall",)),
        ("罗夫诺", "Rivne", ("Rovno",)),
        ("马利亚纳海沟", "Mariana Trench", ("Marianas Trench",)),
        ("韦伯", "Webb", ("Webber", "Weber")),
        ("肖恩", "Sean", ("Shaun", "Shawn")),
        ("吉米", "Jimmy", ("Jimmie", "Jimi")),
        ("金瓶梅", "Jinpingmei", ("Golden Lotus",)),
        ("罗志祥", "Luo Zhixiang", ("Show Luo", "Alan Luo")),
        ("马尔贾", "Marja", ("Marjah", "Marjeh")),
    ],
)
def test_the_other_names_a_line_gives_are_aliases(zh: str, en: str, others: tuple[str, ...]) -> None:
    entry = NAMES[zh]
    assert entry.en == en
    assert set(others) <= set(entry.aliases), entry.aliases


@pytest.mark.parametrize(
    ("zh", "not_alias"),
    [
        ("佛朗机炮", "Western-style"),  # "Western (or Western-style) cannon of the Ming era": a bracket inside a name
        ("库姆塔格沙漠", "Kumtag"),  # "Kumutage (or Kumtag) Desert": Kumtag alone is no desert
        ("国子监", "Academy"),  # "Imperial College (or Academy)": one English word for the name's last
    ],
)
def test_a_bracket_inside_a_name_or_one_word_of_it_is_no_alias(zh: str, not_alias: str) -> None:
    assert not_alias not in NAMES[zh].aliases


@pytest.mark.parametrize(
    ("line", "en", "others"),
    [
        ("甲乙 甲乙 [Jia3 yi3] /Kyaukpyu (or Kyaukphyu), port city in Myanmar/\n", "Kyaukpyu", ("Kyaukphyu",)),
        ("丙丁 丙丁 [Bing3 ding1] /Tsangpo, or Yarlung Tsangpo/\n", "Tsangpo", ("Yarlung Tsangpo",)),
        ("戊己 戊己 [Wu4 ji3] /Gareth, Garet or Garth (name)/\n", "Gareth", ("Garet", "Garth")),
        (
            "庚辛 庚辛 [Geng1 xin1] /Tobruk (also spelled Tubruq or Tobruch), port city in Libya/\n",
            "Tobruk",
            ("Tubruq", "Tobruch"),
        ),
    ],
)
def test_lines_of_my_own_with_other_names(line: str, en: str, others: tuple[str, ...]) -> None:
    assert _entry(line) == (en, others)

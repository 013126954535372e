"""CC-CEDICT import: a person's title stays in the English when the headword writes it too.

The acceptance tester of the twentieth session (held-out draw, seed 2030, `--proper-only`) found 周穆王 "King Mu,
fifth king of Zhou, ..." imported as en "Mu": the leading title was taken off as "Sir" is from "Sir Li Ka-shing",
which left one syllable of the name. The headword writes the title (王 "king"), as English names him by it ("King
Mu"). The rule (zhgloss.formats.cedict): `read_sense` keeps the title it takes off in `Sense.title`, and `_read_line`
puts it back where `_writes_title` finds it in the headword (after the name, or 帝 before an ancient ruler's).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import _writes_title, load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "周穆王 周穆王 [Zhou1 Mu4 wang2] /King Mu, fifth king of Zhou, said to have lived to 105 and reigned 976-922"
        " BC or 1001-947 BC, rich in associated mythology/\n",
        "周宣王 周宣王 [Zhou1 Xuan1 wang2] /King Xuan, eleventh King of Zhou, reigned (828-782 BC)/\n",
        "包公 包公 [Bao1 gong1] /Lord Bao or Judge Bao, fictional nickname of Bao Zheng 包拯[Bao1 Zheng3] (999-1062),"
        " Northern Song official renowned for his honesty/\n",
        "嘎嘎小姐 嘎嘎小姐 [Ga1 ga1 Xiao3 jie5] /Lady Gaga (1986-), US pop singer/\n",
        "太平公主 太平公主 [Tai4 ping2 gong1 zhu3] /Princess Taiping (c. 665-713), Tang Dynasty princess, politically"
        " powerful and known for her beauty/\n",
        "帝辛 帝辛 [Di4 Xin1] /Emperor Xin, last ruler of Shang (11th Century BC), famous as a tyrant/\n",
        "維多利亞女王 维多利亚女王 [Wei2 duo1 li4 ya4 Nu:3 wang2] /Queen Victoria (reigned 1837-1901)/\n",
        # Kept without the title: the headword does not write it.
        "李嘉誠 李嘉诚 [Li3 Jia1 cheng2] /Sir Li Ka-shing (1928-), Hong Kong businessman/\n",
        "宋徽宗 宋徽宗 [Song4 Hui1 zong1] /Emperor Huizong (Song Dynasty)/\n",
        "法赫德 法赫德 [Fa3 he4 de2] /King Fahd of Saudi Arabia/\n",
        "阿難 阿难 [E1 nan2] /Prince Ananda, cousin of the Buddha and his closest disciple/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("周穆王", "King Mu"),
        ("周宣王", "King Xuan"),
        ("包公", "Lord Bao"),
        ("嘎嘎小姐", "Lady Gaga"),
        ("太平公主", "Princess Taiping"),
        ("帝辛", "Emperor Xin"),
        ("维多利亚女王", "Queen Victoria"),
    ],
)
def test_a_title_the_headword_writes_stays_in_the_name(zh: str, en: str) -> None:
    entry = NAMES[zh]
    assert (entry.en, entry.type) == (en, "person"), entry


@pytest.mark.parametrize(
    ("zh", "en"),
    [("李嘉诚", "Li Ka-shing"), ("宋徽宗", "Huizong"), ("法赫德", "Fahd"), ("阿难", "Ananda")],
)
def test_a_title_the_headword_does_not_write_stays_out(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


@pytest.mark.parametrize(
    ("title", "zh", "writes"),
    [
        ("King", "周穆王", True),
        ("Emperor", "汉宣帝", True),
        ("Emperor", "帝喾", True),  # 帝 before the name of an ancient ruler
        ("King", "王昭君", False),  # 王 first is the surname Wang
        ("Sir", "李嘉诚", False),
        ("Dr", "孙中山", False),  # no Chinese for this title in the table: never written
    ],
)
def test_writes_title(title: str, zh: str, writes: bool) -> None:
    assert _writes_title(title, zh) is writes


def test_a_sage_is_a_person() -> None:
    # 箕子 "Jizi, legendary sage from end of Shang dynasty (c. 1100 BC), ...": the head noun "sage" says a person, as
    # "scholar" or "philosopher" does (it was the fallback name).
    line = (
        "箕子 箕子 [Ji1 zi3] /Jizi, legendary sage from end of Shang dynasty (c. 1100 BC), said to have opposed the"
        " tyrant Zhòu 紂|纣 then ruled ancient Korea for Zhōu 周/\n"
    )
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert (entry.en, entry.type) == ("Jizi", "person"), entry

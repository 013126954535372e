"""A name before 号 names a craft, and an English that is no pinyin of it is the wrong sense there (issue 9, U27-41).

CC-CEDICT's 祝融 is "God of fire", 北斗 "Great Bear", 哥伦比亚 "Colombia"; news writes 祝融号火星车 (the Zhurong
rover), 北斗三号 (BeiDou-3) and 哥伦比亚号航天飞机 (the shuttle Columbia), and the full CC-CEDICT names glossary glossed
the god, the constellation and the country there (the tester's U27-41, findings-gls.md). English writes a Chinese
craft's name in pinyin: where the entry's English is its pinyin (墨子 Mozi, 神舟 Shenzhou) the gloss stays
(`glossrules.InsideRule._outside_craft_names`). The glossary is real CC-CEDICT lines
(tests/data/cedict_annotate_s27.u8).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_annotate_s27.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-41 (main fc13ea5)
        ("天问一号着陆巡视器搭载的祝融号火星车已在火星表面行驶超过1900米。", []),
        ("北斗三号全球卫星导航系统正式开通。", []),
        # my own: a foreign craft; the untyped 天河 of the supercomputer; traditional script
        ("哥伦比亚号航天飞机失事。", []),
        ("天河二号超级计算机再次夺冠。", []),
        ("祝融號火星車", []),
    ],
)
def test_a_crafts_name_is_not_glossed_with_another_sense(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pinyin is the craft's name; a word 号 starts; a place before a day of the month; no 号 at all.
        ("墨子号量子卫星发射成功。", ["墨子"]),
        ("神舟十七号载人飞船发射成功。", ["神舟"]),
        ("美国号召盟友加大投入。", ["美国"]),
        ("纽约3号发生枪击事件。", ["纽约"]),
        ("北斗导航的用户遍布全球。", ["北斗"]),
        ("哥伦比亚总统访华。", ["哥伦比亚"]),
    ],
)
def test_pinyin_names_words_and_dates_keep_their_glosses(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@given(
    numeral=st.sampled_from(["", "一", "三", "十七", "二十"]), noun=st.sampled_from(["卫星", "火星车", "列车", "。"])
)
def test_no_numbered_craft_glosses_the_god_of_fire(numeral: str, noun: str) -> None:
    assert "祝融" not in glossed(f"祝融{numeral}号{noun}", ANNOTATOR)

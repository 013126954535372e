"""The head of an event's, a state's or a body's name is capitalised as English writes it in a name (thirty-second
session; the tester's s32 B4: 赎罪日战争 "the Yom Kippur war of October 1973 ..." was en "Yom Kippur war").

`_generic_cased` capitalised a place's generic ("Jialing River"); war, uprising, conference, empire, party, army …
now too. Not "dynasty" and "period", which English writes in lower case ("Qing dynasty"), nor an army named by its
owner alone ("Japanese army", "the Qing army": a state's army, no name).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "贖罪日戰爭 赎罪日战争 [Shu2 zui4 ri4 zhan4 zheng1] /the Yom Kippur war of October 1973 between Israel and her"
    " Arab neighbors/\n"
    "黃花崗起義 黄花岗起义 [Huang2 hua1 gang3 qi3 yi4] /Huanghuagang uprising of 23rd April 1911 in Guangzhou, one a"
    " long series of unsuccessful uprisings of Sun Yat-sen's revolutionary party/\n"
    "波茨坦會議 波茨坦会议 [Bo1 ci2 tan3 hui4 yi4] /Potsdam conference, July-August 1945, between Truman, Stalin and"
    " British prime ministers Churchill and Attlee/\n"
    "俄羅斯帝國 俄罗斯帝国 [E2 luo2 si1 Di4 guo2] /Russian empire (1546-1917)/\n"
    "加沙地帶 加沙地带 [Jia1 sha1 di4 dai4] /Gaza strip/\n"
    "國大黨 国大党 [Guo2 da4 dang3] /Indian Congress party/\n"
    "邁赫迪軍 迈赫迪军 [Mai4 he4 di2 jun1] /Mahdi army, Iraqi Shia armed militia led by Moqtada Sadr/\n"
    "日軍 日军 [Ri4 jun1] /Japanese army/Japanese troops/\n"
    "清軍 清军 [Qing1 jun1] /the Qing army/\n"
    "元軍 元军 [Yuan2 jun1] /Mongol army/army of Yuan dynasty/\n"
    "湘軍 湘军 [Xiang1 jun1] /Hunan army, irregular force formed in 1850s to fight the Taiping heavenly kingdom"
    " rebellion/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("赎罪日战争", "Yom Kippur War"),
        ("黄花岗起义", "Huanghuagang Uprising"),
        ("波茨坦会议", "Potsdam Conference"),
        ("俄罗斯帝国", "Russian Empire"),
        ("加沙地带", "Gaza Strip"),
        ("国大党", "Indian Congress Party"),
        ("迈赫迪军", "Mahdi Army"),
        ("湘军", "Hunan Army"),  # an army the line says more of than its owner
    ],
)
def test_the_head_of_the_name_is_capitalised(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


@pytest.mark.parametrize(("zh", "en"), [("日军", "Japanese army"), ("清军", "Qing army"), ("元军", "Mongol army")])
def test_an_army_named_by_its_owner_alone_stays_lower_case(zh: str, en: str) -> None:
    # (a country's, a state's or a people's army: "the Qing army" as "Qing dynasty"; the tester's note on 7d0a621)
    assert ENTRIES[zh].en == en

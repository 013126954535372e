"""A county's or a district's English that spells its unit's character before the unit's word says the unit twice
(thirty-first session; the tester's s31 S4 and the brief's item 4: 梅县 "Meixian county in Meizhou" had en
"Meixian", 南岸区 "Nananqu district of central Chongqing" "Nananqu District").

The name is the headword's reading without the unit's syllable, with the unit (Mei County, Nan'an District); a
one-character county keeps China's own spelling "Meixian" as an alias. A headword without the unit's character is
bare as other units are (南岸 Nan'an). Not a name whose character only sounds like the unit's (进贤 "Jinxian county",
贤 xian2), nor a name of another unit (万县 "Wanxian port city").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "梅縣 梅县 [Mei2 xian4] /Meixian county in Meizhou 梅州, Guangdong/\n"
    "祁縣 祁县 [Qi2 xian4] /Qixian county in Jinzhong 晉中|晋中[Jin4 zhong1], Shanxi/\n"
    "南岸區 南岸区 [Nan2 an4 qu1] /Nananqu district of central Chongqing municipality, formerly in Sichuan/\n"
    "南岸 南岸 [Nan2 an4] /Nananqu district of central Chongqing municipality, formerly in Sichuan/\n"
    # Controls.
    "進賢 进贤 [Jin4 xian2] /Jinxian county in Nanchang 南昌, Jiangxi/\n"
    "萬縣 万县 [Wan4 xian4] /Wanxian port city on the Changjiang or Yangtze river in Sichuan, renamed Wanzhou district"
    " in Chongqing municipality in 1990/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "丙縣 丙县 [Bing3 xian4] /Bingxian county in Dingzhou 丁州, Henan/\n"
    "戊己區 戊己区 [Wu4 ji3 qu1] /Wujiqu district of Gengxin city 庚辛市, Hebei/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("梅县", "Mei County", ("Meixian",)),
        ("祁县", "Qi County", ("Qixian",)),
        ("南岸区", "Nan'an District", ()),
        ("南岸", "Nan'an", ()),
        ("丙县", "Bing County", ("Bingxian",)),
        ("戊己区", "Wuji District", ()),
    ],
)
def test_the_unit_is_said_once(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en, entry.aliases) == ("place", en, aliases)


@pytest.mark.parametrize(("zh", "en"), [("进贤", "Jinxian"), ("万县", "Wanxian")])
def test_a_name_of_its_own_stays(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en

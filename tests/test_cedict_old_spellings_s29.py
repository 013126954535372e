"""A place's older spelling in brackets after its unit is an alias (twenty-ninth session; rom's request from
measuring older romanizations on the names import: 广东 "Guangdong province (Kwangtung) in south China", 重庆
"Chongqing city (Chungking), ...", 四川, 山西 ... got no alias, though "(formerly Shensi)" gave one, so `lookup
Kwangtung` found nothing).

One capitalised word in brackets right after a place's name and its unit (province, city, county ...) is the
place's postal or Wade-Giles spelling. Not an English word, nor a place the place lies in (松滋 "Songzi county
(Hubei)": Hubei is a province of its own).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "廣東 广东 [Guang3 dong1] /Guangdong province (Kwangtung) in south China, short name 粵|粤[Yue4], capital"
    " Guangzhou 廣州|广州/\n"
    "重慶 重庆 [Chong2 qing4] /Chongqing city (Chungking), formerly in Sichuan province, a municipality since 1997,"
    " short name 渝[Yu2]/\n"
    "河北 河北 [He2 bei3] /Hebei province (Hopeh) in north China surrounding Beijing, short name 冀, capital"
    " Shijiazhuang 石家莊|石家庄[Shi2 jia1 zhuang1]/\n"
    # Control: the province a county lies in.
    "松滋 松滋 [Song1 zi1] /Songzi county (Hubei)/\n"
)
# A line of my own of the same shape.
OWN = "甲州 甲州 [Jia3 zhou1] /Jiazhou prefecture (Kiachow) in Shandong/\n"
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "spelling"),
    [("广东", "Kwangtung"), ("重庆", "Chungking"), ("河北", "Hopeh"), ("甲州", "Kiachow")],
)
def test_the_older_spelling_is_an_alias(zh: str, spelling: str) -> None:
    assert spelling in ENTRIES[zh].aliases, ENTRIES[zh]


def test_a_place_it_lies_in_is_no_alias() -> None:
    assert "Hubei" not in ENTRIES["松滋"].aliases

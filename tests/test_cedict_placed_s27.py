"""A name written with the place it lies in, near, or once named is a place (twenty-seventh session, issue 9; my own
Random(2071) draw: 卡利亚里 "Cagliari, Sardinia", 凡尔赛 "Versailles (near Paris)", 江户 "Edo (old name of Tokyo)" were
`name`). The place must be one: a name the import types `place` (Sardinia is, by 撒丁岛's 岛: the generic's typing now
comes first), a country or a subdivision. A person's title written with where it is used stays what it was.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "卡利亞里 卡利亚里 [Ka3 li4 ya4 li3] /Cagliari, Sardinia/\n"
    "撒丁島 撒丁岛 [Sa1 ding1 Dao3] /Sardinia/\n"
    "凡爾賽 凡尔赛 [Fan2 er3 sai4] /Versailles (near Paris)/\n"
    "巴黎 巴黎 [Ba1 li2] /Paris, capital of France/\n"
    "江戶 江户 [Jiang1 hu4] /Edo (old name of Tokyo)/\n"
    "東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/\n"
    "錫蘭 锡兰 [Xi1 lan2] /Ceylon (former name of Sri Lanka)/\n"
    "波茨坦 波茨坦 [Bo1 ci2 tan3] /Potsdam, near Berlin, Germany/\n"
    "柏林 柏林 [Bo2 lin2] /Berlin, capital of Germany/\n"
    "巴里 巴里 [Ba1 li3] /Bari (Puglia, Italy)/\n"
    "會安 会安 [Hui4 an1] /Hoi An (in Vietnam)/\n"
    "王太后 王太后 [Wang2 tai4 hou4] /Queen Dowager (in Europe)/widowed queen/Queen mother/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("卡利亚里", "Cagliari"),
        ("凡尔赛", "Versailles"),
        ("江户", "Edo"),
        ("锡兰", "Ceylon"),
        ("波茨坦", "Potsdam"),
        ("巴里", "Bari"),
        ("会安", "Hoi An"),
    ],
)
def test_a_name_written_with_its_place_is_a_place(zh: str, en: str) -> None:
    assert NAMES[zh] == ("place", en)


def test_a_persons_title_is_no_place() -> None:
    assert NAMES["王太后"][0] != "place"


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /Jiajia, Sardinia/\n"
        "撒丁島 撒丁岛 [Sa1 ding1 Dao3] /Sardinia/\n"
        "乙乙 乙乙 [Yi3 yi3] /Yiyi (near Lyon)/\n"
        "里昂 里昂 [Li3 ang2] /Lyon, France/\n"
        "丙丙 丙丙 [Bing3 bing3] /Bingbing (old name of Lyon)/\n"
        "丁丁 丁丁 [Ding1 ding1] /Dingding (near Nowhere Land)/\n"  # no place: stays
        "戊戊 戊戊 [Wu4 wu4] /King Wu (in Lyon)/\n"  # a person's title: stays
    )
    assert names["甲甲"][0] == "place"
    assert names["乙乙"][0] == "place"
    assert names["丙丙"][0] == "place"
    assert names["丁丁"][0] != "place"
    assert names["戊戊"][0] != "place"

"""A county of one character keeps its unit in English (thirtieth session; the tester's T23: 宁县 "Ning county in
Qingyang" was en "Ning", 宾县 "Bin", 索县 "Sog", while 华县 "Hua County" and most such counties kept it).

One syllable is no name English writes alone (check would accept "Bin" for 宾县). A county whose English spells its
unit's character too keeps it bare (冠县 "Guanxian"). A former county or district is read as one ("Meng former county,
now Mengzhou city": Meng County).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "寧縣 宁县 [Ning2 xian4] /Ning county in Qingyang 慶陽|庆阳[Qing4 yang2], Gansu/\n"
    "賓縣 宾县 [Bin1 xian4] /Bin county in Heilongjiang/\n"
    "孟縣 孟县 [Meng4 xian4] /Meng former county, now Mengzhou city 孟州市[Meng4 zhou1 shi4] in Jiaozuo"
    " 焦作[Jiao1 zuo4], Henan/\n"
    # Controls: one already so; one that spells its unit.
    "華縣 华县 [Hua2 xian4] /Hua county in Shaanxi/\n"
    "冠縣 冠县 [Guan1 xian4] /Guanxian county in Liaocheng 聊城[Liao2 cheng2], Shandong/\n"
)
# Lines of my own of the same shape.
OWN = (
    "甲縣 甲县 [Jia3 xian4] /Jia county in Yulin 榆林[Yu2 lin2], Shaanxi/\n"
    "乙區 乙区 [Yi3 qu1] /Yi district of Harbin 哈爾濱|哈尔滨[Ha1 er3 bin1], Heilongjiang/\n"
)
KINDS = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("宁县", "Ning County"),
        ("宾县", "Bin County"),
        ("孟县", "Meng County"),
        ("华县", "Hua County"),
        ("甲县", "Jia County"),
        ("乙区", "Yi District"),
        ("冠县", "Guan County"),  # ("Guanxian", spelling 县 too, an alias since s31)
    ],
)
def test_a_one_syllable_county_keeps_its_unit(zh: str, en: str) -> None:
    assert KINDS[zh] == ("place", en)

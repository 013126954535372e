"""An organisation's or an event's English without the state CC-CEDICT writes before it (the review's R48-7,
forty-eighth session): 国家安全部 "PRC Ministry of State Security" was stored with "PRC" as part of the name, annotate
wrote 国家安全部（PRC Ministry of State Security）, and check called the official name a variant "without 'PRC'".

"PRC" and "ROC" are no word of any name's own English; the form with it stays an alias. "US" may be one ("US Open")
and is left. Over both imports, 11 (--proper-only) and 12 (full) headwords change, each read.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import rows_by_zh

# Real CC-CEDICT lines.
LINES = (
    "國家安全部 国家安全部 [Guo2 jia1 an1 quan2 bu4] /PRC Ministry of State Security/",
    "交通運輸部 交通运输部 [Jiao1 tong1 Yun4 shu1 bu4] /PRC Ministry of Transport (MOT)/",
    "最高人民檢察院 最高人民检察院 [Zui4 gao1 Ren2 min2 Jian3 cha2 yuan4] /PRC Supreme People's Procuratorate"
    " (prosecutor's office)/",
    "國家文物局 国家文物局 [Guo2 jia1 Wen2 wu4 ju2] /PRC State Administration of Cultural Heritage (SACH)/",
    "美國宇航局 美国宇航局 [Mei3 guo2 Yu3 hang2 ju2] /US National Aeronautics and Space Administration/NASA/",
    "美網 美网 [Mei3 wang3] /US Open (tennis tournament)/",
    "中港 中港 [Zhong1 Gang3] /PRC and Hong Kong/",
)
ROWS = rows_by_zh(*LINES)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("国家安全部", "Ministry of State Security"),
        ("交通运输部", "Ministry of Transport"),
        ("最高人民检察院", "Supreme People's Procuratorate"),
        ("国家文物局", "State Administration of Cultural Heritage"),
    ],
)
def test_the_state_is_no_part_of_the_name(zh: str, en: str) -> None:
    assert ROWS[zh]["en"] == en
    assert f"PRC {en}" in ROWS[zh]["aliases"]


def test_us_and_pairs_stay() -> None:
    assert ROWS["美国宇航局"]["en"] == "US National Aeronautics and Space Administration"
    assert ROWS["美网"]["en"] == "US Open"
    assert ROWS["中港"]["en"] == "PRC and Hong Kong"


def test_a_line_of_my_own() -> None:
    rows = rows_by_zh("甲乙局 甲乙局 [Jia3 yi3 ju2] /ROC Bureau of Jiayi/")
    assert rows["甲乙局"]["en"] == "Bureau of Jiayi"
    assert rows["甲乙局"]["aliases"] == ["ROC Bureau of Jiayi"]

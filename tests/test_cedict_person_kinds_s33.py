"""A line that says its name is a person's is typed person without life dates (thirty-third session; the tester's s33
T1, firm: an office with an ordinal, "the thirty-fifth president of Brazil", a name only a person has, "personal name
of ...", and "fictional name used for <a person> (dates)" were `name` or `work`)."""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "路易斯·伊納西奧·盧拉·達席爾瓦 路易斯·伊纳西奥·卢拉·达席尔瓦 [Lu4 yi4 si1 · Yi1 na4 xi1 ao4 · Lu2 la1 · Da2 xi2"
    " er3 wa3] /Luiz Inácio Lula da Silva, the thirty-fifth president of Brazil/Lula/\n"
    "姒文命 姒文命 [Si4 Wen2 ming4] /Si Wenming, personal name of Yu the Great 大禹[Da4 Yu3]/\n"
    "阿史那骨咄祿 阿史那骨咄禄 [A1 shi3 na4 Gu3 duo1 lu4] /Ashina Qutlugh, personal name of"
    " 頡跌利施可汗|颉跌利施可汗[Jie2 die1 li4 shi1 Ke4 han2]/\n"
    '包待制 包待制 [Bao1 Dai4 zhi4] /Bao Daizhi, "Edict Attendant Bao", fictional name used for Bao Zheng'
    " 包拯[Bao1 Zheng3] (999-1062), Northern Song official renowned for his honesty/\n"
    "包龍圖 包龙图 [Bao1 Long2 tu2] /Bao Longtu, ”Bao of the Dragon Image”, fictional name used for Bao Zheng"
    " 包拯[Bao1 Zheng3] (999-1062), Northern Song official renowned for his honesty/\n"
    "斯大林格勒 斯大林格勒 [Si1 da4 lin2 ge2 le4] /Stalingrad, former name of Volvograd 伏爾加格勒|伏尔加格勒"
    " (1925-1961)/\n"
)
NAMES = kinds_and_english(REAL)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("路易斯·伊纳西奥·卢拉·达席尔瓦", "Luiz Inácio Lula da Silva"),  # an office after an ordinal
        ("姒文命", "Si Wenming"),  # a personal name of someone
        ("阿史那骨咄禄", "Ashina Qutlugh"),  # ... of someone written in characters only
        ("包待制", "Bao Daizhi"),  # a name used for someone with a life's dates, after what it means in quotes
        ("包龙图", "Bao Longtu"),
    ],
)
def test_a_line_saying_its_name_is_a_persons_is_a_person(zh: str, en: str) -> None:
    assert NAMES[zh] == ("person", en)


def test_the_years_a_place_had_a_name_are_no_life() -> None:
    # "former name of Volvograd 伏尔加格勒 (1925-1961)": a city's name in those years.
    assert NAMES["斯大林格勒"][0] != "person"

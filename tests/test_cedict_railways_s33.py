"""A railway's name ends on Railway, and a unit of an alias on its capitalised generic, as en's units do
(thirty-third session; the tester's s33 T8: "Jiaonan-Jinan railway", alias "Shunyi county")."""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "膠濟鐵路 胶济铁路 [Jiao1 Ji4 tie3 lu4] /Jiaonan-Jinan railway/\n"
    "蘭新鐵路 兰新铁路 [Lan2 xin1 tie3 lu4] /Lanzhou-Xinjiang railway/\n"
    "廣九鐵路 广九铁路 [Guang3 Jiu3 tie3 lu4] /Guangdong and Kowloon railway/\n"
    "順義 顺义 [Shun4 yi4] /Shunyi district of Beijing, formerly Shunyi county/\n"
    "平谷 平谷 [Ping2 gu3] /Pinggu rural district of Beijing, formerly Pinggu county/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("胶济铁路", "Jiaonan-Jinan Railway"),
        ("兰新铁路", "Lanzhou-Xinjiang Railway"),
        ("广九铁路", "Guangdong and Kowloon Railway"),
    ],
)
def test_a_railway_is_a_railway(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


@pytest.mark.parametrize(
    ("zh", "en", "former"), [("顺义", "Shunyi", "Shunyi County"), ("平谷", "Pinggu", "Pinggu County")]
)
def test_a_former_county_is_a_county(zh: str, en: str, former: str) -> None:
    assert ENTRIES[zh].en == en
    assert former in ENTRIES[zh].aliases


def test_mountains_that_divide_are_mountains() -> None:
    # 横段山脉 "Hengduan mountains dividing Sichuan from Tibet" (the tester's s33 T9): the range's generic, which its
    # headword writes (山脉), before what the range does; it was "Hengduan".
    line = "橫段山脈 横段山脉 [Heng2 duan4 shan1 mai4] /Hengduan mountains dividing Sichuan from Tibet/\n"
    assert entries_by_form(line)["横段山脉"].en == "Hengduan Mountains"

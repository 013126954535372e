"""A line that names an ISO 3166-2 subdivision and says no more names the place (twenty-seventh session, issue 9; my
own Random(2078) draw and a scan of bare `name` lines): 耶路撒冷 "Jerusalem", 萨尔茨堡 "Salzburg", 利兹 "Leeds",
约克 "York" were `name`. Not a saint's name, a given name or an English word a subdivision is also named ("Saint
Peter", "Paul", "West": parishes and districts somewhere), and not a line that says more.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "耶路撒冷 耶路撒冷 [Ye1 lu4 sa1 leng3] /Jerusalem/\n"
    "薩爾茨堡 萨尔茨堡 [Sa4 er3 ci2 bao3] /Salzburg/\n"
    "利茲 利兹 [Li4 zi1] /Leeds/\n"
    "約克 约克 [Yue1 ke4] /York/\n"
    "聖彼得 圣彼得 [Sheng4 Bi3 de2] /Saint Peter/\n"
    "保羅 保罗 [Bao3 luo2] /Paul/\n"
    "西方 西方 [Xi1 fang1] /the West/the Occident/Western countries/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize("zh", ["耶路撒冷", "萨尔茨堡", "利兹", "约克"])
def test_a_subdivision_named_alone_is_a_place(zh: str) -> None:
    assert NAMES[zh][0] == "place"


@pytest.mark.parametrize("zh", ["圣彼得", "保罗", "西方"])
def test_a_saint_a_given_name_or_a_word_is_no_place(zh: str) -> None:
    assert NAMES[zh][0] != "place"

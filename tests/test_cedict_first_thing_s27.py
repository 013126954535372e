"""A later dated person sense does not outrank an organisation or a work the line names first (twenty-seventh session,
issue 9; the user's U27-11): 纳粹党 "Nazi Party/Nationalsozialistische Deutsche Arbeiterpartei (NSDAP) (1919-1945)/"
is the party (was a person, "Nationalsozialistische Deutsche Arbeiterpartei"), 德古拉 "Dracula, novel by Bram Stoker/
Vlad III, Prince of Wallachia (1431-1476), .../" the novel (was "Vlad III"), 迪士尼 "Disney (company name, surname)/
Walt Disney (1901-1966), .../" the company. A bare name first still gives way to its bearer (库克 Cook, a person).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "納粹黨 纳粹党 [Na4 cui4 dang3] /Nazi Party/Nationalsozialistische Deutsche Arbeiterpartei (NSDAP) (1919-1945)/\n"
    "德古拉 德古拉 [De2 gu3 la1] /Dracula, novel by Bram Stoker/Vlad III, Prince of Wallachia (1431-1476), nicknamed"
    " Vlad the Impaler or Dracula/\n"
    "迪士尼 迪士尼 [Di2 shi4 ni2] /Disney (company name, surname)/Walt Disney (1901-1966), American animator and film"
    " producer/\n"
    "庫克 库克 [Ku4 ke4] /Cook (name)/Captain James Cook (1728-1779), British navigator and explorer/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("纳粹党", "org", "Nazi Party"),
        ("德古拉", "work", "Dracula"),
        ("迪士尼", "org", "Disney"),
        ("库克", "person", "Cook"),
    ],
)
def test_the_first_thing_named_decides(zh: str, kind: str, en: str) -> None:
    assert NAMES[zh] == (kind, en)


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲乙 甲乙 [Jia3 yi3] /Jiayi Corporation, Taiwanese company/Jiayi Zhang (1901-1966), its founder/\n"
        "丙丁 丙丁 [Bing3 ding1] /Bingding, novel by Lu Xun/Bing Ding (1800-1850), its hero/\n"
    )
    assert names["甲乙"] == ("org", "Jiayi Corporation")
    assert names["丙丁"] == ("work", "Bingding")

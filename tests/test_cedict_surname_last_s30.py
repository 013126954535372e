"""A character's surname sense after the thing it names first gives that thing no alias (thirtieth session; the
tester's T16: 鄂 "abbr. for Hubei Province .../surname E" had the alias "E", which check then accepted for 鄂; 加
"Jia", 港 "Gang", 澧 "Li" ...).

The note keeps the surname, as it does for 墨 "surname Mo/abbr. for 墨西哥, Mexico". A surname word a sense names the
thing by too stays (韩 "Han, one of the Seven Hero States ...", 苗 "Hmong or Miao ethnic group").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "鄂 鄂 [E4] /abbr. for Hubei Province 湖北省[Hu2 bei3 Sheng3] in central China/surname E/\n"
    "加 加 [Jia1] /abbr. for Canada 加拿大[Jia1 na2 da4]/surname Jia/\n"
    "港 港 [Gang3] /Hong Kong, abbr. for 香港[Xiang1 gang3]/surname Gang/\n"
    "澧 澧 [Li3] /Lishui River in north Hunan, flowing into Lake Dongting 洞庭湖/surname Li/\n"
    "歐 欧 [Ou1] /Europe/abbr. for 歐洲|欧洲[Ou1 zhou1]/surname Ou/\n"
    # Controls: the thing is named by the surname's word.
    "苗 苗 [Miao2] /Hmong or Miao ethnic group of southwest China/surname Miao/\n"
)
# Lines of my own of the same shape.
OWN = (
    "甬 甬 [Yong3] /abbr. for Ningbo 寧波|宁波[Ning2 bo1]/surname Yong/\n"
    "湘 湘 [Xiang1] /Xiang River in Hunan/surname Xiang/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "surname"), [("鄂", "E"), ("加", "Jia"), ("港", "Gang"), ("澧", "Li"), ("欧", "Ou"), ("甬", "Yong")]
)
def test_a_later_surname_is_no_alias_of_the_thing(zh: str, surname: str) -> None:
    entry = ENTRIES[zh]
    assert entry.type not in ("surname", "person"), entry
    assert surname not in (entry.en, *entry.aliases), entry
    assert f"surname {surname}" in (entry.note or ""), entry


def test_the_things_own_name_stays() -> None:
    assert "Miao" in ENTRIES["苗"].aliases, ENTRIES["苗"]
    # (湘's river is named by the surname's word: "Xiang River".)
    assert ENTRIES["湘"].en == "Xiang River", ENTRIES["湘"]

"""A line naming two units of one name ("town and county") names the one the headword writes (thirty-second session;
the s31 blind draw: 中甸县 "Gyeltang or Gyalthang town and county, ..." was en "Gyeltang Town", a county's headword).

The unit is given back to a county's English only when its bare name is another entry's (`_name_the_unit`); the word
the line writes after the name is the unit, and where the line writes two, the one of the headword's last character
(县 county, 区 district, 乡 township, 镇 town). CC-CEDICT has one such headword today; the others here keep their names.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "中甸 中甸 [Zhong1 dian4] /Gyeltang or Gyalthang town and county, former name of Shangri-La county"
    " 香格里拉縣|香格里拉县[Xiang1 ge2 li3 la1 xian4] in Dêqên or Diqing Tibetan autonomous prefecture"
    " 迪慶藏族自治州|迪庆藏族自治州[Di2 qing4 Zang4 zu2 zi4 zhi4 zhou1], northwest Yunnan/\n"
    "中甸縣 中甸县 [Zhong1 dian4 xian4] /Gyeltang or Gyalthang town and county, former name of Shangri-La county"
    " 香格里拉縣|香格里拉县[Xiang1 ge2 li3 la1 xian4] in Dêqên or Diqing Tibetan autonomous prefecture"
    " 迪慶藏族自治州|迪庆藏族自治州[Di2 qing4 Zang4 zu2 zi4 zhi4 zhou1], northwest Yunnan/\n"
    "密雲 密云 [Mi4 yun2] /Miyun town and county in Beijing/\n"
    "密雲縣 密云县 [Mi4 yun2 xian4] /Miyun county in Beijing/\n"
)
ENTRIES = entries_by_form(REAL)


def test_a_county_headword_names_the_county() -> None:
    entry = ENTRIES["中甸县"]
    assert (entry.type, entry.en) == ("place", "Gyeltang County")
    assert entry.aliases == ("Gyalthang County",)


def test_the_bare_names_stay() -> None:
    assert (ENTRIES["中甸"].en, ENTRIES["中甸"].aliases) == ("Gyeltang", ("Gyalthang",))
    assert (ENTRIES["密云"].en, ENTRIES["密云县"].en) == ("Miyun", "Miyun County")

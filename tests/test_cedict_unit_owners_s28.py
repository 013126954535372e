"""A bare headword's English leaves out the unit even when a unit's headword has the bare name (twenty-eighth
session, issue 9 item 1; the user's U27-59).

b1a89c6 wrote a Chinese place's English without the unit its headword does not write (三原 "Sanyuan County ..." is
Sanyuan), unless another entry has the bare name. A headword that writes its own unit (三元区 "Sanyuan district of
Sanming") is no such owner: it gets its generic back (Sanyuan District, `_name_the_unit`), and the bare headword the
bare name. A unit whose line gives no unit after the name (武功镇 "Wugong village") still owns it.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "三原 三原 [San1 yuan2] /Sanyuan County in Xianyang 咸陽|咸阳[Xian2 yang2], Shaanxi/\n"
    "三元區 三元区 [San1 yuan2 qu1] /Sanyuan district of Sanming city 三明市[San1 ming2 shi4], Fujian/\n"
    "安寧 安宁 [An1 ning2] /Anning District of Lanzhou City 蘭州市|兰州市[Lan2 zhou1 Shi4], Gansu/Anning City, to the"
    " west of Kunming 昆明[Kun1 ming2], Yunnan/\n"
    "安寧市 安宁市 [An1 ning2 shi4] /Anning county level city in Kunming 昆明[Kun1 ming2], Yunnan/\n"
    "武功 武功 [Wu3 gong1] /Wugong County in Xianyang 咸陽|咸阳[Xian2 yang2], Shaanxi/\n"
    "武功鎮 武功镇 [Wu3 gong1 zhen4] /Wugong village in Shaanxi/\n"
    "富平 富平 [Fu4 ping2] /Fuping County in Weinan 渭南[Wei4 nan2], Shaanxi/\n"
    "阜平 阜平 [Fu4 ping2] /see 阜平縣|阜平县[Fu4 ping2 xian4]/\n"
    "阜平縣 阜平县 [Fu4 ping2 xian4] /Fuping county, Baoding, Hebei/\n"
)
# Lines of my own of the same kinds (made-up places).
OWN = (
    "福遠 福远 [Fu2 yuan3] /Fuyuan County in Baoji, Shaanxi/\n"
    "富遠區 富远区 [Fu4 yuan3 qu1] /Fuyuan district of Nanping city, Fujian/\n"
    "和嶺 和岭 [He2 ling3] /Heling County in Ankang, Shaanxi/\n"
    "合嶺鄉 合岭乡 [He2 ling3 xiang1] /Heling village in Hunan/\n"
)
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("三原", "Sanyuan", ("Sanyuan County",)),
        ("三元区", "Sanyuan District", ()),
        ("安宁市", "Anning City", ()),
        ("福远", "Fuyuan", ("Fuyuan County",)),
        ("富远区", "Fuyuan District", ()),
    ],
)
def test_a_unit_that_writes_its_unit_gives_the_bare_name_up(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    assert (ENTRIES[zh].en, ENTRIES[zh].aliases) == (en, aliases)


def test_a_line_naming_two_places_takes_the_bare_name() -> None:
    assert ENTRIES["安宁"].en == "Anning"
    assert "Anning District" in ENTRIES["安宁"].aliases
    # (Anning City, Yunnan, is another place than Anning District of Lanzhou: the note's namesake, no alias since the
    # review's R43-7, test_cedict_later_sense_aliases_s44.)
    assert "Anning City" not in ENTRIES["安宁"].aliases


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # A unit whose line names no unit after the name keeps the bare name: the bare headword keeps its unit.
        ("武功", "Wugong County"),
        ("武功镇", "Wugong"),
        ("和岭", "Heling County"),
        ("合岭乡", "Heling"),
        # A unit headed by its bare pointer (阜平 "see 阜平县") is no unit's headword: two bare headwords, as before.
        ("富平", "Fuping County"),
        ("阜平", "Fuping"),
    ],
)
def test_an_owner_that_cannot_take_its_unit_back_keeps_the_bare_name(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en

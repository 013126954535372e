"""A generic after "X or Y generic" is not X's when X spells the whole headword, the generic's character too
(twenty-ninth session, issue 9 item 1; the s28 blind draw's 西湖 "Xihu Lake", 兰屿 "Lanyu Island", 蛇岛 "Shedao
Island").

"Xihu or West lake": 湖 is hu, so "Xihu Lake" says the lake twice, and the line writes "Xihu" bare. The name the line
writes with its generic in English is the English (West Lake, Orchid Island, Snake Island), the reading bare an alias.
A generic the first name does not spell is still both names' ("Tsinghua or Qinghua University", 清华大学; "Changjiang
or Yangtze river basin", 长江流域: Changjiang spells no 流域), and a generic the line itself writes after a reading
stays ("Xijiang River", 西江).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "西湖 西湖 [Xi1 hu2] /Xihu or West lake (place name)/West Lake in Hangzhou 杭州, Zhejiang/Xihu or Hsihu township"
    " in Miaoli county 苗栗縣|苗栗县[Miao2 li4 xian4], northwest Taiwan/\n"
    "蘭嶼 兰屿 [Lan2 yu3] /Lanyu or Orchid Island township in Taitung County 臺東縣|台东县[Tai2 dong1 Xian4],"
    " southeast Taiwan/\n"
    "蘭嶼鄉 兰屿乡 [Lan2 yu3 xiang1] /Lanyu or Orchid Island township in Taitung County 臺東縣|台东县[Tai2 dong1"
    " Xian4], southeast Taiwan/\n"
    "蛇島 蛇岛 [She2 dao3] /Shedao or Snake island in Bohai sea 渤海 off Lüshun 旅順|旅顺 on the tip of the Liaoning"
    " peninsula, small rocky island famous for snakes/\n"
    "陽關 阳关 [Yang2 guan1] /Yangguan or Southern Pass on the south Silk Road in Gansu, 70 km south of Dunhuang"
    " 敦煌/\n"
    # Controls: the generic is no character of the first name; a reading and a generic the line writes itself.
    "清華大學 清华大学 [Qing1 hua2 Da4 xue2] /Tsinghua or Qinghua University, Beijing/National Tsing Hua University,"
    " Hsinchu, Taiwan/\n"
    "長江流域 长江流域 [Chang2 jiang1 liu2 yu4] /Changjiang or Yangtze river basin/\n"
    "西江 西江 [Xi1 jiang1] /Xijiang River/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "鳥島 鸟岛 [Niao3 dao3] /Niaodao or Bird island in Qinghai Lake/\n"
    "月湖 月湖 [Yue4 hu2] /Yuehu or Moon lake in Ningbo/\n"
    "黃山 黄山 [Huang2 shan1] /Huangshan or Yellow Mountain in Anhui/\n"
)
ENTRIES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("西湖", "West Lake", "Xihu"),
        ("兰屿", "Orchid Island", "Lanyu"),
        ("蛇岛", "Snake Island", "Shedao"),
        ("阳关", "Southern Pass", "Yangguan"),
        ("鸟岛", "Bird Island", "Niaodao"),
        ("月湖", "Moon Lake", "Yuehu"),
        ("黄山", "Yellow Mountain", "Huangshan"),
    ],
)
def test_a_reading_that_spells_the_generic_takes_no_english_generic(zh: str, en: str, alias: str) -> None:
    entry = ENTRIES[zh]
    assert entry.en == en, entry
    assert alias in entry.aliases, entry
    assert not any(form.startswith(f"{alias} ") for form in (entry.en, *entry.aliases)), entry
    assert entry.type == "place"


def test_the_township_spells_the_island_too() -> None:
    # 兰屿乡 adds its unit (乡) to 兰屿: "Lanyu" spells the island's name, 屿 and all.
    forms = {f for e in ENTRIES.values() if "兰屿乡" in (e.zh, *e.zh_aliases) for f in (e.en, *e.aliases)}
    assert "Lanyu Island" not in forms
    assert "Orchid Island" in forms


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("清华大学", "Tsinghua University"),
        ("长江流域", "Changjiang River Basin"),
        ("西江", "Xijiang River"),
    ],
)
def test_a_generic_the_first_name_does_not_spell_is_both_names(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en, ENTRIES[zh]

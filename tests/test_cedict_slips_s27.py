"""Slips in CC-CEDICT's own English that its pinyin contradicts (twenty-seventh session, issue 9, item 5): the place's
English is spelt as its reading is, and the note says CC-CEDICT writes it otherwise.

New this session: a unit after an adjective ("Shuangqia suburban district") and a place in a province of China named
without characters ("... of Chongqing municipality") are Chinese units; a Taiwanese sense of the same line no longer
keeps another sense's slip (宝山 "Baoshang District of Shanghai/.../Baoshan or Paoshan township in Hsinchu County ...,
northwest Taiwan"); a place of four letters ("Luxi" of 鹿邑 [Lu4 yi4]) and one whose reading ends on its unit (莒县
[Ju3 xian4] "Jun county") are compared too. Wade-Giles, postal and Cantonese spellings are no slips.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import kinds_and_english

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "雙橋 双桥 [Shuang1 qiao2] /Shuangqia suburban district of Chongqing municipality, formerly in Sichuan/\n"
    "寶山 宝山 [Bao3 shan1] /Baoshang District of Shanghai/Baoshan District of Shuangyashan city 雙鴨山|双鸭山"
    "[Shuang1 ya1 shan1], Heilongjiang/Baoshan or Paoshan township in Hsinchu County 新竹縣|新竹县[Xin1 zhu2 Xian4],"
    " northwest Taiwan/\n"
    "雙橋區 双桥区 [Shuang1 qiao2 qu1] /Shuangqia suburban district of Chongqing municipality, formerly in Sichuan/"
    "Shuangqia district of Chengde city 承德市[Cheng2 de2 shi4], Hebei/\n"
    "鹿邑 鹿邑 [Lu4 yi4] /Luxi county in Zhoukou 周口[Zhou1 kou3], Henan/\n"
    "莒縣 莒县 [Ju3 xian4] /Jun county in Rizhao 日照[Ri4 zhao4], Shandong/\n"
    # No slips: Wade-Giles and postal spellings, Cantonese, a Tibetan name, the reading itself.
    "東阿 东阿 [Dong1 e1] /Dong'e county in Liaocheng 聊城[Liao2 cheng2], Shandong/\n"
    "東阿縣 东阿县 [Dong1 e1 xian4] /Dong'e county in Liaocheng 聊城[Liao2 cheng2], Shandong/\n"
    "冀州 冀州 [Ji4 zhou1] /Jishou county level city in Hengshui 衡水[Heng2 shui3], Hebei/\n"
    "沛縣 沛县 [Pei4 xian4] /Pei county in Xuzhou 徐州[Xu2 zhou1], Jiangsu/\n"
)
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "written"),
    [
        ("双桥", "Shuangqiao", "Shuangqia"),
        ("宝山", "Baoshan", "Baoshang"),  # (no 区 in the headword: the unit goes too, test_cedict_bare_units_s27)
        (
            "双桥区",
            "Shuangqiao District",
            "Shuangqia",
        ),  # named with its generic apart from 双桥 (was Shuangqia District)
        ("鹿邑", "Luyi", "Luxi"),
        ("莒县", "Ju County", "Jun"),  # a one-character county keeps its unit (s30, fe81e6a)
    ],
)
def test_a_slip_is_spelt_as_the_reading(zh: str, en: str, written: str) -> None:
    entry = ENTRIES[zh]
    assert entry.en == en
    assert written not in entry.aliases
    assert f"CC-CEDICT's English '{written}" in (entry.note or "")
    assert "misspells" in (entry.note or "")


def test_the_taiwanese_sense_keeps_its_spelling() -> None:
    assert "Paoshan" in ENTRIES["宝山"].aliases


@pytest.mark.parametrize(("zh", "en"), [("东阿", "Dong'e"), ("东阿县", "Dong'e"), ("沛县", "Pei")])
def test_a_reading_is_no_slip(zh: str, en: str) -> None:
    entries = {form: e for e in ENTRIES.values() for form in (e.zh, *e.zh_aliases)}
    assert entries[zh].en.startswith(en)
    assert all(not a.startswith("Dong") or a == "Dong'e" for a in entries[zh].aliases)


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲縣 甲县 [Jia3 xian4] /Chia county in Yunnan 雲南[Yun2 nan2]/\n"  # Wade-Giles: ch for j, no slip
        "乙橋 乙桥 [Yi3 qiao2] /Yiqia rural district of Shanghai/\n"
        "丙丙 丙丙 [Bing3 bing4] /Bingbang county in Guangxi 廣西[Guang3 xi1]/\n"
        "丁丁 丁丁 [Ding1 ding1] /Tingting township in Taoyuan County 桃園縣, Taiwan/\n"  # Taiwan: no slip
        "戊縣 戊县 [Wu4 xian4] /Wun county in Henan 河南[He2 nan2]/\n"
    )
    assert names["甲县"][1] == "Chia County"  # one character: the unit stays (s30, fe81e6a)
    assert names["乙桥"][1] == "Yiqiao"
    assert names["丙丙"][1] == "Bingbing"
    assert names["丁丁"][1] == "Tingting"
    assert names["戊县"][1] == "Wu County"

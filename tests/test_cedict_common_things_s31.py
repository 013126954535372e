"""Things and common nouns that hold a generic or a people's adjective are no places or organisations
(thirty-first session; the s30 blind draw's 拉丁方块 "Latin square (math. puzzle)" was the place "Latin Square", and
the tester's T3: 华容道 a puzzle typed place, 法压壶 "French press" and 台商 "Taiwanese businessman" organisations).

- A term of a field ("(math. ...)") after a generic in lower case is a term, as "Lie group (math.)" is.
- A bracket that says the name is a thing of no kind (a puzzle) outweighs the generic its name holds.
- A people's adjective before a body a people has many of ("company", "department", "press") is a common noun;
  before the people's one army or side it stays a name (日军 "Japanese army"). "Taiwanese businessman" alone names
  no one.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "拉丁方塊 拉丁方块 [La1 ding1 fang1 kuai4] /Latin square (math. puzzle)/\n"
    "華容道 华容道 [Hua2 rong2 Dao4] /Huarong Road (traditional puzzle involving sliding wooden blocks, loosely"
    " based on an episode in Three Kingdoms 三國演義|三国演义[San1 guo2 Yan3 yi4])/\n"
    "法壓壺 法压壶 [Fa3 ya1 hu2] /French press/press pot/\n"
    "台商 台商 [Tai2 shang1] /Taiwanese businessman/Taiwanese company/\n"
    "英語系 英语系 [Ying1 yu3 xi4] /anglophone/English department/\n"
    # Controls.
    "日軍 日军 [Ri4 jun1] /Japanese army/Japanese troops/\n"
    "朝鮮族 朝鲜族 [Chao2 xian3 zu2] /Korean ethnic group in China (mainly in northeast China)/the Koreans (major"
    " ethnic group on the Korean Peninsula)/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "歐拉方塊 欧拉方块 [Ou1 la1 fang1 kuai4] /Euler square (math.)/\n"
    "漢諾塔 汉诺塔 [Han4 nuo4 ta3] /Tower of Hanoi (math. puzzle)/\n"
    "日商 日商 [Ri4 shang1] /Japanese businessman/Japanese company/\n"
    "德企 德企 [De2 qi3] /German company/\n"
)
KINDS = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize("zh", ["拉丁方块", "欧拉方块", "法压壶", "台商", "英语系", "日商", "德企"])
def test_a_common_noun_is_left_out(zh: str) -> None:
    assert zh not in KINDS, KINDS.get(zh)


@pytest.mark.parametrize(("zh", "en"), [("华容道", "Huarong Road"), ("汉诺塔", "Tower of Hanoi")])
def test_a_puzzle_is_no_place(zh: str, en: str) -> None:
    assert KINDS[zh] == ("name", en)


def test_a_peoples_army_and_ethnic_group_stay() -> None:
    assert KINDS["日军"] == ("org", "Japanese army")
    assert KINDS["朝鲜族"][0] == "name"


# A faith's house of worship (the tester's s31 S10): real lines, then two of my own and a control.
WORSHIP = (
    "佛寺 佛寺 [Fo2 si4] /Buddhist temple/\n"
    "猶太會堂 犹太会堂 [You2 tai4 hui4 tang2] /synagogue/Jewish temple/\n"
    "孔廟 孔庙 [Kong3 miao4] /Confucian temple/\n"
    "神社 神社 [Shen2 she4] /Shinto shrine/\n"
    "道觀 道观 [Dao4 guan4] /Taoist temple/\n"
    "天主教會 天主教会 [Tian1 zhu3 Jiao4 hui4] /the Catholic Church/\n"
)
WORSHIP_KINDS = kinds_and_english(WORSHIP)


@pytest.mark.parametrize("zh", ["佛寺", "犹太会堂", "神社", "道观"])
def test_a_faiths_house_of_worship_is_a_common_noun(zh: str) -> None:
    assert zh not in WORSHIP_KINDS, WORSHIP_KINDS.get(zh)


def test_a_church_by_its_name_and_a_temple_of_confucius_stay() -> None:
    assert WORSHIP_KINDS["天主教会"] == ("org", "Catholic Church")
    assert WORSHIP_KINDS["孔庙"] == ("place", "Confucian Temple")  # (a temple of Confucius, one man's)

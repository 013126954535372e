"""A building the line names is a place (twenty-ninth session, issue 9 item 1; the tester's class 1c: 西花厅
"Xihuating pavilion", 圣索非亚大教堂 "Hagia Sophia (the main cathedral of Constantinople ...)", 克尔白 "Ka'aba,
sacred building in Mecca", 罗布林卡 "... summer residence of Dalai Lamas" were typed `name`).

A pavilion, a cathedral, a mosque, a building, a residence, a castle ... is a place as a temple, a palace and a tower
already were. A work whose title holds one stays a work when the line says so ("A Dream of Red Mansions ... by Cao
Xueqin"; "Castlevania (video game series)").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "西花廳 西花厅 [Xi1 hua1 ting1] /Xihuating pavilion on west side on Zhongnanhai, home to 周恩來|周恩来/\n"
    "聖索非亞大教堂 圣索非亚大教堂 [Sheng4 Suo3 fei1 ya4 da4 jiao4 tang2] /Hagia Sophia (the main cathedral of"
    " Constantinople, subsequently the major mosque of Istanbul)/\n"
    "克爾白 克尔白 [Ke4 er3 bai2] /Ka'aba, sacred building in Mecca/\n"
    "羅布林卡 罗布林卡 [Luo2 bu4 lin2 ka3] /Norbulingka (Tibetan: precious garden), summer residence of Dalai Lamas in"
    " Lhasa, Tibet/\n"
    "青瓦臺 青瓦台 [Qing1 wa3 tai2] /Blue House (Cheong Wa Dae), residence of the president of South Korea in Seoul/\n"
    # Controls: works whose titles hold a building's word.
    "紅樓夢 红楼梦 [Hong2 lou2 Meng4] /A Dream of Red Mansions (first completed edition 1791) by Cao Xueqin"
    " 曹雪芹[Cao2 Xue3 qin2], one of the four great novels/\n"
    "惡魔城 恶魔城 [E4 mo2 Cheng2] /Castlevania (video game series)/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "化覺巷清真大寺 化觉巷清真大寺 [Hua4 jue2 xiang4 Qing1 zhen1 da4 si4] /Great Mosque of Xi'an/\n"
    "愛丁堡城堡 爱丁堡城堡 [Ai4 ding1 bao3 Cheng2 bao3] /Edinburgh Castle, fortress in Scotland/\n"
    "國會大廈 国会大厦 [Guo2 hui4 Da4 sha4] /the Reichstag, parliament building in Berlin/\n"
)
ENTRIES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("西花厅", "Xihuating Pavilion"),
        ("圣索非亚大教堂", "Hagia Sophia"),
        ("克尔白", "Ka'aba"),
        ("罗布林卡", "Norbulingka"),
        ("青瓦台", "Blue House"),
        ("化觉巷清真大寺", "Great Mosque of Xi'an"),
        ("爱丁堡城堡", "Edinburgh Castle"),
        ("国会大厦", "Reichstag"),
    ],
)
def test_a_building_is_a_place(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en, ENTRIES[zh]
    assert ENTRIES[zh].type == "place", ENTRIES[zh]


@pytest.mark.parametrize("zh", ["红楼梦", "恶魔城"])
def test_a_work_whose_title_holds_a_building_stays_a_work(zh: str) -> None:
    assert ENTRIES[zh].type == "work", ENTRIES[zh]

"""A person's own name the line gives beside the name history calls them by is an alias (thirty-second session; the
tester's s32 B10: 宋武帝 "Emperor Wu of Song (363-422), personal name Liu Yu 劉裕|刘裕[Liu2 Yu4], ..." had none).

"personal name", "real name", "birth name" read as "aka" is, but the characters fold nothing: 刘恒's own line names a
writer born in 1954 too, and 刘裕's entry stays its own (validate's en-clash warning between the two is expected).
"personal name of ..." names another ("Liu Shi, personal name of Han Emperor Yuandi").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "宋武帝 宋武帝 [Song4 Wu3 di4] /Emperor Wu of Song (363-422), personal name Liu Yu 劉裕|刘裕[Liu2 Yu4], founder"
    " of Song of the Southern dynasties 劉宋|刘宋[Liu2 Song4], broke away from Eastern Jin in 420, reigned 420-422/\n"
    "劉裕 刘裕 [Liu2 Yu4] /Liu Yu, founder of Song of the Southern dynasties 劉宋|刘宋[Liu2 Song4], broke away from"
    " Eastern Jin in 420, reigned as Emperor Wu of Song 宋武帝[Song4 Wu3 di4]/\n"
    "漢文帝 汉文帝 [Han4 Wen2 di4] /Emperor Wen of Han (202-157 BC), fourth Han emperor, personal name Liu Heng"
    " 劉恆|刘恒[Liu2 Heng2], reigned 180-157 BC/\n"
    "劉恆 刘恒 [Liu2 Heng2] /Liu Heng, personal name of Han emperor Han Wendi 漢文帝|汉文帝/Liu Heng (1954-), Chinese"
    " writer/\n"
    "周武王 周武王 [Zhou1 Wu3 wang2] /King Wu of Zhou (-1043), personal name Ji Fa 姬發|姬发, reigned 1046-1043 BC as"
    " first king of Western Zhou dynasty 1046-1043 BC/\n"
    "丁基 丁基 [Ding1 Ji1] /Ding Ji (1917-1944), real name Li Baicen 李百岑, journalist based in Yanan, martyr of the"
    " revolution/\n"
    "劉奭 刘奭 [Liu2 Shi4] /Liu Shi, personal name of Han Emperor Yuandi 漢元帝|汉元帝[Han4 Yuan2 di4]/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en", "own"),
    [
        ("宋武帝", "Emperor Wu of Song", "Liu Yu"),
        ("汉文帝", "Emperor Wen of Han", "Liu Heng"),
        ("周武王", "King Wu of Zhou", "Ji Fa"),
        ("丁基", "Ding Ji", "Li Baicen"),
    ],
)
def test_the_own_name_is_an_alias(zh: str, en: str, own: str) -> None:
    assert (ENTRIES[zh].en, ENTRIES[zh].aliases) == (en, (own,))


def test_the_own_names_entries_stay_apart() -> None:
    assert ENTRIES["刘裕"].zh == "刘裕"
    assert ENTRIES["刘裕"].en == "Liu Yu"
    assert ENTRIES["刘恒"].zh == "刘恒"
    assert "writer" in ENTRIES["刘恒"].note
    assert ENTRIES["刘奭"].aliases == ()

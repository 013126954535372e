"""A nickname, an epithet or a title is of the kind of whom or what its line says it names (twenty-seventh session,
issue 9; the tester's T27-I13): 习大大 "Papa Xi, nickname for Xi Jinping 习近平", 沛公 "Duke of Pei (i.e. 刘邦)",
蜀相 "the Prime Minister of Shu (i.e. Zhuge Liang 诸葛亮)", 阿扁 "A-bian, nickname of Chen Shui-bian 陈水扁" were
`name` and are persons; 羊城 "Yangcheng, a nickname for 广州" is a place. The kind is the entry's of those characters.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "習大大 习大大 [Xi2 da4 da4] /Papa Xi, nickname for Xi Jinping 習近平|习近平[Xi2 Jin4 ping2]/\n"
    "習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping (1953-), PRC politician, General Secretary of the CCP "
    "from 2012, president of the PRC from 2013/\n"
    "沛公 沛公 [Pei4 gong1] /Duke of Pei (i.e. 劉邦|刘邦[Liu2 Bang1])/\n"
    "劉邦 刘邦 [Liu2 Bang1] /Liu Bang (256 or 247-195 BC), bandit leader who became first Han "
    "emperor Han Gaozu 漢高祖|汉高祖 (reigned 202-195 BC)/\n"
    "羊城 羊城 [Yang2 cheng2] /Yangcheng, a nickname for 廣州|广州[Guang3 zhou1]/\n"
    "廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/\n"
    "蜀相 蜀相 [Shu3 xiang4] /the Prime Minister of Shu (i.e. Zhuge Liang 諸葛亮|诸葛亮[Zhu1 ge3 "
    "Liang4])/\n"
    "諸葛亮 诸葛亮 [Zhu1 ge3 Liang4] /Zhuge Liang (181-234), military leader and prime minister of "
    "Shu Han 蜀漢|蜀汉 during the Three Kingdoms period/the main hero of the fictional Romance of "
    "Three Kingdoms 三國演義|三国演义, where he is portrayed as a sage and military "
    "genius/mastermind/\n"
    "阿扁 阿扁 [A1 bian3] /A-bian, nickname of Chen Shui-bian 陳水扁|陈水扁[Chen2 Shui3 bian3]/\n"
    "陳水扁 陈水扁 [Chen2 Shui3 bian3] /Chen Shui-Bian (1950-), Taiwanese DPP 民進黨|民进党 politician, "
    "president of the Republic of China 2000-2008/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind"),
    [("习大大", "person"), ("沛公", "person"), ("蜀相", "person"), ("阿扁", "person"), ("羊城", "place")],
)
def test_a_nickname_is_of_its_referents_kind(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /Big Jia, nickname for Jia Yi 甲乙/\n"
        "甲乙 甲乙 [Jia3 Yi3] /Jia Yi (1900-1980), Chinese poet/\n"
        "丙丙 丙丙 [Bing3 bing3] /Little Bing, nickname for 丙丁/\n"
        "丙丁 丙丁 [Bing3 ding1] /Bingding Corporation, Chinese company/\n"  # an org: the nickname stays a name
    )
    assert names["甲甲"][0] == "person"
    assert names["丙丙"][0] == "name"

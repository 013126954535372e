"""Where a river, a lake or a mountain lies is no part of its English: "Lancang River of Qinghai and Yunnan" of 澜沧江
is the Lancang River, "Hulun Lake of Inner Mongolia" Hulun Lake (twenty-sixth session, issue 9; tester's T26-I1).

The place after "of" must be a place: one the import types `place` (青海, 内蒙古), a country, a subdivision or a
continent, a direction before it or not ("West Africa"); "Four Sacred Mountains of Buddhism" keeps its faith."""

from __future__ import annotations

import pytest
from cedict_fixtures import DATA, fixture_by_zh, kinds_and_english

NAMES = fixture_by_zh("cedict_classes_s26.u8")
ALL = fixture_by_zh("cedict_classes_s26.u8", proper_only=False)
# The places my own lines lie in, as CC-CEDICT writes them (lines of the fixture).
PLACES = "".join(
    line
    for line in (DATA / "cedict_classes_s26.u8").read_text(encoding="utf-8").splitlines(keepends=True)
    if line.split(" ")[1] in ("新疆", "云南", "贵州")
)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("澜沧江", "Lancang River"),  # "Lancang River of Qinghai and Yunnan, the upper reaches of Mekong River ..."
        ("贝尔湖", "Buir Lake"),  # "Buir Lake of Inner Mongolia"
        ("额尔古纳河", "Argun River"),  # "Argun River of Mongolia and Heilongjiang province, ..."
        ("呼伦湖", "Hulun Lake"),
        ("塔里木河", "Tarim River"),
        ("尼日尔河", "Niger River"),  # "Niger River of West Africa": a direction and a continent
    ],
)
def test_where_a_river_or_a_lake_lies_is_no_part_of_its_name(zh: str, en: str) -> None:
    assert NAMES[zh].en == en
    assert NAMES[zh].type == "place"
    assert ALL[zh].en == en  # (the full import: the same entry)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("四大佛教名山", "Four Sacred Mountains of Buddhism"),  # a faith is no place
        ("五岳", "Five Sacred Mountains of the Daoists"),
        ("吉兰丹河", "Kelantan River"),  # a country (read by the sense, as before)
        ("白翎岛", "Baengnyeong Island"),
    ],
)
def test_what_is_no_place_stays(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_lines_of_my_own() -> None:
    lines = PLACES + (
        "甲河 甲河 [Jia3 He2] /Jia River of Guizhou/\n"
        "乙湖 乙湖 [Yi3 Hu2] /Yi Lake of Yunnan and Guizhou, near the border/\n"
        "丙山 丙山 [Bing3 Shan1] /Bing Mountains of Tibetan Buddhism/\n"  # no place: stays
        "丁岛 丁岛 [Ding1 Dao3] /Ding Island of southern Yunnan/\n"  # a direction, in lower case
    )
    names = kinds_and_english(lines)
    assert names["甲河"] == ("place", "Jia River")
    assert names["乙湖"] == ("place", "Yi Lake")
    assert names["丙山"] == ("place", "Bing Mountains of Tibetan Buddhism")
    assert names["丁岛"][1] == "Ding Island"


def test_a_place_the_lines_do_not_name_stays() -> None:
    # Without 新疆's line, nothing says Xinjiang is a place: the English stays as CC-CEDICT writes it.
    assert kinds_and_english("甲河 甲河 [Jia3 He2] /Jia River of Xinjiang/\n")["甲河"] == (
        "place",
        "Jia River of Xinjiang",
    )

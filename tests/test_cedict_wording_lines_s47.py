"""CC-CEDICT import: a capitalised line whose first sense is a common word's gloss, and whose later senses name no
thing either, is a common word (`term`), which `--proper-only` leaves out (the s47 brief's item 1).

"歐式 欧式 [Ou1 shi4] /in the European style/Euclidean/" was a name, en "Euclidean", so annotate glossed
欧式（Euclidean）建筑. The class, counted over the whole of CC-CEDICT by the importer's own reader: 1,088 capitalised
lines have a first sense that names nothing (a description, a common word's gloss); --proper-only kept 178 of them.
Read one by one, 174 are right (a place, a river, a reign, a surname described first: 名山 "famous mountain/Mingshan
county ...", 淮 "name of a river"; peoples, languages, sides and fields of study, kept by earlier decisions). Four
named no thing and are now terms: the later sense is an adjective alone (欧式 "Euclidean"), the initials of the first
sense (中医学 "traditional Chinese medicine/TCM"), a stock figure (张王李赵 "anyone/Mr Average/any Tom, Dick or
Harry"), or a taxon's rank (硬骨鱼 "bony fishes/Osteichthyes (taxonomic class ...)", as 软骨鱼类 is a word).

The real lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Lines marked "(made up)" are mine, of
the same shapes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import annotated, imported_db, rows_by_zh

OUSHI = "歐式 欧式 [Ou1 shi4] /in the European style/Euclidean/"
ZHONGYIXUE = "中醫學 中医学 [Zhong1 yi1 xue2] /traditional Chinese medicine/TCM/"
ZHANGWANG = "張王李趙 张王李赵 [Zhang1 Wang2 Li3 Zhao4] /anyone/Mr Average/any Tom, Dick or Harry/"
YINGGUYU = "硬骨魚 硬骨鱼 [Ying4 gu3 yu2] /bony fishes/Osteichthyes (taxonomic class including most fish)/"


@pytest.mark.parametrize(
    ("line", "zh", "en", "not_a_name"),
    [
        (OUSHI, "欧式", "in the European style", "Euclidean"),
        (ZHONGYIXUE, "中医学", "traditional Chinese medicine", "TCM"),
        (ZHANGWANG, "张王李赵", "anyone", "Mr Average"),
        (YINGGUYU, "硬骨鱼", "bony fishes", "Osteichthyes"),
        # (made up) an adjective of a philosopher's name; initials of the first sense; a title and an English word
        (
            "黑格爾式 黑格尔式 [Hei1 ge2 er3 shi4] /in the manner of that philosopher/Hegelian/",
            "黑格尔式",
            "in the manner of that philosopher",
            "Hegelian",
        ),
        (
            "日弓道 日弓道 [Ri4 gong1 dao4] /traditional Japanese archery/TJA/",
            "日弓道",
            "traditional Japanese archery",
            "TJA",
        ),
        (
            "無名氏 无名氏 [Wu2 ming2 shi4] /nobody in particular/Mr Nobody/",
            "无名氏",
            "nobody in particular",
            "Mr Nobody",
        ),
    ],
)
def test_a_line_naming_nothing_after_a_common_first_sense_is_a_term(
    line: str, zh: str, en: str, not_a_name: str
) -> None:
    assert zh not in rows_by_zh(line, proper_only=True)
    row = rows_by_zh(line, proper_only=False)[zh]
    assert (row["type"], row["en"]) == ("term", en)
    assert not_a_name in row["aliases"]  # (a term's other renderings, as any common word's)


@pytest.mark.parametrize(
    ("line", "zh", "kind", "en"),
    [
        # a later sense naming a place, a company by its 公司, a sign of the zodiac, a province of Mongolia
        (
            "名山 名山 [Ming2 shan1] /famous mountain/Mingshan county in Ya'an 雅安[Ya3 an1], Sichuan/",
            "名山",
            "place",
            "Mingshan",
        ),
        (
            "英國電訊公司 英国电讯公司 [Ying1 guo2 Dian4 xun4 Gong1 si1] /British telecom/BT/",
            "英国电讯公司",
            "org",
            "BT",
        ),
        ("室女 室女 [Shi4 nu:3] /unmarried lady/virgin/Virgo (star sign)/", "室女", "name", "Virgo"),
        (
            "中央省 中央省 [Zhong1 yang1 sheng3] /central province/Töv Aimag (province) of Mongolia/",
            "中央省",
            "place",
            "Töv Aimag",
        ),
        # an adjective alone with no common first sense: the region
        ("加勒比 加勒比 [Jia1 le4 bi3] /Caribbean/", "加勒比", "name", "Caribbean"),
    ],
)
@pytest.mark.parametrize("proper_only", [True, False])
def test_a_later_sense_naming_a_thing_keeps_the_line_a_name(
    line: str, zh: str, kind: str, en: str, proper_only: bool
) -> None:
    row = rows_by_zh(line, proper_only=proper_only)[zh]
    assert (row["type"], row["en"]) == (kind, en)


_LOWER_WORDS = st.lists(
    st.sampled_from(["style", "manner", "kind", "sort", "old", "traditional", "way"]), min_size=2, max_size=4
)


@given(
    _LOWER_WORDS,
    st.sampled_from(["Euclid", "Hegel", "Darwin", "Newton", "Kant"]),
    st.sampled_from(["ean", "ian", "ic"]),
)
def test_any_adjective_alone_after_a_common_first_sense_names_nothing(
    words: list[str], person: str, ending: str
) -> None:
    first = " ".join(words)
    line = f"甲式 甲式 [Jia3 shi4] /{first}/{person}{ending}/"
    assert rows_by_zh(line, proper_only=True) == {}
    assert rows_by_zh(line, proper_only=False)["甲式"]["en"] == first


@given(
    st.lists(st.sampled_from(["style", "manner", "kind", "sort", "old", "traditional", "way"]), min_size=3, max_size=4)
)
def test_the_first_senses_initials_name_nothing_but_other_capitals_do(words: list[str]) -> None:
    first = " ".join(words)
    initials = "".join(w[0] for w in words).upper()
    assert rows_by_zh(f"甲乙 甲乙 [Jia3 yi3] /{first}/{initials}/", proper_only=True) == {}
    other = "Q" + initials  # (not the first sense's initials: a name of its own, an acronym)
    assert rows_by_zh(f"甲乙 甲乙 [Jia3 yi3] /{first}/{other}/", proper_only=True)["甲乙"]["en"] == other


def test_annotate_no_longer_glosses_the_common_words(tmp_path: Path) -> None:
    """The installed console script: 欧式建筑 was 欧式（Euclidean）建筑, 中医学 中医学（TCM）."""
    luxun = "魯迅 鲁迅 [Lu3 Xun4] /Lu Xun (1881-1936), one of the earliest and best-known modern Chinese writers/"
    db = imported_db(tmp_path, "".join(f"{line}\n" for line in (OUSHI, ZHONGYIXUE, ZHANGWANG, YINGGUYU, luxun)))
    assert annotated(db, "鲁迅喜欢欧式建筑，也学过中医学。") == "鲁迅（Lu Xun）喜欢欧式建筑，也学过中医学。"

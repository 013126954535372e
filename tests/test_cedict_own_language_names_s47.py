"""CC-CEDICT import: a place's name in its people's language, labelled after a comma or in a bracket of lower-case
words, is an alias of the place (the s46 blind draw's firm P98 仲巴县 and P188 阿拉善左旗, by s42's ruling that a
labelled name in another language must be an alias).

"仲巴縣 仲巴县 [Zhong4 ba1 xian4] /Zhongba county, Tibetan: 'Brong pa rdzong, in Shigatse prefecture, Tibet/" had no
alias; the Tibetan name was in the note only. The older rule (`_LANGUAGE_NAME_RE`) read a bracket of capitalised words
right after the name only ("Tampere (Swedish Tammerfors)"). Counted over the whole of CC-CEDICT: 221 labelled names in
place lines were missing from their entries (189 after a comma, 32 in a bracket of lower-case words: romanized
Tibetan, Mongolian and Uighur write them so); now 191 headwords gain the alias, in both imports, and nothing else
changes. A romanized name writes its own unit ("rdzong", "khoshuu"): no English generic is put after it.

The real lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Lines marked "(made up)" are mine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import imported_db, rows_by_zh, search_hits

ZHONGBA = "仲巴縣 仲巴县 [Zhong4 ba1 xian4] /Zhongba county, Tibetan: 'Brong pa rdzong, in Shigatse prefecture, Tibet/"
ALXA = (
    "阿拉善左旗 阿拉善左旗 [A1 la1 shan4 Zuo3 qi2] /Alxa Left Banner, Mongolian Alshaa Züün khoshuu, in Alxa League "
    "阿拉善盟[A1 la1 shan4 Meng2], Inner Mongolia (formerly in Gansu 1969-1979)/"
)


@pytest.mark.parametrize(
    ("line", "zh", "en", "alias"),
    [
        (ZHONGBA, "仲巴县", "Zhongba County", "'Brong pa rdzong"),
        (ALXA, "阿拉善左旗", "Alxa Left Banner", "Alshaa Züün khoshuu"),
        (
            "天山區 天山区 [Tian1 shan1 qu1] /Tianshan district (Uighur: Tiyanshan rayoni) of Urumqi city "
            "烏魯木齊市|乌鲁木齐市[Wu1 lu3 mu4 qi2 Shi4], Xinjiang/",
            "天山区",
            "Tianshan District",
            "Tiyanshan rayoni",
        ),
        # where the place lies after the name is no part of it
        (
            "堆龍德慶縣 堆龙德庆县 [Dui1 long2 de2 qing4 xian4] /Doilungdêqên county, Tibetan: Stod lung bde chen "
            "rdzong in Lhasa 拉薩|拉萨[La1 sa4], Tibet/",
            "堆龙德庆县",
            "Doilungdêqên County",
            "Stod lung bde chen rdzong",
        ),
        # the label last in the sense
        (
            "噶爾縣 噶尔县 [Ga2 er3 xian4] /Gar county in Ngari prefecture, Tibet, Tibetan: Sgar rdzong/",
            "噶尔县",
            "Gar County",
            "Sgar rdzong",
        ),
        (
            "江孜鎮 江孜镇 [Jiang1 zi1 zhen4] /Gyangzê town, Tibetan: Rgyal rtse, in Shigatse prefecture, Tibet/",
            "江孜镇",
            "Gyangzê Town",
            "Rgyal rtse",
        ),
        # the Chinese name, labelled, of a place named in its people's language
        ("哈密 哈密 [Ha1 mi4] /Kumul city in Xinjiang (Chinese: Hami)/", "哈密", "Kumul", "Hami"),
    ],
)
@pytest.mark.parametrize("proper_only", [True, False])
def test_the_labelled_name_in_the_places_language_is_an_alias(
    line: str, zh: str, en: str, alias: str, proper_only: bool
) -> None:
    row = rows_by_zh(line, proper_only=proper_only)[zh]
    assert row["en"] == en
    assert alias in row["aliases"]
    # the unit's English generic goes after the English name only ("Sgar rdzong County" says the county twice)
    assert not any(a.startswith(alias) and a != alias for a in row["aliases"])


@pytest.mark.parametrize(
    ("line", "zh", "not_alias"),
    [
        # a meaning in English, not a name in the language
        (
            "赫圖阿拉 赫图阿拉 [He4 tu2 a1 la1] /Hetu Ala (Manchu: Yellow Rock), Nurhaci's capital at the 1619 "
            "Battle of Sarhu/",
            "赫图阿拉",
            "Yellow Rock",
        ),
        # a person's people, no place's name
        (
            "那木巴爾·恩赫巴亞爾 那木巴尔·恩赫巴亚尔 [Na4 mu4 ba1 er3 · En1 he4 ba1 ya4 er3] /Nambaryn Enkhbayar "
            "(1958-), Mongolian People's Revolutionary Party politician, president of Mongolia 2005-2009/",
            "那木巴尔·恩赫巴亚尔",
            "People's Revolutionary Party politician",
        ),
        # a language's word for a kind, unlabelled by a colon, of a language that is no people's of China
        ("巽他群島 巽他群岛 [Xun4 ta1 Qun2 dao3] /Sunda Islands (Malay archipelago)/", "巽他群岛", "archipelago"),
    ],
)
def test_no_alias_of_what_names_no_place_in_its_language(line: str, zh: str, not_alias: str) -> None:
    row = rows_by_zh(line, proper_only=False)[zh]
    assert not_alias not in row["aliases"]


_SYLLABLE = st.sampled_from(["gro", "mo", "sne", "gdong", "rgya", "tsha", "lha", "ri", "skyid", "grong"])


@given(st.lists(_SYLLABLE, min_size=1, max_size=3), st.sampled_from(["rdzong", "sa khul"]))
def test_any_romanized_tibetan_name_after_the_label_is_an_alias(syllables: list[str], unit: str) -> None:
    """(made up) lines of the same shape as 仲巴县's: the name, whatever its words, up to the comma."""
    tibetan = " ".join([syllables[0].capitalize(), *syllables[1:], unit])
    line = f"甲乙縣 甲乙县 [Jia3 yi3 xian4] /Jiayi county, Tibetan: {tibetan}, in Shigatse prefecture, Tibet/"
    row = rows_by_zh(line, proper_only=True)["甲乙县"]
    assert tibetan in row["aliases"]
    assert f"{tibetan} County" not in row["aliases"]


def test_search_finds_the_place_by_its_tibetan_name(tmp_path: Path) -> None:
    """The installed console script: search by the name a Tibetan source writes."""
    db = imported_db(tmp_path, f"{ZHONGBA}\n{ALXA}\n")
    assert search_hits(db, "Brong pa rdzong")[0]["entry"]["zh"] == "仲巴县"
    assert search_hits(db, "Alshaa Züün khoshuu")[0]["entry"]["zh"] == "阿拉善左旗"

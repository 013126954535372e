"""A Hong Kong or Taiwan person named with an adopted English given name gets the short form news writes as an alias
(thirty-second session; the tester's s31 S6, left open: 任达华 "Simon Yam Tat-Wah" had no "Simon Yam").

The adopted name and the family name: "Simon Yam", "Frank Hsieh". Only when the line's English says so: an English
given name first, a hyphenated Chinese given name with a part for each character after the family name's, and a
family name that spells the headword's first character (pinyin as the line reads it, Wade-Giles or Hong Kong's).
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.annotate import Annotator
from zhgloss.check import check
from zhgloss.formats.bilingual import Segment
from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "任達華 任达华 [Ren2 Da2 hua2] /Simon Yam Tat-Wah (1955-), Hong Kong actor and film producer/\n"
    "吳鎮宇 吴镇宇 [Wu2 Zhen4 yu3] /Francis Ng Chun-Yu (1961-), Hong Kong actor/\n"
    "葉偉民 叶伟民 [Ye4 Wei3 min2] /Raymond YIP Wai-Man, Hong Kong film director (debut as director: 1994)/\n"
    "謝長廷 谢长廷 [Xie4 Chang2 ting2] /Frank Chang-ting Hsieh (1946-), Taiwanese DPP politician, mayor of Kaohsiung"
    " 1998-2005/\n"
    "霍英東 霍英东 [Huo4 Ying1 dong1] /Henry Ying-tung Fok (1913-2006), Hong Kong tycoon with close PRC connections/\n"
    "韓國瑜 韩国瑜 [Han2 Guo2 yu2] /Daniel Han Kuo-yu (1957-), Taiwanese KMT politician, mayor of Kaohsiung since"
    " 2018/\n"
    "馬英九 马英九 [Ma3 Ying1 jiu3] /Ma Ying-jeou (1950-), Taiwanese Kuomintang politician, Mayor of Taipei"
    " 1998-2006, president of Republic of China 2008-2016/\n"
    "勒龐 勒庞 [Le4 Pang2] /Jean-Marie Le Pen (1928-), French Front National extreme right-wing politician/\n"
    "楊振寧 杨振宁 [Yang2 Zhen4 ning4] /Chen-Ning Franklin Yang (1922-), theoretical physicist, co-developer of"
    " Yang-Mills gauge theory, 1957 Nobel laureate/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en", "short"),
    [
        ("任达华", "Simon Yam Tat-wah", "Simon Yam"),  # 任 Yam: Hong Kong's spelling (-wah: s35)
        ("吴镇宇", "Francis Ng Chun-yu", "Francis Ng"),
        ("叶伟民", "Raymond Yip Wai-man", "Raymond Yip"),
        ("谢长廷", "Frank Chang-ting Hsieh", "Frank Hsieh"),  # the given name before the family name
        ("霍英东", "Henry Ying-tung Fok", "Henry Fok"),
        ("韩国瑜", "Daniel Han Kuo-yu", "Daniel Han"),  # 韩 Han: pinyin, as the line reads it
    ],
)
def test_an_adopted_name_and_the_family_name_are_an_alias(zh: str, en: str, short: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("person", en)
    assert short in entry.aliases, entry


@pytest.mark.parametrize("zh", ["马英九", "勒庞", "杨振宁"])
def test_no_short_form_without_an_adopted_name_before_the_family_name(zh: str) -> None:
    # "Ma Ying-jeou" has no adopted name; "Jean-Marie Le Pen" is no Chinese name; "Chen-Ning Franklin Yang" puts
    # the Chinese given name first, and no short form is written by the line.
    assert ENTRIES[zh].aliases == (), ENTRIES[zh]


def test_check_passes_the_short_form() -> None:
    # The entry's English stays the full name the line gives; the short form is an accepted other form (a `variant`
    # note, no failure). It was `missing`.
    names = list(load_cedict(io.StringIO(REAL), proper_only=True))
    report = check([Segment(1, "任达华主演这部电影。", "Simon Yam stars in the film.")], Annotator(names))
    assert [p.kind for p in report.problems] == ["variant"], report.problems

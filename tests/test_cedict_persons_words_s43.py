"""CC-CEDICT import: a person's word wins over a period's or a work's (the review's R42-16).

王著 "Wang Zhu (-c. 990), Song calligrapher and writer" was typed `work` ("Song" read as a song): its dates, a death
year only and approximate, were not read as a life's, and the bracket ended the description before "calligrapher".
程邈 "Cheng Miao, a jailer-turned-prisoner in the Qin dynasty who ..." was an `event` by "dynasty": a hyphenated
compound of persons' words was of no kind. Now "(-c. 990)" is a life's dates (`_DATES_RE`, 4 lines in the file) and a
compound whose last part is a person's word, or "X-turned-Y" with one side a person's, is a person's word
(`_is_persons_compound`; "general-purpose" is not). Over the whole of CC-CEDICT: 2 entries change, both to person
(--proper-only and full import alike).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import rows_by_zh as _rows
from hypothesis import given
from hypothesis import strategies as st

PERSONS = {
    "王著": "王著 王著 [Wang2 Zhu4] /Wang Zhu (-c. 990), Song calligrapher and writer/",
    "程邈": "程邈 程邈 [Cheng2 Miao3] /Cheng Miao, a jailer-turned-prisoner in the Qin dynasty who created the "
    "clerical style of Chinese calligraphy/",
    # Controls: lines of the same dates that were persons already.
    "任安": "任安 任安 [Ren2 An1] /Ren An (-c. 90 BC), Han Dynasty general, also called Ren Shaoqing 任少卿/",
    "枚乘": "枚乘 枚乘 [Mei2 Cheng2] /Mei Cheng (-c. 140 BC), Han dynasty poet/",
}
LOONGSON = "龍芯 龙芯 [Long2 xin1] /Loongson (a family of general-purpose CPUs developed within China)/"


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize("zh", sorted(PERSONS))
def test_a_persons_word_makes_a_person(zh: str, proper_only: bool) -> None:
    row = _rows(PERSONS[zh], proper_only=proper_only)[zh]
    assert row["type"] == "person"
    assert "(" not in row["en"] and "990" not in row["en"]


def test_a_compound_with_a_persons_word_first_only_is_no_person() -> None:
    assert _rows(LOONGSON)["龙芯"]["type"] == "name"


_PERSONS_WORDS = ["calligrapher", "poet", "writer", "general", "painter", "jailer"]


@given(st.sampled_from(_PERSONS_WORDS), st.integers(1, 1999), st.booleans(), st.sampled_from(["Song", "Tang", "Ming"]))
def test_a_death_year_alone_is_a_lifes_dates(word: str, year: int, bc: bool, period: str) -> None:
    line = f"甲乙 甲乙 [Jia3 yi3] /Jia Yi (-c. {year}{' BC' if bc else ''}), {period} {word}/"
    row = _rows(line)["甲乙"]
    assert (row["type"], row["en"]) == ("person", "Jia Yi")


@given(st.sampled_from(_PERSONS_WORDS), st.sampled_from([*_PERSONS_WORDS, "prisoner", "monk", "hermit"]))
def test_a_compound_of_a_persons_words_is_a_persons_word(first: str, then: str) -> None:
    line = f"甲乙 甲乙 [Jia3 yi3] /Jia Yi, a {first}-turned-{then} in the Qin dynasty/"
    assert _rows(line)["甲乙"]["type"] == "person"

"""An English name a letter off the line's own reading is spelt from the reading in three more shapes: a unit the
reading does not write after it (邕宁 [Yong1 ning2] "Yongnning District"), an "x" where the reading has "s"
(上思 [Shang4 si1] "Shangxi": only pinyin writes x, so no other romanization explains it), and a syllable's "ng"
written twice (瓦房店 [Wa3 fang2 dian4] "Wangfangdian") (twenty-fifth session, issue 9; tester's I-5 of the
twenty-fourth session). Real CC-CEDICT lines in tests/data/cedict_slips_s25.u8; the expected spellings are the
lines' own readings."""

from __future__ import annotations

import pytest
from cedict_fixtures import fixture_by_zh, kinds_and_english

NAMES = fixture_by_zh("cedict_slips_s25.u8")


def _names(text: str) -> dict[str, str]:
    return {zh: en for zh, (_kind, en) in kinds_and_english(text).items()}


@pytest.mark.parametrize(
    ("zh", "en", "slip"),
    [
        # (s27: the unit the headword does not write goes when no other entry of these lines is bare-named so)
        ("邕宁", "Yongning", "Yongnning District"),
        ("子洲", "Zizhou", "Zishou County"),
        ("上思", "Shangsi", "Shangxi"),
        ("瓦房店", "Wafangdian", "Wangfangdian"),
    ],
)
def test_a_slip_is_spelt_from_the_reading_and_is_no_alias(zh: str, en: str, slip: str) -> None:
    entry = NAMES[zh]
    assert entry.en == en
    assert slip not in entry.aliases
    assert f"misspells {en!r}" in (entry.note or "") or f"misspells '{en} " in (entry.note or "")  # (and its unit)


def test_a_slip_of_the_full_names_line_is_no_alias_of_the_bare_name() -> None:
    # 颍上县 "Yingshan County" (its reading has 县 xian): the county's misspelt name, no other name of 颍上.
    assert "Yingshan County" not in NAMES["颍上"].aliases


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("齐齐哈尔", "Qiqihar"),  # a Daur name, not pinyin: no slip
        # (双桥区 "Shuangqia suburban district of Chongqing ..." is a slip since the twenty-seventh session:
        # Chongqing is a province-level name of China; test_cedict_slips_s27.py)
    ],
)
def test_names_that_are_no_slips_of_a_reading_stay(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_a_full_name_with_a_people_stays_one_entry() -> None:
    # 管城回族区 is 管城区 written with its people (回族): one entry, as before.
    assert "管城回族区" in NAMES["管城区"].zh_aliases


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("乙宁 乙宁 [Yi3 ning2] /Yinning District of Nanning City 南宁市, Guangxi/\n", "Yining"),
        ("戊房店 戊房店 [Wu4 fang2 dian4] /Wungfangdian county level city in Dalian 大连, Liaoning/\n", "Wufangdian"),
        ("己思城 己思城 [Ji3 si1 cheng2] /Jixicheng county in Fangchenggang 防城港, Guangxi/\n", "Jisicheng"),
        # the other way, "s" for pinyin's "x", is a romanization of its own (postal "Sian" for Xi'an): left
        ("庚西 庚西 [Geng1 xi1] /Gengsi county in Fangchenggang 防城港, Guangxi/\n", "Gengsi"),
    ],
)
def test_lines_of_my_own_with_slips(line: str, en: str) -> None:
    assert list(_names(line).values()) == [en]

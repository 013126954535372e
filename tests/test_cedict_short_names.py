"""CC-CEDICT import: "short name for X" and "old name of X" lines.

The acceptance tests of the seventeenth and eighteenth sessions found that a line "short name for X" gave no entry
(沪 "short name for Shanghai", 渝, 闽, 蜀) and one with it inside a sense lost X (鲁 "Lu, short name for Shandong
山东" had no "Shandong"; 粤, 晋), and that "old name of X" lines were dropped (汴州 "old name of Kaifeng 开封",
定远营). The rules (zhgloss.formats.cedict `_POINTER`, `_XREF_RE`): "short name for" is "abbr. for", so a
one-character short name keeps every name it stands for, as the module's one-character rule says (zhgloss never
glosses a character alone; `check` reads them); the English of what a short name inside a sense stands for is
another name of it; a line that is only an old name of a place folds into that place, and its English (the place's
name today) is no name of a line naming a thing of its own (渝水 "old name of Jialing River .../Yushui district ...").

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). They are in
tests/data/cedict_short_names.u8; expected values were read off the lines by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.formats.cedict import read_sense

NAMES = {form: e for e in cedict_fixture("cedict_short_names.u8") for form in (e.zh, *e.zh_aliases)}


@pytest.mark.parametrize(
    ("zh", "name"),
    [
        ("沪", "Shanghai"),
        ("渝", "Chongqing"),
        ("闽", "Fujian"),
        ("蜀", "Sichuan"),
        # Inside a sense: the short name and what it stands for.
        ("鲁", "Shandong"),
        ("粤", "Guangdong"),
        ("晋", "Shanxi"),
        ("冀", "Hebei"),
    ],
)
def test_a_one_character_short_name_keeps_the_name_it_stands_for(zh: str, name: str) -> None:
    entry = NAMES[zh]
    assert entry.zh == zh  # a character is a part of many words: never folded into its target
    assert name in (entry.en, *entry.aliases)


@pytest.mark.parametrize(
    ("zh", "place", "en"),
    [("汴州", "开封", "Bianzhou"), ("汴梁", "开封", "Bianliang"), ("定远营", "巴彦浩特", "Dingyuanying")],
)
def test_an_old_name_of_a_place_refers_to_it(zh: str, place: str, en: str) -> None:
    # (Folded into the place until the forty-fifth session: the review's R44-4.)
    assert (NAMES[zh].zh, NAMES[zh].en, NAMES[zh].refers_to) == (zh, en, NAMES[place].id)


def test_an_old_names_own_english_stays_an_alias() -> None:
    # 开封 "... /old name Bianliang 汴梁/": 开封's own line names it, so Bianliang stays Kaifeng's too.
    assert "Bianliang" in NAMES["开封"].aliases


def test_a_line_naming_a_thing_of_its_own_keeps_it() -> None:
    # 渝水 "old name of Jialing River 嘉陵江 in Sichuan through Chongqing/Yushui district of Xinyu city ...".
    assert (NAMES["渝水"].zh, NAMES["渝水"].en) == ("渝水", "Yushui")
    assert "Jialing River" not in NAMES["渝水"].aliases


def test_an_old_name_in_english_only_is_another_things() -> None:
    # 安南 ".../old name for Vietnam/...": Vietnam is no name of Kofi Annan.
    assert "Vietnam" not in NAMES["安南"].aliases
    assert read_sense("old name for Vietnam").name is None


def test_an_old_name_of_a_country_is_a_place() -> None:
    # 华夏 "old name for China/Cathay/": a place (annotate's company rules read places), with its own English.
    assert (NAMES["华夏"].en, NAMES["华夏"].type) == ("Cathay", "place")

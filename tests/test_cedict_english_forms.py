"""CC-CEDICT import: the English of a name is the whole name, spelt as English writes it (issue 9).

The acceptance test of the sixteenth session found 上证综合指数 "SSE" (the initials for the full name the line spells
out), 马丁·路德·金 without "Jr.", 孔林 "Confucius" (the Confucius family mausoleum is no Confucius), 金成 "Sung KIM"
(CC-CEDICT's capitals for a family name) and 银阁寺 "Silver" (cut after "or" inside a name). Each is an instance of a
rule of zhgloss.formats.cedict; beside each are other real lines of the same kind.

The lines below are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); they are in
tests/data/cedict_english_forms.u8. Expected values were read off the lines by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data" / "cedict_english_forms.u8"


def _load() -> dict[str, Entry]:
    with DATA.open(encoding="utf-8") as fp:
        entries = list(load_cedict(fp, proper_only=True))
    return {form: e for e in entries for form in e.zh_forms}


NAMES = _load()


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        # Initials, then the full name in a bracket: the full name is the English, the initials an alias.
        ("上证综合指数", "Shanghai Stock Exchange Composite Index", "SSE Composite Index"),
        ("世贸组织", "World Trade Organization", "WTO"),
        ("巫统", "United Malays National Organisation", "UMNO"),
        ("民进党", "Democratic Progressive Party", "DPP"),  # "(Democratic Progressive Party, Taiwan)"
        # A generational suffix is part of the name.
        ("马丁·路德·金", "Martin Luther King Jr.", None),
        ("冯内果", "Kurt Vonnegut Jr.", None),
        # A family name in capitals is written as English writes it; a ruler's numeral keeps its capitals.
        ("金成", "Sung Kim", None),
        ("穆罕默德六世", "Mohammed VI", None),
        # A building's generic after the name is part of it: the mausoleum, the forts, the pavilion.
        ("孔林", "Confucius Family Mausoleum", None),
        ("大沽炮台", "Taku Forts", None),
        ("银阁寺", "Ginkakuji Pavilion", "Silver Pavilion"),  # "Ginkakuji or Silver pavilion": not "Silver"
    ],
)
def test_the_english_is_the_whole_name(zh: str, en: str, alias: str | None) -> None:
    entry = NAMES[zh]
    assert entry.en == en
    if alias is not None:
        assert alias in entry.aliases


def test_a_name_cut_inside_the_bracket_keeps_the_initials() -> None:
    # "TOCFL (Test of Chinese as a Foreign Language)": the bracket is read as "Test of Chinese", no whole name.
    assert NAMES["华语文能力测验"].en == "TOCFL"


@pytest.mark.parametrize(("zh", "kind"), [("孔林", "place"), ("大沽炮台", "place"), ("靖国神社", "place")])
def test_a_building_is_a_place(zh: str, kind: str) -> None:
    assert NAMES[zh].type == kind  # 靖国神社 "Yasukuni Shrine ... war criminals" was an event by "war"


def test_a_line_of_initials_only_folds_into_the_name_they_abbreviate() -> None:
    # 亚细安 "ASEAN" and 东盟 "ASEAN/abbr. for 东南亚国家联盟", whose line spells ASEAN out: one entry.
    assert NAMES["亚细安"] is NAMES["东南亚国家联盟"]
    assert {"ASEAN", "Association of Southeast Asian Nations"} <= set(NAMES["东盟"].en_forms)

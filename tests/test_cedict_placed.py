"""CC-CEDICT import: the kind a line supports, and common nouns left out of `--proper-only` (issue 9).

The acceptance test of the sixteenth session found places typed `name` though their line places them ("Melbourne,
Australia" 墨尔本, 图恩 Thun, 圣安东尼奥, 布里坦尼), a president typed `name` (卢卡申科), org for a country (联邦德国
"German Federation/.../Germany"), for a place name glossed "army camp" (营盘) and for a name whose later sense is a
school or a university named after it (拉格比 Rugby, 华威 Warwick), works for genres (春灯谜, 西部片), and common
nouns kept by `--proper-only` (汉姓, 同理, 日料, 西部片). Each is an instance of a rule of zhgloss.formats.cedict (a
country's name; what a name is written with, `_place_the_placed`; an office; a quoted gloss; a thing named after
the name; a genre; a people's adjective before a common noun; a surname described); beside each are other real
lines of the same kind.

The lines below are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); they are in tests/data/cedict_placed.u8.
Expected values were read off the lines by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhgloss.formats.cedict import countries, load_cedict, subdivisions
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data" / "cedict_placed.u8"


def _load(*, proper_only: bool = True) -> dict[str, Entry]:
    with DATA.open(encoding="utf-8") as fp:
        return {e.zh: e for e in load_cedict(fp, proper_only=proper_only)}


NAMES = _load()


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        # A name written with a place it lies in: a country, a subdivision (ISO 3166, pycountry).
        ("墨尔本", "place"),  # "Melbourne, Australia"
        ("图恩", "place"),  # "Thun, Switzerland"
        ("圣安东尼奥", "place"),  # "San Antonio, Texas"
        ("布里坦尼", "place"),  # "Brittany (France)"
        ("拉拉", "place"),  # "Lala, Philippines"
        # A country's name is a place's ("German Federation" is no org: its line says Germany).
        ("澳大利亚", "place"),
        ("奥地利", "place"),
        ("联邦德国", "place"),
        # An office a description starts with makes a person; not "residence of the president".
        ("卢卡申科", "person"),
        ("青瓦台", "place"),  # a residence is a building, a place (s29: tests/test_cedict_buildings_s29.py)
        # A quoted gloss says what the name means, not what the place is: "common place name ("army camp")".
        ("营盘", "place"),
        # "Co" without its full stop is Tibetan's word for a lake ("Lake Mibgai Co"), no company.
        ("木格措", "place"),
        # A thing named after the line's name ("Rugby school", "University of Warwick") gives the entry no kind.
        ("拉格比", "name"),
        ("华威", "person"),
        ("维多利亚", "place"),  # "Victoria (name)/Victoria, capital of the Seychelles": the thing of that name
        ("春灯谜", "name"),  # "Spring lantern riddles (guessing game ...)": a kind of game, no title
        ("皇冠出版", "org"),  # "Crown publishers, Hong Kong": a firm, written where it is; no place
        ("中方", "name"),  # "Chinese side": a party, kept (check reads 中方 as China's)
        ("德国马克", "name"),  # "German mark": a currency, named by its country's adjective
    ],
)
def test_the_kind_the_line_supports(zh: str, kind: str) -> None:
    assert NAMES[zh].type == kind


def test_a_character_of_a_country_and_an_event_is_typed_name() -> None:
    # 奥 "Austria/.../Olympics": a place and an event; a character stands for both.
    assert (NAMES["奥"].type, NAMES["奥"].en) == ("name", "Austria")


@pytest.mark.parametrize(
    "zh",
    [
        "西部片",  # "Western (film)": a genre
        "汉姓",  # "Han surname/Chinese surname": a surname described, none named
        "日料",  # "Japanese cuisine (abbr. for 日本料理)": a people's adjective before a common noun
        "德国麻疹",  # "German measles": a disease (but a currency, 德国马克 "German mark", is named so)
        "同理",  # "Tongli, a city in Jiangsu" is CC-CEDICT's slip for 同里 (data/cedict_corrections.tsv)
    ],
)
def test_a_common_noun_is_left_out_of_proper_only(zh: str) -> None:
    assert zh not in NAMES


def test_a_corrected_place_is_the_common_word() -> None:
    words = _load(proper_only=False)
    assert (words["同理"].type, words["同理"].en) == ("term", "for the same reason")


def test_countries_and_subdivisions_come_from_iso_3166() -> None:
    assert {"Australia", "Switzerland", "France", "Taiwan"} <= countries()
    assert {"Texas", "Hokkaido"} <= subdivisions()
    assert "Melbourne" not in countries() | subdivisions()

"""CC-CEDICT import: the English is the name alone, whole.

The acceptance tests of the seventeenth and eighteenth sessions found names cut short (九一八事变 "Mukden", 邓紫棋
"G.E.M" without the stage name's last full stop) and names with what describes them ("King Fahd of Saudi Arabia",
"Beitun District of Taichung", "Kelantan River of Malaysia"), two names in one ("UNESCO, United Nations Educational,
Scientific and Cultural Organization") and a pope named by his birth name (本笃·十六世 "Joseph Alois Ratzinger").
The rules (zhgloss.formats.cedict `read_sense`): an initialism keeps its full stops; initials, a comma and what they
stand for are one name, the initials an alias; "X or Y Z Incident" is the X Incident too; a ruler's title and
country of today are no part of the name; a city a district is of, or a country a river or an island is of, says
where it is (not "Republic of Croatia", "Sea of Japan": a generic alone is named by what follows); a title, a name
and a ruler's numeral make a person, whom a later dated sense does not outrank.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). They are in
tests/data/cedict_name_alone.u8; expected values were read off the lines by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

NAMES = {e.zh: e for e in cedict_fixture("cedict_name_alone.u8")}


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        # An initialism keeps its last full stop.
        ("邓紫棋", "G.E.M.", None),
        ("华盛顿特区", "Washington D.C.", None),
        # Initials, then what they stand for: one name (not a list of three), the initials an alias.
        ("教科文组织", "United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
        ("美国国家航空航天局", "National Aeronautics and Space Administration", "NASA"),
        # "X or Y Z Incident": the head ends both names.
        ("九一八事变", "Mukden Incident", "Manchurian Railway Incident"),
        ("清明节", "Qingming Festival", "Pure Brightness Festival"),
        # A ruler of a country of today, named without the title and the country.
        ("法赫德", "Fahd", None),
        ("阿瓦里德", "Alwaleed Bin Talal al-Saud", None),
        # Where a district, a river, an island is.
        ("北屯区", "Beitun District", None),
        ("闵行区", "Minhang District", None),
        ("吉兰丹河", "Kelantan River", None),
        ("白翎岛", "Baengnyeong Island", None),
        # A generic alone before "of" is named by what follows.
        ("克罗地亚共和国", "Republic of Croatia", None),
        ("日本海", "Sea of Japan", None),
        ("民国", "Republic of China", None),
        # A Uyghur unit's word before "or": the name written with the English unit after it heads, with the unit
        # the headword writes, the Uyghur name an alias (s38, R37-14; was "Aqsu", alias "Aksu").
        ("阿克苏市", "Aksu City", "Aqsu"),
    ],
)
def test_the_english_is_the_name_alone(zh: str, en: str, alias: str | None) -> None:
    assert NAMES[zh].en == en
    if alias is not None:
        assert alias in NAMES[zh].aliases


def test_a_ruler_of_a_country_is_a_person() -> None:
    assert NAMES["法赫德"].type == "person"
    assert "King Fahd of Saudi Arabia" in (NAMES["法赫德"].note or "")  # the note keeps the line


def test_a_pope_is_named_by_the_name_the_chinese_writes() -> None:
    # 本笃·十六世 "Pope Benedict XVI/Joseph Alois Ratzinger (1927-), pope 2005-2013/": the papal name, no title.
    entry = NAMES["本笃·十六世"]
    assert (entry.en, entry.type) == ("Benedict XVI", "person")
    assert "Ratzinger" in (entry.note or "")

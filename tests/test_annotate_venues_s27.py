"""An untyped name of several senses before a venue's word is the place that names the venue (issue 9, sense).

CC-CEDICT's 天河 is "Milky Way" and "Tianhe district of Guangzhou city"; the import types it `name` with the first
sense as its English. With the full CC-CEDICT names glossary, the wire line 广州恒大在天河体育场迎战上海申花 (my
news lines, /tmp/gls/c.txt of the twenty-seventh session) glossed 天河（Milky Way）体育场: the stadium is Tianhe
Stadium, in Tianhe district. A place's specific part names the venues, stations and avenues after it (_VENUE_WORDS),
as it names the lakes, streets and bridges a person's or an untyped name goes before (`InsideRule._outside_places`,
玄武湖); there the entry's English is the wrong sense, and no gloss is better. The glossary is real CC-CEDICT lines
(tests/data/cedict_annotate_s27.u8), imported as `zhgloss import --proper-only` would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, entries_by_form, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_annotate_s27.u8"))
VENUES = ["体育场", "体育馆", "体育中心", "公园", "广场", "机场", "国际机场", "火车站", "大道"]
"""zhgloss.glossrules._VENUE_WORDS, written out: a test of the list, not a copy of it."""


def test_the_fixture_types_tianhe_untyped_with_the_milky_way_first() -> None:
    tianhe = entries_by_form("天河 天河 [Tian1 he2] /Milky Way/Tianhe district of Guangzhou city/\n")["天河"]
    assert (tianhe.type, tianhe.en) == ("name", "Milky Way")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # my wire lines (c.txt): main d203f54 glossed 天河（Milky Way）in both
        ("广州恒大在天河体育场迎战上海申花，最终双方战成1比1平。", ["广州"]),
        ("天河体育场周六将迎来一场亚冠联赛焦点战。", []),
        # my own of the same kind: a sports centre, a park, a square, an avenue; traditional script
        ("比赛在天河体育中心举行。", []),
        ("市民在天河公园晨练。", []),
        ("天河广场周末举办灯光秀。", []),
        ("新的地铁线沿天河大道延伸。", []),
        ("比賽在天河體育場舉行。", []),
        # my second batch of wire lines (/tmp/gls/c2.txt), written after the rule: 国际 between the name and 机场
        ("武汉天河国际机场旅客量恢复至疫情前水平。", ["武汉"]),
    ],
)
def test_an_untyped_name_before_a_venue_is_not_glossed_in_its_other_sense(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sky's sense where no venue follows, the district by its full name, a place's own entry before a venue.
        ("夜空中的天河格外明亮。", ["天河"]),
        ("他在天河区工作。", ["天河区"]),
        ("上海体育场今晚座无虚席。", ["上海"]),
        ("宁德体育中心将承办省运会。", ["宁德"]),
        # An untyped name whose place the glossary has under no unit's generic (no 红磡区): its English is that place's
        # (tests/data/cedict_names_news_sweep*.txt, Hong Kong Coliseum, which the first try of the rule lost).
        ("周杰伦的巡回演唱会在香港红磡体育馆连开八场。", ["红磡"]),
    ],
)
def test_the_name_stays_where_no_venue_follows_or_it_is_a_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@given(venue=st.sampled_from(VENUES), tail=st.text(alphabet="举行比赛周末的人很多。", max_size=8))
def test_no_venue_after_tianhe_glosses_the_milky_way(venue: str, tail: str) -> None:
    assert "天河" not in glossed(f"他们在天河{venue}{tail}", ANNOTATOR)

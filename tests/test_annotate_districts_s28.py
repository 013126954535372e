"""A name glued to a city's name is the city's district of that name, not the name's other sense (issue 9, U27-49).

CC-CEDICT's 南沙 line reads "Nansha Islands/Spratly Islands/Nansha district of Guangzhou city 广州市"; the entry's
English is the islands, and annotate glossed 广州南沙自贸区 "Nansha Islands". 天河 ("Milky Way/Tianhe district of
Guangzhou city") and 金牛 ("Taurus (star sign)/Jinniu district of Chengdu city") are the same kind. Where the glossary
holds the form and 区 or 县 as a place of that city (南沙区, 天河区, 金牛区) and the form's own English is another
thing, no gloss is better than the wrong sense (`zhgloss.glossrules.InsideRule._outside_senses_after_cities`). The
glossary is real CC-CEDICT lines (tests/data/cedict_districts_s28.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_districts_s28.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-49 (main 09ad272): the user's lines
        ("广州南沙大道1号。", ["广州"]),
        ("广州南沙自贸区新增企业。", ["广州"]),
        # my own of the kind: another district whose name is a thing elsewhere, after the city or its full name
        ("广州天河的写字楼租金上涨。", ["广州"]),
        ("广州市天河的写字楼租金上涨。", ["广州市"]),
        ("成都金牛的市民踊跃参加。", ["成都"]),
    ],
)
def test_a_name_glued_to_its_districts_city_is_not_its_other_sense(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The full name, another place of the form, the name alone, or a sense that is itself in the city stay.
        ("广州市南沙区人民政府。", ["广州市", "南沙区"]),
        ("中国在南沙群岛的岛礁建设。", ["南沙群岛"]),
        ("杭州西湖景区游人如织。", ["杭州", "西湖"]),  # West Lake is in Hangzhou (its own line says so)
        ("陕西西安的大雁塔。", ["陕西", "西安"]),  # 西安区 is in Liaoyuan, not Shaanxi
        ("天河在夜空中闪烁。", ["天河"]),
    ],
)
def test_the_place_stays_where_its_sense_is_the_citys_or_no_city_is_before_it(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@given(
    city=st.sampled_from(["广州", "广州市"]),
    name=st.sampled_from(["南沙", "天河"]),
    tail=st.sampled_from(["的写字楼。", "大道1号。", "自贸区。", "，记者报道。", "一带。"]),
)
def test_no_district_of_guangzhou_is_glossed_by_its_other_sense(city: str, name: str, tail: str) -> None:
    text = f"{city}{name}{tail}"
    assert glossed(text, ANNOTATOR) == [city]

"""A person's family name past a generational suffix, none for an epithet, and a note's own senses (session 29).

Found measuring search on the CC-CEDICT names import (cur, session 29): `search Jr` listed 雷德 "Clark T. Randt Jr"
as a family name typed alone, `search Great` 世宗 "Sejong the Great", and `search Sydney` listed 席德尼 "Sidney or
Sydney (name)" before 悉尼 Sydney, whose note holds the folded 雪梨 line "(Tw)". The lines are CC-CEDICT's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import entries_by_form, imported_db, search_hits
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.forms import family_name, own_senses

SUFFIXED = (
    "斯密約瑟 斯密约瑟 [Si1 mi4 Yue1 se4] /Joseph Smith, Jr. (1805-1844), founder of the Latter Day Saint"
    " movement/\n"
    "洪博培 洪博培 [Hong2 Bo2 pei2] /Jon Huntsman, Jr. (1960-), US politician, Governor of Utah 2005-2009,"
    " Ambassador to China 2009-2011/\n"
    "雷德 雷德 [Lei2 de2] /Clark T. Randt Jr. (1945-), US ambassador to Beijing 2001-2009/\n"
    "馮內果 冯内果 [Feng2 nei4 guo3] /Kurt Vonnegut, Jr. (1922-2007), US writer/\n"
)

EPITHETS = (
    "世宗 世宗 [Shi4 zong1] /Sejong the Great or Sejong Daewang (1397-1450), reigned 1418-1450 as fourth"
    " king of Joseon or Chosun dynasty, in whose reign the hangeul alphabet was invented/\n"
    "亞歷山大大帝 亚历山大大帝 [Ya4 li4 shan1 da4 Da4 di4] /Alexander the Great (356-323 BC)/\n"
    "大禹 大禹 [Da4 Yu3] /Yu the Great (c. 21st century BC) mythical leader who tamed the floods/\n"
    "居魯士大帝 居鲁士大帝 [Ju1 lu3 shi4 Da4 di4] /Cyrus the Great (ca. 600-530 BC), the founder of the Persian"
    " Empire and the conqueror of Babylon/\n"
)

SYDNEY = (
    "席德尼 席德尼 [Xi2 de2 ni2] /Sidney or Sydney (name)/\n"
    "悉尼 悉尼 [Xi1 ni2] /Sydney, capital of New South Wales, Australia/\n"
    "雪梨 雪梨 [Xue3 li2] /Sydney, capital of New South Wales, Australia (Tw)/\n"
    "雪梨 雪梨 [xue3 li2] /snow pear (pyrus nivalis)/\n"
)


@pytest.mark.parametrize(
    ("zh", "family"),
    [("斯密约瑟", "Smith"), ("洪博培", "Huntsman"), ("雷德", "Randt"), ("冯内果", "Vonnegut")],
)
def test_a_generational_suffix_is_no_family_name(zh: str, family: str) -> None:
    entry = entries_by_form(SUFFIXED)[zh]
    assert entry.type == "person"
    assert family_name(entry) == family


@pytest.mark.parametrize("zh", ["世宗", "亚历山大大帝", "大禹", "居鲁士大帝"])
def test_a_name_with_an_epithet_has_no_family_name(zh: str) -> None:
    entry = entries_by_form(EPITHETS)[zh]
    assert entry.type == "person"
    assert " the Great" in entry.en
    assert family_name(entry) is None


def test_own_senses_leave_out_a_folded_line() -> None:
    note = "Sydney, capital of New South Wales, Australia; 雪梨: Sydney, capital of New South Wales, Australia (Tw)"
    assert own_senses(note, "悉尼") == "Sydney, capital of New South Wales, Australia"
    # A second line of the headword's own characters is its own.
    assert own_senses("Airbus (aerospace company); 空客: Airbus (abbr. for 空中客车)", "空客") == (
        "Airbus (aerospace company); 空客: Airbus (abbr. for 空中客车)"
    )
    assert own_senses("(slang) Japan", "霓虹国") == "(slang) Japan"


_SENSE = st.text(st.sampled_from("abc XYZ(),.-"), min_size=1, max_size=12).filter(lambda s: ":" not in s)


@given(
    own=st.lists(_SENSE, min_size=1, max_size=3),
    folded=st.lists(st.tuples(st.text(st.sampled_from("雪梨悉尼空客"), min_size=1, max_size=3), _SENSE), max_size=3),
)
def test_own_senses_are_the_senses_before_the_first_folded_line(own: list[str], folded: list[tuple[str, str]]) -> None:
    zh = "京都府"  # never a label drawn above
    note = "; ".join([*own, *(f"{label}: {sense}" for label, sense in folded)])
    assert own_senses(note, zh) == "; ".join(own)


def test_search_lists_the_place_before_a_name_that_is_spelt_so(tmp_path: Path) -> None:
    hits = search_hits(imported_db(tmp_path, SYDNEY), "Sydney")
    assert [hit["entry"]["zh"] for hit in hits[:2]] == ["悉尼", "席德尼"]
    assert hits[0]["matched"] == "English"


def test_search_reads_no_suffix_as_a_family_name(tmp_path: Path) -> None:
    db = imported_db(tmp_path, SUFFIXED + EPITHETS)
    for query in ("Jr", "Great"):
        hits = search_hits(db, query)
        assert all("family name" not in hit["matched"] for hit in hits), (query, hits)
    assert search_hits(db, "Vonnegut")[0]["entry"]["zh"] == "冯内果"

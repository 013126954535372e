"""search: a place typed in its postal romanization finds the place (issue 9, session 29).

The Imperial Post Office's spellings ("Nanking", "Tientsin", "Kwangtung") are no Wade-Giles, and CC-CEDICT gives
most of them only in a description ("Guangdong province (Kwangtung)"), so search found 关东军 "Kwantung army" for
"Kwangtung", 南京大屠杀 for "Nanking", nothing for "Fukien". A sourced table (data/postal_romanization.tsv, read by
`zhgloss.romanizations.postal_places`) names each spelling's place; search scores that place's Chinese forms
POSTAL_SCORE, "postal romanization" in how it matched (`Searcher._score_postal`).

The lines of tests/data/cedict_postal_s29b.u8 are real CC-CEDICT lines (cedict_ts.u8 of ../shared/data), whole.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.fuzzy import POSTAL_SCORE, Searcher
from zhgloss.romanizations import postal_places


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    return Searcher(cedict_fixture("cedict_postal_s29b.u8"))


def _order(searcher: Searcher, query: str) -> list[tuple[str | None, int, str]]:
    return [(hit.entry.zh, hit.score, hit.matched) for hit in searcher.search(query, limit=10)]


@pytest.mark.parametrize(
    ("query", "zh"),
    [
        ("Nanking", "南京"),  # before 南京大屠杀 "the Nanjing Massacre", found by its letters in part
        ("Tientsin", "天津"),
        ("Chungking", "重庆"),
        ("Kwangtung", "广东"),  # before 关东军 "Japanese Kwantung army", a letter away
        ("Fukien", "福建"),
        ("Szechwan", "四川"),
        ("Szechuan", "四川"),
        ("Shansi", "山西"),  # before 陕西 "Shaanxi (formerly Shensi)", a letter away
        ("Tsinan", "济南"),  # before 台南 Tainan
        ("Changkiang", "长江"),
        ("Ankwo", "安国"),
    ],
)
def test_a_place_in_its_postal_romanization_comes_first(searcher: Searcher, query: str, zh: str) -> None:
    first = _order(searcher, query)[0]
    # The import makes a spelling its line writes in brackets after the unit an alias ("Guangdong province
    # (Kwangtung)"): found as written, else by the table.
    assert first in ((zh, POSTAL_SCORE, "Chinese, postal romanization"), (zh, 100, f"alias: {query}")), _order(
        searcher, query
    )


def test_a_postal_spelling_the_entry_gives_itself_is_matched_as_written(searcher: Searcher) -> None:
    # CC-CEDICT writes "Peking" as a sense of 北京: its alias, as typed.
    assert _order(searcher, "Peking")[0] == ("北京", 100, "alias: Peking")


@pytest.mark.parametrize(
    ("query", "zhs"), [("Nanking", ("南京",)), ("NAN-KING", ("南京",)), ("Tsingtao", ("青岛",)), ("Mukden", ())]
)
def test_postal_places(query: str, zhs: tuple[str, ...]) -> None:
    # Case, hyphens and spaces aside; a spelling with no source found (Mukden) is left out; Tsingtao has one (c4a38da).
    # (Swatow was the unsourced example here until session 34 found Wiktionary's "From the Postal Romanization of
    # Teochew 汕頭" and Britannica's "conventional Swatow": tests/test_search_xian_postal_s34.py.)
    assert postal_places(query) == zhs

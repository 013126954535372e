"""search and lookup: "Xian" is the city Xi'an before the surname 冼; "Kwangchow", "Swatow" find their cities (U33-12).

English writes Xi'an with and without its apostrophe (Britannica, "Xi'an": "also spelled Xian"), but a one-word query
that spells a surname listed the surname's own entry first (a326563: "Ma" is the surname Ma), and a form whose
letters match only with the apostrophe dropped counted as words other than the query's: `search Xian` gave 冼
"surname Xian" and 咸 first, 西安 after. Now a place whose name is the query written with apostrophes between its
syllables comes before the surnames (`index.surname_query_rank`): 西安 Xi'an for "Xian", 吉安 Ji'an for "Jian", 六安
Lu'an for "Luan"; "Li" and "Ma" are still the surnames first. The postal table gains Kwangchow 广州, Swatow 汕头,
Hangchow 杭州 and Foochow 福州, each with its source in data/postal_romanization.tsv's header.

tests/data/cedict_xian_postal_s34.u8 holds real CC-CEDICT lines, whole.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.fuzzy import Searcher
from zhgloss.index import lookup_in
from zhgloss.model import Entry
from zhgloss.romanizations import postal_places


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return cedict_fixture("cedict_xian_postal_s34.u8")


@pytest.fixture(scope="module")
def searcher(entries: list[Entry]) -> Searcher:
    return Searcher(entries)


def _first(searcher: Searcher, query: str, count: int) -> list[str | None]:
    return [hit.entry.zh for hit in searcher.search(query, limit=count)]


@pytest.mark.parametrize(
    ("query", "zhs"),
    [
        ("Xian", ["西安", "冼", "咸"]),  # the surnames then in surnames.tsv's order (冼 is the commoner)
        ("Xi'an", ["西安"]),
        ("Luan", ["六安", "栾"]),
        ("Jian", ["吉安"]),
        ("Li", ["李"]),  # no place named so: the surname first, as before
    ],
)
def test_search_lists_the_place_first(searcher: Searcher, query: str, zhs: list[str]) -> None:
    assert _first(searcher, query, len(zhs)) == zhs


@pytest.mark.parametrize(("query", "zh"), [("Xian", "西安"), ("Luan", "六安"), ("Li", "李")])
def test_lookup_lists_the_place_first(entries: list[Entry], query: str, zh: str) -> None:
    assert lookup_in(entries, query)[0].entry.zh == zh


@pytest.mark.parametrize(
    ("query", "zh"), [("Kwangchow", "广州"), ("Swatow", "汕头"), ("Hangchow", "杭州"), ("Foochow", "福州")]
)
def test_postal_spellings_find_their_cities(searcher: Searcher, query: str, zh: str) -> None:
    assert postal_places(query) == (zh,)
    assert _first(searcher, query, 1) == [zh]


@pytest.mark.parametrize(("query", "zh"), [("Kweichow", "贵州"), ("Amoy", "厦门")])
def test_more_postal_spellings(query: str, zh: str) -> None:
    # hv's request: harvest reads 贵州茅台 "Kweichow Moutai" by postal_places (the English's first word is 贵州).
    assert postal_places(query) == (zh,)

"""search and lookup: a place typed with an English generic its entry does not write (U34-27).

With the CC-CEDICT names glossary, `search "Sichuan province"` gave 川 "abbr. for Sichuan Province" (97), 湖南省 Hunan
Province ..., not 四川 at all; `search "Guangzhou city"` 广州日报 Guangzhou Daily and 儋州 Danzhou City first;
`search "Shenzhen city"` 深圳河 Shenzhen River before 深圳. The query without its trailing generic (province, city,
county, district, municipality, prefecture, town, township, village, region) now scores up to GENERIC_SCORE (99),
under a form written with the generic as typed ("New York City" is 纽约市 before 纽约); lookup tries that key too.

tests/data/cedict_place_generic_s34.u8 holds real CC-CEDICT lines, whole.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.fuzzy import GENERIC_SCORE, Searcher
from zhgloss.index import lookup_in, without_place_generic
from zhgloss.model import Entry


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return cedict_fixture("cedict_place_generic_s34.u8")


@pytest.fixture(scope="module")
def searcher(entries: list[Entry]) -> Searcher:
    return Searcher(entries)


@pytest.mark.parametrize(
    ("query", "zh"),
    [
        ("Sichuan province", "四川"),
        ("Sichuan Province", "四川"),
        ("Guangzhou city", "广州"),
        ("Beijing city", "北京"),
        ("Shenzhen city", "深圳"),
        ("New York City", "纽约市"),  # written with its generic: as typed, 100
    ],
)
def test_the_place_comes_first(searcher: Searcher, query: str, zh: str) -> None:
    first = searcher.search(query, limit=1)[0]
    assert first.entry.zh == zh
    assert first.score == (100 if zh == "纽约市" else GENERIC_SCORE)


def test_the_generic_is_said(searcher: Searcher) -> None:
    assert searcher.search("Sichuan province", limit=1)[0].matched == "English, without 'province'"


@pytest.mark.parametrize(
    ("query", "zh"),
    [
        ("Guangzhou city", "广州"),
        ("Shenzhen city", "深圳"),
        ("Sichuan province", "四川"),  # before 川, whose English "Sichuan Province" is an abbreviation's
        ("New York City", "纽约市"),  # written with its generic: before 纽约
    ],
)
def test_lookup_finds_the_place_first(entries: list[Entry], query: str, zh: str) -> None:
    assert lookup_in(entries, query)[0].entry.zh == zh


@pytest.mark.parametrize(
    ("query", "named"),
    [("Sichuan province", "Sichuan"), ("Guangzhou City", "Guangzhou"), ("province", None), ("Sichuan", None),
     ("广州市", None), ("City of London", None)],
)  # fmt: skip
def test_without_place_generic(query: str, named: str | None) -> None:
    assert without_place_generic(query) == named

"""search and lookup's suggestions: one character of a longer Chinese query is no partial hit (U34-35).

With the CC-CEDICT names glossary, a person's name the glossary lacks was answered with its single characters as
places: `search 马云` → "75 马 Malaysia", "75 云 Yunnan Province"; `lookup 刘强东` → "did you mean 强 Qiang, 东 Dong,
刘 Liu?". A one-character form inside a longer query now scores ONE_CHARACTER_SCORE (50, under the default threshold),
but the query's first character where its entry is a surname in its English, which keeps its score as "the query's
surname".
Longer parts are partial hits as before (北京 of 北京大学).

tests/data/cedict_one_character_s34.u8 holds real CC-CEDICT lines, whole.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.fuzzy import DEFAULT_MIN_SCORE, ONE_CHARACTER_SCORE, Searcher


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    return Searcher(cedict_fixture("cedict_one_character_s34.u8"))


def _hits(searcher: Searcher, query: str) -> list[tuple[str | None, int, str]]:
    return [(hit.entry.zh, hit.score, hit.matched) for hit in searcher.search(query, limit=10)]


def test_only_the_surname_of_a_name_the_glossary_lacks() -> None:
    assert ONE_CHARACTER_SCORE < DEFAULT_MIN_SCORE


def test_liu_qiangdong_suggests_his_surname_only(searcher: Searcher) -> None:
    assert _hits(searcher, "刘强东") == [("刘", 70, "Chinese, the query's surname")]


def test_ma_yun_suggests_no_place(searcher: Searcher) -> None:
    # 马 "surname Ma/abbr. for Malaysia" is imported as Malaysia, no surname as its English shows it (the thirty-fifth
    # session: tests/test_search_surname_sense_s35.py); 云 "surname Yun/abbr. for Yunnan Province" is not the first.
    hits = _hits(searcher, "马云")
    assert "马" not in [zh for zh, _, _ in hits]
    assert "云" not in [zh for zh, _, _ in hits]


def test_a_longer_part_is_still_partial(searcher: Searcher) -> None:
    assert ("北京", 75, "Chinese, partial") in _hits(searcher, "北京大学")


@pytest.mark.parametrize("query", ["刘", "马"])
def test_the_character_alone_is_exact(searcher: Searcher, query: str) -> None:
    assert _hits(searcher, query)[0][:2] == (query, 100)

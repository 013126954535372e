"""search: "the query's surname" is an entry that is that surname as its English shows it (issue 9).

With the CC-CEDICT names glossary, `zhgloss search 马云` listed "75 马 Malaysia ... Chinese, the query's surname": the
line 马 /surname Ma/abbr. for Malaysia/ is imported as the place Malaysia with the surname in its note, and a
translator reading the hit is told Malaysia is Jack Ma's surname. The rule (`zhgloss.index.is_surname_in_english`):
type surname, or a sense of the note that says "surname" and holds the entry's English or an alias. Other entries of
one character score as "one character" (under the default threshold), as any other character of the query does.

tests/data/cedict_surname_senses_s35.u8 holds real CC-CEDICT lines, whole.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.fuzzy import DEFAULT_MIN_SCORE, Searcher
from zhgloss.index import is_surname_in_english
from zhgloss.model import Entry

FIXTURE = "cedict_surname_senses_s35.u8"


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    return Searcher(cedict_fixture(FIXTURE))


def _surname_hits(searcher: Searcher, query: str) -> list[str | None]:
    return [hit.entry.zh for hit in searcher.search(query, limit=10) if hit.matched.endswith("the query's surname")]


@pytest.mark.parametrize(
    "query",
    [
        "马云",  # 马 Malaysia
        "福原爱",  # 福 Fujian province
        "加藤",  # 加 Canada
        "吉鸿昌",  # 吉 Jilin Province
        "索尼娅",  # 索 Somalia
        "云朵",  # 云 Yunnan Province
    ],
)
def test_a_character_shown_by_another_sense_is_not_the_surname(searcher: Searcher, query: str) -> None:
    assert _surname_hits(searcher, query) == []
    hits = searcher.search(query, limit=10, min_score=0)
    one = [hit for hit in hits if hit.entry.zh == query[0]]
    assert one, [(hit.entry.zh, hit.score, hit.matched) for hit in hits]
    assert one[0].score < DEFAULT_MIN_SCORE


@pytest.mark.parametrize(
    ("query", "surname"),
    [
        ("周杰伦", "周"),  # 周 Zhou: "surname Zhou; Zhou Dynasty"
        ("陈冲", "陈"),  # 陈 Chen
        ("苏炳添", "苏"),  # 苏 Su
        ("刘强东", "刘"),  # 刘 "surname Liu" alone: typed surname
        ("麻生", "麻"),
        ("潘长江", "潘"),  # 潘 Pan: "surname Pan; Pan, faun in Greek mythology"
        ("梁朝伟", "梁"),  # 梁 Liang Dynasty, its alias Liang from "surname Liang"
    ],
)
def test_an_entry_that_is_the_surname_in_english_stays(searcher: Searcher, query: str, surname: str) -> None:
    assert _surname_hits(searcher, query) == [surname]


def test_the_rule_on_entries_of_a_curated_glossary() -> None:
    note = "surname Ma; abbr. for Malaysia 马来西亚"
    assert not is_surname_in_english(Entry(id="ma", zh="马", en="Malaysia", type="place", note=note))
    assert is_surname_in_english(Entry(id="ma", zh="马", en="Malaysia", type="place", note=note, aliases=["Ma"]))
    assert is_surname_in_english(Entry(id="ma", zh="马", en="Ma", type="surname"))
    # A Japanese surname CC-CEDICT writes "Yoshida (Japanese surname and place name)" is one; a company the line
    # names after the surname's sense is not ("Johnson (surname); Johnson & Johnson (company)").
    by_zh = {entry.zh: entry for entry in cedict_fixture(FIXTURE)}
    assert is_surname_in_english(by_zh["吉田"])
    assert not is_surname_in_english(by_zh["强生"])
    # "surname" as a word: a sense that says "surnamed" or holds the English only inside a word is no such sense.
    assert not is_surname_in_english(Entry(id="ma", zh="马", en="Ma", type="place", note="Mali; the surnamed Ma clan"))

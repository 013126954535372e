"""lookup: a surname spelt alone finds the surname's own entry first, the commonest of that spelling (issue 9).

With the CC-CEDICT names glossary, `lookup Ma` listed 麻 ("surname Ma") before 马 ("surname Ma/abbr. for Malaysia",
found by its pinyin), `lookup Li` the Li ethnic group 黎族 and 里 before 李, `lookup Zhou` the Zhou dynasty 周代 before
周 ("surname Zhou/Zhou Dynasty"). The rule is `zhgloss.index.surname_rank`, asked by `index._rank` (and by search's
tie-break, tests/test_search_names_s29.py): an entry that says it is the surname (type `surname`, or a note naming it
one) and whose characters surnames.tsv reads as the query comes first, the earlier in that table (the Ministry of
Public Security's ranking) first, whatever field matched and though one character is otherwise an abbreviation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.index import NOT_THE_SURNAME, lookup_in, surname_rank
from zhgloss.model import Entry
from zhgloss.store import Glossary

# Real CC-CEDICT lines (cedict_ts.u8 of ../shared/data), copied whole, as tests/test_search_names_s29.py reads them.
ENTRIES = cedict_fixture("cedict_rank_s29.u8")

CASES = [
    ("Ma", ["马", "麻"]),  # the issue's: 马 found by its pinyin, 麻 by its English
    # 里 and 力 are CC-CEDICT's surnames but not surnames.tsv's: after 黎族, one character being an abbreviation
    ("Li", ["李", "黎族", "里", "力", "丽"]),
    ("Xu", ["徐", "许", "胥"]),
    ("Zhou", ["周", "周代"]),  # one entry is the surname and the dynasty
    ("Wu", ["吴", "武", "吴国"]),
    ("Korea", ["韩国", "丽", "棒国"]),  # no surname query: as before (`forms.demotion`)
    ("Xi'an", ["西安", "冼"]),  # two syllables: no surname Xiǎn (冼 by its English, as its key ignores the apostrophe)
]


@pytest.fixture(scope="module")
def glossary_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("surnames") / "names.json"
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add_all(ENTRIES)
    return path


@pytest.mark.parametrize(("query", "order"), CASES)
def test_lookup_in_entries_lists_the_surname_first(query: str, order: list[str]) -> None:
    assert [hit.entry.zh for hit in lookup_in(ENTRIES, query)] == order


@pytest.mark.parametrize(("query", "order"), CASES)
def test_lookup_of_a_glossary_file_lists_the_surname_first(glossary_file: Path, query: str, order: list[str]) -> None:
    with Glossary.open(glossary_file) as gloss:
        assert [hit.entry.zh for hit in gloss.lookup(query)] == order


def test_the_rank_follows_the_table_and_asks_the_entry_to_be_a_surname() -> None:
    by_zh = {entry.zh: entry for entry in ENTRIES}
    assert surname_rank(by_zh["马"], "Ma") < surname_rank(by_zh["麻"], "Ma") < NOT_THE_SURNAME
    assert surname_rank(by_zh["马"], "mǎ") == surname_rank(by_zh["马"], "MA")  # tones and case are no matter
    assert surname_rank(by_zh["马"], "Li") == NOT_THE_SURNAME  # not its reading
    assert surname_rank(by_zh["黎族"], "Li") == NOT_THE_SURNAME  # no surname of the table
    # A surname's characters in an entry that does not say it is one (a place 马 "Malaysia" alone) are no surname.
    place = Entry(id="ma-place", zh="马", en="Malaysia", pinyin="Mǎ", type="place", note="abbr. for Malaysia")
    assert surname_rank(place, "Ma") == NOT_THE_SURNAME

"""Columns read from documents copy their texts together when a build first reads them (forty-ninth session).

`EntryColumns.from_documents` leaves zh, zh_hant, en, aliases and zh_aliases as the documents hold them until a
rule reads one (then copied one after the other, `_compacted_texts`); `dump_entry_columns` reads them as they are
(`EntryColumns.column_as_read`). A full CC-CEDICT import's columns are only dumped and read for forbidden forms: the
copying was ~0.17 s of it. The values, and the copy's bytes, are the same either way.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import ENTRIES

from zhgloss.model import COLUMNS, Entry, EntryColumns, ForbiddenForm, dump_entry_columns

LAZY = ("zh", "zh_hant", "en", "aliases", "zh_aliases")

SAMPLE = [
    Entry(id="a-1", en="Lei Jun", zh="雷军", pinyin="Léi Jūn", aliases=("Jun Lei",)),
    Entry(
        id="a-2",
        en="Tencent",
        type="org",
        zh="腾讯",
        zh_hant="騰訊",
        zh_aliases=("腾讯公司",),
        forbidden=(ForbiddenForm("TenCent"),),
    ),
    Entry(id="a-3", en="Beijing", type="place", zh="北京"),
]


def spans_of(count: int) -> list[tuple[int, int]]:
    return [(10 * n, 10 * n + 5) for n in range(count)]


def test_the_dump_copies_no_column() -> None:
    # The copy an import keeps is dumped of the columns as the documents hold them: none is copied for it.
    columns = EntryColumns.from_documents([entry.to_dict() for entry in SAMPLE])
    assert dump_entry_columns(columns, spans_of(len(SAMPLE)))
    assert not set(LAZY) & set(vars(columns))
    assert columns.forbidden_forms == [(), ("TenCent",), ()]


def test_a_column_read_as_it_is_is_not_copied_and_reads_the_same() -> None:
    columns = EntryColumns.from_documents([entry.to_dict() for entry in SAMPLE])
    assert list(columns.column_as_read("zh")) == ["雷军", "腾讯", "北京"]
    assert list(columns.column_as_read("aliases")) == [["Jun Lei"], [], []]
    assert columns.zh == ["雷军", "腾讯", "北京"]
    assert columns.column_as_read("zh") is columns.zh  # (copied once, then the column itself)
    assert columns.zh_hant == [None, "騰訊", None]
    assert [list(forms) for forms in columns.zh_aliases] == [[], ["腾讯公司"], []]
    assert columns.forbidden_forms == [(), ("TenCent",), ()]


def test_a_column_not_of_the_entries_is_no_attribute() -> None:
    columns = EntryColumns.from_documents([SAMPLE[0].to_dict()])
    with pytest.raises(AttributeError, match="nonexistent"):
        columns.nonexistent  # type: ignore[attr-defined]  # noqa: B018


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(ENTRIES), min_size=0, max_size=30, unique_by=lambda e: e.id),
    st.sets(st.sampled_from(LAZY)),
)
def test_the_dump_is_the_same_whichever_columns_were_read_first(entries: list[Entry], read: set[str]) -> None:
    # The bundled glossary's entries: the copy dumped before any column is read equals the one dumped after some are,
    # and every column reads as the entries' own values.
    docs = [entry.to_dict() for entry in entries]
    untouched = EntryColumns.from_documents(docs)
    touched = EntryColumns.from_documents(docs)
    for name in sorted(read):
        getattr(touched, name)
    spans = spans_of(len(entries))
    assert dump_entry_columns(untouched, spans) == dump_entry_columns(touched, spans)
    for name in COLUMNS:
        values = [tuple(v) if isinstance(v, list) else v for v in getattr(untouched, name)]
        assert values == [tuple(v) if isinstance(v, (list, tuple)) else v for v in (getattr(e, name) for e in entries)]


def test_an_entry_put_in_changes_a_column_not_yet_read() -> None:
    # `with_entries` (a hand-edited document read otherwise) writes into a column a build has not read yet.
    columns = EntryColumns.from_documents([entry.to_dict() for entry in SAMPLE])
    columns.with_entries({0: Entry(id="a-1", en="Lei Jun", zh="雷军", aliases=("Jun Lei", "Lei J."))})
    assert [list(forms) for forms in columns.aliases] == [["Jun Lei", "Lei J."], [], []]

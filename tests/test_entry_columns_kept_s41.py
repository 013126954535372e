"""A glossary version's columns kept in its cache folder, so that a later process reads them without parsing the file
(spd, s41, issue 9 item 2: every first command after an import read the glossary for ~1 s).

The first reader of a version the store wrote (`Glossary.entry_columns`) keeps its `EntryColumns` and the byte span of
each entry's document (`zhgloss.model.dump_entry_columns`, cache kind ENTRY_COLUMNS_KIND); a reader in a later
process reads them back (`load_entry_columns`) and builds an entry, when one is asked for, from its document's bytes.
What it reads back is equal to what the file's parse gives (every column, the forbidden forms, whether each entry has
roles, the spans, the entries), and the commands answer the same with or without the kept copy. A file edited by hand
keeps nothing and is read as before; a changed file is read afresh.
"""

from __future__ import annotations

import gzip
import itertools
import json
import subprocess
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import SHARED
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.cache import cache_file
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import (
    _ENTRY_DEFAULTS,
    COLUMNS,
    ENTRY_COLUMNS_KIND,
    Entry,
    EntryColumns,
    dump_entry_columns,
    load_entry_columns,
)
from zhgloss.store import Glossary

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


@pytest.fixture(scope="module")
def cedict() -> list[Entry]:
    """CC-CEDICT's entries of its first 6,000 lines (words and names: nulls, aliases, notes)."""
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        return list(load_cedict(itertools.islice(fp, 6_000)))


def written(tmp_path: Path, entries: list[Entry], name: str = "g.json") -> Path:
    """`entries` written to a new glossary by the store, as `zhgloss import` writes them."""
    path = tmp_path / name
    with Glossary(path) as gloss:
        gloss.add_all(entries)
    return path


def kept(path: Path) -> Path:
    found = cache_file(path, f"{ENTRY_COLUMNS_KIND}.bin")
    assert found is not None
    return found


def as_read(columns: EntryColumns) -> dict[str, Any]:
    """What a reader of `columns` sees: each column (its lists as tuples), the forbidden forms, the roles flags."""
    shown: dict[str, Any] = {
        name: [tuple(v) if isinstance(v, list | tuple) else v for v in getattr(columns, name)] for name in COLUMNS
    }
    shown["forbidden_forms"] = list(columns.forbidden_forms)
    shown["with_roles"] = list(columns.with_roles)
    return shown


def parsed(path: Path) -> tuple[EntryColumns, list[tuple[int, int]] | None]:
    """The columns and spans of the file's parse, as every reader made them before (no kept copy read)."""
    gloss = Glossary.open(path)
    docs = gloss._docs_in_order()
    columns = EntryColumns.from_documents(docs.docs)
    return columns, gloss.entry_spans(columns)


def test_a_later_reader_reads_the_kept_columns_without_parsing_the_file(tmp_path: Path, cedict: list[Entry]) -> None:
    path = written(tmp_path, cedict)
    with Glossary.open(path) as first:
        first.entry_columns()
    assert kept(path).exists()
    with Glossary.open(path) as later:
        columns = later.entry_columns()
        assert "_docs_sorted" not in later.__dict__  # the file was not parsed
        spans = later.entry_spans(columns)
        assert "_docs_sorted" not in later.__dict__
    reference, reference_spans = parsed(path)
    assert as_read(columns) == as_read(reference)
    assert spans == reference_spans
    assert len(columns) == len(cedict) > 5000
    assert [columns[n] for n in range(0, len(columns), 7)] == [reference[n] for n in range(0, len(columns), 7)]
    assert columns[len(columns) - 1] == cedict[-1]


def test_the_kept_columns_hold_nulls_aliases_flags_and_forbidden_forms(tmp_path: Path, cedict: list[Entry]) -> None:
    # Hand-made entries of every shape a column holds, among CC-CEDICT's.
    odd = [
        Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun", pinyin="Léi Jūn", aliases=("Jun Lei",)),
        Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", zh_aliases=("小米集团", "小米科技"), always_gloss=True),
        Entry(id="no-zh", type="term", en="Only English", en_adopted=True, note="a note\nof two lines"),
        Entry(
            id="taiwan-province",
            type="place",
            zh="台湾省",
            en="Taiwan Province",
            forbidden=("Republic of Formosa",),  # type: ignore[arg-type]
        ),
    ]
    path = written(tmp_path, [*cedict[:500], *odd])
    with Glossary.open(path) as first:
        first.entry_columns()
    with Glossary.open(path) as later:
        columns = later.entry_columns()
        assert "_docs_sorted" not in later.__dict__
    reference, _ = parsed(path)
    assert as_read(columns) == as_read(reference)
    at = columns.id.index("taiwan-province")
    assert columns.forbidden_forms[at] == ("Republic of Formosa",)
    assert columns[at] == odd[-1]


def test_commands_answer_the_same_with_the_kept_columns(zhgloss_exe: str, tmp_path: Path, cedict: list[Entry]) -> None:
    path = written(tmp_path, cedict)

    def answers() -> list[tuple[int, str]]:
        out = []
        for args in (["lookup", "中山大学"], ["search", "Sun Yat-sen"], ["lookup", "No Such Words Here"]):
            done = subprocess.run([zhgloss_exe, *args, "--db", str(path), "--json"], capture_output=True, text=True)
            out.append((done.returncode, done.stdout))
        return out

    first = answers()
    assert kept(path).exists()
    for other in kept(path).parent.iterdir():  # every other cache built again, from the kept columns
        if other.name.endswith(".bin") and other.name != kept(path).name:
            other.unlink()
    assert answers() == first
    assert first[0][0] == 0 and "Sun Yat-sen University" in first[0][1]
    assert first[1][0] == 0 and json.loads(first[1][1])


def test_a_file_edited_by_hand_keeps_nothing_and_reads_as_before(tmp_path: Path, cedict: list[Entry]) -> None:
    path = written(tmp_path, cedict[:300])
    table = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")  # one line: not the store's layout
    with Glossary.open(path) as first:
        columns = first.entry_columns()
    assert kept(path).read_bytes().endswith(b"\n")  # kept as nothing: no copy of this version
    with Glossary.open(path) as later:
        again = later.entry_columns()
        assert "_docs_sorted" in later.__dict__  # parsed, as before
    assert as_read(again) == as_read(columns) == as_read(parsed(path)[0])


def test_a_changed_file_is_read_afresh(tmp_path: Path, cedict: list[Entry]) -> None:
    path = written(tmp_path, cedict[:300])
    with Glossary.open(path) as first:
        first.entry_columns()
    with Glossary.open(path) as writer:
        writer.add(Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun", pinyin="Léi Jūn"))
    with Glossary.open(path) as later:
        columns = later.entry_columns()
    assert "lei-jun" in columns.id and len(columns) == 301
    with Glossary.open(path) as third:
        assert third.entry_columns()[columns.id.index("lei-jun")].en == "Lei Jun"
        assert "_docs_sorted" not in third.__dict__


def test_a_damaged_copy_is_read_past(tmp_path: Path, cedict: list[Entry]) -> None:
    path = written(tmp_path, cedict[:300])
    with Glossary.open(path) as first:
        expected = as_read(first.entry_columns())
    target = kept(path)
    head, _, _ = target.read_bytes().partition(b"\n")
    target.write_bytes(head + b"\n" + b'{"count": 3}')  # its checksum no longer matches: built again
    with Glossary.open(path) as gloss:
        assert as_read(gloss.entry_columns()) == expected


def _headed(head: dict[str, Any], runs: bytes = b"") -> bytes:
    encoded = orjson.dumps(head)
    return len(encoded).to_bytes(8, "little") + encoded + runs


_EMPTY_HEAD = {"count": 1, "texts": {}, "lists": {}, "flags": {}, "forbidden": [[], []], "roles": [], "spans": [0, 1]}


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"{not json",
        b"[]",
        b'{"count": 1}',
        _headed({**_EMPTY_HEAD, "runs": [0]}),  # no column
        _headed({**_EMPTY_HEAD, "runs": [3]}, b"abc"),  # no column, a run too many
        _headed({**_EMPTY_HEAD, "runs": [5]}, b"abc"),  # a run cut short
    ],
)
def test_bytes_that_do_not_read_as_kept_columns_are_none(payload: bytes) -> None:
    assert load_entry_columns(payload, lambda spans: lambda n: None) is None  # type: ignore[arg-type,return-value]


TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\0"), max_size=6)


def _kind(name: str) -> str:
    default = _ENTRY_DEFAULTS[name]
    return "list" if isinstance(default, tuple) else "flag" if isinstance(default, bool) else "text"


@st.composite
def any_columns(draw: st.DrawFn) -> tuple[EntryColumns, list[tuple[int, int]]]:
    count = draw(st.integers(0, 8))
    columns: dict[str, list[Any]] = {}
    for name in COLUMNS:
        kind = _kind(name)
        value = (
            st.lists(TEXT, max_size=3).map(tuple)
            if kind == "list"
            else st.booleans()
            if kind == "flag"
            else st.none() | TEXT
        )
        columns[name] = draw(st.lists(value, min_size=count, max_size=count))
    forbidden = draw(st.lists(st.lists(TEXT, max_size=2).map(tuple), min_size=count, max_size=count))
    roles = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    spans = draw(st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 10**9)), min_size=count, max_size=count))
    return EntryColumns(columns, forbidden, lambda n: None, count, roles), spans  # type: ignore[arg-type,return-value]


@given(any_columns())
def test_kept_columns_read_back_equal(made: tuple[EntryColumns, list[tuple[int, int]]]) -> None:
    columns, spans = made
    loaded = load_entry_columns(dump_entry_columns(columns, spans), lambda spans: lambda n: None)  # type: ignore[arg-type,return-value]
    assert loaded is not None
    assert as_read(loaded[0]) == as_read(columns)
    assert loaded[1] == spans


@given(any_columns(), st.data())
def test_a_text_holding_nul_keeps_nothing(
    made: tuple[EntryColumns, list[tuple[int, int]]], data: st.DataObject
) -> None:
    columns, spans = made
    if not len(columns):
        return
    name = data.draw(st.sampled_from([name for name in COLUMNS if _kind(name) == "text"]))
    getattr(columns, name)[data.draw(st.integers(0, len(columns) - 1))] = "a\0b"
    assert dump_entry_columns(columns, spans) == b""

"""A glossary edited by hand (no zhgloss write vouches for it): what its first cache build reads.

Every entry is checked as `Glossary.iter_entries` checks it (`zhgloss.model.checked_documents`: the same errors, the
same documents found to read otherwise than stored), but the columns are read from the documents, building only the
entries that check built (`EntryColumns.with_entries`); the spans compare with their entries only the documents that may
differ from them (`EntryColumns.read_from`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_scale import ODD_VALUES

import zhgloss.model
from zhgloss.cache import identity, is_validated
from zhgloss.errors import InvalidEntryError
from zhgloss.model import (
    COLUMNS,
    Entry,
    EntryColumns,
    ForbiddenForm,
    checked_documents,
    entries_from_dicts,
    stored_columns,
)
from zhgloss.store import Glossary

BASE: dict[str, Any] = {"id": "lei-jun", "type": "person", "zh": "雷军", "pinyin": "Léi Jūn", "en": "Lei Jun"}

WRITTEN = [
    Entry(id="lei-jun", zh="雷军", zh_hant="雷軍", pinyin="Léi Jūn", en="Lei Jun", sources=("s",)),
    Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", aliases=("Xiaomi Inc.",), note="a maker of phones"),
    Entry(id="lu-bu", zh="吕布", pinyin="Lǚ Bù", en="Lü Bu", forbidden=(ForbiddenForm("Lu Poo"),), always_gloss=True),
    Entry.from_dict({**BASE, "id": "ma-yun", "zh": "马云", "en": "Jack Ma", "roles": [{"title": "founder"}]}),
]
"""Entries as zhgloss writes them: plain ones, one with optional fields, one with a role."""
STARTS = [*(entry.to_dict() for entry in WRITTEN), BASE, Entry.from_dict(BASE).to_dict()]
"""What a hand-edited document starts as: a written one, or BASE with fields left out or all there."""


def _outcome(docs: Sequence[Any]) -> tuple[Any, ...]:
    """What `Glossary.iter_entries` makes of `docs` (`entries_from_dicts`): its entries and changed positions, or
    the error it raises; and what the reading of columns makes of them (`checked_documents`, then the columns)."""
    changed: list[int] = []
    try:
        entries = list(entries_from_dicts(docs, changed))
    except (InvalidEntryError, TypeError) as exc:
        expected: tuple[Any, ...] = (type(exc), str(exc))
    else:
        expected = (entries, changed)
    stored = stored_columns(docs)
    try:
        built, found = checked_documents(docs, stored)
    except (InvalidEntryError, TypeError) as exc:
        return expected, (type(exc), str(exc)), None
    assert checked_documents(docs) == (built, found)  # the columns made once, or a batch at a time: alike
    return expected, (None, found), EntryColumns.from_documents(docs, stored).with_entries(built)


def _as_read(columns: EntryColumns) -> dict[str, list[Any]]:
    """Every column, each value a tuple where it is a list (a column may hold either)."""
    values = {name: getattr(columns, name) for name in (*COLUMNS, "forbidden_forms", "with_roles")}
    return {name: [tuple(v) if isinstance(v, list) else v for v in column] for name, column in values.items()}


def _holds_as_iter_entries(docs: Sequence[Any]) -> None:
    expected, found, columns = _outcome(docs)
    if columns is None:  # an error: the same, at the same document
        assert found == expected
        return
    entries, changed = expected
    assert found == (None, changed)
    assert _as_read(columns) == _as_read(EntryColumns.from_entries(entries))
    assert list(columns) == entries
    assert columns.read_from is not None and columns.read_from[0] is docs
    # A document not among those the columns are unsure of is its entry's to_dict().
    for n in set(range(len(docs))) - columns.read_from[1]:
        assert docs[n] == entries[n].to_dict(), docs[n]


def test_a_written_glossarys_documents_read_as_iter_entries_reads_them(bundled: Path) -> None:
    docs = [entry.to_dict() for entry in WRITTEN]
    docs += list(json.loads(bundled.read_text(encoding="utf-8"))["entries"].values())
    _holds_as_iter_entries(docs)
    columns = EntryColumns.from_documents(docs)
    assert columns.read_from is not None
    # Only the documents with roles or optional fields are compared with their entries.
    assert columns.read_from[1] == {n for n, doc in enumerate(docs) if doc["roles"] or len(doc) > 13}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(STARTS) - 1),
            st.lists(st.sampled_from([(n, v) for n, vs in ODD_VALUES.items() for v in vs]), max_size=3),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_documents_edited_anyhow_read_as_iter_entries_reads_them(edits: list[tuple[int, list[Any]]]) -> None:
    # Each document a written entry's (or BASE) with a few hand edits: valid or not, normal or not, with or without
    # a field; read alike both ways, the same error where there is one.
    docs: list[Any] = []
    for number, (at, changes) in enumerate(edits):
        doc = {**STARTS[at], "id": f"doc-{number}"}
        for name, value in changes:
            if value is None and name not in doc:
                continue
            doc[name] = value
        docs.append(doc)
    _holds_as_iter_entries(docs)


@pytest.mark.parametrize("odd", [("en", "Lei  Jun"), ("aliases", ["a", "a"]), ("type", "Organisation"), ("id", "Bad!")])
def test_batches_checked_on_slices_of_the_columns_read_as_iter_entries_reads_them(odd: tuple[str, Any]) -> None:
    # Three batches (`zhgloss.model._BATCH`): one document with optional fields in the second, an odd one in the third.
    docs: list[Any] = [{**STARTS[n % 2], "id": f"doc-{n}"} for n in range(2 * zhgloss.model._BATCH + 40)]
    docs[zhgloss.model._BATCH + 7] = {**STARTS[2], "id": "lu-bu"}
    docs[-3] = {**docs[-3], odd[0]: odd[1]}
    _holds_as_iter_entries(docs)


def _hand_edited(tmp_path: Path) -> Path:
    """A glossary zhgloss wrote, then edited by hand (one valid change): no write vouches for it."""
    path = tmp_path / "g.json"
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add_all(WRITTEN)
    data = json.loads(path.read_bytes())
    data["entries"]["2"]["note"] = "edited by hand"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    return path


def test_a_hand_edited_glossary_builds_no_entry_its_check_does_not_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _hand_edited(tmp_path)
    expected = [Entry.from_dict(doc) for doc in json.loads(path.read_bytes())["entries"].values()]
    monkeypatch.setattr(zhgloss.model, "_from_canonical", lambda doc: pytest.fail(f"built {doc['id']}"))
    written: list[str] = []
    to_dict = Entry.to_dict

    def counted(entry: Entry) -> dict[str, Any]:
        written.append(entry.id)
        return to_dict(entry)

    monkeypatch.setattr(Entry, "to_dict", counted)
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        spans = gloss.entry_spans(columns)
        assert is_validated(path, identity(path))  # every entry read as stored: marked, as iter_entries marks it
    assert spans is not None
    raw = path.read_bytes()
    assert [Entry.from_dict(json.loads(raw[start:end])) for start, end in spans] == expected
    # Compared with its entry: only the documents with optional fields or roles.
    assert sorted(written) == ["lu-bu", "ma-yun"]
    monkeypatch.undo()
    assert list(columns) == expected


def test_a_hand_edited_entry_that_reads_otherwise_is_read_as_from_dict_reads_it(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path)
    data = json.loads(path.read_bytes())
    data["entries"]["1"]["en"] = "Lei  Jun"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    with Glossary.open(path) as gloss:
        with gloss.reading_once():
            columns = gloss.entry_columns()
            assert columns.en[0] == "Lei Jun"
            assert [entry.en for entry in gloss.iter_entries()] == ["Lei Jun", "Xiaomi", "Lü Bu", "Jack Ma"]
        assert gloss.entry_spans(columns) is None  # "Lei  Jun" in the file is not the entry's to_dict()
        assert not is_validated(path, identity(path))

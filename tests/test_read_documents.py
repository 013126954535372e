"""The documents of a glossary file in the order of their numbers, and where each is written (`Glossary._docs_in_order`,
`Glossary.entry_spans`): what every cache build reads first.

A file as zhgloss writes it holds its documents sorted by number as text; a file written by hand may hold them in any
order, with numbers written with leading zeros. Either way the entries come in the order of the numbers' values, and
each span holds its entry's document.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry
from zhgloss.store import Glossary

# Document numbers as a file may write them: 1 to 6 digits, some with a leading zero ("07"); each value once.
NUMBERS = st.lists(
    st.tuples(st.integers(0, 999_999), st.integers(0, 2)),
    min_size=1,
    max_size=40,
    unique_by=lambda pair: pair[0],
)


def entry(value: int) -> Entry:
    return Entry(id=f"e-{value}", en=f"Name {value}", zh=f"名{value}", aliases=(f"N{value}",) if value % 2 else ())


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(numbers=NUMBERS, shuffle=st.randoms(use_true_random=False))
def test_entries_come_in_the_order_of_their_numbers_values_in_any_file_order(
    tmp_path_factory: pytest.TempPathFactory, numbers: list[tuple[int, int]], shuffle: random.Random
) -> None:
    # The table's keys in a random order, some written with leading zeros: a file edited by hand.
    keyed = [("0" * zeros + str(value), entry(value)) for value, zeros in numbers]
    shuffle.shuffle(keyed)
    path = tmp_path_factory.mktemp("order") / "g.json"
    table = {key: item.to_dict() for key, item in keyed}
    path.write_text(json.dumps({"entries": table}, ensure_ascii=False, indent=4), encoding="utf-8")
    by_value = [item for _, item in sorted(keyed, key=lambda pair: int(pair[0]))]
    with Glossary.open(path) as gloss:
        documents = gloss._docs_in_order()
        assert documents.docs == [item.to_dict() for item in by_value]
        assert documents.numbers == [key for key, _ in sorted(keyed, key=lambda pair: int(pair[0]))]
        # `places`: where each lies in the table as parsed (the file's order).
        assert [documents.in_file[at] for at in documents.places] == documents.numbers
        assert list(gloss.iter_entries()) == by_value
        assert gloss.entry_columns().id == [item.id for item in by_value]


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(count=st.integers(1, 130), removed=st.sets(st.integers(0, 129), max_size=30))
def test_the_spans_of_a_file_zhgloss_wrote_hold_each_entrys_document(
    tmp_path_factory: pytest.TempPathFactory, count: int, removed: set[int]
) -> None:
    # Documents 1 to `count` (sorted as text in the file: "10" before "9"), some removed: read off the written layout
    # (no entry compared), each span parses to its entry, in the order of the numbers.
    path = tmp_path_factory.mktemp("spans") / "g.json"
    items = [entry(value) for value in range(count)]
    with Glossary(path) as gloss:
        gloss.add_all(items)
        with gloss.transaction():
            for value in sorted(removed & set(range(count))):
                gloss.remove(f"e-{value}")
    kept = [item for value, item in enumerate(items) if value not in removed]
    raw = path.read_bytes()
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        spans = gloss.entry_spans(columns)
    assert spans is not None
    assert [Entry.from_dict(json.loads(raw[start:end])) for start, end in spans] == kept
    assert columns.id == [item.id for item in kept]


def test_a_cache_build_reads_the_glossary_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The columns, then the spans (what every cache build asks, in that order): the bytes read for the first serve the
    # second, whose spans are those of the file as read again.
    path = tmp_path / "g.json"
    items = [entry(value) for value in range(30)]
    with Glossary(path) as gloss:
        gloss.add_all(items)
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(self: Path) -> bytes:
        reads.append(self)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        spans = gloss.entry_spans(columns)
    assert reads.count(path) == 1
    raw = read_bytes(path)
    assert spans is not None
    assert [Entry.from_dict(json.loads(raw[start:end])) for start, end in spans] == items

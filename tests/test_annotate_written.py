"""The English forms as written, which the annotator's cache does not store: worked out from the entries (issue 15)."""

from __future__ import annotations

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.model import Entry

# English forms that fold alike or not: case, hyphens, apostrophes, tone marks, full-width letters, words an
# owner's possessive spelling takes ("Xiaomi Park" -> "Xiaomi's Park").
FORM = st.text(alphabet="abcAB -'ēüÜ\uff21\uff430", min_size=1, max_size=14).filter(
    lambda form: any(map(str.isalnum, form))
)
ENTRY = st.tuples(st.sampled_from(["org", "person", "place", "term"]), FORM, st.lists(FORM, max_size=4))


def _entries(rows: list[tuple[str, str, list[str]]]) -> list[Entry]:
    return [
        Entry(id=f"e{n}", type=kind, zh=f"中文{chr(0x4E00 + n)}", en=en, aliases=tuple(aliases))
        for n, (kind, en, aliases) in enumerate(rows)
    ]


def _cached(entries: list[Entry]) -> tuple[Annotator, bytes]:
    """The annotator of `entries` as the cache writes it (its entries in a glossary file), read back; its bytes."""
    docs = [orjson.dumps(entry.to_dict()) for entry in entries]
    glossary_file = b"".join(docs)
    ends = [sum(map(len, docs[: n + 1])) for n in range(len(docs))]
    spans = [(end - len(doc), end) for doc, end in zip(docs, ends, strict=True)]
    data = Annotator(entries).to_bytes(spans)
    return Annotator.from_bytes(data, glossary_file), data


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(ENTRY, min_size=1, max_size=6))
def test_every_english_form_read_back_is_the_form_as_written(rows: list[tuple[str, str, list[str]]]) -> None:
    entries = _entries(rows)
    built = Annotator(entries)
    read_back, _ = _cached(entries)
    n_z, count = built._t.n_z, len(built._t.value_entry)
    assert [read_back.written_form(v) for v in range(n_z, count)] == [built.written_form(v) for v in range(n_z, count)]
    assert list(read_back._t.e_forms) == list(built._t.e_forms)


def test_forms_that_fold_alike_in_one_entry_are_told_apart() -> None:
    # "USA" and "Usa" fold alike: two values of one pattern, one entry and field, in the aliases' order; each
    # keeps its own case rule ("USA" matches only capitals).
    entries = _entries([("place", "United States", ["Usa", "USA", "usa"]), ("org", "Xiaomi Park", ["XIAOMI PARK"])])
    read_back, _ = _cached(entries)
    built = Annotator(entries)
    for text in ("the USA and the Usa", "XIAOMI'S PARK and Xiaomi's Park", "Xiaomi Park, XIAOMI PARK"):
        assert read_back.mentions(text) == built.mentions(text)
    n_z = built._t.n_z
    assert sorted(read_back.written_form(v) for v in range(n_z, len(built._t.value_entry))) == sorted(built._t.e_forms)


def test_the_cache_does_not_store_the_forms_as_written() -> None:
    # A form unlike both its folded and its marked pattern ("AbCdEf": "abcdef", "Abcdef") was stored whole.
    entries = _entries([("org", "AbCdEf", ["McDonald's"])])
    read_back, data = _cached(entries)
    assert b"AbCdEf" not in data
    assert b"McDonald" not in data
    assert read_back.mentions("AbCdEf and McDonald's") == Annotator(entries).mentions("AbCdEf and McDonald's")

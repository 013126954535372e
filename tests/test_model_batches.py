"""Entries checked in batches (`zhgloss.model.entries_from_dicts`): only the documents that need it go one by one.

A batch's texts are scanned together; where the scan finds something, only the documents holding it are built by
`Entry.from_dict` (the full check), and every other one is built without `__post_init__`. Either way the entries,
the documents found to read otherwise than stored, and the error (at the same document) are those of `from_dict`
one by one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import InvalidEntryError
from zhgloss.model import ENTRY_FIELDS, Entry, entries_from_dicts

# Raw fields of real CC-CEDICT lines as the import hands them over (tuples, no roles or refers_to); the first two
# hold a full-width comma (一不做，二不休 [yi1 bu4 zuo4 , er4 bu4 xiu1]), which `Entry` folds.
CEDICT_ROWS: list[dict[str, Any]] = [
    {
        "id": "yibuzuoerbuxiu-0571cf",
        "type": "term",
        "zh": "一不做，二不休",
        "zh_hant": None,
        "zh_aliases": (),
        "pinyin": "yī bù zuò, èr bù xiū",
        "en": "in for a penny, in for a pound",
        "aliases": (),
        "en_adopted": True,
        "note": None,
        "sources": ("CC-CEDICT",),
    },
    {
        "id": "yirendedaojiquanshengtian-a79442",
        "type": "term",
        "zh": "一人得道，鸡犬升天",
        "zh_hant": "一人得道，雞犬升天",
        "zh_aliases": (),
        "pinyin": "yī rén dé dào, jī quǎn shēng tiān",
        "en": "lit. when a man attains the Dao, even his chickens and dogs rise to heaven",
        "aliases": (),
        "en_adopted": True,
        "note": None,
        "sources": ("CC-CEDICT",),
    },
    {
        "id": "xi-jinping",
        "type": "person",
        "zh": "习近平",
        "zh_hant": "習近平",
        "zh_aliases": (),
        "pinyin": "Xí Jìnpíng",
        "en": "Xi Jinping",
        "aliases": (),
        "en_adopted": True,
        "note": "Xi Jinping (1953-), PRC politician, General Secretary of the CCP from 2012",
        "sources": ("CC-CEDICT",),
    },
    {
        "id": "ouzhou",
        "type": "place",
        "zh": "欧洲",
        "zh_hant": "歐洲",
        "zh_aliases": (),
        "pinyin": "Ōuzhōu",
        "en": "Europe",
        "aliases": ("European",),
        "en_adopted": True,
        "note": None,
        "sources": ("CC-CEDICT",),
    },
]


class _Counted:
    """`Entry.from_dict`, counting the documents it is given (the full check), for `monkeypatch`."""

    def __init__(self) -> None:
        self.docs: list[Mapping[str, Any]] = []
        self._from_dict = Entry.from_dict

    def __call__(self, data: Mapping[str, Any]) -> Entry:
        self.docs.append(data)
        return self._from_dict(data)


def _plain(number: int) -> dict[str, Any]:
    """A document as the store writes it, of a plain entry."""
    return Entry(id=f"doc-{number}", zh="雷军", pinyin="Léi Jūn", en=f"Lei Jun {number}", sources=("s",)).to_dict()


def _outcome(docs: Sequence[Any]) -> tuple[Any, ...]:
    """The entries and changed positions `entries_from_dicts` gives for `docs`, or its error (type and message)."""
    changed: list[int] = []
    try:
        return list(entries_from_dicts(docs, changed)), changed
    except (InvalidEntryError, TypeError) as exc:
        return type(exc), str(exc)


def _one_by_one(docs: Sequence[Any]) -> tuple[Any, ...]:
    """What `Entry.from_dict` makes of each of `docs`, and the positions of those it changes on reading."""
    entries: list[Entry] = []
    changed: list[int] = []
    try:
        for at, doc in enumerate(docs):
            entry = Entry.from_dict(doc)
            entries.append(entry)
            try:
                if Entry.from_checked_dict(doc) != entry:
                    changed.append(at)
            except (InvalidEntryError, TypeError, ValueError, AttributeError):
                changed.append(at)
    except (InvalidEntryError, TypeError) as exc:
        return type(exc), str(exc)
    return entries, changed


def test_a_batch_with_one_document_to_fold_builds_only_that_one_with_the_full_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs: list[dict[str, Any]] = [_plain(n) for n in range(100)]
    docs[37] = {**docs[37], "en": "Lei  Jun"}  # two spaces: `Entry` collapses them
    docs[80] = {**docs[80], "zh": "雷军，小米"}  # a full-width comma: folded
    counted = _Counted()
    monkeypatch.setattr(Entry, "from_dict", counted)
    entries, changed = _outcome(docs)
    assert [doc["id"] for doc in counted.docs] == ["doc-37", "doc-80"]
    assert changed == [37, 80]
    assert entries[37].en == "Lei Jun" and entries[80].zh == "雷军,小米"
    monkeypatch.undo()
    assert (entries, changed) == _one_by_one(docs)


def test_an_invalid_document_among_plain_ones_is_refused_at_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    docs: list[dict[str, Any]] = [_plain(n) for n in range(50)]
    docs[20] = {**docs[20], "aliases": ["ok", "bad\u202eone"]}  # a bidirectional override: refused
    counted = _Counted()
    monkeypatch.setattr(Entry, "from_dict", counted)
    made: list[Entry] = []
    with pytest.raises(InvalidEntryError, match="aliases") as raised:
        made.extend(entries_from_dicts(docs))
    assert len(made) == 20  # the documents before it, and none after
    assert [doc["id"] for doc in counted.docs] == ["doc-20"]
    monkeypatch.undo()
    assert (type(raised.value), str(raised.value)) == _one_by_one(docs)


def test_an_imports_rows_with_tuples_are_checked_in_their_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    # CC-CEDICT's rows as the import makes them: tuples, and not every field of a stored document.
    rows = CEDICT_ROWS * 3
    rows = [{**row, "id": f"{row['id']}-{n}"} for n, row in enumerate(rows)]
    counted = _Counted()
    monkeypatch.setattr(Entry, "from_dict", counted)
    entries, changed = _outcome(rows)
    assert {doc["zh"] for doc in counted.docs} == {"一不做，二不休", "一人得道，鸡犬升天"}
    assert len(counted.docs) == 6
    assert changed == [0, 1, 4, 5, 8, 9]
    assert entries == [Entry(**row) for row in rows]
    assert entries[1].zh_hant == "一人得道,雞犬升天" and entries[2].note == CEDICT_ROWS[2]["note"]


# Texts a document may hold, plain or not: full-width forms and spaces, controls, line breaks, combining
# marks (NFC), padding, Chinese and pinyin; lists of them; and values that are not text at all.
_PIECES = ["Lei", "Jun", " ", "  ", "雷军", "，", "Ｌ", "\u3000", "\n", "\t", "\u0000", "\u202e", "e\u0301", "é", "·"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=4).map("".join)
_PLAIN_TEXT = st.sampled_from(["Lei Jun", "Xiaomi", "Hong Kong", "Léi Jūn", "雷军", "小米", "a-b", "O'Neil"])
_ODD = st.one_of(_TEXT, st.none(), st.integers(0, 2), st.just("x" * 301))


@st.composite
def _documents(draw: st.DrawFn, number: int) -> dict[str, Any]:
    """A document of entry `number`: plain mostly, a field or list item made odd sometimes, as a list or a tuple."""
    odd = draw(st.booleans())

    def text(plain: st.SearchStrategy[Any] = _PLAIN_TEXT) -> Any:
        return draw(_ODD if odd and draw(st.integers(0, 3)) == 0 else plain)

    zh = text(st.one_of(st.none(), _PLAIN_TEXT))
    doc: dict[str, Any] = {
        "id": f"doc-{number}",
        "type": draw(st.sampled_from(["person", "org", "place", "term"])),
        "zh": zh,
        "zh_hant": text(st.none()) if zh is None else text(st.one_of(st.none(), st.just("雷軍"))),
        "pinyin": text(st.one_of(st.none(), st.just("Léi Jūn"))),
        "en": text(),
        "aliases": [text() for _ in range(draw(st.integers(0, 3)))],
        "zh_aliases": [text() for _ in range(draw(st.integers(0, 2)))],
        "en_adopted": draw(st.booleans()),
        "refers_to": None,
        "roles": [],
        "note": text(st.one_of(st.none(), st.just("a note"))),
        "sources": [text() for _ in range(draw(st.integers(0, 2)))],
    }
    if draw(st.booleans()):  # as an import makes it: tuples, fewer fields
        doc = {k: tuple(v) if isinstance(v, list) else v for k, v in doc.items() if k not in ("refers_to", "roles")}
    return doc


@st.composite
def _batches(draw: st.DrawFn) -> list[dict[str, Any]]:
    shape = draw(st.booleans())
    docs = [draw(_documents(n)) for n in range(draw(st.integers(1, 40)))]
    if shape:  # one shape throughout (each with every field of a stored document)
        docs = [{name: doc.get(name, [] if name == "roles" else None) for name in ENTRY_FIELDS} for doc in docs]
    return docs


@settings(max_examples=400, deadline=None)
@given(_batches())
def test_a_batch_reads_as_from_dict_one_by_one(docs: list[dict[str, Any]]) -> None:
    assert _outcome(docs) == _one_by_one(docs)


def _many(docs: Sequence[dict[str, Any]], times: int) -> Iterator[dict[str, Any]]:
    for n in range(times):
        for doc in docs:
            yield {**doc, "id": f"{doc['id']}-{n}"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 299), st.sampled_from(_PIECES[2:])), min_size=1, max_size=20))
def test_many_odd_texts_in_a_batch_are_each_taken_to_their_document(odd: list[tuple[int, str]]) -> None:
    # More odd texts than are found by counting line feeds one by one, and texts that hold a line feed
    # (then every offset is counted): each found in its own document, whichever field and list item holds it.
    docs = list(_many([_plain(0), {**_plain(1), "aliases": ["Xiaomi", "Mi"], "zh_aliases": ["小米"]}], 150))
    for at, piece in odd:
        doc = docs[at]
        field = ("en", "zh", "aliases", "zh_aliases", "sources")[at % 5]
        if isinstance(doc[field], list) and doc[field]:
            doc[field] = [*doc[field][:-1], doc[field][-1] + piece]
        elif isinstance(doc[field], str):
            doc[field] += piece
    assert _outcome(docs) == _one_by_one(docs)


def test_a_batch_with_roles_checks_the_others_together_not_by_halves(monkeypatch: pytest.MonkeyPatch) -> None:
    # A written glossary's batch holds a role or two: those documents alone go through from_dict, and the others
    # are checked together again, not down to one by one (`_canonical_mask`), which cost 15 checks a batch.
    import zhgloss.model

    docs: list[dict[str, Any]] = [_plain(n) for n in range(200)]
    for at in (3, 150):
        docs[at] = Entry.from_dict({**docs[at], "roles": [{"title": "founder", "org": "Xiaomi"}]}).to_dict()
    monkeypatch.setattr(zhgloss.model, "_canonical_mask", lambda *_: pytest.fail("checked by halves"))
    counted = _Counted()
    monkeypatch.setattr(Entry, "from_dict", counted)
    entries, changed = _outcome(docs)
    assert [doc["id"] for doc in counted.docs] == ["doc-3", "doc-150"]
    assert changed == []
    monkeypatch.undo()
    assert (entries, changed) == _one_by_one(docs)

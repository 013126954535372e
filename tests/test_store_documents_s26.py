"""The store takes checked documents, not entries (issue 9, twenty-sixth session: the import's speed).

`zhgloss.model.stored_documents` yields `Entry.from_dict(doc).to_dict()` of each row, and passes a row already laid out
as `to_dict` writes it through as itself; `Glossary.add_documents` stores such documents as `add_all` stores entries.
An import of CC-CEDICT no longer builds 10^5 entries only to turn them back into dicts. These tests hold the
documents, the errors, the files written and the reports equal to those of the entries, on real CC-CEDICT lines and
on generated rows with every kind of odd value.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import DuplicateEntryError, InvalidEntryError
from zhgloss.formats import import_documents, import_entries
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import ENTRY_FIELDS, Entry, stored_documents
from zhgloss.store import Glossary

DATA = Path(__file__).resolve().parent / "data"


def _cedict(name: str) -> list[Entry]:
    with (DATA / name).open(encoding="utf-8") as fp:
        return list(load_cedict(fp, source=name))


def _outcome(docs: Sequence[Any]) -> tuple[Any, ...]:
    """The documents `stored_documents` yields for `docs` (those before an error, and the error's type and text)."""
    made: list[dict[str, Any]] = []
    try:
        made.extend(stored_documents(docs))
    except (InvalidEntryError, TypeError) as exc:
        return made, type(exc), str(exc)
    return made, None, None


def _one_by_one(docs: Sequence[Any]) -> tuple[Any, ...]:
    made: list[dict[str, Any]] = []
    try:
        for doc in docs:
            made.append(Entry.from_dict(doc).to_dict())
    except (InvalidEntryError, TypeError) as exc:
        return made, type(exc), str(exc)
    return made, None, None


def _laid_out(entry: Entry) -> dict[str, Any]:
    """A row as a reader may make it: `to_dict()`'s fields and types, built anew (not `to_dict`'s own object)."""
    return {name: (list(value) if isinstance(value, list) else value) for name, value in entry.to_dict().items()}


def test_a_row_laid_out_as_stored_is_passed_through_as_itself() -> None:
    entries = _cedict("cedict_common.u8")
    rows = [_laid_out(entry) for entry in entries]
    made = list(stored_documents(rows))
    assert made == [entry.to_dict() for entry in entries]
    assert all(doc is row for doc, row in zip(made, rows, strict=True))


def test_rows_of_another_layout_are_written_as_to_dict_writes_them() -> None:
    # Tuples for lists, no roles or refers_to (the import's rows before this session), en_adopted null, fields in
    # another order: each becomes its entry's to_dict(), a new dict.
    entries = _cedict("cedict_common.u8")
    rows: list[dict[str, Any]] = []
    for n, entry in enumerate(entries):
        row = {k: tuple(v) if isinstance(v, list) else v for k, v in reversed(entry.to_dict().items())}
        if n % 3 == 0:
            del row["roles"], row["refers_to"]
        if n % 3 == 1:
            row["en_adopted"] = None if not entry.en_adopted else True
        rows.append(row)
    made = list(stored_documents(rows))
    assert made == [Entry.from_dict(row).to_dict() for row in rows]
    assert not any(doc is row for doc, row in zip(made, rows, strict=True))
    assert all(list(doc) == list(ENTRY_FIELDS) for doc in made)


def test_a_full_width_comma_is_folded_as_from_dict_folds_it() -> None:
    # A real saying of CC-CEDICT (一不做，二不休 [yi1 bu4 zuo4 , er4 bu4 xiu1] /in for a penny, in for a pound/):
    # the check finds the full-width comma and the row is built whole.
    row = _laid_out(Entry(id="yibuzuoerbuxiu-0571cf", type="term", zh="一不做,二不休", en="in for a penny"))
    row["zh"] = "一不做，二不休"
    (made,) = stored_documents([row])
    assert made["zh"] == Entry.from_dict(row).zh
    assert made is not row


def test_a_bad_row_is_refused_at_its_place_after_the_rows_before_it() -> None:
    rows = [_laid_out(Entry(id=f"row-{n}", en=f"Name {n}", zh="雷军")) for n in range(3000)]
    rows[2500]["aliases"] = ["ok", "bad\u202eone"]  # a bidirectional override: refused
    made, kind, message = _outcome(rows)
    assert (made, kind, message) == _one_by_one(rows)
    assert len(made) == 2500 and kind is InvalidEntryError and "aliases" in message


_PIECES = ["Lei", "Jun", " ", "  ", "雷军", "，", "Ｌ", "\u3000", "\n", "\u0000", "\u202e", "e\u0301", "é", "·"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=4).map("".join)
_PLAIN = st.sampled_from(["Lei Jun", "Xiaomi", "Léi Jūn", "雷军", "小米", "a-b", "O'Neil"])
_ODD = st.one_of(_TEXT, st.none(), st.integers(0, 2), st.just("x" * 301))
_LISTS = st.sampled_from([list, tuple, lambda items: None if not items else list(items)])


@st.composite
def _row(draw: st.DrawFn, number: int) -> dict[str, Any]:
    """A row of entry `number`: laid out as stored mostly; at times a value odd, a list a tuple, a field more, less."""
    odd = draw(st.integers(0, 4)) == 0

    def text(plain: st.SearchStrategy[Any] = _PLAIN) -> Any:
        return draw(_ODD if odd and draw(st.integers(0, 3)) == 0 else plain)

    def items(count: int) -> Any:
        return draw(_LISTS)([text() for _ in range(draw(st.integers(0, count)))])

    zh = text(st.one_of(st.none(), _PLAIN))
    row: dict[str, Any] = {
        "id": draw(st.sampled_from([f"row-{number}", "Bad Id", "x" * 200])) if odd else f"row-{number}",
        "type": draw(st.sampled_from(["person", "org", "place", "term", "Organisation"])),
        "zh": zh,
        "zh_hant": text(st.none()) if zh is None else text(st.one_of(st.none(), st.just("雷軍"))),
        "pinyin": text(st.one_of(st.none(), st.just("Léi Jūn"))),
        "en": text(),
        "aliases": items(3),
        "zh_aliases": items(2),
        "en_adopted": draw(st.sampled_from([True, False, None])) if odd else draw(st.booleans()),
        "refers_to": draw(st.sampled_from([None, "row-0", f"row-{number}"])) if odd else None,
        "roles": draw(st.sampled_from([[], None, (), [{"title": "founder", "org": "Xiaomi"}]])) if odd else [],
        "note": text(st.one_of(st.none(), st.just("a note"), st.just(" padded "))),
        "sources": items(2),
    }
    if odd and draw(st.booleans()):
        row[draw(st.sampled_from(["always_gloss", "draft", "safe_forms"]))] = draw(st.sampled_from([True, ["雷军"]]))
    if odd and draw(st.booleans()):
        del row[draw(st.sampled_from(ENTRY_FIELDS[1:]))]
    return row


@st.composite
def _rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    return [draw(_row(n)) for n in range(draw(st.integers(1, 30)))]


@settings(max_examples=400, deadline=None)
@given(_rows())
def test_stored_documents_are_from_dict_then_to_dict_one_by_one(rows: list[dict[str, Any]]) -> None:
    assert _outcome(rows) == _one_by_one(rows)


# The store: documents in, the same file and report as entries in.


def _write(path: Path, how: str, entries: list[Entry], on_conflict: str, *, dry_run: bool = False) -> tuple[Any, ...]:
    gloss = Glossary.open(path, must_exist=False)
    try:
        with gloss:
            if how == "entries":
                report = import_entries(gloss, entries, on_conflict, dry_run=dry_run)  # type: ignore[arg-type]
            else:
                docs = stored_documents([_laid_out(entry) for entry in entries])
                report = import_documents(gloss, docs, on_conflict, dry_run=dry_run)  # type: ignore[arg-type]
    except DuplicateEntryError as exc:
        return "refused", str(exc), path.read_bytes() if path.exists() else None
    return tuple(report), path.read_bytes() if path.exists() else None


@pytest.mark.parametrize("on_conflict", ["fail", "skip", "replace"])
@pytest.mark.parametrize("dry_run", [False, True])
def test_documents_into_the_bundled_glossary_write_what_entries_write(
    tmp_path: Path, glossary_path: Path, on_conflict: str, dry_run: bool
) -> None:
    # Real CC-CEDICT names the bundled glossary holds too (小米, 雷军, 腾讯 ...: a conflict by Chinese, under another
    # id), then the same lines again (identical: skipped), and others new.
    entries = _cedict("cedict_common.u8") + _cedict("cedict_company_places.u8")
    entries = list({entry.id: entry for entry in entries}.values())
    outcomes = []
    for how in ("entries", "documents"):
        path = tmp_path / f"{how}.json"
        shutil.copyfile(glossary_path, path)
        first = _write(path, how, entries, on_conflict, dry_run=dry_run)
        again = _write(path, how, entries, on_conflict, dry_run=dry_run)
        outcomes.append((first, again))
    assert outcomes[0] == outcomes[1]


def test_a_document_matched_by_its_chinese_takes_the_stored_id(tmp_path: Path, glossary_path: Path) -> None:
    stored = next(entry for entry in Glossary.open(glossary_path).iter_entries() if entry.zh == "小米")
    row = _laid_out(Entry(id="xiaomi-cedict", type="org", zh="小米", en="Xiaomi", note="another note"))
    with Glossary.open(glossary_path) as gloss:
        report = gloss.add_documents(stored_documents([row]), "replace")
    assert report.updated == [stored.id]
    assert Glossary.open(glossary_path).get(stored.id).note == "another note"


def _stored(path: Path) -> list[dict[str, Any]]:
    import json

    table = json.loads(path.read_text(encoding="utf-8"))["entries"]
    return [table[key] for key in sorted(table, key=int)]


def test_documents_into_a_new_glossary_are_all_added_in_their_order(tmp_path: Path) -> None:
    entries = _cedict("cedict_common.u8") + _cedict("cedict_company_places.u8")
    entries = list({entry.id: entry for entry in entries}.values())
    path = tmp_path / "new.json"
    with Glossary.open(path, must_exist=False) as gloss:
        report = gloss.add_documents(stored_documents([_laid_out(entry) for entry in entries]))
    assert report.added == [entry.id for entry in entries]
    assert (report.updated, report.skipped, report.conflicts) == ([], [], [])
    assert _stored(path) == [entry.to_dict() for entry in entries]


@pytest.mark.parametrize("how", ["entries", "documents"])
@pytest.mark.parametrize("on_conflict", ["fail", "skip", "replace"])
def test_a_row_twice_in_one_import_is_told_as_before(tmp_path: Path, on_conflict: str, how: str) -> None:
    # The same entry twice is skipped the second time; another one of its Chinese, or of its id, is a conflict with it
    # (add_all's rules: `replace` overwrites it, the one of its Chinese under its id).
    entries = _cedict("cedict_common.u8")
    first = entries[0]
    same_zh = Entry(id="another-id", type=first.type, zh=first.zh, en="Another Name")
    rows = [*entries, first, same_zh, first.replace(en="Other English")]
    ids = [entry.id for entry in entries]
    outcome = _write(tmp_path / "new.json", how, rows, on_conflict)
    if on_conflict == "fail":
        assert outcome == ("refused", str(DuplicateEntryError(first.id, first.id)), None)
    elif on_conflict == "skip":
        # The report's first five lists (its conflict_fields and changes, added in session 30, name the fields).
        assert outcome[0][:5] == (ids, [], [first.id], [first.id, first.id], ["another-id", first.id])
        assert [(d.field, d.value) for d in outcome[0][5][1]] == [("en", "Other English")]
        assert _stored(tmp_path / "new.json") == [entry.to_dict() for entry in entries]
    else:
        assert outcome[0][:5] == (ids, [first.id, first.id], [first.id], [], [])
        assert _stored(tmp_path / "new.json")[0] == first.replace(en="Other English").to_dict()

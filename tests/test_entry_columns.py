"""A glossary's entries as columns (`Glossary.entry_columns`, `zhgloss.model.EntryColumns`), as cache builds read them.

A file zhgloss wrote is read straight from its documents; any other goes through `iter_entries`' checks. Either
way the columns are the entries' own fields.
"""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import ENTRIES

from zhgloss.errors import GlossaryFileError, InvalidEntryError
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import COLUMNS, Entry, EntryColumns, ForbiddenForm, Role
from zhgloss.store import Glossary, copy_glossary

SPECIAL = [
    Entry(id="x-lei-jun", en="Lei Jun", zh="雷君甲", pinyin="Léi Jūn", aliases=("Jun Lei",), note="Founder of Xiaomi"),
    Entry(
        id="x-pingguo",
        en="Apple",
        type="org",
        zh="苹果乙",
        zh_hant="蘋果乙",
        zh_aliases=("苹果乙公司",),
        always_gloss=True,
        safe_forms=("苹果乙",),
        forbidden=(ForbiddenForm("Apple Computer", "superseded"), ForbiddenForm("Pingguo")),
        roles=(Role("maker of phones", start="1976"),),
        sources=("https://www.apple.com",),
    ),
    Entry(id="x-bu-linken", en="Bu Linken", zh="布林肯丙", draft=True, en_adopted=True, refers_to="x-lei-jun"),
    Entry(id="x-he", en="He", type="surname", zh="禾"),
]


def as_values(columns: EntryColumns) -> dict[str, list[object]]:
    """Every column, its sequences as tuples (a column may hold the documents' lists)."""
    out = {name: list(getattr(columns, name)) for name in (*COLUMNS, "forbidden_forms", "with_roles")}
    return {
        name: [tuple(value) if isinstance(value, list) else value for value in values] for name, values in out.items()
    }


def expected(entries: list[Entry]) -> dict[str, list[object]]:
    """The columns as the entries' own attributes give them (`with_roles`: whether an entry has roles)."""
    out = {name: [getattr(entry, name) for entry in entries] for name in (*COLUMNS, "forbidden_forms")}
    return {**out, "with_roles": [bool(entry.roles) for entry in entries]}


def written(tmp_path: Path, entries: list[Entry], name: str = "g.json") -> Path:
    path = tmp_path / name
    with Glossary(path) as gloss:
        gloss.add_all(entries)
    return path


def test_a_written_file_is_read_as_columns_without_building_its_entries(tmp_path: Path) -> None:
    taken = {entry.id for entry in ENTRIES} | {entry.zh for entry in ENTRIES}
    entries = [*ENTRIES, *(entry for entry in SPECIAL if not {entry.id, entry.zh} & taken)]
    assert any(entry.forbidden for entry in entries) and any(entry.draft for entry in entries)
    path = written(tmp_path, entries)
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        assert not columns._built  # read from the documents: no entry built
        stored = list(gloss.iter_entries())
        assert as_values(columns) == expected(stored)
        assert stored == entries
        assert [columns[n] for n in range(len(columns))] == stored
        assert columns[1] is columns[1]  # built once, then kept
        assert columns[-1] == stored[-1] and columns[1:3] == stored[1:3]
        assert gloss.entry_columns() is columns  # every build in the process shares them
    with pytest.raises(IndexError):
        columns[len(columns)]


def test_the_columns_of_a_file_written_by_hand_are_those_of_its_checked_entries(tmp_path: Path) -> None:
    # A hand edit: not normal text ("Lei  Jun", full-width letters), a missing type, null lists and flags.
    docs = {
        "1": {"id": "lei-jun", "en": "Lei  Jun", "zh": "雷军", "aliases": None, "note": " Founder "},
        "2": {"id": "xiaomi", "en": "Ｘiaomi", "type": "Organisation", "zh": "小米", "draft": None},
        "3": {"id": "he", "en": "He", "type": "surname", "zh": "和", "zh_aliases": ["和", "禾"]},
    }
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": docs}, ensure_ascii=False), encoding="utf-8")
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        entries = list(gloss.iter_entries())
    assert as_values(columns) == expected(entries)
    assert columns.en == ["Lei Jun", "Xiaomi", "He"] and columns.type == ["person", "org", "surname"]
    assert columns.note[0] == "Founder" and list(columns.zh_aliases[2]) == ["禾"]


def test_an_invalid_entry_written_by_hand_is_refused_as_iter_entries_refuses_it(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": {"1": {"id": "Lei Jun", "en": "Lei Jun"}}}), encoding="utf-8")
    with Glossary.open(path) as gloss, pytest.raises(GlossaryFileError) as read:
        list(gloss.iter_entries())
    with Glossary.open(path) as gloss, pytest.raises(GlossaryFileError) as columns:
        gloss.entry_columns()
    assert str(columns.value) == str(read.value)
    assert "'Lei Jun' is not a slug" in str(columns.value)


def test_a_file_edited_after_zhgloss_wrote_it_is_checked_again(tmp_path: Path) -> None:
    path = written(tmp_path, SPECIAL)
    with Glossary.open(path) as gloss:
        assert gloss.entry_columns().en[0] == "Lei Jun"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"]["1"]["en"] = "Lei  Jun\t"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with Glossary.open(path) as gloss:
        assert gloss.entry_columns().en[0] == "Lei Jun"
    data["entries"]["1"]["id"] = "Lei Jun"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with Glossary.open(path) as gloss, pytest.raises(GlossaryFileError, match="is not a slug"):
        gloss.entry_columns()


def test_a_copy_and_a_glossary_in_memory_give_the_same_columns(tmp_path: Path) -> None:
    source = written(tmp_path, SPECIAL)
    copy = tmp_path / "copy.json"
    copy_glossary(source, copy)
    memory = Glossary()
    memory.add_all(SPECIAL)
    with Glossary.open(copy) as gloss:
        assert as_values(gloss.entry_columns()) == as_values(memory.entry_columns()) == expected(SPECIAL)


_TEXT = st.text(st.sampled_from("abcXYZ 雷军小米-·'ü"), min_size=1, max_size=6)


@st.composite
def entry_lists(draw: st.DrawFn) -> list[Entry]:
    out: list[Entry] = []
    for n in range(draw(st.integers(1, 8))):
        try:
            entry = Entry(
                id=f"e-{n}",
                en=draw(_TEXT),
                type=draw(st.sampled_from(["person", "org", "place", "term", "phrase", "surname"])),
                zh=draw(st.none() | _TEXT),
                pinyin=draw(st.none() | st.sampled_from(["Léi Jūn", "Xiǎomǐ", "lü"])),
                aliases=tuple(draw(st.lists(_TEXT, max_size=3))),
                zh_aliases=tuple(draw(st.lists(_TEXT, max_size=2))),
                note=draw(st.none() | _TEXT),
                always_gloss=draw(st.booleans()),
                draft=draw(st.booleans()),
                forbidden=tuple(ForbiddenForm(form) for form in draw(st.lists(_TEXT, max_size=2))),
                roles=(Role("maker of phones", start="1976"),) if draw(st.booleans()) else (),
            )
        except InvalidEntryError:  # an entry the model refuses is not drawn
            continue
        if entry.zh is None or entry.zh not in {other.zh for other in out}:  # a Chinese form names one entry
            out.append(entry)
    return out


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=entry_lists())
def test_the_columns_of_any_written_entries_are_their_fields(tmp_path_factory: pytest.TempPathFactory, entries) -> None:  # type: ignore[no-untyped-def]
    path = written(tmp_path_factory.mktemp("g"), entries)
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        assert not columns._built
        stored = list(gloss.iter_entries())
    assert as_values(columns) == expected(stored)
    assert as_values(EntryColumns.from_entries(stored)) == expected(stored)


def test_the_cache_builds_of_a_written_file_build_only_the_entries_their_rules_ask_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every 40th CC-CEDICT headword (~3,000), written by zhgloss: the lookup index, the annotator and check's
    # names matcher read the columns, and build an entry only where a rule asks for one (variant spellings).
    from zhgloss.annotate import annotator_for
    from zhgloss.check import checker_for

    with gzip.open(SHARED / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        entries = list(itertools.islice(load_cedict(fp), 0, None, 40))
    path = written(tmp_path, entries)
    built: list[object] = []
    checked_dict = Entry.from_checked_dict.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Entry], data: dict[str, object]) -> Entry:
        built.append(data)
        return checked_dict(cls, data)  # type: ignore[no-any-return]

    monkeypatch.setattr(Entry, "from_checked_dict", classmethod(counted))
    with Glossary.open(path) as gloss:
        assert gloss.lookup(entries[0].zh or entries[0].en)
        annotator_for(gloss)
        checker_for(gloss)
    assert 0 < len(built) < len(entries) / 4


@pytest.mark.parametrize("removed", [(), ("e-0",), ("e-1", "e-8", "e-9")])
def test_the_spans_of_a_written_file_are_its_documents(tmp_path: Path, removed: tuple[str, ...]) -> None:
    # 120 documents (numbered 1-120, "10" before "2" in the file) with some removed: each span parses to its entry,
    # and the spans read off the written layout equal those the general scan finds (`_document_spans` with entries).
    from zhgloss.store import _document_spans

    entries = [Entry(id=f"e-{n}", en=f"Name {n}", zh=f"名{n}", aliases=(f"N{n}",)) for n in range(120)]
    path = written(tmp_path, entries)
    with Glossary(path) as gloss:
        for entry_id in removed:
            gloss.remove(entry_id)
    raw = path.read_bytes()
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        spans = gloss.entry_spans(columns)
        docs = gloss._docs_in_order()
        kept = [entry for entry in entries if entry.id not in removed]
        assert spans is not None and len(spans) == len(kept)
        assert [Entry.from_dict(json.loads(raw[start:end])) for start, end in spans] == kept
        assert _document_spans(raw, docs, kept) == spans


# The texts of the columns every cache build passes over many times are copies laid out one after the other
# (`zhgloss.model._compacted_texts`): the parsed documents' own lie among their dicts, and a pass over them
# missed the processor's cache at each item. The copies must be equal to what they copy, whatever the values.

TEXT_OR_NONE = st.one_of(st.none(), st.text(max_size=6))


@given(st.lists(TEXT_OR_NONE, max_size=30))
def test_compacted_texts_are_equal_to_the_column(column: list[str | None]) -> None:
    from zhgloss.model import _compacted_texts

    copied = _compacted_texts(column)
    assert copied == column
    assert [value is None for value in copied] == [value is None for value in column]


@given(st.lists(st.one_of(st.lists(st.text(max_size=6), max_size=3), st.tuples(st.text(max_size=4))), max_size=30))
def test_compacted_lists_are_equal_to_the_column(column: list[list[str] | tuple[str, ...]]) -> None:
    from zhgloss.model import _compacted_lists

    copied = _compacted_lists(column)
    assert [tuple(value) for value in copied] == [tuple(value) for value in column]


@given(st.lists(st.sampled_from(["person", "place", "org", "term"]), max_size=30))
def test_shared_types_are_equal_to_the_column(column: list[str]) -> None:
    from zhgloss.model import _shared_texts

    copied = _shared_texts(column)
    assert copied == column
    assert len({id(value) for value in copied}) == len(set(column))  # one object per type


def test_a_column_with_other_values_or_a_nul_is_kept_as_it_is() -> None:
    from zhgloss.model import _compacted_lists, _compacted_texts, _shared_texts

    for column in (["a\0b", "c"], ["a", 1], [None, "a\0"], [None, 2.5]):
        assert _compacted_texts(column) is column
    for lists in ([["a\0b"], ["c"]], [["a"], "bc"], [["a", 3]]):
        assert _compacted_lists(lists) is lists
    unhashable: list[object] = [["a"], "b"]
    assert _shared_texts(unhashable) is unhashable


def test_a_written_files_columns_hold_copies_of_its_texts_laid_out_apart_from_its_documents(tmp_path: Path) -> None:
    entries = [
        Entry(id="lei-jun", en="Lei Jun", zh="雷军", zh_hant="雷軍", pinyin="Léi Jūn", aliases=("Jun Lei", "Leijun")),
        Entry(id="xiaomi", en="Xiaomi", type="org", zh="小米", zh_aliases=("小米公司",)),
        Entry(id="wuhan", en="Wuhan", type="place", zh="武汉", zh_hant="武漢"),
        Entry(id="hubei", en="Hubei", type="place", zh="湖北", zh_aliases=("湖北省",)),
    ]
    path = written(tmp_path, entries)
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        docs = gloss._docs_in_order().docs
        assert as_values(columns) == expected(list(gloss.iter_entries()))
    for n, doc in enumerate(docs):
        for name in ("zh", "en"):
            assert getattr(columns, name)[n] == doc[name] and getattr(columns, name)[n] is not doc[name]
        for name in ("aliases", "zh_aliases"):
            for copied, text in zip(getattr(columns, name)[n], doc[name], strict=True):
                assert copied == text and copied is not text
    assert columns.zh_hant[0] == "雷軍" and columns.zh_hant[0] is not docs[0]["zh_hant"]
    assert columns.zh_hant[1:] == [None, "武漢", None]
    assert columns.type[2] is columns.type[3] == "place"  # one object for a type
    # (A column of one text is kept: `str.split` gives back the text itself where it finds no separator.)


class _CountedList(list):  # type: ignore[type-arg]
    """A roles or sources list that counts the times its length is asked (each `bool` of it asks)."""

    asked = 0

    def __len__(self) -> int:
        _CountedList.asked += 1
        return super().__len__()


def test_whether_entries_have_roles_and_which_documents_to_compare_are_worked_out_when_asked() -> None:
    # Each is a pass over 10^5 lists strewn over memory that an annotator's or a lookup's build never reads.
    role = Role("maker of phones", start="1976").to_dict()
    docs = [
        {**SPECIAL[0].to_dict(), "roles": _CountedList(), "sources": _CountedList()},
        {**SPECIAL[2].to_dict(), "roles": _CountedList([role]), "sources": _CountedList(["https://example.org"])},
        {**SPECIAL[3].to_dict(), "roles": _CountedList(), "sources": None},
    ]
    _CountedList.asked = 0
    columns = EntryColumns.from_documents(docs)
    assert _CountedList.asked == 0
    assert columns.zh == ["雷君甲", "布林肯丙", "禾"]
    assert columns.with_roles == [False, True, False]
    assert columns.read_from is not None and columns.read_from[0] is docs
    assert columns.read_from[1] == {1, 2}  # the one with roles, the one with a null list
    assert _CountedList.asked > 0
    assert columns.take([1, 0]).with_roles == [True, False]


def test_every_column_read_from_documents_is_a_list(tmp_path: Path) -> None:
    # `stored_columns` transposes into tuples (a list of each would touch every value once more); the columns of
    # `EntryColumns` stay lists, as `with_entries` sets items of them.
    path = written(tmp_path, SPECIAL)
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
    for name in (*COLUMNS, "forbidden_forms", "with_roles"):
        assert type(getattr(columns, name)) is list, name
    assert columns.with_entries({0: SPECIAL[1]}).en[0] == "Apple"

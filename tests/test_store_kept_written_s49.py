"""The version a write makes is the version read after it (forty-ninth session, issue 9's import speed).

A write whose every document is its entry's `to_dict()` (an import, `add_all`) keeps the data it wrote as the version
read, laid out as a parse of its bytes lays it out: the read that follows (the import's forbidden-clash check, each
cache's first build) parses nothing. A full CC-CEDICT import read its 46 MB back (~0.33 s, ~59,000 page faults).
"""

from __future__ import annotations

import gzip
import itertools
import json
import operator
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import orjson
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.cache import cache_dir
from zhgloss.formats.cedict import load_cedict_documents
from zhgloss.model import Entry, ForbiddenForm, Role
from zhgloss.store import TABLE, Glossary

ENTRIES = [
    Entry(id=f"e-{n}", en=f"Name {n}", zh=f"名{n}", aliases=(f"N{n}",), note=f"Note {n}" if n % 3 else None)
    for n in range(25)
] + [
    Entry(
        id="x-pingguo",
        en="Apple",
        type="org",
        zh="苹果乙",
        zh_aliases=("苹果乙公司",),
        forbidden=(ForbiddenForm("Apple Computer", "superseded"),),
        roles=(Role("maker of phones", start="1976"),),
        sources=("https://www.apple.com",),
    )
]


def parsed(path: Path) -> dict[str, object]:
    """The file's data as a fresh reader parses it."""
    data: dict[str, object] = orjson.loads(path.read_bytes())
    return data


def test_the_columns_read_after_a_write_are_of_the_documents_written(tmp_path: Path) -> None:
    # The documents the columns are read from are the very objects the import stored: no parse of the file.
    path = tmp_path / "g.json"
    docs = [entry.to_dict() for entry in ENTRIES]
    with Glossary(path) as gloss:
        gloss.add_documents(docs)
        columns = gloss.entry_columns()
        read_from = columns.read_from
        assert read_from is not None
        assert {id(doc) for doc in read_from[0]} == {id(doc) for doc in docs}
        assert list(columns.id) == [entry.id for entry in ENTRIES]
        assert gloss.forbidden_index() == [("Apple Computer", len(ENTRIES) - 1, "x-pingguo")]


def test_the_version_kept_reads_as_the_file_parsed(tmp_path: Path) -> None:
    # 26 documents, numbered 1-26: the file holds "10" before "2"; the version kept is in the file's order.
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(ENTRIES)
        kept = gloss._docs_in_order()
        spans = gloss.entry_spans(gloss.entry_columns())
    data = parsed(path)
    table = data[TABLE]
    assert isinstance(table, dict)
    assert kept.in_file == list(table)
    assert kept.in_file[:3] == ["1", "10", "11"]
    assert kept.docs == [table[number] for number in sorted(table, key=int)]
    raw = path.read_bytes()
    assert spans is not None
    assert [orjson.loads(raw[start:end]) for start, end in spans] == [entry.to_dict() for entry in ENTRIES]


def test_a_file_replaced_after_the_write_is_read_again(tmp_path: Path) -> None:
    # Another process's write is another identity: what it wrote is read, not the version kept.
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(ENTRIES[:3])
        other = {TABLE: {"1": Entry(id="other", en="Other", zh="别的").to_dict()}}
        os.replace(_written_elsewhere(tmp_path, other), path)
        assert [entry.id for entry in gloss.iter_entries()] == ["other"]
        assert list(gloss.entry_columns().id) == ["other"]


def _written_elsewhere(tmp_path: Path, data: Mapping[str, object]) -> Path:
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return other


def test_a_second_write_after_the_first_reads_the_version_kept(tmp_path: Path) -> None:
    # The store's next write starts from the version kept; the file it writes is the one a fresh reader reads.
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(ENTRIES[:12])
        gloss.add_all(ENTRIES[12:])
        gloss.remove("e-3")
        ids = [entry.id for entry in gloss.iter_entries()]
    with Glossary.open(path) as fresh:
        assert [entry.id for entry in fresh.iter_entries()] == ids
    assert "e-3" not in ids and len(ids) == len(ENTRIES) - 1


_names = st.text(alphabet="abcdefgh ", min_size=1, max_size=8).map(str.strip).filter(bool)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    count=st.integers(min_value=0, max_value=40),
    removed=st.sets(st.integers(min_value=0, max_value=39), max_size=8),
    names=st.lists(_names, min_size=40, max_size=40),
)
def test_the_version_kept_after_any_writes_is_the_files_parse(count: int, removed: set[int], names: list[str]) -> None:
    # Whatever was added and removed: the version read after the writes holds the file's documents, in its order.
    entries = [Entry(id=f"p-{n}", en=f"Name {names[n].title()} {n}", zh=f"名字{n}") for n in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "g.json")
        with Glossary(path) as gloss:
            gloss.add_all(entries)
            for n in sorted(removed):
                if n < count:
                    gloss.remove(f"p-{n}")
            kept = gloss._docs_in_order()
        if not path.exists():
            return
        table = parsed(path).get(TABLE, {})
        assert isinstance(table, dict)
        assert kept.in_file == list(table)
        assert kept.docs == [table[number] for number in kept.numbers]


def test_an_imports_kept_caches_are_those_a_fresh_reader_builds(tmp_path: Path) -> None:
    # The installed script imports 3,000 CC-CEDICT lines; the forbidden index it keeps (read off the documents it
    # wrote) is byte for byte the one a later process builds of the file's columns once it is removed. The import
    # builds no columns (fiftieth session: ~1 s of a full import's ~5.8 s; the first lookup builds them).
    source = tmp_path / "part.u8"
    with gzip.open(SHARED / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        source.write_text("".join(itertools.islice(fp, 0, 120_000, 40)), encoding="utf-8")
    path = tmp_path / "g.json"
    zhgloss = Path(sys.executable).with_name("zhgloss")
    done = subprocess.run(
        [str(zhgloss), "import", str(source), "--db", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    kept = _cache_bodies(path)
    assert "forbidden-forms-v1.bin" in kept
    assert "entry-columns-v1.bin" not in kept
    for made in cache_dir(path).iterdir():
        made.unlink()
    rebuilt = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from zhgloss.store import Glossary\n"
            "with Glossary.open(sys.argv[1]) as g: g.entry_columns(); g.forbidden_index()",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    fresh = _cache_bodies(path)
    assert "entry-columns-v1.bin" in fresh
    assert kept["forbidden-forms-v1.bin"] == fresh["forbidden-forms-v1.bin"]


def test_the_forbidden_index_read_off_the_documents_is_the_columns_one(tmp_path: Path) -> None:
    # The version just written: the index is read off its documents, no column built; a fresh reader of the file
    # builds it of the columns. Both give every banned form, in entry order, with its entry's place and id.
    path = tmp_path / "g.json"
    banning = [
        Entry(id=f"b-{n}", en=f"Bank {n}", zh=f"银行{n}", forbidden=(ForbiddenForm(f"Bk {n}"), ForbiddenForm(f"银{n}")))
        for n in range(3)
    ]
    entries = [*ENTRIES[:5], banning[0], *ENTRIES[5:9], *banning[1:], ENTRIES[-1]]
    with Glossary(path) as gloss:
        gloss.add_all(entries)
        read_off = gloss.forbidden_index()
        assert "_columns" not in gloss.__dict__
    expected = [
        ("Bk 0", 5, "b-0"),
        ("银0", 5, "b-0"),
        ("Bk 1", 10, "b-1"),
        ("银1", 10, "b-1"),
        ("Bk 2", 11, "b-2"),
        ("银2", 11, "b-2"),
        ("Apple Computer", 12, "x-pingguo"),
    ]
    assert read_off == expected
    for made in cache_dir(path).iterdir():
        made.unlink()
    with Glossary.open(path) as gloss:
        gloss.entry_columns()
        assert gloss.forbidden_index() == expected


def test_a_reader_with_kept_columns_parses_no_file_for_the_index(tmp_path: Path) -> None:
    # A later process whose columns copy is kept reads them back for the index: the file itself is never parsed.
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(ENTRIES)
    with Glossary.open(path) as gloss:
        gloss.entry_columns()  # (keeps the columns copy)
    for made in cache_dir(path).glob("forbidden-forms*"):
        made.unlink()
    with Glossary.open(path) as gloss:
        assert gloss.forbidden_index() == [("Apple Computer", len(ENTRIES) - 1, "x-pingguo")]
        storage = gloss._storage
        assert storage is not None
        assert not storage.holds_parsed()


def _cache_bodies(path: Path) -> dict[str, bytes]:
    """Each of the glossary's cache files' bytes after its first line (the glossary version it is of)."""
    return {made.name: made.read_bytes().partition(b"\n")[2] for made in cache_dir(path).iterdir()}


def test_a_full_import_reads_nothing_back(tmp_path: Path) -> None:
    # CC-CEDICT's first 20,000 documents stored, then the import's check of forbidden forms: every column read off the
    # documents stored, the file never parsed again.
    with gzip.open(SHARED / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        docs = list(itertools.islice(load_cedict_documents(fp), 20_000))
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_documents(docs)
        assert gloss.forbidden_index() == []
        read_from = gloss.entry_columns().read_from
        assert read_from is not None
        assert len(read_from[0]) == len(docs)
        assert all(map(operator.is_, read_from[0], docs))

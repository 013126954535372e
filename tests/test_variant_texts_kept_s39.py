"""A glossary's variant spellings worked out once per version and kept for every cache (`zhgloss.model.variant_texts`).

The lookup index, the search index and the annotator each read every entry's variant spellings
(`zhgloss.forms.variant_texts_of`); the first of them after a change keeps them in the glossary's cache folder
(`EntryColumns.keep`, set by `Glossary.entry_columns`), and the others read them back. What they read back is what
`variant_texts_of` gives, and the caches built from it are byte for byte those built without it.
"""

from __future__ import annotations

import gzip
import itertools
import os
import subprocess
from pathlib import Path

import orjson
import pytest
from conftest import SHARED

from zhgloss.cache import cache_file
from zhgloss.formats.cedict import load_cedict
from zhgloss.forms import STATUSES, Rendering, variant_texts_of
from zhgloss.fuzzy import Searcher
from zhgloss.index import LookupIndex
from zhgloss.model import VARIANT_TEXTS_KIND, Entry, _read_variant_texts, variant_texts
from zhgloss.store import Glossary

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


@pytest.fixture(scope="module")
def names() -> list[Entry]:
    """CC-CEDICT's proper names of its first 40,000 lines (丘逢甲 Qiu Fengjia, 世界气象组织, Sino-French)."""
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        return list(load_cedict(itertools.islice(fp, 40_000), proper_only=True))


def written(tmp_path: Path, entries: list[Entry], name: str = "g.json") -> Path:
    """`entries` written to a new glossary by the store, as `zhgloss import` writes them."""
    path = tmp_path / name
    with Glossary(path) as gloss:
        gloss.add_all(entries)
    return path


def kept(path: Path) -> Path:
    found = cache_file(path, f"{VARIANT_TEXTS_KIND}.bin")
    assert found is not None
    return found


def test_the_real_names_have_variant_spellings(names: list[Entry]) -> None:
    # (else the tests below would compare empty lists)
    assert len(names) > 2000
    assert len(variant_texts_of(names)) > 100


def test_kept_list_is_variant_texts_of(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names)
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        expected = variant_texts_of(columns)
        assert variant_texts(columns) == expected
    assert kept(path).exists()
    with Glossary.open(path) as gloss:  # another glossary object: read back from the cache folder
        stamp = kept(path).stat().st_mtime_ns
        assert variant_texts(gloss.entry_columns()) == expected
        assert kept(path).stat().st_mtime_ns == stamp  # read, not built again


def test_read_back_in_another_process(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names)
    with Glossary.open(path) as gloss:
        expected = variant_texts_of(gloss.entry_columns())
    code = (
        "import sys, orjson\nfrom pathlib import Path\nfrom zhgloss.store import Glossary\n"
        "from zhgloss.model import variant_texts\n"
        "with Glossary.open(Path(sys.argv[1])) as g:\n"
        "    rows = [(n, r.text, r.status, r.form, r.spelling) for n, r in variant_texts(g.entry_columns())]\n"
        "    print(orjson.dumps(rows).decode())\n"
    )
    for _ in range(2):  # the first process keeps them, the second reads them
        done = subprocess.run(
            ["python", "-c", code, str(path)], capture_output=True, text=True, check=True, env=os.environ.copy()
        )
        got = [(n, Rendering(t, s, f, sp)) for n, t, s, f, sp in orjson.loads(done.stdout)]
        assert got == expected
        assert kept(path).exists()


def test_caches_built_from_the_kept_list_are_the_same_bytes(tmp_path: Path, names: list[Entry]) -> None:
    fresh = written(tmp_path, names, "fresh.json")
    reread = written(tmp_path, names, "reread.json")
    with Glossary.open(reread) as gloss:
        variant_texts(gloss.entry_columns())  # kept now
    built: dict[str, tuple[bytes, bytes]] = {}
    for label, path in (("fresh", fresh), ("reread", reread)):
        with Glossary.open(path) as gloss:
            columns = gloss.entry_columns()
            if label == "fresh":
                assert not kept(path).exists()
            spans = gloss.entry_spans(columns)
            built[label] = (LookupIndex.build(columns, spans), Searcher(columns, spans).to_bytes())
    assert built["fresh"] == built["reread"]


def test_lookup_then_search_by_the_installed_script(tmp_path: Path, names: list[Entry]) -> None:
    # `zhgloss lookup` keeps the spellings; `search` then reads them, and finds what it finds without them. The British
    # spelling is a variant of the entry's "World Meteorological Organization" (forms.regional_spellings), and "Qiu Feng
    # jia" of "Qiu Fengjia" (a person's pinyin split at its syllables).
    path = written(tmp_path, names)
    other = written(tmp_path, names, "other.json")
    first = subprocess.run(
        ["zhgloss", "lookup", "World Meteorological Organisation", "--db", str(path)], capture_output=True, text=True
    )
    assert first.returncode == 0, first.stderr
    assert "世界气象组织" in first.stdout
    assert kept(path).exists()
    searched = [
        subprocess.run(["zhgloss", "search", "Qiu Feng jia", "--db", str(p)], capture_output=True, text=True)
        for p in (path, other)
    ]
    assert searched[0].returncode == searched[1].returncode == 0, searched[0].stderr
    assert searched[0].stdout == searched[1].stdout
    assert "丘逢甲" in searched[0].stdout


def test_a_glossary_replaced_after_its_reading_keeps_nothing(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names[:500])
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        with Glossary(path) as writer:  # another writer replaces the file meanwhile
            writer.add_all(names[500:600])
        assert variant_texts(columns) == variant_texts_of(names[:500])
    assert not kept(path).exists()  # worked out of the old version: not kept for the new one


def test_columns_with_an_entry_put_in_are_kept_nowhere(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names[:300])
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        assert columns.keep is not None
        columns.with_entries({0: names[400]})
        assert columns.keep is None


def test_entries_not_read_from_a_file_are_worked_out(names: list[Entry]) -> None:
    assert variant_texts(names) == variant_texts_of(names)
    with Glossary() as gloss:  # in memory
        gloss.add_all(names[:300])
        assert variant_texts(gloss.entry_columns()) == variant_texts_of(names[:300])


GOOD = [[0, "Lyu Bu", "variant", "Lü Bu", "Lyu Bu"], [3, "Li Ka Shing", "variant", "Li Ka-shing", "Li Ka Shing"]]


@pytest.mark.parametrize(
    ("payload", "count"),
    [
        (b"", 5),
        (b"{not json", 5),
        (b'{"a": 1}', 5),
        (orjson.dumps([[0, "Lyu Bu", "variant", "Lü Bu"]]), 5),  # a field short
        (orjson.dumps([[7, "Lyu Bu", "variant", "Lü Bu", "Lyu Bu"]]), 5),  # no such entry
        (orjson.dumps([[-1, "Lyu Bu", "variant", "Lü Bu", "Lyu Bu"]]), 5),
        (orjson.dumps([GOOD[1], GOOD[0]]), 5),  # out of entry order
        (orjson.dumps([[0, "Lyu Bu", "spelling", "Lü Bu", "Lyu Bu"]]), 5),  # no status
        (orjson.dumps([[0, "Lyu Bu", "variant", "", "Lyu Bu"]]), 5),
        (orjson.dumps([[0, 5, "variant", "Lü Bu", "Lyu Bu"]]), 5),
        (orjson.dumps([[True, "Lyu Bu", "variant", "Lü Bu", "Lyu Bu"]]), 5),
    ],
)
def test_a_kept_list_that_does_not_read_as_one_is_none(payload: bytes, count: int) -> None:
    assert _read_variant_texts(payload, count, STATUSES, Rendering) is None


def test_a_kept_list_reads_back() -> None:
    assert _read_variant_texts(memoryview(orjson.dumps(GOOD)), 5, STATUSES, Rendering) == [
        (0, Rendering("Lyu Bu", "variant", "Lü Bu", "Lyu Bu")),
        (3, Rendering("Li Ka Shing", "variant", "Li Ka-shing", "Li Ka Shing")),
    ]


def test_a_damaged_kept_list_is_worked_out_again(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names)
    with Glossary.open(path) as gloss:
        expected = variant_texts(gloss.entry_columns())
    target = kept(path)
    head, _, _ = target.read_bytes().partition(b"\n")
    target.write_bytes(head + b"\n" + b"[[0]]")  # its checksum no longer matches: the cache is built again
    with Glossary.open(path) as gloss:
        assert variant_texts(gloss.entry_columns()) == expected

"""harvest reads the glossary's keys from its cache folder, once for all the texts of a run (`harvest.glossary_keys`).

Before, each run keyed every form of every entry afresh, and `harvest_documents` did it again for each text: on a
full CC-CEDICT import (~10^5 entries) ~4.5 s of CPU for one sentence, and that again per file of a folder. The
tables are now kept per glossary version (`EntryColumns.keep`), read back by later runs, and only the entries a
pair names are built. What harvest says must not change: the tables read back are those of the old scan over
entries (kept below as the reference), and a damaged or stale copy is never used.
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
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.cache import _head, cache_file
from zhgloss.convert import plain_spelling
from zhgloss.formats.cedict import load_cedict
from zhgloss.harvest import HARVEST_KEYS_KIND, _kept_characters, _Known, harvest, harvest_documents
from zhgloss.model import Entry, EntryColumns, ForbiddenForm
from zhgloss.script import en_key, has_cjk, zh_key
from zhgloss.store import Glossary
from zhgloss.tickers import ticker_key

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"

OWN = [
    Entry(
        id="tencent-x",
        type="org",
        zh="腾讯科技",
        en="Tencent Technology",
        forbidden=(
            ForbiddenForm("腾迅", "deprecated"),
            ForbiddenForm("騰迅", "deprecated"),
            ForbiddenForm("TenCent", "forbidden"),
        ),
    ),
    Entry(id="wangfansen", type="person", zh="王汎森", en="Wang Fan-sen", pinyin="Wáng Fànsēn"),
    Entry(id="kingsoft-x", type="org", zh="金山软件", zh_aliases=("3888.HK",), en="Kingsoft Software"),
    Entry(id="wps-x", type="org", zh="WPS", en="WPS Office"),
    Entry(id="leijun-x", type="person", zh="雷军", en="Lei Jun", aliases=("Lei Jun Xiaomi",)),
]
"""Entries of the shapes harvest keys apart: forbidden forms in both scripts, a character names keep (王汎森, found
written 王泛森 too), a stock code kept as a Chinese alias, Latin letters as zh."""


@pytest.fixture(scope="module")
def names() -> list[Entry]:
    """CC-CEDICT's proper names of its first 30,000 lines, then `OWN`."""
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        return [*load_cedict(itertools.islice(fp, 30_000), proper_only=True), *OWN]


def scanned(entries: list[Entry]) -> list[dict[str, list[str]]]:
    """The ids of `entries` by key, for harvest's four tables, as harvest's scan of the parent commit (84187031)
    worked them out per run, entry by entry. (A forbidden form's entry, listed there once per banned form, is
    listed once: harvest only reads the first.)"""
    by_zh: dict[str, list[Entry]] = {}
    by_en: dict[str, list[Entry]] = {}
    by_forbidden: dict[str, list[Entry]] = {}
    by_forbidden_zh: dict[str, list[Entry]] = {}
    kept = _kept_characters()
    for entry in entries:
        for form in (*entry.zh_forms, *entry.en_forms):
            for index, key in ((by_zh, zh_key(form)), (by_en, en_key(form))):
                if key and entry not in index.get(key, ()):
                    index.setdefault(key, []).append(entry)
            plain = plain_spelling(form) if not kept.isdisjoint(form) else None
            if plain and entry not in by_zh.get(zh_key(plain), ()):
                by_zh.setdefault(zh_key(plain), []).append(entry)
            ticker = ticker_key(form)
            if ticker is not None and entry not in by_en.get(ticker, ()):
                by_en.setdefault(ticker, []).append(entry)
        for form in entry.forbidden_forms:
            if has_cjk(form):
                by_forbidden_zh.setdefault(zh_key(form), []).append(entry)
            else:
                by_forbidden.setdefault(en_key(form), []).append(entry)
    return [
        {key: list(dict.fromkeys(e.id for e in found)) for key, found in table.items()}
        for table in (by_zh, by_en, by_forbidden, by_forbidden_zh)
    ]


def tables_of(known: _Known) -> list[dict[str, list[str]]]:
    return [
        {key: [e.id for e in table[key]] for key in table}
        for table in (known.by_zh, known.by_en, known.by_forbidden, known.by_forbidden_zh)
    ]


def written(tmp_path: Path, entries: list[Entry], name: str = "g.json") -> Path:
    path = tmp_path / name
    with Glossary(path) as gloss:
        gloss.add_all(entries)
    return path


def kept(path: Path) -> Path:
    found = cache_file(path, f"{HARVEST_KEYS_KIND}.bin")
    assert found is not None
    return found


def test_kept_tables_are_the_old_scan(tmp_path: Path, names: list[Entry]) -> None:
    expected = scanned(names)
    assert sum(len(found) > 1 for found in expected[0].values()) > 50  # keys of several entries: lists, not numbers
    assert expected[2] and expected[3]
    assert expected[0][zh_key("王泛森")] == ["wangfansen"]
    assert expected[1][ticker_key("3888.HK") or ""] == ["kingsoft-x"]
    assert tables_of(_Known(names)) == expected  # entries in memory: worked out
    path = written(tmp_path, names)
    with Glossary.open(path) as gloss:
        assert tables_of(_Known(gloss.entry_columns())) == expected  # worked out and kept
    assert kept(path).exists()
    stamp = kept(path).stat().st_mtime_ns
    with Glossary.open(path) as gloss:  # another glossary object: read back from the cache folder
        assert tables_of(_Known(gloss.entry_columns())) == expected
    assert kept(path).stat().st_mtime_ns == stamp  # read, not built again


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(OWN), max_size=8), st.data())
def test_entries_put_after_the_glossary_are_found_as_in_one_scan(chosen: list[Entry], data: st.DataObject) -> None:
    # harvest_documents files each text's new entries after the glossary's: the tables are those of one scan of
    # the glossary's entries and then the proposed ones (the parent harvested each text against [*glossary, *proposed]).
    entries = list({id(e): e for e in chosen}.values())
    cut = data.draw(st.integers(0, len(entries)))
    known = _Known(EntryColumns.from_entries(entries[:cut]))
    for entry in entries[cut:]:
        known.put(entry)
    assert tables_of(known) == scanned(entries)
    assert dict(known.by_id) == {e.id: e for e in entries}


def test_harvest_builds_only_the_entries_its_pairs_name(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names)
    texts = [
        ("a.txt", "Tencent Technology (腾讯科技) said. Wang Fansen (王泛森) spoke. Kingsoft (3888.HK) rose."),
        ("b.txt", "Lei Jun (雷军) and Huang Qiang (黄强) met. Tengxun (腾迅) denied."),
    ]
    with Glossary.open(path) as gloss:
        expected = harvest_documents(texts, list(gloss.iter_entries()))
    for _ in range(2):  # the tables worked out, then read back
        with Glossary.open(path) as gloss:
            columns = gloss.entry_columns()
            assert harvest_documents(texts, columns) == expected
            assert len(columns._built) < 20, len(columns._built)
    statuses = [(p.zh, p.status) for _, found, _ in expected for p in found]
    assert ("腾讯科技", "known") in statuses
    assert ("雷军", "known") in statuses


@pytest.mark.parametrize(
    "payload",
    [
        b"[0, {}, {}, {}, {}]",  # the tables of another count of entries
        b'{"zh": {}}',  # no list of tables
        b"[5, {}, {}, []]",  # too few tables, one no table
        b"[",  # no JSON
    ],
)
def test_a_kept_copy_that_does_not_read_as_the_tables_is_not_used(tmp_path: Path, payload: bytes) -> None:
    path = written(tmp_path, OWN)
    text = "Lei Jun (雷军) said. TenCent (腾讯科技) denied."
    expected = harvest(text, OWN)
    with Glossary.open(path) as gloss:
        assert harvest(text, gloss.entry_columns()) == expected
    target = kept(path)
    key = target.read_bytes().split(b"\n", 1)[0].rsplit(b" ", 1)[0]
    target.write_bytes(_head(key, payload) + payload)  # its checksum right: read as kept, then refused
    with Glossary.open(path) as gloss:
        assert harvest(text, gloss.entry_columns()) == expected
    assert [p.status for p in expected] == ["known", "conflict"]


def zhgloss(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["zhgloss", "--db", str(path), *args], capture_output=True, text=True, check=False, env=os.environ.copy()
    )


def test_harvest_by_the_installed_script_keeps_the_tables_for_the_glossary_version(tmp_path: Path) -> None:
    path = written(tmp_path, OWN)
    article = tmp_path / "a.txt"
    article.write_text("Lei Jun (雷军) said. Wang Xiaosan (王小三) attended. Wang Fansen (王泛森) spoke.\n")
    first = zhgloss(path, "harvest", "--json", str(article))
    assert first.returncode == 0, first.stderr
    assert kept(path).exists()
    again = zhgloss(path, "harvest", "--json", str(article))
    assert (again.returncode, again.stdout, again.stderr) == (first.returncode, first.stdout, first.stderr)
    status = {p["zh"]: p["status"] for p in orjson.loads(first.stdout)["proposals"]}
    assert status == {"雷军": "known", "王小三": "new", "王泛森": "known"}
    added = zhgloss(path, "add", "王小三", "--en", "Wang Xiaosan")
    assert added.returncode == 0, added.stderr
    after = zhgloss(path, "harvest", "--json", str(article))  # a new version of the glossary: its own tables
    status = {p["zh"]: p["status"] for p in orjson.loads(after.stdout)["proposals"]}
    assert status == {"雷军": "known", "王小三": "known", "王泛森": "known"}

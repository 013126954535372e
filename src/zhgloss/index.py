"""Exact lookup: every way a name is written, reduced to keys, and an on-disk index of them.

`lookup` is typed hundreds of times a day, so a glossary file gets a SQLite
index in its cache folder (see `zhgloss.cache`), rebuilt only when the file
changes. A lookup then opens the index and runs one indexed query: it never
parses the glossary's JSON nor imports pypinyin or OpenCC (the pinyin is stored,
and the traditional spellings are converted when the index is built).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from zhgloss.errors import GlossaryFileError
from zhgloss.forms import variant_texts
from zhgloss.model import Entry
from zhgloss.script import en_key, en_words, has_cjk, has_tones, looks_like_pinyin, pinyin_key, tone_sequence, zh_key

if TYPE_CHECKING:
    from zhgloss.store import Glossary, LookupHit

INDEX_FORMAT = "lookup-v8"

# Order in which a field's match is reported first when a query matches several entries.
FIELD_RANK = {"zh": 0, "zh_hant": 1, "en": 2, "zh_alias": 3, "alias": 4, "variant": 5, "pinyin": 6, "reversed": 7}


class Key(NamedTuple):
    """One lookup key of an entry: the folded `key`, the field it came from, the form as written."""

    key: str
    field: str
    form: str
    tones: str = ""


def iter_keys(entry: Entry, converted: Mapping[str, tuple[str, ...]] | None = None) -> Iterator[Key]:
    """Yield every lookup key of `entry`.

    `converted` holds `traditional_variants` of the entry's simplified forms, when they were
    converted in one batch (see `_converted_forms`); without it each is converted here.
    """
    chinese: tuple[tuple[str, tuple[str | None, ...]], ...] = (
        ("zh", (entry.zh,)),
        ("zh_hant", (entry.zh_hant,)),
        ("zh_alias", entry.zh_aliases),
    )
    for field, optional_forms in chinese:
        for form in optional_forms:
            if form:
                yield Key(zh_key(form), field, form)
                if not has_cjk(form):  # stock codes, "WPS", "SU7": typed like English too
                    yield Key(en_key(form), field, form)
    yield from _converted_keys(entry, converted)
    for field, forms in (("en", (entry.en,)), ("alias", entry.aliases)):
        for form in forms:
            if key := en_key(form):
                yield Key(key, field, form)
    # Spellings zhgloss.forms accepts that key differently: "Lyu Bu" for "Lü Bu" (en_key already
    # ignores case, spacing, hyphens, tone marks and ü's dots).
    for rendering in variant_texts(entry):
        if key := en_key(rendering.text):
            yield Key(key, "variant", rendering.form)
    if entry.pinyin:
        yield Key(pinyin_key(entry.pinyin), "pinyin", entry.pinyin, tone_sequence(entry.pinyin))
    if entry.type == "person":
        for form in (entry.en, *entry.aliases, *([entry.pinyin] if entry.pinyin else [])):
            words = en_words(form) if form != entry.pinyin else form.split()
            if len(words) == 2:
                flipped = f"{words[1]} {words[0]}"
                if form == entry.pinyin:
                    yield Key(pinyin_key(flipped), "reversed", form, tone_sequence(flipped))
                else:
                    yield Key(en_key(flipped), "reversed", form)


def _conversion_sources(entry: Entry) -> list[tuple[str, str]]:
    """The simplified forms of `entry` whose traditional spellings are keys too, with the field they key."""
    # From zh even when zh_hant is stored, as annotate does: 顺势而为 stores 順勢而為, and text converted
    # with OpenCC's s2t writes 順勢而爲.
    sources = [("zh_hant", entry.zh)] if entry.zh else []
    sources += [("zh_alias", alias) for alias in entry.zh_aliases]
    return [(field, form) for field, form in sources if form and has_cjk(form)]


def _converted_forms(entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """`traditional_variants` of every form `_converted_keys` converts, in one OpenCC call per configuration."""
    from zhgloss.convert import traditional_variants_of

    forms = list(dict.fromkeys(form for entry in entries for _, form in _conversion_sources(entry)))
    return dict(zip(forms, traditional_variants_of(forms), strict=True))


def _converted_keys(entry: Entry, converted: Mapping[str, tuple[str, ...]] | None = None) -> Iterator[Key]:
    """Keys of the traditional spellings of the simplified forms that the entry does not store itself.

    An alias stored only in simplified characters (霸总) is then found when typed in traditional (霸總).
    """
    from zhgloss.convert import traditional_variants

    stored = set(entry.zh_forms)
    for field, form in _conversion_sources(entry):
        variants = converted[form] if converted is not None else traditional_variants(form)
        for variant in variants:
            if variant not in stored:
                yield Key(zh_key(variant), field, variant)


def query_keys(query: str) -> list[str]:
    """Return the keys a query is looked up by."""
    if has_cjk(query):
        return [zh_key(query)]
    keys = [zh_key(query), en_key(query)]
    if looks_like_pinyin(query):
        keys.append(pinyin_key(query))
    keys = [k for k in keys if k]
    return list(dict.fromkeys(keys))


def _rank(hits: Iterable[tuple[Entry, Key]], query: str) -> list[LookupHit]:
    from zhgloss.store import LookupHit

    toned = not has_cjk(query) and has_tones(query)
    wanted_tones = tone_sequence(query) if toned else ""
    best: dict[str, tuple[int, LookupHit]] = {}
    order: dict[str, int] = {}
    for entry, key in hits:
        # A query with tones ("liu2 qiang2 dong1", "Liú") means pinyin, and its tones must agree.
        if toned and (key.tones != wanted_tones or key.field not in ("pinyin", "reversed")):
            continue
        rank = FIELD_RANK[key.field]
        hit = LookupHit(entry, key.field, key.form, reversed=key.field == "reversed")
        order.setdefault(entry.id, len(order))
        if entry.id not in best or rank < best[entry.id][0]:
            best[entry.id] = (rank, hit)
    ranked = sorted(best.values(), key=lambda rh: (rh[0], order[rh[1].entry.id]))
    if any(rank < FIELD_RANK["reversed"] for rank, _ in ranked):
        ranked = [rh for rh in ranked if not rh[1].reversed]
    return [hit for _, hit in ranked]


def lookup_in(entries: Iterable[Entry], query: str) -> list[LookupHit]:
    """Look `query` up among `entries` without an index (for small, in-memory glossaries)."""
    wanted = set(query_keys(query))
    return _rank(((e, k) for e in entries for k in iter_keys(e) if k.key in wanted), query)


class LookupIndex:
    """A SQLite index of a glossary file's keys, rebuilt when the file changes.

    An entry the store wrote is not copied into the index: the index keeps where it is written in
    the glossary file (`zhgloss.store.Glossary.entry_spans`), read in place, memory-mapped.
    """

    def __init__(self, conn: sqlite3.Connection, glossary_file: bytes | memoryview = b"") -> None:
        self._conn = conn
        self._source = glossary_file

    @classmethod
    def for_glossary(cls, glossary: Glossary) -> LookupIndex:
        """Open the index of `glossary`'s file, (re)building it if it is missing or stale.

        Raise GlossaryFileError if the file cannot be read, or keeps changing while it is indexed.
        """
        from zhgloss.cache import cache_file, changed_error, identity, map_glossary

        assert glossary.path is not None
        path = cache_file(glossary.path, f"{INDEX_FORMAT}.sqlite")
        for _ in range(3):
            current, source = map_glossary(glossary.path)
            index = cls._open(glossary, path, current, source)
            # Built from the file at another version than the one mapped (replaced meanwhile): again.
            if identity(glossary.path) == current:
                return index
        raise changed_error(glossary.path)

    @classmethod
    def _open(cls, glossary: Glossary, path: Path | None, current: str, source: memoryview) -> LookupIndex:
        assert glossary.path is not None
        if path is None:  # no usable cache folder: index in memory, for this run only
            return cls._build(glossary, None, current, source)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            row = conn.execute("SELECT value FROM meta WHERE name = 'identity'").fetchone()
            if row is not None and row[0] == current:
                return cls(conn, source)
            conn.close()
        except sqlite3.Error:
            pass
        from zhgloss.progress import step

        with step(f"building the lookup index of {glossary.path.name} (once per change)"):
            try:
                return cls._build(glossary, path, current, source)
            except OSError:  # the cache folder is not writable after all
                return cls._build(glossary, None, current, source)

    @classmethod
    def _build(cls, glossary: Glossary, target: Path | None, current: str, source: memoryview) -> LookupIndex:
        """Build the index into `target` (through a temporary file and a rename), or in memory if None."""
        import os
        import tempfile

        import orjson

        from zhgloss.bulk import paused_gc

        with paused_gc():
            entries = list(glossary.iter_entries())
        seen: set[str] = set()
        for entry in entries:
            if entry.id in seen:
                raise GlossaryFileError(glossary.path or "<memory>", f"two entries have the id {entry.id!r}")
            seen.add(entry.id)
        converted = _converted_forms(entries)
        spans = glossary.entry_spans(entries)
        if target is None:
            tmp = ":memory:"
        else:
            from zhgloss.atomic import remove_stale_temps

            remove_stale_temps(target.parent)  # what killed builds left
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".lookup.", suffix=".tmp")
            os.close(fd)
        try:
            conn = sqlite3.connect(tmp)
            conn.executescript(
                """
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE entries (
                    pos INTEGER PRIMARY KEY, id TEXT UNIQUE, refers_to TEXT, doc TEXT, start INTEGER, stop INTEGER
                );
                CREATE TABLE keys (key TEXT, pos INTEGER, field TEXT, form TEXT, tones TEXT);
                """
            )
            # The document itself only when the file does not hold it as the store writes it (no spans).
            conn.executemany(
                "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (pos, e.id, e.refers_to, None, *spans[pos])
                    if spans is not None
                    else (pos, e.id, e.refers_to, orjson.dumps(e.to_dict()).decode(), None, None)
                    for pos, e in enumerate(entries)
                ),
            )
            conn.executemany(
                "INSERT INTO keys VALUES (?, ?, ?, ?, ?)",
                (
                    (k.key, pos, k.field, k.form, k.tones)
                    for pos, e in enumerate(entries)
                    for k in iter_keys(e, converted)
                ),
            )
            conn.execute("CREATE INDEX keys_key ON keys (key)")
            conn.execute("CREATE INDEX entries_refers_to ON entries (refers_to)")
            conn.execute("INSERT INTO meta VALUES ('identity', ?)", (current,))
            conn.commit()
            if target is None:
                return cls(conn, source)
            conn.close()
            os.replace(tmp, target)
        except BaseException:
            if target is not None:
                Path(tmp).unlink(missing_ok=True)
            raise
        return cls(sqlite3.connect(f"file:{target}?mode=ro", uri=True), source)

    def _entry(self, doc: str | None, start: int | None, stop: int | None) -> Entry:
        if doc is None:
            if start is None or stop is None or not 0 <= start <= stop <= len(self._source):
                raise GlossaryFileError("<lookup index>", "damaged: an entry lies outside the glossary file")
            return Entry.from_dict(json.loads(bytes(self._source[start:stop])))
        return Entry.from_dict(json.loads(doc))

    def find_by_id(self, entry_id: str) -> Entry | None:
        """Return the entry with id `entry_id`, or None."""
        row = self._conn.execute("SELECT doc, start, stop FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return self._entry(*row) if row else None

    def referring_to(self, entry_id: str) -> list[Entry]:
        """Return the entries (nicknames, stock codes) whose refers_to is `entry_id`."""
        rows = self._conn.execute("SELECT doc, start, stop FROM entries WHERE refers_to = ? ORDER BY pos", (entry_id,))
        return [self._entry(*row) for row in rows]

    def lookup(self, query: str) -> list[LookupHit]:
        """Return the entries `query` names exactly, best first (see `Glossary.lookup`)."""
        keys = query_keys(query)
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(
            f"SELECT k.key, k.field, k.form, k.tones, e.doc, e.start, e.stop FROM keys k JOIN entries e "
            f"ON e.pos = k.pos WHERE k.key IN ({marks}) ORDER BY k.pos",
            keys,
        ).fetchall()
        return _rank(
            (
                (self._entry(doc, start, stop), Key(key, field, form, tones))
                for key, field, form, tones, doc, start, stop in rows
            ),
            query,
        )

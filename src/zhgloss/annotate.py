"""Find every glossary name in a text and gloss it: the matcher and its renderers.

The engine is two daachorse automata (Chinese forms, and English forms over
lower-cased text) built once per glossary version and cached as bytes (see
`Annotator.to_bytes` and `zhgloss.cache.load_cached`). Matches follow one rule,
leftmost-longest among the candidates that pass the boundary and case rules,
so `mentions()` equals the naive definition: take every occurrence of every
form, drop those that fail the rules, then from left to right keep the longest
one at the leftmost free position.

Rules, in the order a reader would ask about them:

* Chinese forms match anywhere in Chinese text (Chinese has no word breaks).
  Names written with a separator (史蒂夫·乔布斯) also match with the other
  separators of `zhgloss.script.NAME_SEPARATORS` or none.
* An end of a form that is a Latin letter or digit must sit at a word boundary:
  "Ma" is not found in "Mark" or "Macau", "688111" not in "1688111", "SU7" not
  in "SU70". CJK characters count as boundaries ("代码688111").
* Case: every letter the glossary writes in upper case must be upper case in the
  text; lower-case letters may be either. "Xiaomi", "XIAOMI" and EqualOcean's
  "LEI Jun" match, but "apple" and "amazon" in running text do not match Apple
  and Amazon. A form the glossary writes all in lower case (phrases such as
  "triathlon" or "go with the flow") matches in any case.
* No form contains a line break, so a name split by a line break never matches.

Annotation inserts a gloss after a mention and never changes a character of the
input, so removing the insertions (`remove_insertions`) gives the input back.
A mention already followed by its gloss in brackets ("Lei Jun (雷军)",
"雷军（Lei Jun）") is left alone and so is the gloss itself: annotating
annotated text changes nothing.
"""

from __future__ import annotations

import bisect
import codecs
import html
import json
import re
import struct
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, BinaryIO, Literal

from zhgloss.errors import FormatError, UsageError
from zhgloss.model import Entry
from zhgloss.script import NAME_SEPARATORS, has_cjk, is_cjk

CACHE_KIND = "annotate-v1"
"""Name and format version of the cached automaton (for `zhgloss.cache.load_cached`)."""

FORMS = ("zh", "zh_hant", "en", "zh_alias", "alias")
"""Entry fields a mention can match, in the order that wins when two entries share a form."""

Gloss = Literal["auto", "en", "pinyin", "zh", "both"]
Format = Literal["inline", "html", "json", "tsv"]
GLOSSES: tuple[str, ...] = ("auto", "en", "pinyin", "zh", "both")
FORMATS: tuple[str, ...] = ("inline", "html", "json", "tsv")

Span = tuple[int, int, int]
"""A match inside the engine: start, end, value index (one pattern form of one entry)."""

_MAGIC = b"ZHGLOSS-ANNOTATE-1\n"
_OPEN = "(（"
_CLOSE = ")）"
_first = itemgetter(0)

# Common characters written differently in traditional and simplified Chinese, used to
# decide which script an English name's Chinese gloss takes. Each glossary adds its own
# pairs (the characters where an entry's zh and zh_hant differ).
_TRAD_ONLY = "們這個說為來時會國對後發經動開關電學實點業當還與從過長進體現軟華東馬雲軍"
_SIMP_ONLY = "们这个说为来时会国对后发经动开关电学实点业当还与从过长进体现软华东马云军"


def is_word_char(char: str) -> bool:
    """Tell whether `char` continues a Latin word (letter, digit, mark; full-width too, CJK not)."""
    cp = ord(char)
    if cp >= 0x2E80 and not 0xFF10 <= cp <= 0xFF5A:
        return False
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


def _fold(text: str) -> str:
    """Lower-case `text` keeping its length, so offsets in the folded text are offsets in `text`."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few letters (U+0130 İ) lower-case to two code points; keep them as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _to_fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _case_ok(form: str, surface: str) -> bool:
    return all(s.isupper() for f, s in zip(form, surface, strict=True) if f.isupper())


def _separator_variants(form: str) -> list[str]:
    if not any(c in NAME_SEPARATORS for c in form):
        return [form]
    parts = re.split(f"[{NAME_SEPARATORS}]", form)
    return [form] + [sep.join(parts) for sep in (*NAME_SEPARATORS, "")]


@dataclass(frozen=True)
class Mention:
    """One name found in a text: where it is, what it spells and which entry it is."""

    start: int
    """Code-point offset of the first character, into the text passed in."""
    end: int
    """Code-point offset just past the last character."""
    surface: str
    """The text as written: text[start:end]."""
    entry: Entry
    form: str
    """Which field of the entry matched: "zh", "zh_hant", "zh_alias", "en" or "alias"."""
    script: str
    """The language of the surface: "zh" if it has Chinese characters, else "en"."""


@dataclass(frozen=True)
class Insertion:
    """Text that annotation inserted at offset `at` of the original text."""

    at: int
    text: str


@dataclass(frozen=True)
class Record:
    """What the renderers need of an entry, read from the cache without building an Entry."""

    id: str
    type: str
    zh: str | None
    zh_hant: str | None
    pinyin: str | None
    en: str
    aliases: tuple[str, ...]
    zh_aliases: tuple[str, ...]
    refers_to: str | None
    title: str | None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Build a record from an entry's JSON form (see `Entry.to_dict`)."""
        roles = data.get("roles") or []
        title = None
        if roles:
            first = roles[0]
            title = first["title"] + (f", {first['org']}" if first.get("org") else "")
        return cls(
            id=data["id"],
            type=data.get("type", "person"),
            zh=data.get("zh"),
            zh_hant=data.get("zh_hant"),
            pinyin=data.get("pinyin"),
            en=data["en"],
            aliases=tuple(data.get("aliases") or ()),
            zh_aliases=tuple(data.get("zh_aliases") or ()),
            refers_to=data.get("refers_to"),
            title=title,
        )

    def forms(self) -> dict[str, Any]:
        """Return the glossary's forms of the entry as JSON-ready data."""
        return {
            "id": self.id,
            "type": self.type,
            "zh": self.zh,
            "zh_hant": self.zh_hant,
            "pinyin": self.pinyin,
            "en": self.en,
            "aliases": list(self.aliases),
            "zh_aliases": list(self.zh_aliases),
            "refers_to": self.refers_to,
        }

    def gloss_strings(self) -> set[str]:
        """Return every text that counts as this entry's gloss when written in brackets after it."""
        parts = [p for p in (self.zh, self.zh_hant, self.pinyin, self.en) if p]
        out = set(parts) | set(self.aliases) | set(self.zh_aliases)
        for zh in (self.zh, self.zh_hant):
            if zh and self.pinyin:
                out.add(f"{zh}, {self.pinyin}")
        if self.pinyin:
            out.add(f"{self.pinyin}, {self.en}")
        return out


class _Tables:
    """The matcher's data, built from entries or read back from bytes."""

    def __init__(self) -> None:
        self.zll: Any = None  # leftmost-longest automaton of the Chinese forms
        self.zall: Any = None  # the same patterns, standard (overlapping) automaton
        self.eall: Any = None  # English forms, lower-cased, standard automaton
        self.n_z = 0
        self.value_entry = array("i")  # value index -> entry index
        self.value_form = array("b")  # value index -> index into FORMS
        self.z_bounds = array("b")  # Chinese pattern -> 1: Latin first char, 2: Latin last char
        self.e_bounds = array("b")  # English pattern -> as z_bounds
        self.e_first = array("i")  # English pattern -> its first value index (values are consecutive)
        self.e_forms: list[str] = []  # English value (minus n_z) -> the form as written, for the case rule
        self.entry_blob = b""
        self.entry_offsets = array("q")
        self.simp_trad: tuple[str, str] = (_SIMP_ONLY, _TRAD_ONLY)


def _build_tables(entries: Sequence[Entry]) -> _Tables:
    import daachorse

    z_patterns: dict[str, tuple[int, int]] = {}
    e_patterns: dict[str, list[tuple[int, int, str]]] = {}
    ranked: list[tuple[int, int, str]] = []
    for index, entry in enumerate(entries):
        for code, name in enumerate(FORMS):
            value = getattr(entry, name if name in ("zh", "zh_hant", "en") else name + "es")
            forms = [value] if isinstance(value, str) else list(value or ())
            ranked.extend((code, index, form) for form in forms)
    ranked.sort(key=lambda r: (r[0], r[1]))
    for code, index, form in ranked:
        if has_cjk(form):
            for variant in _separator_variants(form):
                z_patterns.setdefault(variant, (index, code))
        else:
            folded = _fold(form)
            for key, as_written in ((folded, form), (_fold(_to_fullwidth(form)), _to_fullwidth(form))):
                values = e_patterns.setdefault(key, [])
                if all(v[0] != index or v[2] != as_written for v in values):
                    values.append((index, code, as_written))
    tables = _Tables()
    z_keys = list(z_patterns)
    tables.n_z = len(z_keys)
    for key in z_keys:
        index, code = z_patterns[key]
        tables.value_entry.append(index)
        tables.value_form.append(code)
        tables.z_bounds.append((1 if is_word_char(key[0]) else 0) | (2 if is_word_char(key[-1]) else 0))
    e_keys = list(e_patterns)
    for key in e_keys:
        tables.e_bounds.append((1 if is_word_char(key[0]) else 0) | (2 if is_word_char(key[-1]) else 0))
        tables.e_first.append(len(tables.value_entry))
        for index, code, as_written in e_patterns[key]:
            tables.value_entry.append(index)
            tables.value_form.append(code)
            tables.e_forms.append(as_written)
    tables.e_first.append(len(tables.value_entry))
    if z_keys:
        tables.zll = daachorse.CharwiseDoubleArrayAhoCorasick(z_keys, daachorse.MATCH_KIND_LEFTMOST_LONGEST)
        tables.zall = daachorse.CharwiseDoubleArrayAhoCorasick(z_keys)
    if e_keys:
        tables.eall = daachorse.CharwiseDoubleArrayAhoCorasick(e_keys)
    blob = bytearray()
    tables.entry_offsets.append(0)
    for entry in entries:
        blob += json.dumps(entry.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        tables.entry_offsets.append(len(blob))
    tables.entry_blob = bytes(blob)
    simp, trad = _SIMP_ONLY, _TRAD_ONLY
    for entry in entries:
        if entry.zh and entry.zh_hant and len(entry.zh) == len(entry.zh_hant):
            for s, t in zip(entry.zh, entry.zh_hant, strict=True):
                if s != t and s not in simp and t not in trad:
                    simp, trad = simp + s, trad + t
    tables.simp_trad = (simp, trad)
    return tables


def _greedy(candidates: list[Span]) -> list[Span]:
    """Keep, from left to right, the longest candidate at the leftmost free position."""
    candidates.sort(key=lambda c: (c[0], -c[1]))
    out: list[Span] = []
    end = -1
    for cand in candidates:
        if cand[0] >= end:
            out.append(cand)
            end = cand[1]
    return out


class Annotator:
    """Find glossary names in text and gloss them; build once per glossary, use on any amount of text.

    Example::

        annotator = Annotator(glossary.iter_entries())
        annotator.annotate("雷军创办了小米。")  # -> "雷军（Lei Jun）创办了小米（Xiaomi）。"
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        listed = list(entries)
        self._init(_build_tables(listed))
        self._entries: dict[int, Entry] = dict(enumerate(listed))

    def _init(self, tables: _Tables) -> None:
        self._t = tables
        self._entries = {}
        self._records: dict[int, Record] = {}
        simp, trad = tables.simp_trad
        self._simp = frozenset(simp)
        self._trad = frozenset(trad)

    # Cache

    def to_bytes(self) -> bytes:
        """Serialize the automata and the entries, for `from_bytes` (and the on-disk cache)."""
        t = self._t
        meta = {
            "n_z": t.n_z,
            "e_forms": t.e_forms,
            "simp_trad": list(t.simp_trad),
        }
        sections = [
            json.dumps(meta, ensure_ascii=False).encode("utf-8"),
            t.zll.serialize() if t.zll is not None else b"",
            t.zall.serialize() if t.zall is not None else b"",
            t.eall.serialize() if t.eall is not None else b"",
            t.value_entry.tobytes(),
            t.value_form.tobytes(),
            t.z_bounds.tobytes(),
            t.e_first.tobytes(),
            t.e_bounds.tobytes(),
            t.entry_offsets.tobytes(),
            t.entry_blob,
        ]
        head = struct.pack(f"<{len(sections)}Q", *(len(s) for s in sections))
        return _MAGIC + head + b"".join(sections)

    @classmethod
    def from_bytes(cls, data: bytes) -> Annotator:
        """Rebuild an annotator from `to_bytes` output; raise ValueError if `data` is not one."""
        import daachorse

        if not data.startswith(_MAGIC):
            raise ValueError("not a zhgloss annotator")
        count = 11
        pos = len(_MAGIC) + 8 * count
        sizes = struct.unpack(f"<{count}Q", data[len(_MAGIC) : pos])
        sections = []
        for size in sizes:
            sections.append(data[pos : pos + size])
            pos += size
        if pos != len(data):
            raise ValueError("truncated zhgloss annotator")
        meta = json.loads(sections[0])
        t = _Tables()
        t.n_z = meta["n_z"]
        t.e_forms = meta["e_forms"]
        t.simp_trad = tuple(meta["simp_trad"])  # type: ignore[assignment]
        automaton = daachorse.CharwiseDoubleArrayAhoCorasick
        t.zll = automaton.deserialize(sections[1]) if sections[1] else None
        t.zall = automaton.deserialize(sections[2]) if sections[2] else None
        t.eall = automaton.deserialize(sections[3]) if sections[3] else None
        for arr, raw in (
            (t.value_entry, sections[4]),
            (t.value_form, sections[5]),
            (t.z_bounds, sections[6]),
            (t.e_first, sections[7]),
            (t.e_bounds, sections[8]),
            (t.entry_offsets, sections[9]),
        ):
            arr.frombytes(raw)  # type: ignore[attr-defined]
        t.entry_blob = sections[10]
        self = cls.__new__(cls)
        self._init(t)
        return self

    # Entries

    def __len__(self) -> int:
        return len(self._t.entry_offsets) - 1

    def _entry_dict(self, index: int) -> dict[str, Any]:
        offsets = self._t.entry_offsets
        data: dict[str, Any] = json.loads(self._t.entry_blob[offsets[index] : offsets[index + 1]])
        return data

    def record(self, index: int) -> Record:
        """Return what the renderers need of entry number `index`."""
        rec = self._records.get(index)
        if rec is None:
            rec = self._records[index] = Record.from_dict(self._entry_dict(index))
        return rec

    def entry(self, index: int) -> Entry:
        """Return entry number `index` (in the order the annotator was built from)."""
        entry = self._entries.get(index)
        if entry is None:
            entry = self._entries[index] = Entry.from_dict(self._entry_dict(index))
        return entry

    # Matching

    def _english(self, text: str) -> list[Span]:
        """Every English candidate that passes the boundary and case rules (overlapping)."""
        t = self._t
        out: list[Span] = []
        n = len(text)
        first, forms, n_z, bounds = t.e_first, t.e_forms, t.n_z, t.e_bounds
        for s, e, p in t.eall.find_overlapping(_fold(text)):
            b = bounds[p]
            if (b & 1 and s > 0 and is_word_char(text[s - 1])) or (b & 2 and e < n and is_word_char(text[e])):
                continue
            surface = text[s:e]
            for value in range(first[p], first[p + 1]):
                if _case_ok(forms[value - n_z], surface):
                    out.append((s, e, value))
                    break
        return out

    def _z_ok(self, text: str, s: int, e: int, p: int) -> bool:
        bounds = self._t.z_bounds[p]
        return not (
            (bounds & 1 and s > 0 and is_word_char(text[s - 1]))
            or (bounds & 2 and e < len(text) and is_word_char(text[e]))
        )

    def spans(self, text: str) -> list[Span]:
        """Return the matches in `text` as (start, end, value) triples, sorted and non-overlapping."""
        t = self._t
        z: list[Span] = t.zll.find(text) if t.zll is not None else []
        troubled: list[int] = []  # offsets whose line needs the full (overlapping) computation
        if z:
            bounds = t.z_bounds
            troubled = [s for s, e, p in z if bounds[p] and not self._z_ok(text, s, e, p)]
        english: list[Span] = []
        if t.eall is not None and _LATIN_RE.search(text):
            english = self._english(text)
        if not english and not troubled:
            return z
        chosen = _greedy(list(english))
        for s, e, _ in chosen:
            i = bisect.bisect_left(z, e, key=_first)
            if i and z[i - 1][1] > s:
                troubled.append(s)
        if not troubled:
            return sorted(z + chosen)
        # A Chinese match failed its boundary or overlaps an English one: redo those lines
        # from every candidate, so a shorter or later match the automaton skipped can win.
        lines: set[tuple[int, int]] = set()
        for offset in troubled:
            lines.add((_line_start(text, offset), _line_end(text, offset)))
        kept = [m for m in z + chosen if not any(a <= m[0] < b for a, b in lines)]
        for a, b in sorted(lines):
            line = text[a:b]
            cands: list[Span] = [
                (s + a, e + a, p) for s, e, p in t.zall.find_overlapping(line) if self._z_ok(line, s, e, p)
            ]
            cands += [m for m in english if a <= m[0] < b]
            kept += _greedy(cands)
        return sorted(kept)

    def _mention(self, text: str, span: Span, base: int = 0) -> Mention:
        s, e, value = span
        surface = text[s:e]
        return Mention(
            start=s + base,
            end=e + base,
            surface=surface,
            entry=self.entry(self._t.value_entry[value]),
            form=FORMS[self._t.value_form[value]],
            script="zh" if has_cjk(surface) else "en",
        )

    def mentions(self, text: str) -> list[Mention]:
        """Return every glossary name in `text`: leftmost-longest, non-overlapping, in order."""
        return [self._mention(text, span) for span in self.spans(text)]

    def iter_mentions(self, lines: Iterable[str]) -> Iterator[Mention]:
        """Yield the mentions of a text given as lines (with their line endings); offsets count from the first."""
        base = 0
        for line in lines:
            for span in self.spans(line):
                yield self._mention(line, span, base)
            base += len(line)

    def value_entry(self, value: int) -> int:
        """Return the entry index of match value `value`."""
        return self._t.value_entry[value]

    def value_form(self, value: int) -> str:
        """Return the field ("zh", "en", ...) of match value `value`."""
        return FORMS[self._t.value_form[value]]

    # Annotating

    def insertions(self, text: str, *, gloss: Gloss = "auto", first_only: bool = False) -> list[Insertion]:
        """Return what inline annotation inserts into `text`, as (offset, text) pairs in order."""
        session = Session(self, gloss=gloss, fmt="inline", first_only=first_only)
        return [Insertion(m.at, m.inserted) for m in session.render_marks(text) if m.inserted]

    def annotate(
        self, text: str, *, gloss: Gloss = "auto", fmt: Format = "inline", first_only: bool = False, source: str = "-"
    ) -> str:
        """Return `text` annotated: glosses inserted (inline), ruby markup (html), or one line per mention (json, tsv)."""
        session = Session(self, gloss=gloss, fmt=fmt, first_only=first_only, source=source)
        return session.header() + session.render(text)

    def is_traditional(self, text: str) -> bool | None:
        """Tell whether `text` is written in traditional characters (None when it cannot tell)."""
        trad = sum(1 for c in text if c in self._trad)
        simp = sum(1 for c in text if c in self._simp)
        if trad == simp:
            return None
        return trad > simp


_LATIN_RE = re.compile(r"[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def _line_end(text: str, offset: int) -> int:
    ends = [i for i in (text.find("\n", offset), text.find("\r", offset)) if i >= 0]
    return min(ends) if ends else len(text)


def remove_insertions(annotated: str, insertions: Iterable[Insertion]) -> str:
    """Undo inline annotation: remove `insertions` (offsets into the original) from `annotated`."""
    parts: list[str] = []
    shift = 0
    pos = 0
    for ins in insertions:
        at = ins.at + shift
        if annotated[at : at + len(ins.text)] != ins.text:
            raise ValueError(f"{ins.text!r} is not at offset {ins.at}")
        parts.append(annotated[pos:at])
        pos = at + len(ins.text)
        shift += len(ins.text)
    parts.append(annotated[pos:])
    return "".join(parts)


def apply_insertions(text: str, insertions: Iterable[Insertion]) -> str:
    """Insert `insertions` (offsets into `text`, in order) into `text`."""
    parts: list[str] = []
    pos = 0
    for ins in insertions:
        parts.append(text[pos : ins.at])
        parts.append(ins.text)
        pos = ins.at
    parts.append(text[pos:])
    return "".join(parts)


@dataclass
class Mark:
    """A mention as rendered: what was found, its status, and what inline annotation inserts after it."""

    span: Span
    status: str
    """"glossed" (a gloss was inserted), "already-glossed", "in-gloss" (it is a gloss), "repeat" (--first-only)
    or "same" (the gloss would repeat the surface)."""
    gloss: str | None
    inserted: str
    at: int


@dataclass
class Session:
    """Annotation state across the chunks of one text: first mentions seen, offsets, line numbers, counts."""

    annotator: Annotator
    gloss: Gloss = "auto"
    fmt: Format = "inline"
    first_only: bool = False
    source: str = "-"
    counts: Counter[int] = field(default_factory=Counter)
    offset: int = 0
    line: int = 1
    traditional: bool = False
    _seen: set[int] = field(default_factory=set)
    _glosses: dict[tuple[int, bool, bool], str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.gloss not in GLOSSES:
            raise UsageError(f"gloss must be one of {', '.join(GLOSSES)}, not {self.gloss!r}")
        if self.fmt not in FORMATS:
            raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {self.fmt!r}")

    def header(self) -> str:
        """Return what the output starts with (the TSV header line; nothing for the others)."""
        if self.fmt == "tsv":
            return "\t".join(TSV_COLUMNS) + "\n"
        return ""

    def _gloss_text(self, value: int, script_zh: bool, traditional: bool) -> str | None:
        key = (value, script_zh, traditional)
        if key in self._glosses:
            return self._glosses[key]
        ann = self.annotator
        rec = ann.record(ann.value_entry(value))
        zh = (rec.zh_hant if traditional and rec.zh_hant else rec.zh) or None
        mode = self.gloss
        if mode == "auto":
            parts = [rec.en] if script_zh else [zh]
        elif mode == "en":
            parts = [rec.en]
        elif mode == "zh":
            parts = [zh]
        elif mode == "pinyin":
            parts = [rec.pinyin]
        else:
            parts = [rec.pinyin, rec.en] if script_zh else [zh, rec.pinyin]
        text = ", ".join(p for p in parts if p) or None
        self._glosses[key] = text
        return text

    def _trad_context(self, text: str, at: int) -> bool:
        line = text[_line_start(text, at) : _line_end(text, at)]
        verdict = self.annotator.is_traditional(line)
        if verdict is not None:
            self.traditional = verdict
        return self.traditional

    def render_marks(self, text: str) -> list[Mark]:
        """Decide, for each mention in `text`, whether and what to gloss (state carries to the next call)."""
        ann = self.annotator
        spans = ann.spans(text)
        marks: list[Mark] = []
        skip_until = -1
        n = len(text)
        value_entry = ann.value_entry
        for i, span in enumerate(spans):
            s, e, value = span
            index = value_entry(value)
            self.counts[index] += 1
            if s < skip_until:
                marks.append(Mark(span, "in-gloss", None, "", e))
                continue
            opening, close = _gloss_brackets(text, e, n)
            if close and self._is_gloss_of(text[opening + 1 : close], spans, i, index, close):
                skip_until = close
                self._seen.add(index)
                marks.append(Mark(span, "already-glossed", None, "", e))
                continue
            if self.first_only and index in self._seen:
                marks.append(Mark(span, "repeat", None, "", e))
                continue
            self._seen.add(index)
            surface = text[s:e]
            script_zh = has_cjk(surface)
            traditional = False
            if not script_zh and self.gloss in ("auto", "zh", "both"):
                traditional = self._trad_context(text, s)
            elif ann.value_form(value) == "zh_hant":
                self.traditional = True
            elif ann.value_form(value) == "zh":
                rec = ann.record(index)
                if rec.zh != rec.zh_hant:
                    self.traditional = False
            gloss = self._gloss_text(value, script_zh, traditional)
            if gloss is None or gloss == surface or gloss.casefold() == surface.casefold():
                marks.append(Mark(span, "same", None, "", e))
                continue
            chinese = script_zh or (e < n and is_cjk(text[e])) or (s > 0 and is_cjk(text[s - 1]))
            inserted = f"（{gloss}）" if chinese else f" ({gloss})"
            marks.append(Mark(span, "glossed", gloss, inserted, e))
        return marks

    def _is_gloss_of(self, content: str, spans: list[Span], i: int, index: int, close: int) -> bool:
        if content.strip() in self.annotator.record(index).gloss_strings():
            return True
        value_entry = self.annotator.value_entry
        for s, e, value in spans[i + 1 :]:
            if s >= close:
                break
            if e <= close and value_entry(value) == index:
                return True
        return False

    def render(self, text: str) -> str:
        """Render one chunk of text (whole lines) in the session's format; offsets continue from the last chunk."""
        fmt = self.fmt
        if fmt == "inline":
            out = self._inline(text)
        elif fmt == "html":
            out = self._html(text)
        else:
            out = self._rows(text)
        self.offset += len(text)
        self.line += text.count("\n")
        return out

    def _inline(self, text: str) -> str:
        parts: list[str] = []
        pos = 0
        for mark in self.render_marks(text):
            if mark.inserted:
                parts.append(text[pos : mark.at])
                parts.append(mark.inserted)
                pos = mark.at
        if not parts:
            return text
        parts.append(text[pos:])
        return "".join(parts)

    def _html(self, text: str) -> str:
        escape = html.escape
        parts: list[str] = []
        pos = 0
        ann = self.annotator
        for mark in self.render_marks(text):
            if mark.gloss is None:
                continue
            s, e, value = mark.span
            rec = ann.record(ann.value_entry(value))
            title = f' title="{escape(rec.title)}"' if rec.title else ""
            parts.append(escape(text[pos:s]))
            parts.append(
                f'<ruby class="zhgloss" data-id="{escape(rec.id)}"{title}>{escape(text[s:e])}'
                f"<rp>(</rp><rt>{escape(mark.gloss)}</rt><rp>)</rp></ruby>"
            )
            pos = e
        parts.append(escape(text[pos:]))
        return "".join(parts)

    def _rows(self, text: str) -> str:
        marks = self.render_marks(text)
        if not marks:
            return ""
        breaks = [i for i, c in enumerate(text) if c == "\n"] if "\n" in text else []
        ann = self.annotator
        rows: list[str] = []
        for mark in marks:
            s, e, value = mark.span
            k = bisect.bisect_left(breaks, s)
            col = s - (breaks[k - 1] + 1 if k else 0)
            rec = ann.record(ann.value_entry(value))
            surface = text[s:e]
            row = {
                "file": self.source,
                "line": self.line + k,
                "col": col + 1,
                "start": self.offset + s,
                "end": self.offset + e,
                "surface": surface,
                "id": rec.id,
                "type": rec.type,
                "form": ann.value_form(value),
                "script": "zh" if has_cjk(surface) else "en",
                "status": mark.status,
                "gloss": mark.gloss,
                "inserted": mark.inserted or None,
                "entry": rec.forms(),
            }
            if self.fmt == "json":
                rows.append(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            else:
                flat = {**rec.forms(), **row}
                rows.append("\t".join(_tsv_cell(flat.get(c)) for c in TSV_COLUMNS) + "\n")
        return "".join(rows)


TSV_COLUMNS = ("file", "line", "col", "start", "end", "id", "surface", "form", "status", "zh", "pinyin", "en")


def _tsv_cell(value: object) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ")


def _gloss_brackets(text: str, end: int, n: int) -> tuple[int, int]:
    """Return the offsets of the brackets of a gloss written right after offset `end`, else (0, 0)."""
    j = end
    if j < n and text[j] in " \t":
        j += 1
    if j >= n or text[j] not in _OPEN:
        return 0, 0
    k = j + 1
    while k < n:
        c = text[k]
        if c in _CLOSE:
            return j, k
        if c in _OPEN or c in "\n\r":
            return 0, 0
        k += 1
    return 0, 0

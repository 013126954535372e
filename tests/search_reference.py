"""The search index built the plain way, a form at a time: the reference the fast build must equal byte for byte.

This is `zhgloss.fuzzy.Searcher`'s build as it was before it was done a column at a time (format search-v8,
with the ranked Chinese keys of v9 in place of the postings of each gram) (one
Python call per form and per posting, ~3x slower on 10^5 entries). `tests/test_fuzzy.py` holds
the two equal on real and generated glossaries, so every table and every search result is the same.
"""

from __future__ import annotations

import bisect
import itertools
import marshal
import operator
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from zhgloss.forms import variant_texts
from zhgloss.fuzzy import (
    ALIAS,
    EN,
    FORMAT,
    GRAM_BLOCK,
    GRAM_CAP,
    HANT,
    INITIALS,
    LATIN_ZH,
    MAGIC,
    PINYIN,
    POSTING_CAP,
    VARIANT,
    ZH,
    ZH_ALIAS,
    _salience,
)
from zhgloss.model import Entry, fold_letters

if TYPE_CHECKING:
    from zhgloss.fuzzy import Searcher
from zhgloss.packed import Sections as _Sections
from zhgloss.script import en_words, has_cjk, is_cjk, pinyin_key, zh_key

_PINYIN_SPLIT_RE = re.compile(r"[\s\-\u00b7,]+")
_first_char = operator.itemgetter(0)


def _chinese_texts(entry: Entry) -> list[str | None]:
    return [entry.zh, entry.zh_hant, *entry.zh_aliases]


def _grams(key: str) -> set[str]:
    return {c for c in key if is_cjk(c)} | {key[i : i + 2] for i in range(len(key) - 1)}


def _pinyin_words(entry: Entry, keys: dict[str, str] | None = None) -> list[str]:
    """Return the entry's pinyin as toneless words, derived from its Chinese if it has none.

    `keys` memoises `pinyin_key` of each word over many entries (a few thousand words make up
    the pinyin of 10^5 entries).
    """
    if entry.pinyin:
        if keys is None:
            keys = {}
        words = []
        for part in _PINYIN_SPLIT_RE.split(entry.pinyin):
            key = keys.get(part)
            if key is None:
                key = keys[part] = pinyin_key(part)
            if key:
                words.append(key)
        return words
    if entry.zh and has_cjk(entry.zh):
        from zhgloss.pinyin import to_pinyin_syllables

        return to_pinyin_syllables(entry.zh)
    return []


def _initials(words: list[str], memo: dict[str, str] | None = None) -> str:
    """Return the first letter of each syllable of `words` ("lei", "jun" -> "lj"); "" for fewer than two syllables.

    `memo` keeps each word's letters over many entries.
    """
    from zhgloss.pinyin import split_syllables

    if memo is None:
        memo = {}
    letters = []
    for word in words:
        first = memo.get(word)
        if first is None:
            first = memo[word] = "".join(s[0] for s in split_syllables(word))
        letters.append(first)
    joined = "".join(letters)
    return joined if len(joined) >= 2 else ""


def _bucket_terms(terms: Iterable[str]) -> tuple[bytes, dict[str, list[int]], list[str], array[int]]:
    """Lay out the terms by first letter, then by length, one a line, with where each length starts.

    The near terms of a word are looked for only among those sharing its first letter and within
    two of its length: one slice of the text, split into lines, is what rapidfuzz compares.
    Return the text, where each (letter, length) starts in it, the terms in its order and where each line ends.
    """
    # By (first letter, length, term): stable sorts by C key functions, the last key first.
    ordered = sorted(sorted(sorted(terms), key=len), key=_first_char)
    joined = "\n".join(ordered) + "\n" if ordered else ""
    text = joined.encode()
    sizes = map(len, ordered) if len(text) == len(joined) else (len(term.encode()) for term in ordered)
    buckets: dict[str, list[int]] = {}
    at = 0
    line_ends = array("i")
    for term, size in zip(ordered, sizes, strict=True):
        starts = buckets.get(term[0])
        if starts is None:
            starts = buckets[term[0]] = [at]
        while len(starts) <= len(term):  # starts[n]: the first term of length n or more
            starts.append(at)
        at += size + 1
        line_ends.append(at)
    letters = list(buckets)
    for letter, following in zip(letters, [*letters[1:], None][: len(letters)], strict=True):
        buckets[letter].append(buckets[following][0] if following else len(text))
    return text, buckets, ordered, line_ends


def _pack_terms(terms: dict[str, list[int]], ordered: list[str]) -> tuple[bytes, bytes]:
    """Return the postings of `ordered` (the terms in bucket order), flat and their ends."""
    lists = list(map(terms.__getitem__, ordered))
    flat = array("i", itertools.chain.from_iterable(lists))
    return flat.tobytes(), array("i", itertools.accumulate(map(len, lists))).tobytes()


def reference_blob(entries: list[Entry], entry_spans: Sequence[tuple[int, int]] | None = None) -> bytes:
    """Return the search index of `entries` as `Searcher(entries, entry_spans).to_bytes()` must."""
    return reference_build(entries, entry_spans)[0]


def reference_build(
    entries: list[Entry], entry_spans: Sequence[tuple[int, int]] | None = None, layout: str = "v10"
) -> tuple[bytes, dict[str, list[int]]]:
    """Return the search index of `entries` and the postings of its Chinese grams, as search-v8 stored them.

    Since search-v9 a query finds a gram's forms by scanning the ranked keys (`Searcher._gram_forms`):
    it must find these.
    """

    # Per form: its entry, kind, place among the entry's texts of its kind (`_form_text`), words
    # (Latin: joined by spaces, the key is them without; Chinese: the key) and key length.
    form_entry: list[int] = []
    form_kind = bytearray()
    form_ordinal: list[int] = []
    form_words: list[str] = []
    form_length: list[int] = []
    first_form = array("i")  # entry -> its first form (an entry's forms are numbered one after another)
    terms: defaultdict[str, list[int]] = defaultdict(list)
    initials: defaultdict[str, list[int]] = defaultdict(list)
    chinese_forms: list[int] = []
    zh_grams: defaultdict[str, list[int]] = defaultdict(list)
    add_entry, add_kind, add_ordinal = form_entry.append, form_kind.append, form_ordinal.append
    add_words, add_length = form_words.append, form_length.append

    def add_latin(number: int, kind: int, ordinal: int, text: str, words: list[str] | None = None) -> bool:
        words = en_words(fold_letters(text)) if words is None else words
        key = "".join(words)
        if not key:
            return False
        form = len(form_words)
        add_entry(number)
        add_kind(kind)
        add_ordinal(ordinal)
        add_words(" ".join(words))
        add_length(len(key))
        if len(words) == 1:
            terms[key].append(form)
        else:
            for term in {*words, key}:
                terms[term].append(form)
        return True

    def add_chinese(number: int, kind: int, ordinal: int, text: str) -> None:
        key = zh_key(text)
        form = len(form_words)
        add_entry(number)
        add_kind(kind)
        add_ordinal(ordinal)
        add_words(key)
        add_length(len(key))
        chinese_forms.append(form)
        for gram in _grams(key):
            zh_grams[gram].append(form)

    referred = {e.refers_to for e in entries if e.refers_to}
    salience = [_salience(entry, referred) for entry in entries]
    pinyin_keys: dict[str, str] = {}
    word_initials: dict[str, str] = {}
    for number, entry in enumerate(entries):
        first_form.append(len(form_words))
        add_latin(number, EN, 0, entry.en)
        for ordinal, alias in enumerate(entry.aliases):
            add_latin(number, ALIAS, ordinal, alias)
        # "Lyu Bu" for "Lü Bu": the name-form model's spellings
        for ordinal, rendering in enumerate(variant_texts(entry)):
            add_latin(number, VARIANT, ordinal, rendering.text)
        for ordinal, text in enumerate(_chinese_texts(entry)):
            if not text or (ordinal == 1 and text == entry.zh):
                continue
            kind = ZH if ordinal == 0 else HANT if ordinal == 1 else ZH_ALIAS
            if has_cjk(text):
                add_chinese(number, kind, ordinal, text)
            else:  # stock codes, "WPS", "SU7": typed like English
                add_latin(number, LATIN_ZH if kind != ZH_ALIAS else ZH_ALIAS, ordinal, text)
        words = _pinyin_words(entry, pinyin_keys)
        # The initials' text is the pinyin form's, the form before them (`_form_text`).
        pinyin_added = bool(words) and add_latin(number, PINYIN, 0, entry.pinyin or " ".join(words), words)
        if pinyin_added and (letters := _initials(words, word_initials)):
            initials[letters].append(len(form_words))
            add_entry(number)
            add_kind(INITIALS)
            add_ordinal(0)
            add_words(letters)
            add_length(len(letters))
    first_form.append(len(form_words))
    # Every form's place in a postings list (most salient, then shortest first), ranked once: the
    # lists are then sorted by a lookup in C rather than a Python key function per posting. The
    # rank (salience, length, form) is one int per form, so the ranking sorts ints.
    count, longest = len(form_words), max(form_length, default=0) + 1
    ranks = sorted(
        ((3 - salience[number]) * longest + length) * count + form
        for form, (number, length) in enumerate(zip(form_entry, form_length, strict=True))
    )
    place = [0] * count
    for position, rank in enumerate(ranks):
        place[rank % count] = position
    # A query reads at most the first POSTING_CAP (GRAM_CAP) of a list: the rest is never kept.
    for table, cap in (
        (terms, POSTING_CAP),
        (initials, POSTING_CAP),
        (zh_grams, GRAM_CAP),
    ):
        for key, postings in table.items():
            if len(postings) > 1:
                postings.sort(key=place.__getitem__)
                if len(postings) > cap:
                    table[key] = postings[:cap]
    from zhgloss.pinyin import reading_table

    types = [entry.type for entry in entries]
    # Only the entries others refer to (a nickname's, a stock code's) are ever found by id.
    id_order = sorted((n for n, entry in enumerate(entries) if entry.id in referred), key=lambda n: entries[n].id)
    type_names = sorted(set(types))
    type_code = {name: number for number, name in enumerate(type_names)}
    if layout == "v9":
        return _v9_blob(
            entries,
            entry_spans,
            form_words,
            form_ordinal,
            first_form,
            form_kind,
            salience,
            initials,
            chinese_forms,
            place,
            terms,
        ), zh_grams
    sections = _Sections()
    doc_code = _add_documents(sections, entries, entry_spans, id_order, compact=True)
    # search-v10: the initials' words are not stored (never read), nor the Chinese keys (read from zh_ranked)
    chinese_set = set(chinese_forms)
    stored = [
        w if k != INITIALS and f not in chinese_set else ""
        for f, (w, k) in enumerate(zip(form_words, form_kind, strict=True))
    ]
    sections.add_packed("form_words", stored, compact=True)
    # search-v12: each form's kind and ordinal in one byte, an ordinal of 15 or more as 15 and in a table of its own
    ordinal_code = "K"
    big = [form for form, ordinal in enumerate(form_ordinal) if ordinal >= 15]
    sections.add("big_ordinal_forms", array("i", big).tobytes())
    sections.add("big_ordinals", array("i", [form_ordinal[form] for form in big]).tobytes())
    form_kind = bytearray(kind | min(ordinal, 15) << 4 for kind, ordinal in zip(form_kind, form_ordinal, strict=True))
    sections.add("id_order", array("i", id_order).tobytes())
    sections.add("types", bytes(type_code[t] for t in types))
    sections.add("salience", bytes(salience))
    sections.add("first_form", first_form.tobytes())
    sections.add("form_kind", bytes(form_kind))
    sections.add_postings("initials", initials, compact=True)
    ranked = sorted(chinese_forms, key=place.__getitem__)
    sections.add("zh_ranked", "".join(form_words[form] + "\n" for form in ranked).encode())
    # search-v10: where each block of GRAM_BLOCK lines starts, and the end
    key_ends = list(itertools.accumulate(len(form_words[form].encode()) + 1 for form in ranked))
    block_starts = [0] + [key_ends[min(len(ranked), b + GRAM_BLOCK) - 1] for b in range(0, len(ranked), GRAM_BLOCK)]
    sections.add("zh_ranked_blocks", array("q", block_starts).tobytes())
    sections.add("zh_ranked_forms", array("i", ranked).tobytes())
    blocks = _char_blocks(ranked, form_words)
    sections.add_postings("zh_blocks", blocks, compact=True, code="H")
    bucket_text, buckets, ordered, line_ends = _bucket_terms(terms)
    sections.add("buckets", bucket_text)
    flat, flat_ends = _pack_terms(terms, ordered)
    # search-v13: the terms' postings in 3 bytes each (form numbers under 2**24)
    wide = array("i", flat)
    sections.add("terms_flat24", b"".join(number.to_bytes(3, "little") for number in wide))
    sections.add_offsets("terms_flat_ends", array("i", flat_ends))
    # The Chinese forms by key, then as ranked: a key's forms lie together, in the order of its postings.
    chinese = sorted(sorted(chinese_forms, key=place.__getitem__), key=form_words.__getitem__)
    line_of = {form: line for line, form in enumerate(ranked)}  # search-v10: each form's line among the ranked keys
    sections.add("zh_exact", array("i", [line_of[form] for form in chinese]).tobytes())
    sections.add("readings", reading_table().encode())
    # search-v10: the number of the line where each (letter, length) starts
    lines = {letter: [bisect.bisect_right(line_ends, at) for at in starts] for letter, starts in buckets.items()}
    spans_of = ("", 0)
    if entry_spans is not None:
        lengths = [end - start for start, end in entry_spans]
        spans_of = ("H" if max(lengths, default=0) < 2**16 else doc_code, max((e for _, e in entry_spans), default=0))
    header = marshal.dumps((FORMAT, sections.spans, type_names, buckets, doc_code, ordinal_code, lines, spans_of))
    blob = b"".join([MAGIC, len(header).to_bytes(4, "little"), header, *sections.parts])
    return blob, zh_grams


def _char_blocks(ranked: list[int], form_words: list[str]) -> dict[str, list[int]]:
    """Each character of the ranked Chinese keys: the blocks (of GRAM_BLOCK lines) it is in."""
    blocks: dict[str, list[int]] = {}
    for line, form in enumerate(ranked):
        for char in form_words[form] + "\n":
            held = blocks.setdefault(char, [])
            if not held or held[-1] != line // GRAM_BLOCK:
                held.append(line // GRAM_BLOCK)
    blocks.pop("\n", None)
    return blocks


def _add_documents(
    sections: _Sections,
    entries: list[Entry],
    entry_spans: Sequence[tuple[int, int]] | None,
    id_order: list[int],
    compact: bool,
) -> str:
    """Add the entries (or their spans in the glossary file) and the ids referred to; return the spans' array type."""
    import orjson

    doc_code = "q"
    if entry_spans is not None:
        if len(entry_spans) != len(entries):
            raise ValueError(f"{len(entry_spans)} entry spans for {len(entries)} entries")
        starts, ends = [start for start, _ in entry_spans], [end for _, end in entry_spans]
        doc_code = "I" if not ends or max(ends) < 2**32 else "q"  # a glossary file under 4 GB: half the size
        sections.add("doc_starts", array(doc_code, starts).tobytes())
        if compact:  # search-v11: each entry's length, in two bytes where all are under 64 KB
            lengths = [end - start for start, end in entry_spans]
            sections.add("doc_lengths", array("H" if max(lengths, default=0) < 2**16 else doc_code, lengths).tobytes())
        else:
            sections.add("doc_ends", array(doc_code, ends).tobytes())
        sections.add_packed("docs", [], compact=compact)
    else:
        sections.add_packed("docs", [orjson.dumps(entry.to_dict()).decode() for entry in entries], compact=compact)
    sections.add_packed("ids", [entries[n].id for n in id_order], compact=compact)
    return doc_code


def _v9_blob(
    entries: list[Entry],
    entry_spans: Sequence[tuple[int, int]] | None,
    form_words: list[str],
    form_ordinal: list[int],
    first_form: array[int],
    form_kind: bytearray,
    salience: list[int],
    initials: dict[str, list[int]],
    chinese_forms: list[int],
    place: list[int],
    terms: dict[str, list[int]],
) -> bytes:
    """The index as search-v9 laid it out (plain 32-bit ends, every form's words): `v9_searcher` reads it."""

    from zhgloss.pinyin import reading_table

    referred = {e.refers_to for e in entries if e.refers_to}
    types = [entry.type for entry in entries]
    id_order = sorted((n for n, entry in enumerate(entries) if entry.id in referred), key=lambda n: entries[n].id)
    type_names = sorted(set(types))
    type_code = {name: number for number, name in enumerate(type_names)}
    sections = _Sections()
    doc_code = _add_documents(sections, entries, entry_spans, id_order, compact=False)
    sections.add_packed("form_words", form_words)
    most = max(form_ordinal, default=0)
    ordinal_code = "B" if most < 2**8 else "H" if most < 2**16 else "I"
    sections.add("form_ordinal", array(ordinal_code, form_ordinal).tobytes())
    sections.add("id_order", array("i", id_order).tobytes())
    sections.add("types", bytes(type_code[t] for t in types))
    sections.add("salience", bytes(salience))
    sections.add("first_form", first_form.tobytes())
    sections.add("form_kind", bytes(form_kind))
    sections.add_postings("initials", initials)
    ranked = sorted(chinese_forms, key=place.__getitem__)
    sections.add("zh_ranked", "".join(form_words[form] + "\n" for form in ranked).encode())
    key_ends = itertools.accumulate(len(form_words[form].encode()) + 1 for form in ranked)
    sections.add("zh_ranked_ends", array("i", key_ends).tobytes())
    sections.add("zh_ranked_forms", array("i", ranked).tobytes())
    blocks = _char_blocks(ranked, form_words)
    sections.add_postings("zh_blocks", blocks)
    bucket_text, buckets, ordered, line_ends = _bucket_terms(terms)
    sections.add("buckets", bucket_text)
    sections.add("bucket_ends", line_ends.tobytes())
    for name, data in zip(("terms_flat", "terms_flat_ends"), _pack_terms(terms, ordered), strict=True):
        sections.add(name, data)
    # The Chinese forms by key, then as ranked: a key's forms lie together, in the order of its postings.
    chinese = sorted(sorted(chinese_forms, key=place.__getitem__), key=form_words.__getitem__)
    sections.add("zh_exact", array("i", chinese).tobytes())
    sections.add("readings", reading_table().encode())
    header = marshal.dumps(("search-v9", sections.spans, type_names, buckets, doc_code, ordinal_code))
    return b"".join([MAGIC, len(header).to_bytes(4, "little"), header, *sections.parts])


def _bucket_lines(buckets: dict[str, list[int]], line_ends: Sequence[int]) -> dict[str, list[int]]:
    """Return, for each byte offset of `buckets` (`_bucket_terms`), the number of the line starting there."""
    return {
        letter: list(map(bisect.bisect_right, itertools.repeat(line_ends), starts))
        for letter, starts in buckets.items()
    }


def v9_searcher(blob: bytes) -> Searcher:
    """Return a searcher of today's code over a search-v9 index (`reference_build(entries, layout="v9")`).

    Search-v10 packs the same tables otherwise (ends in two levels, lines counted, no words for the initials):
    this reads v9's plain 32-bit tables into the same classes, so a query searches the tables as v9 had them.
    """
    from zhgloss.fuzzy import BIG_ORDINAL, KIND_BITS, Searcher, _Terms
    from zhgloss.packed import Packed, Postings

    size = int.from_bytes(blob[len(MAGIC) : len(MAGIC) + 4], "little")
    base = len(MAGIC) + 4 + size
    fmt, spans, type_names, buckets, _, ordinal_code = marshal.loads(blob[len(MAGIC) + 4 : base])
    assert fmt == "search-v9"
    view = memoryview(blob)

    def section(name: str, kind: Literal["B", "H", "I", "i", "q"] = "B") -> memoryview:
        start, end = spans[name]
        return view[base + start : base + end].cast(kind)

    def packed(name: str) -> Packed:
        return Packed(section(name), section(f"{name}_ends", "i"))

    self = Searcher.__new__(Searcher)
    self._blob, self._type_names, self._buckets = blob, type_names, buckets
    self._docs, self._ids, self._doc_spans = packed("docs"), packed("ids"), None
    self._id_order, self._form_words = section("id_order", "i"), packed("form_words")
    self._type_codes, self._salience = section("types"), section("salience")
    # search-v12 keeps each form's ordinal with its kind, a big one in a table of its own
    kinds, ordinals = section("form_kind"), section("form_ordinal", ordinal_code)
    self._first_form = section("first_form", "i")
    merged = bytes(k | min(o, BIG_ORDINAL) << KIND_BITS for k, o in zip(kinds, ordinals, strict=True))
    big = [form for form, ordinal in enumerate(ordinals) if ordinal >= BIG_ORDINAL]
    self._form_kind = memoryview(merged)
    self._big_ordinal_forms = memoryview(array("i", big))
    self._big_ordinals = memoryview(array("i", [ordinals[form] for form in big]))
    self._bucket_text, self._readings_data, self._readings = section("buckets"), section("readings"), None
    bucket_ends = section("bucket_ends", "i")
    lines = _bucket_lines(buckets, bucket_ends)
    self._terms = _Terms(
        self._bucket_text, buckets, lines, (section("terms_flat", "i"), section("terms_flat_ends", "i"))
    )
    self._initials = Postings(packed("initials"), section("initials_flat", "i"), section("initials_flat_ends", "i"))
    self._zh_ranked, self._zh_ranked_forms = section("zh_ranked"), section("zh_ranked_forms", "i")
    key_ends = section("zh_ranked_ends", "i").tolist()
    self._zh_ranked_blocks = [
        0,
        *(key_ends[min(len(key_ends), b + GRAM_BLOCK) - 1] for b in range(0, len(key_ends), GRAM_BLOCK)),
    ]
    self._zh_blocks = Postings(packed("zh_blocks"), section("zh_blocks_flat", "i"), section("zh_blocks_flat_ends", "i"))
    line_of = {form: line for line, form in enumerate(self._zh_ranked_forms)}
    self._zh_exact = [line_of[form] for form in section("zh_exact", "i")]
    return self

"""Ranked fuzzy search over entries: a name as it is half-remembered, mistyped or misheard.

Every searchable form of every entry (English and aliases, pinyin, pinyin initials,
simplified, traditional and Chinese aliases) is reduced once to plain keys and put in
sorted, packed postings tables; for a glossary file that is cached beside it (`zhgloss.cache`),
so a query never re-derives the pinyin of the entries. The cached index is read in place (views
of its byte sections, strings decoded one by one), so a query process pays for what it reads,
not for the size of the glossary. A query then scores only candidates, never the whole glossary:

- its words and its joined letters, as terms (exact; within one or two edits, found with
  rapidfuzz among the terms that share the first letter and nearly the length; as a prefix);
- pinyin initials ("lqd");
- for Chinese, the characters and character pairs, and the query's own pinyin (every reading
  of a polyphone, from a table of readings stored in the index: no pypinyin import), so that
  a homophone (雷君 for 雷军) finds the entry.

Candidates are scored 0-100 with rapidfuzz's OSA distance (a transposition is one edit,
as in "Lie Jun") and by how much of the form the query's words cover ("Qiangdong",
"Kingsoft Cl"). Equal scores are broken by salience: a curated person or organisation,
with roles or nicknames pointing to it, before a bare dictionary headword.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import json
import marshal
import math
import operator
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from zhgloss.errors import UsageError
from zhgloss.forms import precedence, variant_texts
from zhgloss.model import KNOWN_TYPES, Entry, EntryColumns, entry_columns, fold_letters, normalize_type
from zhgloss.packed import OFFSET_BLOCK
from zhgloss.packed import Int24 as _Int24
from zhgloss.packed import Offsets as _Offsets
from zhgloss.packed import Packed as _Packed
from zhgloss.packed import Postings as _Postings
from zhgloss.packed import Sections as _Sections
from zhgloss.script import (
    CJK_PATTERN,
    NAME_SEPARATORS,
    NFC_SURE,
    en_words,
    has_cjk,
    has_tones,
    is_cjk,
    pinyin_key,
    zh_key,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from zhgloss.store import Glossary

    _Ints = npt.NDArray[np.int64]

FORMAT = "search-v15"
"""Name and version of the cached search data; bump it when the layout below changes (v13: 3-byte postings; v14: the
words of Latin forms folded by `zhgloss.model.fold_letters`, "Ørsted" as "orsted", was "ørsted")."""

MAGIC = f"zhgloss {FORMAT}\n".encode()

DEFAULT_MIN_SCORE = 60
DEFAULT_LIMIT = 10
SUGGEST_MIN_SCORE = 70

# Kinds of form, in the order a tie between two forms of one entry is reported.
EN, ALIAS, PINYIN, INITIALS, ZH, HANT, ZH_ALIAS, LATIN_ZH, VARIANT = range(9)
KIND_BITS = 4
"""A form's kind takes the low bits of its byte in `form_kind`, its ordinal the others: a byte a form, not two. An
ordinal of BIG_ORDINAL or more (a few variant spellings) is written BIG_ORDINAL there and kept in a table of its own."""
_KIND_MASK = (1 << KIND_BITS) - 1
BIG_ORDINAL = (1 << (8 - KIND_BITS)) - 1
_IS_TABLE = [bytes(int(table == wanted) for table in range(256)) for wanted in range(3)]

# How many postings of one term, and how many near terms of one query word, are looked at.
# Postings are sorted most salient and shortest first, so a cut keeps the likeliest names.
_first_char = operator.itemgetter(0)

POSTING_CAP = 400
NEAR_POSTING_CAP = 60
NEAR_TERMS = 12
PREFIX_TERMS = 40
GRAM_CAP = 300
# How many ranked Chinese keys make one block, of which the index lists the characters (`_gram_forms`).
GRAM_BLOCK = 1024
# How many sounds of a Chinese query, one per combination of its polyphones' readings, are looked up.
SOUND_CAP = 64

# Points a word loses per edit: a whole word typed exactly ("Qiangdong" in "Liu Qiangdong")
# must outrank a word one edit away ("qingdong"), of which a big glossary has many.
FUZZY_PENALTY = 8.0
WHOLE_WORDS_SCORE = 91.0
"""The least a form scores whose words hold every word of the query, none misspelt: more than one edit away from the
whole of a form scores (75 + 23 - FUZZY_PENALTY, or OSA's similarity of a key of ten letters or fewer)."""

SHORT_SCORE = 98.0
"""What a person's family name typed alone scores, as `forms.family_name` tells it ("Putin" for Vladimir Putin,
"Beethoven" for Ludwig van Beethoven): the `short` rendering of `zhgloss.forms`, the name news writes after a first
mention. Above every other form the query's words only part of (a work, "Beethoven's Ninth"; a pair, "Marx and
Lenin"), under a form written as the query is (100); one edit away, less FUZZY_PENALTY a misspelt word loses."""
MARKED_FORM_SCORE = 97.0
"""The most a form scores that its entry gives only in a sense labelled slang, derogatory, old or one region's
(`forms.is_marked_form`: 川普 "(Tw) surname Trump", 棒国 "(derog.) Korea"): English copy's "Trump" is 特朗普 Donald
Trump, whose family name scores SHORT_SCORE; such an entry comes after it, as `lookup` lists it after another written
so (`forms.demotion`), but before a form that holds the query only in part (圣地牙哥 "San Diego (Tw)" before 三貂角
"Cape San Diego")."""
WADE_GILES_SCORE = 99.0
"""A form whose letters are the pinyin a query spells as Wade-Giles (`zhgloss.romanizations`: "Mao Tse-tung" is
毛泽东 Mao Zedong): a romanization of the name itself, under a form written as typed, above a family name alone
(SHORT_SCORE) and above a form that holds the query in part (毛主席语录 "Quotations from Chairman Mao Tse-tung")."""
ONE_CHARACTER_SCORE = 50.0
"""The score of a one-character form inside a longer Chinese query that is not the query's surname (马 Malaysia and 云
Yunnan of 马云, a name the glossary lacks): under DEFAULT_MIN_SCORE, no suggestion (U34-35)."""
GENERIC_SCORE = 99.0
"""The most a form scores by the query without the place generic typed after it (`index.without_place_generic`:
"Sichuan province" finds 四川 "Sichuan" so, above 川 "abbr. for Sichuan Province" at MARKED_FORM_SCORE); a form
written with the generic scores 100 as typed ("Kansas City" is 堪萨斯城 before 堪萨斯 Kansas)."""
ABBREVIATION_SCORE = 99.0
"""The most a form scores by the query with its opening "Mount"/"Mt", "Saint"/"St" written the other way
(`index.abbreviation_variants`: "Mount Tai" finds 泰山 "Mt Tai"), as GENERIC_SCORE: the same name, under a form
written as typed."""
POSTAL_SCORE = 99.0
"""The Chinese forms of a place whose postal romanization the query is (`romanizations.postal_places`: "Nanking" is
南京, "Kwangtung" 广东): the place's own older name, as WADE_GILES_SCORE."""
TERM_AS_NAME_SCORE = 80.0
"""The most a common word's (type `term`) pinyin scores by a query written as a name, its words capitalised and
without tones ("Hu Jingtao" is 护颈套 hù jǐng tào, "cervical collar"): no surer than a name of five letters spelt one
edit otherwise (OSA's 80), so the names such a query misspells (胡锦涛 Hu Jintao) rank before the word (the review's
R46-12), which stays in the list."""
WADE_GILES_PINYIN_SCORE = 90.0
"""The same for a query whose words are pinyin as typed ("Chou En-lai", "Pan"): as likely the pinyin it spells, so
under a form that holds every word typed (WHOLE_WORDS_SCORE) and above most spellings an edit away."""

_PINYIN_SPLIT_RE = re.compile(r"[\s\-\u00b7,]+")
_TONE_DIGIT_RE = re.compile(r"(?<=[a-zü:])[1-5]")
_ALL_CJK_RE = re.compile(f"{CJK_PATTERN}+")


@dataclass(frozen=True)
class SearchHit:
    """An entry found by `Searcher.search`: its score (0-100) and which of its forms matched, in words."""

    entry: Entry
    score: int
    matched: str
    form: str
    refers_to: Entry | None = None
    """The entry a nickname or stock code stands for, when the index has it."""
    forbidden: str | None = None
    """The status of the forbidden form of the entry the query writes ("deprecated"), else None: the entry is
    found, but not to be written so (`with_forbidden` fills it; `forms.forbidding`)."""
    write: str | None = None
    """With `forbidden`, the form to write instead (`forms.form_to_write`), else None."""
    without_title: str | None = None
    """The title taken off the query where the hit is a person found by the name after it, which scores better than
    anything the whole query finds ("Vice Premier" of "Vice Premier He Lifeng": `titled_search`), else None."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form, as `zhgloss search --json` and the web page's API write it.

        `unverified` is the entry's draft flag, as lookup's matches carry it: a draft's English and
        pinyin are proposals nobody confirmed.
        """
        return {
            "score": self.score,
            "matched": self.matched,
            "form": self.form,
            "entry": self.entry.to_dict(),
            "refers_to": self.refers_to.to_dict() if self.refers_to else None,
            "unverified": self.entry.draft,
            "forbidden": self.forbidden,
            "write": self.write,
            "without_title": self.without_title,
        }


def _salience(entry: Entry, referred: set[str]) -> int:
    # 0-3: a dictionary headword (type "term") is the least likely target of a name search;
    # a curated type, roles, or other entries (nicknames, stock codes) pointing here raise it.
    score = int(entry.type != "term")
    score += int(entry.type in KNOWN_TYPES and entry.type != "term")
    score += int(bool(entry.roles) or entry.id in referred or entry.refers_to is not None)
    return score


def _saliences(entries: EntryColumns, referred: set[str]) -> bytes:
    """`_salience` of each of `entries`, a byte each: by C-level maps over the entries' columns."""
    types = entries.type
    curated = list(map(operator.ne, types, itertools.repeat("term")))
    known = map(operator.and_, map(_KNOWN_TYPE_SET.__contains__, types), curated)
    pointed_to = map(referred.__contains__, entries.id)
    points = map(operator.is_not, entries.refers_to, itertools.repeat(None))
    linked = map(operator.or_, map(operator.or_, entries.with_roles, pointed_to), points)
    return bytes(map(operator.add, map(operator.add, curated, known), linked))


_KNOWN_TYPE_SET = frozenset(KNOWN_TYPES)


def _chinese_texts(entry: Entry) -> list[str | None]:
    """The entry's Chinese texts, in the order of a form's ordinal: simplified, traditional, the aliases."""
    return [entry.zh, entry.zh_hant, *entry.zh_aliases]


def _grams(key: str) -> set[str]:
    """Chinese characters and character pairs of a Chinese key: what a Chinese query is looked up by."""
    pairs = {key[i : i + 2] for i in range(len(key) - 1)}
    if _ALL_CJK_RE.fullmatch(key):  # most keys: every character is one, no test of each
        return pairs.union(key)
    return {c for c in key if is_cjk(c)} | pairs


def indel_ratio(a: str, b: str) -> float:
    """Return rapidfuzz's `fuzz.ratio(a, b)`, the same float: 100 x the normalized Indel similarity of the two texts.

    That is 100 x (1 - (len(a) + len(b) - 2 x LCS) / (len(a) + len(b))), LCS the length of their longest common
    subsequence (100.0 for two empty texts). Computed here for the Chinese search, which compares a few short keys:
    importing rapidfuzz cost a whole-process `search 雷军` ~70M instructions, a fifth of a whole `lookup` (issue 15
    item 2). The LCS is found bit-parallel, one step per character of `b` (Hyyrö, "Bit-parallel LCS-length
    computation revisited", 2004): bit i of `v` is cleared where a[i] ends a longer common subsequence.
    """
    total = len(a) + len(b)
    if not total:
        return 100.0
    masks: dict[str, int] = {}
    for i, char in enumerate(a):
        masks[char] = masks.get(char, 0) | 1 << i
    v = (1 << len(a)) - 1
    for char in b:
        u = v & masks.get(char, 0)
        v = (v + u) | (v - u)
    common = len(a) - (v & ((1 << len(a)) - 1)).bit_count()
    return (1.0 - (total - 2 * common) / total) * 100


class _TermTable(NamedTuple):
    """The terms of the Latin forms laid out by first letter, then by length (`_term_table`), and their tokens."""

    text: bytes
    """The terms in bucket order, one a line (UTF-8)."""
    groups: list[tuple[str, int, int, int]]
    """(first letter, length, how many terms, how many bytes of `text`) of each group of the terms, in turn."""
    places: _Ints
    """Each token's term: its line in `text` (a numpy array)."""
    owners: _Ints
    """Each token's form: its line among the lines given."""
    lines: bytes
    """The lines given, each ended by a line feed (UTF-8)."""


_LENGTH_BITS = 21
"""A group of terms is one int: its first letter's code point, then its length in these low bits."""
_ODD_SPACES = b"\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
"""ASCII whitespace but a space and a line feed: `str.split` cuts at it; the byte pass does not (`_term_table`)."""


def _term_table(lines: list[str], keys: list[str]) -> _TermTable:
    """Return the terms of `lines` in bucket order (`_Terms`): each line's words (one space between), and the line's
    `keys` entry (its words joined) where it has several; with each such token's term and line.

    The near terms of a word are looked for only among those sharing its first letter and within two of its length:
    the terms lie by first letter, then by length, then sorted. Done on the UTF-8 bytes by numpy: the ASCII words
    (nearly all) are cut at the spaces of all lines joined, and those of each byte length packed 8 bytes to an int,
    big-endian, so that sorting the ints sorts the words; each distinct word is kept once. The few words beyond ASCII
    are Python strings, and a group (letter, length) that holds any of them is sorted as strings. Lines with ASCII
    whitespace but spaces (none are made) are left to `_plain_term_table`, which this equals.
    """
    import numpy as np

    text = ("\n".join(lines) + "\n").encode() if lines else b""
    if any(byte in text for byte in _ODD_SPACES):
        return _plain_term_table(lines, keys)
    buf = np.frombuffer(text, np.uint8)
    feeds = np.flatnonzero(buf == 10)
    # A line is ASCII where its greatest byte is (each range holds its line feed: never empty).
    ascii_line = np.maximum.reduceat(buf, np.concatenate([[0], feeds[:-1] + 1])) < 128 if lines else feeds < 0
    # The words of the ASCII lines: runs of bytes that are no space and no line feed, and the line each is on.
    in_word = ((buf != 32) & (buf != 10)).view(np.int8)
    edges = np.diff(in_word, prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    line_of = np.searchsorted(feeds, starts)
    in_ascii = ascii_line[line_of]
    starts, ends, line_of = starts[in_ascii], ends[in_ascii], line_of[in_ascii]
    keyed = np.flatnonzero(np.bincount(line_of, minlength=len(lines)) > 1)  # ASCII lines of several words
    owners = [line_of]
    # Then one a line: the joined words of the ASCII lines of several, and the ASCII words of the other lines.
    rest_words: list[str] = []
    rest_owners: list[int] = []
    wide_words: list[str] = []
    wide_owners: list[int] = []
    for line in np.flatnonzero(~ascii_line).tolist():
        words = lines[line].split()
        for word in [*words, keys[line]] if len(words) > 1 else words:
            (rest_words if word.isascii() else wide_words).append(word)
            (rest_owners if word.isascii() else wide_owners).append(line)
    one_a_line = [*map(keys.__getitem__, keyed.tolist()), *rest_words]
    owners += [keyed, np.asarray(rest_owners, np.int64)]
    if one_a_line:
        more = ("\n".join(one_a_line) + "\n").encode()
        line_ends = np.flatnonzero(np.frombuffer(more, np.uint8) == 10) + len(buf)
        starts = np.concatenate([starts, [len(buf)], line_ends[:-1] + 1])
        ends = np.concatenate([ends, line_ends])
        buf = np.frombuffer(text + more, np.uint8)
    # Each ASCII word numbered among the distinct ones, by byte length, then as sorted (`number`).
    sizes = ends - starts
    # (A stable sort of 16-bit ints is a radix sort.)
    by_size = np.argsort(sizes.astype(np.uint16) if int(sizes.max(initial=0)) < 2**16 else sizes, kind="stable")
    bounds = np.searchsorted(sizes[by_size], np.arange(int(sizes.max(initial=0)) + 2))
    number = np.empty(len(starts), np.int64)
    rows: list[tuple[int, int, Any]] = []  # (size, first number, the distinct words a line with a line feed)
    for size in range(1, len(bounds) - 1):
        low, high = int(bounds[size]), int(bounds[size + 1])
        if low == high:
            continue
        taken = by_size[low:high]
        width = (size // 8 + 1) * 8  # room for a line feed after the word
        padded = np.zeros((high - low, width), np.uint8)
        padded[:, :size] = np.lib.stride_tricks.sliding_window_view(buf, size)[starts[taken]]
        packed = padded.view(">u8").astype(np.uint64)  # in the machine's byte order: sorted at its speed
        order = np.lexsort(packed.T[::-1]) if width > 8 else np.argsort(packed[:, 0])
        packed = packed[order]
        new = np.concatenate([[True], (packed[1:] != packed[:-1]).any(axis=1)])
        first = len(rows) and rows[-1][1] + len(rows[-1][2])
        number[taken[order]] = first + np.cumsum(new) - 1
        distinct = packed[new].astype(">u8").view(np.uint8)[:, : size + 1]
        distinct[:, size] = 10
        rows.append((size, first, distinct))
    ascii_count = len(rows) and rows[-1][1] + len(rows[-1][2])
    wide, wide_numbers = _numbered(wide_words)
    # Every distinct term's group, then in order: ASCII words by their numbers (sorted within a byte length), and a
    # group that holds a word beyond ASCII sorted as strings.
    group_of = np.concatenate(
        [
            *((distinct[:, 0].astype(np.int64) << _LENGTH_BITS) | size for size, _, distinct in rows),
            np.fromiter(map(ord, map(_first_char, wide)), np.int64, len(wide)) << _LENGTH_BITS
            | np.fromiter(map(len, wide), np.int64, len(wide)),
        ]
    ).astype(np.int64)
    # Within a group: an ASCII word by its number, a word beyond ASCII by its place among those sorted; a group of
    # both (its first letter ASCII) is sorted again as strings below.
    wide_places = _placed(sorted(range(len(wide)), key=wide.__getitem__))
    order = np.lexsort((np.concatenate([np.arange(ascii_count, dtype=np.int64), wide_places]), group_of))
    in_order = group_of[order]
    group_starts = np.flatnonzero(np.diff(in_order, prepend=-1))
    wide_groups = group_of[ascii_count:]
    sorted_as_strings = set(wide_groups[wide_groups < (128 << _LENGTH_BITS)].tolist())
    first_of = {size: (first, distinct) for size, first, distinct in rows}

    chunks: list[bytes] = []
    groups: list[tuple[str, int, int, int]] = []
    group_bounds = [*group_starts.tolist(), len(order)]
    values = in_order[group_starts].tolist()
    beyond = bisect.bisect_left(values, 128 << _LENGTH_BITS)  # the first group whose letter is beyond ASCII
    # The groups of an ASCII letter: a slice of the ASCII words of their length, and (a few) words beyond ASCII put
    # in among them where their UTF-8 sorts (as their code points do: as strings).
    for group, low, high in zip(values[:beyond], group_bounds[:beyond], group_bounds[1 : beyond + 1], strict=True):
        letter, size = chr(group >> _LENGTH_BITS), group & ((1 << _LENGTH_BITS) - 1)
        members = order[low:high]
        plain = members[members < ascii_count].tolist()  # consecutive numbers: lines of the words of this length
        first, distinct = first_of.get(size, (0, np.zeros((0, size + 1), np.uint8)))
        block = distinct[plain[0] - first : plain[-1] - first + 1] if plain else distinct[:0]
        if group not in sorted_as_strings:
            chunk = block.tobytes()
        else:
            merged: list[int] = []
            pieces: list[bytes] = []
            done = 0
            for term in sorted(members[members >= ascii_count].tolist(), key=lambda t: wide[t - ascii_count]):
                written = wide[term - ascii_count].encode()
                at = bisect.bisect_left(range(len(plain)), written, done, key=lambda n: block[n, :size].tobytes())
                merged += [*plain[done:at], term]
                pieces += [block[done:at].tobytes(), written + b"\n"]
                done = at
            merged += plain[done:]
            pieces.append(block[done:].tobytes())
            order[low:high] = merged
            chunk = b"".join(pieces)
        chunks.append(chunk)
        groups.append((letter, size, high - low, len(chunk)))
    # The groups of a letter beyond ASCII (a Chinese character in a gloss): words beyond ASCII alone, in order.
    tail = [wide[term - ascii_count] for term in order[group_bounds[beyond] :].tolist()] if beyond < len(values) else []
    if tail:
        chunks.append(("\n".join(tail) + "\n").encode())
        sizes_of = list(itertools.accumulate((len(word.encode()) + 1 for word in tail), initial=0))
        base = group_bounds[beyond]
        for group, low, high in zip(values[beyond:], group_bounds[beyond:-1], group_bounds[beyond + 1 :], strict=True):
            letter, size = chr(group >> _LENGTH_BITS), group & ((1 << _LENGTH_BITS) - 1)
            groups.append((letter, size, high - low, sizes_of[high - base] - sizes_of[low - base]))
    place = np.empty(len(order), np.int64)
    place[order] = np.arange(len(order), dtype=np.int64)
    return _TermTable(
        b"".join(chunks),
        groups,
        np.concatenate([place[number], place[ascii_count + wide_numbers]]),
        np.concatenate([*owners, np.asarray(wide_owners, np.int64)]),
        text,
    )


def _plain_term_table(lines: list[str], keys: list[str]) -> _TermTable:
    """`_term_table` of Python strings: every token numbered by a dict, each group (letter, length) sorted."""
    import numpy as np

    words = [line.split() for line in lines]
    tokens = [*itertools.chain.from_iterable(words), *(keys[n] for n, split in enumerate(words) if len(split) > 1)]
    owners = [n for n, split in enumerate(words) for _ in split] + [
        n for n, split in enumerate(words) if len(split) > 1
    ]
    distinct, numbers = _numbered(tokens)
    order = sorted(range(len(distinct)), key=lambda term: (distinct[term][0], len(distinct[term]), distinct[term]))
    groups = []
    for (letter, size), group in itertools.groupby(order, key=lambda term: (distinct[term][0], len(distinct[term]))):
        members = list(group)
        groups.append((letter, size, len(members), sum(len(distinct[term].encode()) + 1 for term in members)))
    return _TermTable(
        "".join(distinct[term] + "\n" for term in order).encode(),
        groups,
        _placed(order)[numbers],
        np.asarray(owners, np.int64),
        ("\n".join(lines) + "\n").encode() if lines else b"",
    )


def _bucket_layout(
    groups: list[tuple[str, int, int, int]], size: int
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Return where each (first letter, length) of the terms starts in the bucket text, and the number of its line.

    `groups` are the text's groups in turn (`_TermTable.groups`), `size` its length in bytes. For each letter, item n
    of both lists is where its first term of length n or more starts, and the last where its terms end.
    """
    buckets: dict[str, list[int]] = {}
    lines: dict[str, list[int]] = {}
    at = line = 0
    # One step per (letter, length): its terms lie together.
    for letter, length, count, taken in groups:
        starts = buckets.get(letter)
        if starts is None:
            starts, buckets[letter], lines[letter] = [at], [at], [line]
            starts = buckets[letter]
        missing = length + 1 - len(starts)
        starts += [at] * missing
        lines[letter] += [line] * missing
        at += taken
        line += count
    letters = list(buckets)
    for letter, following in zip(letters, [*letters[1:], None][: len(letters)], strict=True):
        buckets[letter].append(buckets[following][0] if following else size)
        lines[letter].append(lines[following][0] if following else line)
    # An int of its own at each place of `lines` (a list's `tolist` makes each anew): marshal writes an object
    # held twice as a reference, and the header is then the bytes it always was.
    return buckets, {letter: array("q", numbers).tolist() for letter, numbers in lines.items()}


def _block_code(count: int) -> Literal["H", "i"]:
    """The array type of the block numbers of `zh_blocks`, for `count` block starts: 16 bits while they fit."""
    return "H" if count <= 2**16 else "i"


class _Group(Sequence[bytes]):
    """The terms of one first letter and one length, all ASCII: lines of one width, each read at its place."""

    def __init__(self, text: memoryview, start: int, count: int, width: int) -> None:
        self._text, self._start, self._count, self._width = text, start, count, width

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> bytes:  # type: ignore[override]
        if not 0 <= index < self._count:
            raise IndexError(index)
        at = self._start + index * (self._width + 1)
        return bytes(self._text[at : at + self._width])


class _Terms:
    """The postings of the terms, kept in the bucket layout (`_term_table`): the terms are stored once.

    Terms of one first letter and one length lie together, sorted, one a line: a term is found by a
    binary search among the lines of its letter and length. Where those are all ASCII (nearly all), a
    line is read at its place (they are of one width); otherwise the group is split into lines.
    """

    def __init__(
        self,
        text: memoryview,
        buckets: dict[str, list[int]],
        lines: dict[str, list[int]],
        postings: tuple[memoryview | _Int24, Sequence[int]],
    ) -> None:
        self._text = text
        self._buckets = buckets
        self._lines = lines
        self._flat, self._flat_ends = postings

    @staticmethod
    def pack(forms: _Ints) -> tuple[str, bytes]:
        """Return the section of the terms' postings, `forms` (a numpy array of form numbers): its name and its bytes.

        Each form is written in 3 bytes while every form is under 2**24 (~3 million entries; "terms_flat24", as
        `Int24.pack` writes them), else in 4 ("terms_flat", as `array("i")` writes them).
        """
        import numpy as np

        if not len(forms) or int(forms.max()) < _Int24.LIMIT:
            little = forms.astype("<u4").view(np.uint8).reshape(-1, 4)
            return "terms_flat24", little[:, :3].tobytes()
        return "terms_flat", forms.astype(np.intc).tobytes()

    def _group(self, letter: str, length: int) -> tuple[int, Sequence[bytes]]:
        """The number of the first line of the terms of `letter` and `length` characters, and those terms."""
        starts = self._buckets.get(letter)
        if starts is None or length + 1 >= len(starts):
            return 0, []
        lines = self._lines[letter]
        first, count = lines[length], lines[length + 1] - lines[length]
        low, high = starts[length], starts[length + 1]
        if not 0 <= low <= high <= len(self._text) or count < 0:
            raise IndexError(f"the terms of {letter!r} lie outside their table")
        if high - low == count * (length + 1):
            return first, _Group(self._text, low, count, length)
        return first, bytes(self._text[low:high]).split(b"\n")[:count]

    def _slot(self, term: str) -> int | None:
        first, group = self._group(term[0], len(term)) if term else (0, [])
        key = term.encode()
        at = bisect.bisect_left(group, key)
        return first + at if at < len(group) and group[at] == key else None

    def __contains__(self, term: str) -> bool:
        return self._slot(term) is not None

    def get(self, term: str, cap: int) -> Sequence[int]:
        """Return the first `cap` postings of `term` (none if it is unknown)."""
        slot = self._slot(term)
        if slot is None:
            return []
        start, end = self._flat_ends[slot - 1] if slot else 0, self._flat_ends[slot]
        if not 0 <= start <= end <= len(self._flat):
            raise IndexError(f"the postings of {term!r} lie outside their table")
        return self._flat[start : min(end, start + cap)].tolist()

    def prefixed(self, prefix: str) -> list[str]:
        """Every term that starts with `prefix` (and goes on in characters below U+FFFF), sorted."""
        starts = self._buckets.get(prefix[0])
        if starts is None:
            return []
        found: list[str] = []
        low_key, high_key = prefix.encode(), (prefix + "\uffff").encode()
        for length in range(len(prefix), len(starts) - 1):
            _, group = self._group(prefix[0], length)
            first = bisect.bisect_left(group, low_key)
            last = bisect.bisect_left(group, high_key, first)
            found += (group[i].decode() for i in range(first, last))
        return sorted(found)


# Building: every form of every entry reduced to its words, a column at a time. A big glossary has
# ~5 forms an entry (10^5 entries: ~530,000 forms, ~1.9 million postings); a Python call per form
# and per posting cost seconds, so each step is a few C passes over all the texts joined by line
# feeds (regular expressions, str methods, map and sorted), with the per-text function kept for
# the texts such a pass might get wrong. The postings (~720,000 words of forms at 10^5 entries) are
# numbered once and grouped by one numpy sort (`_posting_lists`): numpy is imported by the build
# alone, never by a search that reads a built index.

_LATIN_WORD_BYTES = bytes(byte if chr(byte) in "abcdefghijklmnopqrstuvwxyz0123456789\n" else 32 for byte in range(256))
"""A translation table of bytes: a lower-case letter, a digit or a line feed is kept, anything else is a space."""
_NOT_ASCII_RE = re.compile("[^\x00-\x7f]+")
_WIDE_GAP_RE = re.compile(r"[^\S\n\x00-\x7f]|\u00b7")
"""A gap between pinyin words beyond ASCII: whitespace (as `\\s` finds it) or a middle dot."""
_PINYIN_GAP_BYTES = bytes(32 if b < 128 and (chr(b).isspace() or chr(b) in "-,") and b != 10 else b for b in range(256))
_NOT_PINYIN_BYTES = bytes(
    byte
    for byte in range(256)
    if _PINYIN_GAP_BYTES[byte] != 32 and not (chr(byte).isascii() and chr(byte).isalpha()) and byte != 10
)
"""Bytes of pinyin text made a space (ASCII whitespace but a line feed, "-", ","), and taken out (any other byte that
is not an ASCII letter, a space or a line feed: every byte of a character beyond ASCII, a tone mark among them)."""


def _by_lines(
    texts: list[str],
    whole: Callable[[str], str],
    doubtful: re.Pattern[str],
    one: Callable[[str], str],
    sure_below: str = "\x00",
) -> list[str]:
    """Return `one` of each text, computed as `whole` of the texts joined by line feeds, split again.

    `whole` must give, line for line, what `one` gives of each line in which `doubtful` finds
    nothing; the lines in which it finds something get `one` of their own. `doubtful` finds no
    character below `sure_below`: texts whose greatest character is below it are not scanned.
    """
    if doubtful is _NOT_ASCII_RE:
        return _by_ascii_lines(texts, whole, one)
    joined = "\n".join(texts)
    out = whole(joined).split("\n") if texts and joined.count("\n") == len(texts) - 1 else []
    if len(out) != len(texts):
        return list(map(one, texts))
    if max(joined, default="\x00") < sure_below:  # one C-level pass, not a scan of a character class
        return out
    # Each line with a doubtful character: its number counted on from the last one's (the line feeds between, in C).
    line = at = 0
    done = -1
    for match in doubtful.finditer(joined):
        line += joined.count("\n", at, match.start())
        at = match.start()
        if line != done:
            out[line] = one(texts[line])
            done = line
    return out


def _by_ascii_lines(texts: list[str], whole: Callable[[str], str], one: Callable[[str], str]) -> list[str]:
    """`_by_lines` where the doubtful lines are those beyond ASCII: told by a flag read of each text, not a scan, and
    left out of the joined text (one such line would make the whole of it wider than a byte a character)."""
    flags = list(map(str.isascii, texts))
    plain = list(itertools.compress(texts, flags))
    joined = "\n".join(plain)
    got = whole(joined).split("\n") if plain and joined.count("\n") == len(plain) - 1 else []
    if len(got) != len(plain):
        return list(map(one, texts))
    out: list[str] = []
    taken = 0
    for before, line in enumerate(itertools.compress(itertools.count(), map(operator.not_, flags))):
        out += got[taken : line - before]  # the plain lines up to this one
        taken = line - before
        out.append(one(texts[line]))
    out += got[taken:]
    return out


def _folded(texts: list[str]) -> list[str]:
    """`texts` with each one beyond ASCII folded by `fold_letters` ("Łódź" -> "lodz"), which `_one_latin` does first
    and which gives the same again: those folded to ASCII (nearly all) are then read with the ASCII texts, all at
    once. They are folded joined by line feeds (one `str.translate`: each character is folded alone, a line feed to
    itself); left as they are if that does not give one line a text."""
    flags = list(map(str.isascii, texts))
    wide = list(itertools.compress(range(len(texts)), map(operator.not_, flags)))
    folded = fold_letters("\n".join(map(texts.__getitem__, wide))).split("\n") if wide else []
    if len(folded) != len(wide):
        return texts
    out = list(texts)
    for at, text in zip(wide, folded, strict=True):
        out[at] = text
    return out


def _latin_words(joined: str) -> str:
    # `en_words` of ASCII text, every line at once: the runs of letters and digits, lower-cased, a space
    # between. As bytes, each character not a letter, digit or line feed made a space by one translation
    # (a line with a character beyond ASCII, "?" here, is `doubtful`: keyed alone), then the runs of spaces
    # made one (`_single_spaces`): a substitution of every run of such characters (most are one space) took ~3x longer.
    spaced = joined.encode("ascii", "replace").lower().translate(_LATIN_WORD_BYTES)
    return _single_spaces(spaced).decode("ascii")


def _single_spaces(text: bytes) -> bytes:
    """`text` with each run of spaces made one, and none at either end of a line (numpy masks: ~4x faster than a
    substitution of the runs and replacements of the spaces beside line feeds, over the ~7 MB of 10^5 entries)."""
    import numpy as np

    if not text:
        return text
    data = np.frombuffer(text, np.uint8)
    feed = np.full(1, 10, np.uint8)
    before = np.concatenate([feed, data[:-1]])  # the start of the text is as the start of a line
    data = data[(data != 32) | ((before != 32) & (before != 10))]  # the first space of a run, not at a line's start
    after = np.concatenate([data[1:], feed])
    kept: bytes = data[(data != 32) | (after != 10)].tobytes()  # and not at a line's end
    return kept


def _one_latin(text: str) -> str:
    return " ".join(_latin_words_of(text))


def _latin_words_of(text: str) -> list[str]:
    """The words of a Latin form or query as the index keeps them: `en_words` of its letters folded
    (`zhgloss.model.fold_letters`: "Strauß" -> ["strauss"], "Ørsted" -> ["orsted"], "Łódź" -> ["lodz"])."""
    return en_words(fold_letters(text))


def _pinyin_lines(joined: str) -> str:
    # `pinyin_key` of each part of the pinyin, every line at once (text of NFC-sure characters only,
    # none full-width: `normalize` leaves each part as it is, and no part's decomposition or case
    # folding makes or unmakes a separator). A gap (whitespace but a line feed, "-", "·", ",") is a
    # space, any other character not a letter goes: as bytes, by one translation, once the few gaps
    # beyond ASCII are spaces (a substitution of every gap and of every tone mark took ~4x longer).
    text = unicodedata.normalize("NFD", joined.casefold()).replace("u\u0308", "v").replace("u:", "v")
    encoded = text.encode()
    if not text.isascii():
        # The gaps beyond ASCII made spaces in the UTF-8 (each character's bytes are found only where it is written:
        # a look for each of the ~20 kinds, ~10x faster than a substitution of a class over the text).
        for gap in _wide_gaps():
            if gap in encoded:
                encoded = encoded.replace(gap, b" ")
    kept = encoded.translate(_PINYIN_GAP_BYTES, _NOT_PINYIN_BYTES)
    return _single_spaces(kept).decode("ascii")


@functools.cache
def _wide_gaps() -> tuple[bytes, ...]:
    """The UTF-8 of each character `_WIDE_GAP_RE` finds: whitespace beyond ASCII (none is above U+3000) and "·"."""
    return tuple(char.encode() for char in map(chr, range(0x80, 0x3001)) if _WIDE_GAP_RE.fullmatch(char))


def _one_pinyin(text: str) -> str:
    return " ".join(word for word in map(pinyin_key, _PINYIN_SPLIT_RE.split(text)) if word)


@functools.cache
def _doubtful() -> dict[str, re.Pattern[str]]:
    """Characters in a line that the C passes above might read otherwise than the per-text function does."""
    unsure = f"[^{NFC_SURE}]"
    return {
        "latin": _NOT_ASCII_RE,
        "cjk": re.compile(CJK_PATTERN),  # as `has_cjk` finds a Chinese character
        "pinyin": re.compile(f"{unsure}|[\uff01-\uff5e]"),
        "chinese": re.compile(f"{unsure}|[^\\S\n]|[{NAME_SEPARATORS}.\uff01-\uff5e]"),
    }


def _numbered(tokens: list[str]) -> tuple[list[str], _Ints]:
    """Return the distinct `tokens`, first seen first, and the number of each token among them (a numpy array).

    One dict look-up a token, in C: a new token takes the next number as it is first met.
    """
    import numpy as np

    number: defaultdict[str, int] = defaultdict(itertools.count().__next__)
    found = np.fromiter(map(number.__getitem__, tokens), np.int64, len(tokens))
    return list(number), found


def _posting_lists(places: _Ints, owners: _Ints, cap: int | None = None) -> tuple[_Ints, _Ints]:
    """Group `owners` by their `places` (each owner's list, numbered 0 on; each list has at least one owner).

    Return every list's owners in turn (each list sorted, an owner in it once, cut at `cap` if one is given) and
    where each list ends among them: numpy arrays. `places` and `owners` are numpy arrays of ints from 0, as long.
    Sorted as one int key (place, owner) where it fits in 63 bits, else by two keys.
    """
    import numpy as np

    if not len(places):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    shift = int(owners.max()).bit_length()
    if int(places.max()).bit_length() + shift <= 63:
        key = np.sort((places << shift) | owners)
        key = key[np.concatenate([[True], key[1:] != key[:-1]])]
        place, owner = key >> shift, key & ((1 << shift) - 1)
    else:
        order = np.lexsort((owners, places))
        place, owner = places[order], owners[order]
        new = np.concatenate([[True], (place[1:] != place[:-1]) | (owner[1:] != owner[:-1])])
        place, owner = place[new], owner[new]
    starts = np.flatnonzero(np.concatenate([[True], place[1:] != place[:-1]]))
    sizes = np.diff(starts, append=len(place))
    if cap is not None and int(sizes.max()) > cap:
        within = np.arange(len(place)) - np.repeat(starts, sizes)
        owner, sizes = owner[within < cap], np.minimum(sizes, cap)
    return owner, np.cumsum(sizes)


def _placed(order: list[int]) -> _Ints:
    """The place of each item in `order` (a permutation of positions), as a numpy array: its inverse."""
    import numpy as np

    places = np.empty(len(order), np.int64)
    places[np.asarray(order, np.int64)] = np.arange(len(order), dtype=np.int64)
    return places


def _taker(order: list[int]) -> Callable[[Sequence[Any]], list[Any]]:
    """Return a function giving the items of a sequence at the positions `order`, in that order.

    One `itemgetter` of every position, made once: each column is then indexed in C, with no call per item.
    """
    if len(order) < 2:  # an itemgetter of one position gives the item itself, of none cannot be made
        return lambda column: list(map(column.__getitem__, order))
    get = operator.itemgetter(*order)
    return lambda column: list(get(column))


class _Forms:
    """Every searchable form of `entries`, numbered entry by entry, as columns.

    An entry's forms come in this order: English, aliases, variant spellings, its Chinese texts
    (simplified, traditional, Chinese aliases; Latin ones such as stock codes are typed like
    English), pinyin, pinyin initials. A Latin form whose words are none is left out.
    """

    def __init__(self, entries: EntryColumns) -> None:
        import numpy as np

        from zhgloss.model import variant_texts as variant_texts_of
        from zhgloss.pinyin import initials_of_lines, to_pinyin_syllables_of

        # Candidates, group by group, as columns: entry, group, kind, ordinal, text. Each group is in entry order,
        # and every candidate's (entry, group, ordinal) is its own, so the order of the groups is free: the
        # candidates are put in entry order by that number below. Columns, not a tuple per candidate: tuples
        # and their transposition cost ~0.1 s at 10^5 entries.
        count = len(entries)
        l_entry = list(range(count))
        l_group, l_kind, l_ordinal = [0] * count, [EN] * count, [0] * count
        l_text = list(entries.en)
        # The few entries with aliases (or Chinese aliases) are picked out in C, and only their lists looked at.
        aliases = entries.aliases
        alias_rows = [(n, i, a) for n in itertools.compress(range(count), aliases) for i, a in enumerate(aliases[n])]
        # "Lyu Bu" for "Lü Bu": the name-form model's spellings
        # A few thousand, told apart from the rest a column at a time; once per glossary version for every cache.
        variants = variant_texts_of(entries)
        variant_rows = [
            (n, i, r.text) for n, group in itertools.groupby(variants, _first_char) for i, (_, r) in enumerate(group)
        ]
        for group, kind, rows in ((1, ALIAS, alias_rows), (2, VARIANT, variant_rows)):
            l_entry += [n for n, _, _ in rows]
            l_group += [group] * len(rows)
            l_kind += [kind] * len(rows)
            l_ordinal += [i for _, i, _ in rows]
            l_text += [text for _, _, text in rows]
        # The Chinese texts: simplified, traditional (unless the same), aliases (`_chinese_texts`' ordinals).
        zhs, zh_hants = entries.zh, entries.zh_hant
        t_entry = list(itertools.compress(range(count), zhs))
        t_ordinal = [0] * len(t_entry)
        t_text: list[str] = list(filter(None, zhs))
        hant = list(
            itertools.compress(range(count), map(operator.and_, map(bool, zh_hants), map(operator.ne, zh_hants, zhs)))
        )
        t_entry += hant
        t_ordinal += [1] * len(hant)
        t_text += [zh_hants[n] or "" for n in hant]
        zh_aliases = entries.zh_aliases
        zh_alias_rows = [
            (n, 2 + i, a)
            for n in itertools.compress(range(count), zh_aliases)
            for i, a in enumerate(zh_aliases[n])
            if a
        ]
        t_entry += [n for n, _, _ in zh_alias_rows]
        t_ordinal += [i for _, i, _ in zh_alias_rows]
        t_text += [text for _, _, text in zh_alias_rows]
        is_chinese = list(map(bool, map(_doubtful()["cjk"].search, t_text)))
        not_chinese = list(map(operator.not_, is_chinese))
        chinese_entry = list(itertools.compress(t_entry, is_chinese))
        chinese_ordinal = list(itertools.compress(t_ordinal, is_chinese))
        chinese_text = list(itertools.compress(t_text, is_chinese))
        # stock codes, "WPS", "SU7": typed like English
        latin_ordinal = list(itertools.compress(t_ordinal, not_chinese))
        l_entry += itertools.compress(t_entry, not_chinese)
        l_group += [3] * len(latin_ordinal)
        l_kind += [ZH_ALIAS if ordinal >= 2 else LATIN_ZH for ordinal in latin_ordinal]
        l_ordinal += latin_ordinal
        l_text += itertools.compress(t_text, not_chinese)
        doubtful = _doubtful()
        words = _by_ascii_lines(_folded(l_text), _latin_words, _one_latin)
        keys = "\n".join(words).replace(" ", "").split("\n") if words else []
        kept = list(map(bool, keys))
        if not all(kept):
            l_entry, l_group, l_kind, l_ordinal = (
                list(itertools.compress(column, kept)) for column in (l_entry, l_group, l_kind, l_ordinal)
            )
            words, keys = list(itertools.compress(words, kept)), list(itertools.compress(keys, kept))
        zh_keys = _by_lines(chinese_text, str.casefold, doubtful["chinese"], zh_key)
        # Pinyin: as written, or (none written) read from the Chinese.
        pinyins = entries.pinyin
        written = list(itertools.compress(range(count), pinyins))
        # (No character below U+0300 is unsure or full-width: pinyin with tone marks is checked by its greatest one.)
        spoken = _by_lines(list(filter(None, pinyins)), _pinyin_lines, doubtful["pinyin"], _one_pinyin, "\u0300")
        said = list(map(bool, spoken))
        pinyin_entry, pinyin_lines = list(itertools.compress(written, said)), list(itertools.compress(spoken, said))
        if len(written) < count:
            unwritten = itertools.compress(range(count), map(operator.not_, pinyins))
            unread = [n for n in unwritten if (zh := zhs[n]) and has_cjk(zh)]
            read = to_pinyin_syllables_of([zhs[n] or "" for n in unread])
            heard = [(n, " ".join(line)) for n, line in zip(unread, read, strict=True) if line]
            if heard:  # merged in entry order: a stable sort of the two runs by entry number
                pinyin_entry += [n for n, _ in heard]
                pinyin_lines += [line for _, line in heard]
                take_in_order = _taker(sorted(range(len(pinyin_entry)), key=pinyin_entry.__getitem__))
                pinyin_entry, pinyin_lines = take_in_order(pinyin_entry), take_in_order(pinyin_lines)
        # Each line's initials: every word of every line cut into syllables at once (`initials_of_lines`).
        all_letters = initials_of_lines(pinyin_lines)
        two_or_more = list(map(operator.lt, itertools.repeat(1), map(len, all_letters)))
        initials_entry = list(itertools.compress(pinyin_entry, two_or_more))
        initials_letters = list(itertools.compress(all_letters, two_or_more))
        # All candidates, then in entry order: (entry, group, ordinal) as one number sorts them (a numpy sort).
        span = 1 + max([*l_ordinal, *chinese_ordinal, 0])
        entry_col = np.concatenate(
            [np.asarray(column, np.int64) for column in (l_entry, chinese_entry, pinyin_entry, initials_entry)]
        )
        group_col = np.concatenate(
            [
                np.asarray(l_group, np.int64),
                np.full(len(chinese_entry), 3, np.int64),
                np.full(len(pinyin_entry), 4, np.int64),
                np.full(len(initials_entry), 5, np.int64),
            ]
        )
        ordinal_col = l_ordinal + chinese_ordinal + [0] * (len(pinyin_entry) + len(initials_entry))
        order_key = (entry_col * 8 + group_col) * span + np.asarray(ordinal_col, np.int64)
        chinese_kinds = np.full(len(chinese_ordinal), ZH_ALIAS, np.uint8)
        chinese_kinds[np.asarray(chinese_ordinal, np.int64) < 2] = ZH
        chinese_kinds[np.asarray(chinese_ordinal, np.int64) == 1] = HANT
        kind_col = bytes(l_kind) + chinese_kinds.tobytes()
        kind_col += bytes([PINYIN]) * len(pinyin_entry) + bytes([INITIALS]) * len(initials_entry)
        words_col = words + zh_keys + pinyin_lines + initials_letters
        keys_col = (
            keys
            + zh_keys
            + ("\n".join(pinyin_lines).replace(" ", "").split("\n") if pinyin_lines else [])
            + initials_letters
        )
        # What postings each takes: 0 terms (Latin words), 1 characters (Chinese), 2 initials.
        table_col = bytes(len(l_entry)) + b"\1" * len(chinese_entry) + bytes(len(pinyin_entry))
        table_col += b"\2" * len(initials_entry)
        order = np.argsort(order_key, kind="stable")
        take = _taker(order.tolist())
        self.entry: _Ints = entry_col[order]
        """The entry of each form (a numpy array)."""
        self.kind = np.frombuffer(kind_col, np.uint8)[order].tobytes()
        self.ordinal: _Ints = np.asarray(ordinal_col, np.int64)[order]
        """The ordinal of each form among those of its kind in its entry (a numpy array)."""
        self.words: list[str] = take(words_col)
        self.keys: list[str] = take(keys_col)
        self.table = np.frombuffer(table_col, np.uint8)[order].tobytes()
        self.form_bits = max(24, len(order_key).bit_length())
        """How many low bits of a rank (`ranks`) hold its form."""

    def ranks(self, salience: bytes) -> _Ints:
        """Return each form's place among the postings, as one int: (3 - salience, key length, form), in form order.

        A postings list holds its forms most salient entry first, then shortest key, then first; sorting a list's
        ranks puts it in that order. The form is a rank's low `form_bits` bits. `salience` is a byte an entry
        (`_saliences`); the ranks are a numpy array.
        """
        import numpy as np

        count = len(self.words)
        lengths = np.fromiter(map(len, self.keys), np.int64, count)
        longest = int(lengths.max(initial=0)) + 1
        # (3 - salience) * longest of each entry, then of each form: its entry's, plus its key's length.
        entry_high = (3 - np.frombuffer(salience, np.uint8).astype(np.int64)) * longest
        high = entry_high[self.entry] + lengths
        ranks: _Ints = (high << self.form_bits) | np.arange(count, dtype=np.int64)
        return ranks

    def postings(self, ranks: _Ints) -> tuple[_TermPostings, _KeyPostings, list[int]]:
        """Return the postings of the terms and of the initials, each list in rank order (`ranks`), a form in it once,
        cut at POSTING_CAP; and the Chinese forms in rank order.

        The terms come in bucket order (`_term_table`) with their groups; the initials' keys sorted. Each list is
        found by one sort of (its place, rank) over all of them (`_posting_lists`), not a Python list a term.
        """
        import numpy as np

        table = self.table
        kinds = np.frombuffer(table, np.uint8)
        mask = (1 << self.form_bits) - 1
        # Terms: a form's words, and (more than one) the words joined: every word of every form (one split of them
        # all), then the joined words of the forms of several (~30% of forms), each with its form's rank. A form
        # with a word twice ("Bora Bora") has its rank twice in that word's list: kept once.
        latin_mask = table.translate(_IS_TABLE[0])
        words = list(itertools.compress(self.words, latin_mask))
        latin_ranks = ranks[kinds == 0]
        table_of_terms = _term_table(words, list(itertools.compress(self.keys, latin_mask)))
        flat, ends = _posting_lists(table_of_terms.places, latin_ranks[table_of_terms.owners], POSTING_CAP)
        terms = _TermPostings(table_of_terms.text, table_of_terms.lines, table_of_terms.groups, flat & mask, ends)
        # The initials, one a form: their forms in rank order, each grouped by its letters (kept in that order).
        in_order = np.sort(ranks[kinds == 2]) & mask
        letters = list(map(self.words.__getitem__, in_order.tolist()))
        distinct, numbers = _numbered(letters)
        order = sorted(range(len(distinct)), key=distinct.__getitem__)
        at, ends = _posting_lists(_placed(order)[numbers], np.arange(len(in_order), dtype=np.int64), POSTING_CAP)
        initials = _KeyPostings(list(map(distinct.__getitem__, order)), in_order[at], ends)
        chinese: list[int] = (np.sort(ranks[kinds == 1]) & mask).tolist()
        return terms, initials, chinese


class _TermPostings(NamedTuple):
    """The terms' postings as `_Forms.postings` finds them: numpy arrays of the forms and of where each list ends."""

    text: bytes
    """The terms in bucket order, one a line (`_TermTable.text`)."""
    lines: bytes
    """The words of the Latin forms, a line each in form order (`_TermTable.lines`)."""
    groups: list[tuple[str, int, int, int]]
    """(first letter, length, how many terms, how many bytes) of each group of the terms, in turn."""
    forms: _Ints
    ends: _Ints


class _KeyPostings(NamedTuple):
    """Postings of sorted keys (`zhgloss.packed.Sections.add_postings_lists`): the forms, and where each list ends."""

    keys: list[str]
    forms: _Ints
    ends: _Ints


def _block_postings(ranked: list[str], joined: str) -> _KeyPostings:
    """Return the blocks (of GRAM_BLOCK lines of the ranked Chinese keys) each character is in, characters sorted.

    `joined` is `ranked`, a line each. The characters of each block are a set (in C), and those of all blocks,
    each with its block as one int (its code point, then its block), sorted by numpy: no list a character.
    """
    import numpy as np

    char_ends = [0, *itertools.accumulate(map((1).__add__, map(len, ranked)))][::GRAM_BLOCK]
    if char_ends[-1] != len(joined):
        char_ends.append(len(joined))
    held = [set(joined[start:end]) - {"\n"} for start, end in itertools.pairwise(char_ends)]
    chars = "".join(itertools.chain.from_iterable(held))
    codes = np.frombuffer(chars.encode("utf-32-le", "surrogatepass"), "<u4").astype(np.int64)
    blocks = np.repeat(np.arange(len(held), dtype=np.int64), np.fromiter(map(len, held), np.int64, len(held)))
    pairs = np.sort((codes << 32) | blocks)
    codes, blocks = pairs >> 32, pairs & 0xFFFFFFFF
    starts = np.flatnonzero(np.diff(codes, prepend=-1))
    return _KeyPostings(
        list(map(chr, codes[starts].tolist())), blocks, np.append(starts[1:], len(codes))[: len(starts)]
    )


def _add_spans(sections: _Sections, entry_spans: Sequence[tuple[int, int]], count: int) -> tuple[str, tuple[str, int]]:
    """Add where each entry starts in the glossary file and its length; return the array types and the last end.

    Raise ValueError if there are not `count` spans. Offsets take 4 bytes in a file under 4 GB, lengths 2
    where every entry is under 64 KB (the search index, the annotator's and lookup's cache each keep them).
    """
    if len(entry_spans) != count:
        raise ValueError(f"{len(entry_spans)} entry spans for {count} entries")
    ends = [end for _, end in entry_spans]
    last = max(ends, default=0)
    doc_code = "I" if last < 2**32 else "q"
    lengths = [end - start for start, end in entry_spans]
    length_code = "H" if max(lengths, default=0) < 2**16 else doc_code
    sections.add("doc_starts", array(doc_code, [start for start, _ in entry_spans]).tobytes())
    sections.add("doc_lengths", array(length_code, lengths).tobytes())
    return doc_code, (length_code, last)


class Searcher:
    """A search index over entries; build it once per glossary version and query it many times."""

    def __init__(self, entries: Iterable[Entry] = (), entry_spans: Sequence[tuple[int, int]] | None = None) -> None:
        """Index `entries` (a sequence of them, or their columns: `zhgloss.model.EntryColumns`); with `entry_spans`
        (see `zhgloss.store.Glossary.entry_spans`) the index holds no copy of them but where each is written in the
        glossary file, which `from_bytes` must then be given."""
        from zhgloss.bulk import paused_gc

        with paused_gc():  # millions of strings and lists, no cycle among them
            self._build(entry_columns(entries), entry_spans)

    # Building

    def _build(self, entries: EntryColumns, entry_spans: Sequence[tuple[int, int]] | None) -> None:
        import numpy as np
        import orjson

        from zhgloss.pinyin import reading_table

        referred = set(filter(None, entries.refers_to))
        salience = _saliences(entries, referred)
        forms = _Forms(entries)
        form_words = forms.words
        terms, initials, chinese = forms.postings(forms.ranks(salience))
        types, ids = entries.type, entries.id
        # Only the entries others refer to (a nickname's, a stock code's) are ever found by id.
        id_order = sorted(itertools.compress(range(len(ids)), map(referred.__contains__, ids)), key=ids.__getitem__)
        type_names = sorted(set(types))
        type_code = {name: number for number, name in enumerate(type_names)}
        sections = _Sections()
        doc_code = "q"
        spans_of: tuple[str, int] = ("", 0)  # the array type of the entries' lengths, and where the last ends
        if entry_spans is not None:
            doc_code, spans_of = _add_spans(sections, entry_spans, len(entries))
            sections.add_packed("docs", [], compact=True)
        else:
            sections.add_packed("docs", [orjson.dumps(entry.to_dict()).decode() for entry in entries], compact=True)
        sections.add_packed("ids", [ids[n] for n in id_order], compact=True)
        # The words of the Latin forms (pinyin among them), from their lines: the initials' words are never read (a
        # query finds them by their postings; their text is the pinyin's), and a Chinese form's words (its key) are a
        # line of the ranked keys below, read there.
        word_sizes = np.zeros(len(forms.kind), np.int64)
        word_sizes[np.frombuffer(forms.table, np.uint8) == 0] = (
            np.diff(np.flatnonzero(np.frombuffer(terms.lines, np.uint8) == 10), prepend=-1) - 1
        )
        sections.add("form_words", terms.lines.replace(b"\n", b""))
        sections.add_offsets("form_words_ends", np.cumsum(word_sizes))
        ordinal_code = "K"  # the ordinals in form_kind, the big ones in a table of their own
        big = np.flatnonzero(forms.ordinal >= BIG_ORDINAL)
        sections.add("big_ordinal_forms", big.astype(np.intc).tobytes())
        sections.add("big_ordinals", forms.ordinal[big].astype(np.intc).tobytes())
        # kind | min(ordinal, BIG_ORDINAL) << KIND_BITS of every form.
        shifted = np.minimum(forms.ordinal, BIG_ORDINAL).astype(np.uint8) << KIND_BITS
        kinds = (np.frombuffer(forms.kind, np.uint8) | shifted).tobytes()
        sections.add("id_order", array("i", id_order).tobytes())
        sections.add("types", bytes(map(type_code.__getitem__, types)))
        sections.add("salience", bytes(salience))
        # Where each entry's forms start: its forms counted (in C), the counts summed.
        first_form = np.concatenate([[0], np.cumsum(np.bincount(forms.entry, minlength=len(entries)))])
        sections.add("first_form", first_form.astype(np.intc).tobytes())
        sections.add("form_kind", kinds)
        sections.add_postings_lists("initials", *initials)
        # The Chinese keys as ranked, a line each, in blocks of GRAM_BLOCK lines with the blocks each
        # character is in: a query finds the forms with a character or a pair of its own by scanning
        # the blocks that hold all its characters (`_gram_forms`). Postings of every gram (~830,000
        # at 10^5 entries) took a third of the build; these are ~250,000.
        ranked = list(map(form_words.__getitem__, chinese))
        joined = "\n".join(ranked) + "\n" if ranked else ""
        text = joined.encode()
        encoded = text.split(b"\n")[:-1]
        sizes = map(len, encoded)
        sections.add("zh_ranked", text)
        # Where each block of GRAM_BLOCK lines starts, and the end: a line within a block is counted, not stored.
        line_ends = list(itertools.accumulate(map((1).__add__, sizes)))
        block_starts = [0, *line_ends[GRAM_BLOCK - 1 :: GRAM_BLOCK]]
        if block_starts[-1] != len(text):
            block_starts.append(len(text))
        sections.add("zh_ranked_blocks", array("q", block_starts).tobytes())
        sections.add("zh_ranked_forms", array("i", chinese).tobytes())
        sections.add_postings_lists("zh_blocks", *_block_postings(ranked, joined), code=_block_code(len(block_starts)))
        buckets, lines = _bucket_layout(terms.groups, len(terms.text))
        sections.add("buckets", terms.text)
        sections.add(*_Terms.pack(terms.forms))
        sections.add_offsets("terms_flat_ends", terms.ends)
        # The Chinese forms by key, then as ranked (as their lines among the ranked keys): a key's forms lie
        # together, in the order of its postings.
        # (Sorted as UTF-8, which sorts as the code points do: bytes compare faster than strings of 2 bytes a char.)
        sections.add("zh_exact", array("i", sorted(range(len(encoded)), key=encoded.__getitem__)).tobytes())
        sections.add("readings", reading_table().encode())
        header = marshal.dumps((FORMAT, sections.spans, type_names, buckets, doc_code, ordinal_code, lines, spans_of))
        blob = b"".join([MAGIC, len(header).to_bytes(4, "little"), header, *sections.parts])
        self._built = entries  # the entries themselves, for an index built with spans into a file not read here
        self._load(blob, len(MAGIC) + 4 + len(header), None)

    # Cache

    def to_bytes(self) -> bytes:
        """Serialize the index (for `zhgloss.cache`); `from_bytes` reads it back.

        An index built with entry spans holds no entries: `from_bytes` then needs the glossary file too.
        """
        return bytes(self._blob)

    @classmethod
    def from_bytes(cls, blob: bytes | memoryview, glossary_file: bytes | memoryview | None = None) -> Searcher:
        """Load an index written by `to_bytes`; raise ValueError if `blob` is not one.

        `blob` may be a memory-mapped cache (see `zhgloss.cache.load_cached`): nothing is copied.
        An index built with entry spans reads its entries from `glossary_file`, the glossary's bytes.
        """
        self = cls.__new__(cls)
        try:
            # Check the magic first: marshal reads a length from any bytes and may try to allocate it.
            if bytes(blob[: len(MAGIC)]) != MAGIC:
                raise ValueError("no zhgloss search header")
            size = int.from_bytes(blob[len(MAGIC) : len(MAGIC) + 4], "little")
            self._load(blob, len(MAGIC) + 4 + size, glossary_file)
        except (EOFError, TypeError, ValueError, IndexError, KeyError) as exc:
            raise ValueError(f"not a zhgloss search index: {exc}") from None
        return self

    def _load(self, blob: bytes | memoryview, base: int, glossary_file: bytes | memoryview | None) -> None:
        # Only views of `blob` are made here: a query decodes the few strings and postings it reads,
        # so loading costs the same for 100 entries or 100,000.
        header = marshal.loads(blob[len(MAGIC) + 4 : base])
        if not isinstance(header, tuple) or len(header) != 8 or header[0] != FORMAT:
            raise ValueError(f"not of format {FORMAT}")
        spans: dict[str, tuple[int, int]] = header[1]
        self._type_names: list[str] = header[2]
        self._buckets: dict[str, list[int]] = header[3]
        bucket_lines: dict[str, list[int]] = header[6]
        doc_code, ordinal_code, (length_code, entries_end) = header[4], header[5], header[7]
        if doc_code not in ("I", "q") or ordinal_code != "K" or length_code not in ("", "H", doc_code):
            raise ValueError("tables of an unknown type")
        view = memoryview(blob)

        def section(name: str, kind: Literal["B", "H", "I", "i", "q"] = "B") -> memoryview:
            start, end = spans[name]
            if not base <= base + start <= base + end <= len(blob):
                raise ValueError(f"section {name} is cut short")
            return view[base + start : base + end].cast(kind)

        def offsets(name: str) -> _Offsets:
            wide = f"{name}_rest32" in spans
            rest = section(f"{name}_rest32" if wide else f"{name}_rest", "I" if wide else "H")
            base = section(f"{name}_base", "q")
            if len(base) != -(-len(rest) // OFFSET_BLOCK):
                raise ValueError(f"section {name} is cut short")
            return _Offsets(base, rest)

        def packed(name: str) -> _Packed:
            return _Packed(section(name), offsets(f"{name}_ends"))

        def postings(name: str, code: Literal["H", "i"] = "i") -> _Postings:
            return _Postings(packed(name), section(f"{name}_flat", code), offsets(f"{name}_flat_ends"))

        self._blob = blob
        self._docs, self._ids = packed("docs"), packed("ids")
        self._doc_spans: tuple[memoryview, memoryview, bytes | memoryview] | None = None
        if "doc_starts" in spans:
            starts, lengths = section("doc_starts", doc_code), section("doc_lengths", length_code or doc_code)
            if glossary_file is None:
                if "_built" not in self.__dict__:
                    raise ValueError("the index reads its entries from the glossary file, which was not given")
            # The header names where the last entry ends (the cache's CRC holds it to the tables): no scan of them.
            elif len(starts) != len(lengths) or entries_end > len(glossary_file):
                raise ValueError("entries out of bounds")
            else:
                self._doc_spans = (starts, lengths, glossary_file)
        self._id_order = section("id_order", "i")
        self._form_words = packed("form_words")
        self._big_ordinal_forms, self._big_ordinals = section("big_ordinal_forms", "i"), section("big_ordinals", "i")
        if len(self._big_ordinal_forms) != len(self._big_ordinals):
            raise ValueError("tables of different lengths")
        self._type_codes, self._salience = section("types"), section("salience")
        self._first_form, self._form_kind = section("first_form", "i"), section("form_kind")
        if len(self._first_form) != len(self._salience) + 1 or len(self._form_kind) != len(self._form_words):
            raise ValueError("tables of different lengths")
        self._bucket_text, self._readings_data = section("buckets"), section("readings")
        if set(bucket_lines) != set(self._buckets):
            raise ValueError("tables of different lengths")
        self._terms = _Terms(
            self._bucket_text,
            self._buckets,
            bucket_lines,
            (
                _Int24(section("terms_flat24")) if "terms_flat24" in spans else section("terms_flat", "i"),
                offsets("terms_flat_ends"),
            ),
        )
        self._initials = postings("initials")
        self._zh_ranked = section("zh_ranked")
        self._zh_ranked_blocks: Sequence[int] = section("zh_ranked_blocks", "q")
        self._zh_ranked_forms = section("zh_ranked_forms", "i")
        if len(self._zh_ranked_blocks) != -(-len(self._zh_ranked_forms) // GRAM_BLOCK) + 1:
            raise ValueError("tables of different lengths")
        self._zh_blocks = postings("zh_blocks", _block_code(len(self._zh_ranked_blocks)))
        self._zh_exact: Sequence[int] = section("zh_exact", "i")
        if len(self._zh_exact) != len(self._zh_ranked_forms):
            raise ValueError("tables of different lengths")
        self._readings: str | None = None

    def _kind(self, form: int) -> int:
        """The kind of `form` (EN, ALIAS, ...)."""
        return self._form_kind[form] & _KIND_MASK

    def _form_entry(self, form: int) -> int:
        """The number of the entry whose form `form` is."""
        return bisect.bisect_right(self._first_form, form) - 1

    def _form_text(self, form: int, entry: Entry) -> str:
        """The text of `form` as written in `entry` (the index keeps only its words, and where in the entry it is)."""
        kind, ordinal = self._kind(form), self._form_kind[form] >> KIND_BITS
        if ordinal == BIG_ORDINAL:
            at = bisect.bisect_left(self._big_ordinal_forms, form)
            if at == len(self._big_ordinal_forms) or self._big_ordinal_forms[at] != form:
                raise IndexError(f"the ordinal of form {form} is missing")
            ordinal = self._big_ordinals[at]
        if kind == EN:
            return entry.en
        if kind == ALIAS:
            return entry.aliases[ordinal]
        if kind == VARIANT:
            return next(itertools.islice(variant_texts(entry), ordinal, None)).text
        if kind in (ZH, HANT, ZH_ALIAS, LATIN_ZH):
            return _chinese_texts(entry)[ordinal] or ""
        # Pinyin and its initials: the pinyin as written, or (none written) as derived from the Chinese.
        return entry.pinyin or self._form_words[form if kind == PINYIN else form - 1]

    def __len__(self) -> int:
        return len(self._salience)

    @property
    def types(self) -> set[str]:
        """Every entry type in the index."""
        return set(self._type_names)

    def _type(self, number: int) -> str:
        return self._type_names[self._type_codes[number]]

    def entry(self, number: int) -> Entry:
        """Return the entry at position `number` (in the order it was indexed)."""
        if self._doc_spans is None and "_built" in self.__dict__:
            return self._built[number]
        return Entry.from_dict(self._document(number))

    def _document(self, number: int) -> dict[str, Any]:
        if self._doc_spans is not None:
            starts, lengths, source = self._doc_spans
            start = starts[number]
            found: dict[str, Any] = json.loads(bytes(source[start : start + lengths[number]]))
        else:
            found = json.loads(self._docs.raw(number))
        return found

    def _zh(self, number: int) -> str:
        """The simplified Chinese of entry `number` ("" if none), read from its document alone."""
        if self._doc_spans is None and "_built" in self.__dict__:
            return self._built[number].zh or ""
        return self._document(number).get("zh") or ""

    def _ranked_block(self, block: int) -> bytes:
        """The lines of the ranked Chinese keys in block `block` (GRAM_BLOCK of them, the last block fewer)."""
        starts, text = self._zh_ranked_blocks, self._zh_ranked
        if not 0 <= block < len(starts) - 1 or not 0 <= starts[block] <= starts[block + 1] <= len(text):
            raise IndexError(f"block {block} lies past the {len(self._zh_ranked_forms)} ranked keys")
        return bytes(text[starts[block] : starts[block + 1]])

    def _ranked_key(self, line: int) -> bytes:
        """The key (UTF-8) on line `line` of the ranked Chinese keys: split out of its block."""
        block, at = divmod(line, GRAM_BLOCK)
        found = self._ranked_block(block).split(b"\n", at + 1)
        if len(found) < at + 2:
            raise IndexError(f"line {line} lies past the ranked keys")
        return found[at]

    def _exact(self, key: str) -> list[int]:
        """The first POSTING_CAP Chinese forms whose key is `key`, most salient first."""
        lines, target = self._zh_exact, key.encode()
        low = bisect.bisect_left(lines, target, key=self._ranked_key)
        high = bisect.bisect_right(lines, target, low, min(len(lines), low + POSTING_CAP), key=self._ranked_key)
        return [self._zh_ranked_forms[line] for line in lines[low:high]]

    def _gram_forms(self, gram: str) -> list[int]:
        """The first GRAM_CAP Chinese forms, as ranked, whose key has `gram` (a character or a pair) in it."""
        return list(self._gram_keys(gram))

    def _gram_keys(self, gram: str) -> dict[int, bytes]:
        """`_gram_forms`, each form with its key (UTF-8), in the same order.

        The ranked keys are scanned block by block, only in the blocks that hold every character of
        `gram`, until GRAM_CAP lines have it. In UTF-8 a character's bytes are found only where it is written.
        """
        forms = self._zh_ranked_forms
        held = [set(self._zh_blocks.get(char, len(forms))) for char in dict.fromkeys(gram)]
        needle, found = gram.encode(), dict[int, bytes]()
        for block in sorted(set.intersection(*held)) if held else []:
            lines = self._ranked_block(block)
            line, at = block * GRAM_BLOCK, 0
            while (hit := lines.find(needle, at)) >= 0:
                line += lines.count(b"\n", at, hit)
                end = lines.find(b"\n", hit)
                if end < 0:
                    raise IndexError(f"block {block} ends inside a line")
                found[forms[line]] = lines[max(at, lines.rfind(b"\n", at, hit) + 1) : end]
                if len(found) == GRAM_CAP:
                    return found
                at, line = end + 1, line + 1
        return found

    def _referred(self, entry_id: str) -> Entry | None:
        """Return the entry with id `entry_id` if another entry refers to it (the index keeps no other ids), or None."""
        slot = self._ids.find(entry_id)
        return None if slot is None else self.entry(self._id_order[slot])

    def _sounds(self, hanzi: str) -> list[str]:
        """Every toneless reading of the Chinese characters `hanzi`, joined ("雷君" -> ["leijun"]).

        Read from the index's table of readings, so a query imports no pypinyin; a polyphone gives
        one sound per reading (up to SOUND_CAP in all); a character the table lacks, pypinyin's reading.
        """
        if self._readings is None:
            self._readings = bytes(self._readings_data).decode()
        table, choices = self._readings, list[list[str]]()
        for char in hanzi:
            at = table.find("\n" + char)
            if at < 0:
                choices = []
                break
            end = table.find("\n", at + 1)
            choices.append(table[at + 1 + len(char) : end if end >= 0 else len(table)].split(","))
        if choices and math.prod(len(c) for c in choices) <= SOUND_CAP:
            return ["".join(p) for p in itertools.product(*choices)]
        from zhgloss.pinyin import to_pinyin_syllables

        return ["".join(to_pinyin_syllables(hanzi))]

    # Searching

    def search(
        self,
        query: str,
        limit: int | None = DEFAULT_LIMIT,
        types: Sequence[str] | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
    ) -> list[SearchHit]:
        """Return the entries that best match `query`, best first, scoring at least `min_score` (0-100).

        `query` may be Chinese (simplified or traditional, or a homophone), English, pinyin
        (with tone marks, tone numbers or none, spaced or joined), pinyin initials, or part
        of a name. `types` keeps only entries of those types, spelt as an entry's type may be
        ("Organisation" is org). Raise UsageError for an empty query, a limit below 1 or a type
        no entry has.
        """
        from zhgloss.index import abbreviation_variants, dashes_as_dots, without_place_generic

        # 埃隆-马斯克: the dash copy writes for a name's middle dot, read as lookup reads it (`index.query_keys`).
        query = (dashes_as_dots(query) or query) if has_cjk(query) else query
        text = zh_key(query)
        if not text:
            raise UsageError(f"the query {query!r} is empty")
        if limit is not None and limit < 1:
            raise UsageError(f"the limit must be 1 or more, not {limit!r}")
        wanted = None
        if types:
            wanted = {normalize_type(kind) for kind in types}
            unknown = sorted(wanted - self.types)
            if unknown:
                raise UsageError(f"no entry has the type {unknown[0]!r} (types: {', '.join(sorted(self.types))})")
        toned = not has_cjk(query) and has_tones(query)
        scored, short = (self._score_chinese(query), {}) if has_cjk(query) else self._score_latin(query)
        if (named := without_place_generic(query)) is not None:
            # "Sichuan province", "Guangzhou city": the place typed with a generic its English may not write (U34-27).
            for form, (score, how) in self._score_latin(named)[0].items():
                if min(score, GENERIC_SCORE) > scored.get(form, (0.0, ""))[0]:
                    without = f"without {query.split()[-1]!r}"
                    scored[form] = (min(score, GENERIC_SCORE), f"{how}, {without}" if how else without)
        for variant in abbreviation_variants(query):
            # "Mount Tai" for 泰山 "Mt Tai", "St. Petersburg" for 圣彼得堡 "Saint Petersburg"
            # (`index.NAME_ABBREVIATIONS`).
            for form, (score, how) in self._score_latin(variant)[0].items():
                if min(score, ABBREVIATION_SCORE) > scored.get(form, (0.0, ""))[0]:
                    written = f"as {variant!r}"
                    scored[form] = (min(score, ABBREVIATION_SCORE), f"{how}, {written}" if how else written)
        best = self._best_forms(scored, wanted, toned=toned)
        if not toned and _written_as_name(query):
            for number, (score, form, how) in best.items():
                if score > TERM_AS_NAME_SCORE and self._kind(form) == PINYIN and self._type(number) == "term":
                    best[number] = (TERM_AS_NAME_SCORE, form, f"{how}, a common word" if how else "a common word")
        # The best form of each entry found by a family name, had it none ("Xiaoping" is Deng Xiaoping's given name),
        # for `_settled`: among its own forms (an entry's forms are numbered in a run).
        unshort: dict[int, tuple[float, str]] = {}
        for number in {self._form_entry(form) for form in short}:
            own = range(self._first_form[number], self._first_form[number + 1])
            unshort.update({form: short[form][:2] if form in short else scored[form] for form in own if form in scored})
        otherwise = self._best_forms(unshort, wanted, toned=toned) if unshort else {}
        ranked = sorted(
            ((round(score), number, form, how) for number, (score, form, how) in best.items() if score >= min_score),
            key=lambda item: (-item[0], -self._salience[item[1]], item[1]),
        )
        entries: dict[int, Entry] = {}
        ranked = self._settled(ranked, limit, entries, short, otherwise, min_score)
        ranked = self._ties_by_precedence(ranked, limit, entries, query, toned)
        if limit is not None:
            ranked = ranked[:limit]
        hits = []
        for score, number, form, how in ranked:
            entry = entries.get(number) or self.entry(number)
            target = self._referred(entry.refers_to) if entry.refers_to else None
            text = self._form_text(form, entry)
            hits.append(SearchHit(entry, int(score), self._describe(form, how, text), text, target))
        return hits

    def _best_forms(
        self, scored: dict[int, tuple[float, str]], wanted: set[str] | None, *, toned: bool
    ) -> dict[int, tuple[float, int, str]]:
        """Map each entry number to its best-scoring form in `scored` (form -> (score 0-100, how)): (score, form, how).

        Forms of an entry that score alike go to the one the query most likely meant, by kind (a query with tones,
        `toned`, is pinyin, whatever the English form happens to spell), then to the lower form number (simplified
        before traditional before an alias, `_chinese_texts`), so the answer never depends on the order of `scored`,
        which follows a set's and so PYTHONHASHSEED. Entries whose type is not in `wanted` (when given) are left out.
        """
        preference = {kind: (-1 if toned and kind == PINYIN else kind) for kind in range(VARIANT + 1)}
        best: dict[int, tuple[float, int, str]] = {}
        ranks: dict[int, tuple[float, int, int]] = {}
        for form, (score, how) in scored.items():
            number = self._form_entry(form)
            if wanted is not None and self._type(number) not in wanted:
                continue
            rank = (score, -preference[self._kind(form)], -form)
            current = ranks.get(number)
            if current is None or rank > current:
                ranks[number] = rank
                best[number] = (score, form, how)
        return best

    def _settled(
        self,
        ranked: list[tuple[int, int, int, str]],
        limit: int | None,
        entries: dict[int, Entry],
        short: dict[int, tuple[float, str, str]],
        otherwise: dict[int, tuple[float, int, str]],
        min_score: float,
    ) -> list[tuple[int, int, int, str]]:
        """`ranked` (score, entry, form, how; best first) with the scores that need the entry read settled, in order.

        A form scored as a family name typed alone (`short`, from `_score_latin`) keeps SHORT_SCORE only if it is
        the entry's family name by `forms.family_name`, else its entry's best form without it (`otherwise`); an
        English form the entry gives only in a marked sense scores MARKED_FORM_SCORE at most. Both only lower a
        score, so hits are settled best first until `limit` of them rank before any hit not yet read, by score and
        then salience (their entries are read for the answer anyway, and the ties `_ties_by_precedence` orders):
        a query reads as many entries as before.
        """
        from zhgloss.forms import family_name, is_marked_form

        done: list[tuple[int, int, int, str]] = []
        keys: list[tuple[int, int]] = []  # the settled hits' (score, salience), sorted
        at = 0
        while at < len(ranked):
            following = (ranked[at][0], self._salience[ranked[at][1]])
            if limit is not None and len(keys) - bisect.bisect_right(keys, following) >= limit:
                break
            score, number, form, how = ranked[at]
            at += 1
            entry = entries.get(number) or self.entry(number)
            entries[number] = entry
            if form in short:
                # A name of two words is told without its Chinese: `family_name` would ask the romanizer whether it is
                # Japanese (loading pypinyin: a whole `search Trump` took 0.63 s, not 0.21 s); CC-CEDICT's Japanese
                # names say their order by an alias in the other one ("Abe Shinzo", "Shinzo Abe"). Of the names
                # glossary's two-word people, two are told otherwise: 福泽谕吉 "Fukuzawa Yukichi", 野田佳彦.
                told = entry if len(entry.en.split()) != 2 else entry.replace(zh=None, zh_hant=None, zh_aliases=())
                family = family_name(told)
                if family is None or _latin_words_of(family) != [short[form][2]]:
                    rescored, form, how = otherwise[number]
                    score = round(rescored)
            if (
                entry.note
                and self._kind(form) in (EN, ALIAS)
                and score > MARKED_FORM_SCORE
                and is_marked_form(entry, self._form_text(form, entry))
            ):
                score = round(MARKED_FORM_SCORE)
            if score >= min_score:
                done.append((score, number, form, how))
                bisect.insort(keys, (score, self._salience[number]))
        done.sort(key=lambda item: (-item[0], -self._salience[item[1]], item[1]))
        return done + ranked[at:]

    def _ties_by_precedence(
        self,
        ranked: list[tuple[int, int, int, str]],
        limit: int | None,
        entries: dict[int, Entry],
        query: str = "",
        toned: bool = False,
    ) -> list[tuple[int, int, int, str]]:
        """Order hits of equal score and salience as lookup does, the glossary's order after.

        As `index._rank` orders them: first a form whose words are the query's, as typed, before one whose letters
        only run alike ("Fu Jian" is the man 苻坚, "Fujian" the province); then a surname spelt alone ("Ma") finds the
        surname's own entry, the commoner first (`index.surname_rank`: 马 by its pinyin before 麻 by its English);
        then what sets an entry back
        (`forms.demotion`: a draft, a marked sense, a single character: "Korea" is 韩国 before 丽); then a form
        written as the query is written before a reading of the Chinese (English, an alias or a variant before
        pinyin, unless the query has tones: "Nike" is 耐克 Nike before 尼克 Nick, read Níkè); then `forms.precedence`:
        "Beijing" finds 京 ("abbr. for Beijing") and 北京 alike; the abbreviation comes after the name. Only the ties
        that reach into the first `limit` hits are ordered (their entries, read, are kept in `entries`).
        """
        from zhgloss.forms import demotion
        from zhgloss.index import (
            NOT_THE_SURNAME,
            is_surname_query,
            spelt_with_apostrophes,
            surname_query_rank,
        )

        surname = is_surname_query(query)
        reading = {PINYIN: -1 if toned else 1, INITIALS: 2}
        # Words as typed: a Latin form whose words are others is matched only with its letters run together or split
        # otherwise (`index._spaced_otherwise`): "Fu Jian" is 苻坚 before 福建 "Fujian", "Wu Han" 吴晗 before 武汉.
        typed = " ".join(_latin_words_of(query)) if not has_cjk(query) else None
        out: list[tuple[int, int, int, str]] = []
        for _, group in itertools.groupby(ranked, key=lambda item: (item[0], self._salience[item[1]])):
            tied = list(group)
            if len(tied) > 1 and (limit is None or len(out) < limit):
                for item in tied:
                    if item[1] not in entries:
                        entries[item[1]] = self.entry(item[1])
                # The English forms' texts (a reading's apostrophe parts its syllables: 里昂 Lǐ'áng is no "Liang").
                texts = {
                    item[2]: self._form_text(item[2], entries[item[1]]) if self._kind(item[2]) not in reading else ""
                    for item in tied
                }
                tied.sort(
                    key=lambda item: (
                        typed is not None
                        and self._kind(item[2]) != INITIALS
                        and self._form_words[item[2]] != typed
                        and not spelt_with_apostrophes(texts[item[2]], query),
                        surname_query_rank(entries[item[1]], texts[item[2]], query) if surname else NOT_THE_SURNAME,
                        demotion(entries[item[1]], self._form_text(item[2], entries[item[1]])),
                        reading.get(self._kind(item[2]), 0),
                        precedence(entries[item[1]]),
                        item[1],
                    )
                )
            out += tied
        return out

    def _describe(self, form: int, how: str, text: str) -> str:
        kind = self._kind(form)
        if how.startswith("homophone"):
            return how
        label = {
            EN: "English",
            ALIAS: f"alias: {text}",
            PINYIN: "pinyin",
            INITIALS: "pinyin initials",
            ZH: "Chinese",
            HANT: "traditional",
            ZH_ALIAS: f"Chinese alias: {text}" if has_cjk(text) else f"alias: {text}",
            LATIN_ZH: f"written form: {text}",
            VARIANT: f"variant spelling: {text}",
        }[kind]
        return f"{label}, {how}" if how else label

    def _near_terms(self, word: str) -> list[tuple[str, int]]:
        """Terms within one edit of `word` (two if it is long), by rapidfuzz's OSA distance."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        if len(word) < 4 or word[0] not in self._buckets:
            return []
        most = 1 if len(word) <= 7 else 2
        starts = self._buckets[word[0]]
        low = starts[min(len(starts) - 1, len(word) - most)]
        high = starts[min(len(starts) - 1, len(word) + most + 1)]
        terms = bytes(self._bucket_text[low:high]).decode().split("\n")[:-1]
        found = process.extract(word, terms, scorer=OSA.distance, score_cutoff=most, limit=NEAR_TERMS + 1)
        return [(term, int(dist)) for term, dist, _ in found if term != word][:NEAR_TERMS]

    def _prefixed_terms(self, word: str) -> list[str]:
        found = self._terms.prefixed(word)
        return sorted(found, key=len)[:PREFIX_TERMS] if len(found) > PREFIX_TERMS else found

    def _score_latin(self, query: str) -> tuple[dict[int, tuple[float, str]], dict[int, tuple[float, str, str]]]:
        """Score the candidate forms of a Latin query: form -> (score 0-100, how); and the forms scored as a person's
        family name typed alone (`SHORT_SCORE`), each with the score and how it had otherwise and the word it took
        for the family name: `_settled` asks `forms.family_name` of those it ranks, and takes the other score back
        where the word is not the family name ("Xiaoping" of "Deng Xiaoping")."""
        from rapidfuzz.distance import OSA

        readings = [_latin_words_of(query)]
        if has_tones(query):  # "lei2 jun1": the digits are tones, not part of the name
            readings.append(_latin_words_of(_TONE_DIGIT_RE.sub("", normalize_query(query))))
        if (v_form := pinyin_key(query)) and v_form != "".join(readings[0]) and "v" in v_form:
            readings.append([v_form])
        readings = [r for r in readings if r]
        readings += [["".join(r)] for r in readings if len(r) > 1]
        unique = list(dict.fromkeys(tuple(r) for r in readings))
        if not unique:  # only punctuation: nothing to compare
            return {}, {}
        # (reading, word) -> form -> (matched length, penalty)
        matches: list[list[dict[int, tuple[int, float]]]] = []
        candidates: set[int] = set()
        near_of: dict[str, dict[str, float]] = {}  # each word typed: its near terms and their penalties
        for reading in unique:
            slots: list[dict[int, tuple[int, float]]] = []
            for word in reading:
                found: dict[int, tuple[int, float]] = {}
                for form in self._terms.get(word, POSTING_CAP):
                    found[form] = (len(word), 0.0)
                near_terms = self._near_terms(word)
                near_of.setdefault(word, {term: FUZZY_PENALTY * dist for term, dist in near_terms})
                for term, dist in near_terms:
                    for form in self._terms.get(term, NEAR_POSTING_CAP):
                        if form not in found:
                            found[form] = (len(term), FUZZY_PENALTY * dist)
                slots.append(found)
                candidates.update(found)
            last = reading[-1]
            if (len(last) >= 3 and last not in self._terms) or (len(reading) == 1 and len(last) >= 3):
                for term in self._prefixed_terms(last):
                    candidates.update(self._terms.get(term, NEAR_POSTING_CAP))
            matches.append(slots)
        initials: set[int] = set()
        if len(unique[0]) == 1 and 2 <= len(unique[0][0]) <= 6 and unique[0][0].isalpha():
            initials = set(self._initials.get(unique[0][0], POSTING_CAP))
        joined = list(dict.fromkeys("".join(r) for r in unique))
        out: dict[int, tuple[float, str]] = dict.fromkeys(initials, (85.0, ""))
        words_of = self._form_words
        # One word typed ("Putin", "Beethoven"): perhaps a person's family name alone, as news writes it after the
        # first mention; the first or last word of a person's English, to be told by `_settled`.
        family_word = unique[0][0] if len(unique[0]) == 1 else None
        short: dict[int, tuple[float, str, str]] = {}
        for form in candidates:
            if self._kind(form) == INITIALS:
                continue
            words = words_of[form]
            key = words.replace(" ", "")
            best, how = 0.0, ""
            for q in joined:
                if q == key:
                    best, how = 100.0, ""
                    break
                score = OSA.normalized_similarity(q, key) * 100
                if score > best:
                    best, how = score, "similar spelling"
                if len(q) >= 3 and key.startswith(q) and (score := 80 + 10 * len(q) / len(key)) > best:
                    best, how = score, "partial"
            if best < 100:
                spaced = " " + words
                for reading, slots in zip(unique, matches, strict=True):
                    covered, penalty = 0, 0.0
                    for i, slot in enumerate(slots):
                        hit = slot.get(form)
                        if hit is None and i == len(slots) - 1 and (" " + reading[i]) in spaced:
                            hit = (len(reading[i]), 3.0)  # the last word typed only in part
                        if hit is None:
                            break
                        covered += hit[0]
                        penalty += hit[1]
                    else:
                        coverage = min(1.0, covered / len(key))
                        score = 75 + 23 * coverage - penalty
                        if coverage < 1 and not penalty:
                            # Every word typed is a whole word of the form ("Putin" in "Vladimir Putin", the name
                            # news writes after its first mention): above any spelling an edit away, however much
                            # of its form that covers ("Putian", 90: user finding U27-36), in the same order. A
                            # variant spelling's spaces may fall inside a word ("A aaaaaa" of "Aaaaaaa"): its word
                            # is a word typed in part, under the band, as a form's start is.
                            if self._kind(form) == VARIANT:
                                score = min(score, WHOLE_WORDS_SCORE - 1)
                            else:
                                score = WHOLE_WORDS_SCORE + (97 - WHOLE_WORDS_SCORE) * coverage
                        if coverage == 1 and not penalty and self._type(self._form_entry(form)) == "person":
                            score = 100.0  # "Qiangdong Liu", "Jun Lei": the same name, given name first
                        if score > best:
                            best = score
                            how = (
                                "similar spelling"
                                if penalty >= FUZZY_PENALTY
                                else "partial"
                                if coverage < 1 or penalty
                                else "other word order"
                            )
            if family_word is not None and best < SHORT_SCORE and self._kind(form) == EN and " " in words:
                for term in dict.fromkeys((words[: words.find(" ")], words[words.rfind(" ") + 1 :])):
                    off = 0.0 if term == family_word else near_of[family_word].get(term)
                    if off is None or SHORT_SCORE - off <= best:
                        continue
                    if self._type(self._form_entry(form)) != "person":
                        break
                    short[form] = (best, how, term)
                    best, how = SHORT_SCORE - off, "family name" + (", similar spelling" if off else "")
                    break
            out[form] = (best, how)
        self._score_wade_giles(query, out, short)
        self._score_postal(query, out)
        return out, short

    def _score_postal(self, query: str, out: dict[int, tuple[float, str]]) -> None:
        """Score, in `out`, the Chinese forms of the places whose postal romanization `query` is POSTAL_SCORE, where
        that is as much as they had or more."""
        from zhgloss.romanizations import postal_places

        for zh in postal_places(query):
            for form in self._exact(zh_key(zh)):
                if out.get(form, (0.0, ""))[0] <= POSTAL_SCORE:
                    out[form] = (POSTAL_SCORE, "postal romanization")

    def _score_wade_giles(
        self, query: str, out: dict[int, tuple[float, str]], short: dict[int, tuple[float, str, str]]
    ) -> None:
        """Score, in `out`, the Latin forms whose letters are the pinyin `query` spells as Wade-Giles
        (`romanizations.wade_giles_readings`), WADE_GILES_SCORE (WADE_GILES_PINYIN_SCORE if the query is pinyin too),
        where that is as much as they had or more; such a form is no longer a family name typed alone (`short`)."""
        from zhgloss.romanizations import wade_giles_readings

        readings, also_pinyin = wade_giles_readings(query)
        score = WADE_GILES_PINYIN_SCORE if also_pinyin else WADE_GILES_SCORE
        # The forms' letters as the index keeps them: ü as u in English (`fold_letters`), as v in pinyin.
        keys = dict.fromkeys(
            key
            for reading in readings
            for key in ("".join(reading).replace("ü", "u"), "".join(reading).replace("ü", "v"))
        )
        for key in keys:
            for form in self._terms.get(key, POSTING_CAP):
                if self._kind(form) == INITIALS or self._form_words[form].replace(" ", "") != key:
                    continue
                if score >= out.get(form, (0.0, ""))[0]:  # as likely: how it was, to the user
                    out[form] = (score, "Wade-Giles")
                    short.pop(form, None)

    def _is_surname_entry(self, number: int) -> bool:
        """Tell whether entry `number` is a surname as its English presents it (`index.is_surname_in_english`: 周
        "Zhou", whose note says "surname Zhou"; not 马 "Malaysia", whose note also lists the surname Ma)."""
        from zhgloss.index import is_surname_in_english

        return self._type(number) == "surname" or is_surname_in_english(self.entry(number))

    def _score_chinese(self, query: str) -> dict[int, tuple[float, str]]:
        from zhgloss.index import _as_simplified

        key = zh_key(query)
        out: dict[int, tuple[float, str]] = {}
        for form in self._exact(key):
            out[form] = (100.0, "")
        if not out and (simplified := _as_simplified(query)) is not None:
            # A traditional name written with another traditional or variant character than the entry's (臺積電 for
            # 台積電, 劉强東 for 劉強東) is the name, as lookup reads it (`index._as_simplified`): exact in simplified
            # characters, not a homophone (the review's R46-5).
            for form in self._exact(zh_key(simplified)):
                out[form] = (100.0, f"written {simplified} in simplified characters")
        keys: dict[int, bytes] = {}  # a Chinese form's key, as the ranked keys hold it
        found = [self._gram_keys(gram) for gram in _grams(key)]
        collections.deque(map(keys.update, found), maxlen=0)
        candidates = {f for forms in found for f in forms} - set(out)
        for form in candidates:
            other = keys[form].decode()
            if key in other:
                score, how = 70 + 25 * len(key) / len(other), "partial"
            elif other in key and len(other) == 1 < len(key):
                # One character of a longer query is no part of what it names (马 Malaysia, 云 Yunnan of 马云), but
                # its first may be the surname typed with a name the glossary lacks, said so (U34-35).
                score, how = (
                    (60 + 30 / len(key), "the query's surname")
                    if key[0] == other and self._is_surname_entry(self._form_entry(form))
                    else (ONE_CHARACTER_SCORE, "one character")
                )
            elif other in key:
                score, how = 60 + 30 * len(other) / len(key), "partial"
            else:
                score, how = 0.9 * indel_ratio(key, other), "similar characters"
            out[form] = (score, how)
        # A homophone typo (雷君 for 雷军) sounds the same: compare the query's pinyin with the entries'.
        hanzi = "".join(c for c in key if is_cjk(c))
        # Only an all-Chinese query has a sound of its own: 小米SU7 does not sound like 小米.
        sounds = self._sounds(hanzi) if len(hanzi) == len(key) else []
        homophones = ((sound, form) for sound in sounds for form in self._terms.get(sound, POSTING_CAP))
        for sound, form in homophones:
            if self._kind(form) != PINYIN or self._form_words[form].replace(" ", "") != sound:
                continue
            zh = self._zh(self._form_entry(form))
            shared = sum(1 for a, b in zip(hanzi, zh, strict=False) if a == b)
            score = 86 + 8 * shared / max(1, len(hanzi))
            if score > out.get(form, (0.0, ""))[0]:
                out[form] = (score, f"homophone of {zh}" if zh else "homophone")
        return out


def _written_as_name(query: str) -> bool:
    """Tell whether the Latin `query` is written as a name is: every word starts with a capital letter and has a
    lower-case one ("Hu Jingtao", "Li Ka-shing"; not "hu jingtao", "HSBC")."""
    words = query.split()
    return (
        bool(words)
        and not has_cjk(query)
        and all(word[:1].isupper() and any(char.islower() for char in word) for word in words)
    )


def normalize_query(query: str) -> str:
    """Return `query` case-folded with full-width letters folded, as the searcher reads it."""
    return zh_key(query) if has_cjk(query) else " ".join(query.split()).casefold()


def searcher_for(gloss: Glossary) -> Searcher:
    """Return the search index of `gloss`, loaded from its cache or built (and cached) if the file changed."""
    if gloss.path is None:
        return Searcher(gloss.iter_entries())
    from zhgloss.cache import load_cached_with_source

    def build() -> bytes:
        # The glossary's columns (`Glossary.entry_columns`): an Entry built only where variant spellings are read.
        columns = gloss.entry_columns()
        spans = gloss.entry_spans(columns)
        return Searcher(columns, spans).to_bytes()

    try:
        return Searcher.from_bytes(*load_cached_with_source(gloss.path, FORMAT, build))
    except ValueError:
        # A damaged cache file (its identity line intact): drop it so that it is built again.
        from zhgloss.cache import drop_cached

        drop_cached(gloss.path, FORMAT)
        return Searcher.from_bytes(*load_cached_with_source(gloss.path, FORMAT, build))


def search(
    gloss: Glossary,
    query: str,
    limit: int | None = DEFAULT_LIMIT,
    types: Sequence[str] | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[SearchHit]:
    """Search the glossary `gloss` for `query` (see `Searcher.search`).

    A hit whose entry forbids the query as a form (a TBX deprecated term, `forms.forbidding`) says so in
    `forbidden`: "Tengxun" finds 腾讯 by its pinyin, but the glossary bans it as an English name.
    """
    return titled_search(searcher_for(gloss), query, limit=limit, types=types, min_score=min_score)


def titled_search(
    searcher: Searcher,
    query: str,
    *,
    limit: int | None = DEFAULT_LIMIT,
    types: Sequence[str] | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[SearchHit]:
    """`searcher.search(query, ...)` with `with_forbidden`'s marks; where the query reads as a title before a
    person's name (`title_splits`: "Vice Premier He Lifeng", "Foreign Minister Wang Yi", "Minister of Commerce Wang
    Wentao", a family name alone after a title word, "President Xi", or a Chinese title pasted before the name,
    小米创始人雷军), and a person found by the name alone scores better than anything the whole query finds (nothing
    matched it, or "General Zhang Youxia" scored 61 where "Zhang Youxia" scores 100), the people found by the name,
    each saying the title it was found without (`without_title`): a name half remembered is found with its title
    (the user's U38-23). Only people: a company's first word is no title to take off ("General Motors Company": the
    review's R39-3).

    The title then orders the people found (`_by_title`): first those whose note or roles hold it, the title's own
    word or another of the same office ("President Xi" finds 习近平, "president of the PRC from 2013", before 羲 Fuxi;
    "Premier Li" 李克强, "prime minister from 2013", before 李自成: the review's R49-22), then the other people, then
    a name of no person type (黎族 "Li", an ethnic group; 丽 "Korea"), each group in the order of its scores. A
    query an entry matches exactly is searched as it is. No hit: []."""
    hits = searcher.search(query, limit=limit, types=types, min_score=min_score)
    if (
        (not hits or hits[0].score < 100)
        and not any(map(str.isdigit, query))
        and (types is None or "person" in types)
        and (has_cjk(query) or 2 <= len(query.split()) <= 9)
    ):
        best: tuple[str, str, list[SearchHit]] | None = None
        # People, and the untyped names a sheet without a type column gives its people (默茨 "Friedrich Merz": the
        # review's R48-19): a title is no company's or place's. Only the kinds the glossary has (one of a sheet's
        # names alone has no person: asking for that type is an error).
        people = [kind for kind in ("person", "name") if kind in searcher.types]
        for title, name in title_splits(query) if people else ():
            # Every person of the name, not `limit` of them: the title may order a low-scoring one first.
            found = searcher.search(name, limit=None, types=people, min_score=min_score)
            if found and (best is None or found[0].score > best[2][0].score):
                best = (title, name, found)
        if best is not None and (not hits or best[2][0].score > hits[0].score):
            from dataclasses import replace

            title, name, found = best
            found = _by_title(found, title)[:limit] if limit is not None else _by_title(found, title)
            return [replace(hit, without_title=title) for hit in with_forbidden(found, name)]
    return with_forbidden(hits, query)


def title_splits(query: str) -> list[tuple[str, str]]:
    """Every (title, name) reading of `query` as a title before a person's name: a Latin query's by
    `zhgloss.titles.titled_name_splits` (a module apart from the harvester, whose import cost every such search ~0.4
    s: the review's R39-15); a Chinese one's at each title of office it holds (`office_titles`: 创始人, 董事长,
    总理 …, or a Latin title word written into it, "CEO") with two to four Chinese characters after it, the name
    (小米创始人雷军 -> ("小米创始人", "雷军"), 金山CEO邹涛 -> ("金山CEO", "邹涛"): the review's R49-23).
    [] when none."""
    if not has_cjk(query):
        from zhgloss.titles import titled_name_splits  # (only here: a query of two words or more, inexact)

        return titled_name_splits(query)
    from zhgloss.titles import is_role_word

    text = zh_key(query)
    ends = {found.end() for title in office_titles() for found in re.finditer(re.escape(title), text)}
    ends |= {found.end() for found in _LATIN_RUN_RE.finditer(text) if is_role_word(found.group())}
    return [
        (query[:end].strip(), text[end:])
        for end in sorted(ends)
        if 2 <= len(text[end:]) <= 4 and all(is_cjk(char) for char in text[end:])
    ]


_LATIN_RUN_RE = re.compile(r"[A-Za-z][A-Za-z.\-]*")
OFFICE_TITLES_PATH = Path(__file__).resolve().parent / "data" / "office_titles.tsv"


@functools.cache
def office_titles() -> dict[str, frozenset[str]]:
    """Each title of office of data/office_titles.tsv (built by scripts/build_office_titles.py from CC-CEDICT's senses
    of the titles: 总理 "premier; prime minister") -> the English words of its senses, lower-case."""
    titles: dict[str, frozenset[str]] = {}
    for line in OFFICE_TITLES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            title, words = line.split("\t")
            titles[title] = frozenset(words.split())
    return titles


_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


def holds_title(entry: Entry, title: str) -> bool:
    """Tell whether `entry`'s note or roles hold the office `title` names (a title phrase as `title_splits` cuts
    it). The office is the title's last words that are each a title word (`zhgloss.titles.is_role_word`) or a word
    of a title of office's English (`office_titles`, from CC-CEDICT): "Chinese Premier" is "premier", "Prime
    Minister" "prime minister", "Foreign Minister" "foreign minister". The note or a role holds it written so, or
    written as another English of a title of office whose English holds every word of it, two words or more in a row
    ("prime minister" for "Premier": 总理 "minister premier prime"; not "foreign minister", whose "foreign" is not
    总理's), or as that title itself (总理)."""
    from zhgloss.titles import is_role_word

    english = {word for words in office_titles().values() for word in words}
    office: list[str] = []
    for word in reversed(title.split()):
        key = word.casefold().strip(".,")
        if not (is_role_word(word) or key in english):
            break
        office.insert(0, key)
    if not any(map(is_role_word, title.split()[len(title.split()) - len(office) :])):
        return False
    text = " ".join(filter(None, (entry.note, *(role.title for role in entry.roles))))
    words = _WORD_RE.findall(text.casefold())
    size = len(office)
    if any(words[at : at + size] == office for at in range(len(words) - size + 1)):
        return True
    for zh, its_english in office_titles().items():
        if its_english.issuperset(office) and (
            zh in text or any(len(run) >= 2 for run in _runs_within(words, its_english))
        ):
            return True
    return False


def _runs_within(words: list[str], allowed: frozenset[str]) -> Iterable[list[str]]:
    """The runs of consecutive `words` that are all in `allowed`, longest each."""
    for inside, run in itertools.groupby(words, key=allowed.__contains__):
        if inside:
            yield list(run)


TITLE_ORDER_REACH = 5.0
"""How far below the best hit a hit of a titled search may score and still be ordered by the title (`_by_title`):
the name matched as well as the best reading of it (98 for a family name's English against 100 for a form written
so), not a similar spelling (90) or a partial match (77-92), which no title makes the person meant."""


def _by_title(hits: list[SearchHit], title: str) -> list[SearchHit]:
    """`hits` (of a name searched without `title`, best first) with, among those scoring within TITLE_ORDER_REACH of
    the best, the people whose note or roles hold the title first (`holds_title`), then the other people, then
    entries of another type (`name`: 黎族 "Li" the ethnic group), each in its order (stable): the review's R49-22. The
    hits below stay after them in their order: "Minister Zhang" lists no 钟繇 Zhong Yao (a similar spelling) before a
    Zhang (the forty-ninth session's B49-8). Where no hit is typed person (a sheet's names), by the title only."""
    if not hits:
        return hits
    people = any(hit.entry.type == "person" for hit in hits)
    floor = max(hit.score for hit in hits) - TITLE_ORDER_REACH

    def key(hit: SearchHit) -> tuple[bool, bool, bool]:
        if hit.score < floor:
            return True, False, False
        return False, not holds_title(hit.entry, title), people and hit.entry.type != "person"

    return sorted(hits, key=key)


def with_forbidden(hits: list[SearchHit], query: str) -> list[SearchHit]:
    """`hits` of a search for `query`, each whose entry forbids the query as a form marked so (`forbidden`, with
    the form to `write`): the CLI and the web page's API both say "Tengxun" is 腾讯's deprecated form."""
    return [_with_forbidden(hit, query) if hit.entry.forbidden else hit for hit in hits]


def _with_forbidden(hit: SearchHit, query: str) -> SearchHit:
    from dataclasses import replace

    from zhgloss.forms import forbidding, form_to_write

    banned = forbidding(hit.entry, query)
    if banned is None:
        return hit
    return replace(hit, forbidden=banned.status.replace("_", " "), write=form_to_write(hit.entry, query))


SUGGEST_BUILD_LIMIT = 2_000_000
"""Glossary files larger than this (bytes, ~5k entries) get suggestions only once their search index is cached."""


def suggest(gloss: Glossary, query: str) -> list[str]:
    """Return up to three labels ("雷军 Lei Jun") of entries close to `query`, for a lookup that failed."""
    return [entry.label for entry in suggested_entries(gloss, query)]


def suggested_entries(gloss: Glossary, query: str) -> list[Entry]:
    """Return up to three entries close to `query`, best first (`suggest`'s, as entries)."""
    if not zh_key(query):
        return []
    if gloss.path is not None and gloss.path.stat().st_size > SUGGEST_BUILD_LIMIT:
        from zhgloss.cache import is_cached

        # Building the search index of a big glossary takes seconds: a failed lookup does not pay
        # for it. Once `zhgloss search` has built it, lookups suggest from it too.
        if not is_cached(gloss.path, FORMAT):
            return []
    hits = searcher_for(gloss).search(query, limit=3, min_score=SUGGEST_MIN_SCORE)
    return [hit.entry for hit in hits]

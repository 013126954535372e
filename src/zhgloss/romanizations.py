"""Older romanizations of Mandarin read back as pinyin, so that a name typed in one finds its entry.

Wade-Giles (data/wade_giles.tsv, pinyin syllable -> Wade-Giles, read inverted): "Mao Tse-tung" is mao ze dong,
"Chou En-lai" zhou en lai, "Teng Hsiao-ping" deng xiao ping. Names are often typed without Wade-Giles' marks, so
a syllable typed without an apostrophe may be either of the pair it tells apart ("ping" is bing, or p'ing typed
plainly: ping), and one typed with u either of its pair with ü ("hsu" is hsü, xu). Many Wade-Giles spellings are
pinyin too ("Chou En-lai", "Pan"): the caller is told which queries are, to trust their reading less.

Postal romanization (data/postal_romanization.tsv, a sourced table): the Imperial Post Office's spellings of
provinces and cities, many of them no Wade-Giles ("Nanking", "Tientsin", "Kwangtung"), each the place's zh.

Stdlib only: search asks it of every Latin query.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from pathlib import Path
from typing import Any

WADE_GILES_PATH = Path(__file__).resolve().parent / "data" / "wade_giles.tsv"
POSTAL_PATH = Path(__file__).resolve().parent / "data" / "postal_romanization.tsv"
MAX_READINGS = 64
"""The most pinyin readings `wade_giles_readings` gives a query (each syllable typed plainly may be two or three)."""
LONGEST_SYLLABLE = 8
"""Letters of the longest Wade-Giles syllable, its apostrophe counted ("ch'uang" is 7)."""
LONGEST_WORD = 40
"""The most letters of a word read as a run of syllables: a longer one is no name."""

_APOSTROPHES_RE = re.compile("[\u2018\u2019\u02bb\u02bc`\u00b4]")
_WORD_SPLIT_RE = re.compile(r"[\s\u00b7,.]+")
_HYPHENS_RE = re.compile(r"[\-\u2010-\u2015]+")
_MARKED_WG_RE = re.compile(r"^(?:ch|ts|tz|k|p|t)'")
"""A syllable whose initial carries Wade-Giles' aspiration mark: no pinyin is written so ("Xi'an" is xi an)."""


def _plain(syllable: str) -> str:
    """`syllable` without the marks names are often typed without: the apostrophe and the dots of ü and ŭ."""
    return syllable.replace("'", "").replace("ü", "u")


@functools.cache
def wade_giles_syllables() -> dict[str, str]:
    """Return each pinyin syllable (toneless, ü as v) -> its Wade-Giles (aspiration as an apostrophe), as
    data/wade_giles.tsv gives them (scripts/build_wade_giles.py); read once. `zhgloss check` spells names with it."""
    table: dict[str, str] = {}
    for line in WADE_GILES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            syllable, wade = line.split("\t")
            table[syllable] = wade
    return table


@functools.cache
def _wade_giles_table() -> tuple[dict[str, tuple[tuple[str, str], ...]], frozenset[str]]:
    """Wade-Giles as typed plainly (`_plain`) -> (Wade-Giles, pinyin syllable) of each syllable spelt so, the
    syllable's own first; and the pinyin syllables (toneless, ü as v). `wade_giles_syllables` read backwards."""
    pairs = [
        (_APOSTROPHES_RE.sub("'", wade), syllable.replace("v", "ü"))
        for syllable, wade in wade_giles_syllables().items()
    ]
    by_plain: dict[str, list[tuple[str, str]]] = {}
    for wade, syllable in pairs:
        by_plain.setdefault(_plain(wade), []).append((wade, syllable))
    # A syllable written as typed first ("ping": bing before p'ing's ping).
    table = {
        plain: tuple(sorted(found, key=lambda pair: (pair[0] != plain, pair[0], pair[1])))
        for plain, found in by_plain.items()
    }
    return table, frozenset(syllable.replace("ü", "v") for _, syllable in pairs)


def _normalize(query: str) -> str:
    text = unicodedata.normalize("NFC", query).casefold().replace("ŭ", "u").replace("ê", "e")
    return _APOSTROPHES_RE.sub("'", text)


def _words(query: str) -> list[list[str]]:
    """The words of `query` (normalized), each cut at its hyphens: "Mao Tse-tung" -> [["mao"], ["tse", "tung"]]."""
    words = [
        [piece.strip("'") for piece in _HYPHENS_RE.split(word)] for word in _WORD_SPLIT_RE.split(_normalize(query))
    ]
    return [pieces for pieces in ([piece for piece in word if piece] for word in words) if pieces]


def _is_run(letters: str, syllables: frozenset[str] | dict[str, Any]) -> bool:
    """Tell whether `letters` cut into a run of `syllables` (each of LONGEST_SYLLABLE letters at most): a cut at a
    time, so that a long word tries each cut once (a pattern of the syllables took exponential time on "anan...x")."""
    if not letters or len(letters) > LONGEST_WORD:
        return False
    ends = [True] + [False] * len(letters)  # ends[i]: letters[:i] is a run of syllables
    for end in range(1, len(letters) + 1):
        ends[end] = any(
            ends[start] and letters[start:end] in syllables for start in range(max(0, end - LONGEST_SYLLABLE), end)
        )
    return ends[-1]


def _is_wade_giles(word: str) -> bool:
    """Tell whether `word` (normalized) is a run of Wade-Giles syllables, as typed plainly (`_plain`)."""
    return _is_run(_plain(word), _wade_giles_table()[0])


def _is_pinyin(word: str) -> bool:
    """Tell whether `word` (normalized) is a run of pinyin syllables, an apostrophe between two of them allowed."""
    return not _MARKED_WG_RE.match(word) and _is_run(word.replace("'", "").replace("ü", "v"), _wade_giles_table()[1])


def _syllable_readings(typed: str) -> tuple[str, ...]:
    """The pinyin syllables the Wade-Giles syllable `typed` (normalized) may spell: a mark typed must be the
    syllable's, a mark left out may be ("ping": bing, ping; "p'ing": ping)."""
    found = _wade_giles_table()[0].get(_plain(typed), ())
    return tuple(
        syllable for wade, syllable in found if ("'" not in typed or "'" in wade) and ("ü" not in typed or "ü" in wade)
    )


_VOWELS = frozenset("aeiouü")


@functools.lru_cache(maxsize=1024)
def _word_readings(word: str) -> list[str]:
    """The pinyin `word` (normalized; syllables run together or not) may spell, syllable by syllable, the readings
    of fewest syllables first ("kaohsiung": gaoxiong). A syllable that starts with a vowel starts the word: Wade-Giles
    writes a hyphen before one inside a name ("Hsi-an"), so "pai" is bai, not pa-i (巴以), and "mao" is no ma-o."""
    if not _is_wade_giles(word):
        return []
    # ways[i]: the readings of word[:i] cut into whole syllables, each a tuple of syllables.
    none: tuple[str, ...] = ()
    ways: list[list[tuple[str, ...]]] = [[none]] + [[] for _ in word]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - LONGEST_SYLLABLE), end):
            if ways[start] and (start == 0 or word[start] not in _VOWELS):
                ways[end] += [(*before, s) for s in _syllable_readings(word[start:end]) for before in ways[start]]
        ways[end] = sorted(dict.fromkeys(ways[end]), key=len)[:MAX_READINGS]
    return list(dict.fromkeys("".join(syllables) for syllables in ways[-1]))


def wade_giles_readings(query: str) -> tuple[list[list[str]], bool]:
    """Return the pinyin readings of `query` as Wade-Giles, each a list of words (toneless, ü as ü), likeliest
    first, at most MAX_READINGS, none the query's own letters; [] if a word of it is no Wade-Giles. And whether
    the query is pinyin as typed too (every word a run of pinyin syllables: "Chou En-lai", chou en lai, as well as
    zhou en lai; "Pan" is pinyin, and Wade-Giles for ban).

    "Mao Tse-tung" -> [["mao", "zedong"], ["mao", "zetong"], ["mao", "cedong"], ["mao", "cetong"]], False.
    """
    words = _words(query)
    if not words or not all(_is_wade_giles(piece) for pieces in words for piece in pieces):
        return [], False
    is_pinyin = all(_is_pinyin(piece) for pieces in words for piece in pieces)
    per_word: list[list[str]] = []
    for pieces in words:
        per_piece = [_word_readings(piece) for piece in pieces]
        if not all(per_piece):
            return [], is_pinyin
        per_word.append(["".join(parts) for parts in itertools.islice(itertools.product(*per_piece), MAX_READINGS)])
    typed = "".join(piece.replace("'", "") for pieces in words for piece in pieces)
    readings = (list(reading) for reading in itertools.product(*per_word) if "".join(reading) != typed)
    return list(itertools.islice(readings, MAX_READINGS)), is_pinyin


@functools.cache
def _postal_table() -> dict[str, tuple[str, ...]]:
    """Postal spelling, as `_letters` keys it -> the zh of each place spelt so. From data/postal_romanization.tsv."""
    table: dict[str, tuple[str, ...]] = {}
    for line in POSTAL_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            spelling, zh, _ = line.split("\t")
            table[_letters(spelling)] = (*table.get(_letters(spelling), ()), zh)
    return table


def _letters(text: str) -> str:
    return "".join(char for char in _normalize(text) if char.isalnum())


def postal_places(query: str) -> tuple[str, ...]:
    """Return the zh of the places whose postal romanization `query` is ("Nanking" -> ("南京",)), or ()."""
    return _postal_table().get(_letters(query), ())

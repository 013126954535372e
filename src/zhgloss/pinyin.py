"""Pinyin: tone marks and tone numbers, and reading Chinese characters aloud.

This is the only module that imports pypinyin, and only inside the functions
that need it: importing pypinyin loads several MB of dictionaries, and the
tone conversions below are used on fast paths that must not pay for that.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from zhgloss.errors import FormatError, InvalidEntryError, RomanizationError, UsageError
from zhgloss.script import (
    NAME_SEPARATORS,
    dotted_initials,
    en_key,
    has_cjk,
    has_name_separator,
    is_cjk,
    normalize,
    pinyin_key,
    split_name_parts,
)

if TYPE_CHECKING:
    from zhgloss.segment import WordCounts

_MARK_FOR_TONE = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}
_TONE_FOR_MARK = {v: k for k, v in _MARK_FOR_TONE.items()}
# Matched only from the first letter of a run (the look-behind), so a long run of letters with no
# tone number is scanned once, not once from each of its letters.
_NUMBERED_SYLLABLE_RE = re.compile(r"(?<![A-Za-züÜv:])([A-Za-züÜv:]+)([1-5])")
_VOWELS = "aeiouü"


def _mark_syllable(letters: str, tone: str) -> str:
    """Put tone `tone` (1-5) on one toneless syllable, by the standard placement rule."""
    letters = letters.replace("u:", "ü").replace("U:", "Ü")
    if letters.lower() not in ("v",) and "v" in letters.lower() and letters.lower()[0] in "lnjqxy":
        letters = letters.replace("v", "ü").replace("V", "Ü")
    elif letters.lower() in ("lv", "nv"):
        letters = letters[0] + ("ü" if letters[1] == "v" else "Ü")
    if tone == "5":
        return letters
    lower = letters.lower()
    # a and e always take the mark; in "ou" the o does; otherwise the last vowel.
    if "a" in lower:
        index = lower.index("a")
    elif "e" in lower:
        index = lower.index("e")
    elif "ou" in lower:
        index = lower.index("o")
    else:
        positions = [i for i, c in enumerate(lower) if c in _VOWELS]
        if not positions:
            return letters  # "m", "ng", "r": no vowel to mark
        index = positions[-1]
    marked = letters[: index + 1] + _MARK_FOR_TONE[tone] + letters[index + 1 :]
    return unicodedata.normalize("NFC", marked)


def numbers_to_marks(text: str) -> str:
    """Turn tone-numbered pinyin into tone marks: "Liu2 Qiang2dong1" -> "Liú Qiángdōng", "lu:3" -> "lǚ"."""
    return _NUMBERED_SYLLABLE_RE.sub(lambda m: _mark_syllable(m.group(1), m.group(2)), text)


_NUMBERED_WORD_RE = re.compile(r"(?:[A-Za-züÜv:]+[1-5])+")
_WORD_GAP_RE = re.compile(r"[ \-']+")


def marked_from_numbers(text: str) -> str | None:
    """`text` written with tone marks where it is pinyin written with tone numbers throughout, else None.

    "lei2 jun1" -> "léi jūn", "Dan1 Tian2fang1" -> "Dān Tiánfāng", "lu:3 xun4" -> "lǚ xùn", "Tian1an1men2" ->
    "Tiān'ānmén" (the apostrophe before a, o or e inside a word, as GB/T 16159 writes it): every word a run of
    pinyin syllables each followed by its tone (1–5, 5 the neutral tone), as CC-CEDICT and many team sheets write it.
    Not "Xiǎomǐ SU7" or "Àodí A4" (a word with no tone number, or none that is pinyin): names with Latin parts keep
    their digits.
    """
    words = [word for word in _WORD_GAP_RE.split(text) if word]
    if not words or not all(_NUMBERED_WORD_RE.fullmatch(word) for word in words):
        return None
    for word in words:
        for letters, _tone in _NUMBERED_SYLLABLE_RE.findall(word):
            if not is_pinyin_syllable(letters.lower().replace("u:", "v").replace("ü", "v")):
                return None

    def marked(match: re.Match[str]) -> str:
        # A syllable starting with a, o or e inside a word takes the apostrophe pinyin writes there (Tiān'ānmén).
        inside = match.start() > 0 and text[match.start() - 1] in "12345"
        apostrophe = "'" if inside and match.group(1)[0].lower() in "aoe" else ""
        return apostrophe + _mark_syllable(match.group(1), match.group(2))

    return _NUMBERED_SYLLABLE_RE.sub(marked, text)


@lru_cache(maxsize=8192)
def marks_to_numbers(text: str) -> str:
    """Turn tone-marked pinyin into numbers after each syllable: "Léi Jūn" -> "lei2 jun1".

    Syllables are split where pinyin splits them (an apostrophe, a space, or the
    longest valid syllable); unmarked syllables get 5 (neutral tone). ü is written "v".
    """
    words = []
    for word in re.split(r"[\s\-]+", text.strip()):
        if not word:
            continue
        out = []
        for part in word.split("'"):
            out.extend(_split_marked(part))
        words.append(" ".join(out))
    return " ".join(words).lower()


def _split_marked(word: str) -> list[str]:
    """Split one written word into numbered syllables ("Qiángdōng" -> ["qiang2", "dong1"])."""
    decomposed = unicodedata.normalize("NFD", word)
    letters: list[str] = []
    tones: list[str | None] = []
    for char in decomposed:
        if char in _TONE_FOR_MARK:
            if tones:
                tones[-1] = _TONE_FOR_MARK[char]
        elif char == "\u0308":
            if letters:
                letters[-1] = "v"
        else:
            letters.append(char.lower())
            tones.append(None)
    plain = "".join(letters)
    syllables = split_syllables(plain, marked=[t is not None for t in tones])
    result, pos = [], 0
    for syllable in syllables:
        tone = next((t for t in tones[pos : pos + len(syllable)] if t), "5")
        result.append(syllable + tone)
        pos += len(syllable)
    return result


def split_syllables(plain: str, *, marked: Sequence[bool] | None = None) -> list[str]:
    """Split toneless pinyin letters into syllables ("xiaomi" -> ["xiao", "mi"], "anv" -> ["a", "nv"]).

    Of the ways to cut `plain` into valid syllables, the one pinyin spelling implies is taken:
    longest syllable first, except that a final n or g is left to the next syllable when that
    one would otherwise start with a vowel (GB/T 16159 writes an apostrophe in "fang'an", so
    "fangan" is fan-gan). `marked` (one flag per letter: it carried a tone mark) rules out cuts
    that put two tone marks in one syllable ("ēr" + "ì" is é-rì, not er-i). Only when no cut
    into valid syllables exists are letters that form no syllable kept as pieces, longest
    valid syllable first.
    """
    cut = cut_syllables(plain, tuple(marked) if marked is not None and len(marked) == len(plain) else None)
    return cut if cut is not None else _greedy_syllables(plain)


def cut_syllables(plain: str, marked: tuple[bool, ...] | None = None) -> list[str] | None:
    """Cut toneless pinyin letters into valid syllables as `split_syllables` does; None if no such cut exists.

    `split_syllables` without its last resort (letters that start no syllable kept as pieces): a word that is
    no pinyin ("kingsoft") is told by None. `marked`: as `split_syllables`' (a tuple, one flag a letter).
    """
    from zhgloss.syllables import SYLLABLES

    # Pinyin words are short (a name, a compound), so a memoised depth-first search is cheap.
    failed: set[int] = set()

    def search(i: int) -> list[str] | None:
        if i == len(plain):
            return []
        if i in failed:
            return None
        preferred: list[int] = []
        last_resort: list[int] = []
        for size in range(min(6, len(plain) - i), 0, -1):
            piece = plain[i : i + size]
            if piece not in SYLLABLES or (marked is not None and sum(marked[i : i + size]) > 1):
                continue
            rest = plain[i + size : i + size + 1]
            gives_initial = size > 1 and rest and rest in _VOWELS and piece[-1] in "ng" and piece[:-1] in SYLLABLES
            (last_resort if gives_initial else preferred).append(size)
        for size in preferred + last_resort:
            tail = search(i + size)
            if tail is not None:
                return [plain[i : i + size], *tail]
        failed.add(i)
        return None

    return search(0)


def _greedy_syllables(plain: str) -> list[str]:
    """Split letters longest valid syllable first, keeping a letter that starts none as a piece of its own."""
    from zhgloss.syllables import SYLLABLES

    out: list[str] = []
    i = 0
    while i < len(plain):
        for size in range(min(6, len(plain) - i), 0, -1):
            piece = plain[i : i + size]
            rest = plain[i + size : i + size + 1]
            gives_initial = size > 1 and rest and rest in _VOWELS and piece[-1] in "ng" and piece[:-1] in SYLLABLES
            if piece in SYLLABLES and not gives_initial:
                out.append(piece)
                i += size
                break
        else:
            out.append(plain[i])
            i += 1
    return out


def initials_of_lines(lines: Sequence[str]) -> list[str]:
    """Return the first letter of each syllable of each word of each of `lines` (pinyin words, a space between), as
    `split_syllables` cuts it, joined a line (["xiaomi", "lei jun"] -> ["xm", "lj"]).

    For the ~100,000 pinyin lines of a big glossary's search index: by numpy over the bytes of all lines joined (the
    caller has numpy loaded). Every word is cut from its start, all words a syllable at a time, taking at each step
    the syllable `split_syllables` tries first: the longest, except that one ending in n or g whose rest is a
    syllable and which a vowel follows comes last (each run of up to 6 letters read as an int and looked up among the
    syllables'). Where these first choices reach the end of a word (nearly always) the cut is `split_syllables`'s;
    the other words (a letter no syllable takes, or a cut that needs a step back) are cut by it, once a word.
    """
    import numpy as np

    if not lines:
        return []
    text = ("\n".join(lines) + "\n").encode()
    data = np.frombuffer(text, np.uint8)
    size = len(data)
    # Each letter a to z as 1 to 26, anything else 0; then room to read ahead. (32 bits: a run of 6 letters is under
    # 27**6, and half the bytes of 64 make each pass over the words quicker.)
    value = np.zeros(size + 7, np.int32)
    letters = (data >= 97) & (data <= 122)
    value[:size][letters] = data[letters].astype(np.int32) - 96
    table = _syllable_table()
    in_word = ((data != 32) & (data != 10)).view(np.int8)
    edges = np.diff(in_word, prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    firsts = np.zeros(size, bool)  # where a syllable starts
    at, active = starts.copy(), np.arange(len(starts))
    stuck: list[int] = []
    while len(active):
        # The syllable taken here: the longest that is no last resort, else the longest last resort (one ending in
        # n or g whose rest is a syllable, before a vowel); none where the letter starts none (the word is stuck).
        best, last = np.zeros(len(at), np.int8), np.zeros(len(at), np.int8)
        code, whole = np.zeros(len(at), np.int32), np.ones(len(at), bool)
        for length in range(1, 7):
            letter = value[at + length - 1]
            whole &= letter > 0
            code = code * 27 + letter
            kind = table.kind_of(code, length)
            known = whole & (kind > 0)
            resort = known & (kind == _RESORT) & table.vowel[value[at + length]]
            best[known & ~resort] = length
            last[resort] = length
        taken = np.where(best > 0, best, last)
        firsts[at] = True
        after = at + taken
        going = (taken > 0) & (after < ends[active])
        stuck += active[taken == 0].tolist()
        at, active = after[going], active[going]
    # The stuck words: `split_syllables` of each, once a word, put in place of what the cut marked in them.
    kept = firsts | (data == 10)
    for word in stuck:
        kept[starts[word] : ends[word]] = False
    before = np.cumsum(kept)
    packed = data[kept].tobytes()
    pieces: list[bytes] = []
    done = 0
    initials: dict[str, bytes] = {}
    for word in sorted(stuck):
        written = text[starts[word] : ends[word]].decode()
        if written not in initials:
            initials[written] = "".join(s[0] for s in split_syllables(written)).encode()
        upto = int(before[starts[word]])
        pieces += [packed[done:upto], initials[written]]
        done = upto
    pieces.append(packed[done:])
    return b"".join(pieces).decode().split("\n")[:-1]


_SYLLABLE, _RESORT = 1, 2
"""What a run of letters is in `_SyllableTable`: a syllable, or one that is a last resort of `initials_of_lines` (it
ends in n or g and its rest is a syllable); 0 for none."""
_DENSE_LETTERS = 5
"""Runs of up to this many letters are looked up in a table of every such run (27**5 bytes, written where a syllable
is: the pages of the others are never touched); the few longer syllables one by one."""


@dataclass(frozen=True)
class _SyllableTable:
    """The syllables by their letters as an int (letters a to z as 1 to 26, base 27): what each run of letters is
    (`_SYLLABLE`, `_RESORT` or 0), and which letters are vowels (by value, 0 for none)."""

    dense: Any
    longer: dict[int, int]
    vowel: Any

    def kind_of(self, codes: Any, length: int) -> Any:
        """What each run of `length` letters is, given as its int (numpy arrays): a look-up in one array where runs
        of that length have a place in it, else a comparison with each syllable of that length."""
        import numpy as np

        if length <= _DENSE_LETTERS:
            return self.dense[codes]
        kinds = np.zeros(len(codes), np.int8)
        for number, kind in self.longer.items():
            kinds[codes == number] = kind
        return kinds


@lru_cache(maxsize=1)
def _syllable_table() -> _SyllableTable:
    """The `_SyllableTable` of SYLLABLES (numpy arrays)."""
    import numpy as np

    from zhgloss.syllables import SYLLABLES

    def number(syllable: str) -> int:
        out = 0
        for letter in syllable:
            out = out * 27 + ord(letter) - 96
        return out

    dense = np.zeros(27**_DENSE_LETTERS, np.int8)
    longer: dict[int, int] = {}
    for syllable in SYLLABLES:
        kind = _RESORT if len(syllable) > 1 and syllable[-1] in "ng" and syllable[:-1] in SYLLABLES else _SYLLABLE
        if len(syllable) <= _DENSE_LETTERS:
            dense[number(syllable)] = kind
        else:
            longer[number(syllable)] = kind
    vowel = np.zeros(27, bool)
    vowel[[ord(v) - 96 for v in "aeiou"]] = True
    return _SyllableTable(dense, longer, vowel)


def is_pinyin_syllable(syllable: str) -> bool:
    """Tell whether `syllable` (toneless, ü as v) is a syllable of Standard Mandarin pinyin."""
    from zhgloss.syllables import SYLLABLES

    return syllable.lower() in SYLLABLES


def check_pinyin(text: str) -> None:
    """Raise InvalidEntryError if `text` is not a sequence of valid pinyin syllables."""
    for word in re.split(r"[\s\-']+", text.strip()):
        plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c.isascii() and c.isalpha())
        for syllable in split_syllables(plain):
            if not is_pinyin_syllable(syllable):
                raise InvalidEntryError("pinyin", f"{syllable!r} in {text!r} is not a pinyin syllable")


def to_pinyin_syllables(text: str) -> list[str]:
    """Read the Chinese characters of `text` aloud as toneless syllables: "雷君" -> ["lei", "jun"].

    ü is written v ("吕" -> "lv"), as `pinyin_key` writes it. Characters that are not
    Chinese are left out, so "小米SU7" gives ["xiao", "mi"].
    """
    from pypinyin import Style, lazy_pinyin

    from zhgloss.script import is_cjk

    chinese = "".join(c if is_cjk(c) else " " for c in text)
    return [s for s in lazy_pinyin(chinese, style=Style.NORMAL, errors="ignore") if s.isalpha()]


# Romanizing names ----------------------------------------------------------

Order = Literal["chinese", "western"]
NameOrigin = Literal["chinese", "transliterated", "japanese", "place"]
"""How a personal name written in Chinese characters is to be read (`name_origin`)."""
"""Name order: surname first (the Chinese and GB/T 28039 order) or given name first."""

SURNAMES_PATH = Path(__file__).resolve().parent / "data" / "surnames.tsv"
_SURNAME_COLUMNS = ("zh", "pinyin", "zh_hant", "also", "note", "source")
_NUMBERED_RE = re.compile(r"^[a-zv]+[1-5]$")
_A_O_E = ("a", "o", "e")
# Tone sandhi: 一 and 不 change tone with the next syllable (yí gè, bú shì); dictionaries and
# names write either the citation or the spoken tone, so the tone of these two is never wrong.
_ANY_TONE = frozenset("一不")


@dataclass(frozen=True)
class Surname:
    """A surname and the reading it takes as a surname (曾 Zēng, not céng)."""

    zh: str
    pinyin: str
    zh_hant: str
    also: tuple[str, ...] = ()
    note: str | None = None
    common: bool = True
    """In the curated list of common surnames (reading from 现代汉语词典), not only in the complete 百家姓."""

    @property
    def readings(self) -> tuple[str, ...]:
        """Every reading of the surname, preferred first, tone-marked ("Gě", "Gài")."""
        return (self.pinyin, *self.also)

    @property
    def hant_also(self) -> tuple[str, ...]:
        """Other traditional forms the surname is written in, as the table's note says ("traditional 党 (黨 is also
        written)" gives ("黨",)); its zh_hant is the one zhgloss writes."""
        return tuple(re.findall(r"(\w+) is also written", self.note or ""))

    @cached_property
    def syllables(self) -> tuple[str, ...]:
        """The preferred reading as numbered syllables, one per character ("Ōuyáng" -> ("ou1", "yang2")).

        Worked out once per surname (`annotate --unknown` reads the surname of every name it proposes).
        """
        return tuple(marks_to_numbers(self.pinyin).split())


CURATED_SOURCE = "现代汉语词典"
"""The source column of surnames.tsv's curated rows (the common surnames); the others complete the 百家姓."""


def load_surnames(lines: Iterable[str], source: str = "surnames.tsv", *, checked: bool = True) -> list[Surname]:
    """Parse surnames.tsv lines (a commented header, a column row, then one surname a line).

    Raise FormatError with the line number for a malformed line or a reading that is not pinyin.
    With `checked` False the cells are taken as written (normalized, Chinese, pinyin): only for the
    bundled file, which the test suite reads checked, line by line.
    """
    out: list[Surname] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if tuple(cells) == _SURNAME_COLUMNS:
            continue
        if len(cells) != len(_SURNAME_COLUMNS):
            expected = len(_SURNAME_COLUMNS)
            raise FormatError(source, f"expected {expected} tab-separated columns, found {len(cells)}", number)
        zh, reading, zh_hant, also, note, origin = (normalize(c) for c in cells) if checked else cells
        readings = (reading, *(a.strip() for a in also.split(",") if a.strip()))
        if checked:
            _check_surname(zh, zh_hant, readings, origin, source, number)
        common = origin.startswith(CURATED_SOURCE)
        out.append(Surname(zh, readings[0], zh_hant, readings[1:], note or None, common))
    return out


def _check_surname(zh: str, zh_hant: str, readings: tuple[str, ...], origin: str, source: str, number: int) -> None:
    """Raise FormatError unless a surnames.tsv row is sourced, Chinese, and read a capitalised syllable a character."""
    if not origin:
        raise FormatError(source, f"{zh!r}: the source of the reading is missing", number)
    if not zh or not all(is_cjk(c) for c in zh + zh_hant) or not zh_hant:
        raise FormatError(source, f"{zh!r}: zh and zh_hant must be Chinese characters", number)
    for text in readings:
        numbered = marks_to_numbers(text).split()
        if len(numbered) != len(zh) or not all(_NUMBERED_RE.match(s) and is_pinyin_syllable(s[:-1]) for s in numbered):
            raise FormatError(source, f"{zh!r}: {text!r} is not one pinyin syllable per character", number)
        if text != text.capitalize():
            raise FormatError(source, f"{zh!r}: write the reading capitalised as in a name, not {text!r}", number)


@lru_cache(maxsize=1)
def surnames() -> dict[str, Surname]:
    """Return the bundled surnames, keyed by both their simplified and traditional forms."""
    with SURNAMES_PATH.open(encoding="utf-8") as fp:
        table = load_surnames(fp, str(SURNAMES_PATH), checked=False)
    by_form: dict[str, Surname] = {}
    for surname in table:
        by_form.setdefault(surname.zh, surname)
        by_form.setdefault(surname.zh_hant, surname)
    return by_form


@cache
def ruled_out_surname_forms() -> dict[str, Surname]:
    """Each character data/surnames.tsv rules out as the written form of a one-character surname, with that surname.

    The table's note says it where one simplified character stands for several traditional ones: "traditional 余,
    not 餘", "not 幹 or 乾", "traditional 游, not 遊", "traditional 岳, not 嶽". A character that is a surname of its
    own (於 Yū, which its row says stays 於) is not ruled out.
    """
    from zhgloss.script import is_cjk

    table = surnames()
    ruled_out: dict[str, Surname] = {}
    for key, surname in table.items():
        if key != surname.zh or len(surname.zh) != 1:
            continue
        for listed in re.findall(r"\bnot ([^\s,;()]+(?: or [^\s,;()]+)*)", surname.note or ""):
            for form in listed.split(" or "):
                if len(form) == 1 and is_cjk(form) and form not in table:
                    ruled_out[form] = surname
    return ruled_out


def is_surname(text: str) -> bool:
    """Tell whether `text` (simplified or traditional) is a surname zhgloss knows."""
    return text in surnames()


def find_surname(name: str) -> Surname | None:
    """Return the known surname that `name` starts with, compound surnames first; None if none.

    A compound surname is taken only when characters remain for the given name
    (司马光 is Sīmǎ Guāng; a two-character 司马 alone is not split).
    """
    table = surnames()
    for size in (2, 1):
        if len(name) > size and name[:size] in table:
            return table[name[:size]]
    return table.get(name) if len(name) == 1 else None


def surname_pinyin(zh: str, en: str | None = None) -> str | None:
    """Return the pinyin of the surname `zh` standing alone (an entry of type surname), or None where it is none
    zhgloss can read as one: a surname of data/surnames.tsv takes the table's reading, or another the table lists for
    it that English `en` spells (曾 Zēng, not the word's céng; 欧阳 Ōuyáng; 乐 "Le" Lè, else Yuè); another single
    character the reading `en` spells (`spelt_reading`), else the romanizer's (乾 Qián). GB/T 28039-2011 writes a
    surname by its surname reading; a two-character form outside the table is left to the word reading (None)."""
    found = surnames().get(zh)
    if found is not None:
        spelt = [reading for reading in found.readings if en and pinyin_key(en) == pinyin_key(reading)]
        return (spelt or [found.pinyin])[0]
    if len(zh) != 1:
        return None
    return (spelt_reading(zh, en) if en else None) or romanize(zh).pinyin


def spelt_reading(char: str, en: str) -> str | None:
    """Return the reading of the one character `char` that English `en` spells as one word, tone-marked and
    capitalised (乾 "Qian" -> "Qián", "Gan" -> "Gān"; 乐 "Yue" -> "Yuè"), or None if it spells none. A reading kept
    by data/kept_characters.tsv (the 通用规范汉字表's reading of a character it keeps: 乾 qián) comes first, then
    pypinyin's, commonest first."""
    from zhgloss.convert import kept_characters

    key = pinyin_key(en)
    for reading in (*sorted(kept_characters().get(char) or ()), *heteronyms(char)):
        if reading.rstrip("12345") == key:
            return _capital(numbers_to_marks(reading))
    return None


JAPANESE_SURNAMES_PATH = Path(__file__).resolve().parent / "data" / "japanese_surnames.tsv"


@lru_cache(maxsize=1)
def japanese_surnames() -> dict[str, str]:
    """Return the Japanese surnames of two or three characters (data/japanese_surnames.tsv, from CC-CEDICT and a
    few by hand with their sources), simplified and traditional, each -> its simplified form."""
    out: dict[str, str] = {}
    with JAPANESE_SURNAMES_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#") or line.startswith("zh\t"):
                continue
            zh, zh_hant = line.split("\t", 2)[:2]
            out[zh] = out[zh_hant] = zh
    return out


def japanese_surname(*forms: str) -> str | None:
    """Return the Japanese surname (`japanese_surnames`) that one of `forms` of a name starts with, longest first,
    where one to three characters remain for the given name (石破茂 -> 石破, 中曾根康弘 -> 中曾根); None if none."""
    table = japanese_surnames()
    for form in forms:
        for size in (3, 2):
            if 1 <= len(form) - size <= 3 and form[:size] in table:
                return form[:size]
    return None


@lru_cache(maxsize=1)
def _chinese_given_characters() -> frozenset[str]:
    """The characters the given names of Chinese people CC-CEDICT lists write (`zhgloss.people.cedict_persons`:
    names of three characters after a surname of surnames.tsv that is no Japanese surname's start): 中 of 孙中山,
    子, 木 of 花木兰 and 陈木胜; not 破, 市, 口."""
    from zhgloss.people import cedict_persons

    table, japanese = surnames(), japanese_surnames()
    return frozenset(
        c
        for name in cedict_persons()
        if len(name) == 3 and name[0] in table and name[:2] not in japanese
        for c in name[1:]
    )


def starts_a_chinese_name(surname: str) -> bool:
    """Tell whether the two-character Japanese surname `surname` can also start a Chinese name of three characters,
    a common Chinese surname then the first character of a given name that Chinese people's names write: 田中 (田中禾
    Tián Zhōnghé, the Henan novelist), 金子 (金子涵 Jīn Zǐhán), 武田, 高木; not 石破 (破 starts no Chinese given name),
    渡边, 佐藤 (渡, 佐 are no common Chinese surnames) (the s33 review's R7)."""
    found = surnames().get(surname[:1])
    return len(surname) == 2 and found is not None and found.common and surname[1] in _chinese_given_characters()


def _check_chinese(name: str, text: str) -> None:
    if not text:
        raise RomanizationError(name, "no Chinese characters to romanize")
    bad = [c for c in text if not is_cjk(c)]
    if bad:
        from zhgloss.index import dashes_as_dots

        if has_cjk(text) and (dotted := dashes_as_dots(text)) is not None:
            # 埃隆-马斯克: the dash copy writes where GB/T 15834 writes the middle dot, as lookup reads it.
            raise RomanizationError(
                name, f"{''.join(bad)!r} is not Chinese: write the middle dot between the parts of the name ({dotted})"
            )
        if (bracketed := _BRACKETED_NOTE_RE.fullmatch(text)) is not None and all(map(is_cjk, bracketed[1])):
            # 雷军（小米）, as a list copied from a document writes a name with a note on it.
            raise RomanizationError(
                name,
                f"{bracketed[2]!r} in brackets is a note on the name, not part of it: give the name alone "
                f"({bracketed[1]}) and the note apart (--note, --role)",
            )
        if _INNER_BRACKET_RE.fullmatch(text) is not None and all(map(is_cjk, re.sub(r"[(（)）]", "", text))):
            # 华润（集团）有限公司, 中银香港（控股）有限公司: a bracket inside the name, as a company's registered name
            # writes one, where a person's name has none (the user's U37-14).
            raise RomanizationError(
                name,
                f"{''.join(bad)!r} in the middle of the name is a registered company name's bracket, not part of a "
                "person's name: add it with --type org (or --type name)",
            )
        what = "is not a Chinese name" if not has_cjk(text) else f"{''.join(bad)!r} is not Chinese"
        raise RomanizationError(name, what + " (give the name in Chinese characters, e.g. 曾国藩)")


_INITIAL_RE = re.compile(r"[A-Z]")
"""A part of a dotted name that is a Latin initial (the J and D of J·D·万斯)."""


_INNER_BRACKET_RE = re.compile(r"[^()（）]+[(（][^()（）]+[)）][^()（）]+")
"""A name with a bracketed word inside it: 华润（集团）有限公司, as a company's registered name writes one."""


_BRACKETED_NOTE_RE = re.compile(r"\s*(\S+?)\s*[(（\[【]\s*([^()（）\[\]【】]+?)\s*[)）\]】]\s*")
"""A name then a bracketed note on it: 雷军（小米）, 王翔 (Xiaomi), as name lists write them."""


def _read(name: str, text: str) -> list[str]:
    """Read `text` (Chinese characters only) with pypinyin, in context, as numbered syllables (ü as v)."""
    syllables = _table_read(text)
    if syllables is None:
        syllables = _pypinyin_read(text)
    if len(syllables) != len(text):  # pypinyin returns unknown characters as one unread run
        raise RomanizationError(name, f"no pinyin known for a character of {text!r}")
    for char, syllable in zip(text, syllables, strict=True):
        if not _NUMBERED_RE.match(syllable):
            raise RomanizationError(name, f"no pinyin known for {char!r}")
    return syllables


def _pypinyin_read(text: str) -> list[str]:
    """pypinyin's first reading of each character of `text`, in context (numbered, 5 for the neutral tone)."""
    from pypinyin import Style, pinyin

    return [reading[0] for reading in pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)]


def context_readings(text: str) -> list[str] | None:
    """Read `text` (Chinese characters only) in context: numbered syllables ("qian2"), ü as v; None if one has none."""
    try:
        return _read(text, text)
    except RomanizationError:
        return None


@lru_cache(maxsize=8192)
def heteronyms(char: str) -> tuple[str, ...]:
    """Return every reading pypinyin lists for one character, as numbered syllables (ü as v), commonest first.

    Remembered per character (the table and pypinyin give the same answer): a name's proposal asks
    for each of its characters several times, and each ask was a query of the readings table.
    """
    rows = _table_chars(char)
    if rows is not None:
        return tuple(r for r in rows[char][1] if _NUMBERED_RE.match(r))
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)
    return tuple(r for r in readings[0] if _NUMBERED_RE.match(r)) if readings else ()


# Readings without loading pypinyin -------------------------------------------------
# Importing pypinyin loads about 10 MB of dictionaries (1-2 s), longer than a whole `zhgloss add`
# or `validate` should take. Its readings are therefore also kept in a small SQLite table in the
# cache folder, built once per installed pypinyin: each character's readings (as `pinyin` gives
# them, in TONE3 with 5 for the neutral tone) and the phrases pypinyin reads as units. pypinyin
# reads a text by cutting it into phrases of its dictionary and reading every other piece
# character by character (pypinyin.converter.DefaultConverter._phrase_pinyin); so a text with
# no dictionary phrase inside reads as its characters do, and only such texts are answered
# from the table. Any other text, and any character the table lacks, goes to pypinyin itself.

READINGS_FORMAT = "pinyin-readings-v1"


def _pypinyin_stamp() -> str | None:
    """Return a string that changes with the installed pypinyin's dictionaries (None if not installed)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    try:
        stats = [os.stat(folder / name) for name in ("pinyin_dict.py", "phrases_dict.py", "__init__.py")]
    except OSError:
        return None
    return ";".join(f"{st.st_size}:{st.st_mtime_ns}" for st in stats)


def _cache_folder() -> Path:
    """The folder of tables derived from zhgloss's data and pypinyin's: $ZHGLOSS_CACHE_DIR, else the user's cache."""
    import os

    from zhgloss.cache import CACHE_ENV, user_cache_path

    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    # Not platformdirs itself: importing it imports tempfile, which `romanize` and `validate` must not load.
    return user_cache_path()


@lru_cache(maxsize=1)
def _readings_table() -> Any:
    """Return a read-only connection to the readings table, building it first if needed; None if it cannot be."""
    import os
    import sqlite3

    stamp = _pypinyin_stamp()
    if stamp is None or os.environ.get("ZHGLOSS_NO_READINGS_TABLE"):
        return None
    path = _readings_path(stamp)
    # One read-only connection for the process, shared by its threads (`zhgloss serve` annotates in a
    # thread pool): Python's sqlite3 refuses that unless told, and SQLite's serialized mode
    # (sqlite3.threadsafety 3, the default build) makes it safe.
    shared = sqlite3.threadsafety == 3
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=not shared)
        row = conn.execute("SELECT value FROM meta WHERE name = 'stamp'").fetchone()
        if row is not None and row[0] == stamp:
            return conn
        conn.close()
    except sqlite3.Error:
        pass
    from zhgloss.progress import step

    try:
        with step("building the table of pinyin readings (once per pypinyin version)"):
            _build_readings_table(path, stamp)
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=not shared)
    except (OSError, sqlite3.Error):
        return None


def _readings_path(stamp: str) -> Path:
    """The readings table's file for the pypinyin whose `_pypinyin_stamp` is `stamp`, in the cache folder.

    One file per pypinyin install: two installs sharing the user's cache folder (two virtualenvs, pipx beside a
    project's, here five worktrees' venvs) each found the other's table stale and built it again (~3 s of CPU
    in every `add` the review timed: R45-7). A table of an install since removed stays (1.7 MB), as the
    marshal tables of `zhgloss.cache.load_data_cached` do."""
    import zlib

    return _cache_folder() / f"{READINGS_FORMAT}-{zlib.crc32(stamp.encode()):08x}.sqlite"


def _build_readings_table(path: Path, stamp: str) -> None:
    """Write the readings table to `path` (through a temporary file and a rename)."""
    import os
    import sqlite3
    import tempfile

    from pypinyin import Style, pinyin
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".readings.", suffix=".tmp")
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE chars (c TEXT PRIMARY KEY, first TEXT, readings TEXT) WITHOUT ROWID;
            CREATE TABLE phrases (p TEXT PRIMARY KEY) WITHOUT ROWID;
            """
        )
        rows = []
        for code in PINYIN_DICT:
            char = chr(code)
            first = pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
            every = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]
            rows.append((char, first, ",".join(every)))
        conn.executemany("INSERT INTO chars VALUES (?, ?, ?)", rows)
        conn.executemany("INSERT OR IGNORE INTO phrases VALUES (?)", ((p,) for p in PHRASES_DICT if len(p) > 1))
        longest = max((len(p) for p in PHRASES_DICT), default=1)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [("stamp", stamp), ("longest", str(longest))])
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_TABLE_CHARS: dict[str, tuple[str, list[str]] | None] = {}
"""The readings table's rows already asked for, by character (None: not in the table)."""


def _table_chars(text: str) -> dict[str, tuple[str, list[str]]] | None:
    """Return the table's (first reading, every reading) of each character of `text`; None if any is missing."""
    conn = _readings_table()
    if conn is None:
        return None
    _fetch_chars(conn, text)
    found = {c: row for c in set(text) if (row := _TABLE_CHARS[c]) is not None}
    return found if len(found) == len(set(text)) else None


def _fetch_chars(conn: Any, text: str) -> None:
    """Ask the readings table for the characters of `text` not asked yet, into _TABLE_CHARS (one query per 500)."""
    # Each character is asked of SQLite once per process: names share their characters.
    missing = sorted(set(text).difference(_TABLE_CHARS))
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        query = f"SELECT c, first, readings FROM chars WHERE c IN ({','.join('?' * len(chunk))})"
        rows = {c: (first, readings.split(",")) for c, first, readings in conn.execute(query, chunk)}
        for char in chunk:
            _TABLE_CHARS[char] = rows.get(char)


@lru_cache(maxsize=1)
def _table_longest(conn: Any) -> int:
    """The readings table's longest phrase, in characters."""
    return int(conn.execute("SELECT value FROM meta WHERE name = 'longest'").fetchone()[0])


def _table_read(text: str) -> list[str] | None:
    """Read `text` from the readings table as pypinyin would in context; None when only pypinyin can say."""
    conn = _readings_table()
    if conn is None or not text:
        return None
    if _table_phrases(conn, _pieces(text, _table_longest(conn))):
        return None  # a phrase of pypinyin's dictionary: its reading may differ from its characters'
    rows = _table_chars(text)
    return None if rows is None else [rows[c][0] for c in text]


def _pieces(text: str, longest: int) -> set[str]:
    """Every piece of `text` that may be a phrase of the readings table: 2 to `longest` characters."""
    if len(text) < 3:
        return {text} if len(text) == 2 and longest >= 2 else set()  # most given names: at once
    return {text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + longest) + 1)}


def _table_phrases(conn: Any, pieces: Iterable[str]) -> set[str]:
    """Return the `pieces` that are phrases of the readings table (pypinyin's dictionary), in one query per 500."""
    ordered = sorted(pieces)
    found: set[str] = set()
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        query = f"SELECT p FROM phrases WHERE p IN ({','.join('?' * len(chunk))})"
        found.update(row[0] for row in conn.execute(query, chunk))
    return found


@lru_cache(maxsize=8192)
def _mark(syllable: str, tones: bool) -> str:
    # Remembered: there are some 1,300 syllables, and names and their alternatives write them by the thousand.
    if not syllable[-1:].isdigit():
        return syllable  # a Latin initial of a dotted name (the J of J·D·万斯), written as it is
    if tones:
        return numbers_to_marks(syllable)
    return numbers_to_marks(syllable[:-1] + "5")


def write_word(syllables: Sequence[str], *, tones: bool = True, capitalize: bool = True) -> str:
    """Write numbered syllables as one pinyin word: ("hai3", "ou1") -> "Hǎi'ōu".

    An apostrophe goes before a syllable that starts with a, o or e (GB/T 16159), so that
    Hǎi'ōu (海鸥) is not read hǎi + gōu. ü stays ü, with or without tones.
    """
    word = ""
    for syllable in syllables:
        marked = _mark(syllable, tones)
        if word and unicodedata.normalize("NFD", marked)[:1].lower() in _A_O_E:
            word += "'"
        word += marked
    return word[:1].upper() + word[1:] if capitalize else word


@dataclass(frozen=True)
class Romanization:
    """A Chinese name in pinyin, as GB/T 28039 writes names: surname apart, given name joined, capitalised.

    `words` holds numbered syllables (ü as v) per written word in Chinese order: the surname,
    then the given name; for a transliterated foreign name (史蒂夫·乔布斯) one word per part
    and `surname_words` is 0.
    """

    zh: str
    zh_simplified: str
    surname: str
    given: str
    words: tuple[tuple[str, ...], ...]
    surname_words: int = 1
    surname_known: bool = True
    tones: bool = True
    order: Order = "chinese"
    notes: tuple[str, ...] = ()
    double_surname: int = 0
    """For a double surname (GB/T 28039 §5.1.2, 刘杨帆 Liú-Yáng Fān): the syllables of its first surname."""
    source: ReadingSource = "rules"
    """Where the reading came from: the glossary, CC-CEDICT's person entries, or the rules (surname list, pypinyin)."""
    alternatives: tuple[Alternative, ...] = ()
    """Characters of a name read by rule that have another reading in names (朝 Zhāo/Cháo, 乐 Yuè/Lè)."""
    origin: NameOrigin = "chinese"
    """A Chinese name, a transliterated one (one word: Tèlǎngpǔ) or a Japanese one (Àntián Wénxióng): `name_origin`.
    Only a Chinese name's English is its pinyin; the others' is their own spelling, which no rule gives."""
    hyphened: tuple[tuple[int, ...], ...] = ()
    """For a transliterated name with a hyphenated part (让-雅克·卢梭): the syllables of each hyphened piece of each
    word ((1, 2), (2,)): Ràng-Yǎkè Lúsuō."""

    def _ordered(self) -> list[tuple[str, ...]]:
        words = [w for w in self.words if w]
        if self.order == "western" and self.surname_words and len(words) > 1:
            return words[self.surname_words :] + words[: self.surname_words]
        return words

    def write(self, *, tones: bool | None = None) -> str:
        """Write the name in pinyin, in this romanization's order, with tone marks unless `tones` is False."""
        use_tones = self.tones if tones is None else tones
        surname = self.words[0] if self.surname_words else None
        if self.hyphened:
            return " ".join(
                "-".join(write_word(piece, tones=use_tones) for piece in _pieces_of(word, sizes))
                for word, sizes in zip(self.words, self.hyphened, strict=True)
            )
        return " ".join(self._write_word(w, use_tones, w is surname) for w in self._ordered())

    def _write_word(self, word: tuple[str, ...], tones: bool, is_surname: bool) -> str:
        if is_surname and self.double_surname:
            # GB/T 28039 §5.1.2: a double surname takes a hyphen, each surname capitalised (Liú-Yáng).
            first, second = word[: self.double_surname], word[self.double_surname :]
            return write_word(first, tones=tones) + "-" + write_word(second, tones=tones)
        return write_word(word, tones=tones)

    @property
    def pinyin(self) -> str:
        """The name as written: "Zēng Guófān" (or "Zeng Guofan" without tones, "Guófān Zēng" western)."""
        return self.write()

    @property
    def pinyin_numbered(self) -> str:
        """Numbered syllables in the chosen order: "zeng1 guo2 fan1" (ü as v)."""
        return " ".join(s for w in self._ordered() for s in w)

    @property
    def en(self) -> str:
        """The plain English form: pinyin without tones ("Zeng Guofan", "Lü Bu")."""
        return self.write(tones=False)

    @property
    def en_variants(self) -> tuple[str, ...]:
        """Other English spellings in use when the name has ü: the passport one, then plain u.

        The National Immigration Administration's 2021 rule writes ü as YU in lü and nü but as U
        in lüe and nüe: 吕布 "Lyu Bu", 吕略德 "Lyu Luede" (never "Lyu Lyuede"); copy often drops
        the dots ("Lu Bu"). See `zhgloss.forms.umlaut_spellings`.
        """
        from zhgloss.forms import passport_spelling

        if "ü" not in self.en.lower():
            return ()
        plain = self.en.replace("ü", "u").replace("Ü", "U")
        return tuple(dict.fromkeys((passport_spelling(self.en), plain)))

    @property
    def surname_pinyin(self) -> str:
        """The surname in pinyin ("Zēng", "Liú-Yáng"); empty for a transliterated foreign name."""
        return " ".join(self._write_word(w, self.tones, True) for w in self.words[: self.surname_words])

    def with_notes(self) -> Romanization:
        """Return the romanization with the notes its reading calls for added: source, ü spellings, alternatives."""
        notes = list(self.notes)
        if self.source == "glossary":
            notes.append("read as the glossary's entry for this person writes it")
        elif self.source == "cc-cedict":
            notes.append("read as CC-CEDICT's entry for this person writes it")
        if self.en_variants:
            notes.append(f"ü: also written {' or '.join(repr(v) for v in self.en_variants)} in English")
        notes += [a.describe(self) for a in self.alternatives]
        return replace(self, notes=tuple(notes))

    def with_reading(self, position: int, syllable: str) -> Romanization:
        """Return the romanization with the character at `position` (of zh) read `syllable` (numbered)."""
        words: list[tuple[str, ...]] = []
        at = 0
        for word in self.words:
            words.append(tuple(syllable if at + i == position else s for i, s in enumerate(word)))
            at += len(word)
        return replace(self, words=tuple(words), alternatives=(), notes=())

    def as_japanese(self, en: str | None) -> Romanization | None:
        """Return the name cut where its English `en` reads it as a Japanese name, surname and given name in their
        characters' Japanese readings (`romanizations.japanese_reading`: 广末凉子 "Ryoko Hirosue" is 广末|凉子,
        Guǎngmò Liángzǐ, where the surname rule reads 广 alone); None where `en` does not read so, or the romanizer
        cut it there already. `add` writes the pinyin so and `validate` takes it as written right."""
        from zhgloss.romanizations import japanese_reading

        syllables = [s for word in self.words for s in word]
        if not en or self.origin != "chinese" or len(syllables) != len(self.zh_simplified):
            return None
        cut = japanese_reading(self.zh_simplified, en)
        if cut is None or (self.surname_words == 1 and len(self.words[0]) == cut[0] and len(self.words) == 2):
            return None
        size = cut[0]
        return replace(
            self,
            surname=self.zh_simplified[:size],
            given=self.zh_simplified[size:],
            words=(tuple(syllables[:size]), tuple(syllables[size:])),
            surname_words=1,
            surname_known=False,
            double_surname=0,
            alternatives=(),
            origin="japanese",
        )

    def as_transliterated(self) -> Romanization:
        """Return the name read as a transliterated foreign name, as `romanize` reads one it tells by its characters
        (布林肯 Bùlínkěn): one word, each character as transliterations read it (`_part_reading`: CC-CEDICT's reading
        of the word, else `translit_readings`, 哈 hā of 哈里斯 Hālǐsī, not the surname's Hǎ), or in CC-CEDICT's words
        where it lists the name (`name_readings`' foreign rows). Itself where it is read so already. What
        `zhgloss.curate.fill_pinyin` writes where the English says the name is a foreign person's (卢比奥 "Marco
        Rubio": Lúbǐ'ào, not Lú Bǐ'ào; the review's R48-20)."""
        if self.origin == "transliterated":
            return self
        return _transliteration(self.zh, self.zh, self.zh_simplified, self.tones, self.order)

    @property
    def given_pinyin(self) -> str:
        """The given name in pinyin ("Guófān")."""
        return " ".join(write_word(w, tones=self.tones) for w in self.words[self.surname_words :] if w)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "zh": self.zh,
            "zh_simplified": self.zh_simplified,
            "surname": self.surname,
            "given": self.given,
            "surname_known": self.surname_known,
            "pinyin": self.pinyin,
            "pinyin_numbered": self.pinyin_numbered,
            "surname_pinyin": self.surname_pinyin,
            "given_pinyin": self.given_pinyin,
            "en": self.en
            if self.origin == "chinese"
            else place_english(self.zh_simplified)
            if self.origin == "place"
            else None,
            "en_variants": list(self.en_variants),
            "origin": self.origin,
            "order": self.order,
            "source": self.source,
            "alternatives": [a.to_dict(self) for a in self.alternatives],
            "notes": list(self.notes),
        }


def _pieces_of(word: tuple[str, ...], sizes: tuple[int, ...]) -> list[tuple[str, ...]]:
    """`word`'s syllables cut into pieces of `sizes` syllables each."""
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    return [word[start : start + size] for start, size in zip(starts, sizes, strict=True)]


ReadingSource = Literal["glossary", "cc-cedict", "rules"]


@dataclass(frozen=True)
class Alternative:
    """A character of a name with another reading in names: 朝 in 张朝阳, read zhāo, also cháo.

    `position` is the character's index in the name; `reading` the numbered syllable used;
    `others` the other readings (numbered, ü as v), commonest first.
    """

    char: str
    position: int
    part: Literal["surname", "given"]
    reading: str
    others: tuple[str, ...]

    def to_dict(self, name: Romanization) -> dict[str, Any]:
        """Return the JSON form; each other reading comes with the whole name written with it."""
        return {
            "char": self.char,
            "position": self.position,
            "part": self.part,
            "reading": numbers_to_marks(self.reading),
            "others": [
                {"reading": numbers_to_marks(other), "pinyin": name.with_reading(self.position, other).pinyin}
                for other in self.others
            ],
        }

    def describe(self, name: Romanization) -> str:
        """Render the alternative for people: "朝 is also read Cháo in names (Zhāng Cháoyáng)"."""
        starts = (self.part == "surname" and self.position == 0) or self.position == len(name.surname)
        spelled = ", ".join(
            f"{_capital(numbers_to_marks(o)) if starts else numbers_to_marks(o)} "
            f"({name.with_reading(self.position, o).pinyin})"
            for o in self.others
        )
        return f"{self.char} is also read {spelled} in names; check which this person uses"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


NAME_READINGS_PATH = Path(__file__).resolve().parent / "data" / "name_readings.tsv"
_READING_COLUMNS = ("kind", "zh", "zh_hant", "pinyin", "surname_size")
_READING_KINDS = ("name", "surname", "foreign", "japanese")


@dataclass(frozen=True)
class NameReadings:
    """Readings of names attested in CC-CEDICT (data/name_readings.tsv, CC BY-SA 4.0).

    `names`: a person's name (simplified or traditional) -> (numbered syllables, surname size), the size 0 for a
    Chinese person known by one name, written as one word (西施 Xīshī, 玄奘 Xuánzàng);
    `surnames`: a surname -> its readings (numbered, space-separated for a compound one);
    `given`: a character -> the readings it has in given names;
    `foreign`: a person CC-CEDICT names otherwise in English -> its words as CC-CEDICT writes them:
    one (特朗普 te4 lang3 pu3; 成吉思汗 cheng2 ji2 si1 han2) or two (马可波罗 ma3 ke3 | bo1 luo2);
    `japanese`: those of `foreign` that are Japanese names (安倍晋三).
    """

    names: dict[str, tuple[tuple[str, ...], int]]
    surnames: dict[str, tuple[str, ...]]
    given: dict[str, tuple[str, ...]]
    foreign: dict[str, tuple[tuple[str, ...], ...]]
    japanese: dict[str, bool]


def load_name_readings(
    lines: Iterable[str], source: str = "name_readings.tsv", *, checked: bool = True
) -> NameReadings:
    """Parse name_readings.tsv lines; raise FormatError with the line number for a malformed one.

    With `checked` False the syllables are taken as written: only for the bundled file, which the
    test suite reads checked.
    """
    names: dict[str, tuple[tuple[str, ...], int]] = {}
    surnames: dict[str, list[str]] = {}
    given: dict[str, list[str]] = {}
    foreign: dict[str, tuple[tuple[str, ...], ...]] = {}
    japanese: dict[str, bool] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if tuple(cells) == _READING_COLUMNS:
            continue
        if len(cells) != len(_READING_COLUMNS) or cells[0] not in _READING_KINDS or not cells[4].isdigit():
            raise FormatError(
                source, f"expected {len(_READING_COLUMNS)} columns: {', '.join(_READING_COLUMNS)}", number
            )
        kind, zh, zh_hant, pinyin, size_text = cells
        syllables = tuple(pinyin.split())
        size = int(size_text)
        if kind == "foreign":
            surname_fits = size < len(zh)
        elif kind == "name":
            surname_fits = size <= len(zh)  # 0: a Chinese person known by one name, one word (西施 Xīshī)
        else:
            surname_fits = 0 < size < len(zh) if kind == "japanese" else 0 < size <= len(zh)
        if len(syllables) != len(zh) or len(zh_hant) != len(zh) or not surname_fits:
            raise FormatError(source, f"{zh!r}: one syllable per character and a surname inside the name", number)
        if checked and not all(_NUMBERED_RE.match(s) and is_pinyin_syllable(s[:-1]) for s in syllables):
            raise FormatError(source, f"{zh!r}: {pinyin!r} is not numbered pinyin", number)
        if kind in ("foreign", "japanese"):
            words = (syllables[:size], syllables[size:]) if size else (syllables,)
            for form in (zh, zh_hant):
                foreign.setdefault(form, words)
                if kind == "japanese":
                    japanese[form] = True
        elif kind == "name":
            for form in (zh, zh_hant):
                names.setdefault(form, (syllables, size))
            # A name without a surname (西施, 玄奘, 墨子) has no given name to learn readings from.
            for char, syllable in zip(zh[size:], syllables[size:], strict=True) if size else ():
                if syllable not in given.setdefault(char, []):
                    given[char].append(syllable)
        else:
            for form in (zh, zh_hant):
                if pinyin not in surnames.setdefault(form, []):
                    surnames[form].append(pinyin)
    return NameReadings(
        names, {k: tuple(v) for k, v in surnames.items()}, {k: tuple(v) for k, v in given.items()}, foreign, japanese
    )


NAME_READINGS_FORMAT = "name-readings-v4"


@lru_cache(maxsize=1)
def name_readings() -> NameReadings:
    """Return the bundled readings of names attested in CC-CEDICT.

    Parsed once per version of the file and kept in the cache folder as marshal data: reading
    ~1,600 lines into three tables costs `romanize` and `add` several milliseconds, unmarshalling
    them well under one. A missing, stale or unreadable copy is parsed again (and rewritten).
    """
    import contextlib

    from zhgloss import __version__
    from zhgloss.cache import read_marshal, write_marshal

    st = NAME_READINGS_PATH.stat()
    stamp = f"{st.st_size}:{st.st_mtime_ns}:{__version__}"
    path = _cache_folder() / f"{NAME_READINGS_FORMAT}.marshal"
    with contextlib.suppress(OSError, ValueError, TypeError):
        kept_stamp, fields = read_marshal(path)
        if kept_stamp == stamp:
            return NameReadings(*fields)
    with NAME_READINGS_PATH.open(encoding="utf-8") as fp:
        table = load_name_readings(fp, str(NAME_READINGS_PATH), checked=False)
    # A cache is a convenience: an unwritable folder only costs the parse next time.
    with contextlib.suppress(OSError):
        write_marshal(path, (stamp, (table.names, table.surnames, table.given, table.foreign, table.japanese)))
    return table


CEDICT_READINGS_PATH = Path(__file__).resolve().parent / "data" / "cedict_readings.tsv"
_CEDICT_READING_COLUMNS = ("zh", "proper", "common")


def load_cedict_readings(
    lines: Iterable[str], source: str = "cedict_readings.tsv", *, checked: bool = True
) -> dict[str, tuple[str, str]]:
    """Parse cedict_readings.tsv lines into {simplified word: (proper reading, common reading)}, each reading
    numbered syllables separated by spaces ("hua2 wei2") or "" where CC-CEDICT has no line of that kind; raise
    FormatError with the line number for a line of other columns, a reading not one pinyin syllable a character,
    or a word with neither reading. With `checked` False the readings are taken as written: only for the bundled
    file, which the test suite reads checked."""
    table: dict[str, tuple[str, str]] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if tuple(cells) == _CEDICT_READING_COLUMNS:
            continue
        if len(cells) != len(_CEDICT_READING_COLUMNS):
            raise FormatError(source, f"expected 3 columns: {', '.join(_CEDICT_READING_COLUMNS)}", number)
        zh, proper, common = cells
        for reading in (proper, common) if checked else ():
            syllables = reading.split()
            if reading and (
                len(syllables) != len(zh)
                or not all(_NUMBERED_RE.match(s) and is_pinyin_syllable(s[:-1]) for s in syllables)
            ):
                raise FormatError(
                    source, f"{zh!r}: {reading!r} is not one numbered pinyin syllable a character", number
                )
        if not proper and not common:
            raise FormatError(source, f"{zh!r}: no reading", number)
        table[zh] = (proper, common)
    return table


@lru_cache(maxsize=1)
def _cedict_readings() -> dict[str, tuple[str, str]]:
    with CEDICT_READINGS_PATH.open(encoding="utf-8") as fp:
        return load_cedict_readings(fp, str(CEDICT_READINGS_PATH), checked=False)


def cedict_reading(word: str, *, proper: bool = True) -> list[str] | None:
    """Return CC-CEDICT's reading of the whole word `word` (simplified Chinese characters) where it differs from
    pypinyin's in context, as numbered syllables (ü as v, 5 the neutral tone); None where CC-CEDICT does not list
    the word or reads it as pypinyin does.

    From data/cedict_readings.tsv (scripts/build_cedict_readings.py; CC-CEDICT, CC BY-SA 4.0): 华为 ["hua2",
    "wei2"] (pypinyin: wèi), 电子 ["dian4", "zi3"] (pypinyin: zi5). `proper` asks first for the reading of the
    word's lines written with a capital, a name's (朝阳 the district, chao2 yang2), else of its lower-case lines,
    a word's (朝阳 the morning sun, zhao1 yang2); the other kind answers where the first has no line.
    """
    row = _cedict_readings().get(word)
    if row is None:
        return None
    first, other = row if proper else row[::-1]
    return (first or other).split()


def listed_words(form: str, sizes: Sequence[int], *, proper: bool = True) -> list[tuple[int, int, list[str]]]:
    """Return the words of `form` (simplified Chinese characters, in words of `sizes` characters each) that
    `cedict_reading` reads, as (start, end, numbered syllables), in order: the whole of `form` where it is listed,
    else in each word the longest listed pieces from its start (朝阳 in 朝阳区), never across two words."""
    whole = cedict_reading(form, proper=proper)
    if whole is not None:
        return [(0, len(form), whole)]
    found: list[tuple[int, int, list[str]]] = []
    start = 0
    for size in sizes:
        end, at = start + size, start
        while at < end - 1:
            for stop in range(end, at + 1, -1):
                reading = cedict_reading(form[at:stop], proper=proper)
                if reading is not None:
                    found.append((at, stop, reading))
                    at = stop
                    break
            else:
                at += 1
        start = end
    return found


def _listed_readings(form: str, syllables: list[str], sizes: Sequence[int], *, proper: bool) -> list[str]:
    """`syllables` (pypinyin's of `form`) with CC-CEDICT's reading of each word the table lists (`listed_words`)."""
    out = list(syllables)
    for start, end, reading in listed_words(form, sizes, proper=proper):
        out[start:end] = reading
    return out


@lru_cache(maxsize=1)
def _listed_starts() -> frozenset[str]:
    return frozenset(word[:2] for word in _cedict_readings())


def could_be_listed(text: str) -> bool:
    """Tell whether some two characters of `text` begin a word `cedict_reading` reads (a quick test before
    `listed_words`, which cuts `text` into words)."""
    starts = _listed_starts()
    return any(text[i : i + 2] in starts for i in range(len(text) - 1))


def surname_readings(surname: Surname) -> list[list[str]]:
    """Every reading of `surname` as numbered syllables, preferred first: surnames.tsv's, then those CC-CEDICT's
    surname entries attest (朴 Piáo, "also pr. [Pu2]"), which romanize offers as alternatives and validate accepts."""
    readings = [marks_to_numbers(r).split() for r in surname.readings]
    for form in dict.fromkeys((surname.zh, surname.zh_hant)):
        readings += [r.split() for r in name_readings().surnames.get(form, ()) if r.split() not in readings]
    return readings


def _other_readings(chosen: str, candidates: Iterable[str]) -> tuple[str, ...]:
    """The candidates spelt with other letters than `chosen` (a tone alone is no other reading), one each."""
    seen = {chosen[:-1]}
    out: list[str] = []
    for candidate in candidates:
        if candidate[:-1] not in seen:
            seen.add(candidate[:-1])
            out.append(candidate)
    return tuple(out)


def name_alternatives(
    simplified: str, surname_size: int, syllables: Sequence[str], original: str | None = None
) -> tuple[Alternative, ...]:
    """Return the characters of a name with another reading in names, and those readings.

    A surname's other readings come from surnames.tsv and CC-CEDICT's surname entries (乐 Yuè,
    also Lè; 朴 Piáo, also Pú); a given-name character's from the given names of CC-CEDICT's
    person entries (朝 zhāo, also cháo as in 朝阳; 重 zhòng, also chóng) and `given_readings` (佛 fó, also fú).
    A reading that differs only in tone is not another reading. Empty when the name has no such character.
    """
    table = name_readings()
    raw = original if original is not None and len(original) == len(simplified) else simplified
    out: list[Alternative] = []
    family = simplified[:surname_size]
    known = surnames().get(family) or surnames().get(raw[:surname_size])
    readings = surname_readings(known) if known else []
    for form in dict.fromkeys((family, raw[:surname_size])):
        readings += [r.split() for r in table.surnames.get(form, ()) if r.split() not in readings]
    for i in range(surname_size):
        others = _other_readings(syllables[i], (r[i] for r in readings if len(r) == surname_size))
        if others:
            out.append(Alternative(raw[i], i, "surname", syllables[i], others))
    given = simplified[surname_size:]
    # A character of `given_readings` read by itself offers the reading it replaced (佛 fó, also fú); one inside a
    # phrase of pypinyin's dictionary was read by the phrase (长江 Chángjiāng), which no other reading overrules.
    alone = set()
    if any(char in given_readings() for char in given):
        phrases = _given_phrases(given)
        covered = {i for phrase in phrases for at in _find_all(given, phrase) for i in range(at, at + len(phrase))}
        alone = {surname_size + i for i in range(len(given)) if i not in covered}
    for i in range(surname_size, len(simplified)):
        char = simplified[i]
        candidates = [*table.given.get(char, ()), *table.given.get(raw[i], ())]
        if i in alone:
            candidates += given_readings().get(char, ())
        others = _other_readings(syllables[i], candidates)
        if others:
            out.append(Alternative(raw[i], i, "given", syllables[i], others))
    return tuple(out)


def romanize(
    name: str,
    *,
    tones: bool = True,
    order: Order = "chinese",
    surname: str | None = None,
    known: Callable[[str], str | None] | None = None,
) -> Romanization:
    """Romanize a Chinese personal name: "曾国藩" -> Zēng Guófān, "欧阳修" -> Ōuyáng Xiū, "王海鸥" -> Wáng Hǎi'ōu.

    A name whose reading is known is read so: first by `known` (the glossary: the tone-marked
    pinyin of a person it names exactly so, or None), then by the person entries of CC-CEDICT
    (data/name_readings.tsv). Other names are read by rule: the surname as a surname
    (surnames.tsv: 单 Shàn, 解 Xiè, compound 尉迟 Yùchí), the given name by pypinyin in context,
    and each character with another reading in names is listed in `alternatives` (and a note).
    Traditional input is read through OpenCC t2s. One space in `name`, or `surname`, says where
    the surname ends (东 方明 rather than 东方 明); a `surname` of two surnames that is no compound
    one is a double surname, written with a hyphen (GB/T 28039 §5.1.2: 刘杨 -> Liú-Yáng Fān).
    Parts joined by a name separator (史蒂夫·乔布斯) are a transliterated name: one word each.
    Raise RomanizationError for empty or non-Chinese input, UsageError for a `surname` that
    does not start the name.
    """
    from zhgloss.convert import name_to_simplified, to_simplified

    typed = normalize(name)
    text = dotted_initials(typed)
    if order not in ("chinese", "western"):
        raise UsageError(f"order must be 'chinese' or 'western', not {order!r}")
    if has_name_separator(text):
        parts = split_name_parts(text)
        # A part of a dotted name may hold a hyphen: a French compound given name (让-雅克·卢梭 Jean-Jacques
        # Rousseau, 让-保罗·萨特, 安-玛丽), written so by Xinhua and Baidu Baike; the pinyin keeps it (Ràng-Yǎkè).
        # A part that is one Latin capital is an initial (J·D·万斯 JD Vance, 约翰·F·肯尼迪, as Xinhua writes them):
        # kept as written, a word of its own, where the name has a Chinese part too (LEAD-40-1).
        initials = [_INITIAL_RE.fullmatch(part) is not None for part in parts]
        if all(initials):
            _check_chinese(name, text)
        pieces = [
            [part] if initial else _TRANSLITERATION_HYPHEN_RE.split(part)
            for part, initial in zip(parts, initials, strict=True)
        ]
        for piece in (piece for split, initial in zip(pieces, initials, strict=True) if not initial for piece in split):
            _check_chinese(name, piece)
        parts = ["".join(split) for split in pieces]
        plain_parts = [to_simplified(p) for p in parts]
        words = tuple(
            (raw,) if initial else tuple(_original_readings(raw, plain, _part_reading(name, plain)))
            for raw, plain, initial in zip(parts, plain_parts, initials, strict=True)
        )
        hyphened = tuple(tuple(map(len, split)) for split in pieces)
        written = "·".join("-".join(to_simplified(piece) for piece in split) for split in pieces)
        return Romanization(
            typed,
            written,
            "",
            written,
            words,
            0,
            False,
            tones,
            order,
            notes=(TRANSLITERATION_NOTE,),
            origin="transliterated",
            hyphened=hyphened if any(len(sizes) > 1 for sizes in hyphened) else (),
        )
    if surname is None and " " not in text and all(map(is_cjk, text)):
        plain = to_simplified(text)
        # A person the glossary or CC-CEDICT knows is read as one (村山富市, Murayama Tomiichi).
        generic = place_generic(plain) if len(plain) == len(text) else ""
        if generic and not _is_known_person(text, plain, known):
            return _place_reading(name, text, plain, generic, tones)
    if surname is not None:
        surname = normalize(surname)
        if not text.startswith(surname) or not surname:
            raise UsageError(f"the surname {surname!r} does not start the name {text!r}")
        text = surname + " " + text[len(surname) :].strip()
    parts = text.split(" ")
    if len(parts) > 2:
        raise RomanizationError(name, "write the name without spaces, or with one space after the surname")
    _check_chinese(name, "".join(parts))
    joined = "".join(parts)
    simplified = name_to_simplified(joined)
    if len(simplified) != len(joined):  # OpenCC maps characters one to one in t2s; be sure
        simplified = joined
    explicit = len(parts) == 2 and parts[1] != ""
    attested = None if explicit else _attested(joined, simplified, known)
    if attested is not None:
        words, double, source = attested
        size = len(words[0])
        known_surname = surnames().get(joined[:size]) or surnames().get(simplified[:size])
        return Romanization(
            zh=normalize(name),
            zh_simplified=simplified,
            surname=simplified[:size],
            given=simplified[size:],
            words=words,
            surname_known=size > 0,  # 0: a Chinese person known by one name (西施 Xīshī), no surname
            tones=tones,
            order=order,
            double_surname=double,
            source=source,
            notes=_surname_note(known_surname),
        ).with_notes()
    size = len(parts[0]) if explicit else 0
    found = None
    double = 0
    if explicit:
        found = surnames().get(joined[:size]) or surnames().get(simplified[:size])
        if found is None:
            double = _double_surname(joined[:size]) or _double_surname(simplified[:size])
    origin: NameOrigin = "chinese"
    other_reading = ""
    if not explicit and (title := ruler_title_size(simplified)):
        return _titled_reading(name, simplified, title, tones, order)
    if not explicit:
        # The raw input first: 於 (Yū) is a surname of its own that t2s would turn into 于 (Yú).
        found = find_surname(joined) or find_surname(simplified)
        size = len(found.zh) if found else 1
        origin = _origin(joined, simplified, found)
        if origin == "transliterated" or joined in name_readings().foreign or simplified in name_readings().foreign:
            return _transliteration(name, joined, simplified, tones, order)
        if origin == "japanese":
            # The surname of the Japanese surnames' table (中曾根 of 中曾根康弘), else two characters ending as
            # Japanese surnames end (岸田 of 岸田文雄).
            size = len(japanese_surname(joined, simplified) or "田中")
            chinese = _chinese_reading(joined, found, tones, order)
            if chinese is not None:
                other_reading = (
                    f"read as a Japanese name ({simplified[:size]}, a Japanese surname); "
                    f"as a Chinese one, {chinese.pinyin}"
                )
            found = None
        elif len(simplified) == 3 and (japanese := japanese_surname(joined, simplified)) is not None:
            # 田中禾 Tián Zhōnghé, read as Chinese (`_origin`): the Japanese reading is said beside it.
            other_reading = (
                f"read as a Chinese name; as a Japanese one ({japanese}, a Japanese surname), "
                f"{write_word(tuple(_read(name, simplified[:2])), tones=tones)} "
                f"{write_word(tuple(_read(name, simplified[2:])), tones=tones)}"
            )
        elif found is not None and size == 1 and is_double_surname(simplified):
            double = 1  # 林郑月娥: a married name, her husband's surname then her own (GB/T 28039 §5.1.2)
            size = 2
    family, given = simplified[:size], simplified[size:]
    notes: list[str] = [other_reading] if other_reading else []
    if double and not explicit:
        notes.append(DOUBLE_SURNAME_NOTE)
    if double:
        first = surnames().get(joined[:double]) or surnames().get(simplified[:double])
        second = surnames().get(joined[double:size]) or surnames().get(simplified[double:size])
        assert first is not None
        assert second is not None
        family_syllables = first.syllables + second.syllables
        double = len(first.syllables)
    elif found is not None:
        family_syllables = found.syllables
        notes += _surname_note(found)
    elif origin == "japanese":
        family_syllables = tuple(_read(name, family))
        notes.append(JAPANESE_NOTE)
    else:
        if len(family) > 1:
            family_syllables = tuple(_read(name, family))
        else:
            readings = heteronyms(family)
            if not readings:  # a rare character pypinyin has no reading for (䤇), as _read says of others
                raise RomanizationError(name, f"no pinyin known for {family!r}")
            # No surname of the table: the character as the whole name reads it, where a phrase says (哪吒 Né, as
            # CC-CEDICT's [Ne2 zha5]; alone 哪 is nǎ), else its commonest reading.
            in_context = _read(name, simplified)[:1] if given else []
            family_syllables = (in_context[0] if in_context and in_context[0] in readings else readings[0],)
        notes.append(f"{family}: not in zhgloss's surname list; read {write_word(family_syllables)!r} (check it)")
    given_syllables = _original_readings(joined[size:], given, _read_given(name, given)) if given else []
    syllables = (*family_syllables, *given_syllables)
    romanization = Romanization(
        zh=normalize(name),
        zh_simplified=simplified,
        surname=family,
        given=given,
        words=(tuple(family_syllables), tuple(given_syllables)),
        surname_known=found is not None or bool(double),
        tones=tones,
        order=order,
        notes=tuple(notes),
        double_surname=double,
        alternatives=name_alternatives(simplified, size, syllables, joined),
        origin=origin,
    )
    return romanization.with_notes()


IMPERIAL_TITLES = ("太皇太后", "皇太后", "皇帝", "大帝", "女皇", "太后", "皇后", "帝")
"""An emperor's or empress's title ending a name: 乾隆帝 the Qianlong Emperor, 慈禧太后 the Empress Dowager Cixi,
亚历山大大帝 Alexander the Great (longest first)."""
ROYAL_TITLES = ("王后", "大王", "女王", "国王", "王", "后", "公")
"""A king's, queen's or duke's title ending a name: 阿育王 King Ashoka, 世宗大王 Sejong the Great, 维多利亚女王 Queen
Victoria (longest first)."""
DYNASTIES = frozenset("夏商周秦汉新魏蜀吴晋宋齐梁陈隋唐辽金元明清楚燕赵韩鲁卫郑越")
"""The dynasties and states of China's history whose rulers are named by the dynasty, then a posthumous name with the
title: 汉武帝 Hàn Wǔdì (Emperor Wu of Han), 周文王 Zhōu Wénwáng, 齐桓公 Qí Huángōng, as CC-CEDICT writes them."""
_DYNASTY_DIRECTIONS = frozenset("东西南北前后")  # 北魏孝文帝, 东晋, 后周: a dynasty named with its direction


def ruler_title_size(simplified: str) -> int:
    """How many characters end the personal name `simplified` as a ruler's title written apart from a name of its
    own, or 0: 乾隆帝 3 -> 1 (the era name 乾隆, then 帝), 康熙皇帝 -> 2, 慈禧太后 -> 2, 阿育王 -> 1.

    Pinyin writes a title apart from the name it follows (GB/T 16159-2012 §6.1.4.4; Wikipedia's 乾隆帝 Qiánlóng Dì,
    慈禧太后 Cíxǐ Tàihòu), and the name before it (an era name, an honorific, a transliteration) is one word: read as a
    surname and a given name it was "Qián Lóngdì" (R46-6). Not a name the title follows after a dynasty or a state
    (汉武帝 Hàn Wǔdì, 周文王, 北魏孝文帝: the dynasty apart, the posthumous name joined to the title, as now); not a
    name of one character (吕后, 窦太后: surname and title); nor, for a king's, queen's or duke's title, a name that
    starts with a surname (阎罗王, a given name may end in 王 or 公)."""
    for title in (*IMPERIAL_TITLES, *ROYAL_TITLES):
        stem = simplified[: -len(title)]
        if not simplified.endswith(title) or len(stem) < 2:
            continue
        if stem[0] in DYNASTIES or (stem[0] in _DYNASTY_DIRECTIONS and stem[1] in DYNASTIES):
            return 0
        if title in ROYAL_TITLES and find_surname(stem) is not None:
            return 0
        return len(title)
    return 0


TITLE_NOTE = "a name, then a ruler's title: each written as one word (GB/T 16159)"


def _titled_reading(name: str, simplified: str, title: int, tones: bool, order: Order) -> Romanization:
    """`romanize` of a name that ends in a ruler's title of `title` characters (`ruler_title_size`): the name before
    it as one word, the title as another, no surname (乾隆帝 Qiánlóng Dì)."""
    stem = len(simplified) - title
    # A transliterated name read as such (托勒密王 Tuōlèmì Wáng, Ptolemy: 勒 lè as names read it, `_part_reading`).
    foreign = "transliterated" in (name_origin(simplified), name_origin(simplified[:stem]))
    name_syllables = _part_reading(name, simplified[:stem]) if foreign else []
    syllables = [*name_syllables, *_read(name, simplified)[len(name_syllables) :]]
    return Romanization(
        zh=normalize(name),
        zh_simplified=simplified,
        surname="",
        given=simplified,
        words=(tuple(syllables[:stem]), tuple(syllables[stem:])),
        surname_words=0,
        surname_known=False,
        tones=tones,
        order=order,
        notes=(TITLE_NOTE,),
    ).with_notes()


_TRANSLITERATION_HYPHEN_RE = re.compile("[-\u2010\u2011\u2013]")
"""Hyphens inside a part of a transliterated name (让-雅克): hyphen-minus (a full-width one folds to it), the
hyphen, the no-break hyphen and the en dash GB/T 15834 writes as its connecting mark."""


def _part_reading(name: str, part: str) -> list[str]:
    """The reading of one word of a transliterated name (`part`, simplified): CC-CEDICT's where it lists the word
    (`cedict_reading`: 泰勒 [Tai4 le4], 希特勒 [Xi1 te4 le4], read whole or as a part of 泰勒·斯威夫特,
    阿道夫·希特勒; the review's R36-12: pypinyin's 勒 lēi made them Tàilēi, Xītèlēi), else pypinyin's in context with
    each character transliterated names read one way read so (`translit_readings`: 勒布朗 Lèbùlǎng, 小布什 Bùshí)."""
    listed = cedict_reading(part, proper=True)
    if listed is not None:
        return listed
    syllables = _read(name, part)
    table = translit_readings()
    if len(syllables) == len(part) and not table.keys().isdisjoint(part):
        syllables = [table.get(char, syllable) for char, syllable in zip(part, syllables, strict=True)]
    return syllables


TRANSLIT_READINGS_PATH = Path(__file__).resolve().parent / "data" / "translit_readings.tsv"


@lru_cache(maxsize=1)
def translit_readings() -> dict[str, str]:
    """Return the reading of each character CC-CEDICT's transliterated names read one way (data/translit_readings.tsv,
    scripts/build_translit_readings.py: at least 80% of three or more names, among the character's readings):
    {"勒": "le4", "什": "shi2", "乐": "le4", "那": "na4", ...}, numbered, v for ü."""
    table: dict[str, str] = {}
    with TRANSLIT_READINGS_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "char\t")) or not line.strip():
                continue
            char, reading = line.split("\t", 2)[:2]
            table[char] = reading
    return table


def _original_readings(raw: str, simplified: str, syllables: list[str]) -> list[str]:
    """`syllables` (the reading of `simplified`, what t2s made of `raw`), each one a character of `raw` cannot have
    replaced by that character's first reading: t2s, or the Japanese forms' table, can merge two characters with
    different readings (仏, the Japanese form of 佛, is only fó: read as 佛 alone it was fú, where `read_names`, which
    reads the name as written, said fó)."""
    if len(raw) != len(simplified):
        return syllables
    out = list(syllables)
    for i, (raw_char, char) in enumerate(zip(raw, simplified, strict=True)):
        if raw_char != char and out[i] not in (options := heteronyms(raw_char)) and options:
            out[i] = options[0]
    return out


PLACE_NOTE = (
    "a place (it ends in the generic {generic}), not a person: its generic written apart (GB/T 16159-2012 6.2.2.1); "
    "add it with --type place"
)


def _place_reading(name: str, text: str, simplified: str, generic: str, tones: bool) -> Romanization:
    """`romanize`'s reading of a place's name that ends in a unit of administration's generic (`place_generic`:
    上海市 Shànghǎi Shì, not the person "Shàng Hǎishì"): its words as `phrase_pinyin` writes them, the generic apart."""
    syllables = _read(name, simplified)
    sizes = [*_word_sizes(simplified[: -len(generic)]), *_word_sizes(generic)]
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    words = tuple(tuple(syllables[start : start + size]) for start, size in zip(starts, sizes, strict=True))
    return Romanization(
        text,
        simplified,
        "",
        simplified,
        words,
        0,
        False,
        tones,
        notes=(PLACE_NOTE.format(generic=generic),),
        origin="place",
    )


def chinese_reading(name: str) -> Romanization | None:
    """Return the reading of `name` as a Chinese surname and given name where `romanize` reads it as a Japanese
    name but it may be Chinese too: three characters, a Japanese surname of the table after a Chinese surname's
    character (石破茂: Shí Pòmào, read Shípò Mào; 石破天, a hero of 侠客行, is Shí Pòtiān). None otherwise.
    An English form that spells this reading says the name is Chinese (`zhgloss.curate.fill_pinyin`)."""
    text = normalize(name)
    if not text or has_name_separator(text) or " " in text:
        return None
    from zhgloss.convert import name_to_simplified

    simplified = name_to_simplified(text)
    if len(simplified) != len(text):
        simplified = text
    found = find_surname(text) or find_surname(simplified)
    if _origin(text, simplified, found) != "japanese" or text in name_readings().foreign:
        return None
    return _chinese_reading(text, found, True, "chinese")


def _chinese_reading(raw: str, found: Surname | None, tones: bool, order: Order) -> Romanization | None:
    """`chinese_reading` of a name `_origin` calls Japanese, given its Chinese surname of the table (`find_surname`)."""
    if found is None or len(found.zh) != 1 or len(raw) != 3:
        return None
    return romanize(f"{raw[:1]} {raw[1:]}", tones=tones, order=order)


TRANSLITERATION_NOTE = (
    "a transliterated name (foreign, or Uyghur, Tibetan, Mongolian): pinyin as one word, no English proposed; "
    "look up its original spelling"
)
TWO_WORDS_NOTE = (
    "a transliterated or foreign name CC-CEDICT writes in two words (马可波罗 Mǎkě Bōluó, Marco Polo): "
    "no English proposed; look up its original spelling"
)
JAPANESE_NOTE = "a Japanese name: its English is its Japanese reading, not the pinyin; look it up"
DOUBLE_SURNAME_NOTE = (
    "two surnames (as in a Hong Kong woman's married name: her husband's, then her own), hyphenated (GB/T 28039)"
)


def name_origin(name: str) -> NameOrigin:
    """Tell how the personal name `name` (Chinese characters) is read: "chinese", "transliterated" or "japanese".

    Transliterated: written with a name separator (埃隆·马斯克); or a person CC-CEDICT writes as one
    word (特朗普 Tèlǎngpǔ, 普京 Pǔjīng: data/name_readings.tsv); or written only in the characters of
    transliteration (`zhgloss.unknown`'s table, from Xinhua's 世界人名翻译大辞典 and the usual spellings of
    Uyghur, Tibetan and Mongolian names) and either not starting with a surname of surnames.tsv (布林肯,
    泽连斯基, 次仁旦达) or four characters or more (古力娜扎, 伊万科维奇), which a Chinese name with one
    surname seldom is. Japanese: three to five characters whose second ends Japanese surnames (田 of
    岸田, 上 of 村上, 泉 of 小泉) and, for three, that start with no surname of the table (岸田文雄, 村上春树);
    or one to three characters after a Japanese surname of data/japanese_surnames.tsv (石破茂, 渡边谦, 中曾根康弘:
    `japanese_surname`; where a Chinese surname starts a name of three, romanize says the Chinese reading too).
    A name CC-CEDICT reads as surname and given name, or with a compound surname (欧阳, 端木), is Chinese.
    """
    from zhgloss.convert import name_to_simplified

    text = normalize(name)
    if has_name_separator(text):
        return "transliterated"
    simplified = name_to_simplified(text)
    if len(simplified) != len(text):
        simplified = text
    return _origin(text, simplified, find_surname(text) or find_surname(simplified))


def chinese_by_guess(name: str) -> bool:
    """`chinese_guess_reason(name)` is not None: see there."""
    return chinese_guess_reason(name) is not None


def chinese_guess_reason(name: str) -> str | None:
    """Why `name_origin` reads the personal name `name` as Chinese (a surname and a given name) only by a guess, in
    words ("热 is in no surname list zhgloss has"), or None where it is no guess. A guess: CC-CEDICT lists no such
    person (data/name_readings.tsv), its surname is a single character, and either no surname of zhgloss's list
    starts it (热地, whose 热 romanize reads "not in zhgloss's surname list ... check
    it") or only one outside the common surnames' curated list (surnames.tsv's rows from 现代汉语词典: 乌, 达, 铁, 索
    are only in the complete 百家姓), or every character is one of transliteration (`zhgloss.unknown`'s table: 巴特尔,
    齐扎拉, 卢比奥, 万斯), or the name runs to five characters or more (乌云其木格), which a Chinese name of one surname
    is not.

    Mongolian, Tibetan and Uyghur names written in Chinese (巴特尔 Bagatur, 齐扎拉 Che Dalha, 热地 Raidi; Xinhua's
    pinyin writes them as one word, Bātè'ěr) start with a character read as a surname (巴, 齐, 热): read so, their
    English spells no pinyin, which is then a guess's fault, not the English's (U38-1, the review's R39-18)."""
    from zhgloss.convert import name_to_simplified

    text = normalize(name)
    if has_name_separator(text) or name_origin(text) != "chinese":
        return None
    simplified = name_to_simplified(text)
    if text in name_readings().names or simplified in name_readings().names:
        return None
    found = find_surname(text) or find_surname(simplified)
    if (found is not None and len(found.zh) > 1) or len(simplified) < 2:
        return None
    if found is None:
        return f"{simplified[0]} is in no surname list zhgloss has"
    if not found.common:
        return f"{found.zh} is a rare surname, not one of the common ones"
    if len(simplified) >= 5:
        return "it has too many characters for a Chinese name"
    from zhgloss.unknown import _TRANSLIT_RUN_CHARS

    if all(c in _TRANSLIT_RUN_CHARS for c in simplified):
        return "its characters are all ones of transliteration"
    return None


def _origin(raw: str, simplified: str, found: Surname | None) -> NameOrigin:
    """`name_origin` of a name without separators, given its surname of the table (`find_surname`)."""
    table = name_readings()
    for form in (raw, simplified):
        if form in table.foreign:
            return "japanese" if form in table.japanese else "transliterated"
    if raw in table.names or simplified in table.names or (found is not None and len(found.zh) > 1):
        return "chinese"
    from zhgloss.unknown import _JAPANESE_SURNAME_ENDS, _TRANSLIT_RUN_CHARS, _mostly_transliterated

    size = len(simplified)
    if size >= 2 and (found is None or size >= 4) and all(c in _TRANSLIT_RUN_CHARS for c in simplified):
        return "transliterated"
    if 3 <= size <= 5 and simplified[1] in _JAPANESE_SURNAME_ENDS and (found is None or size >= 4):
        return "japanese"
    japanese = japanese_surname(raw, simplified)
    if japanese is not None and not (size == 3 and starts_a_chinese_name(japanese_surnames()[japanese])):
        # A Japanese surname of the table, then one to three characters: 石破茂, 渡边谦, 中曾根康弘, 是枝裕和. Three
        # characters whose first two may as well be a Chinese surname and given name's start (田中禾, 金子涵) are read
        # as Chinese: the English tells a Japanese one (`Romanization.as_japanese`: 田中角 "Kaku Tanaka").
        return "japanese"
    if size >= 4 and not is_double_surname(simplified) and _mostly_transliterated(simplified):
        # A Chinese given name is seldom three characters (易烊千玺 is one): four or more after one surname
        # or none of the table, half or more of them characters of transliteration, are a transliterated
        # name read whole (降央卓玛 Jamyang Dolma, 次仁央宗, 爱罗先珂 Eroshenko), as the finder found it.
        return "transliterated"
    return "chinese"


def is_double_surname(simplified: str) -> bool:
    """Tell whether a four-character name is two surnames and a two-character given name: 林郑月娥, 范徐丽泰.

    Both must be common modern surnames (`Surname.common`): a married name joins two such (her husband's
    and her own), while a rare surname character starting a four-character name (爱 of 爱罗先珂) is far
    more often the first syllable of a transliteration.
    """
    table = surnames()
    if len(simplified) != 4:
        return False
    first, second = table.get(simplified[0]), table.get(simplified[1])
    return first is not None and second is not None and first.common and second.common


def _transliteration(name: str, raw: str, simplified: str, tones: bool, order: Order) -> Romanization:
    """Romanize a transliterated name written without separators: one word, as CC-CEDICT writes them (Tèlǎngpǔ).

    A person CC-CEDICT names otherwise in English is read in its words (成吉思汗 Chéngjísīhán; 马可波罗 Mǎkě
    Bōluó; the Japanese 安倍晋三 Ānbèi Jìnsān, surname first).
    """
    table = name_readings()
    form = raw if raw in table.foreign else simplified
    attested = table.foreign.get(form)
    words = attested or (tuple(_part_reading(name, simplified)),)
    japanese = form in table.japanese
    return Romanization(
        zh=normalize(name),
        zh_simplified=simplified,
        surname=simplified[: len(words[0])] if japanese else "",
        given=simplified[len(words[0]) :] if japanese else simplified,
        words=words,
        surname_words=1 if japanese else 0,
        surname_known=False,
        tones=tones,
        order=order,
        notes=(JAPANESE_NOTE if japanese else TWO_WORDS_NOTE if len(words) > 1 else TRANSLITERATION_NOTE,),
        source="cc-cedict" if attested else "rules",
        origin="japanese" if japanese else "transliterated",
    ).with_notes()


GIVEN_READINGS_PATH = Path(__file__).resolve().parent / "data" / "given_readings.tsv"


@lru_cache(maxsize=1)
def given_readings() -> dict[str, tuple[str, str]]:
    """Characters a given name reads otherwise than pypinyin's first reading: char -> (its reading, the one replaced).

    Numbered syllables, ü as v. From data/given_readings.tsv (scripts/build_given_readings.py: CC-CEDICT's person
    lines, CC BY-SA 4.0, where two of its given names or more read the character so, 长 cháng, 应 yìng; pypinyin's
    phrase dictionary, MIT, where nine phrases in ten read the character so and its first reading is a bound word's,
    佛 fó, fú only in 仿佛). Raise FormatError for a malformed row.
    """
    table: dict[str, tuple[str, str]] = {}
    with GIVEN_READINGS_PATH.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.startswith("#") or line.startswith("char\t") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 5 or len(cells[0]) != 1 or not all(map(_NUMBERED_RE.match, cells[1:3])):
                raise FormatError(
                    str(GIVEN_READINGS_PATH), "expected: char, reading, replaces, evidence, source", number
                )
            table[cells[0]] = (cells[1], cells[2])
    return table


def _given_name_reading(given: str, syllables: list[str], phrases: Iterable[str] = ()) -> list[str]:
    """The syllables pypinyin read for the given name `given`, as a given name reads them: full tones
    (`_with_full_tones`), and a character of `given_readings` read by itself with pypinyin's first reading read as
    given names read it (蓝佛安 Lán Fó'ān, not Fú'ān). A character inside one of `phrases` (the phrases of pypinyin's
    dictionary found in `given`) keeps pypinyin's reading of the phrase."""
    syllables = _with_full_tones(given, syllables)
    table = given_readings()
    if not any(char in table for char in given):
        return syllables
    covered = {i for phrase in phrases for at in _find_all(given, phrase) for i in range(at, at + len(phrase))}
    for i, char in enumerate(given):
        row = table.get(char)
        if row is not None and i not in covered and syllables[i] == row[1]:
            syllables[i] = row[0]
    return syllables


def _find_all(text: str, piece: str) -> list[int]:
    """Every index where `piece` starts in `text`."""
    return [i for i in range(len(text) - len(piece) + 1) if text.startswith(piece, i)]


def _given_phrases(given: str) -> set[str]:
    """The phrases of pypinyin's dictionary inside `given` (empty for most given names): through the readings table,
    else pypinyin's own dictionary."""
    conn = _readings_table()
    if conn is not None:
        return _table_phrases(conn, _pieces(given, _table_longest(conn)))
    from pypinyin.constants import PHRASES_DICT

    return {given[i:j] for i in range(len(given)) for j in range(i + 2, len(given) + 1) if given[i:j] in PHRASES_DICT}


@dataclass(frozen=True)
class WordReading:
    """A character of a name's given name read otherwise than the word of the given name it is in reads it: 长 of
    王长江 read zhǎng, where the word 长江 reads it cháng. `syllable` and `word_syllable` are numbered (ü as v);
    `word_pinyin` is the name written with the word's reading ("Wáng Chángjiāng"), `word_en` its English."""

    char: str
    position: int
    word: str
    syllable: str
    word_syllable: str
    word_pinyin: str
    word_en: str

    def describe(self) -> str:
        """Say it: "长 read zhǎng, where the word 长江 of the given name reads it cháng (Wáng Chángjiāng)"."""
        return (
            f"{self.char} read {numbers_to_marks(self.syllable)}, where the word {self.word} of the given name "
            f"reads it {numbers_to_marks(self.word_syllable)} ({self.word_pinyin})"
        )


def readings_against_words(zh: str, pinyin: str) -> list[WordReading]:
    """Return the characters of the Chinese personal name `zh` that `pinyin` (tone-marked, as stored) reads with other
    letters than a word of its given name reads them: what tells a slip from a person's own reading.

    A given name that holds a word of pypinyin's phrase dictionary (长江 of 王长江, 长春 of 李长春) is read by the
    word (`_given_name_reading`); CC-CEDICT's 1,865 Chinese persons agree: 15 given names hold such a word and each
    reads it as the word does, while 30 read a character standing alone otherwise than the rule does (栅 of 郑栅洁
    is shān and zhà: either may be the person's). So an English that spells another reading of a character inside
    a word ("Wang Zhangjiang": 长 zhǎng) is taken for a slip to be checked, one of a character alone for the
    person's own (the forty-second session, R41-8). Not a slip: a reading names give the character (the name's
    `alternatives`: 朝 Cháo of 李朝阳), or one CC-CEDICT gives the word (`cedict_reading`: 朝阳 Cháoyáng, the
    district). A tone alone is no other reading. Empty for a name that is no Chinese one (transliterated, Japanese),
    whose pinyin does not have a syllable a character, or that holds none.
    """
    try:
        name = romanize(zh)
    except (RomanizationError, UsageError):
        return []
    if name.origin != "chinese" or not name.given:
        return []
    stored = marks_to_numbers(pinyin.replace("'", " ").replace("-", " ")).lower().split()
    rule = [syllable for word in name.words for syllable in word]
    size = len(name.surname)
    if len(stored) != len(rule) or len(rule) != len(name.zh_simplified):
        return []
    # Names give some characters another reading whatever word holds them (朝 Cháo of 张朝阳); CC-CEDICT reads some
    # words two ways, a name's and a word's (朝阳 the district Cháoyáng, the morning sun zhāoyáng): neither is a slip.
    named = {(a.position, other[:-1]) for a in name.alternatives for other in a.others}
    found: list[WordReading] = []
    for word in sorted(_given_phrases(name.given), key=len, reverse=True):
        listed = [r for r in (cedict_reading(word), cedict_reading(word, proper=False)) if r and len(r) == len(word)]
        for at in _find_all(name.given, word):
            for position in range(size + at, size + at + len(word)):
                letters = stored[position][:-1]
                if (
                    letters == rule[position][:-1]
                    or (position, letters) in named
                    or any(r[position - size - at][:-1] == letters for r in listed)
                    or any(f.position == position for f in found)
                ):
                    continue
                found.append(
                    WordReading(
                        name.zh[position] if len(name.zh) == len(rule) else name.zh_simplified[position],
                        position,
                        word,
                        stored[position],
                        rule[position],
                        name.pinyin,
                        name.en,
                    )
                )
    return sorted(found, key=lambda f: f.position)


def _read_given(name: str, given: str) -> list[str]:
    """Read the given name `given` of `name` as `romanize` does (`_given_name_reading` of pypinyin in context)."""
    syllables = _read(name, given)
    if any(char in given_readings() for char in given):
        return _given_name_reading(given, syllables, _given_phrases(given))
    return _with_full_tones(given, syllables)


def _with_full_tones(given: str, syllables: list[str]) -> list[str]:
    """Return the syllables of a given name with each neutral tone replaced by a full one the character has.

    Names carry full tones: pypinyin's neutral tone for suffix-like 子 (孙武子 Sūn Wǔzǐ) is wrong here.
    """
    for i, char in enumerate(given):
        if syllables[i].endswith("5"):
            toned = [r for r in heteronyms(char) if r[:-1] == syllables[i][:-1] and r[-1] != "5"]
            if toned:
                syllables[i] = toned[0]
    return syllables


_PLAIN_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")
"""Han characters of the basic blocks: NFC and `normalize` leave them as they are."""


def read_names(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Return `romanize(name)`'s pinyin and English for each of `names` that the tables alone read.

    What `annotate --unknown` prints for a name it proposes, for a fraction of `romanize`'s cost
    (which also works out notes and other readings): the names are read together, the phrases of
    their given names asked of the readings table in one query. Answered:

    * a name of Han characters of the basic blocks that OpenCC t2s provably leaves as they are
      (its simplified form is itself: `zhgloss.opencc_table.keeps`), read by CC-CEDICT's person
      entries or starting with a surname of surnames.tsv, whose every character the readings
      table (or pypinyin, for a phrase of its dictionary) reads;
    * a transliterated name (埃隆·马斯克) of such parts.

    Every other name is left out of the answer: only `romanize` reads it (traditional characters,
    an unknown surname, a rare character). The answers are `romanize`'s own (tests/test_readings.py
    holds them equal).
    """
    from zhgloss.opencc_table import keeps

    conn = _readings_table()
    if conn is None:
        return {}
    readings = name_readings()
    attested, foreign, table = readings.names, readings.foreign, surnames()
    plain = _PLAIN_HAN_RE.fullmatch
    out: dict[str, tuple[str, str]] = {}
    # A name to read: its words known already (the surname's), the parts to read (the given name,
    # or each part of a transliterated name), and whether a neutral tone is made full (given names).
    todo: dict[str, tuple[tuple[tuple[str, ...], ...], list[str], bool]] = {}
    names = list(dict.fromkeys(names))
    kept = _kept_t2s([name for name in names if plain(name)], keeps)
    for name in names:
        if name in kept:
            known = attested.get(name)
            if known is not None:
                syllables, size = known
                out[name] = _written((syllables[:size], syllables[size:]))
                continue
            size = len(name)
            if name in foreign or size >= 4 or japanese_surname(name) is not None or place_generic(name):
                # a transliterated, Japanese or double-surnamed name, or one ending in a unit's generic that `romanize`
                # reads as a place (丁一区 Dīngyī Qū): only `romanize` reads it
                continue
            # `find_surname`, spelled out: a compound surname first, where characters remain for the given name.
            found = table.get(name[:2]) if size > 2 else None
            if found is None:
                found = table.get(name[:1]) if size > 1 else table.get(name)
            if found is not None:
                todo[name] = ((found.syllables,), [name[len(found.zh) :]], True)
        elif not plain(name) and has_name_separator(name) and normalize(name) == name:
            parts = split_name_parts(name)
            if all(_PLAIN_HAN_RE.fullmatch(part) and keeps(part, "t2s") for part in parts):
                todo[name] = ((), parts, False)
    if not todo:
        return out
    longest = _table_longest(conn)
    pieces = {part: _pieces(part, longest) for _, parts, _ in todo.values() for part in parts}
    phrases = _table_phrases(conn, set().union(*pieces.values()))
    _fetch_chars(conn, "".join(pieces))
    for name, (known_words, parts, full_tones) in todo.items():
        words = list(known_words)
        firsts = _FIRST_READINGS[full_tones]
        for part in parts:
            if not full_tones:
                # A part of a transliterated name, read as `romanize` reads one (`_part_reading`): CC-CEDICT's reading
                # of the word, else each character as transliterated names read it where they read it one way.
                listed = cedict_reading(part, proper=True)
                if listed is not None:
                    words.append(tuple(listed))
                    continue
            if phrases and not phrases.isdisjoint(pieces[part]):
                # A phrase of pypinyin's dictionary (正义 of 孙正义): pypinyin reads it, as in romanize.
                read = _pypinyin_read(part)
                if len(read) != len(part) or not all(map(_NUMBERED_RE.match, read)):
                    break  # a character without a reading: romanize says so
                words.append(tuple(_given_name_reading(part, read, phrases & pieces[part]) if full_tones else read))
                continue
            # Else each character as the table reads it alone: what `_with_full_tones` makes of its first reading
            # depends on the character alone, and is remembered by it.
            read = [firsts.get(c) or _first_reading(c, full_tones) for c in part]
            if "" in read:
                break  # a character without a reading: romanize says so
            if not full_tones:
                translit = translit_readings()
                read = [translit.get(c, syllable) for c, syllable in zip(part, read, strict=True)]
            words.append(tuple(read))
        else:
            out[name] = _written(tuple(words))
    return out


def _kept_t2s(names: list[str], keeps: Callable[[str, str], bool]) -> set[str]:
    """The `names` that OpenCC t2s provably leaves as they are (`zhgloss.opencc_table.keeps`), asked a few at a time.

    `keeps` of names joined by a line break is True only where it is True of each (a line break is no character
    t2s changes, and no phrase of its tables holds one): a group that passes is kept whole, at one call; the
    names of a group that fails (a traditional or a phrase character in one of them) are asked one by one.
    """
    out: set[str] = set()
    group: list[str] = []
    size = 0
    for name in [*names, None]:
        if name is not None and size + len(name) + 1 <= _T2S_GROUP:
            group.append(name)
            size += len(name) + 1
            continue
        if group:
            if keeps("\n".join(group), "t2s"):
                out.update(group)
            else:
                out.update(member for member in group if keeps(member, "t2s"))
        group = [name] if name is not None else []
        size = len(name) + 1 if name is not None else 0
    return out


_T2S_GROUP = 48
"""The most characters of names (each with a line break) `_kept_t2s` asks `keeps` about at once (its limit is 64)."""

_FIRST_READINGS: tuple[dict[str, str], dict[str, str]] = ({}, {})
"""`_first_reading`'s answers by character: as read (index 0, False) and made full-toned (1, True)."""


def _first_reading(char: str, full_tone: bool) -> str:
    """The readings table's first reading of `char` (fetched already: `_fetch_chars`), made full-toned as
    `_with_full_tones` makes it where `full_tone`; "" where the table has no numbered reading of it."""
    row = _TABLE_CHARS.get(char)
    reading = row[0] if row is not None else ""
    if not _NUMBERED_RE.match(reading):
        reading = ""
    elif full_tone:
        reading = _given_name_reading(char, [reading])[0]
    _FIRST_READINGS[full_tone][char] = reading
    return reading


def _written(words: tuple[tuple[str, ...], ...]) -> tuple[str, str]:
    """The pinyin and English of a name of these words (surname first), as `Romanization` writes them."""
    written = [_written_word(w) for w in words if w]
    return " ".join([w[0] for w in written]), " ".join([w[1] for w in written])


@lru_cache(maxsize=8192)
def _written_word(syllables: tuple[str, ...]) -> tuple[str, str]:
    """`write_word` of `syllables` with tones and without, remembered (~2 MB at most): names share their words."""
    return write_word(syllables), write_word(syllables, tones=False)


def _attested(
    raw: str, simplified: str, known: Callable[[str], str | None] | None
) -> tuple[tuple[tuple[str, ...], ...], int, ReadingSource] | None:
    """The reading of a name the glossary (`known`) or CC-CEDICT records: (words, double surname, source)."""
    if known is not None:
        for form in dict.fromkeys((raw, simplified)):
            pinyin = known(form)
            if pinyin:
                words = tuple(tuple(marks_to_numbers(word).split()) for word in pinyin.split())
                if sum(len(w) for w in words) == len(raw) and len(words) >= 2:
                    head = pinyin.split()[0]
                    double = len(marks_to_numbers(head.split("-")[0]).split()) if "-" in head else 0
                    return words, double, "glossary"
    table = name_readings()
    for form in dict.fromkeys((raw, simplified)):
        found = table.names.get(form)
        if found is not None:
            syllables, size = found
            return (syllables[:size], syllables[size:]), 0, "cc-cedict"
    return None


def _is_known_person(raw: str, simplified: str, known: Callable[[str], str | None] | None) -> bool:
    """Tell whether the glossary (`known`) or CC-CEDICT's persons (`name_readings`, foreign and Japanese ones
    too) name a person `raw` (or `simplified`)."""
    if _attested(raw, simplified, known) is not None:
        return True
    table = name_readings()
    return any(form in table.foreign for form in (raw, simplified))


def _surname_note(found: Surname | None) -> tuple[str, ...]:
    """The surname list's note on a surname, where its reading is not what pypinyin would say."""
    if found is None or not found.note:
        return ()
    plain = tuple(heteronyms(c)[0] if heteronyms(c) else "" for c in found.zh)
    return (f"{found.zh}: {found.note}",) if found.also or plain != found.syllables else ()


def _double_surname(text: str) -> int:
    """The length of the first of two surnames `text` is made of (刘杨 -> 1, 欧阳陈 -> 2); 0 if it is not two."""
    table = surnames()
    for size in (2, 1):
        if len(text) > size and text[:size] in table and text[size:] in table:
            return size
    return 0


ADMINISTRATIVE_GENERICS = (
    *("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区", "林区", "省", "市", "县", "区"),
)
"""Generics of units of administration (GB/T 38207-2019 annex A's commonest), longest first: written apart from the
specific name they follow (GB/T 16159-2012 6.2.2.1, the 1984 rules' 江苏/省, 襄樊/市, 通/县: Běijīng Shì)."""
ADMINISTRATIVE_ENGLISH = {
    "特别行政区": "Special Administrative Region",
    "自治区": "Autonomous Region",
    "自治州": "Autonomous Prefecture",
    "自治县": "Autonomous County",
    "自治旗": "Autonomous Banner",
    "新区": "New Area",
    "地区": "Prefecture",
    "林区": "Forestry District",
    "盟": "League",
    "旗": "Banner",
    "省": "Province",
    "市": "City",
    "县": "County",
    "区": "District",
}
"""The English of each of `ADMINISTRATIVE_GENERICS`, as CC-CEDICT's glosses write them after a place's name
("Zhejiang Province", "Haidian District", "Xinjiang Uighur Autonomous Region", "Hong Kong Special Administrative
Region"): `place_english`."""


def place_english(zh: str) -> str:
    """Return the English zhgloss proposes for the place `zh` (Chinese characters): its specific name in toneless
    pinyin and its unit's generic in English (浙江省 "Zhejiang Province", 海淀区 "Haidian District", 上海市 "Shanghai
    City"; the review's R35-25: "Zhejiang Sheng" is no English); a name with no such generic in pinyin alone."""
    generic = place_generic(zh, place=True)
    if generic not in ADMINISTRATIVE_ENGLISH:
        return phrase_pinyin(zh, tones=False)
    return f"{phrase_pinyin(zh[: -len(generic)], tones=False)} {ADMINISTRATIVE_ENGLISH[generic]}"


GEOGRAPHIC_GENERICS = (
    *("海峡", "群岛", "半岛", "高原", "盆地", "水库", "运河", "山脉", "大街", "大道", "胡同"),
    *("镇", "乡", "路", "街", "巷", "山", "河", "江", "湖", "海", "岛", "峰", "岭", "湾", "峡", "港"),
)
"""Generics of towns, streets and natural features, longest first: GB/T 16159-2012 6.2.2.1's
鸭绿江 Yālù Jiāng, 泰山 Tài Shān, 台湾海峡 Táiwān Hǎixiá; the 1984 rules' 太行/山, 松花/江,
舟山/群岛, 西峰/镇, 南京/路, 长安/街, 梧桐/巷, 门框/胡同. Many names end in one the name has made
its own, written whole (6.2.2.3: 黑龙江 the province Hēilóngjiāng, the river Hēilóng Jiāng;
景德镇, 平顶山, 连云港, 台湾), so these are apart only where the English says the generic is one
(`place_generic`). A natural village (村, 庄, 屯) is written whole (6.2.2.4: 王村 Wángcūn)."""
_ENGLISH_GENERICS = frozenset(
    (
        *("province", "city", "county", "district", "prefecture", "region", "town", "township", "municipality"),
        *("road", "street", "avenue", "lane", "alley", "boulevard", "hutong", "mountain", "mountains", "mount"),
        *("mt", "hill", "hills", "peak", "ridge", "range", "river", "lake", "sea", "island", "islands", "bay"),
        *("strait", "harbour", "harbor", "port", "peninsula", "plateau", "basin", "reservoir", "canal", "gorge"),
        *("pass", "archipelago"),
    )
)
"""English words that say a place's last Chinese character or word is its generic (Dongting Lake, Mount Tai)."""


BANNER_GENERICS = ("盟", "旗")
"""Inner Mongolia's units of administration (GB/T 2260: 阿拉善盟 Alxa League, 科尔沁右翼前旗 Horqin Right Front Banner):
generics of a name known to be a place's alone (`place_generic`'s `place`), as a person's given name may end in them
(李红旗)."""


_NO_BANNER_WORDS = frozenset({"联盟", "同盟", "国旗", "红旗", "军旗", "党旗", "锦旗"})
"""Words that end in 盟 or 旗 and are no league or banner (欧洲联盟, 五星红旗)."""


def place_generic(zh: str, en: str | None = None, *, place: bool = False) -> str:
    """Return the generic word that ends the place name `zh` and that its pinyin writes apart, or "".

    GB/T 16159-2012 6.2.2.1 writes a place's specific name and its generic apart (北京市 Běijīng Shì, 鸭绿江 Yālù
    Jiāng, 泰山 Tài Shān, 台湾海峡 Táiwān Hǎixiá), and 6.2.2.3 whole a name that has made its generic its own
    (黑龙江 the province, Hēilóngjiāng). A unit of administration's generic (`ADMINISTRATIVE_GENERICS`) after two
    characters or more is one (上海市, 浙江省, 海淀区, 景德镇市 Jǐngdézhèn Shì); any generic is one (the others in
    `GEOGRAPHIC_GENERICS`, or after one character: 通县 Tōng Xiàn) where the English `en` writes a generic word
    (`_ENGLISH_GENERICS`: "Dongting Lake", "Mount Tai", "Zhouzhuang Town"); "Heilongjiang", "Jingdezhen" write none.
    Only a name of Chinese characters alone is asked.
    """
    if not zh or not all(map(is_cjk, zh)):
        return ""
    words = re.findall(r"[a-z]+", (en or "").casefold())
    said = bool(words) and (words[-1] in _ENGLISH_GENERICS or words[0] in ("mount", "mt", "lake"))
    banners: tuple[str, ...] = ()
    if (place or (bool(words) and words[-1] in ("league", "banner"))) and zh[-2:] not in _NO_BANNER_WORDS:
        banners = BANNER_GENERICS
    generics: tuple[str, ...] = (*ADMINISTRATIVE_GENERICS, *banners)
    for generic in generics:
        if zh.endswith(generic) and len(zh) - len(generic) >= (1 if said else 2):
            return generic
    if said:
        for generic in GEOGRAPHIC_GENERICS:
            if zh.endswith(generic) and len(zh) > len(generic):
                return generic
    return ""


def phrase_pinyin(
    text: str,
    *,
    capitalize: bool = True,
    tones: bool = True,
    words: Sequence[int] | None = None,
    generic: str = "",
) -> str:
    """Write the pinyin of a name or phrase that is not a person's name: "金山软件" -> "Jīnshān Ruǎnjiàn".

    Readings come from pypinyin in context; the words are a dictionary's (`_word_sizes`: 香港交易所 -> Xiānggǎng
    Jiāoyìsuǒ, 文化和旅游部 -> Wénhuà hé Lǚyóubù); pass your own pinyin where that is wrong. Latin letters
    and digits are kept as they are (小米SU7 -> Xiǎomǐ SU7). Each word is capitalised when
    `capitalize` (names of companies, places, works), lower case otherwise (phrases).
    `words`: the syllables of each word, for text of Chinese characters alone (a transliteration is one
    word, or one per word of the foreign name: 哥本哈根 (4,) Gēběnhāgēn, 布宜诺斯艾利斯 (4, 3) Bùyínuòsī Àilìsī);
    ignored unless they add up to its characters.
    `generic`: the generic word that ends a place's name (`place_generic`), written apart: 上海市 Shànghǎi Shì.
    Brackets hug what they hold: 联想（北京）有限公司 Liánxiǎng (Běijīng) Yǒuxiàn Gōngsī.
    """
    from zhgloss.convert import thing_to_simplified

    text = normalize(text)
    out: list[str] = []
    runs = _runs(text)
    glue = False  # the next word joins the last one, after a hyphen between two names' parts (让-雅克 Ràng-Yǎkè)
    for i, run in enumerate(runs):
        if not is_cjk(run[0]):
            between = 0 < i < len(runs) - 1 and is_cjk(runs[i - 1][0]) and is_cjk(runs[i + 1][0])
            if _is_separator_run(run) or (run == "." and between):
                continue  # a name's separator parts two words (哈利·波特与魔法石 Hālì Bōtè yǔ Mófǎshí; tbl's T36-1)
            if run in _HYPHENS and between and out:
                out[-1] += "-"
                glue = True
                continue
            # A name's separators around an initial are word breaks too: 乔治·W·布什 Qiáozhì W Bùshí (the review's
            # R36-12 addendum: "Qiáozhì ·W· Bùshí").
            kept = run.strip(NAME_SEPARATORS) if between else run
            if kept and not kept.isspace():
                out.append(kept)
            continue
        # Read as add stores it: 乾安 keeps its 乾 (Qián'ān, not t2s's 干安 Gàn'ān; `thing_to_simplified`).
        simplified = thing_to_simplified(run, lower=not capitalize)
        form = simplified if len(simplified) == len(run) else run
        syllables = _read(text, form)
        whole = run == text
        head = form[: -len(generic)] if whole and generic and form.endswith(generic) and form != generic else form
        sizes = _unit_sizes(head) if head != form else _word_sizes(head)
        if words is not None and whole and sum(words) == len(head) and all(n > 0 for n in words):
            sizes = list(words)
        if head != form:
            sizes += _word_sizes(form[len(head) :])  # 特别行政区 Tèbié Xíngzhèngqū; 自治区 Zìzhìqū
        if i > 0 and _is_separator_run(runs[i - 1]):
            sizes = _joined_transliteration(form, sizes)  # 约翰·霍普金斯大学: Huòpǔjīnsī Dàxué (the review's R36-11)
        if i < len(runs) - 1 and _is_separator_run(runs[i + 1]):
            sizes = _joined_transliteration(form[::-1], sizes[::-1])[::-1]
        # A word CC-CEDICT lists is read as its editors read it (华为 Huáwéi, 电子 diànzǐ: the user's U35-43, the
        # review's R35-18; pypinyin reads Huáwèi, diànzi).
        syllables = _listed_readings(form, syllables, sizes, proper=capitalize)
        if "和" in form and capitalize:
            syllables = _name_he(form, syllables, sizes)
        at = 0
        for size in sizes:
            word, at = syllables[at : at + size], at + size
            # A conjunction between the words of a name is written in lower case, as CC-CEDICT writes it
            # (文化和旅游部 Wénhuà hé Lǚyóubù; 住房和城乡建设部 Zhùfáng hé Chéngxiāng Jiànshèbù).
            lower = size == 1 and form[at - 1] in _CONJUNCTIONS and at - 1 > 0 and at < len(form)
            written = write_word(word, tones=tones, capitalize=capitalize and not lower)
            if glue:
                out[-1] += written
                glue = False
            else:
                out.append(written)
    joined = " ".join(out)
    joined = re.sub(r"([(\[])\s+", r"\1", joined)
    return re.sub(r"\s+([,.;:!?)\]])", r"\1", joined)


def _name_he(form: str, syllables: list[str], sizes: Sequence[int]) -> list[str]:
    """`syllables` of the name `form` with each 和 inside a word of it read hé, as names read it (同和药业 Tónghé,
    not pypinyin's huò in context: the review's R48-3), but in a dictionary word (jieba's counts: 暖和 nuǎnhuo) or a
    word CC-CEDICT lists with a reading of its own (`listed_words`: 必和必拓 Bìhuó)."""
    from zhgloss.segment import bundled_counts

    counts = bundled_counts()
    listed = [(start, end) for proper in (True, False) for start, end, _ in listed_words(form, sizes, proper=proper)]
    out = list(syllables)
    start = 0
    for size in sizes:
        word, end = form[start : start + size], start + size
        if "和" in word and size > 1 and not counts.get(word):
            for i in range(start, end):
                if form[i] == "和" and not any(a <= i < b for a, b in listed):
                    out[i] = "he2"
        start = end
    return out


def _unit_sizes(head: str) -> list[int]:
    """The words of a place's name before its last generic (`_word_sizes`), each unit of administration it names
    first written apart too: 北京市海淀区 -> 北京|市|海淀 (Běijīng Shì Hǎidiàn Qū, not Běijīngshì; the review's
    R35-6), as GB/T 16159-2012 6.2.2.1 writes every unit's generic apart from its name."""
    sizes: list[int] = []
    at = 0
    for size in _word_sizes(head):
        word = head[at : at + size]
        at += size
        inner = place_generic(word)
        sizes += [size - len(inner), *_word_sizes(inner)] if inner else [size]
    return sizes


def _is_separator_run(run: str) -> bool:
    """Tell whether a run of `_runs` is a name's separator alone (·, ・, ．): a word break in a name's pinyin."""
    return bool(run) and all(c in NAME_SEPARATORS for c in run)


def _joined_transliteration(form: str, sizes: list[int]) -> list[int]:
    """`sizes` with the words that start `form` written in the characters of transliteration alone joined into one:
    the part of a name next to its separator is one transliterated word (约翰·霍普金斯大学: 霍普|金斯|大学 ->
    霍普金斯|大学, as CC-CEDICT writes 霍普金斯 [Huo4 pu3 jin1 si1] whole), though the word counts cut it."""
    from zhgloss.unknown import _TRANSLIT_RUN_CHARS

    joined = 0
    at = 0
    for size in sizes:
        if not all(c in _TRANSLIT_RUN_CHARS for c in form[at : at + size]):
            break
        joined += 1
        at += size
    return [at, *sizes[joined:]] if joined > 1 else sizes


_CONJUNCTIONS = frozenset("和与及暨")
_HYPHENS = frozenset("-\u2010\u2011")
"""Conjunctions that join the words of a name (国家发展和改革委员会): a word of their own, in lower case."""


def word_sizes(run: str) -> list[int]:
    """The characters of each pinyin word of `run` (Chinese characters alone), as `phrase_pinyin` cuts a name that is
    no person's: see `_word_sizes`. 哈利 -> [2]; 波特与魔法石 -> [2, 1, 3]."""
    return _word_sizes(run)


def _word_sizes(run: str) -> list[int]:
    """The characters of each pinyin word of `run`, Chinese characters of a name that is no person's, as GB/T 16159
    and CC-CEDICT write such names: a word a dictionary word (`zhgloss.segment`, jieba's counts: 国家|卫生|和|计划生育|
    委员会), a compound of four characters cut into its two words (北京大学 Běijīng Dàxué, 人民银行 Rénmín Yínháng; a
    transliteration kept whole: 乌鲁木齐 Wūlǔmùqí), a character alone joined to the word before it (长寿区
    Chángshòuqū), a conjunction apart (`_CONJUNCTIONS`). pypinyin divides no words: cut in twos,
    国家卫生和计划生育委员会 was Guójiā Wèishēng Héjì Huàshēng Yùwěi Yuánhuì."""
    from zhgloss.segment import bundled_counts, segment

    counts = bundled_counts()
    pieces: list[list[int]] = []  # [start, end, kind]: 0 a word, 1 a character alone, 2 a conjunction
    cut = segment(run, (), counts)
    for at, (start, end) in enumerate(cut):
        joins = 0 < start < len(run) - 1 and not _is_name_he(run, cut, at)
        kind = 0 if end - start > 1 else 2 if run[start] in _CONJUNCTIONS and joins else 1
        if kind == 1 and pieces and pieces[-1][2] == 1:
            pieces[-1][1:] = [end, 0]  # characters alone side by side are one word: 和|记 of 和记黄埔 Héjì
        else:
            pieces.append([start, end, kind])
    # A character alone joins the word before it (长寿|区 Chángshòuqū, 天眼|查 Tiānyǎnchá, as CC-CEDICT writes
    # them), or the word after it where a conjunction or nothing is before it, or where it is a prefix (时代|新能源
    # Shídài Xīnnéngyuán, not Shídàixīn Néngyuán: `_PREFIXES`).
    merged: list[list[int]] = []
    for at, piece in enumerate(pieces):
        if merged and merged[-1][2] == 1 and merged[-1][1] - merged[-1][0] == 1 and piece[2] == 0:
            merged[-1][1:] = [piece[1], 0]
        elif (
            piece[2] == 1
            and piece[1] - piece[0] == 1
            and run[piece[0]] in _PREFIXES
            and at + 1 < len(pieces)
            and pieces[at + 1][2] == 0
            # (not in a transliteration: 巴布亚|新|几内亚 Papua New Guinea, CC-CEDICT's Bābùyà Xīn Jǐnèiyà)
            and not (merged and _is_transliteration(run[merged[-1][0] : merged[-1][1]]))
        ):
            merged.append(piece)  # (the word after joins it: the first branch, next)
        elif merged and piece[2] == 1 and piece[1] - piece[0] == 1 and merged[-1][2] == 0:
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    sizes: list[int] = []
    for start, end, _ in merged:
        sizes += _cut_compound(run[start:end], counts)
    return sizes


def _is_name_he(run: str, cut: Sequence[tuple[int, int]], at: int) -> bool:
    """Tell whether 和, the word `at` of `cut` (`segment`'s of `run`, a name), is a character of the name, not the
    conjunction: after a character alone that starts the name (信|和|置业 Xìnhé Zhìyè, 同和药业, 天和防务), or after a
    word and before a character alone that ends the name or a word (长江|和|记 Chángjiāng Héjì, 长江和记实业), as
    harvest keeps 和 in a name (R47-3; the review's R48-3). Not between words (国家发展|和|改革委员会), nor in a run
    of characters alone (教义|和|圣|约 Jiàoyì hé Shèngyuē, 千里达|和|多巴哥, 波斯尼亚|和|黑|塞|哥|维|那): a name joined
    by "and"."""
    start, end = cut[at]
    if run[start:end] != "和" or not 0 < at < len(cut) - 1:
        return False
    size = [b - a for a, b in cut]
    if at == 1 and size[0] == 1:
        return True
    return (
        size[at - 1] > 1
        and size[at + 1] == 1
        and (at + 2 == len(cut) or size[at + 2] > 1)
        # (not after a transliteration: 特克斯|和|凯|科斯|群岛 Turks and Caicos, 圣皮埃尔|和|密|克隆)
        and not _is_transliteration(run[cut[at - 1][0] : cut[at - 1][1]])
    )


def _is_transliteration(word: str) -> bool:
    """Tell whether a word of a name is a transliteration: read as one (`name_origin`: 特克斯, 圣皮埃尔) or written in
    transliteration's characters alone (巴布亚)."""
    from zhgloss.unknown import _TRANSLIT_RUN_CHARS

    return all(c in _TRANSLIT_RUN_CHARS for c in word) or name_origin(word) == "transliterated"


_PREFIXES = frozenset("新老总副非反超准")
"""Characters that, alone between two words of a name, begin the word after them: GB/T 16159-2012 §6.1.7 writes a
prefix joined to its word (副部长 fùbùzhǎng, 非金属, 超导体, 总工程师); 新 before a word is "new" it (新能源
xīnnéngyuán, 新材料), which the word counts (jieba's) lack."""
_SUFFIXES = frozenset("区县市省州旗盟镇乡村路街湖山河江岛港湾桥寺庙宫馆院所局部厅署司厂店社站队会团堂楼园城")
"""Generic characters that end a long dictionary word of a name, kept on the word before them (交通运输部 Jiāotōng
Yùnshūbù)."""
_HEADS = frozenset(
    [
        "银行",
        "大学",
        "学院",
        "中学",
        "小学",
        "神社",
        "新闻",
        "公司",
        "集团",
        "医院",
        "机场",
        "车站",
        "公园",
        "大桥",
        "广场",
        "剧院",
        "电视",
        "日报",
        "时报",
        "报社",
        "书店",
        "饭店",
        "酒店",
        "宾馆",
        "商场",
        "市场",
        "工厂",
        "研究",
        "委员",
        "政府",
    ]
)
"""Two-character head words a name's last word ends with: cut before them (渣打|银行 Zhādǎ Yínháng, 暨南|大学)."""


def _cut_compound(word: str, counts: WordCounts) -> list[int]:
    """The pinyin words of one dictionary word of a name: four characters cut into two words of two (北京大学
    Běijīng Dàxué, 人民银行 Rénmín Yínháng; a transliteration kept whole: 乌鲁木齐 Wūlǔmùqí), a longer one before its
    head word (`_HEADS`: 读卖|新闻) or a generic suffix kept on the word before it (交通运输部 Jiāotōng Yùnshūbù)."""
    from zhgloss.segment import segment
    from zhgloss.unknown import _TRANSLIT_RUN_CHARS

    if all(c in _TRANSLIT_RUN_CHARS for c in word) or len(word) < 4:
        return [len(word)]
    if word[-2:] in _HEADS:
        return [*_cut_compound(word[:-2], counts), 2] if len(word) > 4 else [2, 2]
    if word[-1] in _SUFFIXES and len(word) >= 5:
        *rest, last = _cut_compound(word[:-1], counts)
        return [*rest, last + 1]
    parts = segment(word, (), counts, whole=False) if len(word) == 4 else []
    return [2, 2] if len(parts) == 2 and all(e - s == 2 for s, e in parts) else [len(word)]


def _runs(text: str) -> list[str]:
    """Split `text` into runs of Chinese characters, of spaces, and of anything else ("小米SU7" -> 小米, SU7)."""
    runs: list[str] = []
    kind = None
    for char in text:
        this = "cjk" if is_cjk(char) else "space" if char.isspace() else "other"
        if runs and this == kind:
            runs[-1] += char
        else:
            runs.append(char)
        kind = this
    return runs


def possible_readings(text: str, *, person: bool = False) -> list[tuple[str, frozenset[str]]]:
    """Return, for each Chinese character of `text`, the numbered readings that are right for it.

    A character may be read as pypinyin reads it in context or by any reading pypinyin lists
    for it (polyphones). For a person (`person`), the surname's characters may be read only
    by the surname's own readings (`surname_readings`: surnames.tsv's and CC-CEDICT's; 曾 Zēng, never céng).
    """
    from zhgloss.convert import to_simplified

    chars = [c for c in normalize(text) if is_cjk(c)]
    if not chars:
        return []
    original = "".join(chars)
    simplified = to_simplified(original)
    if len(simplified) != len(original):
        simplified = original
    try:
        in_context = _read(text, simplified)
    except RomanizationError:
        if simplified == original:
            raise
        # OpenCC simplifies 蟜 to 𫊸 (Unicode's extension E), which pypinyin cannot read: read the character given.
        simplified = original
        in_context = _read(text, original)
    allowed = [
        {s} | set(heteronyms(o)) | set(heteronyms(c)) for o, c, s in zip(original, simplified, in_context, strict=True)
    ]
    if person and not has_name_separator(text):
        found = find_surname(original)
        if found is None and (found := find_surname(simplified)) is not None:
            # The simplified form's surname rules only where the character written is that surname's own (劉 for
            # 刘): 乾 written for 干 is another character, 干's traditional form being 干 (干寶, surnames.tsv), so
            # 乾宝 reads as it is written, Qián or Gān, not as the surname 干 Gān alone (user finding U22).
            written = original[: len(found.zh)]
            if written not in (found.zh, found.zh_hant):
                found = None
        if found is not None:
            readings = surname_readings(found)
            for i in range(len(found.zh)):
                allowed[i] = {r[i] for r in readings}
    return [(o, frozenset(a)) for o, a in zip(original, allowed, strict=True)]


def en_matches_pinyin(en: str, pinyin: str) -> bool:
    """Tell whether English `en` spells pinyin `pinyin` without tones, in either name order.

    "Lei Jun", "LEI Jun", "Jun Lei" and "Lei Jun" all match "Léi Jūn"; "Lu Weibing" and
    "Lu Wei-bing" match "Lú Wěibīng"; ü may be written u, v or yu (Lü, Lu, Lv, Lyu), yu only where
    the 2021 passport rule writes it ("Lyu Luede", not "Lyu Lyuede", for "Lǚ Lüèdé").
    "Jack Ma" does not match "Mǎ Yún".
    """
    from zhgloss.forms import umlaut_spellings

    words = [pinyin_key(w) for w in pinyin.split() if pinyin_key(w)]
    if not words:
        return False
    target = en_key(en)
    orders = [words, words[1:] + words[:1]]
    for ordered in orders:
        joined = "".join(ordered)
        if "v" not in joined:
            if joined == target:
                return True
            continue
        # ü as u, v, or by the 2021 passport rule (yu in lü/nü, u in lüe/nüe): zhgloss.forms decides.
        umlauted = joined.replace("v", "ü")
        if any(en_key(spelled) == target for spelled in (umlauted, *umlaut_spellings(umlauted))):
            return True
    return False


def reading_table() -> str:
    """Return every toneless reading of every character pypinyin knows, one "\\n" + character + readings each.

    Readings are comma-separated, most common first, ü written v ("\\n吕lv"); the search index
    stores this text so that a Chinese query is read aloud without importing pypinyin. It comes
    from the user's cache folder (`_readings`): building it imports pypinyin's dictionary.
    """
    return _readings()[0]


def to_pinyin_syllables_of(texts: Sequence[str]) -> list[list[str]]:
    """Return `to_pinyin_syllables` of each of `texts`, without importing pypinyin where its tables prove it.

    pypinyin reads a run of characters by phrases (its phrases_dict, matched as it segments the run),
    and every other character by its first reading. Where no phrase whose reading differs from its
    characters' first readings occurs in a text (nearly every text), it reads each character so: the
    first readings, as pypinyin's own NORMAL style writes them, come from the user's cache folder
    (`_readings`). Importing pypinyin and segmenting with it cost a search index build ~0.4 s
    for the few entries without stored pinyin. A test holds the two equal on every character and
    every phrase pypinyin knows.
    """
    _, first, differing, longest = _readings()
    out: list[list[str]] = []
    for text in texts:
        chinese = "".join(c if is_cjk(c) else " " for c in text)
        if any(
            chinese[start:end] in differing
            for start in range(len(chinese) - 1)
            for end in range(start + 2, min(len(chinese), start + longest) + 1)
        ):
            out.append(to_pinyin_syllables(text))
        else:
            out.append([reading for reading in map(first.get, chinese) if reading])
    return out


@lru_cache(maxsize=1)
def _readings() -> tuple[str, dict[str, str], frozenset[str], int]:
    """`reading_table`, each character's first reading (`to_pinyin_syllables` of it alone), the phrases pypinyin
    reads otherwise than by those, and the longest of them; kept in the user's cache folder per pypinyin version."""
    import importlib.util

    from zhgloss.cache import load_data_cached

    spec = importlib.util.find_spec("pypinyin")  # the package's folder, without importing it
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    sources = [folder / name for name in ("__init__.py", "pinyin_dict.py", "phrases_dict.py")] if folder else []
    table, first, differing = load_data_cached("pinyin-readings-v1", sources, _build_readings)
    return table, first, frozenset(differing), max(map(len, differing), default=0)


@lru_cache(maxsize=1)
def _build_readings() -> tuple[str, dict[str, str], list[str]]:
    """Build `_readings`' tables from pypinyin's dictionaries, readings written by its own NORMAL style."""
    from pypinyin import Style
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    marked = {c for readings in pinyin_dict.values() for c in readings if not c.isascii()}
    plain = str.maketrans({c: pinyin_key("u" + c if c == "\u0308" else c) for c in marked})
    lines = []
    for code, readings in sorted(pinyin_dict.items()):
        toneless = dict.fromkeys(r for r in readings.translate(plain).split(",") if r)
        lines.append(f"\n{chr(code)}{','.join(toneless)}")

    @cache
    def normal(syllable: str) -> str:
        written: str = convert(syllable, Style.NORMAL, strict=True)
        return written if written.isalpha() else ""

    first = {
        chr(code): normal(readings.split(",")[0])
        for code, readings in pinyin_dict.items()
        if is_cjk(chr(code)) and normal(readings.split(",")[0])
    }
    differing = [
        phrase
        for phrase, readings in phrases_dict.items()
        if [r for r in (normal(item[0]) for item in readings) if r] != [r for r in map(first.get, phrase) if r]
    ]
    return "".join(lines), first, differing

"""Tell the legacy Chinese encoding of bytes that are not UTF-8: GB18030 (GBK, GB2312) or Big5 (cp950, Big5-HKSCS).

Excel ("CSV") and Notepad ("ANSI") on Chinese Windows save in the system's code page: GBK on the
mainland, Big5 (cp950) in Taiwan, Big5-HKSCS in Hong Kong. Both are two-byte codes over much the
same byte ranges, so most short Big5 text decodes as GB18030 too, and the other way round, each
time as other Chinese characters: Big5's 韓國瑜 is GB18030's 龙瓣缝, GBK's 丁丁 is Big5's 間間. No
byte rule tells them apart (user finding U33-3: the old one, "GB18030 if it stays inside GB2312",
stored 韓國瑜 as 龙瓣缝 and read 1,313 of 14,275 one-name Big5 sheets of CC-CEDICT's names so).

So each decoding is read as Chinese and the likelier one wins (`rank_decodings`): its score is the
log-probability of its Han text under jieba's word counts (`zhgloss.segment`: the most probable cut
into words, a character the dictionary lacks counted once), a Big5 reading put into simplified
characters first (OpenCC's t2s, as the counts are simplified), and a fixed cost for each other
character that is not ASCII: little for the punctuation Chinese text uses, much for kana, Greek,
Cyrillic, box drawing and symbols (what a wrong decoding gives mid-word), most for private use. A
real sheet is many times likelier in its own encoding: a ratio under CLEAR_MARGIN (short text whose
two readings are both plausible) is no decision (`AmbiguousEncodingError`).

A statistical detector (charset-normalizer) was not used: on a few short lines of Chinese it names
a Korean or Japanese codec, whose byte ranges overlap these.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from math import log10

from zhgloss.errors import FormatError

GB = "gb18030"
BIG5_CODECS = ("big5", "cp950", "big5hkscs")
"""The Big5 family, tried in this order; the first that decodes the bytes is the one named. Python's big5 is the
standard set; cp950 adds Microsoft's (碁, 銹, €) and big5hkscs Hong Kong's (堃, 綫)."""

CLEAR_MARGIN = 4.0
"""How much likelier (log10: 10,000 times) the best reading must be than the next for the guess to stand.

On one-name sheets of CC-CEDICT's names (header zh,en; 11,856 in Big5, 11,917 in GBK) no reading at or
past this margin was the wrong one; under it fell 5% of the Big5 and 14% of the GBK ones, and 0.5% of
two-name sheets, none of three names or more."""

CHINESE_FLOOR = -5.5
"""The least score a character (not ASCII) of Chinese text averages: below it a reading is no Chinese.

Chinese prose averages -2 to -3, a sheet of rare place names -5 (45 of CC-CEDICT's 11,856 names, one a sheet, fall
under it); Japanese in Shift_JIS read as GB18030 averages -7.5, in EUC-JP read as Big5 -5.6. (Korean in EUC-KR is
Hangul where GB2312 has its commonest characters, and reads as Chinese of -5.)"""

IMPORT_FLOOR = -6.5
"""The floor (`CHINESE_FLOOR`) a file to import is held to: lower, as a term sheet of rare place names is no prose; 2 of
CC-CEDICT's 11,856 Big5 names and 5 of 11,917 GBK ones, one a sheet, fall under it (then refused, with the way
out). A Shift_JIS sheet of Japanese place names read as GB18030 scores -6.9 (the reviewer's R16: stored as 搶嫗搒, exit
0)."""

SCORED_CHARS = 20_000
"""How much of each reading is scored: a term sheet's first few hundred rows say which it is."""

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
_CONVERTED_RUN = 64
"""The longest run of Han characters converted at once (`opencc_table.convert`'s MAX_LENGTH)."""
_CHINESE_PUNCTUATION = frozenset("，。、：；（）《》〈〉「」『』“”‘’！？…—·\u3000\uff5e")
_PUNCTUATION_COST = -2.0
_OTHER_FULL_WIDTH_COST = -4.0
_SYMBOL_COST = -9.0
"""Kana, Greek, Cyrillic, box drawing, Latin with marks: about what a character the dictionary lacks costs."""
_PRIVATE_USE_COST = -30.0
"""A private-use character is no text at all: GB18030 gives one for Big5 bytes it has no character for."""


@dataclass(frozen=True)
class Reading:
    """One decoding of the bytes: the encoding, the text, and how likely the text is as Chinese (log10)."""

    encoding: str
    text: str
    score: float


class AmbiguousEncodingError(FormatError):
    """The bytes read as Chinese in two encodings, neither clearly likelier; `readings` holds both, best first."""

    def __init__(self, source: str, readings: Sequence[Reading]) -> None:
        first, second = readings[0], readings[1]
        line, shown = _first_difference(first.text, second.text)
        if any(reading.encoding == "utf-8" for reading in readings):
            # Two-byte UTF-8 characters alone in their cells (`is_two_byte_utf8_text`) against a Chinese encoding.
            said = " or as ".join(
                f"{_label(reading.encoding)} ({_first_difference(reading.text, other.text)[1][0]!r})"
                for reading, other in ((reading, second if reading is first else first) for reading in readings)
            )
            message = f"reads as {said}: its bytes cannot tell which; say its encoding, or save it as UTF-8"
        else:
            message = (
                f"is not UTF-8, and its Chinese reads as {_label(first.encoding)} ({shown[0]!r}) or as "
                f"{_label(second.encoding)} ({shown[1]!r}) alike; say which it is, or save it as UTF-8"
            )
        super().__init__(source, message, line)
        self.readings = tuple(readings)


class NotChineseError(FormatError):
    """The bytes decode as GB18030 or Big5 but read as no Chinese there (Japanese in Shift_JIS, a Western code page):
    `reading` is the likeliest of them."""

    def __init__(self, source: str, reading: Reading) -> None:
        lines = enumerate(reading.text.split("\n"), 1)
        line, sample = next(((n, run.group()) for n, text in lines if (run := _NON_ASCII.search(text))), (1, ""))
        super().__init__(
            source,
            f"is not UTF-8, and reads as no Chinese in GB18030 or Big5 ({sample!r} as {_label(reading.encoding)}); "
            "say its encoding, or save it as UTF-8",
            line,
        )
        self.reading = reading


def _label(encoding: str) -> str:
    return {
        "gb18030": "GB18030",
        "big5": "Big5",
        "cp950": "Big5 (cp950)",
        "big5hkscs": "Big5-HKSCS",
        "utf-8": "UTF-8",
    }[encoding]


def _first_difference(first: str, second: str) -> tuple[int, tuple[str, str]]:
    """The first line where two readings differ (1-based) and the first run of characters that are not ASCII that
    each reads otherwise there (the cell of a table, the term of a TBX line: ASCII bytes read alike in both)."""
    for number, (one, other) in enumerate(zip(first.split("\n"), second.split("\n"), strict=False), 1):
        if one != other:
            runs = zip(_NON_ASCII.findall(one), _NON_ASCII.findall(other), strict=False)
            differing = [(a, b) for a, b in runs if a != b] or [(one.strip()[:40], other.strip()[:40])]
            return number, differing[0]
    return 1, (first[:20], second[:20])


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def decodings(raw: bytes, final: bool = True) -> list[tuple[str, str]]:
    """The decodings of `raw` as GB18030 and as the first of the Big5 family that reads it, as (encoding, text).

    With `final` false, a character cut in two at the end of `raw` is no error (a head of a longer input).
    """
    found: list[tuple[str, str]] = []
    for encoding in (GB, *BIG5_CODECS):
        if encoding != GB and any(name != GB for name, _ in found):
            break
        try:
            found.append((encoding, codecs.getincrementaldecoder(encoding)().decode(raw, final)))
        except UnicodeDecodeError:
            continue
    return found


def rank_decodings(raw: bytes, final: bool = True) -> list[Reading]:
    """The readings of `raw` (see `decodings`), likeliest as Chinese first."""
    readings = [
        Reading(encoding, text, chinese_score(text[:SCORED_CHARS], encoding != GB))
        for encoding, text in decodings(raw, final)
    ]
    return sorted(readings, key=lambda reading: -reading.score)


def choose(raw: bytes, source: str, final: bool = True) -> Reading | None:
    """The reading of `raw` to use: the only one, or the clearly likeliest; None if neither encoding decodes it.

    Raise AmbiguousEncodingError when both read as Chinese and neither is CLEAR_MARGIN likelier.
    """
    readings = rank_decodings(raw, final)
    if not readings:
        return None
    if not reads_as_chinese(readings[0], IMPORT_FLOOR):
        raise NotChineseError(source, readings[0])
    close = len(readings) > 1 and readings[0].score - readings[1].score < CLEAR_MARGIN
    if close and all(_HAN.search(reading.text) for reading in readings[:2]):
        spelt = [spelt_runs(reading.text) for reading in readings[:2]]
        if spelt[0] != spelt[1]:
            return readings[0] if spelt[0] > spelt[1] else readings[1]
        raise AmbiguousEncodingError(source, readings)
    return readings[0]


def spelt_runs(text: str) -> int:
    """How many runs of Chinese characters in `text` a line of it also spells in Latin letters, syllable by syllable
    (a reading of each character, tones aside: 谢 beside "Xie", 曹植 beside "Cao Zhi"): the tie-break of two readings
    of a short sheet that read as Chinese alike (R35-9: a GBK sheet of 谢, 毛 and 卢 with their pinyin is GB18030,
    whose characters the English column spells, not Big5's 郅, 簧 ...). Only the first SCORED_CHARS are read."""
    from zhgloss.pinyin import heteronyms

    found = 0
    for line in text[:SCORED_CHARS].split("\n"):
        letters = re.sub(r"[^a-z]", "", line.lower())
        if not letters:
            continue
        for run in _HAN.findall(line):
            if len(run) > 8:
                continue
            pattern = ""
            for char in run:
                readings = {reading.rstrip("12345").replace("v", "u") for reading in heteronyms(char)}
                if not readings:
                    break
                pattern += "(?:" + "|".join(sorted(readings)) + ")"
            else:
                if re.search(pattern, letters):
                    found += 1
    return found


def reads_as_chinese(reading: Reading, floor: float = CHINESE_FLOOR) -> bool:
    """Tell whether `reading` scores as Chinese text does (`floor` a character that is not ASCII)."""
    scored = reading.text[:SCORED_CHARS]
    return reading.score >= floor * sum(1 for char in scored if char >= "\x80")


def chinese_score(text: str, traditional: bool) -> float:
    """Return how likely `text` is as Chinese (log10; higher is likelier); ASCII costs nothing.

    A `traditional` reading (Big5's) is put into simplified characters first, as the word counts are.
    """
    from zhgloss.opencc_table import convert
    from zhgloss.segment import bundled_counts

    counts = bundled_counts()
    log_total = log10(counts.total)
    score = 0.0
    done = 0
    for match in _HAN.finditer(text):
        score += _others_score(text[done : match.start()])
        done = match.end()
        run = match.group()
        for start in range(0, len(run), _CONVERTED_RUN):
            piece = run[start : start + _CONVERTED_RUN]
            if traditional:
                piece = convert(piece, "t2s") or piece
            score += _best_cut(piece, counts.get, log_total)
    return score + _others_score(text[done:])


def _best_cut(run: str, get: Callable[[str], int], log_total: float) -> float:
    """The log10-probability of the most probable cut of Han `run` into the dictionary's words (jieba's calc), each
    word's count by `get`."""
    from zhgloss.segment import MAX_WORD

    best = [0.0] + [float("-inf")] * len(run)
    for end in range(1, len(run) + 1):
        for length in range(1, min(MAX_WORD, end) + 1):
            found = get(run[end - length : end])
            if not found:
                if length > 1:
                    continue
                found = 1  # a character the dictionary lacks, counted once (as segment counts it)
            score = best[end - length] + log10(found) - log_total
            if score > best[end]:
                best[end] = score
    return best[-1]


def _others_score(text: str) -> float:
    """The cost of the characters of `text` that are neither ASCII nor Han."""
    score = 0.0
    for char in text:
        if char < "\x80":
            continue
        code = ord(char)
        if char in _CHINESE_PUNCTUATION:
            score += _PUNCTUATION_COST
        elif 0xE000 <= code <= 0xF8FF:
            score += _PRIVATE_USE_COST
        elif 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
            score += _OTHER_FULL_WIDTH_COST
        else:
            score += _SYMBOL_COST
    return score


def is_two_byte_utf8_text(text: str) -> bool:
    """Tell whether `text`, the UTF-8 reading of bytes whose every character beyond ASCII is one of two bytes
    (U+0080-U+07FF: no Chinese), is text rather than a two-byte Chinese encoding read as UTF-8.

    Every such pair of bytes (a lead C2-DF, a trail 80-BF) is also one character of GBK and of Big5, so a sheet of
    one character a cell decodes as UTF-8 too: GBK's 谢 肖 毛 卢 are UTF-8's л Ф ë ¬ (tester finding, s34). The bytes
    tell which it is by where those characters stand: in UTF-8 text each is a letter inside a word of one script
    (Zürich, Lǚ Bù, Αθήνα; ASCII letters only beside Latin ones), a combining mark after a letter, or a sign of
    Latin-1 (° ½ · ® £, a no-break space) beside a letter, a digit or a space (50°, 1½, Xiaomi®); a letter alone
    between separators, letters of two scripts in one word, a non-Latin letter beside ASCII ones, a sign standing
    alone, or another character is what a Chinese encoding read as UTF-8 gives.
    """
    import unicodedata

    for word in re.split(r"[^\w\u0300-\u036f]+|_", text):
        scripts = {unicodedata.name(char, "?").split()[0] for char in word if char >= "\x80" and char.isalpha()}
        if word and unicodedata.combining(word[0]):
            return False
        if not scripts:
            continue
        if len(word) < 2 or len(scripts) > 1:
            return False
        if scripts != {"LATIN"} and any(char.isascii() for char in word):
            return False
        if scripts != {"LATIN"} and any(one.islower() and two.isupper() for one, two in pairwise(word)):
            return False  # лФ: GBK's 谢肖
    for at, char in enumerate(text):
        if unicodedata.combining(char):
            # A mark follows a letter: a generic one (U+0300-U+036F: Lu + U+0308) any letter, a script's own (Arabic's,
            # Hebrew's) a letter of that script.
            before = text[at - 1 : at]
            if not before.isalpha() and not (before and unicodedata.combining(before)):
                return False
            if not "\u0300" <= char <= "\u036f" and (
                before.isascii() or unicodedata.name(before, "?").split()[0] != unicodedata.name(char, "?").split()[0]
            ):
                return False
            continue
        if char < "\x80" or char.isalpha() or char == "\u00a0":
            continue
        if not "\u00a0" <= char <= "\u00bf":
            return False
        beside = text[at - 1 : at] + text[at + 1 : at + 2]
        if not any(other == " " or other.isalpha() or other.isdigit() for other in beside):
            return False
    return True

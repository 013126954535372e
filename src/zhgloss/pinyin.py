"""Pinyin: tone marks and tone numbers, and reading Chinese characters aloud.

This is the only module that imports pypinyin, and only inside the functions
that need it: importing pypinyin loads several MB of dictionaries, and the
tone conversions below are used on fast paths that must not pay for that.
"""

from __future__ import annotations

import re
import unicodedata

from zhgloss.errors import InvalidEntryError

_MARK_FOR_TONE = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}
_TONE_FOR_MARK = {v: k for k, v in _MARK_FOR_TONE.items()}
_NUMBERED_SYLLABLE_RE = re.compile(r"([A-Za-züÜv:]+)([1-5])")
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
    syllables = split_syllables(plain)
    result, pos = [], 0
    for syllable in syllables:
        tone = next((t for t in tones[pos : pos + len(syllable)] if t), "5")
        result.append(syllable + tone)
        pos += len(syllable)
    return result


def split_syllables(plain: str) -> list[str]:
    """Split toneless pinyin letters into syllables, longest valid syllable first ("xiaomi" -> ["xiao", "mi"]).

    Letters that form no syllable are kept as one piece.
    """
    from zhgloss.syllables import SYLLABLES

    out: list[str] = []
    i = 0
    while i < len(plain):
        for size in range(min(6, len(plain) - i), 0, -1):
            piece = plain[i : i + size]
            rest = plain[i + size : i + size + 1]
            # Don't take a final n/g that the next syllable needs as its initial ("xian" + "g..." is fine,
            # but "fangan" is "fang'an" only with an apostrophe; without one, pinyin reads "fan'gan" rarely).
            if piece in SYLLABLES and not (size > 1 and rest and rest in _VOWELS and piece[-1] in "ng" and piece[:-1] in SYLLABLES):
                out.append(piece)
                i += size
                break
        else:
            out.append(plain[i])
            i += 1
    return out


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

"""CC-CEDICT: read its lines (``Traditional Simplified [pin1 yin1] /gloss/gloss/``) as entries.

CC-CEDICT is CC BY-SA 4.0 (MDBG): a glossary built from it must credit it and
keep that licence, so every entry made here names it in `sources`.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple, TextIO

from zhgloss.errors import FormatError, InvalidEntryError
from zhgloss.model import Entry, slugify
from zhgloss.pinyin import is_pinyin_syllable, numbers_to_marks
from zhgloss.script import pinyin_key

CEDICT_SOURCE = "CC-CEDICT (MDBG), CC BY-SA 4.0"
LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
MAX_ALIASES = 6
_VOWEL_START = re.compile(r"^[aeoāáǎàēéěèōóǒò]", re.IGNORECASE)
# Glosses that are cross-references or grammar notes, not English renderings.
_NOT_A_RENDERING = re.compile(
    r"^(variant of|old variant of|see |see also|CL:|abbr\. for|surname |Taiwan pr\.|also pr\.|also written)"
)


class CedictLine(NamedTuple):
    """One parsed CC-CEDICT line."""

    zh_hant: str
    zh: str
    pinyin_numbered: str
    glosses: tuple[str, ...]
    line: int

    @property
    def is_proper_name(self) -> bool:
        """Tell whether the line is a proper name: CC-CEDICT capitalises the pinyin of names."""
        return self.pinyin_numbered[:1].isupper()


def iter_lines(lines: Iterable[str], source: str = "<cedict>") -> Iterator[CedictLine]:
    """Parse CC-CEDICT lines, skipping comments; raise FormatError with the line number on a bad one."""
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        match = LINE_RE.match(line)
        if match is None:
            raise FormatError(source, "not a CC-CEDICT line (Traditional Simplified [pin1 yin1] /gloss/)", number)
        hant, hans, numbered, glosses = match.groups()
        yield CedictLine(hant, hans, numbered, tuple(g for g in glosses.split("/") if g), number)


def written_pinyin(numbered: str) -> str | None:
    """Write CC-CEDICT's numbered syllables as pinyin words: "Liu2 Qiang2 dong1" -> "Liú Qiángdōng".

    A capitalised syllable starts a new word (CC-CEDICT capitalises each part of a name);
    the syllables of a common word are joined ("xiao3 mi3" -> "xiǎomǐ"), with an apostrophe
    before a syllable starting with a, o or e. Return None when a numbered syllable is no
    pinyin: CC-CEDICT writes "xx5" for a character with no Mandarin reading (Korean and
    Japanese characters), and half a reading is worse than none. Erhua's "r5" is kept.
    """
    words: list[str] = []
    for token in numbered.replace("u:", "ü").replace("U:", "Ü").split():
        marked = _marked(token)
        if marked is None:
            return None
        if not words or token[:1].isupper() or not token[:1].isalpha() or not words[-1][-1:].isalpha():
            words.append(marked)
        else:
            words[-1] += ("'" if _VOWEL_START.match(marked) else "") + marked
    text = " ".join(words)
    return re.sub(r"\s*([,·])\s*", r"\1 ", text).replace("· ", "·").strip()


# CC-CEDICT uses about 1,700 distinct numbered syllables for its 300,000 tokens.
@functools.lru_cache(maxsize=8192)
def _marked(token: str) -> str | None:
    """Return a numbered syllable with its tone mark, a token without a tone number as it is, or None."""
    if token[-1:].isdigit():
        toneless = token[:-1].lower().replace("ü", "v")
        # Erhua: "wan2 r5" is written "wánr".
        if toneless != "r" and not is_pinyin_syllable(toneless):
            return None
    return numbers_to_marks(token)


def _renderings(glosses: Iterable[str]) -> list[str]:
    out: list[str] = []
    for gloss in glosses:
        text = re.sub(r"\s*\([^)]*\)\s*$", "", gloss).strip() if not gloss.startswith("(") else gloss.strip()
        if text and not _NOT_A_RENDERING.match(text) and text not in out:
            out.append(text)
    return out


def entry_id(line: CedictLine) -> str:
    """A stable id for a CC-CEDICT headword: its toneless pinyin and a short hash of the characters."""
    digest = hashlib.sha1(f"{line.zh}|{line.zh_hant}".encode()).hexdigest()[:6]
    numbered = line.pinyin_numbered
    if numbered.isascii():
        # The same key as pinyin_key gives for ASCII, without its Unicode work (a third of the
        # ids' cost on all of CC-CEDICT); the key is then letters only, so it is its own slug.
        key = "".join(c for c in numbered.lower().replace("u:", "v") if c.isalpha())
    else:
        key = slugify(pinyin_key(numbered))
    return f"{key[:40] or 'x'}-{digest}"


def load_cedict(fp: TextIO, *, proper_only: bool = False, source: str = "<cedict>") -> Iterator[Entry]:
    """Read CC-CEDICT from `fp` as entries, one per simplified headword (later readings become aliases).

    `proper_only` keeps only proper names. Lines with no usable English rendering are skipped.
    """
    merged: dict[str, tuple[CedictLine, list[str], set[str]]] = {}
    for line in iter_lines(fp, source):
        if proper_only and not line.is_proper_name:
            continue
        renderings = _renderings(line.glosses)
        if line.zh in merged:
            _first, english, hant = merged[line.zh]
            if not english and renderings:
                # The first reading gave no English ("年 [Nian2] /surname Nian/"): the entry's type,
                # pinyin and traditional form come from the first reading that does ("year").
                merged[line.zh] = (line, english, hant)
            english.extend(r for r in renderings if r not in english)
            hant.add(line.zh_hant)
        else:
            merged[line.zh] = (line, renderings, {line.zh_hant})
    for zh, (line, english, hant) in merged.items():
        if not english:
            continue
        note = None
        if line.is_proper_name and ", " in english[0]:
            # "Xiaomi, Chinese electronics company founded in 2010": the name, then a description.
            note = english[0]
            english[0] = english[0].split(", ", 1)[0]
        try:
            entry = Entry(
                id=entry_id(line),
                type="name" if line.is_proper_name else "term",
                zh=zh,
                zh_hant=line.zh_hant if line.zh_hant != zh else None,
                zh_aliases=tuple(sorted(h for h in hant if h not in (zh, line.zh_hant))),
                pinyin=written_pinyin(line.pinyin_numbered),
                en=english[0][:200],
                aliases=tuple(e[:200] for e in english[1 : 1 + MAX_ALIASES]),
                en_adopted=True,
                note=note,
                sources=(CEDICT_SOURCE,),
            )
        except InvalidEntryError as exc:
            # A bad character or field is a fault of the file, reported with its line as any other.
            raise FormatError(source, f"invalid entry: {exc}", line.line) from None
        yield entry

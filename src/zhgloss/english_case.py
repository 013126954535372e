"""At a sentence's start a capital says nothing: an ordinary English word there is no name.

English capitalises a sentence's first word, so "Time is running out", "Rice prices rose" and
"Doors open at seven" write the ordinary words time, rice and doors as a name would be written.
A glossary imported from CC-CEDICT holds one-word English names that are also such words (时代
"Time" the magazine, 赖斯 "Rice", 大门 "Doors"), and annotate glossed each of those sentences. The
rule, the English twin of the Chinese common-word rule (`zhgloss.glossable`): a one-word English
match that starts a sentence, and whose word English writes mostly in lower case, is not glossed,
unless

- the same line (paragraph) writes the word capitalised where no sentence starts (it calls
  something by that name: "Apple said on Monday ... shares of Apple rose"), or
- the entry lists the form in `safe_forms` (the bundled glossary's "Apple"), or is marked
  `always_gloss`: a user's word that the form names this entry wherever it stands.

A sentence starts at the start of the text or of a line, and after ".", "!", "?", "…" or a Chinese full stop, "！" or
"？" followed by white space (closing quotes and brackets may sit between), with opening quotes and brackets skipped;
so does what follows a colon and white space, a full-width colon or an em dash (white space or none) and a spaced en
dash: English capitalises there the first word of a sentence ("The advice was simple — Cook the noodles", "Her
message was clear: Brown rice is cheaper"), and a one-word name after them is named elsewhere or safe as at any
sentence's start. A full stop after a title ("Mr.", "Dr.", "St."), an initial ("J.") or a dotted abbreviation
("U.S.") ends no sentence.

Which words English writes mostly in lower case: data/english_lower_words.txt, built by
scripts/build_english_lower_words.py from CC-CEDICT's English glosses (CC BY-SA 4.0): words met in
lower case at least three times and more often so than capitalised (time, rice, apple, jack; not
China, Turkey, William). The cost, for a one-word given name that is also a word: "Jack said hello"
glosses no Jack; "Then Jack said hello" does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

from zhgloss.document import Lines

Span = tuple[int, int, int]

_first = itemgetter(0)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

LOWER_WORDS_PATH = Path(__file__).resolve().parent / "data" / "english_lower_words.txt"

_SENTENCE_START = (
    r"(?:^[ \t]*|(?<=[.!?…])[\"'”’)\]]*[ \t\u00a0]+|(?<=[。！？])[”’）」』]*[ \t\u00a0]*"
    r"|(?<=:)[ \t\u00a0]+|(?<=[：—])[ \t\u00a0]*|(?<= –)[ \t\u00a0]+)[\"'“‘(\[«]*(?=[A-Z])"
)
"""Where a sentence's first word starts (the match's end), in a line or a longer text (re.MULTILINE)."""


@cache
def _sentence_start_re() -> re.Pattern[str]:
    """`_SENTENCE_START`, compiled on first use: every annotate imports this module, few texts ask it (~0.7 ms)."""
    return re.compile(_SENTENCE_START, re.MULTILINE)


_TITLES = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "capt", "cmdr", "sgt", "rev"}
    | {"hon", "jr", "sr", "mt", "ft", "fr", "pres", "no", "nos", "vs"}
)
"""Abbreviations a full stop ends and a name may follow ("Mr. Green", "St. Paul"): no sentence ends there."""


@cache
def lower_words() -> frozenset[str]:
    """The words English writes mostly in lower case, in lower case (data/english_lower_words.txt)."""
    with LOWER_WORDS_PATH.open(encoding="utf-8") as fp:
        return frozenset(line.strip() for line in fp if line.strip() and not line.startswith("#"))


def sentence_starts(text: str, begin: int = 0, end: int | None = None) -> set[int]:
    """Return the offsets in `text` where a sentence's first word (a capital letter) starts, as the module says.

    `begin`, `end`: only the offsets of text[begin:end] are looked at, where `begin` starts a line (0 or right after
    a line break) and `end` ends one (a line break's offset, or len(text)). No sentence start depends on another
    line, so a line's starts are the same read alone as in the whole text.
    """
    starts = set()
    for match in _sentence_start_re().finditer(text, begin, len(text) if end is None else end):
        stop = match.start() - 1
        if stop >= 0 and text[stop] == ".":
            at = stop
            while at and (text[at - 1].isalpha() or text[at - 1] == "."):
                at -= 1
            if _abbreviation(text[at:stop]):
                continue
        starts.add(match.end())
    return starts


def _abbreviation(word: str) -> bool:
    """Tell whether `word`, written before a full stop, is an abbreviation the stop belongs to: a title, an initial, or
    a dotted abbreviation (the "U.S" of "U.S.")."""
    return len(word) == 1 or "." in word or word.lower() in _TITLES


def ordinary_at_start(text: str, found: Sequence[Span], safe: Callable[[int, str], bool]) -> list[Span]:
    """Return `found` without the matches whose capital only starts a sentence.

    `text` is the text matched; `found` its matches, (start, end, value) triples in offsets of `text`;
    `safe(value, form)` tells whether the entry of match value `value` says `form` is glossed wherever it stands.
    A match is dropped when it is one word (letters and apostrophes only), starts a sentence, its word is
    in `lower_words()`, the text writes the same word nowhere else where no sentence starts, and it is not safe.
    Only the lines of the matches that start with a capital letter are read for their sentences' starts (a
    Chinese text with a few English names in it is not scanned whole).
    """
    # A sentence starts at a capital A-Z (`_SENTENCE_START`): the other matches are picked out in C.
    capitalised = compress(found, map(_CAPITALS.__contains__, map(text.__getitem__, map(_first, found))))
    held: list[Span] = []
    line_starts: dict[int, set[int]] = {}  # a line's first offset -> its sentences' starts
    # (a line's first offset, a word) -> whether the line writes the word where no sentence starts: asked once per
    # line and word, and each line's bounds by a bisection (`Lines`), not a scan of the line per match, which made
    # one long line of English quadratic (issue 9: 4,000 sentences on one line took 77 s, one per line 0.2 s).
    elsewhere: dict[tuple[int, str], bool] = {}
    bounds: Callable[[int], tuple[int, int]] | None = None
    for s, e, value in capitalised:
        word = text[s:e]
        if not word.replace("'", "").replace("\u2019", "").isalpha() or word.lower() not in lower_words():
            continue
        if bounds is None:
            bounds = Lines(text).bounds
        begin, end = bounds(s)
        if _in_capitals(text, word, begin, end):
            continue
        starts = line_starts.get(begin)
        if starts is None:
            starts = line_starts[begin] = sentence_starts(text, begin, end)
        if s not in starts:
            continue
        named = elsewhere.get((begin, word))
        if named is None:
            named = elsewhere[begin, word] = _named_elsewhere(text, word, begin, end, starts)
        if not named and not safe(value, word):
            held.append((s, e, value))
    if not held:
        return list(found)
    dropped = set(held)
    return [span for span in found if span not in dropped]


def is_ordinary_at(text: str, s: int, e: int, starts: set[int] | None = None) -> bool:
    """Tell whether text[s:e] is one ordinary English word whose capital only starts a sentence.

    `s`, `e` are offsets of `text`; `starts` is `sentence_starts(text)` when the caller has it. True when the
    word (letters and apostrophes only) starts a sentence, is in `lower_words()`, and the line writes it
    nowhere else where no sentence starts. The entry's own say (`safe_forms`, `always_gloss`) is the caller's.
    """
    if starts is None:
        starts = sentence_starts(text)
    if s not in starts:
        return False
    word = text[s:e]
    if not word.replace("'", "").replace("\u2019", "").isalpha() or word.lower() not in lower_words():
        return False
    end = text.find("\n", e)
    begin, end = text.rfind("\n", 0, s) + 1, len(text) if end < 0 else end
    return not _in_capitals(text, word, begin, end) and not _named_elsewhere(text, word, begin, end, starts)


_LOWER_CASE_RE = re.compile("[a-z]")


def _in_capitals(text: str, word: str, begin: int, end: int) -> bool:
    """Tell whether `word`, found in the line text[begin:end], is written in capitals (two letters or more) in a line
    that writes lower case: an initialism ("US officials said", "WHO warned on Monday", "IT spending rose"), never
    the ordinary word a capital starts ("us", "who", "it"), which English capitalises at a sentence's start by its
    first letter alone. A line all in capitals (a headline: "US AND CHINA TALK") says nothing by its case."""
    return len(word) > 1 and word.isupper() and _LOWER_CASE_RE.search(text, begin, end) is not None


def _named_elsewhere(text: str, word: str, begin: int, end: int, starts: set[int]) -> bool:
    """Tell whether the line text[begin:end] writes `word` (capitalised, as a whole word) where no sentence starts.
    The line, not the whole text: what annotate reads at once depends on how the input is cut."""
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
    return any(match.start() not in starts for match in pattern.finditer(text, begin, end))

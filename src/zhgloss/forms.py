"""Every way copy may write an entry's name, with its status: the one rule lookup, search, annotate and check share.

An entry in, its acceptable renderings out (`renderings`), each with a status:

* ``preferred``: the entry's `en`, exactly as stored ("Li Ka-shing").
* ``alias``: one of its `aliases`, exactly as stored ("Richard Liu").
* ``variant``: a preferred or alias form written differently only in spacing, hyphens,
  apostrophes, case, tone marks or ü (as u, v or yu): "Li Ka Shing", "Lei Busi" for
  "Leibusi", "Lyu Bu" and "Lu Bu" for "Lü Bu", "LEI JUN", "Léi Jūn".
* ``short``: a person's family name alone, as news copy writes it after the first full
  mention: the family name of the preferred form by the name's order ("Tsai" for Tsai
  Ing-wen, "Gou" for Terry Gou, "Lü", "Lyu" or "Lu" for Lü Bu), never the given name.
* ``forbidden``: a form the glossary says must not be used (the entry's `forbidden` list,
  when the glossary has one).

`status(entry, text)` answers for one text. Matching folds text with `fold_latin` (case,
tone marks, ü's dots, hyphens and apostrophes), so a variant is one of a finite set of
folded spellings: what the annotate engine can find in running text is exactly what this
module accepts. How each command treats each status is `LOOKUP_FINDS`, `ANNOTATE_MARKS`
and `check_kind`.

Sources: GB/T 28039-2011 (Chinese phonetic alphabet spelling rules for Chinese names:
§5.1.1 surname first, §5.1.2 double surnames hyphenated, §5.1.6 passports may write ü as
YU); the National Immigration Administration's notice of 29 September 2021 on printing ü
in travel documents (lü/nü -> LYU/NYU, lüe/nüe -> LUE/NUE).

Standard library only (and `zhgloss.syllables` data): lookup imports it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import eq, not_, or_
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from zhgloss.script import (
    NAME_GAPS,
    NAME_SEPARATORS,
    UNICODE_SPACES,
    en_key,
    fold_latin,
    has_cjk,
    is_cjk,
    pinyin_key,
)

if TYPE_CHECKING:
    from zhgloss.model import Entry, ForbiddenForm

Status = Literal["preferred", "alias", "variant", "short", "forbidden"]
STATUSES: tuple[Status, ...] = ("preferred", "alias", "variant", "short", "forbidden")

LOOKUP_FINDS: frozenset[Status] = frozenset({"preferred", "alias", "variant"})
"""Statuses `lookup` (and `search`, as its top hit) finds the entry by. A family name alone names
many people, so a short mention is found only in context (check), or among search's ranked hits."""

ANNOTATE_MARKS: frozenset[Status] = frozenset({"preferred", "alias", "variant"})
"""Statuses `annotate` glosses in running text (a family name alone is not glossed)."""

SPLIT_TYPES = frozenset({"person", "nickname"})
"""Entry types whose one-word pinyin forms are also written split at syllables ("Lei Busi" for "Leibusi")."""

WORDING_TYPES = frozenset({"phrase", "term"})
"""Entry types whose English is ordinary wording rather than a name (see `is_wording`)."""

MAX_SPELLINGS = 64
"""At most this many variant spellings are made of one form (a bound on annotate's automaton)."""

_ALTERNATIVES_PER_WORD = 8
_UMLAUT = "üÜ"


@dataclass(frozen=True, slots=True)
class Rendering:
    """One acceptable (or forbidden) way to write an entry's name.

    `text` is the rendering as written; `status` its status; `form` the glossary form it is
    a rendering of (the preferred form, an alias, the family name, or a forbidden form);
    `spelling` the listed rendering `text` folds to (itself for a listed one), whose capitals
    running text must keep (see `keeps_capitals`).
    """

    text: str
    status: Status
    form: str
    spelling: str = ""

    def __post_init__(self) -> None:
        if not self.spelling:
            object.__setattr__(self, "spelling", self.text)

    @property
    def exact(self) -> bool:
        """Tell whether the rendering is its glossary form letter for letter, but for its typesetting (`typeset_key`:
        "O’Neal" is "O'Neal")."""
        return self.text == self.form or typeset_key(self.text) == typeset_key(self.form)


def match_key(text: str) -> str:
    """Return the key renderings are compared by: `fold_latin` with spaces collapsed, ends stripped.

    "Li Ka-shing", "Li Ka Shing" and "LI KA SHING" share "li ka shing"; "Lǚ Bù" and "Lu Bu"
    share "lu bu"; "Lyu Bu" does not ("lyu bu": see `umlaut_spellings`).
    """
    return " ".join(fold_latin(unicodedata.normalize("NFC", text)).split())


# Characters that print as a twin of another and mean nothing else in a name: curly quotes and the modifier apostrophe
# for the straight ones ("Xi’an", "O’Neal"), the Unicode hyphens for "-" ("Li Ka-shing" with U+2011, the non-breaking
# hyphen word processors write), Unicode's spaces for " " (U+00A0 "Lei Jun", U+202F).
_TYPOGRAPHIC_TWINS = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"'}
    | dict.fromkeys("\u2010\u2011\u2012", "-")
    | dict.fromkeys(UNICODE_SPACES, " ")
)
_SUFFIX_WORDS = r"(?:Jr|Sr|Inc|Ltd|Esq|D\.C|DC)\.?"
"""The words a name ends on that US copy writes after a comma and others without: "Martin Luther King, Jr.",
"Washington, D.C.", "Apple, Inc." (AP and Chicago style) beside "Martin Luther King Jr." and "Washington D.C."
(CC-CEDICT's)."""
_COMMA_SUFFIX_RE = re.compile(rf"(?<=\S), ({_SUFFIX_WORDS})(?![\w.])")
_BARE_SUFFIX_RE = re.compile(rf"(?<=[^\s,]) ({_SUFFIX_WORDS})(?![\w.])")


def typeset_key(text: str) -> str:
    """`text` with what only its typesetting gives it undone: typographic twins written plain (’ as ', U+2011 as -, a
    no-break space as a space; `_TYPOGRAPHIC_TWINS`) and the comma before a name's last word of `_SUFFIX_WORDS`
    dropped ("Washington, D.C." -> "Washington D.C."), NFC. Two writings with one key are one rendering, by the same
    status (`FormTable.judge`): "Xi’an Jiaotong University" is the preferred form "Xi'an Jiaotong University", not a
    variant that prints the same. The one comparison of a found writing with a listed one, for check and lookup."""
    if text.isascii():
        return _COMMA_SUFFIX_RE.sub(r" \1", text) if "," in text else text
    return _COMMA_SUFFIX_RE.sub(r" \1", unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC_TWINS))


def comma_spellings(text: str) -> list[str]:
    """The other writing of a name that ends on a word of `_SUFFIX_WORDS`, with the comma or without ("Washington D.C."
    -> ["Washington, D.C."], "Martin Luther King, Jr." -> ["Martin Luther King Jr."]); [] for any other name."""
    if _COMMA_SUFFIX_RE.search(text):
        return [_COMMA_SUFFIX_RE.sub(r" \1", text)]
    if _BARE_SUFFIX_RE.search(text):
        return [_BARE_SUFFIX_RE.sub(r", \1", text)]
    return []


def umlaut_spellings(text: str) -> list[str]:
    """Return the other ways English writes the ü of `text`: as u, as v, and by the 2021 passport rule.

    The National Immigration Administration's rule (2021) writes ü as YU in lü and nü (吕 Lyu,
    女 Nyu) but as U in lüe and nüe (略 Lue, 虐 Nue): "Lü Lüe" -> "Lyu Lue". Case follows the
    letter replaced (Ü -> YU or Yu by the next letter). Empty when `text` has no ü.
    """
    text = unicodedata.normalize("NFC", text)
    if "ü" not in text and "Ü" not in text:  # _UMLAUT
        return []
    out = [_replace_umlaut(text, lambda _: "u"), _replace_umlaut(text, lambda _: "v"), passport_spelling(text)]
    return [t for t in dict.fromkeys(out) if t != text]


def passport_spelling(text: str) -> str:
    """Write the ü of `text` by the 2021 passport rule: YU in lü and nü, U in lüe and nüe ("Lü Lüede": "Lyu Luede")."""
    return _replace_umlaut(text, lambda after: "u" if after.lower() == "e" else "yu")


def _replace_umlaut(text: str, spell: Callable[[str], str]) -> str:
    out: list[str] = []
    for i, char in enumerate(text):
        if char not in _UMLAUT:
            out.append(char)
            continue
        after = text[i + 1 : i + 2]
        plain: str = spell(after)
        if char == "Ü":
            # "LÜ" -> "LYU", "Lü" -> "Lyu", "Ü" at a word's start before lower case -> "Yu".
            plain = plain.upper() if not after or after.isupper() else plain.capitalize()
        out.append(plain)
    return "".join(out)


def _pinyin_words(entry: Entry) -> list[str]:
    """The entry's pinyin as toneless words keeping ü ("Lǚ Bù" -> ["Lü", "Bu"])."""
    return pinyin_words_of(entry.pinyin)


def pinyin_words_of(reading: str | None) -> list[str]:
    """The pinyin `reading` as toneless words keeping ü ("Lǚ Bù" -> ["Lü", "Bu"]); [] for None or ""."""
    if not reading:
        return []
    out = []
    for word in reading.split():
        decomposed = unicodedata.normalize("NFD", word)
        plain = "".join(c for c in decomposed if c not in "\u0304\u0301\u030c\u0300")
        out.append(unicodedata.normalize("NFC", plain))
    return out


def _with_umlaut(form: str, entry: Entry) -> str:
    """Write back the ü a form spells as u, v or yu where the entry's pinyin has it ("Lyu Bu" -> "Lü Bu")."""
    return _with_umlaut_of(form, entry.pinyin)


def _with_umlaut_of(form: str, reading: str | None) -> str:
    """`_with_umlaut` of a form of an entry whose pinyin is `reading`."""
    if not reading or "\u0308" not in unicodedata.normalize("NFD", reading):
        return form  # no ü (nor ǚ ...) in the pinyin: nothing to write back
    words = form.split(" ")
    pinyin = [w for w in pinyin_words_of(reading) if any(c in _UMLAUT for c in w)]
    if not pinyin:
        return form
    changed = False
    for i, word in enumerate(words):
        key = en_key(word)
        for source in pinyin:
            if key != en_key(source) and key in {en_key(s) for s in umlaut_spellings(source)}:
                written = source if not word.isupper() else source.upper()
                words[i] = written[:1].upper() + written[1:] if word[:1].isupper() else written
                changed = True
                break
    return " ".join(words) if changed else form


_NAME_GAP_RE = re.compile(f"[{NAME_GAPS}]")


_INITIALS_RE = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,3}")
"""Two or three capital consonants: a person's initials run together ("JD", "JFK"), no pinyin syllable ("LEI")
(`_keyed_spellings_of`)."""


@lru_cache(maxsize=16384)
def _word_alternatives(word: str, split: bool) -> tuple[str, ...]:
    """Ways to write one space-separated word of a name: itself, its hyphenated parts joined,
    and (`split`) a pinyin word split at syllables ("Qiangdong" -> "Qiang dong").

    Kept per word: the people of a big glossary share their surnames and syllables (an index build asks ~8,000 times).
    """
    from zhgloss.pinyin import cut_syllables

    parts = [p for p in _NAME_GAP_RE.split(word) if p]
    if len(parts) > 1:
        return (word, "".join(parts))
    if not split or not word.isalpha():
        return (word,)
    plain = word.lower() if word.isascii() else pinyin_key(word)  # ASCII letters: their pinyin key is their lower case
    if len(plain) != len(word):
        return (word,)
    # Only a word that reads as pinyin throughout, each syllable with a vowel ("Kashing" is no ka-shi-ng): cut as
    # `split_syllables` cuts it. Where no cut into syllables exists (most English words), `split_syllables` would
    # keep a letter that starts none as a piece, which is no syllable: the word is then itself alone, and its
    # letter-by-letter fallback is not run (it was ~40% of the cutting of a 100k glossary's words).
    syllables = cut_syllables(plain)
    if syllables is None or len(syllables) < 2 or not all(map(_voiced_syllables().__contains__, syllables)):
        return (word,)
    alternatives = [word]
    letters = word
    # Every way to put spaces at syllable boundaries ("Leibusi" -> "Lei busi", "Leibu si", "Lei bu si").
    bounds = list(itertools.accumulate(len(s) for s in syllables[:-1]))
    for mask in range(1, 2 ** len(bounds)):
        if len(alternatives) >= _ALTERNATIVES_PER_WORD:
            break
        cuts = [b for i, b in enumerate(bounds) if mask >> i & 1]
        pieces = [letters[a:b] for a, b in itertools.pairwise([0, *cuts, len(letters)])]
        alternatives.append(" ".join(pieces))
    return tuple(alternatives)


@lru_cache(maxsize=1)
def _voiced_syllables() -> frozenset[str]:
    """The pinyin syllables (`zhgloss.syllables.SYLLABLES`) with a vowel (a, e, i, o, u or v): not "ng", "hm"."""
    from zhgloss.syllables import SYLLABLES

    return frozenset(s for s in SYLLABLES if any(v in s for v in "aeiouv"))


def is_wording(entry: Entry) -> bool:
    """Tell whether an entry's English is wording rather than a name: a phrase, a term, or no capital.

    English writes names with capitals; a glossary form without any ("go with the flow", or
    "year" for the CC-CEDICT headword 年) is matched in any case and varies with the sentence.
    Wording has no variant spellings and no short form: phrases vary in wording, not spelling.
    """
    return entry.type in WORDING_TYPES or entry.en == entry.en.lower()


_PINYIN_UMLAUT_RE = re.compile("[üÜǖǘǚǜǕǗǙǛ]")
# Latin letters written with two ASCII letters, which `fold_latin` (one letter for one, so that offsets hold) cannot
# fold: their spelling is a variant (`letter_spellings`). From CLDR's Latin-ASCII, as model.fold_letters writes them.
_TWO_LETTERS = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "Þ": "TH",
    "ĳ": "ij",
    "Ĳ": "IJ",
}
_TWO_LETTERS_RE = re.compile(f"[{''.join(_TWO_LETTERS)}]")
# "and" between two capitalised words of a name, or "&" there: one name ("Industrial and Commercial Bank of China",
# "Industrial & Commercial Bank of China"; `ampersand_spellings`).
_AND_RE = re.compile(r"(?<=\w) and (?=[A-Z])")
_AMPERSAND_RE = re.compile(r"(?<=\w) & (?=[A-Z])")
_VARYING_CHAR_RE = re.compile(
    f"[{re.escape(_UMLAUT + NAME_GAPS + ''.join(_TWO_LETTERS))}]|{_BARE_SUFFIX_RE.pattern}|{_COMMA_SUFFIX_RE.pattern}"
    f"|{_AND_RE.pattern}|{_AMPERSAND_RE.pattern}"
)


def letter_spellings(text: str) -> list[str]:
    """Return `text` with its letters that English writes as two in ASCII written so ("Strauß" -> ["Strauss"],
    "Œstedt" -> ["Oestedt"], "Þórr Ægisson" -> ["Thórr Aegisson"]), or [] if it has none.

    A capital before a lower-case letter is written as a word's capital (Œ -> Oe), else in capitals (Œ -> OE).
    """
    if not _TWO_LETTERS_RE.search(text):
        return []

    def spell(match: re.Match[str]) -> str:
        plain = _TWO_LETTERS[match.group()]
        after = text[match.end() : match.end() + 1]
        return plain.capitalize() if plain.isupper() and after.islower() else plain

    return [_TWO_LETTERS_RE.sub(spell, text)]


def ampersand_spellings(text: str) -> list[str]:
    """Return a name's "and" between capitalised words written "&", or its "&" written " and " ("Industrial and
    Commercial Bank of China" -> ["Industrial & Commercial Bank of China"]; "China Petroleum & Chemical Corporation",
    Sinopec's registered English, -> ["China Petroleum and Chemical Corporation"]), or [] ("AT&T", unspaced, is one
    word).

    "&" is "and" in a name's English, the commonest difference of spelling in a company's name (the user's U37-12;
    Chicago Manual of Style 10.23: an ampersand "may be used in company names"); between words in lower case
    ("research & development") it is no name's."""
    if _AMPERSAND_RE.search(text):
        return [_AMPERSAND_RE.sub(" and ", text)]
    if _AND_RE.search(text):
        return [_AND_RE.sub(" & ", text)]
    return []


_TICKER_RE = re.compile(r"([A-Z0-9]{1,6})([:.])([A-Z]{2,8})")


def ticker_spellings(text: str) -> list[str]:
    """Return a stock code written CODE:EXCHANGE the other way, CODE.EXCHANGE, or back ("KC:NASDAQ" ->
    ["KC.NASDAQ"]): Chinese copy writes 金山云（KC.NASDAQ）, English copy "(KC:NASDAQ)"; [] for any other text."""
    match = _TICKER_RE.fullmatch(text)
    if match is None:
        return []
    code, mark, exchange = match.groups()
    return [f"{code}{'.' if mark == ':' else ':'}{exchange}"]


REGIONAL_SPELLINGS_PATH = Path(__file__).resolve().parent / "data" / "british_spellings.tsv"
"""British and American spellings of one word (SCOWL's lists; the file's header says how they were paired)."""
PEOPLE_SPELLINGS_PATH = Path(__file__).resolve().parent / "data" / "people_spellings.tsv"
"""The romanizations of one name of a people of China (GB/T 3304-1991's and the press's: Uygur, Uyghur, Uighur; the
file's header gives the sources)."""
_ASCII_WORD_RE = re.compile("[A-Za-z]+")
_REGIONAL_MOST = 7


@lru_cache(maxsize=1)
def _regional_pairs() -> dict[str, tuple[str, ...]]:
    """Each word English spells more than one way, in lower case -> its other spellings: a British or American word
    of data/british_spellings.tsv -> the other ("harbour" -> ("harbor",), "harbor" -> ("harbour",); an American word
    two British ones make keeps the first), a people's name of data/people_spellings.tsv -> the row's others ("uygur"
    -> ("uyghur", "uighur"))."""
    out: dict[str, tuple[str, ...]] = {}
    with REGIONAL_SPELLINGS_PATH.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "\t" not in line:
                continue
            british, american = line.rstrip("\n").split("\t")
            out.setdefault(british, (american,))
            out.setdefault(american, (british,))
    with PEOPLE_SPELLINGS_PATH.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "\t" not in line:
                continue
            row = line.rstrip("\n").lower().split("\t")
            for word in row:
                out.setdefault(word, tuple(other for other in row if other != word))
    return out


def has_regional_spelling(text: str) -> bool:
    """Tell whether `text` writes a word British and American English spell apart ("Victoria Harbour")."""
    return not _regional_pairs().keys().isdisjoint(_ASCII_WORD_RE.findall(text.lower()))


def regional_spellings(text: str) -> list[str]:
    """Return `text` with its words British and American English spell apart written either way, but as given
    ("Victoria Harbour" -> ["Victoria Harbor"], "MINISTRY OF DEFENCE" -> ["MINISTRY OF DEFENSE"], "International Labor
    Organization" -> the ILO's own "International Labour Organization" among three), and with a people of China's
    name in its other romanizations ("Xinjiang Uighur Autonomous Region" -> "Xinjiang Uygur …", "Xinjiang Uyghur …"),
    or [] if it has none; at most `_REGIONAL_MOST`. One name in any of these spellings: the pairs are SCOWL's
    (data/british_spellings.tsv) and the romanizations GB/T 3304-1991's and the press's (data/people_spellings.tsv),
    never a suffix rule ("Taylor" is no "Taylour"). A word's case is kept."""
    pairs = _regional_pairs()
    pieces = _ASCII_WORD_RE.split(text)
    words = _ASCII_WORD_RE.findall(text)
    choices: list[tuple[str, ...]] = []
    for word in words:
        others = pairs.get(word.lower())
        if others is None:
            choices.append((word,))
        elif len(word) > 1 and word.isupper():
            choices.append((word, *(other.upper() for other in others)))
        else:
            choices.append((word, *(o[:1].upper() + o[1:] if word[:1].isupper() else o for o in others)))
    if all(len(choice) == 1 for choice in choices):
        return []
    out: list[str] = []
    for picked in itertools.islice(itertools.product(*choices), 1, _REGIONAL_MOST + 1):
        out.append("".join(piece + word for piece, word in zip(pieces, (*picked, ""), strict=True)))
    return out


CURRENCY_SIGNS_PATH = Path(__file__).resolve().parent / "data" / "currency_signs.tsv"


@lru_cache(maxsize=1)
def _currency_signs() -> dict[str, tuple[str, ...]]:
    """A currency's English name by `en_key` -> its signs and ISO 4217 code (data/currency_signs.tsv)."""
    out: dict[str, tuple[str, ...]] = {}
    with CURRENCY_SIGNS_PATH.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "\t" not in line:
                continue
            name, signs = line.rstrip("\n").split("\t")
            out[en_key(name)] = tuple(signs.split(","))
    return out


def currency_signs(entry: Entry) -> tuple[str, ...]:
    """The signs and ISO code a price in the currency `entry` names is written with, before or after its number
    ("HK$40", "HKD 40" for 港元 'Hong Kong dollar'), or () for an entry that names no currency of
    data/currency_signs.tsv."""
    table = _currency_signs()
    for form in entry.en_forms:
        signs = table.get(en_key(form))
        if signs:
            return signs
    return ()


_PLURAL_AFTER_ES = ("s", "x", "z", "ch", "sh")


def plural_end(text: str, end: int) -> int | None:
    """Return where the English plural of a name that `text` writes ending at `end` ends, or None: one rule for every
    name, "Hong Kong dollars" (the form 'Hong Kong dollar'), "Xiaomi SU7s" ('Xiaomi SU7'), "taxes" ('tax'). The
    plural is "s" after a letter or digit (not after an s: "Reuters" is no plural of "Reuter"), or "es" after s, x,
    z, ch or sh, and no word goes on after it; a possessive ("Xiaomi's") is no plural."""
    if end <= 0 or end >= len(text) or not text[end - 1].isalnum():
        return None
    last = text[end - 1].lower()
    if text.startswith("es", end) and text[max(0, end - 2) : end].lower().endswith(_PLURAL_AFTER_ES):
        stop = end + 2
    elif text[end] == "s" and last != "s":
        stop = end + 1
    else:
        return None
    if stop < len(text) and (text[stop].isalnum() or text[stop] == "_"):
        return None
    return stop


_SENSES = "; "
"""How a note joins the senses of a CC-CEDICT line (`zhgloss.formats.cedict`)."""

# A label that marks a sense as a secondary use of the name: CC-CEDICT's "(slang) Japan", "Japan (old)",
# "(Internet slang)", "(literary)", "(derog.)", "(derogatory for Taiwanese)", "(coll.)", a sense that is "abbr. for"
# its name (京 "abbr. for Beijing"); Taiwan's usage, "Guatemala (Tw)", "(slang) (Tw) Taipei", "Japan (used in Taiwan
# during ...)". Not "(Taiwan)" or "(Hong Kong)" alone: "Central News Agency (Taiwan)" is Taiwan's agency, named as
# everyone names it. Nor a sense that gives its English name first and then says which longer Chinese the form
# abbreviates: 大湾区 "Greater Bay Area, ... (abbr. for 粤港澳大湾区)", 北大 "Peking University (abbr. for
# 北京大学)" are the names English copy writes (96 proper-name lines of CC-CEDICT).
_SECONDARY_RE = re.compile(
    # At most two words before the label ("(Internet slang)"); "(the mix of Standard Mandarin and Sichuanese dialect)"
    # describes, and labels nothing.
    r"\((?:[^()\s]+\s){0,2}(?:slang|old|archaic|literary|derog\.|dialect|abbr\.|coll\.|Tw)\)"
    rf"|(?:^|(?<={_SENSES}))abbr\. (?:for|of)\b"
    r"|\((?:derog\.|derogatory|(?:Internet\s)?slang\s)[^()]*\)|\bused in Taiwan\b"
    # A usage of one region or group: 韩半岛 "Korean peninsula (esp. South Korean usage)" is 朝鲜半岛 as Seoul says it.
    r"|\((?:esp\.\s+|mainly\s+|chiefly\s+)?[^()]*\busage\)"
)


def has_marked_sense(note: str) -> bool:
    """Tell whether a sense of `note` is labelled as a secondary use (see `precedence`); cheap when none can be."""
    return ("(" in note or "abbr" in note or "used in" in note) and _SECONDARY_RE.search(note) is not None


# Where a note gives the senses of another line folded into the entry: "; 雪梨: Sydney, ... (Tw)" in 悉尼's note
# (`zhgloss.formats.cedict`, which joins that line's senses with " / ").
_FOLDED_RE = re.compile(r"; (?=([\u3400-\u9fff\U00020000-\U0002ffff·]+): )")


def own_senses(note: str, zh: str | None) -> str:
    """Return the part of `note` that gives the senses of the entry's own headword `zh`.

    A CC-CEDICT import folds a variant's or an abbreviation's line into the entry it points to and writes that
    line's senses into the note after its headword: 悉尼's note "Sydney, capital of New South Wales, Australia; 雪梨:
    Sydney, ... (Tw)" has the own part "Sydney, capital of New South Wales, Australia". A folded line under the
    headword's own characters (a second line of 空客) stays. A note with no folded line is returned whole.
    """
    parts = _FOLDED_RE.split(note)
    # split() with one group gives: own part, then (label, "label: senses") pairs.
    own = [parts[0]]
    for label, text in zip(parts[1::2], parts[2::2], strict=True):
        if label == zh:
            own.append(text)
    return _SENSES.join(own)


def is_marked_usage(note: str | None) -> bool:
    """Tell whether every sense of `note` (senses joined by "; ") is labelled as a secondary use (see `precedence`).

    "(derog.) Korea", "Guatemala (Tw)", "(slang) (Tw) Taipei 台北": True; "Guatemala", or "Sichuanese pidgin;
    (Tw) surname Trump" (one sense unlabelled): False. Labels are CC-CEDICT's (https://cc-cedict.org/wiki/).
    """
    senses = [sense for sense in (note or "").split(_SENSES) if sense]
    return bool(senses) and all(map(_SECONDARY_RE.search, senses))


# A note saying its entry's name is another thing's name of the past: "Stalingrad, former name of Volvograd
# 伏尔加格勒", "Edo (old name of Tokyo)", "Abyssinia, historical name of Ethiopia", "Simao city in Yunnan, renamed Pu'er
# city 普洱市 in 2007", "Bianjing, ..., now called Kaifeng 开封", "Leningrad, name of Russian city Saint Petersburg
# 圣彼得堡 1923-1991", "(name of Beijing at different periods ...)" (CC-CEDICT's wording).
_FORMER_NAME_NOTE_RE = re.compile(
    r"\b(?:former|old|historical|ancient)\s+name\s+(?:of|for)\b|\brenamed\b|\bnow\s+called\b"
    r"|\bname\s+of\s+[^;]*?(?:\d{4}\s*-\s*\d{4}|at\s+different\s+periods)",
    re.IGNORECASE,
)


def says_former_name(note: str | None) -> bool:
    """Tell whether `note` says its entry's name is another thing's former name ("former name of", "old name for",
    "historical name of", "ancient name of", "renamed", "now called", "name of X 1923-1991"): an entry that refers
    to that thing's (`refers_to`), as the CC-CEDICT import makes 斯大林格勒 Stalingrad of 伏尔加格勒 Volgograd, is then
    its former name (see `check`)."""
    return note is not None and _FORMER_NAME_NOTE_RE.search(note) is not None


def is_marked_form(entry: Entry, form: str) -> bool:
    """Tell whether `entry`'s note gives the English `form` only in senses labelled as a secondary use.

    棒国 "(derog.) Korea" gives "Korea" so, and 川普 "Sichuanese pidgin ...; (Tw) surname Trump" gives "Trump"
    so: English copy's "Korea" and "Trump" are not these. False when no sense of the note writes `form`.
    """
    return is_marked_in(entry.note, form)


def is_marked_in(note: str | None, form: str) -> bool:
    """`is_marked_form` of an entry whose note is `note` (None: no note)."""
    if not note or not has_marked_sense(note):
        return False
    senses = [sense for sense in note.split(_SENSES) if form in sense]
    return bool(senses) and all(map(_SECONDARY_RE.search, senses))


_UNSPECIFIC_TYPES = frozenset({"name", "term", "phrase"})


def demotion(entry: Entry, form: str) -> int:
    """Rank what sets `entry` back among entries found by the same `form`, by `precedence`'s heaviest rules: 0-7.

    A draft (4), a note that gives `form` only in senses labelled slang, derogatory, old or one region's (2:
    `is_marked_form`, 棒国 "(derog.) Korea"), a single character (1: an abbreviation, 丽 and 朝 for Korea). Unlike
    `precedence`, it needs no word counts, so `lookup` asks it of every entry it finds before the field found.
    """
    zh = entry.zh
    single = zh is not None and len(zh) == 1 and zh >= "\u3400"
    return 4 * entry.draft + 2 * is_marked_form(entry, form) + single


def precedence(entry: Entry) -> int:
    """Rank an entry among those that share a form: the lower wins (lookup lists it first, annotate glosses with it).

    What counts, heaviest first: a draft (a machine's guess) comes after a confirmed entry; a single Chinese character
    sharing its English with another entry is its abbreviation (台, 日, 京 after 台湾, 日本, 北京); a note whose own
    senses (`own_senses`) label the use as slang, derogatory, old, literary, an abbreviation or one region's (霓虹国
    "(slang) Japan", 棒国 "(derog.) Korea", 东洋 "Japan (old)", 瓜地马拉 "Guatemala (Tw)", 韩半岛 "Korean peninsula
    (esp. South Korean usage)"). Of entries none of these tells apart, the one whose Chinese Chinese text uses more
    (`_rarity`, on a scale of doublings of jieba's counts) comes first, a note that says more than the name (台湾省
    "Taiwan province (PRC term)") weighing as one doubling and an unspecific type (`name`, `term`) as two: English
    "France" is 法国 (11,361 in jieba's counts, "France; French"), not 法兰西 (503), "Russia" 俄罗斯 (6,099), not 俄国
    (2,626), "Holland" 荷兰, not the miswriting 菏兰 (never), "South Korea" the place 韩国 (3,375), not the name
    南朝鲜 (190); "Korea" the place 韩国, not 朝鲜 (4,488), whose type says less. Equal entries keep their order in
    the glossary. Returns 0-927.
    """
    return precedences((entry,))[0]


def precedences(entries: Iterable[Entry]) -> list[int]:
    """Return the `precedence` of each of `entries`."""
    listed = list(entries)
    return precedences_of(listed, range(len(listed)))


def precedences_of(entries: Sequence[Entry], numbers: Iterable[int]) -> list[int]:
    """Return the `precedence` of the entries at `numbers` of `entries`: an annotator's build ranks ~50,000 entries
    that share forms, read from its columns (`zhgloss.model.EntryColumns`) without building an entry."""
    from zhgloss.model import entry_columns

    columns = entry_columns(entries)
    drafts, zhs, zh_aliases, notes, ens, types = (
        columns.draft,
        columns.zh,
        columns.zh_aliases,
        columns.note,
        columns.en,
        columns.type,
    )
    out: list[int] = []
    counts: Callable[[str], int] | None = None
    for n in numbers:
        score = 16 if drafts[n] else 0
        zh = zhs[n]
        if zh is not None and len(zh) == 1 and zh >= "\u3400":
            score += 8
        note, en, kind = notes[n], ens[n], types[n]
        if kind in WORDING_TYPES or en == en.lower():  # is_wording
            common = _NEVER
        else:
            if counts is None:
                from zhgloss.segment import bundled_counts

                counts = bundled_counts().get
            common = _rarity_of_forms(zh, zh_aliases[n], counts)
        if note is not None and note != en:
            common += 1
            if has_marked_sense(note) and has_marked_sense(own_senses(note, zh)):
                # Only the headword's own use: 悉尼 is not marked by 雪梨's "(Tw)" folded into its note.
                score += 4
        if kind in _UNSPECIFIC_TYPES:
            common += 2
        out.append(score * 32 + common)
    return out


_NEVER = 28
"""`_rarity` of a Chinese that jieba's counts do not hold (log2 of 200 million, more than any count)."""


def _rarity(entry: Entry, counts: Callable[[str], int] | None = None) -> int:
    """How rarely Chinese text writes the entry's Chinese: 28 less the doublings of its count (0-28; 28: never).

    The count is the largest of its Chinese forms' and of their parts between name separators (乔布斯 of
    史蒂夫·乔布斯: 48, so 22; 贾伯斯, the Taiwan transliteration, is not counted: 28), rounded to a power of two
    (法国 11,361: 2**13, so 15; 法兰西 503: 2**9, so 19). Data: data/word_counts.tsv (`zhgloss.segment`, jieba
    0.42.1's counts; words of two characters or more counted 20 times or more). Wording (`is_wording`: "to go"
    shared by a hundred headwords of a dense glossary) is not ranked so: 28.
    """
    if is_wording(entry):
        return _NEVER
    if counts is None:
        from zhgloss.segment import bundled_counts

        counts = bundled_counts().get
    return _rarity_of_forms(entry.zh, entry.zh_aliases, counts)


def _rarity_of_forms(zh: str | None, zh_aliases: Sequence[str], get: Callable[[str], int]) -> int:
    """`_rarity` of an entry that is no wording, from its zh and Chinese aliases and the word counts `get`."""
    forms = [form for form in (zh, *zh_aliases) if form]
    if not forms:
        return _NEVER
    parts = {part for form in forms for part in _SEPARATED_RE.split(form) if part}
    count = max(map(get, parts))
    # round(log2(count)), in integers: the bit length of count * sqrt(2), less one.
    return _NEVER - min(_NEVER, (count * 181 // 128).bit_length() - 1) if count else _NEVER


_SEPARATED_RE = re.compile(f"[{re.escape(NAME_SEPARATORS)}]")


def _may_vary(entry: Entry) -> bool:
    """Tell cheaply whether `spellings` can give anything for the entry (a big glossary asks 100,000 times)."""
    if is_wording(entry):
        return False
    if entry.type in SPLIT_TYPES:
        return True
    if entry.pinyin and _PINYIN_UMLAUT_RE.search(entry.pinyin):
        return True
    # One C-level search per form: a loop over the characters cost ~2 µs a form, ~0.2 s of a 100k index build.
    return (
        any(map(_VARYING_CHAR_RE.search, entry.en_forms))
        or any(map(has_regional_spelling, entry.en_forms))
        or any(map(_TICKER_RE.fullmatch, entry.en_forms))
    )


def spellings(form: str, entry: Entry) -> list[str]:
    """Return the variant spellings of one English form of `entry` that fold to keys of their own.

    Spacing (hyphenated parts joined; for people and nicknames, pinyin words split at syllables)
    times ü (u, v, yu). Spellings that differ from `form` only in case, tone marks, ü's dots,
    hyphens or apostrophes fold to `form`'s own key and are not listed: `match_key` accepts them.
    At most MAX_SPELLINGS; none for wording (`is_wording`).
    """
    if not _may_vary(entry):
        return []
    return [text for text, _ in _keyed_spellings(form, entry)]


def _keyed_spellings(form: str, entry: Entry) -> list[tuple[str, str]]:
    """`spellings` of `form` (for an entry that `_may_vary`), each with its `match_key`."""
    return _keyed_spellings_of(form, entry.pinyin, entry.type in SPLIT_TYPES)


def _keyed_spellings_of(form: str, reading: str | None, split: bool) -> list[tuple[str, str]]:
    """`_keyed_spellings` of a form of an entry whose pinyin is `reading`, of a type in SPLIT_TYPES if `split`."""
    base = _with_umlaut_of(form, reading)
    words = base.split(" ")
    per_word = [_word_alternatives(w, split) for w in words]
    if split:
        # A person's initials run together before the surname ("JD Vance", as Xinhua's English writes them) are
        # written with stops in most English copy ("J.D. Vance", "J. D. Vance"): the same name, punctuated otherwise
        # (the review's R44-2: check called "J.D. Vance" a misspelling). Not a last word ("Father of WPS").
        per_word = [
            (*alternatives, ".".join(w) + ".", ". ".join(w) + ".")
            if n < len(words) - 1 and _INITIALS_RE.fullmatch(w)
            else alternatives
            for n, (w, alternatives) in enumerate(zip(words, per_word, strict=True))
        ]
    commas = comma_spellings(form)
    if (
        base == form
        and max(map(len, per_word)) == 1
        and not umlaut_spellings(form)
        and not letter_spellings(form)
        and not commas
        and not regional_spellings(form)
        and not ticker_spellings(form)
        and not ampersand_spellings(form)
    ):
        return []  # the one spelling is `form` itself (most forms of a big glossary's names): no key to compare
    seen = {match_key(form)}
    out: list[tuple[str, str]] = []
    for combo in itertools.product(*per_word):
        spaced = " ".join(combo)
        spelt = (*umlaut_spellings(spaced), *letter_spellings(spaced), *comma_spellings(spaced))
        others = (*regional_spellings(spaced), *ticker_spellings(spaced), *ampersand_spellings(spaced))
        for text in (spaced, *spelt, *others):
            key = match_key(text)
            if key not in seen:
                seen.add(key)
                out.append((text, key))
        if len(out) >= MAX_SPELLINGS:
            break
    return out[:MAX_SPELLINGS]


def family_name(entry: Entry) -> str | None:
    """Return the family name of a person's preferred English form, by the name's order; None for others.

    The name's order: a form whose first or last word spells the pinyin surname (the first
    pinyin word; ü as u, v or yu) is in that order ("Lü Bu" -> "Lü", "Jack Ma" -> "Ma");
    otherwise a word written as syllables joined by a hyphen, the second in lower case, is a
    given name (Wade-Giles, Hong Kong, Taiwan and Korean romanization: "Ing-wen", "Ka-shing",
    "Jae-in"), so the family name is at the other end ("Tsai Ing-wen" -> "Tsai" even when the
    form is marked adopted, as a CC-CEDICT import marks English that does not spell the pinyin);
    otherwise an adopted English name (`en_adopted`) is given name first ("Terry Gou" ->
    "Gou", "Steve Jobs" -> "Jobs"), and so is one whose first word spells no reading of the Chinese's first
    character (`_spells_first_character`: "Volodymyr Zelensky" for 泽连斯基 as `add` stores it, not marked adopted);
    any other is surname first, as GB/T 28039 §5.1.1 and
    Hong Kong and Taiwan romanizations write it ("Tung Chee-hwa" -> "Tung", "Liu-Yang Fan" ->
    "Liu-Yang": a double surname capitalises both parts; "Ho Ching" -> "Ho"). A word inside the name that spells the
    pinyin surname, or stands before a last hyphenated given name, is the family name after an adopted given name
    ("William Lai Ching-te" -> "Lai", CC-CEDICT's form for 赖清德; "Jimmy Lai Chee-ying"). A name of three or
    more one-syllable words, one for each Chinese character, is in the Chinese order even when adopted
    ("Lee Kuan Yew" -> "Lee", as Singapore writes 李光耀 unhyphenated). A name whose aliases hold it again with its
    first word moved to the end is family first ("Abe Shinzo" with "Shinzo Abe" -> "Abe"); a Japanese name's family
    name is the word that ends as its surname's last character reads (`zhgloss.japanese.japanese_surname_word`: "Fumio
    Kishida" -> "Kishida"). A one-word name
    has no family name, nor has a title ("Xuande Emperor", "Emperor Daizong of Tang", "Empress Dowager Cixi":
    `TITLE_WORDS`), which names the person by reign or rank.
    """
    if entry.type != "person":
        return None
    words = _name_words(entry.en)
    if len(words) < 2 or not TITLE_WORDS.isdisjoint(words) or not _EPITHET_WORDS.isdisjoint(words):
        return None
    pinyin = _pinyin_words(entry)
    if pinyin:
        surname = pinyin[0]
        keys = {en_key(surname), *(en_key(s) for s in umlaut_spellings(surname))}
        if en_key(words[0]) in keys:
            return words[0]
        if en_key(words[-1]) in keys:
            return words[-1]
        inside = [w for w in words[1:-1] if en_key(w) in keys]
        if len(inside) == 1:
            return inside[0]
    if words[1:] + words[:1] in (alias.split() for alias in entry.aliases):
        # The same name listed again with its first word moved to the end: the preferred form is family first, the
        # alias the Western order, as CC-CEDICT writes Japanese names ("Abe Shinzo", "KAN Naoto") and its import
        # adds the Western order ("Shinzo Abe") as an alias.
        return words[0]
    if entry.zh and len(words) == 2:
        from zhgloss.japanese import japanese_surname_word

        # A Japanese name in either order, entered by add or import with no alias to tell ("Fumio Kishida" and
        # "Kishida Fumio" for 岸田文雄): the word that ends as its surname's last character reads in Japanese.
        japanese = japanese_surname_word(entry.zh, entry.en)
        if japanese is not None:
            return words[japanese]
    if _GIVEN_SYLLABLES_RE.match(words[-1]) and not _GIVEN_SYLLABLES_RE.match(words[0]):
        # Before the given name, after an adopted one if any: "Jimmy Lai Chee-ying" (Cantonese Lai, pinyin Lí).
        return words[-2] if len(words) == 3 else words[0]
    if _GIVEN_SYLLABLES_RE.match(words[0]) and not _GIVEN_SYLLABLES_RE.match(words[-1]):
        return words[-1]
    if (
        len(words) >= 3
        and entry.zh
        and len(words) == len(entry.zh)
        and all(map(is_cjk, entry.zh))
        and all(map(_ONE_SYLLABLE_RE.match, words))
    ):
        # One syllable for each character: the Chinese order, as Singapore, Hong Kong and Taiwan
        # write a name unhyphenated ("Lee Kuan Yew" for 李光耀, "Lee Hsien Loong", "Tung Chee Hwa").
        return words[0]
    if entry.en_adopted:
        return words[-1]
    # Not marked adopted, yet its first word spells no reading of the Chinese's first character: a name written as
    # its own language writes it, given name first ("Volodymyr Zelensky" for 泽连斯基, "Donald Trump" for 特朗普, as
    # `add` and a sheet store them: U35-18), not a Chinese name in pinyin order.
    return words[0] if _spells_first_character(entry, words[0]) else words[-1]


def _spells_first_character(entry: Entry, word: str) -> bool:
    """Tell whether `word` spells the first character of the entry's Chinese (or its first two, a double surname) in
    any reading: pinyin (pypinyin's heteronyms, `adopted.readings`), its Wade-Giles, or a surname's Wade-Giles, Hong
    Kong, Min Nan or Korean spelling (`adopted.surname_spellings`: 何 "Ho", 张 "Cheung", 陈 "Tan", 朴 "Park"). True
    for an entry without Chinese characters: nothing tells otherwise."""
    from zhgloss.adopted import readings, surname_spellings
    from zhgloss.romanizations import wade_giles_syllables

    zh = entry.zh or ""
    if not zh or not is_cjk(zh[0]):
        return True
    key = en_key(word)
    spellings = surname_spellings()
    if any(key in spellings.get(zh[:size], ()) for size in (1, 2)):
        return True
    wade = wade_giles_syllables()
    first = readings(zh[:1])
    return any(key in (en_key(r), en_key(wade.get(r, ""))) for r in (first[0] if first else ()))


def _name_words(name: str) -> list[str]:
    """The words of a person's English `name` that can be its family name: without a generational suffix after it
    ("Clark T. Randt Jr" -> Clark, T., Randt) or a title or office before it ("Premier Zhou Enlai" -> Zhou, Enlai:
    `ROLE_WORDS` capitalised), as CC-CEDICT writes some names."""
    words = name.split()
    while len(words) > 2 and _SUFFIX_RE.match(words[-1]):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    while len(words) > 2 and words[0][:1].isupper() and words[0].lower() in ROLE_WORDS:
        words.pop(0)
    return words


# A generational suffix after a name: "Jr", "Jr.", "Sr.", "II", "III", "IV".
_SUFFIX_RE = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?\Z|(?:I{2,3}|IV|V|VI{1,3})\Z")
# Words that join an epithet or a place to a name, which then has no family name: "Sejong the Great", "Great Sage the
# Equal of Heaven", "Catherine of Aragon" (a title of rank is `TITLE_WORDS`).
_EPITHET_WORDS = frozenset(["the", "of"])
# Words of a ruler's or noble's title in English: a name with one names its bearer by reign or rank, not by a
# family name ("Kangxi Emperor", "Emperor Daizong of Tang", "Prince Gong"), as CC-CEDICT writes them.
TITLE_WORDS = frozenset(
    ["Emperor", "Empress", "Dowager", "King", "Queen", "Prince", "Princess", "Duke", "Marquis", "Khan", "Consort"]
)
# One romanized syllable: consonants, one run of vowels, consonants ("Lee", "Kuan", "Yew", "Hsien", "Loong"; not
# "Barack" or "Obama"), or the syllabic Ng.
_ONE_SYLLABLE_RE = re.compile(r"(?i)(?:[bcdfghjklmnpqrstvwxyz]*[aeiouü]+[bcdfghjklmnpqrstvwxyz]*|ng)\Z")
# A romanized two-syllable given name: "Ing-wen", "Chee-hwa", "Jae-in" (a double surname is "Liu-Yang").
_GIVEN_SYLLABLES_RE = re.compile(r"^[A-Z][a-z]*-[a-z]+$")


ROLE_WORDS = frozenset(
    [
        "actor",
        "actress",
        "admiral",
        "ambassador",
        "anchor",
        "artist",
        "author",
        "billionaire",
        "boss",
        "ceo",
        "cfo",
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "chancellor",
        "chief",
        "co-founder",
        "cofounder",
        "coach",
        "commissioner",
        "composer",
        "coo",
        "cto",
        "director",
        "entrepreneur",
        "envoy",
        "executive",
        "founder",
        "general",
        "governor",
        "head",
        "host",
        "journalist",
        "judge",
        "lawmaker",
        "leader",
        "legislator",
        "magnate",
        "mayor",
        "minister",
        "novelist",
        "painter",
        "player",
        "poet",
        "premier",
        "president",
        "presenter",
        "prof",
        "prof.",
        "professor",
        "rapper",
        "reporter",
        "scholar",
        "scientist",
        "secretary",
        "senator",
        "singer",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "star",
        "superstar",
        "tycoon",
        "vice",
        "vice-president",
        "writer",
        "former",
    ]
)
"""English titles and occupations written before a person's name, lower case ("Taiwan President Tsai Ing-wen",
"Apple CEO Tim Cook", "Singer Jay Chou"): harvest keeps them out of the name, check out of the company's before it."""


LEGAL_FORM = (
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|Plc|plc|AG|SE|SA|S\.A|NV|N\.V|"
    r"GmbH|Pty)\.?"
)
"""A regex of the English legal forms after a company's name: the abbreviations of ISO 20275's Entity Legal Forms
code list in English-speaking and the main European jurisdictions (Inc., Ltd., PLC, LLC, AG, S.A., N.V. ...)."""
ORGANISATION_WORDS = frozenset(
    {
        # A company's holding and trade words, and the businesses a name is made of.
        *("Group", "Holdings", "Motor", "Motors", "Airlines", "Airways", "Bank", "Securities", "Insurance"),
        *("Exchange", "Exchanges", "Corporation", "Company", "Limited", "Incorporated", "Co", "Inc", "Ltd"),
        # A party's, a school's, a hospital's, a club's or an association's last word.
        *("Party", "University", "College", "Institute", "Hospital", "Club", "Association", "Federation"),
        *("Foundation", "Council", "Commission"),
    }
)
"""The last words of an organisation's English name, capitalised (with the legal forms of `LEGAL_FORM`:
`is_organisation_word`): capitalised words that end on one make a name of their own ("Great Wall Motor", "Hongkong and
Shanghai Banking Corp", "Taiwan People's Party"), whose first word is no mention of the place it names
(`zhgloss.annotate`). Sources: the words of CC-CEDICT's organisation names and ISO 20275's legal forms."""
GOVERNMENT_BODY_WORDS = frozenset(
    {"Office", "Affairs", "Bureau", "Committee", "Ministry", "Department", "Agency", "Administration", "Authority"}
)
"""The last words of a government body's English name ("Hong Kong/Macao Affairs Office", "State Department"). Apart
from ORGANISATION_WORDS: a country or a place before them is the body's owner, a mention of its own ("US State
Department", "North Korean WPK Central Committee": annotate glosses the country). With ORGANISATION_WORDS, in lower
case, they are the words an import's reading of a slash inside a body's name asks for (`zhgloss.formats.table`'s
`_BODY_WORDS`, a part of their union)."""
_LEGAL_FORM_WORD_RE = re.compile(LEGAL_FORM)


def is_organisation_word(word: str) -> bool:
    """Tell whether `word` (capitalised, as written) ends an organisation's English name: one of ORGANISATION_WORDS or
    a legal form (`LEGAL_FORM`: "Corp", "Corp.", "Inc.", "Ltd", "PLC")."""
    return word in ORGANISATION_WORDS or _LEGAL_FORM_WORD_RE.fullmatch(word) is not None


# The last legal form or holding word of a company's name, which news copy leaves off.
_LEGAL_FORM_LAST_RE = re.compile(rf",?\s+(?:{LEGAL_FORM}|Holdings?|Group)\Z")


def without_legal_form(name: str) -> str | None:
    """Return the company name `name` without its legal form and holding words, or None if it has none.

    "Tencent Holdings Limited" -> "Tencent", "Apple Inc." -> "Apple", "Alibaba Group Holding Limited" ->
    "Alibaba", "Foxconn Technology Co., Ltd." -> "Foxconn Technology" (`LEGAL_FORM`). A name that is nothing but
    such words ("Group") has no shorter form: None.
    """
    shorter = legal_form_shortenings(name)
    return shorter[-1] if shorter else None


def legal_form_shortenings(name: str) -> list[str]:
    """Return the company name `name` with one more of its last legal-form and holding words left off each time.

    "Tencent Holdings Limited" -> ["Tencent Holdings", "Tencent"]: copy writes either. Ends at `without_legal_form`;
    empty for a name without such words.
    """
    out: list[str] = []
    while (shorter := _LEGAL_FORM_LAST_RE.sub("", name)) != name and shorter.strip():
        out.append(shorter)
        name = shorter
    return out


COMPANY_TRADE_WORDS = (
    r"(?:Technolog(?:y|ies)|Motors?|Electronics|Electric|Industries|Enterprises|Telecom(?:munications)?"
    r"|Communications|Semiconductors?|Pharmaceuticals?|Systems)"
)
"""A regex of the words of a company's registered English name that say its trade and that news copy leaves off with
the legal form ("Huawei Technologies Co., Ltd." -> "Huawei", "Samsung Electronics" -> "Samsung", "Toyota Motor
Corporation" -> "Toyota", "Cisco Systems" -> "Cisco"; Reuters and AP write the company's own name alone after the
first mention). Not the words a name is made of: "Bank" ("Bank of China"), "Air" ("Air China"), "Airlines",
"Insurance", "Securities", "Mobile", "International" (China Radio International) name the business itself."""
_TRADE_WORD_LAST_RE = re.compile(rf",?\s+{COMPANY_TRADE_WORDS}\Z")
_REGISTERED_WORD_RE = re.compile(rf"(?:{LEGAL_FORM}|Holdings?|Group|{COMPANY_TRADE_WORDS}),?")
_NAME_WORD_RE = re.compile(r"[A-Z0-9][\w'’&.-]*\Z")


def company_short_forms(name: str) -> list[str]:
    """Return the company name `name` with one more of its last legal-form, holding or trade words left off each time:
    `legal_form_shortenings`, and a trade word (`COMPANY_TRADE_WORDS`) too where what is left is still a name of its
    own (`names_itself`: every word capitalised and none an ordinary English word), but for the registered name's own
    words ("Technology" of "Foxconn Technology").

    "Huawei Technologies Co. Ltd." -> ["Huawei Technologies Co.", "Huawei Technologies", "Huawei"]; "Foxconn Technology
    Group" -> ["Foxconn Technology", "Foxconn"]; "Ford Motor Company" -> ["Ford Motor", "Ford"]; "General Electric",
    "Bank of Communications", "Hefei University of Technology" -> [] (a word, a word of grammar left); "Air China
    Ltd." -> ["Air China"]. A name left that is another thing's (China of "China Telecom") is the caller's to refuse:
    this function knows no glossary. Empty for a name without such words.
    """
    out: list[str] = []
    while True:
        shorter = _LEGAL_FORM_LAST_RE.sub("", name)
        if shorter == name:
            shorter = _TRADE_WORD_LAST_RE.sub("", name)
            if shorter == name or not names_itself(shorter):
                return out
        if not shorter.strip():
            return out
        out.append(shorter)
        name = shorter


def names_itself(name: str) -> bool:
    """Tell whether the company name `name` is made of names alone: every word capitalised (or a number) and none an
    ordinary English word (`english_case.lower_words`, `formats.cedict.english_words`: both CC-CEDICT's, the words it
    writes mostly in lower case and those its common-word lines use) but the words of a registered name
    (`LEGAL_FORM`, Group, Holdings, `COMPANY_TRADE_WORDS`). "Tencent", "Huawei", "BYD", "Alibaba Group", "Foxconn
    Technology", "COSCO Hong Kong" are; "British Broadcasting", "China National Petroleum", "Universal Music", "The
    Coca-Cola", "Tiffany &" are not: a company so named keeps its company word in news copy ("British Broadcasting
    Corporation"), or is written otherwise ("Coca-Cola"), so that name without the word is a `variant` for `check`,
    not the name (R48-17)."""
    from zhgloss.english_case import lower_words
    from zhgloss.formats.cedict import english_words

    words = name.split()
    return bool(words) and all(
        _NAME_WORD_RE.match(word) is not None
        and (
            (word.lower() not in lower_words() and word.lower() not in english_words())
            or _REGISTERED_WORD_RE.fullmatch(word) is not None
        )
        for word in words
    )


# A Chinese company's legal form at the end of its registered name (PRC Company Law arts. 7-8: a company's name
# holds 有限责任公司 or 有限公司, or 股份有限公司; Hong Kong's Companies Ordinance: 有限公司), in both scripts,
# and the bracketed group word before it (中国平安保险（集团）股份有限公司): `chinese_legal_form_shortenings`.
_ZH_LEGAL_FORM_RE = re.compile(r"(?:股份有限公司|有限[责責]任公司|有限公司)\Z")
_ZH_GROUP_RE = re.compile(r"[（(]集[团團][）)]\Z")


def chinese_legal_form_shortenings(zh: str) -> list[str]:
    """Return the registered Chinese company name `zh` with its legal form left off, then with the bracketed group
    word before it too, as copy writes the name after a filing's first line (the user's U37-15): "汇丰控股有限公司" ->
    ["汇丰控股"], "恒生銀行有限公司" -> ["恒生銀行"], "中国平安保险（集团）股份有限公司" -> ["中国平安保险（集团）",
    "中国平安保险"], "宁德时代新能源科技股份有限公司" -> ["宁德时代新能源科技"]; [] for a name without a legal form or
    one that is nothing else but two characters or fewer ("有限公司"). The counterpart of `legal_form_shortenings` for
    Chinese; for lookup's index, annotate's patterns and check's source, which read the names so written as the
    company (U37-15's routing: one function for the three)."""
    found = _ZH_LEGAL_FORM_RE.search(zh)
    if found is None:
        return []
    out: list[str] = []
    shorter = zh[: found.start()]
    while len(shorter) >= 2 and shorter not in out:
        out.append(shorter)
        group = _ZH_GROUP_RE.search(shorter)
        if group is None:
            break
        shorter = shorter[: group.start()]
    return out


def forbidding(entry: Entry, text: str) -> ForbiddenForm | None:
    """Return the forbidden form of `entry` that `text` writes (in any case or spacing, as `FormTable.judge`
    reads it), or None: "beijing university" is 北京大学's deprecated "Beijing University"."""
    if not entry.forbidden:
        return None
    rendering = FormTable(entry).judge(text)
    if rendering is None or rendering.status != "forbidden":
        return None
    return next((f for f in entry.forbidden if f.form == rendering.form), None)


def forbidden_message(query: str, entry: Entry, banned: ForbiddenForm) -> str:
    """Say that `query` is the forbidden form `banned` of `entry`, and what to write instead (lookup's answer, in the
    terminal and on the web page): "'Tengxun' is a form the glossary forbids for 腾讯 Tencent (deprecated); write
    Tencent"."""
    status = "" if banned.status == "forbidden" else f" ({banned.status.replace('_', ' ')})"
    return f"{query!r} is a form the glossary forbids for {entry.label}{status}; write {form_to_write(entry, query)}"


def form_to_write(entry: Entry, forbidden: str) -> str:
    """The form to write for `entry` instead of its `forbidden` form: the English one, or for a Chinese forbidden
    form (a TBX deprecated term) the Chinese one, "北京大学 (traditional 北京大學)"."""
    if not has_cjk(forbidden) or entry.zh is None:
        return entry.en
    return f"{entry.zh} (traditional {entry.zh_hant})" if entry.zh_hant else entry.zh


def forbidden_forms(entry: Entry) -> tuple[str, ...]:
    """Return the forms the glossary forbids for `entry` (its `forbidden` field: TBX deprecated, superseded ...)."""
    return entry.forbidden_forms


def renderings(entry: Entry) -> list[Rendering]:
    """Return every rendering of `entry` with its status, forbidden ones included, most preferred first.

    The preferred form, the aliases, their variant spellings (see `spellings`), the family name
    and its ü spellings (people only), then the forbidden forms. A text is listed once, under its
    first status; a forbidden form is listed even if it also folds like an accepted one.
    """
    out: list[Rendering] = [Rendering(entry.en, "preferred", entry.en)]
    out += [Rendering(alias, "alias", alias) for alias in entry.aliases]
    seen = {match_key(r.text) for r in out}
    out += _variants(entry, seen)
    family = family_name(entry)
    if family is not None:
        base = _with_umlaut(family, entry)
        for text in dict.fromkeys((family, base, *umlaut_spellings(base))):
            key = match_key(text)
            if key not in seen:
                seen.add(key)
                out.append(Rendering(text, "short", family))
    out += [Rendering(text, "forbidden", text) for text in forbidden_forms(entry)]
    return out


class FormTable:
    """An entry's renderings by `match_key`, for judging many texts against one entry."""

    __slots__ = ("by_key", "entry", "exact", "forbidden", "typeset")

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.by_key: dict[str, Rendering] = {}
        self.forbidden: dict[str, Rendering] = {}
        self.exact: dict[str, Rendering] = {}
        """The forbidden forms that differ from an accepted one only in case, by their exact text: a termbase bans a
        casing ("TenCent" deprecated beside "Tencent"), so only that writing is forbidden. (One that differs in its
        letters, "Lu Bu" beside "Lü Bu", is forbidden in any case or spacing.)"""
        self.typeset: dict[str, Rendering] = {}
        """The preferred form and the aliases by `typeset_key`: a writing that differs from one only in its typesetting
        is that one ("Xi’an" for "Xi'an"); so is its British or American spelling, as written (`regional_spellings`:
        "Victoria Harbour" for "Victoria Harbor", the official name that CC-CEDICT spells the American way), and its
        opening "Mount"/"Mt" or "Saint"/"St" written the other way (`abbreviation_spellings`: "Mount Tai" for
        CC-CEDICT's "Mt Tai", the review's R49-20)."""
        for form, status in ((entry.en, "preferred"), *((alias, "alias") for alias in entry.aliases)):
            self.typeset.setdefault(typeset_key(form), Rendering(form, status, form))  # type: ignore[arg-type]
        for form, status in ((entry.en, "preferred"), *((alias, "alias") for alias in entry.aliases)):
            spelt_otherwise = (*regional_spellings(form), *ticker_spellings(form), *abbreviation_spellings(form))
            for spelt in spelt_otherwise if not is_wording(entry) else ():
                self.typeset.setdefault(typeset_key(spelt), Rendering(form, status, form))  # type: ignore[arg-type]
        banned: list[Rendering] = []
        accepted: set[str] = set()
        for rendering in renderings(entry):
            if rendering.status == "forbidden":
                banned.append(rendering)
            else:
                self.by_key.setdefault(match_key(rendering.text), rendering)
                accepted.add(rendering.text.casefold())
        for rendering in banned:
            if rendering.text.casefold() in accepted:
                self.exact.setdefault(rendering.text, rendering)
            else:
                self.forbidden.setdefault(match_key(rendering.text), rendering)

    def judge(self, text: str) -> Rendering | None:
        """Return the rendering `text` is, with its status, or None if it is none of the entry's.

        A text equal to the preferred form or an alias is that; a forbidden form (in any case or
        spacing) is forbidden, but one that differs from an accepted form only in case is forbidden only
        as written ("TenCent" beside "Tencent": "TENCENT" is a variant of Tencent);
        otherwise the rendering whose key `text` folds to.
        """
        entry = self.entry
        if text == entry.en:
            return Rendering(text, "preferred", entry.en)
        if text in entry.aliases:
            return Rendering(text, "alias", text)
        found = self.exact.get(text)
        if found is not None:
            return Rendering(text, "forbidden", found.form, found.text)
        key = match_key(text)
        found = self.forbidden.get(key)
        if found is not None:
            return Rendering(text, "forbidden", found.form, found.text)
        found = self.typeset.get(typeset_key(text))
        if found is not None:
            return Rendering(text, found.status, found.form)
        found = self.by_key.get(key)
        if found is None:
            return None
        status: Status = "variant" if found.status in ("preferred", "alias") else found.status
        return Rendering(text, status, found.form, found.text)

    def short_forms(self) -> list[Rendering]:
        """Return the family-name renderings (empty for anything but a person)."""
        return [r for r in self.by_key.values() if r.status == "short"]


def status(entry: Entry, text: str) -> Status | None:
    """Return the status of `text` as a rendering of `entry`, or None if it is not one (see `FormTable.judge`)."""
    found = FormTable(entry).judge(text)
    return found.status if found is not None else None


def keeps_capitals(rendering: Rendering) -> bool:
    """Tell whether every letter its spelling writes in upper case is upper case in the text.

    The rule running text is read by (annotate, and check for a family name alone): "Xiaomi",
    "XIAOMI" and "LEI Jun" are names, "apple" is not Apple and "he" is not the family name He.
    """
    return all(t.isupper() for s, t in zip(rendering.spelling, rendering.text, strict=False) if s.isupper())


def annotates(rendering: Rendering | None) -> bool:
    """Tell whether `annotate` glosses the rendering in running text (see ANNOTATE_MARKS, `keeps_capitals`)."""
    return rendering is not None and rendering.status in ANNOTATE_MARKS and keeps_capitals(rendering)


def written_as_english_word(text: str, forms: Iterable[str]) -> bool:
    """Tell whether `text` is an English word in lower case ("apple", "musk": `english_case.lower_words`) that one
    of `forms` is capitalised ('Apple', 'Musk'): written so it is the word, no rendering of the name ("An apple
    released a new phone." names no 苹果公司 'Apple'). "zou tao" is no English word: a name in other case still is."""
    if not text.islower() or " " in text:
        return False
    from zhgloss.english_case import lower_words

    return text in lower_words() and any(form.lower() == text and not form.islower() for form in forms)


_ABBREVIATION_STOP_RE = re.compile(r"(?<![\w'’.-])(Mt|St)(?= [A-Z])")
_ABBREVIATION_DOT_RE = re.compile(r"(?<![\w'’.-])(Mt|St)\.(?= [A-Z])")


def abbreviation_spellings(form: str) -> list[str]:
    """Return `form` with its opening "Mount"/"Mt" or "Saint"/"St" written either way, the abbreviation with and
    without its stop ("Mt Tai" -> ["Mt. Tai", "Mount Tai"]; "Saint Petersburg" -> ["St Petersburg", "St.
    Petersburg"]), or [] for a form with no such word.

    The words are lookup's and search's (`zhgloss.index.abbreviation_variants`, the one rule: CC-CEDICT writes "Mt"
    in 93 senses where news copy writes "Mount", and Reuters and AP write "St. Petersburg"); annotate
    (`zhgloss.annotate`) and check (`FormTable`) read a form so too."""
    from zhgloss.index import abbreviation_variants  # the rule's home; imported when a form may have a spelling

    variants = abbreviation_variants(form)
    if not variants:
        return []
    bare = [_ABBREVIATION_DOT_RE.sub(r"\1", variant) for variant in (form, *variants)]
    spelt = (writing for variant in bare for writing in (variant, _ABBREVIATION_STOP_RE.sub(r"\1.", variant)))
    return [writing for writing in dict.fromkeys(spelt) if writing != form]


def _is_full_name_of_family(text: str, entry: Entry) -> bool:
    """Tell whether `text`, an alias of a person the glossary names by the family name alone, is that person's full
    name: it ends in the family name (CC-CEDICT's 拜登 "Biden" with "Joe Biden", 莫迪 "Modi" with "Narendra Modi"). News
    names a person in full first; the full name is no variant of the family name."""
    if entry.type != "person" or len(entry.en.split()) != 1:
        return False
    words = text.split()
    return len(words) > 1 and match_key(words[-1]) == match_key(entry.en)


# The generic word after a river's, a desert's, an island group's or a gate's own name, which English leaves off:
# "the Yangtze", "the Gobi", "Kinmen and Matsu" for 'Matsu Islands' (the review's R49-19), "Tiananmen" for
# 'Tiananmen Gate'. Not "Island": "Taiwan" of 台湾岛 'Taiwan Island', "Hainan" of 'Hainan Island' name other
# places. Also before the word for the land about a river, written then in lower case: "the Yangtze basin" for
# 'Yangtze River Basin', "the Yangtze delta" for 'Yangtze River Delta'.
_FEATURE_RE = re.compile(
    r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*) (River|Desert|Islands|Gate)"
    r"(?: ([Bb]asin|[Dd]elta|[Vv]alley|[Ee]stuary))?"
)
# The generic word after a Chinese administrative division's own name, which English leaves off as well: "Hainan"
# for 'Hainan Province', "Wenchang" for 'Wenchang City'. China's levels as CC-CEDICT names them, in any case
# (CC-CEDICT's 'Changping county', AP's "Yunnan province").
DIVISION_RE = re.compile(
    r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*?) "
    r"(?i:(?:prefecture-level |county-level |sub-provincial )?city|province|prefecture|league|county|banner|district|"
    r"new (?:area|district)|municipality|township|town)"
)
# An autonomous division: its name, then the peoples it is named for ("Guangxi Zhuang Autonomous Region", "Xiangxi
# Tujia and Miao Autonomous Prefecture", "Weining Yi, Hui and Miao Autonomous County"), which English leaves off
# with the generic. No list of peoples is needed, nor does zhgloss ship one: the name is the fewest words in front
# that spell the start of the entry's pinyin (`is_pinyin_start`), the words after it are the peoples.
_AUTONOMOUS_RE = re.compile(
    r"([A-Z][\w'-]*(?:,? (?:and )?[A-Z][\w'-]*)*) (?i:autonomous (?:region|prefecture|county|banner))"
)
_PEOPLES_GAP_RE = re.compile(r",? (?:and )?")
_NOT_LETTERS_RE = re.compile(r"[^a-zü]+")


def is_pinyin_start(name: str, reading: str | None) -> bool:
    """Whether `name` spells the first syllables of the pinyin `reading`, tones, case and spacing aside ("Hainan" of
    'Hǎinán Shěng', "Pudong" of 'Pǔdōng Xīnqū'; not "Kansas" of 'Kānsàsī Chéng', which ends inside a syllable)."""
    from zhgloss.pinyin import split_syllables  # pypinyin's tables: lookup, which imports this module, never asks

    key = _NOT_LETTERS_RE.sub("", name.lower())
    spelled = ""
    for word in pinyin_words_of(reading):
        for syllable in split_syllables(_NOT_LETTERS_RE.sub("", word.lower())):
            spelled += syllable
            if spelled == key:
                return True
            if not key.startswith(spelled):
                return False
    return False


def without_feature(form: str, entry: Entry, *, divisions: bool = True) -> str | None:
    """Return a river's, desert's or Chinese division's name without its generic word, or None: "Yangtze River" ->
    "Yangtze", "Gobi Desert" -> "Gobi", "Yangtze River Basin" -> "Yangtze basin" (`_FEATURE_RE`); "Hainan Province"
    -> "Hainan", "Wenchang City" -> "Wenchang", "Pudong New District" -> "Pudong", "Guangxi Zhuang Autonomous
    Region" -> "Guangxi" (`DIVISION_RE`, `_AUTONOMOUS_RE`: "Weining Yi, Hui and Miao Autonomous County" ->
    "Weining").

    The one rule check's shorter names (`zhgloss.check`) and annotate's English patterns (`zhgloss.annotate`) read;
    annotate asks it of the features alone (`divisions` False): in running text a division's bare pinyin is as
    often a person's name or another place's ("Xi" of 息县 'Xi County', "Li" of 澧县 'Li County' in "Xi Jinping",
    "Li Qiang"), where check reads it only for a name the source writes. Not where the name left is an English word
    (`zhgloss.english_case.lower_words`): "Yellow River" and "Pearl River" keep "River" ("the Yellow" is no river).
    A division's name left must be the pinyin of the entry's first syllables (`is_pinyin_start`), as China's
    divisions are written: "Mexico" of 墨西哥城 'Mexico City' and "Kansas"
    of 堪萨斯城 'Kansas City' are other places.
    """
    from zhgloss.english_case import lower_words

    land = None
    match = _FEATURE_RE.fullmatch(form)
    if match is not None:
        name, land = match.group(1), match.group(3)
    elif not divisions:
        return None
    elif (match := _AUTONOMOUS_RE.fullmatch(form)) is not None:
        words = _PEOPLES_GAP_RE.split(match.group(1))
        leading = (" ".join(words[:count]) for count in range(1, len(words) + 1))
        found = next((name for name in leading if is_pinyin_start(name, entry.pinyin)), None)
        if found is None:
            return None
        name = found
    else:
        match = DIVISION_RE.fullmatch(form)
        if match is None or not is_pinyin_start(match.group(1), entry.pinyin):
            return None
        name = match.group(1)
    if any(word.lower() in lower_words() for word in name.split()):
        return None
    return f"{name} {land.lower()}" if land else name


COUNTRY_SHORT_FORMS_PATH = Path(__file__).resolve().parent / "data" / "country_short_forms.tsv"


@lru_cache(maxsize=1)
def _country_short_forms() -> dict[str, frozenset[str]]:
    """A country's English name -> the short forms news style writes for it (data/country_short_forms.tsv)."""
    out: dict[str, set[str]] = {}
    with COUNTRY_SHORT_FORMS_PATH.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            name, short, _source = line.rstrip("\n").split("\t")
            out.setdefault(name, set()).add(short)
    return {name: frozenset(forms) for name, forms in out.items()}


def country_short_forms(entry: Entry) -> frozenset[str]:
    """Return the short forms news style guides write for the country `entry` names, as they write them: 美国
    'United States' -> {"U.S.", "US", "USA"}, 英国 'United Kingdom' -> {"UK", "U.K.", "Britain"}, 阿联酋 -> {"UAE"}.

    Input: an entry; only a place's or an untyped name's forms are read. Output: the forms of every row of
    data/country_short_forms.tsv whose country name is one of the entry's English forms (`en` or an alias), empty for
    none. The rows' sources are the AP Stylebook, Reuters, Xinhua's English service, the GOV.UK style guide and the
    CIA World Factbook (each row names its own). Case and full stops count: "us" is no form of the United States."""
    if entry.type not in ("place", "name"):
        return frozenset()
    table = _country_short_forms()
    found = [table[form] for form in entry.en_forms if form in table]
    return frozenset().union(*found) if found else frozenset()


def check_kind(
    rendering: Rendering | None, entry: Entry | None = None
) -> Literal["missing", "variant", "forbidden"] | None:
    """Return the `check` problem a rendering gets in a translation: None for none, "missing" for no rendering.

    The preferred form, an alias `entry` stores that differs from it only as a variant does
    ("NASDAQ" beside "Nasdaq": the glossary says copy writes it so) and the family name as the
    preferred form writes it pass, as does a country's short form as news style writes it (`country_short_forms`: "US",
    "UK", "UAE"); another alias ("Ma Yun" for Jack Ma), a variant (in any case)
    and a family name spelt otherwise ("Lyu" for Lü) are a `variant` (a warning); a family name
    that lost its capital ("lei") is no mention, nor is the English word a one-word form is capitalised from ("musk"
    for 'Musk': `written_as_english_word`); a forbidden form is `forbidden`.
    """
    if rendering is None or (rendering.status == "short" and not keeps_capitals(rendering)):
        return "missing"
    english_word = entry is not None and written_as_english_word(rendering.text, entry.en_forms)
    if english_word and rendering.status != "forbidden":
        return "missing"
    if rendering.status == "preferred" or (rendering.status == "short" and rendering.exact):
        return None
    if rendering.status == "alias" and entry is not None and match_key(rendering.text) == match_key(entry.en):
        return None
    if rendering.status == "alias" and entry is not None and _is_full_name_of_family(rendering.text, entry):
        return None
    if rendering.status != "forbidden" and entry is not None and rendering.text in country_short_forms(entry):
        return None
    if rendering.status == "forbidden":
        return "forbidden"
    return "variant"


def variant_texts(entry: Entry) -> Iterator[Rendering]:
    """Yield the variant renderings of `entry`: the spellings lookup, search and annotate add to its forms."""
    if not _may_vary(entry):
        return iter(())
    return iter(_variant_texts_of_forms(entry.en_forms, entry.pinyin, entry.type in SPLIT_TYPES))


def _variant_texts_of_forms(en_forms: Sequence[str], reading: str | None, split: bool) -> list[Rendering]:
    """`variant_texts` of an entry that `_may_vary`, from its English forms, pinyin and whether it is of SPLIT_TYPES.

    The forms' own keys are made only where a form has a spelling (about half of the entries that may vary).
    """
    spelt = [(form, _keyed_spellings_of(form, reading, split)) for form in en_forms]
    if not any(spellings for _, spellings in spelt):
        return []
    return _new_variants(spelt, {match_key(form) for form in en_forms})


def variant_texts_of(entries: Sequence[Entry]) -> list[tuple[int, Rendering]]:
    """Return (entry number, rendering) of every `variant_texts` of `entries`, in order.

    Most entries of a big glossary have none (wording, `is_wording`; names whose forms hold no hyphen,
    apostrophe or ü and are no person's): `_may_vary` is asked of their columns (`zhgloss.model.EntryColumns`,
    a column at a time), and only the few others are built as entries and asked for their spellings.
    """
    from zhgloss.model import entry_columns

    columns = entry_columns(entries)
    ens, types, pinyins, aliases = columns.en, columns.type, columns.pinyin, columns.aliases
    names = compress(range(len(columns)), map(not_, are_wording(columns)))
    varying, umlaut, regional = _VARYING_CHAR_RE.search, _PINYIN_UMLAUT_RE.search, has_regional_spelling
    may_vary = [
        n
        for n in names
        if types[n] in SPLIT_TYPES
        or ((pinyin := pinyins[n]) and umlaut(pinyin))
        or varying(ens[n])
        or (aliases[n] and any(map(varying, aliases[n])))
        or regional(ens[n])
        or (aliases[n] and any(map(regional, aliases[n])))
        or _TICKER_RE.fullmatch(ens[n])
    ]
    # Read from the columns: no entry is built.
    return [
        (n, r)
        for n in may_vary
        for r in _variant_texts_of_forms((ens[n], *aliases[n]), pinyins[n], types[n] in SPLIT_TYPES)
    ]


def are_wording(entries: Sequence[Entry]) -> list[bool]:
    """`is_wording` of each of `entries`, read from their columns (`zhgloss.model.entry_columns`) a column at a time.

    Kept with the columns (`EntryColumns.derived`) and shared: the annotator's build and `check`'s names matcher
    both ask it of a glossary's columns. Read the list, never change it.
    """
    from zhgloss.model import entry_columns

    columns = entry_columns(entries)
    known: list[bool] | None = columns.derived.get("wording")
    if known is None:
        ens = columns.en
        known = list(map(or_, map(WORDING_TYPES.__contains__, columns.type), map(eq, ens, map(str.lower, ens))))
        columns.derived["wording"] = known
    return known


def _variants(entry: Entry, seen: set[str]) -> list[Rendering]:
    """The variant renderings of `entry` (`renderings`' order) whose keys are not in `seen`, which takes them in."""
    if not _may_vary(entry):
        return []
    return _new_variants([(form, _keyed_spellings(form, entry)) for form in entry.en_forms], seen)


def _new_variants(spelt: Iterable[tuple[str, list[tuple[str, str]]]], seen: set[str]) -> list[Rendering]:
    """The variant renderings of the forms' keyed spellings `spelt` (form by form), those whose keys are not in
    `seen`, which takes them in."""
    out: list[Rendering] = []
    for form, spellings in spelt:
        for text, key in spellings:
            if key not in seen:
                seen.add(key)
                out.append(Rendering(text, "variant", form))
    return out

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
* The unit of a date written with numerals is no form's first character: 日 of
  3月5日电 is the day (5日|电 "dispatch of the 5th", not 日电 NEC), so is 日 of
  4日美国国务院 ("on the 4th, the US State Department"; not 日美 "Japan–US",
  which would leave only 国务院). See `is_date_unit`.

Annotation inserts a gloss after a mention and never changes a character of the
input, so removing the insertions (`remove_insertions`) gives the input back.
A mention already followed by its gloss in brackets ("Lei Jun (雷军)",
"雷军（Lei Jun）") is left alone and so is the gloss itself: annotating
annotated text changes nothing. The marks of unverified proposals (任正非〔Rén Zhèngfēi?〕:
`annotate --unknown`, and draft entries) are invisible to the matcher: nothing is matched inside
one and the text around it reads as if it were not there (`Elided`).
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import json
import operator
import re
import struct
import sys
import unicodedata
import zlib
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, chain, compress, filterfalse, islice, pairwise, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TypeAlias, TypeVar, cast, overload

from zhgloss.bulk import paused_gc
from zhgloss.document import DOC_REACH, DocumentRule, Lines
from zhgloss.english_case import lower_words, ordinary_at_start
from zhgloss.errors import FormatError, UsageError
from zhgloss.memo import TextMemo
from zhgloss.model import Entry, EntryColumns, Role, entry_columns, order_roles, traditional_variants, variant_texts
from zhgloss.script import (
    CJK_PATTERN,
    INVISIBLE_MARKS,
    NAME_SEPARATORS,
    UNICODE_SPACES,
    ZERO_WIDTH_SPACE,
    cjk_flags,
    fold_latin,
    has_cjk,
    is_cjk,
    nfc_with_offsets,
    separator_lines,
    separator_variants,
    without_surrogates,
)
from zhgloss.syllables import SYLLABLES

if TYPE_CHECKING:
    from pathlib import Path

    from zhgloss.glossrules import InsideRule
    from zhgloss.store import Glossary
    from zhgloss.unknown import NameFinder

CACHE_KIND = "annotate-v26"
"""Name and format version of the cached automaton (`zhgloss.cache.load_cached`); v12: bare place names;
v13: entries read from the glossary file, pattern lists read one by one; v14: both; v15: English
patterns marked at word starts (`_anchor`); v16: the patterns stored sorted, for short texts; v17: no
one-syllable English forms (`zhgloss.glossable`); v18: no English automaton (built from the patterns when a
text needs it), the Chinese one compressed, entry offsets of 32 bits; v19: an English form several entries
share goes first to the one `forms.precedence` ranks first; v20: English forms as written stored as their
difference from the pattern (`_WrittenForms`), the entries' end in the header; v21: the patterns the ninth
session's rules give (labelled senses and bare mountain names not glossable, `forms.precedence` by how often
Chinese text writes a name): a cache of v20 holds what those rules no longer glossed, so it is built again;
v22: English forms folded with Unicode's spaces as spaces (`zhgloss.script.UNICODE_SPACES`); v23: no English forms
as written (`Annotator.written_form` reads them from the entries when a match needs them); v24: Latin letters folded
as fold_letters folds them (`zhgloss.script.fold_latin`, dd5f354: Łódź as lodz) and the two-letter spellings of ß, æ,
œ, þ, ĳ among the variants (`zhgloss.forms.variant_texts`: Strauss for Strauß); v25: no English adjective of a
language's or a people's entry ("Japanese" beside "Japanese language": `zhgloss.glossable`); v26: a country's register
form first among the entries sharing it (`_register_first`), a place's name without its generic and "Mount"/"Mt",
"Saint"/"St" written either way among the forms (`_with_feature_names`), a language's name as an adjective not glossed
(`_language_adjectives`)."""

FORMS = ("zh", "zh_hant", "en", "zh_alias", "alias", "variant")
"""Entry fields a mention can match, in the order that wins when two entries share a form.

"variant" is a spelling of `en` or an alias that `zhgloss.forms` accepts and that folds to a
key of its own ("Lyu Bu" for "Lü Bu", "Lei Busi" for "Leibusi"); the others are as stored.
"""
_TRADITIONAL_CODES = {FORMS.index("zh"): FORMS.index("zh_hant"), FORMS.index("zh_alias"): FORMS.index("zh_alias")}
"""The simplified fields whose forms the build converts to traditional (FORMS codes), and the field their spellings
take: zh's are matched as zh_hant, a Chinese alias's as a Chinese alias."""

Gloss = Literal["auto", "en", "pinyin", "zh", "both"]
Format = Literal["inline", "html", "json", "tsv"]
GLOSSES: tuple[str, ...] = ("auto", "en", "pinyin", "zh", "both")
FORMATS: tuple[str, ...] = ("inline", "html", "json", "tsv")

Span = tuple[int, int, int]
"""A match inside the engine: start, end, value index (one pattern form of one entry)."""

_MAGIC = b"ZHGLOSS-ANNOTATE-9\n"
_OPEN = "(（"
_CLOSE = ")）"
_GLOSS_GAPS = frozenset(" \t" + UNICODE_SPACES)
"""What may stand between a name and the bracket of its gloss: a space of any kind or a tab (雷军\u00a0（Lei Jun）)."""
_GLOSS_STARTS = frozenset(_OPEN) | _GLOSS_GAPS
"""What follows a name whose gloss is written after it: a bracket, or a space or tab before one."""
_first = itemgetter(0)
_first_two = itemgetter(0, 1)

MARK_OPEN = "〔"
MARK_CLOSE = "?〕"
"""An unverified proposal is written 任正非〔Rén Zhèngfēi?〕: tortoise-shell brackets and a question mark,
never the round brackets of a verified gloss (a name the glossary lacks, `annotate --unknown`, or a draft entry)."""

# What shows as nothing, read by the matcher as not there (`Elided`, as the marks of proposals are): a run of the
# invisible marks (soft hyphen, joiners, bidirectional controls, U+FEFF: zhgloss.script.INVISIBLE_MARKS) and zero-width
# spaces. Next to a Chinese character the whole run means nothing (雷\u200b军 is 雷军); elsewhere a zero-width space
# is a word break, as a space is ("CEO\u200bLei Jun"), and only the marks go. The name keeps them all: its gloss
# goes after the whole of 雷\u200b军, and removing glosses gives the input back.
_UNSEEN_ANY_RE = re.compile(f"[{INVISIBLE_MARKS}{ZERO_WIDTH_SPACE}]")
_UNSEEN_RUN_RE = re.compile(f"[{INVISIBLE_MARKS}{ZERO_WIDTH_SPACE}]+")


def _unseen_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) ranges of `text` that show as nothing and part no words (see `_UNSEEN_RUN_RE`), in order."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for run in _UNSEEN_RUN_RE.finditer(text):
        a, b = run.span()
        if ZERO_WIDTH_SPACE not in run.group() or (a and is_cjk(text[a - 1])) or (b < n and is_cjk(text[b])):
            out.append((a, b))
        else:
            out += [(a + i, a + i + 1) for i, c in enumerate(run.group()) if c != ZERO_WIDTH_SPACE]
    return out


_HAN_SPACE_RE = re.compile(f"\u3000(?<={CJK_PATTERN}\u3000)(?={CJK_PATTERN})")
"""An ideographic space between two Han characters (found in C from the space: news indents paragraphs with two)."""


def _typeset_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each ideographic space (U+3000) of `text` between two Han characters that stand alone, in
    order: read as not there, so the characters are the word they spell. Chinese typesetting pads a name of two
    characters to the width of three so (记者　王　翔　报道, a byline; 王　翔 in a list of names) and spaces out a
    heading's characters (通　知). Not 记者　王翔 (a space between words) nor 王　翔说."""
    if "\u3000" not in text:
        return []
    return [
        (at, at + 1)
        for at in map(re.Match.start, _HAN_SPACE_RE.finditer(text))
        if _stands_alone(text, at - 1) and _stands_alone(text, at + 1)
    ]


def _stands_alone(text: str, at: int) -> bool:
    """Tell whether text[at] is a Han character with none beside it."""
    return (
        is_cjk(text[at]) and (at == 0 or not is_cjk(text[at - 1])) and (at + 1 == len(text) or not is_cjk(text[at + 1]))
    )


_MARK_RE = re.compile("〔[^〔〕\n]{1,200}\\?〕")
"""An unverified mark as annotate writes it. Not 〔2023〕 of 国发〔2023〕5号: official document numbers
use the same brackets, without the question mark."""


def _mark_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each unverified mark of `text` (`_MARK_RE`), in order: none in most texts, told by one
    search in C for the mark's end ("?〕" is rarer than 〔: 国发〔2023〕5号, Lu Xun's 〔弓京〕)."""
    return [m.span() for m in _MARK_RE.finditer(text)] if MARK_CLOSE in text else []


UNVERIFIED_STYLE = "border-bottom: 1px dashed #b35900; color: #8a4500"
"""Inline style of an unverified name in html: distinct from a glossed one whatever the page's stylesheet."""

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


UNGLOSSED_TYPES = ("stock_code",)
"""Entry types a mention of which is found but gets no gloss.

A stock code is written alike in both languages (3888:HKEX, 03888.HK): its gloss would be another
spelling of itself, and copy names the company right before it ("金山软件（03888.HK）"), which is
glossed. `--summary`, `--format json` and `tsv` still list the code, with the company it refers to.
"""


def is_glossed(kind: str) -> bool:
    """Tell whether a mention of an entry of type `kind` gets a gloss (see UNGLOSSED_TYPES)."""
    return kind not in UNGLOSSED_TYPES


# Characters skipped when looking for the text around a mention: quotation marks, which both
# languages share (“Xiaomi”在 is Chinese text, "Xiaomi" said is English). A space is not skipped: in
# "雷军 Richard Liu" the name starts a stretch of Latin text, glossed the English way as before.
_NEUTRAL = "\"'“”‘’"


def in_chinese_context(text: str, s: int, e: int) -> bool:
    """Tell whether the mention text[s:e] stands in Chinese text, so its gloss takes full-width brackets.

    It does when the nearest character on either side that is not a quotation mark is a CJK
    ideograph or CJK punctuation: 在, 。, or the full-width bracket of 公司（Kingsoft Cloud）.
    Half-width brackets around it (京东(JD.com)) mean the text writes half-width ones.
    """
    before = s - 1
    while before >= 0 and text[before] in _NEUTRAL:
        before -= 1
    after = e
    while after < len(text) and text[after] in _NEUTRAL:
        after += 1
    return (before >= 0 and _is_chinese_char(text[before])) or (after < len(text) and _is_chinese_char(text[after]))


def _is_chinese_char(char: str) -> bool:
    cp = ord(char)
    # Ideographs, CJK symbols and punctuation (、。「」), full-width forms (（），：！) and half-width 。「」、.
    return (
        is_cjk(char)
        or 0x3000 <= cp <= 0x303F
        or 0xFF01 <= cp <= 0xFF0F
        or 0xFF1A <= cp <= 0xFF20
        or (0xFF3B <= cp <= 0xFF40 or 0xFF5B <= cp <= 0xFF65)
    )


class _WordChars(dict[str, bool]):
    """`is_word_char`, remembered per character: the boundary rule asks it for every candidate match."""

    def __missing__(self, char: str) -> bool:
        self[char] = verdict = is_word_char(char)
        return verdict


WORD_CHARS = _WordChars()
"""WORD_CHARS[c] is is_word_char(c), at the cost of a dict lookup."""


_NEXT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_POSSESSIVE_BEFORE_RE = re.compile(r"\b[A-Z][A-Za-z]*['’]s$")
_NAMED_POSSESSIVE_BEFORE_RE = re.compile(r"\b[A-Z][A-Za-z]* [A-Z][A-Za-z]*['’]s$")
"""A capitalised possessive after a capitalised word: the name of a day, a plant or an illness that holds a one-word
name after it ("New Year's Eve", "St John's Wort")."""
_PERSONS = frozenset({"person", "nickname"})
_PLACE_WORDS = frozenset(
    {
        *("River", "Basin", "Delta", "Valley", "Mountain", "Mountains", "Lake", "Sea", "Ocean", "Gulf", "Bay"),
        *("Strait", "Island", "Islands", "Peninsula", "Desert", "Plateau", "Plain", "Forest", "Rainforest", "Falls"),
        "Canal",
    }
)
"""Generics of natural features: after a name of another kind they name a feature of that name ("Amazon River"), which
no company names; a building or street a company names keeps its gloss ("Huawei Tower")."""
_FEATURE_HEAD_RE = re.compile(r"(?<![\w'’.-])(?:Mount|Mt|Lake|Port|Cape|Fort)$")
"""The words English names a mountain, a lake, a port, a cape or a fort by before its name ("Mount Everest", "Lake
Geneva", "Port Elizabeth", "Cape Cod"): a name after one is a word of that longer name (`Annotator._in_longer_name`)."""
# The last words of an organisation's English name are `zhgloss.forms.ORGANISATION_WORDS`, with the legal forms
# (`zhgloss.forms.is_organisation_word`, imported where a match asks: forms.py is not loaded for every text):
# capitalised words that end on one after a place's or an untyped name's form make it the organisation's first word
# ("Great Wall Motor", not the Wall; "Taiwan People's Party"; "Singapore Exchange", "Hong Kong Exchanges and
# Clearing", the exchanges' own names: the user's U37-5 addendum 3; "Hongkong and Shanghai Banking Corp", the
# review's R49-9), as a place's name glued before a company's is on the Chinese side (`zhgloss.glossrules`). Not a
# port or an airport, which are the place's ("Shanghai Port" handles the city's cargo as often as it names the club).
INSTITUTION_WORDS = frozenset(
    {"Church", "Museum", "Academy", "School", "Library", "Court", "Parliament", "Assembly", "Congress", "Ministry"}
)
"""Capitalised words of a body that names the place it belongs to after "of" ("Church of England", "Bank of
England", "University of Chicago", "Museum of London"), with `zhgloss.forms.ORGANISATION_WORDS`: the place's form
there is the body's name's last word, not a mention of the place. Not titles ("Queen of England", "President of
France"), which name the place's own head."""
_BODY_OF_RE = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+) of (?:the )?$")
_NAMING_KINDS = frozenset({"place", "name"})
_LANGUAGE_ENDS = frozenset("语語话話")
"""What a language's or a dialect's Chinese name ends in (台语, 沪语, 上海话, 客家話):
`Annotator._is_language_adjective`."""
_LANGUAGE_THINGS = frozenset(
    (
        *("language", "languages", "dialect", "dialects", "speaker", "speakers", "speaking", "speech", "word", "words"),
        *("term", "terms", "phrase", "phrases", "name", "names", "pronunciation", "accent", "accents", "version"),
        *("versions", "translation", "translations", "subtitle", "subtitles", "subtitled", "text", "texts", "script"),
        *("grammar", "vocabulary", "song", "songs", "lesson", "lessons", "class", "classes", "course", "courses"),
        *("teacher", "teachers", "teaching", "literature", "opera", "operas", "romanization", "romanisation", "radio"),
        *("broadcast", "broadcasts", "proverb", "proverbs", "idiom", "idioms", "slang", "media", "edition", "editions"),
    )
)
"""Nouns for what a language has or is used in: after them a language's name is the language ("Taiwanese speakers",
"Shanghainese dialect", "Taiwanese songs")."""
_GRAMMAR_WORDS = frozenset(
    (
        *("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will"),
        *("would", "can", "could", "may", "might", "must", "shall", "should", "and", "or", "but", "nor", "so", "yet"),
        *("as", "at", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "with"),
        *(
            "without",
            "than",
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "what",
            "when",
            "where",
            "while",
            "if",
            "because",
        ),
        *("although", "though", "unless", "since", "until", "about", "after", "before", "between", "through"),
        *("during", "against", "among", "like", "the", "a", "an", "this", "these", "those", "its", "it", "his", "her"),
        *("their", "our", "my", "your", "not", "also", "too", "only", "just", "still", "even", "very", "more", "most"),
        *("says", "said", "say", "speak", "speaks", "spoken", "written", "write", "writes", "became", "becomes"),
        *("remains", "remained", "instead", "rather", "then", "there", "here", "now", "again", "alone", "well"),
    )
)
"""English words of grammar, and verbs a language's name is the subject or object of ("Taiwanese is spoken",
"Taiwanese and Hakka", "learn Taiwanese well"): after them the name is no adjective."""


def _is_noun_after_language(word: str) -> bool:
    """Tell whether `word`, a word after a language's name, is a noun that makes the name an adjective: a lower-case
    word that is no word of grammar (`_GRAMMAR_WORDS`), no adverb in -ly, no past form in -ed, and no word for what
    a language has (`_LANGUAGE_THINGS`)."""
    word = word.rstrip("'’")
    return (
        word.islower()
        and word not in _GRAMMAR_WORDS
        and word not in _LANGUAGE_THINGS
        and not word.endswith(("ly", "ed"))
        and "-" not in word
    )


_CALENDAR_WORDS = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February"),
        *("March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    }
)
"""The English days and months, capitalised words that follow a place in news English ("of Jordan Tuesday said")
without making a name with it (not `calendar.day_name`, which follows the locale)."""
_PRONOUN_RE = re.compile(
    r"[.!?\n]|\b(?:([Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)|([Ii]ts|[Ii]tself))\b"
)
"""A sentence's end (no group), or a third-person pronoun of a person (group 1) or of a thing (group 2)."""
_PRONOUN_REACH = 200
_LIST_WORD = r"[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){0,2}"
_LIST_BEFORE_RE = re.compile(rf"(?<![A-Za-z'’-])(?P<item>{_LIST_WORD})(,|,? and|,? or| &) \Z")
_LIST_AFTER_RE = re.compile(rf"(,|,? and|,? or| &) (?P<item>{_LIST_WORD})(?![A-Za-z'’-])")
_LIST_GOES_ON_RE = re.compile(rf"(?:,|,? and|,? or| &) {_LIST_WORD}")
"""A list's item before or after a name, and what joins them: `Annotator._by_list`."""
_LIST_REACH = 60
_FEATURE_ARTICLE_RE = re.compile(r"(?<![A-Za-z])[Tt]he (?:[a-z]+ ){0,3}\Z")
"""The article before a feature's name without its generic word, with up to three lower-case words between ("the
Yangtze", "the upper Yangtze", "the middle and lower Yangtze"): `Annotator._feature_told`."""
_FEATURE_GENERIC_AFTER_RE = re.compile(r" (?i:rivers?|deserts?|islands?|gate)\b")
"""A feature's generic word written after its name in any case ("Salween river", "Tarim River" where the entry
writes the other case): `Annotator._feature_told`."""


def _spells_whole_pinyin(name: str, reading: str | None) -> bool:
    """Tell whether `name` is the whole of the pinyin `reading`, tones, case, spacing and apostrophes aside
    ("Tiananmen" of 'Tiān'ānmén', "Nujiang" of 'Nù jiāng'; not "Jinsha" of 'Jīn shā jiāng')."""
    if not reading:
        return False
    letters = "".join(ch for ch in unicodedata.normalize("NFD", reading.lower()) if "a" <= ch <= "z")
    return letters == "".join(ch for ch in name.lower() if "a" <= ch <= "z")


"""How far past a shared English form the rest of its sentence is read for a pronoun (`Annotator._by_pronoun`)."""
_TITLE_REACH = 60
"""How far before a shared person's name `Annotator._by_title` reads for a role's title ("Vice Chairman of the
Standing Committee of the National People's Congress" is 58 characters)."""


def _is_organisation_word(word: str) -> bool:
    """`zhgloss.forms.is_organisation_word`, imported at the first call."""
    from zhgloss.forms import is_organisation_word

    return is_organisation_word(word)


def _title_words(text: str) -> str:
    """`text`'s words in lower case, each in one spelling of British and American English (councillor and councilor
    alike: `_regional_key`), joined and ended by a space: " state councilor " (a title is found in it as whole words by
    `in`)."""
    return " " + " ".join(map(_regional_key, _TITLE_WORD_RE.findall(text.lower()))) + " "


@cache
def _regional_key(word: str) -> str:
    """One spelling of a lower-case word that English spells more than one way, the same for each: the first in
    alphabetical order of the word and its other spellings (`zhgloss.forms.regional_spellings`: SCOWL's British and
    American pairs; "councillor" and "councilor" -> "councilor"); any other word as given."""
    from zhgloss.forms import regional_spellings

    return min((word, *(other.lower() for other in regional_spellings(word))))


def _title_distance(words: list[str], folded: list[str], title: list[str]) -> int | None:
    """How many words stand between the title's words `title` and a name, in the words `words` before the name
    (`folded`: the same as `_title_words` spells them), where nothing but capitalised words and "of", "the", "and",
    "for" follow the title up to the name: the title is the name's ("Deputy director of the Ministry of Emergency
    Management Wang Yong", 6); None where it is not there (the last place it is in is read)."""
    size = len(title)
    for i in range(len(folded) - size, -1, -1):
        if folded[i : i + size] == title:
            rest = words[i + size :]
            return len(rest) if all(word[0].isupper() or word.lower() in _TITLE_JOINS for word in rest) else None
    return None


_TITLE_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_TITLE_JOINS = frozenset(("of", "the", "and", "for"))
"""Kinds whose English form may start an organisation's name without being it: places and untyped names (an
organisation's own form before "Group" is that organisation: "Xiaomi Group")."""
_CAPITALISED_RUN_RE = re.compile(r"(?: [A-Z][A-Za-z'’-]*){1,4}")
"""Up to four capitalised words, each after a space: the rest of a longer name after a match ("People's Party")."""


def _glued(text: str, s: int, e: int, bounds: int, word: _WordChars) -> bool:
    """Tell whether the candidate text[s:e] is part of a bigger token that is not a name.

    A Latin edge touching "@", or a "." with a letter or digit beyond it, is inside an e-mail
    address or a domain ("LeiJun@Xiaomi.com", "www.Xiaomi"); touching "/" inside a token that looks
    like a URL ("mi.com/Xiaomi", "https://…/Kingsoft") it is part of the URL, while "Kingsoft/Weibo"
    is two names. A form that ends in a symbol ("HK$") must not end in the middle of a number
    ("HK$40"), nor one that starts with a symbol start right after a word.
    """
    n = len(text)
    if bounds & 1 and s > 0:
        before = text[s - 1]
        if before == "@" or (before == "." and s > 1 and word[text[s - 2]] and not _after_full_stop(text, s)):
            return True
        if before == "/" and _in_url(text, s):
            return True
    elif s > 0 and word[text[s - 1]]:
        return True
    if bounds & 2 and e < n:
        after = text[e]
        if after == "@" or (after == "." and e + 1 < n and word[text[e + 1]]):
            return True
        if after == "/" and _in_url(text, s):
            return True
        if after in "+-\u2212" and e + 1 < n:
            # An offset or code written onto it (GMT+8, UTC-5), or the romanized syllable that ends a hyphenated given
            # name ("Lai Ching-te", "Tsai Ing-wen": "Ching" is no Qing dynasty there).
            if text[e + 1].isdigit():
                return True
            if after == "-" and _SYLLABLE_AFTER_RE.match(text, e + 1) and _is_syllable_after(text, e + 1):
                return True
    elif e < n and word[text[e]]:
        return True
    return False


_SYLLABLE_AFTER_RE = re.compile(r"[a-z]{1,6}(?![A-Za-z0-9'’-])")


def _is_syllable_after(text: str, at: int) -> bool:
    """Tell whether the lower-case run at text[at:] is one pinyin syllable ("te" of "Ching-te", "wen" of "Ing-wen")."""
    from zhgloss.syllables import SYLLABLES

    match = _SYLLABLE_AFTER_RE.match(text, at)
    return match is not None and match.group() in SYLLABLES


def _after_full_stop(text: str, at: int) -> bool:
    """Tell whether the "." before `at` ends a sentence rather than a domain label ("It ended.Zou Tao spoke.").

    CAT tools join segments without a space after a Chinese full stop. A capital after the dot,
    in a token that is no URL, address or "www." name, starts a sentence.
    """
    if not text[at].isupper():
        return False
    start = at - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:at]
    if _TICKER_RE.fullmatch(token) and _EXCHANGE_RE.match(text, at):
        return False  # a ticker and its market's code: JD.US, BABA.N, 0700.HK
    return not ("/" in token or "@" in token or ":" in token or token.lower().startswith("www."))


_TICKER_RE = re.compile(r"[(（]?[A-Z0-9]{1,6}\.")
_EXCHANGE_RE = re.compile(
    r"(?:US|HK|SS|SZ|SH|BJ|N|O|L|T|TO|AX|KS|KQ|SI|TW|TWO|DE|PA|AS|SW|MI|MC|ST|OL|CO|BO|NS|JK|BK|KL)(?![A-Za-z0-9])"
)
"""The market codes written after a ticker and a dot (Reuters and Yahoo style: 9988.HK, BABA.N, 600519.SS, JD.US)."""


_TICKER_COLONS = frozenset(":：")
_TICKER_BRACKET_RE = re.compile(r"[(（]\s*[A-Z0-9][A-Z0-9.]{0,9}\s*[:：]\s*[A-Z0-9][A-Z0-9.]{0,9}\s*[)）]")
"""A stock code in brackets, its ticker and its market's name either side of a colon, as press releases and wire copy
write them: "(JD:NASDAQ)", "(NASDAQ: BIDU)", "(HKEX: 0700)"."""
_TICKER_REACH = 14
"""How far either side of a match `_in_ticker` reads: a market's name, a colon, a ticker and the brackets."""


def _in_ticker(text: str, s: int, e: int) -> bool:
    """Tell whether the match text[s:e] is a word of a bracketed stock code ("NASDAQ" of "(JD:NASDAQ)").

    The market's name there is part of the code, which annotate does not gloss (UNGLOSSED_TYPES): "JD.com (JD:NASDAQ
    (纳斯达克))" glossed the exchange inside the ticker's brackets (the s32 new-user tester's U32-27). The mention is
    still found, so `check` reads it as before, and the JSON and TSV formats list it.
    """
    lo = max(0, s - _TICKER_REACH)
    return any(
        found.start() <= s and e <= found.end() for found in _TICKER_BRACKET_RE.finditer(text, lo, e + _TICKER_REACH)
    )


def _in_url(text: str, at: int) -> bool:
    """Tell whether the token (between white space) around `at` looks like a URL or a path with a domain."""
    start, end = at, at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end]
    return "://" in token or token.lower().startswith("www.") or ("." in token.split("/", 1)[0] and "/" in token)


_URL_RE = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.-]*://|(?<![A-Za-z0-9])[Ww][Ww][Ww]\.)[^\s，。、；：！？（）《》〈〉「」『』【】“”‘’<>\"'\u3000]*"
)
"""A URL or an IRI, to white space or a mark of Chinese punctuation: Chinese copy writes links with raw Han characters
(https://zh.wikipedia.org/wiki/北京, gov.cn paths), and a gloss inside one breaks the link (the tester's U27-61).
A www. in any case starts one only where a word does not run on into it ("MarkWww.ASP" is no link: `_in_url`'s
token rule)."""


_PART_SEPARATORS = (*NAME_SEPARATORS, "-", "\uff0d", "\u2010", "\u2011")
"""What `_PART_SEPARATOR_RE` finds between two Han characters, each asked of a text in C first (a character class
scans a Han text at ~10 ms a MB, as long as a tenth of annotate's own time)."""
_PART_SEPARATOR_RE = re.compile(f"([{NAME_SEPARATORS}\\-\uff0d\u2010\u2011])(?<={CJK_PATTERN}.)(?={CJK_PATTERN})")
"""A separator between two Han characters, the parts of a name (安东尼奥·古特雷斯, 让-克洛德·容克): a name separator of
`zhgloss.script.NAME_SEPARATORS` or a hyphen (ASCII, full-width, Unicode's and its no-break one)."""
_MARKUP_RES = (
    # A code span, its backticks as many on both sides (CommonMark 6.1): `zhgloss annotate`, ``a`b``. A search
    # from the left starts on the first backtick of a run, and the run is taken whole.
    ("`", re.compile(r"(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")),
    # A link's or an image's destination and title: [广州](/tag/广州), ![深圳](images/深圳.png "深圳").
    ("](", re.compile(r"\](\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\))")),
    # A link reference definition's destination and title: [北京]: /wiki/北京 "北京".
    ("]:", re.compile(r"\]:([ \t]*\S+(?:[ \t]+[^\n]*)?)$", re.MULTILINE)),
    # An autolink or an HTML tag, attributes and all: <https://example.com/北京>, <a href="/北京">, </a>.
    ("<", re.compile(r"(<(?:[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>)")),
)
"""Markup of Markdown (CommonMark) that is no prose, each with what a text holds when it may hold it (one search in C
before the regex; each regex starts on a literal, which the engine scans for in C): a code span, a link's destination,
a reference definition's, an autolink or an HTML tag. The range is the last group's (the match's whole, for a code
span)."""
_MARKUP_HINTS = (*(hint for hint, _ in _MARKUP_RES), "~~~")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
"""A line opening or closing a fenced code block (CommonMark 4.5): ```python, ~~~."""


def _markup_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) ranges of `text` that Markdown writes as markup or code, not prose, in order: code spans,
    fenced code blocks (from the fence to the fence that closes it, or the text's end), link destinations and titles,
    autolinks and HTML tags (`_MARKUP_RES`). The link's text, a heading's, emphasised words and a list's items are
    prose and are not among them. A block fenced across two chunks of a stream is read as prose after the cut."""
    ranges: list[tuple[int, int]] = []
    if "```" in text or "~~~" in text:
        opened: re.Match[str] | None = None
        for fence in _FENCE_RE.finditer(text):
            if opened is None:
                opened = fence
            elif _closes(opened.group(1), fence):
                ranges.append((opened.start(), fence.end()))
                opened = None
        if opened is not None:
            ranges.append((opened.start(), len(text)))
    for hint, pattern in _MARKUP_RES:
        if hint in text:
            ranges += [m.span(m.lastindex or 0 if hint != "`" else 0) for m in pattern.finditer(text)]
    return sorted(ranges)


def _closes(opening: str, fence: re.Match[str]) -> bool:
    """Tell whether `fence` (a match of `_FENCE_RE`) closes the block `opening` (its backticks or tildes) opened: the
    same character, at least as many, and nothing else on the line."""
    marks = fence.group(1)
    return marks[0] == opening[0] and len(marks) >= len(opening) and not fence.group().strip().strip(marks[0])


def non_prose_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) ranges of `text` that are no prose, sorted and merged: URLs (`_URL_RE`) and Markdown's markup
    and code (`_markup_ranges`). No gloss starts inside one: neither a glossary's nor a proposal's (`zhgloss.unknown`).
    A few searches in C tell most texts hold none."""
    ranges: list[tuple[int, int]] = []
    if "://" in text or "w." in text or "W." in text:
        ranges += [m.span() for m in _URL_RE.finditer(text)]
    if any(hint in text for hint in _MARKUP_HINTS):
        ranges += _markup_ranges(text)
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for a, b in ranges:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def starts_inside(at: int, ranges: list[tuple[int, int]]) -> bool:
    """Tell whether offset `at` lies inside one of `ranges` (`non_prose_ranges`: sorted, not overlapping)."""
    k = bisect.bisect_right(ranges, (at, sys.maxsize))
    return bool(k) and at < ranges[k - 1][1]


def _outside_ranges(spans: list[Span], ranges: list[tuple[int, int]]) -> list[Span]:
    """Return `spans` without those that start inside one of `ranges` (`non_prose_ranges`)."""
    if not ranges:
        return spans
    return [span for span in spans if not starts_inside(span[0], ranges)]


_FULLWIDTH_RE = re.compile("[\uff01-\uff5e]")
_FROM_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULLWIDTH_ALNUM_RUNS_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_FROM_FULLWIDTH_ALNUM = {
    cp: cp - 0xFEE0 for cp in chain(range(0xFF10, 0xFF1A), range(0xFF21, 0xFF3B), range(0xFF41, 0xFF5B))
}
"""Full-width letters and digits to ASCII (`Annotator.spans`); not the full-width marks, which Chinese prose writes
as its own punctuation (，：（）！) and the rules read as such."""


def _half_width(match: re.Match[str]) -> str:
    """A run of full-width letters and digits in ASCII (`_FROM_FULLWIDTH_ALNUM`)."""
    return match.group().translate(_FROM_FULLWIDTH_ALNUM)


def _fold(text: str) -> str:
    """Lower-case `text`, fold full-width ASCII to ASCII and read pinyin letters plain, keeping its length.

    Offsets in the folded text are offsets in `text` (see `zhgloss.script.fold_latin`: tone marks
    and ü's dots off, hyphens and apostrophes as spaces). Folding the text, rather than adding a
    full-width copy of every English pattern, keeps the English automaton half the size.
    """
    if _FULLWIDTH_RE.search(text):
        text = text.translate(_FROM_FULLWIDTH)
    return fold_latin(text)


_NOT_ASCII_SPLIT_RE = re.compile("([^\x00-\x7f]+)")


def _anchor(folded: str) -> str:
    """Mark the word starts of folded text: an ASCII letter not after another ASCII letter is upper-cased.

    The English automaton holds its patterns marked alike ("lei jun" as "Lei Jun"), so a form
    that starts with a letter is only found where a word starts: "a", "i", "in" and "ng" are no
    longer found inside every other English word, only to be dropped one by one by the boundary
    rule (they were 64% of the automaton's matches in check's targets). Folded text has no
    upper-case ASCII, and whether a letter is marked depends only on the character before it,
    so a pattern matches the marked text exactly where it matched the folded text and starts
    at a letter not glued to an ASCII letter: a subset of what the boundary rule keeps, which
    still judges what is found. Same length: offsets are unchanged.
    """
    if folded.isascii():
        return folded.title()  # on ASCII, title() upper-cases exactly the letters after a non-letter
    pieces = _NOT_ASCII_SPLIT_RE.split(folded)  # ASCII runs at even places; each starts a word or the text
    pieces[::2] = map(str.title, pieces[::2])
    return "".join(pieces)


def _folded_all(texts: list[str]) -> list[str]:
    """Return `[_fold(text) for text in texts]`: the ASCII texts (nearly all) folded in two C-level passes.

    Folding an ASCII text is lower-casing it and making its hyphens and apostrophes spaces, a character at a
    time: so the ASCII texts joined by line breaks fold as each alone (a test holds the two equal). The
    others (a few in a hundred) are folded one by one.
    """
    return _by_ascii(texts, _fold, lambda joined: joined.lower().replace("-", " ").replace("'", " "))


def _by_ascii(texts: list[str], one: Callable[[str], str], joined: Callable[[str], str]) -> list[str]:
    """`[one(text) for text in texts]`, where `joined` of the ASCII texts joined by line breaks does `one` to each."""
    is_ascii = list(map(str.isascii, texts))
    ascii_texts = list(compress(texts, is_ascii))
    text = "\n".join(ascii_texts)
    if text.count("\n") != max(len(ascii_texts) - 1, 0):  # a text holds a line break (no form does)
        return list(map(one, texts))
    done = joined(text).split("\n") if ascii_texts else []
    if len(done) == len(texts):  # every text ASCII
        return done
    # The few others done one by one, and put in their places between runs of the ASCII texts' results.
    out: list[str] = []
    taken = 0
    for at in compress(range(len(texts)), map(operator.not_, is_ascii)):
        ascii_before = at - len(out)  # the ASCII texts between the last text placed and this one
        out += done[taken : taken + ascii_before]
        taken += ascii_before
        out.append(one(texts[at]))
    out += done[taken:]
    return out


def _case_ok(form: str, surface: str) -> bool:
    return form == surface or all(s.isupper() for f, s in zip(form, surface, strict=True) if f.isupper())


POSSESSIVE_TYPES = ("org", "place", "product", "work")
"""Entry types whose multi-word English names copy writes with a possessive owner."""


def possessive_variants(form: str, kind: str) -> list[str]:
    """Return the possessive spellings of a multi-word name led by its owner's name, if it has any.

    English writes "Xiaomi's Science and Technology Park" for the place the glossary calls
    "Xiaomi Science and Technology Park": the owner's name takes 's (straight or curly apostrophe)
    and the rest of the name follows. Only organisations, places, products and works ("Lei's Jun"
    is no name), only forms of two words or more whose first word is a capitalised word without an
    apostrophe or final s of its own.
    """
    first, _, rest = form.partition(" ")
    if kind not in POSSESSIVE_TYPES or not rest or not first[:1].isupper() or not first.isalnum():
        return []
    if first.endswith(("s", "S")):
        return []
    return [f"{first}'s {rest}", f"{first}\u2019s {rest}"]


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
    draft: bool = False
    """A proposal nobody has confirmed (`harvest --unknown --add`): glossed as unverified, 布林肯〔Bù Línkěn?〕."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Build a record from an entry's JSON form (see `Entry.to_dict`)."""
        title = tooltip(data)
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
            draft=bool(data.get("draft")),
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


class _Lines(Sequence[str]):
    """Strings laid end to end as UTF-8 with the offset where each ends: each is decoded when it is read.

    A one-line annotate reads a few of the 10^5 patterns of a big glossary; splitting them all
    would cost it tens of milliseconds.
    """

    def __init__(self, data: bytes | memoryview, ends: _Ints) -> None:
        if len(ends) and ends[-1] != len(data):
            raise ValueError("damaged zhgloss annotator: pattern list cut short")
        self._data = data
        self._ends = ends

    @staticmethod
    def pack(items: Iterable[str]) -> tuple[bytes, bytes]:
        """Return the joined UTF-8 of `items` and their end offsets, the two sections `_Lines` reads."""
        encoded = list(map(str.encode, items))  # UTF-8
        return b"".join(encoded), _packed_ints("i", accumulate(map(len, encoded))).tobytes()

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self._ends):
            raise IndexError(index)
        start = self._ends[index - 1] if index else 0
        return bytes(self._data[start : self._ends[index]]).decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        data, start = bytes(self._data), 0
        for end in self._ends:
            yield data[start:end].decode("utf-8")
            start = end


_Ints: TypeAlias = "array[int] | memoryview"
"""A table of ints: an array built here, or a view of the cached bytes cast to ints."""


def _ints(raw: bytes | memoryview, code: Literal["b", "i", "I", "q"]) -> memoryview:
    """View `raw` (bytes, or a view of a cache) as native ints of type `code`; raise ValueError if cut short."""
    view = memoryview(raw)
    if view.nbytes % array(code).itemsize:
        raise ValueError(f"damaged zhgloss annotator: a table of {code!r} ints is cut short")
    return view.cast("B").cast(code)


class _SortedKeys:
    """Patterns sorted as UTF-8 bytes (which sort as code points, and as `sorted` sorts str), laid end to end.

    A pattern's number is its place in this order, as in the automata, which are built from the
    patterns sorted. A short text is matched by narrowing, start by start, the range of patterns
    that begin with the text read so far: what an automaton finds, without loading it. The
    automata of a big glossary are MB (CC-CEDICT's English definitions: 21 MB); deserializing them
    cost a one-line annotate 20-60 ms, this well under one.
    """

    def __init__(self, data: bytes | memoryview, ends: _Ints, firsts: str | None = None) -> None:
        if len(ends) and ends[-1] != len(data):
            raise DamagedCacheError("damaged zhgloss annotator: pattern list cut short")
        self._data = data
        self._ends = ends
        # The characters some pattern starts with (None: any may): a start at another is passed over
        # without a search. English patterns start at a marked word start (`_anchor`), few of a text's letters.
        self._firsts = None if firsts is None else frozenset(firsts)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> bytes:
        """The UTF-8 of pattern `index` (what `bisect` compares)."""
        return bytes(self._data[self._ends[index - 1] if index else 0 : self._ends[index]])

    def _matches_from(self, text: str, s: int) -> Iterator[tuple[int, int]]:
        """Yield (end, pattern) of each pattern that `text` holds at `s`, shortest first."""
        low, high = 0, len(self._ends)
        for e in range(s + 1, len(text) + 1):
            prefix = text[s:e].encode("utf-8")
            low = bisect.bisect_left(self, prefix, low, high)
            # b"\xff" never occurs in UTF-8: every pattern starting with `prefix` sorts below prefix + it.
            high = bisect.bisect_left(self, prefix + b"\xff", low, high)
            if low == high:
                return
            if self[low] == prefix:
                yield e, low

    def find_overlapping(self, text: str) -> list[Span]:
        """Every occurrence of every pattern in `text`, as (start, end, pattern): the standard automaton's."""
        firsts = self._firsts
        starts = range(len(text)) if firsts is None else [s for s, char in enumerate(text) if char in firsts]
        return [(s, e, p) for s in starts for e, p in self._matches_from(text, s)]

    def find(self, text: str) -> list[Span]:
        """The leftmost-longest matches in `text`, left to right, none overlapping: the leftmost-longest automaton's."""
        out: list[Span] = []
        s, n = 0, len(text)
        while s < n:
            longest = max(self._matches_from(text, s), default=None)  # (end, pattern): the furthest end
            if longest is None:
                s += 1
            else:
                out.append((s, *longest))
                s = longest[0]
        return out


PREFIX_LENGTH = 12
"""The English automaton holds the patterns' first PREFIX_LENGTH characters (see `_PrefixMatcher`)."""
PREFIX_SHARERS = 16
"""More patterns than this starting with one prefix lengthen it for them (CC-CEDICT's 1,160 "(bird species of ...")."""


class _PrefixMatcher:
    """Every occurrence of every English pattern, found by an automaton of their first characters.

    A standard automaton of the whole patterns is about ten times the size of their text (21 MB for the
    2 MB of CC-CEDICT's English definitions; 68 MB at 300,000 entries), most of it for the tails of long
    definitions. This one holds each pattern's first PREFIX_LENGTH characters, and each prefix the
    patterns that start with it: an occurrence of a prefix is a match of those of its patterns that the
    text holds whole there. A pattern occurs only where its prefix does, so the matches are the same.
    Prefixes shared by more than PREFIX_SHARERS patterns, or that are another pattern whole, are
    lengthened for the longer patterns, so that no occurrence is compared with many patterns.

    A pattern that is its prefix alone (most: names, short definitions) is the automaton's pattern of
    the same number, so a text that holds no other prefix gets the automaton's matches as they are.
    The other prefixes take the numbers of the patterns that are not their prefix (there are as many
    such patterns as prefixes or more); numbers left over hold a line break and a number, which no
    pattern holds and which match nothing.
    """

    def __init__(self, automaton: Any, keys: Sequence[str], flags: bytes, starts: _Ints, members: _Ints) -> None:
        self._automaton = automaton
        self._keys = keys
        self._flags = flags  # automaton pattern -> 1 if it is a prefix of other patterns (or a filler), else 0
        self._flagged = set(compress(range(len(flags)), flags))
        self._starts = starts  # automaton pattern -> where the patterns it is a prefix of start in `members`
        self._members = members  # pattern numbers, grouped by prefix

    @classmethod
    def build(cls, keys: Sequence[str], length: int = PREFIX_LENGTH, most: int = PREFIX_SHARERS) -> _PrefixMatcher:
        """Return the matcher of `keys` (the English patterns, in their order: a match names its place).

        `length` and `most`: the prefixes' length, and how many patterns may share one (see the class).
        """
        import daachorse

        listed = list(keys)
        whole = set(listed)
        prefixes = [key[:length] for key in listed]
        shared = Counter(prefixes)
        pending: Iterable[int] = range(len(listed))
        while True:  # only the patterns lengthened last round are asked again
            longer = [
                n
                for n in pending
                if len(listed[n]) > len(prefix := prefixes[n]) and (shared[prefix] > most or prefix in whole)
            ]
            if not longer:
                break
            for n in longer:
                shared[prefixes[n]] -= 1
                prefixes[n] = listed[n][: 2 * len(prefixes[n])]
                shared[prefixes[n]] += 1
            pending = longer
        groups: dict[str, list[int]] = {}
        for n, prefix in enumerate(prefixes):
            groups.setdefault(prefix, []).append(n)
        patterns = list(listed)  # a pattern that is its own prefix alone keeps its number
        flags = bytearray(len(listed))
        others = [
            (prefix, numbers) for prefix, numbers in groups.items() if len(numbers) > 1 or listed[numbers[0]] != prefix
        ]
        free = sorted(n for _, numbers in others for n in numbers)
        members: list[list[int]] = [[] for _ in listed]
        for k, at in enumerate(free):
            flags[at] = 1
            if k < len(others):
                patterns[at], members[at] = others[k]
            else:
                patterns[at] = f"\n{k}"  # a filler: no text the matcher reads has a pattern's line break
        starts = array("i", accumulate(map(len, members), initial=0))
        automaton = daachorse.CharwiseDoubleArrayAhoCorasick(patterns) if patterns else None
        return cls(automaton, listed, bytes(flags), starts, array("i", chain.from_iterable(members)))

    def to_bytes(self) -> bytes:
        """The matcher as bytes, for `from_bytes` (its patterns are not in them: `from_bytes` is given them)."""
        automaton = self._automaton.serialize() if self._automaton is not None else b""
        head = struct.pack("<3Q", len(self._flags), len(self._members), len(automaton))
        return head + self._flags + bytes(self._starts) + bytes(self._members) + automaton

    @classmethod
    def from_bytes(cls, data: bytes, keys: Sequence[str]) -> _PrefixMatcher:
        """Read back `to_bytes` of the matcher of `keys`; raise ValueError if damaged."""
        import daachorse

        pos = struct.calcsize("<3Q")
        if len(data) < pos:
            raise ValueError("damaged zhgloss annotator: English prefixes cut short")
        n_keys, n_members, size = struct.unpack_from("<3Q", data)
        flags = data[pos : pos + n_keys]
        pos += n_keys
        starts = _ints(data[pos : pos + 4 * (n_keys + 1)], "i")
        pos += 4 * (n_keys + 1)
        members = _ints(data[pos : pos + 4 * n_members], "i")
        pos += 4 * n_members
        if pos + size != len(data) or n_keys != len(keys) or len(starts) != n_keys + 1 or starts[-1] != n_members:
            raise ValueError("damaged zhgloss annotator: English prefixes cut short")
        automaton = daachorse.CharwiseDoubleArrayAhoCorasick.deserialize(data[pos:]) if size else None
        return cls(automaton, keys, flags, starts, members)

    def find_overlapping(self, text: str) -> list[Span]:
        """Every occurrence of every pattern in `text`, as (start, end, pattern), in no set order."""
        if self._automaton is None:
            return []
        found: list[Span] = self._automaton.find_overlapping(text)
        if self._flagged.isdisjoint(map(_third, found)):
            return found
        keys, starts, members = self._keys, self._starts, self._members
        marks = list(map(self._flags.__getitem__, map(_third, found)))
        out = list(compress(found, map(operator.not_, marks)))
        for s, e, q in compress(found, marks):
            for n in members[starts[q] : starts[q + 1]]:
                key = keys[n]
                if len(key) == e - s or text.startswith(key, s):  # the same length: the prefix is the pattern
                    out.append((s, s + len(key), n))
        return out


SHORT_CHINESE = 512
"""Up to this many characters in all, Chinese is matched through `_SortedKeys`; past them the automaton is loaded."""
SHORT_ENGLISH = 2048
"""The same for English (whose automaton is bigger): both budgets cost about what loading the automaton does.

The English automaton of a glossary file is built by the first text past this budget after a change
and then kept in a cache file of its own (see `_Tables.eall`): later processes load it."""


ENGLISH_LAYOUT = 3
"""The layout of the English matcher's cache file, folded into its stamp: 3 is a `_PrefixMatcher`, zlib-compressed
(level 1; higher levels gain ~1% for 5-20 times the build). 2 was an automaton of the whole patterns: 8.6 MB at
100,000 entries, 29.4 MB at 300,000."""


class _Tables:
    """The matcher's data, built from entries or read back from bytes.

    Read back from a memory-mapped cache, the automata and pattern lists stay bytes until first
    used: a one-line annotate of Chinese never loads the English automaton, and the pages of
    the cache it does not touch are never read.
    """

    def __init__(self) -> None:
        self._zll: Any = None  # leftmost-longest automaton of the Chinese forms
        self._z_keys: Sequence[str] | None = None  # the Chinese patterns (their overlapping automaton: when needed)
        self._zall: Any = None
        self.run_extra = ""  # characters that end a Latin run but occur in English forms (ガメラ): runs keep them
        self.e_firsts: str | None = None  # the first characters of the English patterns (None: unknown)
        self.english_cache: tuple[Path, str] | None = None  # where the English automaton is cached (`eall`)
        self._eall: Any = (
            None  # English forms, folded (`_fold`) and marked at word starts (`_anchor`), standard automaton
        )
        self._e_forms: Sequence[str] | None = None
        self._z_sorted: _SortedKeys | None = None
        self._e_sorted: _SortedKeys | None = None
        self.e_keys: Sequence[str] = []  # the English patterns as the automaton holds them (folded, marked), sorted
        self.raw: dict[str, bytes | memoryview] = {}  # sections not decoded yet
        self.n_z = 0
        # Arrays when built here; read back, views of the cache (a copy would read every page of them).
        self.value_entry: _Ints = array("i")  # value index -> entry index
        self.value_form: _Ints = array("b")  # value index -> index into FORMS
        self.z_bounds: _Ints = array("b")  # Chinese pattern -> 1: Latin first char, 2: Latin last char
        self.e_bounds: _Ints = array("b")  # English pattern -> as z_bounds
        self.e_first: _Ints = array("i")  # English pattern -> its first value index (values are consecutive)
        # Entry number -> its JSON document, source[starts[n]:ends[n]]: the documents laid end to end
        # (built here, or read from bytes), or the glossary file itself (`external`, see `Annotator.to_bytes`).
        self.entry_source: bytes | memoryview = b""
        self.entry_starts: _Ints = array("q")
        self.entry_ends: Sequence[int] = array("q")
        self.external = False
        self.spans: Sequence[tuple[int, int]] | None = None
        """The entry spans `entry_starts` and `entry_ends` were made of (`_build_tables`), if any."""
        self.simp_trad: tuple[str, str] = (_SIMP_ONLY, _TRAD_ONLY)
        # Read back (no forms as written): English value -> its form as written (`Annotator.written_form`).
        self.written_of: Callable[[int], str] | None = None

    def _automaton(self, name: str) -> Any:
        data = self.raw.pop(name, b"")
        if not data:
            return None
        import daachorse

        try:
            return daachorse.CharwiseDoubleArrayAhoCorasick.deserialize(zlib.decompress(data))
        except (ValueError, zlib.error) as exc:
            raise DamagedCacheError(f"damaged zhgloss annotator: {exc}") from None

    @property
    def zll(self) -> Any:
        if self._zll is None and "zll" in self.raw:
            self._zll = self._automaton("zll")
        return self._zll

    @property
    def eall(self) -> Any:
        """The English matcher (`_PrefixMatcher`), built from `e_keys` on first use.

        It is not in the annotator's cache: most texts never need it (`SHORT_ENGLISH`). Built for a
        glossary file, it is kept compressed in a cache file of its own (`english_cache`,
        `ENGLISH_LAYOUT`), so only the first long English text after a change pays for building it.
        """
        if self._eall is None and len(self.e_keys):
            keys = list(self.e_keys)
            if self.english_cache is not None:
                self._eall = self._cached_english(keys)
            if self._eall is None:
                self._eall = _PrefixMatcher.build(keys)
        return self._eall

    def _cached_english(self, keys: list[str]) -> _PrefixMatcher | None:
        """The English matcher from its cache file (built and written if missing); None if unusable."""
        from zhgloss.cache import drop_cached, load_cached

        assert self.english_cache is not None
        path, kind = self.english_cache
        # Stamped with the patterns it was built from and the layout (compressed): a file of another
        # version is never used.
        stamp = zlib.crc32(self.raw.get("e_keys", b""), ENGLISH_LAYOUT).to_bytes(4, "little")

        def build() -> bytes:
            return stamp + zlib.compress(_PrefixMatcher.build(keys).to_bytes(), 1)

        for _ in range(2):
            data = load_cached(path, kind, build)
            if bytes(data[:4]) == stamp:
                with contextlib.suppress(ValueError, zlib.error, struct.error):
                    return _PrefixMatcher.from_bytes(zlib.decompress(data[4:]), keys)
            drop_cached(path, kind)  # damaged, or of other patterns: built again once
        return None

    def _sections(self, name: str) -> tuple[bytes | memoryview, _Ints]:
        """A pattern list read back: its joined UTF-8 and where each pattern ends."""
        return self.raw.get(name, b""), _ints(self.raw.get(f"{name}_ends", b""), "i")

    @property
    def z_sorted(self) -> _SortedKeys | None:
        """The Chinese patterns of a table read back, for texts too short to be worth loading `zll`."""
        if self._z_sorted is None and "z_keys" in self.raw:
            self._z_sorted = _SortedKeys(*self._sections("z_keys"))
        return self._z_sorted

    @property
    def e_sorted(self) -> _SortedKeys | None:
        """The English patterns of a table read back, for texts too short to be worth building `eall`."""
        if self._e_sorted is None and "e_keys" in self.raw:
            self._e_sorted = _SortedKeys(*self._sections("e_keys"), self.e_firsts)
        return self._e_sorted

    @property
    def has_english(self) -> bool:
        return len(self.e_keys) > 0

    def _lines(self, name: str) -> Sequence[str]:
        return _Lines(*self._sections(name))

    @property
    def z_keys(self) -> Sequence[str]:
        if self._z_keys is None:
            self._z_keys = self._lines("z_keys")
        return self._z_keys

    @property
    def e_forms(self) -> Sequence[str]:
        """English value (minus n_z) -> the form as written, for the case rule: built here, the forms themselves;
        read back, each worked out from its entry when asked (`written_of`)."""
        if self._e_forms is None:
            self._e_forms = _FormsOf(self)
        return self._e_forms


class _FormsOf(Sequence[str]):
    """The English forms as written of a table read back, each worked out from its entry when asked."""

    def __init__(self, tables: _Tables) -> None:
        self._t = tables

    def __len__(self) -> int:
        first = self._t.e_first
        return len(first) and first[-1] - self._t.n_z

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self) or self._t.written_of is None:
            raise IndexError(index)
        return self._t.written_of(index + self._t.n_z)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class _Ends(Sequence[int]):
    """Where each entry ends: its start and its length (`Annotator.to_bytes` stores the lengths, half the size)."""

    def __init__(self, starts: _Ints, lengths: _Ints) -> None:
        self._starts = starts
        self._lengths = lengths

    def __len__(self) -> int:
        return min(len(self._starts), len(self._lengths))

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        start: int = self._starts[index]
        length: int = self._lengths[index]
        return start + length


class DamagedCacheError(ValueError):
    """A cached annotator that cannot be read back (a bug or a damaged file, never the user's input)."""


class _PatternRows:
    """Every pattern of a list of entries with the place it asks for, in rank order: the first half of a build.

    What costs most in a build (each form's spellings, foldings and traditional conversions, and
    whether it is glossed at all) depends on its entry alone, so the matcher of some of the entries
    (`check`'s names) is assembled from the rows of all of them (`_build_tables`' `chosen`).

    The rows are kept as columns (parallel lists), a column of the entries at a time: a list of
    10^5 tuples costs more to make, and to filter by entry, than the lists of their fields.
    """

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = entries
        columns = entry_columns(entries)  # a glossary's own (`Glossary.entry_columns`): no entry built for them
        numbers, written, codes, with_cjk, glossed = _form_rows(columns)
        chinese_rows = list(compress(range(len(written)), map(operator.and_, glossed, with_cjk)))
        # The Chinese forms a column at a time (one scan for separators).
        self.chinese_text: list[str]
        """Every spelling of every stored Chinese form, in rank order; its entry and field code are beside it."""
        chinese_codes = list(map(codes.__getitem__, chinese_rows))
        self.chinese_text, (self.chinese_entry, self.chinese_code) = _spelled(
            list(map(written.__getitem__, chinese_rows)), [list(map(numbers.__getitem__, chinese_rows)), chinese_codes]
        )
        e_entry, e_code, e_written = _english_rows(columns, numbers, written, codes, with_cjk, glossed)
        folded_rows = _folded_all(e_written)
        self.e_marked, self.e_folded, self.e_counts, values = _english_patterns(
            e_entry, e_code, e_written, columns, folded_rows
        )
        """The English patterns, marked (`_anchor`) and sorted, and the same folded; how many values each has: theirs
        are the next so many of `e_entry`, `e_code`, `e_written`."""
        self.e_entry: list[int] = list(map(e_entry.__getitem__, values))
        self.e_code: list[int] = list(map(e_code.__getitem__, values))
        self._written_rows, self._values = e_written, values
        self._e_written: list[str] | None = None
        # The traditional spellings of simplified names the glossary does not store (霸总 -> 霸總), so
        # traditional text finds them too. OpenCC converts them all in one call per configuration.
        # Each simplified form's traditional spellings take the traditional field of its own: zh's zh_hant.
        at_simplified = list(map(_TRADITIONAL_CODES.__contains__, chinese_codes))
        simplified = list(compress(chinese_rows, at_simplified))
        converted = _traditional_spellings(columns, list(map(written.__getitem__, simplified)))
        per_form = list(map(len, converted))
        trad_codes = map(_TRADITIONAL_CODES.__getitem__, compress(chinese_codes, at_simplified))
        self.traditional_text: list[str]
        """The traditional spellings, in rank order; their entry and field code are beside them."""
        self.traditional_text, (self.traditional_entry, self.traditional_code) = _spelled(
            list(chain.from_iterable(converted)),
            [_repeated(map(numbers.__getitem__, simplified), per_form), _repeated(trad_codes, per_form)],
        )

    @property
    def e_written(self) -> list[str]:
        """The English values' forms as written, in order (made on first use: a cache does not store them)."""
        if self._e_written is None:
            self._e_written = list(map(self._written_rows.__getitem__, self._values))
        return self._e_written


def _traditional_spellings(columns: EntryColumns, forms: list[str]) -> list[tuple[str, ...]]:
    """`zhgloss.convert.traditional_variants_of(forms)`, each a tuple of spellings: read from the glossary's kept table
    (`zhgloss.model.traditional_variants`, SPD-40-2) where its columns keep one or have it already, as the lookup
    index leaves it, so the build converts nothing OpenCC converted for the same glossary version; a form the table
    lacks is converted here. Columns kept nowhere (entries in memory) convert `forms` alone, not the table's every
    form. Same values either way: the conversion is a function of each text."""
    from zhgloss.convert import traditional_variants_of

    if columns.keep is None and "traditional_variants" not in columns.derived:
        return traditional_variants_of(forms)
    table = traditional_variants(columns)
    converted: list[tuple[str, ...] | None] = list(map(table.get, forms))
    missing = [n for n, found in enumerate(converted) if found is None]
    if missing:
        for n, spellings in zip(missing, traditional_variants_of([forms[n] for n in missing]), strict=True):
            converted[n] = spellings
    return cast("list[tuple[str, ...]]", converted)


def _form_rows(columns: EntryColumns) -> tuple[list[int], list[str], list[int], list[bool], list[bool]]:
    """Every form of the entries `columns`, in rank order: its entry number, the form, its field code (FORMS),
    whether it has CJK (`has_cjk`) and whether annotate glosses it (`zhgloss.glossable.are_glossable`)."""
    from zhgloss.glossable import are_glossable

    # Every form with its entry number and field code (FORMS), one field of the entries at a time: that
    # order ranks them. A traditional form written as the simplified one adds nothing: the simplified
    # one's row, ranked before it, holds the same spelling for the same entry.
    numbers: list[int] = []
    written: list[str] = []
    codes: list[int] = []
    variant_code = FORMS.index("variant")
    zhs = columns.zh
    for code, name in enumerate(FORMS[:variant_code]):
        if name in ("zh", "zh_hant", "en"):
            values = getattr(columns, name)
            present = map(isinstance, values, repeat(str))
            if name == "zh_hant":
                present = map(operator.and_, present, map(operator.ne, values, zhs))
            kept = list(compress(range(len(values)), present))
            numbers += kept
            written += map(values.__getitem__, kept)
        else:
            lists = getattr(columns, name + "es")
            listed = list(compress(range(len(lists)), lists))
            kept = list(chain.from_iterable(map(repeat, listed, map(len, map(lists.__getitem__, listed)))))
            numbers += kept
            written += chain.from_iterable(map(lists.__getitem__, listed))
        codes += [code] * len(kept)
    variants = variant_texts(columns)  # kept per glossary version, shared with lookup and search
    numbers += map(_first, variants)
    written += (rendering.text for _, rendering in variants)
    codes += [variant_code] * len(variants)
    # Single characters and common words (和, 成功) are not glossed unless the entry says so.
    with_cjk = cjk_flags(written)
    return numbers, written, codes, with_cjk, are_glossable(columns, numbers, written, with_cjk)


def _english_rows(
    columns: EntryColumns,
    numbers: list[int],
    written: list[str],
    codes: list[int],
    with_cjk: list[bool],
    glossed: list[bool],
) -> tuple[list[int], list[int], list[str]]:
    """The English rows of `_form_rows`' rows, in rank order: their entry numbers, field codes and forms.

    A glossed form without CJK, with a Latin letter or digit ("@" for 小老鼠, "☰" for 乾 are symbols, not
    names: matching them would gloss every e-mail address), then the possessive spellings of an owner's
    form (`possessive_variants`) after it.
    """
    english_rows = list(compress(range(len(written)), map(operator.gt, glossed, with_cjk)))  # glossed, no CJK
    e_written = list(map(written.__getitem__, english_rows))
    latin = _have_latin(e_written)
    if not all(latin):
        english_rows, e_written = list(compress(english_rows, latin)), list(compress(e_written, latin))
    e_entry = list(map(numbers.__getitem__, english_rows))
    e_code = list(map(codes.__getitem__, english_rows))
    types = columns.type
    owners = set(compress(range(len(types)), map(frozenset(POSSESSIVE_TYPES).__contains__, types)))
    if owners:
        e_entry, e_code, e_written = _with_possessives(e_entry, e_code, e_written, owners, types)
    if any(".HK" in form or ".hk" in form for form in e_written):
        e_entry, e_code, e_written = _with_code_spellings(e_entry, e_code, e_written)
    e_entry, e_code, e_written = _with_feature_names(e_entry, e_code, e_written, columns)
    return e_entry, e_code, e_written


_NAME_WORDS_RE = re.compile(r"(?:^|[^\w'’.-])(?:Mount|Mt|Saint|St)\.? [A-Z]|[a-z] (?:River|Desert|Islands|Gate)\b")
"""A cheap test for the forms `_with_feature_names` may spell otherwise: an opening word that English writes either way
(`zhgloss.index.NAME_ABBREVIATIONS`), or a feature's generic word (`zhgloss.forms.without_feature`); those functions
decide."""


def _with_feature_names(
    entries: list[int], codes: list[int], forms: list[str], columns: EntryColumns
) -> tuple[list[int], list[int], list[str]]:
    """The English rows, with a row (field "variant", after every form of the entries' own) for each other writing of
    a form that is the same name:

    * a name's opening word English writes either way, "Mount"/"Mt" and "Saint"/"St" (`zhgloss.forms.
      abbreviation_spellings`, the rule lookup and search read: "Mount Tai" for CC-CEDICT's 泰山 "Mt Tai", "St.
      Petersburg" for 圣彼得堡 "Saint Petersburg": the review's R49-20);
    * a feature's name without its generic word (`zhgloss.forms.without_feature`, the one rule check reads, without
      its divisions: "Matsu" for 马祖 "Matsu Islands", the review's R49-19; "the Yangtze" for 长江 "Yangtze River").

    A spelling the entry stores as a form of its own is left to that form's row; another entry's own English ranks
    first (妈祖 "Matsu", the sea goddess, before 马祖's "Matsu": `Annotator._by_list` chooses between them)."""
    from zhgloss.adopted import english_given_names
    from zhgloss.forms import abbreviation_spellings, without_feature

    stored = set(zip(entries, forms, strict=True))
    types = columns.type
    variant = FORMS.index("variant")
    added: list[tuple[int, list[str]]] = []
    search = _NAME_WORDS_RE.search
    for row in compress(range(len(forms)), map(bool, map(search, forms))):
        form = forms[row]
        if "'s " in form or "’s " in form:
            continue  # an owner's possessive spelling (`possessive_variants`): "Xiao's River" is no name
        extra = abbreviation_spellings(form)
        place = types[entries[row]] == "place"
        bare = without_feature(form, columns[entries[row]], divisions=False) if place else None
        # A name left that is one pinyin syllable ("Han" of 'Han River', "Wei" of 'Wei River') names nobody alone
        # (`zhgloss.glossable`'s rule), and an English given name ("Don" of 'Don River') is a person's.
        if bare is not None and bare.lower() not in SYLLABLES and bare.lower() not in english_given_names():
            extra.append(bare)
        n = entries[row]
        extra = [spelling for spelling in dict.fromkeys(extra) if (n, spelling) not in stored]
        if extra:
            stored.update((n, spelling) for spelling in extra)
            added.append((row, extra))
    if not added:
        return entries, codes, forms
    out_entries, _, out_forms = _with_rows_after(entries, codes, forms, added)
    # The added rows are of the "variant" field whatever their form's: ranked after the entries' own forms.
    out_codes: list[int] = []
    done = 0
    for row, extra in added:
        out_codes += codes[done : row + 1]
        out_codes += [variant] * len(extra)
        done = row + 1
    return out_entries, out_codes + codes[done:], out_forms


_HK_CODE_RE = re.compile(r"0*([1-9]\d{0,4})(\.(?:HK|hk))")
"""A Hong Kong stock code as a glossary stores it: up to five digits and the market (1211.HK, 00700.HK)."""


def _with_code_spellings(
    entries: list[int], codes: list[int], forms: list[str]
) -> tuple[list[int], list[int], list[str]]:
    """The English rows, with the other spellings of a Hong Kong stock code after it: HKEX numbers its codes up to
    five digits, and copy writes them bare or with the leading zeros to four or five (1211.HK, 01211.HK; 700.HK,
    0700.HK, 00700.HK: the user's U37-4 addendum 3, as lookup reads them one code, `zhgloss.tickers.ticker_key`).
    A spelling the glossary stores as a form of its own is left to that form's row."""
    stored = set(forms)
    added: list[tuple[int, list[str]]] = []
    for row, form in enumerate(forms):
        code = _HK_CODE_RE.fullmatch(form)
        if code is None:
            continue
        number, market = code.groups()
        extra = [f"{number.rjust(size, '0')}{market}" for size in (0, 4, 5)]
        extra = [spelling for spelling in dict.fromkeys(extra) if spelling not in stored]
        if extra:
            stored.update(extra)
            added.append((row, extra))
    return _with_rows_after(entries, codes, forms, added)


def _with_rows_after(
    entries: list[int], codes: list[int], forms: list[str], added: list[tuple[int, list[str]]]
) -> tuple[list[int], list[int], list[str]]:
    """The rows (three columns) with, after each row of `added` (row numbers ascending), rows of its entry and code
    for the forms given with it; the columns themselves when nothing is added."""
    if not added:
        return entries, codes, forms
    out_entries: list[int] = []
    out_codes: list[int] = []
    out_forms: list[str] = []
    done = 0
    for row, extra in added:
        out_entries += entries[done : row + 1]
        out_codes += codes[done : row + 1]
        out_forms += forms[done : row + 1]
        out_entries += [entries[row]] * len(extra)
        out_codes += [codes[row]] * len(extra)
        out_forms += extra
        done = row + 1
    return out_entries + entries[done:], out_codes + codes[done:], out_forms + forms[done:]


def _english_patterns(
    e_entry: list[int], e_code: list[int], e_written: list[str], columns: EntryColumns, folded: list[str] | None = None
) -> tuple[list[str], list[str], list[int], list[int]]:
    """Group English rows by pattern: their entries, field codes (FORMS) and forms as written, in rank order.

    Returns the patterns marked (`_anchor`) and sorted, the same folded (`_fold`), how many rows each has,
    and those rows, pattern after pattern: of a pattern several rows share, an entry's form written twice
    counts once (its first row), and within a field the entry `forms.precedence` ranks first comes first
    (the precedences of `columns`, the entries the rows number); the others keep their order. `folded`: the
    rows' forms folded (`_folded_all`), if known.
    """
    from zhgloss import forms as forms_of

    keys = _folded_all(e_written) if folded is None else folded
    times = Counter(keys)  # each key's rows, counted: C-level
    sharing_rows = list(compress(range(len(keys)), map((1).__lt__, map(times.__getitem__, keys))))
    # An entry's form written twice (as en and as an alias) counts once: its first row is kept. One number
    # per row, its entry's mixed with its form's hash, finds every copy (and a few rows besides, at worst):
    # a set of them costs a fifth of a set of pairs (entry, form).
    numbers = list(
        map(
            operator.xor,
            map(_MIX.__mul__, map(e_entry.__getitem__, sharing_rows)),
            map(hash, map(e_written.__getitem__, sharing_rows)),
        )
    )
    copies = Counter(numbers)
    dropped: set[int] = set()
    if len(copies) < len(numbers):
        first_rows: dict[tuple[int, str], int] = {}
        maybe = list(compress(sharing_rows, map((1).__lt__, map(copies.__getitem__, numbers))))
        for row in maybe:
            first_rows.setdefault((e_entry[row], e_written[row]), row)
        dropped = set(maybe) - set(first_rows.values())
        if dropped:
            times.subtract(map(keys.__getitem__, dropped))
            still = map((1).__lt__, map(times.__getitem__, map(keys.__getitem__, sharing_rows)))
            sharing_rows = list(filterfalse(dropped.__contains__, compress(sharing_rows, still)))
    # An English form several entries share: within a field, the entry it is most likely meant for comes
    # first (forms.precedence; 台湾 before 台湾省 and 台 for "Taiwan"). Few forms are shared: one number per
    # row of those alone (field, then precedence).
    sharing = sorted(set(map(e_entry.__getitem__, sharing_rows)))
    rank = dict(zip(sharing, forms_of.precedences_of(columns, sharing), strict=True))
    scale = max(rank.values(), default=0) + 1
    shared_codes = _register_first(sharing_rows, e_entry, e_code, e_written, columns)
    field_then_rank = map(
        operator.add, map(scale.__mul__, shared_codes), map(rank.__getitem__, map(e_entry.__getitem__, sharing_rows))
    )
    # Sorted as marked (`_anchor`), so that the marked patterns the cache keeps for short texts are in
    # the automaton's order (marking only upper-cases ASCII letters of folded text: no two keys collide).
    unique = list(times)
    marked = _by_ascii(unique, _anchor, str.title)
    # The keys in the order of their marked forms, found by a sort of their places (no two are alike): the marked
    # forms are not hashed, as a dict from each to its folded key would hash them.
    by_mark = sorted(range(len(marked)), key=marked.__getitem__)
    e_marked = list(map(marked.__getitem__, by_mark))
    e_folded = list(map(unique.__getitem__, by_mark))
    # Every row in one sort of ints: its key's place as marked, then (a shared key's rows) field and
    # precedence; a stable sort keeps the rows' own order among equals, as a sort of each key's rows would.
    step = (max(shared_codes, default=0) + 1) * scale
    place = dict(zip(e_folded, range(0, len(e_folded) * step, step), strict=True))
    order = list(map(place.__getitem__, keys))
    for row, within in zip(sharing_rows, field_then_rank, strict=True):
        order[row] += within
    rows = filterfalse(dropped.__contains__, range(len(keys))) if dropped else range(len(keys))
    return e_marked, e_folded, list(map(times.__getitem__, e_folded)), sorted(rows, key=order.__getitem__)


def _register_first(
    rows: list[int], e_entry: list[int], e_code: list[int], e_written: list[str], columns: EntryColumns
) -> list[int]:
    """The field codes (FORMS) of the English `rows` for `_english_patterns`' ranking, a country's form from a
    register of countries (`zhgloss.index.register_form`: 英国 "Britain", 荷兰 "Netherlands", as
    data/cedict_country_forms.tsv cites the CIA World Factbook, UNTERM and the GOV.UK style guide) ranked as zh (0),
    before any entry's own English: the country's alias "Britain" before 不列颠's "Britain" (the island and its old
    name), as `lookup` ranks them (the review's R49-32). Only a place's rows are asked (a register names countries)."""
    from zhgloss.index import register_form

    codes = list(map(e_code.__getitem__, rows))
    types = columns.type
    for at, row in enumerate(rows):
        n = e_entry[row]
        if types[n] == "place" and register_form(columns[n], e_written[row]):
            codes[at] = 0
    return codes


_MIX = 0x9E3779B97F4A7C15
"""An odd 64-bit constant (the golden ratio's): entry numbers times it are spread over every bit of a hash."""


def _spelled(forms: list[str], columns: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """`forms` with each one's other spellings (`separator_variants`) after it, and each of `columns` (one item per
    form) with its item repeated alike. Few forms hold a separator (`separator_lines`): the lists are taken whole
    between them, not a list per form."""
    lines = separator_lines(forms)
    marked = _mark_lines(forms)
    if marked:
        lines = sorted({*lines, *marked})
    if not lines:
        return forms, columns
    out_forms: list[str] = []
    out_columns: list[list[int]] = [[] for _ in columns]
    done = 0
    for line in lines:
        variants = separator_variants(forms[line])
        if _MARKS_RE.search(forms[line]) is not None:
            # A name with a bracket or a colon in it (中国平安保险（集团）股份有限公司, 黑神话：悟空) is written
            # with either width of mark: Chinese text writes the full-width one, a stored form holds the ASCII one
            # (the user's U37-1, the review's R47-14); lookup folds them alike. Every spelling of each variant is
            # matched.
            variants = list(dict.fromkeys(spelling for variant in variants for spelling in _mark_spellings(variant)))
        out_forms += forms[done:line]
        out_forms += variants
        for out, column in zip(out_columns, columns, strict=True):
            out += column[done:line]
            out += [column[line]] * len(variants)
        done = line + 1
    out_forms += forms[done:]
    for out, column in zip(out_columns, columns, strict=True):
        out += column[done:]
    return out_forms, out_columns


_MARKS_RE = re.compile("[()（）:：,，;；!！?？]")
"""The marks a Chinese form may hold in either width: round brackets, and the colon, comma, semicolon, exclamation
and question marks that Chinese text writes full-width (黑神话：悟空) and a stored form holds in ASCII (`normalize`)."""
_TO_FULL_MARKS = str.maketrans("():,;!?", "（）：，；！？")
_TO_ASCII_MARKS = str.maketrans("（）：，；！？", "():,;!?")
_SPACE_BY_FULL_MARK_RE = re.compile(" *([（）：，；！？]) *")
_MARK_MIXES = 4
"""How many marks a form may hold and still be spelt with each in either width (2**4 spellings)."""


def _mark_spellings(form: str) -> list[str]:
    """`form` with each of its marks (`_MARKS_RE`) in either width: the spellings lookup folds alike.

    Chinese text writes its punctuation full-width (GB/T 15834-2011, 标点符号用法) with no space beside it, and a
    stored form holds it in ASCII (`zhgloss.script.normalize` folds full-width ASCII): 黑神话:悟空 is found as
    《黑神话：悟空》 (the review's R47-14), 中国平安保险(集团)股份有限公司 as Chinese filings write it, with full-width
    brackets (R37-7). The ASCII spelling is matched too, and with ASCII brackets spaced as English writes them
    (中国平安保险 (集团) 股份有限公司). A form with more than _MARK_MIXES marks is spelt all in one width or the other
    only. Returns `form` first, then the other spellings (some may repeat it; the caller drops repeats).
    """
    marks = [match.start() for match in _MARKS_RE.finditer(form)]
    plain = form.translate(_TO_ASCII_MARKS)
    spaced = re.sub(r"\s*\(\s*", " (", re.sub(r"\s*\)\s*", ") ", plain)).strip()
    if len(marks) > _MARK_MIXES:
        return [form, _full_width_marks(plain), plain, spaced]
    out = [form]
    for mask in range(1 << len(marks)):
        chars = list(plain)
        for bit, at in enumerate(marks):
            if mask >> bit & 1:
                chars[at] = chars[at].translate(_TO_FULL_MARKS)
        out.append(_SPACE_BY_FULL_MARK_RE.sub(r"\1", "".join(chars)) if mask else "".join(chars))
    out.append(spaced)
    return out


def _full_width_marks(form: str) -> str:
    """`form` with every mark of `_MARKS_RE` full-width and no space beside one (黑神话: 悟空 -> 黑神话：悟空)."""
    return _SPACE_BY_FULL_MARK_RE.sub(r"\1", form.translate(_TO_FULL_MARKS))


def _mark_lines(forms: list[str]) -> list[int]:
    """The positions (ascending) of the Chinese `forms` that hold a mark of `_MARKS_RE` (`_spelled`), found by one scan
    of them all joined."""
    joined = "\x00".join(forms)
    out: list[int] = []
    line = at = 0
    for found in _MARKS_RE.finditer(joined):
        line += joined.count("\x00", at, found.start())
        at = found.start()
        if not out or out[-1] != line:
            out.append(line)
    return out


def _repeated(items: Iterable[int], counts: Sequence[int]) -> list[int]:
    """Each of `items` as many times as its count says (`counts`: one per item, none negative), in order.

    Most counts are 0 or 1 (a simplified form has one traditional spelling, or none): those items are taken by
    `compress`, between the few counted more (a `repeat` each), not each by a `repeat` of its own.
    """
    items = list(items)
    if len(items) != len(counts):
        raise ValueError(f"{len(items)} items, {len(counts)} counts")
    out: list[int] = []
    done = 0
    for at in compress(range(len(counts)), map((1).__lt__, counts)):
        out += compress(items[done:at], counts[done:at])
        out += repeat(items[at], counts[at])
        done = at + 1
    out += compress(items[done:], counts[done:])
    return out


def _with_possessives(
    entries: list[int], codes: list[int], forms: list[str], owners: set[int], types: list[str]
) -> tuple[list[int], list[int], list[str]]:
    """The English rows, with the possessive spellings (`possessive_variants`) of an owner's form after it."""
    # Only a form of two words or more has any: the rows of an owner's such forms, picked a column at a time (the
    # owners' rows first, by their entry numbers: the forms of the others are not read).
    owned = list(compress(range(len(entries)), map(owners.__contains__, entries)))
    added: list[tuple[int, list[str]]] = []
    for row in compress(owned, map(operator.contains, map(forms.__getitem__, owned), repeat(" "))):
        extra = possessive_variants(forms[row], types[entries[row]])
        if extra:
            added.append((row, list(extra)))
    return _with_rows_after(entries, codes, forms, added)


def _build_tables(
    entries: Sequence[Entry],
    entry_spans: Sequence[tuple[int, int]] | None = None,
    rows: _PatternRows | None = None,
    chosen: Sequence[int] | None = None,
    *,
    written: bool = True,
) -> _Tables:
    """Build the matcher's tables; with `entry_spans` the entries are not copied in (see `Annotator.to_bytes`).

    `rows`: the `_PatternRows` of `entries`, or with `chosen` of a longer list in which `entries` are
    at the places `chosen` (in order): the patterns then come from `rows`, not from `entries` again.
    `written`: whether the tables keep the English forms as written (a matcher used here; the cache does not
    store them: `Annotator.written_form`).
    """
    import daachorse

    if rows is None:
        rows = _PatternRows(entries)
    tables = _Tables()
    e_marked, e_folded, e_counts = rows.e_marked, rows.e_folded, rows.e_counts
    e_entry, e_code = rows.e_entry, rows.e_code
    e_written = rows.e_written if written else []
    if chosen is None:
        z_text = rows.chinese_text + rows.traditional_text
        z_entry = rows.chinese_entry + rows.traditional_entry
        z_code = rows.chinese_code + rows.traditional_code
    else:
        # The rows of the chosen entries, renumbered, in the same order; a pattern none of them has is dropped.
        # Each entry's new number (-1 if it is not chosen), and whether it is chosen (a byte: read back as a small
        # int, never an int made per row), in lists indexed by the old number. Every row's entry is one of
        # `rows.entries` (the longer list): its places number them all. Set a C-level call per chosen entry
        # (`deque` drains the map), not a Python step; only the picked rows (a few of all) are renumbered.
        renumber = [-1] * len(rows.entries)
        deque(map(renumber.__setitem__, chosen, range(len(chosen))), maxlen=0)
        is_chosen = bytearray(len(rows.entries))
        deque(map(is_chosen.__setitem__, chosen, repeat(1)), maxlen=0)
        picked = list(map(is_chosen.__getitem__, chain(rows.chinese_entry, rows.traditional_entry)))
        z_text = list(compress(chain(rows.chinese_text, rows.traditional_text), picked))
        z_code = list(compress(chain(rows.chinese_code, rows.traditional_code), picked))
        z_entry = list(map(renumber.__getitem__, compress(chain(rows.chinese_entry, rows.traditional_entry), picked)))
        picked = list(map(is_chosen.__getitem__, e_entry))
        e_code, e_written = list(compress(e_code, picked)), list(compress(e_written, picked)) if written else []
        e_entry = list(map(renumber.__getitem__, compress(e_entry, picked)))
        # Each pattern's rows follow one another: a picked row's pattern is where its place falls among the
        # patterns' ends (a bisection per picked row), and each pattern's count is how many picked rows it has.
        ends = list(accumulate(e_counts))
        counted = Counter(map(bisect.bisect_right, repeat(ends), compress(range(len(picked)), picked)))
        e_marked, e_folded = list(map(e_marked.__getitem__, counted)), list(map(e_folded.__getitem__, counted))
        e_counts = list(counted.values())
    # Each spelling keeps the first place it has in rank order (as a setdefault per form in that order
    # would); the traditional spellings only where no stored form has taken it.
    first = dict(zip(reversed(z_text), range(len(z_text) - 1, -1, -1), strict=True))
    # Sorted, so that a pattern's number is its place in `_SortedKeys` too (no pattern's match depends on the order).
    z_keys = sorted(first)
    tables.n_z = len(z_keys)
    places = list(map(first.__getitem__, z_keys))
    # Each English key's values follow the Chinese ones, key after key; e_first says where each key's start.
    tables.value_entry = _packed_ints("i", [*map(z_entry.__getitem__, places), *e_entry])
    tables.value_form = _packed_ints("b", [*map(z_code.__getitem__, places), *e_code])
    tables.z_bounds = _bounds(z_keys)
    tables.e_bounds = _bounds(e_folded)
    tables.e_first = _packed_ints("i", accumulate(e_counts, initial=len(places)))
    if written:
        tables._e_forms = e_written
    tables._z_keys = z_keys
    if z_keys:
        tables._zll = daachorse.CharwiseDoubleArrayAhoCorasick(z_keys, daachorse.MATCH_KIND_LEFTMOST_LONGEST)
    if e_folded:
        tables.e_keys = e_marked
        # Only a pattern with a character past ASCII can hold one that ends a run: those few are searched.
        beyond_ascii = "".join(compress(e_folded, map(operator.not_, map(str.isascii, e_folded))))
        tables.run_extra = "".join(sorted(set(re.findall(f"[^{_RUN_TEXT}]", beyond_ascii))))
        tables.e_firsts = "".join(sorted(set(map(_first, e_marked))))
    if entry_spans is None:
        tables.entry_source, tables.entry_starts, tables.entry_ends = _pack_entries(entries)
    else:  # for `to_bytes(entry_spans)` alone: the entries stay where the spans say, in the glossary file
        if len(entry_spans) != len(entries):
            raise ValueError(f"{len(entry_spans)} entry spans for {len(entries)} entries")
        tables.entry_starts, tables.entry_ends = (
            _packed_ints("q", map(_first, entry_spans)),
            _packed_ints("q", map(_second, entry_spans)),
        )
        tables.external = True
        tables.spans = entry_spans
    tables.simp_trad = _simp_trad(entries)
    return tables


def _simp_trad(entries: Sequence[Entry]) -> tuple[str, str]:
    """Characters only simplified text writes, and their traditional forms: _SIMP_ONLY, _TRAD_ONLY, then each
    pair of the entries' zh and zh_hant (in order) whose characters neither string holds yet."""
    columns = entry_columns(entries)
    # Read as text only at the entries that have both forms (None at the others).
    zh, hant = cast("list[str]", columns.zh), cast("list[str]", columns.zh_hant)
    # The entries with both forms, of one length: their characters side by side, as two strings. Those whose two
    # forms are alike are among them (picking them out would cost a pass): a character beside itself adds nothing.
    both = list(compress(range(len(zh)), map(operator.and_, map(operator.truth, zh), map(operator.truth, hant))))
    same_length = map(operator.eq, map(len, map(zh.__getitem__, both)), map(len, map(hant.__getitem__, both)))
    rows = list(compress(both, same_length))
    simp, trad = set(_SIMP_ONLY), set(_TRAD_ONLY)
    added: list[tuple[str, str]] = []
    # Each pair of characters at its first place only: a later one is taken or refused as the first was (the
    # two sets only grow), and 10^5 entries write ~6,000 distinct pairs among ~200,000 (a Python step each).
    for s, t in _distinct_pairs("".join(map(zh.__getitem__, rows)), "".join(map(hant.__getitem__, rows))):
        if s != t and s not in simp and t not in trad:
            simp.add(s)
            trad.add(t)
            added.append((s, t))
    return _SIMP_ONLY + "".join(map(_first, added)), _TRAD_ONLY + "".join(map(_second, added))


_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
"""UTF-32 in this machine's byte order: its code units read back as native 32-bit ints are the code points."""


def _distinct_pairs(firsts: str, seconds: str) -> list[tuple[str, str]]:
    """`list(dict.fromkeys(zip(firsts, seconds)))` (two strings of one length): each pair of characters side by side,
    at its first place, in order.

    Each pair is one 64-bit int (the two code points side by side in an array, copied in by two C-level slice
    assignments), so the distinct pairs are found by `dict.fromkeys` over ints, not over a tuple made per place.
    """
    if len(firsts) != len(seconds):
        raise ValueError(f"{len(firsts)} characters beside {len(seconds)}")
    pairs = array("Q", bytes(8 * len(firsts)))
    halves = memoryview(pairs).cast("B").cast("I")
    halves[0::2] = memoryview(firsts.encode(_UTF32)).cast("I")
    halves[1::2] = memoryview(seconds.encode(_UTF32)).cast("I")
    # The first half of each item's 8 bytes holds the first character: the low 32 bits on a little-endian machine.
    low, high = (0, 32) if sys.byteorder == "little" else (32, 0)
    return [(chr(pair >> low & 0xFFFFFFFF), chr(pair >> high & 0xFFFFFFFF)) for pair in dict.fromkeys(pairs)]


def _packed_ints(code: str, values: Iterable[int]) -> array[int]:
    """`array(code, values)`, packed by `struct` in one call: array's own conversion parses each item as the
    arguments of a call (~4x the instructions; ~3 million items in a 100,000-entry build). Same bytes (native
    order, the standard sizes array has here); array's own conversion where sizes differ or an item does not fit.
    """
    items = values if isinstance(values, list) else list(values)
    packed = array(code)
    if packed.itemsize == struct.calcsize(f"={code}"):
        with contextlib.suppress(struct.error):
            packed.frombytes(struct.pack(f"={len(items)}{code}", *items))
            return packed
    return array(code, items)


def _bounds(keys: list[str]) -> array[int]:
    """Per pattern (none empty): 1 if its first character continues a Latin word, 2 if its last does, 3 both, 0
    neither; as an array of signed bytes ("b").

    Chinese patterns (`_bounds_at_line_ends`): only the few whose first or last character may continue a word (one
    below U+2E80 or a full-width letter or digit) are looked at. Others (English: nearly every one starts with a
    letter): the first characters of all the patterns are one string and their last ones another, each translated
    to one byte per pattern (1 or 0, 2 or 0) and the two put together as two big ints: C-level passes over 10^5
    patterns, one `WORD_CHARS` look-up per distinct character.
    """
    found = _bounds_at_line_ends(keys)
    if found is not None:
        return found
    firsts, lasts = "".join(map(_first, keys)), "".join(map(_last, keys))
    if len(firsts) != len(keys) or len(lasts) != len(keys):
        raise ValueError("an empty pattern")
    word = {ord(char): WORD_CHARS[char] for char in {*firsts, *lasts}}
    starts = firsts.translate({code: "\x01" if verdict else "\x00" for code, verdict in word.items()})
    ends = lasts.translate({code: "\x02" if verdict else "\x00" for code, verdict in word.items()})
    both = int.from_bytes(starts.encode("latin-1"), "little") | int.from_bytes(ends.encode("latin-1"), "little")
    bounds = array("b")
    bounds.frombytes(both.to_bytes(len(keys), "little"))
    return bounds


_MAYBE_WORD = "[^\u2e80-\uff0f\uff5b-\U0010ffff]"
"""A character `is_word_char` may say continues a word: below U+2E80 (CJK), or a full-width letter or digit."""


@cache
def _maybe_word_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first and the last character of a line that may continue a word (`_MAYBE_WORD`): compiled when a cache
    is built, not on every import (their negated classes over most of Unicode cost ~5 ms to compile)."""
    return re.compile(f"(?m)^{_MAYBE_WORD}"), re.compile(f"(?m){_MAYBE_WORD}$")


def _bounds_at_line_ends(keys: list[str]) -> array[int] | None:
    """`_bounds(keys)` found on the patterns joined by line breaks, or None where that would cost more.

    Two regex scans find the first and the last characters (at line starts and ends) that may continue a
    word; only those (~2,000 of the 10^5 Chinese patterns of a 100,000-entry glossary) are looked up. None when
    more than one pattern in 16 starts so (English patterns) or a pattern holds a line break.
    """
    # A look at 64 of them first: English patterns nearly all start with a letter, and are not joined for nothing.
    sample = keys[:: len(keys) // 64 + 1]
    if sum(map("\u2e80".__gt__, sample)) > len(sample) // 16:  # a key before U+2E80 starts before it
        return None
    text = "\n".join(keys)
    if text.count("\n") != len(keys) - 1 or not keys:
        return None
    if not all(keys[0:1]) or "\n\n" in text or text.endswith("\n"):
        raise ValueError("an empty pattern")
    limit = len(keys) // 16 + 1
    first_re, last_re = _maybe_word_res()
    firsts = list(islice(first_re.finditer(text), limit))
    if len(firsts) == limit:
        return None
    bounds = bytearray(len(keys))
    for flag, matches in ((1, firsts), (2, last_re.finditer(text))):
        line, counted = 0, 0
        for match in matches:
            at = match.start()
            line += text.count("\n", counted, at)
            counted = at
            if WORD_CHARS[match.group()]:
                bounds[line] |= flag
    found = array("b")
    found.frombytes(bounds)
    return found


_last = itemgetter(-1)


def _pack_entries(entries: Sequence[Entry]) -> tuple[bytes, array[int], array[int]]:
    """Return the entries as compact JSON laid end to end, and where each starts and ends."""
    import orjson

    return _pack_documents([orjson.dumps(entry.to_dict()) for entry in entries])


def _pack_documents(docs: Sequence[bytes]) -> tuple[bytes, array[int], array[int]]:
    """Return `docs` laid end to end, and where each starts and ends."""
    ends = array("q", accumulate(map(len, docs)))
    starts = array("q", [0])
    starts.extend(ends[:-1])
    return b"".join(docs), starts[: len(ends)], ends


def _outside_banned(
    text: str, found: list[Span], banned: re.Pattern[str], accepts: Callable[[int, str], bool]
) -> list[Span]:
    """`found` (sorted matches of `text`) without those inside a longer form the glossary forbids (`banned`), nor a
    Chinese match that is a banned form itself and none of its entry's own (`accepts`: the value and the surface).

    A banned form is the text's word where it stands: 腾讯 inside the deprecated 腾讯控股有限公司 of a termbase is no
    mention of the accepted 腾讯, and glossing it would tell the translator the text writes the accepted form (user
    U31). The banned form itself is not glossed either: an English one by its casing (`Annotator._is_banned_casing`),
    a Chinese one here, though the matcher reads it as another script's spelling of an accepted form (匯豐控股, a
    TBX's deprecated zh-HK term, read as the simplified 汇丰控股 the entry accepts, beside its accepted 滙豐控股: the
    user's U36-5). A Latin form counts only as a whole word ("Big Blue", not the "big blue" of "a big bluebird");
    English matches of the same extent stay, for the case rule to judge.
    """
    cuts: list[tuple[int, int]] = []
    for hit in banned.finditer(text):
        s, e = hit.span()
        if not (
            (s > 0 and text[s - 1].isascii() and text[s - 1].isalnum() and text[s].isascii())
            or (e < len(text) and text[e].isascii() and text[e].isalnum() and text[e - 1].isascii())
        ):
            cuts.append((s, e))
    if not cuts:
        return found
    whole = set(cuts)
    return [
        span
        for span in found
        if not any(a <= span[0] and span[1] <= b and span[1] - span[0] < b - a for a, b in cuts)
        and not ((span[0], span[1]) in whole and not accepts(span[2], text[span[0] : span[1]]))
    ]


@cache
def _traditional_folded() -> Callable[[str], str | None]:
    """`zhgloss.namecontext.traditional_folded`, imported once it is first needed (a text of Han characters)."""
    from zhgloss.namecontext import traditional_folded

    return traditional_folded


def _with_folded(text: str, folded: str, found: list[Span], again: list[Span]) -> list[Span]:
    """`found` (the matches of `text`) and those of `again` (the matches of `folded`, `text` with its traditional-only
    characters simplified: `zhgloss.namecontext.traditional_folded`) that overlap none of `found`: 劉强東, which
    neither 刘强东 nor 劉強東 spells, is 刘强东 in the folded text. A name the text spells as a form of the glossary
    keeps its own match (劉強東 as the traditional form, not the simplified one). A match of `again` that holds no
    folded character is kept too: the text's own reading judged it beside characters it could not read as a name
    (劉强東马云: 马云 glued to a stray 東), the folded reading beside the name they are (刘强东), and annotating the
    glossed text again would find it beside the gloss."""
    if not again:
        return found
    ends = list(map(_second, found))
    extra: list[Span] = []
    for s, e, value in again:
        i = bisect.bisect_right(ends, s)  # the first of `found` that ends after s: overlapping if it starts before e
        if i == len(found) or found[i][0] >= e:
            extra.append((s, e, value))
    if not extra:
        return found
    return sorted(found + extra, key=_first)


def _greedy(candidates: list[Span]) -> list[Span]:
    """Keep, from left to right, the longest candidate at the leftmost free position."""
    # By start, the longest first: two stable sorts (end descending, then start) order them as the key
    # (start, -end) would, without building a key tuple per candidate.
    candidates.sort(key=_second, reverse=True)
    candidates.sort(key=_first)
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

    @classmethod
    def build_bytes(
        cls,
        entries: Sequence[Entry],
        entry_spans: Sequence[tuple[int, int]] | None,
        rows: _PatternRows | None = None,
        chosen: Sequence[int] | None = None,
    ) -> bytes:
        """Return `Annotator(entries).to_bytes(entry_spans)`, without copying in the entries that spans point to.

        `rows` and `chosen`: the patterns of a longer list of entries, and the places of `entries` in
        it (see `_build_tables`).
        """
        self = cls.__new__(cls)
        self._init(_build_tables(entries, entry_spans, rows, chosen, written=False))
        if entry_spans is None:
            self._entries = dict(enumerate(entries))
        return self.to_bytes(entry_spans)

    def _init(self, tables: _Tables) -> None:
        self._t = tables
        if tables._e_forms is None:
            tables.written_of = self.written_form
        self._entries = {}
        self._records: dict[int, Record] = {}
        # English value -> its form as written (worked out once, not per match).
        self._written: dict[int, str] = {}
        # English value -> the casings its entry forbids as written ("TenCent" beside "Tencent"), worked out once.
        self._case_bans: dict[int, frozenset[str]] = {}
        simp, trad = tables.simp_trad
        self._simp_chars, self._trad_chars = frozenset(simp), frozenset(trad)
        self._script_res: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._runs: tuple[re.Pattern[str], re.Pattern[str]] | None = None  # compiled when a text holds Latin
        self.inside_words = True
        self._inside: InsideRule | None = None
        self._document: DocumentRule | None = None
        # The forms the glossary forbids, as one pattern (None: none), found once when first needed.
        self._banned: re.Pattern[str] | Literal[False] | None = False
        # How many characters may still be matched without loading an automaton (see `_SortedKeys`).
        self._short_chinese = SHORT_CHINESE
        self._short_english = SHORT_ENGLISH
        # The last text matched and its Chinese matches as the automaton found them (`_matched_spans`).
        self._matched: tuple[str, list[Span]] = ("", [])

    # Cache

    def to_bytes(self, entry_spans: Sequence[tuple[int, int]] | None = None) -> bytes:
        """Serialize the automata and the entries, for `from_bytes` (and the on-disk cache).

        With `entry_spans` (where each entry is written in the glossary file, see
        `zhgloss.store.Glossary.entry_spans`) the entries are not copied: `from_bytes` must then be
        given that file. Without, the bytes hold every entry and stand alone (for other processes).
        """
        t = self._t
        meta = {
            "n_z": t.n_z,
            "simp_trad": list(t.simp_trad),
            "run_extra": t.run_extra,
            "external": entry_spans is not None,
            "offsets": "q",
            "e_firsts": t.e_firsts,
        }
        if entry_spans is not None:
            if len(entry_spans) != len(self):
                raise ValueError(f"{len(entry_spans)} entry spans for {len(self)} entries")
            source: bytes | memoryview = b""
            starts: _Ints
            ends: Sequence[int]
            if t.spans is entry_spans:  # the tables were built of these very spans: their starts and ends are these
                starts, ends = t.entry_starts, t.entry_ends
            else:
                starts, ends = _packed_ints("q", map(_first, entry_spans)), _packed_ints("q", map(_second, entry_spans))
        elif t.external:
            source, starts, ends = _pack_documents([self._entry_bytes(n) for n in range(len(self))])
        else:
            source, starts, ends = t.entry_source, t.entry_starts, t.entry_ends
        # Read back, the entries are checked to lie within their source by this, not by a scan of every end.
        entries_end = meta["entries_end"] = max(ends, default=0)
        if entries_end < 2**32:
            meta["offsets"] = "I"  # a glossary file under 4 GB: half the size
            starts = _packed_ints("I", starts)
        # Each entry's length rather than its end: two bytes where every entry is under 64 KB (all but none).
        lengths = list(map(operator.sub, ends, starts))
        length_code = meta["lengths"] = "H" if max(lengths, default=0) < 2**16 else str(meta["offsets"])
        z_keys, z_key_ends = _Lines.pack(t.z_keys)
        e_keys, e_key_ends = _Lines.pack(t.e_keys)
        sections = [
            json.dumps(meta, ensure_ascii=False).encode("utf-8"),
            # Compressed (to a third), which costs reading it back ~20 ms of ~25 at 100k entries.
            zlib.compress(t.zll.serialize(), 1) if t.zll is not None else b"",
            z_keys,
            b"",  # the English automaton: not cached (see `_Tables.eall`)
            bytes(t.value_entry),
            bytes(t.value_form),
            bytes(t.z_bounds),
            bytes(t.e_first),
            bytes(t.e_bounds),
            starts.tobytes(),
            _packed_ints(length_code, lengths).tobytes(),
            source,
            z_key_ends,
            e_keys,
            e_key_ends,
        ]
        head = struct.pack(f"<{len(sections)}Q", *(len(s) for s in sections))
        return _MAGIC + head + b"".join(sections)

    @classmethod
    def from_bytes(cls, data: bytes | memoryview, glossary_file: bytes | memoryview | None = None) -> Annotator:
        """Rebuild an annotator from `to_bytes` output; raise ValueError if `data` is not one.

        `data` may be a memory-mapped cache (see `zhgloss.cache.load_cached`): the automata and
        the entries are read from it as they are needed, never copied whole on loading. Bytes
        written with entry spans need the glossary file's bytes (`glossary_file`) they point into.
        """
        try:
            return cls._from_bytes(data, glossary_file)
        except (KeyError, TypeError, UnicodeDecodeError, struct.error) as exc:
            raise ValueError(f"damaged zhgloss annotator: {exc!r}") from None

    @classmethod
    def _from_bytes(cls, data: bytes | memoryview, glossary_file: bytes | memoryview | None) -> Annotator:
        count = 15
        pos = len(_MAGIC) + 8 * count
        if bytes(data[: len(_MAGIC)]) != _MAGIC or len(data) < pos:
            raise ValueError("not a zhgloss annotator")
        sizes = struct.unpack(f"<{count}Q", data[len(_MAGIC) : pos])
        sections = []
        for size in sizes:
            sections.append(data[pos : pos + size])
            pos += size
        if pos != len(data):
            raise ValueError("truncated zhgloss annotator")
        meta = json.loads(bytes(sections[0]))
        t = _Tables()
        t.n_z = meta["n_z"]
        t.simp_trad = (meta["simp_trad"][0], meta["simp_trad"][1])
        t.run_extra = meta["run_extra"]
        t.e_firsts = meta["e_firsts"]
        if t.e_firsts is not None and not isinstance(t.e_firsts, str):
            raise ValueError("damaged zhgloss annotator: first characters of another type")
        t.raw = {
            "zll": sections[1],
            "z_keys": sections[2],
            "z_keys_ends": sections[12],
            "e_keys": sections[13],
            "e_keys_ends": sections[14],
        }
        t.e_keys = t._lines("e_keys")
        t.value_entry, t.value_form = _ints(sections[4], "i"), _ints(sections[5], "b")
        t.z_bounds, t.e_first, t.e_bounds = _ints(sections[6], "b"), _ints(sections[7], "i"), _ints(sections[8], "b")
        offsets = meta["offsets"]
        if offsets not in ("I", "q"):
            raise ValueError(f"damaged zhgloss annotator: entry offsets of type {offsets!r}")
        lengths = meta["lengths"]
        if lengths not in ("H", offsets):
            raise ValueError(f"damaged zhgloss annotator: entry lengths of type {lengths!r}")
        t.entry_starts = _ints(sections[9], offsets)
        entry_lengths = _ints(sections[10], lengths)
        t.entry_ends = _Ends(t.entry_starts, entry_lengths)
        t.external = bool(meta["external"])
        if t.external and glossary_file is None:
            raise ValueError("this annotator reads its entries from the glossary file, which was not given")
        t.entry_source = glossary_file if t.external and glossary_file is not None else sections[11]
        # The cache's CRC holds its ends to those `to_bytes` wrote, whose largest the header names.
        entries_end = meta["entries_end"]
        if (
            len(t.entry_starts) != len(entry_lengths)
            or not isinstance(entries_end, int)
            or entries_end > len(t.entry_source)
        ):
            raise ValueError("damaged zhgloss annotator: entries out of bounds")
        self = cls.__new__(cls)
        self._init(t)
        return self

    # Entries

    def __len__(self) -> int:
        return len(self._t.entry_starts)

    def _entry_bytes(self, index: int) -> bytes:
        t = self._t
        return bytes(t.entry_source[t.entry_starts[index] : t.entry_ends[index]])

    def _entry_dict(self, index: int) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self._entry_bytes(index))
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

    def written_form(self, value: int) -> str:
        """Return the English form as written of match value `value` (an English one: n_z or more), for the case rule.

        Tables built here hold them. A cache stores none (working them out cost a tenth of a 100,000-entry
        build, for the few a text matches): each is worked out from its entry when a match needs it. The
        forms of the value's field (its variant spellings for "variant", `zhgloss.forms.variant_texts_of`),
        each followed by its possessive spellings (`possessive_variants`), that fold to the value's pattern
        hold the build's rows of that entry, field and pattern, in their order: where they are as many as
        the pattern's values of that entry and field, the value's place among those is its form's. Else
        (a form the build left out, such as an alias written as the entry's `en`) the entry's English rows
        are made again (`_written_by_rows`). Raises IndexError for a value not English.
        """
        t = self._t
        if t.written_of is None:
            return t.e_forms[value - t.n_z]
        if not t.n_z <= value < len(t.value_entry):
            raise IndexError(value)
        key = bisect.bisect_right(t.e_first, value) - 1
        folded = t.e_keys[key].translate(_ASCII_LOWER)  # marking upper-cased its ASCII letters only
        number, code = t.value_entry[value], t.value_form[value]
        field = FORMS[code]
        entry: Entry | Record
        if field == "variant":
            from zhgloss import forms as forms_of

            entry = self.entry(number)
            texts: Sequence[str | None] = [
                r.text for _, r in forms_of.variant_texts_of(EntryColumns.from_entries([entry]))
            ]
        else:
            # Its fields as stored, read as the renderers read them (`Record`, kept for its gloss): no Entry built.
            entry = self.record(number)
            texts = {"zh": (entry.zh,), "zh_hant": (entry.zh_hant,), "en": (entry.en,)}.get(field) or (
                entry.zh_aliases if field == "zh_alias" else entry.aliases
            )
        found: list[str] = []
        for text in filter(None, texts):
            spelled = possessive_variants(text, entry.type) if " " in text else []
            found += (form for form in (text, *spelled) if _fold(form) == folded and form not in found)
        alike = [
            v
            for v in range(t.e_first[key], t.e_first[key + 1])
            if t.value_entry[v] == number and t.value_form[v] == code
        ]
        if len(found) == len(alike):
            return found[alike.index(value)]
        return self._written_by_rows(alike.index(value), self.entry(number), code, folded)

    def _written_by_rows(self, place: int, entry: Entry, code: int, folded: str) -> str:
        """`written_form` from the English rows of `entry` made again, as the build made them: the form at `place`
        among the rows of the field `code` and pattern `folded` (the sort that groups them is stable)."""
        columns = EntryColumns.from_entries([entry])
        numbers, written, codes, with_cjk, glossed = _form_rows(columns)
        e_entry, e_code, e_written = _english_rows(columns, numbers, written, codes, with_cjk, glossed)
        _, folded_keys, counts, rows = _english_patterns(e_entry, e_code, e_written, columns)
        k = folded_keys.index(folded)
        start = sum(counts[:k])
        return [e_written[row] for row in rows[start : start + counts[k]] if e_code[row] == code][place]

    # Matching

    def _english(self, text: str) -> list[Span]:
        """Every English candidate that passes the boundary and case rules (overlapping).

        Text not in NFC ("Lu" + U+0308 for "Lü", as some Mac tools write) is matched as its NFC
        form, which the patterns are in, and the spans are mapped back to `text` (`zhgloss.script.nfc_with_offsets`).
        """
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            composed, starts, _ = nfc_with_offsets(text)
            # Matched once, not again through this test: in a few scripts two starters compose (Bengali
            # vowel signs), which the per-run composition leaves apart, so `composed` may still not be NFC.
            return [(starts[s], starts[e], value) for s, e, value in self._english_composed(composed)]
        return self._english_composed(text)

    def _english_composed(self, text: str) -> list[Span]:
        """`_english` of text the patterns can match as it is (NFC, or as near as `nfc_with_offsets` gets)."""
        t = self._t
        out: list[Span] = []
        n = len(text)
        first, bounds, word, written = t.e_first, t.e_bounds, WORD_CHARS, self._written
        for s, e, p in self._english_matches(_anchor(_fold(text))):
            b = bounds[p]
            if (b & 1 and s > 0 and word[text[s - 1]]) or (b & 2 and e < n and word[text[e]]):
                continue
            # A form with a letter or digit at both ends, with no "@", "." or "/" beside it nor "+" or "-" after it, is
            # no part of an address, URL or longer token: most candidates, spared the call.
            if not (
                b == 3 and (s == 0 or text[s - 1] not in "@./") and (e == n or text[e] not in "@./+-\u2212")
            ) and _glued(text, s, e, b, word):
                continue
            surface = text[s:e]
            for value in range(first[p], first[p + 1]):
                form = written.get(value)
                if form is None:
                    form = written[value] = self.written_form(value)
                if _case_ok(form, surface) and not self._is_banned_casing(value, surface):
                    # A capitalised word or "of" and one after it, or a possessive before it, may make the match a
                    # word of a longer name for this entry (picked out by two character tests: most candidates are
                    # spared the call); the next entry of the form is asked then.
                    if (
                        (e + 1 < n and text[e] == " " and (text[e + 1].isupper() or text[e + 1] == "o"))
                        or (s > 2 and text[s - 1] == " " and (text[s - 2] in "sS" or text[s - 2].isalpha()))
                    ) and self._in_longer_name(text, s, e, value, form, range(first[p], first[p + 1])):
                        continue
                    if first[p + 1] - value > 1:
                        titled = self._by_title(text, s, e, value, first[p + 1])
                        value = titled if titled is not None else self._by_pronoun(text, s, e, value, first[p + 1])
                        value = self._by_list(text, s, e, value, first[p + 1])
                    if self._is_bare_feature(value) and not self._feature_told(text, s, e, value):
                        continue
                    if e + 1 < n and text[e] == " " and text[e + 1].isupper():
                        e = self._own_name_end(text, s, e, value)
                    out.append((s, e, value))
                    break
        return out

    def _own_name_end(self, text: str, s: int, e: int, value: int) -> int:
        """Where the organisation's name that the English match text[s:e] of pattern `value` starts ends in `text`:
        past the capitalised words after the match while the entry's English or one of its aliases goes on with
        them ("Tencent Holdings" of "Tencent Holdings Limited", "Ping An Insurance" of "Ping An Insurance (Group)
        Company of China, Ltd."), so the gloss follows the name the text writes, not its first word (the user's
        U37-25 addendum 2: "Tencent (腾讯控股有限公司) Holdings"); `e` where none does, or for another kind's entry."""
        index = self.value_entry(value)
        if self.record(index).type != "org":
            return e
        data = self._entry_dict(index)
        names = [name for name in (data.get("en") or "", *(data.get("aliases") or ())) if len(name) > e - s]
        end = e
        while names and end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
            word = _NEXT_WORD_RE.match(text, end + 1)
            if word is None:
                break
            longer = text[s : word.end()]
            size = len(longer)
            if not any(name.startswith(longer) and not name[size : size + 1].isalnum() for name in names):
                break
            end = word.end()
        # The whole is a form of the entry's own: the matcher's match of it stands (its field, en or alias, is right).
        return e if text[s:end] in names else end

    def _accepts(self, value: int, surface: str) -> bool:
        """Tell whether `surface`, the text of a match of pattern `value` that the glossary forbids as written, is
        still a form the entry accepts: any English match (its casing is judged by `_is_banned_casing`), or a
        Chinese form the entry stores as its own (zh, zh_hant, an alias: another entry's ban of the same characters
        does not unsay it)."""
        if value >= self._t.n_z:
            return True
        return surface in self.entry(self.value_entry(value)).zh_forms

    def _is_banned_casing(self, value: int, surface: str) -> bool:
        """Tell whether `surface` is a casing the entry of English pattern `value` forbids as written: a termbase
        bans "TenCent" beside its accepted "Tencent" (`zhgloss.forms.FormTable.exact`), and a forbidden form is not
        glossed. Other casings of the accepted form ("TENCENT") match as before."""
        bans = self._case_bans.get(value)
        if bans is None:
            index = self.value_entry(value)
            bans = frozenset()
            if self._entry_dict(index).get("forbidden"):
                from zhgloss.forms import FormTable

                bans = frozenset(FormTable(self.entry(index)).exact)
            self._case_bans[value] = bans
        return surface in bans

    def _by_title(self, text: str, s: int, e: int, value: int, stop: int) -> int | None:
        """The pattern value, of `value` up to `stop` (the entries sharing the English form text[s:e]), whose person's
        role title the text gives the name ("State Councilor Wang Yong": 王勇, whose role is State Councilor, not
        王永, a deputy director: the user's U38-2), or None where no one entry's title is there.

        Two officials share a pinyin name as a matter of course (王勇/王永, 刘伟/刘炜); wire English names them with
        their title, and the title one of them holds (any of its roles, current or past: "Former state councilor")
        says which. The title is read as whole words in the clause before the name, whatever stands between
        ("State Councilor and Secretary-General Wang Yong", "Deputy director of the Ministry of Emergency Management
        Wang Yong"), in an apposition right after it ("Wang Yong, a state councilor,") or in brackets after it
        ("Wang Yong (State Councilor)"), or in a noun phrase the name stands in apposition to ("The deputy director
        of the emergency management ministry, Wang Yong, inspected"); case is not read, nor British or American
        spelling ("State Councillor": data/british_spellings.tsv, the reviewer's R38-13). Before the name, only
        capitalised words and "of", "the", "and", "for" may follow the title (not "State Councilor Wang Yi met Wang
        Yong": `_title_distance`). Where two entries' titles are there, the one nearest the name is its title ("State
        Councilor Wang Yong and Deputy Director Wang Yong": the second is the deputy director, the reviewer's
        R39-12); two at the same distance say nothing."""
        clause = text[max(0, s - _TITLE_REACH) : s].rpartition(".")[2].rpartition(";")[2]
        before = _TITLE_WORD_RE.findall(clause)
        after = ""
        if text[e : e + 2] == ", ":
            after = text[e + 2 : e + 2 + _TITLE_REACH].partition(",")[0].partition(".")[0]
            # An apposition names no one else: "…Wang Yong, Deputy Director Wang Yong said" is the next man's title.
            after = "" if text[s:e] in after else _title_words(after)
        elif text[e : e + 2] == " (":
            after = _title_words(text[e + 2 : e + 2 + _TITLE_REACH].partition(")")[0])
        phrase = ""
        if clause.endswith(", ") and text[e : e + 1] == ",":
            # The name in apposition to the noun phrase before it: the phrase's words from the clause's start or
            # the comma before it.
            phrase = _title_words(clause[:-2].rpartition(",")[2])
        if not before and not after.strip() and not phrase.strip():
            return None
        folded = [_regional_key(word.lower()) for word in before]
        found = None
        nearest = len(before) + 1
        tied = False
        for other in range(value, stop):
            index = self.value_entry(other)
            if self.record(index).type not in _PERSONS:
                continue
            roles = self._entry_dict(index).get("roles") or ()
            titles = {_title_words(str(role.get("title") or "")) for role in roles if isinstance(role, dict)}
            distances = [
                0 if title in after or title in phrase else _title_distance(before, folded, title.split())
                for title in titles
                if title.strip()
            ]
            distance = min((d for d in distances if d is not None), default=None)
            if distance is None or distance > nearest:
                continue
            tied = distance == nearest
            nearest, found = distance, other
        return None if tied else found

    def _by_pronoun(self, text: str, s: int, e: int, value: int, stop: int) -> int:
        """Return the pattern value of text[s:e] that the sentence's first third-person pronoun after it points to.

        Several entries may share an English form: "Jordan" is the country (约旦) and the basketball player (乔丹),
        and the precedence of forms (`zhgloss.forms.precedence`) puts the country first. English refers back to a
        person by he, his, him, she, her (himself, herself) and to a country or a company by its (itself): the
        first such pronoun in the rest of the sentence tells which is meant ("Jordan scored forty points in his
        last game" is the player, "Jordan reopened its embassy" the country). `value` is the first entry whose form
        fits; `stop` ends the pattern's values; a later value of the other kind is chosen where its written form
        fits the text's case and it is no word of a longer name. With no pronoun, `value` stays.
        """
        cue = _PRONOUN_RE.search(text, e, min(len(text), e + _PRONOUN_REACH))
        if cue is None or (cue.group(1) is None and cue.group(2) is None):
            return value
        person = cue.group(1) is not None
        if (self.record(self.value_entry(value)).type in _PERSONS) == person:
            return value
        surface = text[s:e]
        for other in range(value + 1, stop):
            if (self.record(self.value_entry(other)).type in _PERSONS) != person:
                continue
            form = self._written.get(other)
            if form is None:
                form = self._written[other] = self.written_form(other)
            if (
                _case_ok(form, surface)
                and not self._is_banned_casing(other, surface)
                and not self._in_longer_name(text, s, e, other, form)
            ):
                return other
        return value

    def _by_list(self, text: str, s: int, e: int, value: int, stop: int) -> int:
        """Return the pattern value of text[s:e] a list of places it stands in points to: a place's, where `value`'s
        entry is no place and an item next to it ("Kinmen and Matsu", "Kaohsiung, Kinmen and Matsu") is one the
        glossary names a place by its whole English. Items of one list are of one kind (as the Chinese rules read
        a list: `zhgloss.glossrules`): 马祖 "Matsu Islands" there, not 妈祖 "Matsu", the sea goddess (the review's
        R49-19). `value` where no item next to it is a place, or no later value is one."""
        if self.record(self.value_entry(value)).type == "place":
            return value
        if not self._next_to_listed_place(text, s, e):
            return value
        surface = text[s:e]
        alias = FORMS.index("alias")
        for other in range(value + 1, stop):
            # The place's own name (its English, or that without its generic: 马祖 "Matsu"), not an alias another
            # name shares ("Manchuria" of 东北 'Northeast China' beside 满洲 "Manchuria").
            if self.record(self.value_entry(other)).type != "place" or self._t.value_form[other] == alias:
                continue
            form = self._written.get(other)
            if form is None:
                form = self._written[other] = self.written_form(other)
            if _case_ok(form, surface) and not self._is_banned_casing(other, surface):
                return other
        return value

    def _is_bare_feature(self, value: int) -> bool:
        """Tell whether English pattern `value` is a row `_with_feature_names` adds for a feature's name without its
        generic word ("Hudson" of 哈德逊河 'Hudson River', "Ili" of 伊犁河 'Ili River'), not a form the entry stores."""
        if self._t.value_form[value] != FORMS.index("variant"):
            return False
        n = self.value_entry(value)
        rec = self.record(n)
        if rec.type != "place":
            return False
        form = self._written.get(value)
        if form is None:
            form = self._written[value] = self.written_form(value)
        own = (rec.en, *rec.aliases)
        if form in own:
            return False
        from zhgloss.forms import without_feature

        head = form.split(" ", 1)[0] + " "
        entry = self.entry(n)
        return any(without_feature(name, entry, divisions=False) == form for name in own if name.startswith(head))

    def _feature_told(self, text: str, s: int, e: int, value: int) -> bool:
        """Tell whether the text says the name text[s:e] of pattern `value`, a feature's without its generic word, is
        the feature: a generic word written after it in any case ("Salween river", "Andaman islands"); the article
        English writes before a river's, a desert's or an island group's name ("the Yangtze", "the middle and lower
        Yangtze", "the Gobi"); the name being the whole pinyin of the entry's Chinese, a Chinese name written in
        English and no English person's ("Nujiang" 怒江, "Tiananmen" 天安门); or an item of a list next to it that the
        glossary names a place by ("Kinmen and Matsu", `_by_list`'s reading). Without any the bare name is as often
        a person's ("Hudson said", "Marshall"), and one heading a longer capitalised name is that name's ("Ili Kazakh
        autonomous prefecture", a division; "Tiananmen Papers"): brk50's B50-2 and chk50's Ili/Kizilsu lines."""
        if _FEATURE_GENERIC_AFTER_RE.match(text, e) is not None:
            return True
        if e + 1 < len(text) and text[e] == " " and text[e + 1].isupper():
            return False
        if _FEATURE_ARTICLE_RE.search(text, max(0, s - 40), s) is not None:
            return True
        if _spells_whole_pinyin(text[s:e], self.record(self.value_entry(value)).pinyin):
            return True
        return self._next_to_listed_place(text, s, e)

    def _next_to_listed_place(self, text: str, s: int, e: int) -> bool:
        """Tell whether an item of a list text[s:e] stands in, before or after it ("Kinmen and Matsu", "Kaohsiung,
        Kinmen and Matsu"), is one the glossary names a place by its whole English (`_names_place`)."""
        before = _LIST_BEFORE_RE.search(text, max(0, s - _LIST_REACH), s)
        after = _LIST_AFTER_RE.match(text, e)
        # A comma alone joins a list's items only where the list goes on to its "and" or "or" ("Kaohsiung, Kinmen
        # and Matsu"), not in a byline or an address ("Xinhua, Beijing").
        if before is not None and before.group(2) == "," and not _LIST_GOES_ON_RE.match(text, e):
            before = None
        if after is not None and after.group(1) == "," and not _LIST_GOES_ON_RE.match(text, after.end()):
            after = None
        items = [m.group(m.re.groupindex["item"]) for m in (before, after) if m is not None]
        return any(self._names_place(item) for item in items)

    def _names_place(self, item: str) -> bool:
        """Tell whether the English `item` (a list's item) is, whole, the form of a place the glossary holds first."""
        folded = _anchor(_fold(item))
        first = self._t.e_first
        return any(
            s == 0 and e == len(item) and self.record(self.value_entry(first[p])).type == "place"
            for s, e, p in self._english_matches(folded)
        )

    def _in_longer_name(self, text: str, s: int, e: int, value: int, form: str, shared: range = range(0)) -> bool:
        """Tell whether the English candidate text[s:e] of pattern `value` is a word of a longer English name.

        "Internet" of "Internet of Things" (a name followed by "of" and a capitalised word: not a person's, whose
        "of" says where they work, "Lei Jun of Xiaomi"); "Amazon" of "Amazon River" (any kind but a place, before
        the generic of a place, `_PLACE_WORDS`); and a one-word person's form (a given name alone, CC-CEDICT's
        "Jack (name)", imported as a person) or an untyped name's one-word form (若翰 "John") before a capitalised
        word, "Jack" of "Jack Ma", "William" of "William Ding", "John" of "John Lee", or after a capitalised
        possessive, "Eve" of "New Year's Eve"; and an untyped name's one-word form (CC-CEDICT's 夏娃 "Eve", imported
        as a name) after a capitalised possessive that itself follows a capitalised word, "Eve" of "New Year's Eve"
        (not "Android" of "Google's Android", a company's product); and a place's or an untyped name's form before
        capitalised words that end on an organisation's word (`zhgloss.forms.ORGANISATION_WORDS`: "Great Wall" of
        "Great Wall Motor", "Taiwan" of "Taiwan People's Party") or after such a word and "of" ("England" of "Church
        of England", "Bank of England": INSTITUTION_WORDS); and a one-word place's form that a person's entry shares
        (the pattern's values, `shared`: CC-CEDICT's 乔丹 "Jordan (name)" beside 约旦) before a capitalised word that
        is no word English writes in lower case (`zhgloss.english_case.lower_words`), no natural feature's generic
        and no glossary name but a person's: the two are a person's full name, "Jordan Henderson", "Jordan
        Peterson", not the country ("Jordan Valley", "Jordan Times", "Jordan Israel" keep it).
        """
        if s > 2 and text[s - 1] == " " and _FEATURE_HEAD_RE.search(text, max(0, s - 8), s - 1) is not None:
            # "Mount Everest", "Lake Geneva", "Port Elizabeth": a feature's or port's name the glossary lacks (its own
            # longer name is matched first), not the surveyor, the city or the given name (the review's R48-22).
            return True
        kind = self.record(self.value_entry(value)).type  # cached per entry, as the gloss needs it anyway
        if kind not in _PERSONS and s > 3 and text[s - 1] == " ":
            # Any kind but a person's, whose "of" says where they work ("Lei Jun of Xiaomi"): CC-CEDICT types some
            # places otherwise (英格兰 "England" is imported as an organisation).
            body = _BODY_OF_RE.search(text, max(0, s - 40), s)
            if (
                body is not None
                and (body.group(1) in INSTITUTION_WORDS or _is_organisation_word(body.group(1)))
                and not self._is_owner(text, s, value, form)
            ):
                return True
        after = _NEXT_WORD_RE.match(text, e + 1) if e + 1 < len(text) and text[e] == " " else None
        word = after.group() if after else ""
        if after is not None and word == "of":
            end = after.end()
            if kind in _PERSONS or text[end : end + 1] != " ":
                return False
            if text[end + 1 : end + 2].isupper():
                return True
            # "Congress" of "National Congress of the Communist Party of China": the head of an organisation's
            # organ, whose owner follows "of the" (`_is_owner`), is no name of its own (not 国会 "Congress (US)").
            owner = end + 5
            return (
                text[end + 1 : owner] == "the "
                and text[owner : owner + 1].isupper()
                and any(
                    a == 0 and self._is_owner(text, owner, v, text[owner : owner + b])
                    for a, b, v in self._english(text[owner : owner + 80])
                )
            )
        if word in _PLACE_WORDS and kind != "place":
            return True
        if word[:1].isupper() and self._heads_unknown_name(text, s, e, value, kind, word):
            return True
        if word[:1].isupper() and kind in _NAMING_KINDS:
            run = _CAPITALISED_RUN_RE.match(text, e)
            if run is not None and _is_organisation_word(re.sub(r"['’]s$", "", run.group().rsplit(" ", 1)[-1])):
                return True
        if kind == "place" and " " not in form and s > 1 and text[s - 1] == " ":
            # A one-word place's form after a capitalised word is a word of a longer name: a person's given name
            # after a pinyin surname ("Li Shufu", not 疏附), a club's own word after its city ("Shandong Taishan",
            # "Chengdu Rongcheng": not 台山, 荣成), where that word is a pinyin syllable or a place's one-word form;
            # and another place named after it by "New" ("New Taipei", 新北, not 台北: the user's U36-7; "New
            # Delhi", "New England", "New Guinea"), which the glossary's longer form takes where it has one.
            previous = re.search(r"(?<![A-Za-z'’-])([A-Z][a-z]+)$", text[max(0, s - 40) : s - 1])
            if previous is not None:
                before_word = previous.group(1)
                if before_word.lower() in SYLLABLES:
                    return True
                if before_word in _NEW_PLACE_WORDS:
                    from zhgloss.glossrules import country_names

                    # Not a country's: "New" before it is the adjective ("New China data", "New Japan tariffs": the
                    # reviewer's R36-14); the places named "New" and a country's name (New Guinea, New Mexico) are
                    # the glossary's longer forms where it has them.
                    return self.record(self.value_entry(value)).en not in country_names()
                if any(
                    b - a == len(before_word) and self.record(self.value_entry(v)).type == "place"
                    for a, b, v in self._english(before_word)
                ):
                    return True
        # A one-word place's form before a family name is a person's given name ("Georgia Smith", "Chad Johnson"):
        # English writes the given name first. The family name is the next word alone as the one-word form of a
        # person's entry (CC-CEDICT's "Smith (name)", "Johnson or Johnston (name)"); not a pinyin syllable, so
        # "in China Li Qiang said" keeps China.
        if (
            kind == "place"
            and " " not in form
            and word[:1].isupper()
            and word.lower() not in SYLLABLES
            and any(
                b - a == len(word) and self.record(self.value_entry(v)).type in _PERSONS
                for a, b, v in self._english(word)
            )
        ):
            return True
        if (
            kind == "place"
            and len(shared) > 1
            and " " not in form
            and word[:1].isupper()
            and self._is_given_name_before(word, shared)
        ):
            return True
        if " " in form or kind not in ("person", "name"):
            return False
        if kind == "name" and not self._is_cedict_name(value):
            # The rule below is for CC-CEDICT's untyped given names (若翰 "John"); a user's own untyped entry names
            # what its sheet says, a company more often than a given name: "Nvidia CEO Jensen Huang", "BYD Chairman
            # Wang Chuanfu", "the Nvidia H20 chip" (the review's R48-1 addendum).
            return False
        if word[:1].isupper():
            return True
        before = text[max(0, s - 40) : s - 1]
        possessive = (_POSSESSIVE_BEFORE_RE if kind == "person" else _NAMED_POSSESSIVE_BEFORE_RE).search(before)
        return possessive is not None

    def _is_cedict_name(self, value: int) -> bool:
        """Tell whether the entry of pattern `value` is CC-CEDICT's (its sources name it), not a user's own."""
        from zhgloss.formats.cedict import CEDICT_SOURCE

        return CEDICT_SOURCE in self.entry(self.value_entry(value)).sources

    def _heads_unknown_name(self, text: str, s: int, e: int, value: int, kind: str | None, word: str) -> bool:
        """Tell whether the English candidate text[s:e] of pattern `value` (of type `kind`), followed by a space and
        the capitalised `word`, is the first word of a longer name the glossary lacks: a one-word form that English
        writes in lower case (`zhgloss.english_case.lower_words`: central, bay, boxing, post, media, shell, lotus,
        phoenix), which a capital mid-sentence makes a name's word, and the capitalised word after it goes on with
        that name: "the Central Government", "Central Park", "Boxing Day", "the Bay Area", "the Post Office", "the
        MIT Media Lab", "Phoenix TV" (the reviewer's R48-2; not 中环 'Central', 博兴, 拜城). The glossary's own longer
        name is matched first (longest match). Not a person's form (its own rules above), nor one its entry says is
        glossed wherever it stands (`safe_forms`, `always_gloss`), nor before a title or occupation ("Shell CEO Wael
        Sawan": forms.ROLE_WORDS), a day or a month, or the legal words of a registered name ("Shell PLC")."""
        surface = text[s:e]
        if not surface[:1].isupper():
            return False  # written in lower case ("in" before "Jing's"): the text reads it as the ordinary word
        if kind in _PERSONS or surface.isupper() or surface.lower() not in lower_words() or " " in surface:
            return False  # "US Navy": an initialism is no word in lower case (`english_case._in_capitals`)
        from zhgloss.forms import ROLE_WORDS

        if word in _CALENDAR_WORDS or word.lower() in ROLE_WORDS or _LEGAL_TAIL_RE.match(text, e) is not None:
            return False
        return not self._safe_form(value, surface)

    def _is_owner(self, text: str, s: int, value: int, form: str) -> bool:
        """Tell whether the English text[s:] starting `form` of pattern `value`, right after "of the", names the
        organisation that owns the body before it ("the National Congress of the Communist Party of China", "the
        General Assembly of the United Nations"): an organisation's entry and a form of two words or more, a referent
        of its own, not the last word of the body's name as a place is ("Parliament of the United Kingdom", "Church
        of England": INSTITUTION_WORDS). The reviewer's REL-41-1."""
        return text[max(0, s - 4) : s] == "the " and " " in form and self.record(self.value_entry(value)).type == "org"

    def _is_language_adjective(self, text: str, span: Span) -> bool:
        """Tell whether the English match `span` is a language's name written as an adjective before a noun that is
        no language's: "Taiwanese voters", "the Taiwanese government", "Shanghainese dishes" name the place's people
        and things, not 台语 or 沪语 (CC-CEDICT's "Taiwanese", "Shanghainese": the review's R49-33), while
        "Taiwanese is spoken", "in Taiwanese and Hakka" and "Shanghainese speakers" name the language.

        A language's entry is one whose own Chinese ends in 语 or 话 (Chinese names a language or a dialect so: 台语,
        沪语, 上海话, 粤语, 客家话; not an alias: 客家 'Hakka', the people) and whose matched form is one capitalised
        word; the word after it is a noun where it is a lower-case word that is no word of grammar, adverb or
        participle nor a word for what a language has (`_is_noun_after_language`)."""
        s, e, value = span
        if value < self._t.n_z or " " in text[s:e]:
            return False
        after = _NEXT_WORD_RE.match(text, e + 1)
        if after is None or not _is_noun_after_language(after.group()):
            return False
        record = self.record(self.value_entry(value))
        if record.type not in (None, "name"):
            return False
        # Its own Chinese, not an alias the import folded in (客家 'Hakka', the people, holds 客语 'Hakka dialect').
        entry = self.entry(self.value_entry(value))
        return any(zh is not None and len(zh) > 1 and zh[-1] in _LANGUAGE_ENDS for zh in (entry.zh, entry.zh_hant))

    def _names_subsidiary(self, text: str, span: Span) -> bool:
        """Tell whether the English match `span` of an organisation's form is a group's short name before a
        subsidiary's trade, the subsidiary's name ("Tencent Music", "BYD Electronic", "Ping An Bank", "JD Logistics":
        the user's U37-43): the trade's English word follows (`zhgloss.glossrules._SUBSIDIARY_TRADES`), the
        group's English or note does not say the trade is its own ("Ping An Insurance"), and the trade is no
        department any body has ("Peking University Sports": `zhgloss.glossrules.is_department_trade`)."""
        _, e, value = span
        if value < self._t.n_z or self.record(self.value_entry(value)).type != "org":
            return False
        from zhgloss.glossrules import is_department_trade, subsidiary_trades

        after = _NEXT_WORD_RE.match(text, e + 1)
        own = subsidiary_trades().get(after.group()) if after is not None else None
        if own is None or after is None:
            return False
        data = self._entry_dict(self.value_entry(value))
        wording = f"{data.get('en') or ''} {data.get('note') or ''}"
        return not own.search(wording) and not is_department_trade(after.group(), wording)

    def _is_given_name_before(self, word: str, shared: range) -> bool:
        """Tell whether `word`, the capitalised word after a place's one-word form, makes the form a person's given
        name: a person's entry shares the form (one of the pattern's values, `shared`), and `word`, a capital and
        lower-case letters (not "Washington DC"), is no word English writes in lower case, no natural feature's
        generic (_PLACE_WORDS), no day or month ("King Abdullah of Jordan Tuesday said": _CALENDAR_WORDS) and no
        glossary name of another kind than a person's (`_in_longer_name`)."""
        if not word[1:2].islower() or word in _PLACE_WORDS or word in _CALENDAR_WORDS or word.lower() in lower_words():
            return False
        if not any(self.record(self.value_entry(other)).type in _PERSONS for other in shared):
            return False
        return all(
            self.record(self.value_entry(v)).type in _PERSONS for a, b, v in self._english(word) if b - a == len(word)
        )

    def _english_matches(self, folded: str) -> list[Span]:
        """Every occurrence of an English pattern in `folded`: by the sorted patterns while the texts are short."""
        t = self._t
        if t._eall is None and self._short_english >= len(folded) and t.e_sorted is not None:
            self._short_english -= len(folded)
            return t.e_sorted.find_overlapping(folded)
        found: list[Span] = t.eall.find_overlapping(folded)
        return found

    def _english_in_runs(self, text: str) -> list[Span]:
        """Every English candidate in the runs of `text` that hold a Latin letter or digit.

        English forms never hold CJK or line breaks, so only those runs can hold one (Chinese
        text has few, and short). They are scanned as one string, joined by line breaks, and the
        matches mapped back: a run is bounded by characters that are never word characters, as the
        joining line breaks are, so the boundary rule sees the same edges.
        """
        if not _LATIN_RE.search(text):
            return []  # every run starts with a Latin letter or digit
        if _is_one_run(text):
            return self._english(text)
        if text[-1] == "\n" and _is_one_run(text[:-1]):
            # One line with its break (what `annotate` reads): the break is an edge of the text to every
            # rule, as the end is, so the line alone gives the same matches.
            return self._english(text[:-1])
        if self._runs is None:
            # Compiled on first use: their classes span most of Unicode, and compiling them would cost
            # a one-line annotate of Chinese ~10 ms.
            self._runs = _run_patterns(self._t.run_extra)
        starts: list[int] = []  # where each run starts in `text`
        pieces: list[str] = []
        run_re, break_re = self._runs
        for run in run_re.finditer(text):
            a, b = run.span()
            while a and not break_re.match(text, a - 1, a):
                a -= 1  # a form may start with punctuation ("$", "(")
            starts.append(a)
            pieces.append(text[a:b])
        if not pieces:
            return []
        offsets = list(accumulate((len(p) + 1 for p in pieces[:-1]), initial=0))
        out: list[Span] = []
        for s, e, value in self._english("\n".join(pieces)):
            k = bisect.bisect_right(offsets, s) - 1
            shift = starts[k] - offsets[k]
            out.append((s + shift, e + shift, value))
        return out

    def _zall(self) -> Any:
        t = self._t
        if t._zall is None:
            import daachorse

            t._zall = daachorse.CharwiseDoubleArrayAhoCorasick(list(t.z_keys))
        return t._zall

    def _chinese_matches(self, text: str) -> list[Span]:
        """The leftmost-longest Chinese matches in `text`: by the sorted patterns while the texts are short."""
        t = self._t
        if t._zll is None and self._short_chinese >= len(text) and (patterns := t.z_sorted) is not None:
            self._short_chinese -= len(text)
            return patterns.find(text)
        found: list[Span] = t.zll.find(text) if t.zll is not None else []
        return found

    def _chinese_overlapping(self, line: str) -> list[Span]:
        """Every Chinese match in `line`, overlapping: by the sorted patterns while the texts are short."""
        t = self._t
        if t._zall is None and self._short_chinese >= len(line) and (patterns := t.z_sorted) is not None:
            self._short_chinese -= len(line)
            return patterns.find_overlapping(line)
        found: list[Span] = self._zall().find_overlapping(line)
        return found

    def _safe_form(self, value: int, form: str) -> bool:
        """Tell whether the entry of match value `value` says `form` is glossed wherever it stands: it lists the form
        in its `safe_forms`, or it is marked `always_gloss`."""
        entry = self.entry(self.value_entry(value))
        return entry.always_gloss or form in entry.safe_forms

    def _z_ok(self, text: str, s: int, e: int, p: int) -> bool:
        bounds = self._t.z_bounds[p]
        return not (
            (bounds & 1 and s > 0 and WORD_CHARS[text[s - 1]]) or (bounds & 2 and e < len(text) and WORD_CHARS[text[e]])
        )

    def spans(self, text: str, before: str = "", *, sentence_case: bool = True) -> list[Span]:
        """Return the matches in `text` as (start, end, value) triples, sorted and non-overlapping.

        A Chinese match that sits inside a longer word or name is not that name (小米 in 小米椒,
        马云 in 马云飞) and is dropped, unless the entry lists the form in `safe_forms`: see
        `zhgloss.glossrules.InsideRule`; so is one that straddles two words (上都 in 书上都写着), see
        `zhgloss.glossrules.CrossingRule`, and one that cuts a name the document keeps using (庄老 in
        未庄老例, where the story names 未庄 again and again), see `zhgloss.document.DocumentRule`:
        `text` is the document, and `before` the same document's text right before it, if any (the
        previous chunk of a stream). Set `inside_words` to False to keep every match.
        A one-word English form at a sentence's start whose word English mostly writes in lower case
        ("Time is running out") is no match (`zhgloss.english_case`) unless `sentence_case` is False:
        a translation check, which knows from the source which names a segment holds, reads it.
        The marks of unverified proposals (〔Rén Zhèngfēi?〕) are read as if they were not there
        (`Elided`): no match inside one, and none cut short by one.
        """
        return self._in_document(text, self._text_spans(text, sentence_case), before)

    def _text_spans(self, text: str, sentence_case: bool = True) -> list[Span]:
        """`spans` before the document's cues."""
        if _FULLWIDTH_ALNUM_RE.search(text) is not None:
            # 小米SU7 and WPS typed full-width (Chinese IMEs, Word): read as their half-width letters and digits,
            # one for one, so the offsets hold; the text as written is what the mentions show (U33-22). Only the
            # runs are translated (a regex finds them in C): str.translate over a whole chunk costs a dict lookup a
            # character, ~3x the matcher's own time on a text such as Lu Xun's, which writes 阿Ｑ on every page.
            text = _FULLWIDTH_ALNUM_RUNS_RE.sub(_half_width, text)
        try:
            return self._text_spans_of(text, sentence_case)
        except UnicodeEncodeError:
            # A str may hold a lone surrogate (a library caller's text; the CLI decodes bytes, which cannot): the
            # automata read UTF-8, which cannot encode one. Each is read as U+FFFD, a character of no name: same
            # offsets, and nothing is lost from the caller's text.
            clean = without_surrogates(text)
            if clean == text:
                raise
            return self._text_spans_of(clean, sentence_case)

    def _text_spans_of(self, text: str, sentence_case: bool) -> list[Span]:
        found = self._shown_spans(text, sentence_case)
        if text.isascii():
            return found
        folded = _traditional_folded()(text)
        if folded is None:
            return found
        # A name written in both scripts at once (劉强東) is found in the text with its traditional-only characters
        # simplified (刘强东), where the text's own matches leave room: `_with_folded`. Text in one script finds
        # its names as written, so the folded text's matches (in C) are mostly the text's own: only the lines where
        # they are not are read again, rules and all.
        matched, own = self._matched
        if matched is not text:
            own = self._chinese_matches(text)
        fresh = set(map(_first_two, self._chinese_matches(folded))).difference(map(_first_two, own))
        if not fresh:
            return found
        if found:
            # The text's own matches stay as written in the folded text: the rules that read what stands beside a
            # name see them there, as in the text (史蒂夫·賈伯斯劉强東: 劉强東 is glued to a name, not to a
            # stranger's 斯; glossed alike once its neighbour's gloss stands between: annotating twice changes nothing).
            chars = list(folded)
            for s, e, _ in found:
                chars[s:e] = text[s:e]
            folded = "".join(chars)
        again: list[Span] = []
        for a, b in sorted(set(map(Lines(text).bounds, map(_first, fresh)))):
            again += [(s + a, e + a, value) for s, e, value in self._shown_spans(folded[a:b], sentence_case)]
        return _with_folded(text, folded, found, again)

    def _shown_spans(self, text: str, sentence_case: bool) -> list[Span]:
        """`_text_spans` of `text` as written: the marks of unverified proposals and the characters of no width read
        as if they were not there."""
        ranges = _mark_ranges(text)
        if _UNSEEN_ANY_RE.search(text) is not None:
            # 雷\u200b军, 雷\u00ad军 (web copy): read as what shows, 雷军, as check and lookup read it (U27-44).
            ranges = sorted(ranges + _unseen_ranges(text))
        if padded := _typeset_ranges(text):
            # 王　翔, a name padded as Chinese typesetting pads one of two characters: read as 王翔.
            ranges = sorted(ranges + padded)
        if ranges:
            elided = Elided(text, ranges)
            return elided.spans_back(self._unmarked_spans(elided.text, sentence_case))
        return self._unmarked_spans(text, sentence_case)

    def _in_document(self, text: str, found: list[Span], before: str) -> list[Span]:
        """`found` (the matches of `text`) without those that cut a name of the document (`DocumentRule`)."""
        if found and self.inside_words and min(map(_third, found)) < self._t.n_z:
            if self._document is None:
                self._document = DocumentRule(self)
            return self._document.filter(text, found, before)
        return found

    def _unmarked_spans(self, text: str, sentence_case: bool = True) -> list[Span]:
        """`spans` of a text without unverified marks."""
        found = self._matched_spans(text, sentence_case)
        if found and (banned := self._banned_pattern()) is not None:
            found = _outside_banned(text, found, banned, self._accepts)
        glosses = self._own_glosses(text, found) if found and ("(" in text or "（" in text) else []
        kept = self._read_without(text, found, glosses, sentence_case) if glosses else self._judged(text, found)
        if len(kept) < len(found) and ("(" in text or "（" in text):
            kept = self._with_own_glosses(text, found, kept)
        if any(map(text.__contains__, _PART_SEPARATORS)) and _PART_SEPARATOR_RE.search(text) is not None:
            kept = self._across_separators(text, kept)
        if kept:
            kept = _outside_ranges(kept, non_prose_ranges(text))
        return kept

    def _across_separators(self, text: str, kept: list[Span]) -> list[Span]:
        """`kept` with the names the text writes with separators between their parts that the glossary writes
        otherwise: 安东尼奥·古特雷斯 for an entry stored 安东尼奥古特雷斯 (`add "安东尼奥 古特雷斯"` stores it so,
        U35-22), 让-克洛德·容克 for 让·克洛德·容克 (a hyphenated given name: Chinese copy writes the hyphen, U35-23).

        A form stored with its dots matches the text with any separator of NAME_SEPARATORS or none (the automaton
        holds those spellings); the text's separators, and a hyphen between two Han characters, are read here as not
        there (`Elided`), and a glossary form of a name (not a term's or a phrase's wording) found across one of them
        is the name, in place of the matches it overlaps: the rule of `lookup` and `check`, README "How names may be
        written". One automaton pass, only where a separator stands between two Han characters.
        """
        gaps = [(m.start(1), m.end(1)) for m in _PART_SEPARATOR_RE.finditer(text)]
        # Only the runs of Han characters and separators around the gaps are read again (a chunk holds thousands of
        # matches, a few dotted names): a form across a separator lies in one.
        names: list[Span] = []
        n = len(text)
        k = 0
        while k < len(gaps):
            lo, hi = gaps[k]
            while lo > 0 and (is_cjk(text[lo - 1]) or text[lo - 1] in _PART_SEPARATORS):
                lo -= 1
            while hi < n and (is_cjk(text[hi]) or text[hi] in _PART_SEPARATORS):
                hi += 1
            inside = []
            while k < len(gaps) and gaps[k][0] < hi:
                inside.append((gaps[k][0] - lo, gaps[k][1] - lo))
                k += 1
            elided = Elided(text[lo:hi], inside)
            starts = [a for a, _ in inside]
            for s, e, value in self._chinese_matches(elided.text):
                a, b = elided.start(s), elided.end(e)
                j = bisect.bisect_right(starts, a)
                if j < len(starts) and starts[j] < b and self._is_name_form(value):
                    names.append((a + lo, b + lo, value))
        if not names:
            return kept
        # The names found are sorted and do not overlap: a match overlaps one when the last that starts before its end
        # ends after its start (a bisection a match: a chunk holds thousands of matches and of dotted names).
        name_starts = [a for a, _, _ in names]
        out = []
        for span in kept:
            k = bisect.bisect_left(name_starts, span[1])
            if not k or names[k - 1][1] <= span[0]:
                out.append(span)
        out += names
        out.sort(key=_first)
        return out

    def _is_name_form(self, value: int) -> bool:
        """Tell whether pattern `value` is a form of a name, not of a term's or a phrase's wording."""
        return self._entry_dict(self.value_entry(value)).get("type") not in ("term", "phrase")

    def _banned_pattern(self) -> re.Pattern[str] | None:
        """One pattern of every form the glossary forbids (`Entry.forbidden`: TBX deprecated, superseded ...), longest
        first, or None where no entry forbids one (most glossaries, CC-CEDICT's import among them).

        Only the entries whose stored JSON holds the key are read: a search of the glossary's bytes finds them.
        """
        if self._banned is False:
            t = self._t
            source, starts = t.entry_source, t.entry_starts
            forms: set[str] = set()
            seen: set[int] = set()
            for hit in re.finditer(rb'"forbidden"', source):
                index = bisect.bisect_right(starts, hit.start()) - 1
                if index >= 0 and index not in seen:
                    seen.add(index)
                    forms.update(self.entry(index).forbidden_forms)
            self.use_banned(forms)
        return self._banned if self._banned is not False else None

    def use_banned(self, forms: Iterable[str]) -> None:
        """Take `forms` as every form the glossary forbids (a store's `zhgloss.store.Glossary.forbidden_index`, kept
        in its cache folder), so that the annotator need not search its entries for them (`_banned_pattern`)."""
        listed = sorted(set(forms), key=len, reverse=True)
        self._banned = re.compile("|".join(map(re.escape, listed))) if listed else None

    def _outside_lone_names(self, text: str, spans: list[Span]) -> list[Span]:
        """Return `spans` without a personal name alone in English copy ("Victor (name)") where the text names a
        Chinese person of the glossary in the same paragraph: "Li Ka-shing's son Victor" (the user's U36-27).

        CC-CEDICT lists given and family names as names of no one person (維克托 "Victor (name)", 理查德 "Richard
        (name)"), and the import makes them persons whose English is the name. Standing alone (no capitalised word
        right before or after it: "son Victor", not "Victor Li") beside a Chinese person of the glossary (a person's
        entry whose pinyin is a family name and a given name, Lǐ Jiāchéng), the name is that person's relative's or
        associate's, who has a Chinese name of their own (Victor Li is 李泽钜, Richard Li 李泽楷), and the dictionary's
        transliteration (维克托) names the wrong person: it is not glossed. Not where the word is a word of that
        person's English (a second mention), nor in copy about no Chinese person, where a Western name alone is glossed
        with its usual transliteration ("Smith said": 史密斯). README's annotate section states the rule.
        """
        n_z = self._t.n_z
        lone = [k for k, span in enumerate(spans) if span[2] >= n_z and self._is_lone_name(text, span)]
        if not lone:
            return spans
        persons = [span for span in spans if self._is_chinese_persons(span[2])]
        if not persons:
            return spans
        # The persons of each paragraph (line): a chunk of input may hold thousands of lines, so each match's line is
        # found by bisecting the line breaks, once (comparing every lone name with every person through the text
        # between them made English annotate ~40x slower on a long file: the review's R37-12).
        breaks = [m.start() for m in re.finditer("\n", text)]
        words_of_line: dict[int, set[str]] = {}
        for ps, _pe, value in persons:
            words_of_line.setdefault(bisect.bisect_right(breaks, ps), set()).update(
                re.findall(r"[A-Za-z]+", self.record(self.value_entry(value)).en)
            )
        drop = set()
        for k in lone:
            s, e, _ = spans[k]
            words = words_of_line.get(bisect.bisect_right(breaks, s))
            if words and text[s:e] not in words:
                drop.add(k)
        return [span for k, span in enumerate(spans) if k not in drop] if drop else spans

    def _is_lone_name(self, text: str, span: Span) -> bool:
        """Tell whether English match `span` is a given name of no one person: every sense of its line a name's
        ("Victor (name)": `_NAME_SENSE_RE`; not "Biden (name)/Joe Biden …", the reviewer's R37-8), an English given
        name (`zhgloss.adopted.english_given_names`, the US Census's first names: not "Thatcher", "Morrison", "Smith"),
        one word, with no capitalised word right before or after it. The Census list holds some family names too
        (Johnson, Taylor): those are read as given names here."""
        s, e, value = span
        ann = self
        record = ann.record(ann.value_entry(value))
        if record.type not in _LONE_NAME_TYPES or " " in text[s:e]:
            return False
        note = ann._entry_dict(ann.value_entry(value)).get("note") or ""
        if not all(map(_NAME_SENSE_RE.fullmatch, note.split("; "))):
            return False  # a line that names one person too: "Biden (name); Joe Biden (1942-), US president"
        from zhgloss.adopted import english_given_names

        if text[s:e].lower() not in english_given_names():
            return False  # a family name alone is copy's second mention of anyone ("Morrison", "Smith")
        return _CAPITAL_BEFORE_RE.search(text, max(0, s - 40), s) is None and _CAPITAL_AFTER_RE.match(text, e) is None

    def _is_chinese_persons(self, value: int) -> bool:
        """Tell whether pattern `value` is a form of a Chinese person's entry: its pinyin is a family name and a given
        name apart (Lǐ Jiāchéng), as GB/T 28039 writes a Chinese name (`_outside_lone_names`)."""
        ann = self
        record = ann.record(ann.value_entry(value))
        if record.type not in _LONE_NAME_TYPES:
            return False
        return " " in (ann._entry_dict(ann.value_entry(value)).get("pinyin") or "").strip()

    def _judged(self, text: str, found: list[Span]) -> list[Span]:
        """`found` (the matches of `text`) without those the word rules drop (`zhgloss.glossrules.InsideRule`)."""
        if len(found) > 1 and self.inside_words and max(map(_third, found)) >= self._t.n_z:
            found = self._outside_lone_names(text, found)
        # The rules judge Chinese matches only (values below n_z): a text with none (a line of English)
        # need not ask them, nor import zhgloss.glossrules.
        if found and self.inside_words and min(map(_third, found)) < self._t.n_z:
            if self._inside is None:
                from zhgloss.glossrules import InsideRule

                self._inside = InsideRule(self)
            return self._inside.filter(text, found)
        return found

    def _own_glosses(self, text: str, found: list[Span]) -> list[tuple[int, int]]:
        """The glosses in `text` that follow their names (雷军（Lei Jun）): (start, end) of each, brackets included."""
        # The character after each match, looked up in C (a line break past the end): most are no bracket.
        after = map((text + "\n").__getitem__, map(_second, found))
        followed = list(compress(found, map(_GLOSS_STARTS.__contains__, after)))
        if not followed:
            return []
        n = len(text)
        out: list[tuple[int, int]] = []
        for s, e, value in followed:
            if not out or s >= out[-1][1]:
                opening, close = _gloss_brackets(text, e, n)
                # Spaced as the gloss is, or with other spaces (Lei\u00a0Jun): str.split splits at any of them.
                written = " ".join(text[opening + 1 : close].split())
                if close and written in self.record(self.value_entry(value)).gloss_strings():
                    out.append((e, close + 1))
        return out

    def _read_without(
        self, text: str, found: list[Span], glosses: list[tuple[int, int]], sentence_case: bool = True
    ) -> list[Span]:
        """The matches of `text` read as if the `glosses` written in it were not there, and those glosses' own.

        A gloss changes what is around a match (南山南山 reads otherwise as 南山南山（Nanshan）, and
        www.ASP is no address after （…）), so a second annotate of annotated text would keep what the
        first dropped: the text is matched and judged without them, as the first run read it. The
        matches inside a gloss stay (they are the gloss); a match of the text without them that
        would run across one is no match of the text.
        """
        elided = Elided(text, glosses)
        starts = list(map(_first, glosses))
        inside = []
        for span in found:
            k = bisect.bisect_right(starts, span[0])
            if k and span[0] < glosses[k - 1][1]:
                inside.append(span)
        start, end = elided.start, elided.end
        kept = [
            (start(s), end(e), value)
            for s, e, value in self._judged(elided.text, self._matched_spans(elided.text, sentence_case))
            if end(e) - start(s) == e - s
        ]
        return sorted(kept + inside) if inside else kept

    def _with_own_glosses(self, text: str, found: list[Span], kept: list[Span]) -> list[Span]:
        """Put back each match the word rules dropped that its own gloss follows in brackets.

        陈年（Chen Nian） names the person whatever the words around it: the rules judge the context,
        and a gloss inserted after a name changes that context, so without this a second annotate of
        annotated text would drop the name and gloss its English instead. A match that would overlap
        a kept one (a shorter form put in its place) stays out.
        """
        n = len(text)
        starts = list(map(_first, kept))
        back: list[Span] = []
        dropped = list(set(found).difference(kept))
        # Only a match followed by a bracket (or a space and one) can have its gloss after it: picked in C.
        opens = _open_ends(text, map(_second, dropped))
        for s, e, value in compress(dropped, map(opens.__contains__, map(_second, dropped))):
            opening, close = _gloss_brackets(text, e, n)
            if (
                not close
                or text[opening + 1 : close].strip() not in self.record(self.value_entry(value)).gloss_strings()
            ):
                continue
            k = bisect.bisect_left(starts, e)
            if k and kept[k - 1][1] > s:
                continue  # a kept match overlaps it
            back.append((s, e, value))
        return sorted(kept + back) if back else kept

    def _matched_spans(self, text: str, sentence_case: bool = True) -> list[Span]:
        """Every match by the automata and the boundary rules, before the inside-a-word rule (`spans`)."""
        t = self._t
        z = self._chinese_matches(text)
        # For `_text_spans_of`'s look at the same text with its scripts folded (English matches may join the list
        # below: the look reads Chinese matches only).
        self._matched = (text, z)
        troubled: list[int] = []  # offsets whose line needs the full (overlapping) computation
        if z:
            bounds = t.z_bounds
            # Only patterns with a Latin end have a boundary to check; pick them out without a Python step per match.
            latin_ended = compress(z, map(bounds.__getitem__, map(_third, z)))
            troubled = [s for s, e, p in latin_ended if not self._z_ok(text, s, e, p)]
            # A match starting on a date's unit (5日|电) is no match: its line is redone without it. Units
            # are picked out by map and compress, without a Python step per match.
            starts = list(map(_first, z))
            units = compress(starts, map(_DATE_UNIT_CHARS.__contains__, map(text.__getitem__, starts)))
            troubled += [s for s in units if is_date_unit(text, s)]
        english = self._english_in_runs(text) if t.has_english else []
        if english and self.inside_words and sentence_case:
            # A capital at a sentence's start says nothing ("Time is running out"): `zhgloss.english_case`.
            english = ordinary_at_start(text, english, self._safe_form)
            # Nor is a group's short name before a subsidiary's trade the group (`_names_subsidiary`). Not for check's
            # translation side (sentence_case False), which reads "Volkswagen Financial" as another company itself
            # (`zhgloss.check._in_longer_name`) and must see the match to say the source's 大众 is missing.
            n = len(text)
            english = [
                span
                for span in english
                if not (span[1] + 1 < n and text[span[1]] == " " and text[span[1] + 1].isupper())
                or not self._names_subsidiary(text, span)
            ]
            # Nor is a language's name before a noun that is no language's the language ("Taiwanese voters").
            english = [
                span
                for span in english
                if not (span[1] + 2 < n and text[span[1]] == " " and text[span[1] + 1].islower())
                or not self._is_language_adjective(text, span)
            ]
        if not english and not troubled:
            return z
        if not z:
            return _greedy(english)  # English text: no Chinese match to overlap, nothing to redo
        chosen = _greedy(list(english))
        for s, e, _ in chosen:
            i = bisect.bisect_left(z, e, key=_first)
            if i and z[i - 1][1] > s:
                troubled.append(s)
        if not troubled:
            z += chosen
            z.sort(key=_first)
            return z
        # A Chinese match failed its boundary or overlaps an English one: redo those lines
        # from every candidate, so a shorter or later match the automaton skipped can win.
        # Each line's bounds by a bisection: a scan to the line's ends per offset is quadratic on one long line.
        lines = sorted(set(map(Lines(text).bounds, troubled)))
        kept: list[Span] = []
        for matches in (z, chosen):
            pos = 0
            for a, b in lines:
                kept += matches[pos : bisect.bisect_left(matches, a, lo=pos, key=_first)]
                pos = bisect.bisect_left(matches, b, lo=pos, key=_first)
            kept += matches[pos:]
        english.sort(key=_first)
        for a, b in lines:
            line = text[a:b]
            cands: list[Span] = [
                (s + a, e + a, p)
                for s, e, p in self._chinese_overlapping(line)
                if self._z_ok(line, s, e, p) and not is_date_unit(line, s)
            ]
            cands += english[bisect.bisect_left(english, a, key=_first) : bisect.bisect_left(english, b, key=_first)]
            kept += _greedy(cands)
        kept.sort(key=_first)
        return kept

    def spans_many(self, texts: Sequence[str]) -> list[list[Span]]:
        """Return `spans` of each of `texts`, matching them all in one pass.

        The texts are joined by line breaks, which no form contains and every rule treats as the
        edge of a text (it is no word character, and it is white space for the e-mail and URL
        rules), so each text gets the spans it would get alone; a test holds the two equal.
        """
        if not texts:
            return []
        starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
        found = self._text_spans("\n".join(texts))
        firsts = list(map(_first, found))
        out: list[list[Span]] = []
        low = 0
        for base, following in pairwise(starts):
            high = bisect.bisect_left(firsts, following, lo=low)
            out.append([(s - base, e - base, value) for s, e, value in found[low:high]] if high > low else [])
            low = high
        # Each text is a document of its own: the cues of one do not reach the next.
        return [self._in_document(text, spans, "") for text, spans in zip(texts, out, strict=True)]

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

    def insertions(
        self, text: str, *, gloss: Gloss = "auto", first_only: bool = False, unknown: NameFinder | None = None
    ) -> list[Insertion]:
        """Return what inline annotation inserts into `text`, as (offset, text) pairs in order.

        With `unknown`, the proposals for names the glossary lacks (任正非〔Rén Zhèngfēi?〕) are among them.
        """
        session = Session(self, gloss=gloss, fmt="inline", first_only=first_only, count=False, unknown=unknown)
        if unknown is not None:
            from zhgloss.unknown import insertions_with_unknown

            return insertions_with_unknown(session, text)
        marks = session.render_marks(text)
        return [Insertion(session._points.get(m[1], m[1]), m[5]) for m in marks if m[5]]

    def annotate(
        self,
        text: str,
        *,
        gloss: Gloss = "auto",
        fmt: Format = "inline",
        first_only: bool = False,
        source: str = "-",
        unknown: NameFinder | None = None,
    ) -> str:
        """Return `text` annotated: glosses inserted (inline), ruby markup (html), or a line per mention (json, tsv).

        With `unknown` (a `zhgloss.unknown.NameFinder`), names the glossary lacks are marked as proposals.
        """
        session = Session(self, gloss=gloss, fmt=fmt, first_only=first_only, source=source, unknown=unknown)
        return session.header(text) + session.render(text) + session.footer()

    def is_traditional(self, text: str) -> bool | None:
        """Tell whether `text` is written in traditional characters (None when it cannot tell)."""
        if len(text) <= _SHORT_TEXT:
            # A line: count with sets. Compiling the two character-class patterns (thousands of
            # characters) would cost a one-line annotate ~20 ms.
            trad = sum(map(self._trad_chars.__contains__, text))
            simp = sum(map(self._simp_chars.__contains__, text))
        else:
            if self._script_res is None:
                simp_chars, trad_chars = self._t.simp_trad
                self._script_res = (re.compile(f"[{re.escape(simp_chars)}]"), re.compile(f"[{re.escape(trad_chars)}]"))
            simp = len(self._script_res[0].findall(text))
            trad = len(self._script_res[1].findall(text))
        if trad == simp:
            return None
        return trad > simp


_SHORT_TEXT = 4096
"""Texts up to this length are told simplified from traditional with sets, longer ones with a pattern."""
_LATIN_RE = re.compile(r"[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# Characters that end a run of possible English text: line breaks, and everything from CJK
# radicals up except full-width ASCII and the ideographic space (which `_fold` folds to ASCII: "Pony\u3000Ma").
_RUN_BREAK = "\n\r\u2e80-\u2fff\u3001-\uff00\uff5f-\U0010ffff"
# The same set written as what it leaves out, for the patterns: `re` builds a class's table over every
# BMP code point it names, so [^_RUN_TEXT] compiles in ~1.5 ms where [_RUN_BREAK] took ~5 ms on
# every command that annotates (a test holds the two classes equal over all of Unicode).
_RUN_TEXT = "\x00-\t\x0b\x0c\x0e-\u2e7f\u3000\uff01-\uff5e"


@cache
def _no_latin_line_re() -> re.Pattern[str]:
    """The line break before a line without a character of `_LATIN_RE` (compiled by the builds that ask: no text's
    annotation does). It starts with a literal, so `re` skips from line break to line break, rather than trying a
    `^` at every character, and the look-ahead fails at the first Latin character of a line (nearly every one)."""
    return re.compile(r"\n(?=[^A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\n]*\n)")


def _have_latin(texts: list[str]) -> list[bool]:
    """Return whether `_LATIN_RE` finds a Latin letter or digit in each of `texts`: one scan of them all.

    The texts are joined by line breaks (one before the first and after the last too) and only the lines without
    one are found (a few symbols, "@" of 小老鼠, among 10^5 forms); texts holding a line break (no form does) are
    asked one by one.
    """
    joined = "\n" + "\n".join(texts) + "\n"
    if joined.count("\n") != len(texts) + 1:
        return [_LATIN_RE.search(text) is not None for text in texts]
    out = [True] * len(texts)
    line, counted = 0, 0
    for match in _no_latin_line_re().finditer(joined) if texts else ():
        # Its line's number: the line breaks before it, counted from the last one found (in order).
        line += joined.count("\n", counted, match.start())
        counted = match.start()
        out[line] = False
    return out


def _run_patterns(extra: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Latin-run pattern and the run-break pattern, for English forms that hold `extra` break characters.

    A run starts at a Latin letter or digit and goes on to the next break; `extra` (ガメラ) do not break it.
    """
    if not extra:
        return re.compile(f"{_LATIN_RE.pattern}[{_RUN_TEXT}]*"), re.compile(f"[^{_RUN_TEXT}]")
    kept = f"[{re.escape(extra)}]"
    return (
        re.compile(f"{_LATIN_RE.pattern}(?:[{_RUN_TEXT}]|{kept})*"),
        re.compile(f"(?!{kept})[^{_RUN_TEXT}]"),
    )


def _is_one_run(text: str) -> bool:
    """Tell cheaply whether all of `text` is one run of possible English text: a Latin letter or digit, no break.

    Most English text is (curly quotes and dashes are below U+2E80, where the breaks start): its
    runs are then `text` itself, and need not be looked for nor joined. Text with full-width or
    CJK characters takes the general path.
    """
    return (
        "\n" not in text
        and "\r" not in text
        and (text.isascii() or max(text) < "\u2e80")
        and _LATIN_RE.search(text) is not None
    )


_DATE_UNIT_CHARS = frozenset("年月日号")


@cache
def _date_numeral_re() -> re.Pattern[str]:
    """The numeral that ends right before a unit (searched with endpos at the unit); compiled on first use (~1.5 ms,
    a class of the CJK blocks): a line without a unit (年 月 日 号) never asks.

    Arabic numerals, half- or full-width, not part of a longer number (100日元 "100 yen" is an amount: see
    is_date_unit), or Chinese numerals after a year or a month, or after no Han character (统一日本 "unify Japan"
    is 统一|日本, 一 ending a word): 二〇二四年, 十月一日, 二十五日.
    """
    return re.compile(
        r"(?:(?<![0-9\uff10-\uff19])[0-9\uff10-\uff19]{1,4}"
        r"|(?:(?<=[年月])|(?<![\u3400-\u9fff\uf900-\ufaff]))[〇零一二三四五六七八九十廿卅]{1,4})$"
    )


def is_date_unit(text: str, i: int) -> bool:
    """Tell whether text[i] is the unit (年 月 日 号) of a date written with numerals.

    `text`: any text; `i`: an offset in it (code points). True for the unit right after a year of up to
    4 Arabic digits (2024年), a month or a day of up to 2 (3月, 5日, 5号; half- or full-width), or
    Chinese numerals after 年 or 月 or where no Han character comes before (十月, 二十五日). Such a unit
    belongs to its date (GB/T 7408's order: year, month, day), so no glossary form starts on it.
    Amounts are not dates: 100日元 (3 digits before 日), 统一日本 (一 ends the word 统一).
    """
    if text[i] not in _DATE_UNIT_CHARS:
        return False
    numeral = _date_numeral_re().search(text, max(0, i - 4), i)
    if numeral is None:
        return False
    return text[i] == "年" or not numeral.group()[0].isdigit() or numeral.end() - numeral.start() <= 2


class Elided:
    """A text with ranges taken out (what annotation wrote in it), and the way back to its offsets.

    What annotate inserted is no part of the text it annotates. The matcher reads a text with the
    marks of unverified proposals (〔Rén Zhèngfēi?〕) taken out (`marks_of`), so that nothing is matched
    inside one (the "Nánshān" of 〔Zhōng Nánshān?〕 is no English name) and the words around it read
    as they did (周大福、张小泉和王老吉 stays a list of brands); the finder of unknown names reads it
    without the glosses of known names too (`zhgloss.unknown.unknown_marks`), so a second run reads
    what the first read. Offsets into `text` are taken back to `marked` by `start` (past the ranges
    there) and `end` (before them): a gloss or a proposal goes right after its name.
    """

    def __init__(self, marked: str, ranges: Sequence[tuple[int, int]]) -> None:
        """`ranges`: sorted (start, end) offsets of `marked` to take out; overlapping ones are merged."""
        self.marked = marked
        pieces: list[str] = []
        self._at: list[int] = []  # where each range was, in `text`
        self._ends: list[int] = []  # where each range ends, in `marked`
        self._removed: list[int] = []  # the characters taken out up to and with each range
        pos = removed = 0
        for a, b in ranges:
            a = max(a, pos)
            if b <= a:
                continue
            pieces.append(marked[pos:a])
            self._at.append(a - removed)
            removed += b - a
            self._ends.append(b)
            self._removed.append(removed)
            pos = b
        pieces.append(marked[pos:])
        self.text = "".join(pieces)

    @classmethod
    def marks_of(cls, text: str) -> Elided | None:
        """Return `text` without its unverified marks, or None when it holds none (most texts: one search in C)."""
        marks = _mark_ranges(text)
        return cls(text, marks) if marks else None

    def start(self, at: int) -> int:
        """The offset in the marked text of offset `at` of `text`, past any mark there (a name starts after it)."""
        k = bisect.bisect_right(self._at, at)
        return at + self._removed[k - 1] if k else at

    def end(self, at: int) -> int:
        """The offset in the marked text of offset `at` of `text`, before any mark there (a name ends before it)."""
        k = bisect.bisect_left(self._at, at)
        return at + self._removed[k - 1] if k else at

    def to_text(self, at: int) -> int:
        """The offset in `text` of offset `at` of the marked text (outside a mark)."""
        k = bisect.bisect_right(self._ends, at)
        return at - self._removed[k - 1] if k else at

    def spans_back(self, spans: list[Span]) -> list[Span]:
        """Return `spans` of `text` as spans of the marked text."""
        start, end = self.start, self.end
        return [(start(s), end(e), value) for s, e, value in spans]


_GIVEN_CHINESE_RE = re.compile(r"[A-Za-z.][ \u00a0]?[(（]([\u3400-\u9fff\U00020000-\U0003134f·・]{1,16})[)）]")
"""A bracket that holds Chinese characters alone right after a Latin letter (a word of English) or a full stop."""


_NEW_PLACE_WORDS = frozenset(("New",))
"""The word English names a place by after an older one ("New Taipei" beside Taipei, "New York", "New Delhi"): before
a place's one-word form it starts another place's name (`Annotator._in_longer_name`)."""


_OWN_ENGLISH_RE = re.compile(r"(?=[^()]*[a-z])[A-Z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,5}")
"""An English name in brackets after a Chinese one: a capital first, up to six words of letters, some lower case (not
a ticker, "AAPL"), nothing else (no colon, digit or comma: "NASDAQ: BIDU", "1038.HK")."""


def _given_chinese(text: str) -> frozenset[tuple[int, int]]:
    """The (start, end) of each run of Chinese characters that fills a bracket right after English: the text's own
    Chinese for the English before it (President Lai Ching-te (賴清德) spoke.), a gloss already, which annotate does
    not gloss back into English (the user's U36-8: 賴清德（William Lai Ching-te） inside the bracket)."""
    return frozenset(found.span(1) for found in _GIVEN_CHINESE_RE.finditer(text))


def _span_ends(span: Span) -> tuple[int, int]:
    """(start, end) of a match."""
    return span[0], span[1]


def written_gloss(text: str, at: int) -> bool:
    """Tell whether the text glosses the name that ends at `at` itself: Latin letters in brackets right after it.

    单田芳（Shan Tianfang）, 布林肯 (Blinken): a proposal there would only repeat, or contradict, what
    the writer gave. Not 单田芳（1934—2018）, dates, nor 任正非（华为创始人）, a description in Chinese.
    """
    j = at + 1 if text[at : at + 1] in _GLOSS_GAPS else at
    if text[j : j + 1] not in ("(", "（"):
        return False
    # Up to the bracket that closes it; a gloss inserted inside it (单田芳（Lei Jun（雷军））) is no part of it.
    depth = 0
    content: list[str] = []
    for c in text[j : j + 200]:
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if not depth:
                words = "".join(content)
                return any(c.isalpha() and c.isascii() for c in words) and not has_cjk(words)
        elif c in "\n\r":
            return False
        elif depth == 1:
            content.append(c)
    return False


def follows_mark(text: str, at: int) -> bool:
    """Tell whether an unverified mark (〔Rén Zhèngfēi?〕) starts at offset `at` of `text`."""
    return text.startswith(MARK_OPEN, at) and _MARK_RE.match(text, at) is not None


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


Mark = tuple[int, int, int, str, "str | None", str]
"""A mention as rendered: start, end, value, status, gloss, inserted text.

The status is "glossed" (a gloss was inserted), "unverified" (a draft entry's gloss was inserted,
as a proposal: 布林肯〔Bu Linken?〕), "already-glossed" (its gloss follows it in the text; for a draft,
any gloss in Latin letters), "already-marked" (a draft followed by a proposal's mark), "in-gloss" (it
is such a gloss), "repeat" (not the first mention, with first_only) or "same" (the gloss would repeat
the surface, or the entry has none)."""


_T = TypeVar("_T")


class _InsertedCache(dict[int, _T]):
    """What a Session renders for each match value (gloss, inserted text), computed on first use."""

    def __init__(self, compute: Callable[[int], _T]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, value: int) -> _T:
        hit = self[value] = self._compute(value)
        return hit


@dataclass
class Session:
    """Annotation state across the chunks of one text: first mentions seen, offsets, line numbers, counts."""

    annotator: Annotator
    gloss: Gloss = "auto"
    fmt: Format = "inline"
    first_only: bool = False
    source: str = "-"
    with_header: bool = True
    with_footer: bool = True
    page: bool = False
    """html only: write a standalone page (head with charset, one <p> per line) rather than a fragment."""
    prefer_traditional: bool = False
    """Gloss English names with the traditional Chinese (`Entry.zh_hant`) until a line of the text's own Chinese says
    which script it is in: English copy has none, and a Taiwan or Hong Kong desk reads 賴清德, 台積電, not 赖清德
    (the review's R47-12). Without it such copy is glossed in simplified characters."""
    charset: str = "utf-8"
    """html pages only: the encoding the page declares (the output's)."""
    count: bool = True
    counts: Counter[int] = field(default_factory=Counter)
    offset: int = 0
    line: int = 1
    traditional: bool = False
    unknown: NameFinder | None = None
    """With a finder, names the glossary lacks are marked too, as unverified proposals (`zhgloss.unknown`)."""
    unknown_counts: Counter[str] = field(default_factory=Counter)
    """How often each unknown name was found (with `count`)."""
    unknown_seen: set[str] = field(default_factory=set)
    """Unknown names already given a proposal (for first_only)."""
    _seen: set[int] = field(default_factory=set)
    _points: dict[int, int] = field(default_factory=dict)
    """Where the last `render_marks` puts an English mention's gloss, by the mention's end, where not at it."""
    _before: str = ""
    """The end of the chunks rendered so far (DOC_REACH characters): the document the next chunk's cues read."""
    _glosses: dict[tuple[int, bool, bool], str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.prefer_traditional:
            self.traditional = True  # the script carried into the text's first line (`_trad_context`)
        if self.gloss not in GLOSSES:
            raise UsageError(f"gloss must be one of {', '.join(GLOSSES)}, not {self.gloss!r}")
        if self.fmt not in FORMATS:
            raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {self.fmt!r}")
        self._n_z = self.annotator._t.n_z
        self._value_entry = self.annotator._t.value_entry
        self._z_inserted: _InsertedCache[tuple[str | None, str]] = _InsertedCache(self._z_gloss)
        self._trad_text = -1  # id() of the chunk whose lines _trad_lines describes
        self._trad_lines: tuple[list[int], list[bool]] = ([], [])
        # By the English surface as written (up to 300 characters): bounded by the characters it holds too.
        self._e_memo: TextMemo[tuple[int, str, bool, bool], tuple[str | None, str]] = TextMemo(100_000)
        self._gloss_strings: dict[int, set[str]] = {}
        self._orgs: dict[int, bool] = {}
        n_z = self._n_z
        self._z_only_inserted: _InsertedCache[str] = _InsertedCache(lambda v: self._z_inserted[v][1] if v < n_z else "")
        self._drafts: _InsertedCache[bool] = _InsertedCache(lambda v: self.annotator.record(self._value_entry[v]).draft)

    def header(self, sample: str = "") -> str:
        """Return what the output starts with: the TSV header line, the head of an HTML page; else nothing.

        `sample` is the start of the text (its first chunk): an HTML page declares the language it is written in
        (`text_language`), Chinese when none is given.
        """
        if self.fmt == "tsv" and self.with_header:
            return "\t".join(TSV_COLUMNS) + "\n"
        if self.fmt == "html" and self.page and self.with_header:
            return html_page_head(self.source, self.charset, text_language(sample) if sample else "zh")
        return ""

    def footer(self) -> str:
        """Return what the output ends with: the end of an HTML page; else nothing."""
        return "</body>\n</html>\n" if self.fmt == "html" and self.page and self.with_footer else ""

    def _gloss_text(self, value: int, script_zh: bool, traditional: bool) -> str | None:
        key = (value, script_zh, traditional)
        if key in self._glosses:
            return self._glosses[key]
        ann = self.annotator
        rec = ann.record(ann.value_entry(value))
        if not is_glossed(rec.type):
            self._glosses[key] = None
            return None
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

    def _z_gloss(self, value: int) -> tuple[str | None, str]:
        """Gloss and inserted text of a Chinese pattern: always in Chinese context."""
        surface = self.annotator._t.z_keys[value] if self.annotator._t.z_keys else ""
        # A name written in traditional characters is glossed in traditional characters (劉強東（劉強東）
        # would be no gloss at all with --gloss zh; 刘强东 would change the script).
        gloss = self._gloss_text(value, True, self.annotator.is_traditional(surface) is True)
        if gloss is None or gloss == surface:
            return None, ""
        if self._is_draft(value):
            return gloss, f"{MARK_OPEN}{gloss}{MARK_CLOSE}"
        return gloss, f"（{gloss}）"

    def _is_draft(self, value: int) -> bool:
        """Tell whether match value `value` names a draft entry, whose gloss is an unverified proposal."""
        return self._drafts[value]

    def _e_gloss(self, text: str, s: int, e: int, value: int) -> tuple[str | None, str]:
        """Gloss and inserted text of an English mention, whose brackets and script depend on context.

        With the default gloss (`auto`), a Latin-script name inside Chinese text (`in_chinese_context`: 用户在TikTok上,
        他喜欢看NBA比赛) gets none, as a stock code gets none: Chinese copy writes it so because that is how it is
        written, and a translation keeps it as it is; its Chinese gives a translator nothing to write, and where the
        glossary's Chinese names a thing of its own (CC-CEDICT's 抖音 'Douyin', whose alias is TikTok) it misleads
        (the review's R46-20). It is still found (--summary, json, tsv). `--gloss zh` or `both` asks for it.
        """
        if self.gloss == "auto" and in_chinese_context(text, s, e):
            return None, ""
        surface = text[s:e]
        if ((s and text[s - 1] in _TICKER_COLONS) or (e < len(text) and text[e] in _TICKER_COLONS)) and _in_ticker(
            text, s, e
        ):
            return None, ""  # "JD.com (JD:NASDAQ)": the market of a stock code, which is glossed no more than the code
        traditional = False
        if self.gloss in ("auto", "zh", "both"):
            rec = self.annotator.record(self._value_entry[value])
            traditional = bool(rec.zh_hant and rec.zh_hant != rec.zh and self._trad_context(text, s))
        chinese = in_chinese_context(text, s, e)
        key = (value, surface, traditional, chinese)
        hit = self._e_memo.get(key)
        if hit is None:
            gloss = self._gloss_text(value, False, traditional)
            if gloss is None or gloss.casefold() == surface.casefold():
                hit = (None, "")
            elif _FULLWIDTH_RE.search(surface) and gloss.casefold() == surface.translate(_FROM_FULLWIDTH).casefold():
                hit = (None, "")  # WPS in full-width letters: no gloss, as WPS gets none (U33-22)
            elif self._is_draft(value):
                hit = (gloss, f"{'' if chinese else ' '}{MARK_OPEN}{gloss}{MARK_CLOSE}")
            else:
                hit = (gloss, f"（{gloss}）" if chinese else f" ({gloss})")
            self._e_memo.remember(key, hit, len(surface))
        return hit

    def _trad_context(self, text: str, at: int) -> bool:
        """Tell whether the Chinese around offset `at` is traditional.

        The line decides; a line without telling characters takes the verdict of the last line
        before it that has them (in this text, else in the chunks before), so chunking never matters.
        """
        if self._trad_text != id(text):
            self._trad_text = id(text)
            starts = [0, *(m.end() for m in re.finditer("\n", text))]
            verdicts: list[bool] = []
            state = self.traditional
            for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
                verdict = self.annotator.is_traditional(text[a:b])
                if verdict is not None:
                    state = verdict
                verdicts.append(state)
            self._trad_lines = (starts, verdicts)
        starts, verdicts = self._trad_lines
        return verdicts[bisect.bisect_right(starts, at) - 1]

    def _carry_script(self, text: str) -> None:
        """Remember the verdict of the last line of `text` that tells simplified from traditional."""
        self._trad_text = -1  # the chunk is done; its id() may be reused
        end = len(text)
        while end > 0:
            start = text.rfind("\n", 0, end - 1) + 1
            verdict = self.annotator.is_traditional(text[start:end])
            if verdict is not None:
                self.traditional = verdict
                return
            end = start

    def render_marks(self, text: str, spans: list[Span] | None = None) -> list[Mark]:
        """Decide, for each mention in `text`, whether and what to gloss (state carries to the next call)."""
        if spans is None:
            spans = self.annotator.spans(text, self._before)
        if not spans:
            return []
        value_entry = self._value_entry
        if self.count:
            self.counts.update(map(value_entry.__getitem__, map(_third, spans)))
        n = len(text)
        n_z = self._n_z
        # Where an English mention's gloss goes (`_gloss_point`), by the mention's end, for the callers that insert it.
        self._points = points = self._english_points(text, spans)
        opens = _open_ends(text, (points.get(e, e) for _, e, _ in spans))
        seen = self._seen
        first_only = self.first_only
        z_inserted = self._z_inserted
        marks: list[Mark] = []
        # The text's gloss of a mention, from skip_from to skip_until, is no mention of its own; a mention before it
        # is (US-China (美国, 中国): "China" is between "US" and the bracket of both, `_english_points`).
        skip_from = skip_until = -1
        marked = MARK_CLOSE in text
        given = _given_chinese(text) if "(" in text or "（" in text else frozenset()
        for i, (s, e, value) in enumerate(spans):
            if skip_from <= s < skip_until or (given and (s, e) in given):
                # A gloss written in the text is no mention of its own: --summary counts its name once.
                if self.count:
                    self._uncount(value_entry[value])
                marks.append((s, e, value, "in-gloss", None, ""))
                continue
            index = value_entry[value]
            if self._is_draft(value) and ((marked and follows_mark(text, e)) or written_gloss(text, e)):
                # A draft's proposal written already (布林肯〔Bù Línkěn?〕), or the text's own gloss of the
                # name (布林肯（Blinken）): a guess goes where the text says nothing.
                seen.add(index)
                if marked and follows_mark(text, e):
                    marks.append((s, e, value, "already-marked", None, ""))
                else:
                    skip_from, skip_until = -1, _gloss_brackets(text, e, n)[1]
                    marks.append((s, e, value, "already-glossed", None, ""))
                continue
            if points.get(e, e) in opens:
                opening, close = _gloss_brackets(text, points.get(e, e), n)
                english = text[s:e] if value >= n_z else None
                own = self._z_only_inserted[value]
                if english is None and (short := self._short_form_close(text, spans, e, index, own)):
                    # 中国国际航空公司（国航）: the name is glossed; the short form it gives is no mention of its own.
                    skip_from, skip_until = -1, short
                elif close and self._is_gloss_of(text[opening + 1 : close], spans, i, index, close, english):
                    skip_from = opening
                    skip_until = (
                        english is None and self._short_form_close(text, spans, close + 1, index, own)
                    ) or close
                    seen.add(index)
                    marks.append((s, e, value, "already-glossed", None, ""))
                    continue
            if first_only and index in seen:
                marks.append((s, e, value, "repeat", None, ""))
                continue
            gloss, inserted = z_inserted[value] if value < n_z else self._e_gloss(text, s, e, value)
            if inserted:
                # Only a mention that got its gloss counts as the first: with --gloss zh, 雷军 gets
                # none, and a later "Lei Jun" still gets (雷军).
                seen.add(index)
            status = ("unverified" if self._is_draft(value) else "glossed") if inserted else "same"
            marks.append((s, e, value, status, gloss, inserted))
        if points:
            ats = [points.get(mark[1], mark[1]) for mark in marks]
            inserts = [mark[5] for mark in marks]
            if _merge_chained(ats, inserts):
                marks = [(*mark[:5], insert) for mark, insert in zip(marks, inserts, strict=True)]
        return marks

    def _english_points(self, text: str, spans: list[Span]) -> dict[int, int]:
        """Return where the gloss of each English mention of `spans` outside Chinese text goes (`_gloss_point`), by
        the mention's end, where not at it.

        Names joined into one word by a hyphen or an en dash ("US-China relations", "the Beijing–Shanghai line",
        "Beijing-Tianjin-Hebei") are one word of English, a compound modifier (Chicago Manual of Style 6.80 joins an
        open compound's parts so with an en dash: "New York–London flights"); as for any word a name starts, the
        gloss goes after the whole of it, each name's there (`_merge_chained` writes them in one bracket: "US-China
        (美国, 中国) relations", the reviewer's R46-21). A slash ("Beijing/Shanghai") writes alternatives and an em
        dash a break in the sentence ("the US—China too—"): each name there keeps its own gloss. A draft's proposal
        is marked apart and joins no chain."""
        n = len(text)
        n_z = self._n_z
        points: dict[int, int] = {}
        following: int | None = None  # the point of the next mention, when it is English and may close a chain
        for k in range(len(spans) - 1, -1, -1):
            s, e, value = spans[k]
            if value < n_z:
                following = None
                continue
            limit = spans[k + 1][0] if k + 1 < len(spans) else n
            at = _gloss_point(text, e, limit, self._is_org(value))
            draft = self._is_draft(value)
            if (
                at == e
                and following is not None
                and limit == e + 1
                and text[e] in _NAME_JOINERS
                and not draft
                and not in_chinese_context(text, spans[k + 1][0], spans[k + 1][1])
            ):
                at = following
            if at != e and not in_chinese_context(text, s, e):
                points[e] = at
            following = None if draft else at
        return points

    def _is_org(self, value: int) -> bool:
        """Tell whether pattern `value`'s entry may be a company's, whose English mention's gloss goes after the
        legal words of its registered name (`_gloss_point`): an organisation's, or an untyped name's (CC-CEDICT's
        import leaves 百度 "Baidu" and 网易 "NetEase" untyped; "Baidu, Inc." says what it is)."""
        org = self._orgs.get(value)
        if org is None:
            org = self._orgs[value] = self.annotator.record(self._value_entry[value]).type in ("org", "name", None)
        return org

    def _uncount(self, index: int) -> None:
        """Take back one mention of entry `index` from `counts` (it was a gloss in the text, not a mention)."""
        counts = self.counts
        counts[index] -= 1
        if counts[index] <= 0:
            del counts[index]

    def _short_form_close(self, text: str, spans: list[Span], at: int, index: int, own: str) -> int:
        """Where the bracket right after offset `at` closes when it holds a Chinese form of entry `index`'s name, the
        text's own short form of it, else 0: 中国国际航空公司（国航）, 深圳证券交易所（深交所）, in whatever words
        the writer defines the abbreviation the article goes on with (（以下简称“国航”）, （下称国航）,
        （股票代码：601111，以下简称“国航”）, （以下简称“国航”或“公司”）: the reviewer's R39-21 and R40-1).
        Such a bracket is no gloss: a gloss of a Chinese name is English or pinyin. The name is glossed, and what
        the bracket holds, which names the name's entry, is not glossed again; `at` is the name's end, or the end
        of its gloss (中国国际航空公司（Air China）（国航）, annotated again). A bracket that holds what the session
        itself inserts after the mention (`own`: --gloss zh writes 新浪微博（微博）), a match of the entry's English
        or Latin words of the text's own (中国国际航空公司（Air China，以下简称“国航”）) is its gloss, not this."""
        n = len(text)
        opening, close = _gloss_brackets(text, at, n)
        if not close:
            return 0
        content = text[opening + 1 : close]
        if content.strip() == own.strip()[1:-1].strip() or _OWN_LATIN_WORD_RE.search(content) is not None:
            return 0
        k = bisect.bisect_left(spans, opening, key=_first)
        inside = spans[k : bisect.bisect_left(spans, close, lo=k, key=_first)]
        value_entry, n_z = self._value_entry, self._n_z
        if any(e > close or (value >= n_z and value_entry[value] == index) for _, e, value in inside):
            return 0
        return close if any(value < n_z and value_entry[value] == index for _, _, value in inside) else 0

    def _is_gloss_of(
        self, content: str, spans: list[Span], i: int, index: int, close: int, english: str | None = None
    ) -> bool:
        """Tell whether `content`, the bracket after mention `i` (of entry `index`, ending at `close`), is its gloss:
        one of the entry's gloss strings, or a match of the entry inside it; for an English mention (`english`, its
        surface), also a Chinese match that fills the bracket of another entry with that English (Cathay Pacific
        (國泰航空): the glossary's 国泰 "Cathay Pacific" and 国泰航空 "Cathay Pacific" are two entries, and the text
        gives the Chinese already: the user's U36-8)."""
        known = self._gloss_strings.get(index)
        if known is None:
            known = self._gloss_strings[index] = self.annotator.record(index).gloss_strings()
        if content.strip() in known or (
            CHAIN_SEPARATOR in content and any(part.strip() in known for part in content.split(CHAIN_SEPARATOR))
        ):
            # One of the entry's gloss strings, alone or among those of the names joined to it (US-China (美国, 中国)).
            return True
        value_entry = self._value_entry
        inside = spans[i + 1 : bisect.bisect_left(spans, close, lo=i + 1, key=_first)]
        if any(e <= close and value_entry[value] == index for _, e, value in inside):
            return True
        if english is None and not inside and _OWN_ENGLISH_RE.fullmatch(content.strip()) is not None:
            # A Chinese mention followed by an English name of the text's own, another than the entry's (总统赖清德
            # （Lai Ching-te）, where the entry says William Lai Ching-te): the copy glosses it already (U36-8's kind).
            return True
        if english is None or len(inside) != 1 or inside[0][2] >= self._n_z or inside[0][1] != close:
            return False
        other = value_entry[inside[0][2]]
        strings = self._gloss_strings.get(other)
        if strings is None:
            strings = self._gloss_strings[other] = self.annotator.record(other).gloss_strings()
        return english in strings

    def render(self, text: str) -> str:
        """Render one chunk of text (whole lines) in the session's format; offsets continue from the last chunk."""
        fmt = self.fmt
        if self.unknown is not None:
            from zhgloss.unknown import render_with_unknown

            out = render_with_unknown(self, text)
        elif fmt == "inline":
            out = self._inline(text)
        elif fmt == "html":
            out = self._html(text)
        else:
            out = self._rows(text)
        self.offset += len(text)
        self.line += text.count("\n")
        self._carry_script(text)
        self._before = text[-DOC_REACH:] if len(text) >= DOC_REACH else (self._before + text)[-DOC_REACH:]
        return out

    def _inline(self, text: str) -> str:
        spans = self.annotator.spans(text, self._before)
        if not spans:
            return text
        if self.first_only or (MARK_CLOSE in text and _MARK_RE.search(text) is not None):
            # Marks of proposals in the text (a draft's written already): each mention is looked at.
            return self._inline_slow(text, spans)
        # Without first_only each mention is glossed unless a gloss follows it (or it is one), so
        # the output is built without a Python-level step per match, which dominates with dense
        # glossaries; only matches followed by a bracket get a closer look.
        ends = list(map(_second, spans))
        values = list(map(_third, spans))
        if self.count:
            self.counts.update(map(self._value_entry.__getitem__, values))
        n_z = self._n_z
        # English values get "" here and their gloss just below (it depends on the text around them).
        inserted: list[str] = list(map(self._z_only_inserted.__getitem__, values))
        points: dict[int, int] = {}
        if max(values) >= n_z:
            points = self._english_points(text, spans)
            for k in compress(range(len(values)), map(n_z.__le__, values)):
                s, e, value = spans[k]
                inserted[k] = self._e_gloss(text, s, e, value)[1]
                ends[k] = points.get(e, e)
        opens = _open_ends(text, ends)
        if opens:
            self._unglossed(text, spans, ends, opens, inserted)
        if ("(" in text or "（" in text) and (given := _given_chinese(text)):
            for k in compress(range(len(spans)), map(given.__contains__, map(_span_ends, spans))):
                inserted[k] = ""
        if points:
            _merge_chained(ends, inserted)
        # Interleave the text up to each mention's end with its insertion: slice assignment and one
        # join, rather than a zip of tuples.
        pieces: list[str] = [""] * (2 * len(ends))
        pieces[::2] = map(text.__getitem__, map(slice, [0, *ends], ends))
        pieces[1::2] = inserted
        pieces.append(text[ends[-1] :])
        return "".join(pieces)

    def _unglossed(self, text: str, spans: list[Span], ends: list[int], opens: set[int], inserted: list[str]) -> None:
        """Blank the insertion of each mention already followed by its gloss, and of the mentions in that gloss."""
        n = len(text)
        skip_from = skip_until = -1  # a gloss's bracket (the mentions before it are mentions: `render_marks`)
        value_entry = self._value_entry
        for k in compress(range(len(ends)), map(opens.__contains__, ends)):
            s, _, value = spans[k]
            e = ends[k]  # where the gloss goes: after "Beijing's", "Shenzhen-based" (`_gloss_point`)
            if skip_from <= s < skip_until:
                continue
            opening, close = _gloss_brackets(text, e, n)
            if value < self._n_z and (short := self._short_form_close(text, spans, e, value_entry[value], inserted[k])):
                # The text's own short form of the name in brackets (中国国际航空公司（国航）): the name keeps its
                # gloss, the short form gets none (`_short_form_close`).
                skip_from, skip_until = -1, short
                inserted[k + 1] = ""
                if self.count:
                    self._uncount(value_entry[spans[k + 1][2]])
                continue
            if close and (
                self._is_gloss_of(
                    text[opening + 1 : close],
                    spans,
                    k,
                    value_entry[value],
                    close,
                    text[s : spans[k][1]] if value >= self._n_z else None,
                )
                or (self._is_draft(value) and written_gloss(text, e))
            ):
                # The gloss, and the short form after it (中国国际航空公司（Air China）（国航）, annotated again).
                if value < self._n_z and (
                    short := self._short_form_close(text, spans, close + 1, value_entry[value], inserted[k])
                ):
                    close = short
                inserted[k] = ""
                if (opening, close) == (skip_from, skip_until):
                    continue  # the bracket of names joined in one word, read already for the name before
                skip_from, skip_until = opening, close
                j = k + 1
                while j < len(spans) and spans[j][0] < close:
                    if spans[j][0] >= opening:  # the gloss, not a mention (a chain's next name is one: US-China)
                        inserted[j] = ""
                        if self.count:
                            self._uncount(value_entry[spans[j][2]])
                    j += 1

    def _inline_slow(self, text: str, spans: list[Span]) -> str:
        parts: list[str] = []
        pos = 0
        for _, e, _, _, _, inserted in self.render_marks(text, spans):
            if inserted:
                e = self._points.get(e, e)
                parts.append(text[pos:e])
                parts.append(inserted)
                pos = e
        if not parts:
            return text
        parts.append(text[pos:])
        return "".join(parts)

    def _html(self, text: str) -> str:
        # html is imported where it is used: html.entities costs every annotate ~1 ms.
        from html import escape

        parts: list[str] = []
        pos = 0
        for s, e, value, _, gloss, _ in self.render_marks(text):
            if gloss is None:
                continue
            parts.append(escape(text[pos:s]))
            parts.append(self.ruby(text, s, e, value, gloss))
            pos = e
        parts.append(escape(text[pos:]))
        out = "".join(parts)
        return _paragraphs(out) if self.page else out

    def ruby(self, text: str, s: int, e: int, value: int, gloss: str) -> str:
        """Return the html <ruby> markup of the mention text[s:e] (match value `value`) glossed with `gloss`."""
        from html import escape

        rec = self.annotator.record(self._value_entry[value])
        if rec.draft:
            tip = f"A draft entry, not confirmed: {rec.title or rec.en}. A proposal to check, not a verified gloss."
            return (
                f'<ruby class="zhgloss zhgloss-unverified zhgloss-draft" data-id="{escape(rec.id)}" '
                f'style="{UNVERIFIED_STYLE}" title="{escape(tip)}">{escape(text[s:e])}'
                f"<rp>{MARK_OPEN}</rp><rt>{escape(gloss)}?</rt><rp>〕</rp></ruby>"
            )
        title = f' title="{escape(rec.title)}"' if rec.title else ""
        return (
            f'<ruby class="zhgloss" data-id="{escape(rec.id)}"{title}>{escape(text[s:e])}'
            f"<rp>(</rp><rt>{escape(gloss)}</rt><rp>)</rp></ruby>"
        )

    def _rows(self, text: str) -> str:
        marks = self.render_marks(text)
        if not marks:
            return ""
        breaks = [m.start() for m in re.finditer("\n", text)]
        return "".join(self.row(text, breaks, mark) for mark in marks)

    def row(self, text: str, breaks: list[int], mark: Mark) -> str:
        """Return the json or tsv line of one mention of `text` (`breaks`: the offsets of its line breaks)."""
        s, e, value, status, gloss, inserted = mark
        ann = self.annotator
        rec = ann.record(self._value_entry[value])
        surface = text[s:e]
        row = self.row_place(breaks, s, e)
        row.update(
            surface=surface,
            id=rec.id,
            type=rec.type,
            form=ann.value_form(value),
            script="zh" if has_cjk(surface) else "en",
            status=status,
            gloss=gloss,
            inserted=inserted or None,
            entry=rec.forms(),
        )
        if inserted and (at := self._points.get(e, e)) != e:
            row["at"] = self.offset + at  # where the inline output inserts it: after "Beijing's" (`_gloss_point`)
        if rec.draft:
            row["unverified"] = row["draft"] = True
        elif self.unknown is not None:
            row["unverified"] = False
        if self.fmt == "json":
            return json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
        flat = {**rec.forms(), **row}
        return "\t".join(_tsv_cell(flat.get(c)) for c in TSV_COLUMNS) + "\n"

    def row_place(self, breaks: list[int], s: int, e: int) -> dict[str, Any]:
        """Return where the mention text[s:e] of the current chunk is: file, line, column, offsets."""
        k = bisect.bisect_left(breaks, s)
        col = s - (breaks[k - 1] + 1 if k else 0)
        return {
            "file": self.source,
            "line": self.line + k,
            "col": col + 1,
            "start": self.offset + s,
            "end": self.offset + e,
        }


_second = itemgetter(1)
_third = itemgetter(2)


_WORD_TAIL_RE = re.compile(r"(?:[-\u2010\u2011][a-z]+)+(?:['\u2019]s(?![\w'\u2019]))?|['\u2019]s(?![\w'\u2019])")


_LEGAL_TAIL_RE = re.compile(
    r"(?:,?[ \u00a0](?:Group|Holdings?|Company|Co\.?,?[ \u00a0]Ltd\.?|Co\.?|Corporation|Corp\.?|Incorporated|Inc\.?"
    r"|Limited|Ltd\.?|PLC|plc|LLC|AG|SE|N\.V\.|S\.A\.)(?![\w&\u2010\u2011-]))+"
)
"""The words of a company's registered English name after its short name, as the issuers' own filings write them
(HKEX, SEC): "Tencent Holdings Limited", "Alibaba Group Holding Limited", "Baidu, Inc.", "JD.com, Inc.", "BYD
Company Limited"; and as wire style writes the abbreviations, without their full stops (Reuters: "Baidu Inc",
"Tencent Holdings Ltd", "BYD Co Ltd"), a possessive after them ("Baidu Inc's shares", the reviewer's R39-13). An
organisation's gloss goes after them, not inside the name (the reviewer's R38-28). A word joined by a hyphen
("Co-founder") is none."""


def _gloss_point(text: str, end: int, limit: int, org: bool = False) -> int:
    """Where the gloss of an English mention ending at `end` goes: after the whole word it starts, as English reads
    it — a hyphenated compound in lower case ("Shenzhen-based", "Hong Kong-listed") or a possessive ("Beijing's"),
    not inside it ("Shenzhen (深圳)-based", U33-12) — and, for an organisation's (`org`), after the words of a
    registered name that follow it ("Tencent Holdings Limited", "Baidu, Inc.": _LEGAL_TAIL_RE) — but never past
    `limit`, the next mention's start; else `end`."""
    if org and (legal := _LEGAL_TAIL_RE.match(text, end)) is not None and legal.end() <= limit:
        end = legal.end()
        if end >= len(text) or text[end] not in "-\u2010\u2011'\u2019":
            return end
    if end >= len(text) or text[end] not in "-\u2010\u2011'\u2019":
        return end
    match = _WORD_TAIL_RE.match(text, end)
    return match.end() if match is not None and match.end() <= limit else end


_NAME_JOINERS = frozenset("-\u2010\u2011\u2013")
"""The marks that join two names into one word of English: hyphens and the en dash (`Session._english_points`)."""

CHAIN_SEPARATOR = ", "
"""What separates the glosses of names joined in one word, in their one bracket: "US-China (美国, 中国)"."""


def _merge_chained(ats: list[int], inserted: list[str]) -> bool:
    """Write the glosses inserted at one offset in one bracket: "US-China (美国, 中国) relations", not "(美国) (中国)".

    `ats` are where each mention's `inserted` goes, in order; the mentions of names joined in one word share one
    (`Session._english_points`). The last of them gets the bracket, each gloss once, in the text's order; the others
    insert nothing. Only verified glosses in round brackets are merged (a draft's proposal is marked apart).
    Return whether anything changed. One bracket keeps "annotating twice changes nothing": each name finds its
    own Chinese inside it (`Session._is_gloss_of`)."""
    changed = False
    k = 0
    n = len(ats)
    while k < n:
        j = k
        while j + 1 < n and ats[j + 1] == ats[k]:
            j += 1
        if j > k:
            group = [insert for insert in inserted[k : j + 1] if insert]
            if len(group) > 1 and all(insert.startswith(" (") and insert.endswith(")") for insert in group):
                glosses = list(dict.fromkeys(insert[2:-1] for insert in group))
                inserted[k:j] = [""] * (j - k)
                inserted[j] = f" ({CHAIN_SEPARATOR.join(glosses)})"
                changed = True
        k = j + 1
    return changed


def _open_ends(text: str, ends: Iterable[int]) -> set[int]:
    """Those of `ends` (offsets of `text`) where a bracketed gloss could start: a bracket, or a space or tab before one.

    Picked in C (map, compress) from the character at each end: most ends are followed by neither, and a text's
    brackets are never walked (Chinese prose writes many that follow no match).
    """
    if "(" not in text and "（" not in text:
        return set()
    padded = text + "\n\n"
    ends = list(ends)
    at = set(compress(ends, map(_GLOSS_STARTS.__contains__, map(padded.__getitem__, ends))))
    return {e for e in at if padded[e] in _OPEN or padded[e + 1] in _OPEN}


TSV_COLUMNS = ("file", "line", "col", "start", "end", "id", "surface", "form", "status", "zh", "pinyin", "en")


def _tsv_cell(value: object) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ")


_OWN_LATIN_WORD_RE = re.compile(r"[A-Za-z]{3,}")
"""A Latin word in a bracket after a Chinese name (three letters or more: not a market's code, HK, SH): the text's
own English gloss of it (`Session._short_form_close`). Named apart from `text_language`'s _LATIN_WORD_RE, which
reads any run of letters: under one name, the later definition replaced this one in the module."""


def _gloss_brackets(text: str, end: int, n: int) -> tuple[int, int]:
    """Return the offsets of the brackets of a gloss written right after offset `end`, else (0, 0).

    A gloss may hold brackets of its own (an English legal name: 中国平安保险（集团）股份有限公司（Ping An Insurance
    (Group) Company of China, Ltd.）): the gloss's bracket is the one that closes the first, over those it holds, on
    the same line, within _GLOSS_REACH characters (a line of unclosed brackets is not walked to its end per match)."""
    j = end
    if j < n and text[j] in _GLOSS_GAPS:
        j += 1
    if j >= n or text[j] not in _OPEN:
        return 0, 0
    depth = 1
    k = j + 1
    n = min(n, j + _GLOSS_REACH)
    while k < n:
        c = text[k]
        if c in _CLOSE:
            depth -= 1
            if not depth:
                return j, k
        elif c in _OPEN:
            depth += 1
        elif c in "\n\r":
            return 0, 0
        k += 1
    return 0, 0


_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s+\Z")
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z]")
"""A capitalised word right before or right after an English match: a lone name has none
(`Annotator._is_lone_name`)."""
_NAME_SENSE_RE = re.compile(r"[^;()]+ \((?:(?:male|female) )?name\)")
"""How CC-CEDICT labels a personal name of no one person ("Victor (name)", "Carter (name)")."""
_LONE_NAME_TYPES = frozenset({"person", "nickname"})

_GLOSS_REACH = 400
"""How far `_gloss_brackets` reads for the bracket that closes a gloss (the longest English legal names are ~150)."""

CHUNK_BYTES = 1 << 20
"""How much input is read at a time (a pipe gives what it has, so output keeps up with `tail -f`)."""

MAX_LINE = 1 << 20
"""A line longer than this (in code points) is cut at its last space to keep memory flat."""

DETECT_BYTES = 1 << 16
"""How much input `--encoding auto` reads before deciding."""


def detect_encoding(head: bytes, source: str = "-") -> str:
    """Guess the encoding of text starting with `head`: a BOM, else UTF-8 if it decodes, else GB18030 or
    Big5 as `zhgloss.formats.chinese_legacy_encoding` tells them, else charset-normalizer.

    GB2312 and GBK are read as GB18030, their superset, so a rarer character later on still decodes. When no
    encoding fits, UTF-8 (its decoder then names the first byte it cannot read).
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(head) - 3:
            return "utf-8"  # the head cut a character in two
    from zhgloss.formats import chinese_legacy_encoding, mostly_utf8

    if mostly_utf8(head):
        # UTF-8 with a stray byte of another encoding (the review's R48-16: one line of it came out unglossed, exit 0):
        # UTF-8, whose decoder names the byte and its line, as `zhgloss.formats.decode_input` refuses it.
        return "utf-8"
    # GBK and Big5 by the rule every other input of zhgloss is read with; a statistical detector
    # only for the rest (it names a Korean or Japanese codec for a few short lines of Chinese).
    if chinese := chinese_legacy_encoding(head, final=False):
        return chinese
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        # No encoding reads it whole (UTF-8 with a stray byte): UTF-8, whose decoder names the first bad byte and its
        # line (the review's R12: "cannot detect its encoding" named neither).
        return "utf-8"
    name = codecs.lookup(best.encoding).name
    return {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8"}.get(name, name)


TRADITIONAL_CODECS = frozenset({"big5", "big5hkscs", "cp950"})
"""Codecs (by their Python names) that hold traditional characters only."""


def check_encoding(name: str) -> str:
    """Return the codec name of encoding `name`; raise UsageError if Python does not know it."""
    if name == "auto":
        return name
    try:
        codec = codecs.lookup(name)
        "".encode(codec.name)  # a LookupError for codecs that are not text encodings (base64, rot13, zlib)
    except LookupError:
        raise UsageError(f"unknown text encoding {name!r}") from None
    return codec.name


@dataclass
class StreamReport:
    """What `annotate_stream` did: the encodings used, and how many glosses could not be written."""

    encoding: str
    output_encoding: str
    unencodable: int = 0


def _read_chunks(read: Callable[[int], bytes], first: bytes) -> Iterator[bytes]:
    if first:
        yield first
    while chunk := read(CHUNK_BYTES):
        yield chunk


def _cut(pending: str) -> int:
    cut = pending.rfind("\n") + 1
    if cut or len(pending) <= MAX_LINE:
        return cut
    # No line break for millions of characters: cut at a space (a name spanning the cut would be
    # lost, but names are short and a line this long is not prose anyway).
    cut = max(pending.rfind("\r"), pending.rfind(" "), pending.rfind("\t"))
    return cut + 1 if cut > 0 else len(pending)


def _input_encoding(session: Session, encoding: str, head: bytes) -> str:
    """The checked codec name of `encoding` ("auto": detected from `head`, the input's first bytes); a codec that
    writes only traditional characters marks `session` traditional: English names in its text are glossed in
    traditional characters too (simplified ones would not even encode). Raise UsageError for an unknown codec."""
    encoding = check_encoding(detect_encoding(head, session.source) if encoding == "auto" else encoding)
    if encoding in TRADITIONAL_CODECS:
        session.traditional = True
    return encoding


def page_refusal(session: Session) -> str | None:
    """Why a web page cannot be annotated with `session`'s options, or None: a page is glossed in place, its markup
    kept, so only as inline output and without the unknown names' proposals (`annotate_page`)."""
    if session.fmt == "inline" and session.unknown is None:
        return None
    what = "--unknown" if session.unknown is not None else f"--format {session.fmt}"
    return (
        "is a web page: annotate glosses its text in place, keeping its markup, with the default --format inline "
        f"only; for {what}, save the page's text first (a browser's Save As … Text)"
    )


def annotate_stream(
    session: Session,
    reader: BinaryIO,
    writer: BinaryIO,
    *,
    encoding: str = "utf-8",
    errors: Literal["strict", "replace"] = "strict",
    output_encoding: str | None = None,
    sanitize: Callable[[str], str] | None = None,
) -> StreamReport:
    """Annotate the bytes of `reader` into `writer`, a chunk of whole lines at a time, flushing each.

    The input is decoded incrementally (`encoding` may be "auto"), so memory stays flat however long
    it is. Output uses the input's encoding for inline and html, UTF-8 for json and tsv, unless
    `output_encoding` is given; a BOM is kept. Raise FormatError naming the byte offset of the first
    undecodable byte (when `errors` is "strict"). `sanitize`, if given, rewrites the output text
    before it is encoded (the CLI escapes control characters for a terminal with it).
    """
    source = session.source
    read: Callable[[int], bytes] = getattr(reader, "read1", reader.read)
    first = b""
    if encoding == "auto":
        while len(first) < DETECT_BYTES and (chunk := read(DETECT_BYTES)):
            first += chunk
    encoding = _input_encoding(session, encoding, first)
    if output_encoding is None:
        output_encoding = encoding if session.fmt in ("inline", "html") else "utf-8"
    output_encoding = check_encoding(output_encoding)
    report = StreamReport(encoding, output_encoding)
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    encoder = codecs.getincrementalencoder(output_encoding)("strict")
    fallback = "xmlcharrefreplace" if session.fmt == "html" else "replace"

    def emit(text: str, final: bool = False) -> None:
        if not text and not final:
            # Nothing to write yet: a UTF-16 or UTF-32 encoder's first call writes the byte order mark even for no
            # text, which reached stdout before a refusal of the input (the s47 review's R47-11, trivial half).
            return
        if sanitize is not None:
            text = sanitize(text)
        try:
            data = encoder.encode(text, final)
        except UnicodeEncodeError:
            # A gloss (pinyin, simplified characters) the output encoding cannot hold: the
            # input itself always can, since it was read in it.
            report.unencodable += 1
            encoder.errors = fallback
            data = encoder.encode(text, final)
            encoder.errors = "strict"
        if data:
            writer.write(data)
            writer.flush()

    session.charset = output_encoding
    # An HTML page's head declares the text's language, which its first chunk tells: it is written with that chunk.
    headed = session.fmt != "html"
    if headed:
        emit(session.header())
    consumed = 0
    pending = ""
    for raw in _read_chunks(read, first):
        buffered = len(decoder.getstate()[0])
        try:
            pending += decoder.decode(raw)
        except UnicodeError as exc:
            raise _decode_error(source, encoding, exc, consumed - buffered) from None
        consumed += len(raw)
        cut = _cut(pending)
        if cut and not headed:
            emit(session.header(pending))
            headed = True
        if cut:
            # A dense glossary gives ~10^5 matches per chunk, each a tuple the cyclic collector would
            # scan again and again; rendering makes no reference cycles, so it runs with it paused.
            with paused_gc():
                rendered = session.render(pending[:cut])
            emit(rendered)
            pending = pending[cut:]
    buffered = len(decoder.getstate()[0])
    try:
        pending += decoder.decode(b"", True)
    except UnicodeError as exc:
        raise _decode_error(source, encoding, exc, consumed - buffered) from None
    if not headed:
        emit(session.header(pending))
    emit((session.render(pending) if pending else "") + session.footer(), final=True)
    return report


WEB_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
"""The file names `zhgloss annotate` reads as a web page (`annotate_page`): its text, not its markup, is glossed."""
_UNSEEN_ELEMENTS = frozenset({"script", "style", "title", "textarea", "template"})
"""Elements whose text a reader of the page does not read as its prose: code, style sheets, the title the browser
shows in its tab and bookmarks, a form's editable text."""


_RUBY = "ruby"
_OWN_RUBY_CLASS = "zhgloss"
"""The class of the <ruby> annotate writes about a glossed name (`Session.ruby`)."""


def _is_own_ruby(attrs: list[tuple[str, str | None]]) -> bool:
    """Tell whether a <ruby>'s attributes `attrs` give it the class annotate writes (zhgloss, among others)."""
    return any(name == "class" and value and _OWN_RUBY_CLASS in value.split() for name, value in attrs)


def page_text_runs(page: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the runs of text a reader of the HTML `page` reads, in order: its text between
    tags, never a tag, an attribute's value, a comment, a character reference (&amp;, kept as written) nor the text of
    `_UNSEEN_ELEMENTS` (<script>, <style>, <title> …), nor a name zhgloss glossed already (a <ruby> of class zhgloss,
    its base, <rt> and <rp>: annotating a page annotate wrote changes nothing, the user's U36-19). Read by the
    standard library's `html.parser`, which is lenient as browsers are: a page that is no well-formed XML is read all
    the same."""
    from html.parser import HTMLParser

    line_starts = [0, *(m.end() for m in re.finditer("\n", page))]
    runs: list[tuple[int, int]] = []
    hidden: list[str] = []

    class _Runs(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _UNSEEN_ELEMENTS or (tag == _RUBY and _is_own_ruby(attrs)):
                hidden.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag in hidden:
                del hidden[hidden.index(tag) :]

        def handle_data(self, data: str) -> None:
            if not hidden:
                line, column = self.getpos()
                start = line_starts[line - 1] + column
                runs.append((start, start + len(data)))

    parser = _Runs(convert_charrefs=False)
    parser.feed(page)
    parser.close()
    return runs


def annotate_page(
    session: Session,
    reader: BinaryIO,
    writer: BinaryIO,
    *,
    encoding: str = "utf-8",
    errors: Literal["strict", "replace"] = "strict",
    output_encoding: str | None = None,
    sanitize: Callable[[str], str] | None = None,
) -> StreamReport:
    """Annotate the web page read from `reader` into `writer`: the text its reader reads (`page_text_runs`) is glossed,
    each gloss written as HTML text (&, < escaped), and every byte of markup (tags, attributes, scripts, the title)
    is kept as it is. Inline output only (`Session.fmt` "inline"); the whole page is read at once (a web page is
    small). Raise FormatError as `annotate_stream` does for undecodable input; `sanitize` as there."""
    from html import escape

    from zhgloss.formats import read_limited

    source = session.source
    data = read_limited(reader, source)
    encoding = _input_encoding(session, encoding, data[:DETECT_BYTES])
    output_encoding = check_encoding(output_encoding or encoding)
    report = StreamReport(encoding, output_encoding)
    try:
        page = codecs.decode(data, encoding, errors)
    except UnicodeError as exc:
        raise _decode_error(source, encoding, exc, 0) from None
    parts: list[str] = [session.header()]
    done = 0
    for start, end in page_text_runs(page):
        text = page[start:end]
        parts.append(page[done:start])
        at = 0
        for _, e, _, _, _, inserted in session.render_marks(text):
            if inserted:
                e = session._points.get(e, e)
                parts.append(text[at:e])
                parts.append(escape(inserted, quote=False))
                at = e
        parts.append(text[at:])
        done = end
    parts.append(page[done:])
    parts.append(session.footer())
    out = "".join(parts)
    if sanitize is not None:
        out = sanitize(out)
    try:
        writer.write(out.encode(output_encoding))
    except UnicodeEncodeError:
        report.unencodable += 1
        writer.write(out.encode(output_encoding, "xmlcharrefreplace"))
    writer.flush()
    return report


HTML_STYLE = """
body { max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 2.2; font-family: serif; }
ruby.zhgloss { background: #fff6d5; }
ruby.zhgloss rt { font-size: 0.6em; color: #555; font-family: sans-serif; }
"""


def text_language(text: str) -> Literal["zh", "en"]:
    """Return the language `text` is written in, as an HTML lang code: "zh" or "en".

    Chinese when it holds at least as many Han characters as Latin words (runs of ASCII letters): a Chinese article
    names a few people in English (雷军（Lei Jun）), an English one a few in Chinese (Lei Jun (雷军)), and a Han
    character carries about what an English word does (a Chinese word is one to two characters).
    """
    han = sum(map(is_cjk, text))
    return "zh" if han and han >= len(_LATIN_WORD_RE.findall(text)) else "en"


_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")


def html_page_head(source: str, charset: str, lang: str = "zh") -> str:
    """Return the start of a standalone HTML page for the annotation of `source`, declaring `charset` and `lang`.

    The page is readable as it is: the charset is declared (the output is written in it), the
    text is set in paragraphs, the glosses sit above the names (<ruby>) and say more on hover. `lang` is the
    text's language (`text_language`), which browsers and screen readers go by (HTML's lang attribute; WCAG 3.1.1).
    """
    import codecs
    from html import escape

    name = codecs.lookup(charset).name
    # WHATWG encoding labels: Python's "big5hkscs", "gb18030", "utf-8" are all labels browsers know.
    title = escape(f"{source} – zhgloss" if source not in ("-", "<stdin>") else "zhgloss")
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n'
        f'<meta charset="{escape(name)}">\n<title>{title}</title>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<style>{HTML_STYLE}</style>\n</head>\n<body>\n"
    )


def _paragraphs(marked: str) -> str:
    """Set each line of marked-up text as a <p> (blank lines separate nothing more); keep the line breaks."""
    lines = marked.split("\n")
    out = [f"<p>{line}</p>" if line.strip() else "" for line in lines[:-1]]
    if lines[-1].strip():  # the last line of the text, without its newline
        out.append(f"<p>{lines[-1]}</p>\n")
    return "\n".join(out) + ("\n" if len(lines) > 1 and not lines[-1].strip() else "")


def tooltip(data: dict[str, Any]) -> str | None:
    """Return an entry's short description for a tooltip: English · pinyin · its current role.

    `data` is the entry's JSON form. One current role at most (the first the card lists), so the
    tooltip stays a line however long the career; an entry without one shows English and pinyin only.
    """
    roles = order_roles(Role.from_dict(role) for role in data.get("roles") or [])
    current = roles["current"][:1]
    parts = [data.get("en"), data.get("pinyin"), *(role.describe(data["id"]) for role in current)]
    return " · ".join(p for p in parts if p) or None


def _decode_error(source: str, encoding: str, exc: UnicodeError, base: int) -> FormatError:
    """The one-line error for input that `encoding` cannot decode; `base` is the byte offset of the decoded block.

    `exc` is a UnicodeDecodeError naming the bad byte, or the bare UnicodeError the standard library's incremental
    utf-16 decoder raises instead for a stream with no byte order mark ("UTF-16 stream does not start with BOM")."""
    if not isinstance(exc, UnicodeDecodeError):
        return FormatError(source, f"is not valid {encoding}: {exc} ({encoding}-le and {encoding}-be need none)")
    bad = exc.object[exc.start : exc.start + 1]
    where = base + exc.start
    return FormatError(source, f"is not valid {encoding}: cannot decode byte {where} ({bad!r}: {exc.reason})")


def annotator_for(glossary: Glossary) -> Annotator:
    """Return the annotator of `glossary`, from its cache when the file has not changed since it was built."""
    return cached_annotator(glossary, CACHE_KIND)


def cached_annotator(
    glossary: Glossary, kind: str, select: Callable[[EntryColumns], list[int]] | None = None
) -> Annotator:
    """Return the annotator of the entries `select` picks of `glossary` (all without), cached as `kind`.

    `select` is given the glossary's entries as columns (`zhgloss.store.Glossary.entry_columns`) and
    returns the positions of those it picks, in order. The cache holds the automata and where each
    entry is written in the glossary file, which is read in place (`zhgloss.cache.load_cached_with_source`),
    so it holds no copy of the entries.
    """
    return cached_annotators(glossary, [(kind, select)])[0]


def cached_annotators(
    glossary: Glossary, kinds: Sequence[tuple[str, Callable[[EntryColumns], list[int]] | None]]
) -> list[Annotator]:
    """Return `cached_annotator(glossary, kind, select)` for each (kind, select) of `kinds`.

    Those built in this call share the work on the entries: an annotator of some of them after one
    of all (`check`'s names after its source matcher) is assembled from the patterns of all
    (`_PatternRows`), not from its entries again.
    """
    shared: list[_PatternRows] = []
    # The collector stays paused until the patterns and entries a build made are freed: resumed while they
    # were alive (at the end of each build), its first collection scanned their millions of tuples, ~0.5 s
    # of a 100,000-entry build.
    with paused_gc():
        annotators = [_cached_annotator(glossary, kind, select, shared) for kind, select in kinds]
        shared.clear()
    return annotators


def _picked(glossary: Glossary, select: Callable[[EntryColumns], list[int]] | None) -> EntryColumns:
    """The entries of `glossary` that `select` picks (all without), as columns."""
    columns = glossary.entry_columns()
    return columns if select is None else columns.take(select(columns))


def _cached_annotator(
    glossary: Glossary,
    kind: str,
    select: Callable[[EntryColumns], list[int]] | None,
    shared: list[_PatternRows],
) -> Annotator:
    """`cached_annotator`; a build of all the entries leaves its patterns in `shared`, one of some reuses them."""
    if glossary.path is None:
        return Annotator(_picked(glossary, select))
    from zhgloss.cache import load_cached_with_source

    def build() -> bytes:
        entries = glossary.entry_columns()
        spans = glossary.entry_spans(entries)
        if select is None:
            shared[:] = [_PatternRows(entries)]
            return Annotator.build_bytes(entries, spans, shared[0])
        places = select(entries)
        chosen = entries.take(places)
        if spans is not None:
            spans = list(map(spans.__getitem__, places))
        known = shared[0] if shared else None
        if known is None or known.entries is not entries:
            return Annotator.build_bytes(chosen, spans)
        return Annotator.build_bytes(chosen, spans, known, places)

    data, source = load_cached_with_source(glossary.path, kind, build)
    try:
        return _with_english_cache(Annotator.from_bytes(data, source), glossary.path, kind, glossary)
    except ValueError:
        # A damaged cache file (its identity line intact): drop it, so that it is built and written
        # again, once, rather than every command rebuilding the annotator in memory.
        from zhgloss.cache import drop_cached

        drop_cached(glossary.path, kind)
    data, source = load_cached_with_source(glossary.path, kind, build)
    try:
        return _with_english_cache(Annotator.from_bytes(data, source), glossary.path, kind, glossary)
    except ValueError:  # not writable, or damaged again: this run builds its own
        return Annotator(_picked(glossary, select))


def _with_english_cache(annotator: Annotator, path: Path, kind: str, glossary: Glossary) -> Annotator:
    """Keep `annotator`'s English automaton in the cache file `kind`-english once built (see `_Tables.eall`), and give
    it the forms `glossary` forbids from their cache (`Annotator.use_banned`: a search of a 40 MB glossary's bytes
    for them cost ~60 ms of a one-line annotate)."""
    annotator._t.english_cache = (path, f"{kind}-english")
    annotator.use_banned(form for form, _, _ in glossary.forbidden_index())
    return annotator

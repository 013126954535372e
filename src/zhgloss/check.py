"""Name check of a translation: Chinese source and English target segments -> problems.

Both sides go through the annotate engine. The glossary names in each source segment
(simplified or traditional) are what the target must render, and each mention needs its
own rendering: a name written twice in the source needs two in the target. The English
names in the target are what it does render; an English form shared by two entries (two
people romanised alike) renders either. Phrases are looked for by their own forms, and a
dictionary's common words (terms) are not checked at all (see `is_checked`).

For a source name with no rendering of its own, the fallbacks are tried in order:
the entity a nickname or stock code refers to (`variant`), a relation's parts (中美 by "US-China"), a
country's adjective ("Chinese") and the name an abbreviation entry's character stands for (中方 by "China"), all
accepted silently (see `Checker._rendered_by_parts`, `_rendered_by_kin`, `_rendered_by_abbreviation`), a shorter
name news copy writes ("Tencent" for "Tencent Holdings Limited", "Lai Ching-te" for "William Lai Ching-te": a
`variant` that says what it drops, `_rendered_by_short_name`), the name reversed (`order`),
a near miss (`misspelt`, fuzzy), a surname-only second reference after the full name
(accepted silently, as news style does), and finally `missing`. A target name left over
is `unexpected` unless it is tied by `refers_to` to a name of the source segment, or the source writes
it by a one-character abbreviation (访华 "visited China"; see `_Abbreviations`).
A form the glossary forbids for a source name (a TBX deprecated or superseded term, see
`Entry.forbidden`) is `forbidden` wherever the target segment writes it, and stands in
for a rendering, so the name is not also `missing`. A Chinese form the glossary forbids that the
source writes (京师大学堂 for 北京大学) names the entity all the same, and its rendering is owed;
nothing is said of the source, which is not the translator's text (`Checker._with_banned`).
After the last segment, an entity rendered in more than one way is `inconsistent`, and
an accepted but non-preferred rendering used throughout is a `variant`.

Never prints; `Checker.check` returns a `CheckReport`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain, compress, repeat
from operator import not_
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from zhgloss.annotate import _PLACE_WORDS, INSTITUTION_WORDS, WORD_CHARS, is_word_char
from zhgloss.bulk import paused_gc
from zhgloss.english_case import is_ordinary_at, lower_words
from zhgloss.errors import UsageError, count_of
from zhgloss.forms import (
    COMPANY_TRADE_WORDS,
    DIVISION_RE,
    LEGAL_FORM,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    TITLE_WORDS,
    WORDING_TYPES,
    FormTable,
    Rendering,
    _spells_first_character,
    are_wording,
    check_kind,
    company_short_forms,
    country_short_forms,
    currency_signs,
    family_name,
    legal_form_shortenings,
    match_key,
    names_itself,
    pinyin_words_of,
    plural_end,
    regional_spellings,
    says_former_name,
    typeset_key,
    without_feature,
    without_legal_form,
    written_as_english_word,
)
from zhgloss.forms import is_pinyin_start as _is_pinyin_start  # noqa: F401  (moved to forms.py; tests import it)
from zhgloss.forms import is_wording as is_wording  # its home is the name-form model; re-exported
from zhgloss.forms import without_feature as _without_feature  # moved to forms.py (annotate reads it too)
from zhgloss.glossable import common_words
from zhgloss.pinyin import split_syllables
from zhgloss.romanizations import WADE_GILES_PATH as WADE_GILES_PATH  # the table `wade_giles` reads; re-exported
from zhgloss.romanizations import postal_places, wade_giles_syllables
from zhgloss.script import CJK_PATTERN, NAME_SEPARATORS, en_key, en_words, fold_latin, has_cjk

MATCH_BATCH = 512
"""How many source segments `Checker` gives its source matcher at once."""

if TYPE_CHECKING:
    from zhgloss.annotate import Annotator, Span
    from zhgloss.formats.bilingual import Segment
    from zhgloss.model import Entry, EntryColumns
    from zhgloss.store import Glossary, LookupHit

Kind = Literal["missing", "misspelt", "order", "variant", "inconsistent", "unexpected", "forbidden"]
KINDS: tuple[Kind, ...] = ("missing", "misspelt", "order", "variant", "inconsistent", "unexpected", "forbidden")
DEFAULT_FAIL_ON: frozenset[Kind] = frozenset(k for k in KINDS if k != "variant")

FUZZY_CUTOFF = 80.0
"""Least rapidfuzz ratio (0-100) between letter keys for a near miss: "Zuo Tao" / "Zou Tao" scores 83."""
FUZZY_MIN_KEY = 5
"""Forms with fewer letters than this are never fuzzy-matched: one letter off "BYD" is another word."""
MAX_RUN = 8
"""Longest run of words compared with a name (names of up to MAX_RUN - 1 words are fuzzy-matched)."""

# Types whose English is ordinary wording rather than a name: an English phrase in the
# target may translate any number of Chinese wordings, so it is never `unexpected`.
FREE_TYPES = WORDING_TYPES
# Words two different names share without being the same name.
_GENERIC_WORDS = frozenset(
    {"the", "of", "and", "group", "inc", "co", "ltd", "corporation", "company", "holdings", "limited", "com", "mr"}
)
_first = operator.itemgetter(0)
_by_place = operator.itemgetter(0, 1)  # (segment number, order in it) of a numbered problem
# What may stand between the words of one name: spaces, hyphens, apostrophes, a middle dot.
_NAME_GAP_RE = re.compile(r"[\s\-\u2010\u2011'\u2019\u00b7]{1,3}")
# An initial's full stop, and what may follow it inside a name: "C. C. Wei", "C.C.Wei", "J. Hook" (the review's R47-9).
# A full stop after a letter standing alone (no word character before it), never after a word ("Mr. Lei" is two).
_INITIAL_GAP = r"(?<![^\W_]{2})(?<=[^\W\d_])\.[\s\-\u2010\u2011'\u2019\u00b7]{0,2}"
# A word, and the name gap after it when the gap is all that stands before the next word (the gap
# between two words is all non-word characters, so the look-ahead holds at its end only): one
# regex pass lists the words and tells which are joined, instead of a match call per gap.
_WORD_AND_GAP_RE = re.compile(rf"([^\W_]+)(?:(?:{_NAME_GAP_RE.pattern}|{_INITIAL_GAP})(?=[^\W_]))?")


class Mention:
    """A glossary name found in a segment: the engine's match, with its entry and field."""

    # A plain class with slots, not the engine's frozen Mention: a check makes millions.
    __slots__ = ("end", "entry", "form", "start", "surface")

    def __init__(self, start: int, end: int, surface: str, entry: Entry, form: str) -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.entry = entry
        self.form = form


@dataclass(slots=True)
class Problem:
    """One name problem in one segment.

    `source` is the name as the source writes it ("" for `unexpected`); `found` is the target's
    text (None when nothing was found); `expected` is the English the glossary prefers, or for
    `inconsistent` the rendering used elsewhere, or for `unexpected` the Chinese the source lacks.
    `span` is where `found` is in the target segment (character offsets).
    """

    segment: int
    kind: Kind
    entry: Entry
    source: str
    found: str | None
    expected: str
    segment_id: str | None = None
    note: str | None = None
    span: tuple[int, int] | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the problem."""
        return {
            "segment": self.segment,
            "segment_id": self.segment_id,
            "line": self.line,
            "kind": self.kind,
            "entry_id": self.entry.id,
            "source": self.source,
            "found": self.found,
            "expected": self.expected,
            "note": self.note,
            "target_start": self.span[0] if self.span else None,
            "target_end": self.span[1] if self.span else None,
        }


@dataclass
class CheckReport:
    """What `check` found: the problems in document order and how many segments it read."""

    problems: list[Problem]
    segments: int
    untranslated: list[int] = field(default_factory=list)
    swapped: list[int] = field(default_factory=list)  # segments whose source is English and translation Chinese
    guessed: list[str] = field(default_factory=list)  # untyped names read as persons by guess: "默茨 'Friedrich Merz'"

    def counts(self) -> dict[Kind, int]:
        """Return the number of problems of each kind (every kind present, zero included)."""
        counted = Counter(p.kind for p in self.problems)
        return {kind: counted[kind] for kind in KINDS}

    def failing(self, fail_on: Iterable[Kind] = DEFAULT_FAIL_ON) -> list[Problem]:
        """Return the problems whose kind is in `fail_on`."""
        kinds = set(fail_on)
        return [p for p in self.problems if p.kind in kinds]

    def summary(self, fail_on: Iterable[Kind] = DEFAULT_FAIL_ON) -> str:
        """Say the report in one line: segments read, problems by kind, how many fail the check under `fail_on`, and
        the segments skipped (no translation; English for source): what `zhgloss check` prints on stderr and the web
        page's Check shows, so that one who never opens a terminal reads the same answer (the review's R46-16)."""
        total = len(self.problems)
        head = f"checked {count_of(self.segments, 'segment', 'segments')}"
        if total:
            kinds = ", ".join(f"{n} {kind}" for kind, n in self.counts().items() if n)
            failing = len(self.failing(fail_on))
            head += f": {count_of(total, 'name problem', 'name problems')} ({kinds}); {failing} fail the check"
        else:
            head += ": no name problems"
        for skipped, what in (
            (self.untranslated, "without a translation skipped"),
            (self.swapped, "with English for source and Chinese for translation skipped, swapped?"),
        ):
            if skipped:
                shown = ", ".join(map(str, skipped[:5])) + (", …" if len(skipped) > 5 else "")
                head += f"; {len(skipped)} {what} ({'segment' if len(skipped) == 1 else 'segments'} {shown})"
        if self.guessed:
            # A guess is said as one (`_foreign_person_by_guess`): with the way to make it sure.
            shown = ", ".join(self.guessed[:5]) + (", …" if len(self.guessed) > 5 else "")
            head += (
                f"; {count_of(len(self.guessed), 'untyped name', 'untyped names')} read as a person's name by guess,"
                f" a family name alone after it a later mention ({shown}; if so: zhgloss edit ID --type person)"
            )
        return head

    def to_dict(self, fail_on: Iterable[Kind] = DEFAULT_FAIL_ON) -> dict[str, Any]:
        """Return the JSON form of the report; each problem says whether it `fails` under `fail_on`."""
        kinds = set(fail_on)
        return {
            "segments": self.segments,
            "untranslated": self.untranslated,
            "swapped": self.swapped,
            "guessed_persons": self.guessed,
            "counts": self.counts(),
            "fail_on": sorted(kinds),
            "failed": any(p.kind in kinds for p in self.problems),
            "problems": [p.to_dict() | {"fails": p.kind in kinds} for p in self.problems],
        }


def parse_kinds(text: str) -> frozenset[Kind]:
    """Parse a comma-separated list of problem kinds ("missing,misspelt"; also "all" or "none").

    Raise UsageError naming the first unknown kind.
    """
    kinds: set[Kind] = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if part == "all":
            kinds.update(KINDS)
        elif part in ("none", ""):
            continue
        elif part in KINDS:
            kinds.add(part)
        else:
            raise UsageError(f"{part!r} is not a kind of problem; choose from {', '.join(KINDS)}, all or none")
    return frozenset(kinds)


def surname(entry: Entry) -> str | None:
    """Return the word of a person's English name that a second reference keeps ("Lei", "Tsai", "Gou", "Jobs").

    The family name of the preferred form by the name's order: see `zhgloss.forms.family_name`.
    """
    return family_name(entry)


def _written_in(entry: Entry, source: str) -> bool:
    """Tell whether the source segment writes one of the entry's Chinese forms, matched as a name or not.

    The source matcher leaves out a form that is also a common word in running text (小米 is millet
    too, see zhgloss.glossable), so it names no mention of it; yet a target's "Xiaomi" renders the 小米
    the source does write, and is not `unexpected` (issue 9). It is not required either: the form
    may be the word.
    """
    return any(form in source for form in entry.zh_forms if form)


def _written_at(entry: Entry, source: str, mentions: Sequence[Mention]) -> Mention | None:
    """The first place the source segment writes one of the entry's Chinese forms (longest first at one place) outside
    its `mentions` (小米 of a 小米集团 found is that name's), as a mention of it, or None (`_written_in`)."""
    found = [
        (at, -len(form), form)
        for form in entry.zh_forms
        if form
        for at in (m.start() for m in re.finditer(re.escape(form), source))
        if not any(m.start < at + len(form) and at < m.end for m in mentions)
    ]
    if not found:
        return None
    at, _, form = min(found)
    field = "zh" if form == entry.zh else "zh_hant" if form == entry.zh_hant else "zh_alias"
    return Mention(at, at + len(form), form, entry, field)


# The noun after a demonym in CC-CEDICT's English for a people: "Japanese person or people", "Russian (person)".
_PERSON_RE = re.compile(r"\s*\(?\b(?:person|people)\b.*$")
# CC-CEDICT's English for a language: "Polish language", "Dutch (language)"; the name before it is an adjective.
_LANGUAGE_RE = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)?) \(?language\)?")
# `LookupHit.field`s of a Chinese form (zhgloss.index.FIELD_RANK).
_CHINESE_FIELDS = frozenset({"zh", "zh_hant", "zh_alias", "variant"})
# The characters before a one-character name (访华, 来华, 在京, 驻华, 赴美, 抵京, 离京, 对华, 援华, 旅美, 留美, 返京)
# and after it (日方, 德企, 美媒, 美军, 美籍, 中资, 台商, 华裔, 港股, 港警, 台独) in the compounds news Chinese writes
# with a country's or city's one-character name, where the character stands for that name. Listed by hand: no word list
# tells these from the words a name's character is merely part of (其中, 日前, 出台, 平台, 方法 are words too).
_ABBREVIATION_BEFORE = frozenset("访来在驻赴抵离对援旅留返本全")
_ABBREVIATION_AFTER = frozenset("方企媒军籍资商裔股警独")
# More characters after a one-character name in the words it makes of a place's things: cuisine (川菜, 粤菜), drama and
# opera (京剧, 韩剧), currency (美元, 港币), style (日式), goods (日货), debt (美债), makes (日系), airline (德航),
# compatriots (台胞), food (中餐), leagues (英超, 德甲), index (沪指), comics (日漫). Measured over CC-CEDICT's
# two-character words of a one-character place name and one of these, whose English names the place (川菜 'Sichuan
# cuisine', 日元 'Japanese yen'); those are proper words, with capitalised pinyin. Where the two make an ordinary word
# (data/common_words.txt: 加剧 'to aggravate', 新式 'new-style', 金币 'gold coin', 青菜), the character is no name.
_ABBREVIATION_AFTER_UNLESS_WORD = frozenset("菜剧元币式货债系航胞餐超甲指漫")
# The words a Chinese source writes its own country by, China ("our country": 我国, 我國): `_Abbreviations.written`.
_OWN_COUNTRY_WORDS = ("我国", "我國")


@functools.cache
def _in_both_scripts(words: frozenset[str]) -> frozenset[str]:
    """`words`, Chinese written in simplified, with their traditional forms (`zhgloss.convert.traditional_forms`,
    OpenCC's Taiwan, Hong Kong and plain tables): a rule's trigger words, so that Hong Kong and Taiwan copy reads as
    the mainland's does (訪華 as 访华, 駐華 as 驻华, 俄軍 as 俄军, 國務院總理 as 国务院总理: the user's U36-37)."""
    from zhgloss.convert import traditional_forms

    return words | {form for word in words if word for form in traditional_forms(word)}


def _abbreviation_before() -> frozenset[str]:
    """`_ABBREVIATION_BEFORE` in either script."""
    return _in_both_scripts(_ABBREVIATION_BEFORE)


def _is_people_word(source: str, at: int) -> bool:
    """Tell whether the character at `at` of `source` and the 人 after it are a people named by a one-character name
    (港人 'Hong Kong people', 日人 'Japanese', 华人): not where the two are a common word (法人 'legal person', 商人
    'merchant', 中人, 个人: data/common_words.txt) or the 人 starts one (港人口 is 港 + 人口 'population')."""
    words = common_words()
    return source[at : at + 2] not in words and source[at + 1 : at + 3] not in words


def _abbreviation_after() -> frozenset[str]:
    """`_ABBREVIATION_AFTER` in either script."""
    return _in_both_scripts(_ABBREVIATION_AFTER)


def _abbreviation_after_unless_word() -> frozenset[str]:
    """`_ABBREVIATION_AFTER_UNLESS_WORD` in either script."""
    return _in_both_scripts(_ABBREVIATION_AFTER_UNLESS_WORD)


@functools.cache
def _polity_names() -> frozenset[str]:
    """The English names of the countries and of China's provinces ISO 3166 lists (`zhgloss.formats.cedict.countries`,
    `china_provinces`), an autonomous region's also without the people ISO names it by ("Xinjiang" of "Xinjiang
    Uygur"): the places a one-character name before a word of a place's things stands for (`is_one_polity`)."""
    from zhgloss.formats.cedict import china_provinces, countries

    provinces = china_provinces()
    return countries() | provinces | {name.rsplit(" ", 1)[0] for name in provinces if name.endswith(_ISO_PEOPLES)}


# The peoples ISO 3166-2 names China's autonomous regions by ("Guangxi Zhuangzu", "Ningxia Huizu", "Xinjiang Uygur").
_ISO_PEOPLES = (" Zhuangzu", " Huizu", " Uygur")


def _abbreviates_before(source: str, at: int) -> bool:
    """Tell whether the character after `at` of `source` makes the one at `at` a one-character name of a place's thing
    (日方, 德企, 港股; 川菜, 美元, 韩剧 where the two are no common word: `_ABBREVIATION_AFTER_UNLESS_WORD`)."""
    if at + 1 >= len(source):
        return False
    after = source[at + 1]
    if after in _abbreviation_after():
        return True
    return after in _abbreviation_after_unless_word() and source[at : at + 2] not in common_words()


# What may stand between the names of a relation's parts in English: "China-US", "US/China", "China, Japan and
# South Korea", "the United States and China", "Beijing, Shanghai or Guangzhou".
_PART_GAP_RE = re.compile(
    r"(?:\s*[-\u2010\u2011\u2013\u2014/&]\s*|\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?", re.IGNORECASE
)
# The types of an entry whose English (`en`) is a name of its own, never an adjective `demonyms` makes of another
# name (CC-CEDICT's 美国人 'American' and 台语 'Taiwanese' are typed `name`, and stay adjectives).
_NAMED_ELSEWHERE_TYPES = frozenset({"place", "person", "org"})
# The types of a place's name, whose adjective or people may render it (CC-CEDICT leaves countries untyped).
_KIN_TYPES = frozenset({"place", "name"})
# How a relation's own English divides into its names: "China-USA", "China, Japan and Korea", "US and EU".
_PART_SPLIT_RE = re.compile(r"\s*(?:[-\u2010\u2011\u2013\u2014/,&]|\band\b)\s*")
# How English makes a country's adjective or demonym of its name: China -> Chinese, Japan -> Japanese, Iran ->
# Iranian, Iraq -> Iraqi, Korea -> Korean, Italy -> Italian, Germany -> German (the regular patterns; French,
# British or Dutch are not made this way).
_DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i")
_COMPASS_POINTS = frozenset({"North", "South", "East", "West"})


DEMONYMS_PATH = Path(__file__).resolve().parent / "data" / "demonyms.tsv"


@functools.cache
def _listed_demonyms() -> dict[str, frozenset[str]]:
    """A country's or territory's English name -> the adjectives English makes of it irregularly (data/demonyms.tsv,
    built by scripts/build_demonyms.py from the countryinfo package: "Netherlands" and "Holland" -> {"Dutch"},
    "Denmark" -> {"Danish"}, "Hong Kong" -> {"Hongkonger", "Hong Konger"})."""
    out: dict[str, set[str]] = {}
    with DEMONYMS_PATH.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "\t" not in line:
                continue
            name, adjective = line.rstrip("\n").split("\t")
            out.setdefault(name, set()).add(adjective)
    return {name: frozenset(adjectives) for name, adjectives in out.items()}


def demonyms(name: str) -> set[str]:
    """The adjectives and demonyms English makes of the name `name` ("China" -> {"Chinese", ...}).

    Input: one English name form. Output: candidate forms, most never written ("Chinan"); a target is searched
    for them as whole words, so a form no text has costs nothing. The regular ones are the name and a suffix
    (`_DEMONYM_SUFFIXES`); a name of several capitalised words makes them of its last word, the others kept before
    it: "South Korea" -> "South Korean", "Saudi Arabia" -> "Saudi Arabian", "Sri Lanka" -> "Sri Lankan"; a compass
    point takes -ern: "West" -> "Western", "Middle East" -> "Middle Eastern". The
    irregular ones of countries and territories are listed (data/demonyms.tsv, from the countryinfo package:
    "France" -> "French", "Netherlands" or "Holland" -> "Dutch", "Denmark" -> "Danish", "Switzerland" -> "Swiss",
    "Hong Kong" -> "Hongkonger"). Empty of regular forms for a hyphenated name, one with a word in lower case, or
    one not ending in a letter.
    """
    listed = set(_listed_demonyms().get(name, ()))
    return listed | _regular_demonyms(name) if listed else _regular_demonyms(name)


def _regular_demonyms(name: str) -> set[str]:
    """The adjectives and demonyms English regularly makes of `name` by a suffix (see `demonyms`)."""
    if not name[-1:].isalpha() or "-" in name:
        return set()
    if " " in name:
        *before, last = name.split()
        if not all(word[:1].isupper() for word in before):
            return set()
        head = " ".join(before)
        return {f"{head} {form}" for form in _regular_demonyms(last)}
    out = {name + suffix for suffix in _DEMONYM_SUFFIXES}
    if name in _COMPASS_POINTS:
        # The West, the Middle East, the Far East: English makes the adjective of a compass point with -ern (Western
        # media, Middle Eastern, Far Eastern), which no other suffix gives (R45-10: 西方媒体 "Western media").
        out.add(f"{name}ern")
    if name[-1] == "s" and len(name) > 4:
        # A country named in the plural writes its adjective in the singular: "the Philippines" -> "Philippine".
        out.add(name[:-1])
    if name[-1] in "aeiouy":
        stem = name[:-1]
        out.update(stem + suffix for suffix in (*_DEMONYM_SUFFIXES, "") if stem + suffix != name)
    out.discard(name)
    return out


# The Latin combining forms English writes for a country in a compound before a hyphen ("Sino-US relations",
# "Indo-Pakistani", "Russo-Ukrainian war", "Franco-German", "Anglo-French"): `Checker._part_adjectives`.
_COMBINING_FORMS = {
    "China": "Sino",
    "India": "Indo",
    "Russia": "Russo",
    "France": "Franco",
    "England": "Anglo",
    "Britain": "Anglo",
    "United Kingdom": "Anglo",
    "Austria": "Austro",
    "Greece": "Greco",
    "Italy": "Italo",
    "Portugal": "Luso",
}
_HYPHENS = frozenset("-\u2010\u2011")
# A combining form in a relation's own English read as its country's names (CC-CEDICT's 中英 'Sino-British'):
# `en_key` -> the keys of the names it stands for.
_COMBINED: dict[str, set[str]] = {}
for _name, _form in _COMBINING_FORMS.items():
    _COMBINED.setdefault(_form.lower(), set()).add(_name.lower())
# The most ways of picking one rendering per part of a relation that `Checker._rendered_by_parts` tries.
_MOST_PICKS = 256

# A capital's note names its country (CC-CEDICT's "Tokyo, capital of Japan"): `Checker._rendered_by_capital`.
_CAPITAL_OF_RE = re.compile(r"\bcapital of (?:the )?([A-Z][^;,/()]*?)\s*(?=[;,/()]|$)")
# ... or before "capital", as CC-CEDICT's 华盛顿 "Washington, D.C. (US federal capital)" does: a name of five words at
# most (unbounded, a long note of capitalised words took time that grew with its square: 0.49 s on 9,000 characters).
_COUNTRYS_CAPITAL_RE = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*){0,4}) (?:federal |national )?capital\b")


def _capital_of(entry: Entry, keys: Iterable[str]) -> str | None:
    """Return the country `entry`'s note says it is the "capital of" (`_CAPITAL_OF_RE`; or "US federal capital",
    `_COUNTRYS_CAPITAL_RE`), as the note writes it, where the country's name or the name after its "of" ("People's
    Republic of China") has one of the `en_key`s `keys`; else None."""
    if not entry.note:
        return None
    wanted = set(keys)
    countries: list[str] = [*_CAPITAL_OF_RE.findall(entry.note), *_COUNTRYS_CAPITAL_RE.findall(entry.note)]
    return next(
        (c for c in countries if en_key(c) in wanted or en_key(c.rpartition(" of ")[2]) in wanted),
        None,
    )


# What Chinese adds to an organisation's short name for the whole one (新华 + 社, 苹果 + 公司): a translation may
# render the whole by the short name's English ("Xinhua" for 新华社). Longest first.
_ORG_SUFFIXES = ("控股有限公司", "股份有限公司", "集团有限公司", "有限公司", "集团公司", "通讯社", "集团", "公司", "社")
_SHORT_TYPES = frozenset({"org", "name"})


# What Chinese adds to a division's name for the division (西藏 + 自治区, 香港 + 特别行政区, 深圳 + 市): a translation
# may render the whole by the name's English ("Tibet" for 西藏自治区 'Tibetan Autonomous Region'). Longest first;
# not 州 or 城, which end names of their own (杭州, 墨西哥城 'Mexico City' is no Mexico).
def _capital_note(surface: str, country: str) -> str:
    """The note of a `variant` that renders a country's side or government by its capital: "'Beijing', the capital of
    People's Republic of China, for its government"."""
    return f"{surface!r}, the capital of {country}, for its government"


_DIVISION_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "新区", "省", "市", "县", "区")


def _without_title(form: str) -> str | None:
    """Return the one-word name a title is written with, or None: "Kangxi Emperor" -> "Kangxi", "Empress Dowager
    Cixi" -> "Cixi" (CC-CEDICT's forms; copy writes the reign name or the name alone). Not "Emperor Daizong of
    Tang", whose name is more than one word."""
    words = form.split()
    rest = [w for w in words if w not in TITLE_WORDS]
    if len(rest) != 1 or len(rest) == len(words):
        return None
    return rest[0]


# A government body named "Head of Field": copy writes "Field Head" ("Ministry of Commerce" -> "Commerce Ministry",
# "Ministry of Foreign Affairs" -> "Foreign Ministry": "Affairs" goes, as AP and Reuters write it).
_BODY_RE = re.compile(
    r"(Ministry|Department|Bureau|Office|Commission|Administration|Agency) of (?:the )?"
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}?)(?: Affairs)?"
)


# The titles of office Chinese writes after a body and English writes with it: (Chinese, what the body's name must
# end with, the English titles, whether the title alone names the body's head). 总理 is the head of the State
# Council (国务院总理 "Premier", Xinhua's and the wire services' style); 长 is a ministry's head after 部 (外交部长).
# A rank before or after the title (副部长, 常务副市长, 部长助理) is read apart (`_POST_RE`, `_rank_problems`): the
# title names the body whatever its rank ("Vice Foreign Minister" holds "Foreign Minister").
_TITLES_OF_OFFICE: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("总理", "", ("Premier", "Prime Minister"), True),
    ("部长", "", ("Minister", "Secretary"), False),
    ("长", "部", ("Minister", "Secretary"), False),
    ("主席", "", ("Chair", "Chairman", "Chairwoman", "Chairperson", "President"), False),
    ("行长", "", ("Governor", "President"), False),
    ("局长", "", ("Director", "Commissioner", "Chief", "Head"), False),
    ("主任", "", ("Director", "Chairman", "Chief", "Head"), False),
    ("发言人", "", ("Spokesman", "Spokeswoman", "Spokesperson"), False),
)
_BODY_HEADS = ("", " Ministry", " Department", " Bureau", " Office", " Commission", " Administration", " Agency")
_BODY_HEAD_RE = re.compile(
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) (?:Ministry|Department|Bureau|Office|Commission|Administration|Agency)"
)


# The heads of a government body that name one kind of body, one for the other (`_descriptive_body_names`).
_SWAPPED_HEADS = {"Ministry": "Department", "Department": "Ministry"}


# A post's rank before it (副部长, 常务副市长, 第一副总理): `Checker._rendered_by_title` reads the post after it.
_RANK_BEFORE_RE = re.compile("(?:常务|常務|第一)?副")
# The posts of officials whose rank is part of the post (R39-19), each with its English as Xinhua and the bodies'
# own sites write it, and the English of its 副 (npc.gov.cn "Vice Chairman", gov.cn "Vice Premier", "Deputy
# Secretary-General of the State Council", pbc.gov.cn "Deputy Governor", "deputy director", "Deputy Party
# Secretary"). Every head of state's or government's post and its deputy (R40-17): 总统 "President" (副总统 "Vice
# President", Xinhua's "U.S. Vice President JD Vance"), 首相 "Prime Minister" (副首相 "Deputy Prime Minister",
# gov.uk; Japan's 首相 "Prime Minister", kantei.go.jp), 总理 also a country's "Prime Minister" (俄罗斯副总理 "Russian
# Deputy Prime Minister"), 国家主席 by 主席 "President" (国家副主席 "Vice President Han Zheng"), 领导人 "leader"
# (台湾地区副领导人 "deputy leader of the Taiwan region", Xinhua). Chinese in both scripts. A post's English is
# also compared with the post's (R41-12: 美国总统 "US Prime Minister" is another post): 总理 is Germany's and
# Austria's "Chancellor" (Xinhua's "German Chancellor Olaf Scholz"), 部长 a US "Secretary" ("U.S. Defense
# Secretary"). The legislatures' and the states' posts: 议长 "Speaker" or, of the European Parliament, "President"
# (CC-CEDICT: "chairman (of a legislative assembly)/speaker"), its 副 "Deputy Speaker" (parliament.uk) or "Vice
# Speaker" (the National Assembly of Korea's English site); 州长 "Governor" or, of an Australian state, "Premier"
# (CC-CEDICT), its 副 a US state's "Lieutenant Governor" (CC-CEDICT: "lieutenant governor of US state"), read as a
# rank (`_english_rank`), or "Deputy Governor", "Deputy Premier".
_POSTS: dict[str, tuple[tuple[str, ...], str]] = {
    "总统": (("President",), "Vice"),
    "首相": (("Prime Minister", "Premier"), "Deputy"),
    "领导人": (("Leader",), "Deputy"),
    "总理": (("Prime Minister", "Premier", "Chancellor"), "Vice"),
    "部长": (("Minister", "Secretary"), "Vice"),
    "议长": (("Speaker", "President", "Chairman", "Chairwoman", "Chairperson", "Chair"), "Deputy"),
    "州长": (("Governor", "Premier"), "Deputy"),
    "委员长": (("Chairman", "Chairwoman", "Chairperson", "Chair"), "Vice"),
    "主席": (("Chairman", "Chairwoman", "Chairperson", "Chair", "President"), "Vice"),
    "秘书长": (("Secretary-General", "Secretary General"), "Deputy"),
    "行长": (("Governor", "President"), "Deputy"),
    "局长": (("Director", "Commissioner", "Chief", "Head", "Secretary"), "Deputy"),
    "主任": (("Director", "Chairman", "Chief", "Head"), "Deputy"),
    "市长": (("Mayor",), "Vice"),
    "省长": (("Governor",), "Vice"),
    "书记": (("Party Secretary", "Party chief", "Secretary"), "Deputy"),
}
_POST_TRADITIONAL = {"总理": "總理", "部长": "部長", "委员长": "委員長", "秘书长": "秘書長", "行长": "行長",
                     "局长": "局長", "市长": "市長", "省长": "省長", "书记": "書記", "总统": "總統",
                     "领导人": "領導人", "议长": "議長", "州长": "州長"}  # fmt: skip
# The posts whose English holds a portfolio between the rank and the post ("Vice Foreign Minister", fmprc.gov.cn):
# the rank goes before the portfolio. Every other post's rank goes right before the post's own word, after the body
# or the country that holds it ("Central Military Commission Vice Chairman", "US Vice President", R40-17).
_PORTFOLIO_POSTS = frozenset({"部长"})
_POST_OF = {**{p: p for p in _POSTS}, **{t: p for p, t in _POST_TRADITIONAL.items()}}
# A post with its rank: 常务 (executive) or 第一 (first) before 副 (vice, deputy), 助理 (assistant) after the post.
_POST_RE = re.compile(
    "(?P<before>常务|常務|第一)?(?P<vice>副)?(?P<post>"
    + "|".join(sorted(_POST_OF, key=len, reverse=True))
    + ")(?P<assistant>助理)?"
)
# The English of every post, longest first (a post's English inside a longer one is the longer one's: "Secretary" of
# "Secretary-General", "Minister" of "Prime Minister"), in any case ("a vice minister of public security").
_POST_PHRASES = sorted({e for english, _ in _POSTS.values() for e in english}, key=len, reverse=True)
_POST_EN_RE = re.compile("(?<!\\w)(?:" + "|".join(re.escape(e) for e in _POST_PHRASES) + ")(?![\\w-])", re.IGNORECASE)
_POST_WORDS_RE = re.compile(r"[A-Za-z][\w'’.]*|[^\sA-Za-z-]")
_ASSISTANT_TO_RE = re.compile(r"(?i)\bassistant to the\s*$")
# A capitalised word after a post's English: the person it is the title of ("Premier Liu He").
_NAME_AFTER_TITLE_RE = re.compile(r" [A-Z]")


# The words of a rank English writes before a post, and the rank each is: "Deputy" is "Vice"'s, as a US state's
# "Lieutenant Governor" is its governor's deputy (CC-CEDICT's 副州长 "lieutenant governor of US state").
_RANK_WORDS = {"vice": "vice", "deputy": "vice", "lieutenant": "vice", "assistant": "assistant",
               "executive": "executive", "first": "first"}  # fmt: skip


def _english_rank(text: str, start: int) -> tuple[frozenset[str], int]:
    """The rank English writes before the post's English at `start` of `text`, and where it starts: "Vice" or
    "Deputy" (one rank, "vice"), "Assistant", "Executive Vice", "First Vice", with a body's field between ("Vice
    Foreign Minister"), "Assistant to the Foreign Minister"; with none, an empty set and where the field before the
    post starts ("the Foreign Minister": "Foreign")."""
    rank: set[str] = set()
    begin = field_begin = start
    fields = 0
    for found in reversed(list(_POST_WORDS_RE.finditer(text, max(0, start - 60), start))):
        word = found.group().lower()
        if word in _RANK_WORDS:
            rank.add(_RANK_WORDS[word])
            begin = found.start()
        elif not rank and fields < 3 and found.group()[0].isupper() and word not in ("the", "a", "an"):
            fields += 1  # the body's field between the rank and the post
            field_begin = found.start()
        else:
            to = _ASSISTANT_TO_RE.search(text, max(0, found.start() - 20), found.end()) if word == "the" else None
            if to is not None:
                rank.add("assistant")
                begin = to.start()
            break
    if "vice" not in rank:
        rank -= {"executive", "first"}  # "executive director", "the first minister to …": no rank of a post
    return frozenset(rank), begin if rank else field_begin


def _without_rank(text: str, begin: int, end: int) -> str:
    """The post's English at `begin`:`end` of `text` without the rank words before it: "Vice Foreign Minister" ->
    "Foreign Minister", "Executive Vice Mayor" -> "Mayor"."""
    for found in _POST_WORDS_RE.finditer(text, begin, end):
        if found.group().lower() not in _RANK_WORDS:
            return text[found.start() : end]
    return text[begin:end]


def _chinese_rank(found: re.Match[str]) -> frozenset[str]:
    """The rank `_POST_RE` read: 副 vice, 常务副 executive and vice, 第一副 first and vice, 助理 assistant."""
    rank = set()
    if found.group("vice"):
        rank.add("vice")
        if found.group("before"):
            rank.add("executive" if found.group("before") in ("常务", "常務") else "first")
    if found.group("assistant"):
        rank.add("assistant")
    return frozenset(rank)


def _rank_words(rank: frozenset[str], vice: str) -> str:
    """A rank in English, as officials write it: "Assistant", "Executive Vice", "First Deputy", "" for none."""
    words: list[str] = [w for w in ("executive", "first") if w in rank]
    words += [vice.lower()] if "vice" in rank else []
    words += ["assistant"] if "assistant" in rank else []
    return " ".join(w.capitalize() for w in words)


def _rank_problems(segment: Segment, source: Sequence[Mention]) -> list[Problem]:
    """The `missing` problems of a translation that writes a post of another rank than the source's (R39-19).

    A post's rank is part of the post: 外交部部长助理 is an Assistant Foreign Minister ("Assistant Minister of Foreign
    Affairs", fmprc.gov.cn), 国务院副秘书长 a Deputy Secretary-General of the State Council, 全国人大常委会副委员长 a
    Vice Chairman: the class of 副, 常务副, 第一副 before every post of `_POSTS` and 助理 after it. Where the source
    writes a ranked post (`_POST_RE`) and the translation writes the post's English (`_POST_EN_RE`) but never with
    that rank before it (`_english_rank`), the translation names the post above it; where the translation writes a
    rank the source never writes (no 副 for "Vice", no 助理 for "Assistant") before a post the source writes, it names
    another post ("Vice Foreign Minister" for 外交部部长). A post the translation leaves out is not judged here. Each
    problem names the body the source writes right before the post, else the person right after it.
    """
    text, target = segment.source, segment.target or ""
    posts = [(found, _chinese_rank(found), _POSTS[_POST_OF[found.group("post")]]) for found in _POST_RE.finditer(text)]
    if not posts:
        return []
    written: list[tuple[int, int, str, frozenset[str], int]] = []  # start, end, phrase, rank, rank's start
    for found in _POST_EN_RE.finditer(target):
        rank, begin = _english_rank(target, found.start())
        written.append((found.start(), found.end(), found.group().lower(), rank, begin))
    if not written:
        return []
    out: list[Problem] = []

    def problem(
        post: re.Match[str], vice: str, span: tuple[int, int], expected: str, note: str, kind: Kind = "missing"
    ) -> None:
        i, j = post.span()
        body = next((m for m in source if i - 1 <= m.end <= i), None)
        if body is not None:
            i = body.start
        else:
            body = next((m for m in source if j <= m.start <= j + 1), None)
        found = target[span[0] : span[1]]
        if body is not None:
            entry = body.entry
        elif found[:1].isupper() and _NAME_AFTER_TITLE_RE.match(target, span[1]) is not None:
            # 副总理刘鹤出席 / "Premier Liu He attended": no name of the glossary's beside the post, which the
            # translation writes as a person's title (capitalised, before a name); "Chief physician" (副主任医师)
            # is none
            entry = _unlisted_entry(text[i:j], expected, "post")
        else:
            return
        out.append(
            Problem(segment.number, kind, entry, text[i:j], found, expected, segment.id, note, span,
                    segment.line)
        )  # fmt: skip

    reported: set[int] = set()
    for post, rank, (english, vice) in posts:
        phrases = {e.lower() for e in english}
        hits = [w for w in written if w[2] in phrases]
        if not rank or not hits or any(w[3] == rank for w in hits):
            continue
        start, end, _, other, begin = next((w for w in hits if w[0] not in reported), hits[0])
        reported.add(start)
        words = _rank_words(rank, vice)
        bare = _without_rank(target, begin, end)
        if _POST_OF[post.group("post")] in _PORTFOLIO_POSTS:
            # "Vice Foreign Minister": the rank before the portfolio
            expected = f"{words.lower() if bare[:1].islower() else words} {bare}"
        else:
            # "Central Military Commission Vice Chairman", "US Vice President": the rank before the post's word
            own = target[start:end]
            expected = f"{bare[: len(bare) - len(own)]}{words.lower() if own[:1].islower() else words} {own}"
        what = "the post above it" if not other else "another rank"
        note = f"the source's {post.group()} is the {words.lower()}'s post: the translation writes {what}"
        problem(post, vice, (begin, end), expected, note)
    # a rank no post of the source has, before a post's English the source writes
    ranks_written = {"vice": "副" in text, "assistant": "助理" in text}
    for start, end, phrase, rank, begin in written:
        if start in reported or not rank or all(ranks_written.get(r, True) for r in rank):
            continue
        for post, _, (english, vice) in posts:
            if phrase in {e.lower() for e in english}:
                note = f"the source's {post.group()} has no such rank: the translation writes another post"
                problem(post, vice, (begin, end), _without_rank(target, begin, end), note)
                break
    # a post the translation writes as another post (R41-12): 美国总统 / "US Prime Minister"
    for post, (start, end, _, _, begin) in _other_posts(posts, written):
        if start in reported:
            continue
        reported.add(start)
        english = _holders_english(post, text) or _POSTS[_POST_OF[post.group("post")]][0]
        own = target[start:end]
        expected = target[begin:start] + (english[0] if own[:1].isupper() else english[0].lower())
        named = " or ".join(dict.fromkeys(e.lower() for e in english))
        note = f"the source's {post.group('post')} is a {named}: the translation writes another post ({own!r})"
        problem(post, "", (begin, end), expected, note)
    # a post written in the English another country gives it (R42-8): 德国总理 / "German Prime Minister"
    for post, _, (english, _) in posts:
        holders = _holders_english(post, text)
        if holders is None:
            continue
        phrases, theirs = {e.lower() for e in english}, {e.lower() for e in holders}
        hits = [w for w in written if w[2] in phrases and w[0] not in reported]
        if not hits or any(w[2] in theirs for w in hits):
            continue
        start, end, _, _, begin = hits[0]
        reported.add(start)
        own = target[start:end]
        expected = target[begin:start] + (holders[0] if own[:1].isupper() else holders[0].lower())
        note = f"the {post.group()} there is the {holders[0]}, as the government's own English and Xinhua write it"
        problem(post, "", (begin, end), expected, note, "variant")
    return out


# The English a post takes where its holder's country or body, written right before it, names it one way only:
# 总理 is Germany's and Austria's "Chancellor" (Bundeskanzler: the Federal Government's English, bundesregierung.de;
# Xinhua's "German Chancellor Olaf Scholz", "Austrian Chancellor Karl Nehammer") and the State Council's "Premier"
# (english.www.gov.cn, Xinhua: "Premier Li Qiang"), elsewhere "Prime Minister" or "Premier" (`_POSTS`).
_HOLDERS_ENGLISH: dict[str, dict[str, tuple[str, ...]]] = {
    "总理": {
        **dict.fromkeys(("德国", "德國", "奥地利", "奧地利"), ("Chancellor",)),
        **dict.fromkeys(("国务院", "國務院", "中国", "中國"), ("Premier",)),
    },
}


def _holders_english(post: re.Match[str], text: str) -> tuple[str, ...] | None:
    """The English `post` (a `_POST_RE` match in `text`) takes where the country or body written right before it
    names it one way only (`_HOLDERS_ENGLISH`: 德国总理 -> ("Chancellor",), 国务院总理 -> ("Premier",)); else None."""
    holders = _HOLDERS_ENGLISH.get(_POST_OF[post.group("post")])
    if not holders:
        return None
    start = post.start()
    return next((english for name, english in holders.items() if text.endswith(name, 0, start)), None)


# The English words that name no one post, which a translation may write for any ("Chinese leader Xi Jinping",
# "central bank chief Yi Gang"): `_other_posts` pairs them with none.
_ANY_POST_WORDS = frozenset({"leader", "chief", "head"})


def _other_posts(
    posts: Sequence[tuple[re.Match[str], frozenset[str], tuple[tuple[str, ...], str]]],
    written: Sequence[tuple[int, int, str, frozenset[str], int]],
) -> list[tuple[re.Match[str], tuple[int, int, str, frozenset[str], int]]]:
    """The source's posts (`_POST_RE`) the translation writes as another post of `_POSTS`, each with that post's
    English as `_rank_problems` reads it (start, end, phrase, rank, rank's start).

    Each source post is first paired with a written post of its own English (any of `_POSTS`' forms), the nearest in
    order among those not yet paired, so a translation that swaps two posts' order pairs them rightly ("German
    Chancellor … French President" for 法国总统…德国总理). The source's posts left unpaired and the English posts left
    unpaired are then paired in order: each such pair is a post written as another. A word that names no one post
    (`_ANY_POST_WORDS`: "leader", "chief", "head") and 领导人 are paired with none. A post's English outside
    `_POSTS` ("Governor-General", "Crown Prince") is not read, so no post the table lacks is judged."""
    own = [(i, post, {e.lower() for e in english}) for i, (post, _, (english, _)) in enumerate(posts)]
    own = [item for item in own if _POST_OF[item[1].group("post")] != "领导人"]
    left = [w for w in written if w[2] not in _ANY_POST_WORDS]
    if not own or not left:
        return []
    taken: set[int] = set()
    unpaired = []
    for i, post, phrases in own:
        fits = [j for j, w in enumerate(left) if j not in taken and w[2] in phrases]
        if fits:
            taken.add(min(fits, key=lambda j: abs(j - i)))
        else:
            unpaired.append(post)
    others = [w for j, w in enumerate(left) if j not in taken]
    return list(zip(unpaired, others, strict=False))


def _unlisted_entry(zh: str, en: str, kind: str) -> Entry:
    """An entry for what the source writes and the glossary has no entry for, that check's own tables read: a
    ranked post (`_POSTS`, `kind` "post") or a numbered body (`_NUMBERED_RE`, "body"), so a `Problem` about it has
    an entry to name. Its id is `kind` and the English slugged ("post-vice-premier"), no glossary's id; `zh` the
    source's words, `en` the English expected, type "term"."""
    from zhgloss.model import Entry

    slug = re.sub(r"[^a-z0-9]+", "-", fold_latin(en).lower()).strip("-") or "unnamed"
    return Entry(f"{kind}-{slug}"[:60].rstrip("-"), en, type="term", zh=zh,
                 note=f"not in the glossary: read by check's table of {kind}s")  # fmt: skip


def _body_fields(entry: Entry) -> list[str]:
    """The fields of a government body's English forms: "Commerce" of "Ministry of Commerce" (`_BODY_RE`) and of
    "Commerce Department" (CC-CEDICT's 国防部 'Defense Department'), "Foreign" of "Ministry of Foreign Affairs"."""
    fields: dict[str, None] = {}
    for form in entry.en_forms:
        match = _BODY_RE.fullmatch(form) or _BODY_HEAD_RE.fullmatch(form)
        if match is not None:
            fields[match.group(2) if match.re is _BODY_RE else match.group(1)] = None
    return list(fields)


def _officer_titles(entry: Entry, titles: Iterable[str]) -> list[str]:
    """The English a body's officer is written by, for the titles of office `titles` ("Minister", "Vice Minister"):
    the body's field before the title, with a head word or none ("Commerce Minister", "Commerce Ministry spokesman"),
    the field after a rank the title opens with ("Vice Foreign Minister"), and the body's English with its head noun
    replaced by the title ("Minister of Foreign Affairs" of "Ministry of Foreign Affairs", "Minister of Commerce" of
    CC-CEDICT's 商务部 "Department of Commerce", "Vice Minister of Finance"), each in British or American spelling.

    The two last are the titles the State Council's ministries write in their own English (fmprc.gov.cn "Minister of
    Foreign Affairs Wang Yi", "Vice Foreign Minister Sun Weidong"; mod.gov.cn "Minister of National Defense"; Xinhua's
    English of every 任免 notice); the head noun is any of `_BODY_RE`'s, the body's country left off ("PRC Ministry of
    Transport")."""
    titles = list(titles)
    fields = [f"{f}{head}" for f in _body_fields(entry) for head in _BODY_HEADS]
    out: dict[str, None] = dict.fromkeys(f"{f} {t}" for f in fields for t in titles)
    for t in titles:
        rank, _, office = t.partition(" ")
        if rank in _RANKS and office:
            out.update(dict.fromkeys(f"{rank} {f} {office}" for f in fields))
    for form in entry.en_forms:
        for name in (form, _without_country(form)):
            if name is not None and _BODY_RE.fullmatch(name) is not None:
                of_field = name.split(" ", 1)[1]
                for t in titles:
                    out.update(dict.fromkeys(regional_spellings(f"{t} {of_field}")))
                    out[f"{t} {of_field}"] = None
    return list(out)


# The ranks an officer's English title opens with, before the body's field ("Vice Foreign Minister").
_RANKS = frozenset(("Vice", "Deputy", "Assistant"))


def _body_before_head(form: str) -> str | None:
    """Return a government body's name with its field before its head, or None: "Ministry of Commerce" ->
    "Commerce Ministry" (`_BODY_RE`)."""
    match = _BODY_RE.fullmatch(form)
    return f"{match.group(2)} {match.group(1)}" if match else None


def _descriptive_body_names(form: str) -> dict[str, str]:
    """Return the names a body's English `form` is written by in running text, in any case, each with what makes it
    so (for the `variant` it is), or {}: a government body with its field first, its qualifier "National" left out
    ("Ministry of National Defense" -> "Defense Ministry"), and the body's own "Field Head" name ("Defense
    Department"), each in British or American spelling ("Defence Ministry").

    News style writes such a name as the description it is, in lower case: AP's and Reuters' "the foreign ministry",
    "China's defence ministry", "the finance ministry" (the AP Stylebook capitalises a body's formal name only). Only
    a name of two words or more whose last word is a body's head noun (`_BODY_HEAD_RE`) is read in any case: a
    one-word company in lower case ("an apple") is still no name."""
    out: dict[str, str] = {}
    field_first = _body_before_head(form)
    if field_first is not None:
        out[field_first] = "the name with its field first"
        words = field_first.split()
        if words[0] == "National" and len(words) > 2:
            out[" ".join(words[1:])] = "the name with its field first, without 'National'"
            # Its own order without "National" too: "Ministry of Defense" for 'Ministry of National Defense' (R49-13).
            out[form.replace(" of National ", " of ", 1).replace(" of the National ", " of the ", 1)] = (
                "the name without 'National'"
            )
    elif _BODY_HEAD_RE.fullmatch(form) is not None:
        out[form] = "the name in lower case"
    for name, why in list(out.items()):
        for spelt in regional_spellings(name):
            out.setdefault(spelt, why)
    return {name: why for name, why in out.items() if len(name.split()) >= 2}


def _other_head_names(form: str) -> dict[str, str]:
    """Return `form` and its descriptive names (`_descriptive_body_names`) with the other head noun of `_SWAPPED_HEADS`,
    each with what makes it so: "Department of Commerce" -> {"Ministry of Commerce": ..., "Commerce Ministry": ...}.

    A country's government names its 部 a ministry or a department, and CC-CEDICT writes either (商务部 "Department
    of Commerce", 财政部 "Ministry of Finance"); copy writes the ministry of a country that has ministries (Reuters'
    and the AP's "China's commerce ministry"), and a department of one that has departments.
    """
    out: dict[str, str] = {}
    # The formal order of any length ("Ministry of Land and Resources", "Ministry of Industry and Information
    # Technology"): `_BODY_RE`'s field-first reading takes three capitalised words at most.
    own = {form: ""} if form.startswith(("Ministry of ", "Department of ")) else {}
    for name, why in {**own, **_descriptive_body_names(form)}.items():
        *field, head = name.split()
        if head in _SWAPPED_HEADS:
            swapped = " ".join([*field, _SWAPPED_HEADS[head]])
        elif field and field[0] in _SWAPPED_HEADS and len(field) > 1 and field[1] == "of":
            # The formal order, head first: "Ministry of Commerce" for CC-CEDICT's 商务部 'Department of Commerce',
            # as the ministry itself and Xinhua write it (the review's R49-13).
            head = field[0]
            swapped = " ".join([_SWAPPED_HEADS[head], *field[1:], name.split()[-1]])
        else:
            continue
        note = f"{head!r} written {_SWAPPED_HEADS[head]!r}"
        out[swapped] = f"{why}, {note}" if why else f"the name with {note}"
    return out


# What English calls a country's armed forces after its name or adjective: CC-CEDICT's 美军 'US army/US armed forces',
# 日军 'Japanese army/Japanese troops', 俄军 'Russian army'; wire copy writes "US forces", "the US military", "Russian
# troops" for the same (Reuters', the AP's usage). `_army_names`.
# "soldiers" as well: "British soldiers" for 英军 (the reviewer's R37-19; Reuters' and the AP's usage).
_ARMY_HEADS = ("army", "armed forces", "military", "forces", "troops", "soldiers")
# The word in lower case: "People's Liberation Army" is a name of its own, not a country's army.
_ARMY_RE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) (army|armed forces|military|forces|troops|soldiers)")


def _army_names(form: str, adjectives: Iterable[str] = ()) -> list[str]:
    """Return the other names of a country's army whose English `form` is its country and a word for an army
    (`_ARMY_RE`: "US army" -> ["US armed forces", "US military", "US forces", "US troops", "US soldiers"]), or []:
    English writes any of them for the same forces (R36-26), as 俄军 "Russian troops" passes by its abbreviation
    (`_rendered_by_abbreviation`). `adjectives`: the country's adjectives, which English writes before each word as
    well ("American military" for 美军 'US army', the reviewer's R37-19), every word then given with each. Input: one
    English form; output: the forms, the country as written first, the words in lower case ("People's Liberation
    Army" is none)."""
    army = _ARMY_RE.fullmatch(form)
    if army is None:
        return []
    country, head = army.groups()
    out = [f"{country} {other}" for other in _ARMY_HEADS if other != head.lower()]
    return out + [f"{adjective} {other}" for adjective in adjectives if adjective != country for other in _ARMY_HEADS]


# A generic word that ends a programme's or event's English name and that copy leaves off: "the Belt and Road" for
# 一带一路 'Belt and Road Initiative' (Reuters, the AP); before a noun, "Olympic athletes" for 奥运健儿 'Olympic
# Games', "the Mid-Autumn holiday" for 中秋节 'Mid-Autumn Festival'.
_GENERIC_TAILS = frozenset({"Initiative", "Project", "Programme", "Program", "Plan", "Strategy"})
_ATTRIBUTIVE_TAILS = frozenset({"Games", "Festival"})


def _without_generic_tail(form: str) -> tuple[str, bool] | None:
    """Return `form` without the generic word that ends it, and whether the name left stands only before a noun; or
    None. "Belt and Road Initiative" -> ("Belt and Road", False): a programme's name keeps two words or more (the
    "Marshall Plan" is never "the Marshall"); "Olympic Games" -> ("Olympic", True), "Winter Olympics" -> ("Winter
    Olympic", True), "Mid-Autumn Festival" -> ("Mid-Autumn", True): the name before a lower-case noun, as English
    makes the attribute of an event ("Olympic athletes", "the Mid-Autumn holiday")."""
    words = form.split()
    if words[-1] == "Olympics":
        return form[: -len("s")], True
    if len(words) >= 3 and words[-1] in _GENERIC_TAILS:
        return " ".join(words[:-1]), False
    if len(words) >= 2 and words[-1] in _ATTRIBUTIVE_TAILS:
        return " ".join(words[:-1]), True
    return None


# The other name of a thing CC-CEDICT writes in brackets right after its English: 春节 'Spring Festival (Chinese New
# Year)', 劳动节 'International Labor Day (May Day)'. Every word capitalised and two words or more: a description in
# brackets ("Memphis (Egypt or Tennessee)", "Cochin (in south India)") or a one-word place that locates it is none.
_BRACKETED_NAME_RE = re.compile(r"\(((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)+)\)")


def bracketed_names(entry: Entry) -> list[str]:
    """Return the other names the entry's note gives in brackets right after one of its English forms, or []:
    CC-CEDICT's 春节 'Spring Festival (Chinese New Year)' -> ["Chinese New Year"] (`_BRACKETED_NAME_RE`). A
    translation that writes one names the thing (a `variant`, as an alias is), whether or not the import made it
    an alias."""
    note = entry.note
    if not note or "(" not in note:
        return []
    out: list[str] = []
    for form in entry.en_forms:
        at = note.find(form + " (")
        if at < 0 or (at > 0 and note[at - 1] not in " ;/"):
            continue
        match = _BRACKETED_NAME_RE.match(note, at + len(form) + 1)
        if match is not None and match.group(1) not in entry.en_forms:
            out.append(match.group(1))
    return out


# The country CC-CEDICT writes before a body's name ('PRC National Development and Reform Commission', 'US Federal
# Reserve'), which copy about the body leaves off: "the National Development and Reform Commission", "the Federal
# Reserve". Two capitalised words or more must be left ("US Army" keeps "US").
_COUNTRY_BEFORE_RE = re.compile(r"(?:PRC|US|U\.S\.) ([A-Z][\w'’-]*(?: (?:(?:of|and|for|on|the) )*[A-Z][\w'’-]*)+)")


def _without_country(form: str) -> str | None:
    """Return an organisation's name without the country written before it (`_COUNTRY_BEFORE_RE`), or None:
    "PRC National Development and Reform Commission" -> "National Development and Reform Commission", "US Federal
    Reserve" -> "Federal Reserve"; not "US Army" (one word left) nor "US and Canada"."""
    match = _COUNTRY_BEFORE_RE.fullmatch(form)
    return match.group(1) if match is not None and len(match.group(1).split()) >= 2 else None


def _without_adopted_name(form: str, entry: Entry) -> str | None:
    """Return a person's Chinese name written after an adopted one, or None: "William Lai Ching-te" -> "Lai Ching-te".

    Taiwan's and Hong Kong's public figures are written with an English given name before the romanized name, and
    copy drops either. The rest must start with the family name (`family_name`) and run on for at least one more word.
    """
    words = form.split()
    family = family_name(entry) if form == entry.en else None
    if len(words) < 3 or family is None or words[1] != family or words[0] == family:
        return None
    return " ".join(words[1:])


# What joins or parts the words of a name without punctuating it: spaces, hyphens, apostrophes, a middle dot.
_JOINS_RE = re.compile(r"[\s\-\u2010\u2011'\u2019\u00b7]+")


def _written_otherwise(found: str, forms: Iterable[str]) -> str:
    """Say how `found` differs from the one of `forms` it folds to (`en_key`): "spaced otherwise" where only its
    spacing or joining does ("LeiJun" for "Lei Jun"), "punctuated otherwise" where a stop or comma does too ("Washington
    DC" for "Washington D.C.", "Martin Luther King Jr" for "... Jr."), "in plain letters" where letters fold ("Tromso"
    for "Tromsø", "Strauss" for "Strauß", "Lodz" for "Łódź"; README, "How names may be written"), or both."""
    key = en_key(found)
    form = next((f for f in forms if en_key(f) == key), found)
    letters = "".join(c for c in found.lower() if c.isalnum()) == "".join(c for c in form.lower() if c.isalnum())
    if letters:
        joined = _JOINS_RE.sub("", found.lower()) == _JOINS_RE.sub("", form.lower())
        return "spaced otherwise" if joined else "punctuated otherwise"
    if en_words(found) == en_words(form):
        return "in plain letters"
    return "in plain letters, spaced otherwise"


# The word before a name found reversed: an adopted given name, capitalised ("Donald", "Simon").
_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+) $")


def _adopted_name_before(text: str, start: int, entry: Entry) -> int | None:
    """Return where an adopted given name of `entry` (a person) starts right before `start`, or None.

    `start` is where a person's Chinese given name and family name stand in Western order ("Tat-wah Yam" for "Yam
    Tat-wah"). Where one of the entry's own forms opens with the word before it and holds the family name after it
    ("Simon" of "Simon Yam Tat-wah", "Donald" of "Donald Tsang"), the whole "Simon Tat-wah Yam" is the name in
    Western order, as CC-CEDICT writes 霍英东 "Henry Ying-tung Fok" and 谢长廷 "Frank Chang-ting Hsieh"."""
    if entry.type != "person":
        return None
    match = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    family = family_name(entry)
    if match is None or family is None:
        return None
    adopted = {
        words[0]
        for form in entry.en_forms
        if len(words := form.split()) >= 2 and words[0] != family and family in words[1:]
    }
    return match.start(1) if match.group(1) in adopted else None


def _with_chinese_given_name(one: str, other: str) -> bool:
    """Tell whether one of two renderings of a person is the other and a hyphenated Chinese given name after it:
    "Paul Chan Mo-po" and "Paul Chan", "William Lai Ching-te" and "William Lai". Hong Kong's and Taiwan's English press
    names a person so in full at first mention and by the adopted name and the family name after (SCMP: "Financial
    Secretary Paul Chan Mo-po ... Paul Chan added"), the pair `add` stores as the preferred form and an alias."""
    shorter, longer = sorted((one.split(), other.split()), key=len)
    return len(shorter) == 2 and len(longer) == 3 and longer[:2] == shorter and "-" in longer[2].strip("-")


def _variant_note(entry: Entry, found: str, rendering: Rendering | None) -> str | None:
    """Say what `found`, a `variant` of `entry` (`rendering`, its `FormTable.judge`), drops of the preferred form, or
    None: where it is another name the glossary lists that is the preferred form less words at its start or end,
    "the name without 'dynasty'" for "Tang" of 'Tang dynasty', as `Checker._short_names` says it of a shorter name
    the glossary does not list (R36-24: a bare "expected Tang dynasty" for "Tang poet" did not say why). Any
    other variant is left as it was: the name found and the one expected say it."""
    if rendering is None:
        # A place's name without its generic word, which the matcher reads as the place (`forms.without_feature`:
        # "the Yangtze", "Matsu" for 'Matsu Islands'), says so as `Checker._short_names` does.
        key = match_key(found)
        for form in entry.en_forms:
            feature = without_feature(form, entry) if entry.type in _KIN_TYPES else None
            if feature is not None and match_key(feature) == key:
                return _dropped_note(form, feature)
        return None
    if rendering.status not in ("alias", "variant"):
        return None
    form = rendering.form
    if form == entry.en or form not in entry.aliases or typeset_key(found) != typeset_key(form):
        return None
    words, full = form.split(), entry.en.split()
    if not 0 < len(words) < len(full):
        return None
    if full[: len(words)] == words:
        return f"the name without {' '.join(full[len(words) :])!r}"
    if full[-len(words) :] == words:
        return f"the name without {' '.join(full[: -len(words)])!r}"
    return None


def _dropped_note(form: str, shorter: str) -> str:
    """Say which words of `form` its shorter name `shorter` leaves off: "the name without 'River'"."""
    kept = {word.lower() for word in shorter.split()}
    return f"the name without {' '.join(word for word in form.split() if word.lower() not in kept)!r}"


def _without_middle_names(form: str, entry: Entry) -> str | None:
    """Return a person's name of three words or more, given name first, without the words between its first and its
    family name, or None: "Chen-Ning Franklin Yang" -> "Chen-Ning Yang" (杨振宁), "John Fitzgerald Kennedy" ->
    "John Kennedy". Only a form whose last word is the family name (`family_name`, the preferred form's order)."""
    words = form.split()
    family = family_name(entry) if form == entry.en else None
    if len(words) < 3 or family is None or words[-1] != family or words[0] == family:
        return None
    return f"{words[0]} {words[-1]}"


def _is_one_character_name(hit: LookupHit) -> bool:
    """Tell whether `hit`, of a lookup of one character, is an entry whose own one-character name it is: no person's
    (中 "surname Zhong" of a person), and no dictionary's word (`is_wording`: the full import's 津 'saliva; a ford',
    a term), for with the full import a one-character name stands for names only, as with the names glossary."""
    return (
        hit.field in _CHINESE_FIELDS and len(hit.form) == 1 and hit.entry.type != "person" and not is_wording(hit.entry)
    )


class _Abbreviations:
    """The glossary's one-character names, what each stands for, and where a source writes one as a name.

    CC-CEDICT keeps 华 "abbr. for China", 京 "abbr. for Beijing", 日 "Japan", 美 "the Americas; USA" as entries
    of their own; zhgloss never glosses a single character (zhgloss.glossable), so `check` learns of them here,
    by the glossary's exact lookup, a character at a time (each kept).
    """

    def __init__(self, lookup: Callable[[str], Sequence[LookupHit]]) -> None:
        self._lookup = lookup
        self._keys: dict[str, frozenset[str]] = {}
        self._clear: dict[str, bool] = {}
        # For `relations`: the Chinese characters asked about so far, those of them with keys, and a pattern of runs
        # of two or more of those (rebuilt when one is added): a source is scanned by the regex engine, not a loop.
        self._asked: set[str] = set()
        self._named: set[str] = set()
        self._runs_re: re.Pattern[str] | None = None
        self._owes: dict[str, bool] = {}  # run -> whether it is owed its parts (`owed`)
        self._longer: dict[str, list[Entry]] = {}  # character -> `longer_names`

    def keys(self, character: str) -> frozenset[str]:
        """The English keys (`en_key`) of `character`'s own entries, persons' and its romanization left out.

        CC-CEDICT's 中 "China; Chinese; surname Zhong" -> {"china", "chinese"}: "Zhong" is a family name. A
        dictionary's word is no name (`_is_one_character_name`): the full import's 津 'saliva; a ford' has no keys, and
        津 of 京津冀 is then 天津's own character, as with the names glossary (the review's R49-17).
        """
        keys = self._keys.get(character)
        if keys is None:
            found: set[str] = set()
            for hit in self._lookup(character):
                entry = hit.entry
                if _is_one_character_name(hit):
                    reading = en_key(entry.pinyin or "")
                    found.update(k for k in map(en_key, entry.en_forms) if k and k != reading)
            keys = self._keys[character] = frozenset(found)
        return keys

    def adjectives(self, character: str) -> frozenset[str]:
        """The keys of `character` (`keys`) that are adjectives English makes of its other English forms (`demonyms`):
        CC-CEDICT's 中 "China; Chinese" -> {"chinese"}, 德 "Germany; German" -> {"german"}.

        An adjective is the country's, its people's and its language's at once ("Chinese officials", "She speaks
        Chinese"): a longer entry named by it alone (中文 "Chinese", as a language is named once the import names it
        by its adjective, 德语 "German") is the country's language, no second name the character may stand for.
        """
        own = self.keys(character)
        made = {en_key(made) for entry in self.entries(character) for form in entry.en_forms for made in demonyms(form)}
        return own & frozenset(made)

    def entries(self, character: str) -> list[Entry]:
        """The entries whose own one-character name is `character` (CC-CEDICT's 中 "China; Chinese"), persons' left
        out, as `keys` reads them."""
        return [hit.entry for hit in self._lookup(character) if _is_one_character_name(hit)]

    def longer_names(self, character: str) -> list[Entry]:
        """The longer entries `character` may stand for: those that start with it and share an English form with it
        (日 "Japan" -> 日本; 美 "the Americas; USA" -> 美洲 and 美国), found by the glossary's lookup of its English
        (once a character). Names only: a dictionary's word (the full import's 中文 'Chinese', a term) is no name the
        character stands for, so 中 stands for China alone with a whole dictionary imported too. Nor is a name found
        by the character's adjective alone (`adjectives`: 中文 or 汉语 "Chinese", 俄语 "Russian" where the glossary
        names a language so): the adjective is the country's too, and the source tells which a translation's renders."""
        found = self._longer.get(character)
        if found is None:
            adjectives = self.adjectives(character)
            found = self._longer[character] = [
                hit.entry
                for key in self.keys(character) - adjectives
                for hit in self._lookup(key)
                if hit.field in ("en", "alias")
                and not is_wording(hit.entry)
                and any(len(f) > 1 and f.startswith(character) for f in hit.entry.zh_forms)
            ]
        return found

    def dotted(self, character: str, english: str | None) -> dict[str, None]:
        """The initialisms with full stops of the longer names `character` stands for (`longer_names`), by their
        folded key: 美 "USA" -> 美国 'US; USA' -> {"u.s.", "u.s.a."}; where `english` (an `en_key`) is given, of
        names that have it only."""
        out: dict[str, None] = {}
        for other in self.longer_names(character):
            if english is not None and english not in {en_key(f) for f in other.en_forms}:
                continue
            for form in other.en_forms:
                if _INITIALISM_RE.fullmatch(form):
                    out[".".join(form.lower()) + "."] = None
        return out

    def is_clear(self, character: str) -> bool:
        """Tell whether `character` stands for one name only.

        The names it may stand for are the longer entries that start with it and share an English form with it
        (`longer_names`): 日 "Japan" -> 日本; 德 "Germany; German" -> 德国 and 德意志, which share their English,
        so one name. 美 "the Americas; USA" -> 美洲 and 美国, 巴 -> 巴勒斯坦 and 巴基斯坦, 伊 -> 伊拉克 and 伊朗:
        two names.
        """
        clear = self._clear.get(character)
        if clear is None:
            groups: list[set[str]] = []
            for other in self.longer_names(character):
                names = {k for k in map(en_key, other.en_forms) if k}
                for group in groups:
                    if not group.isdisjoint(names):
                        group.update(names)
                        break
                else:
                    groups.append(names)
            clear = self._clear[character] = len(groups) <= 1
        return clear

    def is_one_polity(self, character: str) -> bool:
        """Tell whether one only of the names `character` stands for (`longer_names`) is a country or a province of
        China, as ISO 3166 names them (`zhgloss.formats.cedict.countries`, `china_provinces`).

        Before a word of a country's things (美股 'US stocks', 英军, 美元), the character stands for the country:
        CC-CEDICT's 美 is 美国 'United States' there, never 美洲大陆 'the Americas'; 英 is 英国 'United Kingdom', not
        英格兰 'England' or 英语 'English'. 伊 (Iran, Iraq), 澳 (Australia, Macao) and 新 (Singapore, Xinjiang) stand
        for two such names still (the review's R46-18).
        """
        polities = _polity_names()
        groups: list[set[str]] = []
        for other in self.longer_names(character):
            if not any(form in polities for form in other.en_forms):
                continue
            names = {k for k in map(en_key, other.en_forms) if k}
            if not any(not group.isdisjoint(names) for group in groups):
                groups.append(names)
        return len(groups) == 1

    def written(self, source: str, mentions: Sequence[Mention] = ()) -> list[str]:
        """The one-character names `source` writes as abbreviations, each once, in order.

        A character stands as one after a character of `_ABBREVIATION_BEFORE` or before one of
        `_ABBREVIATION_AFTER` (访华, 德企), or beside another one-character name outside the source's `mentions`,
        as a relation the source matcher does not read as a name writes them (`relations`: 俄乌冲突 "the
        Russia-Ukraine conflict", 中意两国 "China and Italy", where 中意 is a word, to like, too); only a character that
        stands for one name (`is_clear`) counts, but in a relation, where the target's names tell which of its names a
        character is (中新两国 "China and Singapore": 新 is Xinjiang or Singapore; the reviewer's R35-28), any one does:
        `stands_for` excuses only a target name the character may stand for.
        """
        out: list[str] = []
        if any(own in source for own in _OWN_COUNTRY_WORDS):
            # 我国 'our country' is the source's own country, China (Xinhua's, People's Daily's word; CC-CEDICT's
            # 我国 "our country; China"): a translation writes "China" (the user's U36-38).
            out += [c for c in "中" if self.keys(c)]
        last = len(source) - 1
        in_relation = {i for start, end in self.relations(source, mentions) for i in range(start, end)}
        covered = {i for mention in mentions for i in range(mention.start, mention.end)}
        for i, character in enumerate(source):
            related = i in in_relation
            # A character inside a name the source matcher read (马超 'Ma Chao', 西方 'the West') is that name's: only
            # the characters `_ABBREVIATION_AFTER` has long listed make it an abbreviation there (中方 is an entry).
            named = i in covered
            thing = _abbreviates_before(source, i) and (not named or source[i + 1] in _abbreviation_after())
            placed = (
                related
                or thing
                or (i > 0 and source[i - 1] in _abbreviation_before())
                or (i < last and source[i + 1] == "人" and _is_people_word(source, i))
            )
            if (
                placed
                and "\u3400" <= character <= "\u9fff"
                and character not in out
                and self.keys(character)
                and (related or self.is_clear(character) or (thing and not named and self.is_one_polity(character)))
            ):
                out.append(character)
        return out

    def relations(self, source: str, mentions: Sequence[Mention] = ()) -> list[tuple[int, int]]:
        """The spans of `source`'s runs of two or more one-character names outside its `mentions` (俄乌 of 俄乌冲突; not
        中美 where the source matcher reads CC-CEDICT's 中美 'China-USA', which is checked as a name of its own)."""
        new = None if self._asked.issuperset(source) else set(source) - self._asked
        if new:
            self._asked |= new
            # A relation is of names: a character whose one-character entries are all wording (a dictionary's 的
            # 'of') is none, which keeps the pattern small with a whole dictionary imported.
            named = {
                c
                for c in new
                if "\u3400" <= c <= "\u9fff" and self.keys(c) and not all(map(is_wording, self.entries(c)))
            }
            if named:
                self._named |= named
                characters = "".join(sorted(self._named))
                self._runs_re = re.compile(f"[{re.escape(characters)}]{{2,}}")
        if self._runs_re is None:
            return []
        matches = [match.span() for match in self._runs_re.finditer(source)]
        if not matches or not mentions:
            return matches
        covered = bytearray(len(source))
        for mention in mentions:
            covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        out: list[tuple[int, int]] = []
        for start, end in matches:
            # A mention cuts the run: what lies outside it on either side is a run of its own if long enough.
            while start < end:
                cut = covered.find(1, start, end)
                stop = end if cut < 0 else cut
                if stop - start >= 2:
                    out.append((start, stop))
                if cut < 0:
                    break
                start = covered.find(0, cut, end)
                if start < 0:
                    break
        return out

    def owed(self, source: str, mentions: Sequence[Mention] = ()) -> list[str]:
        """The runs of one-character names that `source` writes as a relation the glossary has no name for, whose every
        part a translation owes (俄乌 of 俄乌冲突: Russia and Ukraine).

        A run of `relations`, less a character at either end that makes a common word with the character beside it
        outside the run (`zhgloss.glossable.common_words`: 日 of 来华日期, the date; 中 of 中间), still of two
        characters or more, each standing for one name (`is_clear`), and neither a common word nor the glossary's
        entry (CC-CEDICT's 中意 'Sino-Italian' and 美德 'USA and Germany' are words too, to like and virtue: the
        source matcher leaves them out, and they are owed nothing).
        """
        from zhgloss.glossable import common_words

        common = common_words()
        out: list[str] = []
        for start, end in self.relations(source, mentions):
            while end - start >= 2 and source[end - 1 : end + 1] in common:
                end -= 1
            if (
                end - start >= 2
                and source[end - 1] in _abbreviation_after_unless_word()
                and _abbreviates_before(source, end - 2)
            ):
                end -= 1  # 日元 'Japanese yen', 美元: the currency of the name before, no relation with 元 'Yuan'

            while end - start >= 2 and start > 0 and source[start - 1 : start + 1] in common:
                start += 1
            run = source[start:end]
            if len(run) < 2:
                continue
            owes = self._owes.get(run)
            if owes is None:
                owes = self._owes[run] = (
                    run not in common
                    and all(map(self.is_clear, run))
                    and not any(hit.field in _CHINESE_FIELDS and hit.form == run for hit in self._lookup(run))
                )
            if owes:
                out.append(run)
        return out

    def named_for(self, character: str, entry: Entry) -> set[str]:
        """The English keys of the longer names `character` stands for (`longer_names`) whose Chinese starts a longer
        Chinese form of `entry`: 欧 'Europe' -> 欧洲 'Europe' -> {"europe"} for 欧盟 'European Union', written also
        欧洲联盟; the union is named for the place, and a relation writes it by the place's character (中欧 峰会 "a
        China-EU summit")."""
        out: set[str] = set()
        forms = [f for f in entry.zh_forms if f and f[0] == character]
        if not forms:
            return out
        for other in self.longer_names(character):
            if other.id != entry.id and any(
                len(f) > len(name) and f.startswith(name) for f in forms for name in other.zh_forms if name
            ):
                out.update(k for k in map(en_key, other.en_forms) if k)
        return out

    def stands_for(self, character: str, mention: Mention, keys: set[str]) -> bool:
        """Tell whether `character` names what the target's `mention` names (its entry's English keys `keys`).

        It does when the mention's English is one of the character's (华 "China", 京 "Beijing"), or when the
        mention's entry starts with the character and shares an English form with it (韩 "Korea" and 韩国
        "South Korea"; 美 "USA" and 美国 "US"), or is named for a longer name it stands for (`named_for`: 欧盟 "EU").
        """
        own = self.keys(character)
        surface = en_key(mention.surface)
        if surface in own:
            return True
        if _holds_character(mention.entry, character) and any(key.startswith(surface) for key in own):
            return True  # 川 'Sichuan Province' for 四川 "Sichuan": one of the place's own characters, its name
        starts = any(len(f) > 1 and f.startswith(character) for f in mention.entry.zh_forms)
        return starts and (not own.isdisjoint(keys) or bool(self.named_for(character, mention.entry)))


def _without_glosses(text: str, mentions: Sequence[Mention]) -> Sequence[Mention]:
    """Leave out the Latin-script names that gloss the name before them in the source (雷军（Lei Jun）).

    Copy that went through `zhgloss annotate`, or was written with the English in brackets, names each person
    once: the gloss is no second mention for the translation to render. A gloss is a mention with no Chinese
    character, of the same entry as the mention just before it, right inside an opening bracket after that
    mention and followed by a closing bracket or a separator (雷军（Lei Jun，小米创始人）).
    """
    if len(mentions) < 2 or text.isascii():
        return mentions
    kept: list[Mention] = [mentions[0]]
    for mention in mentions[1:]:
        before = kept[-1]
        if (
            mention.entry.id == before.entry.id
            and _GLOSS_OPEN_RE.fullmatch(text, before.end, mention.start) is not None
            and _GLOSS_CLOSE_RE.match(text, mention.end) is not None
            and not has_cjk(mention.surface)
        ):
            continue
        kept.append(mention)
    return kept


# What stands between a Chinese name and its English gloss, and what ends the gloss.
_GLOSS_OPEN_RE = re.compile(r"\s*[（(\uff3b\[]\s*")
_GLOSS_CLOSE_RE = re.compile(r"\s*(?:[）)\uff3d\]，,;；、]|\Z)")


# The generics of a Chinese place's name (通名), which stand for no place in a compound of abbreviations: 国 of 美国
# is no name of the United States (中国 is no compound of 中 and 美国's 国).
_PLACE_GENERICS = frozenset("国國市省县縣区區州镇鎮乡鄉村")


def _holds_character(entry: Entry, character: str) -> bool:
    """Tell whether `character` is one of a place's (or an untyped name's) own Chinese characters, its generic
    (市, 省, 县 …) left out: 津 of 天津, 深 of 深圳, 川 of 四川. Chinese shortens a place to one of its characters in a
    compound of places (京津冀, 沪深, 川渝: `Checker._rendered_by_parts`, `Checker._in_compound`)."""
    return (
        entry.type in _KIN_TYPES
        and character not in _PLACE_GENERICS
        and any(character in form for form in entry.zh_forms if form)
    )


def _related(mention: Mention, ids: set[str], refs: set[str]) -> bool:
    """Tell whether a target name is tied by refers_to to a name of the source segment, either way."""
    entry = mention.entry
    if entry.id in ids or entry.id in refs:
        return True
    return entry.refers_to is not None and (entry.refers_to in ids or entry.refers_to in refs)


def _fuller_name_of(surface: str, entry: Entry, hit: Entry) -> str | None:
    """Return the form of the person `entry` that `surface`, another person's name (`hit`), writes whole at its start
    or end among more words, or None.

    "Karl Marx" for 马克思 'Marx': CC-CEDICT lists 马克思 and 卡尔·马克思 apart, and a translation that writes the
    given name too has not left the name out. Persons only: "New York" holds "York" and is another place.
    """
    if entry.type != "person" or hit.type != "person":
        return None
    words = en_words(surface)
    for form in entry.en_forms:
        part = en_words(form)
        if 0 < len(part) < len(words) and part in (words[: len(part)], words[-len(part) :]):
            return form
    return None


# What a person's fuller name found for a shorter one adds to the problem's note (`_fuller_name_of`).
_FULLER_NOTE = ", which writes {held!r} with more of the name: check it is the same person"


def short_forms_written(forms: Iterable[str], source: str) -> list[str]:
    """The runs of `source` that write a Chinese name of `forms` shortened, as Chinese shortens names (缩略语): each
    run begins with a form's first character, takes the rest of its characters from the form in the form's order
    (some left out), and is at least two characters and a third as long as the form, never the whole form.

    欧洲央行 of 欧洲中央银行 'European Central Bank', 北大 of 北京大学, 佐科 of 佐科威 'Joko Widodo'. Each run is the
    longest such from its start, found once, in the order the source writes them. A run is no proof: 中国 of
    中国中央电视台 fits too, so the caller leaves out runs that are names of their own and labels the rest a guess.
    The shape is the one CC-CEDICT's "abbr. for" lines show (欧盟 of 欧洲联盟, 世卫 of 世界卫生组织): 294 of its 411
    abbreviations of names of three characters or more fit it; those that drop the first character (入世 of
    加入世界贸易组织) or keep under a third of it (波黑 of 波斯尼亚和黑塞哥维那) do not.
    """
    out: list[str] = []
    for form in forms:
        size = len(form)
        if size < 3:
            continue
        start = source.find(form[0])
        while start != -1:
            at, end = 1, start + 1
            while end < len(source) and (found := form.find(source[end], at)) != -1:
                at, end = found + 1, end + 1
            run = source[start:end]
            if len(run) > 1 and 3 * len(run) >= size and len(run) < size and run not in out:
                out.append(run)
            start = source.find(form[0], start + 1)
    return out


def _written_short(mention: Mention) -> bool:
    """Tell whether the source writes `mention`'s entry by a Chinese form shorter than its name (中共 for 中国共产党,
    全国人大 for 全国人大会议): the translation's initials ("CPC", "NPC") mirror the source's short form."""
    full = mention.entry.zh or mention.entry.zh_hant
    return full is not None and len(mention.surface) < len(full)


def _pinyin_word_sizes(pinyin: str) -> list[int]:
    """How many syllables each space-separated word of `pinyin` has: "Zhōngyāng Jūnshì Wěiyuánhuì" -> [2, 2, 3]
    (`zhgloss.pinyin.split_syllables`, the tone marks telling the cuts)."""
    import unicodedata

    sizes: list[int] = []
    for word in pinyin.split():
        letters: list[str] = []
        marked: list[bool] = []
        for character in unicodedata.normalize("NFD", word):
            if unicodedata.combining(character):
                if marked and character != "\u0308":  # a tone mark, not ü's diaeresis
                    marked[-1] = True
            elif character.isalpha():
                letters.append(character.lower())
                marked.append(False)
        sizes.append(len(split_syllables("".join(letters), marked=marked)) if letters else 0)
    return sizes


def _abbreviates_by_words(entry: Entry, run: str) -> bool:
    """Tell whether `run` shortens a Chinese form of `entry` the way Chinese shortens an official body's name (缩略语
    by its words' first characters): every character of `run` comes from the start of a word of the form, in order,
    from two words or more; the words are the entry's pinyin's (CC-CEDICT spaces a name's words: "Zhōng Gòng Zhōngyāng
    Jìlǜ Jiǎnchá Wěiyuánhuì"). 中央纪委 of 中共中央纪律检查委员会 (中央 + 纪 + 委), 中央军委 of 中央军事委员会, 北大 of
    北京大学; not 欧洲央行 (央 ends 中央), nor any run of a form whose pinyin gives no words of its length. An
    organisation's name only: a transliterated person's pinyin is spaced a syllable a word (佐科 of 佐科威 stays a
    guess)."""
    if not entry.pinyin or entry.type != "org":
        return False
    sizes = _pinyin_word_sizes(entry.pinyin)
    for form in (entry.zh, entry.zh_hant):
        if not form or sum(sizes) != len(form) or len(sizes) < 2:
            continue
        words = list(itertools.accumulate(sizes, initial=0))
        if _from_word_starts([form[i:j] for i, j in itertools.pairwise(words)], run) >= 2:
            return True
    return False


def _from_word_starts(words: Sequence[str], run: str) -> int:
    """The most words of `words` whose first characters, taken in order (a word's first one or more, or none of it),
    make up `run`; 0 if none do. 中央纪委 of [中, 共, 中央, 纪律, 检查, 委员会]: 3 (中央 + 纪 + 委)."""
    if not run:
        return 0
    best = 0
    for k, word in enumerate(words):
        kept = 0
        while kept < len(word) and kept < len(run) and word[kept] == run[kept]:
            kept += 1
            rest = _from_word_starts(words[k + 1 :], run[kept:]) if kept < len(run) else 0
            if kept == len(run) or rest:
                best = max(best, 1 + rest)
    return best


def _name_parts(forms: Iterable[str], source: str) -> list[str]:
    """The shorter names inside a person's Chinese `forms` that `source` writes: each form's leading and trailing
    parts of two characters or more, longest first, cut between characters (a name separator at the cut dropped).

    艾萨克·牛顿 -> 牛顿 for a source that writes 牛顿; 鸠山由纪夫 -> 鸠山 for one that writes 鸠山. Each part once.
    """
    out: list[str] = []
    for form in forms:
        for size in range(len(form) - 1, 1, -1):
            for part in (form[:size], form[-size:]):
                part = part.strip(NAME_SEPARATORS)
                if len(part) > 1 and part not in out and part in source:
                    out.append(part)
    out.sort(key=len, reverse=True)
    return out


def _ordinary_at_start(mention: Mention, text: str) -> bool:
    """Tell whether a target name is an ordinary word whose capital only starts a sentence (`zhgloss.english_case`).

    "Rice prices rose." names no 赖斯 the source lacks: such a word is never `unexpected`. It still renders a name
    the source writes ("Rice said." for 赖斯说), so the matching keeps it (`Annotator.spans`'s `sentence_case`).
    A form the entry lists in `safe_forms`, or an `always_gloss` entry, is a name wherever it stands.
    """
    entry = mention.entry
    if entry.always_gloss or mention.surface in entry.safe_forms or has_cjk(mention.surface):
        return False
    return is_ordinary_at(text, mention.start, mention.end)


def _in_longer_name(mention: Mention, text: str, taken: bytearray | None = None) -> bool:
    """Tell whether a one-word name found in the translation is one word of a longer name.

    "Jack" (杰克, CC-CEDICT's "Jack (name)") in "Jack Ma", "Richard" in "Richard Liu": a given or family name
    written beside another capitalised word names whoever the whole name is, which the glossary may lack; it is no
    evidence of a 杰克 the source leaves out (`unexpected`). A one-word person's name alone ("Jack said") still is.
    With `taken` (the target's names and renderings, one byte a character), any other one-word name too, where the
    capitalised word beside it is no name of the target's: "Congress" (国会) in "the 20th National Congress of the
    Communist Party", "York" in "York University", "Japan" in "Japan Airlines". A title after it is none ("Taiwan
    President Lai": `_name_goes_on`), nor a name ("US Congress" names 国会; "Beijing Olympics" 奥运会).
    """
    if " " in mention.surface:
        return False
    if mention.entry.type != "person":
        return taken is not None and _beside_other_words(mention, text, taken)
    if _CAPITALISED_AFTER_RE.match(text, mention.end) is not None:
        return True
    # A word before it is a name's only where no sentence starts with it ("Yesterday Jack said" names Jack).
    before = _CAPITALISED_BEFORE_RE.search(text, 0, mention.start)
    return before is not None and _SENTENCE_START_RE.search(text, 0, before.start()) is None


# A word after a company's name that is still that company: its legal form or holding word ("Xiaomi Corp", "Tencent
# Holdings"), as `forms.without_legal_form` takes off, or a word of the company's own legal name that names its
# trade ("Huawei Technologies", "Samsung Electronics", "Toyota Motor": `forms.COMPANY_TRADE_WORDS`, the words
# `forms.company_short_forms` takes off), which names no brand or product.
_COMPANY_WORD_RE = re.compile(rf"(?:{LEGAL_FORM}|Holdings?|Group|{COMPANY_TRADE_WORDS})(?:['’]s?)?(?![\w'’-])")


_LOWER_WORD_RE = re.compile(r"[a-z]+(?![\w'’-])")
_POSSESSIVE_END_RE = re.compile(r"['’]s\Z")


def _english_word_at(text: str, start: int, entry: Entry) -> bool:
    """Tell whether `text` writes an English word in lower case at `start` ("An apple released ...") where a name of
    `entry` is that word capitalised ('Apple'): a name found there in any case (`find_rendering`) is the word, no
    spelling of the name ("zou tao" for 'Zou Tao' is two words, and no English ones)."""
    match = _LOWER_WORD_RE.match(text, start)
    return match is not None and written_as_english_word(match.group(), entry.en_forms)


_HAN_RUN_RE = re.compile(f"{CJK_PATTERN}{{2,}}")
_PINYIN_LETTERS_RE = re.compile("[a-z]+")


def _read_in_source(surface: str, source: str) -> bool:
    """Tell whether the English `surface` is the toneless pinyin of two or more characters `source` writes together,
    in any spacing ("Ping An" of 平安 in 中国平安, "Dongfeng" of 东风 in 东风汽车, "Changan" or "Chang'an" of 长安):
    any reading of each character (`zhgloss.pinyin.heteronyms`: 行 háng or xíng). A translation that spells what
    the source writes renders it, though the glossary's entry of that spelling is another thing spelt alike (平安县
    'Ping'an', 东丰 'Dongfeng'), which the source does not name. Letters only: a surface with a digit or a letter
    pinyin has no (ü as "u" or "v") reads as nothing."""
    key = "".join(c for c in fold_latin(surface) if not c.isspace())
    if len(key) < 4 or _PINYIN_LETTERS_RE.fullmatch(key) is None or not has_cjk(source):
        return False
    return any(
        _spells(key, run, start, 0)
        for run in (m.group() for m in _HAN_RUN_RE.finditer(source))
        for start in range(len(run) - 1)
    )


def _spells(key: str, run: str, at: int, done: int, first: int = -1) -> bool:
    """Tell whether `key[done:]` is the toneless pinyin of `run[at:]`'s first characters, two or more in all from
    `first` (`_read_in_source`). A closure would do, but a recursive one is a reference cycle (`Checker.check` pauses
    the cyclic collector)."""
    from zhgloss.pinyin import heteronyms

    if first < 0:
        first = at
    if done == len(key):
        return at - first >= 2
    if at == len(run):
        return False
    for reading in {r.rstrip("012345") for r in heteronyms(run[at])}:
        for spelling in {reading, reading.replace("v", "u")}:
            if key.startswith(spelling, done) and _spells(key, run, at + 1, done + len(spelling), first):
                return True
    return False


_MODIFIED_NOUN_RE = re.compile(r"\s+[a-z]{3,}\b")


def _compound_written(mention: Mention, source: str, text: str) -> str | None:
    """The word of two characters `source` writes that starts with the first character of the Chinese of `mention`'s
    entry, an event's (a festival's), and goes on with another word's (春运 of 春节 and 运输, 'Spring Festival' and
    transport), where the translation `text` writes the name as the modifier of a noun in lower case ("the Spring
    Festival travel rush"), or None. Events only: a place's or a company's name before a verb ("Dongfeng announced")
    is a subject, and 东京 no word of 东丰's. Chinese shortens a phrase of two words to their first characters; the
    name is one of them. Only a word of jieba's counts (`zhgloss.segment.bundled_counts`): 春运 is one."""
    if mention.entry.type != "event" or _MODIFIED_NOUN_RE.match(text, mention.end) is None:
        return None
    from zhgloss.segment import bundled_counts

    counts = bundled_counts()
    for form in mention.entry.zh_forms:
        if len(form) < 2:
            continue
        at = source.find(form[0])
        while at != -1:
            word = source[at : at + 2]
            if len(word) == 2 and word[1] != form[1] and has_cjk(word[1]) and counts.get(word):
                return word
            at = source.find(form[0], at + 1)
    return None


def _renders_no_name(mention: Mention, text: str, target: Sequence[Mention]) -> bool:
    """Tell whether a one-word name other than a person's, found in the translation `text`, is written as no name of
    its entry: an English word in lower case where the name is capitalised ("An apple released a new phone." for
    苹果公司 'Apple'), or the first word of a longer name, a capitalised word after it that is no title, legal form
    or name of the translation's own `target` ("Apple Music" for 'Apple'; "Apple CEO Tim Cook", "Xiaomi Corp" and
    "Beijing Olympics", 奥运会 found, still render theirs). Such a word renders no source name; it is no `unexpected`
    either (`_in_longer_name`)."""
    surface = mention.surface
    if mention.entry.type != "org" or " " in surface or "-" in surface or not surface[:1].isalpha():
        return False
    return _starts_other_name(text, mention.end, target)


# A Chinese company word: a source that writes one after a company's name (苹果公司, 腾讯集团) names the company itself,
# not a brand or unit named after it (腾讯音乐 Tencent Music, 小米之家 Xiaomi Home, 百度地图 Baidu Maps).
_CHINESE_COMPANY_WORD_RE = re.compile("(?:有限)?(?:公司|集团|控股|股份)")

# What may follow a company's name where it is the company alone, no brand's first word: no character of a word
# (a mark, a space, the end), a word of grammar, or a verb of what a company does or says (微软发布, 微软称: the
# company). Not a Han word of the brand's own (腾讯视频, 小米之家) nor Latin letters or digits (华为Mate 60).
_CHINESE_NAME_ENDS_RE = re.compile(
    r"(?:\Z|[^\w]|[的了和与及跟在是对把被将从向等也就又还到]"
    "|表示|宣布|发布|公布|推出|称|说|计划|决定|收购|披露|发表|预计|认为|指出|透露|强调|今天|昨天|近日|日前)"
)


def _named_as_company(entry: Entry, source: str, brand: str | None = None) -> bool:
    """Tell whether `source` writes `entry` only as a company: each place it writes one of the entry's Chinese
    forms, the form ends with a company word or one follows it (苹果公司, 腾讯集团; not 腾讯音乐, 阿里健康), or no word
    of a brand's own follows it (_CHINESE_NAME_ENDS_RE: 微软发布了新版本, 微软称) and its clause writes no brand in
    Latin letters (`_writes_latin_brand`; `brand`, the word a translation writes after the company's name, if
    given: that brand). Only then is "Apple Music" or "Microsoft Windows" no rendering of it (`_renders_no_name`): a
    translation names 腾讯音乐 "Tencent Music" rightly, and the source names no Windows (the thirtieth session's note:
    "Microsoft Windows" for 微软 passed)."""
    places = [
        (form, at)
        for form in entry.zh_forms
        for at in (m.start() for m in re.finditer(re.escape(form), source))
        if form
    ]
    return bool(places) and all(
        _CHINESE_COMPANY_WORD_RE.search(form[-4:]) is not None
        or _CHINESE_COMPANY_WORD_RE.match(source, at + len(form)) is not None
        or (
            _CHINESE_NAME_ENDS_RE.match(source, at + len(form)) is not None
            and not _writes_latin_brand(source, at, at + len(form), brand)
        )
        for form, at in places
    )


# A mark that ends a clause of Chinese prose, or a line.
_CLAUSE_END_RE = re.compile(r"[，。；！？：,;!?\n]")
_LATIN_WORD_RE = re.compile("[A-Za-z]")


def _writes_latin_brand(source: str, start: int, end: int, brand: str | None = None) -> bool:
    """Tell whether the clause of `source` around `source[start:end]` writes Latin letters: a brand or product the
    source names in its own spelling (微软的Office, 谷歌今天发布了Gemini), which a translation names after the
    company ("Microsoft Office", "Google Gemini") rightly. Digits alone (2024年) are none.

    With `brand`, the word a translation writes after the company's name ("Office" of "Microsoft Office"), only that
    word counts, written whole in any case: the clause's other Latin letters name something else, the news source
    (据CNBC报道微软发布了新版本) or another company, and no brand of this one the translation may name."""
    clause_start = max((m.end() for m in _CLAUSE_END_RE.finditer(source, 0, start)), default=0)
    clause_end = _CLAUSE_END_RE.search(source, end)
    stop = clause_end.start() if clause_end is not None else len(source)
    if brand is not None:
        written = re.compile(rf"(?<![A-Za-z]){re.escape(brand)}(?![A-Za-z])", re.IGNORECASE)
        return written.search(source, clause_start, stop) is not None
    return _LATIN_WORD_RE.search(source, clause_start, start) is not None or (
        _LATIN_WORD_RE.search(source, end, stop) is not None
    )


_LATIN_RUN_RE = re.compile("[A-Za-z]+")


def _brand_after(text: str, end: int) -> str | None:
    """The letters of the capitalised word right after `text[:end]` across a space or hyphen ("Office" of "Microsoft
    Office released"), or None: the brand a translation names after a company's name."""
    after = _CAPITALISED_AFTER_RE.match(text, end)
    if after is None:
        return None
    letters = _LATIN_RUN_RE.match(text, after.start() + 1)
    return letters.group() if letters is not None else None


def _starts_other_name(text: str, end: int, target: Sequence[Mention]) -> bool:
    """Tell whether a capitalised word follows `text[:end]` that makes it part of another name: no title
    (`_name_goes_on`), legal form or holding word, nor the start of a name of the translation's own `target`."""
    if not _name_goes_on(text, end):
        return False
    after = _CAPITALISED_AFTER_RE.match(text, end)
    if after is None or _COMPANY_WORD_RE.match(text, after.start() + 1):
        return False
    return not any(m.start <= after.start() + 1 < m.end for m in target)


def _beside_other_words(mention: Mention, text: str, taken: bytearray) -> bool:
    """`_in_longer_name` of a one-word name other than a person's: a capitalised word that is no target name stands
    right after it (no title), or right before it where no sentence starts."""
    if _name_goes_on(text, mention.end):
        after = _CAPITALISED_AFTER_RE.match(text, mention.end)
        if after is not None and taken.find(1, after.start() + 1, after.end()) < 0:
            return True
    before = _CAPITALISED_BEFORE_RE.search(text, 0, mention.start)
    return (
        before is not None
        and taken.find(1, before.start(), before.end() - 1) < 0
        and _SENTENCE_START_RE.search(text, 0, before.start()) is None
    )


def _name_before(text: str, start: int) -> bool:
    """Tell whether a capitalised word joins `text[start:]` on the left: "South |Korean", "New |York".

    A sentence's first word is capitalised too, but only a word of `_OPENING_WORDS` opens a sentence without
    starting a name ("The |Chinese economy"); any other ("South Korean leaders said") counts.
    """
    before = _CAPITALISED_BEFORE_RE.search(text, 0, start)
    if before is None:
        return False
    word = text[before.start() : start].rstrip(" -")
    return word not in _OPENING_WORDS or _SENTENCE_START_RE.search(text, 0, before.start()) is None


# The determiners, prepositions and conjunctions that open an English sentence before a country's adjective.
_OPENING_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "Of",
        "To",
        "With",
        "As",
        "And",
        "But",
        "Or",
        "Both",
        "All",
        "Some",
        "Many",
        "Most",
        "Several",
        "Two",
        "Three",
        # Words before a title in a sentence's first words ("Former Russian President", "Then Chinese leader").
        "Former",
        "Then",
        "Late",
        "Outgoing",
        "Incoming",
        "Acting",
        "Current",
        "Interim",
        # Openers of a clause.
        "After",
        "Before",
        "When",
        "While",
        "Since",
        "During",
        "Under",
        "Despite",
        "Although",
        "According",
        "Meanwhile",
        "Last",
        "This",
        "That",
        "These",
        "Those",
    ]
)
# A capitalised word right after or before a name, joined by one space or hyphen ("Jack| Ma", "Tim |Cook").
_CAPITALISED_AFTER_RE = re.compile(r"[ -][A-Z][\w'’-]*")
_CAPITALISED_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*[ -]\Z")
# A capitalised word in the possessive right before a name ("China's |Communist Party").
_POSSESSIVE_BEFORE_RE = re.compile(r"\b[A-Z][\w-]*['’]s \Z")
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?:;][\"'’”)]*\s+)\Z")


@functools.lru_cache(maxsize=4096)
def _named_like_a_person(entry: Entry) -> bool:
    """Tell whether an untyped entry (`name`) is a Chinese person's name by its own forms: two to four Chinese
    characters that start with a surname (`pinyin.romanize`), and an English of two words or more that writes that
    surname at one end, in pinyin or as Wade-Giles or Hong Kong spell it (`adopted.surname_keys`): 雷军 "Lei Jun",
    余光中 "Yu Kwang-chung". A termbase's people come in untyped (TBX has no type for a person), and the other order
    of their names ("Kwang-chung Yu") is then `order`, as for a `person`, not a misspelling. Or a foreign person's
    name, by guess (`_foreign_person_by_guess`: a sheet's 默茨 "Friedrich Merz")."""
    from zhgloss.adopted import surname_keys
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import romanize
    from zhgloss.script import is_cjk

    zh, words = entry.zh or "", entry.en.split()
    if entry.type != "name" or len(words) < 2:
        return False
    if _foreign_person_by_guess(entry):
        return True
    if not 2 <= len(zh) <= 4 or not all(map(is_cjk, zh)):
        return False
    try:
        if not romanize(zh).surname_known:
            return False
    except ZhglossError:
        return False
    keys = surname_keys(zh)
    return en_key(words[0]) in keys or en_key(words[-1]) in keys


# A person's full name as a sheet writes its English: two to four words, the first and the last capitalised, particles
# between ("Friedrich Merz", "JD Vance", "Ursula von der Leyen"); as annotate's `glossrules._FULL_NAME_RE` reads one.
_FOREIGN_FULL_NAME_RE = re.compile(r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,2} [A-Z][\w.'’-]*")


_PERSON_TITLE_WORDS = frozenset(word.lower() for word in TITLE_WORDS) | ROLE_WORDS
# The last character of a Chinese place's, feature's or body's name (县, 山, 河, 湖, 角, 党 …): no foreign person's
# transliterated family name ends so (`_foreign_person_by_guess`: 马尔卡河 "Malka River", 八宝山 "Mt Babao").
_NOT_A_FAMILY_NAME_END = frozenset("国國市省县縣区區州镇鎮乡鄉村山河湖海江峰岛島角港湾灣党黨")
# The generic last word of a place's, a feature's, a body's or a medium's English name ("Andes Mountains", "Taiwan
# Television", "Malka River"): annotate's feature and organisation words, and the few more a sheet's names end on.
_NOT_A_FAMILY_NAME = (
    _PLACE_WORDS
    | ORGANISATION_WORDS
    | INSTITUTION_WORDS
    | {"Mountains", "Hills", "Television", "Radio", "News", "Times"}
)
_NOT_A_FAMILY_NAME |= {"Post", "Daily", "Journal", "City", "County", "District", "Province", "Prefecture", "Region"}
_NOT_A_FAMILY_NAME |= {"State", "Empire", "Dynasty", "Kingdom", "Republic", "Island", "Islands", "Airport", "Station"}
# The words before a place's name in English that are no given name ("Mt Babao", "St Helena", "Cape Kennedy").
_PLACE_HEAD_WORDS = frozenset({"mt", "mount", "st", "ste", "saint", "san", "santa", "cape", "lake", "fort", "port"})
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "dos", "das", "la", "le", "bin", "al"}
)


def _may_name_a_person(word: str) -> bool:
    """Tell whether `word`, a word of an English full name before its last, may be a person's given or middle name or
    a particle between them: a particle ("von der Leyen"), or a capitalised word that is no place's head word ("Mt",
    "Cape", "St") and either a given name of the 1990 US Census's (`adopted.english_given_names`: "Mark", "Angela")
    or no ordinary English word ("Friedrich", "Volodymyr"; not "South Carolina", "Inner Mongolia", "Taiwan
    Television": the words `english_case.lower_words` and `formats.cedict.english_words` list)."""
    from zhgloss.adopted import english_given_names
    from zhgloss.formats.cedict import english_words

    key = word.lower().strip(".,")
    if key in _NAME_PARTICLES:
        return True
    if not word[:1].isupper() or key in _PLACE_HEAD_WORDS:
        return False
    return key in english_given_names() or (key not in lower_words() and key not in english_words())


def _foreign_person_by_guess(entry: Entry) -> bool:
    """Tell whether an untyped entry (`name`) of the user's own (not the CC-CEDICT import's, which types every line of
    a person person) reads as a foreign person's name: its English a full name (`_FOREIGN_FULL_NAME_RE`) with no word
    of a company (`_COMPANY_WORD_RE`: "Tesla Motors"), a title or an office (`forms.TITLE_WORDS`, `ROLE_WORDS`), and
    its Chinese the family name's transliteration, as Chinese news writes a foreign person: the Chinese (after its
    last name dot, if dotted) sounds the English's last word (`harvest.transliteration_cost` within
    `harvest.TRANSLITERATION_COST`, the bar `harvest` says a transliteration by: 默茨 "Friedrich Merz", 默克尔 "Angela
    Merkel", 泽连斯基 "Volodymyr Zelensky", 齐内丁·齐达内 "Zinedine Zidane"); or its last two characters or more do
    and the first word is a given name (the 1990 US Census's first names, `adopted.english_given_names`); or it is a
    Japanese name whose family name the surname's last character tells (`japanese.japanese_surname_word`: 高市早苗
    "Sanae Takaichi"). A guess: a two-column sheet says no type (the review's R48-1 addendum 3), and `check` names the
    entries it read so in its summary (`CheckReport.guessed`). Not 华尔街日报 "Wall Street Journal", 宜兰县 "Yilan
    County", 古希腊语 "Ancient Greek", 路易威登 "Louis Vuitton" … (none sounds its last word whole)."""
    from zhgloss.adopted import english_given_names
    from zhgloss.formats.cedict import CEDICT_SOURCE
    from zhgloss.japanese import japanese_surname_word

    en, zh = entry.en, entry.zh or ""
    if entry.type != "name" or not zh or CEDICT_SOURCE in entry.sources or not _FOREIGN_FULL_NAME_RE.fullmatch(en):
        return False
    words = en.split()
    lowered = {word.lower().strip(".,") for word in words}
    if any(_COMPANY_WORD_RE.fullmatch(word) for word in words) or not lowered.isdisjoint(_PERSON_TITLE_WORDS):
        return False
    family = re.split(f"[{NAME_SEPARATORS}]", zh)[-1]
    if (
        family[-1:] in _NOT_A_FAMILY_NAME_END
        or words[-1] in _NOT_A_FAMILY_NAME
        or not all(map(_may_name_a_person, words[:-1]))
    ):
        return False
    from zhgloss.harvest import TRANSLITERATION_COST, transliteration_cost

    if len(family) >= 2 and transliteration_cost(family, words[-1]) <= TRANSLITERATION_COST:
        return True
    if en_key(words[0]) in english_given_names() and any(
        transliteration_cost(family[i:], words[-1]) <= TRANSLITERATION_COST for i in range(1, len(family) - 1)
    ):
        return True
    return len(words) == 2 and japanese_surname_word(zh, en) is not None


# A word of an English form, as `_is_inside_accepted` reads runs of them: letters and digits, joined by ' - or .
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# The most words of an English form looked for around a banned one ("Industrial and Commercial Bank of China").
_LONGEST_FORM_WORDS = 8


def _inside(start: int, end: int, outer_start: int, outer_end: int) -> bool:
    """Tell whether the span start..end lies inside the longer span outer_start..outer_end."""
    return outer_start <= start and end <= outer_end and outer_end - outer_start > end - start


def is_checked(entry: Entry) -> bool:
    """Tell whether a translation must render the entry: a name, or a phrase the glossary fixes.

    A dictionary's common words (CC-CEDICT's terms, and its headwords glossed without a capital
    such as 年 "year") have glosses, not renderings a translation must use. The source matcher
    still knows them, so that 陈年老酒 ("aged wine") is not read as the name 陈年 Chen Nian.
    A term with forbidden forms (a TBX term with a deprecated rendering) is checked: it is controlled.
    A draft entry (`harvest --unknown --add`) is not: its English is a machine's guess that nobody
    has confirmed, and a translation that writes the name right ("Blinken" for 布林肯, drafted
    "Bu Linken") must not fail against it. The source matcher knows it all the same.
    """
    if entry.draft:
        return False
    return entry.type == "phrase" or not is_wording(entry) or bool(entry.forbidden)


def name_entries(entries: Iterable[Entry]) -> Iterator[Entry]:
    """Yield the entries a target matcher needs: the names, not the wording (see `Checker`)."""
    return (e for e in entries if not is_wording(e))


def name_places(columns: EntryColumns) -> list[int]:
    """The positions of the entries `name_entries` yields of `columns`, read a column at a time."""
    return list(compress(range(len(columns)), map(not_, are_wording(columns))))


_INITIALISM_RE = re.compile(r"[A-Z]{2,4}")
# Words an initialism skips ("People's Republic of China" -> PRC), as English writes them inside a name.
_INITIALISM_SKIPS = frozenset(["of", "and", "the", "for", "in", "on", "at", "&"])


# The types whose names English abbreviates by their initials: places, organisations, and CC-CEDICT's untyped names,
# among them 联合国 'United Nations' ("UN") and 联合王国 'United Kingdom' (its import types a line only where the line
# says what it is). Persons are written by name, not by initials.
_INITIALISM_TYPES = frozenset({"place", "org", "name"})


_BODY_HEAD_NOUNS = frozenset(
    ("Commission", "Council", "Committee", "Bank", "Fund", "Party", "Ministry", "Organization", "Organisation", "Union",
     "Agency", "Court", "Assembly", "Parliament", "Congress", "Administration", "Bureau", "Federation", "Association",
     "Academy", "Foundation", "Alliance", "Board", "Exchange", "Authority")
)  # fmt: skip
"""The head nouns news refers back to a body by, with "the" and a capital ("the Commission", "the Bank", "the
Party"): `Checker._rendered_by_head_noun`. Not "Group" or "Company", which copy writes as the firm's own name."""
_HEAD_OF_BODY_RE = re.compile(r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) of (?:the )?([A-Z].+)")
"""A body's organ named after it: "Central Committee of the Communist Party of China" (`_rendered_by_body_initials`)."""
_OF_COUNTRY_RE = re.compile(r"(.+?) of (?:the )?(?:People's Republic of )?China")
"""A body's name ending with its country, which English leaves off where the country is plain: "Communist Party of
China" -> "Communist Party"."""


def initials(name: str, *, of: bool = False) -> str | None:
    """Return the initialism English writes for a name of two to five capitalised words, or None.

    "United Kingdom" -> "UK", "European Union" -> "EU", "People's Republic of China" -> "PRC" (the small words of
    `_INITIALISM_SKIPS` left out, as news style abbreviates such names); None for one word, a word in lower case
    other than those, or a word that is not letters ("Xiaomi 14", "Jack Ma"'s two words are a person's: the caller
    asks for `_INITIALISM_TYPES` only). With `of`, the other way banks are abbreviated, "of" kept as O: "People's
    Bank of China" -> "PBOC", "Bank of Japan" -> "BOJ"; None for a name without "of".
    """
    if of and " of " not in name:
        return None
    skips = _INITIALISM_SKIPS - {"of"} if of else _INITIALISM_SKIPS
    words = [w.capitalize() if w == "of" else w for w in name.replace("-", " ").split() if w not in skips]
    if not 2 <= len(words) <= 5 or not all(w[:1].isascii() and w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _is_short_form(entry: Entry, surface: str, full: str) -> bool:
    """Tell whether `surface` is the short form news copy writes for `entry` after naming it `full`: capitals of two to
    eight letters that are `full`'s initials (`initials`: "IMF" of "International Monetary Fund", "PBOC" of
    "People's Bank of China") or an alias of the entry written so (民进党's "DPP", 国民党's "KMT"). A person's
    initials are no such form: news names people by their family name (`_without_family_name`)."""
    if entry.type == "person" or not (2 <= len(surface) <= 8 and surface.isascii() and surface.isupper()):
        return False
    letters = surface.replace(".", "")
    return letters in (initials(full), initials(full, of=True)) or surface in entry.aliases


class _Introduced(dict[str, "Entry"]):
    """The names a translation has rendered so far in a document, by entry id; and its people by family name."""

    def __init__(self) -> None:
        super().__init__()
        self._families: dict[str, Entry] = {}
        self._indexed = 0

    def family(self, key: str, info: Callable[[Entry], _EntryInfo]) -> Entry | None:
        """Return the first person named so far whose family name alone (`_EntryInfo.short`) has `key`; else None."""
        if self._indexed < len(self):
            # Names are only ever added: index those added since the last call (a dict keeps their order).
            for person in list(self.values())[self._indexed :]:
                if person.type == "person" or _named_like_a_person(person):
                    for short in info(person).short:
                        self._families.setdefault(short, person)
            self._indexed = len(self)
        return self._families.get(key)


class _EntryInfo:
    """What the checks derive from one entry, computed once per entry."""

    def __init__(self, entry: Entry) -> None:
        # An untyped name that reads as a person's (`_named_like_a_person`: a termbase's people) has a person's
        # renderings: its family name alone after the full name ("Zhong said." for Zhong Nanshan), the other order.
        as_person = entry.replace(type="person") if _named_like_a_person(entry) else entry
        self.surname = surname(as_person)
        self.forms = FormTable(as_person)
        # A family name alone, in any spelling of it ("Lü", "Lyu", "Lu"): folded key -> the rendering.
        self.short = {match_key(r.text): r.text for r in self.forms.short_forms()}
        # Every whole-name rendering by folded key: what the engine leaves out (no capital) is looked up here.
        self.whole = dict.fromkeys(k for k, r in self.forms.by_key.items() if r.status != "short")
        # An initialism is written with full stops too, as AP and Chicago style write it: "U.S." for "US", "U.K.".
        self.whole.update(
            dict.fromkeys(".".join(form.lower()) + "." for form in entry.en_forms if _INITIALISM_RE.fullmatch(form))
        )
        self.keys = {en_key(form) for form in entry.en_forms}
        # A currency's price: its sign or code before the number, or its code after it ("HK$40", "HKD 40", "40 HKD").
        self.price: re.Pattern[str] | None = None
        signs = currency_signs(entry)
        if signs:
            before = "|".join(map(re.escape, sorted(signs, key=len, reverse=True)))
            codes = "|".join(sign for sign in signs if sign.isalpha() and sign.isupper())
            after = rf"|(?<=\d) ?(?:{codes})(?![^\W_])" if codes else ""
            self.price = re.compile(rf"(?<![^\W_]|[$¥€£₩₹])(?:{before}) ?(?=\d){after}")
        # The initials of a place's or organisation's name the entry does not list ("UK", "U.K." for United Kingdom):
        # folded key -> (as written, the form it abbreviates).
        self.initialisms: dict[str, tuple[str, str]] = {}
        if entry.type in _INITIALISM_TYPES:
            listed = {form.upper() for form in entry.en_forms}
            for form in entry.en_forms:
                for letters in (initials(form), initials(form, of=True)):
                    if letters is not None and letters not in listed:
                        for written in (letters, ".".join(letters) + "."):
                            self.initialisms.setdefault(written.lower(), (written, form))
        self.words = {w for form in entry.en_forms for w in en_words(form)} - _GENERIC_WORDS
        # Reversal and near misses are about names: phrases vary in wording, not spelling.
        is_name = not is_wording(entry)
        self.reversed: list[tuple[re.Pattern[str], str]] = []  # over the target as `fold_latin` folds it
        self.reversed_patterns: set[str] = set()
        self.fuzzy: list[tuple[str, str, int, bool]] = []
        self.free: list[tuple[str, str, bool, bool]] = []
        # Forbidden forms by folded key, longest first, so "Peking University" wins over "Peking"; those that differ
        # from an accepted form only in case ("TenCent" beside "Tencent") as written (`FormTable.exact`).
        self.forbidden = sorted(self.forms.forbidden, key=len, reverse=True)
        self.forbidden_exact = sorted(self.forms.exact, key=len, reverse=True)
        person_like = entry.type == "person" or _named_like_a_person(entry)
        # A Chinese person's name with the family name written in pinyin where the person's own English spells it
        # otherwise (Hong Kong's "John Lee" as "John Li", "Donald Tsang" as "Donald Zeng": the user's U36-15), as a
        # pattern over `fold_latin` text, the form, and what is wrong: `_SegmentCheck.find_pinyin_surname`.
        self.pinyin_surnamed: list[tuple[re.Pattern[str], str, str]] = []
        family = family_name(entry) if entry.type == "person" and entry.pinyin else None
        spelt = fold_latin(entry.pinyin.split()[0]) if family and entry.pinyin else ""
        if family and spelt and en_key(spelt) != en_key(family) and _spells_first_character(entry, family):
            pinyin_family = spelt[:1].upper() + spelt[1:]
            surname_zh = (entry.zh or entry.zh_hant or "")[: len(split_syllables(spelt.replace("-", "")) or [""])]
            note = f"the family name in pinyin, {pinyin_family} of {surname_zh}, where {entry.en} spells it {family}"
            for form in entry.en_forms:
                words = form.split()
                if family in words:
                    swapped = [pinyin_family if word == family else word for word in words]
                    # Longest first; and the adopted given name with the family name alone ("Paul Chen" of "Paul
                    # Chan Mo-po"), as copy writes it.
                    shorter = [swapped[0], pinyin_family] if len(words) > 2 and words[1] == family else None
                    for spelling in filter(None, (swapped, shorter)):
                        self.pinyin_surnamed.append((re.compile(_any_spacing(spelling)), form, note))
        for form in entry.en_forms:
            words = form.split()
            if person_like and len(words) >= 2:
                # The family name at the other end, whichever end it is: "Ing-wen Tsai", "Ing Wen Tsai".
                for moved in ([*words[1:], words[0]], [words[-1], *words[:-1]]):
                    pattern = _any_spacing(moved)
                    if match_key(" ".join(moved)) != match_key(form) and pattern not in self.reversed_patterns:
                        self.reversed_patterns.add(pattern)
                        self.reversed.append((re.compile(pattern), form))
            key = en_key(form)
            # A form with no capital letter is a word, not a name: no near misses for "year".
            if is_name and len(key) >= FUZZY_MIN_KEY and not any(c.isdigit() for c in key) and form != form.lower():
                self.fuzzy.append((form, key, len(words), form[:1].isupper()))
            if not is_name and len(form.lower()) == len(form):
                self.free.append((form.lower(), form, is_word_char(form[0]), is_word_char(form[-1])))

    @functools.cached_property
    def romanized(self) -> list[tuple[re.Pattern[str], bool, str]]:
        """`_romanized_patterns` of the entry, built when first asked (only for a name the target does not render)."""
        return _romanized_patterns(self.forms.entry, self.whole)


def _romanized_patterns(entry: Entry, whole: dict[str, None]) -> list[tuple[re.Pattern[str], bool, str]]:
    """Patterns over `fold_latin` text for a person's name written in a romanization of its Chinese other than the
    glossary's English: (pattern, whether given name first, the system's name). [] for others.

    The systems: the entry's own Hanyu Pinyin (`Entry.pinyin`; "Shao Yifu" for 邵逸夫 'Run Run Shaw'), and Wade-Giles
    made of it a syllable at a time (`wade_giles`; "Mao Tse-tung" for 毛泽东 'Mao Zedong'). Family name first, as both
    write a Chinese name (GB/T 28039 §5.1.1), or given name first ("Yifu Shao"); in any spacing (`_any_spacing`:
    "Shao Yi-fu", "ShaoYifu", "Ch'en", "Chen"). A romanization that is one of the entry's renderings already (a
    pinyin 'Qian Xuesen', a Wade-Giles 'Chiang Kai-shek') makes none.
    """
    words = pinyin_words_of(entry.pinyin)
    if entry.type not in _ROMANIZED_TYPES or not words or any(has_cjk(w) for w in words):
        return []
    person = entry.type == "person"
    out: list[tuple[re.Pattern[str], bool, str]] = []
    seen = set(whole)
    for system, spelled in (("Hanyu Pinyin", words), ("Wade-Giles", wade_giles(words))):
        if not spelled or (key := match_key(" ".join(spelled))) in seen:
            continue
        seen.add(key)
        out.append((re.compile(_any_spacing(spelled)), False, system))
        if person and len(spelled) > 1:
            out.append((re.compile(_any_spacing([*spelled[1:], spelled[0]])), True, system))
    return out


# The types of an entry whose name copy may write in another romanization of its Chinese: a person's (Mao Tse-tung),
# a place's (Yenan, Chengtu: Wade-Giles; Nanking, Tientsin: the postal spellings), and a name of no type (a
# termbase's place, CC-CEDICT's countries).
_ROMANIZED_TYPES = frozenset({"person", "place", "name"})
_CAPITALISED_WORD_RE = re.compile(r"(?<![^\W_])[A-Z][a-z]+(?![^\W_])")


def _postal_spelling_at(text: str, entry: Entry, free: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The leftmost free capitalised word of `text` that the postal romanization spells a Chinese form of `entry` by
    ("Nanking" for 南京, "Tientsin" for 天津: `zhgloss.romanizations.postal_places`), as (start, end), or None."""
    forms = set(entry.zh_forms)
    for match in _CAPITALISED_WORD_RE.finditer(text):
        if not forms.isdisjoint(postal_places(match.group())) and free(match.start(), match.end()):
            return match.start(), match.end()
    return None


def wade_giles(words: Sequence[str]) -> list[str]:
    """Return pinyin `words` (toneless, as `pinyin_words_of` gives them) in Wade-Giles, or [] if a word is no pinyin.

    Each word is cut into syllables (`zhgloss.pinyin.cut_syllables`) and each syllable spelled by the table; a word of
    several syllables joins them with hyphens, the first capitalised as the word is: ["Mao", "Zedong"] ->
    ["Mao", "Tse-tung"], ["Chen", "Duxiu"] -> ["Ch'en", "Tu-hsiu"].
    """
    from zhgloss.pinyin import cut_syllables

    table = wade_giles_syllables()
    out: list[str] = []
    for word in words:
        # Pinyin's apostrophe marks a syllable's edge (Yan'an, Xi'an): each part is cut on its own.
        syllables = []
        for part in re.split("['\u2019]", word.lower().replace("ü", "v")):
            cut = cut_syllables(part)
            if not cut:
                return []
            syllables += cut
        if any(s not in table for s in syllables):
            return []
        spelled = "-".join(table[s] for s in syllables)
        out.append(spelled[:1].upper() + spelled[1:] if word[:1].isupper() else spelled)
    return out


def _any_spacing(words: Sequence[str]) -> str:
    """Return a pattern over `fold_latin` text for `words` in this order, spaced, hyphenated or joined in any way.

    README's "How names may be written": spacing, hyphens, apostrophes, case, tone marks and ü make
    variants, so "Ing-wen Tsai", "Ing Wen Tsai" and "Ingwen Tsai" are all "Tsai Ing-wen" reversed.
    """
    gap = r"[\s\-\u2010\u2011'\u2019\u00b7]?"
    parts = [gap.join(map(re.escape, (c for c in fold_latin(word) if c.isalnum()))) for word in words]
    return rf"(?<![^\W_]){gap.join(p for p in parts if p)}(?![^\W_])"


_HYPHENS_JOINING = "-\u2010\u2011"


def _cuts_hyphenated_word(text: str, start: int, end: int) -> bool:
    """Tell whether `text[start:end]` begins or ends inside a hyphenated word ("Liu Young" of "Liu Young-way"): the
    syllables a hyphen joins are one given name (README: "Ching" of "Lai Ching-te"), so 劉揚偉's own spelling "Liu
    Young-way" is no "Young Liu" reversed (U35-3)."""
    after = end + 1 < len(text) and text[end] in _HYPHENS_JOINING and text[end + 1].isalpha()
    before = start >= 2 and text[start - 1] in _HYPHENS_JOINING and text[start - 2].isalpha()
    return after or before


def _hyphenated_spelling_at(state: _SegmentCheck, entry: Entry) -> tuple[int, int] | None:
    """Find, free in the target, a person's family name (`family_name`, or the Hanyu Pinyin or Wade-Giles of the
    first character) followed by a given name of as many hyphenated syllables as the Chinese given name has
    characters ("Liu Young-way" for 刘扬伟, a Taiwan spelling neither system makes); (start, end) or None. A name of
    three characters, family name first."""
    zh = entry.zh or ""
    if entry.type != "person" or len(zh) != 3 or not all(map(has_cjk, zh)):
        return None
    words = pinyin_words_of(entry.pinyin)
    families = {f for f in (family_name(entry), *(words[:1]), *wade_giles(words[:1])) if f}
    if not families:
        return None
    syllables = len(zh) - 1
    given = r"[A-Z][a-z]+" + r"[-\u2010\u2011][a-z]+" * (syllables - 1)
    names = "|".join(re.escape(fold_latin(f).capitalize()) for f in sorted(families))
    for match in re.finditer(rf"(?<![^\W_])(?:{names})\s+{given}(?![^\W_])(?![-\u2010\u2011][^\W_])", state.text):
        if state.free(*match.span()):
            return match.span()
    return None


# A capitalised word and one space right before a name: "Jack |Ma".
_WORD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+) \Z")


def _after_given_name(text: str, start: int, own: set[str]) -> bool:
    """Tell whether an English given name (`zhgloss.adopted.english_given_names`: the US Census's) stands right before
    `text[start:]`, and is no word of `own` (a person's own name words, lower case): "Jack |Ma" names Jack Ma, so its
    "Ma" is no second mention of Pony Ma; "Pony |Ma" is his."""
    from zhgloss.adopted import english_given_names

    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is not None and (word := before.group(1).lower()) not in own and word in english_given_names()


_NAME_JOINERS = frozenset(" -\u2010\u2011")
"""What joins the words of one name (a space, a hyphen): `_name_goes_on`."""


def _name_goes_on(text: str, end: int) -> bool:
    """Tell whether a capitalised word follows `text[:end]` across one space or hyphen: the same name goes on.

    A title or occupation (`ROLE_WORDS`) is no part of the name before it: "Apple CEO Tim Cook", "Tencent Chairman
    Pony Ma" write the company's name, then the person's role.
    """
    if not (end + 1 < len(text) and text[end] in _NAME_JOINERS and text[end + 1].isupper()):
        return False
    match = _NEXT_WORD_RE.match(text, end + 1)
    return match is None or match.group().lower() not in ROLE_WORDS


# An English article before a name, as the target matcher may take in with it ("The WHO" read as 'The Who').
_ARTICLE_RE = re.compile(r"(?i)the\s+")
# The pronouns a translation may name a person by once it has named the person (`_SegmentCheck.find_pronoun`): English's
# third-person singular personal pronouns, any case ("He", "HIS"). Not "they": its referent is seldom one person.
_PRONOUN_RE = re.compile(r"(?i)\b(?:he|she|him|her|his|hers|himself|herself)\b")
_NEXT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z.\-]*")


@functools.cache
def _spaced_pattern(form: str) -> re.Pattern[str]:
    """A pattern over `fold_latin` text for `form` spaced, hyphenated or joined otherwise, any case: "euro zone" and
    "Euro-zone" for "Eurozone", "Lei-jun" for "Lei Jun" (README's "How names may be written": spacing makes a
    variant)."""
    return re.compile(_any_spacing(["".join(form.split())]))


def _capitalised_run(text: str, start: int, end: int) -> bool:
    """Tell whether the run text[start:end] starts and ends with a capitalised word, as a near miss of a name must:
    "Tencent Holdings said" is no misspelling of "Tencent Holdings Limited" ("of" may stand inside a name). A word
    hyphenated to a capitalised one is part of it, as pinyin writes a given name: "Ma Ying-jiu" ends on "Ying-jiu"."""
    last = text.rfind(" ", start, end) + 1
    return text[start].isupper() and (last <= start or not text[last].islower())


_CURRENCY_AFTER_RE = re.compile(
    r"\$|\s(?:dollars?|yuan|yen|won|pounds?|pesos?|rupees?|francs?|ringgits?|baht|patacas?|rubles?|roubles?|euros?)\b"
)
"""What makes a place's name before it a currency's: a sign ("US$", "HK$", "NT$") or the unit's word ("Hong Kong
dollars", "Japanese yen")."""
_CURRENCY_NAMER_TYPES = frozenset({"place", "name"})


_CONTEXT_GAP_RE = re.compile(r"(?:['\u2019]s)?\s+")
"""What stands between a name the translator adds and the name it is context of: "WeChat Moments", "China's National
Bureau of Statistics"."""


def _named_in_context(mention: Mention, renderings: Iterable[tuple[Entry, Mention]], text: str) -> bool:
    """Tell whether `mention`, a target name, stands right before the rendering of a name the source writes
    (`renderings`: its entry, its target mention) whose note names it by its Chinese or by an English form of it (or
    as written), a whole word: CC-CEDICT's 朋友圈 'Moments (social networking function of smartphone app WeChat 微信)'
    names 微信, so "WeChat Moments" adds WeChat; 国家统计局 '(China) National Bureau of Statistics' names China, so
    "China's National Bureau of Statistics". Right before it only: "Xiaomi" elsewhere in a translation of 雷军 ('Lei
    Jun …, founder of Xiaomi') is a name the source lacks."""
    pattern: re.Pattern[str] | None = None
    for entry, hit in renderings:
        note = entry.note
        if not note or entry.id == mention.entry.id or _CONTEXT_GAP_RE.fullmatch(text, mention.end, hit.start) is None:
            continue
        if any(form and form in note for form in mention.entry.zh_forms):
            return True
        if pattern is None:
            names = sorted({mention.surface, *mention.entry.en_forms} - {""}, key=len, reverse=True)
            pattern = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, names))})(?![^\W_])")
        if pattern.search(note):
            return True
    return False


# The country whose language the source is written in: a Chinese source's body named without a country (外交部,
# 国防部, 中共中央) is that country's, and English copy adds it for its readers ("China's foreign ministry", Reuters'
# and the AP's style for the ministry a Chinese release calls 外交部).
_SOURCE_COUNTRIES = frozenset({"中国"})


# The words after a name in Chinese that make it an index's name (上证综指, 深证成指, 海峡时报指数, 恒生综合指数, 上证
# 综合股价指数), in both scripts; not 指 alone, a verb's too (海峡时报指出 "The Straits Times pointed out").
_INDEX_AFTER_RE = re.compile(r"(?:综合股价|綜合股價|综合|綜合|成[份分]|科技)?指[数數]|[综綜成]指")
# An index's English name: capitalised words ending in "Index" (SSE's "Shanghai Composite Index", FTSE's "Straits
# Times Index"), read back from the word "Index" a word at a time (`_index_rendering`).
_INDEX_WORD_RE = re.compile(r"(?<=[ -])Index\b")
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"[A-Z][\w.&'’-]*[ -]\Z")


def _index_rendering(entry: Entry, mention: Mention, source: str, state: _SegmentCheck) -> tuple[int, int] | None:
    """The span of an index's English name in the target that renders the index the source `mention` heads, or None.

    Where the source writes an index word right after the name (`_INDEX_AFTER_RE`: 上证综指, 海峡时报指数), the name is
    part of the index's (U37-23), and the translation writes the index by its own English (`_INDEX_NAME_RE`), which
    holds the name's first word but no more of it: "Shanghai Composite Index" for 上证 'Shanghai Stock Exchange',
    "Straits Times Index" for 海峡时报 'The Straits Times'. An index named by another place's or paper's word
    ("Shenzhen Component Index") is none. The span is one no source name has claimed."""
    if _INDEX_AFTER_RE.match(source, mention.end) is None:
        return None
    words = {w.lower() for form in entry.en_forms for w in form.split()[1 if form.startswith("The ") else 0 :][:1]}
    claimed, text = state.claimed(), state.text
    for found in _INDEX_WORD_RE.finditer(text):
        start, end = found.span()
        # The shortest run of capitalised words before "Index" that holds the name's first word, none claimed:
        # "The Singapore Exchange's Straits Times Index" is 新加坡交易所's, then the index's.
        for _ in range(6):
            word = _CAPITALISED_WORD_BEFORE_RE.search(text, max(0, start - 40), start)
            if word is None or claimed.find(1, word.start(), end) >= 0:
                break
            start = word.start()
            if word.group()[:-1].lower() in words:
                return start, end
    return None


# A company's legal form and holding words after its name, in a chain ("Holdings", " Co., Ltd.", " Company Ltd"):
# `_with_legal_forms_after`.
_LEGAL_TAIL_RE = re.compile(rf"(?:,? (?:{LEGAL_FORM}|Holdings?|Group)(?![\w'’-]))+")


def _registered_name_otherwise(surface: str, en: str) -> bool:
    """Tell whether `surface`, written with a legal form or holding word, is the company name `en` with its legal form
    left off or written otherwise (`forms.without_legal_form`): "Tencent Holdings" and "Tencent Holdings Ltd" for
    'Tencent Holdings Limited', "BYD Co., Ltd." for 'BYD Company Limited' (U37-25: the name lookup finds, no other
    alias). Not the name alone ("Tencent": a shorter name, a `variant` that says so)."""
    bare = without_legal_form(surface)
    if bare is None:
        return False
    return en_key(bare) == en_key(without_legal_form(en) or en)


def _company_name_alone(surface: str, entry: Entry) -> bool:
    """Tell whether `surface`, a form of the organisation or untyped name `entry`, is its English without the legal,
    holding and trade words news copy leaves off (`forms.company_short_forms`), made of names alone
    (`forms.names_itself`): the alias "Tencent" of CC-CEDICT's 腾讯 'Tencent Holdings', "Alibaba" for 'Alibaba Group
    Holding Limited' (the review's R48-17): the name itself, as the registered name written otherwise is
    (`_registered_name_otherwise`), no `variant`."""
    if entry.type not in _SHORT_TYPES:
        return False
    key = en_key(surface)
    return any(en_key(bare) == key and names_itself(bare) for bare in company_short_forms(entry.en))


def _with_legal_forms_after(text: str, target: list[Mention]) -> list[Mention]:
    """`target` with each organisation's mention taken on over the legal form written after it (`_LEGAL_TAIL_RE`)
    where the whole is its preferred name with the legal form left off or written otherwise
    (`_registered_name_otherwise`): "Tencent" of "Tencent Holdings reported", which the target matcher read as the
    alias "Tencent", is "Tencent Holdings" (U37-25). Never over another target name."""
    out: list[Mention] = []
    for i, mention in enumerate(target):
        tail = _LEGAL_TAIL_RE.match(text, mention.end) if mention.entry.type == "org" else None
        if tail is not None:
            end = tail.end()
            following = target[i + 1].start if i + 1 < len(target) else len(text)
            whole = text[mention.start : end]
            if end <= following and _registered_name_otherwise(whole, mention.entry.en):
                mention = Mention(mention.start, end, whole, mention.entry, mention.form)
        out.append(mention)
    return out


# A stock code in English copy: digits, with an exchange before or after them or none ("002594", "SZ:002594",
# "600519.SS", "SSE: 600519", "01211.HK"): `_code_rendering`.
_CODE_TOKEN_RE = re.compile(r"(?<![\w.])(?:([A-Za-z]{1,6}) ?[:.] ?)?(\d{1,6})(?:[.:]([A-Za-z]{1,6}))?(?![\w])")


def _code_rendering(mention: Mention, state: _SegmentCheck) -> tuple[int, int, bool] | None:
    """Where the target writes the stock code the source `mention` (of a `stock_code` entry) writes, and whether
    digit for digit as the source does or as HKEX numbers its shares, or None (U37-4).

    The code is the same whatever exchange spelling it is written with: `zhgloss.tickers.ticker_key` ("0700.HK",
    "HK:00700", "700.HK" -> "ticker:hk:700"; .SS and .SH one exchange), compared with the entry's forms'; written
    bare, the digits the source writes ("(002594)"), or for a Hong Kong code its number without the leading zeros, as
    HKEX's English announcements write it ("(Stock Code: 700)" for 股份代號：00700). Another number, or the digits
    with another exchange ("600519.SZ" for 600519.SH), is none. Only text no source name has claimed."""
    from zhgloss.tickers import ticker_key

    entry = mention.entry
    keys = {key for form in (*entry.en_forms, *entry.zh_forms) if form and (key := ticker_key(form))}
    digits = mention.surface.strip()
    hong_kong = any(key.startswith("ticker:hk:") for key in keys)
    claimed = state.claimed()
    for found in _CODE_TOKEN_RE.finditer(state.text):
        start, end = found.span()
        if claimed.find(1, start, end) >= 0:
            continue
        before, number, after = found.groups()
        key = ticker_key(found.group()) if before or after else None
        if key is None and (before or after):
            # "Code: 700": a word, no exchange, before the digits.
            start, key = found.start(2), None
            if after:
                continue
        if key is not None:
            if key in keys:
                return start, end, False
            continue
        if number == digits:
            return start, found.end(2), True
        if hong_kong and digits.isdigit() and number.lstrip("0") == digits.lstrip("0"):
            return start, found.end(2), True
    return None


# A ticker however written, letters or digits on both sides of a stop or colon ("BABA.N", "0700.HK", "NYSE: BABA",
# "0700:HKEX"): `ticker_key` says whether it is one.
_TICKER_TOKEN_RE = re.compile(
    r"(?<![\w.])([A-Za-z0-9]{1,12}(?:[./][A-Z])?) ?[:.] ?([A-Za-z0-9]{1,12}(?:[./][A-Z])?)(?![\w])"
)
_CODE_BEFORE_RE = re.compile(r"([A-Za-z0-9]{1,12}(?:[./][A-Z])?) ?[:.] ?$")
_CODE_AFTER_RE = re.compile(r" ?[:.] ?([A-Za-z0-9]{1,12}(?:[./][A-Z])?)(?![\w])")


def in_source_ticker(target: str, start: int, end: int, source: str) -> bool:
    """Tell whether target[start:end], an English name, is the exchange of a ticker written round it that the source
    writes too, however spelt: "Tencent (0700:HKEX)" for 腾讯（0700.HK）, "Alibaba (NYSE: BABA)" for 阿里巴巴（BABA.N）
    (`zhgloss.tickers.ticker_key`: one key for one code on one exchange). The house styles of Reuters, Bloomberg and
    the articles (3888:HKEX) name the exchange inside the code, which the source's suffix names already: that
    exchange is no name the source leaves out (the review's R46-17). Another code, or another exchange, is."""
    from zhgloss.tickers import ticker_key

    name = target[start:end]
    candidates = []
    if (before := _CODE_BEFORE_RE.search(target, max(0, start - 16), start)) is not None:
        candidates.append(f"{before.group(1)}:{name}")
    if (after := _CODE_AFTER_RE.match(target, end)) is not None:
        candidates.append(f"{name}:{after.group(1)}")
    keys = {key for form in candidates if (key := ticker_key(form)) is not None}
    if not keys:
        return False
    written = {ticker_key(found.group()) for found in _TICKER_TOKEN_RE.finditer(source)}
    return not keys.isdisjoint(written)


# A run of capitalised words, a comma allowed between them ("Mr LI Tzar Kuoi, Victor"): `_english_name_last_at`.
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){2,7}")


def _english_name_last_at(entry: Entry, state: _SegmentCheck) -> tuple[int, int] | None:
    """Where the target names the person `entry` as Hong Kong's listed companies list directors, the English given
    name last ("Lau Chi Ping Martin" for 刘炽平 'Martin Lau', "LI Tzar Kuoi, Victor" for 李泽钜 'Victor Li'), read by
    `zhgloss.adopted.english_name_last` (the one rule harvest and the sheet import read the shape by; U37-7), or None.
    Three to five words of a capitalised run, free of other names, whose reading is the entry's English."""
    from zhgloss.adopted import english_name_last

    zh = entry.zh or entry.zh_hant
    if not zh or not entry.en:
        return None
    own = en_key(entry.en)
    text = state.text
    for run in _CAPITALISED_RUN_RE.finditer(text):
        words = list(re.finditer(r"[^ ]+", run.group()))
        for first in range(len(words) - 2):
            for last in range(first + 2, min(first + 5, len(words))):
                start = run.start() + words[first].start()
                end = run.start() + words[last].end()
                name = text[start:end].rstrip(",")
                end = start + len(name)
                read = english_name_last(zh, name) if state.free(start, end) else None
                if read is not None and en_key(read[0]) == own and _given_name_sounds(zh, read[1][-1]):
                    return start, end
    return None


def _given_name_sounds(zh: str, register: str) -> bool:
    """Tell whether the Chinese given name of `register` (the name in the register's order without the English name:
    "Lau Chi Ping", "LI Tzar Kuoi"), a word or hyphenated part a character, starts each syllable as a Hong Kong
    spelling of its character's Cantonese readings does (`romanizations.cantonese_spellings`: 炽 chi, tsz ...; 平
    ping, peng): "Li Ka Shing, Victor" is no register form of 李泽钜 (泽 tsak, chak ...), Li Ka-shing's given name. The
    first letters only: the government's spellings of a person's own name vary past the tables ("Tzar Kuoi")."""
    from zhgloss.romanizations import cantonese_spellings

    syllables = register.replace("-", " ").split()[1:]
    given = zh[1:]
    if len(syllables) != len(given):
        return False
    for syllable, character in zip(syllables, given, strict=True):
        spellings = cantonese_spellings(character)
        if spellings and syllable[:1].lower() not in {spelling[:1] for spelling in spellings}:
            return False
    return True


def _cuts_target_name(start: int, end: int, target: Sequence[Mention]) -> bool:
    """Tell whether the span `start:end` of the target starts or ends inside a target name, cutting it."""
    return any(m.start < start < m.end or m.start < end < m.end for m in target)


def _opens_longer_name(mention: Mention, text: str) -> bool:
    """Tell whether the target `mention`'s words open a longer name elsewhere in `text`, a capitalised word after
    them (`_name_goes_on`): "the CK group" beside "CK Hutchison" or "CK Infrastructure" (U37-26: Hong Kong copy's
    group of the Li family's companies, no Calvin Klein, CC-CEDICT's 卡尔文克莱因 'Calvin Klein (CK)'), a name the
    glossary lacks, whose short form the mention is. Whole words, as written: "CKI" opens no "CK Hutchison"."""
    pattern = re.compile(rf"(?<![\w'’.-]){re.escape(mention.surface)}(?=[ -][A-Z])")
    return any(found.start() != mention.start and _name_goes_on(text, found.end()) for found in pattern.finditer(text))


def _owner_of_rendering(mention: Mention, state: _SegmentCheck) -> bool:
    """Tell whether `mention`, a target name, is the source's own country (`_SOURCE_COUNTRIES`) written as the owner
    of a body the translation renders right after it ("China's foreign ministry" for 外交部, "China's Communist
    Party"): a rendering a source name has claimed, no person's (`_CONTEXT_GAP_RE` between them)."""
    if mention.entry.zh not in _SOURCE_COUNTRIES:
        return False
    gap = _CONTEXT_GAP_RE.match(state.text, mention.end)
    if gap is None or "s" not in gap.group():
        return False
    at = gap.end()
    people = {(m.start, m.end) for m in state.target if m.entry.type == "person"}
    return any(start == at and (start, end) not in people for start, end in state.claimed_spans())


def _singular_key(key: str, known: set[str] | frozenset[str]) -> str:
    """The key of a form among `known` that `key` writes in the plural ("hong kong dollars" -> "hong kong dollar"),
    else `key` itself."""
    if key in known or not key.endswith("s"):
        return key
    for suffix in ("s", "es"):
        if key.endswith(suffix) and key[: -len(suffix)] in known:
            return key[: -len(suffix)]
    return key


def _case_ok(form: str, surface: str) -> bool:
    # The annotate engine's rule: a letter the glossary writes in upper case must be upper case.
    return all(s.isupper() for f, s in zip(form, surface, strict=False) if f.isupper())


class _Uses:
    """How a document renders one entity: its first preferred rendering and every other one."""

    __slots__ = ("entry", "others", "preferred")

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.preferred: tuple[Segment, Mention, Mention] | None = None
        self.others: list[tuple[Segment, Mention, Mention]] = []


class _Runs:
    """The runs of words of one target segment that a near miss may be, listed per length on demand.

    A run is consecutive free words joined only by what may stand inside a name (`_NAME_GAP_RE`),
    at most MAX_RUN of them, not all of them names already; with `starts`, only runs starting at
    those words (the upper-case ones). A near miss of a two-word name looks at runs of one to
    three words only, so the longer ones are never built: a check asks this of every segment
    where a name is not rendered as the glossary has it.
    """

    __slots__ = (
        "_at",
        "_by_length",
        "_ends",
        "_joined",
        "_keys",
        "_near",
        "_next_plain",
        "_reach",
        "_starts",
        "_word_starts",
        "claims",
    )

    def __init__(
        self,
        word_starts: list[int],
        ends: list[int],
        keys: list[str],
        joined: list[bool],
        free: list[bool],
        plain: list[bool],
        starts: list[int] | None,
    ) -> None:
        self._word_starts, self._ends, self._keys = word_starts, ends, keys
        self._starts = range(len(keys)) if starts is None else starts
        self._by_length: dict[int, tuple[list[str], list[tuple[int, int]]]] = {}
        self._near: dict[int, tuple[list[str], list[tuple[int, int]]]] = {}
        self.claims: tuple[int, ...] = ()
        """What had been claimed in the segment when the runs were listed (`_SegmentCheck.claims`)."""
        self._joined: str | None = None  # the keys laid end to end, and where each starts in it
        self._at: list[int] = []
        # One pass from the end, so that each length is one test per start word: how many words from
        # each are free and joined one to the next, and the first word from each that is no name already.
        count = len(keys)
        reach = [0] * (count + 1)
        next_plain = [count] * (count + 1)
        for i in range(count - 1, -1, -1):
            if free[i]:
                reach[i] = 1 + reach[i + 1] if i + 1 < count and joined[i] else 1
            next_plain[i] = i if plain[i] else next_plain[i + 1]
        self._reach, self._next_plain = reach, next_plain

    def of_length(self, size: int) -> tuple[list[str], list[tuple[int, int]]]:
        """Return the letter keys and the spans (character offsets) of the runs of `size` words, in text order."""
        found = self._by_length.get(size)
        if found is None:
            if 1 <= size <= MAX_RUN:
                reach, next_plain = self._reach, self._next_plain
                # All free, each joined to the next, one at least not a name already.
                good = [i for i in self._starts if reach[i] >= size and next_plain[i] < i + size]
                if self._joined is None:
                    self._joined, self._at = "".join(self._keys), [0, *accumulate(map(len, self._keys))]
                joined, at, ends, word_starts = self._joined, self._at, self._ends, self._word_starts
                found = (
                    [joined[at[i] : at[i + size]] for i in good],
                    [(word_starts[i], ends[i + size - 1]) for i in good],
                )
            else:
                found = ([], [])
            self._by_length[size] = found
        return found

    def near_lengths(self, count: int) -> tuple[list[str], list[tuple[int, int]]]:
        """Return `of_length` of count - 1, count and count + 1 words laid end to end, in that order."""
        found = self._near.get(count)
        if found is None:
            parts = [self.of_length(size) for size in (count - 1, count, count + 1) if size >= 1]
            found = self._near[count] = (
                [key for keys, _ in parts for key in keys],
                [span for _, spans in parts for span in spans],
            )
        return found


def _free_words(starts: list[int], ends: list[int], spans: Iterable[tuple[int, int]]) -> list[bool]:
    """Tell for each word (sorted `starts` and `ends`, not overlapping) whether no span of `spans` overlaps it.

    The spans are few (the names claimed in a segment): each finds its first word by bisection.
    """
    free = [True] * len(starts)
    for start, end in spans:
        k = bisect.bisect_right(ends, start)  # the first word that ends after the span starts
        while k < len(starts) and starts[k] < end:
            free[k] = False
            k += 1
    return free


class _SegmentCheck:
    """The matching of one segment: which target text renders which source name."""

    # Computed when first asked: most segments are clean and never need them.
    _taken: bytearray | None = None
    _folded: str | None = None
    _folded_names: str | None = None
    # The target's words: starts, ends, letter keys, joined to the next by a name gap, upper-case.
    _words: tuple[list[int], list[int], list[str], list[bool], list[int]] | None = None
    _runs: dict[bool, _Runs] | None = None

    def __init__(self, segment: Segment, target: list[Mention]) -> None:
        self.segment = segment
        self.text = segment.target or ""
        self.target = target
        self.used = [False] * len(target)
        self.takes: list[tuple[int, int]] = []
        self.spare: set[int] = set()  # renderings beyond what the source asked for

    @property
    def taken(self) -> bytearray:
        """One byte per character of the target, set where a name or a found rendering is."""
        if self._taken is None:
            self._taken = bytearray(len(self.text))
            for m in self.target:
                self._taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        return self._taken

    def free(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) < 0

    def take(self, span: tuple[int, int]) -> None:
        # The word runs cached by `runs` are not recomputed: `find_misspelt` checks what it picks.
        self.taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
        self.takes.append(span)

    def claimed(self) -> bytearray:
        """Like `taken`, but without the names no source name has claimed (yet)."""
        mask = bytearray(len(self.text))
        for start, end in self.claimed_spans():
            mask[start:end] = b"\x01" * (end - start)
        return mask

    def claimed_spans(self) -> list[tuple[int, int]]:
        """The spans `claimed` marks: the names a source name has claimed, and the renderings found (none empty)."""
        spans = [
            (m.start, m.end)
            for i, (m, used) in enumerate(zip(self.target, self.used, strict=True))
            if used and i not in self.spare
        ]
        spans += self.takes
        return [(start, end) for start, end in spans if start < end]

    def claim(self, start: int, end: int) -> None:
        """Mark the names overlapping `start:end` as used: a near miss took them in ("Kingsoft Clowd")."""
        for i, m in enumerate(self.target):
            if m.start < end and start < m.end:
                self.used[i] = True

    def add(self, hit: Mention) -> int:
        self.target.append(hit)
        self.used.append(True)
        self.take((hit.start, hit.end))
        return len(self.target) - 1

    def find_free_forms(self, entry: Entry, info: _EntryInfo) -> list[Mention]:
        """Find a phrase's forms in the target as whole words, leftmost-longest, clear of other names."""
        text = self.text
        folded = self.folded()
        found: list[tuple[int, int, str]] = []
        for key, form, open_start, open_end in info.free:
            i = folded.find(key)
            while i >= 0:
                j = singular = i + len(key)
                if open_end and j < len(text) and WORD_CHARS[text[j]]:
                    j = plural_end(text, j) or j  # "40 Hong Kong dollars" for 'Hong Kong dollar'
                if (
                    not (open_start and i > 0 and WORD_CHARS[text[i - 1]])
                    and not (open_end and j < len(text) and WORD_CHARS[text[j]])
                    and _case_ok(form, text[i:singular])
                    and self.free(i, j)
                    and text[i:j] not in info.forms.exact  # a casing the glossary bans: `_forbidden` reports it
                ):
                    found.append((i, j, form))
                i = folded.find(key, i + 1)
        price: set[int] = set()
        if info.price is not None:
            # "HK$40" for 40港元 (a currency typed a term): its sign or code (`_EntryInfo.price`), over the names
            # the target matcher read in it ("US" of "US$40"), which it then claims.
            claimed = self.claimed()
            for match in info.price.finditer(text):
                if claimed.find(1, *match.span()) < 0:
                    found.append((*match.span(), entry.en))
                    price.add(match.start())
        if not found:
            return []
        found.sort(key=lambda f: (f[0], -f[1]))
        hits: list[Mention] = []
        end = -1
        for i, j, form in found:
            if i >= end:
                if i in price:
                    # A price is the currency as news writes it: no rendering to judge against the others.
                    self.claim(i, j)
                    hits.append(Mention(i, j, entry.en, entry, "en"))
                else:
                    hits.append(Mention(i, j, text[i:j], entry, "en" if form == entry.en else "alias"))
                end = j
        return hits

    def find_romanized(self, info: _EntryInfo) -> tuple[int, int, bool, str] | None:
        """Find the leftmost free, capitalised romanization of `info`'s person or place (`_romanized_patterns`, and a
        place's postal spelling: `_postal_spelling_at`): (start, end, whether given name first, the system's name)."""
        best: tuple[int, int, bool, str] | None = None
        text = self.text
        if info.forms.entry.type != "person":
            postal = _postal_spelling_at(text, info.forms.entry, self.free)
            if postal is not None:
                best = (*postal, False, "postal romanization")
        for pattern, given_first, system in info.romanized:
            for match in pattern.finditer(self.folded_names()):
                start, end = match.start(), match.end()
                if best is not None and start >= best[0]:
                    break
                if text[start].isupper() and self.free(start, end):
                    best = (start, end, given_first, system)
                    break
        return best

    def find_pinyin_surname(self, info: _EntryInfo) -> tuple[int, int, str, str] | None:
        """The first free place the target writes a form of `info`'s person with the family name in pinyin
        (`_EntryInfo.pinyin_surnamed`): its span, the form, and the note that says so; else None."""
        for pattern, form, note in info.pinyin_surnamed:
            for match in pattern.finditer(self.folded_names()):
                if self.free(match.start(), match.end()) and not _cuts_hyphenated_word(self.text, *match.span()):
                    return match.start(), match.end(), form, note
        return None

    def find_order(self, info: _EntryInfo) -> tuple[int, int, str] | None:
        for pattern, form in info.reversed:
            for match in pattern.finditer(self.folded_names()):
                if self.free(match.start(), match.end()) and not _cuts_hyphenated_word(self.text, *match.span()):
                    return match.start(), match.end(), form
        return None

    def folded(self) -> str:
        if self._folded is None:
            lowered = self.text.lower()
            self._folded = lowered if len(lowered) == len(self.text) else self.text
        return self._folded

    def runs(self, capitalised: bool) -> _Runs:
        """Runs of free words that could be one name (see `_Runs`); only runs starting upper-case if `capitalised`.

        Which words are free is read now, once: the runs are not recomputed as names are taken
        (`find_misspelt` checks what it picks).
        """
        if self._runs is None:
            self._runs = {}
        runs = self._runs.get(capitalised)
        if runs is not None:
            return runs
        if self._words is None:
            text = self.text
            matches = list(_WORD_AND_GAP_RE.finditer(text))
            starts, ends = list(map(re.Match.start, matches)), list(map(re.Match.end, matches, repeat(1)))
            written: list[str] = list(map(re.Match.group, matches, repeat(1)))
            # Words are runs of letters and digits, so their key is their case-folded text.
            keys = (
                list(map(str.lower, written))
                if text.isascii()
                else [w.lower() if w.isascii() else en_key(w) for w in written]
            )
            # Joined to the next word where the match went on past the word: a whole name gap.
            joined = list(map(operator.ne, map(re.Match.end, matches[:-1]), ends))
            upper = list(compress(range(len(written)), map(str.isupper, map(_first, written))))
            self._words = (starts, ends, keys, joined, upper)
        starts, ends, keys, joined, upper = self._words
        # A near miss may swallow a name nobody asked for: "Kingsoft Clowd" holds "Kingsoft".
        free = _free_words(starts, ends, self.claimed_spans())
        # ... but a run of nothing but names is those names, not a near miss of another.
        plain = list(map(operator.ge, map(self.taken.find, repeat(0), starts, ends), repeat(0)))
        runs = self._runs[capitalised] = _Runs(starts, ends, keys, joined, free, plain, upper if capitalised else None)
        runs.claims = self.claims()
        return runs

    def claims(self) -> tuple[int, ...]:
        """A stamp of what `claimed` is made of, which only ever grows: equal stamps, equal claims."""
        return sum(self.used), len(self.used), len(self.spare), len(self.takes)

    def find_misspelt(self, info: _EntryInfo) -> tuple[int, int, str] | None:
        if not info.fuzzy:
            return None
        from rapidfuzz import fuzz, process

        entry = info.forms.entry
        best: tuple[float, int, int, str] | None = None
        for form, key, count, upper in info.fuzzy:
            # A name is capitalised, so only runs starting upper-case are near misses ("lead" is no
            # miss of "Leah"), unless the run spells the name exactly in other case ("zou tao").
            exact = upper and (
                form.lower() in self.folded() or _spaced_pattern(form).search(self.folded_names()) is not None
            )
            runs = self.runs(capitalised=upper and not exact)
            if runs.claims == self.claims():
                # Nothing claimed since the runs were listed, so none is stale: the three lengths are
                # searched in one call. extractOne returns the first best, as the loop below keeps
                # the first best length, so the two agree unless the best fails the capital rule;
                # then, and whenever something was claimed meanwhile, the loop decides.
                keys, spans = runs.near_lengths(count)
                result = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
                if result is None:
                    continue
                score, (start, end) = result[1], spans[result[2]]
                if not (upper and score < 100 and not _capitalised_run(self.text, start, end)):
                    if (best is None or score > best[0]) and not self._no_name_at(start, entry):
                        best = (score, start, end, form)
                    continue
            for size in (count - 1, count, count + 1):
                if size < 1:
                    continue
                keys, spans = self.runs(capitalised=upper and not exact).of_length(size)
                result = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
                if result is None:
                    continue
                score, (start, end) = result[1], spans[result[2]]
                if self.claimed().find(1, start, end) >= 0:
                    # Taken since the runs were listed: list them again, without it.
                    self._runs = None
                    return self.find_misspelt(info)
                if upper and score < 100 and not _capitalised_run(self.text, start, end):
                    continue
                if (best is None or score > best[0]) and not self._no_name_at(start, entry):
                    best = (score, start, end, form)
        if best is not None and _POSSESSIVE_END_RE.search(self.text, best[1], best[2]) is not None:
            # "Xiaomi's" is the name 'Xiaomi' and a possessive, no misspelling of 'Xiaomi EV' (U34-12): the name it
            # writes is another's, which the `missing` that follows says.
            return None
        return best[1:] if best else None

    def find_forbidden(
        self, info: _EntryInfo, is_inside_accepted: Callable[[str, int, int], bool] | None = None
    ) -> list[tuple[int, int]]:
        """Find the spans of the entry's forbidden forms, and mark the names they overlap as used.

        Whole words, in any case or spacing `zhgloss.forms.match_key` folds alike ("PEKING", "Lu-Bu"); a form that
        differs from an accepted one only in case ("TenCent" beside "Tencent") only as written. Not inside a longer
        name the target matcher found: "Alibaba", banned, in the preferred "Alibaba Group" is that name's; nor
        inside a longer form the glossary accepts, which `is_inside_accepted(text, start, end)` tells (the banned
        "Ali" of 阿里巴巴集团 in "Ali Cloud", an accepted form of 阿里云, where the target matcher read no name).
        """
        if not info.forbidden and not info.forbidden_exact:
            return []
        folded, text = self.folded_names(), self.text
        spans: list[tuple[int, int]] = []
        for within, key in chain(zip(repeat(folded), info.forbidden), zip(repeat(text), info.forbidden_exact)):
            i = within.find(key)
            while i >= 0:
                j = i + len(key)
                if (
                    not (i > 0 and WORD_CHARS[text[i - 1]])
                    and not (j < len(text) and WORD_CHARS[text[j]])
                    and all(j <= a or b <= i for a, b in spans)
                    and not any(_inside(i, j, m.start, m.end) for m in self.target)
                    and not (is_inside_accepted is not None and is_inside_accepted(text, i, j))
                ):
                    spans.append((i, j))
                i = within.find(key, i + 1)
        spans.sort()
        for start, end in spans:
            self.claim(start, end)
            self.take((start, end))
        return spans

    def folded_names(self) -> str:
        """The target folded as `fold_latin` does (same length), computed once."""
        if self._folded_names is None:
            self._folded_names = fold_latin(self.text)
        return self._folded_names

    def find_short(self, info: _EntryInfo) -> tuple[int, int, str] | None:
        """Find the leftmost free family name of `info`'s entry standing alone: (start, end, as found).

        A family name is one word or more ("Liu-Yang"): the target is folded as `fold_latin` does,
        so a spelling with other case, tone marks or ü as u, v or yu is found as well; its capitals
        must be kept ("he" is not He). Standing alone: a family name followed by another capitalised word
        ("Liu Chuanzhi", "Lee Kuan Yew", "Lei-Feng") starts the name of someone else, not this person's. It may
        cover a target name no source name has claimed: "Abe" after "Shinzo Abe" for 安倍晋三 is Abe, not 亚伯 'Abe'
        (Abel), which the source does not name; the caller claims it. Never inside a longer target name, nor after an
        English given name that is no word of the person's own names (`_after_given_name`): "Ma" of "Jack Ma" (马云)
        is someone else's family name, not Pony Ma's (马化腾) second mention.
        """
        own = {word.lower() for form in info.forms.entry.en_forms for word in en_words(form)}
        return self._find_folded(
            info.short,
            capitals=True,
            alone=True,
            unclaimed=True,
            within_names=False,
            accept=lambda start: not _after_given_name(self.text, start, own),
        )

    def find_pronoun(self) -> tuple[int, int] | None:
        """Find the leftmost free third-person singular personal pronoun of the target ("he", "She", "his", "herself"),
        or None: a later mention of a person the translation has named (`Checker._segment`)."""
        taken = self.taken
        for match in _PRONOUN_RE.finditer(self.text):
            if taken.find(1, match.start(), match.end()) < 0:
                return match.span()
        return None

    def find_price(self, info: _EntryInfo) -> tuple[int, int] | None:
        """Find the leftmost price written with the sign or code of `info`'s currency (`_EntryInfo.price`: "HK$40")
        that no source name has claimed, or None."""
        if info.price is None:
            return None
        claimed = self.claimed()
        for match in info.price.finditer(self.text):
            start, end = match.span()
            if claimed.find(1, start, end) < 0:
                return start, end
        return None

    def find_rendering(self, info: _EntryInfo) -> tuple[int, int, str] | None:
        """Find the leftmost free whole-name rendering of `info`'s entry in any case ("zou tao", "lyu bu").

        It may cover a target name no source name has claimed where that name differs from it only by an article
        before it, which the caller then claims: "WHO", an alias of 世界卫生组织, inside "The WHO", which the target
        matcher, leftmost-longest, read as the band 谁人乐队 'The Who'. Not otherwise: "York" in "New York" is 纽约, and
        "Marx" in "Karl Marx" is a fuller name to be told of (`_fuller_name_of`). A form found in free text inside a
        longer one that covers target names ("greater bay area" of "the Guangdong-Hong Kong-Macao greater bay area")
        gives way to the longer.
        """
        entry = info.forms.entry
        accept = None if is_wording(entry) else lambda start: not self._no_name_at(start, entry)
        free = self._find_folded(info.whole, capitals=False, accept=accept, plural=True)
        found = self._find_folded(info.whole, capitals=False, unclaimed=True, accept=accept, plural=True)
        if found is None or found == free or (free is not None and not (found[0] <= free[0] and free[1] <= found[1])):
            return free
        start, end = found[0], found[1]
        # The whole name covers the shorter names the target matcher read inside it: a plural it cut short ("Hong
        # Kong dollars": it read "Hong Kong"), and a name in another case, whose capitals it did not take for the
        # glossary's ("the Beijing-Shanghai high-speed railway": it read "Beijing" and "Shanghai"; the review's R46-18).
        for m in self.target:
            if (
                m.start < end
                and start < m.end
                and not (m.end == end and _ARTICLE_RE.fullmatch(self.text, m.start, start) is not None)
                and not (start <= m.start and m.end <= end and m.end - m.start < end - start)
            ):
                return free
        return found

    def _no_name_at(self, start: int, entry: Entry) -> bool:
        """Tell whether a one-word form of `entry` found at `start` is written as no name of it: the English word in
        lower case (`_english_word_at`), or, where the source names the organisation as a company
        (`_named_as_company`), its name starting another (`_starts_other_name`: "Apple Music" for 苹果公司 'Apple')."""
        if _english_word_at(self.text, start, entry):
            return True
        if entry.type != "org":
            return False
        match = _NEXT_WORD_RE.match(self.text, start)
        if match is None or not any(match.group().lower() == form.lower() for form in entry.en_forms):
            return False
        return _named_as_company(entry, self.segment.source, _brand_after(self.text, match.end())) and (
            _starts_other_name(self.text, match.end(), self.target)
        )

    def find_initialism(self, info: _EntryInfo) -> tuple[int, int, str, str] | None:
        """Find the leftmost free initialism of `info`'s entry written in capitals ("UK", "U.K."), with its form."""
        # It may cover any target name no source name has claimed: capitals that spell this name's initials are its,
        # whatever longer name the target matcher read around them ("UN" in an unclaimed "UN Security Council").
        initialisms = {key: written for key, (written, _) in info.initialisms.items()}
        found = self._find_folded(initialisms, capitals=True, unclaimed=True)
        if found is None:
            return None
        start, end, text = found
        return start, end, text, info.initialisms[text.lower()][1]

    def iter_folded(
        self,
        keys: dict[str, str] | dict[str, None],
        capitals: bool,
        unclaimed: bool = False,
        mask: bytearray | None = None,
    ) -> list[tuple[int, int, str]]:
        """Every span `_find_folded` could return for `keys` (with its defaults otherwise), in text order; `mask`, where
        given, says what is taken instead."""
        folded, text = self.folded_names(), self.text
        if mask is None:
            mask = self.claimed() if unclaimed else self.taken
        out: list[tuple[int, int, str]] = []
        for key, written in keys.items():
            i = folded.find(key)
            while i >= 0:
                j = i + len(key)
                if (
                    not (i > 0 and WORD_CHARS[text[i - 1]])
                    and not (j < len(text) and WORD_CHARS[text[j]])
                    and (not capitals or written is None or _case_ok(written, text[i:j]))
                    and mask.find(1, i, j) < 0
                ):
                    out.append((i, j, text[i:j]))
                i = folded.find(key, i + 1)
        out.sort()
        return out

    def _find_folded(
        self,
        keys: dict[str, str] | dict[str, None],
        capitals: bool,
        alone: bool = False,
        joined_left: bool = True,
        unclaimed: bool = False,
        within_names: bool = True,
        accept: Callable[[int], bool] | None = None,
        plural: bool = False,
    ) -> tuple[int, int, str] | None:
        # unclaimed=True: the span may cover target names no source name has claimed (`claimed`), not only free text;
        # within_names=False: but not lie inside a longer one. accept(start): a last say on a span found.
        # plural=True: a form may end in its English plural (`forms.plural_end`: "Hong Kong dollars").
        if not keys:
            return None
        folded, text = self.folded_names(), self.text
        mask = self.claimed() if unclaimed else self.taken
        best: tuple[int, int, str] | None = None
        for key, written in keys.items():
            i = folded.find(key)
            while i >= 0 and (best is None or i < best[0]):
                j = i + len(key)
                if plural and j < len(text) and WORD_CHARS[text[j]]:
                    j = plural_end(text, j) or j
                if (
                    not (i > 0 and WORD_CHARS[text[i - 1]])
                    and not (j < len(text) and WORD_CHARS[text[j]])
                    and (not capitals or written is None or _case_ok(written, text[i:j]))
                    and not (alone and _name_goes_on(text, j))
                    and (joined_left or not _name_before(text, i))  # joined_left=False: no name goes on before it
                    and mask.find(1, i, j) < 0
                    and (within_names or not any(_inside(i, j, m.start, m.end) for m in self.target))
                    and (accept is None or accept(i))
                ):
                    best = (i, j, text[i:j])
                    break
                i = folded.find(key, i + 1)
        return best


class _Shorter(NamedTuple):
    """A shorter or other name copy writes for an entry (`Checker._short_names`) and what makes it so."""

    form: str
    why: str
    any_case: bool = False  # a body's descriptive name, which news style writes in lower case
    before_noun: bool = False  # stands for the entry only before a lower-case noun ("Olympic athletes")
    named_after: bool = False  # the person an organisation is named after: no given name may stand before it
    company: bool = False  # a company's name without its legal, holding or trade words: the name news writes


_GENERIC_TAIL_TYPES = frozenset({"org", "name", "event"})
_LOWER_WORD_AFTER_RE = re.compile(r"[\s\u00a0]+[a-z]")


def _before_lower_word(text: str, size: int, start: int) -> bool:
    """Tell whether a lower-case word follows the `size` characters at `start` of `text` ("Olympic| athletes")."""
    return _LOWER_WORD_AFTER_RE.match(text, start + size) is not None


def _no_name_before(text: str, start: int) -> bool:
    """Tell whether no capitalised word of a name stands right before `start` ("Michael |Bloomberg")."""
    return not _name_before(text, start)


# An ideographic space between two Han characters: `_padded_spans`.
_HAN_SPACE_RE = re.compile(f"(?<={CJK_PATTERN})\u3000(?={CJK_PATTERN})")
# The session of a body, which Chinese writes before the body's name or inside it (十三届全国人大常委会,
# 中国共产党第十九届中央委员会, 十四屆全國人大): the source matcher reads the name without it
# (`_padded_spans`), and the translation may write it as an ordinal inside the body's English ("the Standing
# Committee of the 13th National People's Congress", Xinhua's and npc.gov.cn's English: `_SESSION_ORDINAL`, U38-6).
# A number Chinese writes a session or term by: Chinese numerals or digits, ASCII or full-width (第14届, 第１４届).
_NUMERAL = "[〇零一二三四五六七八九十百两0-9\uff10-\uff19]+"
_SESSION_RE = re.compile(f"第?{_NUMERAL}[届屆](?={CJK_PATTERN})")
_SESSION_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
_SESSION_ORDINAL_RE = re.compile(f"(?<!\\w){_SESSION_ORDINAL}(?!\\w)")
_ORDINAL_WORDS = {
    word: n
    for n, word in enumerate(
        (
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ),
        start=1,
    )
}
_CHINESE_DIGITS = dict(zip("〇零一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


def _session_number(session: str) -> int:
    """The number of a session `_SESSION_RE` (or `_NUMBERED_RE`) matched, written in Chinese numerals or digits:
    十三届 -> 13, 第二十届 -> 20, 二十一屆 -> 21, 十届 -> 10, 一百届 -> 100, 第14届 -> 14, 三中全会 -> 3."""
    digits = "".join(c for c in session if c.isdigit())
    if digits:
        return int(digits)  # int() reads full-width digits as ASCII ones
    value = digit = 0
    for character in session:
        if character in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[character]
        elif character in "十百":
            value += (digit or 1) * (10 if character == "十" else 100)
            digit = 0
    return value + digit


def _ordinal_number(ordinal: str) -> int:
    """The number of an English ordinal `_SESSION_ORDINAL` matched, in any case: "13th" -> 13, "fourteenth" -> 14,
    "Twenty-first" -> 21."""
    if ordinal[:1].isdigit():
        return int(ordinal.rstrip("stndrh"))
    tens, _, unit = ordinal.lower().replace("-", " ").rpartition(" ")
    return {"": 0, "twenty": 20, "thirty": 30}.get(tens, 0) + _ORDINAL_WORDS[unit]


def _session_rendering(entry: Entry, state: _SegmentCheck) -> tuple[int, int] | None:
    """Find where the target writes an English form of `entry` of two words or more with an ordinal between two of
    its words ("Standing Committee of the 13th National People's Congress", "Central Committee of the Twentieth …"),
    where the source writes a body's session (`_SESSION_RE`: 十三届, 第二十届); else None. The first such span no
    source name has claimed (the caller takes it). Whether the ordinal is the source's number is judged apart, for
    every shape (`_numbered_problems`: "the 12th National People's Congress" for 十三届全国人大 is another body)."""
    if _SESSION_RE.search(state.segment.source) is None:
        return None
    folded, mask = state.folded_names(), state.claimed()
    gap = f" (?:{_SESSION_ORDINAL} )?"
    best: tuple[int, int] | None = None
    for form in entry.en_forms:
        words = match_key(form).split()
        if len(words) < 2:
            continue
        pattern = re.compile(r"(?<!\w)" + gap.join(map(re.escape, words)) + r"(?!\w)")
        for found in pattern.finditer(folded):
            i, j = found.span()
            if mask.find(1, i, j) < 0 and (best is None or i < best[0]):
                best = (i, j)
                break
    return best


# The Party's congress by its number alone, 第X次全国代表大会 shortened as Xinhua's Chinese writes it (党的二十大,
# 中共十八大以来, 十九大报告: R40-6): two-figure numbers only (十大, 三大 are "top ten", "three major"), not 大学/大厦.
_CONGRESS = (
    "(?<![第〇零一二三四五六七八九十百两])(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大(?![学學厦廈夫小])"
)
# What Chinese numbers an official body or its meeting by (R39-4, R39-10): a term (十四届全国人大,
# 第二十届中央委员会, a congress: 中国共产党第二十次全国代表大会, 二十大) and a sitting of it (二次会议, 第十次会议,
# 第三次全体会议, and a plenum of the Central Committee, X中全会: 第X次中央委员会全体会议 shortened, its 中 the
# committee's). Group "term" or "sitting".
_NUMBERED_RE = re.compile(
    f"(?P<term>第?{_NUMERAL}[届屆](?={CJK_PATTERN})|第{_NUMERAL}次(?:全国|全國)?代表大[会會]|{_CONGRESS})"
    f"|(?P<sitting>{_NUMERAL}中全[会會]|第?{_NUMERAL}次(?:(?:全体|全體)?(?:会议|會議)|全[会會]))"
)
# The English of a sitting: an ordinal before "(plenary) session", "meeting", "sitting" or "plenum", in any case ("the
# Third Plenary Session", "the second session").
_SITTING_ORDINAL_RE = re.compile(
    f"(?<![\\w-])((?i:{_SESSION_ORDINAL}))[ -](?i:(?:plenary[ -])?(?:session|meeting|sitting)|plenum)(?!\\w)"
)
# The English of a term: an ordinal before a run of capitalised words ("the 13th National People's Congress", "the 20th
# CPC Central Committee", "the 19th Central Committee of the Communist Party of China", "the CPC's 20th National
# Congress"); of a body where the run holds a body's head word (`_NUMBERED_HEAD_RE`) or an organisation's name.
_TERM_ORDINAL_RE = re.compile(
    f"(?<![\\w-])((?i:{_SESSION_ORDINAL})) ([A-Z][\\w'’.-]*(?: (?:of|the|and|for|[A-Z][\\w'’.-]*))*)"
)
_NUMBERED_HEAD_RE = re.compile(
    r"\b(?:Congress|Committee|Conference|Commission|Assembly|Council|Politburo|Bureau|NPC|CPPCC|Games|Expo|Forum)\b"
)
_RUN_TAIL_RE = re.compile(r"(?: (?:of|the|and|for))+$")


# A plenum of the Central Committee (X中全会, 中央全会: 第X次中央委员会全体会议 shortened) or a body it elects
# (中央政治局, 中央书记处: their 中央 is the committee's), and the committee's name.
_PLENUM_RE = re.compile(f"(?:{_NUMERAL}中|中央)全[会會]|中央(?:政治局|书记处|書記處)")
_CENTRAL_COMMITTEE = ("中央委员会", "中央委員會")
# The Party's organs and congress by the short names Chinese writes without the Party's (R40-6): a plenum, the
# Central Committee and its bodies (中央纪委 and 中纪委 the CCDI, 中央政治局, 中央书记处), the congress (二十大), "the
# Party's" at a clause's start (党的二十大). Each is the Communist Party of China's, whose name the translation writes.
_PARTY_ORGAN_RE = re.compile(
    f"(?:{_NUMERAL}中|中央)全[会會]|中央(?:委员会|委員會|纪委|紀委|纪律检查委员会|紀律檢查委員會|政治局|书记处|書記處)"
    f"|中[纪紀]委|{_CONGRESS}|(?<!{CJK_PATTERN})[党黨]的"
)
_THE_PARTY = ("中国共产党", "中國共產黨")


def _party_organ_written(entry: Entry, source: str) -> bool:
    """Tell whether `source` writes an organ of the Party by a short name that leaves the Party's out and `entry` is
    the organ's owner, as Xinhua's English names them ("the third plenary session of the 20th CPC Central
    Committee"): a Central Committee (a Chinese form ending in 中央委员会: CC-CEDICT's 中央委员会, 中国共产党中央委员会)
    where the source writes a plenum of it or a body it elects (`_PLENUM_RE`: 三中全会, 中央全会, 中央政治局: the
    中 is the committee's, R39-4); the Party (中国共产党) where it writes any organ of `_PARTY_ORGAN_RE` (R40-6:
    二十届中央纪委三次全会 / "… of the 20th Central Commission for Discipline Inspection of the Communist Party of
    China", 党的二十大)."""
    forms = [f for f in (entry.zh, entry.zh_hant, *entry.zh_aliases) if f]
    if any(f.endswith(_CENTRAL_COMMITTEE) for f in forms):
        return _PLENUM_RE.search(source) is not None
    return any(f in _THE_PARTY for f in forms) and _PARTY_ORGAN_RE.search(source) is not None


def _keys_of_words(entry: Entry) -> list[str]:
    """`entry`'s English forms of two words or more, as `match_key` folds them ("national people's congress")."""
    return [key for key in map(match_key, entry.en_forms) if " " in key]


def _english_ordinal(n: int, words: bool = False, capital: bool = False) -> str:
    """`n` as an English ordinal in digits, 1 -> "1st", 13 -> "13th", 22 -> "22nd", or with `words` in the words
    `_SESSION_ORDINAL` reads (1-29, 31-39), "third", "twenty-first" ("Third" with `capital`), in digits otherwise."""
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if not words or not 1 <= n <= 39 or n == 30:
        return f"{n}{tail}"
    tens, unit = divmod(n, 10)
    by_number = {v: k for k, v in _ORDINAL_WORDS.items()}
    written = by_number[n] if n <= 20 else ("twenty" if tens == 2 else "thirty") + f"-{by_number[unit]}"
    return written.capitalize() if capital else written


def _numbered_problems(segment: Segment, source: Sequence[Mention], target: Sequence[Mention]) -> list[Problem]:
    """The `missing` problems of a translation that numbers a body or a sitting the source numbers otherwise.

    A numbered body is its ordinal and the body's English (R39-10), in every shape officials write: before the whole
    name ("the 14th National People's Congress" for 十四届全国人大, "the 20th CPC Central Committee", "the 14th CPPCC
    National Committee"), inside it ("the Standing Committee of the 14th National People's Congress", "the 19th
    Central Committee of the Communist Party of China"), after a possessive ("the Communist Party of China's 20th
    National Congress" for 第二十次全国代表大会); a sitting is its ordinal before "session", "plenary session",
    "meeting" or "plenum" (R39-4: "the third plenary session" for 三中全会, "the second session" for 二次会议), the
    shapes of Xinhua's and npc.gov.cn's English. The source's numbers are read by `_NUMBERED_RE`, in two kinds, a
    body's term (届, 第X次…代表大会) and a sitting (X次会议, 第X次全体会议, X中全会); an ordinal of the translation
    of a kind the source numbers must be one of the source's numbers of that kind: "the 13th National People's
    Congress" for 十四届全国人大 is another body, "the fourth plenary session" for 三中全会 another meeting. A kind the
    source does not number is not compared (the translator may add the number). Each problem names the body the
    source numbers (its mention at or after a term's number, before a sitting's), else the translation's next name.
    """
    text = segment.source
    items = [
        (found.start(), found.end(), "term" if found.group("term") else "sitting", _session_number(found.group()))
        for found in _NUMBERED_RE.finditer(text)
    ]
    if not items:
        return []
    target_text = segment.target or ""
    numbers = {kind: {n for _, _, k, n in items if k == kind} for kind in ("term", "sitting")}
    ordinals: list[tuple[int, int, str, int]] = []  # start, end of the rendering, kind, number
    sittings = set()
    for found in _SITTING_ORDINAL_RE.finditer(target_text):
        sittings.add(found.start(1))
        ordinals.append((found.start(1), found.end(), "sitting", _ordinal_number(found.group(1))))
    for found in _TERM_ORDINAL_RE.finditer(target_text):
        if found.start(1) in sittings:
            continue
        run = _RUN_TAIL_RE.sub("", found.group(2))
        start, end = found.start(1), found.start(2) + len(run)
        if _NUMBERED_HEAD_RE.search(run) is None and not any(
            m.entry.type == "org" and start < m.start < end for m in target
        ):
            continue  # "the Second World War", "the 14th Five-Year Plan": no body's name
        ordinals.append((start, end, "term", _ordinal_number(found.group(1))))

    def numbered_body(item: tuple[int, int, str, int]) -> Mention | None:
        i, j, kind, _ = item
        body = None
        if kind == "term" and text[j - 1] in "届屆":
            # the body after its number or around it (十四届全国人大, 中国共产党第十九届中央委员会), else (a congress)
            # the one whose congress it is, right before it (中国共产党第二十次全国代表大会, 中共十八大)
            body = next((m for m in source if m.start <= i < m.end or j <= m.start <= j + 2), None)
        if body is None:
            body = next(
                (m for m in reversed(source) if i - 2 <= m.end <= i or (kind == "sitting" and m.end <= i)), None
            )
        return body

    bodies = [numbered_body(item) for item in items]

    def renders(k: int, start: int, end: int) -> bool:
        # the translation's body at `start`:`end` is the source's k-th numbered one: the same entry, or one whose
        # English holds the other's ("Standing Committee of the National People's Congress" holds the NPC's); a
        # congress by its number alone (党的二十大, 二十大) is the Party's
        inside = [m.entry for m in target if start <= m.start < end]
        body = bodies[k]
        if body is None:
            if text[items[k][1] - 1] not in "大":
                return False
            return any(e.zh in _THE_PARTY or e.zh_hant in _THE_PARTY for e in inside)
        own = [match_key(f) for f in body.entry.en_forms]
        return any(
            e.id == body.entry.id or any(f" {key} " in f" {form} " for key in _keys_of_words(e) for form in own)
            for e in inside
        )

    # Each numbered body with its own rendering (the fortieth session's left-alone line): a term's ordinal tied to the
    # source's bodies it renders is compared with their numbers ("the 20th National People's Congress" for 十四届全国
    # 人大常委会 beside 党的二十大); one tied to none with the numbers of its kind no other ordinal renders, else all.
    ordinals.sort()

    def rendered_at(at: int, start: int, end: int, kind: str) -> tuple[int, int]:
        # where the body of the ordinal at `at` stands: a term's inside its own run; a sitting's after it, up to the
        # next sitting ("the third session of the 14th CPPCC National Committee")
        if kind == "term":
            return start, end
        later = [s for s, _, k, _ in ordinals[at + 1 :] if k == "sitting"]
        return end, later[0] if later else len(target_text)

    ties = [
        [k for k, item in enumerate(items) if item[2] == kind and renders(k, *rendered_at(at, start, end, kind))]
        for at, (start, end, kind, _) in enumerate(ordinals)
    ]
    tied = {k for own in ties for k in own}
    rest = {kind: {n for k, (_, _, c, n) in enumerate(items) if c == kind and k not in tied} for kind in numbers}
    out: list[Problem] = []
    for (start, end, kind, n), own in zip(ordinals, ties, strict=True):
        if not numbers[kind]:
            continue
        if n in ({items[k][3] for k in own} if own else rest[kind] or numbers[kind]):
            continue
        untied = [k for k, item in enumerate(items) if item[2] == kind and k not in tied]
        k = own[0] if own else (untied or [k for k, item in enumerate(items) if item[2] == kind])[0]
        item, body = items[k], bodies[k]
        i, j = item[0], item[1]
        if body is not None:
            i, j = min(i, body.start), max(j, body.end)
        else:
            body = next((m for m in target if m.start >= start), None)
        found_text = target_text[start:end]
        ordinal = _SESSION_ORDINAL_RE.match(found_text.lower())
        right = _english_ordinal(item[3], words=found_text[:1].isalpha(), capital=found_text[:1].isupper())
        expected = right + found_text[ordinal.end() :] if ordinal is not None else right
        note = f"the source numbers it {item[3]} ({text[item[0] : item[1]]}): the translation's {n} is another"
        # 党的二十大 / "The 19th National Congress of …" where the glossary names nothing there: the body itself
        entry = body.entry if body is not None else _unlisted_entry(text[i:j], expected, "body")
        out.append(
            Problem(
                segment.number,
                "missing",
                entry,
                text[i:j],
                found_text,
                expected,
                segment.id,
                note,
                (start, end),
                segment.line,
            )
        )
    return out


def _padded_spans(source: Annotator, texts: Sequence[str]) -> list[list[Span] | None]:
    """For each of `texts`, the source matcher's spans of it read without its ideographic spaces between two Han
    characters and without a body's session before a Han character (`_SESSION_RE`), as offsets of the text, or None
    where it has neither; one matcher call for all (`spans_many`). SSE and SZSE announcements pad a two-character
    name to the width of three in running text and tables alike (招商银行行长王　良辞任, the user's U37-10): in a
    translation check the source is the text a translation renders, so the padded name is the name (annotate reads it
    only where the two characters stand alone, `annotate._typeset_ranges`: a gloss there is written into the text).
    A session inside a body's name (中国共产党第十九届中央委员会) is the body's, which the translation writes as an
    ordinal inside the name (U38-6): the name read is the whole body's (中国共产党中央委员会)."""
    from zhgloss.annotate import Elided

    elided = [
        Elided(text, ranges)
        if (ranges := sorted(f.span() for r in (_HAN_SPACE_RE, _SESSION_RE) for f in r.finditer(text)))
        else None
        for text in texts
    ]
    todo = [e for e in elided if e is not None]
    found = iter(source.spans_many([e.text for e in todo]) if todo else [])
    return [None if e is None else e.spans_back(next(found)) for e in elided]


class Checker:
    """Check translated documents against one glossary.

    `source` finds every glossary form in the Chinese. `target` finds the names in the
    English; build it from `name_entries(...)` to leave out phrases and terms, whose English
    is ordinary wording: each phrase the source names is then looked for by its own forms,
    so the target matcher does not have to wade through every common word a big glossary
    knows. `target` defaults to `source` (its phrase and term mentions are dropped).
    """

    def __init__(
        self,
        source: Annotator,
        target: Annotator | None = None,
        *,
        lookup: Callable[[str], Sequence[LookupHit]] | None = None,
        banned: Sequence[tuple[str, int]] = (),
    ) -> None:
        self.source = source
        self.target = target if target is not None else source
        # The Chinese forms the glossary forbids (TBX deprecated terms), each with the index of its entry in
        # `source`: a source segment that writes one still names the entity (`_with_banned`).
        self._banned = dict(banned)
        self._banned_forms = list(self._banned)
        self._banned_matcher: Any = None
        if self._banned:
            import daachorse

            # Leftmost-longest, as the source matcher reads names (a regex alternation of 2,000 forms took 1.2 s
            # over 20,000 segments, this 0.015 s).
            self._banned_matcher = daachorse.CharwiseDoubleArrayAhoCorasick(
                self._banned_forms, daachorse.MATCH_KIND_LEFTMOST_LONGEST
            )
        # The glossary's exact lookup (`Glossary.lookup`): what its one-character names stand for
        # (`_Abbreviations`) and the entries of a country's people (`_kin_forms`). None: neither is asked.
        self._lookup = lookup
        self._abbreviations = _Abbreviations(lookup) if lookup is not None else None
        self._kin: dict[str, dict[str, str]] = {}
        self._army: dict[str, dict[str, None]] = {}  # entry id -> `_rendered_by_army_word`'s names
        # `_mainland_keys`: by relation character.
        self._mainland: dict[str, dict[str, None]] = {}
        self._short: dict[str, dict[str, _Shorter]] = {}
        self._divisions: dict[str, dict[str, None]] = {}
        self._english: dict[str, set[str]] = {}
        self._info: dict[str, _EntryInfo] = {}
        self._keys: dict[str, str] = {}
        self._wording: dict[str, bool] = {}  # entry id -> is_wording(entry)
        # Engine match value -> (entry, field, whether the target may use it), filled as met.
        self._source_values: dict[int, tuple[Entry, str, bool]] = {}
        self._target_values: dict[int, tuple[Entry, str, bool]] = {}

    @property
    def banned(self) -> list[tuple[str, int]]:
        """The Chinese forms the glossary forbids, each with its entry's index in `source` (as given)."""
        return list(self._banned.items())

    def info(self, entry: Entry) -> _EntryInfo:
        """Return what the checks derive from `entry` (cached by id)."""
        info = self._info.get(entry.id)
        if info is None:
            info = self._info[entry.id] = _EntryInfo(entry)
        return info

    def _value(
        self, matcher: Annotator, cache: dict[int, tuple[Entry, str, bool]], value: int, surface: str
    ) -> tuple[Entry, str, bool]:
        entry = matcher.entry(matcher.value_entry(value))
        # A value is one pattern, so whether its matches are Chinese is the same every time.
        # A target name is a Latin-script form of a name ("3888.HK" too), never a phrase or a term.
        if cache is self._target_values:
            form = matcher.value_form(value)
            forms = (entry.en,) if form in ("en", "variant") else entry.aliases if form == "alias" else entry.zh_aliases
            written = next((f for f in forms if f.lower() == surface.lower()), surface)
            # A name form has a capital: CC-CEDICT glosses 中 "China" with "in" among its aliases.
            usable = not has_cjk(surface) and not is_wording(entry) and written != written.lower() and not entry.draft
        else:
            usable = is_checked(entry)
        cache[value] = found = (entry, matcher.value_form(value), usable)
        return found

    def _mentions(self, text: str, spans: list[Span], *, target: bool) -> list[Mention]:
        matcher, cache = (self.target, self._target_values) if target else (self.source, self._source_values)
        out: list[Mention] = []
        for start, end, value in spans:
            found = cache.get(value) or self._value(matcher, cache, value, text[start:end])
            if found[2]:
                entry, surface = found[0], text[start:end]
                if target and entry.forbidden and surface in self.info(entry).forms.exact:
                    continue  # a casing the glossary bans ("TenCent" beside "Tencent"): `_forbidden` reports it
                out.append(Mention(start, end, surface, entry, found[1]))
        return out

    def _with_mentions(self, segments: Iterable[Segment]) -> Iterator[tuple[Segment, list[Mention], list[Mention]]]:
        """Yield each segment with the mentions of its source and of its target, in order.

        The source matcher runs on `MATCH_BATCH` segments at a time (one call, not one per segment:
        the per-call cost dominated checking short Chinese segments). The target matcher runs on
        each target alone: an English segment is one run of Latin text, which the engine scans
        as it is, while a batch of them joined by line breaks would have to be cut into runs and
        every match mapped back. An empty or untranslated segment is not matched and gets no mentions.
        """
        # The source says which names a segment holds, so a name at a sentence's start is read as one
        # ("Musk said."), where annotate, which has no source, leaves an ordinary word there alone.
        target_spans = functools.partial(self.target.spans, sentence_case=False)
        pending = iter(segments)
        while batch := list(itertools.islice(pending, MATCH_BATCH)):
            todo = [segment for segment in batch if segment.source.strip() and segment.is_translated]
            texts = [segment.source for segment in todo]
            padded = [k for k, text in enumerate(texts) if "\u3000" in text or "届" in text or "屆" in text]
            if padded:
                # Read once, without the padding where there is some (`_padded_spans`).
                read = _padded_spans(self.source, [texts[k] for k in padded])
                spaced = {k: spans for k, spans in zip(padded, read, strict=True) if spans is not None}
                rest = iter(self.source.spans_many([text for k, text in enumerate(texts) if k not in spaced]))
                sources = [spaced[k] if k in spaced else next(rest) for k in range(len(texts))]
            else:
                sources = self.source.spans_many(texts)
            matched = {id(segment): spans for segment, spans in zip(todo, sources, strict=True)}
            for segment in batch:
                spans = matched.get(id(segment))
                if spans is None:
                    yield segment, [], []
                else:
                    target = segment.target or ""
                    source = self._mentions(segment.source, spans, target=False)
                    if self._banned_matcher is not None:
                        source = self._with_banned(segment.source, source)
                    yield segment, source, self._mentions(target, target_spans(target), target=True)

    def _with_banned(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`mentions` of the source `text` with the Chinese forms the glossary forbids that it writes.

        A deprecated term in the source (京师大学堂 for 北京大学) is no name the glossary accepts, so the source
        matcher does not find it; but it names the entity, whose rendering the translation still owes: it is a
        mention of its entry (nothing is reported about the source, which is not the translator's text). A
        mention inside it (台湾 of 台湾省) is the same name's and is dropped; a banned form inside a longer accepted
        name is that name's (阿里 deprecated, inside the preferred 阿里巴巴集团): the longest wins, as in matching.
        """
        found = self._banned_matcher.find(text)
        if found:
            found = [f for f in found if not any(_inside(f[0], f[1], m.start, m.end) for m in mentions)]
        if not found:
            return mentions
        out = [m for m in mentions if all(m.end <= start or end <= m.start for start, end, _ in found)]
        for start, end, value in found:
            entry = self.source.entry(self._banned[self._banned_forms[value]])
            if is_checked(entry):
                out.append(Mention(start, end, text[start:end], entry, "zh_alias"))
        out.sort(key=lambda m: m.start)
        return out

    def check(self, segments: Iterable[Segment]) -> CheckReport:
        """Return the problems of the document made of `segments` (see the module docstring)."""
        problems: list[tuple[int, int, Problem]] = []
        renderings: dict[str, _Uses] = {}
        introduced = _Introduced()
        untranslated: list[int] = []
        swapped: list[int] = []
        count = 0
        last_number: int | None = None
        # The problems and renderings kept for the end (`_consistency`) pile up with the document, and
        # the cyclic collector rescanned them again and again: a quarter of a 100,000-segment check.
        # A check makes no reference cycles (a test holds it): reference counting frees what it drops.
        with paused_gc():
            for segment, source, target in self._with_mentions(segments):
                if (
                    segment.number != last_number
                ):  # the windows of a long segment (formats.bilingual.windows) count once
                    count += 1
                    last_number = segment.number
                if not segment.source.strip():
                    continue
                if not segment.is_translated:
                    untranslated.append(segment.number)
                    continue
                if not has_cjk(segment.source) and segment.target and has_cjk(segment.target):
                    # One row of a Chinese-to-English file with its two sides swapped ("Lei Jun said." / "雷军表示。"):
                    # its names are not checked backwards (it read "missing Lei Jun … expected 'Lei Jun'"); the
                    # report names the row (the reviewer's R35-22). A whole file so is refused before (bilingual).
                    swapped.append(segment.number)
                    continue
                if (
                    not source
                    and not target
                    and not (self._abbreviations and self._abbreviations.owed(segment.source))
                    and _POST_RE.search(segment.source) is None
                    and _NUMBERED_RE.search(segment.source) is None
                ):
                    # no name, and no ranked post or numbered body check's own tables read (副总理刘鹤 / "Premier Liu
                    # He", 党的二十大 / "The 19th National Congress of …" where the glossary names nothing)
                    continue
                for problem in self._segment(segment, source, target, renderings, introduced):
                    if (segment.offset or segment.target_map) and problem.span is not None:
                        # Into the whole segment's translation as given (a window's offset; characters
                        # that show as nothing, or accents written decomposed: `formats.bilingual.read_target`).
                        problem = replace(problem, span=segment.original_span(*problem.span))
                    problems.append((segment.number, len(problems), problem))
            problems += self._consistency(renderings)
        problems.sort(key=_by_place)
        guessed = [f"{e.zh} {e.en!r}" for e in introduced.values() if e.type == "name" and _foreign_person_by_guess(e)]
        return CheckReport([p for _, _, p in problems], count, untranslated, swapped, guessed)

    def _segment(
        self,
        segment: Segment,
        source: Sequence[Mention],
        target: list[Mention],
        renderings: dict[str, _Uses],
        introduced: _Introduced,
    ) -> list[Problem]:
        needed: dict[str, list[Mention]] = {}
        for mention in _without_glosses(segment.source, source):
            needed.setdefault(mention.entry.id, []).append(mention)
        text = segment.target or ""
        no_names = [
            mention
            for mention in target
            if _renders_no_name(mention, text, target)
            and _named_as_company(mention.entry, segment.source, _brand_after(text, mention.end))
        ]
        if no_names:
            target = [mention for mention in target if mention not in no_names]
            for mention in no_names:
                # A company's name that is a common word too (小米 "millet": `zhgloss.glossable`) is no mention of the
                # source's; a translation that names the company as another name's first word ("Xiaomi Home") reads
                # it as the company, which the source writes alone (`_named_as_company`): it is owed, and missing.
                if mention.entry.id not in needed:
                    owed_at = _written_at(mention.entry, segment.source, source)
                    if owed_at is not None:
                        needed[mention.entry.id] = [owed_at]
        if any(" and " in mention.surface and mention.entry.id not in needed for mention in target):
            target = self._without_joined(text, target, needed)
        if any(m.entry.type == "org" and m.end < len(text) and text[m.end] in " ," for m in target):
            target = _with_legal_forms_after(text, target)
        rendered: dict[str, list[int]] = {}
        for i, mention in enumerate(target):
            rendered.setdefault(mention.entry.id, []).append(i)
        state = _SegmentCheck(segment, target)
        introduced.update((entry_id, target[indexes[0]].entry) for entry_id, indexes in rendered.items())

        # Pair each source name with its own renderings, in order; the common case of a clean
        # segment ends here. Variants are judged at the end of the document, with consistency.
        paired: list[tuple[Entry, list[Mention], list[int]]] = []
        short = forbids = False
        wording = self._wording
        for entry_id, wanted in needed.items():
            entry = wanted[0].entry
            is_words = wording.get(entry_id)
            if is_words is None:
                is_words = wording[entry_id] = is_wording(entry)
            forbids = forbids or bool(entry.forbidden)
            if is_words:
                indexes = [state.add(hit) for hit in state.find_free_forms(entry, self.info(entry))]
                rendered[entry_id] = indexes
            else:
                indexes = rendered.get(entry_id, [])
                for i in indexes:
                    state.used[i] = True
                state.spare.update(indexes[len(wanted) :])
            paired.append((entry, wanted, indexes))
            short = short or len(wanted) > len(indexes)
        if short:
            # Entries may share an English form (two people called Wang Xiang, CC-CEDICT's 周一
            # and 星期一 "Monday", a place imported bare and with its generic: 上海 and 上海市 "Shanghai"): the
            # target matcher credits one, but it renders either, the one rendering the other entry's mentions
            # need as well as one beyond them (its spare: "The Shanghai government …; Shanghai is beautiful.").
            spare = state.spare
            for entry, wanted, indexes in paired:
                if len(wanted) > len(indexes) and not is_wording(entry):
                    keys = self.info(entry).keys
                    for i, m in enumerate(target):
                        if (not state.used[i] or i in spare) and i not in indexes and self._key(m.surface) in keys:
                            state.used[i] = True
                            if i in spare:
                                spare.discard(i)
                                for _, _, others in paired:
                                    if others is not indexes and i in others:
                                        others.remove(i)  # beyond what that entry's mentions need
                            indexes.append(i)
                            if len(indexes) == len(wanted):
                                break
        unmet: list[Mention] = []
        for entry, wanted, indexes in paired:
            if indexes and entry.id not in introduced:
                # Rendered by a form another entry shares (马斯克 and 伊隆·马斯克, both "Elon Musk"): named all the
                # same, so "Musk said." after it is the family name of a person the translation has named in full.
                introduced[entry.id] = entry
            uses = renderings.get(entry.id)
            if uses is None:
                uses = renderings[entry.id] = _Uses(entry)
            for mention, i in zip(wanted, indexes, strict=False):
                hit = target[i]
                if (
                    hit.surface != entry.en
                    and not self._is_adjective(entry, hit.surface)
                    and not _registered_name_otherwise(hit.surface, entry.en)
                    and not _company_name_alone(hit.surface, entry)
                ):
                    uses.others.append((segment, mention, hit))
                elif uses.preferred is None:
                    uses.preferred = (segment, mention, hit)
            if len(wanted) > len(indexes):
                unmet.extend(wanted[len(indexes) :])
        banned = self._forbidden(state, paired, unmet) if forbids else []
        # A relation the glossary has no name for (俄乌冲突) is owed its parts, whatever else the segment holds.
        owed = self._abbreviations.owed(segment.source, source) if self._abbreviations is not None else []
        zh = segment.source
        # A body or a sitting the translation numbers otherwise than the source (R39-4, R39-10).
        numbered = (
            _numbered_problems(segment, source, target)
            if "届" in zh or "屆" in zh or "次" in zh or "中全" in zh or "大" in zh
            else []
        )
        # A post of another rank than the source's (R39-19).
        numbered += _rank_problems(segment, source)
        if not unmet and not banned and all(state.used) and not owed and not numbered:
            return []
        unmet.sort(key=lambda m: m.start)

        out: list[Problem] = numbered + [
            Problem(
                segment.number,
                "forbidden",
                mention.entry,
                mention.surface,
                state.text[start:end],
                mention.entry.en,
                segment.id,
                f"the glossary marks {state.text[start:end]!r} {status}",
                (start, end),
                segment.line,
            )
            for mention, (start, end), status in banned
        ]
        ids = set(needed)
        refs = {m.entry.refers_to for m in source if m.entry.refers_to}

        def problem(
            kind: Kind,
            mention: Mention,
            found: str | None,
            expected: str,
            span: tuple[int, int] | None,
            note: str | None,
        ) -> Problem:
            return Problem(
                segment.number,
                kind,
                mention.entry,
                mention.surface,
                found,
                expected,
                segment.id,
                note,
                span,
                segment.line,
            )

        still: list[Mention] = []
        for mention in unmet:
            entry = mention.entry
            if is_wording(entry):
                # Phrases have no nicknames, reversals or misspellings: only their own forms count.
                out.append(problem("missing", mention, None, entry.en, None, None))
                continue
            info = self.info(entry)
            code = _code_rendering(mention, state) if entry.type == "stock_code" else None
            if code is not None:
                # "BYD (002594)", "(SZ:002594)", HKEX's "(Stock Code: 700)" for 股份代號：00700: the code the source
                # writes, digit for digit or in another exchange's spelling (U37-4); a `variant` when spelt otherwise
                # than the source and the glossary write it.
                start, end, same = code
                state.claim(start, end)
                state.take((start, end))
                introduced[entry.id] = entry
                if not same:
                    note = "the same stock code, written otherwise"
                    out.append(problem("variant", mention, state.text[start:end], entry.en, (start, end), note))
                continue
            referent = None
            if entry.refers_to is not None:
                referent = next(
                    (i for i, m in enumerate(target) if not state.used[i] and m.entry.id == entry.refers_to), None
                )
            if referent is not None:
                # A nickname or stock code rendered by the name of what it stands for; a former name (斯大林格勒
                # Stalingrad) by the thing's name of today, which the source's time may not have had.
                state.used[referent] = True
                hit = target[referent]
                what = "former name" if says_former_name(entry.note) else entry.type.replace("_", " ")
                note = f"{mention.surface} is a {what} of {hit.entry.zh or hit.entry.en}"
                out.append(problem("variant", mention, hit.surface, entry.en, (hit.start, hit.end), note))
                continue
            price = state.find_price(info)
            if price is not None:
                # "HK$40" for 40港元, "US$40" for 40美元: the currency by its sign or code (`forms.currency_signs`).
                state.claim(*price)
                state.take(price)
                introduced[entry.id] = entry
                continue
            index = _index_rendering(entry, mention, segment.source, state)
            if index is not None:
                # 上证综指 "Shanghai Composite Index", 海峡时报指数 "Straits Times Index" (U37-23): the name heads an
                # index's, which the translation writes by its own English; no mention of the exchange or the paper.
                state.claim(*index)
                state.take(index)
                continue
            session = _session_rendering(entry, state)
            if session is not None:
                # "the Standing Committee of the 13th National People's Congress" for 十三届全国人大常委会 (U38-6): the
                # body's English with the source's session as an ordinal inside it; the names inside are the body's.
                state.claim(*session)
                state.take(session)
                introduced[entry.id] = entry
                continue
            division = self._division_rendering(entry, state)
            if division is not None:
                # "Tibet Autonomous Region" for 西藏自治区 (CC-CEDICT's 'Tibetan Autonomous Region', U38-4): the
                # division by another name of its place before its own division words, as the region's own English
                # and "Xizang Autonomous Region" write it; the same name, no misspelling.
                state.claim(*division)
                state.take(division)
                introduced[entry.id] = entry
                continue
            whole = state.find_rendering(info)
            if whole is not None:
                # A rendering the engine does not take for a name in running text (no capital: "zou tao").
                start, end, found = whole
                state.claim(start, end)
                state.take((start, end))
                named_before = entry.id in introduced
                introduced[entry.id] = entry
                judged = info.forms.judge(found)
                verdict = check_kind(judged, entry)
                if verdict == "variant" and named_before and _is_short_form(entry, found, entry.en):
                    continue  # "The WHO said", after the translation named it: the short mention (`_consistency`)
                if verdict is not None and verdict != "missing":
                    why = _variant_note(entry, found, judged) if verdict == "variant" else None
                    out.append(problem(verdict, mention, found, entry.en, (start, end), why))
                continue
            initialism = state.find_initialism(info)
            if initialism is not None:
                # "UK" for 英国 'United Kingdom': the glossary's name by its initials, which it does not list.
                start, end, found, form = initialism
                state.claim(start, end)
                state.take((start, end))
                if (
                    entry.id not in introduced
                    and not _written_short(mention)
                    and found not in country_short_forms(entry)
                ):
                    # After the translation named it, its initials are the short mention news style writes; so they are
                    # for a name the source writes by its short form (中共 "CPC", Xinhua's and gov.cn's English), and
                    # for a country whose short form news style guides write ("UAE": `country_short_forms`).
                    out.append(problem("variant", mention, found, entry.en, (start, end), f"the initials of {form!r}"))
                introduced[entry.id] = entry
                continue
            parts = self._rendered_by_parts(mention, state)
            if parts is not None:
                # 中美 "China-USA" written "China-US" or "US-China": each character's name is rendered.
                for i in parts:
                    state.used[i] = True
                    state.spare.discard(i)
                introduced[entry.id] = entry
                continue
            if self._rendered_by_kin(mention, state) is not None:
                # "Chinese economic growth" for 中国经济增长, "American officials".
                introduced[entry.id] = entry
                continue
            if self._rendered_by_abbreviation(mention, state) is not None:
                # 中方 "the Chinese side" rendered "China" (not 美方: 美 stands for the Americas or the US).
                introduced[entry.id] = entry
                continue
            if self._rendered_by_army_word(entry, state) is not None:
                # 美军 'US army' rendered "US forces", "the US military" (R36-26), as 俄军 "Russian troops" is above.
                introduced[entry.id] = entry
                continue
            capital = self._rendered_by_capital(mention, state)
            if capital is not None:
                # "Beijing expressed concern." for 中方表示关切: the capital for the government, as wire copy writes
                # it; a `variant` that says so, never missing and unexpected.
                hit, country = capital
                introduced[entry.id] = entry
                out.append(
                    problem(
                        "variant",
                        mention,
                        hit.surface,
                        entry.en,
                        (hit.start, hit.end),
                        _capital_note(hit.surface, country),
                    )
                )
                continue
            shorter = self._rendered_by_short_name(mention, state)
            if shorter is not None:
                # "Tencent" for 腾讯 "Tencent Holdings Limited", "Lai Ching-te" for "William Lai Ching-te": accepted
                # as an alias is, a `variant` that says what makes it shorter.
                start, end, why = shorter
                introduced[entry.id] = entry
                if why is not None:
                    out.append(problem("variant", mention, state.text[start:end], entry.en, (start, end), why))
                continue
            if any(self._rendered_by_title(m, state) is not None for m in (mention, *needed.get(entry.id, ()))):
                # "Premier Li Qiang" for 国务院总理李强, "Commerce Minister" for 商务部部长: the body is in the title
                # (after the shorter names: "Foreign Ministry spokesperson" is a variant, its field first). The
                # mention left over may be another than the titled one: 国务院总理李强主持召开国务院常务会议 / "Premier
                # Li Qiang chaired … of the State Council" paired "State Council" with the first 国务院, so the title
                # renders the first and "State Council" the second.
                introduced[entry.id] = entry
                continue
            other_head = self._rendered_by_other_head(entry, state)
            if other_head is not None:
                # "China's commerce ministry" for 商务部 'Department of Commerce' (after the titles: "Commerce Ministry
                # spokesman" for 商务部发言人 is the title's, a silent pass): a `variant` that says so.
                start, end, why = other_head
                introduced[entry.id] = entry
                out.append(problem("variant", mention, state.text[start:end], entry.en, (start, end), why))
                continue
            if self._rendered_by_body_initials(entry, state) is not None:
                # "CPC Central Committee", "the Communist Party's Central Committee" for 中共中央 'Central Committee of
                # the Communist Party of China' (before the near misses: "the Central Committee of the Communist
                # Party" is no misspelling of it).
                introduced[entry.id] = entry
                continue
            romanized = state.find_romanized(info) if entry.type in _ROMANIZED_TYPES else None
            if romanized is not None:
                # "Shao Yifu" for 邵逸夫 'Run Run Shaw', "Mao Tse-tung" for 毛泽东 'Mao Zedong': the name in a
                # romanization of its Chinese that is not the glossary's English for the person. Copy writes it so;
                # a `variant` that says which it is.
                start, end, given_first, system = romanized
                state.claim(start, end)
                state.take((start, end))
                introduced[entry.id] = entry
                order = ", given name first" if given_first else ""
                note = f"{entry.zh or mention.surface} ({entry.pinyin}) in {system}{order}"
                out.append(problem("variant", mention, state.text[start:end], entry.en, (start, end), note))
                continue
            pinyin_surnamed = state.find_pinyin_surname(info) if info.pinyin_surnamed else None
            if pinyin_surnamed is not None:
                # "John Li" for 李家超 'John Lee': no near miss by letters (80 is the cutoff), a slip of romanization.
                start, end, form, note = pinyin_surnamed
                state.claim(start, end)
                state.take((start, end))
                introduced[entry.id] = entry
                out.append(problem("misspelt", mention, state.text[start:end], form, (start, end), note))
                continue
            last = _english_name_last_at(entry, state) if entry.type == "person" else None
            if last is not None:
                # "Mr Lau Chi Ping Martin" for 刘炽平 'Martin Lau': the name as Hong Kong's listed companies list
                # directors, read by `zhgloss.adopted.english_name_last` (U37-7): a `variant` that says so.
                start, end = last
                state.claim(start, end)
                state.take((start, end))
                introduced[entry.id] = entry
                note = "the English name last, as Hong Kong's listed companies write directors"
                out.append(problem("variant", mention, state.text[start:end], entry.en, (start, end), note))
                continue
            near = state.find_order(info)
            kind: Kind = "order"
            adopted = _adopted_name_before(state.text, near[0], entry) if near is not None else None
            if near is not None and adopted is not None:
                # "Simon Tat-wah Yam" for 任达华 'Simon Yam Tat-wah': an adopted name, the Chinese given name, then the
                # family name is the whole name in Western order (CC-CEDICT's own 霍英东 "Henry Ying-tung Fok"), no
                # reversal: a `variant` that says so (the user's U36-21).
                end = near[1]
                state.claim(adopted, end)
                state.take((adopted, end))
                introduced[entry.id] = entry
                note = "in Western order: the adopted name, the Chinese given name, then the family name"
                out.append(problem("variant", mention, state.text[adopted:end], entry.en, (adopted, end), note))
                continue
            if near is None:
                near = state.find_misspelt(info)
                kind = "misspelt"
                if near is not None and _cuts_target_name(near[0], near[1], state.target):
                    # "The Shanghai" of "The Shanghai Stock Exchange 50 Index" (the reviewer's R38-16): a near miss
                    # that ends or starts inside another target name is that name's, told of below as what the
                    # translation names instead ("missing 上海: found 'Shanghai Stock Exchange'").
                    near = None
            rendering = info.forms.judge(state.text[near[0] : near[1]]) if near and kind == "misspelt" else None
            if rendering is not None and rendering.status == "short":
                near = None  # a family name alone ("Liu-Yang" of Liu-Yang Fan) is a short mention or nothing
            if near is not None:
                start, end, form = near
                state.claim(start, end)
                state.take((start, end))
                introduced[entry.id] = entry
                found = state.text[start:end]
                if rendering is None and kind == "misspelt" and en_key(found) in info.keys:
                    # Only spaced or joined otherwise ("Leijun", "LeiJun" for Lei Jun), or in plain letters
                    # ("Tromso" for Tromsø): a variant, as README's "How names may be written" has it, never a
                    # misspelling; the note says which.
                    note = _written_otherwise(found, entry.en_forms)
                    out.append(problem("variant", mention, found, entry.en, (start, end), note))
                    continue
                if rendering is not None:
                    # A rendering after all, where the engine saw none (glued to an address, say):
                    # never a misspelling, so a problem's `found` never equals its `expected`.
                    verdict = check_kind(rendering, entry)
                    if verdict is not None and verdict != "missing":
                        out.append(problem(verdict, mention, found, entry.en, (start, end), None))
                    continue
                out.append(problem(kind, mention, found, form, (start, end), None))
                continue
            second = state.find_short(info)
            if second is not None:
                # "Lei Jun ... Lei said": news style names a person in full once, then by family name.
                # Before any full mention the family name alone still names the person: a `variant`
                # (a warning) that says so, never "found nothing".
                start, end, found = second
                state.claim(start, end)
                state.take((start, end))
                if entry.id not in introduced:
                    note = f"the family name alone, before the translation names {entry.en} in full"
                    out.append(problem("variant", mention, found, entry.en, (start, end), note))
                    continue
                rendering = info.forms.judge(found)
                if rendering is not None and check_kind(rendering) == "variant":
                    out.append(problem("variant", mention, found, info.surname or entry.en, (start, end), None))
                continue
            # "The European Commission said. … The Commission said.": a body named in full, then by its head noun. Only
            # after the full name: "the Bank" renders no World Bank the translation never names (the s33 review's R11).
            if entry.id in introduced and self._rendered_by_head_noun(entry, state) is not None:
                continue
            if entry.type == "person" and entry.id in introduced:
                pronoun = state.find_pronoun()
                if pronoun is not None:
                    # "Lei Jun said … He added": a person the translation has named, earlier in the document or in
                    # this segment, by a personal pronoun, as English does with a name the Chinese repeats (the
                    # review's R46-9). Each pronoun renders one mention; a first mention must still name the person.
                    state.take(pronoun)
                    continue
            still.append(mention)

        for mention in still:
            entry = mention.entry
            words = self.info(entry).words
            other = next(
                (
                    i
                    for i, m in enumerate(target)
                    if not state.used[i]
                    and not _related(m, ids, refs)
                    and not words.isdisjoint(self.info(m.entry).words)
                ),
                None,
            )
            if other is None:
                times, got = len(needed[entry.id]), len(rendered.get(entry.id, ()))
                lacking = f"the source names it {times} times, the translation {got}" if got else None
                own = _hyphenated_spelling_at(state, entry) if not got else None
                if own is not None:
                    # "Liu Young-way" for 刘扬伟 'Young Liu': a `variant` (a warning) that says what it may be, as
                    # "Liu Yangwei" in Hanyu Pinyin is; the tool cannot tell his own spelling from another person's of
                    # the same family name, so it says to check it (U35-3, the reviewer's R35-26).
                    start, end = own
                    state.take((start, end))
                    introduced[entry.id] = entry
                    note = (
                        "the family name and a given name of two hyphenated syllables, as Taiwan and "
                        "Hong Kong romanize names (a guess): if it is this person's own spelling, add it as an alias"
                    )
                    out.append(problem("variant", mention, state.text[start:end], entry.en, (start, end), note))
                    continue
                out.append(problem("missing", mention, None, entry.en, None, lacking))
                continue
            # The translation names something else that looks like it: Xiaomi for Xiaomi Group.
            state.used[other] = True
            hit = target[other]
            note = f"{hit.surface!r} is the glossary's name for {hit.entry.zh or hit.entry.id}"
            held = _fuller_name_of(hit.surface, entry, hit.entry)
            if held is not None:
                # A fuller name that writes this one whole: most likely the same person, but the tool cannot be sure.
                note += _FULLER_NOTE.format(held=held)
                out.append(problem("variant", mention, hit.surface, entry.en, (hit.start, hit.end), note))
                continue
            out.append(problem("missing", mention, hit.surface, entry.en, (hit.start, hit.end), note))

        if owed:
            out.extend(self._relation_parts_missing(segment, owed, state))
        abbreviated: list[str] | None = None
        for i, mention in enumerate(target):
            if state.used[i] or _related(mention, ids, refs) or _written_in(mention.entry, segment.source):
                continue
            if _in_longer_name(mention, state.text, state.taken) or _ordinary_at_start(mention, state.text):
                continue
            if mention.entry.type in _CURRENCY_NAMER_TYPES and _CURRENCY_AFTER_RE.match(state.text, mention.end):
                # "US$40", "40 Hong Kong dollars": the place names a currency, which the source writes (40美元), not
                # the place (a glossary without the currency: CC-CEDICT's --proper-only import leaves units out).
                continue
            if _named_in_context(
                mention, [(m.entry, m) for k, m in enumerate(state.target) if state.used[k]], state.text
            ):
                # "WeChat Moments" for 朋友圈 'Moments (… app WeChat 微信)', "China's National Bureau of
                # Statistics" for 国家统计局 '(China) National Bureau of Statistics': the glossary's own note on a
                # name the source writes names it, as the translator adds it for the reader.
                continue
            if _opens_longer_name(mention, state.text):
                # "the CK group" beside "CK Hutchison" for 长和, 长和系 (U37-26): the words that open a longer name
                # the translation writes are that name's short form, here its group's, not another name.
                continue
            if _owner_of_rendering(mention, state):
                # "China's foreign ministry" for 外交部: the body of a Chinese source is China's, as copy says.
                continue
            if self._in_compound(mention, segment.source, target, source):
                # 沪深股市 "Shanghai and Shenzhen stocks": the source names the place by one character in a compound.
                continue
            if _read_in_source(mention.surface, segment.source):
                # "Ping An" for 中国平安, "Dongfeng" for 东风汽车: the source writes characters the name spells in
                # pinyin; another thing the glossary spells alike (平安县, 东丰) is no name the translation adds.
                continue
            written = self._shorter_name_written(mention, segment.source)
            if written is not None:
                # "Isaac Newton" for a 牛顿 the source matcher leaves out (also the unit newton): the source does
                # write the person, by a shorter name of the glossary's.
                person, part, held = written
                if held is not None:
                    note = f"{mention.surface!r} is the glossary's name for {mention.entry.zh or mention.entry.id}"
                    out.append(
                        Problem(
                            segment.number,
                            "variant",
                            person,
                            part,
                            mention.surface,
                            person.en,
                            segment.id,
                            note + _FULLER_NOTE.format(held=held),
                            (mention.start, mention.end),
                            segment.line,
                        )
                    )
                continue
            if _party_organ_written(mention.entry, segment.source):
                # "the third plenary session of the 20th CPC Central Committee" for 中共二十届三中全会 (R39-4):
                # X中全会 is 第X次中央委员会全体会议 shortened, its 中 the Central Committee's, which the source writes.
                continue
            if self._people_written(mention, segment.source):
                # "The Taiwanese are watching" for 台湾人关注: the source writes a place's people (X人), which the
                # glossary has no entry for; the translation names them by the place's adjective (the reviewer's R37-19:
                # CC-CEDICT's 台语 'Taiwanese' claimed the word).
                continue
            if self._family_name_written(mention, segment.source):
                # 美國總統川普週三表示 / "US President Donald Trump said": the source writes the person by a family
                # name the glossary has (川普 "(Tw) surname Trump"), so the translation names no one the source lacks.
                continue
            shortened = self._short_form_written(mention, segment.source)
            if shortened is not None and _abbreviates_by_words(mention.entry, shortened):
                # 中央纪委 "Central Commission for Discipline Inspection", 中央军委 "Central Military Commission": the
                # source shortens the name the way Chinese shortens an official body's (each word's first characters),
                # which Xinhua renders by the full English: the name, no guess
                continue
            compound = None if shortened is not None else _compound_written(mention, segment.source, state.text)
            if shortened is not None or compound is not None:
                # 欧洲央行 "European Central Bank", 佐科 "Joko Widodo": the source may write the name shortened, as
                # Chinese does; 春运 "the Spring Festival travel rush": a word of the name's first character and
                # another word's (春节 + 运输), the name a modifier in the translation (U33-23). A guess, so a
                # `variant` that says so, not `unexpected`.
                entry = mention.entry
                zh = entry.zh or entry.zh_hant or entry.id
                if shortened is not None:
                    part, expected = shortened, entry.en
                    note = (
                        f"the source writes {shortened}, which may be a short form of {zh}: check it is the same name"
                    )
                else:
                    part, expected = compound or "", zh
                    note = (
                        f"the source writes {compound}, which may be a word of {zh} and another: check it renders that"
                    )
                out.append(
                    Problem(
                        segment.number,
                        "variant",
                        entry,
                        part,
                        mention.surface,
                        expected,
                        segment.id,
                        note,
                        (mention.start, mention.end),
                        segment.line,
                    )
                )
                continue
            side = self._side_by_capital(mention, segment.source)
            if side is not None:
                # 俄方 "Moscow", 美方 "Washington", a side the glossary has no entry for, by its capital: a `variant`,
                # as 中方 "Beijing" is; of the country's one-character entry (俄 'Russia'), which the source names.
                country_entry = side[2] or mention.entry
                out.append(
                    Problem(
                        segment.number,
                        "variant",
                        country_entry,
                        f"{side[0]}方",
                        mention.surface,
                        country_entry.en or side[1],
                        segment.id,
                        _capital_note(mention.surface, side[1]),
                        (mention.start, mention.end),
                        segment.line,
                    )
                )
                continue
            if self._abbreviations is not None and mention.entry.type != "person":
                # 访华 "visited China", 在京 "in Beijing", 德企 "German companies", 韩方 "South Korea".
                if abbreviated is None:
                    abbreviated = self._abbreviations.written(segment.source, source)
                keys = self._en_keys(mention.entry)
                if any(self._abbreviations.stands_for(c, mention, keys) for c in abbreviated):
                    continue
            if in_source_ticker(state.text, mention.start, mention.end, segment.source):
                continue  # "0700:HKEX" for 0700.HK: the exchange the source's ticker names (R46-17)
            entry = mention.entry
            span = (mention.start, mention.end)
            # The Chinese the source lacks; an entry with none is named by its id (never by `found`).
            expected = entry.zh or entry.zh_hant or entry.id
            out.append(
                Problem(
                    segment.number,
                    "unexpected",
                    entry,
                    "",
                    mention.surface,
                    expected,
                    segment.id,
                    self._family_name_of_introduced(mention, introduced),
                    span,
                    segment.line,
                )
            )
        return out

    def _in_compound(
        self, mention: Mention, source: str, target: Sequence[Mention], named: Sequence[Mention] = ()
    ) -> bool:
        """Tell whether the source writes a place the target names (`mention`) by one character beside another that
        stands for another place the target names: a compound of places shortened (沪深 "Shanghai and Shenzhen", 川渝,
        北上广, 京津冀). A character stands for a place when it is one of the place's own characters (深 of 深圳:
        `_holds_character`) or a one-character name of it (沪 'Shanghai': `_Abbreviations.stands_for`). Not a character
        of a name the source matcher read (`named`: 中澳 'China-Australia', 中美, checked as names of their own, whose
        澳 is no Macao), nor one that stands for two names (`_Abbreviations.is_clear`: 伊方 is Iran's or Iraq's)."""
        abbreviations = self._abbreviations
        if abbreviations is None or mention.entry.type not in _KIN_TYPES:
            return False
        read = {i for m in named for i in range(m.start, m.end)}
        others = [m for m in target if m.entry.id != mention.entry.id and m.entry.type in _KIN_TYPES]

        def stands(character: str, hit: Mention) -> bool:
            return _holds_character(hit.entry, character) or abbreviations.stands_for(
                character, hit, self._en_keys(hit.entry)
            )

        last = len(source) - 1
        common = common_words()
        for at, character in enumerate(source):
            if not ("\u3400" <= character <= "\u9fff") or at in read or not stands(character, mention):
                continue
            if abbreviations.keys(character) and not abbreviations.is_clear(character):
                continue
            if (
                _abbreviates_before(source, at)
                and source[at : at + 2] not in common
                and _holds_character(mention.entry, character)
            ):
                return True  # 疆独 "Xinjiang independence", 粤企: a place's own character as its name
            beside = [source[k] for k in (at - 1, at + 1) if 0 <= k <= last and "\u3400" <= source[k] <= "\u9fff"]
            if any(stands(other, hit) for other in beside for hit in others):
                return True
        return False

    def _relation_parts_missing(self, segment: Segment, owed: list[str], state: _SegmentCheck) -> Iterator[Problem]:
        """Yield a `missing` for each part of a relation the glossary has no name for (`owed`, of
        `_Abbreviations.owed`: 俄乌 of 俄乌冲突) that the translation leaves out where it renders another part: "The
        Russian conflict continues." renders 俄, not 乌 'Ukraine'. A part is rendered by a target name its character
        stands for (`stands_for`), or by its adjective, initialism with full stops or combining form
        (`_part_adjectives`: "Russo-Ukrainian"). Where no part is rendered the run may be no relation at all, and
        nothing is said; so too where each part rendered is rendered only where another source name claimed it (会谈
        中以: 中 of "during the talks", its "Chinese" 中国代表团's)."""
        abbreviations = self._abbreviations
        if abbreviations is None:
            return
        for run in owed:
            rendered = [
                any(abbreviations.stands_for(c, m, self._en_keys(m.entry)) for m in state.target)
                or bool(self._part_adjectives(c, None, state, claimed=False))
                for c in run
            ]
            if not any(rendered):
                continue
            # Only a part rendered where no other source name has claimed the rendering says the run is a relation:
            # 中国代表团在会谈中以务实态度 / "The Chinese delegation … during the talks" renders 中国, and its 中以 is
            # 会谈中 'during the talks' and 以 'with', no relation owed "Israel".
            if not any(
                any(
                    not used and abbreviations.stands_for(c, m, self._en_keys(m.entry))
                    for m, used in zip(state.target, state.used, strict=True)
                )
                or bool(self._part_adjectives(c, None, state))
                for c in run
            ):
                continue
            for character, done in zip(run, rendered, strict=True):
                entry = next(iter(abbreviations.entries(character)), None)
                if done or entry is None:
                    continue
                yield Problem(
                    segment.number,
                    "missing",
                    entry,
                    character,
                    None,
                    entry.en,
                    segment.id,
                    f"a part of {run}, whose other parts the translation renders",
                    None,
                    segment.line,
                )

    def _side_by_capital(self, mention: Mention, source: str) -> tuple[str, str, Entry | None] | None:
        """Find the side (a one-character name and 方, 俄方 美方) of the `source` that the target name `mention`
        renders by its capital, or None: (the character, the country as the capital's note writes it, the entry of the
        character's or of a longer name it stands for that has that country's name).

        The capital's entry says in its note whose capital it is (`_capital_of`: "Moscow, capital of Russia",
        CC-CEDICT's 华盛顿 "Washington, D.C. (US federal capital)"; whatever its type: 华盛顿 is typed a person by its
        first sense), by an English form of the character's own entry or of a longer name it stands for
        (`_Abbreviations.longer_names`: 美 'the Americas; USA' -> 美国 'United States; USA; US'). The capital says which
        country, so the character need not stand for one name only (美 stands for 美洲 and 美国).
        """
        abbreviations = self._abbreviations
        if abbreviations is None or not mention.entry.note:
            return None
        at = source.find("方", 1)
        while at > 0:
            character = source[at - 1]
            if abbreviations.keys(character):
                names = [*abbreviations.entries(character), *abbreviations.longer_names(character)]
                named = _capital_of(mention.entry, {key for other in names for key in self._en_keys(other)})
                if named is not None:
                    # The name whose capital it is, by its preferred English first: "Baghdad" is 伊拉克 'Iraq', not
                    # 伊 'Iran; Iraq'.
                    country = {en_key(named), en_key(named.rpartition(" of ")[2])}
                    having = [e for e in names if not country.isdisjoint(self._en_keys(e))]
                    preferred = [e for e in having if en_key(e.en) in country]
                    return character, named, next(iter(preferred or having), None)
            at = source.find("方", at + 1)
        return None

    def _family_name_of_introduced(self, mention: Mention, introduced: _Introduced) -> str | None:
        """Say whose family name an unexpected target name also is, among the people named earlier; else None.

        "Abe and Kan then had dinner." for a source that names nobody: "Abe" is the glossary's name for 亚伯 (Abel),
        but the document has named 安倍晋三 'Abe Shinzo' in full before, so the reader is told that the name is
        that person's family name too, and that this segment's source does not write the person.
        """
        if " " in mention.surface.strip():
            return None
        person = introduced.family(match_key(mention.surface), self.info)
        if person is None or person.id == mention.entry.id:
            return None
        return f"also the family name of {person.en} ({person.zh}), named before; this source does not write it"

    def _shorter_name_written(self, mention: Mention, source: str) -> tuple[Entry, str, str | None] | None:
        """Find the person a target's full name renders by a shorter Chinese name the source writes, or None.

        `mention` is a person's name in the translation whose own Chinese the source lacks ("Isaac Newton",
        艾萨克·牛顿). The source may write a part of that Chinese at its start or end (牛顿; `_name_parts`) which the
        glossary has as another person, one of whose English forms the mention writes whole (`_fuller_name_of`:
        "Newton") or is (an alias "Isaac Newton"). Returns (that person's entry, the part, the English form the
        mention writes with more of the name, or None when it is one of the person's own forms). Needs the
        glossary's exact lookup (`Checker(lookup=...)`); without it, None. The source matcher may leave such a part
        out of its mentions because it is a common word too (牛顿 the unit; `zhgloss.glossable`), so it is read here
        from the source's text.
        """
        entry = mention.entry
        if self._lookup is None or entry.type != "person":
            return None
        key = self._key(mention.surface)
        for part in _name_parts(entry.zh_forms, source):
            for hit in self._lookup(part):
                person = hit.entry
                if hit.field not in _CHINESE_FIELDS or hit.form != part or person.id == entry.id:
                    continue
                if person.type != "person":
                    continue
                if key in self.info(person).keys:
                    return person, part, None
                held = _fuller_name_of(mention.surface, person, entry)
                if held is not None:
                    return person, part, held
        return None

    def _short_form_written(self, mention: Mention, source: str) -> str | None:
        """The run of `source` that writes the Chinese of `mention`'s entry shortened (`short_forms_written`) and is
        neither a name of the glossary's nor a common word (`zhgloss.glossable.common_words`), or None; longest
        first. Needs the glossary's exact lookup (`Checker(lookup=...)`); without it, None: 中国 of 中国中央电视台 is
        a name of its own, 世界 of 世界卫生组织 a word, and only the lookup tells the first.

        A run that leaves characters out inside the name (中央军委 of 中央军事委员会, 北大 of 北京大学) is no word
        that merely starts it: a word list or the glossary may hold it as the word it has become (jieba's 中央军委,
        CC-CEDICT's term 中央军委 'Central Military Committee (CMC)', U38-5), and it is still the short form, unless the
        glossary has it as a name of its own."""
        if self._lookup is None:
            return None
        zh_forms = [f for f in mention.entry.zh_forms if f]
        runs = sorted(short_forms_written(zh_forms, source), key=len, reverse=True)
        common = common_words()
        for run in runs:
            starts = any(form.startswith(run) for form in zh_forms)
            if starts and run in common:
                continue
            hits = [hit.entry for hit in self._lookup(run) if hit.form == run and hit.field in _CHINESE_FIELDS]
            if not hits or (not starts and all(map(is_wording, hits))):
                return run
        return None

    def _rendered_by_parts(self, mention: Mention, state: _SegmentCheck) -> list[int] | None:
        """Find the free target names that render a source name made of names, one for each part; else None.

        CC-CEDICT writes a relation of countries by their one-character names (中美 "China-USA", 中日韩
        "China, Japan and Korea"), and a translation renders each name its own way and in either order:
        "China-US", "US-China", "the United States and China", "China-Japan-South Korea". Read from the
        start of the source's surface, a part is either a free target name whose entry is a run of two or
        more of its characters (中日 of 中日韩), or one character standing for a free target name's entry
        (`_Abbreviations.stands_for`: 美 for 美国 "US"; 欧 for 欧盟 "EU", named for 欧洲 'Europe'). Where the name's
        own English gives one name per character ("China-USA"; a combining form read as its country, "Sino-British"
        as China and British), each character's target name must have that English among its forms, or be named for
        the name that has it; otherwise the character must stand for one name only (`_Abbreviations.is_clear`: not
        澳, Macao or Australia). The parts' target names must stand together, with only "-", "/", "," or "and"
        between them. A character may be rendered by its name's adjective where English grammar asks for one
        (`_part_adjectives`: "the Chinese and US presidents" for 中美两国元首, "Chinese and Russian leaders" for 中俄),
        found in the target's free text, which is then taken. Each part may be written more than once in the target
        ("Sino-US relations ..., Chinese officials said"): every way of picking one rendering per part is tried, in
        text order, and the first whose parts stand together wins. A part may be a target name a source name of
        its own took, where that source name has its adjective among the free target names to take instead
        (`_kin_in_target`: "China and the United States ..., American officials said" for 中美…美国官员表示). Not for a
        person's name (韩 "Korea" and 美 "USA" are not 韩美), nor without a `lookup`. Return the target indexes used.
        """
        text, target, used = mention.surface, state.target, state.used
        abbreviations = self._abbreviations
        if abbreviations is None or len(text) < 2 or mention.entry.type == "person":
            return None
        # A rendering beyond what its own source name asked for (`spare`: "France" of "China-France" after "French
        # President" rendered 法国) is free for a relation's part.
        spare = state.spare
        free = [i for i, m in enumerate(target) if not used[i] or i in spare]
        english = [
            _COMBINED.get(key, {key})
            for key in (en_key(part) for part in _PART_SPLIT_RE.split(mention.entry.en or "") if part.strip())
        ]
        # Every character of a relation is a one-character name (中日 of 中日韩 too), or, where the name's English has
        # a part for each character (a compound: 京津冀 "Jing-Jin-Ji"), a character of a free target place's Chinese
        # name (津 of 天津, 深 of 深圳): most names end here.
        held = len(english) == len(text)
        if not all(
            abbreviations.keys(c) or (held and any(_holds_character(target[i].entry, c) for i in free)) for c in text
        ):
            return None
        # An English that spells each character's own pinyin ("Jing-Jin-Ji" for 京津冀) names no part.
        named = len(english) == len(text) and english != [{en_key(w)} for w in pinyin_words_of(mention.entry.pinyin)]
        # For each part, its renderings: (target index, or None for an adjective in free text; span; the free target
        # index that takes over a used one's source name, or None).
        options: list[list[tuple[int | None, tuple[int, int], int | tuple[int, int] | None]]] = []
        pos = 0
        while pos < len(text):
            run = next(
                (
                    (i, max(len(f) for f in runs))
                    for i in free
                    if (
                        runs := [
                            f for f in target[i].entry.zh_forms if 2 <= len(f) < len(text) and text.startswith(f, pos)
                        ]
                    )
                ),
                None,
            )
            if run is not None:
                options.append([(run[0], (target[run[0]].start, target[run[0]].end), None)])
                pos += run[1]
                continue
            character = text[pos]
            found: list[tuple[int | None, tuple[int, int], int | tuple[int, int] | None]] = []
            if not abbreviations.keys(character):
                # A character of a place's own name (津 of 天津): the free target places that hold it.
                found = [
                    (i, (target[i].start, target[i].end), None)
                    for i in free
                    if _holds_character(target[i].entry, character)
                ]
                if not found:
                    return None
                options.append(found)
                pos += 1
                continue
            want = english[pos] if named else None
            if want is not None and not self._names_a_part(character, want):
                # The relation's English names the part by what the character stands for nowhere (中港 'PRC and Hong
                # Kong': no name of 中 is "PRC"): it says nothing of which name, and the character must be clear.
                want = None
            if want is None and not abbreviations.is_clear(character):
                return None
            for i, hit in enumerate(target):
                taken = used[i] and i not in spare
                swap = None if not taken else self._kin_in_target(hit.entry, state)
                if taken and swap is None:
                    continue
                # The target name's own entry, or a longer name the character stands for that has its form too (英国
                # 'United Kingdom', alias Britain, for "Britain", which the target matcher gives 不列颠 'Britain').
                surface = self._key(hit.surface)
                for entry in (
                    hit.entry,
                    *(
                        e
                        for e in abbreviations.longer_names(character)
                        if e.id != hit.entry.id and surface in self._en_keys(e)
                    ),
                ):
                    read = hit if entry is hit.entry else Mention(hit.start, hit.end, hit.surface, entry, hit.form)
                    keys = self._en_keys(entry)
                    if abbreviations.stands_for(character, read, keys) and (
                        want is None
                        or not want.isdisjoint(keys)
                        or surface in want
                        or not want.isdisjoint(abbreviations.named_for(character, entry))
                        # The relation's English names the part by its adjective (中英 "Sino-British"): any name of
                        # the country it is the adjective of renders it ("China-UK", "China-Britain").
                        or not want.isdisjoint(self._kin_keys(entry))
                    ):
                        found.append((i, (hit.start, hit.end), swap))
                        break
            found += ((None, span, None) for span in self._part_adjectives(character, want, state))
            found += ((None, span, None) for span in self._part_mainland(character, state))
            if not found:
                return None
            options.append(found)
            pos += 1
        if len(options) < 2:
            return None
        for picked in itertools.islice(itertools.product(*options), _MOST_PICKS):
            indexes = [i for i, _, _ in picked if i is not None]
            swaps = [j for _, _, j in picked if j is not None]
            spans = sorted(span for _, span, _ in picked)
            if len({*indexes, *swaps}) != len(indexes) + len(swaps) or any(
                a[1] > b[0] or _PART_GAP_RE.fullmatch(state.text, a[1], b[0]) is None
                for a, b in itertools.pairwise(spans)
            ):
                continue
            for index, (start, end), swap in picked:
                if index is None:
                    state.claim(start, end)
                    state.take((start, end))
                elif isinstance(swap, tuple):
                    # The source name that had this target name is rendered by its adjective instead, in free text.
                    state.take(swap)
                elif swap is not None:
                    # The source name that had this target name is rendered by its adjective instead.
                    used[swap] = True
            return indexes
        return None

    def _kin_in_target(self, entry: Entry, state: _SegmentCheck) -> int | tuple[int, int] | None:
        """The first free target name that is an adjective or demonym of `entry` (`_kin_forms`: "American" for 美国),
        which may render `entry`'s source name in place of the name it took; else such a form written capitalised in
        the target's free text, as its span (a people's adjective the target matcher does not take for a name:
        "American" of CC-CEDICT's 美国人 'American', an untyped entry no longer glossed in English copy); else None."""
        if entry.type not in _KIN_TYPES:
            return None
        kin = self._kin_forms(entry)
        found = next(
            (
                j
                for j, hit in enumerate(state.target)
                if not state.used[j] and hit.entry.id != entry.id and match_key(hit.surface) in kin
            ),
            None,
        )
        if found is not None:
            return found
        free = state.iter_folded(dict(kin), capitals=True)
        return (free[0][0], free[0][1]) if free else None

    def _mainland_keys(self, character: str) -> dict[str, None]:
        """The `match_key`s of "mainland X" and "mainland" for the names X of `character` that the glossary has an
        entry "mainland X" of (`_part_mainland`), looked up once per character (a lookup a segment cost 1.3 s on
        3,060 segments)."""
        keys = self._mainland.get(character)
        if keys is not None:
            return keys
        keys = {}
        abbreviations = self._abbreviations
        if abbreviations is not None and self._lookup is not None and abbreviations.is_clear(character):
            for entry in abbreviations.entries(character):
                for name in entry.en_forms:
                    mainland = f"mainland {name}"
                    if any(hit.field in ("en", "alias") and hit.form == mainland for hit in self._lookup(mainland)):
                        keys.update({match_key(mainland): None, match_key("mainland"): None})
        self._mainland[character] = keys
        return keys

    def _part_mainland(self, character: str, state: _SegmentCheck) -> list[tuple[int, int]]:
        """Find "the mainland" or "mainland China" in the target's free text for a relation's `character` that stands
        for a country the glossary has a mainland of (an entry whose English is "mainland " and the country's name:
        CC-CEDICT's 内地 and 大陆 'mainland China'), as spans in text order; else []. Hong Kong and Taiwan copy writes
        中港 "Hong Kong and the mainland", 两岸 "Taiwan and the mainland" (the user's U36-30)."""
        keys = self._mainland_keys(character)
        if not keys:
            return []
        return [(start, end) for start, end, _ in state.iter_folded(keys, capitals=False, unclaimed=True)]

    def _part_adjectives(
        self, character: str, english: set[str] | None, state: _SegmentCheck, *, claimed: bool = True
    ) -> list[tuple[int, int]]:
        """Find the adjectives of the name a relation's `character` stands for in the target's free text, in order.

        The names are the character's own entries (`_Abbreviations.entries`: 中 "China", 俄 "Russia"), only those
        with an English key of `english` where the relation's English names each part ("China-USA"), else only a
        character that stands for one name (`_Abbreviations.is_clear`); their adjectives are `_kin_forms` ("Chinese",
        "Russian"), matched as `_rendered_by_kin` matches them, the initialisms with full stops of the longer names
        it stands for (`_Abbreviations.dotted`: "U.S." of 美国 for 美), and its combining form before a hyphen
        ("Sino-US": `_COMBINING_FORMS`). Every place each is written, kin first; with `claimed` False, also where a
        source name has claimed it.
        """
        abbreviations = self._abbreviations
        if abbreviations is None or (english is None and not abbreviations.is_clear(character)):
            return []
        kin: dict[str, str] = {}
        combining: dict[str, str] = {}
        for entry in abbreviations.entries(character):
            if english is None or not english.isdisjoint(self._en_keys(entry)):
                kin.update(self._kin_forms(entry))
                combining.update((match_key(c), c) for f in entry.en_forms if (c := _COMBINING_FORMS.get(f)))
        dotted: dict[str, None] = {}
        for key in english or (None,):
            dotted.update(abbreviations.dotted(character, key))
        mask = None if claimed else bytearray(len(state.text))
        out = [(start, end) for start, end, _ in state.iter_folded(kin, capitals=True, unclaimed=True, mask=mask)]
        out += [(start, end) for start, end, _ in state.iter_folded(dotted, capitals=False, unclaimed=True, mask=mask)]
        out += [
            (start, end)
            for start, end, _ in state.iter_folded(combining, capitals=True, unclaimed=True, mask=mask)
            if state.text[end : end + 1] in _HYPHENS
        ]
        return out

    def _rendered_by_kin(self, mention: Mention, state: _SegmentCheck) -> tuple[int, int] | None:
        """Find where the target renders a source name by the form English grammar asks for; else None.

        English writes a country's adjective or demonym where Chinese writes the name: 中国经济 "Chinese
        economy", 美国官员 "American officials", 日本企业 "Japanese companies". The forms (`_kin_forms`) are
        looked for as a free target name, then as whole words in free text that no capitalised word joins
        on the left ("South Korean" is not 朝鲜's "Korean"; see `_name_before`); one may follow, as in titles
        ("Ukrainian President", "Chinese Foreign Minister"). For places and untyped
        names only (`_KIN_TYPES`). Return the span, which is taken.
        """
        if mention.entry.type not in _KIN_TYPES:
            return None
        kin = self._kin_forms(mention.entry)
        if not kin:
            return None
        for i, hit in enumerate(state.target):
            if not state.used[i] and match_key(hit.surface) in kin:
                state.used[i] = True
                return hit.start, hit.end
        # It may cover a target name no source name has claimed: "Saudi Arabian" holds "Saudi" (沙特), which the
        # source's 沙特阿拉伯 does not name apart. A demonym may be in the plural: "Hongkongers" for 港人.
        found = state._find_folded(kin, capitals=True, joined_left=False, unclaimed=True, plural=True)
        if found is None:
            return None
        state.claim(found[0], found[1])
        state.take(found[:2])
        return found[:2]

    def _rendered_by_abbreviation(self, mention: Mention, state: _SegmentCheck) -> tuple[int, int] | None:
        """Find where the target renders a source name written as an abbreviation and a noun; else None.

        CC-CEDICT keeps 中方 "the Chinese side" as an entry of its own; a translation writes the name the first
        character stands for ("China expressed concern"), as `_Abbreviations` accepts
        for the same characters written without an entry (韩方), or that name's adjective in free text, as
        `_rendered_by_kin` finds it ("Chinese officials said" for 中方官员说). Only a two-character name whose second
        is one of `_ABBREVIATION_AFTER` and whose first stands for one name (`_Abbreviations.is_clear`); not a
        person's. Return the span: a target name's, which is used, or the adjective's, which is taken.
        """
        abbreviations, text = self._abbreviations, mention.surface
        if (
            abbreviations is None
            or len(text) != 2
            or text[1] not in _abbreviation_after()
            or mention.entry.type == "person"
            or not abbreviations.is_clear(text[0])
        ):
            return None
        for i, hit in enumerate(state.target):
            if not state.used[i] and abbreviations.stands_for(text[0], hit, self._en_keys(hit.entry)):
                state.used[i] = True
                return hit.start, hit.end
        kin: dict[str, str] = {}
        for entry in abbreviations.entries(text[0]):
            kin.update(self._kin_forms(entry))
        found = state._find_folded(kin, capitals=True, joined_left=False, unclaimed=True)
        if found is None:
            return None
        state.claim(found[0], found[1])
        state.take(found[:2])
        return found[0], found[1]

    def _rendered_by_head_noun(self, entry: Entry, state: _SegmentCheck) -> tuple[int, int] | None:
        """Find where the target names a body by "the" and the last word of its English ("the Commission"); else None.

        News names a body in full once, then by its head noun with the article: "The European Commission proposed …
        The Commission said", "the People's Bank of China … the Bank", "the Communist Party … the Party". Only an
        organisation whose English ends in such a noun, or has it before "of" (_BODY_HEAD_NOUNS), capitalised as the
        body's name is, and not another body's ("the Commission on Human Rights"); the span is the noun's, which is
        taken. The caller asks only once the translation has named the body in full.
        """
        if entry.type != "org":
            return None
        words = entry.en.split(" of ", 1)[0].split()
        if len(entry.en.split()) < 2 or not words or words[-1] not in _BODY_HEAD_NOUNS:
            return None
        for found in re.finditer(rf"\b[Tt]he ({re.escape(words[-1])})\b(?![ -][A-Z]| (?:of|on|for|to)\b)", state.text):
            start, end = found.span(1)
            if state.free(start, end):
                state.take((start, end))
                return start, end
        return None

    def _family_name_written(self, mention: Mention, source: str) -> bool:
        """Tell whether the `source` writes the person of the target's `mention` by a family name the glossary holds
        apart: an entry of two characters or more whose English is the person's family name (`family_name`), as
        CC-CEDICT's 川普 'Trump' ("(Tw) surname Trump", Taiwan's writing of Donald Trump). A one-character surname (李
        'Li') names no one person and is left out."""
        entry = mention.entry
        if entry.type != "person" or self._lookup is None or not has_cjk(source):
            return False
        family = family_name(entry)
        if family is None:
            return False
        return any(
            len(form) >= 2 and form in source
            for hit in self._lookup(family)
            if hit.field in ("en", "alias") and hit.entry.id != entry.id and hit.entry.type in ("surname", "person")
            for form in hit.entry.zh_forms
            if form
        )

    def _rendered_by_body_initials(self, entry: Entry, state: _SegmentCheck) -> tuple[int, int] | None:
        """Find where the target writes a body's organ with the body's initials or the body's name before it ("CPC
        Central Committee", "the Communist Party's Central Committee"); else None.

        A body's organ is named in English "X of the Y" (CC-CEDICT's 中共中央 "Central Committee of the Communist
        Party of China", 全国人大常委会 "Standing Committee of the National People's Congress"), and Xinhua, Reuters
        and the AP write it with the body's initials before the organ: "CPC Central Committee", "NPC Standing
        Committee". The initials are the body's (`initials`, with "of" left out or kept) or an all-capitals alias of
        an entry whose English is the body ("CCP" of 中共 "Communist Party of China"). English also writes the body
        as the organ's owner, before it, or after "of", by any of its names, without the country it ends with as well:
        "the Communist Party's Central Committee", "the Chinese Communist Party's Central Committee", "the Communist
        Party of China Central Committee" (U38-6 addendum), "the Central Committee of the Communist Party". The organ's
        words are written as the entry writes them, in any case; the
        names inside ("Central Committee", "NPC", "Communist Party") are used.
        """
        found = _HEAD_OF_BODY_RE.fullmatch(entry.en) if entry.type in _INITIALISM_TYPES else None
        if found is None:
            return None
        head, body = found.group(1), found.group(2)
        shorts = {initials(body), initials(body, of=True)}
        names = {body}
        if self._lookup is not None:
            for hit in self._lookup(body):
                if hit.form == body:
                    shorts.update(a for a in hit.entry.aliases if 2 <= len(a) <= 8 and a.isascii() and a.isupper())
                    shorts.update(initials(a) for a in (hit.entry.en, *hit.entry.aliases) if a != body)
                    names.update(hit.entry.en_forms)
        names.update([bare.group(1) for name in names if (bare := _OF_COUNTRY_RE.fullmatch(name)) is not None])
        words = r"\s+".join(map(re.escape, head.split()))
        patterns: list[tuple[re.Pattern[str], str | None]] = [
            (re.compile(rf"(?<![\w-]){re.escape(short)}\s+{words}(?![\w-])", re.IGNORECASE), short)
            for short in sorted(filter(None, shorts))
        ]
        if len(head.split()) >= 2:
            # An organ of two words or more, as the entry writes it ("Central Committee"): one word is a body's own
            # name ("Bank" of 中国银行 'Bank of China' is no organ of China, nor "China's bank").
            owners = "|".join(map(re.escape, sorted(names - {body}, key=len, reverse=True)))
            patterns.append((re.compile(rf"(?<![\w-])(?:{re.escape(body)}|{owners})['’]s\s+{words}(?![\w-])"), None))
            # The body's name before the organ as its modifier, as Xinhua and the wires write the Party's long name
            # ("the Communist Party of China Central Committee", "the Chinese Communist Party Central Committee").
            patterns.append((re.compile(rf"(?<![\w-])(?:{re.escape(body)}|{owners})\s+{words}(?![\w-])"), None))
            if owners:
                patterns.append((re.compile(rf"(?<![\w-]){words}\s+of\s+(?:the\s+)?(?:{owners})(?![\w-])"), None))
        for pattern, short in patterns:
            for match in pattern.finditer(state.text):
                start, end = match.span()
                if short is not None and state.text[start : start + len(short)] != short:
                    continue
                if (
                    short is None
                    and _name_before(state.text, start)
                    and not _POSSESSIVE_BEFORE_RE.search(state.text, 0, start)
                ):
                    # Inside a longer name: "People's Bank of China"; not after an owner's possessive, which is no part
                    # of it ("China's Communist Party's Central Committee": `_owner_of_rendering` reads the country).
                    continue
                if state.claimed().find(1, start, end) >= 0:
                    continue
                state.claim(start, end)
                state.take((start, end))
                return start, end
        return None

    def _rendered_by_army_word(self, entry: Entry, state: _SegmentCheck) -> tuple[int, int] | None:
        """Find where the target names a country's army (`entry`, an organisation) by another word for it
        (`_army_names`: "US forces", "the US military" for 美军 'US army'), in any case; else None. Return the first
        span, which is taken."""
        if entry.type != "org":
            return None
        names = self._army.get(entry.id)
        if names is None:
            names = self._army[entry.id] = {
                match_key(name): None
                for form in entry.en_forms
                for name in _army_names(form, self._country_adjectives(form))
            }
        found = state._find_folded(names, capitals=True, unclaimed=True) if names else None
        if found is None:
            return None
        state.claim(found[0], found[1])
        state.take(found[:2])
        return found[0], found[1]

    def _people_written(self, mention: Mention, source: str) -> bool:
        """Tell whether the target `mention` is the adjective or demonym (`_kin_forms`) of a place whose people
        `source` writes, the place's Chinese (two to four characters, a place or untyped name of the glossary) and 人
        after it: "Taiwanese" for 台湾人, "the Dutch" for 荷兰人. False without the glossary's lookup."""
        if self._lookup is None or "人" not in source:
            return False
        key = match_key(mention.surface)
        keys = {key, key[:-1]} if key.endswith("s") else {key}
        for at in (i for i, c in enumerate(source) if c == "人"):
            for size in range(2, min(4, at) + 1):
                place = source[at - size : at]
                for hit in self._lookup(place):
                    if (
                        hit.field in _CHINESE_FIELDS
                        and hit.form == place
                        and hit.entry.type in _KIN_TYPES
                        and not keys.isdisjoint(self._kin_forms(hit.entry))
                    ):
                        return True
        return False

    def _country_adjectives(self, form: str) -> list[str]:
        """The adjectives English makes of the country an army's English `form` names before its word (`_ARMY_RE`):
        "US army" -> the glossary's entries for "US" (CC-CEDICT's 美国 'United States; US; USA') -> their forms'
        `demonyms` ("American", and forms no text writes, which cost nothing). [] without the glossary's lookup, for a
        form that names no army, or for a country the glossary has no place or untyped name for."""
        army = _ARMY_RE.fullmatch(form)
        if army is None or self._lookup is None:
            return []
        out: dict[str, None] = {}
        for hit in self._lookup(army.group(1)):
            if hit.field in ("en", "alias") and hit.entry.type in _KIN_TYPES and not is_wording(hit.entry):
                out.update(dict.fromkeys(d for f in hit.entry.en_forms for d in demonyms(f) if d[:1].isupper()))
        return list(out)

    def _rendered_by_other_head(self, entry: Entry, state: _SegmentCheck) -> tuple[int, int, str] | None:
        """Find where the target writes a government body by its descriptive name with the other head noun
        (`_other_head_names`: "the commerce ministry" for 商务部 'Department of Commerce'), in any case, as a name of
        its own; else None. Return the first span, which is taken, and what makes it another name."""
        if entry.type not in _SHORT_TYPES:
            return None
        found: tuple[int, int, str] | None = None
        for form in entry.en_forms:
            for name, why in _other_head_names(form).items():
                hit = state._find_folded({match_key(name): None}, capitals=True, alone=True, unclaimed=True)
                if hit is not None and (found is None or hit[0] < found[0]):
                    found = (hit[0], hit[1], why)
        if found is not None:
            state.claim(found[0], found[1])
            state.take(found[:2])
        return found

    def _rendered_by_title(self, mention: Mention, state: _SegmentCheck) -> tuple[int, int] | None:
        """Find where the target renders a body by the title of office the source writes after it; else None.

        English writes a body's officer by a title that holds the body (`_TITLES_OF_OFFICE`): the title alone where
        it names the body's head in full (国务院总理 "Premier", 国务院副总理 "Vice Premier"), else the body's field
        before the title ("Commerce Minister" for 商务部部长, "Defense Minister" for 国防部长, "Foreign Ministry
        spokeswoman", with a head word or none): the field of a form "Ministry of Commerce" or "Commerce Department"
        (`_body_fields`). For an organisation or untyped name whose source goes on with the title. Return the span,
        which is taken.
        """
        entry, source = mention.entry, state.segment.source
        if entry.type not in _SHORT_TYPES:
            return None
        rank = _RANK_BEFORE_RE.match(source, mention.end)
        at = rank.end() if rank is not None else mention.end
        title = next(
            (
                t
                for t in _TITLES_OF_OFFICE
                if any(source.startswith(c, at) for c in _in_both_scripts(frozenset([t[0]])))
                and (not t[1] or any(mention.surface.endswith(e) for e in _in_both_scripts(frozenset([t[1]]))))
            ),
            None,
        )
        if title is None:
            return None
        _, _, english, alone = title
        phrases = list(english) if alone else _officer_titles(entry, english)
        found = state._find_folded({match_key(p): None for p in phrases}, capitals=False, unclaimed=True)
        if found is None:
            return None
        state.claim(found[0], found[1])
        state.take(found[:2])
        return found[0], found[1]

    def _rendered_by_capital(self, mention: Mention, state: _SegmentCheck) -> tuple[Mention, str] | None:
        """Find the free target name that renders a country's side or government by its capital; else None.

        Wire copy writes the capital for the government: "Beijing expressed concern" for 中方表示关切, "Tokyo" for
        日方, "Moscow" for 俄罗斯政府 (CC-CEDICT's 北京 lists "PRC government" among its senses). The source name
        is an abbreviation and 方 (中方, whose first character stands for one name: `_Abbreviations.is_clear`) or
        a country's name before 政府; the target name's entry says in its note that it is the "capital of" that
        country (CC-CEDICT's "Tokyo, capital of Japan", "Beijing, capital of People's Republic of China"), by one of
        the country's English forms. Return the target name, which is used, and the country as the note writes it.
        """
        abbreviations, text, entry = self._abbreviations, mention.surface, mention.entry
        if abbreviations is None or entry.type == "person":
            return None
        if len(text) == 2 and text[1] == "方" and abbreviations.is_clear(text[0]):
            keys: set[str] = set(abbreviations.keys(text[0]))
        elif entry.type in _KIN_TYPES and state.segment.source.startswith("政府", mention.end):
            keys = self._en_keys(entry)
        else:
            return None
        for i, hit in enumerate(state.target):
            country = None if state.used[i] else _capital_of(hit.entry, keys)
            if country is not None:
                state.used[i] = True
                return hit, country
        return None

    def _is_adjective(self, entry: Entry, surface: str) -> bool:
        """Tell whether `surface`, a form of `entry`'s own, is its adjective ("French" of 法国 "France; French").

        English writes the adjective where grammar asks for it, so it is neither another rendering of the name
        (`inconsistent`) nor a `variant` of it.
        """
        return entry.type in _KIN_TYPES and match_key(surface) in self._kin_forms(entry)

    def _rendered_by_short_name(self, mention: Mention, state: _SegmentCheck) -> tuple[int, int, str | None] | None:
        """Find where the target renders a source name by a shorter name news copy uses for it; else None.

        The shorter names (`_short_names`): a company's English without its legal form (`without_legal_form`:
        "Tencent" for 腾讯 "Tencent Holdings Limited"); the English of the name the Chinese adds 社, 公司 or 集团 to
        (新华 "Xinhua" for 新华社 "Xinhua News Agency"), for organisations and untyped names, or 省, 市, 自治区,
        特别行政区 … (`_DIVISION_SUFFIXES`: 西藏 "Tibet" for 西藏自治区), for places and untyped names; a person's name
        without the adopted given name before it ("Lai Ching-te" for 赖清德 "William Lai Ching-te"); for any entry,
        the one-word name its title is written with (`_without_title`: "Xuande" of "Xuande Emperor"). A shorter name
        counts only where no capitalised word goes on after it ("Tencent Music" is another company), and may
        cover target names no source name has claimed: "Xinhua", the glossary's name for 新华, or "Ching" of
        清代 "Ch'ing" inside "Lai Ching-te", which are then used. A body's descriptive name (`_descriptive_body_names`)
        counts in any case ("the foreign ministry"); a name without its event's generic word only before a lower-case
        noun ("Olympic athletes"); the name of the person an organisation is named after only where no given name
        stands before it ("Michael Bloomberg said" names the man, not 彭博社 'Bloomberg News'). Return the span, which
        is taken, and what makes it shorter (for the `variant` it is, as an alias is), or None for what makes it
        shorter where it is a company's name without its legal, holding and trade words (`company_short_forms`:
        "Huawei" for 'Huawei Technologies Co. Ltd.', "Tencent" for 'Tencent Holdings Limited'), made of names alone
        (`names_itself`: not "British Broadcasting") and held by no other entry of the glossary: the name news copy
        writes for the company, a silent pass (the review's R48-17).
        """
        short = self._short_names(mention.entry)
        if not short:
            return None
        text = state.text
        found: tuple[int, int, str] | None = None
        for key, shorter in short.items():
            accept: Callable[[int], bool] | None = None
            if shorter.before_noun:
                size = len(key)
                accept = functools.partial(_before_lower_word, text, size)
            elif shorter.named_after:
                accept = functools.partial(_no_name_before, text)
            keys: dict[str, str] | dict[str, None] = {key: None} if shorter.any_case else {key: shorter.form}
            hit = state._find_folded(
                keys,
                capitals=True,
                alone=True,
                unclaimed=True,
                accept=accept,
            )
            if hit is not None and (found is None or hit[0] < found[0]):
                found = hit
        if found is None:
            return None
        start, end = found[0], found[1]
        shorter = short[match_key(found[2])]
        why: str | None = shorter.why
        other = next(
            (m.entry for i, m in enumerate(state.target) if not state.used[i] and (m.start, m.end) == (start, end)),
            None,
        )
        if other is not None:
            why = f"{text[start:end]!r} is the glossary's name for {other.zh or other.id}, {why}"
        elif shorter.company:
            why = None  # "Huawei", "Tencent", "Alibaba": the company's own name as news writes it (R48-17)
        state.claim(start, end)
        state.take((start, end))
        return start, end, why

    def _division_names(self, entry: Entry) -> dict[str, None]:
        """The `match_key`s of the English a division is written by where the source names it by its place's Chinese
        and a division word (`_DIVISION_SUFFIXES`: 西藏 + 自治区): each name the glossary gives the place (its place or
        untyped entry for 西藏: 'Tibet', 'Xizang', 'Tibetan') before the division's own words after the place's name
        in the division's English ("Autonomous Region" of CC-CEDICT's 西藏自治区 'Tibetan Autonomous Region'): "Tibet
        Autonomous Region", the region's own English (english.www.gov.cn, xizang.gov.cn), and "Xizang Autonomous
        Region". {} for another entry, for one whose English starts with no name of the place, or without the
        glossary's lookup; the division's own forms left out."""
        cached = self._divisions.get(entry.id)
        if cached is not None:
            return cached
        out: dict[str, None] = {}
        if entry.type in _KIN_TYPES and self._lookup is not None:
            own = {match_key(f) for f in entry.en_forms}
            for whole in filter(None, entry.zh_forms):
                suffix = next((x for x in _DIVISION_SUFFIXES if whole.endswith(x) and len(whole) - len(x) >= 2), None)
                if suffix is None:
                    continue
                for hit in self._lookup(whole[: -len(suffix)]):
                    if hit.field not in _CHINESE_FIELDS or hit.entry.type not in _KIN_TYPES or is_wording(hit.entry):
                        continue
                    names = hit.entry.en_forms
                    for form in entry.en_forms:
                        tail = next((form[len(n) + 1 :] for n in names if form.startswith(n + " ")), None)
                        if tail and tail[:1].isupper():
                            out.update(dict.fromkeys(k for n in names if (k := match_key(f"{n} {tail}")) not in own))
        self._divisions[entry.id] = out
        return out

    def _division_rendering(self, entry: Entry, state: _SegmentCheck) -> tuple[int, int] | None:
        """Find where the target writes the division `entry` by another name of its place (`_division_names`); else
        None. Return the first span (the caller takes it)."""
        names = self._division_names(entry)
        if not names:
            return None
        found = state._find_folded(names, capitals=False, unclaimed=True)
        return None if found is None else (found[0], found[1])

    def _division_without_generic(self, form: str, entry: Entry) -> str | None:
        """Return a division's English `form` without its generic word where `_without_feature` keeps it for not being
        the pinyin of the entry ("New Taipei" of 新北市 'New Taipei City', as the city's government and Focus Taiwan
        write "New Taipei Mayor"), or None: also where the name left is an English word or the English of another
        entry of the glossary ("Mexico" of 墨西哥城 'Mexico City' is 墨西哥, "Kansas" of 堪萨斯城 'Kansas City' is
        堪萨斯州), or there is no glossary lookup to tell."""
        match = DIVISION_RE.fullmatch(form)
        if match is None or self._lookup is None:
            return None
        name = match.group(1)
        if any(word.lower() in lower_words() for word in name.split()):
            return None
        if any(hit.field in ("en", "alias") and hit.entry.id != entry.id for hit in self._lookup(name)):
            return None
        return name

    def _company_short_forms(self, form: str, entry: Entry) -> list[str]:
        """The company name `form` of `entry` without its last legal-form, holding and trade words, one more each time
        (`forms.company_short_forms`: "Huawei Technologies" and "Huawei" of 'Huawei Technologies Co. Ltd.'), but for
        a name a trade word leaves that is a place's English or starts with one ("China" of 中国电信 'China Telecom'
        is 中国; "China United" of 'China United Telecommunications Corporation' names no company). Another entry's
        name left is the company's all the same, a `variant` that says whose name it is too ("Xiaomi" of 'Xiaomi
        Group', 小米's name; "Foxconn" of 'Foxconn Technology Group', 鸿海's)."""
        legal = legal_form_shortenings(form)
        out = company_short_forms(form)
        if self._lookup is None or len(out) == len(legal):
            return out
        kept = out[: len(legal)]
        for bare in out[len(legal) :]:
            first = bare.split()[0]
            if any(
                hit.field in ("en", "alias") and hit.entry.type == "place"
                for name in dict.fromkeys((bare, first))
                for hit in self._lookup(name)
            ):
                break
            kept.append(bare)
        return kept

    def _short_names(self, entry: Entry) -> dict[str, _Shorter]:
        """The shorter names `_rendered_by_short_name` looks for, by `match_key`."""
        short = self._short.get(entry.id)
        if short is not None:
            return short
        forms: dict[str, _Shorter] = {}
        for form in entry.en_forms:
            shorter = [_without_title(form)]
            if entry.type == "person":
                shorter.append(_without_adopted_name(form, entry))
                if (bare := _without_middle_names(form, entry)) is not None:
                    middle = " ".join(form.split()[1:-1])
                    forms.setdefault(bare, _Shorter(bare, f"the name without its middle name {middle!r}"))
                words = form.split()
                if len(words) == 3 and "-" in words[2] and words[1] == family_name(entry) != words[0]:
                    # "Paul Chan" of "Paul Chan Mo-po": the adopted name and the family name, without the hyphenated
                    # Chinese given name, as news writes a Hong Kong name after `add`'s short form (the user's U36-34).
                    bare = f"{words[0]} {words[1]}"
                    forms.setdefault(bare, _Shorter(bare, f"the name without its Chinese given name {words[2]!r}"))
            if entry.type in _KIN_TYPES and (feature := _without_feature(form, entry)) is not None:
                forms.setdefault(feature, _Shorter(feature, _dropped_note(form, feature)))
            elif entry.type in _KIN_TYPES and (division := self._division_without_generic(form, entry)) is not None:
                # "New Taipei" of 新北市 'New Taipei City' (the user's U36-7): a division's English name that is no
                # pinyin, without its generic word, where the name left is no other place's.
                forms.setdefault(division, _Shorter(division, f"the name without {form[len(division) :].strip()!r}"))
            if entry.type in _SHORT_TYPES and (language := _LANGUAGE_RE.fullmatch(form)) is not None:
                # 德语 "German language" (CC-CEDICT's "German (language)"): English names a language by its adjective
                # alone ("He speaks German"), which the source's 德语 says is the language, not the country.
                bare = language.group(1)
                forms.setdefault(bare, _Shorter(bare, "the language's name without 'language'"))
            if entry.type in _SHORT_TYPES:
                for bare in self._company_short_forms(form, entry):
                    dropped = " ".join(form[len(bare) :].split()).strip(" ,")
                    why = f"the name without {dropped!r}"
                    forms.setdefault(bare, _Shorter(bare, why, company=names_itself(bare)))
                shorter.append(_without_country(form))
                for name, why in _descriptive_body_names(form).items():
                    forms.setdefault(name, _Shorter(name, why, any_case=True))
            if entry.type == "event" and (bare := _without_country(form)) is not None:
                # 国庆节 'PRC National Day' -> "National Day", as 美联储 'US Federal Reserve' -> "the Federal Reserve".
                forms.setdefault(bare, _Shorter(bare, f"the name without {form[: -len(bare)].strip()!r}"))
            if entry.type in _GENERIC_TAIL_TYPES and (tailless := _without_generic_tail(form)) is not None:
                name, before_noun = tailless
                dropped = form[len(name) :].strip()
                why = f"the name without {dropped!r}" + (" before a noun" if before_noun else "")
                forms.setdefault(name, _Shorter(name, why, before_noun=before_noun))
            for bare in filter(None, shorter):
                # What was dropped, as the form writes it: 'Holdings Limited', 'William', 'Emperor'.
                dropped = " ".join(w for w in form.replace(bare, " ", 1).split()).strip(" ,")
                forms.setdefault(bare, _Shorter(bare, f"the name without {dropped!r}"))
        for other in bracketed_names(entry) if entry.type != "person" else ():
            # 'Spring Festival (Chinese New Year)'; not a place or work the bracket locates the thing by, another
            # type's name in the glossary: 律政司 'Department of Justice (Hong Kong)', 格兰芬多 'Gryffindor (Harry
            # Potter)'. A person's bracket is a role ('John Chang (Taiwan Foreign Minister)').
            if self._lookup is not None and any(
                hit.field in ("en", "alias") and hit.entry.type != entry.type and not is_wording(hit.entry)
                for hit in self._lookup(other)
            ):
                continue
            forms.setdefault(other, _Shorter(other, "the other name the glossary's note gives it in brackets"))
        for suffixes, types in ((_ORG_SUFFIXES, _SHORT_TYPES), (_DIVISION_SUFFIXES, _KIN_TYPES)):
            if entry.type not in types or self._lookup is None:
                continue
            for whole in filter(None, entry.zh_forms):
                suffix = next((x for x in suffixes if whole.endswith(x) and len(whole) - len(x) >= 2), None)
                if suffix is None:
                    continue
                for hit in self._lookup(whole[: -len(suffix)]):
                    if hit.field not in _CHINESE_FIELDS:
                        continue
                    if hit.entry.type in types:
                        for form in hit.entry.en_forms:
                            forms.setdefault(form, _Shorter(form, f"the name without {suffix}"))
                    elif hit.entry.type == "person" and types is _SHORT_TYPES:
                        # 彭博社 'Bloomberg News' without 社 is 彭博, the person 'Bloomberg' it is named after: his
                        # name renders it where the organisation's own English starts with it ("Bloomberg reported"),
                        # never after a given name ("Michael Bloomberg said" is the man).
                        for form in hit.entry.en_forms:
                            if any(named.startswith(form + " ") for named in entry.en_forms):
                                forms.setdefault(form, _Shorter(form, f"the name without {suffix}", named_after=True))
        own = {match_key(f) for f in entry.en_forms}
        short = self._short[entry.id] = {
            key: shorter
            for form, shorter in forms.items()
            if form != form.lower() and (key := match_key(form)) and key not in own
        }
        return short

    def _en_keys(self, entry: Entry) -> set[str]:
        """The `en_key`s of `entry`'s English forms (as `_EntryInfo.keys`, without building the rest of it)."""
        keys = self._english.get(entry.id)
        if keys is None:
            keys = self._english[entry.id] = {en_key(form) for form in entry.en_forms}
        return keys

    def _names_a_part(self, character: str, want: set[str]) -> bool:
        """Tell whether `want`, the keys a relation's English gives one of its parts, names what `character` stands for:
        a key of its own (英 'British' of 中英 "Sino-British") or of a longer name it stands for, or of that name's
        adjectives or of what it is named for (`_Abbreviations.longer_names`, `_kin_keys`, `named_for`)."""
        abbreviations = self._abbreviations
        if abbreviations is None:
            return False
        if not want.isdisjoint(abbreviations.keys(character)):
            return True
        return any(
            not want.isdisjoint(self._en_keys(entry))
            or not want.isdisjoint(self._kin_keys(entry))
            or not want.isdisjoint(abbreviations.named_for(character, entry))
            for entry in abbreviations.longer_names(character)
        )

    def _kin_keys(self, entry: Entry) -> set[str]:
        """The `en_key`s of `entry`'s adjectives and demonyms (`_kin_forms`: 英国 -> {"british", ...})."""
        return {en_key(form) for form in self._kin_forms(entry).values()}

    def _kin_forms(self, entry: Entry) -> dict[str, str]:
        """The adjective and demonym forms that render `entry`, by `match_key` (its own among them: 法国 "French").

        - those English regularly makes of its English forms (`demonyms`: "Chinese", "Japanese", "Iranian");
        - its people's nouns where they are no adjective (`demonyms` reads data/demonyms.tsv: "Briton", "Dane",
          "Frenchman"): a people is read from its place alone, never from a people's entry (美国人 'American person'),
          so a glossary with no such entries judges alike (IMP-41-2);
        - with it too, the name of its language, its Chinese with 语 after it, where that entry's English is "X
          language" or "X (language)": English names a language by the country's adjective, so the irregular ones
          the suffixes of `demonyms` miss are there: 波兰语 'Polish (language)' -> "Polish", 荷兰语 'Dutch
          (language)' -> "Dutch", 希腊语 "Greek", 瑞典语 "Swedish".
        Forms with a capital only (a name form has one, see `Checker._value`).
        """
        kin = self._kin.get(entry.id)
        if kin is not None:
            return kin
        own = set(entry.en_forms)
        forms = {form for name in own for form in demonyms(name)}
        if self._lookup is not None:
            # A form the suffixes make that is another place's or person's own name is no adjective of this one:
            # "Wuhan" of 五河 'Wuhe' is 武汉, "Sanyi" of 三亚 'Sanya' is 三义 (a pinyin name's suffix is its syllable).
            forms = {
                form
                for form in forms
                if not any(
                    hit.field == "en" and hit.entry.id != entry.id and hit.entry.type in _NAMED_ELSEWHERE_TYPES
                    for hit in self._lookup(form)
                )
            }
            for whole in (f for f in entry.zh_forms if f):
                # Its people (美国人 "Americans", 英国人 "two Britons") by `demonyms` alone, never by a people's entry
                # (CC-CEDICT's 美国人 'American person'), which an import may leave out (IMP-41-2).
                language = whole + "语"
                forms.update(
                    named.group(1)
                    for hit in self._lookup(language)
                    if hit.field in _CHINESE_FIELDS and hit.form == language
                    for f in hit.entry.en_forms
                    if (named := _LANGUAGE_RE.fullmatch(f)) is not None
                )
                if whole[-1:] == "人" and len(whole) > 1:
                    # A people (港人 'Hong Kong person or people', 瑞士人 'Swiss person') is rendered by its place's
                    # adjective or demonym ("Hongkongers", "the Swiss") and by "X people".
                    place = whole[:-1]
                    for hit in self._lookup(place):
                        if (
                            hit.field in _CHINESE_FIELDS
                            and hit.form == place
                            and hit.entry.type in _KIN_TYPES
                            and hit.entry.id != entry.id
                            and not any(f.endswith("人") for f in hit.entry.zh_forms if f)
                        ):
                            forms.update(self._kin_forms(hit.entry).values())
                            # ... and by its place's name before a noun of its own ("Hong Kong residents")
                            forms.update(hit.entry.en_forms)
                            forms.update(f"{name} people" for name in hit.entry.en_forms)
        kin = self._kin[entry.id] = {match_key(f): f for f in forms if f and f != f.lower()}
        return kin

    def _forbidden(
        self, state: _SegmentCheck, paired: list[tuple[Entry, list[Mention], list[int]]], unmet: list[Mention]
    ) -> list[tuple[Mention, tuple[int, int], str]]:
        """Find the forbidden forms the target uses for the source's names; each stands in for a rendering.

        Return (source mention, target span, status) in target order; the mentions they answer
        are taken out of `unmet`.
        """
        out: list[tuple[Mention, tuple[int, int], str]] = []
        for entry, wanted, _ in paired:
            if not entry.forbidden:
                continue
            spans = state.find_forbidden(self.info(entry), self._is_inside_accepted)
            if not spans:
                continue
            statuses = {f.form: f.status for f in entry.forbidden}
            table = self.info(entry).forms
            waiting = [m for m in unmet if m.entry.id == entry.id]
            for n, span in enumerate(spans):
                mention = waiting[n] if n < len(waiting) else wanted[min(n, len(wanted) - 1)]
                judged = table.judge(state.text[span[0] : span[1]])
                status = statuses.get(judged.form, "forbidden") if judged is not None else "forbidden"
                out.append((mention, span, status.replace("_", " ")))
            answered = {id(m) for m in waiting[: len(spans)]}
            unmet[:] = [m for m in unmet if id(m) not in answered]
        out.sort(key=lambda item: item[1])
        return out

    def _is_inside_accepted(self, text: str, start: int, end: int) -> bool:
        """Tell whether the words start..end of `text` lie inside a longer run of words the glossary accepts as an
        English form (`en` or an alias) of an entry, in any case or punctuation, as `Glossary.lookup` reads it.

        The word-inside rule the target matcher keeps ("Alibaba" in "Alibaba Group"), for forms it did not read
        as names: "Ali Cloud of Alibaba Group" (a body's name before "of"), "Ali cloud" in lower case. A run is
        up to _LONGEST_FORM_WORDS words, and it holds start..end: the banned "Ali" in "Ali Cloud" is that name's.
        """
        if self._lookup is None:
            return False
        words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        first = next((k for k, (a, b) in enumerate(words) if b > start), None)
        last = next((k for k in range(len(words) - 1, -1, -1) if words[k][0] < end), None)
        if first is None or last is None or words[first][0] != start or words[last][1] != end:
            return False
        for a in range(max(0, last - _LONGEST_FORM_WORDS + 1), first + 1):
            for b in range(last, min(len(words), a + _LONGEST_FORM_WORDS)):
                if (a, b) != (first, last) and any(
                    hit.field in ("en", "alias") for hit in self._lookup(text[words[a][0] : words[b][1]])
                ):
                    return True
        return False

    def _key(self, surface: str) -> str:
        key = self._keys.get(surface)
        if key is None:
            key = self._keys[surface] = en_key(surface)
        return key

    def _consistency(self, renderings: dict[str, _Uses]) -> list[tuple[int, int, Problem]]:
        """Judge each entity's renderings across the document: `inconsistent`, else `variant`."""
        out: list[tuple[int, int, Problem]] = []
        for uses in renderings.values():
            if not uses.others:
                continue
            entry = uses.entry
            preferred = self._key(entry.en)
            # Renderings in document order with their keys ("LEI Jun" is "Lei Jun" in other case).
            listed = sorted(
                uses.others + ([uses.preferred] if uses.preferred else []),
                key=lambda u: (u[0].number, u[0].offset + u[2].start),
            )
            listed = self._without_family_name(entry, preferred, listed, out)
            if not listed:
                continue
            known = self.info(entry).keys
            # A plural ("Hong Kong dollars", `forms.plural_end`) is its form: one rendering with the singular.
            keys = [_singular_key(self._key(hit.surface), known) for _, _, hit in listed]
            short = country_short_forms(entry)
            if short:
                # "UK" in one place and "Britain" or "United Kingdom" in another: one country, as copy writes it.
                keys = [
                    preferred if hit.surface in short else key for key, (_, _, hit) in zip(keys, listed, strict=True)
                ]
            # Its adjective is the name where grammar asks for it ("The British government … Britain's economy", now
            # that 英国 lists "British" among its forms: `_is_adjective`), as it is no `variant`.
            keys = [
                preferred if self._is_adjective(entry, hit.surface) else key
                for key, (_, _, hit) in zip(keys, listed, strict=True)
            ]
            if entry.type == "person" and len(en_words(entry.en)) == 1:
                # An entry that names a person by the family name alone (CC-CEDICT's 莫迪 "Modi", with "Narendra
                # Modi" an alias): the full name ending in it is that name written in full, as news writes it once
                # ("Narendra Modi visited … Modi said"), no other rendering; judged alone below (an alias: `variant`).
                keys = [
                    preferred
                    if len(words := en_words(hit.surface)) > 1
                    and words[-1] == preferred
                    and self._is_accepted(entry, hit.surface)
                    else key
                    for key, (_, _, hit) in zip(keys, listed, strict=True)
                ]
            distinct = set(keys)
            if preferred in distinct or len(distinct) == 1:
                reference = preferred if preferred in distinct else keys[0]
            else:
                # The most used rendering; of equals, the earliest.
                reference = Counter(keys).most_common(1)[0][0]
            first = listed[keys.index(reference)]
            named_in_full = False
            note: str | None
            said: list[str] = []
            for (seg, mention, hit), key in zip(listed, keys, strict=True):
                said.append(hit.surface)
                if entry.type == "person" and any(
                    len(before.split()) == 3 and _with_chinese_given_name(hit.surface, before) for before in said
                ):
                    # "Paul Chan" after "Paul Chan Mo-po": the short mention after the full name (U36-35).
                    continue
                # A window of a long segment (formats.bilingual.windows) starts `offset` into its target.
                span = (hit.start + seg.offset, hit.end + seg.offset)
                if key != reference and self._one_name_longer(entry, hit.surface, first[2].surface):
                    # "Kingsoft" in a headline, "Kingsoft Corporation (3888:HKEX)" in the lead, "Kingsoft" after: the
                    # name with its legal form or without, both the glossary's, is one rendering (U34-11).
                    key = reference
                short_form = key != reference and _is_short_form(entry, hit.surface, first[2].surface)
                named_in_full = named_in_full or key == reference
                kind: Kind
                if short_form and named_in_full:
                    # "The International Monetary Fund cut … The IMF said": news style spells a body out once, then
                    # writes its initials; the short mention after the full one is no other rendering.
                    continue
                if short_form:
                    note = f"the short form, before the translation names {first[2].surface} in full"
                    expected, kind = first[2].surface, "variant"
                elif key != reference:
                    where = first[0].number
                    note = f"as in segment {where}" if where != seg.number else "as elsewhere in this segment"
                    expected = entry.en if reference == preferred else first[2].surface
                    kind = "inconsistent"
                elif (
                    hit.surface != entry.en
                    and not self._is_adjective(entry, hit.surface)
                    and check_kind(rendering := self.info(entry).forms.judge(hit.surface), entry)
                ):
                    # Spacing, hyphens, case, tone marks, ü, or another name: accepted, but not the preferred form;
                    # the note says which (`_variant_note`).
                    note, expected, kind = _variant_note(entry, hit.surface, rendering), entry.en, "variant"
                else:
                    continue
                problem = Problem(
                    seg.number, kind, entry, mention.surface, hit.surface, expected, seg.id, note, span, seg.line
                )
                # Before the same segment's other problems, which were numbered as found.
                out.append((seg.number, -(10**12) + span[0], problem))
        return out

    def _one_name_longer(self, entry: Entry, surface: str, other: str) -> bool:
        """Tell whether `surface` and `other`, both accepted renderings of `entry` (not a person's), are one name
        written with more words or fewer at its end: "Kingsoft Corporation" and "Kingsoft", "Alibaba Group" and
        "Alibaba". News copy names a body in full once and short elsewhere, in either order; no inconsistency. A
        person's too, where the longer is the shorter and a hyphenated Chinese given name (`_with_chinese_given_name`:
        "Paul Chan Mo-po" and "Paul Chan", Hong Kong house style; the user's U36-35)."""
        if not (self._is_accepted(entry, surface) and self._is_accepted(entry, other)):
            return False
        if entry.type == "person":
            return _with_chinese_given_name(surface, other)
        words, others = en_words(surface), en_words(other)
        shorter, longer = sorted((words, others), key=len)
        return 0 < len(shorter) < len(longer) and longer[: len(shorter)] == shorter

    def _without_joined(self, text: str, target: list[Mention], needed: dict[str, list[Mention]]) -> list[Mention]:
        """`target` with each mention of a joined name the source does not write read as the names it joins.

        CC-CEDICT lists pairs of places as names of their own (港澳 "Hong Kong and Macao", 成渝 "Chengdu and
        Chongqing", 江浙, 京津), and the target matcher takes the longest form: "Chengdu and Chongqing" for the
        source's 成都和重庆 left both cities `missing`. Where the source names no such pair, a mention whose form is
        "X and Y" is read as X and Y, each matched alone, when either is a name the source writes.
        """
        out: list[Mention] = []
        for mention in target:
            at = mention.surface.find(" and ")
            if at < 0 or mention.entry.id in needed:
                out.append(mention)
                continue
            parts: list[Mention] = []
            for start, end in ((mention.start, mention.start + at), (mention.start + at + 5, mention.end)):
                spans = self.target.spans(text[start:end], sentence_case=False)
                if len(spans) != 1 or spans[0][:2] != (0, end - start):
                    break
                parts += self._mentions(text, [(start, end, spans[0][2])], target=True)
            if len(parts) == 2 and any(part.entry.id in needed for part in parts):
                out += parts
            else:
                out.append(mention)
        return out

    def _is_accepted(self, entry: Entry, surface: str) -> bool:
        """Tell whether `surface` renders `entry` as its preferred form, an alias or a variant (not missing)."""
        return check_kind(self.info(entry).forms.judge(surface), entry) in (None, "variant")

    def _without_family_name(
        self,
        entry: Entry,
        preferred: str,
        listed: list[tuple[Segment, Mention, Mention]],
        out: list[tuple[int, int, Problem]],
    ) -> list[tuple[Segment, Mention, Mention]]:
        """`listed` without the uses of a person's family name alone, which no consistency judges.

        News style names a person in full once, then by the family name ("Elon Musk visited. Musk said."), also
        when the entry lists the family name as an alias of its own ("Musk"), so the engine took it for a whole
        rendering. Before any full rendering the family name alone is a `variant` that says so (as `_segment`
        says of a family name the engine did not take). Uses in document order; problems are added to `out`.
        """
        family = self.info(entry).surname
        family_key = self._key(family) if family else None
        if family_key is None or family_key == preferred:
            return listed
        kept: list[tuple[Segment, Mention, Mention]] = []
        for seg, mention, hit in listed:
            if self._key(hit.surface) != family_key:
                kept.append((seg, mention, hit))
            elif not kept:
                span = (hit.start + seg.offset, hit.end + seg.offset)
                note = f"the family name alone, before the translation names {entry.en} in full"
                problem = Problem(
                    seg.number, "variant", entry, mention.surface, hit.surface, entry.en, seg.id, note, span, seg.line
                )
                out.append((seg.number, -(10**12) + span[0], problem))
        return kept


def checker_for(glossary: Glossary) -> Checker:
    """Return a checker for `glossary`, its two engines from the cache when the file has not changed."""
    from zhgloss.annotate import CACHE_KIND, cached_annotators

    # The first check after a change builds both: one reading of the entries, and the names' matcher
    # assembled from the patterns the source matcher's build found. The collector resumes once the entries
    # read are freed (see `cached_annotators`).
    with paused_gc(), glossary.reading_once():
        source, names = cached_annotators(glossary, [(CACHE_KIND, None), (f"{CACHE_KIND}-names", name_places)])
        return Checker(source, names, lookup=glossary.lookup, banned=banned_chinese_forms(glossary))


def banned_chinese_forms(glossary: Glossary) -> list[tuple[str, int]]:
    """The Chinese forms `glossary` forbids (`Entry.forbidden`: TBX deprecated terms), each with the position of its
    entry in the file's order (the source annotator's entry index), from `Glossary.forbidden_index`: kept in the
    cache folder for the file's version, so a check of an unchanged glossary reads none of its entries for them."""
    return [(form, index) for form, index, _ in glossary.forbidden_index() if has_cjk(form)]


def check(segments: Iterable[Segment], source: Annotator, target: Annotator | None = None) -> CheckReport:
    """Check the names of a translated document; see `Checker`."""
    return Checker(source, target).check(segments)

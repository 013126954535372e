"""The glossary entry and its validation.

Standard library only. An `Entry` is immutable and always valid: `Entry(...)`
and `Entry.from_dict(...)` normalize their input once (NFC, full-width ASCII
folded, spaces collapsed) and raise `InvalidEntryError` naming the field.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import MISSING, dataclass, field, fields, replace
from functools import cache, partial
from itertools import accumulate, chain, compress, repeat
from operator import and_, attrgetter, contains, is_, is_not, itemgetter, not_, or_
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from zhgloss.errors import InvalidEntryError, json_kind
from zhgloss.script import (
    CJK_PATTERN,
    TONE_MARKS,
    UNSAFE_PATTERN,
    describe_char,
    find_unsafe,
    is_nfc,
    names_nothing,
    normalize,
)

if TYPE_CHECKING:
    from zhgloss.forms import Rendering

KNOWN_TYPES = (
    "person",
    "org",
    "product",
    "place",
    "phrase",
    "nickname",
    "stock_code",
    "work",
    "event",
    "surname",
    "name",
    "term",
)
"""Entry types zhgloss knows; others are allowed if they look like ``a_word``."""

ENTRY_FIELDS = (
    "id",
    "type",
    "zh",
    "zh_hant",
    "pinyin",
    "en",
    "aliases",
    "zh_aliases",
    "en_adopted",
    "refers_to",
    "roles",
    "note",
    "sources",
)
"""The fields of an entry's JSON form, in the order `Entry.to_dict` writes them."""

OPTIONAL_FIELDS = ("forbidden", "always_gloss", "draft", "safe_forms")
"""Fields `Entry.to_dict` writes only when they are not empty, after `ENTRY_FIELDS`."""

DRAFT_LABEL = "draft, unverified"
"""How a draft entry is labelled wherever it is answered or exported (lookup's card, search's line, the
OmegaT comment): its English and pinyin are proposals nobody has confirmed (`harvest --unknown --add`)."""

DRAFT_WARNING = "a draft entry, not confirmed by a person: its English and pinyin are proposals to check"
"""The sentence that says what `DRAFT_LABEL` means, for a card's status row and lookup's warning."""

FORBIDDEN_STATUSES = ("forbidden", "deprecated", "superseded", "not_recommended", "obsolete")
"""Why an English form must not be used, as terminology standards name it.

ISO 12620 / TBX administrativeStatus `deprecatedTerm-admn-sts` and `supersededTerm-admn-sts`
(TBX-Basic), plus the "not recommended" and "forbidden" usage labels other termbases
(Microsoft, IATE-style exports) write. `forbidden` is the default for a form given without one.
obsolete: ISO 12620's temporalQualifier obsoleteTerm and the 'obsolete' status Crowdin and DITA termentry
write (usage="obsolete").
"""

_KNOWN_TYPE_SET = frozenset(KNOWN_TYPES)
"""KNOWN_TYPES, for a quick test: a known type is already in its canonical spelling."""

TYPE_ALIASES = {"organisation": "org", "organization": "org", "company": "org"}


def with_article(kind: str) -> str:
    """An entry type after its indefinite article, as a sentence says it: "a person", "an org"."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def normalize_type(kind: str) -> str:
    """Return the canonical spelling of an entry type: "Organisation" -> "org", "Person" -> "person"."""
    folded = normalize(kind).lower().replace("-", "_")
    return TYPE_ALIASES.get(folded, folded)


_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TYPE_RE = re.compile(r"^[a-z][a-z_]*$")
_DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
# Letters pinyin may use besides ASCII: tone-marked vowels and ü. Anything else
# (digits, Chinese, symbols) in `pinyin` is a mistake, except in names with Latin
# parts such as "Xiǎomǐ SU7" or "WPS zhī fù", which are plain letters anyway. Brackets are
# punctuation the name holds (联想（北京）有限公司 Liánxiǎng (Běijīng) Yǒuxiàn Gōngsī; GB/T 16159-2012 7).
_PINYIN_RE = re.compile(r"^[A-Za-z0-9\u00fc\u00dc' \-\u00b7:,.()]+$")
# The same in NFC with the tone-marked vowels spelled out: most pinyin passes this one regular
# expression, and what does not is taken apart (NFD) and checked with _PINYIN_RE.
_PLAIN_PINYIN = r"^[A-Za-z0-9\u00fc\u00dc' \-\u00b7:,.()āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ]+$"
_TONE_NUMBER_RE = re.compile(r"[a-zA-Zü:][1-5]")


def _check_pinyin_brackets(pinyin: str, zh: str | None, eid: str | None) -> None:
    """Raise InvalidEntryError unless the brackets of `pinyin` are balanced and as many as `zh` holds (full-width
    or ASCII): the punctuation of the name it reads (联想（北京）有限公司 Liánxiǎng (Běijīng) Yǒuxiàn Gōngsī), never a
    note ("Wáng Fāng (née)") or a slip ("Zhāng ((Wěi")."""
    depth = 0
    for char in pinyin:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0 or depth > 1:
            break
    pairs = pinyin.count("(")
    if depth != 0 or pairs != pinyin.count(")"):
        raise InvalidEntryError("pinyin", f"{pinyin!r} has brackets that do not pair up", eid)
    held = (zh or "").count("(") + (zh or "").count("\uff08")
    if pairs != held:
        raise InvalidEntryError(
            "pinyin",
            f"{pinyin!r} has brackets {zh!r} does not: a note on the name goes to the note (--note), not the pinyin",
            eid,
        )


"""A letter then a tone number: pinyin that may be written with tone numbers (`zhgloss.pinyin.marked_from_numbers`)."""
_PLAIN_PINYIN_LINES = f"{_PLAIN_PINYIN[1:-2]}+(?:\n{_PLAIN_PINYIN[1:-2]}+)*"
"""Texts of which each passes `_PLAIN_PINYIN`, joined by line feeds (matched whole): a batch's pinyin in one scan."""


MAX_NAME_CHARS = 300
"""Longest name, pinyin, title or other one-line field, in characters (CC-CEDICT imports cut glosses at 200)."""
MAX_PROSE_CHARS = 5000
"""Longest note or source, in characters."""
MAX_ID_CHARS = 100
"""Longest entry id, in characters."""
MAX_LIST_ITEMS = 500
"""Most aliases, Chinese aliases, sources or roles one entry may have."""


def check_text(value: str, name: str, entry_id: str | None = None, *, long: bool = False) -> None:
    """Refuse text no field may hold: raise InvalidEntryError naming `name` if `value` is unsafe or too long.

    Unsafe are control characters, lone surrogates and bidirectional overrides (`zhgloss.script.find_unsafe`);
    tabs and line breaks stay in a note and are folded to spaces elsewhere. `long` text (a note, a
    source) may have MAX_PROSE_CHARS, the rest MAX_NAME_CHARS. Every way
    into the glossary (entries built from flags, import files or the stored file) passes through here.
    """
    bad = find_unsafe(value)
    if bad is not None:
        raise InvalidEntryError(name, f"contains the control character {describe_char(bad)}; remove it", entry_id)
    limit = MAX_PROSE_CHARS if long else MAX_NAME_CHARS
    if len(value) > limit:
        raise InvalidEntryError(name, f"is {len(value):,} characters long; at most {limit:,} are allowed", entry_id)


def _text(
    value: object, name: str, entry_id: str | None, *, required: bool, prose: bool = False, long: bool = False
) -> str | None:
    if value is None:
        if required:
            raise InvalidEntryError(name, "is required", entry_id)
        return None
    if not isinstance(value, str):
        raise InvalidEntryError(name, f"must be text, not {json_kind(value)}", entry_id)
    check_text(value, name, entry_id, long=long or prose)
    # Prose (notes) keeps its full-width Chinese punctuation and its line breaks; names are folded.
    text = unicodedata.normalize("NFC", value).strip() if prose else normalize(value)
    if not prose and _compiled(_FORM_FOLDED).search(text):
        text = fold_form(text, chinese=name in CHINESE_FIELDS)
    if not text:
        if required:
            raise InvalidEntryError(name, "must not be empty", entry_id)
        return None
    return text


def _texts(value: object, name: str, entry_id: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, Mapping)) or not isinstance(value, Iterable):
        raise InvalidEntryError(name, "must be a list of text", entry_id)
    out: list[str] = []
    for count, item in enumerate(value, 1):
        if count > MAX_LIST_ITEMS:
            raise InvalidEntryError(name, f"has more than {MAX_LIST_ITEMS} items", entry_id)
        text = _text(item, name, entry_id, required=True, long=name == "sources")
        if text is not None and text not in out:
            out.append(text)
    return tuple(out)


CHINESE_FIELDS = frozenset({"zh", "zh_hant", "zh_aliases"})
"""The fields that hold a Chinese form, which `fold_form` folds as Chinese."""
_SUPPLEMENT_RADICALS = (
    # Unicode 14.0's EquivalentUnifiedIdeograph.txt (Unicode, Inc.; unicode.org/terms_of_use), its lines for the CJK
    # Radicals Supplement block U+2E80-U+2EFF, as pairs: radical, the unified ideograph it shows as.
    "⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王"
    "⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長"
    "⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟"
)
_RADICALS = "\u2e80-\u2ef3\u2f00-\u2fd5"
"""The CJK Radicals Supplement and Kangxi Radicals blocks: what a PDF's text gives for 马, 日, 木 when copied."""
_VARIATION_SELECTORS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
"""Variation selectors, which show as nothing: a glyph's choice (诸葛\U000e0100亮), no part of the name."""
_LIGATURES = "\ufb00-\ufb06"
"""The Latin ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, which a PDF's text gives for ff, fi, ..."""
_HAN_SPACE = f"{CJK_PATTERN} (?={CJK_PATTERN})"
"""A Chinese character a space follows, and another Chinese character that space."""
_SPACE_IN_HAN = f" (?<={CJK_PATTERN} )(?={CJK_PATTERN})"
"""The space of `_HAN_SPACE` (the match is the space alone, one character after `_HAN_SPACE`'s). It opens with its
literal space, so a search runs from space to space at memchr speed instead of testing the Chinese class at every
character: a quarter of the time over a full CC-CEDICT import's texts (0.038 -> 0.009 s)."""
_FORM_FOLDED = f"[{_RADICALS}{_VARIATION_SELECTORS}{_LIGATURES}]|{_HAN_SPACE}"
"""What `fold_form` folds (the space between two Chinese characters in a Chinese form only)."""


@cache
def _radical_table() -> dict[int, str]:
    """Each radical of _RADICALS -> the unified ideograph it shows as: NFKC's for the Kangxi Radicals, Unicode's
    EquivalentUnifiedIdeograph for the supplement, whose radicals NFKC maps but two of (⺟, ⻳)."""
    table = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
    pairs = _SUPPLEMENT_RADICALS
    table.update((ord(pairs[at]), pairs[at + 1]) for at in range(0, len(pairs), 2))
    return table


def fold_form(text: str, *, chinese: bool) -> str:
    """Fold what a name form copied from a PDF or web page holds that is no part of the name (issue 9, U30-25, 38).

    The Latin ligatures are their letters ("Jeﬀ Bezos" is "Jeff Bezos"). In a Chinese form (`chinese`) a
    radical is the character it shows as ("⻢云" is 马云, "⽊村" 木村), a variation selector is dropped
    (诸葛\U000e0100亮 is 诸葛亮), and so is a space between two Chinese characters ("雷 军", "马　云" as
    name lists pad a two-character name: 雷军, 马云);
    a space beside a letter stays (小米 SU7).
    """
    text = _compiled(f"[{_LIGATURES}]").sub(lambda match: unicodedata.normalize("NFKC", match[0]), text)
    if chinese:
        text = _compiled(f"[{_VARIATION_SELECTORS}]").sub("", text.translate(_radical_table()))
        text = _compiled(" {2,}").sub(" ", text).strip(" ")  # the spaces a selector stood between
        text = _compiled(f"(?<={CJK_PATTERN}) (?={CJK_PATTERN})").sub("", text)
    return text


WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character `str.isspace` (and so the regular expression `\\s`) calls whitespace, as a character class."""
# The characters that make a one-line field other than plain (see `_are_plain`): an unsafe one
# (`zhgloss.script.find_unsafe`), whitespace `normalize` folds (any but a space, and the line feed
# that joins the fields), full-width ASCII, a character that shows as nothing, which `normalize` drops
# (`zhgloss.script.ZERO_WIDTH_SPACE`, `INVISIBLE_MARKS`; the bidirectional ones are unsafe already).
# One character class: a search for it is one quick C scan.
_NOT_PLAIN_CHAR = (
    f"{UNSAFE_PATTERN[:-1]}{WHITESPACE.replace(' ', '').replace(chr(10), '')}\uff01-\uff5e"
    f"\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff{_RADICALS}{_VARIATION_SELECTORS}{_LIGATURES}]"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """Compile `pattern` on first use: a command that builds no entry (lookup) never pays for it."""
    return re.compile(pattern)


_LIST_TYPES = {tuple, list}


def _are_plain(texts: Sequence[object], lists: Sequence[object]) -> bool:
    """Tell whether every text of `texts` (None allowed) and of the lists `lists` is already a valid one-line field.

    True only when `_text(value, ...)` would return each value unchanged and raise nothing: a
    string, non-empty, at most MAX_NAME_CHARS long, free of unsafe characters, in NFC, with no
    whitespace `normalize` would fold. The checks run once over all the fields joined by line
    feeds, in C, instead of field by field: building CC-CEDICT's 112,722 entries spent most of
    its time in the per-field calls. Any doubt (a line feed inside a field, a non-string, a
    list longer than MAX_LIST_ITEMS) answers False, and the caller checks field by field.
    """
    # (Most calls hold no None: the texts as they are, copied in C.)
    values: list[object] = [value for value in texts if value is not None] if None in texts else list(texts)
    if lists:
        # A set of their types and their longest length, in C: a batch holds thousands of lists (most entries'
        # sources), and a loop over them was a third of the batch's check.
        if not set(map(type, lists)) <= _LIST_TYPES or max(map(len, lists)) > MAX_LIST_ITEMS:  # type: ignore[arg-type]
            return False
        values += chain.from_iterable(lists)  # type: ignore[arg-type]
    if not values:
        return True  # no text, none to refuse (a column of pinyin all null)
    try:
        joined = "\n".join(values)  # type: ignore[arg-type]
    except TypeError:
        return False  # a value that is not text: the field-by-field check names it
    return (
        joined.count("\n") == len(values) - 1
        and all(values)
        and max(map(len, values), default=0) <= MAX_NAME_CHARS  # type: ignore[arg-type]
        and _compiled(_NOT_PLAIN_CHAR).search(joined) is None
        # Left: spaces and the joining line feeds. None may stand at an end of a field or beside another.
        and not (joined[:1] == " " or joined[-1:] == " " or "  " in joined or " \n" in joined or "\n " in joined)
        and is_nfc(joined)
        and not (" " in joined and _compiled(_SPACE_IN_HAN).search(joined))
    )


def _forbidden(value: object, entry_id: str | None) -> tuple[ForbiddenForm, ...]:
    if isinstance(value, (str, Mapping)) or not isinstance(value, Iterable):
        raise InvalidEntryError("forbidden", "must be a list of forms", entry_id)
    out: dict[str, ForbiddenForm] = {}
    for item in value:
        try:
            form = item if isinstance(item, ForbiddenForm) else ForbiddenForm.from_dict(item)
        except InvalidEntryError as exc:
            raise InvalidEntryError(exc.field, exc.problem, entry_id) from None
        out.setdefault(form.form, form)
    return tuple(out.values())


def _named_without_id(data: Mapping[str, Any]) -> str:
    """Name an entry that has no id by its Chinese and English, with the id zhgloss would make for it (user U34-19:
    an entry pasted in by hand without one was "id: is required", and no command said which): " (the entry 何小鹏
    'He Xiaopeng': give it an id, such as "he-xiaopeng")"; "" where it has neither form to go by."""
    zh, en = data.get("zh"), data.get("en")
    forms = " ".join(f for f in (zh if isinstance(zh, str) else None, repr(en) if isinstance(en, str) else None) if f)
    if not forms:
        return ""
    proposed = slugify(en) if isinstance(en, str) else ""
    such_as = f', such as "{proposed}"' if proposed else ""
    return f" (the entry {forms}: give it an id{such_as})"


def is_entry_id(text: str) -> bool:
    """Tell whether `text` is shaped as an entry id: lower-case ASCII letters and digits, parted by single hyphens."""
    return _ID_RE.match(text) is not None


def slugify(text: str) -> str:
    """Make an entry id from English text: "Liu Qiangdong" -> "liu-qiangdong", "Johann Strauß" -> "johann-strauss".

    The text is folded by `fold_letters` (so "Ørsted", "Łódź", "Æsir" give "orsted", "lodz", "aesir"), and each
    run of what is then not an ASCII letter or digit becomes one hyphen. Letters of other scripts give nothing
    ("" for a text of them alone: the callers fall back to another id).
    """
    plain = fold_letters(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


_LETTERS_TO_ASCII_BY_NAME = (
    # Written here, not taken from a library: anyascii and Unidecode transliterate every script (雷 -> "Lei"), where
    # ids and search must keep Chinese as it is and fold Latin letters only; Unicode's own data does the rest.
    # Latin letters that Unicode gives no decomposition, written as CLDR's Latin-ASCII transform writes them, in
    # lower case (folding case-folds first), by their Unicode names ("LATIN " left out). Latin-1
    # Supplement and Latin Extended-A: every such letter.
    ("SMALL LETTER AE", "ae"),
    ("SMALL LETTER ETH", "d"),
    ("SMALL LETTER O WITH STROKE", "o"),
    ("SMALL LETTER THORN", "th"),
    ("SMALL LETTER D WITH STROKE", "d"),
    ("SMALL LETTER H WITH STROKE", "h"),
    ("SMALL LETTER DOTLESS I", "i"),
    ("SMALL LETTER KRA", "q"),
    ("SMALL LETTER L WITH STROKE", "l"),
    ("SMALL LETTER ENG", "n"),
    ("SMALL LIGATURE OE", "oe"),
    ("SMALL LETTER T WITH STROKE", "t"),
    # Latin Extended-B and IPA letters of living orthographies (African languages, Azerbaijani schwa, Americanist
    # transcription) and of older English (wynn, yogh); Latin Extended Additional's few undecomposed letters.
    ("SMALL LETTER B WITH STROKE", "b"),
    ("SMALL LETTER B WITH HOOK", "b"),
    ("SMALL LETTER B WITH TOPBAR", "b"),
    ("SMALL LETTER C WITH HOOK", "c"),
    ("SMALL LETTER C WITH STROKE", "c"),
    ("SMALL LETTER D WITH TAIL", "d"),
    ("SMALL LETTER D WITH HOOK", "d"),
    ("SMALL LETTER D WITH TOPBAR", "d"),
    ("SMALL LETTER D WITH CURL", "d"),
    ("SMALL LETTER TURNED E", "e"),
    ("SMALL LETTER SCHWA", "e"),
    ("SMALL LETTER OPEN E", "e"),
    ("SMALL LETTER E WITH STROKE", "e"),
    ("SMALL LETTER F WITH HOOK", "f"),
    ("SMALL LETTER G WITH HOOK", "g"),
    ("SMALL LETTER GAMMA", "g"),
    ("SMALL LETTER G WITH STROKE", "g"),
    ("SMALL LETTER HV", "hv"),
    ("SMALL LETTER I WITH STROKE", "i"),
    ("SMALL LETTER IOTA", "i"),
    ("SMALL LETTER DOTLESS J", "j"),
    ("SMALL LETTER J WITH STROKE", "j"),
    ("SMALL LETTER K WITH HOOK", "k"),
    ("SMALL LETTER L WITH BAR", "l"),
    ("SMALL LETTER L WITH CURL", "l"),
    ("SMALL LETTER TURNED M", "m"),
    ("SMALL LETTER N WITH LEFT HOOK", "n"),
    ("SMALL LETTER N WITH LONG RIGHT LEG", "n"),
    ("SMALL LETTER N WITH CURL", "n"),
    ("SMALL LETTER OPEN O", "o"),
    ("SMALL LETTER BARRED O", "o"),
    ("SMALL LETTER OI", "oi"),
    ("SMALL LETTER OU", "ou"),
    ("SMALL LETTER P WITH HOOK", "p"),
    ("SMALL LETTER Q WITH HOOK TAIL", "q"),
    ("LETTER SMALL CAPITAL R", "r"),
    ("SMALL LETTER R WITH STROKE", "r"),
    ("SMALL LETTER S WITH SWASH TAIL", "s"),
    ("SMALL LETTER ESH", "s"),
    ("SMALL LETTER T WITH PALATAL HOOK", "t"),
    ("SMALL LETTER T WITH HOOK", "t"),
    ("SMALL LETTER T WITH RETROFLEX HOOK", "t"),
    ("SMALL LETTER T WITH CURL", "t"),
    ("SMALL LETTER T WITH DIAGONAL STROKE", "t"),
    ("SMALL LETTER U BAR", "u"),
    ("SMALL LETTER UPSILON", "u"),
    ("SMALL LETTER V WITH HOOK", "v"),
    ("SMALL LETTER TURNED V", "v"),
    ("LETTER WYNN", "w"),
    ("SMALL LETTER Y WITH HOOK", "y"),
    ("SMALL LETTER Y WITH STROKE", "y"),
    ("SMALL LETTER YOGH", "y"),
    ("SMALL LETTER Z WITH STROKE", "z"),
    ("SMALL LETTER Z WITH HOOK", "z"),
    ("SMALL LETTER Z WITH SWASH TAIL", "z"),
    ("SMALL LETTER EZH", "z"),
    ("SMALL LETTER EZH REVERSED", "z"),
    ("SMALL LETTER EZH WITH TAIL", "z"),
    ("SMALL LETTER A WITH STROKE", "a"),
    ("SMALL LETTER DB DIGRAPH", "db"),
    ("SMALL LETTER QP DIGRAPH", "qp"),
    ("SMALL LETTER LONG S WITH DIAGONAL STROKE", "s"),
    ("SMALL LETTER LONG S WITH HIGH STROKE", "s"),
    ("SMALL LETTER DELTA", "d"),
    ("SMALL LETTER MIDDLE-WELSH LL", "ll"),
    ("SMALL LETTER MIDDLE-WELSH V", "v"),
    ("SMALL LETTER Y WITH LOOP", "y"),
)


@cache
def _letters_to_ascii() -> dict[str, str]:
    """`_LETTERS_TO_ASCII_BY_NAME` as a table of the letters themselves."""
    return {unicodedata.lookup(f"LATIN {name}"): text for name, text in _LETTERS_TO_ASCII_BY_NAME}


class _Folds(dict[int, str]):
    """`fold_letters` of each character, as a `str.translate` table: each computed the first time it is asked for."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        nfkd = unicodedata.normalize
        # Unicode's compatibility caseless form (The Unicode Standard, 3.13, D145), without its combining marks.
        caseless = nfkd("NFKD", nfkd("NFKD", nfkd("NFD", char).casefold()).casefold())
        table = _letters_to_ascii()
        kept = (table.get(c, c) for c in caseless if not unicodedata.combining(c))
        folded = "".join(kept)
        if char.isalpha() and not any(map(str.isalpha, folded)):
            folded = char  # a letter is never folded to nothing (a few isolated Arabic marks written as letters)
        self[code] = folded
        return folded


_FOLDS = _Folds()


def fold_letters(text: str) -> str:
    """Fold `text` for ids and search: case-folded, accents dropped, and the Latin letters that Unicode gives no
    decomposition written in ASCII ("Strauß" -> "strauss", "Ørsted" -> "orsted", "Łódź" -> "lodz", "Æsir" ->
    "aesir", "Þór" -> "thor", "Đặng" -> "dang").

    Each character is folded alone: to Unicode's compatibility caseless form (NFKD of the case folding of NFKD of
    the case folding of NFD: full-width letters are plain ones, "ﬁ" gives "fi") without its combining marks, then
    the letters it keeps beyond ASCII as `_LETTERS_TO_ASCII_BY_NAME` (from CLDR's Latin-ASCII transform) writes
    them. A letter whose fold holds no letter is kept as it is. Letters of other scripts stay letters of theirs
    ("雷" stays "雷"); digits, punctuation and spaces keep their compatibility form ("①" -> "1"). Folding twice
    gives the same text (a test holds this for every character).
    """
    return text.lower() if text.isascii() else text.translate(_FOLDS)


@dataclass(frozen=True)
class Role:
    """A position someone held: title at an organisation, from and to as dated in the sources."""

    title: str
    org: str | None = None
    org_id: str | None = None
    start: str | None = None
    end: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", _text(self.title, "roles.title", None, required=True))
        labels = {"org": "org", "org_id": "org_id", "start": "from", "end": "to", "source": "source"}
        for name, label in labels.items():
            value = _text(getattr(self, name), f"roles.{label}", None, required=False, long=name == "source")
            object.__setattr__(self, name, value)
        for name, label in (("start", "from"), ("end", "to")):
            value = getattr(self, name)
            # The shape only: a day the calendar lacks (2021-02-30) is `role_date_problems`' "role-calendar",
            # which add, edit and import refuse and validate reports, so that a glossary holding one still opens.
            if value is not None and not _DATE_RE.match(value):
                raise InvalidEntryError(f"roles.{label}", f"{value!r} is not a date like 2020, 2020-06 or 2020-06-20")
        if self.org_id is not None and not _ID_RE.match(self.org_id):
            raise InvalidEntryError("roles.org_id", f"{self.org_id!r} is not an entry id")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Role:
        """Build a role from its JSON form (keys title, org, org_id, from, to, source)."""
        if not isinstance(data, Mapping):
            raise InvalidEntryError("roles", "each role must be an object with a title")
        unknown = set(data) - {"title", "org", "org_id", "from", "to", "source"}
        if unknown:
            raise InvalidEntryError("roles", f"unknown key {sorted(unknown)[0]!r}")
        return cls(
            title=data.get("title"),  # type: ignore[arg-type]
            org=data.get("org"),
            org_id=data.get("org_id"),
            start=data.get("from"),
            end=data.get("to"),
            source=data.get("source"),
        )

    def to_dict(self) -> dict[str, str | None]:
        """Return the JSON form of the role."""
        return {
            "title": self.title,
            "org": self.org,
            "org_id": self.org_id,
            "from": self.start,
            "to": self.end,
            "source": self.source,
        }

    def describe(self, entry_id: str | None = None) -> str:
        """Render the role as an English line: "CEO, Kingsoft Corporation (1998–2007)".

        The organisation is left out when the title already names it ("retired from Alibaba", not
        "retired from Alibaba, Alibaba") or when it is the entry itself (`entry_id`: Xiaomi's
        "founded by Lei Jun (2010)"). Dates read "(1998–2007)", "(since 2010)", "(until 2007)", and
        an event dated from = to reads "(2010)".
        """
        text = self.title
        if self.org and not (entry_id is not None and self.org_id == entry_id) and not _names(self.title, self.org):
            text += f", {self.org}"
        if self.start and self.end:
            text += f" ({self.start})" if self.start == self.end else f" ({self.start}–{self.end})"
        elif self.start:
            text += f" (since {self.start})"
        elif self.end:
            text += f" (until {self.end})"
        return text

    @property
    def status(self) -> str:
        """Return "current" (started, not ended), "past" (ended) or "undated" (neither date known).

        An end after today is a term's planned end (a Chief Executive's five years): the role is
        current until then. A role that ends this year or month is past once that period has begun.
        """
        if self.end and date_bounds(self.end)[0] <= datetime.date.today().isoformat():
            return "past"
        return "current" if self.start or self.end else "undated"


def is_date(value: str) -> bool:
    """Tell whether `value` is a date of the calendar written 2020, 2020-06 or 2020-06-20 (not 2021-02-30)."""
    if not _DATE_RE.match(value):
        return False
    if len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return False
    return True


def date_bounds(value: str) -> tuple[str, str]:
    """Return the first and last day a partial date (2020, 2020-06, 2020-06-20) can mean, as sortable text."""
    parts = value.split("-")
    start = "-".join([*parts, *["01"] * (3 - len(parts))])
    end = "-".join([*parts, *(["12", "31"][len(parts) - 1 :])])
    return start, end


# A day and month, or a month, beside a year, as notes write life dates: "20 November 1915", "November 20, 1915",
# "November 1915".
_LIFE_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?"


_LIFE_DATES_RE = re.compile(
    rf"\((?:(?i:born)\s+(?:in\s+)?|[Bb]\.\s*)?{_LIFE_DAY}(\d{{3,4}})(?:\s*[-–—]\s*(?:{_LIFE_DAY}(\d{{3,4}}))?)?\)"
)
"""Life dates in parentheses: "(1953-)", "(1904-1997)", "(born 31 August 1956)", "(20 November 1915 –
15 April 1989)"."""
_ZH_LIFE_DATES_RE = re.compile(
    rf"[（(](\d{{3,4}})年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?"
    rf"(?:\s*[-–—\uff0d~\uff5e至]\s*(?:(\d{{3,4}})年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)?)?[）)]"
    rf"|\((?:b\.|born)\s*{_LIFE_DAY}(\d{{3,4}}),?\s*(?:d\.|died)\s*{_LIFE_DAY}(\d{{3,4}})\)"
)
"""Life dates as Chinese writes them ("（1899年2月3日—1966年8月24日）") or "(b. 1904, d. 2005)"."""


def _after_name(pattern: re.Pattern[str], note: str, names: list[str]) -> re.Match[str] | None:
    """The first match of `pattern` in `note` at its start or right after one of `names` (lower case; spaces between
    them allowed)."""
    for match in pattern.finditer(note):
        before = note[: match.start()].rstrip().lower()
        if match.start() == 0 or any(before.endswith(name) for name in names):
            return match
    return None


class LifeDates(NamedTuple):
    """A person's years of birth and death as the entry's note gives them (`life_dates`), and the words read."""

    born: int | None
    died: int | None
    text: str
    """The life dates as the note writes them: "(1904-1997)", "(20 November 1915 – 15 April 1989)", "Born 1953"."""


def life_dates(entry: Entry) -> LifeDates | None:
    """Return a person's years of birth and death as the entry's note gives them, or None where it gives neither.

    Read where a note states them of the entry itself: life dates in parentheses right after one of its English
    forms or at the note's start, as CC-CEDICT writes them ("Xi Jinping (1953-), PRC politician", "Deng Xiaoping
    (1904-1997), Chinese leader", "Li Peng (1928–2019)") and Wikipedia's lead ("Tsai Ing-wen (born 31 August
    1956)", "(20 November 1915 – 15 April 1989)", "(November 20, 1915 – April 15, 1989)"), or a sentence that
    starts the note ("Born 1969 in Xiantao.", "Died 30 November 2022 in Shanghai."). Dates of the era before the
    common one ("(69-30 BC)"), a reign's years after a title ("reign name of Qing emperor (1722-1735)"), other
    people's dates ("Son of Xi Zhongxun (1913-2002)") and a death year before the birth year are not read.
    One reader for `birth_year` (`role-birth`), `role-death` and validate's roles left open at death.
    """
    if entry.type != "person" or not entry.note:
        return None
    # The patterns are fixed and the names checked before each match: a pattern built with each entry's names was
    # compiled anew for every person (re's cache holds 512), ~1 ms each: a quarter of validate's time on 15,000.
    names = [form.lower() for form in entry.en_forms]
    match = _after_name(_LIFE_DATES_RE, entry.note, names)
    if match is None:
        # Chinese notes (zh.wikipedia's lead: "老舍（1899年2月3日—1966年8月24日），作家") and "(b. 1904, d. 2005)".
        match = _after_name(_ZH_LIFE_DATES_RE, entry.note, [*names, *entry.zh_forms])
        if match is not None and match.group(3):
            first, last = int(match.group(3)), int(match.group(4))
            return LifeDates(first, last if last >= first else None, match.group())
    if match is not None:
        born, died = int(match.group(1)), int(match.group(2)) if match.group(2) else None
        return LifeDates(born, died if died is None or died >= born else None, match.group())
    match = re.match(r"(born|died)\s+[^.;\d]*?(?:\d{1,2}\s+[a-z]+\s+)?(\d{4})\b", entry.note, re.IGNORECASE)
    if match is None:
        return None
    year = int(match.group(2))
    return (
        LifeDates(year, None, match.group())
        if match.group(1).lower() == "born"
        else LifeDates(None, year, match.group())
    )


def birth_year(entry: Entry) -> int | None:
    """Return the year a person was born, as the entry's note gives it (`life_dates`), or None."""
    dates = life_dates(entry)
    return None if dates is None else dates.born


PLANNED_END_YEARS = 10
"""How far ahead a role's planned end may lie (terms of office: 4-7 years; a decade leaves room)."""


def _years_after(day: str, years: int) -> str:
    """Return the ISO date `years` after the ISO date `day`, as sortable text (29 February counts as 28)."""
    year, rest = int(day[:4]) + years, day[4:]
    return f"{year:04d}{'-02-28' if rest == '-02-29' else rest}"


ROLE_DATE_PROBLEMS = {
    "role-calendar": "a role's date is not a day of the calendar (2021-02-30)",
    "role-dates": "a role ends before it starts",
    "role-future": "a role starts after today, or ends more than PLANNED_END_YEARS after it",
    "role-birth": "a person's role starts or ends before the birth year the note gives",
    "role-death": "a person's role starts or ends after the death year the note gives",
}
"""The impossible dates of a role (`role_date_problems`), by code."""


def role_date_problems(entry: Entry, today: datetime.date | None = None) -> list[tuple[str, str]]:
    """Return (code, message) for every impossible date among the roles of `entry` (see `ROLE_DATE_PROBLEMS`).

    `today` defaults to the local date; a role that begins in the current year or month is not in
    the future. `Role` itself checks the shape (2020-13 and 2020-06-32 are no dates); a day the month lacks
    (2021-02-30, 2020-04-31) is "role-calendar" here, so that a file holding one can still be read and repaired.
    One rule for `validate` and `add`/`edit` (errors unless --force) and import (the row is refused).
    """
    problems: list[tuple[str, str]] = []
    now = (today or datetime.date.today()).isoformat()
    # The note is read only for an entry with dated roles: most entries of a big import have none.
    lived = life_dates(entry) if any(r.start or r.end for r in entry.roles) else None
    born, died = (lived.born, lived.died) if lived is not None else (None, None)
    for role in entry.roles:
        dates = [d for d in (role.start, role.end) if d]
        for date in dates:
            if not is_date(date):
                problems.append(("role-calendar", f"{role.describe()!r} is dated {date}, a day the calendar lacks"))
        dates = [d for d in dates if is_date(d)]
        if role.start and role.end and date_bounds(role.end)[1] < date_bounds(role.start)[0]:
            problems.append(("role-dates", f"{role.describe()!r} ends ({role.end}) before it starts ({role.start})"))
        # A term's planned end (2027-06-30 for a Chief Executive sworn in 2022) is a fact of today, up to
        # PLANNED_END_YEARS ahead (the longest fixed terms of public office); a start after today, or an
        # end further ahead (2099 for 2019), is a typo far more often than an appointment not yet taken up.
        if role.start and is_date(role.start) and date_bounds(role.start)[0] > now:
            problems.append(("role-future", f"{role.describe()!r} starts {role.start}, after today ({now})"))
        elif role.end and is_date(role.end) and date_bounds(role.end)[0] > _years_after(now, PLANNED_END_YEARS):
            problems.append(
                (
                    "role-future",
                    f"{role.describe()!r} ends {role.end}, more than {PLANNED_END_YEARS} years after today ({now})",
                )
            )
        early = [d for d in dates if born is not None and date_bounds(d)[1] < f"{born:04d}-01-01"]
        if early:
            problems.append(
                ("role-birth", f"{role.describe()!r} is dated {early[0]}, before {entry.en} was born ({born})")
            )
        late = [d for d in dates if died is not None and date_bounds(d)[0] > f"{died:04d}-12-31"]
        if late:
            problems.append(("role-death", f"{role.describe()!r} is dated {late[0]}, after {entry.en} died ({died})"))
    return problems


def reference_cycle(entry_id: str, referred: Mapping[str, str | None]) -> tuple[str, ...]:
    """The ids the refers_to of entry `entry_id` leads through back to it, that entry first (amazon -> meizu -> amazon:
    ("amazon", "meizu")), or () where it ends at an entry that refers to none, at a missing one, or in a cycle the
    entry is not part of. `referred` maps each entry's id to its refers_to.

    The one rule by which `zhgloss validate` reports a cycle (refers-to-cycle), `edit` refuses to make one, and an
    import refuses a file whose rows would make one (`zhgloss.store.Glossary.add_documents`)."""
    path = [entry_id]
    seen = {entry_id}
    target = referred.get(entry_id)
    while target is not None:
        if target == entry_id:
            return tuple(path)
        if target in seen:
            return ()
        path.append(target)
        seen.add(target)
        target = referred.get(target)
    return ()


def reference_cycle_problem(cycle: Sequence[str]) -> str:
    """What is wrong with the first entry of `cycle` (`reference_cycle`'s ids) and what to do, in one line."""
    path = " -> ".join(repr(entry_id) for entry_id in (*cycle, cycle[0]))
    return (
        f"refers_to leads back to this entry ({path}): an entry that refers to another names that entry's thing, so "
        "one of them must hold it; clear the other's refers_to"
    )


def empty_forms(entry: Entry) -> list[tuple[str, str]]:
    """Return (field, value) for every form of `entry` that names nothing: punctuation alone ("-", "、").

    The English form, pinyin, traditional form, each alias and Chinese alias, and each role's title and
    organisation (`zhgloss.script.names_nothing`). Such a form is a placeholder or a slip; `add` and `edit`
    refuse it, `import` refuses the row, `validate` reports it ("form-empty"). The reading of a file that
    holds one does not: it must open, for the entry to be repaired.
    """
    found = [(name, value) for name in ("en", "pinyin", "zh_hant") if (value := getattr(entry, name)) is not None]
    found += [("aliases", alias) for alias in entry.aliases] + [("zh_aliases", alias) for alias in entry.zh_aliases]
    found += [("roles", part) for role in entry.roles for part in (role.title, role.org) if part is not None]
    return [(name, value) for name, value in found if names_nothing(value)]


ROLE_STATUSES = ("current", "past", "undated")
"""How a card groups roles, in display order (see `Role.status`)."""

# Words a company name ends with that a title naming the company leaves out ("at Kingsoft" names
# "Kingsoft Corporation").
_ORG_SUFFIXES = re.compile(r"\s+(?:corporation|corp\.?|group|inc\.?|limited|ltd\.?|co\.?,? ltd\.?|holdings)$", re.I)


def _names(title: str, org: str) -> bool:
    """Tell whether `title` already names the organisation `org` (case-insensitive, whole words)."""
    for name in {org, _ORG_SUFFIXES.sub("", org)}:
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title, re.IGNORECASE):
            return True
    return False


def order_roles(roles: Iterable[Role]) -> dict[str, list[Role]]:
    """Group `roles` by `Role.status` (keys in ROLE_STATUSES order), each group in date order.

    Current roles sort by start, past ones by start (or end when the start is unknown) then end;
    undated ones keep their stored order. ISO-like partial dates sort as text ("2019" < "2019-11").
    """
    groups: dict[str, list[Role]] = {status: [] for status in ROLE_STATUSES}
    for role in roles:
        groups[role.status].append(role)
    groups["current"].sort(key=lambda r: r.start or "")
    groups["past"].sort(key=lambda r: (r.start or r.end or "", r.end or ""))
    return groups


@dataclass(frozen=True)
class ForbiddenForm:
    """A form a translation must not use for the entry, and why (one of FORBIDDEN_STATUSES).

    English (a deprecated rendering) or Chinese (a deprecated term: TBX-Basic's deprecatedTerm-admn-sts in a zh
    langSet); either way it is none of the entry's accepted forms (`Entry` refuses one that is both).
    """

    form: str
    status: str = "forbidden"

    def __post_init__(self) -> None:
        object.__setattr__(self, "form", _text(self.form, "forbidden.form", None, required=True))
        status = _text(self.status, "forbidden.status", None, required=True)
        assert status is not None
        status = status.lower().replace("-", "_").replace(" ", "_")
        if status not in FORBIDDEN_STATUSES:
            raise InvalidEntryError("forbidden.status", f"{status!r} is not one of {', '.join(FORBIDDEN_STATUSES)}")
        object.__setattr__(self, "status", status)

    @classmethod
    def from_dict(cls, data: object) -> ForbiddenForm:
        """Build from the JSON form: {"form": ..., "status": ...}, or a bare string (status forbidden)."""
        if isinstance(data, str):
            return cls(data)
        if not isinstance(data, Mapping):
            raise InvalidEntryError("forbidden", "each forbidden form must be text or an object with a form")
        unknown = set(data) - {"form", "status"}
        if unknown:
            raise InvalidEntryError("forbidden", f"unknown key {sorted(unknown)[0]!r}")
        return cls(data.get("form"), data.get("status") or "forbidden")  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form: {"form": ..., "status": ...}."""
        return {"form": self.form, "status": self.status}


@dataclass(frozen=True)
class Entry:
    """One name: its Chinese forms, pinyin, English forms, roles and provenance."""

    id: str
    en: str
    type: str = "person"
    zh: str | None = None
    zh_hant: str | None = None
    pinyin: str | None = None
    aliases: tuple[str, ...] = ()
    zh_aliases: tuple[str, ...] = ()
    en_adopted: bool = False
    refers_to: str | None = None
    roles: tuple[Role, ...] = ()
    note: str | None = None
    sources: tuple[str, ...] = field(default=())
    forbidden: tuple[ForbiddenForm, ...] = ()
    """Forms a translation must not use for this name (TBX deprecated/superseded terms), English or Chinese."""
    always_gloss: bool = False
    """Gloss the Chinese forms even where they are one character or a common word (see zhgloss.glossable)."""
    draft: bool = False
    """A proposal nobody has confirmed yet (`harvest --unknown --add`); `validate` reports it until then."""
    safe_forms: tuple[str, ...] = ()
    """Forms that name this entry wherever they stand: a Chinese form even inside a longer word (华为 in 华为云), an
    English form even at a sentence's start, where its capital says nothing ("Apple", `zhgloss.english_case`):
    annotate keeps those matches."""

    def __post_init__(self) -> None:
        eid = self.id if isinstance(self.id, str) and len(self.id) <= MAX_ID_CHARS else None
        if isinstance(self.id, str) and len(self.id) > MAX_ID_CHARS:
            raise InvalidEntryError("id", f"is {len(self.id):,} characters long; at most {MAX_ID_CHARS} are allowed")
        if not isinstance(self.id, str) or not _ID_RE.match(self.id):
            raise InvalidEntryError("id", f"{self.id!r} is not a slug like 'lei-jun'", None)
        set_ = object.__setattr__
        lists = (self.aliases, self.zh_aliases, self.sources)
        plain = isinstance(self.en, str) and _are_plain((self.en, self.zh, self.zh_hant, self.pinyin), lists)
        if not plain:
            set_(self, "en", _text(self.en, "en", eid, required=True))
        if not (isinstance(self.type, str) and self.type in _KNOWN_TYPE_SET):
            kind = _text(self.type, "type", eid, required=True)
            assert kind is not None
            kind = normalize_type(kind)
            if not _TYPE_RE.match(kind):
                raise InvalidEntryError("type", f"{kind!r} is not a type such as {', '.join(KNOWN_TYPES[:5])}", eid)
            set_(self, "type", kind)
        for name in ("zh", "zh_hant", "pinyin", "refers_to", "note"):
            if not plain or name in ("refers_to", "note"):
                set_(self, name, _text(getattr(self, name), name, eid, required=False, prose=name == "note"))
        for name, value in zip(("aliases", "zh_aliases", "sources"), lists, strict=True):
            # Already plain, a list only loses its repeats (as `_texts` drops them).
            set_(self, name, tuple(dict.fromkeys(value)) if plain else _texts(value, name, eid))
        if not isinstance(self.en_adopted, bool):
            raise InvalidEntryError("en_adopted", "must be true or false", eid)
        if not isinstance(self.always_gloss, bool):
            raise InvalidEntryError("always_gloss", "must be true or false", eid)
        if self.pinyin is not None and _TONE_NUMBER_RE.search(self.pinyin):
            from zhgloss.pinyin import marked_from_numbers

            # "lei2 jun1" typed or imported (CC-CEDICT's way, many sheets'): stored as the marks it stands for.
            marked = marked_from_numbers(self.pinyin)
            if marked is not None:
                set_(self, "pinyin", marked)
        if self.pinyin is not None and not _compiled(_PLAIN_PINYIN).match(self.pinyin):
            bare = "".join(
                c for c in unicodedata.normalize("NFD", self.pinyin) if c not in TONE_MARKS and c != "\u0308"
            )
            if not _PINYIN_RE.match(unicodedata.normalize("NFC", bare)):
                raise InvalidEntryError("pinyin", f"{self.pinyin!r} is not pinyin (letters and tone marks)", eid)
        if self.pinyin is not None and ("(" in self.pinyin or ")" in self.pinyin):
            _check_pinyin_brackets(self.pinyin, self.zh, eid)
        if self.refers_to is not None and not _ID_RE.match(self.refers_to):
            raise InvalidEntryError("refers_to", f"{self.refers_to!r} is not an entry id", eid)
        if self.refers_to == self.id:
            raise InvalidEntryError("refers_to", "an entry cannot refer to itself", eid)
        if self.roles == () and self.forbidden == () and self.safe_forms == ():
            # No roles, forbidden or safe forms (most entries): nothing of theirs to check.
            if not isinstance(self.draft, bool):
                raise InvalidEntryError("draft", "must be true or false", eid)
        else:
            self._check_roles_and_forms(eid)
        if self.forbidden:
            # A form is accepted or forbidden, never both: lookup and annotate would take a banned one as a name.
            banned = {f.form for f in self.forbidden}
            for field_name in ("en", "aliases", "zh", "zh_hant", "zh_aliases"):
                value = getattr(self, field_name)
                for form in value if isinstance(value, tuple) else (value,):
                    if form in banned:
                        raise InvalidEntryError(field_name, f"{form!r} is also a forbidden form", eid)
        set_(self, "aliases", tuple(a for a in self.aliases if a != self.en))
        set_(self, "zh_aliases", tuple(a for a in self.zh_aliases if a not in (self.zh, self.zh_hant)))
        if self.zh_hant is not None and self.zh is None:
            raise InvalidEntryError("zh_hant", "given without zh", eid)

    def _check_roles_and_forms(self, eid: str | None) -> None:
        """Check and normalize roles, forbidden and safe forms (and draft, in the order errors are named)."""
        set_ = object.__setattr__
        roles = self.roles
        if isinstance(roles, (str, Mapping)) or not isinstance(roles, Iterable):
            raise InvalidEntryError("roles", "must be a list of roles", eid)
        checked: list[Role] = []
        for count, role in enumerate(roles, 1):
            if count > MAX_LIST_ITEMS:
                raise InvalidEntryError("roles", f"has more than {MAX_LIST_ITEMS} items", eid)
            try:
                checked.append(role if isinstance(role, Role) else Role.from_dict(role))
            except InvalidEntryError as exc:
                raise InvalidEntryError(exc.field, exc.problem, eid) from None
        set_(self, "roles", tuple(checked))
        set_(self, "forbidden", _forbidden(self.forbidden, eid))
        if not isinstance(self.draft, bool):
            raise InvalidEntryError("draft", "must be true or false", eid)
        set_(self, "safe_forms", _texts(self.safe_forms, "safe_forms", eid))
        for form in self.safe_forms:
            if form not in (self.zh, self.zh_hant, *self.zh_aliases, self.en, *self.aliases):
                raise InvalidEntryError("safe_forms", f"{form!r} is not one of the entry's forms", eid)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entry:
        """Build an entry from its JSON form; raise InvalidEntryError naming the first bad field."""
        if not isinstance(data, Mapping):
            raise InvalidEntryError("entry", f"must be an object, not {json_kind(data)}")
        unknown = data.keys() - _ENTRY_DEFAULTS.keys()
        if unknown:
            raise InvalidEntryError(sorted(unknown)[0], "is not a field of an entry", data.get("id"))
        for name in ("id", "en"):
            if data.get(name) is None:
                said = f"is required{_named_without_id(data)}" if name == "id" else "is required"
                raise InvalidEntryError(name, said, data.get("id") if name != "id" else None)
        kwargs = dict(data)
        for name in ("aliases", "zh_aliases", "sources", "roles", "forbidden", "safe_forms"):
            # An empty list is the default too: the stored file writes `"roles": []` for most entries,
            # and a tuple default lets `__post_init__` skip checking roles and forms that are not there.
            if name in kwargs and (kwargs[name] is None or kwargs[name] == []):
                del kwargs[name]
        for name in ("en_adopted", "draft"):
            if kwargs.get(name) is None:
                kwargs.pop(name, None)
        for name in ("en_adopted", "always_gloss"):
            if kwargs.get(name) is None:
                kwargs.pop(name, None)
        return cls(**kwargs)

    @classmethod
    def from_checked_dict(cls, data: Mapping[str, Any]) -> Entry:
        """Build an entry from a JSON form that `from_dict` has accepted before, without checking it again.

        For reading a glossary file whose every entry passed `from_dict` (see
        `zhgloss.cache.mark_validated`): checking 10^5 entries costs seconds, and every index build
        read them all. Lists become tuples and roles and forbidden forms their classes, as in
        `from_dict`; nothing is normalized (it was, when the entry was written). A test holds the
        result equal to `from_dict`'s.
        """
        if not (data.get("roles") or data.get("forbidden")):  # nothing nested (most entries): quicker
            return _from_canonical(data)
        self = cls.__new__(cls)
        values = self.__dict__
        for name, default in _ENTRY_DEFAULTS.items():
            value = data.get(name)
            if value is None:
                value = default
            elif name in _NESTED:
                value = tuple(map(_NESTED[name], value))
            elif isinstance(value, list):
                value = tuple(value)
            values[name] = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form in a stable order: every field of ENTRY_FIELDS, then the OPTIONAL_FIELDS set."""
        # Read from the instance's dict, and no comprehension run for what is empty (most entries' roles and
        # optional fields): an import writes 10^5 of these.
        values = self.__dict__
        roles = values["roles"]
        data: dict[str, Any] = {
            "id": values["id"],
            "type": values["type"],
            "zh": values["zh"],
            "zh_hant": values["zh_hant"],
            "pinyin": values["pinyin"],
            "en": values["en"],
            "aliases": list(values["aliases"]),
            "zh_aliases": list(values["zh_aliases"]),
            "en_adopted": values["en_adopted"],
            "refers_to": values["refers_to"],
            "roles": list(map(Role.to_dict, roles)) if roles else [],
            "note": values["note"],
            "sources": list(values["sources"]),
        }
        if values["forbidden"] or values["always_gloss"] or values["draft"] or values["safe_forms"]:
            if values["forbidden"]:
                data["forbidden"] = [f.to_dict() for f in values["forbidden"]]
            if values["always_gloss"]:
                data["always_gloss"] = True
            if values["draft"]:
                data["draft"] = True
            if values["safe_forms"]:
                data["safe_forms"] = list(values["safe_forms"])
        return data

    def replace(self, **changes: Any) -> Entry:
        """Return a copy with `changes` applied and validated."""
        return replace(self, **changes)

    @property
    def zh_forms(self) -> tuple[str, ...]:
        """Every Chinese form: zh, zh_hant, then the Chinese aliases."""
        return zh_forms_of(self.zh, self.zh_hant, self.zh_aliases)

    @property
    def en_forms(self) -> tuple[str, ...]:
        """Every English form: en first, then the aliases."""
        return (self.en, *self.aliases)

    @property
    def forbidden_forms(self) -> tuple[str, ...]:
        """Every forbidden form (English or Chinese), in the entry's order."""
        return tuple(f.form for f in self.forbidden)

    @property
    def label(self) -> str:
        """Short human label: "雷军 Lei Jun"."""
        return f"{self.zh} {self.en}" if self.zh else self.en


_ENTRY_DEFAULTS: dict[str, Any] = {f.name: None if f.default is MISSING else f.default for f in fields(Entry)}
"""Every field of an entry and its default (None for the required ones, which a checked entry has)."""
_NESTED: dict[str, Any] = {"roles": Role.from_dict, "forbidden": ForbiddenForm.from_dict}
"""Fields whose items are objects of their own, built from their JSON form."""


_BATCH = 512
"""How many documents `entries_from_dicts`, `stored_documents` and `checked_documents` check together.

Measured on all of CC-CEDICT's rows (in one process, min of three): 512 at a time 0.30 s, 1024 0.32 s, 2048 0.35 s,
8192 0.53 s: a batch's joined texts stay in the processor's cache, and a batch whose scan finds a text to look at
(a full-width comma in an English form) is read row by row over fewer rows. A stored 10^5-entry glossary's
documents check alike at 512 and 2048 (0.37-0.39 s, `checked_documents` 0.20 s).
"""
_FLAGS = ("en_adopted", "always_gloss", "draft")
_FLAG_TYPES = (bool, type(None))
_NONE_OR_EMPTY: tuple[None, list[object], tuple[()]] = (None, [], ())


def entries_from_dicts(docs: Sequence[Mapping[str, Any]], changed: list[int] | None = None) -> Iterator[Entry]:
    """Yield `Entry.from_dict(doc)` of each of `docs`, in order, checking most of them in batches.

    The same entries, and the same InvalidEntryError at the same document, as `from_dict` one by
    one (a test holds them equal). A document as the store writes it (`Entry.to_dict`: text already
    normal, no repeats, no roles, forbidden or safe forms, a known type) is checked with its batch:
    the one-line fields of the batch joined for one C-level scan (`_are_plain`), the notes likewise,
    ids and flags in a short loop; it is then built without `__post_init__`. Checking 10^5 entries
    one by one took ~2 s of a 100k glossary's first index build. A document the check is unsure of
    goes through `from_dict`, and so does every one of a batch whose joined scan finds anything.

    `changed`, if given, collects the positions of the documents `from_dict` changes on reading
    (normalized text, a dropped repeat: what `Entry.from_checked_dict` would not build alike).
    """
    from zhgloss.bulk import paused_gc

    known = _ENTRY_DEFAULTS.keys()
    id_re, pinyin_re = _ID_RE.match, _compiled(_PLAIN_PINYIN).match
    for start in range(0, len(docs), _BATCH):
        batch = docs[start : start + _BATCH]
        # The checks and the entries allocate much and hold no cycles: the collector is paused for
        # them (it rescanned the parsed file again and again), but never across a `yield`.
        with paused_gc():
            canonical = _canonical_flags(batch, known, id_re, pinyin_re)
            built = [_from_canonical(doc) if flag else None for doc, flag in zip(batch, canonical, strict=True)]
        for at, (entry, doc) in enumerate(zip(built, batch, strict=True), start):
            if entry is None:
                entry = Entry.from_dict(doc)
                if changed is not None and not _reads_as_stored(doc, entry):
                    changed.append(at)
            yield entry


def stored_documents(docs: Sequence[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Yield `Entry.from_dict(doc).to_dict()` of each of `docs`, in order: the document the store writes of it.

    The same documents (equal dicts), and the same InvalidEntryError at the same document, as that (a test holds
    them equal). Each batch is checked as `entries_from_dicts` checks it. A document the check accepts that is
    already laid out as `to_dict` writes it (`ENTRY_FIELDS` alone; the list fields lists, `roles` an empty list,
    `en_adopted` a bool: `_laid_out_as_stored`) is yielded as itself, neither built into an entry nor written out
    again; the others are built (`from_dict`) and written (`to_dict`). A reader that makes its rows so, as the
    CC-CEDICT import does for its 10^5 rows (`zhgloss.formats.cedict.load_cedict_documents`), spares the entries
    and the dicts made of them again (~0.18 s of a full import). The documents yielded as themselves are the
    caller's own objects: it must not change them after.
    """
    from zhgloss.bulk import paused_gc

    known = _ENTRY_DEFAULTS.keys()
    id_re, pinyin_re = _ID_RE.match, _compiled(_PLAIN_PINYIN).match
    for start in range(0, len(docs), _BATCH):
        batch = docs[start : start + _BATCH]
        with paused_gc():  # (as in `entries_from_dicts`: never across a `yield`)
            columns = _stored_shape(batch)
            canonical = _canonical_flags(batch, known, id_re, pinyin_re, columns)
            kept = [False] * len(batch) if columns is None else list(map(and_, canonical, _laid_out_as_stored(columns)))
        if all(kept):
            # (Every document of most batches of an import: yielded in C, without a Python step for each.)
            yield from batch  # type: ignore[misc]  # dicts: `_stored_shape` took only dicts
            continue
        for doc, flag, keep in zip(batch, canonical, kept, strict=True):
            if keep:
                yield doc  # type: ignore[misc]  # a dict: `_stored_shape` took only dicts
            elif flag:
                yield _from_canonical(doc).to_dict()
            else:
                yield Entry.from_dict(doc).to_dict()


def _stored_shape(docs: Sequence[Mapping[str, Any]]) -> dict[str, Sequence[Any]] | None:
    """`_columns(docs)` if every one of `docs` is a dict of the fields of ENTRY_FIELDS alone (as `Entry.to_dict`
    writes an entry with no optional field), else None. Their values are not looked at."""
    if set(map(type, docs)) != {dict} or set(map(len, docs)) != {len(ENTRY_FIELDS)}:
        return None
    try:  # each of as many fields as ENTRY_FIELDS holds: it has those alone
        return dict(zip(ENTRY_FIELDS, zip(*map(_STORED, docs), strict=True), strict=True))
    except KeyError:
        return None


_LAID_OUT = (("aliases", list), ("zh_aliases", list), ("sources", list), ("roles", list), ("en_adopted", bool))
"""The fields whose values `Entry.to_dict` writes in one type only (a list, true or false), and that type."""


def _laid_out_as_stored(columns: Mapping[str, Sequence[Any]]) -> list[bool]:
    """For each row of `columns` (`_stored_shape`), whether each value of `_LAID_OUT` is of the type `to_dict`
    writes. A row `_canonical_flags` accepts is then `to_dict()` of its own entry: its texts are written as they are
    read, and it has no roles (`roles` an empty list), no repeats, no optional field."""
    count = len(columns["id"])
    laid_out = [True] * count
    for name, kind in _LAID_OUT:
        types = list(map(type, columns[name]))
        if set(types) != {kind} and count:
            laid_out = list(map(and_, laid_out, map(is_, types, repeat(kind))))
    return laid_out


def checked_documents(
    docs: Sequence[Mapping[str, Any]], stored: StoredColumns | None = None
) -> tuple[dict[int, Entry], list[int]]:
    """Check each of `docs` as `entries_from_dicts` does, building only the entries that check must build.

    Returns the entries `Entry.from_dict` built, by position (those of the documents the batched check is unsure
    of), and the positions of the documents `from_dict` changes on reading (`entries_from_dicts`' `changed`).
    Each other document is one `from_dict` accepts and reads as stored (`Entry.from_checked_dict` builds its
    entry alike): `EntryColumns.from_documents` reads it without building an entry. A hand-edited 10^5-entry
    glossary built every entry to make its columns (~1 s of its first index build). Raises the InvalidEntryError
    (or TypeError) that `entries_from_dicts` raises, for the same document.

    `stored`: `stored_columns(docs)`, which `EntryColumns.from_documents` reads too: a batch of documents with
    ENTRY_FIELDS alone is checked on its slice of those columns, not on columns made of it again.
    """
    from zhgloss.bulk import paused_gc

    known = _ENTRY_DEFAULTS.keys()
    id_re, pinyin_re = _ID_RE.match, _compiled(_PLAIN_PINYIN).match
    built: dict[int, Entry] = {}
    changed: list[int] = []
    if stored is not None and not set(map(type, docs)) <= {dict}:  # `_columns` of a batch is None then
        stored = None
    with paused_gc():  # no cycles among the checks' objects, and no `yield` to keep the collector paused across
        for start in range(0, len(docs), _BATCH):
            batch = docs[start : start + _BATCH]
            given: dict[str, Sequence[Any]] | None = None
            if stored is not None and bisect_left(stored.longer, start) == bisect_left(stored.longer, start + _BATCH):
                given = {name: column[start : start + _BATCH] for name, column in stored.columns.items()}
            canonical = _canonical_flags(batch, known, id_re, pinyin_re, given)
            for at in compress(range(start, start + len(batch)), map(not_, canonical)):
                doc = docs[at]
                entry = built[at] = Entry.from_dict(doc)
                if not _reads_as_stored(doc, entry):
                    changed.append(at)
    return built, changed


def _reads_as_stored(doc: Mapping[str, Any], entry: Entry) -> bool:
    """Tell whether `Entry.from_checked_dict(doc)` is `entry`, the one `from_dict` built from `doc`."""
    try:
        return Entry.from_checked_dict(doc) == entry
    except (InvalidEntryError, TypeError, ValueError, AttributeError):
        return False


def _canonical_flags(
    batch: Sequence[Mapping[str, Any]],
    known: Any,
    id_re: Any,
    pinyin_re: Any,
    given: dict[str, Sequence[Any]] | None = None,
) -> list[bool]:
    """Whether each document of `batch` is canonical, its texts checked with the batch's: the documents
    `Entry.from_dict` accepts and `_from_canonical` builds alike. `given`: `_columns(batch)`, made already.

    The texts of the whole batch are scanned at once; where that scan finds anything, `_plain_rows` tells
    which documents hold it, and only those are not canonical (a batch of CC-CEDICT's entries holds a few
    headwords with a full-width comma, and each had sent its whole batch through `from_dict`).
    """
    columns = _canonical_columns(batch, pinyin_re, given)
    canonical = [True] * len(batch)
    if columns is None:
        # A document with roles, forbidden or safe forms is never canonical (`_from_canonical` builds none): those
        # few are told by their columns, and the others checked together again; halving down to one by one is
        # for what that does not settle (a batch of a written glossary's entries holds a role or two, and each
        # had sent its batch through ~15 checks of ever smaller halves).
        nested = _nested_rows(batch, given)
        if nested is not None and any(nested):
            canonical = list(map(not_, nested))
            rest = list(compress(batch, canonical))
            columns = _canonical_columns(rest, pinyin_re) if rest else {}
        if columns is None:
            canonical = _canonical_mask(batch, known, id_re, pinyin_re)
            columns = _columns(list(compress(batch, canonical))) or {}
    joined_notes = "\n".join(filter(None, columns.get("note", ())))
    texts_plain = _columns_plain(columns)
    notes_plain = find_unsafe(joined_notes) is None and is_nfc(joined_notes)
    if texts_plain and notes_plain:
        return canonical
    plain = iter(_plain_rows(columns, canonical.count(True), texts=not texts_plain, notes=not notes_plain))
    return [flag and next(plain) for flag in canonical]


_PLAIN_GROUPS = ((("en",), ("aliases",)), (("pinyin",), ()), (("zh", "zh_hant"), ("zh_aliases",)))
"""The one-line fields and list fields of `_ONE_LINE_FIELDS` and `_LIST_FIELDS` that `_columns_plain` asks
`_are_plain` about together: texts of one script each (English, pinyin, Chinese), `sources` apart."""


def _columns_plain(columns: Mapping[str, Sequence[Any]]) -> bool:
    """`_are_plain` of all the one-line texts and list items of `columns` (`_columns` of a batch), asked a few
    fields at a time; True only if every text of every field is plain.

    `_are_plain` is a test of each text alone, so asking it of groups of texts gives its answer for all of
    them. Each group holds one script's texts: a string is as wide as its widest character, and a batch's
    Chinese often holds one outside the BMP (four bytes a character), which made every scan of the English
    and pinyin joined with it four times as long. The sources (one text repeated in every entry an import
    makes) are asked once each.
    """
    for text_names, list_names in _PLAIN_GROUPS:
        texts: list[object] = []
        lists: list[object] = []
        for name in text_names:
            texts += columns.get(name, ())
        for name in list_names:
            lists += filter(None, columns.get(name, ()))
        if not _are_plain(texts, lists):
            return False
    sources = tuple(filter(None, columns.get("sources", ())))
    if not sources:
        return True
    if not set(map(type, sources)) <= _LIST_TYPES or max(map(len, sources)) > MAX_LIST_ITEMS:
        return False
    try:
        distinct = set(chain.from_iterable(sources))
    except TypeError:  # an unhashable item: not text, which the field-by-field check names
        return False
    # Asked as one-line texts, where `_are_plain` passes over a None (an absent field): an item must be text.
    if not set(map(type, distinct)) <= {str}:
        return False
    return _are_plain(tuple(distinct), ())


def _nested_rows(
    batch: Sequence[Mapping[str, Any]], given: dict[str, Sequence[Any]] | None = None
) -> list[bool] | None:
    """Whether each document of `batch` has roles, forbidden or safe forms (any value but an empty one or null);
    None if the batch is not of documents `_columns` reads. `given`: `_columns(batch)`, made already."""
    columns = _columns(batch) if given is None else given
    if columns is None:
        return None
    nested = [False] * len(batch)
    for name in ("roles", "forbidden", "safe_forms"):
        values = columns.get(name)
        if values is not None and any(values):
            nested = list(map(or_, nested, map(bool, values)))
    return nested


_ONE_LINE_FIELDS = ("en", "zh", "zh_hant", "pinyin")
_LIST_FIELDS = ("aliases", "zh_aliases", "sources")


def _plain_rows(columns: Mapping[str, Sequence[Any]], count: int, *, texts: bool, notes: bool) -> list[bool]:
    """For each of the `count` rows of `columns` (canonical documents' fields), whether its texts are plain.

    Plain as `_are_plain` tells it of the row's one-line texts and list items (asked if `texts`), and its note
    free of unsafe characters and in NFC (asked if `notes`; what is not asked is known to hold for every row).
    The whole batch is still checked in C: each condition over all the texts at once (their lengths, NFC, line
    feeds), and one scan of their joined text for what `_are_plain` searches for, each match taken back to its
    text by its offset. Any text not a string makes its row not plain.
    """
    bad: set[int] = set()
    if texts:
        bad.update(_rows_not_plain(columns, count))
    if notes:
        for row, note in enumerate(columns.get("note", ())):
            if note is not None and not (type(note) is str and find_unsafe(note) is None and is_nfc(note)):
                bad.add(row)
    flags = [True] * count
    for row in bad:
        flags[row] = False
    return flags


def _rows_not_plain(columns: Mapping[str, Sequence[Any]], count: int) -> set[int]:
    """The rows of `_plain_rows` whose one-line texts or list items are not plain.

    The texts are gathered as `_are_plain` gathers them; each text found wrong is taken back to its row by the
    field it is in (`segments`) and its place there. A text not a string stands as "" (wrong too: empty).
    """
    texts: list[Any] = []
    segments: list[tuple[int, Sequence[int] | None, bool]] = []  # (first text, its rows or list ends, a list?)
    bad: set[int] = set()
    for name in _ONE_LINE_FIELDS:
        column = columns.get(name)
        if column is not None:
            if None in column:
                present = list(map(is_not, column, repeat(None)))
                segments.append((len(texts), list(compress(range(count), present)), False))
                texts += compress(column, present)
            else:
                segments.append((len(texts), None, False))
                texts += column
    for name in _LIST_FIELDS:
        column = columns.get(name)
        if column is not None:
            items = [() if value is None else value for value in column] if None in column else column
            sizes = list(map(len, items))
            if max(sizes, default=0) > MAX_LIST_ITEMS:
                bad.update(compress(range(count), map(MAX_LIST_ITEMS.__lt__, sizes)))
            segments.append((len(texts), list(accumulate(sizes)), True))
            texts += chain.from_iterable(items)
    firsts = [first for first, _, _ in segments]

    def row_of(at: int) -> int:
        first, rows, is_list = segments[bisect_right(firsts, at) - 1]
        if is_list:
            return bisect_right(rows, at - first)  # type: ignore[arg-type]  # a list's ends
        return at - first if rows is None else rows[at - first]

    try:
        joined = "\n".join(texts)
    except TypeError:
        strings = list(map(isinstance, texts, repeat(str)))
        bad.update(map(row_of, compress(range(len(texts)), map(not_, strings))))
        texts = [text if string else "" for text, string in zip(texts, strings, strict=True)]
        joined = "\n".join(texts)
    wrong: list[int] = []  # the texts found wrong, by place
    # Each condition asked of all the texts at once first: most hold for every text of a batch.
    if not all(texts):
        wrong += compress(range(len(texts)), map(not_, texts))
    if max(map(len, texts), default=0) > MAX_NAME_CHARS:
        wrong += compress(range(len(texts)), map(MAX_NAME_CHARS.__lt__, map(len, texts)))
    if not is_nfc(joined):
        wrong += compress(range(len(texts)), map(not_, map(is_nfc, texts)))
    # A character `_are_plain` refuses, or a space at an end of a text or beside another: each match is inside
    # the text that holds it, which is the count of line feeds before it unless a text holds one itself.
    found = list(_compiled(_NOT_PLAIN_CHAR).finditer(joined))
    if joined[:1] == " " or joined[-1:] == " " or "  " in joined or " \n" in joined or "\n " in joined:
        found += _compiled(_SPACE_OUT_OF_PLACE).finditer(joined)
    if " " in joined:
        found += _compiled(_SPACE_IN_HAN).finditer(joined)  # (each match inside the text of `_HAN_SPACE`'s)
    lone = joined.count("\n") == len(texts) - 1  # no text holds a line feed
    if not lone:
        wrong += compress(range(len(texts)), map(contains, texts, repeat("\n")))
    if lone and len(found) <= _FEW_MATCHES:
        wrong += (joined.count("\n", 0, match.start()) for match in found)
    elif found:
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
        wrong += (bisect_right(starts, match.start()) - 1 for match in found)
    bad.update(map(row_of, wrong))
    return bad


_FEW_MATCHES = 8
"""Up to how many matches in a batch's joined texts are each taken to their text by counting the line feeds before
it (a scan each); more, by the texts' offsets (one pass over all of them)."""
_SPACE_OUT_OF_PLACE = " (?![^ \n])|(?<![^\n]) "
"""A space at the start or end of a text of a line-feed-joined batch, or before another (the match is that space,
inside its text): what `normalize` strips or collapses."""


_STORED = itemgetter(*ENTRY_FIELDS)


def _columns(docs: Sequence[Mapping[str, Any]]) -> dict[str, Sequence[Any]] | None:
    """The fields of `docs` (dicts of known fields only) as columns, None where one is missing; None if that is not so.

    A document as the store writes it has exactly ENTRY_FIELDS: those are taken from all of them
    in one pass and transposed (one column a field cost ~3x more: each pass walks 10^5 dicts
    strewn over memory), and the OPTIONAL_FIELDS are then absent, so left out.
    """
    if set(map(type, docs)) - {dict}:
        return None
    sizes = set(map(len, docs))
    if sizes <= {len(ENTRY_FIELDS)}:
        with suppress(KeyError):
            return dict(zip(ENTRY_FIELDS, zip(*map(_STORED, docs), strict=True), strict=True)) if docs else {}
    if len(sizes) == 1 and len(names := tuple(docs[0])) > 1 and _ENTRY_DEFAULTS.keys() >= set(names):
        # Documents of one shape, another than the store's (entries an import makes): taken alike, by the first
        # one's fields (each other one, as long, has them all or raises KeyError), the rest of ENTRY_FIELDS absent.
        with suppress(KeyError):
            read = zip(*map(itemgetter(*names), docs), strict=True)
            columns: dict[str, Sequence[Any]] = dict(zip(names, read, strict=True))
            for name in ENTRY_FIELDS:
                if name not in columns:
                    columns[name] = ["person" if name == "type" else None] * len(docs)
            return columns
    if not all(map(_ENTRY_DEFAULTS.keys().__ge__, map(dict.keys, docs))):  # type: ignore[arg-type]
        return None
    # A missing type is a person's; a type stored as null stays None (and is no known type).
    return {
        name: list(map(dict.get, docs, repeat(name), repeat("person" if name == "type" else None)))  # type: ignore[arg-type]
        for name in _ENTRY_DEFAULTS
    }


def _canonical_mask(docs: Sequence[Mapping[str, Any]], known: Any, id_re: Any, pinyin_re: Any) -> list[bool]:
    """`_is_canonical` of each of `docs`: the whole sequence checked a column at a time, halved where that fails.

    The few documents with roles or forbidden forms in a glossary the store wrote are found by
    halving down to `_is_canonical` one by one.
    """
    if len(docs) <= 16:
        return [_is_canonical(doc, known, id_re, pinyin_re) for doc in docs]
    middle = len(docs) // 2
    halves = docs[:middle], docs[middle:]
    return [
        flag
        for half in halves
        for flag in (
            [True] * len(half)
            if _canonical_columns(half, pinyin_re) is not None
            else _canonical_mask(half, known, id_re, pinyin_re)
        )
    ]


_NONE_TYPE = type(None)
_LIST_OR_NONE = {list, tuple, _NONE_TYPE}
"""The types a list field may have in a canonical document: a list (parsed JSON), a tuple (an import's), or null."""
_ID_CHARS = r"[^a-z0-9\n-]"


def _canonical_columns(
    docs: Sequence[Mapping[str, Any]], pinyin_re: Any, given: dict[str, Sequence[Any]] | None = None
) -> dict[str, Sequence[Any]] | None:
    """The columns of `docs` (`_columns`, or `given`: those made already) if `_is_canonical` holds for every one of
    them, else None.

    The same conditions as `_is_canonical`, which gives the answer document by document, each
    applied to a whole column with C-level `map`, `set` and `join`. Stricter where that is simpler
    (an id holding a line feed): such documents are then checked one by one.
    """
    try:
        columns = _columns(docs) if given is None else given
        if columns is None:
            return None
        ids, en, kind = columns["id"], columns["en"], columns["type"]
        joined_ids = "\n".join(ids)  # a TypeError if one is not text
        if not (
            set(map(type, en)) <= {str}
            and all(ids)
            and max(map(len, ids), default=0) <= MAX_ID_CHARS
            and joined_ids.count("\n") == len(ids) - 1
            and _compiled(_ID_CHARS).search(joined_ids) is None
            and not (joined_ids[:1] == "-" or joined_ids[-1:] == "-")
            and not ("--" in joined_ids or "-\n" in joined_ids or "\n-" in joined_ids)
            and set(kind) <= _KNOWN_TYPE_SET
        ):
            return None
        for name in ("roles", "forbidden", "safe_forms"):
            values = columns.get(name, ())
            if set(map(type, values)) - _LIST_OR_NONE or any(values):
                return None
        if any(set(map(type, columns.get(flag, ()))) - {bool, _NONE_TYPE} for flag in _FLAGS):
            return None
        notes = [note for note in columns["note"] if note is not None]
        if notes and not (
            set(map(type, notes)) == {str}
            and all(notes)
            and max(map(len, notes)) <= MAX_PROSE_CHARS
            and all(map(str.__eq__, notes, map(str.strip, notes)))
        ):
            return None
        references = columns["refers_to"]
        for refers_to, entry_id in zip(references, ids, strict=True) if set(references) != {None} else ():
            if refers_to is not None and not (
                type(refers_to) is str and _ID_RE.match(refers_to) and refers_to != entry_id
            ):
                return None
        pinyin = [text for text in columns["pinyin"] if text is not None]
        if set(map(type, pinyin)) - {str}:
            return None
        joined_pinyin = "\n".join(pinyin)
        if "(" in joined_pinyin or ")" in joined_pinyin:
            return None  # brackets, which must be the Chinese form's (`_check_pinyin_brackets`): checked entry by entry
        if _TONE_NUMBER_RE.search(joined_pinyin):
            return None  # pinyin that may be written with tone numbers: the entry model rewrites it (few batches)
        if joined_pinyin.count("\n") == len(pinyin) - 1:
            # No text holds a line feed: all of them told by one scan of their lines.
            if pinyin and _compiled(_PLAIN_PINYIN_LINES).fullmatch(joined_pinyin) is None:
                return None
        elif not all(map(pinyin_re, pinyin)):
            return None
        zh, zh_hant = columns["zh"], columns["zh_hant"]
        if None in zh and None in (z for z, h in zip(zh, zh_hant, strict=True) if h is not None):
            return None
        for name in ("aliases", "zh_aliases", "sources"):
            values = columns[name]
            if set(map(type, values)) - _LIST_OR_NONE:
                return None
            # A list of one item has no repeat: only the longer ones (few) are made sets.
            filled = list(filter(None, values))
            longer = list(compress(filled, map((1).__lt__, map(len, filled))))
            if list(map(len, map(set, longer))) != list(map(len, longer)):  # a repeat (or unhashable: TypeError)
                return None
        aliases = columns["aliases"]
        if None in aliases:
            if any(e in a for e, a in zip(en, aliases, strict=True) if a):
                return None
        elif any(map(contains, aliases, en)):  # lists all (checked above): in C
            return None
        if any(z in a or h in a for a, z, h in zip(columns["zh_aliases"], zh, zh_hant, strict=True) if a):
            return None
    except TypeError:  # a value that is not text where text belongs: checked one by one
        return None
    return columns


_NEW_ENTRY = Entry.__new__
_SET_ATTRIBUTE = object.__setattr__


def _from_canonical(doc: Mapping[str, Any]) -> Entry:
    """`Entry.from_checked_dict` of a document `_is_canonical` accepted (no roles, no forbidden forms), faster.

    The instance's attributes are one dict built in C and set whole, each list made a tuple by
    name (no loop): a glossary's first index build makes 10^5 of these, and the update of an
    instance's empty dict and the loops over the list fields were half of it.
    """
    values = {**_ENTRY_DEFAULTS, **doc}
    values["aliases"] = tuple(values["aliases"] or ())
    values["zh_aliases"] = tuple(values["zh_aliases"] or ())
    values["sources"] = tuple(values["sources"] or ())
    # No roles and no forbidden forms: each caller asks so first (`_is_canonical`, `from_checked_dict`).
    values["roles"] = values["forbidden"] = ()
    values["safe_forms"] = tuple(values["safe_forms"] or ())
    if values["en_adopted"] is None:
        values["en_adopted"] = False
    if values["always_gloss"] is None:
        values["always_gloss"] = False
    if values["draft"] is None:
        values["draft"] = False
    self = _NEW_ENTRY(Entry)
    _SET_ATTRIBUTE(self, "__dict__", values)
    return self


def _is_canonical(doc: Mapping[str, Any], known: Any, id_re: Any, pinyin_re: Any) -> bool:
    """Tell whether `from_dict` accepts `doc` and builds what `from_checked_dict` does, but for its texts.

    Its one-line texts and note are checked with its batch (see `entries_from_dicts`). Mirrors
    `Entry.__post_init__`: each condition here makes a rule there pass and leave its field unchanged.
    """
    if type(doc) is not dict or not doc.keys() <= known:
        return False
    get = doc.get
    entry_id, en, zh, zh_hant, pinyin = get("id"), get("en"), get("zh"), get("zh_hant"), get("pinyin")
    # A list stored as null is the empty default; anything else falsy ("", 0) is an error from_dict names.
    aliases, zh_aliases, sources = (
        () if (v := get(name)) is None else v for name in ("aliases", "zh_aliases", "sources")
    )
    refers_to, note = get("refers_to"), get("note")
    try:
        return bool(
            type(entry_id) is str
            and len(entry_id) <= MAX_ID_CHARS
            and id_re(entry_id)
            and type(en) is str
            and get("type", "person") in _KNOWN_TYPE_SET
            and get("roles") in _NONE_OR_EMPTY
            and get("forbidden") in _NONE_OR_EMPTY
            and get("safe_forms") in _NONE_OR_EMPTY
            and all(type(get(flag)) in _FLAG_TYPES for flag in _FLAGS)
            and (note is None or (type(note) is str and note and note == note.strip() and len(note) <= MAX_PROSE_CHARS))
            and (refers_to is None or (type(refers_to) is str and id_re(refers_to) and refers_to != entry_id))
            and (pinyin is None or (type(pinyin) is str and pinyin_re(pinyin) and not _TONE_NUMBER_RE.search(pinyin)))
            and (zh_hant is None or zh is not None)
            and type(aliases) in (list, tuple)
            and type(zh_aliases) in (list, tuple)
            and type(sources) in (list, tuple)
            and len(set(aliases)) == len(aliases)
            and len(set(zh_aliases)) == len(zh_aliases)
            and len(set(sources)) == len(sources)
            and en not in aliases
            and (not zh_aliases or (zh not in zh_aliases and zh_hant not in zh_aliases))
        )
    except TypeError:  # an unhashable value where text belongs: from_dict names it
        return False


class StoredColumns(NamedTuple):
    """The fields of ENTRY_FIELDS of many documents, each as a list, as stored (`stored_columns`)."""

    columns: dict[str, Sequence[Any]]
    """Each field of ENTRY_FIELDS: its value in each document (a tuple), null where it is stored so."""
    longer: list[int]
    """The positions (in order) of the documents with more fields than ENTRY_FIELDS."""


def stored_columns(docs: Sequence[Mapping[str, Any]]) -> StoredColumns | None:
    """The fields of ENTRY_FIELDS of `docs` as columns, if every one of them has each of those fields; else None.

    Taken from all of them in one C-level pass and transposed (one column a field cost ~3x more: each pass walks
    10^5 dicts strewn over memory). What `EntryColumns.from_documents` reads, and `checked_documents` checks.
    """
    from zhgloss.bulk import paused_gc

    count = len(docs)
    # 10^5 tuples and no cycle: the collector would rescan the parsed file for each few hundred (3x the time).
    with paused_gc():
        try:
            rows = list(map(_STORED, docs))
        except (KeyError, TypeError):  # a field left out (a validated file written by hand), or no document
            return None
        # Tuples, as zip makes them: a list of each would touch its 10^5 values once more (their counts of
        # references), strewn over memory; `EntryColumns.from_documents` copies the texts it reads most anyway.
        read = list(zip(*rows, strict=True)) if rows else [() for _ in ENTRY_FIELDS]
        del rows
    # Only a document with more fields than ENTRY_FIELDS holds optional ones: a sum tells if any does.
    if sum(map(len, docs)) == count * len(ENTRY_FIELDS):
        longer = []
    else:
        longer = list(compress(range(count), map(len(ENTRY_FIELDS).__ne__, map(len, docs))))
    return StoredColumns(dict(zip(ENTRY_FIELDS, read, strict=True)), longer)


COLUMNS = tuple(name for name in _ENTRY_DEFAULTS if name not in ("roles", "sources", "forbidden"))
"""The fields `EntryColumns` holds as columns (every field of `Entry` but roles, sources and forbidden forms, whose
forms alone it holds: `EntryColumns.forbidden_forms`)."""
_STORED_COLUMNS = tuple(name for name in COLUMNS if name in ENTRY_FIELDS)
_OPTIONAL_COLUMNS = tuple(name for name in COLUMNS if name not in ENTRY_FIELDS)


class EntryColumns(Sequence[Entry]):
    """Many entries as columns: `columns.zh[n]` is `entries[n].zh`, for each field of COLUMNS; and a sequence of them.

    Each column is a list with one item per entry, as the `Entry` attribute of that name holds it
    (None, False or an empty sequence where the entry has none), except that a list field (aliases,
    zh_aliases, safe_forms) may be a list rather than a tuple: read it, never change it. The
    `forbidden_forms` column holds each entry's `Entry.forbidden_forms`, and `with_roles` whether it
    has roles (`bool(entry.roles)`: the search index's salience).
    `columns[n]` is the `Entry` itself, built on first use and kept (the same object every time):
    a cache build reads the columns of 10^5 entries and asks for the whole entry of the few its
    rules need (`zhgloss.forms.variant_texts`), never building the others.

    Made by `from_documents` (the documents of a file whose every entry reads as stored: see
    `zhgloss.store.Glossary.entry_columns`) or `from_entries`; the two are equal for the same entries.
    `from_documents` also tells which documents are their entries' `Entry.to_dict()` (`read_from`).
    """

    id: list[str]
    type: list[str]
    zh: list[str | None]
    zh_hant: list[str | None]
    pinyin: list[str | None]
    en: list[str]
    aliases: list[Sequence[str]]
    zh_aliases: list[Sequence[str]]
    en_adopted: list[bool]
    refers_to: list[str | None]
    note: list[str | None]
    always_gloss: list[bool]
    draft: list[bool]
    safe_forms: list[Sequence[str]]
    forbidden_forms: list[tuple[str, ...]]

    def __init__(
        self,
        columns: Mapping[str, list[Any]],
        forbidden_forms: list[tuple[str, ...]],
        make: Callable[[int], Entry],
        count: int,
        with_roles: list[bool] | Callable[[], list[bool]],
    ) -> None:
        for name in COLUMNS:
            setattr(self, name, columns[name])
        self._to_compact: dict[str, list[Any]] = {}
        """The columns whose texts are copied together when first read (`from_documents`: see `__getattr__`)."""
        self.forbidden_forms = forbidden_forms
        self._with_roles = with_roles
        self._make = make
        self._count = count
        self._built: dict[int, Entry] = {}
        self._read_from: tuple[Sequence[Mapping[str, Any]], frozenset[int]] | None = None
        self._unsure_later: tuple[Sequence[Mapping[str, Any]], set[int], Callable[[], set[int]]] | None = None
        self.derived: dict[str, Any] = {}
        """What a rule worked out of these columns, by the rule's name (`zhgloss.forms.are_wording`): every build in
        the process that reads them shares it (`check` builds two matchers). Emptied when an entry is put in."""
        self.keep: Callable[[str, Callable[[], bytes]], bytes | memoryview] | None = None
        """Where what a rule works out of these columns is kept between processes: `keep(kind, build)` returns the
        bytes `build()` made for the version of the glossary file the columns were read from, built once per version
        and kind (`zhgloss.store.Glossary.entry_columns` sets it: the glossary's cache folder; `variant_texts` uses
        it). None: kept nowhere. Dropped, as `derived` is emptied, when an entry is put in."""

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> EntryColumns:
        """The columns of `entries` (checked entries: each column read off them)."""
        from zhgloss.bulk import paused_gc

        entries = list(entries)
        with paused_gc():  # 10^5 tuples, no cycles
            rows = list(
                map(_COLUMN_VALUES, map(vars, entries))
            )  # one pass, then transposed: 3x quicker than a column each
            columns = dict(zip(COLUMNS, map(list, zip(*rows, strict=True)), strict=True)) if rows else {}
            del rows
        columns = {name: columns.get(name, []) for name in COLUMNS}
        forbidden = [tuple(map(_FORM, forms)) if forms else () for forms in map(attrgetter("forbidden"), entries)]
        with_roles = list(map(bool, map(_ROLES_OF_ENTRY, entries)))
        return cls(columns, forbidden, entries.__getitem__, len(entries), with_roles)

    @classmethod
    def from_documents(cls, docs: Sequence[Mapping[str, Any]], stored: StoredColumns | None = None) -> EntryColumns:
        """The columns of the entries `Entry.from_checked_dict` builds of `docs`, without building them.

        For documents `from_dict` accepted and reads as stored alone (`zhgloss.store.Glossary.entry_columns`
        knows them): nothing is checked or normalized. A document as the store writes it has every field
        of ENTRY_FIELDS and few have more: the columns are those of `stored_columns` (`stored`, if made
        already), and the few longer documents are read again for the optional fields.
        """
        count = len(docs)
        if stored is None:
            stored = stored_columns(docs)
        with_roles: list[bool] | Callable[[], list[bool]]
        unsure: Callable[[], set[int]]
        if stored is None:  # a field left out (a validated file written by hand): one column at a time
            columns: dict[str, Sequence[Any]] = {name: [doc.get(name) for doc in docs] for name in _STORED_COLUMNS}
            with_roles = [bool(doc.get("roles")) for doc in docs]
            longer = list(range(count))
            unsure = partial(set, longer)
        else:
            columns = {name: stored.columns[name] for name in _STORED_COLUMNS}
            roles, sources, longer = stored.columns["roles"], stored.columns["sources"], stored.longer
            # Made when asked (the search index asks whether entries have roles, `entry_spans` of a file zhgloss did
            # not write which documents to compare): each is a pass over 10^5 lists strewn over memory.
            with_roles = partial(_truths, roles)
            unsure = partial(_not_plainly_written, sources, roles, longer)
        # One object per type (see `_shared_texts`): the test for nulls below, and every pass after, is then quick.
        columns["type"] = _shared_texts(columns["type"])
        # What `from_checked_dict` makes of a field stored as null or left out: the field's default. The optional
        # fields are left out of nearly every document: their columns start as their defaults.
        optional: dict[str, list[Any]] = {name: [_ENTRY_DEFAULTS[name]] * count for name in _OPTIONAL_COLUMNS}
        forbidden: list[tuple[str, ...]] = [()] * count
        for n in longer:
            doc = docs[n]
            for name in _OPTIONAL_COLUMNS:
                value = doc.get(name)
                optional[name][n] = _ENTRY_DEFAULTS[name] if value is None else value
            if doc.get("forbidden"):
                forbidden[n] = tuple(ForbiddenForm.from_dict(item).form for item in doc["forbidden"])
        nulls: set[int] = set()
        for name in _STORED_COLUMNS:
            column, default = columns[name], _ENTRY_DEFAULTS[name]
            if default is not None and None in column:  # a null that to_dict writes otherwise (type, a list, a flag)
                nulls.update(compress(range(count), map(is_, column, repeat(None))))
                columns[name] = [default if value is None else value for value in column]
        # Each column a list (`stored_columns` makes tuples).
        lists = {name: column if type(column) is list else list(column) for name, column in columns.items()}
        made = cls({**lists, **optional}, forbidden, lambda n: Entry.from_checked_dict(docs[n]), count, with_roles)
        made._unsure_later = (docs, nulls, unsure)
        # The columns every cache build passes over many times have their texts copied one after the other (see
        # `_compacted_texts`: ~10% of an annotator's build at 10^5 entries) when a build first reads them: the
        # columns a full CC-CEDICT import makes of the documents it wrote are only dumped (`dump_entry_columns`,
        # the copy later processes read) and read for the forbidden forms, and their copying was ~0.17 s of it.
        for name in (*_COMPACTED_TEXTS, *_COMPACTED_LISTS):
            made._to_compact[name] = lists[name]
            delattr(made, name)
        return made

    if not TYPE_CHECKING:  # (an attribute mypy must not think any name is)

        def __getattr__(self, name: str) -> Any:
            """A column of `_COMPACTED_TEXTS` or `_COMPACTED_LISTS` of `from_documents`, its texts copied one after
            the other (`_compacted_texts`, `_compacted_lists`) when it is first read, and kept so. Asked only for an
            attribute not set: a column read once more is the attribute itself."""
            pending = self.__dict__.get("_to_compact")
            if not pending or name not in pending:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            column = pending.pop(name)
            compacted = _compacted_lists(column) if name in _COMPACTED_LISTS else _compacted_texts(column)
            compacted = compacted if type(compacted) is list else list(compacted)
            setattr(self, name, compacted)
            return compacted

    def column_as_read(self, name: str) -> Sequence[Any]:
        """The column `name` of COLUMNS (its values, as `getattr(columns, name)` gives them), without copying its
        texts together if that is not done yet: for a pass that reads it once (`dump_entry_columns`)."""
        if name in self._to_compact:
            return self._to_compact[name]
        column: Sequence[Any] = getattr(self, name)
        return column

    @property
    def with_roles(self) -> list[bool]:
        """Whether each entry has roles (`bool(entry.roles)`: the search index's salience)."""
        if callable(self._with_roles):
            self._with_roles = self._with_roles()
        return self._with_roles

    @property
    def read_from(self) -> tuple[Sequence[Mapping[str, Any]], frozenset[int]] | None:
        """`from_documents`' documents, and the positions of those that may differ from their entry's
        `Entry.to_dict()`: every other one is equal to it (a document as the store writes it). None for columns made
        otherwise. Worked out when first asked."""
        if self._unsure_later is not None:
            docs, nulls, unsure = self._unsure_later
            self._read_from, self._unsure_later = (docs, frozenset(nulls.union(unsure()))), None
        return self._read_from

    @read_from.setter
    def read_from(self, value: tuple[Sequence[Mapping[str, Any]], frozenset[int]] | None) -> None:
        self._read_from, self._unsure_later = value, None

    def with_entries(self, entries: Mapping[int, Entry]) -> EntryColumns:
        """These columns with the entry at each position of `entries` put in (its values, and itself as `self[n]`).

        For columns `from_documents` read of documents some of which `Entry.from_dict` reads otherwise (a hand-edited
        "Lei  Jun" is "Lei Jun"): those entries are put in as `from_dict` built them (`checked_documents`), and
        counted among the documents that may differ from their entries' `to_dict()` (`read_from`).
        """
        for n, entry in entries.items():
            values = vars(entry)
            for name in COLUMNS:
                getattr(self, name)[n] = values[name]
            self.forbidden_forms[n] = entry.forbidden_forms
            self.with_roles[n] = bool(entry.roles)
            self._built[n] = entry
        self.derived.clear()
        self.keep = None
        if self.read_from is not None:
            self.read_from = (self.read_from[0], self.read_from[1].union(entries))
        return self

    def zh_forms_at(self, index: int) -> tuple[str, ...]:
        """`Entry.zh_forms` of the entry at `index`, read from the columns (no entry is built)."""
        return zh_forms_of(self.zh[index], self.zh_hant[index], self.zh_aliases[index])

    def take(self, numbers: Sequence[int]) -> EntryColumns:
        """The columns of the entries at `numbers` (in that order); an entry built for one is built for the other."""
        columns = {name: list(map(getattr(self, name).__getitem__, numbers)) for name in COLUMNS}
        forbidden = list(map(self.forbidden_forms.__getitem__, numbers))
        with_roles = list(map(self.with_roles.__getitem__, numbers))
        return EntryColumns(columns, forbidden, lambda n: self[numbers[n]], len(numbers), with_roles)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        entry = self._built.get(index)
        if entry is None:
            entry = self._built[index] = self._make(index)
        return entry


def _not_plainly_written(sources: Sequence[Any], roles: Sequence[Any], longer: list[int]) -> set[int]:
    """The positions of the documents read by `EntryColumns.from_documents` that may differ from their entry's
    `Entry.to_dict()`, as far as their `sources` and `roles` and their lengths (`longer`: more fields than
    ENTRY_FIELDS) tell; `from_documents` adds those with a null where its default is not (type, aliases, ...).

    A document parsed from JSON (its lists are lists) that `from_dict` accepts and reads as stored is its entry's
    `to_dict()` when it has no more fields than ENTRY_FIELDS, no null where `to_dict` writes a default, and no
    roles: `to_dict` writes each field so, and the others, text or null, as they are. Any other is compared with
    its entry (`zhgloss.store.Glossary.entry_spans`).
    """
    count = len(sources)
    unsure = set(longer)
    for column in (sources, roles):
        if None in column:
            unsure.update(compress(range(count), map(is_, column, repeat(None))))
    unsure.update(compress(range(count), roles))  # roles there: compared
    return unsure


_COMPACTED_TEXTS = ("zh", "zh_hant", "en")
_COMPACTED_LISTS = ("aliases", "zh_aliases")
_JOIN = "\0"
"""What `_compacted_texts` joins texts by: no stored text holds it (were one to, the column is kept as it is)."""


def _truths(values: Sequence[Any]) -> list[bool]:
    """`bool` of each of `values`, in order."""
    return list(map(bool, values))


def _compacted_texts(column: Sequence[Any]) -> Sequence[Any]:
    """`column` (text or None at each place) with each text copied, the copies laid out in memory in the column's order.

    The parsed glossary's texts lie among its documents' dicts, in the file's order (ids sorted as text), so
    a pass over one column touched a new stretch of memory at each item: a cache miss each, ~3x the time of the
    same pass over texts made one after the other. A cache build passes over its columns a dozen times or more;
    one join and one split (C-level) make the copies. A column with any other value than text or None, or a text
    holding NUL, is returned as it is.
    """
    try:
        copies = _JOIN.join(column).split(_JOIN)  # most columns: text at every place
    except TypeError:  # a None (or another value) among them
        present = list(map(is_not, column, repeat(None)))
        try:
            copies = _JOIN.join(compress(column, present)).split(_JOIN)
        except TypeError:
            return column
        if len(copies) != present.count(True):
            return column
        # Each place's value from one iterator or the other, in order (True picks None's).
        return list(map(next, map([iter(copies), repeat(None)].__getitem__, map(not_, present))))
    return copies if len(copies) == len(column) else column


def _shared_texts(column: Sequence[Any]) -> Sequence[Any]:
    """`column` (of few distinct values: the types) with each value one object, the same at every place that holds it,
    so that a pass over it touches a few objects only (see `_compacted_texts`); as it is if a value is unhashable."""
    # Copied first (`_compacted_texts`): the set then hashes texts laid out one after the other.
    texts = _compacted_texts(column)
    try:
        values = set(texts)
    except TypeError:
        return column
    return list(map({value: value for value in values}.__getitem__, texts))


def _compacted_lists(column: Sequence[Any]) -> Sequence[Any]:
    """`column` (a list or tuple of texts at each place) with each non-empty one copied as a list of copied texts, the
    texts laid out in memory in order (see `_compacted_texts`); as it is if a value is anything else or a text holds
    NUL."""
    listed = list(compress(range(len(column)), column))
    lists = list(map(column.__getitem__, listed))
    if not lists or not all(map(isinstance, lists, repeat((list, tuple)))):
        return column
    ends = list(accumulate(map(len, lists)))
    try:
        copies = _JOIN.join(chain.from_iterable(lists)).split(_JOIN)
    except TypeError:
        return column
    if len(copies) != ends[-1]:
        return column
    out = list(column)
    deque(map(out.__setitem__, listed, map(copies.__getitem__, map(slice, [0, *ends[:-1]], ends))), maxlen=0)
    return out


def zh_forms_of(zh: str | None, zh_hant: str | None, zh_aliases: Sequence[str]) -> tuple[str, ...]:
    """An entry's Chinese forms (`Entry.zh_forms`) from its fields: zh, zh_hant, then the Chinese aliases."""
    if not zh_aliases and zh:  # most entries: no list to build (`add` and `validate` ask every entry's)
        return (zh, zh_hant) if zh_hant else (zh,)
    forms = [f for f in (zh, zh_hant) if f]
    forms += [a for a in zh_aliases if a not in forms]
    return tuple(forms)


_COLUMN_VALUES = itemgetter(*COLUMNS)
_FORM = attrgetter("form")
_ROLES_OF_ENTRY = attrgetter("roles")


def entry_columns(entries: Iterable[Entry]) -> EntryColumns:
    """`entries` as columns: themselves if they are `EntryColumns` already, else `EntryColumns.from_entries`."""
    return entries if isinstance(entries, EntryColumns) else EntryColumns.from_entries(entries)


VARIANT_TEXTS_KIND = "variant-spellings-v1"
"""The cache kind (`EntryColumns.keep`) of `variant_texts`: JSON, a list of [entry number, text, status, form,
spelling] rows, in `zhgloss.forms.variant_texts_of`'s order."""


def variant_texts(entries: Iterable[Entry]) -> list[tuple[int, Rendering]]:
    """`zhgloss.forms.variant_texts_of(entries)`: (entry number, rendering) of every variant spelling, in order.

    Worked out once per glossary version: the lookup index, the search index and the annotator each read every
    entry's variant spellings (~0.7 s of CPU for CC-CEDICT's 107,863 entries, 3,341 renderings), and the first of
    them after a change works them out and keeps them (`EntryColumns.keep`, ~0.26 MB of JSON, read back in ~6 ms)
    for the others, in this process (`EntryColumns.derived`) and in later ones. Columns kept nowhere (a glossary in
    memory, or entries not read from a file) are worked out every time. A kept list that does not read as one (a
    damaged file its checksum missed) is worked out again. The list is shared: read it, never change it.
    """
    import orjson

    from zhgloss.forms import STATUSES, Rendering, variant_texts_of

    columns = entry_columns(entries)
    known: list[tuple[int, Rendering]] | None = columns.derived.get("variant_texts")
    if known is not None:
        return known
    keep = columns.keep
    made: list[list[tuple[int, Rendering]]] = []

    def build() -> bytes:
        made.append(variant_texts_of(columns))
        return orjson.dumps([(n, r.text, r.status, r.form, r.spelling) for n, r in made[0]])

    if keep is None:
        found = variant_texts_of(columns)
    else:
        data = keep(VARIANT_TEXTS_KIND, build)
        read = made[0] if made else _read_variant_texts(data, len(columns), STATUSES, Rendering)
        found = variant_texts_of(columns) if read is None else read
    columns.derived["variant_texts"] = found
    return found


TRADITIONAL_VARIANTS_KIND = "traditional-variants-v1"
"""The cache kind (`EntryColumns.keep`) of `traditional_variants`: JSON, [the count of forms converted, {form: its
variants}] of the forms that have any."""


def converted_forms(entries: Iterable[Entry]) -> list[str]:
    """The Chinese forms of `entries` that hold a Chinese character and whose traditional spellings are worked out
    (`traditional_variants`): each entry's zh, then each Chinese alias of each, in order, repeats kept."""
    from zhgloss.script import cjk_lines

    columns = entry_columns(entries)
    candidates = [zh for zh in columns.zh if zh]
    candidates += [alias for aliases in columns.zh_aliases if aliases for alias in aliases if alias]
    return list(map(candidates.__getitem__, sorted(cjk_lines(candidates))))


def traditional_variants(entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """`zhgloss.convert.traditional_variants_of` of every form of `converted_forms(entries)`, by form: the traditional
    spellings OpenCC (Hong Kong, Taiwan and standard) gives each simplified form that it does not write as it is.

    Worked out once per glossary version, as `variant_texts` is, and kept for later processes (`EntryColumns.keep`):
    the lookup index converts every Chinese form of the glossary (~1.2 s of CPU for CC-CEDICT's 107,863 entries,
    ~111,000 forms, OpenCC's dictionaries loaded included), and the annotator converts some of the same forms. Within
    one process the table is kept in `EntryColumns.derived`. A kept table that does not read as one for these forms
    (a damaged file its checksum missed) is worked out again. The table is shared: read it, never change it.
    """
    import orjson

    from zhgloss.convert import traditional_variants_of

    columns = entry_columns(entries)
    known: dict[str, tuple[str, ...]] | None = columns.derived.get("traditional_variants")
    if known is not None:
        return known
    forms = converted_forms(columns)
    made: list[dict[str, tuple[str, ...]]] = []

    def build() -> bytes:
        made.append(dict(zip(forms, traditional_variants_of(forms), strict=True)))
        return orjson.dumps([len(made[0]), {form: variants for form, variants in made[0].items() if variants}])

    keep = columns.keep
    if keep is None:
        found = dict(zip(forms, traditional_variants_of(forms), strict=True))
    else:
        data = keep(TRADITIONAL_VARIANTS_KIND, build)
        read = made[0] if made else _read_traditional_variants(data, forms)
        found = dict(zip(forms, traditional_variants_of(forms), strict=True)) if read is None else read
    columns.derived["traditional_variants"] = found
    return found


def _read_traditional_variants(data: bytes | memoryview, forms: list[str]) -> dict[str, tuple[str, ...]] | None:
    """The table `traditional_variants` kept as `data` for `forms`; None if `data` does not read as one for them."""
    import orjson

    from zhgloss.bulk import paused_gc

    with paused_gc():  # 10^5 lists and texts, no cycles: the collector would rescan the parsed glossary for them
        try:
            read = orjson.loads(data)
        except orjson.JSONDecodeError:
            return None
        if not (isinstance(read, list) and len(read) == 2 and isinstance(read[1], dict)):
            return None
        count, kept = read
        table: dict[str, tuple[str, ...]] = dict.fromkeys(forms, ())
        if count != len(table) or not kept.keys() <= table.keys():
            return None
        # Each value a non-empty list of non-empty texts, told a column at a time (C-level passes).
        values = list(kept.values())
        if values and not (set(map(type, values)) == {list} and all(values)):
            return None
        texts = list(chain.from_iterable(values))
        if texts and not (set(map(type, texts)) == {str} and all(texts)):
            return None
        table.update(zip(kept, map(tuple, values), strict=True))
    return table


def _read_variant_texts(
    data: bytes | memoryview, count: int, statuses: Sequence[str], rendering: Callable[..., Rendering]
) -> list[tuple[int, Rendering]] | None:
    """The renderings `variant_texts` kept as `data`, for `count` entries; None if `data` does not read as them."""
    import orjson

    try:
        rows = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    out: list[tuple[int, Rendering]] = []
    last = 0
    if not isinstance(rows, list):
        return None
    for row in rows:
        if not (isinstance(row, list) and len(row) == 5 and type(row[0]) is int and last <= row[0] < count):
            return None
        n, text, status, form, spelling = row
        if status not in statuses or not all(isinstance(x, str) and x for x in (text, form, spelling)):
            return None
        out.append((n, rendering(text, status, form, spelling)))
        last = n
    return out


ENTRY_COLUMNS_KIND = "entry-columns-v1"
"""The cache kind (`zhgloss.store.Glossary.entry_columns`) of `dump_entry_columns`: a glossary version's
`EntryColumns` and the byte span of each entry's document in the file, kept so that a later process reads them
without parsing the glossary."""


def dump_entry_columns(columns: EntryColumns, spans: Sequence[tuple[int, int]]) -> bytes:
    """`columns` (every field of COLUMNS, the forbidden forms, whether each entry has roles) and `spans` (where each
    entry's document lies in the glossary file, as `zhgloss.store.Glossary.entry_spans` gives them) as bytes that
    `load_entry_columns` reads back.

    A head of JSON (orjson) after its length (8 bytes, little-endian), then the texts as UTF-8, a run for each column:
    a text column's texts joined by NUL (the head holds their count and the places of its nulls), a list column's
    texts joined so (the head holds each entry's count of them), the forbidden forms so (the head holds the places of
    the entries that have any, and the count of each one's); a flag column, and whether each entry has roles, are the
    places where it is true. ~13 MB for CC-CEDICT's 107,865 entries, read back in ~0.2 s where parsing the 46 MB
    glossary and reading its columns is ~1 s. b"" when a column holds a value of another kind, or a text holds NUL
    (nothing is kept: the file is read instead).
    """
    import orjson

    count = len(columns)
    if len(spans) != count:
        return b""
    head: dict[str, Any] = {"count": count, "texts": {}, "lists": {}, "flags": {}}
    runs: list[bytes] = []

    def run(texts: Sequence[str]) -> bool:
        joined = _JOIN.join(texts)
        if texts and joined.count(_JOIN) != len(texts) - 1:
            return False
        runs.append(joined.encode("utf-8", "surrogatepass"))
        return True

    for name in COLUMNS:
        column = columns.column_as_read(name)
        if len(column) != count:
            return b""
        kinds = set(map(type, column))
        if kinds <= {str, type(None)}:
            nulls = list(compress(range(count), map(is_, column, repeat(None))))
            present = list(compress(column, map(is_not, column, repeat(None)))) if nulls else column
            if not run(present):
                return b""
            head["texts"][name] = [len(present), nulls]
        elif kinds <= {bool}:
            head["flags"][name] = list(compress(range(count), column))
        elif kinds <= {list, tuple}:
            flat = list(chain.from_iterable(column))
            if not all(map(isinstance, flat, repeat(str))) or not run(flat):
                return b""
            head["lists"][name] = [len(flat), list(map(len, column))]
        else:
            return b""
    banning = list(compress(range(count), columns.forbidden_forms))
    forms = list(chain.from_iterable(map(columns.forbidden_forms.__getitem__, banning)))
    if not all(map(isinstance, forms, repeat(str))) or not run(forms):
        return b""
    head["forbidden"] = [banning, [len(columns.forbidden_forms[n]) for n in banning]]
    head["roles"] = list(compress(range(count), columns.with_roles))
    head["spans"] = list(chain.from_iterable(spans))
    head["runs"] = list(map(len, runs))
    encoded = orjson.dumps(head)
    return b"".join([len(encoded).to_bytes(8, "little"), encoded, *runs])


def _split_runs(data: bytes | memoryview) -> tuple[Any, list[str]] | None:
    """The head and the runs of texts of `dump_entry_columns`' bytes; None if they do not read."""
    import orjson

    view = memoryview(data)
    size = int.from_bytes(view[:8], "little")
    head = orjson.loads(view[8 : 8 + size])
    at = 8 + size
    runs = []
    for length in head["runs"]:
        runs.append(str(view[at : at + length], "utf-8", "surrogatepass"))
        at += length
    if at != len(view):
        return None
    return head, runs


def _texts_of(run: str, size: int) -> list[str]:
    """The `size` texts of a run (joined by NUL: one empty text is a run of nothing, as no text is)."""
    return run.split(_JOIN) if size else []


def _flags(count: int, places: Sequence[int]) -> list[bool]:
    flags = [False] * count
    deque(map(flags.__setitem__, places, repeat(True)), maxlen=0)
    return flags


def _lists(count: int, lengths: Sequence[int], flat: list[str], empty: Any) -> list[Any]:
    """Each entry's slice of `flat`, `lengths[n]` long (`empty` where it is 0)."""
    listed = list(compress(range(count), lengths))
    ends = list(accumulate(compress(lengths, lengths)))
    if (ends[-1] if ends else 0) != len(flat):
        raise ValueError("the lengths do not add up")
    column: list[Any] = [empty] * count
    deque(map(column.__setitem__, listed, map(flat.__getitem__, map(slice, [0, *ends[:-1]], ends))), maxlen=0)
    return column


def load_entry_columns(
    data: bytes | memoryview, make: Callable[[list[tuple[int, int]]], Callable[[int], Entry]]
) -> tuple[EntryColumns, list[tuple[int, int]]] | None:
    """The `EntryColumns` and the spans `dump_entry_columns` wrote in `data`, equal to those it was given (a list
    column's empty lists as empty tuples, its others as lists); `make(spans)` gives the function that builds the entry
    at a position (`EntryColumns.__getitem__`). None if `data` does not read as such bytes (b"": nothing was kept; a
    damaged file its checksum missed)."""
    import orjson

    from zhgloss.bulk import paused_gc

    if len(data) < 8:
        return None
    with paused_gc():  # 10^5 texts and lists, no cycles
        try:
            split = _split_runs(data)
            if split is None:
                return None
            kept, runs = split
            count = kept["count"]
            taken = iter(runs)
            columns: dict[str, list[Any]] = {}
            texts, lists, flags = kept["texts"], kept["lists"], kept["flags"]
            if sorted([*texts, *lists, *flags]) != sorted(COLUMNS):
                return None
            for name in COLUMNS:  # in the order of the runs
                if name in flags:
                    columns[name] = _flags(count, flags[name])
                elif name in lists:
                    size, lengths = lists[name]
                    if len(lengths) != count:
                        return None
                    columns[name] = _lists(count, lengths, _texts_of(next(taken), size), ())
                else:
                    size, nulls = texts[name]
                    present: list[Any] = _texts_of(next(taken), size)
                    if len(present) != size or size + len(nulls) != count:
                        return None
                    if nulls:  # each place's value from one iterator or the other, in order (True picks None's)
                        pick: list[Iterator[Any]] = [iter(present), repeat(None)]
                        present = list(map(next, map(pick.__getitem__, _flags(count, nulls))))
                    columns[name] = present
            banning, sizes = kept["forbidden"]
            forbidden: list[tuple[str, ...]] = [()] * count
            found = _lists(len(banning), sizes, _texts_of(next(taken), sum(sizes)), ())
            deque(map(forbidden.__setitem__, banning, map(tuple, found)), maxlen=0)
            with_roles = _flags(count, kept["roles"])
            ends = kept["spans"]
            spans = list(zip(ends[::2], ends[1::2], strict=True))
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, IndexError, StopIteration):
            return None
        if len(spans) != count or next(taken, None) is not None:
            return None
        columns["type"] = list(_shared_texts(columns["type"]))
    return EntryColumns(columns, forbidden, make(spans), count, with_roles), spans

"""Text normalization and the match keys every lookup path agrees on.

Standard library only: this module is imported on every command, including the
fast ``lookup`` path, so it must stay cheap to import.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

# Full-width ASCII (U+FF01..U+FF5E) folds to ASCII; the ideographic space to a space.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20

# Separators written between the parts of a transliterated foreign name (史蒂夫·乔布斯): the one
# definition every command uses. U+00B7 middle dot (GB/T 15834's 间隔号), U+2022 bullet, U+2027
# hyphenation point, U+2219 bullet operator, U+22C5 dot operator, U+2E31 word separator middle dot,
# U+30FB katakana middle dot, U+FF0E full-width full stop, U+FF65 half-width katakana middle dot.
# Between two Chinese characters an ASCII full stop is one too: U+FF0E folds to it (`normalize`).
NAME_SEPARATORS = "\u00b7\u2022\u2027\u2219\u22c5\u2e31\u30fb\uff0e\uff65"
_CJK_CLASS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af\U0002f800-\U0002fa1f"
SEPARATOR_PATTERN = f"[\\s{NAME_SEPARATORS}]+|(?<=[{_CJK_CLASS}])\\.(?=[{_CJK_CLASS}])"
NAME_SEPARATOR_PATTERN = f"[{NAME_SEPARATORS}]|(?<=[{_CJK_CLASS}])\\.(?=[{_CJK_CLASS}])"
CJK_PATTERN = f"[{_CJK_CLASS}]"
# Compiling a class of the CJK blocks costs ~2 ms each (re's compiler walks every code point of
# its BMP ranges, twice), and every command imports this module. So the separator patterns above
# are applied as these cheap ones, whose full stops are then kept only between two ideographs
# (`_separator_spans`; a test holds the two equal), and CJK_PATTERN is compiled on first use.
_SEPARATOR_RUN_RE = re.compile(f"[\\s{NAME_SEPARATORS}]+")
_NAME_SEPARATOR_RE = re.compile(f"[{NAME_SEPARATORS}]")
_SEPARATOR_OR_DOT_RE = re.compile(f"[\\s{NAME_SEPARATORS}]+|\\.")
_NAME_SEPARATOR_OR_DOT_RE = re.compile(f"[{NAME_SEPARATORS}.]")


@cache
def _cjk_re() -> re.Pattern[str]:
    return re.compile(CJK_PATTERN)


def _separator_spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans `pattern` matches in `text`, an ASCII full stop only between two CJK ideographs."""
    return [
        match.span()
        for match in pattern.finditer(text)
        if match.group() != "."
        or (0 < match.start() < len(text) - 1 and is_cjk(text[match.start() - 1]) and is_cjk(text[match.end()]))
    ]


def _split_separators(text: str, names_only: bool = False) -> list[str]:
    """`text` split as SEPARATOR_PATTERN (NAME_SEPARATOR_PATTERN if `names_only`) splits it."""
    if "." not in text:
        return (_NAME_SEPARATOR_RE if names_only else _SEPARATOR_RUN_RE).split(text)
    return _split_at(text, _separator_spans(text, _NAME_SEPARATOR_OR_DOT_RE if names_only else _SEPARATOR_OR_DOT_RE))


def _split_at(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """`text` cut at `spans` (which are dropped), as re.split cuts at its matches."""
    parts = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return parts


_SPACES_RE = re.compile(r"\s+")
_NEEDS_FOLDING_RE = re.compile(
    r"^\s|\s$|\s\s|[^\S ]|[\uff01-\uff5e\u3000]"
    # `ZERO_WIDTH_SPACE` and `INVISIBLE_MARKS` (defined below with their reasons), which `normalize` drops
    "|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# Characters no name, note or article line may carry into zhgloss's data or onto a terminal:
# C0 and C1 controls and DEL (Unicode category Cc; ESC and BEL make terminal escape sequences that
# set the window title, clear the screen or write the clipboard through OSC 52), lone surrogates
# (category Cs: bytes that were not UTF-8, kept by Python's surrogateescape, or a JSON "\\ud800"),
# and the bidirectional formatting characters of UAX #9 (embeddings, overrides, isolates, the
# marks), which reorder what a reader sees ("Trojan Source", CVE-2021-42574); and the
# noncharacters U+FFFE and U+FFFF, which XML 1.0 forbids (a TBX export would be ill-formed).
# Tab, line feed and carriage return are left to each field and format to allow or fold.
UNSAFE_PATTERN = (  # a character class; model.py builds a bigger pattern with it
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
_UNSAFE_RE = re.compile(UNSAFE_PATTERN)
_LINE_BREAK_RE = re.compile(r"[\t\n\r]")


def find_unsafe(text: str, *, allow_breaks: bool = True) -> str | None:
    """Return the first control, lone surrogate or bidirectional formatting character in `text`, or None.

    With `allow_breaks` false, tab, line feed and carriage return count as unsafe too.
    """
    match = _UNSAFE_RE.search(text) or (None if allow_breaks else _LINE_BREAK_RE.search(text))
    return match.group(0) if match else None


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Return `text` with each lone surrogate (U+D800 to U+DFFF, which UTF-8 cannot encode) replaced by U+FFFD
    REPLACEMENT CHARACTER: the same length, so every offset of `text` is an offset of the result."""
    return _SURROGATE_RE.sub("\ufffd", text)


def describe_char(char: str) -> str:
    """Name one character for an error message: "U+001B (ESC)", "U+202E (RIGHT-TO-LEFT OVERRIDE)"."""
    if "\ud800" <= char <= "\udfff":
        return f"U+{ord(char):04X} (a lone surrogate: bytes that were not UTF-8)"
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "control character")
    return f"U+{ord(char):04X} ({name})"


_CONTROL_NAMES = {
    "\x00": "NUL",
    "\x07": "BEL",
    "\x08": "BS",
    "\t": "TAB",
    "\n": "LF",
    "\r": "CR",
    "\x1b": "ESC",
    "\x7f": "DEL",
}


def terminal_safe(text: str) -> str:
    """Return `text` with every unsafe character (see `find_unsafe`) shown as an escape such as ``\\u001b``.

    Tabs and line breaks are kept. The escape is JSON's too, so JSON output stays valid. What is
    printed to a terminal passes through this, so text that no validation saw (an article, a
    translation) cannot drive the terminal.
    """
    if not _UNSAFE_RE.search(text):
        return text
    return _UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


# Combining marks of the four pinyin tones (after NFD), in tone order 1-4.
TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
_DIAERESIS = "\u0308"
# A tone number follows a syllable's last letter (a vowel, n, g or r; "u:" for ü) and ends the digits:
# "liu2", "lu:3", but not "HK:1810" or "SU7".
_TONE_NUMBER_RE = re.compile(r"(?:[aeiouvü]|u:|[ngr])[1-5](?![0-9])", re.IGNORECASE)
_PINYIN_LIKE_RE = re.compile(r"(?:u:|[a-zü'\s\-])+", re.IGNORECASE)


NFC_SURE = (
    "\x00-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u3098\u309b-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
)
"""Ranges of characters (for a character class) that no text is taken out of NFC by: none has a decomposition,
a combining class or a partner it composes with. Latin with its tone-marked letters, CJK, kana, full-width
forms and common punctuation; a test checks every one against `unicodedata`."""


@cache
def _nfc_unsure() -> re.Pattern[str]:
    return re.compile(f"[^{NFC_SURE}]")


def is_nfc(text: str) -> bool:
    """Tell whether `text` is in NFC, as `unicodedata.is_normalized("NFC", text)` does, faster on most text.

    Text wholly of NFC_SURE characters (Chinese, pinyin, English) is told by one regular-expression
    scan, ~10x faster than `is_normalized`'s look-up of each character: checking a 100k glossary's
    texts took 0.2 s.
    """
    if text.isascii():
        return True
    if len(text) < _NFC_SCAN_FROM:  # compiling the pattern (~2 ms) costs more than checking a short text
        return unicodedata.is_normalized("NFC", text)
    return _nfc_unsure().search(text) is None or unicodedata.is_normalized("NFC", text)


_NFC_SCAN_FROM = 20_000
"""Text this long or longer (a batch of entries' fields joined) is told NFC by `_nfc_unsure`'s scan."""


def normalize(text: str) -> str:
    """Return `text` in NFC with full-width ASCII folded, runs of space collapsed, ends stripped, and without
    the characters that show as nothing (`without_invisibles`: "Li\u200bQiang" is "LiQiang", as it shows)."""
    # Most text is already normal: one C-level scan each tells so (bulk imports normalize ~1M strings).
    if not _NEEDS_FOLDING_RE.search(text) and is_nfc(text):
        return text
    text = without_invisibles(unicodedata.normalize("NFC", text).translate(_FULLWIDTH))
    return _SPACES_RE.sub(" ", text).strip()


def is_cjk(char: str) -> bool:
    """Tell whether `char` is a CJK ideograph (the unified blocks and extensions, compatibility too)."""
    cp = ord(char)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x323AF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
        or cp == 0x3007
    )


_SHORT = 32
"""Up to this length `has_cjk` asks `is_cjk` of each character, until it has been asked _FEW times."""
_FEW = 64
_calls_before_compiling = [0]


def names_nothing(text: str) -> bool:
    """Tell whether `text`, given as a name form, names nothing: no letter, digit or Chinese character in it.

    "-", "?", "、", "…" or "" are placeholders or slips (a "-" typed where it clears an optional field, a
    list mark copied alone), never a name: every name, title or code has a character `str.isalnum` holds.
    """
    return not any(char.isalnum() for char in text)


def has_cjk(text: str) -> bool:
    """Tell whether `text` contains at least one CJK ideograph."""
    if text.isascii():
        return False
    if len(text) <= _SHORT and _calls_before_compiling[0] < _FEW:
        # A command that asks of a name or two need not compile CJK_PATTERN; one that asks often does.
        _calls_before_compiling[0] += 1
        return any(map(is_cjk, text))
    # The ranges of `is_cjk`, scanning the whole string in C (a test holds the two equal).
    return _cjk_re().search(text) is not None


def zh_key(text: str) -> str:
    """Key of a Chinese form: normalized, name separators and spaces removed, Latin case-folded.

    史蒂夫·乔布斯, 史蒂夫•乔布斯, 史蒂夫．乔布斯 (U+FF0E), 史蒂夫･乔布斯 (U+FF65) and 史蒂夫乔布斯 share
    one key; so do 小米SU7 and 小米 su7. A full stop after a Latin initial of such a name is its separator
    (`dotted_initials`): J.D.万斯, J. D. 万斯, J．D．万斯 and J·D·万斯 share one key (the review's R42-17).

    A form of unified CJK ideographs alone (most of a glossary's ~10^5 forms) is its own key, told by one C-level
    match (`_OWN_KEY_RE`): `add` and `validate` key every form of the glossary (the review's R45-7).
    """
    if _OWN_KEY_RE.fullmatch(text) is not None:
        return text
    return _folded_zh_key(text)


_OWN_KEY_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002f7ff\U00030000-\U000323af]+")
"""Text every character of which is a unified CJK ideograph: no separator, dot, hyphen, space or letter to fold, and
NFC as it is (the compatibility ideographs, U+F900-FAFF and U+2F800-2FA1F, which NFC maps to unified ones, are not in
it), so `zh_key` gives it back unchanged."""


def _folded_zh_key(text: str) -> str:
    """`zh_key` of any text, worked out: initials, separators and hyphens read, normalized, case-folded."""
    # Initials are read twice: as typed, where a full stop may stand beside another separator (J.D·万斯), and once
    # normalized, where full-width letters are Latin ones (U+FF2A for J).
    text = dotted_initials(text, any_case=True)
    if _SEPARATOR_OR_DOT_RE.search(text) is not None:
        text = " ".join(_split_separators(text))
    text = dotted_initials(normalize(text), any_case=True)
    if _SEPARATOR_OR_DOT_RE.search(text) is not None:
        text = "".join(_split_separators(text))
    if _HYPHEN_RE.search(text) is not None:
        text = _without_name_hyphens(text)
    return text.casefold()


_CJK_RUN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]+"
_DOT_AFTER_PART_RE = re.compile(r"\. ?")


@cache
def _initialled_piece_re(letters: str) -> re.Pattern[str]:
    """One piece of a name written with Latin initials: an initial (one of `letters`), a run of Chinese characters,
    or what parts two (a full stop with a space after it allowed, a name separator, a hyphen). Compiled on first use
    (its CJK ranges cost ~2 ms)."""
    return re.compile(f"(?P<initial>[{letters}])|(?P<chinese>{_CJK_RUN})|(?P<between>[.{NAME_SEPARATORS}] ?|-| )")


def dotted_initials(text: str, *, any_case: bool = False) -> str:
    """`text` (normalized) with each full stop between the parts of a name written with Latin initials as the name
    separator "·": "J.D.万斯" -> "J·D·万斯", "约翰.F.肯尼迪" -> "约翰·F·肯尼迪"; other text as it is.

    Copy writes an initial with the full stop English gives it (J.D.万斯, J. D. 万斯), or the full-width one that
    `normalize` folds to it (J．D．万斯); Xinhua writes the middle dot (J·D·万斯, JD Vance). A full stop is a name
    separator only between two CJK characters (`has_name_separator`), so these were no dotted name and romanize
    refused 'J.D.' as not Chinese (the review's R41-16). Only a name made of Chinese parts and single Latin capitals
    (any single Latin letter if `any_case`: `zh_key`, whose key is case-folded), at least one of each, is rewritten:
    "J.K.Rowling" and "3.5万" are not names of that shape. A name dotted at some of its parts only (J.D万斯,
    约翰.F肯尼迪, 约翰F.肯尼迪: an initial run into a Chinese part beside it) is that name: each full stop and each
    such join is its separator, J·D·万斯 (the review's R43-1); so is a space alone at a join of such a name (J.D 万斯,
    约翰 F.肯尼迪: a space typed for the stop, tbl's s44 finding). Two initials run together (JD.万斯, SU7) are none.
    """
    if "." not in text:
        return text
    letters = "A-Za-z" if any_case else "A-Z"
    pieces: list[tuple[str, str]] = []
    at = 0
    for match in _initialled_piece_re(letters).finditer(text):
        if match.start() != at:
            return text
        kind = match.lastgroup or ""
        if pieces and kind != "between" and pieces[-1][0] not in ("between", kind):
            pieces.append(("between", ""))  # an initial run into a Chinese part (D万斯, 约翰F)
        elif pieces and (kind == pieces[-1][0]):
            return text  # two initials run together (JD), or two separators
        pieces.append((kind, match.group()))
        at = match.end()
    if at != len(text) or not pieces or pieces[0][0] == "between" or pieces[-1][0] == "between":
        return text
    kinds = {kind for kind, _ in pieces}
    if "initial" not in kinds or "chinese" not in kinds:
        return text
    return "".join(
        "\u00b7" if kind == "between" and (not piece or piece[0] in ". ") else piece for kind, piece in pieces
    )


NAME_HYPHENS = "-\u2010\u2011\u2013"
"""Hyphens a transliterated name writes inside one of its parts (让-雅克·卢梭, Jean-Jacques): hyphen-minus (a
full-width one folds to it), hyphen, no-break hyphen and the en dash GB/T 15834 writes as its joining mark. Between
two CJK characters `zh_key` drops them as it drops the middle dot: 让-雅克·卢梭, 让·雅克·卢梭 and 让雅克卢梭 are one
name to lookup and search (the form keeps its hyphen)."""
_HYPHEN_RE = re.compile(f"[{NAME_HYPHENS}]")


def _without_name_hyphens(text: str) -> str:
    """`text` without the `NAME_HYPHENS` that stand between two CJK characters ("让-雅克" -> "让雅克"; "T-shirt" and
    "小米-SU7" keep theirs)."""
    spans = [
        match.span()
        for match in _HYPHEN_RE.finditer(text)
        if 0 < match.start() < len(text) - 1 and is_cjk(text[match.start() - 1]) and is_cjk(text[match.end()])
    ]
    return "".join(_split_at(text, spans)) if spans else text


def has_name_separator(text: str) -> bool:
    """Tell whether `text` has a name separator (see NAME_SEPARATORS): 史蒂夫·乔布斯, 史蒂夫．乔布斯."""
    if _NAME_SEPARATOR_RE.search(text) is not None:
        return True
    return "." in text and bool(_separator_spans(text, _NAME_SEPARATOR_OR_DOT_RE))


def split_name_parts(text: str) -> list[str]:
    """Split a name at its separators and spaces: "史蒂夫．乔布斯" -> ["史蒂夫", "乔布斯"]."""
    return [part for part in _split_separators(text) if part]


def separator_variants(form: str) -> list[str]:
    """Return `form` and its spellings with every other name separator, and with none, when it has one.

    史蒂夫·乔布斯 -> [史蒂夫·乔布斯, 史蒂夫•乔布斯, ..., 史蒂夫.乔布斯, 史蒂夫乔布斯]; a form without a
    separator is returned alone. Annotate matches Chinese text as written, so it needs every spelling.

    A hyphen between two CJK characters (`JOINING_HYPHENS`: 让-雅克·卢梭, the joining mark GB/T 15834 gives a
    hyphenated given name) is one more separator of the same name, as `zh_key` reads it: each such hyphen is spelt
    with every other joining hyphen (the full-width one too), with the form's separator in its place, and with none
    (让·雅克·卢梭, 让雅克卢梭). Input: one form; output: distinct spellings, `form` first.
    """
    hyphens = _joining_hyphen_spans(form)
    if not hyphens and not has_name_separator(form):
        return [form]
    parts = _split_separators(form, names_only=True)
    if not hyphens:
        spellings = [form] + [sep.join(parts) for sep in (*NAME_SEPARATORS, ".", "")]
        return list(dict.fromkeys(spellings + _initialled_spellings(parts)))
    groups = [_split_at(part, _joining_hyphen_spans(part)) for part in parts]
    return list(
        dict.fromkeys(
            [form]
            + [
                sep.join(hyphen.join(group) for group in groups)
                for sep in (*NAME_SEPARATORS, ".", "")
                for hyphen in (*JOINING_HYPHENS, sep)
            ]
        )
    )


_MOST_INITIALLED_PARTS = 5


def _initialled_spellings(parts: list[str]) -> list[str]:
    """The spellings copy gives a name of Latin initials and Chinese parts (`parts`: J, D, 万斯) that lookup reads as
    it (`dotted_initials`, `zh_key`): at each join a full stop, with a space after it or not (J. D. 万斯), the middle
    dot, or, next to an initial and a Chinese part, none (J.D万斯, 约翰F.肯尼迪: the review's R43-1), mixed (J.D·万斯,
    约翰·F.肯尼迪: R44-1). [] for any other name, or one of more than five parts."""
    if len(parts) > _MOST_INITIALLED_PARTS or not all(parts):
        return []
    initials = [len(part) == 1 and part.isascii() and part.isalpha() for part in parts]
    if not any(initials) or not all(
        initial or all(map(is_cjk, part)) for initial, part in zip(initials, parts, strict=True)
    ):
        return []
    if all(initials):
        return []
    # Each join a full stop (a space after it or not), the middle dot, or, beside an initial and a Chinese part,
    # nothing or a space, mixed as copy mixes them (约翰·F.肯尼迪, 约翰F·肯尼迪, J.D·万斯: the review's R44-1; J.D 万斯,
    # tbl's s44 finding). At most 5^4.
    dot = "\u00b7"
    joins = [
        (".", ". ", dot, "", " ") if initials[i] != initials[i + 1] else (".", ". ", dot) for i in range(len(parts) - 1)
    ]
    return [
        parts[0] + "".join(join + part for join, part in zip(chosen, parts[1:], strict=True))
        for chosen in itertools.product(*joins)
    ]


JOINING_HYPHENS = NAME_HYPHENS + "\uff0d"
"""The hyphens `separator_variants` spells a joining hyphen with: `NAME_HYPHENS` and the full-width hyphen-minus
Chinese copy types (which `normalize` folds to "-")."""
_JOINING_HYPHEN_RE = re.compile(f"[{re.escape(JOINING_HYPHENS)}]")


def _joining_hyphen_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the `JOINING_HYPHENS` in `text` that stand between two CJK characters ("让-雅克"; not "T-shirt")."""
    if _JOINING_HYPHEN_RE.search(text) is None:
        return []
    return [
        match.span()
        for match in _JOINING_HYPHEN_RE.finditer(text)
        if 0 < match.start() < len(text) - 1 and is_cjk(text[match.start() - 1]) and is_cjk(text[match.end()])
    ]


def separator_variants_of(forms: list[str]) -> list[list[str]]:
    """Return `[separator_variants(form) for form in forms]`: one scan finds the few forms with a separator or a dot."""
    out = [[form] for form in forms]
    for line in separator_lines(forms):
        out[line] = separator_variants(forms[line])
    return out


def separator_lines(forms: list[str]) -> list[int]:
    """The positions (ascending) of the forms `separator_variants` may spell otherwise: those with a name separator,
    a dot or a hyphen, found by one scan of them all (every position where a form holds a NUL, which the scan joins
    them by)."""
    joined = _joined(forms)
    if joined is None:
        return list(range(len(forms)))
    return _lines_of(joined, _batch_re(f"[{NAME_SEPARATORS}.{re.escape(JOINING_HYPHENS)}][^\\x00]*"), forms)


# Letters that fold to a plain one in `fold_latin`: tone-marked vowels and ü (as written in pinyin),
# hyphens, apostrophes and Unicode's other spaces to a space. Each is one code point to one, so offsets are kept.
_TONED = {
    "a": "āáǎà",
    "e": "ēéěèêếề",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔùüǖǘǚǜ",
    "n": "ńňǹ",
    "m": "ḿ",
}
NAME_GAPS = "-\u2010\u2011\u2012\u2013'\u2019\u02bc"
"""What may join the parts of one romanized name besides a space: hyphens and apostrophes (Li Ka-shing, Xi'an)."""
UNICODE_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
"""Unicode's space separators (category Zs) but the ASCII space: no-break, thin, narrow no-break, em, ideographic …
Copy from web pages and word processors writes "Lei\u00a0Jun"; a name is matched across any of them."""
ZERO_WIDTH_SPACE = "\u200b"
"""A word break of no width (Unicode's word boundaries, UAX #29, break at it): in running English text it
parts two words as a space does ("CEO\u200bLei Jun" names Lei Jun); in Chinese text it means nothing."""
INVISIBLE_MARKS = (
    "\u00ad\u061c\u180e\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
"""Characters that show as nothing and part no words (Unicode category Cf, which UAX #29 ignores inside a word):
soft hyphen, zero-width non-joiner and joiner, the bidirectional marks and controls (LRM, RLM, LRE … PDI),
word joiner, invisible operators, U+FEFF. Copy from web pages and word processors carries them; "Lei \u200eJun"
is "Lei Jun"."""
_INVISIBLE_RE = re.compile(f"[{ZERO_WIDTH_SPACE}{INVISIBLE_MARKS}]")


def without_invisibles(text: str) -> str:
    """Return `text` without `ZERO_WIDTH_SPACE` and `INVISIBLE_MARKS`: what shows of it ("雷\u200b军" -> "雷军")."""
    return _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text


def _starts_run(char: str) -> bool:
    """Tell whether NFC may not compose `char` with what goes before it: a starter that is no Hangul vowel or final."""
    return not unicodedata.combining(char) and not 0x1160 <= ord(char) <= 0x11FF


def nfc_with_offsets(text: str, table: dict[int, int | str | None] | None = None) -> tuple[str, list[int], list[int]]:
    """Return `text` translated by `table` (if given: a `str.maketrans` table of one character or none
    for each) and then in NFC, with where each character of the result comes from.

    Returns (result, starts, ends): `text[starts[i]:ends[i]]` is what result[i] was made from;
    `starts` has one more item, len(text), so `starts[len(result)]` is the end. NFC composes a
    starter with the marks after it and never across another starter (Unicode's canonical
    composition; a Hangul syllable's vowel and final jamo count as marks here), so each starter and
    its marks are composed alone, after the table has dropped what it drops ("e" U+00AD U+0308 is "ë").
    """
    kept = list(enumerate(text))
    if table is not None:
        kept = [(i, t) for i, c in kept if (t := c.translate(table))]
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(kept)
    k = 0
    while k < n:
        m = k + 1
        while m < n and not _starts_run(kept[m][1]):
            m += 1
        piece = unicodedata.normalize("NFC", "".join(c for _, c in kept[k:m]))
        out.append(piece)
        starts.extend([kept[k][0]] * len(piece))
        ends.extend([kept[m - 1][0] + 1] * len(piece))
        k = m
    starts.append(len(text))
    return "".join(out), starts, ends


_LATIN_FOLD = str.maketrans(
    {c: base for base, marked in _TONED.items() for c in marked}
    | dict.fromkeys(NAME_GAPS, " ")
    | dict.fromkeys(UNICODE_SPACES, " ")
)


def fold_latin(text: str) -> str:
    """Fold `text` for matching names, keeping its length: lower case, tone marks and ü's dots dropped,
    hyphens, apostrophes and Unicode spaces made spaces ("Lǚ Bù" -> "lu bu", "Li Ka-shing" -> "li ka shing",
    "Lei\u00a0Jun" -> "lei jun").

    Every character maps to exactly one, so an offset in the result is an offset in `text`.
    """
    low = text.lower()
    if len(low) != len(text):
        # A few letters (U+0130 İ) lower-case to two code points; keep them as they are.
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if low.isascii():
        return low.replace("-", " ").replace("'", " ") if ("-" in low or "'" in low) else low
    return low.translate(_latin_fold_table())


@lru_cache(maxsize=1)
def _latin_fold_table() -> dict[int, str]:
    """`_LATIN_FOLD` and every other lower-case Latin letter that folds to one ASCII letter as ids, search and
    `en_key` fold it (`zhgloss.model.fold_letters`, CLDR's Latin-ASCII): ł, ø, đ, ź, å, ç, ẵ ... ("Łódź" matches
    "Lodz", "Tromsø" "Tromso", "Đà Nẵng" "Da Nang"). A letter that folds to two (æ, ß, œ, þ) keeps its place:
    `fold_latin` keeps the text's length."""
    from zhgloss.model import fold_letters  # model imports this module: imported on first use

    table: dict[int, str] = dict(_LATIN_FOLD)
    for code in itertools.chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        char = chr(code).lower()  # the text is lower-cased first: Ʌ is ʌ (IPA) by then
        if len(char) != 1 or ord(char) in table or not char.isalpha():
            continue
        folded = fold_letters(char)
        if len(folded) == 1 and folded.isascii() and folded.isalpha() and folded != char:
            table[ord(char)] = folded
    return table


_NOT_ASCII_ALNUM_RE = re.compile("[^A-Za-z0-9]+")
_NOT_ASCII_LETTER_RE = re.compile("[^A-Za-z]+")
_ASCII_WORD_RE = re.compile("[A-Za-z0-9]+")


def _folded(text: str) -> str:
    """`text` (not ASCII) normalized and folded as ids and search fold it (`zhgloss.model.fold_letters`): case-folded,
    accents dropped, and the Latin letters Unicode does not decompose written in ASCII ("Łódź" -> "lodz", "Đà Nẵng"
    -> "da nang", "Ørsted" -> "orsted", "Æsir" -> "aesir", "Straße" -> "strasse")."""
    # Imported here: model imports this module. The rule is model's (a CLDR Latin-ASCII table), so an English form
    # is keyed as its entry's id and the search index fold it.
    from zhgloss.model import fold_letters

    return fold_letters(normalize(text))


def en_key(text: str) -> str:
    """Key of an English form: letters and digits only, folded ("JD.com" -> "jdcom", "Jack Ma" -> "jackma", "Łódź" ->
    "lodz", "Đà Nẵng" -> "danang"; `_folded`). ASCII text keys as before: its letters lower-cased, the rest dropped."""
    if text.isascii():
        # The same key, in two C calls: building the lookup index of 10^5 entries keys ~10^6 forms.
        return _NOT_ASCII_ALNUM_RE.sub("", text).lower()
    return "".join(c for c in _folded(text) if c.isalnum())


def en_words(text: str) -> list[str]:
    """Split an English form into folded alphanumeric words ("Liu Qiangdong" -> ["liu", "qiangdong"], "Łódź Fabryczna"
    -> ["lodz", "fabryczna"]; `_folded`)."""
    if text.isascii():
        return _ASCII_WORD_RE.findall(text.lower())
    return re.findall(r"[^\W_]+", _folded(text))


def has_tones(text: str) -> bool:
    """Tell whether `text` carries pinyin tones, as marks (Liú) or as numbers (liu2)."""
    decomposed = unicodedata.normalize("NFD", text)
    return any(m in decomposed for m in TONE_MARKS) or bool(_TONE_NUMBER_RE.search(text))


def looks_like_pinyin(text: str) -> bool:
    """Tell whether `text` could be pinyin: letters (tone-marked or not), spaces, apostrophes, tone numbers."""
    decomposed = unicodedata.normalize("NFD", normalize(text))
    plain = "".join(c for c in decomposed if c not in TONE_MARKS and c != _DIAERESIS)
    return bool(_PINYIN_LIKE_RE.fullmatch(_TONE_NUMBER_RE.sub(lambda m: m.group(0)[:-1], plain)))


def pinyin_key(text: str) -> str:
    """Toneless key of pinyin, whether written with marks, numbers or none, spaced or joined.

    ü (also written v or u:) becomes v, so Lǚ, lü, lv3 and lu:3 share the key "lv".
    """
    decomposed = unicodedata.normalize("NFD", normalize(text).casefold())
    decomposed = decomposed.replace("u" + _DIAERESIS, "v").replace("u:", "v")
    return _NOT_ASCII_LETTER_RE.sub("", decomposed)


def tone_sequence(text: str) -> str:
    """Return the tones of pinyin `text` in order, as digits 1-4 (the neutral tone is left out).

    Works on marks ("Liú Qiángdōng" -> "221") and numbers ("liu2 qiang2 dong1" -> "221") alike,
    so a toned query can be compared with stored tone-marked pinyin without splitting syllables.
    """
    decomposed = unicodedata.normalize("NFD", text)
    if any(m in decomposed for m in TONE_MARKS):
        return "".join(TONE_MARKS[c] for c in decomposed if c in TONE_MARKS)
    return "".join(m.group(0)[-1] for m in _TONE_NUMBER_RE.finditer(text) if m.group(0)[-1] != "5")


# A code or a brand written in Latin letters in Chinese text too: 03888.HK, 688111, WPS, KC.US.
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9.&+\-]*$")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_DIGIT_RE = re.compile("[0-9]")


def zh_script_problem(zh: str) -> str | None:
    """Say what is wrong with `zh` as a Chinese form, or None: no Chinese characters, and no code Chinese text writes
    in Latin letters and digits (03888.HK, 688111, WPS, KC.US: `_CODE_RE`), nor a stock code written with its
    exchange in any shape `zhgloss.tickers.ticker_key` reads (Sina Finance's "sh600519" and "hk00700", "sh.600519",
    Google Finance's "HK:00700" and "NASDAQ:JD", "3888:HKEX", "JD:NASDAQ", Bloomberg's "700 HK": `is_stock_code_form`).

    The one rule of a Chinese form's script for import (`zhgloss.formats.table.chinese_term_problem`), add and
    validate (`zhgloss.validate`), so that a stock code one of them takes the others take too (the s40 review's R40-15:
    import refused "sh.600519", which the code reading reads as SH600519). A word against an exchange in a code's
    shape that `ticker_key` reads as none is no code ("WANG.SZ", "LI.HK": letters beside a market that numbers its
    securities, as "HK:LI" is; tbl's s43 finding)."""
    if has_cjk(zh) or is_stock_code_form(zh):
        return None
    if _CODE_RE.match(zh):
        from zhgloss.tickers import is_beside_an_exchange

        if not is_beside_an_exchange(zh):
            return None
    return "has no Chinese characters"


def is_stock_code_form(form: str) -> bool:
    """Tell whether `form` is a stock code written with its exchange, as `zhgloss.tickers.ticker_key` reads one: a code
    with a digit however written ("sh600519", "HK:00700", "3888:HKEX", "700 HK": True), a code of letters in capitals
    as exchanges and the press write them ("JD:NASDAQ", "NYSE:BABA", "NASDAQ: PDD", "Nasdaq: PDD": True;
    "jd:nasdaq": False).

    What a code looks like is `ticker_key`'s rule (a ticker symbol of one to five letters, against its exchange with
    a colon or a full stop: "Li Si", "LI SI", "WANG L" are names, whatever their second word abbreviates); a code of
    letters is written here in capitals (the s41 review's R41-5), the exchange as the press writes it."""
    from zhgloss.tickers import ticker_key

    key = ticker_key(form)
    if key is None:
        return False
    code = key.rsplit(":", 1)[1]
    return _DIGIT_RE.search(code) is not None or code.upper() in form.replace("/", ".")  # BRK/B US: BRK.B


def en_script_problem(en: str) -> str | None:
    """Say what is wrong with `en` as an English form, or None: Chinese characters and no Latin letter."""
    if has_cjk(en) and not _LATIN_LETTER_RE.search(en):
        return "is Chinese, not English"
    return None


# Keys of many forms at once (building an index keys ~10^6 forms): the forms are joined by NUL, which
# no form holds (validation refuses control characters), each transform runs once over the joined
# text in C, and the result is split again. The few forms a transform's plain path would not key
# alike (separators, full-width or non-ASCII letters, odd spaces) are found by one regex scan and
# keyed one by one by the function above. Tests hold each equal to its one-form function.
_JOIN = "\x00"
_ZH_KEY_SLOW_PATTERN = f"[\\s{NAME_SEPARATORS}{re.escape(NAME_HYPHENS)}.\\uff01-\\uff5e\\u3000][^\\x00]*"
_NON_ASCII_LINE_PATTERN = "[^\\x00-\\x7f][^\\x00]*"
# A line `normalize` would change: a space at either end, two in a row, another space, full-width ASCII.
# Every branch starts on a whitespace or full-width character (the space's neighbours are looked at
# around it), so that the regex engine skips from one such character to the next (~3x quicker).
_NOT_NORMAL_LINE_PATTERN = "(?:\\s(?:(?<=^\\s)|(?<=\\x00\\s)|(?<! )|(?=\\s|\\x00|$))|[\\uff01-\\uff5e\\u3000])[^\\x00]*"
_DIGIT_LINE_PATTERN = "[0-9][^\\x00]*"
_NOT_KEY_LETTER_PATTERN = "[^A-Za-z\\x00]+"
_NOT_KEY_ALNUM_PATTERN = "[^A-Za-z0-9\\x00]+"
_NOT_TONE_MARK_PATTERN = f"[^{''.join(TONE_MARKS)}\\x00]+"
_TONE_DIGITS = str.maketrans(TONE_MARKS)
# What a key keeps of the joined forms, as bytes: deleting every other byte of their UTF-8 deletes
# exactly what a substitution of _NOT_KEY_ALNUM_PATTERN (or _NOT_KEY_LETTER_PATTERN) does, since
# each byte of a character outside ASCII is 0x80 or above. One C call, ~8x the pattern's speed.
_KEY_ALNUM = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\x00")
_NOT_KEY_ALNUM_BYTES = bytes(b for b in range(256) if b not in _KEY_ALNUM)
_NOT_KEY_LETTER_BYTES = bytes(b for b in range(256) if b not in _KEY_ALNUM or chr(b).isdigit())


def _kept_bytes(joined: str, deleted: bytes) -> str:
    """`joined` without the characters whose UTF-8 bytes are all in `deleted` (any character beyond ASCII)."""
    return joined.encode("utf-8", "surrogatepass").translate(None, deleted).decode("ascii")


@cache
def _batch_re(pattern: str) -> re.Pattern[str]:
    # Compiled on first use: every command imports this module, few build an index.
    return re.compile(pattern)


def _joined(forms: list[str]) -> str | None:
    """`forms` joined by NUL, or None if one of them holds a NUL itself (then each is keyed alone)."""
    joined = _JOIN.join(forms)
    return joined if joined.count(_JOIN) == len(forms) - 1 else None


def _lines_of(joined: str, pattern: re.Pattern[str], forms: list[str]) -> list[int]:
    """The numbers of the NUL-separated lines of `joined` (`forms` joined) in which `pattern` matches, once a line."""
    import bisect
    import itertools

    matches = [m.start() for m in pattern.finditer(joined)]
    if not matches:
        return []
    # Where each line starts: the lengths before it, plus one joining character per line before it.
    starts = list(itertools.accumulate(map((1).__add__, map(len, forms)), initial=0))
    return sorted({bisect.bisect_right(starts, at) - 1 for at in matches})


def _keys_by_column(
    forms: list[str],
    one: Callable[[str], str],
    whole: Callable[[str], str],
    slow_pattern: str,
    *,
    needs_nfc: bool = False,
) -> list[str]:
    """Return `[one(form) for form in forms]`: `whole` run once over the joined forms, then `one` for the
    lines `slow_pattern` finds (those `whole` would not key alike). `needs_nfc`: `whole` is right only on
    NFC text, so text that is not NFC is keyed form by form."""
    joined = _joined(forms)
    if not forms or joined is None or (needs_nfc and not is_nfc(joined)):
        return [one(form) for form in forms]
    keys = whole(joined).split(_JOIN)
    for line in _lines_of(joined, _batch_re(slow_pattern), forms):
        keys[line] = one(forms[line])
    return keys


def zh_keys(forms: list[str]) -> list[str]:
    """Return `[zh_key(form) for form in forms]`, computed a column at a time."""
    return _keys_by_column(forms, zh_key, str.casefold, _ZH_KEY_SLOW_PATTERN, needs_nfc=True)


def en_keys(forms: list[str]) -> list[str]:
    """Return `[en_key(form) for form in forms]`, computed a column at a time."""
    return _keys_by_column(
        forms, en_key, lambda joined: _kept_bytes(joined, _NOT_KEY_ALNUM_BYTES).lower(), _NON_ASCII_LINE_PATTERN
    )


def _pinyin_keys_whole(joined: str) -> str:
    decomposed = unicodedata.normalize("NFD", joined.casefold())
    decomposed = decomposed.replace("u" + _DIAERESIS, "v").replace("u:", "v")
    return _kept_bytes(decomposed, _NOT_KEY_LETTER_BYTES)


def pinyin_keys(forms: list[str]) -> list[str]:
    """Return `[pinyin_key(form) for form in forms]`, computed a column at a time."""
    return _keys_by_column(forms, pinyin_key, _pinyin_keys_whole, _NOT_NORMAL_LINE_PATTERN, needs_nfc=True)


def tone_sequences(forms: list[str]) -> list[str]:
    """Return `[tone_sequence(form) for form in forms]`, computed a column at a time."""
    joined = _joined(forms)
    if not forms or joined is None:
        return [tone_sequence(form) for form in forms]
    marks = (
        _batch_re(_NOT_TONE_MARK_PATTERN)
        .sub("", unicodedata.normalize("NFD", joined))
        .translate(_TONE_DIGITS)
        .split(_JOIN)
    )
    for line in _lines_of(joined, _batch_re(_DIGIT_LINE_PATTERN), forms):
        if not marks[line]:  # tones written as numbers ("liu2"), only where no mark is written
            marks[line] = tone_sequence(forms[line])
    return marks


def cjk_lines(forms: list[str]) -> set[int]:
    """Return the positions of the forms that `has_cjk` (`cjk_flags`, as a set)."""
    import itertools

    return set(itertools.compress(range(len(forms)), cjk_flags(forms)))


def cjk_flags(forms: list[str]) -> list[bool]:
    """Return whether each of `forms` `has_cjk`, in order.

    An ASCII form has none (one C-level test each); of the others, most of them Chinese, the scan
    for an ideograph stops at their first character. Every step is a C-level pass (`map`): no Python
    code runs per form.
    """
    import itertools
    import operator

    is_ascii = list(map(str.isascii, forms))
    others = map(bool, map(_cjk_re().search, itertools.compress(forms, map(operator.not_, is_ascii))))
    # Each form's answer from one iterator or the other, in order (True picks the ASCII forms': none).
    return list(map(next, map([others, itertools.repeat(False)].__getitem__, is_ascii)))

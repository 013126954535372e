"""Hypothesis strategies shared by the tests, and a naive reference matcher to check the annotator against."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path

from hypothesis import strategies as st

from zhgloss.forms import variant_texts
from zhgloss.glossable import is_glossable
from zhgloss.model import Entry
from zhgloss.script import NAME_SEPARATORS, has_cjk
from zhgloss.syllables import SYLLABLES

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary.json"


def bundled_entries() -> list[Entry]:
    """The bundled glossary's entries, in file order (read directly, without the store)."""
    data = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    return [Entry.from_dict(doc) for _, doc in sorted(data.get("entries", {}).items(), key=lambda kv: int(kv[0]))]


ENTRIES = bundled_entries()
FORMS = sorted({f for e in ENTRIES for f in (*e.zh_forms, *e.en_forms)})
# ... and the spellings zhgloss.forms accepts besides (Lei Busi, Liu Qiang dong), and a sentence
# joined without a space ("ended.Zou Tao"), as CAT tools write it.
FORMS += sorted({r.text for e in ENTRIES for r in variant_texts(e)} | {"ended.", "www.", "x@"})

# Pieces of text around the names: Chinese prose, Latin words that start like names
# (Mark, Macau, Leisure, Jack Mahoney), brackets that look like glosses, and hard characters.
FILLERS = [
    "劉强東",  # a name in both scripts at once (劉, 東 traditional; 强 simplified)
    "劉",
    "東",
    "的",
    "是",
    "和",
    "。",
    "，",
    "在",
    "说",
    "集团",
    "办公",
    "软件",
    "有限公司",
    "区",
    "Mark",
    "Macau",
    "Leisure",
    "Mahoney",
    "Jack",
    "Ma",
    "Lei",
    "Jun",
    "the",
    "apple",
    "amazon",
    "s",
    " ",
    "  ",
    "\t",
    "'s",
    "’s",
    "-",
    ".",
    ",",
    ":",
    "$",
    "HK",
    "SU",
    "0",
    "7",
    "1",
    "(",
    ")",
    "（",
    "）",
    " (",
    "【",
    "】",
    "「",
    "」",
    "“",
    "”",
    "·",
    "•",
    "\u00a0",
    "\u3000",
    "😀",
    "🇨🇳",
    "é",
    "İ",
    "ß",
    "Ｗ",
    "ＰＳ",
    "\ufeff",
]
LINE_ENDINGS = ["\n", "\r\n", "\r"]


@st.composite
def glossable_text(draw: st.DrawFn, *, max_pieces: int = 30) -> str:
    """Text mixing the glossary's forms (in varied case), Chinese, Latin, punctuation, emoji and line endings."""

    def form_piece(form: str) -> st.SearchStrategy[str]:
        if has_cjk(form):
            return st.just(form)
        return st.sampled_from([form, form.upper(), form.lower(), form.title()])

    piece = st.one_of(
        st.sampled_from(FORMS).flatmap(form_piece),
        st.sampled_from(FILLERS),
        st.sampled_from(LINE_ENDINGS),
        st.text(st.characters(codec="utf-8"), max_size=3),
    )
    return "".join(draw(st.lists(piece, max_size=max_pieces)))


@st.composite
def english_text(draw: st.DrawFn, *, max_pieces: int = 30) -> str:
    """One line of English as a translation writes it: the glossary's Latin forms (in varied case), Latin
    fillers, curly quotes and dashes, and other characters below U+2E80 (no CJK, no full width, no line break)."""

    def plain(piece: str) -> bool:
        return not piece or (max(piece) < "\u2e80" and "\n" not in piece and "\r" not in piece)

    forms = [f for f in FORMS if plain(f)]
    piece = st.one_of(
        st.sampled_from(forms).flatmap(lambda f: st.sampled_from([f, f.upper(), f.lower(), f.title()])),
        st.sampled_from([f for f in FILLERS if plain(f)] + ["\u2014", "\u2019", "\u201c", "\u201d"]),
        st.text(st.characters(max_codepoint=0x2E7F, exclude_characters="\n\r"), max_size=3),
    )
    return "".join(draw(st.lists(piece, max_size=max_pieces)))


def _date_unit(text: str, i: int) -> bool:
    """Whether text[i] is the unit of a numeral date (2024年, 3月, 5日, 十月): no form starts there."""
    if text[i] not in "年月日号":
        return False
    arabic = "0123456789" + "".join(map(chr, range(0xFF10, 0xFF1A)))  # half- and full-width
    j = i
    while j > 0 and text[j - 1] in arabic:
        j -= 1
    if j < i:
        return i - j <= (4 if text[i] == "年" else 2)
    while j > 0 and text[j - 1] in "〇零一二三四五六七八九十廿卅":
        j -= 1
    if j == i or i - j > 4:
        return False
    return (
        j == 0
        or text[j - 1] in "年月"
        or not ("\u3400" <= text[j - 1] <= "\u9fff" or "\uf900" <= text[j - 1] <= "\ufaff")
    )


def _word(char: str) -> bool:
    import unicodedata

    cp = ord(char)
    if cp >= 0x2E80 and not 0xFF10 <= cp <= 0xFF5A:
        return False
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


_MARKETS = (
    r"(?:US|HK|SS|SZ|SH|BJ|N|O|L|T|TO|AX|KS|KQ|SI|TW|TWO|DE|PA|AS|SW|MI|MC|ST|OL|CO|BO|NS|JK|BK|KL)(?![A-Za-z0-9])"
)
_NATURAL = {"River", "Basin", "Delta", "Valley", "Mountain", "Mountains", "Lake", "Sea", "Ocean", "Gulf", "Bay",
            "Strait", "Island", "Islands", "Peninsula", "Desert", "Plateau", "Plain", "Forest", "Rainforest", "Falls",
            "Canal"}  # fmt: skip


def _in_longer_name(entry: Entry, form: str, text: str, start: int, end: int) -> bool:
    """The rule for English words of a longer English name (Internet of Things, Amazon River, Jack Ma), spelled out."""
    words = re.match(r" ([A-Za-z][A-Za-z'’-]*)", text[end:])
    word = words.group(1) if words else ""
    if word == "of":
        return entry.type not in ("person", "nickname") and re.match(r" [A-Z]", text[end + 3 :]) is not None
    if word in _NATURAL and entry.type != "place":
        return True
    if " " in form or entry.type != "person":
        return False
    if word[:1].isupper():
        return True
    return (
        start > 2
        and text[start - 1] == " "
        and re.search(r"\b[A-Z][A-Za-z]*['’]s$", text[max(0, start - 40) : start - 1]) is not None
    )


def _glued(form: str, text: str, start: int, end: int) -> bool:
    """The rule for English forms inside e-mail addresses, domains, URLs and numbers, spelled out again."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    # A token ends at white space and at CJK text: no URL or address runs on into Chinese ("01810.HK的01810/"
    # holds no URL; the "/" after the second 01810 ends a run of Latin text of its own).
    token = re.findall(r"[^\s\u2e80-\u2fff\u3001-\uff00\uff5f-\U0010ffff]*$", text[:start])[0]
    token += re.findall(r"^[^\s\u2e80-\u2fff\u3001-\uff00\uff5f-\U0010ffff]*", text[start:])[0]
    looks_like_url = "://" in token or token.lower().startswith("www.") or ("." in token.split("/")[0] and "/" in token)
    if _word(form[0]):
        if before == "@" or (before == "/" and looks_like_url):
            return True
        # "It ended.Zou Tao spoke.": a capital after a dot starts a sentence, unless the token is an address.
        prefix = re.findall(r"\S*$", text[:start])[0]
        sentence = text[start].isupper() and not (any(c in prefix for c in "/@:") or prefix.lower().startswith("www."))
        # Nor after a ticker's dot, before its market's code (JD.US, 0700.HK).
        sentence = sentence and not (
            re.fullmatch(r"[(（]?[A-Z0-9]{1,6}\.", prefix) and re.match(_MARKETS, text[start:])
        )
        if before == "." and start >= 2 and _word(text[start - 2]) and not sentence:
            return True
    elif before and _word(before):
        return True
    if _word(form[-1]):
        if after == "@" or (after == "/" and looks_like_url):
            return True
        if after == "." and end + 1 < len(text) and _word(text[end + 1]):
            return True
        # An offset written onto it (GMT+8), or the pinyin syllable that ends a hyphenated given name (Ching-te).
        if after in "+-\u2212" and text[end + 1 : end + 2].isdigit():
            return True
        syllable = re.match(r"-([a-z]{1,6})(?![A-Za-z0-9'’-])", text[end:])
        if syllable and syllable.group(1) in SYLLABLES:
            return True
    elif after and _word(after):
        return True
    return False


_TONE_MARKS = {"\u0304", "\u0301", "\u030c", "\u0300"}


def _lower(char: str) -> str:
    """Lower-case one character, and read a pinyin letter plain: tone marks and ü's dots off, ê as e."""
    import unicodedata

    low = char.lower()
    if len(low) != 1:
        return char
    if low in "-\u2010\u2011\u2012\u2013'\u2019\u02bc":
        return " "
    decomposed = unicodedata.normalize("NFD", low)
    base, marks = decomposed[0], list(decomposed[1:])
    allowed = {"a": set(), "e": {"\u0302"}, "i": set(), "o": set(), "u": {"\u0308"}, "n": set(), "m": set()}
    if marks and base in allowed and len(marks) <= 2:
        extra = [m for m in marks if m not in _TONE_MARKS]
        tones = [m for m in marks if m in _TONE_MARKS]
        if len(tones) <= 1 and len(extra) <= 1 and set(extra) <= allowed[base]:
            if base in "nm" and (extra or not tones or (base == "m" and tones != ["\u0301"])):
                return low
            return base
    return low


def reference_spans(entries: Iterable[Entry], text: str) -> list[tuple[int, int, str]]:
    """Match the slow, obvious way: try every form at every offset, apply the rules, keep leftmost-longest.

    Written independently of zhgloss.annotate (no automaton, no shared tables) to check it. The text is read as it
    shows: the characters of no width (INVISIBLE_MARKS, and a zero-width space beside a run of them that touches a
    Chinese character) are taken out first, and the spans taken back to the text's offsets (the user's U27-44).
    A name written in both scripts (劉强東) is matched in the text with its traditional-only characters simplified
    (t2s.txt's pairs less kept_characters.tsv's characters, read here from the files), where the text's own matches
    leave room (gls, twenty-ninth session).
    """
    entries = list(entries)
    # Full-width letters and digits are read as ASCII, one for one (小米ＳＵ７ is 小米SU7; gls, thirty-fourth session).
    text = text.translate(_FULLWIDTH_ALNUM)
    found = _reference_spans_written(entries, text)
    folded = fold_traditional_only(text)
    if folded == text:
        return found
    # The text's own matches stay as written in the folded text (gls, thirty-fourth session).
    chars = list(folded)
    for s, e, _ in found:
        chars[s:e] = text[s:e]
    folded = "".join(chars)
    extra = [
        (s, e, entry_id)
        for s, e, entry_id in _reference_spans_written(entries, folded)
        if text[s:e] != folded[s:e] and not any(a < e and s < b for a, b, _ in found)
    ]
    return sorted(found + extra)


_DATA = Path(__file__).resolve().parent.parent / "src" / "zhgloss" / "data"
_FULLWIDTH_ALNUM = {
    code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}


@functools.cache
def _traditional_only() -> dict[str, str]:
    """The characters of data/t2s.txt that data/kept_characters.tsv does not keep, and their simplified forms."""
    kept = {
        line.split("\t")[0]
        for line in (_DATA / "kept_characters.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "char\t"))
    }
    pairs = (_DATA / "t2s.txt").read_text(encoding="utf-8").splitlines()
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2 and not pair.startswith("#") and pair[0] not in kept}


def fold_traditional_only(text: str) -> str:
    """`text` with each character of `_traditional_only` simplified (劉强東 -> 刘强东)."""
    table = _traditional_only()
    return "".join(table.get(c, c) for c in text)


def _reference_spans_written(entries: Iterable[Entry], text: str) -> list[tuple[int, int, str]]:
    """`reference_spans` of `text` as written, its scripts unfolded."""
    from zhgloss.script import INVISIBLE_MARKS, ZERO_WIDTH_SPACE, is_cjk

    unseen = INVISIBLE_MARKS + ZERO_WIDTH_SPACE
    kept: list[int] = []  # the offsets of `text` that show
    i = 0
    while i < len(text):
        if text[i] not in unseen:
            kept.append(i)
            i += 1
            continue
        j = i
        while j < len(text) and text[j] in unseen:
            j += 1
        touches_han = (i > 0 and is_cjk(text[i - 1])) or (j < len(text) and is_cjk(text[j]))
        kept += [k for k in range(i, j) if text[k] == ZERO_WIDTH_SPACE and not touches_han]
        i = j
    if len(kept) == len(text):
        return _reference_spans_shown(entries, text)
    shown = "".join(text[k] for k in kept)
    return [(kept[s], kept[e - 1] + 1, entry_id) for s, e, entry_id in _reference_spans_shown(entries, shown)]


def _reference_spans_shown(entries: Iterable[Entry], text: str) -> list[tuple[int, int, str]]:
    """`reference_spans` of a text with nothing of no width in it."""
    from zhgloss.convert import traditional_variants
    from zhgloss.forms import variant_texts

    # Stored forms first; then the traditional spellings OpenCC gives of the simplified zh and zh aliases
    # (霸总 -> 霸總), which the matcher adds so that traditional text finds them, below every stored form.
    rank = {"zh": 0, "zh_hant": 1, "en": 2, "zh_alias": 3, "alias": 4, "variant": 5, "zh→t": 6, "zh_alias→t": 7}
    candidates: list[tuple[int, int, int, int, str]] = []
    folded = "".join(_lower(c) for c in text)
    for order, entry in enumerate(entries):
        fields = [
            ("zh", [entry.zh]),
            ("zh_hant", [entry.zh_hant]),
            ("zh_alias", entry.zh_aliases),
            ("en", [entry.en]),
            ("alias", entry.aliases),
            ("variant", [r.text for r in variant_texts(entry)]),
        ]
        for name, forms in fields[:3:2]:
            converted = [t for f in forms if f and is_glossable(entry, f) for t in traditional_variants(f)]
            fields.append((f"{name}→t", converted))
        for name, forms in fields:
            for form in forms:
                if not form or (not name.endswith("→t") and not is_glossable(entry, form)):
                    continue  # 和, 成功, a bare surname: not glossed by default (zhgloss.glossable)
                if has_cjk(form):
                    variants = {form}
                    if any(c in NAME_SEPARATORS for c in form):
                        parts = re.split(f"[{NAME_SEPARATORS}]", form)
                        variants |= {sep.join(parts) for sep in (*NAME_SEPARATORS, ".", "")}
                    written = [(v, v, False) for v in variants]
                else:
                    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in form)
                    written = [(form, form, True), (wide, wide, True)]
                for variant, as_written, any_case in written:
                    key = "".join(_lower(c) for c in variant) if any_case else variant
                    haystack = folded if any_case else text
                    start = haystack.find(key)
                    while start >= 0:
                        end = start + len(key)
                        surface = text[start:end]
                        ok = not (_word(variant[0]) and start > 0 and _word(text[start - 1]))
                        ok = ok and not (_word(variant[-1]) and end < len(text) and _word(text[end]))
                        ok = ok and not _date_unit(text, start)
                        if any_case:
                            ok = ok and not _glued(variant, text, start, end)
                            ok = ok and not _in_longer_name(entry, variant, text, start, end)
                        if any_case:
                            ok = ok and all(
                                s.isupper() for f, s in zip(as_written, surface, strict=True) if f.isupper()
                            )
                        if ok:
                            candidates.append((start, end, rank[name], order, entry.id))
                        start = haystack.find(key, start + 1)
    candidates.sort(key=lambda c: (c[0], -c[1], c[2], c[3]))
    out: list[tuple[int, int, str]] = []
    end = -1
    for start, stop, _, _, entry_id in candidates:
        if start >= end:
            out.append((start, stop, entry_id))
            end = stop
    # A match that starts inside a URL (a scheme or www. to white space or a mark of Chinese punctuation) is no prose.
    urls = [m.span() for m in re.finditer(_URL, text)]
    # Nor one that starts inside Markdown's markup or code (1ca825fd; CommonMark 0.31).
    urls += _markup(text)
    return [span for span in out if not any(a <= span[0] < b for a, b in urls)]


def _markup(text: str) -> list[tuple[int, int]]:
    """The ranges of `text` CommonMark reads as code or markup, spelled out again: fenced code blocks (4.5), code
    spans (6.1: a run of backticks closed by the next run of as many on its line; a run left open is literal text),
    link destinations and titles, reference definitions, autolinks and HTML tags. Lines end at "\\n", as annotate
    reads them (a lone "\\r" stays inside its line)."""
    ranges: list[tuple[int, int]] = []
    lines = text.split("\n")
    offset, opened = 0, None  # the offset and the marks of the fence that opened a block
    for line in lines:
        stripped = line
        indent = len(stripped) - len(stripped.lstrip(" "))
        body = stripped.lstrip(" ")
        marks = body[: len(body) - len(body.lstrip(body[:1]))] if body[:1] in ("`", "~") else ""
        if indent <= 3 and len(marks) >= 3:
            if opened is None:
                opened = (offset, marks)
            elif marks[0] == opened[1][0] and len(marks) >= len(opened[1]) and not body.strip().strip(marks[0]):
                ranges.append((opened[0], offset + len(stripped)))
                opened = None
        offset += len(line) + 1
    if opened is not None:
        ranges.append((opened[0], len(text)))
    i = 0
    while i < len(text):
        if text[i] != "`":
            i += 1
            continue
        j = i
        while j < len(text) and text[j] == "`":
            j += 1
        k, closed = j, None
        while k < len(text) and text[k] != "\n" and closed is None:
            if text[k] == "`":
                m = k
                while m < len(text) and text[m] == "`":
                    m += 1
                if m - k == j - i:
                    closed = m
                k = m
            else:
                k += 1
        if closed is not None:
            ranges.append((i, closed))
            i = closed
        else:
            i = j
    for pattern in _MARKUP_AFTER_CODE:
        ranges += [m.span(1) for m in re.finditer(pattern, text, re.MULTILINE)]
    return ranges


_MARKUP_AFTER_CODE = (
    # A link's destination and title: [x](/a/b "t").
    r"\](\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\))",
    # A reference definition's: [x]: /u "t".
    r"\]:([ \t]*\S+(?:[ \t]+[^\n]*)?)$",
    # An autolink, an HTML tag or comment: <https://x>, <a href="x">, </a>, <!-- c -->.
    r"(<(?:[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>)",
)


_URL = r"(?:[A-Za-z][A-Za-z0-9+.-]*://|(?<![A-Za-z0-9])[Ww]{3}\.)[^\s，。、；：！？（）《》〈〉「」『』【】“”‘’<>\"'\u3000]*"
"""A URL or an IRI, written again (annotate's `_URL_RE`, the tester's U27-61)."""

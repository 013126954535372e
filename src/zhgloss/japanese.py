"""Japanese names in English: which word is the surname (`japanese_surname_word`), by the endings of
data/japanese_surname_ends.tsv.

Moved out of `zhgloss.harvest` (forty-third session, SPD-42-1): `validate` and `forms` ask it of every person whose
English is no pinyin, and importing the harvester for it cost ~158 ms of such a command. The harvester re-exports
every name here. Only a name read as Chinese whose English has a word ending as a Japanese surname reads asks the
harvester's `compare_english`, imported then.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from zhgloss.errors import ZhglossError
from zhgloss.script import en_key, en_words, is_cjk

# The words of a body's English name that say it is one ("Tokyo Electric Power Company"): no person's.
ORG_WORDS = frozenset(
    [
        "academy",
        "administration",
        "agency",
        "airlines",
        "assembly",
        "association",
        "authority",
        "auto",
        "automobile",
        "bank",
        "bureau",
        "co",
        "commission",
        "committee",
        "company",
        "congress",
        "council",
        "corp",
        "corporation",
        "exchange",
        "federation",
        "foundation",
        "group",
        "holdings",
        "inc",
        "institute",
        "limited",
        "ltd",
        "ministry",
        "motor",
        "motors",
        "museum",
        "parliament",
        "party",
        "technologies",
        "technology",
        "university",
    ]
)
# The last word of a place's English name that says it is one.
PLACE_GENERICS = frozenset(
    [
        "river",
        "lake",
        "mountain",
        "mountains",
        "province",
        "city",
        "county",
        "district",
        "square",
        "island",
        "islands",
        "bay",
        "sea",
        "strait",
        "airport",
        "port",
        "street",
        "road",
        "bridge",
        "palace",
        "park",
        "desert",
        "plateau",
        "prefecture",
        "town",
        "village",
    ]
)

JAPANESE_SURNAME_ENDS_PATH = Path(__file__).resolve().parent / "data" / "japanese_surname_ends.tsv"


@cache
def japanese_surname_ends() -> dict[str, tuple[str, ...]]:
    """Read data/japanese_surname_ends.tsv: a character that ends Japanese surnames -> how their romanization ends
    on it (田 -> ta, da), folded as `en_key` folds (tō -> to)."""
    table: dict[str, tuple[str, ...]] = {}
    with JAPANESE_SURNAME_ENDS_PATH.open(encoding="utf-8") as file:
        for line in file:
            if line.startswith("#") or line.startswith("char\t") or not line.strip():
                continue
            char, endings = line.rstrip("\n").split("\t")
            table[char] = tuple(dict.fromkeys(en_key(e) for e in endings.split()))
    return table


def japanese_surname_word(zh: str, en: str) -> int | None:
    """Which of the two words of English `en` is the surname of Japanese name `zh` (0 or 1), or None if not told.

    Japanese names are written in English in either order ("Kishida Fumio", as Japan's government and CC-CEDICT
    write them, or "Fumio Kishida", as most wires do). A name `zhgloss.pinyin.name_origin` reads as Japanese ends its
    surname (`romanize`'s split: 岸田|文雄) on a character of data/japanese_surname_ends.tsv; the one word that ends as
    that character reads is the surname (Kishida on 田's da), or else the one word in capitals ("KISHIDA Fumio").
    A name it reads as Chinese is Japanese too where its English is no pinyin and such a word ends as its first one
    or two characters read (高市|早苗 Sanae Takaichi, 林|芳正 Yoshimasa Hayashi).
    """
    from zhgloss.pinyin import name_origin, romanize

    words = en.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return None
    if any(w in PLACE_GENERICS or w in ORG_WORDS for w in en_words(en)):
        return None  # a place's or a body's name: 日比谷公园 Hibiya Park, 神奈川县 Kanagawa Prefecture
    try:
        japanese = name_origin(zh) == "japanese"
        surnames = [romanize(zh).surname] if japanese else []
    except ZhglossError:
        return None
    if not japanese:
        # A name the romanizer reads as Chinese by its first character may be Japanese still (高市早苗 Sanae Takaichi,
        # 石破茂, 林芳正: 高, 石 and 林 are Chinese surnames too): where its English is no pinyin, a surname of two
        # characters or one whose Japanese reading ends one English word says so.
        if not 3 <= len(zh) <= 5 or not all(map(is_cjk, zh)):
            return None
        surnames = [zh[:3], zh[:2], zh[:1]] if len(zh) >= 4 else [zh[:2], zh[:1]]
        found = _surname_word(zh, en, surnames, japanese)
        if found is None:
            return None  # (told without the pinyin check: a Chinese name's English, the commonest case)
        from zhgloss.harvest import compare_english

        return found if compare_english(zh, en)[0] == "different" else None
    return _surname_word(zh, en, surnames, japanese)


def _surname_word(zh: str, en: str, surnames: list[str], japanese: bool) -> int | None:
    """`japanese_surname_word`'s answer for the two words of English `en` of name `zh` read with each of `surnames`
    (its possible surnames, longest first): the one word that ends as a surname's last character reads, else
    (`japanese`: the romanizer reads `zh` as Japanese) the one word in capitals, else the word its Japanese readings
    cut; None if none tells. (A name read as Chinese asks `compare_english` after, and only if this tells.)"""
    words = en.split()
    for surname in surnames:
        endings = japanese_surname_ends().get(surname[-1:], ())
        ending = [i for i, w in enumerate(words) if en_key(w).endswith(endings)] if endings else []
        if len(ending) == 1:
            return ending[0]
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper()]
    if japanese and len(capitals) == 1:
        return capitals[0]
    # Else the words spelling the characters in their Japanese readings (`romanizations.japanese_reading`), where
    # the endings do not tell (柳井正 "Tadashi Yanai": both words end as 井's i; 柳 yana + 井 i is Yanai).
    from zhgloss.romanizations import japanese_reading

    cut = japanese_reading(zh, en)
    return cut[1] if cut is not None else None

"""Exact lookup: every way a name is written, reduced to keys, and an on-disk index of them.

`lookup` is typed hundreds of times a day, so a glossary file gets an index in
its cache folder (see `zhgloss.cache`), rebuilt only when the file changes: the
hashes of the keys, sorted, and the rows they belong to (entry, field, which of
the entry's forms), in arrays read in place from the memory-mapped cache
(`zhgloss.packed`). A lookup then makes a few binary searches and reads the few
entries it finds from the glossary file: it never parses the whole file nor
imports pypinyin or OpenCC (the pinyin is stored, and the traditional spellings
are converted when the index is built). The keys are computed a column at a
time (`key_columns`), as `iter_keys` computes them one entry at a time.
"""

from __future__ import annotations

import functools
import itertools
import json
import operator
import re
import unicodedata
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from zhgloss.errors import GlossaryFileError
from zhgloss.forms import demotion, precedence, variant_texts
from zhgloss.model import Entry, entry_columns, fold_letters
from zhgloss.script import (
    en_key,
    en_words,
    has_cjk,
    has_tones,
    is_cjk,
    looks_like_pinyin,
    pinyin_key,
    tone_sequence,
    zh_key,
)

if TYPE_CHECKING:
    import numpy.typing as npt

    from zhgloss.store import Glossary, LookupHit

INDEX_FORMAT = "lookup-v18"
"""Name and version of the cached lookup index; bump it when the layout below changes (v15: 30-bit hashes; v16:
English keys fold the Latin letters Unicode does not decompose, `zhgloss.script.en_key`: "Łódź" as "lodz"; v17:
variant keys of the letters written with two, `zhgloss.forms.letter_spellings`: "Strauss" for "Strauß")."""

HASH_BITS = 30
"""The bits of a key's hash (`key_hash`): ints under 2**30 are one machine digit to Python, whose sort of them is
~1.6x quicker than of 32-bit ones (the build sorts every row by its hash); a shared hash costs only a look."""
MIN_LOW_BITS = 16
"""The hashes are kept in two levels: where the rows of each value of their top bits start, and their low bits,
at least this many: 2 bytes a row in a big index, with a table of starts of ~1 int for 4 rows (`_low_bits`)."""


def _low_bits(rows: int) -> int:
    """How many low bits of each hash an index of `rows` rows keeps apart from the top bits' table of starts."""
    return max(MIN_LOW_BITS, HASH_BITS - max(0, rows.bit_length() - 3))


MAGIC = f"zhgloss {INDEX_FORMAT}\n".encode()
_T = TypeVar("_T")

# Order in which a field's match is reported first when a query matches several entries.
FIELD_RANK = {"zh": 0, "zh_hant": 1, "en": 2, "zh_alias": 3, "alias": 4, "variant": 5, "pinyin": 6, "reversed": 7}
FIELDS = tuple(FIELD_RANK)
"""The fields by their number in the index."""


class Key(NamedTuple):
    """One lookup key of an entry: the folded `key`, the field it came from, the form as written."""

    key: str
    field: str
    form: str
    tones: str = ""


def iter_keys(entry: Entry, converted: Mapping[str, tuple[str, ...]] | None = None) -> Iterator[Key]:
    """Yield every lookup key of `entry`.

    `converted` holds `traditional_variants` of the entry's simplified forms, when they were
    converted in one batch (see `_converted_forms`); without it each is converted here.
    """
    chinese: tuple[tuple[str, tuple[str | None, ...]], ...] = (
        ("zh", (entry.zh,)),
        ("zh_hant", (entry.zh_hant,)),
        ("zh_alias", entry.zh_aliases),
    )
    for field, optional_forms in chinese:
        for form in optional_forms:
            if form:
                yield Key(zh_key(form), field, form)
                if not has_cjk(form):  # stock codes, "WPS", "SU7": typed like English too
                    yield Key(en_key(form), field, form)
    yield from _converted_keys(entry, converted)
    for field, forms in (("en", (entry.en,)), ("alias", entry.aliases)):
        for form in forms:
            if key := en_key(form):
                yield Key(key, field, form)
    # Spellings zhgloss.forms accepts that key differently: "Lyu Bu" for "Lü Bu" (en_key already
    # ignores case, spacing, hyphens, tone marks and ü's dots).
    for rendering in variant_texts(entry):
        if key := en_key(rendering.text):
            yield Key(key, "variant", rendering.form)
    if entry.pinyin:
        yield Key(pinyin_key(entry.pinyin), "pinyin", entry.pinyin, tone_sequence(entry.pinyin))
    if entry.type == "person":
        yield from _reversed_keys(entry)


def _reversed_keys(entry: Entry) -> Iterator[Key]:
    """The keys of a person's two-word names the other way round ("Qiangdong Liu", "Jun Lei")."""
    return _reversed_keys_of(entry.en, entry.aliases, entry.pinyin)


def _reversed_keys_of(en: str, aliases: Sequence[str], pinyin: str | None) -> Iterator[Key]:
    """`_reversed_keys` of a person whose English is `en`, its aliases `aliases` and its pinyin `pinyin`."""
    for form in (en, *aliases, *([pinyin] if pinyin else [])):
        words = en_words(form) if form != pinyin else form.split()
        if len(words) == 2:
            flipped = f"{words[1]} {words[0]}"
            if form == pinyin:
                yield Key(pinyin_key(flipped), "reversed", form, tone_sequence(flipped))
            else:
                yield Key(en_key(flipped), "reversed", form)


def _conversion_sources(entry: Entry) -> list[tuple[str, str]]:
    """The simplified forms of `entry` whose traditional spellings are keys too, with the field they key."""
    # From zh even when zh_hant is stored, as annotate does: 顺势而为 stores 順勢而為, and text converted
    # with OpenCC's s2t writes 順勢而爲.
    sources = [("zh_hant", entry.zh)] if entry.zh else []
    sources += [("zh_alias", alias) for alias in entry.zh_aliases]
    return [(field, form) for field, form in sources if form and has_cjk(form)]


def _converted_forms(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    """`traditional_variants` of every form `_converted_keys` converts, in one OpenCC call per configuration: the
    forms of `_conversion_sources`, zh and the Chinese aliases with CJK (`zhgloss.model.converted_forms`), worked out
    once per glossary version and kept (`zhgloss.model.traditional_variants`)."""
    from zhgloss.model import traditional_variants

    return traditional_variants(entries)


def _converted_keys(entry: Entry, converted: Mapping[str, tuple[str, ...]] | None = None) -> Iterator[Key]:
    """Keys of the traditional spellings of the simplified forms that the entry does not store itself.

    An alias stored only in simplified characters (霸总) is then found when typed in traditional (霸總).
    """
    from zhgloss.convert import traditional_variants

    stored = set(entry.zh_forms)
    for field, form in _conversion_sources(entry):
        variants = converted[form] if converted is not None else traditional_variants(form)
        for variant in variants:
            if variant not in stored:
                yield Key(zh_key(variant), field, variant)


# Dashes copy writes between the parts of a transliterated name where GB/T 15834 writes the middle dot (埃隆-马斯克,
# 埃隆\uff0d马斯克, 埃隆—马斯克 for 埃隆·马斯克): hyphen-minus, U+2010-2015 (hyphen to horizontal bar), U+2212 minus,
# U+FE58, U+FE63 and U+FF0D (small and full-width forms), and the equals signs Japanese copy writes there (U+30A0,
# U+FF1D). Between two Chinese characters only, and for a query only: a stored form keeps its hyphen (让-保罗·萨特
# writes Jean-Paul's), which its key drops (`zhgloss.script.NAME_HYPHENS`).
_DASHES_RE = re.compile("[ \u3000]*[-=\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u30a0\uff1d]+[ \u3000]*")


def dashes_as_dots(query: str) -> str | None:
    """`query` with each run of dashes between two Chinese characters written as a middle dot, or None if it has
    none: "埃隆-马斯克" -> "埃隆·马斯克"."""
    parts: list[str] = []
    at = 0
    for match in _DASHES_RE.finditer(query):
        start, end = match.span()
        if start > 0 and end < len(query) and is_cjk(query[start - 1]) and is_cjk(query[end]):
            parts += [query[at:start], "\u00b7"]
            at = end
    return "".join([*parts, query[at:]]) if parts else None


PLACE_GENERIC_WORDS = frozenset(
    {"province", "city", "county", "district", "municipality", "prefecture", "town", "township", "village", "region"}
)
"""English generics a place is typed with that its entry's English may not write ("Sichuan province" for 四川
"Sichuan", "Guangzhou city" for 广州): `without_place_generic`."""


def without_place_generic(query: str) -> str | None:
    """Return a Latin `query` without the place generic it ends with ("Sichuan province" -> "Sichuan", "Guangzhou
    City" -> "Guangzhou"), or None where it ends with none or is the generic alone: search and lookup try both, the
    query as typed first (U34-27)."""
    if has_cjk(query):
        return None
    words = query.split()
    if len(words) < 2 or words[-1].casefold().strip(".,") not in PLACE_GENERIC_WORDS:
        return None
    return " ".join(words[:-1])


# The abbreviations English writes for a word that opens a name, each way round: CC-CEDICT writes "Mt Tai" (93 senses
# "Mt ...") where news copy writes "Mount Tai", and "Saint Petersburg" where Reuters and AP write "St. Petersburg"
# (the review's R49-20). Only before a capitalised word: "Wall St" is a street, not a saint.
NAME_ABBREVIATIONS = {"mount": "Mt", "mt": "Mount", "saint": "St", "st": "Saint"}


def abbreviation_variants(query: str) -> list[str]:
    """Return a Latin `query` written with each opening word of NAME_ABBREVIATIONS the other way ("Mount Tai" ->
    ["Mt Tai"], "St. Petersburg" -> ["Saint Petersburg"], "Mount St Helens" -> three), or [] where it has none.
    Lookup's keys and search's scoring try them after the query as typed."""
    if has_cjk(query):
        return []
    words = query.split()
    choices: list[tuple[str, ...]] = []
    for at, word in enumerate(words):
        other = NAME_ABBREVIATIONS.get(word.rstrip(".").casefold())
        following = words[at + 1] if at + 1 < len(words) else ""
        if other is not None and word[:1].isupper() and following[:1].isupper():
            choices.append((word, other))
        else:
            choices.append((word,))
    variants = (" ".join(chosen) for chosen in itertools.islice(itertools.product(*choices), 8))
    return [variant for variant in variants if variant != " ".join(words)]


def query_keys(query: str) -> list[str]:
    """Return the keys a query is looked up by: a Chinese query's also with the dashes copy writes for the middle
    dot of a transliterated name read as that dot (`dashes_as_dots`: 埃隆-马斯克 finds 埃隆·马斯克); an English one's
    also with its legal form written otherwise (`legal_form_keys`, which `_rank` asks only where nothing else is
    found)."""
    keys = _plain_query_keys(query)
    return list(dict.fromkeys([*keys, *legal_form_keys(query)]))


def _plain_query_keys(query: str) -> list[str]:
    """`query_keys` but the legal forms'."""
    if has_cjk(query):
        dotted = dashes_as_dots(query)
        return list(dict.fromkeys([zh_key(query), zh_key(dotted)])) if dotted else [zh_key(query)]
    keys = [zh_key(query), en_key(query)]
    if looks_like_pinyin(query):
        keys.append(pinyin_key(query))
    if (named := without_place_generic(query)) is not None:
        keys.append(en_key(named))
    keys.extend(en_key(variant) for variant in abbreviation_variants(query))
    keys = [k for k in keys if k]
    return list(dict.fromkeys(keys))


LEGAL_FORM_ENDINGS = (
    *("Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "LLP", "PLC", "AG"),
    *("SE", "SA", "NV", "GmbH", "Pty", "Co Ltd", "Company Limited", "Corporation Limited", "Corp Ltd", "Pte Ltd"),
    *("Pty Ltd", "Holdings", "Holdings Ltd", "Holdings Limited", "Holdings Inc", "Group", "Group Ltd"),
    *("Group Limited", "Group Co Ltd", "Group Holding Ltd", "Group Holding Limited", "Group Holdings Ltd"),
)
"""The legal forms (`zhgloss.forms.LEGAL_FORM`, ISO 20275's abbreviations and their words) and holding words a
company's English ends with, alone and as copy chains them ("Co., Ltd.", "Corporation Limited", "Holdings Limited"):
what `legal_form_keys` writes after a name typed without its own."""


def legal_form_keys(query: str) -> list[str]:
    """The keys of an English `query` with its legal form written otherwise: the name alone and with each of
    `LEGAL_FORM_ENDINGS` ("Kingsoft Corp" -> kingsoft, kingsoftcorporation, kingsoftcorporationlimited, ...).

    The rule (README, lookup): a company's legal form ends its name and is no part of what names it; lookup finds
    金山软件 (en "Kingsoft", aliases "Kingsoft Corporation", "Kingsoft Corporation Limited") by "Kingsoft Corp",
    "Kingsoft Corp.", "Kingsoft Ltd" as by "Kingsoft Corporation", and an entry whose English is "Kingsoft Corp." by
    "Kingsoft". These keys are asked only where the query's own find nothing (`_rank`), and a form they find must be
    the same name with a legal form, not one that merely runs the same letters ("Masa" is no "Ma SA")."""
    if has_cjk(query) or not query.strip():
        return []
    names = _legal_chain(query.strip())
    keys = (en_key(f"{name} {ending}") for name in names for ending in ("", *LEGAL_FORM_ENDINGS))
    return [k for k in dict.fromkeys(keys) if k]


def _legal_chain(name: str) -> list[str]:
    """`name` and each shorter name its legal-form and holding words leave, the longest first
    (`zhgloss.forms.legal_form_shortenings`): "Xiaomi Group Ltd" -> ["Xiaomi Group Ltd", "Xiaomi Group", "Xiaomi"];
    a name in capitals is read as its title-cased words ("KINGSOFT CORP"). A name that opens with the article "The",
    as registered names do ("The Hongkong and Shanghai Banking Corporation Limited", "The Bank of East Asia,
    Limited"), is followed by the chain of the name without it: the article is no more part of what names the
    company than its legal form (the user's U37-20)."""
    from zhgloss.forms import legal_form_shortenings

    shorter = legal_form_shortenings(name) or (legal_form_shortenings(name.title()) if name.isupper() else [])
    bare = _THE_RE.sub("", name, count=1)
    return [name, *shorter, *(_legal_chain(bare) if bare != name and bare.strip() else ())]


_THE_RE = re.compile(r"^the\s+(?=\w)", re.IGNORECASE)
"""The article that opens a registered English name, and the space after it."""


_LEGAL_WORDS = {"corp": "corporation", "co": "company", "ltd": "limited", "inc": "incorporated"}
"""A legal form's abbreviations as its words: "Corp" and "Corporation" are one legal form."""


def _legal_form_alike(query: str, form: str) -> bool:
    """Tell whether `form` is `query` word for word, a legal form's abbreviation and its word alike ("Xiaomi
    Corporation" of "Xiaomi Corp.")."""

    def words(text: str) -> list[str]:
        return [_LEGAL_WORDS.get(w, w) for w in en_words(text)]

    return words(form) == words(query)


def _same_company(query: str, form: str) -> bool:
    """Tell whether `form` and `query` are one company's name with their legal forms written otherwise: a name of
    each one's `_legal_chain` alike, one of them with a legal form left off ("Kingsoft Corp." and "Kingsoft")."""
    return _legal_distance(query, form) is not None


def _legal_distance(query: str, form: str) -> int | None:
    """How many legal-form and holding words `query` and `form` leave off to be one name (`_legal_chain`: "Xiaomi
    Group Ltd" is 1 from "Xiaomi Group", 2 from "Xiaomi"); 0 for the same legal form written otherwise ("Xiaomi
    Corp" and "Xiaomi Corporation"); None where they are no one company's name."""
    if _legal_form_alike(query, form):
        return 0 if en_words(query) != en_words(form) else None
    # Names alike in any spacing, as every other key of lookup is ("Hongkong and Shanghai Banking Corporation Limited"
    # is "Hong Kong and Shanghai Banking Corporation" with its legal form: the two rules compose, the user's U37-20).
    queries, forms = _legal_chain(query), _legal_chain(form)
    found = [
        i + j
        for i, left in enumerate(queries)
        for j, right in enumerate(forms)
        if i + j and en_key(left) == en_key(right) != ""
    ]
    return min(found) if found else None


def _marked_letters(text: str) -> str:
    """Return the letters and digits of `text` in NFC, case folded, accents kept: "José Mujica" -> "josémujica"."""
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum())


_LATIN_FIELDS = frozenset({"en", "alias", "zh", "zh_hant", "zh_alias"})
"""The fields whose Latin forms are English as written: their spacing says where words end (`_spaced_otherwise`)."""


_SYLLABLE_APOSTROPHES = ("'", "\u2019", "\u02bc")
"""Apostrophes pinyin writes between two syllables of one word (Xi'an, Xi’an)."""


def spelt_with_apostrophes(form: str, query: str) -> bool:
    """Tell whether the Latin `form` is `query` written with apostrophes between syllables: "Xi'an" of "Xian".

    English writes a place so with and without them (Britannica, Xi'an: "also spelled Xian"): one word either way,
    not two ("Fu Jian" and "Fujian" are two names). Only a form holding an apostrophe is asked: "Xian" is no
    spelling of a form "Xi'an" typed as a query the other way round, which says its two syllables."""
    if not any(mark in form for mark in _SYLLABLE_APOSTROPHES):
        return False
    plain = form
    for mark in _SYLLABLE_APOSTROPHES:
        plain = plain.replace(mark, "")
    return en_words(plain) == en_words(query)


def surname_query_rank(entry: Entry, form: str, query: str) -> int:
    """`surname_rank` of an entry found by a one-word `query` by its English form `form`, where a place's name written
    without its apostrophe comes first (-1) if Chinese text writes the place often enough for jieba's dictionary to
    count it (`zhgloss.segment.bundled_counts`): "Xian" is 西安 Xi'an (2,576) before the surname 冼 Xiǎn (Britannica,
    Xi'an: "also spelled Xian"), "Jian" 吉安 Ji'an (124) before 简, "Luan" 六安 Lu'an (89) before 栾; "Yuan" stays
    the surname 袁 before 裕安 Yu'an, a district jieba does not count. Then the surnames as `surname_rank` orders
    them."""
    if entry.type == "place" and entry.zh and spelt_with_apostrophes(form, query):
        from zhgloss.segment import bundled_counts

        if bundled_counts().get(entry.zh):
            return -1
    return surname_rank(entry, query)


def _spaced_otherwise(query: str, key: Key) -> bool:
    """Tell whether `key` matched `query` only as its letters run together: the form's words end elsewhere.

    Keys ignore spacing, so "Wang Yi" (a person's name, two words) matches NetEase's alias "Wangyi" (a company's
    run-together pinyin), and "Wangyi" the person "Wang Yi". Pinyin is compared a syllable group at a time
    (tone numbers or marks alike: "wang2yi4" is "Wǎngyì" as written, "Wang Yi" is not); a name in the other order
    ("Jun Lei" for "Lei Jun") by its number of words; Chinese has no spaces.
    """
    if key.field == "pinyin":
        return [pinyin_key(word) for word in query.split()] != [pinyin_key(word) for word in key.form.split()]
    if key.field == "reversed":
        return len(en_words(query)) != len(key.form.split() if key.tones else en_words(key.form))
    if key.field not in _LATIN_FIELDS or has_cjk(key.form):
        return False
    return en_words(query) != en_words(key.form) and not spelt_with_apostrophes(key.form, query)


def _written_otherwise(query: str, hit: LookupHit) -> bool:
    """Tell whether the English form `hit` matched is written otherwise than `query` but for case (its punctuation:
    "Washington, D.C." for "Washington D.C."): a tie-break between entries found by the same field, after every
    other rank, so that the entry whose English the query writes exactly comes first (华盛顿特区 "Washington D.C."
    before 华府 "Washington, D.C.", the review's R39-23)."""
    return hit.field in _LATIN_FIELDS and hit.form.casefold() != query.strip().casefold()


COUNTRY_FORMS_PATH = Path(__file__).resolve().parent / "data" / "cedict_country_forms.tsv"


@functools.lru_cache(maxsize=1)
def _register_forms() -> dict[str, frozenset[str]]:
    """zh -> the keys of the English forms data/cedict_country_forms.tsv gives that country (its columns: the
    simplified headword, the form CC-CEDICT writes, the forms, separated by "|", and their source)."""
    forms: dict[str, frozenset[str]] = {}
    for line in COUNTRY_FORMS_PATH.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) == 4 and not line.startswith("#") and cells[0] != "simplified":
            forms[cells[0]] = frozenset(en_key(form) for form in cells[2].split("|"))
    return forms


def register_form(entry: Entry, form: str) -> bool:
    """Tell whether `form` is an English form that a register of countries gives the country `entry` names (the CIA
    World Factbook, UNTERM, the GOV.UK style guide, as data/cedict_country_forms.tsv cites them): 英国 "Britain", 荷兰
    "Netherlands", 基辅 "Kyiv". Such a form is the country's own name, so `lookup` lists that entry before another
    whose English is written the same (不列颠 "Britain", the island and its old name: the review's R49-32)."""
    return entry.zh is not None and en_key(form) in _register_forms().get(entry.zh, frozenset())


def _without_generic(hit: LookupHit, named: str | None) -> float:
    """0.5 for a hit found by the query without its place generic (`without_place_generic`), else 0: a tie-break."""
    found = named is not None and hit.field in ("en", "alias", "variant") and en_words(hit.form) == en_words(named)
    return 0.5 if found else 0.0


def _rank(hits: Iterable[tuple[Entry, Key]], query: str) -> list[LookupHit]:
    """Rank the entries `hits` found for `query`, one hit each (its best key), best first.

    An entry matched by a form written as the query is written, word for word, comes before one matched only with
    its letters run together or split otherwise (`_spaced_otherwise`: "Wang Yi" finds the person Wang Yi before
    NetEase, whose alias is "Wangyi", and "Wangyi" NetEase first); then by the field that matched (FIELD_RANK).
    """
    from zhgloss.store import LookupHit

    toned = not has_cjk(query) and has_tones(query)
    wanted_tones = tone_sequence(query) if toned else ""
    as_written = _marked_letters(query) if toned else ""
    best: dict[str, tuple[tuple[bool, int], LookupHit]] = {}
    order: dict[str, int] = {}
    named = without_place_generic(query)
    written = [en_words(variant) for variant in abbreviation_variants(query)]
    # A hit of the legal-form keys alone (`legal_form_keys`) counts only where nothing else is found, and only for
    # a form that is the query's company with its legal form written otherwise.
    plain = set(_plain_query_keys(query))
    hits = list(hits)
    found = [(e, k) for e, k in hits if not plain.isdisjoint(row_keys(e, k.field, k.form))]
    legal = not found and not has_cjk(query)
    if legal:
        found = [(e, k) for e, k in hits if k.field in _LATIN_FIELDS and _same_company(query, k.form)]
    hits = found
    for entry, key in hits:
        if legal:
            # The form with the query's own legal form first ("Xiaomi Corp": the alias "Xiaomi Corporation" before
            # "Xiaomi"), whatever its field; a legal form is no spacing (`_spaced_otherwise`).
            distance = _legal_distance(query, key.form) or 0
            field_rank = FIELD_RANK[key.field] + distance * len(FIELD_RANK)
            hit = LookupHit(entry, key.field, key.form, reversed=False, spaced_otherwise=False)
            order.setdefault(entry.id, len(order))
            if entry.id not in best or (False, field_rank) < best[entry.id][0]:
                best[entry.id] = ((False, field_rank), hit)
            continue
        # A query with tones ("liu2 qiang2 dong1", "Liú") means pinyin, and its tones must agree; unless it is
        # a form as the entry writes it, accents and all ("José Mujica" is no pinyin).
        if (
            toned
            and (key.tones != wanted_tones or key.field not in ("pinyin", "reversed"))
            and _marked_letters(key.form) != as_written
        ):
            continue
        spaced = _spaced_otherwise(query, key)
        if spaced and named is not None and key.field in ("en", "alias", "variant"):
            # "Sichuan province" for 四川 "Sichuan": the place as typed, its generic aside (`without_place_generic`).
            spaced = en_words(key.form) != en_words(named)
        if spaced and key.field in _LATIN_FIELDS:
            # "Mount Tai" for 泰山 "Mt Tai": the name as typed, its opening word abbreviated (`abbreviation_variants`).
            spaced = en_words(key.form) not in written
        rank = (spaced, FIELD_RANK[key.field])
        hit = LookupHit(entry, key.field, key.form, reversed=key.field == "reversed", spaced_otherwise=spaced)
        order.setdefault(entry.id, len(order))
        if entry.id not in best or rank < best[entry.id][0]:
            best[entry.id] = (rank, hit)
    # Entries found by the same field: the one the form is most likely meant for first (forms.precedence).
    # Asked only where two share a field: its tie-break reads jieba's word counts, which most lookups
    # (one entry found, as 雷军) need not load; sorting is stable, so the rest keep their order.
    # A draft, an entry that gives the form only in a sense labelled slang, derogatory, one region's or old, and a
    # single character come after the plain ones whatever the field (forms.demotion): lookup Korea gives 韩国,
    # whose alias it is, before 棒国 "(derog.) Korea" and 丽, whose English it is.
    if len(best) < 2:
        ranked = list(best.values())
    else:
        # A form written as the query first, whatever else sets an entry back (`_spaced_otherwise`): lookup Taiwan
        # gives 台湾 and its abbreviation 台 before 大环 "Tai Wan".
        # A surname spelt alone ("Ma", "Li") is first the surname's own entry, the commoner first (`surname_rank`),
        # whatever field found it: 马 "surname Ma; abbr. for Malaysia" by its pinyin before 麻 "surname Ma" by its
        # English, and a surname's one character is no abbreviation.
        # Found without the generic typed: after the same form written with it ("Kansas City" 堪萨斯城 before 堪萨斯),
        # before what sets an entry back (川 "abbr. for Sichuan Province" after 四川 "Sichuan" for "Sichuan province").
        # A country's form from its register (`register_form`: 英国 "Britain", 荷兰 "Netherlands") before another
        # entry's own English written so (不列颠 "Britain" the island, 尼德兰 "Netherlands" the Low Countries).
        marked = {
            h.entry.id: demotion(h.entry, h.form) + _without_generic(h, named) - register_form(h.entry, h.form)
            for _, h in best.values()
        }
        if is_surname_query(query):
            for _, h in best.values():
                english = (
                    h.form if h.field in ("en", "alias", "variant") else ""
                )  # no reading: 里昂 Lǐ'áng is no "Liang"
                marked[h.entry.id] += surname_query_rank(h.entry, english, query) * 8
        ranks = [(rank[0], marked[h.entry.id], rank[1]) for rank, h in best.values()]
        if len(set(ranks)) < len(ranks):
            ranked = sorted(
                best.values(),
                key=lambda rh: (
                    rh[0][0],
                    marked[rh[1].entry.id],
                    rh[0][1],
                    _written_otherwise(query, rh[1]),
                    precedence(rh[1].entry),
                    order[rh[1].entry.id],
                ),
            )
        else:  # no two alike: no tie-break to ask (stable sort keeps the rest in order)
            ranked = sorted(best.values(), key=lambda rh: (rh[0][0], marked[rh[1].entry.id], rh[0][1]))
    if any(rank[1] < FIELD_RANK["reversed"] for rank, _ in ranked):
        ranked = [rh for rh in ranked if not rh[1].reversed]
    return [hit for _, hit in ranked]


NOT_THE_SURNAME = 1 << 16
"""`surname_rank` of an entry that is not the surname a query spells: after every one that is."""
_SURNAME_WORD_RE = re.compile(r"\b(?:surname|family name|last name)\b|姓", re.IGNORECASE)
# A sense that is the word alone: "surname", "a surname", "the family name", "姓", "姓氏", "复姓" (a compound one).
_BARE_SURNAME_RE = re.compile(
    r"(?:(?:a|an|the|chinese|common|compound)\s+)*(?:surname|family name|last name)|(?:中国)?[复複]?姓氏?",
    re.IGNORECASE,
)


def is_surname_in_english(entry: Entry) -> bool:
    """Tell whether `entry`, as its English presents it, is a surname: type `surname`, or a note of which one sense
    (the text between semicolons, as an imported CC-CEDICT line's senses stand) says "surname" and holds the entry's
    English form or an alias as a word. CC-CEDICT's 周 "surname Zhou; Zhou Dynasty" (en Zhou) is the surname Zhou;
    梁 "Liang Dynasty (502-557); ...; surname Liang" (en Liang Dynasty) is too, by its alias Liang. 马 "surname Ma;
    abbr. for Malaysia" (en Malaysia, no alias Ma), 福 "Fujian" and 加 "Canada" are entries of another sense whose
    line also lists the surname: shown as "马 Malaysia", such an entry is no answer to "which surname is this".
    `surname_rank` asks less (a note naming a surname anywhere), as a surname typed in letters looks for its
    character, whichever sense its entry shows."""
    return entry.type == "surname" or note_names_surname(entry.note, [entry.en, *entry.aliases])


def note_names_surname(note: str | None, english: Sequence[str | None]) -> bool:
    """Tell whether `note` names its entry a surname: a sense of it (the text between semicolons, ";" or "；") that
    says "surname" ("family name", "last name", 姓) and holds one of the `english` forms as a word, accents and tone
    marks aside (CC-CEDICT's "surname Zhou; Zhou Dynasty" with Zhou, `is_surname_in_english`; a sheet's "surname Yū",
    "family name Yu", "姓 Yu" with Yu), or a sense that is the word alone ("surname", "a surname", "姓", "姓氏").

    The one reader of "this row is a surname" for every import of an untyped row (`zhgloss.formats._fill_pinyin`,
    `zhgloss.formats.tbx.simplified_form`: 於 stays 於, Yū) and for search (`surname_rank`): the s44 review's R44-5,
    whose notes "surname", "a surname", "family name Yu", "姓", "姓氏" and "surname Yū" were read as no surname."""
    if not note or not _SURNAME_WORD_RE.search(note):
        return False
    forms = [fold_letters(form) for form in english if form]
    for sense in re.split(r"[;；]", note):
        if not _SURNAME_WORD_RE.search(sense):
            continue
        if _BARE_SURNAME_RE.fullmatch(sense.strip().rstrip(".。")):
            return True
        words = fold_letters(sense)
        if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", words) for form in forms):
            return True
    return False


def is_surname_query(query: str) -> bool:
    """Tell whether `query` could spell a Chinese surname alone: one word of letters, tone marks allowed, at most 12
    ("Ma", "Lǚ", "Ouyang"). An apostrophe or hyphen parts syllables of a place or given name ("Xi'an" is not Xian).
    Cheap: `surname_rank` (which reads the surname table) is asked only of these."""
    word = query.strip()
    return 0 < len(word) <= 12 and word.isalpha() and not has_cjk(word)


def surname_rank(entry: Entry, query: str) -> int:
    """Return how common a surname `entry` is, if it is the surname `query` spells, else NOT_THE_SURNAME.

    "Ma" alone, in copy or typed in a search box, is the surname Ma: of the entries that write it (麻 "surname Ma",
    马 "surname Ma; abbr. for Malaysia", 马化腾 by his family name), the surname's own entry comes first, and of two
    surnames spelt alike the commoner (马 before 麻, 李 before 里 and 力, 徐 before 许). An entry is the surname's own
    when its Chinese is a surname of `zhgloss.pinyin.surnames` read as `query` spells it (any of its readings, tones
    ignored) and it says it is one (type `surname`, or a note that names it a surname: CC-CEDICT's "surname Zhou;
    Zhou Dynasty" is one entry). Commoner is earlier in surnames.tsv: its curated rows follow the Ministry of Public
    Security's ranking (王 李 张 刘 陈 ...), the 百家姓 and registers' rows come after them.
    """
    zh = entry.zh
    if not zh or len(zh) > 2 or not is_surname_query(query):
        return NOT_THE_SURNAME
    if entry.type != "surname" and not (entry.note and _SURNAME_WORD_RE.search(entry.note)):
        return NOT_THE_SURNAME
    found = _surname_ranks().get(zh)
    if found is None or pinyin_key(query) not in found[1]:
        return NOT_THE_SURNAME
    return found[0]


@functools.cache
def _surname_ranks() -> dict[str, tuple[int, frozenset[str]]]:
    """Each surname of `zhgloss.pinyin.surnames` (simplified and traditional): its place in the table, and its
    readings' toneless keys ("ma")."""
    from zhgloss.pinyin import surnames

    out: dict[str, tuple[int, frozenset[str]]] = {}
    places: dict[str, int] = {}
    for form, surname in surnames().items():
        place = places.setdefault(surname.zh, len(places))
        out[form] = (place, frozenset(pinyin_key(reading) for reading in surname.readings))
    return out


def lookup_in(entries: Iterable[Entry], query: str) -> list[LookupHit]:
    """Look `query` up among `entries` without an index (for small, in-memory glossaries)."""
    entries = list(entries)
    wanted = set(query_keys(query))
    hits = _rank(((e, k) for e in entries for k in iter_keys(e) if k.key in wanted), query)
    simplified = _as_simplified(query) if not hits else None
    return lookup_in(entries, simplified) if simplified else hits


def _as_simplified(query: str) -> str | None:
    """Return a Chinese query that mixes the scripts in simplified characters, or None if that changes nothing.

    Copy writes a traditional name with a character shared by both scripts or with its common variant (劉强東:
    强 is the variant of 強 Taiwan writes too), which matches neither the entry's simplified nor its traditional
    form as written; read all in simplified (`convert.name_to_simplified`), it matches 刘强东.
    """
    if not has_cjk(query):
        return None
    from zhgloss.convert import name_to_simplified

    simplified = name_to_simplified(query)
    return simplified if simplified != query else None


class KeyColumns(NamedTuple):
    """The keys of many entries as columns: row n is `Key(key[n], FIELDS[field[n]], form[n], tones[n])` of
    the entry at position `pos[n]`; `order` lists the rows as `iter_keys` yields them, entry by entry."""

    key: list[str]
    pos: list[int]
    field: list[int]
    form: list[str]
    tones: list[str]
    order: list[int]
    place: list[int]
    """Where each row comes in `iter_keys`' order (`_place`): its entry, the part of iter_keys, its turn there."""


def _place(pos: int, phase: int, turn: int = 0) -> int:
    """A key's place in `iter_keys`' order: its entry, then the part of iter_keys that yields it, then its turn."""
    return (pos << 32) | (phase << 24) | turn


class _Forms:
    """Forms of one kind gathered from many entries, to be keyed in one call: each with its entry,
    field, the text keyed (a variant's spelling, else the form) and its place (`_place`)."""

    def __init__(
        self, pos: list[int], field: list[int], form: list[str], seq: list[int], text: list[str] | None = None
    ):
        self.pos, self.field, self.form, self.seq = pos, field, form, seq
        self.text = form if text is None else text

    def only(self, rows: Iterable[int], seq_step: int = 0) -> _Forms:
        """The forms at `rows`, their places moved by `seq_step`."""
        rows = list(rows)
        seqs = list(map(self.seq.__getitem__, rows))
        return _Forms(
            list(map(self.pos.__getitem__, rows)),
            list(map(self.field.__getitem__, rows)),
            list(map(self.form.__getitem__, rows)),
            list(map(operator.add, seqs, itertools.repeat(seq_step))) if seq_step else seqs,
            list(map(self.text.__getitem__, rows)),
        )

    def kept(self, keep: list[bool]) -> _Forms:
        """The forms where `keep` is true, in order."""
        return _Forms(
            list(itertools.compress(self.pos, keep)),
            list(itertools.compress(self.field, keep)),
            list(itertools.compress(self.form, keep)),
            list(itertools.compress(self.seq, keep)),
            list(itertools.compress(self.text, keep)),
        )


def key_columns(entries: Sequence[Entry], converted: Mapping[str, tuple[str, ...]]) -> KeyColumns:
    """Return every key of `entries` (as `iter_keys` with `converted` yields them), computed a column at a time.

    Each kind of form (Chinese forms, English forms, pinyin, ...) is gathered from all entries and
    keyed in one call of `zhgloss.script`'s column functions; `order` puts the rows back in the
    order `iter_keys` yields them. A test holds the two equal on CC-CEDICT and the bundled glossary.
    """
    from zhgloss.model import variant_texts
    from zhgloss.script import cjk_lines, en_keys, pinyin_keys, tone_sequences, zh_keys

    entries = entry_columns(entries)  # a glossary's own (`Glossary.entry_columns`): no entry built for them
    zhs, zh_hants, zh_aliases, ens, aliases = (
        entries.zh,
        entries.zh_hant,
        entries.zh_aliases,
        entries.en,
        entries.aliases,
    )
    columns = KeyColumns([], [], [], [], [], [], [])
    seqs = columns.place
    seq = _place
    zh, zh_hant, zh_alias, en, alias, variant, pinyin = (
        FIELD_RANK[f] for f in ("zh", "zh_hant", "zh_alias", "en", "alias", "variant", "pinyin")
    )

    def add(keys: list[str], forms: _Forms, tones: list[str] | None = None, *, skip_empty: bool = False) -> None:
        if skip_empty and not all(keys):
            keep = list(map(bool, keys))
            keys, forms = list(filter(None, keys)), forms.kept(keep)
            tones = None if tones is None else list(itertools.compress(tones, keep))
        columns.key.extend(keys)
        columns.pos.extend(forms.pos)
        columns.field.extend(forms.field)
        columns.form.extend(forms.form)
        columns.tones.extend([""] * len(keys) if tones is None else tones)
        seqs.extend(forms.seq)

    # zh, zh_hant and the Chinese aliases, by zh_key; without CJK (stock codes, "WPS") by en_key too.
    # The places of the many rows (`_place`) written out: a call per row cost ~0.1 s at 10^5 entries.
    # zh and zh_hant a column at a time; then, entry by entry, each entry's in its order (one stable sort by place).
    stored = [list(itertools.compress(range(len(zhs)), zhs)), list(itertools.compress(range(len(zh_hants)), zh_hants))]
    rows = [
        (pos, zh_alias, a, pos << 32 | 2 << 24 | 2 * turn)  # _place(pos, 2, 2 * turn)
        for pos, forms in enumerate(zh_aliases)
        if forms
        for turn, a in enumerate(forms)
        if a
    ]
    positions = [*stored[0], *stored[1], *map(operator.itemgetter(0), rows)]
    places = [
        *map(operator.lshift, stored[0], itertools.repeat(32)),
        *map(operator.or_, map(operator.lshift, stored[1], itertools.repeat(32)), itertools.repeat(1 << 24)),
        *map(operator.itemgetter(3), rows),
    ]
    fields = [
        *itertools.repeat(zh, len(stored[0])),
        *itertools.repeat(zh_hant, len(stored[1])),
        *[zh_alias] * len(rows),
    ]
    texts = [
        *map(zhs.__getitem__, stored[0]),
        *map(zh_hants.__getitem__, stored[1]),
        *map(operator.itemgetter(2), rows),
    ]
    chinese = _Forms(positions, fields, texts, places).only(_stable_order(places))
    add(zh_keys(chinese.form), chinese)
    with_cjk = cjk_lines(chinese.form)
    latin = chinese.only(sorted(set(range(len(chinese.form))).difference(with_cjk)), seq_step=1)
    add(en_keys(latin.form), latin)
    # The traditional spellings of the simplified forms (zh, Chinese aliases) that the entry does not store.
    traditional = _Forms([], [], [], [])
    turns: dict[int, int] = {}
    # Only simplified forms (not zh_hant) that conversion changes: a column pass finds them (~half of them).
    simplified = [n for n in sorted(with_cjk) if chinese.field[n] != zh_hant]
    spellings = list(map(converted.__getitem__, map(chinese.form.__getitem__, simplified)))
    for n, variants in itertools.compress(zip(simplified, spellings, strict=True), spellings):
        pos, field = chinese.pos[n], chinese.field[n]
        for spelling in variants:
            # A spelling among the entry's own forms (zh_forms) is keyed already.
            if spelling != zh_hants[pos] and spelling != zhs[pos] and spelling not in zh_aliases[pos]:
                turns[pos] = turns.get(pos, -1) + 1
                traditional.pos.append(pos)
                traditional.field.append(zh_hant if field == zh else zh_alias)
                traditional.form.append(spelling)
                traditional.seq.append(seq(pos, 3, turns[pos]))
    add(zh_keys(traditional.form), traditional)
    # The English form, the aliases, and the variant spellings (zhgloss.forms: "Lyu Bu" for "Lü Bu").
    everyone = range(len(entries))
    english = _Forms(list(everyone), [en] * len(entries), ens, _places_of(everyone, 4))
    alias_rows = [
        (pos, a, pos << 32 | 5 << 24 | turn)  # _place(pos, 5, turn), written out
        for pos, forms in enumerate(aliases)
        if forms
        for turn, a in enumerate(forms)
    ]
    variant_rows = []
    last, turn = -1, 0
    # Entry by entry, each entry's in order; worked out once per glossary version for every cache that reads them.
    for pos, rendering in variant_texts(entries):
        turn = turn + 1 if pos == last else 0
        last = pos
        variant_rows.append((pos, rendering.form, rendering.text, seq(pos, 6, turn)))
    for group in (
        english,
        _Forms(
            [a[0] for a in alias_rows],
            [alias] * len(alias_rows),
            [a[1] for a in alias_rows],
            [a[2] for a in alias_rows],
        ),
    ):
        add(en_keys(group.text), group, skip_empty=True)  # an English form without letters has no key
    spelt = _Forms(
        [v[0] for v in variant_rows],
        [variant] * len(variant_rows),
        [v[1] for v in variant_rows],
        [v[3] for v in variant_rows],
        [v[2] for v in variant_rows],
    )
    add(en_keys(spelt.text), spelt, skip_empty=True)
    pinyins = entries.pinyin
    with_pinyin = list(itertools.compress(range(len(pinyins)), pinyins))
    toned = _Forms(
        with_pinyin,
        [pinyin] * len(with_pinyin),
        list(itertools.compress(pinyins, pinyins)),  # type: ignore[arg-type]  # no None: the empty ones are left out
        _places_of(with_pinyin, 7),
    )
    add(pinyin_keys(toned.form), toned, tone_sequences(toned.form))
    # A person's two-word names the other way round: few entries, keyed one at a time.
    people = itertools.compress(range(len(entries)), map("person".__eq__, entries.type))
    flipped = [
        (pos, turn, key)
        for pos in people
        for turn, key in enumerate(_reversed_keys_of(ens[pos], aliases[pos], pinyins[pos]))
    ]
    add(
        [key.key for _, _, key in flipped],
        _Forms(
            [pos for pos, _, _ in flipped],
            [FIELD_RANK["reversed"]] * len(flipped),
            [key.form for _, _, key in flipped],
            [seq(pos, 8, turn) for pos, turn, _ in flipped],
        ),
        [key.tones for _, _, key in flipped],
    )
    return columns._replace(order=_stable_order(seqs))


def _places_of(positions: Iterable[int], phase: int) -> list[int]:
    """`_place(pos, phase)` of each of `positions` (turn 0), a column at a time."""
    return list(map(operator.or_, map(operator.lshift, positions, itertools.repeat(32)), itertools.repeat(phase << 24)))


def _stable_order(numbers: list[int]) -> list[int]:
    """`sorted(range(len(numbers)), key=numbers.__getitem__)`, by numpy (~450,000 rows at 10^5 entries; a build's)."""
    import numpy as np

    return np.argsort(np.fromiter(numbers, np.int64, len(numbers)), kind="stable").tolist()  # type: ignore[no-any-return]


_NUMPY_TYPES = {"H": "=u2", "I": "=u4", "q": "=i8"}
"""numpy's names of the `array` type codes the index stores offsets and lengths in (native byte order, as `array`'s)."""

_EXTRA = 255
"""The slot of a row whose form is not one of its entry's own (a traditional spelling made by conversion)."""
_FORMS_BEFORE_ZH_ALIASES = 2


def entry_forms(entry: Entry) -> tuple[str | None, ...]:
    """The forms a row of the index names by number (its slot): zh, zh_hant, Chinese aliases, en, aliases, pinyin."""
    return (entry.zh, entry.zh_hant, *entry.zh_aliases, entry.en, *entry.aliases, entry.pinyin)


def _slot(entry: Entry, place: int, form: str) -> int:
    """The slot in `entry_forms(entry)` of a row's `form`, from the row's `place` (`_place`); _EXTRA if it has none."""
    phase, turn = (place >> 24) & 0xFF, place & 0xFFFFFF
    zh_aliases = len(entry.zh_aliases)
    en_slot = _FORMS_BEFORE_ZH_ALIASES + zh_aliases
    if phase < 2:  # zh, zh_hant
        slot = phase
    elif phase == 2:  # a Chinese alias: turns 2n (its Chinese key) and 2n + 1 (its English one)
        slot = _FORMS_BEFORE_ZH_ALIASES + turn // 2
    elif phase == 3:  # converted: no slot
        return _EXTRA
    elif phase == 4:
        slot = en_slot
    elif phase == 5:
        slot = en_slot + 1 + turn
    elif form == entry.en:  # variants and reversed names spell out en, an alias or the pinyin
        slot = en_slot
    elif form == entry.pinyin and form not in entry.aliases:
        slot = en_slot + 1 + len(entry.aliases)
    else:
        slot = en_slot + 1 + entry.aliases.index(form)
    return slot if slot < _EXTRA else _EXTRA


def _slots(entries: Sequence[Entry], pos: npt.NDArray[Any], places: npt.NDArray[Any], forms: Sequence[str]) -> Any:
    """`_slot` of each row (its entry's position, place and form): by arithmetic on the place, a column at a time.

    `pos` and `places`: the rows' entry positions and places (`_place`), numpy arrays of ints; returns a numpy
    array of the slots (uint8). Only variants and reversed names (phases 6 and 8: a few rows) need their form
    compared, by `_slot`. A loop of `_slot` calls over the ~450,000 rows of 100,000 entries took ~0.4 s.
    """
    import numpy as np

    entries = entry_columns(entries)
    counted = len(entries)
    en_slots = _FORMS_BEFORE_ZH_ALIASES + np.fromiter(map(len, entries.zh_aliases), np.int64, counted)
    pinyin_slots = en_slots + 1 + np.fromiter(map(len, entries.aliases), np.int64, counted)
    phases = (places >> 24) & 0xFF
    turns = places & 0xFFFFFF
    slots = np.full(len(places), -1, np.int64)
    for phase, value in (
        (0, 0),
        (1, 1),
        (4, en_slots[pos]),
        (7, pinyin_slots[pos]),
        (2, _FORMS_BEFORE_ZH_ALIASES + turns // 2),
        (5, en_slots[pos] + 1 + turns),
        (3, _EXTRA),
    ):
        where = phases == phase
        slots[where] = value if isinstance(value, int) else value[where]
    for row in np.flatnonzero(slots < 0).tolist():
        slots[row] = _slot(entries[int(pos[row])], int(places[row]), forms[row])
    return np.minimum(slots, _EXTRA).astype(np.uint8)


def _flipped(entry: Entry, form: str) -> tuple[str, bool] | None:
    """A two-word `form` of `entry` the other way round, and whether it is the pinyin (as `_reversed_keys` flips it)."""
    is_pinyin = form == entry.pinyin
    words = form.split() if is_pinyin else en_words(form)
    return (f"{words[1]} {words[0]}", is_pinyin) if len(words) == 2 else None


def row_keys(entry: Entry, field: str, form: str) -> tuple[str, ...]:
    """The keys `iter_keys(entry)` gives a row of `field` and `form`: what a row found by its key's hash must match."""
    if field in ("zh", "zh_hant", "zh_alias"):
        return (zh_key(form),) if has_cjk(form) else (zh_key(form), en_key(form))
    if field in ("en", "alias"):
        return (en_key(form),)
    if field == "variant":
        return tuple(en_key(r.text) for r in variant_texts(entry) if r.form == form)
    if field == "pinyin":
        return (pinyin_key(form),)
    flipped = _flipped(entry, form)
    if flipped is None:
        return ()
    return (pinyin_key(flipped[0]) if flipped[1] else en_key(flipped[0]),)


def row_tones(entry: Entry, field: str, form: str) -> str:
    """The tones `iter_keys(entry)` gives a row of `field` and `form` ("" but for the pinyin, straight or reversed)."""
    if field == "pinyin":
        return tone_sequence(form)
    if field == "reversed" and (flipped := _flipped(entry, form)) is not None and flipped[1]:
        return tone_sequence(flipped[0])
    return ""


def key_hash(key: str) -> int:
    """The HASH_BITS-bit hash a key is found by in the index (the top bits of the CRC-32 of its UTF-8: stable across
    runs and machines)."""
    return zlib.crc32(key.encode()) >> (32 - HASH_BITS)


class LookupIndex:
    """The lookup index of a glossary file: a hash of each key with its row, sorted, read in place.

    Nothing the glossary file holds is copied into the index: a row names its entry (by position;
    the index keeps where each entry is written in the file, `zhgloss.store.Glossary.entry_spans`),
    its field and which of the entry's forms it is (a slot of `entry_forms`). A lookup hashes its
    keys, finds their rows by binary search, reads those entries from the memory-mapped file and
    keeps the rows whose keys, computed again from the entry, are the query's: a hash shared by
    two keys costs a look, never a wrong hit. Entries are found by id through a list of their
    positions sorted by id. 100k entries: ~5.3 MB, against 24 MB with the keys and forms written out.
    """

    def __init__(self, blob: bytes | memoryview, glossary_file: bytes | memoryview = b"") -> None:
        """Open the index in `blob` (`to_bytes`' layout, maybe memory-mapped), reading entries from `glossary_file`.

        Raise ValueError if `blob` is not such an index or is cut short.
        """
        from zhgloss.packed import Layout

        layout = Layout(blob, MAGIC)
        if not isinstance(layout.header, tuple) or len(layout.header) != 5 or layout.header[0] != INDEX_FORMAT:
            raise ValueError(f"not of format {INDEX_FORMAT}")
        _, self._count, spanned, lengths, self._low = layout.header
        if not (isinstance(self._low, int) and MIN_LOW_BITS <= self._low <= HASH_BITS):
            raise ValueError(f"hashes split at bit {self._low!r}")
        self._hash_starts, self._hash_rows = layout.section("hash_starts", "i"), layout.section("hash_rows", "i")
        self._hash_lows = layout.section("hash_lows", "H" if self._low <= 16 else "I")
        self._entry_rows, self._row_field = layout.section("entry_rows", "i"), layout.section("row_field")
        self._row_slot = layout.section("row_slot")
        self._extra_rows, self._extra_forms = layout.section("extra_rows", "i"), layout.packed("extra_forms")
        self._id_order = layout.section("id_order", "i")
        self._referred = layout.postings("refers_to")
        self._source = glossary_file
        self._rebuilt: Callable[[], LookupIndex] | None = None
        if spanned:
            if spanned not in ("I", "q") or lengths not in ("H", spanned):
                raise ValueError(f"entry offsets of type {spanned!r}, lengths of type {lengths!r}")
            self._starts, self._lengths = layout.section("doc_starts", spanned), layout.section("doc_lengths", lengths)
            self._docs = None
        else:
            self._docs = layout.packed("docs")
        rows = len(self._hash_lows)
        if not len(self._hash_rows) == len(self._row_field) == len(self._row_slot) == rows:
            raise ValueError("rows of unequal length")
        starts = self._hash_starts
        if len(starts) != (1 << (HASH_BITS - self._low)) + 1 or starts[0] != 0 or starts[-1] != rows:
            raise ValueError("hash starts of another count than the rows")
        if len(self._entry_rows) != self._count + 1 or self._entry_rows[0] != 0 or self._entry_rows[-1] != rows:
            raise ValueError("entries' rows of another count than the rows")
        if len(self._extra_rows) != len(self._extra_forms) or len(self._id_order) != self._count:
            raise ValueError("tables of another length than their rows")
        if self._docs is None and not len(self._starts) == len(self._lengths) == self._count:
            raise ValueError("spans of another count than the entries")

    @staticmethod
    def build(entries: Sequence[Entry], spans: Sequence[tuple[int, int]] | None) -> bytes:
        """Return the index of `entries` as bytes; with `spans` (their places in the glossary file) it holds no copy.

        Raise ValueError if two entries have the same id.
        """
        import orjson

        from zhgloss.packed import Sections

        entries = entry_columns(entries)  # a glossary's own (`Glossary.entry_columns`): no entry built for them
        ids = entries.id
        if len(set(ids)) != len(ids):
            seen: set[str] = set()
            twice = next(i for i in ids if i in seen or seen.add(i))  # type: ignore[func-returns-value]
            raise ValueError(f"two entries have the id {twice!r}")
        # The rows' numbers are sorted, searched and packed by numpy (imported by the build alone: a lookup that
        # reads a built index never does); the keys and forms stay Python strings.
        import numpy as np

        columns = key_columns(entries, _converted_forms(entries))
        count = len(columns.order)
        order = np.fromiter(columns.order, np.int64, count)
        pos = np.fromiter(columns.pos, np.int64, count)[order]
        forms = list(map(columns.form.__getitem__, columns.order))
        slots = _slots(entries, pos, np.fromiter(columns.place, np.int64, count)[order], forms)
        crcs = map(zlib.crc32, map(str.encode, map(columns.key.__getitem__, columns.order)))
        hashes = np.fromiter(crcs, np.int64, count) >> (32 - HASH_BITS)  # key_hash of each row
        by_hash = np.argsort(hashes, kind="stable")  # stable: rows of one hash in order
        sections = Sections()
        # The sorted hashes in two levels: where the rows of each value of their top bits start (64 KB),
        # and the low bits of each (`_low_bits`: 2 bytes a row instead of 4 in a big index).
        ordered = hashes[by_hash]
        low = _low_bits(count)
        tops = np.arange(0, 1 << HASH_BITS | 1, 1 << low)
        sections.add("hash_starts", np.searchsorted(ordered, tops).astype(np.intc).tobytes())
        lows = ordered & ((1 << low) - 1)
        sections.add("hash_lows", lows.astype(np.ushort if low <= 16 else np.uintc).tobytes())
        sections.add("hash_rows", by_hash.astype(np.intc).tobytes())
        # The rows themselves in iter_keys' order, entry by entry: a lookup sorts its hits back by row. Where
        # each entry's rows start (and the end), not each row's entry: 4 bytes an entry, not 4 a row.
        first_rows = np.searchsorted(pos, np.arange(len(entries) + 1))
        sections.add("entry_rows", first_rows.astype(np.intc).tobytes())
        sections.add("row_field", np.fromiter(columns.field, np.uint8, count)[order].tobytes())
        sections.add("row_slot", slots.tobytes())
        extra = np.flatnonzero(slots == _EXTRA)
        sections.add("extra_rows", extra.astype(np.intc).tobytes())
        sections.add_packed("extra_forms", map(forms.__getitem__, extra.tolist()))
        sections.add("id_order", array("i", sorted(range(len(ids)), key=ids.__getitem__)).tobytes())
        referred: dict[str, list[int]] = {}
        refers = entries.refers_to
        for at in itertools.compress(range(len(refers)), refers):  # few entries refer to another
            target = refers[at]
            if target:
                referred.setdefault(target, []).append(at)
        sections.add_postings("refers_to", referred)
        code = ""  # the array type of the entries' offsets in the glossary file; "": the entries are copied in
        length_code = ""  # and of their lengths
        if spans is not None:
            if len(spans) != len(entries):
                raise ValueError(f"{len(spans)} entry spans for {len(entries)} entries")
            bounds = np.array(spans, dtype=np.int64).reshape(len(spans), 2)  # (start, end) a row
            ends = bounds[:, 1]
            code = "I" if not len(ends) or ends.max() < 2**32 else "q"  # a glossary file under 4 GB: half the size
            lengths = ends - bounds[:, 0]
            length_code = "H" if not len(lengths) or lengths.max() < 2**16 else code  # an entry under 64 KB: 2 bytes
            sections.add("doc_starts", bounds[:, 0].astype(_NUMPY_TYPES[code]).tobytes())
            sections.add("doc_lengths", lengths.astype(_NUMPY_TYPES[length_code]).tobytes())
        else:
            sections.add_packed("docs", (orjson.dumps(entry.to_dict()).decode() for entry in entries))
        return sections.to_bytes(MAGIC, (INDEX_FORMAT, len(entries), code, length_code, low))

    @classmethod
    def for_glossary(cls, glossary: Glossary) -> LookupIndex:
        """Open the index of `glossary`'s file, (re)building it if it is missing, stale or damaged.

        Raise GlossaryFileError if the file cannot be read, keeps changing while it is indexed, or
        has two entries with one id.
        """
        from zhgloss.cache import drop_cached, load_cached_with_source

        assert glossary.path is not None
        path = glossary.path

        def build() -> bytes:
            entries = glossary.entry_columns()
            try:
                return cls.build(entries, glossary.entry_spans(entries))
            except ValueError as exc:
                raise GlossaryFileError(path, str(exc)) from None

        def rebuilt() -> LookupIndex:
            drop_cached(path, INDEX_FORMAT)
            return cls(*load_cached_with_source(path, INDEX_FORMAT, build))

        try:
            index = cls(*load_cached_with_source(path, INDEX_FORMAT, build))
        except ValueError:  # a damaged cache file (its identity line intact): built again
            index = rebuilt()
        index._rebuilt = rebuilt
        return index

    def _document(self, pos: int) -> bytes:
        """The JSON of the entry at `pos`; raise ValueError if the index points at no entry: it is damaged."""
        if not 0 <= pos < self._count:
            raise ValueError("a row points past the entries")
        if self._docs is not None:
            return self._docs.raw(pos)
        start = self._starts[pos]
        stop = start + self._lengths[pos]
        if not 0 <= start <= stop <= len(self._source):
            raise ValueError("an entry lies outside the glossary file")
        return bytes(self._source[start:stop])

    def _entry(self, pos: int) -> Entry:
        """The entry at `pos`; raise ValueError (or IndexError) if the index points at no entry: it is damaged."""
        return Entry.from_dict(json.loads(self._document(pos)))

    def _form(self, row: int, entry: Entry) -> str:
        """The form of `row`, an entry's own (by its slot) or one of the index's (`extra_forms`)."""
        slot = self._row_slot[row]
        if slot != _EXTRA:
            form = entry_forms(entry)[slot]
            if form is None:
                raise ValueError("a row names a form its entry lacks")
            return form
        at = bisect_left(self._extra_rows, row)
        if at == len(self._extra_rows) or self._extra_rows[at] != row:
            raise ValueError("a row's form is missing")
        return self._extra_forms[at]

    def _read(self, read: Callable[[LookupIndex], _T]) -> _T:
        """Return `read(self)`; if the index proves damaged, `read` of the index built again.

        A cache file damaged past its header (a disk error, a hand edit) shows only when read: a row
        pointing at no entry, field or form, or at bytes that are no entry.
        """
        try:
            return read(self)
        except (ValueError, IndexError, UnicodeDecodeError, TypeError, KeyError):
            if self._rebuilt is None:
                raise GlossaryFileError("<lookup index>", "damaged; delete it to build it again") from None
            self.__dict__.update(self._rebuilt().__dict__)  # once: the glossary keeps this object
            return read(self)

    def find_by_id(self, entry_id: str) -> Entry | None:
        """Return the entry with id `entry_id`, or None."""
        return self._read(lambda index: index._find_by_id(entry_id))

    def _find_by_id(self, entry_id: str) -> Entry | None:
        # A binary search over the entries in id order, each id read from the entry itself (a few, ~17 at 10^5).
        low, high = 0, self._count
        while low < high:
            middle = (low + high) // 2
            if json.loads(self._document(self._id_order[middle]))["id"] < entry_id:
                low = middle + 1
            else:
                high = middle
        if low == self._count:
            return None
        entry = self._entry(self._id_order[low])
        return entry if entry.id == entry_id else None

    def referring_to(self, entry_id: str) -> list[Entry]:
        """Return the entries (nicknames, stock codes) whose refers_to is `entry_id`."""
        return self._read(lambda index: [index._entry(pos) for pos in index._referred.get(entry_id, index._count)])

    def lookup(self, query: str) -> list[LookupHit]:
        """Return the entries `query` names exactly, best first (see `Glossary.lookup`); a Chinese query that
        finds nothing as written is looked up in simplified characters (`_as_simplified`: 劉强東 finds 刘强东)."""
        hits = _rank(self._read(lambda index: index._hits(query)), query)
        simplified = _as_simplified(query) if not hits else None
        return self.lookup(simplified) if simplified else hits

    def _hits(self, query: str) -> list[tuple[Entry, Key]]:
        rows: dict[int, str] = {}
        for key in query_keys(query):
            wanted = key_hash(key)
            top, bottom = wanted >> self._low, wanted & ((1 << self._low) - 1)
            start, end = self._hash_starts[top], self._hash_starts[top + 1]
            if not 0 <= start <= end <= len(self._hash_lows):
                raise ValueError("a hash's rows lie outside the table")
            low = bisect_left(self._hash_lows, bottom, start, end)
            for at in range(low, bisect_right(self._hash_lows, bottom, low, end)):
                rows.setdefault(self._hash_rows[at], key)
        entries: dict[int, Entry] = {}
        hits = []
        for row in sorted(rows):  # rows are stored entry by entry, in iter_keys' order
            pos = bisect_right(self._entry_rows, row) - 1
            entry = entries.get(pos)
            if entry is None:
                entry = entries[pos] = self._entry(pos)
            field = FIELDS[self._row_field[row]]
            form = self._form(row, entry)
            if rows[row] in row_keys(entry, field, form):  # not merely a key of the same hash
                hits.append((entry, Key("", field, form, row_tones(entry, field, form))))
        return hits

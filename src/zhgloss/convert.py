"""Simplified <-> traditional Chinese with OpenCC.

OpenCC is imported inside the functions (its dictionaries take a moment to load
and most commands never convert). Converters are built once per configuration.
A short text in which none of OpenCC's phrase rules can apply (most names) is
converted from zhgloss.opencc_table, which gives OpenCC's own output without loading
its phrase dictionaries (s2hk's cost more than the rest of `zhgloss add`).

Which traditional standard to write: OpenCC's plain ``s2t`` writes the Kangxi
standard forms (爲, 裏) that neither Hong Kong nor Taiwan papers print; ``s2twp``
also swaps vocabulary (软件 -> 軟體, 高端 -> 高階), which is translation, not a script
conversion. Measured on the bundled glossary (66 entries with both forms):
s2hk 66/66 and s2tw 66/66 agree with the stored zh_hant, s2t 65 (順勢而爲) and
s2twp 63. zhgloss writes ``s2tw`` (為, 軟件, and the standard shapes 閱, 說, 銳, 悅, 稅, 衛, 啟; 台 kept),
and accepts every configuration's output when it checks a stored form. It wrote ``s2hk``
until the thirty-fifth session, whose Hong Kong shapes (閲, 説, 鋭, 悦, 税, 衞, 啓) Taiwan
copy, CC-CEDICT and Wikipedia do not write (U35-8, U35-9: 趙閲 failed zhgloss's own
Japanese-forms check). On the CC-CEDICT names glossary, CC-CEDICT's traditional headword
is zhgloss's (s2tw, 台 kept: `KEPT_AS_TYPED`) for 12,065 of 12,272 names that are no
person's (s2hk's for 11,885, s2tw's alone 12,038), and `name_to_traditional`'s for 2,640 of
2,675 persons (2,618 with s2hk).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, filterfalse
from operator import and_, eq, itemgetter, methodcaller, not_
from pathlib import Path
from typing import Any, Literal

from zhgloss.errors import ConversionError

Config = Literal["s2t", "s2hk", "s2tw", "s2twp", "t2s"]

TRADITIONAL_CONFIG: Config = "s2tw"
"""The configuration zhgloss uses to fill in traditional forms (Taiwan's standard shapes: see above)."""

TRADITIONAL_CONFIGS: tuple[Config, ...] = ("s2tw", "s2hk", "s2t", "s2twp")
"""Every configuration whose output counts as a correct traditional form."""


@lru_cache(maxsize=8)
def _converter(config: str) -> Any:
    """OpenCC's converter of `config` ("s2hk", "t2s" ...), read from the installed opencc package by its absolute
    path. The package's OpenCC(name) looks for "NAME.json" in the working folder first, so a glossary or any file of
    that name there (s2hk.json) was read as OpenCC's configuration and crashed it (user's U30-18): only the
    package's own data is read. Raises ConversionError where the package has no such configuration or cannot read it.
    """
    import opencc

    path = _config_path(opencc, config)
    try:
        return opencc.OpenCC(str(path))
    except RuntimeError as exc:  # OpenCC's C++ errors surface as RuntimeError
        raise ConversionError(f"OpenCC cannot read its configuration {str(path)!r} ({exc}); reinstall opencc") from None


def _config_path(opencc: Any, config: str) -> Path:
    """The absolute path of OpenCC configuration `config` in the installed package `opencc` (its share folder, or
    the data/config folder of a source build); ConversionError where neither holds it."""
    package = Path(opencc.__file__).resolve().parent
    for folder in (package / "clib" / "share" / "opencc", package.parent.parent / "data" / "config"):
        path = folder / f"{config}.json"
        if path.is_file():
            return path
    raise ConversionError(f"the opencc package has no configuration {config!r} in {str(package)!r}; reinstall opencc")


@lru_cache(maxsize=4096)
def _convert(text: str, config: Config) -> str:
    """Convert `text` with OpenCC `config`: from the character table where it provably agrees, else OpenCC itself.

    Remembered: validate converts an entry's forms again in each check (zh to traditional for zh_hant, each form to
    simplified for its readings: 57,447 conversions of 32,031 texts on a 14,934-entry glossary), and the table's
    phrase scan is most of validate's time."""
    from zhgloss.opencc_table import convert

    converted = convert(text, config)
    return str(_converter(config).convert(text)) if converted is None else converted


def to_simplified(text: str) -> str:
    """Convert `text` to simplified characters (OpenCC t2s); simplified text comes back unchanged. A Japanese-only
    form is written as the Chinese character it stands for first (`chinese_of_japanese`: 黒澤明 -> 黑泽明), and a Hong
    Kong form t2s does not know as OpenCC's hk2s writes it or as its one standard Unihan variant gives it
    (`regional_simplified`: 衞生署 -> 卫生署, 香港廸士尼樂園 -> 香港迪士尼乐园, 郭基煇 -> 郭基辉), and a character t2s
    would write beyond the BMP with a character of no standard is kept as typed (`regional_kept`). Every way a
    Chinese form comes in (add, edit, the imports, lookup, annotate, validate) simplifies through this one function."""
    text = chinese_of_japanese(text)
    if _regional_characters().isdisjoint(text):  # one set test: most text holds none of the table's characters
        return _convert(text, "t2s")
    text = text.translate(_regional_table())
    converted = _convert(text, "t2s")
    kept = regional_kept()
    if not kept.isdisjoint(text) and len(converted) == len(text):
        # A character t2s writes beyond the BMP with a character of no standard: kept as typed.
        converted = "".join(char if char in kept else new for char, new in zip(text, converted, strict=True))
    return converted


@lru_cache(maxsize=1)
def _regional_characters() -> frozenset[str]:
    """Every character of data/regional_simplified.tsv (`regional_sources`): folded or kept."""
    return frozenset(regional_sources())


REGIONAL_SIMPLIFIED_PATH = Path(__file__).resolve().parent / "data" / "regional_simplified.tsv"


@lru_cache(maxsize=1)
def regional_simplified() -> dict[str, str]:
    """Return the Hong Kong character forms OpenCC's t2s leaves as they are, each with its simplified form.

    {"衞": "卫", "敍": "叙", "枱": "台", "廸": "迪", "煇": "辉", ...}: OpenCC's hk2s folds the first kind
    (HKVariantsRev) before simplifying; t2s does not, so 衞生署 (the Hong Kong government's form) stayed 衞生署 in
    simplified text (U36-25). The second kind are Hong Kong characters whose Unihan semantic variants give one
    character of the 通用规范汉字表 where t2s gives none (廸, R37-21; 煇, which t2s writes 𪸩, U37-21). Read from
    data/regional_simplified.tsv (scripts/build_regional_simplified.py).
    """
    return {char: simplified for char, (simplified, source) in regional_sources().items() if source != "kept"}


@lru_cache(maxsize=1)
def regional_kept() -> frozenset[str]:
    """Return the characters t2s writes beyond the BMP as a character outside the 通用规范汉字表, which simplified text
    keeps as typed (data/regional_simplified.tsv's `kept` rows: no input method offers the other)."""
    return frozenset(char for char, (_, source) in regional_sources().items() if source == "kept")


@lru_cache(maxsize=1)
def untypeable_forms() -> dict[str, tuple[str, str]]:
    """Return {character t2s writes beyond the BMP: (the Hong Kong character it came from, the simplified character
    simplified text writes)} for the `unihan` rows of data/regional_simplified.tsv: {"𪸩": ("煇", "辉")}. A form holding
    one was simplified by t2s before `to_simplified` knew the row (U37-21: harvest stored 郭基𪸩)."""
    with REGIONAL_SIMPLIFIED_PATH.open(encoding="utf-8") as fp:
        rows = [line.rstrip("\n").split("\t") for line in fp if not line.startswith(("#", "char\t")) and line.strip()]
    return {
        t2s: (char, simplified) for char, simplified, t2s, source in rows if source == "unihan" and ord(t2s) > 0xFFFF
    }


@lru_cache(maxsize=1)
def regional_sources() -> dict[str, tuple[str, str]]:
    """Return data/regional_simplified.tsv as {character: (its simplified form, the rule that gives it)}: the rule is
    "hk2s" (OpenCC's hk2s), "unihan" (its one standard semantic variant) or "kept" (the form is the character itself);
    scripts/build_regional_simplified.py states each rule and its source."""
    table: dict[str, tuple[str, str]] = {}
    with REGIONAL_SIMPLIFIED_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "char\t")) or not line.strip():
                continue
            char, simplified, _, source = line.rstrip("\n").split("\t")
            table[char] = (simplified, source)
    return table


@lru_cache(maxsize=1)
def _regional_table() -> dict[int, str]:
    """`regional_simplified` as a str.translate table."""
    return {ord(char): simplified for char, simplified in regional_simplified().items()}


JAPANESE_FORMS_PATH = Path(__file__).resolve().parent / "data" / "japanese_forms.tsv"


@lru_cache(maxsize=1)
def japanese_forms() -> dict[str, tuple[str, str]]:
    """Each Japanese-only character form (shinjitai that is no Chinese character: 黒, 沢, 桜, 広) -> its Chinese
    (traditional, simplified) forms: 黒 -> (黑, 黑), 桜 -> (櫻, 樱). From data/japanese_forms.tsv: OpenCC's jp2t
    over the characters in neither the 通用规范汉字表 nor Big5, so that 国, 体, 芸 (yún) and 浜 (bāng) are left
    alone."""
    table: dict[str, tuple[str, str]] = {}
    for line in JAPANESE_FORMS_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            japanese, traditional, simplified, _ = line.split("\t")
            table[japanese] = (traditional, simplified)
    return table


@lru_cache(maxsize=1)
def _japanese_pattern() -> re.Pattern[str]:
    return re.compile(f"[{''.join(japanese_forms())}]")


def has_japanese_form(text: str) -> bool:
    """Tell whether `text` holds a Japanese-only character form (`japanese_forms`): 黒澤明, 桜井和寿; not 国体."""
    return _japanese_pattern().search(text) is not None


def chinese_of_japanese(text: str, *, simplified: bool = False) -> str:
    """`text` with each Japanese-only character form written as the Chinese character it stands for, traditional
    (黒澤明 -> 黑澤明, 桜井和寿 -> 櫻井和寿) or `simplified` (黑泽明 needs t2s for 澤 too: see `to_simplified`).
    U30-37: a Japanese name pasted from a Japanese source was stored as 黒泽明, which Chinese text never writes."""
    if not has_japanese_form(text):
        return text
    column = 1 if simplified else 0
    table = japanese_forms()
    return _japanese_pattern().sub(lambda match: table[match[0]][column], text)


KEPT_CHARACTERS_PATH = Path(__file__).resolve().parent / "data" / "kept_characters.tsv"


@lru_cache(maxsize=1)
def kept_characters() -> dict[str, frozenset[str] | None]:
    """Return the characters a simplified name keeps although t2s changes them (data/kept_characters.tsv).

    Each maps to the numbered readings for which it is kept ("乾" -> {"qian2"}), or None for any
    reading. See scripts/build_kept_characters.py for the rule and its sources (Unihan's
    通用规范汉字表 fields and OpenCC's TSCharacters).
    """
    table: dict[str, frozenset[str] | None] = {}
    with KEPT_CHARACTERS_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "char\t")) or not line.strip():
                continue
            char, _t2s, readings, _source = line.rstrip("\n").split("\t")
            table[char] = None if readings == "*" else frozenset(readings.split(","))
    return table


@lru_cache(maxsize=1)
def kept_plain_forms() -> dict[str, str]:
    """Return what OpenCC t2s writes for each character names keep (data/kept_characters.tsv's second column):
    {"汎": "泛", "崑": "昆", "旂": "旗", "乾": "干", ...}."""
    table: dict[str, str] = {}
    with KEPT_CHARACTERS_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "char\t")) or not line.strip():
                continue
            char, t2s, _readings, _source = line.rstrip("\n").split("\t")
            table[char] = t2s
    return table


@lru_cache(maxsize=1)
def _kept_pattern() -> re.Pattern[str]:
    """Find a character names keep (`kept_plain_forms`)."""
    return re.compile(f"[{re.escape(''.join(sorted(kept_plain_forms())))}]")


def plain_spelling(text: str) -> str | None:
    """`text` with each character names keep (`kept_plain_forms`: 汎, 崑, 佔 ...) written as OpenCC t2s writes it,
    or None where it holds none: 王汎森 -> 王泛森, 郭崑焘 -> 郭昆焘.

    A name kept so (`name_to_simplified`) is written the plain way by every text converted with OpenCC and by much
    mainland copy, so matching finds it written either way (`traditional_variants`).
    """
    if _kept_pattern().search(text) is None:
        return None
    plain = kept_plain_forms()
    return "".join(plain.get(char, char) for char in text)


VARIANT_CHARACTERS_PATH = Path(__file__).resolve().parent / "data" / "variant_characters.tsv"


@lru_cache(maxsize=1)
def variant_characters() -> tuple[dict[str, str], dict[str, str]]:
    """Each character's Unihan kTraditionalVariant (where it has one) and every character Unihan relates to it as a
    variant (data/variant_characters.tsv, built by scripts/build_variant_characters.py), read once."""
    traditional: dict[str, str] = {}
    variants: dict[str, str] = {}
    with VARIANT_CHARACTERS_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "char\t")):
                continue
            char, trad, others = line.rstrip("\n").split("\t")
            if trad:
                traditional[char] = trad
            variants[char] = others
    return traditional, variants


def is_traditional_form(char: str, simplified: str) -> bool:
    """Tell whether the character `char` is a traditional form of the character `simplified` (Unihan's
    kTraditionalVariant of `simplified`: 麯 of 曲, 餘 of 余, 乾 of 干), not only a variant OpenCC's t2s folds into it
    (炤 into 照, 齧 into 啮, 甕 into 瓮: Unihan's semantic or Z variants, which simplification leaves alone)."""
    return char != simplified and char in variant_characters()[0].get(simplified, "")


def name_to_simplified(name: str, *, surname_rule: bool = True) -> str:
    """Convert a name in traditional characters to simplified ones, keeping what names keep.

    OpenCC t2s also folds characters that are standard simplified characters in their own
    right and old variants of characters simplification leaves alone: 徐乾學 -> 徐干学,
    王汎森 -> 王泛森, 薛應旂 -> 薛应旗. Mainland usage writes 徐乾学, 王汎森, 薛应旂, so each such
    character (kept_characters) is kept where it has the reading the table keeps it for, read
    in context ("乾" as qián in 徐乾學, but 乾 as gān is 干). A first character that is no surname of its own and
    stands for one data/surnames.tsv writes otherwise is the surname (遊錫堃 -> 游锡堃), unless `surname_rule` is
    False: validate judges such a surname apart, as a warning (a person may write it so). Simplified input comes back
    unchanged.
    """
    converted = to_simplified(name)
    if len(converted) != len(name):
        return converted
    if surname_rule and name:
        # A surname's traditional form (surnames.tsv) is that surname: 鍾馗 is 钟馗, as 鍾會 is 钟会, though OpenCC's
        # phrases write 锺馗 and 锺繇 (the 通用规范汉字表's 锺, which CC-CEDICT and mainland usage do not write).
        own = _surname_of_traditional(name[0])
        if own is not None and converted[0] != own:
            converted = own + converted[1:]
    kept = kept_characters()
    chars = list(converted)
    if converted == name or not kept.keys().isdisjoint(name):
        # A character kept for some readings only that a phrase of t2s leaves as it is (OpenCC's phrase 魏徵) is
        # the plain character unless it has that reading, as where t2s changes it (魏徵 -> 魏征: 徵 is kept as zhǐ).
        plain = kept_plain_forms()
        for i, char in enumerate(name):
            if converted[i] == char and kept.get(char) is not None and plain[char] != char:
                chars[i] = plain[char]
        if chars == list(name):
            return converted
    changed = [i for i, (a, b) in enumerate(zip(name, chars, strict=True)) if a != b and a in kept]
    first_is_surname = changed and changed[0] == 0 and kept[name[0]] is None and surname_rule
    if first_is_surname and _surname_written_otherwise(name[0], chars[0]):
        changed = changed[1:]  # 遊錫堃: the surname 游 is written 游 in traditional too (surnames.tsv)
    if not changed:
        return "".join(chars)
    readings: list[str] | None = None
    for i in changed:
        allowed = kept[name[i]]
        if allowed is not None:
            if readings is None:
                from zhgloss.pinyin import context_readings
                from zhgloss.script import is_cjk

                han = [j for j, c in enumerate(name) if is_cjk(c)]
                read = context_readings("".join(name[j] for j in han)) or []
                readings = [""] * len(name)
                for j, syllable in zip(han, read, strict=False):
                    readings[j] = syllable
            if readings[i] not in allowed:
                continue
        chars[i] = name[i]
    return "".join(chars)


def thing_to_simplified(zh: str, *, lower: bool = False, spellings: Sequence[str] = ()) -> str:
    """`zh` (a name that is no person's, or a common word) in simplified characters: OpenCC t2s, but a name keeps a
    character the 通用规范汉字表 lists as a standard character of its own (data/kept_characters.tsv's rows of a reading:
    乾 qián, 於 yú, 昇 shēng) where a word of data/words.txt (CC-CEDICT's and jieba's words) that holds it is written
    with it and not with t2s's character: 乾安 and 乾县 stay 乾安, 乾县 (CC-CEDICT's 乾安 [Qian2 an1]), not t2s's 干安;
    乾燥剂公司 is still 干燥剂公司 (the word is 干燥). Without such a word, t2s's character. A person's name has its own
    rule (`name_to_simplified`, which reads the character in context); a common word (`lower`: a phrase or term,
    written in lower case) is t2s's. What `add` stores (`zhgloss.curate`) and reads (`pinyin.phrase_pinyin`).
    A name of one character whose English (`spellings`) spells the reading the table keeps it for and none of t2s's
    character keeps it too (乾 "Qian", not 干: the review's R43-4)."""
    plain = to_simplified(zh)
    if lower or plain == zh or len(plain) != len(zh):
        return plain
    if len(zh) == 1 and spellings and (own := kept_characters().get(zh)) is not None:
        from zhgloss.pinyin import heteronyms

        if _spell_any(spellings, own) and not _spell_any(spellings, frozenset(heteronyms(plain))):
            return zh
    kept = kept_characters()
    spots = [
        i for i, (typed, converted) in enumerate(zip(zh, plain, strict=True)) if typed != converted and kept.get(typed)
    ]
    if not spots:
        return plain
    from zhgloss.namecontext import word_file

    words = word_file()
    chars = list(plain)
    for i in spots:
        spans = [(start, start + size) for size in (4, 3, 2) for start in range(i - size + 1, i + 1)]
        for start, end in spans:
            if start < 0 or end > len(chars):
                continue
            written = "".join(chars[start:i]) + zh[i] + "".join(chars[i + 1 : end])
            if written in words and "".join(chars[start:end]) not in words:
                chars[i] = zh[i]
                break
    return "".join(chars)


def surname_to_simplified(surname: str, spellings: Sequence[str] = ()) -> str:
    """A surname (an entry of type surname: one or two characters, as typed) in simplified characters.

    A surname of data/surnames.tsv is written as the table writes it: its own form where it is a surname of its own
    (於 Yū stays 於, not t2s's 于, another surname), else the simplified surname it is the traditional form of (鍾 ->
    钟, 歐陽 -> 欧阳). A character data/kept_characters.tsv keeps for a reading (the 通用规范汉字表's own standard
    characters) is kept (乾 -> 乾 Qián, 薳 -> 薳 Wěi), unless `spellings` (the entry's English forms and pinyin)
    spell a reading of t2s's character and none of the kept one's: 乾 "Gan" is CC-CEDICT's "乾 干 [Gan1] surname
    Gan", 干. A character t2s folds into one it is no traditional form of (Unihan: a variant, 异体字) is kept, as the
    国家通用语言文字法 (2000), art. 17, lets a surname keep its variant character (炤, not 照; 齧, 鼂, 甕), unless the
    table rules it out (嶽: "traditional 岳, not 嶽"). Otherwise OpenCC t2s (麯 -> 曲, 餘 -> 余). The review's R44-8:
    validate called CC-CEDICT's 炤 炤 "surname Zhao" an error. A two-character surname outside the table goes by
    the name rule (`name_to_simplified`). Simplified input comes back unchanged. The rule of the review's R43-4: t2s
    folded 乾 into 干 Gàn and 於 into 于 for `add --type surname`.
    """
    plain = to_simplified(surname)
    if plain == surname:
        return surname
    from zhgloss.pinyin import surnames

    table = surnames()
    found = table.get(surname)
    if found is not None and found.zh != surname:
        return found.zh
    if len(surname) != 1 or len(plain) != 1:
        return name_to_simplified(surname) if found is None else surname
    own = _surname_readings(surname)
    if own is None:
        # A character t2s folds into another that is no traditional form of it is a variant of it (异体字), which a
        # surname may keep (国家通用语言文字法, 2000, art. 17: 姓氏中的异体字): CC-CEDICT's 炤 炤, 齧 齧, 鼂 鼂
        # "surname".
        # A traditional form is simplified (麯 -> 曲, 餘 -> 余), as are the table's (麴 -> 麹, above) and a form the
        # table rules out (嶽: "traditional 岳, not 嶽"; 遊 -> 游).
        from zhgloss.pinyin import ruled_out_surname_forms

        if is_traditional_form(surname, plain) or surname in ruled_out_surname_forms():
            return plain
        return surname
    if spellings and _spell_any(spellings, _surname_readings(plain) or frozenset()):
        return surname if _spell_any(spellings, own) else plain
    return surname


def reads_as_own_surname(form: str, pinyin: str) -> bool:
    """Tell whether tone-marked `pinyin` is a reading data/surnames.tsv gives `form` as a surname of its own that t2s
    writes otherwise, and not one it gives t2s's form: 於 'Yū' (the surname; 于 is Yú), which a row that says nothing
    else (an OmegaT line "於<TAB>Yu<TAB>Yū", as zhgloss's export writes a surname entry) is read by (the review's
    R44-5). False for every other form: t2s leaves the table's other surnames as they are."""
    from zhgloss.pinyin import marks_to_numbers, surnames

    table = surnames()
    own, plain = table.get(form), to_simplified(form)
    if own is None or own.zh != form or plain == form:
        return False
    other = table.get(plain)
    numbered = marks_to_numbers(pinyin)
    readings = {marks_to_numbers(reading) for reading in own.readings}
    taken = {marks_to_numbers(reading) for reading in other.readings} if other is not None else set()
    return numbered in readings and numbered not in taken


def _surname_readings(char: str) -> frozenset[str] | None:
    """The numbered readings (ü as v) of the character `char` as a surname: its own row's of data/surnames.tsv,
    else those data/kept_characters.tsv keeps it for (any of pypinyin's where it keeps it for any), else pypinyin's
    where it is a standard character t2s leaves; None for a character t2s changes that neither table keeps for a
    reading, an old variant kept for any reading (甕, 鼂) among them: `surname_to_simplified` keeps such a variant."""
    from zhgloss.pinyin import heteronyms, marks_to_numbers, surnames

    found = surnames().get(char)
    if found is not None and found.zh == char:
        return frozenset(marks_to_numbers(reading) for reading in found.readings)
    standard = kept_characters().get(char)
    if standard is not None:
        return standard
    return frozenset(heteronyms(char)) if to_simplified(char) == char else None


def _spell_any(spellings: Sequence[str], readings: frozenset[str]) -> bool:
    """Tell whether one of `spellings` (English, or pinyin with or without tone marks) spells one of the numbered
    `readings` of one character: with its tone where it is marked ("Yū" is yu1, not yu2), by letters where not."""
    from zhgloss.pinyin import marks_to_numbers
    from zhgloss.script import pinyin_key

    letters = {reading.rstrip("12345") for reading in readings}
    for spelling in spellings:
        numbered = marks_to_numbers(spelling) if spelling else ""
        if numbered in readings or (numbered.endswith("5") and pinyin_key(spelling) in letters):
            return True
    return False


@lru_cache(maxsize=1)
def _surnames_by_traditional() -> dict[str, str]:
    """The one-character surnames of data/surnames.tsv by their traditional forms (鍾 -> 钟), where the traditional
    character is no surname of its own (於 is the surname Yū, not 于) and stands for one surname only."""
    from zhgloss.pinyin import surnames

    table = surnames()  # keyed by simplified and traditional forms
    own = {surname.zh for surname in table.values()}
    out: dict[str, str] = {}
    taken: set[str] = set()
    for surname in table.values():
        if len(surname.zh) != 1:
            continue
        for hant in dict.fromkeys((surname.zh_hant, *surname.hant_also)):
            if hant == surname.zh or hant in own or len(hant) != 1:
                continue
            if hant in out and out[hant] != surname.zh:
                taken.add(hant)
            out[hant] = surname.zh
    return {hant: zh for hant, zh in out.items() if hant not in taken}


def _surname_of_traditional(char: str) -> str | None:
    """The surname of data/surnames.tsv whose traditional form `char` is (鍾 -> 钟), or None."""
    return _surnames_by_traditional().get(char)


def _surname_written_otherwise(char: str, simplified: str) -> bool:
    """Whether a name's first character `char`, which t2s writes `simplified`, is no surname of its own and
    data/surnames.tsv writes the surname `simplified` otherwise in traditional: 遊 of 遊錫堃 (游, "traditional 游, not
    遊"), so the name is the surname's (游锡堃), not a character kept (`name_to_simplified`)."""
    from zhgloss.pinyin import surnames

    table = surnames()
    surname = table.get(simplified)
    return char not in table and surname is not None and char not in (surname.zh_hant, *surname.hant_also)


def to_traditional(text: str, config: Config | None = None) -> str:
    """Convert simplified `text` to traditional characters with OpenCC `config`; by default zhgloss's form, OpenCC's
    s2tw with 台 kept as 台 (`KEPT_AS_TYPED`)."""
    if config is not None:
        return _convert(text, config)
    converted = _convert(text, TRADITIONAL_CONFIG)
    if len(converted) != len(text) or KEPT_AS_TYPED.isdisjoint(text):
        return converted
    return "".join(s if s in KEPT_AS_TYPED else t for s, t in zip(text, converted, strict=True))


KEPT_AS_TYPED = frozenset("台")
"""Simplified characters zhgloss's traditional form keeps as they are, where s2tw writes another: 台, a traditional
character in its own right, which s2tw writes 臺 (Taiwan's formal form) but CC-CEDICT's headwords keep in 62 names of
the CC-CEDICT names glossary where s2tw writes 臺, against 36 that write 臺 (豐台, 邢台, 電台, 台積電, 台灣)."""


def traditional_forms(text: str) -> tuple[str, ...]:
    """Return the distinct traditional forms of `text` under every accepted configuration, preferred first."""
    forms: list[str] = [to_traditional(text)]
    for config in TRADITIONAL_CONFIGS:
        form = to_traditional(text, config)
        if form not in forms:
            forms.append(form)
    return tuple(forms)


MATCHED_CONFIGS: tuple[Config, ...] = ("s2hk", "s2tw", "s2t")
"""The script conversions whose output is matched as another form of a simplified name (no vocabulary swaps).

``s2t`` writes the Kangxi standard forms (順勢而爲 for 顺势而为) that machine-converted traditional text and
mainland-printed traditional books use; the Hong Kong and Taiwan forms (順勢而為) come from the other two."""


def traditional_variants(text: str) -> tuple[str, ...]:
    """Return the traditional spellings of `text` (Hong Kong, Taiwan and OpenCC standard) that differ from it, then
    its plain spelling where it keeps a character names keep (`plain_spelling`: 王泛森 of 王汎森).

    Matching uses them so that a Chinese alias stored only in simplified characters (霸总) is found in
    traditional text (霸總) too, and 王汎森 in copy that writes 王泛森.
    """
    out: list[str] = []
    for config in MATCHED_CONFIGS:
        form = to_traditional(text, config)
        if form != text and form not in out:
            out.append(form)
    if "\n" not in text and _name_marks().search(text):  # a form holds no line break (`_name_spellings` joins by them)
        for named in _name_forms(text, *_name_spellings([text])[0]):
            if named != text and named not in out:
                out.append(named)
    plain = plain_spelling(text)
    if plain is not None and plain != text and plain not in out:
        out.append(plain)
    return tuple(out)


@lru_cache(maxsize=1)
def _name_marks() -> re.Pattern[str]:
    """Find what makes a name's traditional spelling differ from OpenCC's: a surname names write otherwise
    (surnames.tsv: 余, 干, 于 ...) at the start, or a character names write otherwise (name_characters: 里, 冲 ...)."""
    from zhgloss.pinyin import surnames

    table = surnames()
    written = to_traditional("\n".join(table)).split("\n")  # one OpenCC call: no surname holds a line break
    differing = sorted((zh for zh, hant in zip(table, written, strict=True) if table[zh].zh_hant != hant), key=len)
    first = "|".join(map(re.escape, reversed(differing)))
    characters = "".join(sorted(_name_table()[2]))
    return re.compile(f"^(?:{first})|[{re.escape(characters)}]")


def _name_forms(text: str, written: str, alone: str) -> tuple[str, ...]:
    """The spellings of `text` as a name: `written` (the surname as names write it, then OpenCC's words: 周杰倫),
    `alone` (the same with each character converted alone, as `name_to_traditional` writes a person: 王金發, where
    OpenCC's word 金发 "blond" writes 王金髮), `written` with the characters some
    names keep as themselves (characters_names_keep: 全斗煥 beside 全鬥煥) where it holds any, and both with the
    other forms surnames.tsv says a surname is also written in (黨懷英 beside 党懷英).

    Matching adds them to the traditional spellings of every simplified form that holds a surname or character names
    may write otherwise than OpenCC (`_name_marks`), as a form does not say whether it is a name: 余承東 and 萬里 in
    traditional text are the names 余承东 and 万里 (OpenCC: 餘承東, 萬裏), and the same spelling of a word (余額 for
    余额) occurs in no text to be mistaken.
    """
    from zhgloss.pinyin import find_surname

    kept = characters_names_keep()
    forms: tuple[str, ...] = (written, alone)
    if len(written) == len(text) and not kept.isdisjoint(text):
        forms += ("".join(s if s in kept else w for s, w in zip(text, written, strict=True)),)
    surname = find_surname(text)
    if surname is not None and text.startswith(surname.zh) and written.startswith(surname.zh_hant):
        # A surname traditional text also writes another way (党 and 黨: 黨懷英 beside 党懷英).
        size = len(surname.zh_hant)
        forms += tuple(other + form[size:] for other in surname.hant_also for form in (written, alone))
    return tuple(dict.fromkeys(forms))


def _name_spellings(texts: list[str]) -> list[tuple[str, str]]:
    """Each of `texts` (none holding a line break) with its surname as names write it and the rest by OpenCC's words,
    and the same with each character of the part after the surname converted alone, in one OpenCC call for all.

    Each text's part after its surname converts alone: the parts are joined by line
    breaks, which no OpenCC phrase holds (see `traditional_variants_of`); so are their characters, one a line.
    """
    from zhgloss.pinyin import find_surname
    from zhgloss.script import has_name_separator

    heads: list[str] = []
    rests: list[str] = []
    for text in texts:
        surname = None if has_name_separator(text) else find_surname(text)
        size = len(surname.zh) if surname is not None and text.startswith(surname.zh) else 0
        heads.append(surname.zh_hant if surname is not None and size else "")
        rests.append(text[size:])
    if not rests:
        return []
    lines = to_traditional("\n".join([*rests, *(c for rest in rests for c in rest)])).split("\n")
    converted, characters = lines[: len(rests)], iter(lines[len(rests) :])
    out: list[tuple[str, str]] = []
    for head, rest, done in zip(heads, rests, converted, strict=True):
        alone = "".join(next(characters) for _ in rest)
        out.append((head + _name_written(rest, done), head + _name_written(rest, alone)))
    return out


_VARIANTS_OF: dict[str, tuple[str, ...]] = {}
"""`traditional_variants` of the texts `traditional_variants_of` has converted in this process.

`check`'s first build makes two matchers of mostly the same names (all entries, then the names
among them), and a process building every cache converts the same forms for each."""
_MAX_KEPT = 1_000_000


def traditional_variants_of(texts: list[str]) -> list[tuple[str, ...]]:
    """Return `traditional_variants` of each of `texts`, converting all of them in one OpenCC call per configuration.

    Building the matchers of a 100,000-entry glossary converts ~10^5 forms: one call each cost
    seconds of call overhead. The forms are joined by line breaks, which no OpenCC phrase contains,
    so each converts exactly as it would alone (a test holds the two equal). A text converted
    before in this process is not converted again.
    """
    if not texts:
        return []
    kept = _VARIANTS_OF
    if len(kept) > _MAX_KEPT:
        kept.clear()
    fresh = list(filterfalse(kept.__contains__, dict.fromkeys(texts)))
    joined = "\n".join(fresh)
    if joined.count("\n") != max(len(fresh) - 1, 0):  # a text holds a line break (no form does): each alone
        kept.update(zip(fresh, map(traditional_variants, fresh), strict=True))
    elif fresh:
        hong_kong, taiwan, standard = _matched_conversions(fresh, joined)  # MATCHED_CONFIGS' order
        # Most texts: every configuration writes the same, the text itself (no variant) or one other (one variant).
        # Those are set a column at a time (C-level passes); the few others one by one.
        alike = list(map(and_, map(eq, hong_kong, taiwan), map(eq, taiwan, standard)))
        kept.update(zip(fresh, zip(hong_kong), strict=True))
        kept.update(dict.fromkeys(compress(fresh, map(and_, alike, map(eq, fresh, hong_kong))), ()))
        for n in compress(range(len(fresh)), map(not_, alike)):
            text = fresh[n]
            variants: list[str] = []
            for form in (hong_kong[n], taiwan[n], standard[n]):
                if form != text and form not in variants:
                    variants.append(form)
            kept[text] = tuple(variants)
        # Names spelt otherwise than OpenCC spells words (`_name_forms`): ~8% of the forms of the full CC-CEDICT import.
        named = list(compress(fresh, map(_name_marks().search, fresh)))
        for text, (written, alone) in zip(named, _name_spellings(named), strict=True):
            for spelt in _name_forms(text, written, alone):
                if spelt != text and spelt not in kept[text]:
                    kept[text] = (*kept[text], spelt)
        # A name keeping a character t2s changes (王汎森), also written the plain way (王泛森): few forms.
        for text in filter(_kept_pattern().search, fresh):
            plain = plain_spelling(text)
            if plain is not None and plain != text and plain not in kept[text]:
                kept[text] = (*kept[text], plain)
    return list(map(kept.__getitem__, texts))


def _matched_conversions(texts: list[str], joined: str | None = None) -> list[list[str]]:
    """Return each of `texts` (none holding a line break) converted by each of MATCHED_CONFIGS, in that order.

    `joined`: the texts joined by line breaks, if made already.

    One OpenCC call per configuration on the texts joined by line breaks; where OpenCC's configuration
    files prove it the same (`_regional_stage`), the Hong Kong and Taiwan forms are read off the standard
    ones (s2t) by the last stage alone (t2hk, t2tw), which costs a tenth of converting from simplified
    again: 0.34 -> 0.09 s for the ~100,000 forms of a 100,000-entry glossary.
    """
    if joined is None:
        joined = "\n".join(texts)
    regional = _regional_stage()
    if regional is None:
        return [to_traditional(joined, config).split("\n") for config in MATCHED_CONFIGS]
    standard = to_traditional(joined, "s2t")
    lines = standard.split("\n")
    # A line where a key of two or more characters of the last stage occurs may be cut otherwise by s2t's
    # segmentation than by the last stage's own: OpenCC converts those lines from simplified itself. Each
    # place found is numbered by its line: the line breaks before it, counted on from the place before it.
    compatibility, keys = regional
    found = sorted([*map(_START, compatibility.finditer(standard)), *map(_first, keys.find(standard))])
    numbers: list[int] = []
    line, counted = 0, 0
    for at in found:
        line += standard.count("\n", counted, at)
        counted = at
        numbers.append(line)
    apart = sorted(set(numbers))
    out: list[list[str]] = []
    for config in MATCHED_CONFIGS:
        if config == "s2t":
            out.append(lines)
            continue
        converted = str(_converter(_REGIONAL[config]).convert(standard)).split("\n")
        if apart:
            again = to_traditional("\n".join(texts[n] for n in apart), config).split("\n")
            for n, text in zip(apart, again, strict=True):
                converted[n] = text
        out.append(converted)
    return out


_REGIONAL: dict[Config, str] = {"s2hk": "t2hk", "s2tw": "t2tw"}
"""The matched configurations that are s2t and then one more stage, and OpenCC's configuration of that stage alone."""
_COMPATIBILITY_IDEOGRAPHS = "[\uf900-\ufaff\U0002f800-\U0002fa1f]"
"""The Unicode blocks of CJK compatibility ideographs: the only characters OpenCC's normalization stage changes."""


_START = methodcaller("start")
_first = itemgetter(0)


@lru_cache(maxsize=1)
def _regional_stage() -> tuple[re.Pattern[str], Any] | None:
    """What keeps a line of s2t's output from converting by the regional stage alone as by s2hk or s2tw; or None.

    OpenCC (PipelineConverter.cpp, SingleStageConverter.cpp) normalizes, cuts the text into segments (or
    not, without a segmentation), then runs each stage of its conversion chain over each segment, matching
    the longest key at each position. Where its configuration files say that s2hk is s2t with one more
    stage, and t2hk is that stage after the same normalization (so for s2tw and t2tw), t2hk of s2t's output
    is s2hk's output on every line holding neither a key of two or more characters of that stage
    (data/opencc, `zhgloss.opencc_table`: which segment a character falls in then does not matter) nor a
    character normalization changes. Returns a pattern finding the one and an automaton finding the other (daachorse:
    `find` gives (start, end, key number)), or None when
    the files or the table do not prove it (another OpenCC version): then every configuration runs whole.
    """
    import json

    from zhgloss.opencc_table import last_stage_phrases

    try:
        import opencc

        folder = Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"

        def read(name: str) -> Any:
            return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))

        standard = read("s2t")
        first = standard["conversion_chain"][0]["dict"]
        # A cut by the longest key of the first stage's phrases makes the segments that stage's own longest
        # match makes (its other dictionary is of single characters): with or without it, it writes the same.
        cuts = (None, {"type": "mmseg", "dict": first["dicts"][0]})
        if first.get("match_policy") != "short_circuit" or standard.get("segmentation") not in cuts:
            return None
        keys: set[str] = set()
        for config, alone in _REGIONAL.items():
            full, last = read(config), read(alone)
            if (
                full.get("normalization") != standard.get("normalization")
                or full.get("segmentation") not in cuts
                or full["conversion_chain"][:-1] != standard["conversion_chain"]
                or last.get("normalization") != full.get("normalization")
                or last["conversion_chain"] != full["conversion_chain"][-1:]
            ):
                return None
            phrases = last_stage_phrases(config)
            if phrases is None:
                return None
            keys.update(phrases)
    except (ImportError, OSError, ValueError, KeyError, TypeError):
        return None
    import daachorse

    # The characters by a class, the keys by an automaton (~1,000 of them: a regex alternation of them took ~10x the
    # time over the ~60,000 forms of a 100,000-entry glossary). Each line holding a key has a match of the automaton
    # (its matches do not overlap, and none crosses a line break: no key holds one).
    return re.compile(_COMPATIBILITY_IDEOGRAPHS), daachorse.CharwiseDoubleArrayAhoCorasick(sorted(keys))


NAME_CHARACTERS_PATH = Path(__file__).resolve().parent / "data" / "name_characters.tsv"


@lru_cache(maxsize=1)
def _name_table() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """data/name_characters.tsv: each character's name form, the characters names also write as themselves, and
    every character of the table (those whose traditional spelling in a name may differ from OpenCC's in words)."""
    forms: dict[str, str] = {}
    itself: set[str] = set()
    listed: set[str] = set()
    with NAME_CHARACTERS_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "char\t")) or not line.strip():
                continue
            char, name_form, _names, _of, s2hk, written = line.rstrip("\n").split("\t")
            listed.add(char)
            if name_form:
                forms[char] = name_form
            if int(written) and name_form != char and s2hk != char:
                itself.add(char)
    return forms, frozenset(itself), frozenset(listed)


def name_characters() -> dict[str, str]:
    """Return the traditional form names write for each simplified character that merged two or more.

    {"里": "里", "冲": "沖", "咸": "咸", "涂": "涂", "辟": "辟"}: each is a simplification of two or more traditional
    characters, and OpenCC writes the commonest word's (裏 "inside" for 里) where CC-CEDICT's proper names write
    another (萬里, 亞里士多德). Read from data/name_characters.tsv (scripts/build_name_characters.py: the rule and
    its sources, CC-CEDICT and Unihan).
    """
    return _name_table()[0]


def characters_names_keep() -> frozenset[str]:
    """Return the merged simplified characters that some names write as themselves in traditional text, where no
    form holds most names: 斗 (全斗煥, beside 鬥), 杰 (李連杰, beside 傑), 采 (楊采妮). Matching finds a name written
    so too (`traditional_variants`); `name_to_traditional` writes OpenCC's form, which most names write."""
    return _name_table()[1]


def _name_written(simplified: str, converted: str) -> str:
    """`converted` (OpenCC's traditional form of `simplified`), each character as names write it (name_characters)."""
    table = name_characters()
    if len(converted) != len(simplified) or table.keys().isdisjoint(simplified):
        return converted
    return "".join(table.get(s, t) for s, t in zip(simplified, converted, strict=True))


NAME_HEADWORDS_PATH = Path(__file__).resolve().parent / "data" / "name_headwords.tsv"


@lru_cache(maxsize=1)
def name_headwords() -> dict[str, str]:
    """Return the traditional spelling of each person CC-CEDICT writes keeping a character `name_rule` converts.

    {"李连杰": "李連杰", "全斗焕": "全斗煥", "潘岳": "潘岳", ...}: a simplified character that is also a traditional one
    of its own (杰 beside 傑, 斗 beside 鬥) is converted by OpenCC alone and in its phrases (连杰 -> 連傑), and no rule
    of characters can tell which one a person writes (46 of CC-CEDICT's 48 names with 杰 write 傑; Jet Li keeps 杰),
    so the people a dictionary records are written as it does. Read from data/name_headwords.tsv
    (scripts/build_name_headwords.py says which characters it takes from CC-CEDICT's headwords, CC BY-SA 4.0).
    """
    table: dict[str, str] = {}
    with NAME_HEADWORDS_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "zh\t")) or not line.strip():
                continue
            zh, zh_hant = line.rstrip("\n").split("\t")[:2]
            table[zh] = zh_hant
    return table


GIVEN_CHARACTERS_PATH = Path(__file__).resolve().parent / "data" / "given_characters.tsv"


@lru_cache(maxsize=1)
def given_characters() -> frozenset[str]:
    """Return the merged simplified characters a given name writes as themselves where OpenCC converts them alone.

    {"于", "郁", ...}: 于 is also the simplification of 於 ("at") and 郁 of 鬱 ("gloomy"), which OpenCC writes for the
    character alone, but every person OpenCC's and CC-CEDICT's dictionaries list with one of them in the given name
    writes it as itself (彭于晏, 林芳郁). Read from data/given_characters.tsv (scripts/build_given_characters.py: the
    rule and its sources).
    """
    with GIVEN_CHARACTERS_PATH.open(encoding="utf-8") as fp:
        return frozenset(line.split("\t", 1)[0] for line in fp if line.strip() and not line.startswith(("#", "char\t")))


def _characters_alone(text: str, config: Config | None = None) -> str:
    """`text` converted a character at a time, no OpenCC phrase applied (one call: no phrase holds a line break)."""
    return to_traditional("\n".join(text), config).replace("\n", "") if len(text) > 1 else to_traditional(text, config)


def name_rule(name: str) -> str:
    """`name_to_traditional`'s rule alone, without the names CC-CEDICT records (`name_headwords`): what the build of
    that table compares the headwords with."""
    from zhgloss.pinyin import find_surname
    from zhgloss.script import has_name_separator

    if has_name_separator(name):  # a transliterated foreign name has no Chinese surname
        return _name_written(name, to_traditional(name))
    surname = find_surname(name)
    if surname is None or not name.startswith(surname.zh):
        return _name_written(name, to_traditional(name))
    given = name[len(surname.zh) :]
    # A given name is characters chosen one by one, not a word: OpenCC's phrases would write 周潤髮 for Chow Yun-fat
    # (润发 "hair conditioner") and 王金髮 (金发 "blond"); the character alone gives 發 (31 of CC-CEDICT's 32 names).
    # Where a phrase keeps a character as itself (周杰倫, 錢游龍, 周干城: OpenCC's dictionary knows the name or the
    # word), it is kept: a character alone is always converted to another (傑, 遊, 幹).
    # OpenCC's dictionary also lists whole names (彭于晏, 林芳郁), each because its characters alone would be
    # converted wrongly: a character the whole name's phrase keeps is kept. So is a character given names keep
    # (given_characters: 于, not the preposition 於; 郁, not 鬱 "gloomy").
    # A character simplification left alone is the person's own in traditional text too: Taiwan's standard writes
    # it as itself (s2tw), where s2hk and s2t write an old variant of it (峰 -> 峯, 群 -> 羣, 床 -> 牀: Unihan's and
    # data/kept_characters.tsv's "old variant of an unsimplified character"). 王峰 is 王峰, 何立峰 何立峰; a person
    # who writes the variant (林峯, Raymond Lam) types it so.
    alone, phrased, whole = _characters_alone(given), to_traditional(given), to_traditional(name)
    if len(alone) != len(given) or len(phrased) != len(given):
        return surname.zh_hant + _name_written(given, phrased)
    whole_given = whole[len(surname.zh) :] if len(whole) == len(name) else phrased
    keep = given_characters()
    if alone != given and alone != (taiwan := _characters_alone(given, "s2tw")):
        keep = keep | {g for g, t in zip(given, taiwan, strict=False) if g == t}
    # A traditional character the simplified name keeps as typed (林峯's 峯, an old variant kept by the rule of
    # scripts/build_kept_characters.py) is the person's own; Taiwan's standard would write it 峰. A simplified
    # character that is also Hong Kong's shape (悦, 税) is not: t2s leaves it as it is, and it is converted (悅, 稅).
    if alone != given:
        keep = keep | {g for g, a in zip(given, alone, strict=False) if g != a and to_simplified(g) != g}
    kept = "".join(
        g if g in (p, w) or g in keep else a for g, p, w, a in zip(given, phrased, whole_given, alone, strict=True)
    )
    return surname.zh_hant + _name_written(given, kept)


def name_to_traditional(name: str) -> str:
    """Convert a name in simplified characters to traditional ones as names are written, not words.

    OpenCC converts words, not names: it writes 於 for the surname 于, 餘 for 余, 範 for 范 and
    樸 for 朴, which are other words (or other surnames) in traditional text, 裏 ("inside") for
    the 里 of 萬里 and 亞里士多德, and 髮 ("hair") for the 发 of 周润发. A person CC-CEDICT records
    keeping a character is written as its headword (`name_headwords`: 李連杰, 全斗煥). Otherwise the
    surname's form comes from surnames.tsv, the given name's characters are converted one at a time
    (but one OpenCC's phrase keeps as itself, 周杰倫), and the characters of name_characters
    (CC-CEDICT's proper names) take the form names write; the rest is OpenCC's s2tw.

    Returns the traditional form (a string of the same length as `name` unless OpenCC changes it).
    """
    return name_headwords().get(name) or name_rule(name)

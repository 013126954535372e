"""Which Chinese forms of a glossary annotate glosses by default.

A big imported glossary (all of CC-CEDICT's names) holds place names that are also the
commonest words of the language: 和 (Japanese; "and"), 成功 (Chenggong town; "success"),
斯 (Slovakia; the 斯 of 雷布斯). Glossing those is nonsense, so by default annotate (and the
source side of check) leave out:

- single-character forms: one Chinese character is a name far less often than a word or a
  part of a longer name;
- forms in data/common_words.txt: the words CC-CEDICT lists as ordinary words (a reading in
  lower-case pinyin) that running text uses (jieba's dictionary counts them at least 10
  times): 成功 "success", 孙子 "grandson", 长寿 "longevity"; see scripts/build_common_words.py.

Nor is the bare name of a place of two characters whose entry also lists its full name, the bare name
followed by the generic of its unit of administration (UNIT_GENERICS: 区, 县, 乡, 镇, 村, 旗): 临河 of
临河区 (Linhe district) is "by the river" in running text, 水里 of 水里乡 (Shuili township) "in the water",
大悟 of 大悟县 "to realize". A Chinese place name is a specific part and a generic part (专名 and 通名
in Chinese toponymy); news names a county, district, township, town or village by both, so the
full name is glossed and the bare one, too often a phrase of the sentence, is not. Cities, provinces
and countries are written bare (扬州, 湖北) and are not concerned. The CC-CEDICT import adds the full
names from its wording ("Linhe district of Bayan Nur city ..."). So with a mountain whose full name (its
name and 山) the entry lists: news writes 丹霞山 for the mountain in Guangdong, and a bare 丹霞 is the
landform (张掖七彩丹霞) or another place; the import lists the full name when CC-CEDICT has it as a
headword of the same mountain (丹霞 "Mt Danxia ..." beside 丹霞山 "Mt Danxia ...").

A form CC-CEDICT lists both as a name and as an ordinary word that running text meets too rarely for
jieba's counts to say which reading is the usual one (data/word_or_name.txt: 日中 "noon" beside
Japan-China, 拾得 "to pick up" beside the poet Shide, 高达 "to reach as high as" beside Gundam) is
found, and glossed only where its context reads as a name (`zhgloss.glossrules.InsideRule`: 安利公司,
《创世纪》, 拾得说), not in 第二天的日中 or 高达数百亿元; see scripts/build_common_words.py. So is a name of two
characters CC-CEDICT lists only as a person's name though news uses it as an everyday word, as a part-of-speech
model trained on tagged news reads the word itself (data/tagged_words.txt; see scripts/build_tagged_words.py): 大桥
"a bridge" beside the person Da Qiao. So, since the forty-seventh session, is a name of another kind (a place, an
organisation, an event, a work, an untyped name) of that list that is the namesake of the everyday word
(data/namesake_words.txt, 26 forms): its English translates the characters one by one (湖区 "Lake District" of a
lake area, 铁人 "Ironman", 飞雪 "Flying Snow") or spells them in Japanese, Wade-Giles or Cantonese (日产 "Nissan" of
daily output, 铁拳 "Tekken" of an iron fist, 大树 "Tashu" of a big tree, 深井 "Sham Tseng" of a deep well), and the
tagger gives it no weight as a name. The context that reads as the name depends on the kind: marks around it, a
generic of its kind after it (日产公司, 大树乡), a word that names it before it (名为铁拳的游戏), a work's verb before
a work (玩铁拳, 熟读四书), a place that holds it glued before a place (香港深井, whose note names Hong Kong), a place
or a company before a company (郑州日产, its subsidiary). A name whose English is the word's own meaning (英语
"English", 红军 "Red Army", 白宫 "White House", 史记) or its pinyin (文昌 Wenchang) is glossed as before.

A place whose name jieba's dictionary tags a verb (data/verb_names.txt, since the forty-eighth session: 开封
Kaifeng and "to unseal", which CC-CEDICT lists only as the city) is not glossed where only a verb stands: right after
a noun, its subject, and before 了 or 后 (食品开封后请冷藏 "refrigerate after the food is opened"); see
scripts/build_verb_names.py.

Nor are surname entries (CC-CEDICT's "surname Lei"), in either script: "Lei" or 嫘 alone names
nobody. Nor are the forms of a `term` entry, in either script: a term is a dictionary's word (the
full CC-CEDICT import's lower-case lines and its calendar words: 双方同意 "bilateral agreement", 周一
"Monday", 艾特 "at symbol" of 艾特肯 Aitken, 十二 "12" of 12月; a general collection's words imported
`--type term`), no name, and a big imported dictionary glosses no ordinary word of running text (the
tester's U27-52); a termbase's controlled terms come in typed `phrase` or `name`, and are glossed. The
numbers in digits the full import gives (十二 "12") are all terms'; a stock code in digits (688111) is a
company's, and glossed. An entry whose short or common form is right to gloss everywhere (苹果 for
Apple in a tech glossary) says so with `always_gloss`.

Nor, in English text, a Latin form that is one pinyin syllable (莒县's "Jun", 富县's "Fu", 王码's
"Wang"): like one Chinese character, a bare syllable names nobody, and English copy is full of them
(Lei Jun, Ma, He); nor the English forms of an entry whose Chinese forms are all single characters
(中 "China", 京 "Beijing"): the English belongs to the full name (中国, 北京), and the one-character
abbreviation is no gloss for it; nor an English form that the entry's note gives only in senses labelled as
slang, derogatory, old, literary, an abbreviation or one region's usage (`zhgloss.forms.is_marked_form`: 棒国
"(derog.) Korea", 天龙国 "(slang) (Tw) Taipei", 川普's "(Tw) surname Trump"): English copy's "Korea" is the
country, and the gloss a translator needs is the standard name (韩国), never a slur or Taiwan's spelling. Nor, in
English text, a language's or a people's adjective that names an untyped entry beside its kind (日语 "Japanese" with
"Japanese language", 俄国人 "Russian" with "Russian person", as the CC-CEDICT import writes them): English copy's
"Japanese and Russian envoys" are the countries'. Other Latin (English) forms are glossed.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, repeat
from operator import and_, contains, methodcaller, not_, or_
from pathlib import Path
from typing import TYPE_CHECKING, cast

from zhgloss.script import NAME_SEPARATORS, has_cjk
from zhgloss.syllables import SYLLABLES

# zhgloss.forms (its regexes, ~5 ms to import) is imported by the functions that read notes' labels, which run
# when a cache is built: a one-line annotate asks this module only `word_or_name_forms` (issue 15 item 2).

if TYPE_CHECKING:
    from collections.abc import Sequence

    from zhgloss.model import Entry

COMMON_WORDS_PATH = Path(__file__).resolve().parent / "data" / "common_words.txt"
WORD_OR_NAME_PATH = Path(__file__).resolve().parent / "data" / "word_or_name.txt"
TAGGED_WORDS_PATH = Path(__file__).resolve().parent / "data" / "tagged_words.txt"
NAMESAKE_WORDS_PATH = Path(__file__).resolve().parent / "data" / "namesake_words.txt"
VERB_NAMES_PATH = Path(__file__).resolve().parent / "data" / "verb_names.txt"
NAMED_AFTER_PATH = Path(__file__).resolve().parent / "data" / "named_after.txt"
HEAD_NOUNS_PATH = Path(__file__).resolve().parent / "data" / "head_nouns.txt"
SPORTS_WORDS_PATH = Path(__file__).resolve().parent / "data" / "sports_words.txt"
NAME_SAYINGS_PATH = Path(__file__).resolve().parent / "data" / "name_sayings.txt"
MIN_LENGTH = 2
UNIT_GENERICS: dict[str, tuple[str, str]] = {
    "district": ("区", "區"),
    "county": ("县", "縣"),
    "township": ("乡", "鄉"),
    "town": ("镇", "鎮"),
    "village": ("村", "村"),
    "banner": ("旗", "旗"),
}
"""Units of administration below a city, as CC-CEDICT names them, and their generic (simplified, traditional)."""
MOUNTAIN_GENERIC = "山"
"""The generic news writes a mountain's name with (泰山, 丹霞山); the same in both scripts."""
_GENERICS = frozenset({*(char for pair in UNIT_GENERICS.values() for char in pair), MOUNTAIN_GENERIC})
"""Fewest characters (separators not counted) a Chinese form needs to be glossed by default."""


def _listed_forms(path: Path) -> frozenset[str]:
    """The forms of a data list at `path`: every line but a comment (# first) and a blank one, stripped."""
    with path.open(encoding="utf-8") as fp:
        return frozenset(line.strip() for line in fp if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Return the words of data/common_words.txt (simplified and traditional).

    Every line but a comment (# first) and a blank one, stripped: read whole and taken apart by C-level passes
    (72,000 lines; a loop over them cost ~0.05 s of every annotator build).
    """
    lines = COMMON_WORDS_PATH.read_text(encoding="utf-8").split("\n")
    words = set(map(str.strip, compress(lines, map(not_, map(methodcaller("startswith", "#"), lines)))))
    words.discard("")
    return frozenset(words)


@lru_cache(maxsize=1)
def word_or_name_forms() -> frozenset[str]:
    """Return the forms of data/word_or_name.txt: glossed only where the context reads as a name (78 lines)."""
    return _listed_forms(WORD_OR_NAME_PATH)


@lru_cache(maxsize=1)
def tagged_word_forms() -> frozenset[str]:
    """Return the forms of data/tagged_words.txt (simplified): CC-CEDICT names that tagged news reads as ordinary
    words (大桥 "a bridge", not Da Qiao; 湖区 "a lake area"), glossed as the forms of `word_or_name_forms` are, only
    where the context reads as a name (scripts/build_tagged_words.py says how the list is made)."""
    return _listed_forms(TAGGED_WORDS_PATH)


@lru_cache(maxsize=1)
def namesake_word_forms() -> frozenset[str]:
    """Return the forms of data/namesake_words.txt (simplified, 26 lines): forms of `tagged_word_forms` whose name,
    of a place, organisation, event, work or untyped, is made of the everyday word: its English translates the
    characters (湖区 "Lake District", 铁人 "Ironman") or reads them in Japanese, Wade-Giles or Cantonese (日产
    "Nissan", 大树 "Tashu", 深井 "Sham Tseng"), and tagged news never reads it as a name. Such an entry's form is
    glossed only where the context reads as its kind's name (`zhgloss.glossrules.InsideRule`; the list is made by
    scripts/build_tagged_words.py)."""
    return _listed_forms(NAMESAKE_WORDS_PATH)


@lru_cache(maxsize=1)
def verb_name_forms() -> frozenset[str]:
    """Return the forms of data/verb_names.txt (simplified, 119 lines): CC-CEDICT names that jieba's dictionary tags
    a verb (开封 Kaifeng and "to unseal", 延长, 振兴). A place among them is not glossed where only a verb can stand,
    after a noun and before 了 or 后 (食品开封后: `zhgloss.glossrules.InsideRule._outside_verb_places`; the list is
    made by scripts/build_verb_names.py)."""
    return _listed_forms(VERB_NAMES_PATH)


@lru_cache(maxsize=1)
def named_after_words() -> frozenset[str]:
    """Return the words of data/named_after.txt (simplified, 206 lines): roads, streets and mountains jieba's
    dictionary lists that are named after a CC-CEDICT name (黄河路 Huanghe Road, 天门山 Tianmen Mountain). The name at
    their head is not glossed where the longer word stands (`zhgloss.glossrules.InsideRule._outside_named_after`;
    the list is made by scripts/build_named_after.py)."""
    return _listed_forms(NAMED_AFTER_PATH)


@lru_cache(maxsize=1)
def head_nouns() -> frozenset[str]:
    """Return the words of data/head_nouns.txt (8,960 lines): two-character common nouns that name neither an action
    nor a place (数据, 业务, 主力; not 出口 "to export", 家乡 "hometown"). A place's or an untyped name glued after one
    and ending its clause is the head of a compound noun, the everyday word (数据中台，, 主力中卫。):
    `zhgloss.glossrules.InsideRule._outside_compound_heads`; the list is made by scripts/build_head_nouns.py."""
    return _listed_forms(HEAD_NOUNS_PATH)


@lru_cache(maxsize=1)
def sports_words() -> frozenset[str]:
    """Return the words of data/sports_words.txt (simplified, 161 lines): CC-CEDICT's ordinary words whose first sense
    is sport's or with a sense of a sport's act, person or name (比赛, 破门, 联赛, 主场, 教练; not 项目, 季度, 进攻). A
    sentence that holds one is sports copy, where a place's or an untyped name of `tagged_word_forms` is the everyday
    word (中卫 "centre-back" in 中卫在比赛第70分钟头球破门:
    `zhgloss.glossrules.InsideRule._outside_sports_words`; the list is made by scripts/build_sports_words.py)."""
    return _listed_forms(SPORTS_WORDS_PATH)


@lru_cache(maxsize=1)
def name_sayings() -> frozenset[str]:
    """Return the sayings of data/name_sayings.txt (simplified, without punctuation; 294 lines): CC-CEDICT's idioms
    and proverbs that hold a name (毛遂自荐, 说曹操曹操就到, 三个臭皮匠顶个诸葛亮: 80), and its terms of five
    characters or more that hold one with a sense of their own whose English writes none of its names (特洛伊木马
    "Trojan horse", 刘姥姥进大观园: 214), longer than words.txt's words, which shield a match inside them up to four
    characters. A name inside one, where the text writes it, is not glossed
    (`zhgloss.glossrules.InsideRule._outside_sayings`; the list is made by scripts/build_name_sayings.py)."""
    return _listed_forms(NAME_SAYINGS_PATH)


def is_glossable(entry: Entry, form: str) -> bool:
    """Tell whether annotate should find `form`, a form of `entry`, in text (see the module docstring).

    True for every form of an entry with `always_gloss`, and for a form the entry lists in
    `safe_forms` (it says the form is safe to gloss even inside longer words); else False for
    every form of a surname or a `term` entry (a dictionary's word: 周一 "Monday"); else True for
    every form of a phrase (its wording is what the glossary glosses) and every Latin form but one
    pinyin syllable ("Jun") or the English of an entry whose Chinese
    forms are all single characters (中 "China"); else False for the bare two-character name of a
    place whose entry lists its full name (临河 beside 临河区), a Chinese form shorter than
    MIN_LENGTH characters or one listed in common_words().
    """
    verdict = _is_glossable(entry.always_gloss, entry.safe_forms, entry.type, entry.note, entry.zh_forms, form)
    if verdict and entry.type == "name" and not has_cjk(form) and _names_kind_by_adjective(entry.aliases):
        return not _is_kind_adjective(form, (entry.en, *entry.aliases))
    return verdict


def _is_glossable(
    always: bool, safe_forms: Sequence[str], kind: str, note: str | None, zh_forms: Sequence[str], form: str
) -> bool:
    """`is_glossable` of `form` for an entry with these fields (`zh_forms`: its `Entry.zh_forms`)."""
    by_entry = _by_entry(always, safe_forms, kind, form)
    if by_entry is not None:
        return by_entry
    if not has_cjk(form):
        return _is_glossable_latin(note, zh_forms, form)
    return _is_glossable_chinese(kind, zh_forms, form, common_words())


def are_glossable(
    entries: Sequence[Entry], numbers: Sequence[int], forms: Sequence[str], chinese: Sequence[bool] | None = None
) -> list[bool]:
    """Return `[is_glossable(entries[n], form) for n, form in zip(numbers, forms)]`, computed a column at a time.

    `chinese`, if given, tells of each form whether it `has_cjk` (`zhgloss.script.cjk_flags`).

    The annotator's build asks of every form of every entry (340,000 at 10^5 entries): what the rule
    reads of an entry (its type, flags, Chinese forms and note) is read once per entry, and each column
    of forms is judged by C-level passes (`map`, `compress`); only the forms the common case does not
    decide (separators, two-character places, Latin forms of an entry with one-character Chinese or a
    labelled note, entries decided whole) are asked one by one, of the entries' fields as the columns
    hold them (no entry is built: `zhgloss.model.EntryColumns`).
    """
    from zhgloss.model import entry_columns
    from zhgloss.script import cjk_flags

    if chinese is None:
        chinese = cjk_flags(list(forms))
    out = [True] * len(forms)
    # The entries as columns (a glossary's own: `zhgloss.store.Glossary.entry_columns`).
    columns = entry_columns(entries)
    types, notes, zh_forms = columns.type, columns.note, columns.zh_forms_at
    # The Chinese forms. Most have no separator: their letters are their characters.
    common = common_words()
    rows = list(compress(range(len(forms)), chinese))
    texts = list(map(forms.__getitem__, rows))
    plain = list(map(str.isalnum, texts))
    short_or_common = map(or_, map(MIN_LENGTH.__gt__, map(len, texts)), map(common.__contains__, texts))
    for row in compress(rows, map(and_, plain, short_or_common)):
        out[row] = False
    # Asked one by one: a form with a separator, and a place's name of two characters (临河 of 临河区?).
    one_by_one = list(compress(rows, map(not_, plain)))
    places = set(compress(range(len(types)), map("place".__eq__, types)))
    pairs = list(compress(rows, map(and_, plain, map((2).__eq__, map(len, texts)))))
    one_by_one += compress(
        pairs, map(and_, map(out.__getitem__, pairs), map(places.__contains__, map(numbers.__getitem__, pairs)))
    )
    for row in one_by_one:
        n = numbers[row]
        out[row] = _is_glossable_chinese(types[n], zh_forms(n), forms[row], common)
    # The Latin forms: one pinyin syllable is not glossed; the others of an entry whose simplified form has
    # two characters or more and whose note labels no sense (most) are.
    latin = list(compress(range(len(forms)), map(not_, chinese)))
    # Lower-casing never shortens a text: only a form no longer than the longest syllable can be one.
    short_forms = list(compress(latin, map(_LONGEST_SYLLABLE.__ge__, map(len, map(forms.__getitem__, latin)))))
    words = list(compress(short_forms, map(str.isalpha, map(forms.__getitem__, short_forms))))
    for row in compress(words, map(SYLLABLES.__contains__, map(str.lower, map(forms.__getitem__, words)))):
        out[row] = False
    # An entry with a short or no simplified form, or whose note labels a sense (棒国 "(derog.) Korea"): its
    # Latin forms are asked one by one, what its Chinese forms say of them decided once per entry.
    short = set(compress(range(len(types)), map(MIN_LENGTH.__gt__, map(len, [zh or "" for zh in columns.zh]))))
    noted = list(compress(range(len(notes)), notes))
    note_texts = cast("list[str]", list(map(notes.__getitem__, noted)))  # those with a note: text
    # What `has_marked_sense` asks first, a column at a time: few notes pass it.
    maybe = map(
        or_,
        map(or_, map(contains, note_texts, repeat("(")), map(contains, note_texts, repeat("abbr"))),
        map(contains, note_texts, repeat("used in")),
    )
    from zhgloss.forms import has_marked_sense, is_marked_in

    labelled = {n for n, text in compress(zip(noted, note_texts, strict=True), maybe) if has_marked_sense(text)}
    asked = short | labelled
    abbreviations: dict[int, bool] = {}
    for row in compress(latin, map(asked.__contains__, map(numbers.__getitem__, latin))):
        if not out[row]:
            continue
        n = numbers[row]
        if n in labelled and is_marked_in(notes[n], forms[row]):
            out[row] = False
        elif n in short:
            verdict = abbreviations.get(n)
            if verdict is None:
                verdict = abbreviations[n] = _has_long_chinese(zh_forms(n))
            out[row] = verdict
    # The entries the rule decides whole (always_gloss, safe_forms, surnames, phrases): few, asked one by one.
    always, safe = columns.always_gloss, columns.safe_forms
    numbered = range(len(types))
    # A dictionary's word (`term`) is glossed by no form, but where always_gloss or safe_forms says so (asked below):
    # the full CC-CEDICT import's 100,000 lower-case lines, decided a column at a time.
    terms = set(compress(numbered, map("term".__eq__, types)))
    if terms:
        for row in compress(range(len(forms)), map(terms.__contains__, numbers)):
            out[row] = False
    # A language's or a people's entry named by its adjective (日语 "Japanese", alias "Japanese language"), untyped as
    # the import leaves them: asked of the entries whose aliases name such a kind (few), their Latin forms one by one.
    aliases = columns.aliases
    kinds = set(compress(numbered, map(_names_kind_by_adjective, aliases))).intersection(
        compress(numbered, map("name".__eq__, types))
    )
    if kinds:
        for row in compress(latin, map(kinds.__contains__, map(numbers.__getitem__, latin))):
            n = numbers[row]
            if out[row] and _is_kind_adjective(forms[row], (columns.en[n], *aliases[n])):
                out[row] = False
    whole = {
        *compress(numbered, always),
        *compress(numbered, safe),
        *compress(numbered, map(_WHOLE_TYPES.__contains__, types)),
    }
    if whole:
        for row in compress(range(len(forms)), map(whole.__contains__, numbers)):
            n = numbers[row]
            out[row] = _is_glossable(always[n], safe[n], types[n], notes[n], zh_forms(n), forms[row])
    return out


_LONGEST_SYLLABLE = max(map(len, SYLLABLES))
"""The most letters a pinyin syllable has ("zhuang")."""
_WHOLE_TYPES = frozenset({"surname", "phrase"})
"""Entry types `_by_entry` decides every form of."""


_KIND_TAILS = (" language", " person", " people", " ethnic group", " nationality", " script")
"""What CC-CEDICT's import writes after an adjective to name a language or a people (日语 "Japanese language", 俄国人
"Russian person"): `_is_kind_adjective`."""


def _names_kind_by_adjective(aliases: Sequence[str]) -> bool:
    """Tell whether an entry's `aliases` hold a language's or a people's name made of an adjective (`_KIND_TAILS`)."""
    return bool(aliases) and any(alias.endswith(_KIND_TAILS) for alias in aliases)


def _is_kind_adjective(form: str, latin_forms: Sequence[str]) -> bool:
    """Tell whether `form` is one word that, with a word of `_KIND_TAILS`, is another of the entry's `latin_forms`:
    "Japanese" beside "Japanese language", "Russian" beside "Russian person".

    In English copy such a word is an adjective, the country's ("Japanese and Russian envoys", "a German carmaker"),
    never the language or the person the entry names: not glossed, as check reads it for the country (its demonyms).
    The source: the thirty-fifth session's import (imp), which makes the adjective such an entry's English so that
    `check` passes a translation that writes "German" for 德语 (R35-imp-1).
    """
    if " " in form or not form[:1].isupper():
        return False
    return any(form + tail in latin_forms for tail in _KIND_TAILS)


def _has_long_chinese(zh_forms: Sequence[str]) -> bool:
    """Whether an entry's English may be glossed for its Chinese forms `zh_forms`: not when every one is one
    character (中)."""
    return not zh_forms or any(len(zh) >= MIN_LENGTH or not has_cjk(zh) for zh in zh_forms)


def _by_entry(always: bool, safe_forms: Sequence[str], kind: str, form: str) -> bool | None:
    """What is_glossable says of `form` from its entry alone (always_gloss, safe_forms, its type), or None."""
    if always or form in safe_forms:
        return True
    if kind == "term":
        return False  # a dictionary's word: 周一 "Monday", 双方同意 "bilateral agreement"
    if kind == "surname":
        return False  # a surname alone names nobody: 和 "He", 斯 "Si"
    if kind == "phrase":
        return True  # a phrase entry is there to gloss its wording
    return None


def _is_glossable_latin(note: str | None, zh_forms: Sequence[str], form: str) -> bool:
    """is_glossable of a form without an ideograph, for an entry `_by_entry` does not decide."""
    from zhgloss.forms import is_marked_in

    if form.isalpha() and form.lower() in SYLLABLES:
        return False  # "Jun" (莒县), "Fu" (富县): one syllable names nobody
    if is_marked_in(note, form):
        return False  # 棒国 "(derog.) Korea": English copy's "Korea" is no slur
    # Not 中 for "China"; an entry with no Chinese yet, or whose "Chinese" is Latin (Q), is not concerned.
    return _has_long_chinese(zh_forms)


def _is_glossable_chinese(kind: str, zh_forms: Sequence[str], form: str, common: frozenset[str]) -> bool:
    """is_glossable of a form with an ideograph, for an entry (of type `kind`) `_by_entry` does not decide."""
    # No separator is a letter or digit: a form that is all letters (most are) counts them all.
    letters = len(form) if form.isalnum() else sum(1 for c in form if not c.isspace() and c not in NAME_SEPARATORS)
    if letters == 2 and kind == "place" and _has_full_name(zh_forms, form):
        return False  # 临河 of 临河区: the full name is glossed
    return letters >= MIN_LENGTH and form not in common


def _has_full_name(zh_forms: Sequence[str], form: str) -> bool:
    return any(form + generic in zh_forms for generic in _GENERICS)

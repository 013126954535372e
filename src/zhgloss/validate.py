"""Glossary lint: entries in, a list of problems out. Never prints.

Errors are things that are wrong (a reading the characters cannot have, a reference to an
entry that does not exist, a role that ends before it starts). Warnings are things a person
should look at but that can be right:

- a traditional form that OpenCC writes differently but that still converts back to the
  simplified one: names keep their own variant characters (裡/裏, 着/著, 峯/峰, 群/羣) and
  OpenCC's phrase tables cannot know a family's choice, so a mismatch is a question, not a fault;
- two entries sharing an English form: homonyms are normal (two people are called Wang Wei),
  whereas a Chinese form claimed by two entries makes lookup ambiguous and is an error;
- pinyin whose syllables are right but which is not written the way names are written
  (no tone marks, lower case, given name split);
- a draft entry (`draft: true`, added by `harvest --unknown --add`): a proposal until a person
  confirms it.
"""

from __future__ import annotations

import functools
import itertools
import re
import shlex
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from zhgloss.errors import GlossaryFileError, InvalidEntryError, ZhglossError, count_of
from zhgloss.model import (
    KNOWN_TYPES,
    ROLE_DATE_PROBLEMS,
    Entry,
    ForbiddenForm,
    Role,
    date_bounds,
    empty_forms,
    is_date,
    is_entry_id,
    life_dates,
    reference_cycle,
    reference_cycle_problem,
    role_date_problems,
    with_article,
)
from zhgloss.script import (
    CJK_PATTERN,
    NAME_SEPARATORS,
    en_key,
    en_script_problem,
    has_cjk,
    has_name_separator,
    has_tones,
    is_cjk,
    names_nothing,
    split_name_parts,
    zh_key,
    zh_script_problem,
)
from zhgloss.tickers import ticker_key

if TYPE_CHECKING:
    from zhgloss.formats.table import AroundName
    from zhgloss.pinyin import Romanization, Surname

Severity = Literal["error", "warning"]

CODES = {
    "pinyin-invalid": "pinyin has a syllable that is not pinyin",
    "pinyin-mismatch": "pinyin does not fit the characters",
    "pinyin-style": "pinyin not written the way names are written",
    "en-mismatch": "a person's English form does not spell the pinyin",
    "zh-hant-mismatch": "traditional form does not convert back to the simplified one",
    "zh-hant-variant": "traditional form differs from OpenCC's but converts back",
    "type-unknown": "the type is not one zhgloss knows (a typo such as 'persn')",
    "duplicate-id": "two entries share an id",
    "zh-clash": "one Chinese form claimed by two entries",
    "en-clash": "one English form used by two entries",
    "forbidden-clash": "a form one entry forbids (a termbase's deprecated or banned term) is another entry's accepted "
    "form, which lookup, annotate and check then take as a name",
    "refers-to-missing": "refers_to names no entry",
    "zh-punctuation": "a Chinese form holds two names parted by punctuation ('雷军:小米', '腾讯、阿里')",
    "refers-to-cycle": "refers_to leads back to the entry itself (亚马逊 -> 魅族 -> 亚马逊): none holds the thing",
    "org-id-missing": "a role's org_id names no entry",
    "org-unlinked": "a role's organisation is written as an entry's id but not linked to it ('founder@huawei')",
    "org-id-unknown": "a role's organisation is written as an id that names no entry (a typo: 'xiaomi-grup')",
    "org-dates": "a role's organisation ends in dates zhgloss cannot read ('tencent:2024-Q1..'): the role is undated",
    **ROLE_DATE_PROBLEMS,
    "role-open": "a role left open although a later role of the same kind, or the note, ends it",
    "role-repeat": "one position recorded twice (same kind of role at the same organisation)",
    "role-org-in-title": "a role's title names its organisation after 'at' ('CEO at Xiaomi'): no organisation linked",
    "draft": "a proposed entry nobody has confirmed yet (harvest --unknown --add)",
    "zh-no-han": "zh has no Chinese characters (zh and en swapped?)",
    "zh-alias-hant": "a Chinese alias writes zh in traditional characters while zh_hant is empty",
    "zh-missing": "no Chinese form: the entry glosses nothing and check finds nothing (an untranslated term)",
    "zh-english": "zh holds the entry's English form beside the Chinese ('马云 Jack Ma')",
    "en-chinese": "a name's English form holds Chinese characters beside the Latin ('Lei Jun（雷军）', 'Tencent 腾讯')",
    "form-empty": "a form of punctuation alone ('-', '、'): a placeholder or slip that names nothing",
    "en-han": "en is written in Chinese characters (zh and en swapped?)",
    "zh-traditional": "zh has traditional characters where the simplified form is stored",
    "zh-untypeable": "zh holds t2s's form beyond the BMP of a Hong Kong character, written otherwise (𪸩 for 辉)",
    "zh-japanese": "zh or zh_hant writes a character in its Japanese form (黒澤明), which Chinese text never does",
    "en-order": "a Chinese name's English form puts the given name first",
    "en-japanese": "a person's English reads as the Japanese readings of a name zhgloss cannot tell is Japanese",
    "en-placeholder": "a transliterated or Japanese name's English form is its pinyin (Bulinken), not its own spelling",
    "entry-unreadable": "an entry that cannot be read (a field empty or of a wrong type, a character with no reading)",
    "pinyin-source": "a reading only CC-CEDICT gives, for the character (崁 kǎn, Taiwan's) or the word (梵高 Fán Gāo)",
    "pinyin-tone": "a syllable in a tone no dictionary gives its character (勒 lē in 'Hǎilún·Kǎilē'): slip or own",
    "pinyin-cedict": "a name that is no person's read otherwise than CC-CEDICT reads a word of it (华为 'Huáwèi')",
    "zh-hant-source": "a traditional character only CC-CEDICT's own entry for it relates to the simplified one",
    "surname-form": "a person's surname written in a form data/surnames.tsv rules out (餘承东 for 余承东, 遊锡堃)",
    "form-unfolded": "a Chinese form the file holds with a space between characters, a radical or a variation selector",
    "en-title": "a title or honorific before the name in its English form ('President Xi Jinping', 'Mr. Lei Jun')",
    "en-possessive": "an English form ends in a possessive ('Xi Jinping's', 'Xiaomi's'), copied from running text",
    "en-symbol": "an English form holds a character no name is written with: an emoji or symbol, an underscore",
    "zh-symbol": "a Chinese form holds a character no name is written with: U+FFFD (text lost to a wrong encoding), "
    "an emoji, a symbol or a private-use character (李\ufffd强, ★雷军, 雷军✓)",
    "en-pinyin-numbers": "an English form is pinyin with tone numbers ('lei2jun1'): the pinyin, not an English name",
    "en-pinyin-marks": "an English form is pinyin with tone marks ('Léi Jūn'): the pinyin, not an English name",
    "en-bracket": "an English form holds a bracketed note ('Liu Qiangdong (Richard)', 'Li Na (tennis)'), not a name",
    "en-capitals": "a Chinese name's English form written in capitals, wholly or its surname ('LEI JUN', 'LEI Jun')",
    "en-mark": "a person's English form ends in a footnote mark or punctuation ('Lei Jun*', 'Lei Jun?', 'Lei Jun.')",
    "en-near-miss": "a place's or organisation's English misspells its pinyin ('Bejing' for 北京 Běijīng) and reads "
    "back as no romanization zhgloss knows",
    "pinyin-as-person": "an organisation's, place's or thing's pinyin written as a person's name, surname apart "
    "(国家电网 'Guó Jiādiànwǎng'), as add writes a form it types a person by default",
    "en-as-person": "an organisation's, place's or thing's English that is its pinyin read as a person's name "
    "(国家电网 'Guo Jiadianwang')",
    "en-description": "an English form holds a description after a comma ('Robin Li, founder of Baidu', 'Lei Jun, "
    "Xiaomi') or in a possessive before the name ('Xiaomi's Lei Jun'), not a name",
}
"""Every problem code, with what it means."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in one entry of a glossary."""

    entry_id: str
    field: str
    code: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.entry_id}: {self.severity}: {self.field}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "entry_id": self.entry_id,
            "field": self.field,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


_BLANK_AS_NONE = ("zh", "zh_hant", "pinyin")
"""Name fields an entry reads as absent when the file holds "" or blanks there (the others refuse it)."""


_DOUBLE_QUOTE_UNSAFE = frozenset('$`"\\!')
"""Characters a POSIX shell (and bash's history) still reads inside double quotes."""


def shell_quote(text: str) -> str:
    """`text` as one word of a printed command, quoted once for a POSIX shell: as it is where shlex.quote leaves it
    so (wang-yong), in single quotes where it holds no single quote ('Vice Governor@Guangdong'), in double quotes
    where it holds one but none of $ ` " \\ ! ("Bātè'ěr", "my dir/it's.json", where shlex.quote writes
    'Bātè'"'"'ěr'), else shlex.quote's. Python's shlex (POSIX sh rules); the review's R39-22."""
    quoted = shlex.quote(text)
    if "'" not in text or quoted == text or _DOUBLE_QUOTE_UNSAFE.intersection(text):
        return quoted
    return f'"{text}"'


def read_documents(documents: Mapping[str, object]) -> tuple[list[Entry], list[Problem]]:
    """Build an entry from each document of a glossary file; return those built and the problems of reading them.

    `documents` maps a document number ("1", "2", ...) to its JSON object, as the file holds them
    (`zhgloss.store.parse_glossary_bytes(..., documents_checked=False)["entries"]`); they are read in number
    order, then any stored under a key that is no document number (reported, and read). A
    document `Entry.from_dict` refuses (an empty or blank name, a field of the wrong type, a date
    not shaped like 2020-06-20, a key no entry has, no object at all: a hand edit) is an "entry-unreadable"
    error naming the field, under the document's id, or "document N" when its id is what is wrong (or it has
    none); the other documents are still read. Two documents of one id are each read, and the id is a
    "duplicate-id" error naming both documents. A blank zh, zh_hant or pinyin ("", "  "), which the entry
    reads as absent and `add` and `import` refuse, is a "form-empty" error naming that field (and is
    named first when the entry cannot be read: 'zh_hant given without zh' comes of a blank zh).
    A file whose JSON is broken, or that is no glossary at all (`zhgloss.store` refuses it), is not read here.
    """
    entries, problems, _ = _read_documents(documents)
    return entries, problems


def _is_document_number(key: str) -> bool:
    # As zhgloss.store reads keys: 1 to 15 ASCII digits (isdigit() alone takes "²", which int() refuses).
    return key.isascii() and key.isdigit() and len(key) <= 15


def _read_documents(documents: Mapping[str, object]) -> tuple[list[Entry], list[Problem], dict[str, int]]:
    """`read_documents`, and the place of each entry's id or document label in the file's order."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    order: dict[str, int] = {}
    numbers_of: dict[str, list[str]] = defaultdict(list)  # id -> the documents holding it
    keys = sorted(filter(_is_document_number, documents), key=int)
    keys += [key for key in documents if not _is_document_number(key)]
    for number in keys:
        doc = documents[number]
        fields = doc if isinstance(doc, Mapping) else {}
        entry_id = fields.get("id")
        if not _is_document_number(number):
            shown = number if len(number) <= 20 else f"{number[:20]}… ({len(number):,} characters)"
            label = entry_id if isinstance(entry_id, str) else f"document {shown!r}"
            message = f"stored under {shown!r}, which is no document number (1, 2, ...): other commands refuse the file"
            problems.append(Problem(label, "document", "entry-unreadable", message))
            order.setdefault(label, len(order))
        blank = [
            Problem(str(entry_id), name, "form-empty", f"{value!r} is blank: write null, or the {name}")
            for name in _BLANK_AS_NONE
            if isinstance(value := fields.get(name), str) and names_nothing(value)
        ]
        try:
            entry = Entry.from_dict(doc)  # type: ignore[arg-type]
        except (InvalidEntryError, TypeError) as exc:
            field = exc.field if isinstance(exc, InvalidEntryError) else "entry"
            label = f"document {number}" if field == "id" or not isinstance(entry_id, str) else entry_id
            if blank and field != "id":
                problems.append(replace(blank[0], message=f"{blank[0].message}; the entry cannot be read without it"))
            else:
                problem = exc.problem if isinstance(exc, InvalidEntryError) else str(exc)
                problems.append(Problem(label, field, "entry-unreadable", f"cannot be read: {problem}"))
            order.setdefault(label, len(order))
            if isinstance(entry_id, str) and field != "id":
                numbers_of[entry_id].append(number)
            continue
        entries.append(entry)
        problems += blank
        problems += _unfolded_problems(entry, fields)
        order.setdefault(entry.id, len(order))
        numbers_of[entry.id].append(number)
    for entry_id, numbers in numbers_of.items():
        if len(numbers) > 1:
            listed = ", ".join(numbers[:-1]) + f" and {numbers[-1]}"
            message = (
                f"documents {listed} have the id {entry_id!r}: rename all but one (other commands refuse the file)"
            )
            problems.append(Problem(entry_id, "id", "duplicate-id", message))
    return entries, problems, order


def _unfolded_problems(entry: Entry, fields: Mapping[str, object]) -> list[Problem]:
    """A Chinese form the file holds otherwise than the entry reads it (`zhgloss.model.fold_form`): a space between
    two characters ("雷 军"), a radical a PDF gave ("⻢云"), a variation selector. zhgloss reads the form folded; the
    file, and any other tool reading it, holds what finds nothing in Chinese text."""
    from zhgloss.model import CHINESE_FIELDS, fold_form
    from zhgloss.script import normalize as normalize_text

    problems: list[Problem] = []
    for name in sorted(CHINESE_FIELDS):
        value = fields.get(name)
        for form in value if isinstance(value, list) else [value]:
            if not isinstance(form, str):
                continue
            typed = normalize_text(form)
            folded = fold_form(typed, chinese=True)
            if folded != typed:
                message = (
                    f"{form!r} holds {_unfolded_what(typed)}: write {folded!r} (zhgloss reads it so and saves it so; "
                    "other tools read the file as it stands)"
                )
                problems.append(Problem(entry.id, name, "form-unfolded", message, "warning"))
    return problems


def _unfolded_what(form: str) -> str:
    """What `fold_form` changes in Chinese form `form`, in words."""
    from zhgloss.model import fold_form

    codes = list(map(ord, form))
    said = []
    if any(0x2E80 <= code <= 0x2EF3 or 0x2F00 <= code <= 0x2FD5 for code in codes):
        said.append("a radical (as a PDF's text gives it), not the character it shows")
    if any(0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF for code in codes):
        said.append("a variation selector, which shows as nothing")
    if fold_form(form, chinese=True).count(" ") < form.count(" "):
        said.append("a space between two Chinese characters")
    return " and ".join(said) or "what zhgloss folds"


def validate_documents(documents: Mapping[str, object]) -> list[Problem]:
    """Lint a glossary file's documents: the problems of reading them (`read_documents`) and of the entries read.

    Problems come in document order. A reference to an unreadable entry's id (refers_to, a role's
    org_id) is not reported missing: the entry is there, to be repaired.
    """
    entries, unread, order = _read_documents(documents)
    problems = validate_entries(entries, more_ids=order.keys() - {e.id for e in entries})
    if not unread:
        return problems
    # Two documents of one id are named by `_read_documents`, with their numbers.
    problems = [p for p in problems if p.code != "duplicate-id"]
    return sorted([*unread, *problems], key=lambda p: order.get(p.entry_id, len(order)))


def validate_entries(
    entries: Iterable[Entry],
    *,
    only: Collection[str] | None = None,
    previous: Mapping[str, Entry] | None = None,
    more_ids: Collection[str] = (),
) -> list[Problem]:
    """Lint `entries` and return their problems, in entry order (see the module doc for what is checked).

    With `only`, check just the entries with those ids, against all the others (for one new or
    edited entry). `previous` maps an entry's id to the entry as it was before an edit: each
    such entry is checked on its own only in what the edit changed (see `check_entry`), so a
    note changed does not load OpenCC and pypinyin to re-read unchanged characters. The checks
    across entries (clashes, references) always run in full; `more_ids` are ids of entries
    that are there but not among `entries` (unreadable ones), which references may name.
    """
    everything = list(entries)
    checked = [e for e in everything if only is None or e.id in only]
    before = previous or {}
    problems: dict[str, list[Problem]] = defaultdict(list)
    for entry in checked:
        try:
            problems[entry.id].extend(check_entry(entry, before=before.get(entry.id)))
        except ZhglossError as exc:
            # One unreadable entry ("囒吨": no pinyin known for '𪢠') is reported; the others are still checked.
            problems[entry.id].append(Problem(entry.id, getattr(exc, "field", "entry"), "entry-unreadable", str(exc)))
            if entry.zh is not None:
                # 郭基𪸩 (no pinyin known for 𪸩): the fix is zh's simplified form (U37-21).
                problems[entry.id].extend(_untypeable_problems(entry, entry.zh))
    for problem in _cross_entry_problems(everything, only, more_ids):
        problems[problem.entry_id].append(problem)
    order = {e.id: i for i, e in enumerate(checked)}
    return [p for entry_id in sorted(problems, key=lambda i: order.get(i, len(order))) for p in problems[entry_id]]


def check_entry(entry: Entry, *, before: Entry | None = None) -> list[Problem]:
    """Lint one entry on its own: type, pinyin, English form, traditional form, roles.

    With `before` (the entry as it was before an edit), only the checks whose fields the edit
    changed run: a new note is not a reason to re-read the characters with pypinyin and OpenCC.
    A problem the entry had before the edit is left to `zhgloss validate` (a stored role dated after
    today does not stop an edit of the note); the draft reminder is given on every edit until the
    flag is cleared.
    """
    problems: list[Problem] = []
    for check, fields in _ENTRY_CHECKS:
        if before is None or not fields:
            problems += check(entry)
        elif any(getattr(entry, name) != getattr(before, name) for name in fields):
            try:
                had = {(p.field, p.code, p.message) for p in check(before)}
            except ZhglossError:
                # The entry as stored is unreadable (郭基𪸩: no pinyin known for 𪸩); the edit is judged alone.
                had = set()
            problems += [p for p in check(entry) if (p.field, p.code, p.message) not in had]
    return problems


# Types Chinese text always writes in characters: their zh is never a name left untranslated.
_NAMED_PEOPLE = ("person", "nickname")
# Types written in lower-case pinyin (common words, not names), as zhgloss.curate writes them.
_LOWER_CASE_TYPES = ("phrase", "term")


def _script_problems(entry: Entry) -> list[Problem]:
    """Each form in the script its field is for: Han in zh (simplified), Latin in en; a person's name in order."""
    from zhgloss.formats.table import (
        chinese_punctuation_problem,
        comma_description_said,
        digits_problem,
        latin_copy_problem,
        romanized_chinese,
        romanized_latin,
        typed_script_problem,
    )

    problems: list[Problem] = []
    if entry.zh is None and entry.refers_to is None and entry.type != "stock_code":
        # A stock code is written alike in both languages, and an entry that refers to another has its Chinese there.
        message = f"no Chinese form for {entry.en!r}: Chinese text never finds it; add its Chinese (zh)"
        problems.append(Problem(entry.id, "zh", "zh-missing", message, "warning"))
    english_keys = {en_key(form) for form in entry.en_forms}
    said = typed_script_problem(entry.zh, entry.type) if entry.zh is not None else None
    if said and (en_key(entry.zh or "") not in english_keys or entry.type in _NAMED_PEOPLE):
        # (A name Chinese text leaves untranslated, "OneDrive" as its Chinese too, is none: one rule with import,
        # formats.table.chinese_term_problem. A person's or a nickname's is: Chinese text writes a person in
        # characters, so zh 'Lei Jun' beside en 'Lei Jun' is the two swapped or a slip, user U42.)
        problems.append(Problem(entry.id, "zh", "zh-no-han", f"{entry.zh!r} {said}; were zh and en swapped?"))
    elif said and entry.type == "name" and (romanized := romanized_latin(entry.zh or "")):
        # Untyped, and Chinese romanized ('Lei Jun,Lei Jun', a CAT tool's row whose target copies its source, or
        # 'Jack Ma'): Chinese text writes it in characters. An error, as import refuses it (one rule with
        # formats.table.chinese_term_problem, user U27-38), and so add.
        message = f"{entry.zh!r} {said}: {romanized}, which Chinese text writes in characters; give its Chinese"
        problems.append(Problem(entry.id, "zh", "zh-no-han", message))
    elif said and (copied := latin_copy_problem(entry.zh or "", entry.type)) is not None:
        # Typed, and Latin Chinese text never writes ('Shenzhen' for a place, 'Wang' for a surname, 'Huawei' for an
        # org): an error, as import and add refuse it (one rule, formats.table.latin_copy_problem; R45-2).
        message = f"{entry.zh!r} {said}: {copied}; give its Chinese"
        problems.append(Problem(entry.id, "zh", "zh-no-han", message))
    elif said and entry.type == "name":
        # Untyped, other Latin (OneDrive, which Chinese text writes so, user U35; or an English name): a question.
        message = (
            f"{entry.zh!r} {said} and is the English form too: give the name's Chinese, or type the entry (org, "
            "product) if Chinese text writes it so, as OneDrive"
        )
        problems.append(Problem(entry.id, "zh", "zh-no-han", message, "warning"))
    elif entry.zh is not None and entry.zh.isdigit() and (digits := digits_problem(entry.type, entry.en)):
        # A code of digits passes zh_script_problem (600519, 03888.HK are written so), but only the types of
        # DIGIT_TYPES are called by digits alone (360, 2046, 110); a person's or a place's Chinese never is. An
        # error, as import refuses it (formats.table.digits_problem).
        problems.append(Problem(entry.id, "zh", "zh-no-han", f"{entry.zh!r} {digits}"))
    for field, form in (("zh", entry.zh), ("zh_hant", entry.zh_hant), *(("zh_aliases", a) for a in entry.zh_aliases)):
        # The rule of the English forms' characters (en-symbol) holds for the Chinese ones: add refused ★雷军 only by
        # the romanizer, where it made a person's pinyin, so import, edit and `add --pinyin` stored it (R48-18).
        symbols = _symbols_in(form) if form else None
        if form and symbols is not None:
            problems.append(Problem(entry.id, field, "zh-symbol", _symbols_said(form, symbols)))
    for alias in entry.zh_aliases:
        # A Latin form Chinese text writes as is ("IoT", "WPS Office") is listed among the English forms too. A code
        # or brand in capitals ('JD') may be one, as zh may be, so it is a question; a stock code's Chinese press
        # forms (3888.HK, JD.US) and a word's ("B" for 屄, as CC-CEDICT has it) are written so.
        if has_cjk(alias):
            continue
        if en_key(alias) in english_keys:
            # Not a person's, nor Chinese romanized in an untyped entry: import refuses those in zh_aliases as in zh
            # (formats.table.chinese_term_problem), Chinese text writing them in characters.
            if entry.type in _NAMED_PEOPLE or (entry.type == "name" and romanized_chinese(alias) is not None):
                message = (
                    f"{alias!r} has no Chinese characters and Chinese text writes it in characters: move it to aliases"
                )
                problems.append(Problem(entry.id, "zh_aliases", "zh-no-han", message))
            continue
        said = zh_script_problem(alias)
        if said:
            message = f"{alias!r} {said}: move it to aliases (list it in both if Chinese text writes it so)"
            problems.append(Problem(entry.id, "zh_aliases", "zh-no-han", message))
        elif entry.type not in _GLOSSED_TYPES and entry.type != "stock_code":
            message = (
                f"{alias!r} has no Chinese characters and is none of the English forms: if Chinese text writes "
                "it so, list it among the aliases too; else move it there"
            )
            problems.append(Problem(entry.id, "zh_aliases", "zh-no-han", message, "warning"))
    for field, form in (("en", entry.en), *(("aliases", alias) for alias in entry.aliases)):
        said = en_script_problem(form)
        if said:
            fix = "were zh and en swapped?" if field == "en" else "move it to zh_aliases"
            problems.append(Problem(entry.id, field, "en-han", f"{form!r} {said}; {fix}"))
        elif entry.type not in _GLOSSED_TYPES and has_cjk(form):
            problems.append(Problem(entry.id, field, "en-chinese", _chinese_in_english(entry, form)))
        elif (symbols := _symbols_in(form)) is not None:
            message = f"{form!r} holds {symbols}, which no name is written with: write the name alone"
            problems.append(Problem(entry.id, field, "en-symbol", message))
        elif (toneless := marked_pinyin(form)) is not None and _reads_as_own(entry, toneless):
            message = (
                f"{form!r} is pinyin with tone marks, not an English form: the pinyin goes in pinyin, the English is "
                f"{toneless!r} or the person's own spelling (zhgloss edit {entry.id} "
                f"{'--en ' + shell_quote(toneless) if field == 'en' else '--remove-alias ' + shell_quote(form)})"
            )
            problems.append(Problem(entry.id, field, "en-pinyin-marks", message))
        elif (numbered := numbered_pinyin(form)) is not None:
            if field == "en":
                fix = f"zhgloss edit {entry.id} --en ENGLISH" + (
                    "" if entry.pinyin else f" --pinyin {shell_quote(numbered)}"
                )
            else:
                fix = f"zhgloss edit {entry.id} --remove-alias {shell_quote(form)}"
            message = (
                f"{form!r} is pinyin with tone numbers ({numbered!r}), not an English form: write the English ({fix})"
            )
            problems.append(Problem(entry.id, field, "en-pinyin-numbers", message))
        elif (
            "," in form
            and (described := comma_description_said(form, entry.type)) is not None
            and not (field == "en" and _comma_problems(entry))  # said there, with the person's name
        ):
            # The rule table rows are refused by (formats.table.comma_description; the review's R45-11).
            problems.append(Problem(entry.id, field, "en-description", f"{form!r} {described}"))
        elif (bracketed := _bracketed_note(form, entry.type)) is not None:
            name, note = bracketed
            message = (
                f"{form!r} holds {note!r} in brackets, a note on the name and no part of it: write {name!r}; "
                "another name of the same thing is an alias of its own, and a description goes in the note"
            )
            problems.append(Problem(entry.id, field, "en-bracket", message))
    chinese_forms = [("zh", entry.zh or ""), *(("zh_aliases", alias) for alias in entry.zh_aliases)]
    for field, chinese in chinese_forms:
        # Two things parted by punctuation ('雷军:小米', '腾讯、阿里'): the rule import refuses by (U32-22).
        parted = chinese_punctuation_problem(chinese, entry.en_forms, entry.type) if has_cjk(chinese) else None
        if parted is not None:
            problems.append(Problem(entry.id, field, "zh-punctuation", f"{chinese!r} {parted}"))
    english = _english_in_zh(entry)
    if english is not None:
        message = f"{entry.zh!r} holds the English form {english!r}: keep zh to the Chinese, the English in en"
        problems.append(Problem(entry.id, "zh", "zh-english", message))
    japanese = _japanese_problems(entry)
    problems += japanese
    if entry.zh is not None and has_cjk(entry.zh) and not japanese:
        simplified = simplified_zh(entry)
        if simplified != entry.zh:
            changed = "、".join(dict.fromkeys(a for a, b in zip(entry.zh, simplified, strict=False) if a != b))
            hint = f"zh {simplified!r} and zh_hant {entry.zh!r}" if entry.zh_hant is None else f"zh {simplified!r}"
            message = f"{entry.zh!r} has traditional {changed}; write {hint}{_as_sourced(entry)}"
            problems.append(Problem(entry.id, "zh", "zh-traditional", message))
    if entry.zh is not None and has_cjk(entry.zh):
        problems += _untypeable_problems(entry, entry.zh)
    return problems


def simplified_zh(entry: Entry) -> str:
    """The zh `entry` (one with a zh) is written with in simplified characters, by the rule of validate's
    `zh-traditional` error (which names any other form): a surname as `add --type surname` writes it
    (`convert.surname_to_simplified`: 炤 and 齧, variants a surname may keep, stay; 麴 is 麹, not t2s's 曲: the review's
    R44-8), any other entry as a name is converted with its surname apart (`convert.name_to_simplified` without the
    surname rule: a ruled-out surname form is `surname-form`'s warning, 遊锡堃). The CC-CEDICT import's
    data/cedict_hans_slips.tsv is built by it."""
    from zhgloss.convert import name_to_simplified, surname_to_simplified

    zh = entry.zh or ""
    if entry.type == "surname":
        return surname_to_simplified(zh, [*entry.en_forms, entry.pinyin or ""])
    return name_to_simplified(zh, surname_rule=False)


def _untypeable_problems(entry: Entry, zh: str) -> list[Problem]:
    """`zh-untypeable`: a zh holding a character OpenCC's t2s writes beyond the BMP for a Hong Kong character whose
    standard simplified form is another (`convert.untypeable_forms`: 𪸩 for 煇, which simplified copy writes 辉)."""
    from zhgloss.convert import untypeable_forms

    forms = untypeable_forms()
    if forms.keys().isdisjoint(zh):
        return []
    found = [char for char in dict.fromkeys(zh) if char in forms]
    fixed = "".join(forms[char][1] if char in forms else char for char in zh)
    hant = entry.zh_hant or "".join(forms[char][0] if char in forms else char for char in zh)
    said = "、".join(f"{char} (U+{ord(char):04X}, t2s's form of {forms[char][0]})" for char in found)
    message = (
        f"{zh!r} holds {said}, which no input method offers and simplified text writes "
        f"{'、'.join(forms[char][1] for char in found)}: write zh {fixed!r} "
        f"(zhgloss edit {entry.id} --zh {fixed} --zh-hant {hant})"
    )
    return [Problem(entry.id, "zh", "zh-untypeable", message)]


_NUMBERED_WORD_RE = re.compile(r"(?:[a-zü:]+[1-5])+", re.IGNORECASE)
_NUMBERED_SYLLABLE_RE = re.compile(r"([a-zü:]+)([1-5])", re.IGNORECASE)


def numbered_pinyin(form: str) -> str | None:
    """Return the tone-marked pinyin an English form spells in tone-numbered pinyin ("lei2jun1", "lei2 jun1":
    'léijūn', 'léi jūn'), or None where it is not such pinyin: every word a run of pinyin syllables each with its
    tone number, two syllables or more ("A4", "Q5", "MP3" are names of things, "Route 66" English). A Pleco or Anki
    export read as source and target puts it in en (U34-7); `check` would then demand "lei2jun1" of a translation."""
    from zhgloss.pinyin import is_pinyin_syllable, write_word

    words = re.split(r"[\s'-]+", form.strip())
    if not all(_NUMBERED_WORD_RE.fullmatch(word) for word in words):
        return None
    syllables = [
        [match.group(1).lower().replace("u:", "v").replace("ü", "v") + match.group(2) for match in
         _NUMBERED_SYLLABLE_RE.finditer(word)]
        for word in words
    ]  # fmt: skip
    if sum(map(len, syllables)) < 2 or not all(is_pinyin_syllable(s[:-1]) for word in syllables for s in word):
        return None
    return " ".join(write_word(word, capitalize=False) for word in syllables)


def _reads_as_own(entry: Entry, toneless: str) -> bool:
    """Tell whether `toneless` (an English form with its tone marks dropped) spells the entry's own reading: its
    pinyin's letters or its Chinese read in context. "Léi Jūn" of 雷军 does; "Ōsaka" of 大阪 (Dàbǎn), "Malé" of 马累 and
    "Pokémon" of 宝可梦 are foreign names written with accents, not pinyin."""
    from zhgloss.pinyin import context_readings

    letters = "".join(c for c in toneless.casefold().replace("ü", "v") if c.isalpha())
    own = {"".join(c for c in (entry.pinyin or "").casefold() if c.isalpha())}
    if entry.zh and has_cjk(entry.zh) and (read := context_readings(entry.zh)) is not None:
        own.add("".join(s.rstrip("012345") for s in read))
    own = {"".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c)) for key in own}
    return letters in own


def marked_pinyin(form: str) -> str | None:
    """Return an English form that is tone-marked pinyin ("Léi Jūn", "Zhōngguó Yínháng") without its tones ("Lei
    Jun"), or None where it is not such pinyin: a tone mark, and every word a run of pinyin syllables, two or more in
    all ("José", "Nguyễn Phú Trọng" are names written with accents). A headerless zh | pinyin | English sheet stored
    its pinyin column as en so (review R13); the English is the pinyin without its marks, or the person's own."""
    from zhgloss.pinyin import is_pinyin_syllable, marks_to_numbers

    if not has_tones(form) or any(char.isdigit() for char in form):
        return None
    words = [word for word in re.split(r"[\s-]+", form.strip()) if word]
    syllables = [marks_to_numbers(word).split() for word in words]
    if sum(map(len, syllables)) < 2 or not all(is_pinyin_syllable(s[:-1]) for word in syllables for s in word):
        return None
    # The marks dropped, ü's dots kept: "Xī'ān" -> "Xi'an", "Lǚ Bù" -> "Lü Bu".
    decomposed = unicodedata.normalize("NFD", " ".join(words))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308"))


_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Co", "Cs", "Cn"})
"""Unicode categories no name's English holds a character of: symbols and emoji (🚗, ★, ™), modifier symbols
(^, `), private-use and unassigned code points. Currency and mathematical signs (Sc, Sm: "C++", "E=mc²"'s =) and
every punctuation mark but the underscore may be a work's or a company's."""
_IDEOGRAPHIC_PLANES = (0x20000, 0x3FFFF)
"""Unicode's Supplementary and Tertiary Ideographic Planes: a code point there that this Python's Unicode tables call
unassigned (Cn) is an ideograph of a later version (CJK Extension H, U+31350-, Unicode 15.0; I, U+2EBF0-, 15.1), the
rare character of a personal or place name, never a symbol (the session's B49-1: 王𱍐 was refused as a symbol)."""
_EMOJI_JOINERS = frozenset("\u200d\ufe0e\ufe0f")
"""The zero-width joiner and the variation selectors that compose emoji (👨‍💻, ❤️)."""


def _symbols_in(form: str) -> str | None:
    """Say which characters of English `form` no name is written with (an emoji, a symbol, an underscore: "He
    Xiaopeng 🚗", "Ce_Shi"), or None. The underscore stands for a space in file and user names, never in a name."""
    import unicodedata

    found = [
        c
        for c in form
        if c == "_"
        or c in _EMOJI_JOINERS
        or (
            unicodedata.category(c) in _SYMBOL_CATEGORIES
            and not _IDEOGRAPHIC_PLANES[0] <= ord(c) <= _IDEOGRAPHIC_PLANES[1]
        )
    ]
    if not found:
        return None
    shown = ", ".join(repr(c) if c != "_" else "an underscore" for c in dict.fromkeys(found) if c not in _EMOJI_JOINERS)
    return shown or "an emoji's joiner"


def _symbols_said(form: str, symbols: str) -> str:
    """What validate (zh-symbol) and so add, edit and every import say of Chinese `form` holding `symbols`
    (`_symbols_in`): U+FFFD is a character lost when the text was decoded in the wrong encoding, to be read again
    from the source; the others are written beside the name (a sheet's star, tick or emoji), to be dropped."""
    if "\ufffd" in form:
        return (
            f"{form!r} holds U+FFFD, a character lost when the text was read in a wrong encoding: write the name again "
            "from its source (a sheet: save it as UTF-8)"
        )
    return f"{form!r} holds {symbols}, which no name is written with: write the name alone"


_BRACKETED_RE = re.compile(r"(?P<name>[^()]*?\S)\s*[(（](?P<note>[^()（）]+)[)）]\s*")
"""A form, then a bracket at its end: "Liu Qiangdong (Richard)", "Li Na (tennis)"."""


def _bracketed_note(form: str, kind: str) -> tuple[str, str] | None:
    """(the name, the bracket) where English `form` ends in a bracketed note, or None. A person's or a nickname's
    form is a name alone, so any bracket is a note ("Liu Qiangdong (Richard)": his English name, an alias of its
    own). Another entry's bracket is a note when it starts lower case, a description ("Xinhua (news agency)",
    "Microsoft (company)") or names a title or an occupation ("Lei Jun (CEO)": one rule with table rows,
    `zhgloss.formats.table.bracket_describes`); one of other capitalised words may be part of the name ("Bank of
    China (Hong Kong)"), and one of digits or an abbreviation ("Formula 1 (F1)") is left as well."""
    match = _BRACKETED_RE.fullmatch(form)
    if match is None:
        return None
    name, note = match.group("name").strip(), match.group("note").strip()
    from zhgloss.formats.table import bracket_describes

    if kind in _NAMED_PEOPLE or bracket_describes(note, name):
        return name, note
    return None


def english_problems(entry: Entry) -> list[Problem]:
    """The problems of a name's English form as its Chinese reads: the rule `add`, `edit`, `validate` and the importers
    share. A Chinese name's English in Western order ("Qiangdong Liu" for 刘强东: `en-order`), one that spells neither
    the pinyin nor the person's own romanization ("Cheung Apple" for 张伟: `en-mismatch`; an adopted Western name not
    marked so, "Richard Liu", is this too), a title before the name (`en-title`), a spelling only partly read back
    (`en-romanization`, a warning). An entry marked `en_adopted` has none of them."""
    comma = _comma_problems(entry)
    # (an English with something after the name says nothing of the name's spelling: en-mismatch would be noise)
    return [*_order_problems(entry), *comma, *([] if comma else _en_problems(entry))]


def _comma_problems(entry: Entry) -> list[Problem]:
    """`en-description`: a person's English that writes the person's name and, after a comma, something that is no
    part of it ("Lei Jun, Xiaomi", "Ma Huateng, Tencent": the company, a place, a role in capitals), which annotate
    and check would take for the name (the review's R45-11). The name before the comma must spell the person's
    Chinese (`zhgloss.formats._reads_as_person`); after it, the Hong Kong Government's English given name ("CHAN
    Mo-po, Paul") and post-nominal letters (`zhgloss.harvest.POST_NOMINALS`) are part of how a name is listed, and
    a catalogue's "Zhang, Xiaolong" is `en-order`'s. A list of names ("Pony Ma, Ma Huateng") is an import's refusal
    (`formats.table._other_english_names`)."""
    if entry.type not in ("person", "name") or entry.en_adopted or entry.zh is None or "," not in entry.en:
        return []
    from zhgloss.adopted import catalogue_order, english_given_names
    from zhgloss.formats import _reads_as_person
    from zhgloss.harvest import POST_NOMINALS

    name, _, rest = entry.en.partition(",")
    name, rest = name.strip(), rest.strip()
    if not rest or catalogue_order(entry.zh, entry.en) is not None or not _reads_as_person(entry.zh, name):
        return []
    if entry.type == "name" and not _romanized_as_person(entry.zh, name):
        return []  # untyped "Sha Tin, New Territories" (沙田): a place may read as a surname and more
    parts = [part.strip() for part in rest.split(",")]
    if all(part in POST_NOMINALS or en_key(part) in english_given_names() for part in parts):
        return []
    if len(parts) == 1 and len(parts[0].split()) >= 2 and all(w[:1].isupper() for w in parts[0].split()):
        from zhgloss.formats.table import is_role

        if not is_role(parts[0]) and _reads_as_person(entry.zh, parts[0]):
            return []  # "Pony Ma, Ma Huateng": another name of the person, an import's refusal of its own
    message = (
        f"{entry.en!r} holds {rest!r} after a comma, no part of the person's name: write {name!r}, and put {rest!r} "
        f"in a role or the note (zhgloss edit {entry.id} --en {shell_quote(name)})"
    )
    return [Problem(entry.id, "en", "en-description", message)]


def _japanese_problems(entry: Entry) -> list[Problem]:
    """`zh-japanese`: zh or zh_hant holds a Japanese-only character form (U30-37: 黒泽明, pasted from a Japanese
    source), which Chinese text never writes, so that lookup, annotate and check miss 黑泽明. The fix, said once for
    both fields, is `edit --zh` with the Japanese form: it writes both scripts in Chinese characters and keeps the
    Japanese form as a Chinese alias."""
    from zhgloss.convert import chinese_of_japanese, has_japanese_form, to_simplified

    forms = [(field, form) for field, form in (("zh", entry.zh), ("zh_hant", entry.zh_hant)) if form]
    japanese = [(field, form) for field, form in forms if has_japanese_form(form)]
    if not japanese:
        return []
    field, form = japanese[0]
    typed = japanese[-1][1]  # the traditional form where both are Japanese: the name as Japan writes it (黒澤明)
    written = "、".join(dict.fromkeys(c for c, d in zip(form, chinese_of_japanese(form), strict=True) if c != d))
    chinese = to_simplified(form) if field == "zh" else chinese_of_japanese(form)
    message = (
        f"{form!r} writes {written} in Japanese forms, which Chinese text never does: write {field} {chinese!r}, the "
        f"Japanese form a Chinese alias (zhgloss edit {entry.id} --zh {shell_quote(typed)})"
    )
    return [Problem(entry.id, field, "zh-japanese", message)]


# Chinese forms mix scripts legitimately: a letter or a code inside a Chinese name is written as itself (阿Q, 卡拉OK,
# T恤, X光, 小米SU7, 王X), and its pinyin keeps it (`_latin_free`). Such a form is a zh like any other; what the
# romanizer says of a person's name (its surname reading, the English spelling its pinyin) is judged only where
# the name is Chinese characters alone, since the romanizer reads those only. What is no Chinese form is the
# English written into zh beside it ("马云 Jack Ma"): the Latin part of zh that is one of the entry's English
# forms (`zh-english`).
_LATIN_PART_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.'’\- ]*[A-Za-z0-9.])?")


# A term's or a phrase's English is a gloss, which may quote Chinese (CC-CEDICT's "abbr. to 高中", "与其 A 不如 B");
# a name's English form is the name in Latin letters, and Chinese beside it ("Lei Jun（雷军）", "Tencent 腾讯") is the
# Chinese form written into the wrong field, as "马云 Jack Ma" is the English written into zh.
_GLOSSED_TYPES = frozenset({"term", "phrase"})


@functools.cache
def _chinese_part_re() -> re.Pattern[str]:
    """A run of Chinese characters in an English form, with the brackets around it ("（雷军）"); compiled when asked
    (a class of the CJK blocks takes milliseconds to compile, and most commands import this module)."""
    run = f"{CJK_PATTERN}(?:[\\s{NAME_SEPARATORS}]*{CJK_PATTERN})*"
    return re.compile(rf"[(（\[【]\s*{run}\s*[)）\]】]|{run}")


def _chinese_in_english(entry: Entry, form: str) -> str:
    """Say what to do with the Chinese characters in `form`, an English form of a name that also has Latin letters."""
    parts = [match.group() for match in _chinese_part_re().finditer(form)]
    rest = " ".join(_chinese_part_re().sub(" ", form).split())
    chinese = [re.sub(r"^[(（\[【]\s*|\s*[)）\]】]$", "", part) for part in parts]
    own = {zh_key(f) for f in entry.zh_forms}
    if all(zh_key(part) in own for part in chinese):
        return f"{form!r} holds the Chinese form {'、'.join(chinese)!r} beside the English: write {rest!r}"
    return (
        f"{form!r} has Chinese characters ({'、'.join(chinese)}): an English form is written in Latin letters; "
        "put the Chinese in zh or zh_aliases"
    )


def _reads_as_chinese(zh: str) -> bool:
    """Tell whether `zh` is Chinese characters alone (name separators and a space apart): what the romanizer reads."""
    return all(is_cjk(c) or c in NAME_SEPARATORS or c == " " for c in zh)


def _english_in_zh(entry: Entry) -> str | None:
    """The Latin part of a mixed-script zh that is one of the entry's English forms, or None (see the comment above)."""
    if entry.zh is None or entry.zh.isascii() or not has_cjk(entry.zh) or _reads_as_chinese(entry.zh):
        return None
    english = {en_key(form) for form in entry.en_forms}
    for match in _LATIN_PART_RE.finditer(entry.zh):
        part = match.group()
        if " " in part.strip() and en_key(part) in english:  # one word ("Q", "OK", "SU7") is the name's own letters
            return part.strip()
    return None


def _romanized_as_person(zh: str, name: str) -> bool:
    """Tell whether English `name` is the romanizer's person's name of `zh`, word for word ("Lei Jun" for 雷军; not
    "Sha Tin" for 沙田, Cantonese, nor "Wangfujing" for 王府井, one word as a place is written)."""
    from zhgloss.pinyin import romanize

    try:
        romanized = romanize(zh).en
    except ZhglossError:
        return False
    return romanized is not None and [en_key(w) for w in romanized.split()] == [en_key(w) for w in name.split()]


def _order_problems(entry: Entry) -> list[Problem]:
    """A Chinese name romanized from its pinyin keeps the surname first: "Liu Qiangdong", not "Qiangdong Liu".

    The pinyin is the entry's, or where it has none (a CSV or TSV import stores none) the name's reading by
    `zhgloss.pinyin.romanize`, as `romanize` and `add` read it; a name it cannot read is not judged.
    """
    if entry.type not in ("person", "name") or entry.en_adopted or entry.zh is None:
        return []
    if any(sep in entry.zh for sep in NAME_SEPARATORS) or not has_cjk(entry.zh) or has_cjk(entry.en):
        return []
    from zhgloss.script import pinyin_key

    reading = entry.pinyin
    if entry.type == "name":
        # An untyped name (a termbase's people come in so) is judged only where its characters read as a person's
        # name, surname first (雷军 "Jun Lei"): a place's or a company's pinyin in another order is no such slip.
        from zhgloss.pinyin import romanize

        try:
            if not 2 <= len(entry.zh) <= 4 or not romanize(entry.zh).surname_known:
                return []
        except ZhglossError:
            return []
    if reading is None:
        from zhgloss.pinyin import romanize

        try:
            name = romanize(entry.zh)
        except ZhglossError:
            return []
        if name.en is None:  # a transliterated or Japanese name: its English is its own spelling, in any order
            return []
        reading = name.pinyin
    from zhgloss.adopted import catalogue_order

    if (ordered := catalogue_order(entry.zh, entry.en)) is not None:
        # "Zhang, Xiaolong": the family name first, but a comma after it, a catalogue's order (the review's R45-8;
        # a table import reads it in order, formats.table._short_english).
        message = (
            f"{entry.en!r} writes the family name, a comma, then the given name (a catalogue's order): write "
            f"{ordered!r} (zhgloss edit {entry.id} --en {shell_quote(ordered)})"
        )
        return [Problem(entry.id, "en", "en-order", message)]
    words = [pinyin_key(w) for w in reading.split() if pinyin_key(w)]
    if len(words) < 2:
        return []
    target = en_key(entry.en)
    western = "".join(words[1:] + words[:1])
    if target == "".join(words) or target != western:
        return []
    chinese_order = " ".join([*entry.en.split()[1:], entry.en.split()[0]]) if len(entry.en.split()) == 2 else None
    fix = f"write {chinese_order!r}, or " if chinese_order else ""
    return [
        Problem(
            entry.id,
            "en",
            "en-order",
            f"{entry.en!r} puts the given name first; {fix}if the person writes it so, say so with --adopted "
            f"(zhgloss edit {entry.id} --adopted)",
        )
    ]


def _type_problems(entry: Entry) -> list[Problem]:
    """An unknown type is an error: the type decides how names are read, romanized and checked."""
    if entry.type in KNOWN_TYPES:
        return []
    import difflib

    close = difflib.get_close_matches(entry.type, KNOWN_TYPES, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    message = f"{entry.type!r} is not a known type ({', '.join(KNOWN_TYPES)}){hint}"
    return [Problem(entry.id, "type", "type-unknown", message)]


def _draft_problems(entry: Entry) -> list[Problem]:
    """A draft entry is a machine's proposal: reported until a person confirms it and clears the flag."""
    if not entry.draft:
        return []
    message = "unconfirmed proposal: check the characters, the reading and the English form, then clear draft"
    return [Problem(entry.id, "draft", "draft", message, "warning")]


def _latin_free(zh: str, pinyin: str) -> str | None:
    """The stored pinyin without the Latin parts of the Chinese (小米SU7's "SU7"), or None if nothing is left."""
    text = pinyin
    for run in re.findall(r"[^\s" + NAME_SEPARATORS + r"]+", "".join(" " if is_cjk(c) else c for c in zh)):
        # The run as a word of its own first ("Duōla A Mèng" of 哆啦A梦: not the a of Duōla), then as written, then
        # in any case anywhere ("Xiǎomǐsu7").
        for pattern, flags in (
            (rf"(?<!\w){re.escape(run)}(?!\w)", re.IGNORECASE),
            (re.escape(run), 0),
            (re.escape(run), re.IGNORECASE),
        ):
            cut = re.sub(pattern, " ", text, count=1, flags=flags)
            if cut != text:
                text = cut
                break
    text = re.sub(r"[^\w\s'\-]", " ", text)
    return text.strip() or None


def _letters_miswritten(zh: str, pinyin: str) -> list[str]:
    """The runs of Latin letters of `zh` that `pinyin` does not write as `zh` does, in order: the same letters in the
    same case, no letter of a word glued on either side (the letters of a run may stand apart, as CC-CEDICT writes
    卡拉OK [ka3 la1 O K]). "J·d·wànsī" for J·D·万斯 writes D as d (harvest --add stored it so: the review's R40-5);
    "J D Wànsī", "Xiǎomǐ SU7", "kǎlā O K" write theirs as written."""
    missing: list[str] = []
    at = 0
    for run in re.findall(r"[A-Za-z]+", zh):
        pattern = r"(?<![^\W\d_])" + r"\s?".join(map(re.escape, run)) + r"(?![^\W\d_])"
        found = re.compile(pattern).search(pinyin, at)
        if found is None:
            missing.append(run)
        else:
            at = found.end()
    return missing


_DIGITS = "零一二三四五六七八九"


def _numerals_read(zh: str, pinyin: str) -> str:
    """`zh` with its digits as the numerals the pinyin reads them as: 中国制造2025 (èrlíng'èrwǔ, digit by
    digit) is read as 中国制造二零二五, 美国51区 (Wǔshíyī) as 美国五十一区.

    A pinyin that writes the digits themselves ("Xiǎomǐ 14") keeps them Latin, and `_latin_free` takes them out.
    Of the two readings, the one with as many syllables as the pinyin is taken (digit by digit if neither).
    """
    if not any("0" <= c <= "9" for c in zh):
        return zh
    from zhgloss.pinyin import marks_to_numbers

    def read(spell: Callable[[str], str]) -> str:
        return re.sub(r"[0-9]+", lambda m: m.group() if m.group() in pinyin else spell(m.group()), zh)

    by_digit, by_value = read(lambda d: "".join(_DIGITS[int(c)] for c in d)), read(_number_in_words)
    if by_value != by_digit:
        text = _latin_free(by_value, pinyin)
        if text is not None and len(marks_to_numbers(text).split()) == sum(map(is_cjk, by_value)):
            return by_value
    return by_digit


def _number_in_words(digits: str) -> str:
    """Write a number below 10,000 in Chinese numerals by place value: "51" -> 五十一, "2025" -> 二千零二十五."""
    if len(digits) > 4 or digits.startswith("0"):
        return "".join(_DIGITS[int(c)] for c in digits)
    out: list[str] = []
    places = "千百十"[-(len(digits) - 1) :] if len(digits) > 1 else ""
    for i, c in enumerate(digits):
        place = places[i] if i < len(places) else ""
        if c == "0":
            if out and out[-1] != "零" and any(d != "0" for d in digits[i:]):
                out.append("零")
            continue
        if not (c == "1" and place == "十" and not out):  # 十五, not 一十五
            out.append(_DIGITS[int(c)])
        out.append(place)
    return "".join(out)


# An r joined to the syllable before it, not starting one: erhua's 儿 ("wánr", "Kèlěir", "Tǎtǎrrén").
_ERHUA_RE = re.compile(r"(?<=[^\W\d_])r(?![aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])", re.IGNORECASE)
_ANY_READING: frozenset[str] = frozenset()


def _with_letters_read(
    zh: str, text: str, readings: list[tuple[str, frozenset[str]]]
) -> list[tuple[str, frozenset[str]]]:
    """`readings` with a reading of any syllable for each letter of `zh` that is neither Han nor Latin (π in π日,
    Pàirì: a Greek letter is read aloud, in whatever way the pinyin says); as they are if the pinyin has no
    syllable to spare for them. Latin letters are no part of the reading (`_latin_free` took them out).
    """
    letters = [c for c in zh if c.isalpha() and not is_cjk(c) and not c.isascii() and c.lower() not in text.lower()]
    if not letters:
        return readings
    from zhgloss.pinyin import marks_to_numbers

    if len(marks_to_numbers(text).split()) != len(readings) + len(letters):
        return readings
    out: list[tuple[str, frozenset[str]]] = []
    pending = iter(readings)
    for c in zh:
        if c in letters:
            out.append((c, _ANY_READING))
        elif is_cjk(c):
            out.append(next(pending))
    return out


def _as_sourced(entry: Entry) -> str:
    """Say that a problem of an imported entry's characters or reading is how its source writes them."""
    from zhgloss.formats.cedict import CEDICT_SOURCE

    return " (as its source, CC-CEDICT, has it)" if CEDICT_SOURCE in entry.sources else ""


def _fits(reading: tuple[str, frozenset[str]], syllable: str, toned: bool) -> bool:
    """Tell whether a stored numbered syllable is one of a character's readings (any tone if `toned` is false).

    No readings at all (`_ANY_READING`) is a letter read aloud: any syllable fits.
    """
    char, allowed = reading
    if allowed is _ANY_READING:
        return True
    letters, tone = syllable[:-1], syllable[-1]
    return any(
        r[:-1] == letters and (not toned or tone == "5" or r[-1] in (tone, "5") or char in "一不") for r in allowed
    )


def _pinyin_problems(entry: Entry) -> list[Problem]:
    if entry.zh is None or entry.pinyin is None or not has_cjk(entry.zh):
        return []
    from zhgloss.pinyin import (
        check_pinyin,
        chinese_reading,
        marks_to_numbers,
        numbers_to_marks,
        possible_readings,
        romanize,
    )

    def problem(code: str, message: str, severity: Severity = "error") -> Problem:
        return Problem(entry.id, "pinyin", code, message, severity)

    zh = _numerals_read(entry.zh, entry.pinyin)
    text = _latin_free(zh, entry.pinyin)
    if text is None:
        return [problem("pinyin-mismatch", f"{entry.pinyin!r} has no pinyin for the characters of {entry.zh}")]
    # A line CC-CEDICT reads its letters by (TA [ta1], PO文 [po1 wen2]) keeps its editors' reading.
    miswritten = [] if _imported_from_cedict(entry) else _letters_miswritten(entry.zh, entry.pinyin)
    if miswritten:
        from zhgloss.curate import fill_pinyin

        right = fill_pinyin(entry.zh, entry.type or "name")
        hint = f" ({right!r})" if right and right != entry.pinyin and not _letters_miswritten(entry.zh, right) else ""
        message = (
            f"{entry.pinyin!r} writes the Latin letters of {entry.zh} otherwise than it does: write "
            f"{', '.join(repr(run) for run in miswritten)} as written, apart from the pinyin{hint}"
        )
        return [problem("pinyin-style", message, "warning")]
    try:
        check_pinyin(text)
    except InvalidEntryError as exc:
        erhua = _ERHUA_RE.sub(" er ", text).strip() if "儿" in zh or "兒" in zh else text
        try:
            check_pinyin(erhua)  # "Kèlěir" for 克蕾儿, "Tǎtǎrrén" for 塔塔儿人: 儿 read as an r joined on
        except InvalidEntryError:
            return [problem("pinyin-invalid", exc.problem)]
        text = erhua
    person = entry.type == "person"
    readings = _with_letters_read(zh, text, possible_readings(zh, person=person))
    stored = marks_to_numbers(text).split()
    if len(stored) != len(readings):
        return [
            problem(
                "pinyin-mismatch",
                f"{entry.pinyin!r} has {count_of(len(stored), 'syllable', 'syllables')} for the "
                f"{count_of(len(readings), 'character', 'characters')} of {entry.zh}",
            )
        ]
    toned = has_tones(text)
    first_word = len(marks_to_numbers(text.split()[0]).split())
    if person and first_word > 1 and not _fits(readings[0], stored[0], toned):
        # A name whose first word is not read as a surname ("Hābó" for 哈伯, Hubble; "Sāqiē'ěr Fūren" for 撒切尔夫人;
        # "Chálǐ Dàdì" for 查理大帝, Charlemagne) is a transliteration, not a Chinese name: its characters have their
        # own readings.
        plain = _with_letters_read(zh, text, possible_readings(zh))
        if _fits(plain[0], stored[0], toned):
            person, readings = False, plain
    wrong: list[str] = []
    sourced: list[str] = []  # readings only CC-CEDICT's entry for the character gives (崁 kǎn)
    retoned: list[
        tuple[str, str, frozenset[str]]
    ] = []  # a reading's letters in another tone than any reading of the character has (勒 lē)
    readable = person and _reads_as_chinese(entry.zh) and not has_name_separator(entry.zh)
    expected = romanize(entry.zh) if readable else None
    surname_size = len(expected.surname) if expected is not None and expected.surname_known else 0
    for i, ((char, allowed), syllable) in enumerate(zip(readings, stored, strict=True)):
        if not _fits((char, allowed), syllable, toned):
            letters = syllable[:-1]
            said = numbers_to_marks(syllable if toned else letters + "5").replace("v", "ü")
            if i >= surname_size and _fits((char, cedict_readings(char)), syllable, toned):
                sourced.append(f"{char} {said}")
                continue
            if i >= surname_size and _fits((char, allowed | cedict_readings(char)), syllable, False):
                retoned.append((char, said, allowed | cedict_readings(char)))
                continue
            wrong.append(f"{char} is not read {said}" + (" as a surname" if i < surname_size else ""))
    # Each fault once: a character written twice the same wrong way (哔哩哔哩 "Bīlībīlī") is one fault, not two.
    wrong, sourced, retoned = list(dict.fromkeys(wrong)), list(dict.fromkeys(sourced)), list(dict.fromkeys(retoned))
    listed = _word_read_as_stored(entry.zh, stored, toned)
    if listed is not None and (wrong or retoned):
        # CC-CEDICT's reading of the whole word (梵高 [Fan2 Gao1], 宏碁 [Hong2 ji1]; R42-13): its editors', kept
        # with a warning, as an OmegaT or sheet re-import of a CC-CEDICT glossary, which carries no sources, writes it.
        faults = [*wrong, *_retoned_said(retoned, numbers_to_marks)]
        message = (
            f"{entry.pinyin!r} reads {entry.zh} as CC-CEDICT reads the word ({listed}), not as its characters are "
            f"read ({'; '.join(faults)}): right if it is the name's own reading, else a slip of the dictionary's"
            f"{_as_sourced(entry)}"
        )
        return [problem("pinyin-source", message, "warning")]
    if retoned and not has_name_separator(entry.zh):
        # Another tone of a reading is kept with a warning only in a transliterated name written with its separator
        # (海伦·凯勒 'Kǎilē'), where no dictionary lists the word; elsewhere it is a slip the glossary must not take
        # (北京 'Běijìng', 雷军 'Léi Jùn': the review's R43-6), unless CC-CEDICT reads the whole word so (above).
        wrong, retoned = [*wrong, *_retoned_said(retoned, numbers_to_marks)], []
    if wrong:
        hint = f" (expected {expected.pinyin!r})" if expected is not None and expected.pinyin != entry.pinyin else ""
        message = f"{entry.pinyin!r} does not fit {entry.zh}: {'; '.join(wrong)}{hint}{_as_sourced(entry)}"
        return [problem("pinyin-mismatch", message)]
    found: list[Problem] = []
    if sourced:
        message = (
            f"{entry.pinyin!r} reads {'; '.join(sourced)}, as only CC-CEDICT's entry for the character does "
            "(pypinyin has not it): right for Taiwan's reading or the name's own, else a slip"
        )
        found.append(problem("pinyin-source", message, "warning"))
    if retoned:
        message = (
            f"{entry.pinyin!r} reads {entry.zh} in a tone no dictionary gives the character "
            f"({'; '.join(_retoned_said(retoned, numbers_to_marks))}): right if it is the name's own reading, else a "
            f"slip{_as_sourced(entry)}"
        )
        found.append(problem("pinyin-tone", message, "warning"))
    if found:
        return found
    if expected is not None:
        if not toned:
            return [
                problem("pinyin-style", f"{entry.pinyin!r} has no tone marks; write {expected.pinyin!r}", "warning")
            ]
        written = _written_as(expected, stored)
        # A Japanese name is cut where its English's Japanese readings cut it (广末凉子 "Ryoko Hirosue": Guǎngmò).
        japanese = expected.as_japanese(entry.en) if entry.type in ("person", "nickname") else None
        if japanese is not None and _written_as(japanese, stored) == entry.pinyin:
            written = entry.pinyin
        # A name read as Japanese that may be Chinese (石破天 Shí Pòtiān) written as the Chinese one.
        chinese = chinese_reading(entry.zh) if expected.origin == "japanese" else None
        if chinese is not None and _written_as(chinese, stored) == entry.pinyin:
            written = entry.pinyin
        if written != entry.pinyin and not _cedict_writing(entry):
            if _one_word_reading(entry):
                from zhgloss.pinyin import chinese_by_guess

                if chinese_by_guess(entry.zh):
                    return []  # 巴特尔 "Bātè'ěr": the reading given, of a name read as Chinese only by a guess (U38-1)
                if entry.type in _NAMED_PEOPLE and english_says_transliterated(entry.zh, entry.en, [written]):
                    return []  # 施密特 "Helmut Schmidt": the English says it is a transliteration (R48-20)
                message = (
                    f"{entry.pinyin!r} writes {entry.zh} as one word, as a transliterated name (Mongolian, Tibetan, "
                    f"Uyghur) is written; if it is a Chinese name, it is written {written!r} (surname apart, given "
                    "name joined, capitalised)"
                )
                return [problem("pinyin-style", message, "warning")]
            # A Chinese person known by one name (墨子 Mòzǐ, 玄奘 Xuánzàng: name_readings.tsv's rows without a
            # surname) has no surname to write apart.
            one_name = expected.origin == "chinese" and not expected.surname and expected.source == "cc-cedict"
            shape = (
                "a person known by one name: one word, capitalised, as CC-CEDICT writes it"
                if one_name
                else "surname apart, given name joined, capitalised"
            )
            return [problem("pinyin-style", f"{entry.pinyin!r}: a name is written {written!r} ({shape})", "warning")]
        if (
            entry.type in _NAMED_PEOPLE
            and expected.origin == "chinese"
            and not _cedict_writing(entry)
            and english_says_transliterated(entry.zh, entry.en, [entry.pinyin, expected.pinyin])
        ):
            # The English is a foreign person's given and family name, the family name what the Chinese transliterates
            # (卢比奥 "Marco Rubio"): the name is a transliteration, written as one word, as `add` writes it (R48-20).
            word = expected.as_transliterated().pinyin
            message = (
                f"{entry.pinyin!r} reads {entry.zh} as a Chinese surname and given name, but {entry.en!r} is a foreign "
                f"person's name whose family name {entry.zh} transliterates: a transliterated name is written as one "
                f"word, {word!r} (zhgloss edit {entry.id} --pinyin {shell_quote(word)})"
            )
            return [problem("pinyin-style", message, "warning")]
    return []


def _word_read_as_stored(zh: str, stored: list[str], toned: bool) -> str | None:
    """CC-CEDICT's reading of the whole word `zh` (`zhgloss.pinyin.cedict_reading`, a name's lines or a common
    word's), tone-marked, where it is the stored numbered syllables `stored` (their letters alone where the pinyin has
    no tones); None where CC-CEDICT lists no such reading of the word."""
    from zhgloss.pinyin import cedict_reading, numbers_to_marks

    def key(syllables: Iterable[str]) -> list[str]:
        return [s.lower() if toned else s.lower()[:-1] for s in syllables]

    for proper in (True, False):
        reading = cedict_reading(zh, proper=proper)
        if reading is not None and len(reading) == len(stored) and key(reading) == key(stored):
            return numbers_to_marks(" ".join(reading)).replace("v", "ü")
    return None


def _retoned_said(
    retoned: Iterable[tuple[str, str, frozenset[str]]], numbers_to_marks: Callable[[str], str]
) -> list[str]:
    """Each character read with the letters of one of its readings in a tone none of them has, said with the tones
    it has: "勒 is read lè or lēi, not lē"."""
    said = []
    for char, read, readings in retoned:
        toned = sorted(numbers_to_marks(r).replace("v", "ü") for r in readings if r[-1] != "5")
        same = [r for r in toned if _plain(r) == _plain(read)] or toned
        said.append(f"{char} is read {' or '.join(same)}, not {read}")
    return said


def _plain(syllable: str) -> str:
    """A tone-marked syllable's letters: "lē" -> "le"."""
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c)).replace("ü", "v")


def _cedict_reading_problems(entry: Entry) -> list[Problem]:
    """A name that is no person's whose stored pinyin reads a word CC-CEDICT lists otherwise than CC-CEDICT does
    (`zhgloss.pinyin.listed_words`, the rule `add` writes by): 华为 "Huáwèi" (CC-CEDICT's 华为 [Hua2 wei2]; the
    user's U35-43), 三星电子 "Sānxīng Diànzi" (电子 [dian4 zi3]; the review's R35-18). A warning: the name's own
    reading may be another (the entry's source says). Not asked of people and nicknames (the romanizer's readings,
    name_readings.tsv), of pinyin without tones (pinyin-style's), of an entry imported from CC-CEDICT (its reading is
    its line's), nor of a stored pinyin other checks find wrong (not one syllable a character)."""
    zh, pinyin = entry.zh, entry.pinyin
    if zh is None or pinyin is None or entry.type in _NAMED_PEOPLE or len(zh) < 2 or not all(map(is_cjk, zh)):
        return []
    from zhgloss.pinyin import could_be_listed, listed_words, marks_to_numbers, word_sizes, write_word

    if _cedict_writing(entry) or not has_tones(pinyin) or not could_be_listed(zh):
        return []
    stored = marks_to_numbers(pinyin).split()
    if (person := _read_as_person(entry)) is not None and _pinyin_as_person(entry, person, stored):
        return []  # written as a person's name: pinyin-as-person gives the type's reading, CC-CEDICT's words in it
    if len(stored) != len(zh) or not all(s[-1:].isdigit() for s in stored):
        return []
    proper = entry.type not in _LOWER_CASE_TYPES
    listed = listed_words(zh, word_sizes(zh), proper=proper)
    differing = [(start, end, reading) for start, end, reading in listed if stored[start:end] != reading]
    if not differing:
        return []
    read = list(stored)
    for start, end, reading in differing:
        read[start:end] = reading
    # The stored words kept, their syllables CC-CEDICT's: "Sānxīng Diànzi" -> "Sānxīng Diànzǐ".
    rewritten, at = [], 0
    for word in pinyin.split():
        size = len(marks_to_numbers(word).split())
        rewritten.append(write_word(read[at : at + size], capitalize=word[:1].isupper()))
        at += size
    said = "; ".join(f"{zh[start:end]} {write_word(reading, capitalize=False)}" for start, end, reading in differing)
    message = (
        f"{pinyin!r} reads {zh} otherwise than CC-CEDICT reads {said}: CC-CEDICT's reading unless the stored one is "
        f"the name's own (zhgloss edit {entry.id} --pinyin {shell_quote(' '.join(rewritten))})"
    )
    return [Problem(entry.id, "pinyin", "pinyin-cedict", message, "warning")]


def _word_reading_problems(entry: Entry) -> list[Problem]:
    """A person's stored pinyin that reads a character of the given name with other letters than the word it is in
    reads it (王长江 "Wáng Zhǎngjiāng": the word 长江 reads 长 cháng): a warning, the reading is more likely a slip
    than the person's own (`zhgloss.pinyin.readings_against_words` says why; R41-8). An English that spells another
    reading of a character standing alone (郑栅洁 "Zheng Shanjie", 栅 shān) is not asked; nor is a reading CC-CEDICT
    wrote (an imported line), nor one whose English is marked the person's own (`en_adopted`: checked, and theirs;
    the review's R42-9)."""
    if (
        entry.type not in _NAMED_PEOPLE
        or entry.en_adopted
        or entry.zh is None
        or entry.pinyin is None
        or not _reads_as_chinese(entry.zh)
        or has_name_separator(entry.zh)
        or _imported_from_cedict(entry)
    ):
        return []
    from zhgloss.pinyin import readings_against_words

    slips = readings_against_words(entry.zh, entry.pinyin)
    if not slips:
        return []
    said = "; ".join(slip.describe() for slip in slips)
    right = slips[0]
    message = (
        f"{entry.pinyin!r}: {said}: if that is a slip, write {right.word_pinyin!r} "
        f"(zhgloss edit {entry.id} --pinyin {shell_quote(right.word_pinyin)} --en {shell_quote(right.word_en)}); "
        f"if it is the person's own reading, say so with --adopted (zhgloss edit {entry.id} --adopted)"
    )
    return [Problem(entry.id, "pinyin", "pinyin-word", message, "warning")]


def _written_as(expected: Romanization, stored: list[str]) -> str:
    """Write the stored numbered syllables in the words of the romanizer's reading of the name, with tone marks.

    The one rule `romanize`, `add` and this check share: surname apart (a double surname hyphenated,
    GB/T 28039 §5.1.2: Lín-Zhèng Yuè'é), given name joined; a transliterated name one word (Tèlǎngpǔ),
    a name CC-CEDICT lists in its own words (Ānbèi Jìnsān).
    """
    words: list[tuple[str, ...]] = []
    at = 0
    for word in expected.words:
        words.append(tuple(stored[at : at + len(word)]))
        at += len(word)
    return replace(expected, words=tuple(words), tones=True, order="chinese").pinyin


_NOT_READ_AS_PEOPLE = ("person", "nickname", "name", "surname", "stock_code")
"""Types whose pinyin may be a person's name's shape (surname apart): people, nicknames, untyped names (a person's
too: `curate.fill_pinyin`'s `_names_a_person`), surnames, and stock codes (their Chinese is a code)."""


def _as_person_problems(entry: Entry) -> list[Problem]:
    """An organisation's, place's or other thing's pinyin written as a person's name (surname apart, given name
    joined: 国家电网 "Guó Jiādiànwǎng", not "Guójiā Diànwǎng"), or its English the pinyin of that ("Guo
    Jiadianwang"): what `add` made of a form typed as a person's by default, kept when it was retyped (the review's
    R46-4, addendum 4). A warning each, with the edit that writes the type's own: the type's reading
    (`curate.fill_pinyin`) where the stored one is the romanizer's person's reading, else the stored syllables in the
    words it cuts; a place's English from it (`curate.pinyin_english`), another thing's its own (--en), or --adopted
    where the person's name is the thing's own English (a company named after its founder). Only a form of two to
    four characters that the romanizer reads as a Chinese name (`pinyin.romanize`) is judged, as only such a one is
    read as a person's; types that a person's shape may fit are not (`_NOT_READ_AS_PEOPLE`). Nor is a reading or an
    English CC-CEDICT wrote (`_cedict_writing`, `_imported_from_cedict`): its editors write a word apart (北宋 [Bei3
    Song4] "Běi Sòng", 东盟 [Dong1 Meng2]), which reads as a person's shape by chance: on the full import (107,865
    entries) the check flagged 257 such entries, all CC-CEDICT's own writing, and flags none now."""
    pinyin_asked = entry.pinyin is not None and not _cedict_writing(entry)
    en_asked = not entry.en_adopted and not _imported_from_cedict(entry)
    if not (pinyin_asked or en_asked) or (person := _read_as_person(entry)) is None or entry.zh is None:
        return []
    from zhgloss.curate import fill_pinyin, pinyin_english
    from zhgloss.pinyin import marks_to_numbers, write_word

    zh, thing = entry.zh, with_article(entry.type)
    en_as_person = en_asked and _romanized_as_person(zh, entry.en)
    problems: list[Problem] = []
    stored = marks_to_numbers(entry.pinyin.replace("-", " ")).split() if entry.pinyin else []
    if entry.pinyin and pinyin_asked and _pinyin_as_person(entry, person, stored):
        try:
            own = fill_pinyin(zh, entry.type, None if en_as_person else entry.en)
        except ZhglossError:
            own = None
        right = None
        if own and stored == person.pinyin_numbered.split():
            right = own
        elif own and stored == marks_to_numbers(own.replace("-", " ")).split():
            # The type's own syllables (CC-CEDICT's 华为 huá wéi), cut as a person's: written in its words. Other
            # syllables are pinyin-mismatch's or pinyin-cedict's to judge (小米 "Xiào Mǐ": a tone slip).
            written, at = [], 0
            for word in own.split():
                size = len(marks_to_numbers(word).split())
                written.append(write_word(stored[at : at + size], capitalize=word[:1].isupper()))
                at += size
            right = " ".join(written) if at == len(stored) else None
        if right and right != entry.pinyin:
            message = (
                f"{entry.pinyin!r} writes {zh} as a person's name (surname apart), not as {thing}'s "
                f"name is written: {right!r} (zhgloss edit {entry.id} --pinyin {shell_quote(right)})"
            )
            problems.append(Problem(entry.id, "pinyin", "pinyin-as-person", message, "warning"))
    if en_as_person:
        try:
            own_en = pinyin_english(zh, entry.type)[0]
        except ZhglossError:
            own_en = None
        if own_en is None:
            message = (
                f"{entry.en!r} is the pinyin of {zh} read as a person's name, which {thing}'s English "
                f"seldom is: write its own (zhgloss edit {entry.id} --en ENGLISH), or, if it is named so (after a "
                f"person), say so with --adopted (zhgloss edit {entry.id} --adopted)"
            )
            problems.append(Problem(entry.id, "en", "en-as-person", message, "warning"))
        elif _words_of(own_en) != _words_of(entry.en):
            message = (
                f"{entry.en!r} is the pinyin of {zh} read as a person's name, not as {thing}'s name is "
                f"written: {own_en!r} (zhgloss edit {entry.id} --en {shell_quote(own_en)}), or, if it is its own "
                f"English, say so with --adopted (zhgloss edit {entry.id} --adopted)"
            )
            problems.append(Problem(entry.id, "en", "en-as-person", message, "warning"))
    return problems


def _read_as_person(entry: Entry) -> Romanization | None:
    """The romanizer's reading of `entry`'s Chinese as a Chinese person's name (surname apart) where `entry` is of a
    type no person's shape fits (`_NOT_READ_AS_PEOPLE`) and its Chinese two to four characters read so; else None.
    An unknown type ('persn') is `type`'s error alone: what it should be is not known, so neither is its shape."""
    zh = entry.zh
    if (
        entry.type in _NOT_READ_AS_PEOPLE
        or entry.type not in KNOWN_TYPES
        or zh is None
        or not 2 <= len(zh) <= 4
        or not all(map(is_cjk, zh))
    ):
        return None
    from zhgloss.pinyin import romanize

    try:
        person = romanize(zh)
    except ZhglossError:
        return None
    if person.origin != "chinese" or person.en is None or len(person.words) < 2:
        return None
    return person


def _pinyin_as_person(entry: Entry, person: Romanization, stored: list[str]) -> bool:
    """Tell whether `entry`'s pinyin, whose numbered syllables are `stored`, is written in the words of `person`, the
    romanizer's reading of its Chinese as a person's name (`_written_as`: "Guó Jiādiànwǎng", "Píng-Ān Bǎoxiǎn")."""
    return bool(entry.pinyin) and len(stored) == len(person.zh) and _written_as(person, stored) == entry.pinyin


def _words_of(name: str) -> list[str]:
    """The words of an English name as `en_key` keys them."""
    return [en_key(word) for word in name.split()]


def _imported_from_cedict(entry: Entry) -> bool:
    """Tell whether an entry came from CC-CEDICT (its sources say so)."""
    from zhgloss.formats.cedict import CEDICT_SOURCE

    return CEDICT_SOURCE in entry.sources


def _cedict_writing(entry: Entry) -> bool:
    """Tell whether an entry's pinyin is as CC-CEDICT writes its headword: imported from it, every word capitalised.

    CC-CEDICT capitalises each word of a name and the import writes its syllables so (`written_pinyin`):
    its reading of emperors' temple names (代宗 Dàizōng), foreign people (维多利亚女王 Wéiduōlìyà Nǚwáng,
    亨利五世 Hēnglì Wǔshì) is its editors', not a slip a warning should flag. The syllables are checked all
    the same (pinyin-mismatch).
    """
    from zhgloss.formats.cedict import CEDICT_SOURCE

    pinyin = entry.pinyin or ""
    return CEDICT_SOURCE in entry.sources and all(word[:1].isupper() for word in pinyin.split())


def _en_problems(entry: Entry) -> list[Problem]:
    if entry.type == "name" and entry.zh is not None and _reads_as_chinese(entry.zh):
        # An untyped name whose English is a title before the name's pinyin ("Foreign Minister Wang Yi"): a question.
        titled = _title_problem(entry, [entry.pinyin] if entry.pinyin else [], "warning")
        return [titled] if titled else []
    if entry.type == "person" and entry.en_adopted and entry.zh is not None and _reads_as_chinese(entry.zh):
        # An adopted name is the person's own, but a title before it is still no part of it: "Sir Donald Tsang
        # Yam-kuen" stored with --adopted, as the refusal's old fix said (U36-32). A warning: the name is not read.
        # Honorifics and "Professor" only: an office before the name may be the Chinese's own word (周总理 "Premier
        # Zhou Enlai", 蜀相 "Prime Minister of Shu", CC-CEDICT's), which the English renders.
        titled = _title_problem(entry, [entry.pinyin] if entry.pinyin else [], "warning")
        found = title_before_name(entry.zh, entry.en, [entry.pinyin] if entry.pinyin else [])
        honorific = found is not None and _honorific_title(found[0], also=("professor",))
        return [titled] if titled and honorific else []
    if entry.type != "person" or entry.en_adopted or entry.zh is None or not _reads_as_chinese(entry.zh):
        return []
    if has_cjk(entry.en):  # "Lei Jun（雷军）": the fix is to drop the Chinese (`en-chinese`), not to adopt the form
        return []
    if _bracketed_note(entry.en, entry.type) is not None:
        # "Huang Zhang (Meizu founder)": the fix is to drop the bracket (`en-bracket`), not to adopt the form (U33-19).
        return []
    if _around_name(entry) is not None:
        # "Xiaomi's Lei Jun", "Lei Jun*": the fix is the name alone (`en-description`, `en-mark`), not --adopted.
        return []
    from zhgloss.pinyin import en_matches_pinyin, romanize

    # Either the stored pinyin or the romanizer's will do: a wrong stored pinyin is reported on its own.
    pinyin = entry.pinyin
    romanization = romanize(entry.zh)
    romanized = romanization.pinyin
    if pinyin is None:
        pinyin = romanized
    if romanization.origin != "chinese" and (titled := _title_problem(entry, [pinyin, romanized], "error")):
        return [titled]  # "President Emmanuel Macron" for 马克龙: a title before a foreign name too (R48-11)
    if (
        romanization.origin != "chinese"
        or en_matches_pinyin(entry.en, pinyin)
        or en_matches_pinyin(entry.en, romanized)
    ):
        # Only a Chinese name's English is its pinyin: a transliterated or Japanese one's is its own spelling
        # (Blinken), and its pinyin spelt out is a placeholder. A draft is reported as one already.
        from zhgloss.curate import placeholder_en

        why = None if entry.draft else placeholder_en(entry, romanization)
        return [Problem(entry.id, "en", "en-placeholder", why, "warning")] if why else []
    from zhgloss.japanese import japanese_surname_word

    titled = _title_problem(entry, [pinyin, romanized], "error")
    if titled is not None:
        return [titled]
    if _writes_the_ruler(entry.en, romanization):
        return []
    if _one_word_reading(entry):
        # The stored pinyin writes the name as one word (巴特尔 "Bātè'ěr", as Xinhua writes a Mongolian name): whoever
        # gave it read the name as a transliteration, whose English is its own spelling (Bagatur). Not overruled by
        # the romanizer's Chinese reading (U38-1 addendum 3).
        return []
    parts = _romanized_parts(entry.zh, entry.en, [pinyin, romanized])
    if parts is not None and not parts[1]:
        # The person's own romanization (Wade-Giles "Ko Wen-je", Hong Kong's "Leung Chun-ying", Korean "Moon
        # Jae-in"): the name's legal spelling, neither a slip nor an adopted Western name (user U30-42).
        return []
    from zhgloss.pinyin import name_readings

    # A person CC-CEDICT reads as Chinese is no Japanese name, whatever its English spells (习近平 "Shu Kinpei").
    chinese = entry.zh in name_readings().names
    if not chinese and japanese_surname_word(entry.zh, entry.en) is not None:
        # A Japanese name the romanizer reads as Chinese by its first character (石破茂 "Ishiba Shigeru", 高市早苗
        # "Sanae Takaichi"): its English is its Japanese reading, as harvest reads it (user U52).
        return []
    japanese = None if chinese else _japanese_reading_problems(entry, pinyin)
    if japanese is not None:
        return japanese
    if english_says_transliterated(entry.zh, entry.en, [pinyin, romanized]):
        return []  # a foreign person's name whose pinyin reads it as a Chinese one: the pinyin's fault (pinyin-style)
    unread = _loosely_read(parts)
    if unread is not None:
        # A spelling zhgloss cannot read back (Singapore's "Lee Kuan Yew", Gwoyeu Romatzyh's "jeou" of Ma Ying-jeou)
        # but that starts as its character's spellings do: a question, not an error.
        assert parts is not None
        if _is_cedict_person_english(entry.zh, entry.en):
            # ... answered where CC-CEDICT writes the person so (马英九 "Ma Ying-jeou", 李光耀 "Lee Kuan Yew", 董建华
            # "Tung Chee-hwa"): the person's own spelling, read loosely as the same syllables (the review's R46-19).
            return []
        listed = ", ".join(f"{part!r} for {char}" for part, char in unread)
        message = (
            f"{entry.en!r} writes {listed}, read back as none of the romanizations zhgloss tried ("
            f"{', '.join(_systems_tried(parts[0]))}): check the spelling; if it is the person's own, say so with "
            f"--adopted (zhgloss edit {entry.id} --adopted)"
        )
        return [Problem(entry.id, "en", "en-romanization", message, "warning")]
    # The English may spell another reading the name's characters have in names (乾 Qián or Gān: "Gan Bao" for
    # 乾宝), which the romanizer did not choose: then the pinyin is what to change, not the English (user U22).
    spelt = [
        (alternative.char, written)
        for alternative in romanization.alternatives
        for reading in alternative.others
        if en_matches_pinyin(entry.en, written := romanization.with_reading(alternative.position, reading).pinyin)
    ]
    if spelt:
        char, other = spelt[0]
        message = (
            f"{entry.en!r} spells {other!r}, another reading of {char} in names, not the pinyin {pinyin!r}: "
            f"give it that pinyin: pass --pinyin {shell_quote(other)} "
            f"(zhgloss edit {entry.id} --pinyin {shell_quote(other)})"
        )
    else:
        from zhgloss.pinyin import chinese_guess_reason

        # The English spells no reading of the name and is to be refused or questioned for it: a title before the name
        # ("Chancellor Olaf Scholz" for 肖尔茨) is said first, as it is where the name is read (R48-11), not hidden by
        # the English's mismatch, which the name without it may not have.
        titled = _title_problem(entry, [pinyin, romanized], "error", unread=True)
        if titled is not None:
            return [titled]
        reason = chinese_guess_reason(entry.zh)
        if reason is not None:
            # 巴特尔 "Bagatur": read as surname 巴 and given name 特尔 only by a guess (U38-1). Said as a guess, and
            # the way in for a transliterated name is its one-word pinyin, not --adopted.
            word = romanization.as_transliterated().pinyin
            message = (
                f"{entry.en!r} does not spell the pinyin {pinyin!r}, which reads {entry.zh} as a Chinese surname and "
                f"given name only by a guess ({reason}, and CC-CEDICT lists no such person): if it is a "
                f"transliterated name (Mongolian, "
                f"Tibetan, Uyghur), its English is its own spelling: give its pinyin as one word "
                f"(zhgloss edit {entry.id} --pinyin {shell_quote(word)}); if it is an adopted Western name, --adopted"
            )
            return [Problem(entry.id, "en", "en-mismatch", message, "warning")]
        message = (
            f"{entry.en!r} does not spell the pinyin {pinyin!r}; if it is an adopted Western name, say so with "
            f"--adopted (zhgloss edit {entry.id} --adopted)"
        )
        if not chinese and len(entry.zh) >= 2 and " " not in entry.en.strip():
            # A name CC-CEDICT lists as no Chinese person's, its English one word, may be a Tibetan, Mongolian or Uyghur
            # one read as a surname and given name (强巴 "Qamba", 平措 "Phuntsog"): its English is its own spelling, and
            # the way in is its pinyin as one word, which this check then takes as the reading given
            # (`_one_word_reading`), not --adopted, which says "an adopted Western name" (U38-1, the review's R39-18).
            # Two words are a Chinese or an adopted name's shape (张三 "Jack Zhang"): no such way is offered.
            word = romanization.as_transliterated().pinyin
            message += (
                "; if it is a transliterated name's own spelling (Tibetan, Mongolian, Uyghur), give its pinyin as one "
                f"word (zhgloss edit {entry.id} --pinyin {shell_quote(word)})"
            )
    return [Problem(entry.id, "en", "en-mismatch", message)]


def _is_cedict_person_english(zh: str, en: str) -> bool:
    """Tell whether `en` is CC-CEDICT's English of the person `zh` (`zhgloss.curate.cedict_english`,
    data/cedict_person_english.tsv), compared by `en_key`."""
    from zhgloss.curate import cedict_english

    known = cedict_english(zh)
    return known is not None and en_key(known) == en_key(en)


def _one_word_reading(entry: Entry) -> bool:
    """Tell whether `entry`'s stored pinyin writes its Chinese name of two characters or more as one word ("Bātè'ěr"
    for 巴特尔), as a transliterated name is written, where CC-CEDICT lists no Chinese person of that name (习近平
    "Xíjìnpíng" is a slip, said by `pinyin-style`)."""
    from zhgloss.pinyin import marks_to_numbers, name_readings

    if entry.pinyin is None or entry.zh is None or " " in entry.pinyin.strip() or len(entry.zh) < 2:
        return False
    if len(marks_to_numbers(entry.pinyin).split()) < 2:
        return False
    return entry.zh not in name_readings().names


def _japanese_reading_problems(entry: Entry, pinyin: str) -> list[Problem] | None:
    """None where a person's English does not read as the Japanese readings of its characters; else its problems.

    Such an English (広末涼子 "Ryoko Hirosue": hiro-sue, ryo-ko; `romanizations.japanese_reading`) is right for a
    Japanese person, whose name zhgloss tells from a Chinese one only by a few surnames (`japanese_surname_word`):
    typed in Japanese forms (a Chinese alias such as 広末涼子) it is; otherwise it is a guess, and said as one
    (`en-japanese`, a warning). A name CC-CEDICT reads as a Chinese person's (习近平 "Shu Kinpei") is not judged so.
    """
    from zhgloss.convert import has_japanese_form
    from zhgloss.pinyin import name_readings
    from zhgloss.romanizations import japanese_reading

    assert entry.zh is not None
    cut = japanese_reading(entry.zh, entry.en)
    if cut is None or entry.zh in name_readings().names:
        return None
    if any(has_japanese_form(form) for form in (*entry.zh_aliases, entry.zh_hant or "")):
        return []
    size, index = cut
    words = entry.en.split()
    message = (
        f"{entry.en!r} reads as the Japanese readings of {entry.zh} ({words[index]!r} for {entry.zh[:size]}, "
        f"{words[1 - index]!r} for {entry.zh[size:]}), not as its pinyin {pinyin!r}: right for a Japanese person, a "
        f"slip for a Chinese one; if the person is Japanese, say so with --adopted (zhgloss edit {entry.id} --adopted)"
    )
    return [Problem(entry.id, "en", "en-japanese", message, "warning")]


_HONORIFIC_WORDS = frozenset(
    {"mr", "mrs", "ms", "miss", "madam", "dr", "prof", "sir", "dame", "lord", "hon", "honourable", "honorable", "ir"}
)
"""Honorifics written before a name ("Mr. Lei Jun", "Dr. Zhong Nanshan"), lower case without the full stop. "Hon" and
"the Honourable" are the style of every member of Hong Kong's Legislative and Executive Councils ("the Hon Andrew
Leung Kwan-yuen", "Dr the Hon Leung Ka-lau", LegCo's list of members; R37-11); "Ir" that of a registered engineer
("Ir Dr the Hon Lo Wai-kwok", the same list; R38-5)."""

_STYLE_ARTICLE = "the"
"""The article of a style ("the Hon", "The Honourable" at the start of a line): a title's one word that may be written
in lower case. Compared case-folded (R38-5: "The Hon Andrew Leung Kwan-yuen" kept "The Hon" as a role)."""

_JUDICIAL_TITLES = frozenset({"justice"})
"""A judge's title after an honorific: "The Hon Mr Justice Joseph Fok", "Madam Justice Maria Yuen" (the style of
Hong Kong's and England's judges of the High Court and above). A post, kept as the role; the words before it are
the style (R38-5: the name was read as "Justice Joseph Fok")."""


def _title_words(title: list[str]) -> bool:
    """Tell whether `title`, the words before a name, are written as a title: each capitalised, but for "the" before
    an honorific ("the Hon", "Dr the Hon")."""
    return all(
        word[:1].isupper()
        or (word == _STYLE_ARTICLE and at + 1 < len(title) and title[at + 1].lower().rstrip(".,") in _HONORIFIC_WORDS)
        for at, word in enumerate(title)
    )


def _honorific_title(title: str, also: Iterable[str] = ()) -> bool:
    """Tell whether every word of `title` ("Sir", "Dr the Hon", "the Hon") is an honorific (`_HONORIFIC_WORDS`, `also`)
    or a style's article: a title that is no role to keep."""
    words = {*_HONORIFIC_WORDS, *also}
    return all(word.lower().rstrip(".,") in words or word.lower() == _STYLE_ARTICLE for word in title.split()) and any(
        word.lower() != _STYLE_ARTICLE for word in title.split()
    )


def _title_role(title: str) -> str:
    """The role a title before a name holds: the title without the style that opens it (honorifics and their
    article, `_HONORIFIC_WORDS`): "The Hon Mr Justice" -> "Justice", "Foreign Minister" -> itself, "Dr the Hon" ->
    "" (a style alone, no role)."""
    words = title.split()
    at = 0
    while at < len(words) and (
        words[at].lower().rstrip(".,") in _HONORIFIC_WORDS or words[at].lower() == _STYLE_ARTICLE
    ):
        at += 1
    return " ".join(words[at:])


def title_before_name(zh: str, en: str, pinyins: Iterable[str], *, unread: bool = False) -> tuple[str, str] | None:
    """(title, name) where English `en` of Chinese name `zh` (read as `pinyins`) is a title or an honorific before the
    name: "President Xi Jinping" -> ("President", "Xi Jinping"), "Mr. Lei Jun", "Foreign Minister Wang Yi", "Chief
    Executive John Lee"; None otherwise. The title ends in a word of office (`harvest` reads the same words before a
    name) or an honorific; the name spells the pinyin, is the person's own romanization (`romanized_as`), or ends or
    starts with the surname as English writes it (an adopted Western name: "John Lee"), or is a name as Hong Kong's
    government lists it, an adopted name before the Chinese order (`adopted.short_form`: "Sir Donald Tsang Yam-kuen",
    "Professor Arthur Li Kwok-cheung", U36-32). With `unread`, a name that reads as none of these is taken by its shape
    alone (`_full_name_shape`: "Chancellor Olaf Scholz" for 肖尔茨, whose Scholz the Chinese transliterates beyond
    `zhgloss.harvest.TRANSLITERATION_COST`): asked only where the English is refused or questioned for spelling no
    reading, so that the title, no part of any name, is what is said first."""
    from zhgloss.titles import is_role_word

    pinyins = [pinyin for pinyin in pinyins if pinyin]
    words = en.split()
    for cut in range(len(words) - 1, 0, -1):
        title, name = words[:cut], words[cut:]
        last = title[-1].lower().rstrip(".,")
        judicial = last in _JUDICIAL_TITLES and len(title) >= 2 and title[-2].lower().rstrip(".,") in _HONORIFIC_WORDS
        if not (last in _HONORIFIC_WORDS or judicial or is_role_word(title[-1])) or not _title_words(title):
            continue
        rest = " ".join(name)
        if spells_person(zh, rest, pinyins) or _transliterated_person(zh, name) or (unread and _full_name_shape(name)):
            return " ".join(title), rest
    return None


_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "la", "le", "da", "di", "dos", "bin", "al", "ibn"})
"""Lower-case words inside a Western or Arabic full name (Ursula von der Leyen, Ludwig van Beethoven, Luiz Inácio Lula
da Silva, Mohammed bin Salman)."""


def _full_name_shape(words: list[str]) -> bool:
    """Tell whether `words`, after a title, have a person's full name's shape: two to five words, the first and the last
    capitalised, the others capitalised or a name's particles (`_NAME_PARTICLES`), none a title or an occupation
    (`zhgloss.titles.is_role_word`) or an honorific: "Olaf Scholz", "Ursula von der Leyen", "Luiz Inácio Lula da
    Silva"; not "Minister Olaf"."""
    from zhgloss.titles import is_role_word

    if not 2 <= len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(
        (word[:1].isupper() or word in _NAME_PARTICLES)
        and not is_role_word(word)
        and word.lower().rstrip(".,") not in _HONORIFIC_WORDS
        for word in words
    )


def _transliterated_person(zh: str, words: list[str]) -> bool:
    """Tell whether English `words`, after a title, are a foreign person's full name that Chinese name `zh` writes: the
    family name the Chinese transliterates (`transliterates_family_name`: 马克龙 "Emmanuel Macron", 冯德莱恩 "Ursula von
    der Leyen"), or a Japanese name's two readings (`zhgloss.japanese.japanese_surname_word`: 高市早苗 "Sanae
    Takaichi"). The title before a foreign person's name is as little a part of it as before a Chinese one's (the
    review's R48-11)."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper() or not has_cjk(zh):
        return False
    from zhgloss.japanese import japanese_surname_word

    return japanese_surname_word(zh, " ".join(words)) is not None or transliterates_family_name(zh, words)


def transliterates_family_name(zh: str, words: Sequence[str]) -> bool:
    """Tell whether English `words` are a foreign person's full name whose family name Chinese name `zh` transliterates:
    two words or more, the first and the last capitalised, the last (with the particles before it, which Chinese writes
    with it: 冯德莱恩 "von der Leyen") within `zhgloss.harvest.transliteration_cost`'s TRANSLITERATION_COST of the last
    part of `zh` (马克龙 "Emmanuel Macron", 卢比奥 "Marco Rubio", 约翰·肯尼迪 "John Kennedy"). Only the sound is
    weighed: whether the name is a Chinese one besides is `english_says_transliterated`'s to tell. The harvester is
    loaded only when the shape fits (~0.3 s)."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper() or not has_cjk(zh):
        return False
    from zhgloss.harvest import TRANSLITERATION_COST, transliteration_cost

    parts = split_name_parts(zh)
    family = parts[-1] if parts else ""
    start = len(words) - 1
    while start > 1 and words[start - 1].islower():
        start -= 1  # the family name's particles (冯德莱恩 "von der Leyen")
    costs = (transliteration_cost(family, words[-1]), transliteration_cost(family, "".join(words[start:])))
    return bool(family) and min(costs) <= TRANSLITERATION_COST


def english_says_transliterated(zh: str, en: str, pinyins: Iterable[str]) -> bool:
    """Tell whether English `en` says that the personal name `zh`, which the romanizer reads as a Chinese surname and
    given name (`pinyins`), is a transliterated foreign name, to be read as one (one word: 卢比奥 "Marco Rubio" is
    Lúbǐ'ào, not Lú Bǐ'ào; 施密特 "Helmut Schmidt" Shīmìtè, as CC-CEDICT writes 丘吉尔 Qiūjí'ěr, 甘地 Gāndì).

    So it is where `en` ends in a given name and a family name (`_name_after_title`, `_full_name_shape`: a title
    before them is no matter, "Secretary of State Marco Rubio"; a ruler's or noble's title anywhere is,
    `zhgloss.forms.TITLE_WORDS`: "Emperor Xin" 帝辛 has no family name) that `zh` transliterates whole
    (`transliterates_family_name`); `en` writes `zh` as no Chinese person's English (`spells_person`: not its pinyin,
    no adopted Western name with the surname, "Jack Ma"; no other romanization, "Tsai Ing-wen"), no Japanese name's
    readings (`zhgloss.japanese.japanese_surname_word`), no run of Chinese syllables alone
    (`romanizations.spells_syllables`: "Wang Wei"); and `zh`, of two to four characters without separators, is no
    person CC-CEDICT reads as Chinese (`zhgloss.pinyin.name_readings`). The English is the person's own, so it
    decides, as harvest decides by it. What `zhgloss.curate.fill_pinyin` writes by, and what validate asks a stored
    person's pinyin of (the review's R48-20)."""
    from zhgloss.forms import TITLE_WORDS

    words = en.split()
    name = _name_after_title(words)
    if not 2 <= len(zh) <= 4 or not all(map(is_cjk, zh)) or not _full_name_shape(name):
        return False
    if any(word.rstrip(".,") in TITLE_WORDS for word in words):
        return False  # a ruler or a noble named by reign or rank, no family name ("Princess Taiping" 太平公主)
    from zhgloss.japanese import japanese_surname_word
    from zhgloss.pinyin import name_readings
    from zhgloss.romanizations import spells_syllables

    if zh in name_readings().names or japanese_surname_word(zh, en) is not None:
        return False
    pinyins = list(pinyins)
    # The Chinese person's name may be the last words alone, after words of a body's name the title holds ("Central
    # Military Commission Zhang Youxia", "Chairman Ren Zhengfei").
    if any(spells_person(zh, " ".join(name[-size:]), pinyins) for size in range(len(name), 1, -1)):
        return False
    # An English of pinyin or Wade-Giles syllables ("Wang Wei" for 张伟, a slip), or ending in a given name of such
    # syllables hyphened, in the Chinese order ("Ker Chien-ming" 柯建銘, "Shaw Yu-ming" 邵玉铭: the surname in the
    # person's own spelling), is a Chinese name's shape: the harvester (~160 ms a command) is not asked
    # (tests/test_japanese_module_s43.py).
    if spells_syllables(" ".join(name[-2:])) or ("-" in name[-1] and spells_syllables(name[-1])):
        return False
    return transliterates_family_name(zh, name)


def _name_after_title(words: list[str]) -> list[str]:
    """The words of English `words` that may be a person's name: the last ones, back to a lower-case word that is no
    name's particle (`_NAME_PARTICLES`), a title or an occupation (`zhgloss.titles.is_role_word`) or an honorific:
    "Secretary of State Marco Rubio" -> "State Marco Rubio", "Sen. Marco Rubio" -> "Marco Rubio"."""
    from zhgloss.titles import is_role_word

    start = len(words)
    while start > 0:
        word = words[start - 1]
        if not (word[:1].isupper() or word in _NAME_PARTICLES) or is_role_word(word):
            break
        if word.lower().rstrip(".,") in _HONORIFIC_WORDS:
            break
        start -= 1
    return words[start:]


def spells_person(zh: str, en: str, pinyins: Iterable[str]) -> bool:
    """Tell whether English `en` writes the Chinese name `zh` (read as `pinyins`) as a person's English name: it spells
    the pinyin, is the person's own romanization (`romanized_as`), ends or starts with the surname as English writes
    it (an adopted Western name: "John Lee"), or is a name as Hong Kong's government lists it (`adopted.short_form`).
    What `title_before_name` asks of the words after a title, and `zhgloss.formats.table.name_in_english` of the words
    around a name in a table's English cell."""
    from zhgloss.adopted import short_form, surname_keys
    from zhgloss.pinyin import en_matches_pinyin

    pinyins = [pinyin for pinyin in pinyins if pinyin]
    name = en.split()
    surnames = surname_keys(zh)
    return bool(
        any(en_matches_pinyin(en, pinyin) for pinyin in pinyins)
        or romanized_as(zh, en, pinyins) is not None
        or (len(name) >= 2 and (en_key(name[-1]) in surnames or en_key(name[0]) in surnames))
        or short_form(zh, en, any_given=True)[1]
    )


def _writes_the_ruler(en: str, romanization: Romanization) -> bool:
    """Tell whether `en` writes a ruler named by a name and a title (`pinyin.ruler_title_size`: 乾隆帝 Qiánlóng Dì) with
    the name's pinyin as one of its words, the title in English around it: "Qianlong Emperor", "Empress Dowager Cixi",
    "King Ashoka" is not ("Ayu"). English translates the title; the name is the pinyin (R46-6)."""
    from zhgloss.pinyin import TITLE_NOTE, write_word

    if TITLE_NOTE not in romanization.notes or not romanization.words[0]:
        return False
    name = _PLAIN_WORD_RE.sub("", write_word(romanization.words[0], tones=False)).lower()
    return any(_PLAIN_WORD_RE.sub("", word).lower() == name for word in en.split())


_PLAIN_WORD_RE = re.compile(r"['’\-,.]")
"""What a word of a name is compared without: its apostrophes and hyphens ("Ci'an"), a comma or a full stop after it."""


def _title_problem(entry: Entry, pinyins: list[str], severity: Severity, *, unread: bool = False) -> Problem | None:
    """`en-title`: a title or honorific before the name in a person's English (U30-44); `unread` as
    `title_before_name`'s."""
    assert entry.zh is not None
    found = title_before_name(entry.zh, entry.en, pinyins, unread=unread)
    if found is None:
        return None
    title, name = found
    held = _title_role(title)
    role = f" --role {shell_quote(held)}" if held else ""
    keep = f", and keep the title as a role ({held!r})" if role else ""
    message = (
        f"{entry.en!r} writes the title {title!r} before the name: a title is no part of it; write {name!r}{keep} "
        f"(zhgloss edit {entry.id} --en {shell_quote(name)}{role})"
    )
    return Problem(entry.id, "en", "en-title", message, severity)


_ROMANIZED_PART_RE = re.compile(r"[A-Za-z]{1,6}")
"""A syllable of a name romanized otherwise than in pinyin: "Ing", "jeou", "Geun", "Yeol", "Kuan"."""


def romanized_as(zh: str, en: str, pinyins: Iterable[str]) -> str | None:
    """What romanization other than pinyin English `en` writes the Chinese name `zh` in, read as `pinyins` (any of
    them); None if it writes it in none.

    "Lai Ching-te" (赖清德 Lài Qīngdé): Wade-Giles, each syllable read back (`wade_giles_readings`). Otherwise the
    Chinese order, the surname as English writes it outside pinyin (`adopted.surname_keys`: Wade-Giles, Hong Kong's,
    Korean), then one syllable for each character of the given name, each read back as a spelling of its character
    (`romanizations.syllable_romanization`: pinyin, Wade-Giles, Taiwan's Mandarin Phonetic Symbols II and Tongyong
    Pinyin, Hong Kong's Cantonese): "Leung Chun-ying", "Li Ka-shing", "Ko Wen-je", "You Si-kun", "Ho Iat-seng"
    (Macau's). After a Korean surname's spelling the syllables may spell their characters' Korean readings ("Moon
    Jae-in", "Kim Jong Un"; `romanizations.korean_spellings`). Refused: every word pinyin ("Ma Yin" for 马云 is a
    slip), a syllable count that is not the characters', and a given name that spells none of its characters ("Cheung
    Apple" for 张伟, "Wong Sea" for 黄海: R5). A Vietnamese name is its Hán-Việt, a word a character, each read back
    (`romanizations.han_viet_spellings`): 胡志明 "Ho Chi Minh", 阮晋勇 "Nguyễn Tấn Dũng".
    """
    found = _romanized_parts(zh, en, pinyins)
    if found is None:
        return None
    label, unread = found
    return label if not unread else None


def loosely_romanized(zh: str, en: str, pinyins: Iterable[str]) -> list[tuple[str, str]] | None:
    """The (syllable, character) pairs of English `en` for name `zh` that read back as no romanization zhgloss knows
    but start as the character's spellings do (`romanizations.starts_as`: 李光耀 "Lee Kuan Yew", Singapore's, Kuan
    for 光 and Yew for 耀; 蔡英文 "Tsai Ing-wen", Ing for 英), where the rest of the name is as `romanized_as` reads
    it; None for a name written otherwise, or read back whole. A syllable of pinyin or Wade-Giles that spells other
    characters is read, not unreadable ("Cheng" for 自 of 张自忠): no loose reading."""
    return _loosely_read(_romanized_parts(zh, en, pinyins))


def _loosely_read(found: tuple[str, list[tuple[str, str]]] | None) -> list[tuple[str, str]] | None:
    """`loosely_romanized` of what `_romanized_parts` found."""
    from zhgloss.romanizations import is_pinyin_syllable_or_wade_giles, starts_as

    if found is None or not found[1]:
        return None
    label, unread = found
    korean = label == "Korean"
    # A syllable of a romanization zhgloss does not know (yih of 吴敦义 "Wu Den-yih", Gwoyeu Romatzyh's) says the name
    # is written in one: its pinyin-shaped syllables (Den for 敦, dun) may be that system's too, so a question.
    unknown = not korean and not all(is_pinyin_syllable_or_wade_giles(part) for part, _ in unread)
    return (
        unread if all(starts_as(part, char, korean=korean, unknown_system=unknown) for part, char in unread) else None
    )


_GIVEN_NAME_SYSTEMS = (
    "pinyin",
    "Wade-Giles",
    "Mandarin Phonetic Symbols II",
    "Tongyong Pinyin",
    "Hong Kong's Cantonese",
)
"""The romanizations a given name's syllables are read back in (`romanizations.syllable_romanization`)."""


def _systems_tried(label: str) -> tuple[str, ...]:
    """The romanizations a name's given name was read back in, as `_romanized_parts` labelled it: the Korean readings
    too after a Korean surname's spelling (韩德洙 "Han Duck-soo")."""
    return (*_GIVEN_NAME_SYSTEMS, "Korean") if label == "Korean" else _GIVEN_NAME_SYSTEMS


def _romanized_parts(zh: str, en: str, pinyins: Iterable[str]) -> tuple[str, list[tuple[str, str]]] | None:
    """(romanization, the (syllable, character) pairs of the given name not read back) for a name `en` written in
    the Chinese order with its surname spelt outside pinyin; None for a name of another shape. See `romanized_as`."""
    from zhgloss.adopted import _toneless, surname_keys
    from zhgloss.adopted import surname_spellings as _surname_spellings
    from zhgloss.convert import name_to_simplified
    from zhgloss.pinyin import find_surname, heteronyms, is_pinyin_syllable, split_syllables
    from zhgloss.romanizations import (
        han_viet_spellings,
        korean_spellings,
        korean_surname_spellings,
        syllable_romanization,
        wade_giles_readings,
    )

    words = en.split()
    if not 2 <= len(zh) <= 4 or not all(map(is_cjk, zh)) or not 2 <= len(words) <= 4:
        return None
    keys = {en_key(_toneless(pinyin)) for pinyin in pinyins}
    for reading in wade_giles_readings(en)[0]:
        if en_key("".join(reading)) in keys:
            return "Wade-Giles", []
    if len(words) == len(zh) and all(
        en_key(word) in han_viet_spellings(char) for word, char in zip(words, zh, strict=True)
    ):
        return "Vietnamese", []  # 胡志明 "Ho Chi Minh", 阮富仲 "Nguyen Phu Trong": a syllable a word, each read back
    surname = find_surname(zh)
    surname_length = len(surname.zh) if surname is not None and len(surname.zh) == 2 else 1
    parts = [part for word in words[1:] for part in re.split(r"[-\u2010\u2011]", word)]
    if (
        en_key(words[0]) not in surname_keys(zh)
        or len(parts) != len(zh) - surname_length
        or not all(_ROMANIZED_PART_RE.fullmatch(part) for part in parts)
    ):
        return None
    # The surname's spellings other than its pinyin (马's Korean Ma is its pinyin too: "Ma Yin" for 马云 is a slip).
    readings = {reading.rstrip("12345").replace("v", "u") for reading in heteronyms(zh[0])}
    own = _surname_spellings().get(name_to_simplified(zh[0]), frozenset()) - readings
    given = zh[surname_length:]
    if (
        en_key(words[0]) not in own
        and all(split_syllables(key) == [key] and is_pinyin_syllable(key) for key in map(en_key, [words[0], *parts]))
        and not _is_tongyong(en_key(words[0]), zh[:surname_length], parts, given)
    ):
        # Every word pinyin, the surname in a pinyin reading (单田芳 "Dan Tian-fang", 单 read dān): a slip. Hong Kong's
        # spellings may be pinyin syllables too (陈 Chan, 黎 Lai: 黎明 "Lai Ming"), and are read on; so is a name
        # written whole in Tongyong Pinyin whose syllables are pinyin-shaped (游錫堃 "You Si-kun": 錫 xi is si).
        return None
    systems = [syllable_romanization(part, char) for part, char in zip(parts, given, strict=True)]
    unread = [(part, char) for part, char, system in zip(parts, given, systems, strict=True) if system is None]
    if unread and en_key(words[0]) in korean_surname_spellings().get(name_to_simplified(zh[0]), frozenset()):
        # A Korean surname's spelling: the given name's syllables spell its characters' Korean readings (Moon Jae-in,
        # Park Chung-hee, Roh Moo-hyun); one that does not but is shaped as a Korean syllable is left to the loose
        # reading (`loosely_romanized`).
        left = [(part, char) for part, char in unread if en_key(part) not in korean_spellings(char)]
        return "Korean", left
    label = next((system for system in systems if system not in (None, "pinyin")), "the surname's own spelling")
    return label, unread


def _is_tongyong(surname_key: str, surname: str, parts: list[str], given: str) -> bool:
    """Tell whether a name whose every word is a pinyin syllable is written in Tongyong Pinyin (Taiwan's, 2002-2008):
    the surname spelt `surname_key` as Tongyong spells a reading of `surname` (游 you; not 张 zhang, Tongyong jhang),
    each syllable of `parts` a Tongyong spelling of its character of `given`, and one of them no pinyin of it (錫 si,
    pinyin xi: 游錫堃 "You Si-kun"). A pinyin slip spelt like Tongyong in the given name alone ("Zhang Si" for 张希)
    keeps its surname's pinyin, and is still a slip."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.pinyin import heteronyms
    from zhgloss.romanizations import tongyong_syllable

    def readings(char: str) -> set[str]:
        return {reading.rstrip("12345") for reading in heteronyms(name_to_simplified(char))}

    if not all(map(is_cjk, surname)) or surname_key not in {
        "".join(spelled)
        for spelled in itertools.product(*({tongyong_syllable(r) for r in readings(c)} for c in surname))
    }:
        return False
    keys = [en_key(part) for part in parts]
    if not all(key in {tongyong_syllable(r) for r in readings(char)} for key, char in zip(keys, given, strict=True)):
        return False
    return any(key not in readings(char) for key, char in zip(keys, given, strict=True))


def _alias_hant_problems(entry: Entry) -> list[Problem]:
    """A Chinese alias that is zh in traditional characters, with zh_hant empty (a tool listed both scripts as
    synonyms, "腾讯；騰訊"): lookup finds it, but annotate and export take it for another name, not zh's form."""
    from zhgloss.formats.tbx import is_traditional_of

    assert entry.zh is not None
    english = [entry.en, *entry.aliases]
    for alias in entry.zh_aliases:
        if is_traditional_of(entry.zh, alias, entry.type, english):
            message = f"{alias!r} writes {entry.zh!r} in traditional characters: make it zh_hant, not an alias"
            return [Problem(entry.id, "zh_aliases", "zh-alias-hant", message, "warning")]
    return []


def _folded_character_problems(entry: Entry) -> list[Problem]:
    """A name or surname of one character whose English spells none of its readings but that of a character OpenCC's
    t2s folds into it (data/kept_characters.tsv: 乾 into 干): the name is that character, converted away (a TBX term
    乾 "Qian" stored as 干 Gàn with 0 errors: the review's R43-4). An error: the entry says another name."""
    zh, en = entry.zh, entry.en
    if entry.type not in ("name", "surname") or not zh or len(zh) != 1 or not en or not en.isascii():
        return []
    if not en.isalpha():
        return []
    from zhgloss.convert import kept_characters, kept_plain_forms
    from zhgloss.pinyin import heteronyms, spelt_reading, surnames

    key = en.casefold()
    found = surnames().get(zh)
    own = {*(r.rstrip("12345") for r in heteronyms(zh)), *(en_key(r) for r in (found.readings if found else ()))}
    if key in own:
        return []
    for char, plain in kept_plain_forms().items():
        if plain != zh or kept_characters().get(char) is None or (reading := spelt_reading(char, en)) is None:
            continue
        message = (
            f"{en!r} spells {reading!r}, a reading of {char}, and none of {zh}'s: the name is {char}, which OpenCC "
            f"writes {zh} (zhgloss edit {entry.id} --zh {char})"
        )
        return [Problem(entry.id, "en", "en-mismatch", message)]
    return []


def _surname_form_problems(entry: Entry) -> list[Problem]:
    """A person's surname written in a form the surname table rules out: 餘承東 for 余承东, 遊锡堃 (游 in both scripts).

    zh_hant is judged by the surname of zh (find_surname); zh by its first character, where the entry reads it as
    the surname it stands for (its pinyin, or the romanizer's reading, starts with the surname's syllable:
    乾隆 Qiánlóng is no 干 Gān). Warnings: a person may write the name so.
    """
    from zhgloss.pinyin import ruled_out_surname_forms

    problems: list[Problem] = []
    ruled_out = ruled_out_surname_forms()
    fixed = _surname_fixed_zh(entry)
    if fixed is not None:
        assert entry.zh is not None
        problems.append(_surname_form_problem(entry, "zh", entry.zh, ruled_out[entry.zh[0]], fixed))
    fixed = _surname_fixed_hant(entry)
    if fixed is not None:
        assert entry.zh_hant is not None
        problems.append(_surname_form_problem(entry, "zh_hant", entry.zh_hant, ruled_out[entry.zh_hant[0]], fixed))
    return problems


def _with_surname_fixed(entry: Entry) -> Entry:
    """`entry` with its surname in zh and zh_hant written as the surname table writes it where the table rules out
    the form it has (`surname-form` says so): the rest of the name is judged as it will be then."""
    zh, zh_hant = _surname_fixed_zh(entry), _surname_fixed_hant(entry)
    if zh is None and zh_hant is None:
        return entry
    return replace(entry, zh=zh or entry.zh, zh_hant=zh_hant or entry.zh_hant)


def _surname_fixed_zh(entry: Entry) -> str | None:
    """zh with its surname as the surname table writes it, where the table rules out its form (遊锡堃); else None."""
    from zhgloss.pinyin import ruled_out_surname_forms

    if entry.type != "person" or entry.zh is None or not _reads_as_chinese(entry.zh):
        return None
    surname = ruled_out_surname_forms().get(entry.zh[0])
    if surname is None or len(entry.zh) < 2 or _first_syllable(entry) != surname.syllables[0][:-1]:
        return None
    return surname.zh + entry.zh[1:]


def _surname_form_problem(entry: Entry, field: str, form: str, surname: Surname, fixed: str) -> Problem:
    message = (
        f"{form!r} writes the surname {surname.zh} as {form[0]}, which data/surnames.tsv rules out "
        f"({surname.note}): write {fixed!r}, unless the person writes it so"
    )
    return Problem(entry.id, field, "surname-form", message, "warning")


def _surname_fixed_hant(entry: Entry) -> str | None:
    """zh_hant with its surname as the surname table writes it, where the table rules out its form; else None."""
    from zhgloss.pinyin import find_surname, ruled_out_surname_forms

    if entry.type != "person" or entry.zh is None or not entry.zh_hant or not _reads_as_chinese(entry.zh):
        return None
    surname = ruled_out_surname_forms().get(entry.zh_hant[0])
    if surname is None or entry.zh[0] not in (surname.zh, entry.zh_hant[0]):  # zh: 余承东, or 遊锡堃 itself
        return None
    if find_surname(entry.zh) not in (None, surname) or _first_syllable(entry) != surname.syllables[0][:-1]:
        return None
    return surname.zh_hant + entry.zh_hant[1:]


def _first_syllable(entry: Entry) -> str | None:
    """The first syllable of the entry's reading (its pinyin, or the romanizer's), toneless and numbered ("you")."""
    from zhgloss.pinyin import marks_to_numbers, romanize

    reading = entry.pinyin
    if reading is None:
        assert entry.zh is not None
        try:
            reading = romanize(entry.zh).pinyin
        except ZhglossError:
            return None
    syllables = marks_to_numbers(reading.casefold()).split()
    return syllables[0].rstrip("012345") if syllables else None


def _zh_hant_problems(entry: Entry) -> list[Problem]:
    if entry.zh is not None and entry.zh_hant is None and entry.zh_aliases and has_cjk(entry.zh):
        return _alias_hant_problems(entry)
    if entry.zh is None or entry.zh_hant is None or not has_cjk(entry.zh):
        return []
    from zhgloss.convert import has_japanese_form

    if has_japanese_form(entry.zh) or has_japanese_form(entry.zh_hant):
        return []  # `zh-japanese` says it, with the fix for both forms
    entry = _with_surname_fixed(entry)
    assert entry.zh is not None
    assert entry.zh_hant is not None
    from zhgloss.convert import (
        TRADITIONAL_CONFIGS,
        name_to_traditional,
        to_simplified,
        to_traditional,
        traditional_forms,
    )

    # Most stored forms are the preferred configuration's: stop there, before OpenCC loads the
    # dictionaries of the others (some 80 ms each, most of a `zhgloss add` or `edit`).
    if to_traditional(entry.zh) == entry.zh_hant or any(
        to_traditional(entry.zh, config) == entry.zh_hant for config in TRADITIONAL_CONFIGS
    ):
        return []
    forms = set(traditional_forms(entry.zh))
    if entry.type == "person":
        forms.add(name_to_traditional(entry.zh))
    elif entry.type == "surname":
        from zhgloss.curate import fill_zh_hant

        forms.add(fill_zh_hant(entry.zh, "surname") or entry.zh)  # the surname table's: 干 is 干, not 幹
    if entry.zh_hant in forms:
        return []
    expected = name_to_traditional(entry.zh) if entry.type == "person" else to_traditional(entry.zh)
    left = _simplified_left(entry.zh, entry.zh_hant, forms)
    if left:
        return [
            Problem(
                entry.id,
                "zh_hant",
                "zh-hant-mismatch",
                f"{entry.zh_hant!r} still has simplified {'、'.join(left)} (OpenCC writes {expected!r})",
            )
        ]
    back = to_simplified(entry.zh_hant)
    if zh_key(back) != zh_key(entry.zh) and not _is_surname_form(entry) and not is_variant_spelling(entry.zh, back):
        if is_cedict_spelling(entry.zh, entry.zh_hant, back):
            return [
                Problem(
                    entry.id,
                    "zh_hant",
                    "zh-hant-source",
                    f"{entry.zh_hant!r} for {entry.zh!r} writes characters as only CC-CEDICT's entries for them do "
                    f"(OpenCC writes {expected!r}): right if the name is written so (Taiwan's 畬族), else a slip",
                    "warning",
                )
            ]
        return [
            Problem(
                entry.id,
                "zh_hant",
                "zh-hant-mismatch",
                f"{entry.zh_hant!r} is not a traditional form of {entry.zh!r} "
                f"(it converts back to {back!r}; OpenCC writes {expected!r}){_as_sourced(entry)}",
            )
        ]
    return [
        Problem(
            entry.id,
            "zh_hant",
            "zh-hant-variant",
            f"{entry.zh_hant!r} differs from OpenCC's {expected!r}; right if it is the form the name is written in",
            "warning",
        )
    ]


def _simplified_left(zh: str, zh_hant: str, forms: Iterable[str]) -> list[str]:
    """Characters of `zh_hant` that are simplified ones every traditional form replaces (雷军 for 雷軍).

    A character OpenCC replaces that is a traditional character in its own right is not one: 里 (a li; also
    the simplified form of 裏) in 葉里溫, 岩 (never simplified; 巖 is its variant) in 岩倉 (see `is_simplified_only`).
    """
    same_length = [f for f in forms if len(f) == len(zh)]
    if len(zh_hant) != len(zh) or not same_length:
        return []
    return [
        h
        for i, (z, h) in enumerate(zip(zh, zh_hant, strict=True))
        if h == z and all(f[i] != z for f in same_length) and is_simplified_only(h)
    ]


def _variant_characters() -> tuple[dict[str, str], dict[str, str]]:
    """Each character's Unihan kTraditionalVariant and its variants (`zhgloss.convert.variant_characters`)."""
    from zhgloss.convert import variant_characters

    return variant_characters()


def _data_rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated cells of a bundled data file's rows, without its comment and header lines."""
    with path.open(encoding="utf-8") as fp:
        for line in fp:
            if not line.startswith(("#", "char\t")):
                yield line.rstrip("\n").split("\t")


def is_simplified_only(char: str) -> bool:
    """Tell whether a character is a simplification and not also a traditional character (军, not 里 or 岩).

    Unihan (data/variant_characters.tsv, built by scripts/build_variant_characters.py): a simplified
    character has a kTraditionalVariant; one that traditional text writes too lists itself among them
    (里: 裡 里) or, never simplified, has none (岩).
    """
    trad = _variant_characters()[0].get(char)
    return trad is not None and char not in trad


def is_variant_spelling(zh: str, back: str) -> bool:
    """Tell whether `back` (a zh_hant converted to simplified) differs from `zh` only by variant characters.

    彞族 converts back to 彞族, not 彝族: OpenCC's t2s leaves 彞, which Unihan gives 彝 as its simplified
    variant; 瑯琊 converts to 瑯琊 beside 琅玡 (semantic variants). Such a zh_hant is a variant spelling, not
    another name; a character that is simplified only is no traditional spelling of anything (張叁 for 张三:
    叁 is the simplified form of 叄).
    """
    if len(zh) != len(back):
        return False
    variants = _variant_characters()[1]
    return all(
        a == b or (a in variants.get(b, "") and not is_simplified_only(b)) for a, b in zip(zh, back, strict=True)
    )


CEDICT_CHARACTERS_PATH = Path(__file__).resolve().parent / "data" / "cedict_characters.tsv"


@functools.lru_cache(maxsize=1)
def _cedict_characters() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Each character's readings and simplified forms only CC-CEDICT gives (data/cedict_characters.tsv), read once."""
    readings: dict[str, frozenset[str]] = {}
    simplified: dict[str, str] = {}
    for char, char_readings, char_simplified in _data_rows(CEDICT_CHARACTERS_PATH):
        if char_readings:
            readings[char] = frozenset(char_readings.split())
        if char_simplified:
            simplified[char] = char_simplified
    return readings, simplified


def cedict_readings(char: str) -> frozenset[str]:
    """Return the numbered readings (ü as v) of `char` that only CC-CEDICT's entry for the character gives.

    Built by scripts/build_cedict_characters.py: 崁 kan3 (Taiwan's reading), 舺 jia3 ("Taiwan pr."), 彟 huo4.
    """
    return _cedict_characters()[0].get(char, frozenset())


def is_cedict_spelling(zh: str, zh_hant: str, back: str) -> bool:
    """Tell whether `zh_hant` (converting back to `back`) differs from `zh` only by characters CC-CEDICT's own
    entries give as simplified to those of `zh`, or by Unihan's variants (甦仙 for 苏仙: "甦 苏 /variant of 蘇|苏/";
    瑯琊 for 琅玡: 瑯 and 琅 are Unihan's, "琊 玡" CC-CEDICT's). At least one pair is CC-CEDICT's alone.
    """
    if not len(zh) == len(zh_hant) == len(back):
        return False
    simplified = _cedict_characters()[1]
    variants = _variant_characters()[1]
    sourced = False
    for z, h, b in zip(zh, zh_hant, back, strict=True):
        if z == b or (z in variants.get(b, "") and not is_simplified_only(b)):
            continue
        if z not in simplified.get(h, "") and z not in simplified.get(b, ""):
            return False
        sourced = True
    return sourced


def _is_surname_form(entry: Entry) -> bool:
    """Tell whether zh_hant differs from a round trip only by a surname's own traditional form (於 vs 于)."""
    from zhgloss.convert import to_simplified
    from zhgloss.pinyin import find_surname

    assert entry.zh is not None
    assert entry.zh_hant is not None
    if entry.type != "person":
        return False
    surname = find_surname(entry.zh)
    if surname is None or not entry.zh_hant.startswith(surname.zh_hant):
        return False
    size = len(surname.zh)
    return to_simplified(entry.zh_hant[size:]) == entry.zh[size:]


def _role_problems(entry: Entry) -> list[Problem]:
    problems = [Problem(entry.id, "roles", code, message) for code, message in role_date_problems(entry)]
    for role in entry.roles:
        at = _TITLE_AT_ORG_RE.fullmatch(role.title) if role.org is None and role.org_id is None else None
        if at is not None:
            # `--role "CEO at Xiaomi"` stores a title and no organisation: the role is never linked nor matched.
            fixed = Role(at[1], at[2], None, role.start, role.end, role.source)
            message = (
                f"{role.describe()!r} names its organisation in the title: write it after @ "
                f"(zhgloss edit {entry.id} --remove-role {shell_quote(_role_spec(role))} "
                f"--role {shell_quote(_role_spec(fixed))})"
            )
            problems.append(Problem(entry.id, "roles", "role-org-in-title", message, "warning"))
    return problems


_TITLE_AT_ORG_RE = re.compile(r"(.+?)\s+at\s+([A-Z0-9\u4e00-\u9fff].*)")
"""A role title that names its organisation after "at" ("CEO at Xiaomi", "professor at Peking University"): "of"
is left alone, being part of many titles ("Minister of Foreign Affairs")."""


# Titles that name the same position: "chair" and "chairman", "CEO" and "chief executive officer".
_ROLE_SYNONYMS = {
    "chair": "chairman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "co-founder": "founder",
    "cofounder": "founder",
}
# Words that qualify a title without changing the position: "group president" is the president.
_ROLE_QUALIFIERS = {"group", "acting", "interim", "the", "company", "corporate"}
# The verbs by which an office ends for its holder, as a title or a note writes them ("retired as CEO", "recalled as
# mayor", "removed from office as president", "impeached as president", "fired as coach"): one list, read by role
# titles (`_TENURE_ENDED_RE`) and by notes (`_ENDING_RE`, `_UNDATED_ENDING_RE`). The sources are the sentences that
# report real endings: Han Kuo-yu was recalled as mayor of Kaohsiung on 2020-06-06 (Central Election Commission),
# Park Geun-hye impeached in 2016 and removed from office on 2017-03-10, Yoon Suk Yeol removed on 2025-04-04.
_ENDED_AS_VERBS = (
    r"retired|resigned|stepped down|left|quit|departed|ousted|dismissed|removed|recalled|impeached|fired|sacked|"
    r"expelled|deposed|overthrown"
)
_TENURE_ENDED_RE = re.compile(rf"^\s*(?:{_ENDED_AS_VERBS})(?:\s+from\s+office)?\s+(?:as|from)\s+")
"""The start of a role title that says its tenure ended ("retired as CEO", "stepped down as chairman", "resigned from
board", "recalled as mayor"): the kind is the rest, so the role's date ends an open role of that kind
(`_open_role_problems`)."""
_FORMER_RE = re.compile(r"^\s*(?:former|ex-|ex|retired|one-time|onetime|erstwhile)\s*(?<=[\s-])")
"""The start of a role title that says the position is no longer held: "former CEO", "ex-chairman", "retired CEO"."""
_ENDED_REMARK_RE = re.compile(
    rf"\(\s*(?:former|{_ENDED_AS_VERBS}|until\b[^)]*)\s*\)",
    re.IGNORECASE,
)
"""A bracketed remark of a role title that says its tenure ended: "President and CEO (resigned)", "CEO (until 2019)"."""
# The ways a note sentence says a tenure ended, dated or not. Verbs that also have a sense ending no office ("recalled
# 30,000 cars", "fired 200 staff", "removed the ban") count only as the holder's own: passive ("was recalled",
# "and removed") or before "as", "from", "by", "after", "over", "on" or "in" ("Recalled as Kaohsiung mayor on 6 June
# 2020.", "Fired in 2020."). Besides the verbs: a term that ended or expired ("Term as mayor of Kaohsiung ended in
# 2020."), a lost re-election ("lost re-election in 1998", "was not re-elected", "voted out"), a successor ("was
# succeeded by", "replaced by") and "until". A lost election that is no re-election ("lost the 2020 presidential
# election", which Han Kuo-yu did while mayor) ends nothing.
_PASSIVE_ENDED = r"recalled|removed|impeached|fired|sacked|expelled|deposed|overthrown|dismissed|ousted"
_ENDING_PHRASES = (
    r"retire[ds]?|retirement|resign(?:s|ed|ation)?|step(?:s|ped)? (?:down|aside)|stood down|quit|until|ousted|"
    r"dismissed|hand(?:s|ed)? over|handing over|g[ai]ve up|gives up|giving up|relinquish(?:es|ed)?|"
    r"promoted to|"
    r"(?:was|were|been|being)\s+replaced|replaced\s+by|(?:was\s+|were\s+)?succeeded(?:\s+as\s+[^.;,]{1,40}?)?\s+by|"
    rf"(?:was|were|been|being|got|and)\s+(?:{_PASSIVE_ENDED})|(?:{_PASSIVE_ENDED})(?=\s+(?:as|from|by|after|over|on|in)\b)|"
    r"impeachment|removal\s+from\s+office|expulsion|left\s+office|"
    r"(?:term|tenure|mandate|presidency|premiership|mayoralty)\b[^.;]{0,60}?\b(?:ended|expired|ran\s+out|"
    r"came\s+to\s+an\s+end)|end(?:ed)?\s+of\s+(?:his|her|their|the)\s+(?:term|tenure)|"
    r"ended\s+(?:his|her|their)\s+(?:term|tenure)|"
    r"lost\s+(?:(?:his|her|their|a|the)\s+)?(?:bid\s+for\s+)?re-?election|lost\s+(?:his|her|their)\s+seat|"
    r"not\s+re-?elected|defeated\s+for\s+re-?election|voted\s+out"
)
"""A note's words that say a tenure ended, dated or not (see above)."""
# A sentence that says the ending did not happen: "impeached in 2019 and acquitted in 2020", "survived a recall".
_NOT_ENDED_RE = re.compile(r"\b(?:acquitted|survived|reinstated|overturned)\b", re.IGNORECASE)
# A note sentence that says a tenure ended without a date ("Retired as CEO of VANCL.", "Former CEO of JD.com"):
# the ending words, and "former" / "ex-" before a role word.
_ENDING_PHRASES_ZH = r"免去|免职|不再担任|卸任|辞去|辞职|撤职|撤销[^。；;]{0,20}?职务|落马|离任|退休|逝世|去世|病逝"
"""The same in Chinese, which state media write (U38-22): the appointment lists' 免去X的…职务 and 不再担任, 卸任, 辞去,
撤职, 落马 (fallen: investigated), 离任, 退休, and death (逝世, 去世, 病逝). No word boundary: Chinese writes none."""
_UNDATED_ENDING_RE = re.compile(rf"\b(?:{_ENDING_PHRASES}|former(?:ly)?|ex(?=-))\b|{_ENDING_PHRASES_ZH}", re.IGNORECASE)
# A note sentence that says a tenure ended: "retired on 2022-12-30", "until 2019", "resigned in 2007-12".
_ENDING_RE = re.compile(rf"\b(?:{_ENDING_PHRASES}|left|leaves|died|death)\b|{_ENDING_PHRASES_ZH}", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
_MONTH = "(" + "|".join(m.capitalize() for m in _MONTHS) + ")"
_NOTE_DATE_RE = re.compile(
    r"(?<![\d-])(\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\d{4})(?![\d-])"
    rf"|(?<!\d)(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})(?!\d)|{_MONTH}\s+(?:(\d{{1,2}}),\s+)?(\d{{4}})(?!\d)"
)
"""A date of a note sentence: ISO ("2022-12-30", "2019-11", "2019"), or English prose ("6 June 2020", "June 6, 2020",
"April 2022"), read as precisely as written (`_note_dates`)."""


_ZH_DATE_RE = re.compile(r"(?<!\d)(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?")


def _iso_of_zh_date(match: re.Match[str]) -> str:
    """A Chinese date as `_NOTE_DATE_RE` reads it, spaced off: "2023年7月" -> " 2023-07 ", "2023年" -> " 2023 "; a
    month or day out of range leaves the parts before it."""
    year, month, day = match.groups()
    iso = year
    if month and 1 <= int(month) <= 12:
        iso += f"-{int(month):02d}"
        if day and is_date(f"{iso}-{int(day):02d}"):
            iso += f"-{int(day):02d}"
    return f" {iso} "


def _note_dates(sentence: str) -> list[str]:
    """Return the dates of a note sentence as partial ISO dates: "Recalled on 6 June 2020." -> ["2020-06-06"],
    "CEO until April 2022" -> ["2022-04"], "retired on 2022-12-30" -> ["2022-12-30"]. A day the month lacks
    ("31 June 2020") is read as the month alone."""
    found = []
    # A Chinese date ("2023年7月", "2023年7月29日") read as its ISO form first (U38-22).
    sentence = _ZH_DATE_RE.sub(_iso_of_zh_date, sentence)
    for iso, day, month, year, month2, day2, year2 in _NOTE_DATE_RE.findall(sentence):
        if iso:
            found.append(iso)
            continue
        day, month, year = (day, month, year) if year else (day2, month2, year2)
        ym = f"{year}-{_MONTHS.index(month.casefold()) + 1:02d}"
        found.append(f"{ym}-{int(day):02d}" if day and is_date(f"{ym}-{int(day):02d}") else ym)
    return found


_SENTENCE_RE = re.compile(r"(?<=[.;])\s+|(?<=[。；])\s*")
"""Where a note's sentences part: after ". " or "; ", and after 。 or ；, which Chinese follows with no space."""


def role_kinds(title: str) -> frozenset[str]:
    """Return the positions a role title names, normalized: "President and CEO (resigned)" -> {"president", "ceo"}.

    A bracketed remark is dropped, "and", "&" and commas split joint titles, qualifiers such as
    "group" or "acting" are dropped, and synonyms are merged (chair = chairman, co-founder = founder).
    """
    text = re.sub(r"\([^)]*\)", " ", title).casefold()
    # A title that says the tenure ended names the tenure: "retired as CEO" is the CEO role, ended (U33-19); so do
    # "former CEO" and "ex-CEO".
    text = _FORMER_RE.sub("", _TENURE_ENDED_RE.sub("", text))
    kinds = set()
    for part in re.split(r",|&|\band\b|/", text):
        words = [w for w in re.sub(r"[^\w\s-]", " ", part).split() if w not in _ROLE_QUALIFIERS]
        phrase = " ".join(words)
        if phrase:
            kinds.add(_ROLE_SYNONYMS.get(phrase, phrase))
    return frozenset(kinds)


def title_says_ended(title: str) -> bool:
    """Tell whether a role title says its tenure ended: "retired as CEO", "former chairman", "ex-CEO",
    "President and CEO (resigned)", "CEO (until 2019)"; not "CEO", "outgoing president" (still in office)."""
    folded = title.casefold()
    return bool(_TENURE_ENDED_RE.match(folded) or _FORMER_RE.match(folded) or _ENDED_REMARK_RE.search(folded))


_SUBORDINATE_WORDS = frozenset({"vice", "deputy", "assistant", "associate"})
"""The words that make a post the one below another of the same name: vice president, deputy governor, assistant
general manager, associate professor. "Executive", "senior" and "first" rank among those ("executive vice
president", "first deputy mayor") but alone make no lower post: a senior vice president is above a vice president."""
_RANK_WORDS = frozenset({"executive", "senior", "first", "second", "principal"})


def post_below(kind: str, above: str) -> bool:
    """Tell whether role kind `kind` (as `role_kinds` gives it) is a post below `above`, the one a promotion leads to:
    "vice president" and "executive vice president" below "president", "deputy governor" below "governor", "vice
    mayor" below "mayor", "associate professor" below "professor"; not "senior vice president" below "vice president"
    (it is above it), nor "president" below itself."""
    kind, above = kind.replace("-", " "), above.replace("-", " ")
    if not kind.endswith(f" {above}"):
        return False
    prefix = kind[: -len(above) - 1].split()
    return (
        bool(prefix) and set(prefix) <= _SUBORDINATE_WORDS | _RANK_WORDS and not _SUBORDINATE_WORDS.isdisjoint(prefix)
    )


def _org_key(role: Role) -> str | None:
    """The organisation a role is at, as roles are matched: its id, or its name without the legal form ("Tencent
    Holdings" is Tencent: `zhgloss.forms.without_legal_form`, as check reads a company's short name), case-folded."""
    if role.org_id or not role.org:
        return role.org_id
    from zhgloss.forms import without_legal_form

    return (without_legal_form(role.org) or role.org).casefold()


def _after(later: str, earlier: str) -> bool:
    """Tell whether partial date `later` is surely after partial date `earlier` (2019-11 is not after 2019)."""
    return date_bounds(later)[0] > date_bounds(earlier)[1]


# Role words a note may use besides the entry's own titles ("CEO until April 2022").
_ROLE_WORDS = (
    "ceo",
    "cfo",
    "cto",
    "coo",
    "president",
    "vice president",
    "chairman",
    "chair",
    "vice chairman",
    "director",
    "executive director",
    "general manager",
    "partner",
    "consultant",
    "founder",
    "co-founder",
)


def _nearest_role_word(folded: str, ending: re.Match[str] | None, kinds: set[str]) -> str | None:
    """The role word of `folded` closest to the ending word (normalized), or None if it names none.

    "Founder and chairman of JD.com (CEO until April 2022)": the CEO ended, not the chairmanship.
    """
    if ending is None:
        return None
    words = sorted({*kinds, *_ROLE_WORDS}, key=len, reverse=True)
    # A Chinese title is found inside the characters around it (外交部部长职务: 部长): Chinese writes no spaces.
    latin = [re.escape(w) for w in words if not has_cjk(w)]
    chinese = [re.escape(w) for w in words if has_cjk(w)]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(latin) + r")(?![\w-])" + "".join(f"|{w}" for w in chinese))
    best: tuple[int, str] | None = None
    for match in pattern.finditer(folded):
        gap = ending.start() - match.end() if match.end() <= ending.start() else match.start() - ending.end()
        if best is None or gap < best[0]:
            best = (gap, match.group())
    return None if best is None else _ROLE_SYNONYMS.get(best[1], best[1])


def death_year(entry: Entry) -> tuple[int, str] | None:
    """Return the year a person died, as the life dates of the entry's note give it, and those dates; or None.

    `zhgloss.model.life_dates` reads them, the one reader of a note's life dates, which also gives `role-birth` its
    birth year and `role-death` this year: CC-CEDICT's "Deng Xiaoping (1904-1997), Chinese leader", "Li Peng
    (1928–2019)", Wikipedia's lead "(20 November 1915 – 15 April 1989)", a note that starts "Died 30 November 2022".
    A living person's "(1953-)", dates of the era before the common one ("(69-30 BC)"), a reign's years after a
    title ("reign name of Qing emperor (1722-1735)") and other people's dates are not read.
    """
    lived = life_dates(entry)
    if lived is None or lived.died is None:
        return None
    return lived.died, lived.text


def _role_spec(role: Role, end: str | None = None) -> str:
    """Write `role` as `add --role` and `edit --role` take it, TITLE[@ORG][:FROM..TO], ending at `end` if given."""
    spec = role.title
    if role.org or role.org_id:
        spec += f"@{role.org or role.org_id}"
    until = end or role.end
    if role.start or until:
        spec += f":{role.start or ''}..{until or ''}"
    return spec


def _ending_command(entry: Entry, role: Role, end: str) -> str:
    """The command that gives the open `role` of `entry` its `end`: drop it, and add it back ended."""
    return (
        f"zhgloss edit {entry.id} --remove-role {shell_quote(_role_spec(role))} "
        f"--role {shell_quote(_role_spec(role, end))}"
    )


def _undated_ending_command(entry: Entry, role: Role) -> str:
    """The command that gives the open `role` of `entry` an end the entry does not know: YYYY to be filled in."""
    return f"{_ending_command(entry, role, 'YYYY')}, YYYY the year it ended"


def _open_role_problems(entry: Entry) -> list[Problem]:
    """Roles left open that something in the entry ends, and positions recorded twice.

    An open role (a start, no end) is ended by a role of the same kind at the same organisation that
    ended after it started (the same presidency entered twice, once closed), and by a sentence of the
    entry's note that says a tenure ended ("retired on 2022-12-30") on a date after the role started,
    when that sentence names the role's organisation or no organisation of the entry's roles at all,
    and the role word nearest the ending word is the role's kind, or there is none ("CEO until 2022"
    ends the CEO role only). A person's death ends every role: the death year of the note's life dates
    ("Deng Xiaoping (1904-1997)", see `death_year`) ends each role open since that year or before.
    A founder role is never ended by the note: founding is a deed, not a tenure.
    An ending with no date is said too, with the command to fill in (U33-19, issue 9 item 6): a role whose own title
    says it ended (`title_says_ended`: "former CEO, Baidu (since 2000)"), an undated one that ends an open role of its
    kind ("retired as chairman, Alibaba" beside "chairman, Alibaba (since 1999)"), and a note sentence that names
    the role's kind and its organisation as ended without a date ("Retired as CEO of VANCL.", "Former CEO of
    JD.com"; not "Formerly president of Gionee." beside a Xiaomi presidency).
    A role open beside a later role at the same organisation that is the post above it (a deputy governor, then
    governor: `post_below`) ended when that one began: a promotion written as roles.
    A role open since before a later role at another organisation began and ended is most probably over
    (`_later_ended_problems`, U35-34).
    Two roles of the same kind at the same organisation that are both open, or one of them undated,
    are one position recorded twice. All are warnings: the data may be right, a person should look.
    """
    problems: list[Problem] = []
    keyed = [(role, _org_key(role), role_kinds(role.title)) for role in entry.roles]
    ended_titles = [title_says_ended(role.title) for role in entry.roles]
    warned: set[int] = set()

    def warn(code: str, message: str, at: int | None = None) -> None:
        problems.append(Problem(entry.id, "roles", code, message, "warning"))
        if at is not None:
            warned.add(at)

    for i, (role, org, kinds) in enumerate(keyed):
        if role.end is not None or org is None or ended_titles[i]:
            continue
        for j, (other, other_org, other_kinds) in enumerate(keyed):
            if j == i or other_org != org:
                continue
            if (
                role.start
                and other.start
                and _after(other.start, role.start)
                and any(post_below(kind, above) for kind in kinds for above in other_kinds)
            ):
                # A promotion written as roles, not in a note: "deputy governor@Jiangxi:2012.." beside
                # "governor@Jiangxi:2016..2020" ended on the day the post above it began (R45-3).
                warn(
                    "role-open",
                    f"{role.describe()!r} is still open, but the later {other.describe()!r} at the same organisation "
                    f"is the post above it: end it when that began ({_ending_command(entry, role, other.start)})",
                    i,
                )
                break
            if not kinds & other_kinds:
                continue
            if role.start and other.end and _after(other.end, role.start):
                warn(
                    "role-open",
                    f"{role.describe()!r} is still open, but {other.describe()!r}, the same kind of role, "
                    f"ended on {other.end}: end it too ({_ending_command(entry, role, other.end)}), or merge the two",
                    i,
                )
                break
            if ended_titles[j] and other.end is None:
                # "retired as chairman, Alibaba" with no date beside the open "chairman, Alibaba (since 1999)": the
                # position ended at a date the entry does not give (it was called a repeat: "merge them").
                if not kinds <= {"founder"} and (
                    other.start is None or role.start is None or not _after(role.start, other.start)
                ):
                    warn(
                        "role-open",
                        f"{role.describe()!r} is still open, but {other.describe()!r} says it ended, with no date: "
                        f"give the role the date it ended ({_undated_ending_command(entry, role)})",
                        i,
                    )
                    break
                continue
            if other.end is None and j > i and (role.start is None or other.start is None or role.start == other.start):
                warn(
                    "role-repeat",
                    f"{role.describe()!r} and {other.describe()!r} look like one position: merge them "
                    f"(zhgloss edit {entry.id} --remove-role {shell_quote(_role_spec(other))})",
                )
    died = death_year(entry)
    ended_by_death: set[int] = set()
    if died is not None:
        year, said_so = died
        for i, (role, _, kinds) in enumerate(keyed):
            if role.end is not None or role.start is None or kinds <= {"founder"}:
                continue
            if date_bounds(role.start)[0] <= f"{year:04d}-12-31":
                ended_by_death.add(i)
                warn(
                    "role-open",
                    f"{role.describe()!r} is still open, but the note gives {entry.en}'s death in {year} "
                    f"({said_so!r}): give the role its end ({_ending_command(entry, role, str(year))})",
                )
    # The note can end only a role with a start and no end: an entry with none (a CC-CEDICT line's description is a
    # note) is not read, sentence by sentence, for endings.
    if entry.note and any(role.end is None and role.start is not None for role in entry.roles):
        import datetime

        today = datetime.date.today().isoformat()
        orgs = {r.org.casefold() for r in entry.roles if r.org}
        all_kinds = {k for _, _, kinds in keyed for k in kinds}
        for sentence in _SENTENCE_RE.split(entry.note):
            if _NOT_ENDED_RE.search(sentence):
                continue  # "Impeached in 2019 and acquitted by the Senate in 2020.": the ending did not happen
            ending = _ENDING_RE.search(sentence)
            # A date after today ends nothing yet: "died 2099? no." is no death, and the end it would give the
            # role is one `edit` refuses (role-future).
            dates = [d for d in _note_dates(sentence) if date_bounds(d)[0] <= today] if ending else []
            if not dates:
                ending = _UNDATED_ENDING_RE.search(sentence)
                if ending is None:
                    continue
            folded = sentence.casefold()
            named = {o for o in orgs if o in folded}
            match = (_ENDING_RE if dates else _UNDATED_ENDING_RE).search(folded)
            said = _nearest_role_word(folded, match, all_kinds)
            # "Promoted to president of Xiaomi Group" ends the vice presidency, not a presidency (the review's R35-23).
            promoted = said is not None and match is not None and match.group().startswith("promoted")
            if not dates and said is None:
                continue  # "left" of "the left wing", "formerly known as": no role said to end
            ended = max(dates, key=lambda d: date_bounds(d)[0]) if dates else None
            for i, (role, _, kinds) in enumerate(keyed):
                # Founding is a deed, not a tenure: a founder stays the founder after he retires or dies.
                if role.end is not None or role.start is None or kinds <= {"founder"} or i in ended_by_death:
                    continue
                if i in warned or (ended is not None and not _after(ended, role.start)):
                    continue
                if named and (role.org is None or role.org.casefold() not in named):
                    continue
                if promoted and said is not None:
                    if not any(post_below(kind, said) for kind in kinds):
                        continue  # only the post below the one promoted to ends (vice president, deputy director)
                elif said is not None and said not in kinds:
                    continue
                if ended is None and (role.org is None or role.org.casefold() not in named):
                    # Undated, the sentence ends the role only by naming its organisation: "Formerly president of
                    # Gionee." is a post elsewhere, "… who stepped down as CEO." another man's (review R8).
                    continue
                if ended is None:
                    warn(
                        "role-open",
                        f"{role.describe()!r} is still open, but the note says {sentence.strip()!r}, with no date: "
                        f"give the role the date it ended ({_undated_ending_command(entry, role)})",
                        i,
                    )
                    continue
                warn(
                    "role-open",
                    f"{role.describe()!r} is still open, but the note says {sentence.strip()!r}: give the role its end "
                    f"({_ending_command(entry, role, ended)})",
                    i,
                )
    _later_ended_problems(entry, keyed, ended_titles, warned | ended_by_death, warn)
    for i, (role, _, kinds) in enumerate(keyed):
        if ended_titles[i] and role.end is None and role.start is not None and not kinds <= {"founder"}:
            if i in warned or i in ended_by_death:
                continue
            # "former CEO, Baidu (since 2000)": the title says the tenure is over, the dates that it goes on.
            warn(
                "role-open",
                f"{role.describe()!r} says it ended but has no end: give it the date it ended "
                f"({_undated_ending_command(entry, role)})",
            )
    return problems


def _later_ended_problems(
    entry: Entry,
    keyed: list[tuple[Role, str | None, frozenset[str]]],
    ended_titles: list[bool],
    settled: set[int],
    warn: Callable[[str, str, int | None], None],
) -> None:
    """Warn of an open role that began before a later role of the same person which has itself ended (U35-34).

    Ma Ying-jeou's "Mayor@Taipei:1998-12-25.." beside "President@Republic of China:2008-05-20..2016-05-20": a post
    held since before a later post began and ended is most probably over (he left the mayoralty on 2006-12-25), so
    `role-open` is said with the edit that ends it, the year to be filled in (the entry does not give it). A warning,
    not an error: a person can hold two posts. Not said of a role at the same organisation as the later one (a
    chairman since 1999 who was also CEO 2005-2013 is still the chairman), of a founder role (founding is a deed), of
    a role whose own title says it ended (said apart), of one `settled` (indexes already warned of, or ended by death),
    nor where the later role's end lies ahead (a term's planned end: it is current until then).
    """
    if all(role.end is None for role in entry.roles):
        return  # the common case, asked for nothing
    import datetime

    today = datetime.date.today().isoformat()
    ended = [
        (other, other_org, other.start)
        for other, other_org, other_kinds in keyed
        if other.start is not None
        and other.end is not None
        and not other_kinds <= {"founder"}
        and date_bounds(other.end)[1] <= today
    ]
    for i, (role, org, kinds) in enumerate(keyed):
        if role.end is not None or role.start is None or kinds <= {"founder"} or ended_titles[i] or i in settled:
            continue
        if not _holds_alone(kinds):
            continue  # a chairman of two companies, a professor who is also a university's president (R35-27)
        start = role.start
        later = [
            other
            for other, other_org, began in ended
            if (org is None or other_org != org) and _after(began, start) and _holds_alone(role_kinds(other.title))
        ]
        if not later:
            continue
        first = min(later, key=lambda other: date_bounds(other.start or "")[0])
        warn(
            "role-open",
            f"{role.describe()!r} is still open, but the later {first.describe()!r} has ended: it is most probably "
            f"over; give it the date it ended ({_undated_ending_command(entry, role)}), unless both are held",
            i,
        )


_PUBLIC_OFFICES = frozenset(
    {
        *("mayor", "governor", "premier", "prime minister", "president", "minister", "chief executive"),
        *("party secretary", "senator", "legislator", "speaker", "chancellor", "head of state"),
    }
)
"""Public offices, which their holder commonly leaves for the next (Ma Ying-jeou left the Taipei mayoralty before he
became president): an open one beside a later ended one is most probably over (`_later_ended_problems`). Company and
academic posts are held side by side (Lei Jun chairman of Xiaomi and of Kingsoft Cloud; a professor who presides over
another university: the review's R35-27), and are not asked. "president" is also a company's title: two presidencies
of two companies, one open and a later one ended, are still asked about."""


_PUBLIC_OFFICES_ZH = (
    *("省长", "市长", "县长", "区长", "州长", "部长", "厅长", "局长", "书记"),
    *("总理", "总统", "主席", "行政长官", "特首", "议长", "委员长"),
)
"""The same offices written in Chinese, as harvest stores them from Chinese copy (广东省委书记, 外交部长,
新疆维吾尔自治区主席; U38-22): a title ending in one of them. 主席 of a board (董事局主席) is a company's chairman."""


def _holds_alone(kinds: frozenset[str]) -> bool:
    """Tell whether a role of these kinds (`role_kinds`) is a public office: its title ends in one of
    `_PUBLIC_OFFICES` ("vice governor", "executive vice premier", "deputy party secretary", "foreign minister": a
    rank or a portfolio before the office is the same kind of post, which its holder leaves for the next, U38-21)
    or, in Chinese, of `_PUBLIC_OFFICES_ZH` (副省长, 省委书记, 外交部部长)."""
    for kind in kinds:
        folded = kind.casefold()
        if has_cjk(folded):
            if folded.endswith(_PUBLIC_OFFICES_ZH) and "董事" not in folded:
                return True
            continue
        words = folded.split()
        if any(" ".join(words[i:]) in _PUBLIC_OFFICES for i in range(len(words))):
            return True
    return False


def _cross_entry_problems(
    entries: list[Entry], only: Collection[str] | None, more_ids: Collection[str] = ()
) -> list[Problem]:
    problems: list[Problem] = []
    ids: dict[str, int] = defaultdict(int)
    zh_owner: dict[str, list[tuple[str, str]]] = defaultdict(list)
    en_owner: dict[str, list[tuple[str, str]]] = defaultdict(list)
    code_owner: dict[str, list[tuple[str, str]]] = defaultdict(list)
    # With `only` (an `add` or `edit` of one entry among ~10^5: the review's R45-7), a form's claims are kept only
    # for the keys those entries hold: no other key's clash is reported, and the kept ones keep their order.
    held = None if only is None else _held_keys([entry for entry in entries if entry.id in only])
    for entry in entries:
        ids[entry.id] += 1
        for key, form in {zh_key(f): f for f in entry.zh_forms}.items():
            if held is None or key in held[0]:
                zh_owner[key].append((entry.id, form))
            # A stock code is one code however written (0700.HK, HK:00700, hk00700: `tickers.ticker_key`): two
            # entries whose Chinese forms write one code are one entry twice (tbl's TBL-41-1). Its Chinese forms
            # only: an English name may read as a code ("STAR Market", "HK Land").
            code = ticker_key(form) if form[:1].isascii() else None
            if code is not None and (held is None or code in held[1]):
                code_owner[code].append((entry.id, form))
        for key, form in {key: f for f in entry.en_forms if (key := en_key(f))}.items():
            if held is None or key in held[2]:
                en_owner[key].append((entry.id, form))

    def wanted(entry_id: str) -> bool:
        return only is None or entry_id in only

    referred = {entry.id: entry.refers_to for entry in entries if entry.refers_to is not None}
    referred_thing = _referred_things(entries)
    from zhgloss.formats.cedict import CEDICT_SOURCE

    # CC-CEDICT's own namesakes (two counties both "Taiping", the surnames 庞, 逄 and 旁 all "Pang"): see below.
    namesake_keys = {entry.id: _namesake_key(entry) for entry in entries if CEDICT_SOURCE in entry.sources}

    for entry_id, count in ids.items():
        if count > 1 and wanted(entry_id):
            problems.append(Problem(entry_id, "id", "duplicate-id", f"{count} entries have the id {entry_id!r}"))
    for coded in code_owner.values():
        if len({entry_id for entry_id, _ in coded}) < 2:
            continue
        for entry_id, form in coded:
            elsewhere = [(o, f) for o, f in coded if o != entry_id]
            if not wanted(entry_id) or any(zh_key(f) == zh_key(form) for _, f in elsewhere):
                continue  # the same spelling in two entries is a zh-clash already
            said = ", ".join(f"{o!r} (as {f!r})" for o, f in dict(elsewhere).items())
            message = (
                f"{form!r} is the stock code of entry {said} too, written otherwise: one code is one entry; keep "
                "one and give it the other's spellings as Chinese aliases (zhgloss edit ID --zh-alias FORM)"
            )
            problems.append(Problem(entry_id, "zh", "code-clash", message))
    for owners, field, code, severity in (
        (zh_owner, "zh", "zh-clash", "error"),
        (en_owner, "en", "en-clash", "warning"),
    ):
        for claims in owners.values():
            claimants = sorted({entry_id for entry_id, _ in claims})
            if len(claimants) < 2:
                continue
            for entry_id, form in claims:
                if not wanted(entry_id):
                    continue
                rivals = [o for o in claimants if o != entry_id]
                if field == "en":
                    # An English form shared through refers_to is the tie's point, no clash: a former name and its
                    # modern entry (大庸 -> 张家界, both "Dayong"; 锡兰 -> 斯里兰卡, "Ceylon"), a nickname and its
                    # person (the review's R44-8). An entry of another thing that writes it still clashes.
                    thing = referred_thing(entry_id)
                    rivals = [o for o in rivals if referred_thing(o) != thing]
                    # Nor between two namesakes CC-CEDICT itself writes so (`_are_namesakes`): a team glossary
                    # imported from it could never pass `validate --strict` (2,973 such warnings on a --proper-only
                    # import: the review's s47 note). An entry of the user's own that shares the form still clashes.
                    if entry_id in namesake_keys:
                        mine = namesake_keys[entry_id]
                        rivals = [o for o in rivals if not _are_namesakes(mine, namesake_keys.get(o))]
                    if not rivals:
                        continue
                others = ", ".join(repr(o) for o in rivals)
                problems.append(
                    Problem(entry_id, field, code, f"{form!r} is also a form of entry {others}", severity)  # type: ignore[arg-type]
                )
    problems += forbidden_clashes(entries, only, referred_thing, (zh_owner, en_owner))
    known = {*ids, *more_ids}
    ids_by_start: dict[str, list[str]] = {}  # filled on first use by `_org_as_id_problems`
    for entry in entries:
        if not wanted(entry.id):
            continue
        if entry.refers_to is not None and entry.refers_to not in known:
            problems.append(
                Problem(
                    entry.id,
                    "refers_to",
                    "refers-to-missing",
                    f"{entry.refers_to!r} is not an entry id in this glossary",
                )
            )
        cycle = reference_cycle(entry.id, referred) if entry.refers_to is not None else ()
        if cycle:
            problems.append(Problem(entry.id, "refers_to", "refers-to-cycle", reference_cycle_problem(cycle)))
        for role in entry.roles:
            if role.org_id is not None and role.org_id not in known:
                problems.append(
                    Problem(
                        entry.id,
                        "roles",
                        "org-id-missing",
                        f"org_id {role.org_id!r} of {role.describe()!r} is not an entry id in this glossary",
                    )
                )
            elif role.org_id is None and role.org is not None and (dated := _org_dates(entry, role)) is not None:
                problems.append(dated)
            elif role.org_id is None and role.org is not None:
                problems += _org_as_id_problems(entry, role, known, ids_by_start)
    return problems


def _namesake_key(entry: Entry) -> tuple[str, str]:
    """An entry's type and its reading without tones, spaces or marks ("Wèi Xiàn" -> "weixian"): `_are_namesakes`."""
    letters = unicodedata.normalize("NFD", entry.pinyin or "").lower()
    return entry.type, "".join(c for c in letters if "a" <= c <= "z")


def _are_namesakes(one: tuple[str, str], other: tuple[str, str] | None) -> bool:
    """Tell whether two CC-CEDICT entries (`_namesake_key`s; `other` None for one that is not CC-CEDICT's) sharing an
    English form are namesakes, two things of one name, not one thing twice: their readings are one (homophones the
    English romanizes alike: 魏县 and 威县 "Wei County", in Handan and in Xingtai; 庞, 逄, 旁 "Pang"), or they are
    things of two kinds (高阳 the writer, 高阳县 the county: "Gao Yang"). Entries that read otherwise are more often
    one thing written two ways, a transliteration's variants or a short and a full form (尼克森 and 尼克松 "Nixon",
    门源 and 门源县, 厦门 and 厦门市): the warning stays, to merge them. The dictionary has no homophone slips of a
    user's sheet (李墙 typed for 李强), which is why this holds for its entries only."""
    return other is not None and (one[1] == other[1] or one[0] != other[0])


def forbidden_clashes(
    entries: Sequence[Entry],
    only: Collection[str] | None = None,
    referred_thing: Callable[[str], str] | None = None,
    owners: tuple[Mapping[str, list[tuple[str, str]]], Mapping[str, list[tuple[str, str]]]] | None = None,
) -> list[Problem]:
    """Return a `forbidden-clash` warning for each form one entry forbids that another entry accepts, on both entries.

    `entries`: the glossary's entries; `only`: the ids whose problems are wanted (an import's written entries, an
    `add`), None for all; `referred_thing(id)`: the id of the entry holding the thing an entry names (where its
    `refers_to` leads), None when no entry refers. A termbase that marks 富士康 not recommended for Foxconn (TBX
    administrativeStatus notRecommended-admn-sts: the ISO 30042 TBX-Basic statuses, `model.FORBIDDEN_STATUSES`) beside
    a CC-CEDICT entry whose alias 富士康 is: lookup, annotate and check find the accepted form, the ban bites nowhere,
    and nothing said so (the review's R46-3). Forms are compared as the clash checks compare them (`zh_key` for a
    form with Chinese characters, `en_key` for Latin), except that a casing an entry bans of its own accepted form
    ("TenCent" beside its "Tencent": `forms.forbidding` reads such a ban only as written) clashes only with the same
    spelling. No clash between entries that name one thing through refers_to: a superseded name and the former-name
    entry recording it (Hon Hai Precision). Each problem names the other entry and the two ways out. Warnings: which
    entry is right, the team decides.

    `owners`: the accepted forms by key, Chinese and English (entry id, form as written), as `_cross_entry_problems`
    gathers them, so that they are not keyed twice; gathered here when None.
    """
    banned: dict[str, list[tuple[str, ForbiddenForm]]] = defaultdict(list)
    for entry in filter(attrgetter("forbidden"), entries):  # few entries forbid a form
        for ban in entry.forbidden:
            banned[zh_key(ban.form) if has_cjk(ban.form) else en_key(ban.form)].append((entry.id, ban))
    if not banned:
        return []
    thing = referred_thing or _referred_things(entries)
    if owners is None:
        zh_owner: dict[str, list[tuple[str, str]]] = defaultdict(list)
        en_owner: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for entry in entries:
            for form in entry.zh_forms:
                zh_owner[zh_key(form)].append((entry.id, form))
            for form in filter(None, entry.en_forms):
                en_owner[en_key(form)].append((entry.id, form))
        owners = (zh_owner, en_owner)
    problems: list[Problem] = []
    for key, bans in banned.items():
        holders = owners[0].get(key) or owners[1].get(key) or []
        for banning, ban in bans:
            own = {form for owner, form in holders if owner == banning}
            for holder, form in holders:
                if holder == banning or thing(holder) == thing(banning):
                    continue
                if own and form != ban.form:
                    continue  # a casing of the banning entry's own form, banned as written only
                status = ban.status.replace("_", " ")
                way_out = (
                    f"if they are one thing, merge them; if not, drop {form!r} from the one it is wrong for "
                    f"(zhgloss edit {shell_quote(holder)}, or zhgloss edit {shell_quote(banning)})"
                )
                if only is None or banning in only:
                    message = f"{ban.form!r}, forbidden here ({status}), is an accepted form of entry {holder!r}"
                    problems.append(
                        Problem(banning, "forbidden", "forbidden-clash", f"{message}: {way_out}", "warning")
                    )
                if only is None or holder in only:
                    message = f"{form!r} is a form entry {banning!r} forbids ({status})"
                    field = "zh" if has_cjk(form) else "en"
                    problems.append(Problem(holder, field, "forbidden-clash", f"{message}: {way_out}", "warning"))
    return problems


def _referred_things(entries: Iterable[Entry]) -> Callable[[str], str]:
    """The entry id holding the thing each entry names: where its refers_to chain leads (itself if it refers to none;
    a cycle ends where it comes back, as `refers-to-cycle` reports it)."""
    referred = {entry.id: entry.refers_to for entry in entries if entry.refers_to is not None}

    def referred_thing(entry_id: str) -> str:
        seen = {entry_id}
        while (target := referred.get(entry_id)) is not None and target not in seen:
            seen.add(target)
            entry_id = target
        return entry_id

    return referred_thing


def _held_keys(entries: Iterable[Entry]) -> tuple[set[str], set[str], set[str]]:
    """The Chinese form keys (`zh_key`), stock-code keys (`tickers.ticker_key`, of forms starting in ASCII) and
    English form keys (`en_key`, non-empty) of `entries`, as `_cross_entry_problems` keys them."""
    zh_keys: set[str] = set()
    codes: set[str] = set()
    en_keys: set[str] = set()
    for entry in entries:
        # A form the entry forbids is held too: another entry's accepted form of its key is a `forbidden-clash`.
        for ban in entry.forbidden:
            if has_cjk(ban.form):
                zh_keys.add(zh_key(ban.form))
            else:
                en_keys.add(en_key(ban.form))
        for form in entry.zh_forms:
            zh_keys.add(zh_key(form))
            if form[:1].isascii() and (code := ticker_key(form)) is not None:
                codes.add(code)
        en_keys.update(key for form in entry.en_forms if (key := en_key(form)))
    return zh_keys, codes, en_keys


def _org_dates(entry: Entry, role: Role) -> Problem | None:
    """`org-dates`: a role's organisation that ends in dates zhgloss does not read ("tencent:2024-Q1..", stored by
    zhgloss before `curate.parse_role` refused them, U37-36): the role is undated and linked to nothing."""
    from zhgloss.curate import role_date_tail

    assert role.org is not None
    tail = role_date_tail(role.org)
    if tail is None:
        return None
    org = role.org[: role.org.rindex(":")].strip()
    message = (
        f"{role.describe()!r} holds the dates {tail!r} in its organisation's name, so the role is undated and names no "
        f"entry: write the dates as YYYY, YYYY-MM or YYYY-MM-DD (zhgloss edit {entry.id} --remove-role "
        f"{shell_quote(role.title)} --role {shell_quote(f'{role.title}@{org}:YYYY-MM..')}; --remove-role by the title "
        "alone removes each role of that title)"
    )
    return Problem(entry.id, "roles", "org-dates", message)


def _org_as_id_problems(
    entry: Entry, role: Role, known: Collection[str], ids_by_start: dict[str, list[str]]
) -> list[Problem]:
    """A role's organisation kept as text that is written as an entry id (U34-5): the id of an entry added after the
    role ("founder@huawei", then 华为 with the id huawei: `org-unlinked`), or an id of no entry, with a hyphen or one
    letter or two from an entry's ("xiaomi-grup" for xiaomi-group: `org-id-unknown`). A name that merely is lower
    case ("vivo") and near no id is no question. Warnings: `edit` with the role written again links it."""

    org = role.org
    assert org is not None
    again = f"zhgloss edit {entry.id} --remove-role {shell_quote(_role_spec(role))} --role "
    if org in known:
        message = (
            f"{role.describe()!r} names the organisation by the id of the entry {org!r}, not linked to it: link it "
            f"({again}{shell_quote(_role_spec(role))})"
        )
        return [Problem(entry.id, "roles", "org-unlinked", message, "warning")]
    if not is_entry_id(org):
        return []
    if not ids_by_start:
        # The ids by their first letter, once a glossary; rapidfuzz's ratio in C (difflib over a 100,000-entry
        # glossary's ids took 0.14 s a role: review U3).
        for known_id in sorted(known):
            ids_by_start.setdefault(known_id[:1], []).append(known_id)
    from rapidfuzz import fuzz, process

    found = process.extractOne(org, ids_by_start.get(org[:1], []), scorer=fuzz.ratio, score_cutoff=85)
    near = [found[0]] if found else []
    if not near and "-" not in org:
        return []
    message = f"{role.describe()!r} writes its organisation as the id {org!r}, which names no entry"
    if near:
        fixed = Role(role.title, near[0], None, role.start, role.end, role.source)
        message += f": did you mean {near[0]!r}? ({again}{shell_quote(_role_spec(fixed))})"
    else:
        message += ": add the organisation's entry with that id, or write its name"
    return [Problem(entry.id, "roles", "org-id-unknown", message, "warning")]


def count_by_severity(problems: Iterable[Problem]) -> dict[str, int]:
    """Count `problems` by severity: {"error": n, "warning": m}."""
    counts = {"error": 0, "warning": 0}
    for problem in problems:
        counts[problem.severity] += 1
    return counts


def validate_file(path: Path, read: Callable[[], Mapping[str, object]]) -> tuple[int, list[Problem]]:
    """Lint the glossary file at `path`: return its number of entries and `validate_documents`' problems.

    Raise GlossaryFileError if the file is empty or holds whitespace and byte-order marks only (0 bytes, a truncated
    write, a shell's `> glossary.json`, an editor's emptied "UTF-8 with BOM" file; `zhgloss.store.holds_no_json`):
    there is nothing to lint, and "0 errors" would pass a lost glossary.

    `read` returns the file's documents (see `read_documents`); it is called only when the result is not cached. The
    result is kept in the cache folder (see `zhgloss.cache`) for the file's current version and
    the current code and data of zhgloss (`_rules_stamp`), so a second `validate` of an unchanged
    glossary needs neither pypinyin nor OpenCC.
    """
    import json

    from zhgloss.cache import load_cached
    from zhgloss.store import EMPTY_FILE, holds_no_json

    if holds_no_json(path):
        raise GlossaryFileError(path, EMPTY_FILE)

    def build() -> bytes:
        documents = read()
        problems = [p.to_dict() for p in validate_documents(documents)]
        return json.dumps({"entries": len(documents), "problems": problems}, ensure_ascii=False).encode()

    data = json.loads(bytes(load_cached(path, f"validation-v{_rules_stamp()}", build)))
    return data["entries"], [Problem(**problem) for problem in data["problems"]]


def _rules_stamp() -> str:
    """Return a checksum of zhgloss's modules and data, and today's date, so a cached lint never outlives either.

    The date is there for `role-future`: a role dated after today becomes possible when its day comes.
    """
    import datetime
    import zlib

    root = Path(__file__).resolve().parent
    crc = 0
    # Every module, subpackages too: the checks call into zhgloss.formats (is_traditional_of) and beyond.
    for file in sorted([*root.glob("**/*.py"), *(p for p in root.glob("data/**/*") if p.is_file())]):
        crc = zlib.crc32(file.read_bytes(), crc)
    return f"{crc:08x}{datetime.date.today():%Y%m%d}"


# Each check on one entry, with the fields its outcome depends on (none: it runs on every edit).
def _empty_form_problems(entry: Entry) -> list[Problem]:
    """A form of punctuation alone (`zhgloss.model.empty_forms`)."""
    return [
        Problem(entry.id, field, "form-empty", f"{value!r} names nothing (punctuation alone)")
        for field, value in empty_forms(entry)
    ]


_POSSESSIVE_RE = re.compile(r"^(.*\w)['’]s$")


def _possessive_problems(entry: Entry) -> list[Problem]:
    """An English form that ends in a possessive copied from running text ("Chinese leader Xi Jinping's (习近平)
    speech"): a person's ('Jack Ma's': no one is named so), or one whose form without it spells the pinyin
    ('Xiaomi's' of Xiǎomǐ, a warning), or whose form without it is another form of the entry's (a warning).
    "McDonald's", "Sotheby's" are names of their own and spell no pinyin. A name whose own form ends in 's
    (`_is_possessive_name`: "Standard and Poor's") is no slip; the entry's form without it is (标准普尔's alias
    "Standard and Poor", CC-CEDICT's 标普 line's: the review's R47-10), a warning that advises removing that form."""
    from zhgloss.pinyin import en_matches_pinyin

    problems: list[Problem] = []
    forms = [("en", entry.en), *(("aliases", alias) for alias in entry.aliases)]
    for field, form in forms:
        match = _POSSESSIVE_RE.match(form)
        if match is None:
            continue
        bare = match.group(1)
        if entry.type in _NAMED_PEOPLE:
            message = f"{form!r} ends in a possessive; write {bare!r}"
            problems.append(Problem(entry.id, field, "en-possessive", message))
        elif _is_possessive_name(entry, form):
            for other_field, other in forms:
                if other != form and en_key(other) == en_key(bare):
                    message = (
                        f"{other!r} is the name {form!r} without its own 's (a name written so, as McDonald's is): "
                        f"remove it (zhgloss edit {entry.id} --remove-alias {shell_quote(other)})"
                        if other_field == "aliases"
                        else f"{other!r} is the name {form!r} without its own 's (a name written so, as McDonald's "
                        f"is): write {form!r}"
                    )
                    problems.append(Problem(entry.id, other_field, "en-possessive", message, "warning"))
        elif entry.pinyin and en_matches_pinyin(bare, entry.pinyin):
            message = f"{form!r} ends in a possessive; {bare!r} spells the pinyin {entry.pinyin!r}: write {bare!r}"
            problems.append(Problem(entry.id, field, "en-possessive", message, "warning"))
        elif en_key(bare) in {en_key(other) for other in entry.en_forms if other != form}:
            message = f"{form!r} ends in a possessive; {bare!r} is a form of the entry already: remove it"
            problems.append(Problem(entry.id, field, "en-possessive", message, "warning"))
    return problems


def _is_possessive_name(entry: Entry, form: str) -> bool:
    """Tell whether `form`, an English form of `entry` ending in 's, is a name whose own form ends so, as `harvest`
    reads one: CC-CEDICT writes it so (`harvest.possessive_names`: McDonald's, Moody's, Standard and Poor's), or a
    thing's Chinese writes the house's 氏 (家乐氏 Kellogg's, 旁氏 Pond's)."""
    from zhgloss.harvest import possessive_names

    if en_key(form) in possessive_names():
        return True
    return entry.type not in _NAMED_PEOPLE and entry.zh is not None and entry.zh.endswith("氏")


def _around_name(entry: Entry) -> AroundName | None:
    """What a person's or an untyped entry's English holds around the name, a mark or a possessive, or the name in
    capitals (`zhgloss.formats.table.name_in_english`); a title or an honorific is `en-title`'s."""
    from zhgloss.formats.table import name_in_english

    if entry.zh is None or (entry.en_adopted and entry.type == "person"):
        return None
    around = name_in_english(entry.zh, entry.en, entry.type)
    return around if around is not None and around.how in ("mark", "possessive", "capitals") else None


def _around_name_problems(entry: Entry) -> list[Problem]:
    """`en-mark`: a footnote mark or punctuation after a person's name ("Lei Jun*", "Lei Jun?", "Lei Jun.");
    `en-capitals`: the name in capitals ("LEI JUN", "LEI Jun"); and `en-description`: a possessive before it that
    describes the person ("Xiaomi's Lei Jun"). Errors, as table imports read the first two as the name and refuse
    the third (one rule, `zhgloss.formats.table.name_in_english`; the review's
    R45-11 addendum), so add refuses each with the fix."""
    from zhgloss.formats.table import around_name_said

    around = _around_name(entry)
    if around is None:
        return []
    fix = f"(zhgloss edit {entry.id} --en {shell_quote(around.name)})"
    if around.how == "mark":
        message = f"{entry.en!r} ends in {around.words!r}, no part of a name: write {around.name!r} {fix}"
        return [Problem(entry.id, "en", "en-mark", message)]
    if around.how == "capitals":
        message = (
            f"{entry.en!r} writes the name in capitals (a passport's or a byline's style): running text writes "
            f"{around.name!r}, which check holds translations to {fix}"
        )
        return [Problem(entry.id, "en", "en-capitals", message)]
    return [Problem(entry.id, "en", "en-description", f"{entry.en!r} {around_name_said(around, entry.en)} {fix}")]


_NEAR_MISS_TYPES = ("place", "org")
"""Types whose English is its Chinese's pinyin unless marked its own: a person's slip is `en-mismatch`'s, an error."""
_NAME_FRAME_WORDS = frozenset({"mt", "mount", "lake", "new", "old", "university"})
"""Words before or after a place's or organisation's name ("Mt Huang", "Lake Baiyangdian", "Peking University") that
English capitalises there, so data/english_lower_words.txt (`zhgloss.english_case.lower_words`) lacks them."""
CEDICT_NEAR_MISS_PATH = Path(__file__).resolve().parent / "data" / "cedict_near_misses.tsv"


@functools.cache
def _cedict_near_misses() -> dict[str, frozenset[str]]:
    """zh -> the en_key of each English CC-CEDICT names that place or organisation in, which the near-miss rule reads
    as a slip (哈尔滨 Harbin, 金门 Kinmen, 突尼斯 Tunisia, 万科 Vanke): data/cedict_near_misses.tsv."""
    table: dict[str, set[str]] = defaultdict(set)
    for row in _data_rows(CEDICT_NEAR_MISS_PATH):
        if row[0] != "zh":
            table[row[0]].add(en_key(row[1]))
    return {zh: frozenset(keys) for zh, keys in table.items()}


def _is_cedict_english(zh: str, en: str, name: str) -> bool:
    """Tell whether `en` is CC-CEDICT's English of `zh` (`_cedict_near_misses`), or its name `name` starts with
    CC-CEDICT's English of the first characters of `zh` (哈尔滨工业大学 "Harbin Institute of Technology", 陕西汽车
    "Shaanxi Automobile"), or starts that of a longer name `zh` starts (清华 "Tsinghua")."""
    table = _cedict_near_misses()
    if en_key(en) in table.get(zh, ()):
        return True
    key = en_key(name)
    if any(key.startswith(known) for end in range(1, len(zh)) for known in table.get(zh[:end], ())):
        return True
    # ... or is the first words of that English of a longer name it starts: 清华 "Tsinghua" of 清华大学 "Tsinghua
    # University" (not "Nanjin" of 南京路 "Nanjing St.").
    return any(key in _word_prefix_keys(longer) for longer in table if longer.startswith(zh))


@functools.cache
def _word_prefix_keys(zh: str) -> frozenset[str]:
    """The en_key of each run of first words of CC-CEDICT's English of `zh` in data/cedict_near_misses.tsv."""
    return frozenset(
        en_key(" ".join(row[1].split()[:size]))
        for row in _data_rows(CEDICT_NEAR_MISS_PATH)
        if row[0] == zh
        for size in range(1, len(row[1].split()) + 1)
    )


def near_miss_of_pinyin(zh: str, en: str, pinyin: str, *, cedict: bool = True) -> tuple[str, str] | None:
    """(the name in `en`, the pinyin it misses, written as English writes pinyin) where the English `en` of the place or
    organisation `zh` misspells its pinyin `pinyin` ("Bejing" for 北京 Běijīng, "Guangzou" for 广州, "Shenzen" for
    深圳), else None. The rule is `zhgloss check`'s near miss (`check.FUZZY_CUTOFF`, rapidfuzz's ratio of the letter
    keys, no fewer than `check.FUZZY_MIN_KEY` letters), turned on the glossary, so the glossary does not teach check to
    pass the slip and flag the right spelling (the review's R47-6).

    The name is the English without ordinary words before and after it ("Mt Huang", "Wuhan University",
    `lower_words`); it may miss the pinyin of the first characters only (章丘市 "Zhangqiu", the unit left out). No slip:
    the name spells a run of the pinyin's syllables (ü as u, v or yu); it reads back as a romanization zhgloss knows,
    the characters' Wade-Giles (Kaohsiung, Tientsin), postal (`romanizations.postal_places`: Chungking) or each syllable
    in pinyin, Wade-Giles, Taiwan's MPS II or Tongyong or Hong Kong's Cantonese (`romanizations.syllable_romanization`:
    Fongyuan, Sheung Shui); or, with `cedict`, it is CC-CEDICT's own English of `zh` (data/cedict_near_misses.tsv:
    Harbin, Kinmen, and the transliterated names Tunisia, Miami, whose pinyin only sounds like them)."""
    from rapidfuzz import fuzz

    from zhgloss.check import FUZZY_CUTOFF, FUZZY_MIN_KEY
    from zhgloss.english_case import lower_words
    from zhgloss.pinyin import marks_to_numbers
    from zhgloss.romanizations import postal_places, wade_giles_readings

    words = en.split()
    ordinary = lower_words()
    first, last = 0, len(words)
    while first < last and (words[first].lower() in ordinary or words[first].lower() in _NAME_FRAME_WORDS):
        first += 1
    while last > first and (words[last - 1].lower() in ordinary or words[last - 1].lower() in _NAME_FRAME_WORDS):
        last -= 1
    name = " ".join(words[first:last])
    key = en_key(name)
    if len(key) < FUZZY_MIN_KEY or has_cjk(name) or any(word[1:] != word[1:].lower() for word in words[first:last]):
        # (a capital inside a word is a brand's own styling, "iQiyi", "WeChat", or initials: no slip of pinyin)
        return None
    # The pinyin's syllables, toneless, each with the word it is in: "Hā'ěrbīn" ha, er, bin.
    syllables = [
        (numbered.rstrip("12345"), n)
        for n, word in enumerate(pinyin.split())
        for numbered in marks_to_numbers(word).split()
    ]
    if not syllables or not all(syllable.isalpha() for syllable, _ in syllables):
        return None
    spellings = [[syllable.replace("v", ü) for syllable, _ in syllables] for ü in ("u", "v", "yu")]
    runs = {"".join(spelt[i:j]) for spelt in spellings for i in range(len(spelt)) for j in range(i + 1, len(spelt) + 1)}
    if key in runs:
        return None
    prefixes = ["".join(spellings[0][:n]) for n in range(1, len(syllables) + 1)]
    score, size = max((fuzz.ratio(key, prefix), n) for n, prefix in enumerate(prefixes, 1))
    if score < FUZZY_CUTOFF:
        return None
    if any("".join(reading).replace("ü", "u") in runs for reading in wade_giles_readings(name)[0]):
        return None
    if cedict and _is_cedict_english(zh, en, name):
        return None
    if any(place in zh for place in postal_places(name)) or _reads_in_one_system(key, zh, [s for s, _ in syllables]):
        return None
    missed = [(syllable.replace("v", "ü"), n) for syllable, n in syllables[:size]]
    written = " ".join(
        "".join(syllable for syllable, at in missed if at == n).capitalize()
        for n in dict.fromkeys(n for _, n in missed)
    )
    return name, written


def _reads_in_one_system(key: str, zh: str, syllables: Sequence[str]) -> bool:
    """Tell whether the letters `key` read back as the first characters of `zh`, a syllable each, all in one
    romanization zhgloss knows of the readings `syllables` (toneless, ü as v) the entry gives them: Wade-Giles
    (Kaohsiung), Taiwan's MPS II or Tongyong (Fongyuan), or by character Hong Kong's Cantonese (Sheung Shui, Mong Kok).
    One system and the stored reading: "Chengdou" spells 都 dōu, another reading of it, and "Huawai" 为 wai, its
    Cantonese after a pinyin 华: slips, not romanizations."""
    from zhgloss.romanizations import (
        LONGEST_SYLLABLE,
        cantonese_spellings,
        mps2_syllable,
        tongyong_syllable,
        wade_giles_syllables,
    )

    if len(zh) != len(syllables):
        return False
    wade = wade_giles_syllables()
    systems: list[Callable[[int], frozenset[str]]] = [
        lambda i: frozenset({wade.get(syllables[i], "").replace("'", "").replace("ü", "u")}),
        lambda i: frozenset({mps2_syllable(syllables[i])}),
        lambda i: frozenset({tongyong_syllable(syllables[i])}),
        lambda i: cantonese_spellings(zh[i]),
    ]
    for spelt in systems:

        @functools.cache
        def reads(start: int, at: int, spelt: Callable[[int], frozenset[str]] = spelt) -> bool:
            if start == len(key):
                return at > 0
            if at == len(zh):
                return False
            return any(
                key[start:end] in spelt(at) and reads(end, at + 1)
                for end in range(start + 1, min(len(key), start + LONGEST_SYLLABLE) + 1)
            )

        if reads(0, 0):
            return True
    return False


def near_miss_problems(entries: Iterable[Entry]) -> list[Problem]:
    """The `en-near-miss` warnings of `entries` (see `_near_miss_problems`), for an import to say of what it wrote."""
    return [problem for entry in entries for problem in _near_miss_problems(entry)]


def _near_miss_problems(entry: Entry) -> list[Problem]:
    """`en-near-miss`: a place's or organisation's English that misspells its pinyin (`near_miss_of_pinyin`), a
    warning: a name of its own that zhgloss cannot read back is marked so with --adopted. Not of a name written
    wholly in the characters of transliteration, whose typo (安达 "Andda") is then missed."""
    if entry.type not in _NEAR_MISS_TYPES or entry.en_adopted or not entry.zh or not entry.pinyin:
        return []
    if not all(map(is_cjk, entry.zh)):
        return []
    from zhgloss.unknown import _TRANSLIT_RUN_CHARS

    if all(char in _TRANSLIT_RUN_CHARS for char in entry.zh):
        # Written wholly in the characters of transliteration (特斯拉 Tesla, 纳斯达克 Nasdaq, 卡塔尔 Qatar), as
        # `pinyin.name_origin` reads a foreign name: the pinyin only sounds like the English, which is its own.
        return []
    found = near_miss_of_pinyin(entry.zh, entry.en, entry.pinyin)
    if found is None:
        return []
    name, written = found
    fixed = entry.en.replace(name, written, 1)
    kind = "place" if entry.type == "place" else "organisation"
    message = (
        f"{entry.en!r} misspells the pinyin {entry.pinyin!r} of {entry.zh} ({name!r} for {written!r}), and reads back "
        f"as no romanization zhgloss knows, so check would call the right {fixed!r} a variant of it: write {fixed!r} "
        f"(zhgloss edit {entry.id} --en {shell_quote(fixed)}); if {name!r} is the {kind}'s own spelling, say so with "
        f"--adopted (zhgloss edit {entry.id} --adopted)"
    )
    return [Problem(entry.id, "en", "en-near-miss", message, "warning")]


_ENTRY_CHECKS: tuple[tuple[Callable[[Entry], list[Problem]], tuple[str, ...]], ...] = (
    (_empty_form_problems, ("en", "pinyin", "zh_hant", "aliases", "zh_aliases", "roles")),
    (_type_problems, ("type",)),
    (_script_problems, ("zh", "en", "type", "en_adopted", "pinyin", "aliases", "zh_aliases", "zh_hant")),
    (_pinyin_problems, ("zh", "pinyin", "type", "en")),
    (_cedict_reading_problems, ("zh", "pinyin", "type")),
    (_word_reading_problems, ("zh", "pinyin", "type")),
    (english_problems, ("type", "en_adopted", "zh", "en", "pinyin")),
    (_zh_hant_problems, ("zh", "zh_hant", "type", "zh_aliases", "pinyin")),
    (_surname_form_problems, ("zh", "zh_hant", "type", "pinyin")),
    (_folded_character_problems, ("zh", "en", "type")),
    (_role_problems, ("roles", "note", "type", "en", "aliases")),
    (_open_role_problems, ("roles", "note")),
    (_draft_problems, ()),
    (_possessive_problems, ("en", "aliases", "type", "pinyin")),
    (_around_name_problems, ("zh", "en", "type")),
    (_near_miss_problems, ("zh", "en", "type", "en_adopted", "pinyin")),
    (_as_person_problems, ("zh", "en", "type", "pinyin", "en_adopted")),
)

"""Making and changing entries by hand: fill in what the Chinese implies, parse roles, apply edits.

No I/O here: the CLI reads flags, prompts and the editor; these functions build the
entries, and `Glossary` writes them.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import math
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from zhgloss.errors import (
    DuplicateEntryError,
    InvalidEntryError,
    RomanizationError,
    UsageError,
    json_kind,
    json_problem,
)
from zhgloss.model import MAX_ID_CHARS, Entry, Role, fold_form, normalize_type, slugify, with_article
from zhgloss.script import (
    dotted_initials,
    en_key,
    has_cjk,
    has_name_separator,
    is_cjk,
    names_nothing,
    normalize,
    split_name_parts,
    zh_key,
)

if TYPE_CHECKING:
    from zhgloss.pinyin import Romanization

ROLE_SYNTAX = "TITLE[@ORG][:FROM..TO]"
"""How a role is written on the command line: "CEO@kingsoft:1998..2007", "founder@Xiaomi:2010..", "chair"."""

# A date range at the very end: "1998..2007", "2010..", "..2007-12", "1998-2007" (years only), "1998–2007".
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_RANGE_RE = re.compile(
    rf":\s*(?P<start>{_DATE})?\s*(?:\.\.|–|—)\s*(?P<end>{_DATE})?\s*$|:\s*(?P<y1>\d{{4}})-(?P<y2>\d{{4}})\s*$"
)
_ONE_DATE_RE = re.compile(rf":\s*(?P<start>{_DATE})\s*$")

DRAFT_NOTE = "Proposed by zhgloss harvest --unknown from a text, not confirmed: check the reading and the English."
"""How the note of a draft entry starts (`draft_note`); `edit --confirm` turns it into `CONFIRMED_NOTE`."""

CONFIRMED_NOTE = "Proposed by zhgloss harvest --unknown from a text; confirmed by a person."
"""How the note of a confirmed draft starts: the proposal's notes after it stay, as what was proposed."""

_DRAFT_LEADS = (
    DRAFT_NOTE,
    # Written by zhgloss 0.x before the confirmed note existed: confirmed the same way.
    "Proposed by zhgloss harvest --unknown (found in the text, not confirmed): check the reading.",
)


def draft_note(details: Sequence[str] = ()) -> str:
    """Return the note of a draft entry: `DRAFT_NOTE`, then the proposal's own notes (other readings ...)."""
    notes = "; ".join(d.rstrip(".") for d in details)
    return f"{DRAFT_NOTE} Notes on the proposal: {notes}." if notes else DRAFT_NOTE


def confirmed_note(note: str | None) -> str | None:
    """Return a draft's `note` once a person has confirmed the entry: "not confirmed" no longer holds.

    The lead `draft_note` wrote becomes `CONFIRMED_NOTE`; the rest (the proposal's notes) is kept.
    A note without that lead (written by a person) is returned as it is.
    """
    if note is None:
        return None
    for lead in _DRAFT_LEADS:
        if note.startswith(lead):
            return CONFIRMED_NOTE + note[len(lead) :]
    return note


# Types whose English form is, by default, the pinyin itself.
_EN_FROM_PINYIN = ("person", "place")


def makes_en_from_pinyin(kind: str) -> bool:
    """Tell whether an entry of type `kind` gets its English form from its pinyin (people and places).

    An organisation's or a product's English name is its own (蔚来 is NIO, not Wei Lai), so
    only the user can give it. The one rule for `draft_entry`, the command line and its questions.
    """
    return normalize_type(kind) in _EN_FROM_PINYIN


def proposes_en(zh: str, kind: str) -> bool:
    """Tell whether `add` makes an entry's English form from its pinyin: people and places, but not a person
    whose name is not Chinese (transliterated or Japanese, `zhgloss.pinyin.name_origin`: 布林肯, 安倍晋三), whose
    English is its own spelling (Blinken, Abe Shinzo) and which no rule gives.
    """
    if not makes_en_from_pinyin(kind):
        return False
    if normalize_type(kind) != "person" or not has_cjk(zh):
        return True
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import name_origin

    try:
        return name_origin(zh) == "chinese"
    except ZhglossError:
        return True  # not a name the romanizer reads: draft_entry says so


def placeholder_en(entry: Entry, romanization: Romanization | None = None) -> str | None:
    """Say why a person's English form is a placeholder, or return None when it is not one.

    A placeholder is the pinyin of a name that is not Chinese (transliterated or Japanese:
    `zhgloss.pinyin.name_origin`) spelt out as its English ("Bulinken" for 布林肯, "Anbei Jinsan" for
    安倍晋三): what `harvest --unknown --add` stores until a person writes the name's own spelling.
    Not one when the form is marked adopted (`en_adopted`: this spelling is the person's own).
    `romanization`: `romanize(entry.zh)` when the caller has it already.
    """
    if entry.type != "person" or entry.en_adopted or not entry.zh or not has_cjk(entry.zh):
        return None
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import chinese_reading, romanize

    try:
        romanization = romanization or romanize(entry.zh)
    except ZhglossError:
        return None
    if romanization.origin == "chinese":
        return None
    if (chinese := chinese_reading(entry.zh)) is not None and _words_spelt(entry.en) == _words_spelt(chinese.en):
        return None  # the Chinese name it may also be (石破天 "Shi Potian"), not the Japanese one's pinyin

    def letters(text: str) -> str:
        return "".join(c for c in en_key(text) if c.isalpha())

    if letters(entry.en) != letters(romanization.en):
        return None
    from zhgloss.pinyin import name_readings

    simplified = romanization.zh_simplified
    listed = any(form in name_readings().foreign for form in (entry.zh, simplified))
    if romanization.origin == "transliterated" and not listed and len(simplified) <= 3:
        # 布赫 "Buhe" (Xinhua's English of the NPC vice chairman, a Mongolian name): read as transliterated only by
        # its characters (`name_origin`: two or three characters of transliteration, no surname of the list), which
        # cannot tell it from a foreign name (布林肯 "Bulinken"); the pinyin is often a Mongolian or Tibetan
        # official's own English (the review's R40-12). Said as a question. --adopted is the flag that says an
        # English is the person's own, and said so here: its help named only adopted Western names (Jack Ma), "not the
        # pinyin", which "Buhe" is (the forty-second session).
        return (
            f"{entry.en!r} is the pinyin of {entry.zh}, read as a transliterated name by its characters alone: it "
            "may be a placeholder (write the name's own spelling: edit --en), or the person's own spelling, as "
            "Xinhua writes some Mongolian and Tibetan names (布赫 'Buhe'): if it is theirs, say so with --adopted, "
            f"which marks an English form as the person's own, their pinyin or not (zhgloss edit {entry.id} --adopted)"
        )
    return (
        f"{entry.en!r} is the pinyin of a {romanization.origin} name, a placeholder: "
        "write the name's own spelling (edit --en), or mark it adopted if it is the person's own (--adopted)"
    )


_PLACEHOLDER_DETAIL_RE = re.compile(r"the English form is a placeholder[^;.]*(?:; )?")
"""The detail `harvest --unknown --add` writes in a draft's note when the English form is a placeholder."""


# Types written in lower-case pinyin (common words, not names).
_LOWER_CASE_TYPES = ("phrase", "term")
_NAME_TYPES = ("person", "nickname")


def parse_role(spec: str) -> Role:
    """Parse a role written as TITLE[@ORG][:FROM..TO]: "CEO@Kingsoft:1998..2007" -> Role("CEO", "Kingsoft", ...).

    FROM and TO are dates like 2020, 2020-06 or 2020-06-20; either may be left out
    ("founder@Xiaomi:2010.."). Two plain years may be joined by a hyphen ("1998-2007"),
    and a single date means FROM ("chair@Xiaomi:2011"). Raise InvalidEntryError if the
    title is missing, a date is malformed or more than one "@" is written.
    """
    text = normalize(spec)
    start = end = None
    match = _RANGE_RE.search(text) or _ONE_DATE_RE.search(text)
    if match is not None:
        groups = match.groupdict()
        start = groups.get("start") or groups.get("y1")
        end = groups.get("end") or groups.get("y2")
        text = text[: match.start()].strip()
    elif (tail := role_date_tail(text)) is not None:
        # "CFO@tencent:2024-Q1..", ":2024年1月..", ":01/03/2024..": dates zhgloss cannot read were stored as part of
        # the organisation ("tencent:2024-Q1..", linked to nothing), the role undated (U37-36).
        raise InvalidEntryError(
            "roles",
            f"{spec!r}: {tail!r} is no date range zhgloss reads; write each date as YYYY, YYYY-MM or YYYY-MM-DD, "
            "year first (:1998..2007, :2024-03.., :2024-03-01..2025-02-28, :..2007-12)",
        )
    title, _, org = (part.strip() for part in text.partition("@"))
    if "@" in org:
        # "co-founder@@xiaomi" stored the organisation "@xiaomi": one "@" parts title from organisation.
        raise InvalidEntryError("roles", f"{spec!r} has more than one '@'; write {ROLE_SYNTAX}")
    if not title:
        raise InvalidEntryError("roles", f"{spec!r} has no title; write {ROLE_SYNTAX}")
    if names_nothing(title) or (org and names_nothing(org)):
        raise InvalidEntryError("roles", f"{spec!r}: a title or organisation of punctuation alone names nothing")
    return Role(title=title, org=org or None, start=start, end=end)


_DATE_TAIL_RE = re.compile(r":\s*(?P<tail>[^:@]*?(?:\.\.|[–—]|\d)[^:@]*?)\s*$")
"""What follows a role's last ":" when it is meant as dates: a run holding "..", a dash or a digit, no "@"."""


def role_date_tail(text: str) -> str | None:
    """The dates written after a role's last ":" (`parse_role`) where they are not in its form, else None.

    A tail with ".." or a dash between dates, or one opening with a digit ("2024-Q1..", "2024年1月..", "01/03/2024..",
    "1 March 2024"), is dates; a colon inside an organisation's name followed by words ("Chair@Group: Asia") is not.
    """
    match = _DATE_TAIL_RE.search(text)
    if match is None:
        return None
    tail = match.group("tail")
    if ".." in tail or "–" in tail or "—" in tail or tail[:1].isdigit():
        return tail
    return None


def role_matches(spec: Role, role: Role) -> bool:
    """Tell whether `role` is one `spec` names (`parse_role`'s TITLE[@ORG][:FROM..TO]): the same title in any case,
    and where `spec` gives them, the organisation (its name or entry id, in any case) and the dates."""
    if spec.title.casefold() != role.title.casefold():
        return False
    if spec.org is not None and spec.org.casefold() not in {(o or "").casefold() for o in (role.org, role.org_id)}:
        return False
    return (spec.start is None or spec.start == role.start) and (spec.end is None or spec.end == role.end)


def link_role(role: Role, entries: Iterable[Entry]) -> Role:
    """Point `role` at its organisation's entry: ORG may be an entry id or a form of an org entry.

    "CEO@kingsoft" becomes org "Kingsoft", org_id "kingsoft"; "CEO@金山软件" sets org_id and writes the organisation
    as its entry's English, as the id does ("Governor@广东省" reads "Governor, Guangdong", U38-12). A form several
    entries hold links the one whose own English or Chinese it is ("Party Secretary@Xinjiang": the place 新疆, not
    CC-CEDICT's one-character 新 "abbr. for Xinjiang or Singapore", U38-24); a one-character Chinese entry named by an
    English alias is an abbreviation and never linked; where no one entry is left, the organisation is kept as text.
    """
    if role.org is None or role.org_id is not None:
        return role
    pool = list(entries)
    for entry in pool:
        if entry.id == role.org:
            return Role(role.title, entry.en, entry.id, role.start, role.end, role.source)
    ek, zk = en_key(role.org), zh_key(role.org)
    found = [
        entry
        for entry in pool
        if entry.type not in ("person", "nickname", "phrase", "stock_code")
        and ((ek and ek in {en_key(f) for f in entry.en_forms}) or zk in {zh_key(f) for f in entry.zh_forms})
        and not _abbreviation_of(entry, zk)
    ]
    if len(found) > 1:
        found = [e for e in found if (ek and en_key(e.en) == ek) or (zk and zh_key(e.zh or "") == zk)]
    if len(found) != 1:
        return role
    entry = found[0]
    org = entry.en if has_cjk(role.org) and entry.en else role.org
    return Role(role.title, org, entry.id, role.start, role.end, role.source)


def _abbreviation_of(entry: Entry, zk: str) -> bool:
    """Tell whether `entry` is a one-character Chinese form (新, 藏, 京) matched other than by its Chinese (`zk`, the
    organisation's zh_key): CC-CEDICT's abbreviations list the places they stand for among their English forms."""
    return len(entry.zh or "") == 1 and zk not in {zh_key(f) for f in entry.zh_forms}


def resolve_refers_to(value: str, entries: Iterable[Entry]) -> str:
    """The entry id `value`, given to --refers-to, names: itself when it is an entry's id, else the id of the one entry
    of which it is a form (Chinese or English, `zh_key`/`en_key`, as `link_role` reads a role's ORG: "比亚迪" for
    byd-company-limited, U37-33). "" is returned as it is (it clears refers_to).

    Raise InvalidEntryError (refers_to) when `value` is a form of several entries (each id named) or of none (how to
    add the entry it names said).
    """
    text = normalize(value)
    if not text:
        return value
    pool = list(entries)
    if any(entry.id == text for entry in pool):
        return text
    ek, zk = en_key(text), zh_key(text)
    found = [
        entry
        for entry in pool
        if (ek and ek in {en_key(f) for f in entry.en_forms}) or (zk and zk in {zh_key(f) for f in entry.zh_forms})
    ]
    if len(found) == 1:
        return found[0].id
    if found:
        named = "; ".join(f"{entry.id} ({entry.label})" for entry in found[:5])
        raise InvalidEntryError(
            "refers_to", f"{value!r} is a form of {len(found)} entries: {named}; give one id: --refers-to ID"
        )
    from zhgloss.validate import shell_quote

    how = (
        f"zhgloss add {text} --type TYPE --en ENGLISH"
        if has_cjk(text)
        else f"zhgloss add CHINESE --type TYPE --en {shell_quote(text)}"
    )
    raise InvalidEntryError(
        "refers_to",
        f"{value!r} is no entry's id or name in this glossary: add the entry it names first ({how}), "
        "then give its id or name to --refers-to",
    )


def roles_naming(org: Entry, entries: Iterable[Entry]) -> list[Entry]:
    """Return the entries with a role whose organisation, kept as text, is `org` (its id or one of its forms), those
    roles linked to it (`link_role`): an organisation added after the people who work there ("founder@huawei" of
    任正非, then 华为 with the id huawei: the role becomes "founder, Huawei"). None for a person, as `link_role` never
    links a role to one."""
    if org.type in ("person", "nickname", "phrase", "stock_code"):
        return []
    out: list[Entry] = []
    for entry in entries:
        if entry.id == org.id or not any(role.org_id is None and role.org for role in entry.roles):
            continue
        roles = tuple(link_role(role, (org,)) for role in entry.roles)
        if roles != entry.roles:
            out.append(dataclasses.replace(entry, roles=roles))
    return out


def unique_id(base: str, taken: Collection[str]) -> str:
    """Return `base`, or `base-2`, `base-3`, ... whichever is not in `taken`, at most MAX_ID_CHARS long.

    `base` is an id made from a form (`slugify` of the English, "stock-" + a ticker): a form may hold
    MAX_NAME_CHARS, an id MAX_ID_CHARS, so a long one is cut at the last hyphen that fits (a whole
    word kept), or at the limit when one word is longer. The id is then never what is wrong with an
    entry made from a valid form, and a form too long for its own field is refused under its own name.
    """
    n = 1
    while True:
        suffix = f"-{n}" if n > 1 else ""
        candidate = _cut_id(base, MAX_ID_CHARS - len(suffix)) + suffix
        if candidate not in taken:
            return candidate
        n += 1


def _cut_id(base: str, limit: int) -> str:
    """`base` cut to at most `limit` characters, at a hyphen where there is one in reach."""
    if len(base) <= limit:
        return base
    cut = base[: limit + 1]
    at = cut.rfind("-")
    return (cut[:at] if at > 0 else base[:limit]).rstrip("-")


def fill_pinyin(zh: str, kind: str, en: str | None = None) -> str | None:
    """Return the pinyin zhgloss writes for Chinese `zh` of type `kind` (None if it has no Chinese).

    People and nicknames go through the name romanizer (surname readings, GB/T 28039);
    everything else through pypinyin's readings in context, capitalised unless a phrase or term.
    Where the name's English `en` spells another reading the romanizer lists for one of its
    characters (`Romanization.alternatives`: "Gan Bao" for 乾宝, read Qián Bǎo by rule, 乾 also Gān),
    in pinyin before Wade-Giles (`spelt_readings`: "Li Chaoyang" for 李朝阳, 朝 Zhāo by rule, also Cháo),
    that reading is the person's own and is written. A surname is read as one (`pinyin.surname_pinyin`: 曾 Zēng, not
    céng), and a name of one character by the reading its English spells (乾 "Qian" Qián, not t2s's 干 Gàn).
    """
    if not has_cjk(zh):
        return None
    from zhgloss.pinyin import (
        chinese_reading,
        en_matches_pinyin,
        phrase_pinyin,
        place_generic,
        romanize,
        spelt_reading,
        surname_pinyin,
    )

    if kind == "surname" and not has_latin_letter(zh):
        try:
            surname = surname_pinyin(zh, en)
        except RomanizationError:
            surname = None
        if surname is not None:
            return surname

    if kind in _NAME_TYPES and not has_latin_letter(zh):
        name = romanize(zh)
        # A name read as Japanese that may be Chinese (石破天 of 侠客行): an English whose words spell the Chinese
        # reading's ("Shi Potian", not the Japanese reading's Shípò Tiān) says it is Chinese.
        chinese = chinese_reading(zh) if en and name.origin == "japanese" else None
        if en and chinese is not None and _words_spelt(en) == _words_spelt(chinese.en):
            return chinese.pinyin
        if en and name.alternatives:
            # The reading the English spells, in pinyin before Wade-Giles ("Li Chaoyang": Cháoyáng), where it spells
            # one other reading and not the romanizer's.
            others = [
                name.with_reading(alternative.position, other).pinyin
                for alternative in name.alternatives
                for other in alternative.others
            ]
            spelt = spelt_readings(en, [name.pinyin, *others])
            if spelt and name.pinyin not in spelt:
                return spelt[0]
        if en and not en_matches_pinyin(en, name.pinyin):
            # A Japanese name's English cuts it where its readings do (广末凉子 "Ryoko Hirosue": Guǎngmò Liángzǐ).
            japanese = name.as_japanese(en)
            if japanese is not None:
                return japanese.pinyin
            from zhgloss.validate import english_says_transliterated

            other = _reading_spelt(name, en)
            read_apart = name.origin == "chinese" and name.surname_words == 1 and bool(name.surname)
            if other is None and read_apart and english_says_transliterated(zh, en, [name.pinyin]):
                # A foreign person's given and family name, the family name what the Chinese transliterates (卢比奥
                # "Marco Rubio"): a transliteration, one word (Lúbǐ'ào), though 卢 starts Chinese names (R48-20).
                return name.as_transliterated().pinyin
            return other or name.pinyin
        return name.pinyin
    if kind == "name" and en and _names_a_person(zh, en):
        # An untyped name whose English starts with its surname as English writes it (李泽钜 "Li Tzar Kuoi Victor",
        # as HKEX's register writes a director: the user's U37-8) is a person's: the surname apart (GB/T 16159-2012
        # 6.1.1: Lǐ Zéjù), not one word (Lǐzéjù).
        return fill_pinyin(zh, "person")
    # A name written with Latin letters (阿Q, 小S) has no surname and given name to read by GB/T 28039:
    # its Chinese characters are read in context and its letters kept, as in other names (小米SU7).
    capitalize = kind not in _LOWER_CASE_TYPES
    if capitalize and has_latin_letter(zh) and has_name_separator(zh):
        initialled = _initialled_name_pinyin(zh)
        if initialled is not None:
            return initialled
    if capitalize and not has_latin_letter(zh) and has_name_separator(zh) and _is_dotted_name(zh):
        # A transliterated name written with its middle dot, whatever its type (an untyped import row: 史蒂夫·乔布斯,
        # 让-雅克·卢梭) is read as the romanizer reads it: a word a part, its hyphen kept (Shǐdìfū Qiáobùsī, not
        # "Shǐdìfū · Qiáobùsī"; the review's R35-24). A title holding one (哈利·波特与魔法石) is read as a phrase,
        # the dot a word break (tbl's T36-1: the romanizer made it one name, Bōtèyǔmófǎshí).
        try:
            return romanize(zh).pinyin
        except RomanizationError:
            pass
    generic = place_generic(zh, en, place=True) if kind == "place" else ""
    words = _transliteration_words(zh[: len(zh) - len(generic)], en) if capitalize else None
    read = phrase_pinyin(zh, capitalize=capitalize, words=words, generic=generic)
    if capitalize and en and len(zh) == 1 and read and not en_matches_pinyin(en, read):
        # One character read as a word is read through t2s (乾 alone is 干, gàn): its English says which of its own
        # readings the name takes (a TBX term 乾 "Qian", the review's R43-4).
        return spelt_reading(zh, en) or read
    return read


def _names_a_person(zh: str, en: str) -> bool:
    """Tell whether English `en` of the Chinese characters `zh` (two to four, no separator) names a Chinese person: its
    first word of two or more is the surname as English writes it (`zhgloss.adopted.surname_keys`: pinyin, Wade-Giles,
    Hong Kong's, Korean) and the romanizer reads `zh` as a Chinese name with a known surname."""
    from zhgloss.adopted import surname_keys
    from zhgloss.pinyin import romanize

    words = en.split()
    if not 2 <= len(zh) <= 4 or not all(map(is_cjk, zh)) or len(words) < 2:
        return False
    if en_key(words[0]) not in surname_keys(zh):
        return False
    try:
        name = romanize(zh)
    except RomanizationError:
        return False
    return name.origin == "chinese" and name.surname_known


_LATIN_PART_RE = re.compile(r"[A-Za-z]+")


def _initialled_name_pinyin(zh: str) -> str | None:
    """The pinyin of a transliterated name written with Latin initials between its name separators (J·D·万斯,
    约翰·F·肯尼迪, J·K·罗琳): a word a part, as the romanizer reads the name's Chinese parts (`romanize` of them
    dotted: Wànsī), each Latin part as written, upper case kept, the words apart as the romanizer writes a dotted
    name's (GB/T 16159-2012 6.1.1): "J D Wànsī", "Yuēhàn F Kěnnídí". None where `zh` is no such name (a part neither
    Latin letters nor a name's Chinese word: 小米·SU7 Ultra; or Latin letters alone). The review's R40-5 (add wrote
    "J·D· Wànsī", the separators kept between the letters and dropped after them)."""
    from zhgloss.pinyin import romanize

    parts = split_name_parts(zh)
    latin = [bool(_LATIN_PART_RE.fullmatch(part)) for part in parts]
    chinese = [part for part, is_latin in zip(parts, latin, strict=True) if not is_latin]
    if (
        not chinese
        or len(chinese) == len(parts)
        or not all(has_cjk(part) and not has_latin_letter(part) for part in chinese)
    ):
        return None
    dotted = "·".join(chinese)
    if not _is_dotted_name(dotted):
        return None
    try:
        # One Chinese part (万斯 of J·D·万斯) is read as a dotted name's part, not as a Chinese name (Wàn Sī).
        words = romanize(dotted if len(chinese) > 1 else f"{dotted}·{dotted}").pinyin.split(" ")[: len(chinese)]
    except RomanizationError:
        return None
    if len(words) != len(chinese):
        return None
    read = iter(words)
    return " ".join(part if is_latin else next(read) for part, is_latin in zip(parts, latin, strict=True))


def _is_dotted_name(zh: str) -> bool:
    """Tell whether `zh`, written with a name separator, is a name alone: every part between its separators and
    hyphens (`zhgloss.script.split_name_parts`) one word (`zhgloss.pinyin.word_sizes`: 史蒂夫·乔布斯, 让-雅克·卢梭) or
    written in the characters of transliteration alone (`zhgloss.unknown`'s: 安东尼奥·古特雷斯, which the word
    counts cut 古特|雷斯), not a title that holds a name (哈利·波特与魔法石: 波特|与|魔法石)."""
    from zhgloss.pinyin import word_sizes
    from zhgloss.unknown import _TRANSLIT_RUN_CHARS

    parts = [part for piece in split_name_parts(zh) for part in piece.split("-")]
    return all(part and (all(c in _TRANSLIT_RUN_CHARS for c in part) or len(word_sizes(part)) == 1) for part in parts)


def spelt_readings(en: str, pinyins: Sequence[str]) -> list[str]:
    """Return the `pinyins` (readings of one name) that English `en` spells: those it spells in pinyin if any
    (`en_matches_pinyin`), else those it spells in Wade-Giles, apostrophes kept or dropped
    (`zhgloss.romanizations.wade_giles_readings`). "Li Chaoyang" spells Lǐ Cháoyáng of 李朝阳, not Lǐ Zhāoyáng
    (pinyin first: its Wade-Giles reading chao = zhao is not asked); "Kuo Chang-ting" spells both Guō Zhǎngtíng and
    Guō Chángtíng of 郭长廷 (Taiwan drops Wade-Giles's apostrophe: ch'ang is cháng, chang zhǎng); "Kuo Ch'ang-t'ing"
    only the second."""
    from zhgloss.pinyin import en_matches_pinyin
    from zhgloss.romanizations import wade_giles_readings

    spelt = [pinyin for pinyin in pinyins if en_matches_pinyin(en, pinyin)]
    if spelt:
        return spelt
    readings = [" ".join(words) for words in wade_giles_readings(en)[0]]
    return [pinyin for pinyin in pinyins if any(en_matches_pinyin(reading, pinyin) for reading in readings)]


def reading_questions(entry: Entry, en: str | None = None) -> list[str]:
    """Say which characters of a person's name have another reading in names that nothing given rules out.

    `add` writes the romanizer's reading of a name (长 of 陈长廷 Zhǎng, pypinyin's commoner reading) where neither
    CC-CEDICT nor the glossary knows the person; the reading names also give (Cháng) may be the person's own. The
    English the user typed (`en`), where it spells the written reading and not the other (`spelt_readings`),
    decides it (one that spells only the other made `fill_pinyin` write that); one that spells both ("Kuo
    Chang-ting": Wade-Giles without apostrophes) does not, and is said so, as is one that spells neither ("Frank
    Hsieh"). Empty for a name read otherwise (attested, given with --pinyin, not a Chinese one).
    """
    if entry.type not in _NAME_TYPES or not entry.zh or not entry.pinyin or has_latin_letter(entry.zh):
        return []
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import romanize

    try:
        name = romanize(entry.zh)
    except ZhglossError:
        return []
    if name.origin != "chinese":
        return []
    if name.pinyin != entry.pinyin:
        return _readings_taken(name, entry.pinyin, en) if en else []
    questions: list[str] = []
    for alternative in name.alternatives:
        others = {name.with_reading(alternative.position, other).pinyin: other for other in alternative.others}
        spelt = spelt_readings(en, [name.pinyin, *others]) if en else []
        decided = name.pinyin in spelt
        open_to = tuple(other for pinyin, other in others.items() if not decided or pinyin in spelt)
        if open_to:
            said = dataclasses.replace(alternative, others=open_to).describe(name)
            if decided:
                said = said.replace("; check", f"; {en!r} spells both: check", 1)
            questions.append(said)
    return questions


def _readings_taken(name: Romanization, pinyin: str, en: str) -> list[str]:
    """Say which characters `pinyin` (the reading `fill_pinyin` wrote for English `en`) reads otherwise than the
    romanizer's `name` does, by a reading no name zhgloss knows gives them (not one of `name.alternatives`, which
    names do give: 朝 Cháo of 李朝阳 needs no word): "栅 read shān, as 'Zheng Shanjie' spells it; the romanizer reads
    zhà: check it is the person's own". Empty where the syllables differ in tone alone, or not at all."""
    from zhgloss.pinyin import marks_to_numbers, numbers_to_marks

    written = marks_to_numbers(pinyin.replace("'", " ")).lower().split()
    rule = name.pinyin_numbered.split()
    if len(written) != len(rule) or len(rule) != len(name.zh):
        return []
    attested = {(a.position, other) for a in name.alternatives for other in a.others}
    slips = dict(slips_against_words(name.zh, pinyin, en))
    said: list[str] = []
    for at, (now, was) in enumerate(zip(written, rule, strict=True)):
        if at in slips:
            said.append(slips[at])
        elif now[:-1] != was[:-1] and (at, now) not in attested:
            said.append(
                f"{name.zh[at]} read {numbers_to_marks(now)}, as {en!r} spells it; the romanizer reads "
                f"{numbers_to_marks(was)}: check it is the person's own"
            )
    return said


def slips_against_words(zh: str, pinyin: str, en: str | None) -> list[tuple[int, str]]:
    """Say which characters of a person's name `pinyin` reads against a word of the given name, as `en` spells them:
    "长 read zhǎng, as 'Wang Zhangjiang' spells it; the word 长江 of the given name reads it cháng (Wáng
    Chángjiāng): check it is no slip for 'Wang Changjiang'". Such a reading is taken for a slip, a character read
    alone otherwise for the person's own (`zhgloss.pinyin.readings_against_words` says why); `add` keeps the question
    in the entry's note and validate reports it (`pinyin-word`). Returns (the character's position, the question);
    empty where there is none."""
    from zhgloss.pinyin import numbers_to_marks, readings_against_words

    spelt = f", as {en!r} spells it" if en else ""
    return [
        (
            slip.position,
            f"{slip.char} read {numbers_to_marks(slip.syllable)}{spelt}; the word {slip.word} of the given name reads "
            f"it {numbers_to_marks(slip.word_syllable)} ({slip.word_pinyin}): check it is no slip for {slip.word_en!r}",
        )
        for slip in readings_against_words(zh, pinyin)
    ]


def with_slips_noted(note: str | None, zh: str, pinyin: str, en: str | None) -> str | None:
    """`note` with each question of `slips_against_words` after it, a sentence each ("Reading: 长 read zhǎng, ...:
    check it is no slip for 'Wang Changjiang'."), so that the question stays with the entry; `note` as it is where
    there is none or it holds them already."""
    sentences = [f"Reading: {question}." for _, question in slips_against_words(zh, pinyin, en)]
    missing = [sentence for sentence in sentences if sentence not in (note or "")]
    if not missing:
        return note
    head = (note or "").rstrip()
    if head and head[-1] not in ".!?。！？)":
        head += "."
    return " ".join([head, *missing]) if head else " ".join(missing)


def _words_spelt(text: str) -> list[str]:
    """The letters of each word of an English name, lower case, a hyphen joining ("Shi Po-tian": shi, potian)."""
    return ["".join(c for c in en_key(word) if c.isalpha()) for word in text.replace("-", "").split()]


_TRANSLATED_FIRST = {"圣": ("saint", "st", "san", "santa", "santo", "sao", "são")}
"""Characters that translate the first word of a foreign place's name, the rest being transliterated."""


def _transliteration_words(zh: str, en: str | None) -> list[int] | None:
    """The syllables of each pinyin word of a transliterated name that is no person's, or None if `zh` is none.

    A transliteration has no Chinese word boundaries inside it (哈根 of 哥本哈根 is no word): CC-CEDICT writes it as
    one word (Gēběnhāgēn, Āmǔsītèdān) or one per word of the foreign name (布宜诺斯艾利斯 Bùyínuòsī Àilìsī, Buenos
    Aires). It is three characters or more, all of them characters of transliteration (`zhgloss.unknown`'s table)
    but one in a name of six or more. With an English `en` of as many words as it has parts, each part is the run
    of characters whose sound is nearest its word (`harvest.transliteration_cost`); else it is one word. A first
    character that translates the first of two English words (_TRANSLATED_FIRST: 圣 Saint) is a word of its own,
    and the rest the other word, whatever its characters (堡 of 圣彼得堡 is none of the table's).
    """
    from zhgloss.convert import to_simplified
    from zhgloss.unknown import _TRANSLIT_RUN_CHARS

    simplified = to_simplified(zh)
    if len(simplified) != len(zh) or len(zh) < 3 or not all(map(is_cjk, zh)):
        return None
    english_words = (en or "").split()
    translated = _TRANSLATED_FIRST.get(simplified[0], ())
    if len(english_words) == 2 and english_words[0].lower().rstrip(".") in translated:
        # 圣 translates "Saint", "San", "Santa": a word of its own before the transliteration (CC-CEDICT: 圣彼得堡
        # Shèng Bǐdébǎo, 圣克鲁斯 Shèng Kèlǔsī, 圣安东尼奥 Shèng Āndōngní'ào: 23 of its 28 headwords of 圣 with
        # a two-word English "Saint X", "San X" ...; 圣保罗 Shèngbǎoluó is one of the 5 others).
        # The rest is the one English word after it, whatever its characters (彼得堡 holds 得 and 堡, which the
        # transliteration table lacks): one pinyin word.
        return [1, len(zh) - 1]
    if sum(c not in _TRANSLIT_RUN_CHARS for c in simplified) > (1 if len(zh) >= 6 else 0):
        return None
    english = [w for w in (en or "").split() if w.isalpha() and w[0].isupper()]
    if not 2 <= len(english) <= len(zh):
        return [len(zh)]
    from zhgloss.harvest import TRANSLITERATION_COST, transliteration_cost

    best: tuple[float, list[int]] | None = None
    for cuts in itertools.combinations(range(1, len(zh)), len(english) - 1):
        bounds = [0, *cuts, len(zh)]
        parts = [simplified[a:b] for a, b in itertools.pairwise(bounds)]
        costs = [transliteration_cost(part, word.lower()) for part, word in zip(parts, english, strict=True)]
        # Each word of the English heard in its part: "Newfoundland Island" (纽芬兰) translates its last word.
        if max(costs) <= TRANSLITERATION_COST and (best is None or sum(costs) < best[0]):
            best = (sum(costs), [len(part) for part in parts])
    return best[1] if best is not None else [len(zh)]


_MAX_READINGS = 256
"""How many readings of a name `_reading_spelt` tries: a name of four characters with four readings each."""


def _reading_spelt(name: Romanization, en: str) -> str | None:
    """The pinyin of `name` with other readings of its characters that `en` spells, the romanizer's word division
    kept; None if none does or the name has too many readings to try (`_MAX_READINGS`).

    A known surname is read by its own readings alone (surnames.tsv's and CC-CEDICT's: 曾 Zēng, never céng); an
    unknown one, and every character of the given name, by any reading pypinyin lists for the character. The fewest
    characters changed first. "Chong'er" for 重耳 (Duke Wen of Jin): 重 is no surname of the table there, and the
    romanizer's Zhòng is only the commoner reading of the character (CC-CEDICT: 重耳 [Chong2 er3]). "Zheng Shanjie"
    for 郑栅洁 (Chairman of the NDRC since 2023; Xinhua and gov.cn write so): 栅 is zhà in pypinyin's context and
    shān too (pypinyin: zhà, shān, cè); the English the user gives is the person's, so its reading is written and
    `reading_questions` says which reading it took (the review's R40-11: add refused it with --adopted advice). A
    slip is written too, never refused (王长江 "Wang Zhangjiang" is written Zhǎngjiāng), but a reading against a word
    of the given name (长江 reads 长 cháng) is kept as a question in the note and validate warns of it
    (`slips_against_words`, R41-8). No reading is made up: validate still checks each syllable.
    """
    from zhgloss.pinyin import en_matches_pinyin, possible_readings

    try:
        readings = possible_readings(name.zh_simplified)
    except RomanizationError:
        return None
    current = name.pinyin_numbered.split()
    if len(readings) != len(current):
        return None
    first = len(name.surname)
    surname_others = {a.position: a.others for a in name.alternatives if a.part == "surname"}
    options = [
        [now, *surname_others.get(at, ())] if at < first and name.surname_known else [now, *sorted(r - {now})]
        for at, ((_, r), now) in enumerate(zip(readings, current, strict=True))
    ]
    if math.prod(len(o) for o in options) > _MAX_READINGS:
        return None
    # The romanizer's reading of each character first, so that the fewest characters change.
    for combination in sorted(
        itertools.product(*options), key=lambda c: sum(a != b for a, b in zip(c, current, strict=True))
    ):
        spelt = name
        for position, (syllable, now) in enumerate(zip(combination, current, strict=True)):
            if syllable != now:
                spelt = spelt.with_reading(position, syllable)
        if en_matches_pinyin(en, spelt.pinyin):
            return spelt.pinyin
    return None


def has_latin_letter(zh: str) -> bool:
    """Tell whether `zh` holds a Latin letter (阿Q, 卡拉OK, T恤; full-width letters count once folded by normalize)."""
    return any(c.isascii() and c.isalpha() for c in normalize(zh))


def chinese_input(zh: str) -> str:
    """A Chinese form as typed, normalized as the entry model stores it (`zhgloss.model.fold_form`): "雷 军" is 雷军,
    "⻢云" (a radical a PDF gives) 马云, before it is converted or read. A space between the parts of a transliterated
    name is its separator, the middle dot (`spaced_parts`: "安东尼奥 古特雷斯" is 安东尼奥·古特雷斯, U35-22); so is the
    full stop after a Latin initial (`script.dotted_initials`: "J.D.万斯" and "J．D．万斯" are J·D·万斯, R41-16)."""
    return fold_form(spaced_parts(dotted_initials(normalize(zh))), chinese=True)


_SPACED_RE = re.compile(r"\s+")


def spaced_parts(zh: str) -> str:
    """`zh` with each run of spaces between two parts of Chinese characters written as the name separator "·" where
    the name, the spaces taken out, reads as transliterated (`pinyin.name_origin`): a space is how users and some copy
    part a foreign name when the dot is hard to type (安东尼奥 古特雷斯, 唐纳德 特朗普). A Chinese or Japanese name's
    space is no separator and goes, as before (欧阳 娜娜, 安倍 晋三); so does one beside a Latin letter or digit."""
    parts = _SPACED_RE.split(zh.strip())
    if len(parts) < 2 or not all(part and all(is_cjk(char) for char in part) for part in parts):
        return zh
    from zhgloss.pinyin import name_origin

    return "·".join(parts) if name_origin("".join(parts)) == "transliterated" else zh


def simplified_alias(alias: str, kind: str) -> str:
    """A Chinese alias as typed, folded (`chinese_input`) and in simplified characters by the rules zh is
    (`_simplified_input`: 馬老師 is 马老师, 徐乾學 徐乾学)."""
    return _simplified_input(chinese_input(alias), None, kind)[0]


def alias_forms(alias: str, kind: str) -> tuple[str, ...]:
    """The Chinese aliases stored for one typed: its simplified form (`simplified_alias`), which annotate and check
    find in simplified text, and the form as typed where that is traditional (a Taiwan form such as 賈伯斯 is no
    mere conversion), as a TBX import stores both scripts (U30-24): 馬老師 -> (马老师, 馬老師); 风清扬 -> (风清扬,)."""
    typed = chinese_input(alias)
    return tuple(dict.fromkeys((simplified_alias(alias, kind), typed)))


def _without_twin(aliases: list[str], removed: str, kind: str) -> list[str]:
    """`aliases` less the simplified twin `alias_forms` stored beside the removed traditional alias `removed`, unless
    another alias left is written the same in simplified characters: `edit --remove-zh-alias 馬老師` takes the 马老师
    that `add --zh-alias 馬老師` stored with it (F8). The glossary keeps no record of which form was typed, so a twin
    typed on its own is taken too: removing the traditional form says the name is no longer written so."""
    twin = simplified_alias(removed, kind)
    if twin == removed or twin not in aliases:
        return aliases
    if any(alias != twin and simplified_alias(alias, kind) == twin for alias in aliases):
        return aliases
    return [alias for alias in aliases if alias != twin]


def removed_twins(before: Entry, after: Entry, typed: Sequence[str]) -> list[str]:
    """The Chinese aliases an edit took away beside the ones typed to `--remove-zh-alias` (`typed`, as typed): the
    simplified twins `_without_twin` removes with their traditional forms, in `before`'s order, for the command to say
    (the glossary keeps no record of which form a user typed, so a twin typed on its own goes too: the review's R4).
    Each typed form counts as it was matched, as typed or, when absent, in simplified characters."""
    kind = after.type or "person"
    matched = set()
    for alias in typed:
        text = normalize(alias)
        matched.add(text if text in before.zh_aliases else simplified_alias(text, kind))
    return [alias for alias in before.zh_aliases if alias not in after.zh_aliases and alias not in matched]


def _simplified_input(zh: str, zh_hant: str | None, kind: str, spellings: Sequence[str] = ()) -> tuple[str, str | None]:
    """A Chinese name as typed (`zh`, normalized) as (simplified form, traditional form or None to fill): traditional
    input is stored as zh_hant (unless `zh_hant` is given) and converted for zh, a name keeping the characters names
    keep (徐乾學 -> 徐乾学, not 徐干学: see `convert.name_to_simplified`), a surname as surnames are written, by the
    reading its English or pinyin (`spellings`) spells (乾 "Qian" -> 乾, 於 -> 於: `convert.surname_to_simplified`).
    What `add` and `edit --zh` both do."""
    from zhgloss.convert import chinese_of_japanese, name_to_simplified, surname_to_simplified, thing_to_simplified

    if not has_cjk(zh):
        return zh, zh_hant
    if kind == "surname":
        simplified = surname_to_simplified(zh, spellings)
    elif kind in _NAME_TYPES:
        simplified = name_to_simplified(zh)
    else:
        simplified = thing_to_simplified(zh, lower=kind in _LOWER_CASE_TYPES, spellings=spellings)
    if simplified == zh:
        return zh, zh_hant
    # A Japanese form (黒澤明) is written in the Chinese characters it stands for in both scripts: 黑泽明, 黑澤明.
    given = chinese_of_japanese(zh)
    return simplified, (chinese_of_japanese(zh_hant) if zh_hant else None) or _traditional_of_mixed(
        given, simplified, kind
    )


def chinese_forms(
    zh: str, zh_hant: str | None = None, kind: str = "person", spellings: Sequence[str] = ()
) -> tuple[str, str | None, tuple[str, ...]]:
    """The Chinese forms a name typed as `zh` (and `zh_hant`, if given) is stored with, by `kind`: (zh, zh_hant or
    None to fill, the Chinese aliases the typing implies). `add`'s rule, for the import readers to call: traditional
    input is converted for zh (徐乾學 -> 徐乾学 for a name), a name typed in Japanese forms is written in the Chinese
    characters it stands for in both scripts and keeps its typed form as an alias (黒澤明 -> 黑泽明, 黑澤明, (黒澤明,)),
    as is one given only as `zh_hant` (黑泽明 with 黒澤明). A surname's reading, where its characters leave a choice,
    is the one its English or pinyin (`spellings`) spells (乾 "Gan" is 干, 乾 "Qian" 乾).
    """
    typed = chinese_input(zh)
    typed_hant = chinese_input(zh_hant) if zh_hant else None
    simplified, hant = _simplified_input(typed, typed_hant, kind, spellings)
    japanese = _japanese_aliases(typed)
    if typed_hant and (given := _japanese_aliases(typed_hant)):
        # A Japanese form given only as the traditional (a table's zh 黑泽明 beside zh_hant 黒澤明) is read as add
        # reads it typed as zh: 桜井和寿 is 櫻井和壽 in traditional characters.
        japanese = tuple(dict.fromkeys((*japanese, *given)))
    if japanese:
        # A name typed in Japanese forms is no traditional spelling the user chose (the kept-as-typed rule of
        # `_traditional_of_mixed` is for those): its traditional form is the Chinese one in full, 櫻井和壽 with 壽,
        # not 櫻井和寿 (a Japanese 寿 kept; main was red on it after 27fb375f).
        hant = fill_zh_hant(simplified, kind)
    return simplified, hant, japanese


def _japanese_aliases(typed: str) -> tuple[str, ...]:
    """The Chinese alias a name typed in Japanese forms keeps (U30-37): 黒澤明, typed from a Japanese source, is
    stored as 黑泽明 with 黒澤明 beside it, which lookup and annotate find in Japanese text; () for any other."""
    from zhgloss.convert import has_japanese_form

    return (typed,) if has_japanese_form(typed) else ()


def _traditional_of_mixed(given: str, simplified: str, kind: str) -> str:
    """The traditional form of a name given in traditional characters (`given`, whose simplified form is
    `simplified`): `given` itself, but where it writes a character in its simplified form (劉强东, both scripts at
    once, as lookup reads it), the traditional one the name rules write there (劉強東). A character that is a
    traditional one too (台 where OpenCC writes 臺, 遊, 乾) is kept as typed.

    A form that writes no character in its simplified form only (Unihan: `validate.is_simplified_only`, 东 but not 恒,
    whose kTraditionalVariant lists itself beside 恆) is a traditional spelling the user gave, and is kept whole:
    恒基兆業地產 (Hong Kong writes 恒; Taiwan's standard and OpenCC's s2tw 恆), 陳恒鑌 (U36-1)."""
    from zhgloss.convert import traditional_forms
    from zhgloss.validate import is_simplified_only

    if not any(map(is_simplified_only, given)):
        return given
    filled = fill_zh_hant(simplified, kind)
    if filled is None or len(filled) != len(given) or len(simplified) != len(given):
        return given
    # A character is left simplified where the conversion kept it and it is none of its own traditional forms (东,
    # 强); 台, 遊 and 乾 are traditional characters too, and stay as typed.
    return "".join(
        f if g == s and f != g and g not in traditional_forms(g) else g
        for g, s, f in zip(given, simplified, filled, strict=True)
    )


def fill_zh_hant(zh: str, kind: str) -> str | None:
    """Return the traditional form zhgloss writes for `zh` (OpenCC s2tw; a person's surname, and a surname entry,
    from surnames.tsv: the surname 干 is 干, not s2tw's 幹)."""
    if not has_cjk(zh):
        return zh
    from zhgloss.convert import name_to_traditional, to_traditional

    if kind == "surname":
        from zhgloss.pinyin import surnames

        found = surnames().get(zh)
        return found.zh_hant if found is not None and found.zh == zh else to_traditional(zh)

    return name_to_traditional(zh) if kind in _NAME_TYPES else to_traditional(zh)


NAME_FIELDS = ("id", "type", "zh", "zh_hant", "pinyin", "en")
"""Fields that name the entry: a value given for one must say something (see `refuse_blank`)."""


# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1), which renderers show
# as nothing: zero-width spaces and joiners, BOM, bidi marks, variation selectors, Hangul fillers, tags.
# Python's unicodedata does not expose the property, and no dependency of ours does.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e0fff]"
)


def refuse_blank(entry_id: str | None = None, **given: str | None) -> None:
    """Raise InvalidEntryError if a name field (`NAME_FIELDS`) is given as text that shows nothing.

    `given` maps field names to the values a caller passed, None meaning "not given". An empty,
    whitespace-only or invisible-only value there (U+200B, U+FEFF, U+3164 …: `_INVISIBLE_RE`) is a
    slip (an unset shell variable, stray quotes, a copied zero-width space) that would wipe the field,
    or have it refilled behind the user's back; it is refused with the field's name instead. So is a
    value of punctuation alone ("-", "?", "…": a placeholder, or "clear it" typed where a field must
    stay), which names nothing: every name has a letter, a digit or a Chinese character. Optional
    text (a note, refers_to) may still be given as "" to clear it.
    """
    for name, value in given.items():
        if value is None:
            continue
        visible = normalize(_INVISIBLE_RE.sub("", value))
        if not visible:
            raise InvalidEntryError(name, f"must not be empty (given as {value!r})", entry_id)
        if names_nothing(visible):
            raise InvalidEntryError(name, f"must name something, not only punctuation (given as {value!r})", entry_id)


def _refuse_blank_forms(entry_id: str | None, **forms: Sequence[str]) -> None:
    """`refuse_blank` for each form given for a list field (an alias of "-" or "、" names nothing)."""
    for name, values in forms.items():
        for value in values:
            refuse_blank(entry_id, **{name: value})


def untyped_word(zh: str) -> str | None:
    """Why an entry of `zh` added with no type is no person by any guess, or None: `zh` (simplified, `to_simplified`)
    is a word of data/common_words.txt (CC-CEDICT's ordinary words that jieba's dictionary counts: 秘书长
    "secretary-general", R37-26), which `add` would otherwise store as the person "Bi Shuzhang", or a place,
    organisation, event, work or product CC-CEDICT lists (`cedict_things`: 上海, 新华社, 人民日报, 黄河; R38-17). A
    person's name can be such a word too (黎明, the singer Leon Lai), so it is said, not decided: the user gives the
    type. Nor is a form read as a Chinese name that starts with no surname of any list zhgloss has (surnames.tsv, the
    百家姓 and the modern ones, nor a person CC-CEDICT reads as one: `pinyin.chinese_guess_reason`): a Chinese
    personal name starts with its surname, while companies' and brands' names start as they like (中芯国际 stored as
    the person "Zhong Xinguoji", 京东方 as "Jing Dongfang": the review's R46-4). A person whose surname no list holds
    (a nickname: 阿信) is added with --type person."""
    from zhgloss.convert import to_simplified
    from zhgloss.glossable import common_words

    text = chinese_input(zh)
    words = common_words()
    if text in words or to_simplified(text) in words:
        return f"{text} is a common word (CC-CEDICT gives it as an ordinary word), so 'person' would be a guess"
    things = cedict_things()
    kind = things.get(text) or things.get(to_simplified(text))
    if kind is not None:
        # 上海 stored as the person "Shang Hai", 新华社 as "Xin Huashe" (R38-17): two or three characters read as a
        # surname and a given name, whatever they name.
        # With the English add asks for next, where CC-CEDICT's is not the pinyin (香港 --en 'Hong Kong': R47-24).
        from zhgloss.validate import shell_quote

        known = cedict_english(text, kind)
        english = f"; CC-CEDICT's English is {known!r} (--en {shell_quote(known)})" if known else ""
        what = _KIND_WORDS.get(kind, kind)
        return f"{text} is {what} in CC-CEDICT (--type {kind}), so 'person' would be a guess{english}"
    if text and all(map(is_cjk, text)):
        # Characters alone: a form with brackets or Latin gets the romanizer's own word (华润（集团）有限公司: a
        # registered company name's bracket, --type org).
        from zhgloss.pinyin import chinese_guess_reason

        reason = chinese_guess_reason(text)
        if reason is not None and reason.endswith(_NO_SURNAME):
            return f"{text} starts with no surname ({reason}), so 'person' would be a guess"
        if _three_given(text):
            return (
                f"{text} is a surname and three characters, which a Chinese personal name seldom is (a company's "
                "often: 国家电网, 平安保险), so 'person' would be a guess"
            )
        if _too_long_for_a_name(text):
            return (
                f"{text} is {len(text)} characters read as a surname and a given name, which a Chinese personal name "
                "written without a separator is not (a company's or a body's name often: 台湾大哥大, 江南造船厂), so "
                "'person' would be a guess"
            )
    return None


def _too_long_for_a_name(text: str) -> bool:
    """Tell whether `text`, Chinese characters read as a Chinese name (`pinyin.name_origin`), runs to five characters or
    more and is no person CC-CEDICT lists (data/name_readings.tsv, data/cedict_persons.txt). A Chinese personal name is
    a surname of one or two characters and a given name of one or two (three at the most: 易烊千玺), so five or more
    are a company's or a body's name and its trade (台湾大哥大, 江南造船厂, 周大福珠宝, 黄河水利委员会: the review's
    R47-18), or a Mongolian or Tibetan name written without its separator (乌云其木格), which --type person adds."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.errors import ZhglossError
    from zhgloss.people import cedict_persons
    from zhgloss.pinyin import name_origin, name_readings

    simplified = name_to_simplified(text)
    listed = (name_readings().names, cedict_persons())
    if len(simplified) < 5 or any(form in table for form in (text, simplified) for table in listed):
        return False
    try:
        return name_origin(text) == "chinese"
    except ZhglossError:
        return False


def untyped_english(zh: str, en: str) -> str | None:
    """Why `add zh --en en` with no type is no person by any guess, or None: `zh` is a person's name only by a guess
    (`person_guess`: a rare surname, two surnames and a given name, all characters of transliteration) and the English
    given spells none of the readings of it as a Chinese person's (validate's `en-mismatch`, a warning for such a
    guess): 蔚来 "NIO", 平安保险 "Ping An Insurance" (the review's R46-4 addendum 3, R47-18: stored as persons). A
    name read as transliterated or Japanese is not asked: its English is its own spelling, never the pinyin's."""
    guess = person_guess(zh)
    if guess is None or not has_cjk(zh):
        return None
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import name_origin
    from zhgloss.validate import check_entry

    try:
        if name_origin(chinese_input(zh)) != "chinese":
            return None
        drafted = draft_entry(zh, kind="person", en=en)
    except ZhglossError:
        return None
    if not any(p.code == "en-mismatch" for p in check_entry(drafted)):
        return None
    return f"{en!r} spells no reading of {chinese_input(zh)} as a person's name, which it is only by a guess ({guess})"


def _three_given(text: str) -> bool:
    """Tell whether `text`, read as a Chinese name (`pinyin.name_origin`), is a one-character surname and three
    characters, neither two common surnames (a married name: 林郑月娥) nor a person CC-CEDICT lists (data/
    name_readings.tsv). A Chinese given name is one or two characters (易烊千玺's three are the rare exception), while
    four characters are what most companies' short names and their trades make (长鑫存储, 国家电网: the review's
    R46-4 addendum); `name_origin` reads a name of four in transliteration characters as transliterated already."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import find_surname, is_double_surname, name_origin, name_readings

    simplified = name_to_simplified(text)
    if len(simplified) != 4 or text in name_readings().names or simplified in name_readings().names:
        return False
    surname = find_surname(text) or find_surname(simplified)
    try:
        chinese = name_origin(text) == "chinese"
    except ZhglossError:
        return False
    return chinese and surname is not None and len(surname.zh) == 1 and not is_double_surname(simplified)


def person_guess(zh: str) -> str | None:
    """Why `add`'s default type, person, is only a guess for `zh` that the user should hear, or None.

    For a form `untyped_word` lets through: a name read as Chinese whose surname is a rare one or whose characters are
    all ones of transliteration (`pinyin.chinese_guess_reason`: 蔚来, the NIO brand, is the surname 蔚 Yù and 来;
    万达), or two surnames and a given name (`_married_shape`: 平安保险), or a transliterated or Japanese name
    (`pinyin.name_origin`: 宁德时代 reads as one), which a company's name is as often as a person's. The entry is
    added, the guess said with the way to retype it (the review's R46-4)."""
    if not has_cjk(zh):
        return None
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import chinese_guess_reason, name_origin

    text = chinese_input(zh)
    try:
        origin = name_origin(text)
        reason = chinese_guess_reason(text)
    except ZhglossError:
        return None  # not a name the romanizer reads: draft_entry says so
    if origin != "chinese":
        return f"it reads as a {origin} name, which a company's or a brand's is as often as a person's"
    if reason is None and _married_shape(text):
        return "two surnames and a given name is a married name's shape (林郑月娥), and a company's as often (平安保险)"
    return reason


def _married_shape(text: str) -> bool:
    """Tell whether `text` is four characters read as two common surnames and a given name (`pinyin.is_double_surname`:
    林郑月娥, 范徐丽泰) that CC-CEDICT lists as no person: a Hong Kong married woman's name, or as often a company's
    name whose first characters are surnames too (平安保险, 华夏幸福: the review's R46-4, read again)."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.pinyin import is_double_surname, name_readings

    simplified = name_to_simplified(text)
    names = name_readings().names
    return is_double_surname(simplified) and text not in names and simplified not in names


def cedict_english(zh: str, kind: str = "person") -> str | None:
    """CC-CEDICT's English for the person or place `zh` (simplified or traditional; `kind`, person or place: the types
    `add` makes an English of, `makes_en_from_pinyin`) where it is not the English `add` makes of the pinyin, or None.
    From data/cedict_person_english.tsv (1,713 people: 李光耀 "Lee Kuan Yew", 蒋介石 "Chiang Kai-shek", 文在寅 "Moon
    Jae-in", 普京 "Vladimir Putin") and data/cedict_place_english.tsv (3,711 places: 香港 "Hong Kong", 基辅 "Kiev",
    大阪 "Ōsaka", 旺角 "Mong Kok"), CC BY-SA 4.0, scripts/build_cedict_person_english.py. `add` without --en stored
    李光耀 as "Li Guangyao" (the review's R46-10) and 香港 --type place as "Xianggang" (R47-24); it names this English
    instead. None for another kind.

    The name is looked up by the form as typed and by the simplified forms `add` may store of it (`chinese_forms` by
    `kind`, OpenCC's t2s), so that a traditional spelling other than CC-CEDICT's column (鍾楚紅: CC-CEDICT writes
    鐘楚紅; Hong Kong's 汪精衞), or one mixing both scripts as an input method does (周潤发, 張国榮), finds the person
    the stored 钟楚红 is (the review's R47-5: each was stored with its pinyin English, "Zhong Chuhong", silently)."""
    found = cedict_listing(zh, kind)
    return found[1] if found is not None else None


def cedict_listing(zh: str, kind: str = "person") -> tuple[str, str] | None:
    """The form CC-CEDICT writes of the person or place `zh` and its English, as `cedict_english` finds it: the form
    as typed where CC-CEDICT's columns hold it (蔣介石), else the simplified form add stores (钟楚红 for 鍾楚紅); None
    where `cedict_english` is None. For a refusal to name what CC-CEDICT writes, not a spelling it does not."""
    from zhgloss.convert import to_simplified

    kind = normalize_type(kind)
    if kind not in _EN_FROM_PINYIN or not has_cjk(zh):
        return None
    table = _cedict_english(kind)
    typed = chinese_input(zh)
    for form in dict.fromkeys((typed, chinese_forms(typed, None, kind)[0], to_simplified(typed))):
        if (en := table.get(form)) is not None:
            return form, en
    return None


def foreign_surname_guess(zh: str) -> str | None:
    """Why the English `add` makes of the pinyin of the person `zh` is a guess its surname makes doubtful, or None.

    Chinese news writes Korean and Vietnamese names in the characters of Chinese ones (李在明 Lee Jae-myung, 阮富仲
    Nguyen Phu Trong), and nothing in most of them tells which they are: the Korean census's surnames are those of
    646 of CC-CEDICT's 1,084 Chinese persons. Some surnames are borne by more Korean or Vietnamese people than Chinese
    among CC-CEDICT's persons (data/foreign_surnames.tsv, scripts/build_foreign_surnames.py, CC BY-SA 4.0: 朴 3 of 3
    Korean, 金 10 of 14, 阮 and 黎 2 of 3 Vietnamese): a name read as Chinese with one of them is said to be a guess.
    None for a name not read as Chinese (its English is asked for anyway), with another surname, or that CC-CEDICT
    lists as a person (data/cedict_persons.txt: 金庸, whose English is the pinyin)."""
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import find_surname, name_origin

    text = chinese_input(zh)
    try:
        if name_origin(text) != "chinese":
            return None
    except ZhglossError:
        return None
    from zhgloss.people import cedict_persons

    if text in cedict_persons():
        return None  # a person CC-CEDICT lists (金庸): its English is known, the pinyin's when it is not in its table
    surname = find_surname(text)
    found = _foreign_surnames().get(surname.zh) if surname is not None else None
    if surname is None or found is None:
        return None
    korean, vietnamese, chinese, examples = found
    who, many = ("Korean", korean) if korean >= vietnamese else ("Vietnamese", vietnamese)
    return (
        f"among CC-CEDICT's people, {many} of the {korean + vietnamese + chinese} surnamed {surname.zh} are "
        f"{who} ({examples}): if {text} is a {who} name, its English is the person's own spelling, not the pinyin"
    )


@functools.lru_cache(maxsize=1)
def _foreign_surnames() -> dict[str, tuple[int, int, int, str]]:
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / "foreign_surnames.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line[:1] not in ("#", "")]
    return {row[0]: (int(row[1]), int(row[2]), int(row[3]), row[4].replace(",", ", ")) for row in rows[1:]}


def spells_no_pinyin(zh: str, en: str) -> bool:
    """Tell whether `add zh --type person --en en` needs --adopted: `en` spells the pinyin of `zh` in no system
    validate reads (`en-mismatch`: CC-CEDICT's "Cherie Chung" for 钟楚红), while "Chiang Kai-shek" (Wade-Giles) and
    "Lee Kuan Yew" pass as they are. Raise ZhglossError for a name the romanizer cannot read."""
    from zhgloss.validate import check_entry

    drafted = draft_entry(zh, kind="person", en=en)
    return any(p.code == "en-mismatch" and p.severity == "error" for p in check_entry(drafted))


@functools.cache
def _cedict_english(kind: str) -> dict[str, str]:
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / f"cedict_{kind}_english.tsv"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            zh, hant, en = line.split("\t")
            table[zh] = en
            if hant:
                table.setdefault(hant, en)
    return table


_NO_SURNAME = "is in no surname list zhgloss has"
"""The end of `pinyin.chinese_guess_reason`'s answer for a name that starts with no surname of any list."""


_KIND_WORDS = {
    "place": "a place",
    "org": "an organisation",
    "event": "an event",
    "work": "a work",
    "product": "a product",
}
"""How `untyped_word` writes a type of data/cedict_things.tsv in English."""


@functools.lru_cache(maxsize=1)
def cedict_things() -> dict[str, str]:
    """The Chinese forms CC-CEDICT's import types as things (data/cedict_things.tsv, built by
    scripts/build_cedict_things.py: ~16,000 places, organisations, events, works and products, none of them also a
    person's name there) and the type of each: {"上海": "place", "新华社": "org", ...}. Read once (~10 ms)."""
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / "cedict_things.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


def draft_entry(
    zh: str,
    *,
    kind: str = "person",
    en: str | None = None,
    pinyin: str | None = None,
    zh_hant: str | None = None,
    aliases: Sequence[str] = (),
    zh_aliases: Sequence[str] = (),
    roles: Sequence[Role] = (),
    note: str | None = None,
    refers_to: str | None = None,
    adopted: bool = False,
    sources: Sequence[str] = (),
    entry_id: str | None = None,
    existing: Iterable[Entry] = (),
) -> Entry:
    """Build a new entry from its Chinese, filling what the Chinese implies and the caller left out.

    Traditional input is stored as zh_hant and converted for zh. Fills zh_hant (OpenCC), pinyin
    (the romanizer for people), and for people and places the English form from the pinyin
    (with the Lyu spelling as an alias when the name has ü). The id comes from the English form,
    made unique among `existing`. Roles naming an organisation in `existing` are linked to it.
    Raise InvalidEntryError if the English form is needed and cannot be made, DuplicateEntryError
    if `entry_id` is taken.
    """
    refuse_blank(entry_id, id=entry_id, type=kind, zh=zh, zh_hant=zh_hant, pinyin=pinyin, en=en)
    _refuse_blank_forms(entry_id, aliases=aliases, zh_aliases=zh_aliases)
    pool = list(existing)
    taken = {e.id for e in pool}
    kind = normalize_type(kind) or "person"
    zh, zh_hant, japanese = chinese_forms(zh, zh_hant, kind, [form for form in (en, pinyin) if form])
    zh_hant = zh_hant or fill_zh_hant(zh, kind)
    if pinyin is None and en and kind in _NAME_TYPES:
        # An English that spells a character against a word of the given name (王长江 "Wang Zhangjiang") is stored
        # as spelt, and the question kept in the note, where a later reader sees it (R41-8).
        pinyin = fill_pinyin(zh, kind, en)
        if pinyin:
            note = with_slips_noted(note, zh, pinyin, en)
    pinyin = pinyin or fill_pinyin(zh, kind, en)
    extra_aliases: list[str] = []
    if en and kind in ("person", "name") and has_cjk(zh):
        # One rule with every reader (zhgloss.adopted, U32-30): a name as Hong Kong's government lists it, an adopted
        # name first ("Paul Chan Mo-po" for 陈茂波), is stored as news writes it, "Paul Chan" (adopted), with the full
        # and Chinese-order forms as aliases. add refused it ("does not spell the pinyin"); a table imported it so.
        from zhgloss.adopted import short_form

        short, others = short_form(zh, en)
        if others:
            aliases = tuple(dict.fromkeys(a for a in (*others, *aliases) if a != short))
            en, adopted = short, True
    if not en:
        if makes_en_from_pinyin(kind) and has_cjk(zh):
            if kind == "person" and has_latin_letter(zh):
                no_rule = "a name written with Latin letters has no English by rule (give --en)"
                raise InvalidEntryError("en", f"is required for {zh!r}: {no_rule}")
            made, variants = pinyin_english(zh, kind)
            if made is None:
                raise InvalidEntryError("en", f"is required for {zh!r}: no rule makes its English")
            en, extra_aliases = made, list(variants)
        else:
            raise InvalidEntryError(
                "en",
                f"is required for an entry of type {kind!r} "
                "(only people's and places' English forms come from the pinyin)",
            )
    if entry_id is None:
        entry_id = unique_id(slugify(en) or slugify(pinyin or "") or "entry", taken)
    elif entry_id in taken:
        raise DuplicateEntryError(entry_id, entry_id)
    return Entry(
        id=entry_id,
        type=kind,
        zh=zh,
        zh_hant=zh_hant,
        pinyin=pinyin,
        en=en,
        aliases=(*aliases, *(a for a in extra_aliases if a not in aliases)),
        zh_aliases=tuple(
            dict.fromkeys((*japanese, *itertools.chain.from_iterable(alias_forms(a, kind) for a in zh_aliases)))
        ),
        en_adopted=adopted,
        refers_to=refers_to or None,
        roles=tuple(link_role(r, pool) for r in roles),
        note=note or None,
        sources=tuple(sources),
    )


def pinyin_english(zh: str, kind: str) -> tuple[str | None, tuple[str, ...]]:
    """The English `add` makes of the Chinese `zh` of type `kind` when none is given, and the English aliases it adds
    with it: a person's name read by the romanizer, surname apart ("Lei Jun"; the Lyu spelling of a name with ü as an
    alias), a place's name as one word but its generic ("Hengqin", `zhgloss.pinyin.place_english`). (None, ()) for a
    type whose English is its own (`makes_en_from_pinyin`: an organisation's, a work's), and for `zh` without Chinese
    characters or a person's with Latin letters. A person whose name is not read as Chinese gets its pinyin
    ("Bulinken" for 布林肯: a placeholder, `placeholder_en`; add asks for the English first). The one rule of
    `draft_entry` and `retype_entry`. Raise ZhglossError for characters no rule reads."""
    if not makes_en_from_pinyin(kind) or not has_cjk(zh) or (kind == "person" and has_latin_letter(zh)):
        return None, ()
    from zhgloss.pinyin import phrase_pinyin, place_english, romanize

    if normalize_type(kind) == "person":
        romanization = romanize(zh)
        return romanization.en, tuple(romanization.en_variants[:1])
    return (place_english(zh) if all(map(is_cjk, zh)) else phrase_pinyin(zh, tones=False)), ()


@dataclasses.dataclass(frozen=True)
class Rederived:
    """A field `retype_entry` read again for an entry's new type: its value before and after."""

    field: str
    was: Any
    now: Any

    def describe(self) -> str:
        """Say the change: "pinyin 'Guó Jiādiànwǎng' -> 'Guójiā Diànwǎng'"."""

        def said(value: Any) -> str:
            if isinstance(value, tuple):
                return "(" + ", ".join(map(repr, value)) + ")" if value else "none"
            return repr(value)

        return f"{self.field} {said(self.was)} -> {said(self.now)}"


_RETYPED_FIELDS = ("en", "aliases", "pinyin", "zh_hant")
"""The fields `retype_entry` may read again: those `draft_entry` derives from the Chinese by the entry's type."""


def retype_entry(before: Entry, after: Entry, given: Collection[str] = ()) -> tuple[Entry, list[Rederived]]:
    """`after`, the entry `before` given another type (`edit --type`, an import row's type), with each field `before`
    held as its own type derives it from the Chinese read again by the new type's rule, and what changed.

    `add 国家电网` with no type made a person: pinyin "Guó Jiādiànwǎng" (surname apart) and English "Guo
    Jiadianwang" from it; retyped as an org they stayed, though an organisation's pinyin is read as words
    ("Guójiā Diànwǎng", `fill_pinyin`) and its English is its own (the review's R46-4, addendum 4). A field is read
    again when `before` holds what `before`'s type derives (`fill_pinyin`, `fill_zh_hant`, `pinyin_english`: the
    value add writes) and the change neither gives it (`given`: the fields given with the new type, kept as given)
    nor changes it otherwise; a value a person or a file gave (CC-CEDICT's reading, a chosen English) is kept.
    The English is read again where the new type makes one from the pinyin (person, place: "Heng Qin" -> "Hengqin");
    where it makes none (org, product, term ...) and the new type reads the Chinese otherwise than the old one did,
    the old type's English of the pinyin names nothing: InvalidEntryError (en), give the English with the type.
    Unchanged where the type or the Chinese (`zh`, which `edit --zh` reads again itself) is not what changes.
    """
    old, new = before.type, after.type
    zh = after.zh
    if old == new or not zh or zh != before.zh or not has_cjk(zh) or has_latin_letter(zh):
        return after, []
    from zhgloss.errors import ZhglossError

    def kept(field: str) -> bool:
        return field in given or getattr(after, field) != getattr(before, field)

    try:
        was_en, was_variants = pinyin_english(zh, old)
        now_en, now_variants = pinyin_english(zh, new)
        was_pinyin = fill_pinyin(zh, old, before.en)
    except ZhglossError:
        return after, []  # characters no rule reads: nothing was derived from them
    changes: dict[str, Any] = {}
    derived_before = was_en is not None and _words_spelt(before.en) == _words_spelt(was_en)
    derived_en = derived_before and not kept("en")
    if derived_en and now_en is not None:
        changes["en"] = now_en
    en = changes.get("en", after.en)
    if derived_before and was_en is not None and _words_spelt(en) != _words_spelt(was_en):
        # The old type's English and its variant (a Lyu spelling), kept as aliases (an import keeps a replaced English
        # so), name nothing once the English is another; the new type's variant joins.
        old_forms = {was_en, *was_variants} if "aliases" not in given else set()
        aliases = [a for a in after.aliases if a not in old_forms and a != en]
        changes["aliases"] = tuple(dict.fromkeys((*aliases, *(now_variants if derived_en else ()))))
    if not kept("pinyin") and before.pinyin is not None and before.pinyin == was_pinyin:
        # Read as add reads it: by the English a person gave, not by one a rule made of the pinyin.
        changes["pinyin"] = fill_pinyin(zh, new, None if derived_before and not kept("en") else after.en)
    if derived_en and now_en is None and fill_pinyin(zh, new, None) != was_pinyin:
        raise InvalidEntryError(
            "en",
            f"{before.en!r} is the English of {zh} read as {with_article(old)} ({was_pinyin}); "
            f"{with_article(new)} is read otherwise ({fill_pinyin(zh, new, None)}) and has an English name of its "
            "own, which no rule makes of the pinyin: give it with the new type",
            before.id,
        )
    if not kept("zh_hant") and before.zh_hant is not None and before.zh_hant == fill_zh_hant(zh, old):
        changes["zh_hant"] = fill_zh_hant(zh, new)
    said = [
        Rederived(field, getattr(after, field), changes[field])
        for field in _RETYPED_FIELDS
        if field in changes and changes[field] != getattr(after, field)
    ]
    return (after.replace(**{c.field: c.now for c in said}) if said else after), said


def edit_given(**given: str | None) -> frozenset[str]:
    """The fields of `_RETYPED_FIELDS` an edit gives (`edit --en`, `--pinyin`, `--zh-hant`: not None), which
    `retype_entry` keeps as given."""
    return frozenset(field for field, value in given.items() if value is not None)


def typed_fields(before: Entry, typed: Entry) -> frozenset[str]:
    """The fields of `_RETYPED_FIELDS` an entry edited as JSON (`typed`) writes otherwise than `before`: given, as
    `edit_given`'s are."""
    return frozenset(field for field in _RETYPED_FIELDS if getattr(typed, field) != getattr(before, field))


def rederived_fields(before: Entry, after: Entry, given: Collection[str] = ()) -> list[Rederived]:
    """What an edit that changed `before`'s type read again for the new one (`retype_entry`), to be said: each field of
    `_RETYPED_FIELDS` that `after` holds otherwise and the edit did not give (`given`, `edit_given`); [] where the
    type is unchanged."""
    if before.type == after.type:
        return []
    return [
        Rederived(field, getattr(before, field), getattr(after, field))
        for field in _RETYPED_FIELDS
        if field not in given and getattr(before, field) != getattr(after, field)
    ]


def retype_command(entry: Entry, kind: str) -> str:
    """The `zhgloss edit` that gives `entry` the type `kind`, with "--en ENGLISH" where `retype_entry` needs the English
    with it: the entry's English is its type's reading of the pinyin, which `kind` does not make (`add 国家电网`'s
    person "Guo Jiadianwang", retyped an org)."""
    command = f"zhgloss edit {entry.id} --type {kind}"
    try:
        retype_entry(entry, entry.replace(type=normalize_type(kind)))
    except InvalidEntryError:
        return f"{command} --en ENGLISH"
    return command


def find_same_zh(zh: str, entries: Iterable[Entry]) -> Entry | None:
    """Return the entry that already has the Chinese form `zh` (simplified, traditional or alias), or None. `zh` is
    also taken as `chinese_input` stores it (J.D.万斯 is J·D·万斯), and a stock code is the same code however written
    (`zhgloss.tickers.ticker_key`: HK:00700 is 0700.HK; tbl's TBL-41-1). The first such entry in `entries`' order;
    `same_zh_finder` answers for many forms with one reading of `entries`."""
    return same_zh_finder(entries)(zh)


def same_zh_finder(entries: Iterable[Entry]) -> Callable[[str], Entry | None]:
    """Return `find_same_zh` for `entries` as a function of the form alone: every entry's Chinese forms are keyed once
    (`zh_key`), so each form asked is a look-up, not a scan (`add` asks up to three forms of ~10^5 entries: the review's
    R45-7). The same answer as `find_same_zh(zh, entries)`: the first entry in `entries`' order holding the form. The
    stock-code keys (`zhgloss.tickers.ticker_key`) are read only when a form asked is a code."""
    from zhgloss.tickers import ticker_key

    listed = list(entries)
    first: dict[str, int] = {}
    for number, entry in enumerate(listed):
        for form in entry.zh_forms:
            first.setdefault(zh_key(form), number)
    codes: dict[str, int] = {}
    read_codes: list[bool] = []

    def find(zh: str) -> Entry | None:
        found = [first[key] for key in {zh_key(zh), zh_key(chinese_input(zh))} if key in first]
        code = ticker_key(zh)
        if code is not None:
            if not read_codes:
                read_codes.append(True)
                for number, entry in enumerate(listed):
                    for form in entry.zh_forms:
                        if (written := ticker_key(form)) is not None:
                            codes.setdefault(written, number)
            if code in codes:
                found.append(codes[code])
        return listed[min(found)] if found else None

    return find


def namesake_clash(stored: Entry, *, en: str | None, roles: Sequence[Role], note: str | None) -> list[str]:
    """What an `add` of `stored`'s Chinese form gives that `stored` lacks: the fields that say it is another
    person of the same name (a namesake: a second 王勇 with a post the stored one never held).

    Returns the option names ("--role", "--note", "--en") whose values are not `stored`'s: a role not among its
    roles (title, organisation and dates as given), a note it does not hold, an English that is none of its forms
    (`en_key`); [] when everything given is already `stored`'s, or nothing was given.
    """
    clash = []
    if any(role not in stored.roles for role in roles):
        clash.append("--role")
    if note and note.strip() not in (stored.note or ""):
        clash.append("--note")
    if en and en_key(en) not in {en_key(form) for form in stored.en_forms}:
        clash.append("--en")
    return clash


NAMESAKE_KINDS = ("person", "place", "org", "thing")
"""The kinds `namesake_sentence` names another thing by ("another place, not this entry")."""

_NAMESAKE_WORDS = {"person": "person", "place": "place", "org": "organisation", "thing": "thing"}


def namesake_sentence(
    zh: str,
    en: str | None,
    kind: str = "person",
    *,
    pinyin: str | None = None,
    said: Sequence[str] = (),
    note: str | None = None,
) -> str:
    """The sentence a note says another thing written `zh` in: "Namesake (another place, not this entry): 奥克兰
    Oakland: California, US city." One sentence, ending in a full stop.

    `en` is the other thing's English (None or "" leaves it out), `pinyin` its reading when it differs from the
    entry's (in brackets after the English), `said` what else is said of it, each after a comma (a person's roles,
    described: "Vice Governor, Guangdong (since 2021)"), `note` a remark after a colon (its full stop dropped).
    `kind` is one of NAMESAKE_KINDS: person, place, org (written "organisation"), thing; any other kind raises
    ValueError. One Chinese form names one entry, so README's Known limits keep the other thing "in the note of the one
    you keep" (`namesake_note`, `zhgloss add --namesake`); the CC-CEDICT import says a line's other thing so too.
    """
    if kind not in _NAMESAKE_WORDS:
        raise ValueError(f"namesake kind {kind!r}: one of {', '.join(NAMESAKE_KINDS)}")
    who = f"{zh} {en or ''}".strip()
    if pinyin:
        who += f" ({pinyin})"
    sentence = f"Namesake (another {_NAMESAKE_WORDS[kind]}, not this entry): {', '.join([who, *said])}."
    if tail := (note or "").strip().rstrip(".").strip():
        sentence = f"{sentence[:-1]}: {tail}."
    return sentence


def namesake_note(
    stored: Entry,
    *,
    en: str | None = None,
    pinyin: str | None = None,
    roles: Sequence[Role] = (),
    note: str | None = None,
) -> str:
    """`stored`'s note with a sentence on a namesake appended: another person written as `stored.zh`, of English
    `en` (else `stored.en`), `pinyin` when it differs from `stored`'s, `roles` and `note`.

    One Chinese form names one entry (`Glossary.add` refuses a second), so README's Known limits keep the other
    person "in the note of the one you keep": "Namesake (another person, not this entry): 王勇 Wang Yong, Vice
    Governor, Guangdong (since 2021)." A translator reading the card sees both, and no role of the namesake becomes
    the stored entry's. Raises UsageError when the same sentence is already in the note.
    """
    sentence = namesake_sentence(
        stored.zh or "",
        en or stored.en,
        pinyin=pinyin if pinyin and stored.pinyin and pinyin != stored.pinyin else None,
        said=[role.describe() for role in roles],
        note=note,
    )
    if sentence in (stored.note or ""):
        raise UsageError(f"the note of {stored.id!r} already names this namesake: nothing to add")
    return f"{stored.note.rstrip()} {sentence}" if stored.note else sentence


def edit_entry(
    entry: Entry,
    *,
    existing: Iterable[Entry] = (),
    entry_id: str | None = None,
    kind: str | None = None,
    zh: str | None = None,
    zh_hant: str | None = None,
    pinyin: str | None = None,
    en: str | None = None,
    note: str | None = None,
    refers_to: str | None = None,
    adopted: bool | None = None,
    add_aliases: Sequence[str] = (),
    remove_aliases: Sequence[str] = (),
    add_zh_aliases: Sequence[str] = (),
    remove_zh_aliases: Sequence[str] = (),
    add_roles: Sequence[Role] = (),
    clear_roles: bool = False,
    remove_roles: Sequence[Role] = (),
    add_sources: Sequence[str] = (),
    confirm: bool = False,
    always_gloss: bool | None = None,
    add_safe_forms: Sequence[str] = (),
    remove_safe_forms: Sequence[str] = (),
) -> Entry:
    """Return `entry` with the given changes; None leaves a field alone and "" clears a note or refers_to.

    `always_gloss` sets or clears the flag that glosses a common-word form wherever it stands (小米 of the CC-CEDICT
    glossary); `add_safe_forms` and `remove_safe_forms` list or unlist forms of the entry annotate keeps at a word
    edge (U34-31: only $EDITOR could set them). A safe form must be one of the entry's forms (InvalidEntryError).

    `remove_roles` drops the roles each one matches (`role_matches`: its title, and its organisation and dates
    where given), before `add_roles` are added: so a role is ended by removing it and adding it with its end.
    A role to remove that matches none raises UsageError.

    A name field (`NAME_FIELDS`) given as empty or whitespace-only text raises InvalidEntryError,
    the entry unchanged: "" never wipes its Chinese, pinyin or English.

    `confirm` clears the draft flag: a person has checked the proposal, and the note `draft_note`
    wrote says so (`confirmed_note`) unless `note` is given. A draft whose English form is still a
    placeholder (`placeholder_en`) is not confirmed without a new `en`: UsageError.

    A new `zh` refills zh_hant and pinyin unless those are given too; the same name typed in traditional characters
    gives its zh_hant and keeps the pinyin. Removing an alias the
    entry does not have raises UsageError; a new id already in `existing` raises DuplicateEntryError.
    """
    refuse_blank(entry.id, id=entry_id, type=kind, zh=zh, zh_hant=zh_hant, pinyin=pinyin, en=en)
    _refuse_blank_forms(entry.id, aliases=add_aliases, zh_aliases=add_zh_aliases)
    pool = list(existing)
    changes: dict[str, Any] = {}
    kind = normalize_type(kind) if kind is not None else None
    new_kind = kind or entry.type
    if zh is not None and (chinese_input(zh) != entry.zh or _japanese_aliases(chinese_input(zh))):
        # Traditional input is converted as `add` converts it (`chinese_forms`): edit --zh 徐乾學 stores 徐乾学.
        spelt = [form for form in (pinyin, en if en is not None else entry.en) if form]
        changes["zh"], typed_hant, japanese = chinese_forms(zh, None, new_kind, spelt)
        changes["zh_hant"] = typed_hant or fill_zh_hant(changes["zh"], new_kind)
        if japanese:
            changes["zh_aliases"] = tuple(dict.fromkeys((*entry.zh_aliases, *japanese)))
        # The name's traditional form typed for a name whose simplified one is unchanged (edit --zh 秦剛 of 秦刚) gives
        # the traditional form alone: the stored pinyin stays (U35-13: "Qín Gāng" was read again as a word, Qíngāng).
        if changes["zh"] != entry.zh or not entry.pinyin:
            changes["pinyin"] = fill_pinyin(changes["zh"], new_kind, en if en is not None else entry.en)
    for name, value in (
        ("type", kind),
        ("zh_hant", zh_hant),
        ("pinyin", pinyin),
        ("en", en),
        ("note", note),
        ("refers_to", refers_to),
    ):
        if value is not None:
            changes[name] = value if normalize(value) else None
    if adopted is not None:
        changes["en_adopted"] = adopted
    new_zh = changes.get("zh", entry.zh)
    if en is not None and normalize(en) and new_kind in ("person", "name") and new_zh and has_cjk(new_zh):
        # `add`'s rule (`draft_entry`, zhgloss.adopted.short_form): a name as Hong Kong's government lists it, an
        # adopted name first ("Eric Chan Kwok-ki" for 陈国基), is stored as news writes it, "Eric Chan" (adopted), the
        # full and Chinese-order forms as aliases. edit --en refused it with the fix --adopted (U36-34).
        from zhgloss.adopted import short_form

        short, others = short_form(new_zh, normalize(en))
        if others:
            changes["en"] = short
            changes["aliases"] = tuple(
                dict.fromkeys(a for a in (*others, *changes.get("aliases", entry.aliases)) if a != short)
            )
            if adopted is None:
                changes["en_adopted"] = True
    for field, current, add, remove in (
        ("aliases", entry.aliases, add_aliases, remove_aliases),
        ("zh_aliases", entry.zh_aliases, add_zh_aliases, remove_zh_aliases),
    ):
        if not add and not remove:
            continue
        keep = list(changes.get(field, current))
        if field == "zh_aliases":
            add = list(itertools.chain.from_iterable(alias_forms(alias, new_kind) for alias in add))
        for alias in remove:
            text = normalize(alias)
            if text not in keep and field == "zh_aliases":
                text = simplified_alias(text, new_kind)
            if text not in keep:
                what = "alias" if field == "aliases" else "Chinese alias"
                raise UsageError(f"entry {entry.id!r} has no {what} {text!r}")
            keep.remove(text)
            if field == "zh_aliases":
                keep = _without_twin(keep, text, new_kind)
        changes[field] = (*keep, *add)
    if add_roles or clear_roles or remove_roles:
        base = () if clear_roles else entry.roles
        for spec in remove_roles:
            left = tuple(r for r in base if not role_matches(spec, r))
            if len(left) == len(base):
                raise UsageError(f"entry {entry.id!r} has no role {spec.describe()!r} (see 'zhgloss show {entry.id}')")
            base = left
        changes["roles"] = (*base, *(link_role(r, pool) for r in add_roles))
    if add_sources:
        changes["sources"] = (*entry.sources, *add_sources)
    if always_gloss is not None:
        changes["always_gloss"] = always_gloss
    if add_safe_forms or remove_safe_forms:
        safe = list(entry.safe_forms)
        for form in remove_safe_forms:
            if normalize(form) not in safe:
                raise UsageError(f"entry {entry.id!r} has no safe form {normalize(form)!r}")
            safe.remove(normalize(form))
        changes["safe_forms"] = tuple(dict.fromkeys((*safe, *(normalize(form) for form in add_safe_forms))))
    if confirm:
        changes["draft"] = False
        if note is None and entry.draft:
            changes["note"] = confirmed_note(entry.note)
            if en is not None and changes["note"]:
                # The English form is now a person's: the draft's word that it is a placeholder no longer holds.
                kept = _PLACEHOLDER_DETAIL_RE.sub("", changes["note"])
                changes["note"] = kept.replace("; .", ".").replace("proposal: .", "proposal.")
    if entry_id is not None and entry_id != entry.id:
        if entry_id in {e.id for e in pool}:
            raise DuplicateEntryError(entry_id, entry_id)
        changes["id"] = entry_id
    new = entry.replace(**changes)
    if kind is not None and kind != entry.type:
        # What add derived by the old type (a person's "Guó Jiādiànwǎng", "Guo Jiadianwang") is read again by the new
        # one (R46-4, addendum 4: edit --type org kept both, and said nothing).
        try:
            new, _ = retype_entry(entry, new, edit_given(en=en, pinyin=pinyin, zh_hant=zh_hant))
        except InvalidEntryError as exc:
            command = f"zhgloss edit {entry.id} --type {kind} --en ENGLISH"
            raise InvalidEntryError(exc.field, f"{exc.problem} ({command})", entry.id) from None
    if (
        note is None
        and new.note
        and ((new.pinyin, new.en, new.zh) != (entry.pinyin, entry.en, entry.zh) or new.en_adopted > entry.en_adopted)
    ):
        new = new.replace(note=_answered_slips_dropped(entry, new))
    if confirm and en is None and (why := placeholder_en(new)) is not None:
        raise UsageError(f"not confirming {entry.id!r}: {why}")
    return new


def _answered_slips_dropped(entry: Entry, new: Entry) -> str | None:
    """`new`'s note without the reading questions `add` kept in `entry`'s (`with_slips_noted`) that `new`'s pinyin no
    longer raises: edit --pinyin 'Wáng Chángjiāng' --en 'Wang Changjiang' of 王长江 answers "check it is no slip",
    and so does --adopted, which says the English (and the reading it spells) is the person's own (R42-9)."""

    def sentences(of: Entry) -> list[str]:
        if not of.zh or not of.pinyin or (of is new and new.en_adopted):
            return []
        return [f"Reading: {question}." for _, question in slips_against_words(of.zh, of.pinyin, of.en)]

    note = new.note or ""
    still = sentences(new)
    for sentence in sentences(entry):
        if sentence not in still:
            note = note.replace(sentence, "")
    return " ".join(note.split()) or None


def english_needs_adopted(entry: Entry, en: str) -> bool:
    """Tell whether giving the stored `entry` the English `en` needs --adopted: it is a person's (not yet adopted)
    whose pinyin `en` does not spell, which validate refuses (`en-mismatch`) and edit with it: "Wang Xiao" for 王小洪
    (Wáng Xiǎohóng). The import's remedy for a draft's English names the flag where this holds (tbl's s43 finding)."""
    if entry.type != "person" or entry.en_adopted:
        return False
    from zhgloss.validate import check_entry

    edited = entry.replace(en=en)
    return any(p.code == "en-mismatch" and p.severity == "error" for p in check_entry(edited, before=entry))


def entry_from_json(text: str) -> Entry:
    """Parse an entry edited as JSON; raise UsageError for text that is not JSON, InvalidEntryError for a bad entry."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"the edited entry is not valid JSON: {json_problem(exc)}") from None
    if not isinstance(data, dict):
        raise UsageError(f"the edited entry must be a JSON object, not {json_kind(data)}")
    # "zh": "" is a slip that would drop the Chinese; null says so on purpose (see `refuse_blank`).
    entry_id = data.get("id") if isinstance(data.get("id"), str) else None
    refuse_blank(entry_id, **{name: data[name] for name in NAME_FIELDS if isinstance(data.get(name), str)})
    try:
        return Entry.from_dict(data)
    except TypeError:
        # Only a required field missing gets past Entry's own checks to the dataclass; its
        # message ("Entry.__init__() missing ...") means nothing to a translator.
        entry_id = data.get("id") if isinstance(data.get("id"), str) else None
        raise InvalidEntryError("entry", "needs at least an id and an en", entry_id) from None


def folded_edit(entry: Entry, new: Entry) -> Entry:
    """Return `new`, the entry as edited in $EDITOR, with what a changed type derives read again (`retype_entry`: raises
    InvalidEntryError where the English must be given), and each Chinese alias it adds to `entry`'s stored as
    `edit --zh-alias` stores one (`alias_forms`): typed in traditional characters, its simplified form beside it
    (盧總 -> 卢总, 盧總), so that simplified text finds it (the user's U35-21: the editor stored 盧總 alone, and
    `lookup 卢总`, annotate and check missed it). The aliases `entry` already had are kept as they are: removing a
    twin in the editor says the name is not written so."""
    kind = new.type or "person"
    # A type changed in the editor reads again what the old type derived and the user left as it was (`retype_entry`).
    new, _ = retype_entry(entry, new)
    added = [alias for alias in new.zh_aliases if alias not in entry.zh_aliases]
    if not added:
        return new
    forms: list[str] = []
    for alias in new.zh_aliases:
        forms += alias_forms(alias, kind) if alias in added and has_cjk(alias) else [alias]
    aliases = tuple(dict.fromkeys(form for form in forms if form != new.zh))
    return new if aliases == new.zh_aliases else new.replace(zh_aliases=aliases)


def referrers(entry_id: str, entries: Iterable[Entry]) -> list[Entry]:
    """Return the entries that point at `entry_id` (refers_to, or a role's org_id)."""
    return [
        e
        for e in entries
        if e.id != entry_id and (e.refers_to == entry_id or any(r.org_id == entry_id for r in e.roles))
    ]


def what_points(entry: Entry, entry_id: str) -> str:
    """Say how `entry` points at `entry_id`: "leisike (refers_to)", "pony-ma (role 'CEO')"."""
    how = ["refers_to"] if entry.refers_to == entry_id else []
    how += [f"role {r.title!r}" for r in entry.roles if r.org_id == entry_id]
    return f"{entry.id} ({', '.join(how)})"


def cleared_references(entry: Entry, gone: Entry) -> Entry:
    """Return `entry` without its references to the removed entry `gone`: refers_to cleared, and a role's org_id
    cleared with the organisation kept as words (org: "Tencent"), so that no id of the glossary's names nothing
    (validate's refers-to-missing and role-org errors) and the role still says where it was held."""
    roles = tuple(
        dataclasses.replace(r, org_id=None, org=r.org or gone.en or gone.zh) if r.org_id == gone.id else r
        for r in entry.roles
    )
    refers_to = None if entry.refers_to == gone.id else entry.refers_to
    return entry.replace(refers_to=refers_to, roles=roles)


def point_at(entry: Entry, old_id: str, new_id: str) -> Entry:
    """Return `entry` with its references to `old_id` (refers_to, roles' org_id) changed to `new_id`."""
    roles = tuple(dataclasses.replace(r, org_id=new_id) if r.org_id == old_id else r for r in entry.roles)
    refers_to = new_id if entry.refers_to == old_id else entry.refers_to
    return entry.replace(refers_to=refers_to, roles=roles)


def apply_edit(entry: Entry, new: Entry, entries: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Put `new` in place of `entry` among `entries`; return every entry after the edit, and those repointed.

    If the id changed, the entries that pointed at the old id (nicknames' refers_to, roles'
    org_id) are changed to point at the new one, so a rename never leaves references dangling.
    Raise DuplicateEntryError if the new id belongs to another entry.
    """
    pool = list(entries)
    if new.id != entry.id and any(e.id == new.id for e in pool):
        raise DuplicateEntryError(new.id, new.id)
    repointed = {e.id: point_at(e, entry.id, new.id) for e in referrers(entry.id, pool)} if new.id != entry.id else {}
    after = [new if e.id == entry.id else repointed.get(e.id, e) for e in pool]
    if entry.id not in {e.id for e in pool}:
        after.append(new)
    return after, list(repointed.values())

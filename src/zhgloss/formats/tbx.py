"""TBX (ISO 30042): TBX-Basic `martif` files out, TBX-Basic v2 and TBX v3 in.

Export writes the widely read TBX v2 form, `<martif type="TBX-Basic">`, the one
OmegaT's reader parses: one `termEntry` per entry (its id as the `id`), a `langSet`
for `zh` (the simplified form, preferred, with the pinyin as a `pronunciation`
termNote, then the Chinese aliases, admitted), one for `zh-Hant` (the traditional
form, then the Chinese aliases written in traditional characters: `is_traditional_form`) and one for
`en` (the English form, preferred, then the aliases, admitted). Where the two langSets read back in
order would reorder the Chinese aliases, an `x-zhgloss-zhAliases` descrip keeps the entry's order.
Preferred and other terms are told apart by `administrativeStatus`
(preferredTerm-admn-sts / admittedTerm-admn-sts). At the entry level the type is
the `subjectField` (CAT tools show it as the domain), the note a `note`, refers_to
a `crossReference` ref, each source an `admin type="source"`; roles and
en_adopted, which TBX-Basic has no category for, go in `descrip` elements of type
`x-zhgloss-roles` (JSON), `x-zhgloss-enAdopted`, `x-zhgloss-alwaysGloss`, `x-zhgloss-draft` and
`x-zhgloss-safeForms` (JSON), and the pinyin of an entry without Chinese in `x-zhgloss-pinyin`. So an export
re-imports to the identical glossary: every field of an entry has its place (a test round-trips entries with
all of them set).

A draft entry (`harvest --unknown --add`, not confirmed by a person) has no preferred term: its
main terms have no administrativeStatus and its other terms are admittedTerm-admn-sts, each with
`termNote type="processStatus"` of `provisionallyProcessed` (ISO 12620's value for a term proposed
and not yet checked), so a CAT tool never offers its placeholder English as the approved rendering.
Import takes the first term without a status as the main one when none is preferred, and a term
whose processStatus is unprocessed or provisionallyProcessed makes its entry a draft when it is one of
the entry's main terms (a finalized one does not); such an other term of a checked entry is no accepted
form of it: it is named in the entry's note instead.

Forbidden forms (`Entry.forbidden`, English or Chinese) are written in their langSet (en, zh or zh-Hant),
after the accepted terms, with the TBX status closest to theirs, deprecatedTerm-admn-sts or
supersededTerm-admn-sts, and the exact status in a `termNote type="x-zhgloss-status"`.

A concept of another tool's file whose subjectField names no zhgloss type is a controlled term of the termbase,
typed by its English (`zhgloss.formats.table.untyped_type`: `name` with a capital letter, else `phrase`), so that
`check` enforces it.

Import reads that, other tools' TBX-Basic (tig or ntig/termGrp, language codes such as
zh-CN, zh-TW, en-US), TBX v3 (`<tbx>` root, conceptEntry / langSec / termSec,
DCA style, or DCT style where a data category is an element of its own name), and MultiTerm XML, the
file Trados MultiTerm exports by default (`<mtf>` root, conceptGrp numbered by a `<concept>` child /
languageGrp named by its `<language lang=...>` / termGrp, fields in descripGrps as in TBX).
Chinese langSets are read by their tag: zh, zh-CN, zh-Hans and zh-SG hold simplified
terms, zh-TW, zh-HK, zh-MO and zh-Hant traditional ones, and every Chinese term of another
tool's file gets both scripts (`_pair_scripts`): where the file has a term in both (a zh-CN and a
zh-TW langSet of one concept) the two are paired, not listed twice; otherwise the other form is
derived (OpenCC, with the name rules of `zhgloss.convert` for a person's name, also where the
file gives no type and the form alone reads as one, or its English writes it as one, surname
apart: 余承东 -> 余承東, not 餘承東; 游本昌 "You Benchang" -> 游本昌, not 遊本昌). The preferred simplified
term is `zh`, its traditional form `zh_hant`, every other term and its pair a `zh_alias`: a zh-TW
file with three terms gives three in each script. A term whose administrativeStatus (or
normativeAuthorization) is deprecated, superseded, not recommended or forbidden is kept as a
forbidden form with that status, in both scripts if Chinese, and is never also an accepted
form (not an alias, not a zh_alias): lookup says it is forbidden and names the form to write,
annotate does not gloss it, check reports it `forbidden` where a translation writes it. So is a term whose status,
in those categories or a termbase's own Status field, says not to use it in other words (Rejected, Do not use, Not
approved, Banned, Avoid, Outdated, Non-preferred: `_BANNING_STATUSES`, with the sources of the table); Proposed or
Draft is read as processStatus provisionallyProcessed; a status value zhgloss does not know is said on stderr with
its termEntry.
A term's source (TBX-Basic's `admin type="source"` on a term) is one of the entry's sources, prefixed with its
term ("腾讯: 腾讯官网"), as an entry's own source is; a langSet's own source is prefixed with its language
("zh-CN: https://zh.wikipedia.org/wiki/比亚迪"). A note is kept wherever it sits: at the entry, in
a langSet, or in a tig/ntig/termGrp/termSec (then prefixed with its term), inside a
descripGrp or not. A note is any descriptive text (`_note_text`): a `note` element, a
termNote usageNote, and every `descrip`, whatever its type: TBX-Basic's definition and
context, and the fields termbase tools name themselves (MultiTerm's `<descrip
type="Usage">`, `"Definition"`, `"Note"`; ISO 30042 lets a `descrip` carry any descriptive
category). A type other than note or definition labels its text ("Usage: ..."); categories
are compared without case. Categories zhgloss reads as fields (subjectField, the statuses,
pronunciation and a field named Pinyin, its own x-zhgloss ones) are not notes; nor are the coded ones (partOfSpeech,
termType, grammaticalGender ..., which are termNotes, and reliabilityCode, the one coded `descrip`: IATE's
exports give every term its 1-4, which would fill the note with "reliabilityCode: 3").
Files are parsed with defusedxml: a file declaring entities (the billion-laughs
expansion bomb, external entities reading local files) is refused before any is
expanded.
"""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from zhgloss import __version__
from zhgloss.errors import FormatError, InvalidEntryError, count_of
from zhgloss.formats import Refusals, UniqueEntries, judged_english, said_fields, says
from zhgloss.formats.table import DEFAULT_TYPE, IdMaker, is_stock_code_of, untyped_type, without_repeated_drafts
from zhgloss.model import ENTRY_FIELDS, FORBIDDEN_STATUSES, KNOWN_TYPES, OPTIONAL_FIELDS, Entry, normalize_type
from zhgloss.script import en_script_problem, has_cjk, normalize, zh_script_problem

NAME_TYPES = ("person", "nickname", "place", "org", "name", "surname")
"""Types whose Chinese is a name (a derived traditional form of one that is no person's is OpenCC's)."""

PERSON_TYPES = ("person", "nickname")
"""Types whose Chinese a derived simplified form writes by the person's rule (`zhgloss.convert.name_to_simplified`:
徐乾學 -> 徐乾学, 王汎森 stays), as `add` writes them; a place's, an organisation's or a name's goes by the rule of a
name that is no person's (`zhgloss.convert.thing_to_simplified`: 乾安 stays; 甕安 -> 瓮安, 於田 -> 于田, 江乾 ->
江干)."""

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
PROCESS_STATUS = "processStatus"
PROVISIONAL = "provisionallyProcessed"
_UNCHECKED = ("unprocessed", "provisionallyprocessed")
ROLES = "x-zhgloss-roles"
EN_ADOPTED = "x-zhgloss-enAdopted"
ALWAYS_GLOSS = "x-zhgloss-alwaysGloss"
DRAFT = "x-zhgloss-draft"
SAFE_FORMS = "x-zhgloss-safeForms"
FORBIDDEN = "x-zhgloss-forbidden"  # the forbidden forms in the entry's order, JSON (the terms say it to other tools)
PINYIN = "x-zhgloss-pinyin"
ZH_ALIASES = "x-zhgloss-zhAliases"  # the Chinese aliases in the entry's order, JSON, where the langSets reorder them
EXPORT_MARK = "zhgloss"
STATUS = "x-zhgloss-status"
# Our forbidden statuses as TBX administrativeStatus values (TBX-Basic has deprecated and superseded only).
TBX_STATUS = {
    "deprecated": "deprecatedTerm-admn-sts",
    "superseded": "supersededTerm-admn-sts",
    "not_recommended": "deprecatedTerm-admn-sts",
    "forbidden": "deprecatedTerm-admn-sts",
    # ISO 12620's obsoleteTerm is a temporalQualifier, no administrativeStatus: other tools read it as deprecated, and
    # the exact status rides in x-zhgloss-status.
    "obsolete": "deprecatedTerm-admn-sts",
}
# Words in a status value that ban a term: deprecatedTerm-admn-sts, supersededTerm-admn-sts, notRecommended, forbidden.
_BANNED_RE = re.compile(r"deprecat|supersed|notrecommended|not recommended|not_recommended|forbidden|obsolete")
# The same statuses as a Chinese termbase writes them: 禁用 forbidden, 不推荐 not recommended, 弃用 deprecated ...
_CHINESE_BANNED = {
    **dict.fromkeys(["禁用", "禁止", "禁止使用"], "forbidden"),
    **dict.fromkeys(["不推荐", "不推薦", "不建议", "不建議"], "not_recommended"),
    **dict.fromkeys(["弃用", "棄用", "废弃", "廢棄"], "deprecated"),
    **dict.fromkeys(["过时", "過時", "已过时", "已過時"], "obsolete"),
    **dict.fromkeys(["已取代", "被取代", "取代"], "superseded"),
}
_CHINESE_BANNED_RE = re.compile("|".join(sorted(_CHINESE_BANNED, key=len, reverse=True)))
# Status values as termbases write them, compared by `_status_key` (case, spaces, "-", "_", a "Term" suffix and
# "-admn-sts" aside), and how zhgloss reads each (U30-16). Sources: ISO 12620 as TBX-Basic uses it --
# administrativeStatus preferredTerm-, admittedTerm-, deprecatedTerm-, supersededTerm-admn-sts; normativeAuthorization
# standardizedTerm, legalTerm, regulatedTerm; temporalQualifier obsoleteTerm, outdatedTerm, archaicTerm; processStatus
# unprocessed, provisionallyProcessed, finalized; languagePlanningQualifier proposedTerm, newTerm, recommendedTerm,
# nonstandardizedTerm --; the term statuses SDL WorldServer's help lists for TBX termbases ("Term Status": Proposed,
# Approved, Preferred, Standardized, Legal, Regulated, Deprecated, Superseded, Rejected); and the values of the
# Status picklists MultiTerm termbases define for themselves (Forbidden, Do not use, Not approved, Banned, Avoid,
# Outdated, Non-preferred, Draft). A term with a value not listed is kept as its langSet says and reported.
_BANNING_STATUSES = {
    # Says not to write the term. "Rejected" in WorldServer is a candidate refused as a term: no accepted form either.
    **dict.fromkeys(
        [
            "rejected", "do not use", "dont use", "don't use", "not approved", "unapproved", "banned", "prohibited",
            "avoid", "incorrect", "wrong", "erroneous", "not allowed", "disallowed", "blacklisted", "blocked",
        ],
        "forbidden",
    ),
    **dict.fromkeys(["non preferred", "nonpreferred", "not preferred", "discouraged"], "not_recommended"),
    **dict.fromkeys(["outdated", "out of date", "retired"], "obsolete"),
}  # fmt: skip
_PROPOSED_STATUSES = frozenset(
    ["proposed", "draft", "new", "candidate", "pending", "suggested", "unverified", "unreviewed", "under review",
     "to be reviewed", "for review", "provisional", "unprocessed", "provisionally processed", "provisionallyprocessed"]
)  # fmt: skip
"""Values that say the term is a proposal not yet checked: read as processStatus provisionallyProcessed is (a draft)."""
_ACCEPTING_STATUSES = frozenset(
    ["preferred", "admitted", "approved", "standardized", "legal", "regulated", "accepted", "valid", "active",
     "finalized", "recommended", "verified", "validated", "confirmed", "released", "allowed", "permitted", "archaic",
     "admissible", "acceptable", "main", "synonym", "inactive", "nonstandardized"]
)  # fmt: skip
"""Values that neither ban a term nor say it is a proposal: known, not reported."""
# Categories that carry a term's status: TBX-Basic's administrativeStatus, ISO 12620's normativeAuthorization.
_STATUS_CATEGORIES = frozenset(c.lower() for c in ("administrativeStatus", "normativeAuthorization", "usageStatus"))
"""Categories (lower-cased, as every category is compared) that carry a term's status."""
_NAMED_STATUS_CATEGORIES = frozenset(
    ["status", "termstatus", "temporalqualifier", "usagestatus", "normativestatus", "acceptability", "statut"]
)
"""Categories (lower-cased, without spaces) a termbase tool may give a term's status under: "Status" and "Term Status",
the names ISO 12620's data category registry lists for administrativeStatus (ISOcat DC-70), which MultiTerm and other
tools use for a field of their own, and ISO 12620's temporalQualifier (obsoleteTerm); "Usage status" and "Normative
status" (ISO 12620's usageStatus and normativeAuthorization written as a field's name), "Acceptability" (the name
terminology standards give the ranking: preferred, admitted, deprecated) and French "Statut" (user U33-2: each was an
accepted alias, the ban a note). Their value is the term's status where it bans the term or says it is preferred or
admitted; any other value ("approved", "archaicTerm") is a note."""
_STATUS_VALUE_RE = re.compile(r"^(?:preferred|admitted|standardized|legal|regulated)", re.IGNORECASE)
_USAGE_CATEGORIES = frozenset(["usage"])
"""Categories (lower-cased) whose value is a status only when it is one word of status and nothing else: a term's
`usage` in TBX v3 files and DITA's termentry (usage="obsolete", "notRecommended"); MultiTerm's free-text "Usage"
field ("avoid in headlines") is a note."""
_STATUS_WORD_RE = re.compile(
    r"(?:obsolete|deprecated|superseded|not ?recommended|forbidden|preferred|admitted)(?:[ _-]?term)?(?:-admn-sts)?",
    re.IGNORECASE,
)
_NOTE_CATEGORIES = ("note", "usagenote")
"""Categories (lower-cased) whose text is the note as it is, unlabelled."""
_DEFINITION = "definition"
# Descriptive categories of TBX v3's DCT style, where a category is an element of its own name (in DCA style any
# `descrip` is descriptive): TBX-Basic's definition and context, and the usual free-text ones.
_DESCRIPTIVE_CATEGORIES = frozenset(["definition", "context", "explanation", "example", "usage", "comment", "remark"])
# Descrips that are fields of an entry (read by `_entry`), not notes.
_FIELD_DESCRIPS = frozenset(
    c.lower()
    for c in ("subjectField", ROLES, EN_ADOPTED, ALWAYS_GLOSS, DRAFT, SAFE_FORMS, FORBIDDEN, PINYIN, ZH_ALIASES)
)
_CODED_DESCRIPS = frozenset(["reliabilitycode"])
"""Descrips (lower-cased) whose value is a code from a picklist, not text: TBX's reliabilityCode (1-10, IATE 1-4)."""
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def dump_tbx(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` to `fp` as a TBX-Basic `martif` document; return how many were written."""
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = ET.SubElement(root, "martifHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    ET.SubElement(ET.SubElement(file_desc, "titleStmt"), "title").text = "zhgloss glossary"
    ET.SubElement(ET.SubElement(file_desc, "sourceDesc"), "p").text = f"{EXPORT_MARK} {__version__}"
    ET.SubElement(ET.SubElement(header, "encodingDesc"), "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    count = 0
    for entry in entries:
        body.append(_term_entry(entry))
        count += 1
    ET.indent(root, space="  ")
    fp.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    # An XML parser turns a raw carriage return into a line feed; a character reference survives.
    # ET.indent writes only line feeds, so every "\r" here is inside a note.
    fp.write(ET.tostring(root, encoding="unicode").replace("\r", "&#13;"))
    fp.write("\n")
    return count


def _term_entry(entry: Entry) -> ET.Element:
    elem = ET.Element("termEntry", {"id": entry.id})
    ET.SubElement(elem, "descrip", {"type": "subjectField"}).text = entry.type
    if entry.note:
        ET.SubElement(elem, "note").text = entry.note
    if entry.refers_to:
        ET.SubElement(elem, "ref", {"type": "crossReference", "target": entry.refers_to}).text = entry.refers_to
    for source in entry.sources:
        ET.SubElement(elem, "admin", {"type": "source"}).text = source
    if entry.roles:
        roles = [role.to_dict() for role in entry.roles]
        ET.SubElement(elem, "descrip", {"type": ROLES}).text = json.dumps(roles, ensure_ascii=False)
    if entry.en_adopted:
        ET.SubElement(elem, "descrip", {"type": EN_ADOPTED}).text = "true"
    if entry.always_gloss:
        ET.SubElement(elem, "descrip", {"type": ALWAYS_GLOSS}).text = "true"
    if entry.draft:
        ET.SubElement(elem, "descrip", {"type": DRAFT}).text = "true"
    if entry.safe_forms:
        ET.SubElement(elem, "descrip", {"type": SAFE_FORMS}).text = json.dumps(entry.safe_forms, ensure_ascii=False)
    if len(entry.forbidden) > 1:
        forbidden = [f.to_dict() for f in entry.forbidden]
        ET.SubElement(elem, "descrip", {"type": FORBIDDEN}).text = json.dumps(forbidden, ensure_ascii=False)
    if entry.pinyin and not entry.zh:
        ET.SubElement(elem, "descrip", {"type": PINYIN}).text = entry.pinyin
    # A forbidden form is no accepted one (`Entry` refuses both): it is a term of its language's langSet with the
    # status that bans it, after the accepted ones.
    chinese_banned = [f for f in entry.forbidden if has_cjk(f.form)]
    english_banned = [f for f in entry.forbidden if not has_cjk(f.form)]
    # Each Chinese form goes in the langSet of its script, so another tool reads the traditional ones as traditional.
    chinese = [entry.zh or "", *entry.zh_aliases, *(f.form for f in chinese_banned)]
    hant_aliases = [a for a in entry.zh_aliases if is_traditional_form(a, chinese)]
    hans_aliases = [a for a in entry.zh_aliases if a not in hant_aliases]
    if hans_aliases + hant_aliases != list(entry.zh_aliases):
        # The two langSets read back in order would reorder the aliases: keep the entry's order for our import.
        ET.SubElement(elem, "descrip", {"type": ZH_ALIASES}).text = json.dumps(entry.zh_aliases, ensure_ascii=False)
    hant_banned = [f for f in chinese_banned if is_traditional_form(f.form, chinese)]
    hans_banned = [f for f in chinese_banned if f not in hant_banned]
    # A draft's forms are proposals: none is preferred, and each says it is not yet checked.
    main, draft = ("", True) if entry.draft else (PREFERRED, False)
    if entry.zh or hans_aliases or hans_banned:
        lang = _lang_set(elem, "zh")
        if entry.zh:
            _tig(lang, entry.zh, main, pronunciation=entry.pinyin, draft=draft)
        for alias in hans_aliases:
            _tig(lang, alias, ADMITTED, draft=draft)
        for banned in hans_banned:
            _tig(lang, banned.form, ADMITTED, banned=banned.status)
    if entry.zh_hant or hant_aliases or hant_banned:
        lang = _lang_set(elem, "zh-Hant")
        if entry.zh_hant:
            _tig(lang, entry.zh_hant, main, draft=draft)
        for alias in hant_aliases:
            _tig(lang, alias, ADMITTED, draft=draft)
        for banned in hant_banned:
            _tig(lang, banned.form, ADMITTED, banned=banned.status)
    lang = _lang_set(elem, "en")
    _tig(lang, entry.en, main, draft=draft)
    for alias in entry.aliases:
        _tig(lang, alias, ADMITTED, draft=draft)
    for banned in english_banned:
        _tig(lang, banned.form, ADMITTED, banned=banned.status)
    return elem


def _lang_set(parent: ET.Element, lang: str) -> ET.Element:
    return ET.SubElement(parent, "langSet", {XML_LANG: lang})


def _tig(
    parent: ET.Element,
    term: str,
    status: str,
    pronunciation: str | None = None,
    banned: str | None = None,
    draft: bool = False,
) -> None:
    tig = ET.SubElement(parent, "tig")
    ET.SubElement(tig, "term").text = term
    if banned or status:
        ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = TBX_STATUS[banned] if banned else status
    if banned:
        ET.SubElement(tig, "termNote", {"type": STATUS}).text = banned
    elif draft:
        ET.SubElement(tig, "termNote", {"type": PROCESS_STATUS}).text = PROVISIONAL
    if pronunciation:
        ET.SubElement(tig, "termNote", {"type": "pronunciation"}).text = pronunciation


@dataclass
class _Term:
    text: str
    status: str = ""
    pronunciation: str | None = None
    notes: list[str] = field(default_factory=list)
    unchecked: bool = False  # processStatus unprocessed or provisionallyProcessed: a proposal
    lang: str = ""  # the language tag of its langSet, as the file writes it
    sources: list[str] = field(default_factory=list)  # TBX-Basic's term-level source (admin type="source")
    unknown: list[str] = field(default_factory=list)  # status values zhgloss does not know (reported, `_entry`)
    passed: list[str] = field(default_factory=list)  # categories of its fields zhgloss does not keep (`_is_passed`)
    copied: str | None = None  # what to say of a Chinese term that copies the English, the concept left without
    # Chinese by it (`_pass_untranslated_copies`): said with the draft, kept or passed over (`without_repeated_drafts`)

    @property
    def banned(self) -> str | None:
        """The forbidden status this term's status means ("deprecated", ...), or None for an accepted term."""
        return banned_status(self.status)


def banned_status(status: str) -> str | None:
    """The forbidden status (one of `zhgloss.model.FORBIDDEN_STATUSES`) a term's status value means, or None if it
    bans nothing: TBX's deprecatedTerm-admn-sts and supersededTerm-admn-sts, notRecommended, forbidden, obsolete, in
    any case and with spaces ("Not recommended", as Crowdin and MultiTerm write it); "preferred" is None."""
    folded = status.strip().lower()
    if folded in FORBIDDEN_STATUSES:
        return folded
    if (listed := _BANNING_STATUSES.get(_status_key(status))) is not None:
        return listed  # Rejected, Do not use, Not approved, Banned, Avoid, Outdated, Non-preferred ... (U30-16)
    match = _BANNED_RE.search(folded)
    if match is None:
        chinese = _CHINESE_BANNED_RE.search(folded)
        return _CHINESE_BANNED[chinese.group()] if chinese else None
    word = match.group()
    if word == "obsolete":
        return "obsolete"  # ISO 12620's temporalQualifier obsoleteTerm; Crowdin's and DITA's "obsolete"
    if word.startswith("deprecat"):
        return "deprecated"
    if word.startswith("supersed"):
        return "superseded"
    return "forbidden" if word == "forbidden" else "not_recommended"


def _status_key(status: str) -> str:
    """A status value compared without case, separators, a "Term" suffix or "-admn-sts" ("Do_not-use" -> "do not
    use", "rejectedTerm-admn-sts" -> "rejected", "Non-preferred" -> "non preferred")."""
    key = re.sub(r"-admn-sts$", "", status.strip().lower())
    key = re.sub(r"(?<=[a-z])[ _-]?term$", "", key)
    return re.sub(r"[\s_-]+", " ", key).strip()


def is_proposed_status(status: str) -> bool:
    """Tell whether a status value says the term is a proposal not yet checked (Proposed, Draft, proposedTerm)."""
    return _status_key(status) in _PROPOSED_STATUSES


def is_known_status(status: str) -> bool:
    """Tell whether zhgloss knows what a status value says (see `_BANNING_STATUSES`); an unknown one is reported."""
    key = _status_key(status)
    return (
        bool(banned_status(status))
        or key in _PROPOSED_STATUSES
        or key in _ACCEPTING_STATUSES
        or _STATUS_VALUE_RE.match(key) is not None
    )


@dataclass
class _Concept:
    id: str | None
    fields: list[tuple[str, ET.Element]] = field(default_factory=list)
    terms: dict[str, list[_Term]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # notes of a langSet or a term, in file order
    sources: list[str] = field(default_factory=list)  # the sources of its terms, each prefixed with its term
    empty: list[str] = field(default_factory=list)  # the language tags of the langSets holding an empty <term>
    both: list[tuple[str, _Term, _Term]] = field(default_factory=list)  # (langSet's tag, accepted, banned) of a form
    unlabelled: list[str] = field(default_factory=list)  # first terms of langSets without a language, read as Chinese
    passed: list[str] = field(default_factory=list)  # categories of its fields zhgloss does not keep (`_is_passed`)
    copied: str | None = None  # what to say of a Chinese term that copies the English, the concept left without
    # Chinese by it (`_pass_untranslated_copies`): said with the draft, kept or passed over (`without_repeated_drafts`)


def load_tbx(fp: TextIO, source: str = "<tbx>") -> Iterator[Entry]:
    """Read entries from TBX (v2 martif or v3 tbx); raise FormatError on a malformed or unsafe file."""
    import io

    import defusedxml
    import defusedxml.ElementTree as SafeET

    from zhgloss.formats import check_xml_tokens

    text = fp.read()
    check_xml_tokens(text, source)
    try:
        tree = SafeET.parse(io.StringIO(text), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as exc:
        declared = re.search(r"<!ENTITY\s+(?:%\s+)?" + re.escape(exc.name or ""), text)
        raise FormatError(
            source,
            f"refused: the file declares the XML entity {exc.name!r}; zhgloss never expands entities "
            "(they are how entity-expansion bombs and external-entity attacks work): remove the DOCTYPE's entity "
            "declarations (<!ENTITY ...>), or export the termbase again without them (nothing was imported)",
            text.count("\n", 0, declared.start()) + 1 if declared else None,
        ) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden, defusedxml.NotSupportedError) as exc:
        raise FormatError(
            source,
            f"refused: {exc}; zhgloss reads nothing a file points to outside itself: remove the DOCTYPE's "
            "declarations, or export the termbase again without them (nothing was imported)",
        ) from None
    except ET.ParseError as exc:
        raise FormatError(source, f"not well-formed XML: {_parse_problem(exc)}", exc.position[0]) from None
    root = tree.getroot()
    kind = _local(root.tag)
    tbx_min = kind == "TBX" and (root.get("dialect") or "").lower() == "tbx-min"
    if kind not in ("martif", "tbx", "mtf") and not tbx_min:
        from zhgloss.formats import other_xml_kind

        other = other_xml_kind(kind)
        raise FormatError(
            source,
            f"not TBX: the root element is <{kind}>, not <martif> or <tbx> (or MultiTerm's <mtf>)"
            + (f": the file is {other}" if other else ""),
        )
    ours = any(EXPORT_MARK in (p.text or "") for p in root.iter() if _local(p.tag) == "p")
    stripped = ours and not _keeps_own_fields(root)
    ids = IdMaker()
    # TBX-Min (LTAC's dialect, `<TBX dialect="TBX-Min">`) names a concept <entry> (user U33-20).
    concept_tags = (*_CONCEPTS, "entry") if tbx_min else _CONCEPTS
    concepts = [_concept(elem) for elem in root.iter() if _local(elem.tag) in concept_tags]
    for concept in concepts:
        if ours and concept.id and _ID_RE.match(concept.id):
            ids.claim(concept.id, None)
    unique = UniqueEntries(source, "termEntries", "termEntry")
    lines = _concept_lines(text, len(concepts), _MIN_ENTRY_TAG_RE if tbx_min else _CONCEPT_TAG_RE)
    _note_other_languages(concepts, lines, source)
    refused = Refusals("termEntries")  # every bad termEntry is named, not the first alone
    if ours:
        for number, (concept, line) in enumerate(zip(concepts, lines, strict=True), 1):
            try:
                entry = _entry(concept, number, ids, ours, source, line)
                if stripped:
                    entry = _with_unsaid_fields(entry, source, line)
                entry = unique.check(entry, number)
            except FormatError as exc:
                refused.add(exc)
                continue
            if not refused:
                yield entry
        refused.raise_any()
        return
    # Another tool's file: its concept ids number the concepts of that file (MultiTerm's 1, 2, 3 in every termbase),
    # no entry of the glossary: each entry's id is made from its names, as a CSV row's is, and a crossReference to
    # a concept of the file is to the entry made of it (U30-23).
    read: list[tuple[int, _Concept, Entry]] = []
    drafts: dict[str, tuple[int, str | None]] = {}  # a draft without Chinese: its line, what its copy note says
    entry_of: dict[str, str] = {}
    for number, (concept, line) in enumerate(zip(concepts, lines, strict=True), 1):
        if not _has_term_to_keep(concept):
            _note(f"{_where(concept, number)} has no Chinese or English term: passed over", source, line)
            continue
        try:
            entry = judged_english(_entry(concept, number, ids, ours, source, line), source, line)
        except FormatError as exc:
            refused.add(exc)
            continue
        read.append((number, concept, entry))
        if entry.zh is None and entry.draft:
            drafts[entry.id] = (line, concept.copied)
        if concept.id:
            entry_of.setdefault(concept.id, entry.id)
    _note_passed_fields(read, lines, source)
    # A draft without Chinese whose English another concept of the file translates is no second entry, as a table's
    # row is not (the rule both follow: `without_repeated_drafts`; the s32 review's R8).
    kept = {id(entry) for entry in without_repeated_drafts([entry for _, _, entry in read], drafts, source)}
    for number, concept, entry in read:
        if id(entry) not in kept:
            continue
        if entry.refers_to in entry_of:
            said = said_fields(entry)
            entry = entry.replace(refers_to=entry_of[entry.refers_to])
            entry = says(entry, said) if said is not None else entry
        try:
            checked = unique.check(entry, number, concept.id)
        except FormatError as exc:
            # Named by the file's own id, which the user can find, not the one made here.
            problem = exc.problem.replace(f"entry {entry.id!r}", f"entry of termEntry {concept.id!r}", 1)
            refused.add(FormatError(exc.source, problem, exc.line) if concept.id else exc)
            continue
        if not refused:
            yield checked
    refused.raise_any()


_CONCEPT_TAG_RE = re.compile(r"<(?:[\w.-]+:)?(?:termEntry|conceptEntry|conceptGrp)[\s/>]")
_MIN_ENTRY_TAG_RE = re.compile(r"<(?:[\w.-]+:)?entry[\s/>]")


def _concept_lines(text: str, count: int, tags: re.Pattern[str] = _CONCEPT_TAG_RE) -> list[int]:
    """The line of each concept's start tag (termEntry, conceptEntry, conceptGrp) in `text`, in file order (the order
    ElementTree finds them in); 1 for each where the tags found are not `count` (one inside a comment)."""
    starts = [m.start() for m in tags.finditer(text)]
    if len(starts) != count:
        return [1] * count
    lines, line, at = [], 1, 0
    for start in starts:
        line += text.count("\n", at, start)
        at = start
        lines.append(line)
    return lines


def _where(concept: _Concept, number: int) -> str:
    return f"termEntry {concept.id!r}" if concept.id else f"termEntry #{number}"


def _note(text: str, source: str, line: int) -> None:
    """Issue an `zhgloss.formats.table.ImportNote` (the CLI says it on stderr: "note: FILE, line N: TEXT")."""
    import warnings

    from zhgloss.formats.table import ImportNote

    warnings.warn_explicit(ImportNote(text, source, line), ImportNote, source, line, module=__name__)


def is_pinyin_language(lang: str) -> bool:
    """Tell whether a language tag is Chinese written in Latin letters, pinyin (zh-Latn, zh-Latn-pinyin, cmn-Latn)."""
    parts = lang.lower().replace("_", "-").split("-")
    return parts[0] in _HAN_LANGUAGES and "latn" in parts[1:]


def _has_term_to_keep(concept: _Concept) -> bool:
    """Tell whether a concept has an English or a Chinese term (an accepted or a banned one)."""
    return any(terms and (_is_english(lang) or chinese_script(lang)) for lang, terms in concept.terms.items())


def _note_other_languages(concepts: list[_Concept], lines: list[int], source: str) -> None:
    """Say once, at the first concept that has one, which langSets of other languages (ja, de) were passed over and
    in how many termEntries: zhgloss keeps Chinese and English (and zh-Latn as pinyin)."""
    seen: dict[str, int] = {}
    first = 0
    for concept, line in zip(concepts, lines, strict=True):
        for lang, terms in concept.terms.items():
            if terms and not (_is_english(lang) or chinese_script(lang) or is_pinyin_language(lang)):
                first = first or line
                seen[lang or "?"] = seen.get(lang or "?", 0) + 1
    if seen:
        said = ", ".join(f"{lang!r} ({count_of(n, 'termEntry', 'termEntries')})" for lang, n in seen.items())
        _note(f"passed over the langSets of other languages, {said}: zhgloss keeps Chinese and English", source, first)


_PASSED_ELEMENTS = frozenset(["admin", "termNote", "descrip", "ref", "xref"])
_UNKEPT_CODES = frozenset(
    ["partofspeech", "termtype", "grammaticalgender", "grammaticalnumber", "reliabilitycode", "termlocation"]
)
"""Coded categories (lower-cased) zhgloss leaves out on purpose (every term of IATE's and Microsoft's files has them):
not counted as passed over."""


def _is_passed(elem: ET.Element) -> bool:
    """Tell whether `elem`, read as no field, note, source or status, is a data category zhgloss does not keep (an
    admin elementWorkingStatus, a termNote geographicalUsage), to be counted in one note (U30-27)."""
    return _local(elem.tag) in _PASSED_ELEMENTS and _category(elem).lower() not in _UNKEPT_CODES


def _note_passed_fields(read: list[tuple[int, _Concept, Entry]], lines: list[int], source: str) -> None:
    """Say once, at the first termEntry that has one, which fields zhgloss did not keep, and in how many termEntries."""
    seen: dict[str, int] = {}
    first = 0
    for number, concept, _ in read:
        for category in dict.fromkeys(concept.passed):
            first = first or lines[number - 1]
            seen[category] = seen.get(category, 0) + 1
    if seen:
        said = ", ".join(f"{c!r} ({count_of(n, 'termEntry', 'termEntries')})" for c, n in seen.items())
        _note(f"passed over the fields zhgloss does not keep, {said}", source, first)


def _parse_problem(exc: ET.ParseError) -> str:
    return re.sub(r": line \d+, column \d+$", "", str(exc))


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _category(elem: ET.Element) -> str:
    """The data category of an element: its type attribute (DCA style) or its own name (DCT style)."""
    name = _local(elem.tag)
    if name in ("descrip", "admin", "termNote", "ref", "xref", "transac"):
        return elem.get("type", name)
    return name


def _note_text(elem: ET.Element) -> str | None:
    """The note an element of a concept, a langSet or a term holds (see the module docstring), or None if none.

    A definition or a note is its text; another descriptive category is labelled with its name as the file writes
    it ("Usage: avoid in headlines", "context: ..."). None for an element that is no descriptive text, or is empty.
    """
    category = _category(elem)
    folded = category.lower()
    name = _local(elem.tag)
    descriptive = (
        (name == "descrip" and folded not in _FIELD_DESCRIPS and folded not in _CODED_DESCRIPS)
        or folded in _NOTE_CATEGORIES
        or (name not in ("termNote", "admin", "ref", "xref", "transac") and folded in _DESCRIPTIVE_CATEGORIES)
        or (name == "termNote" and folded in _USAGE_CATEGORIES)  # free text: a status word alone is read as status
        or (name == "admin" and folded in _ADMIN_NOTES)
        or name == "xref"
    )
    text = _text(elem) if descriptive else ""
    if name == "xref" and elem.get("target"):
        # TBX-Basic's externalCrossReference: a link, its text the link's name ("Xiaomi site (https://www.mi.com)").
        text = f"{text.strip()} ({elem.get('target')})" if text.strip() else elem.get("target", "")
    if not text:
        return None
    return text if folded in _NOTE_CATEGORIES or folded == _DEFINITION else f"{category}: {text}"


_ADMIN_NOTES = frozenset(["customersubset", "projectsubset", "subsetowner", "responsibility", "entrysource"])
"""TBX-Basic's admin categories (lower-cased) that say something about the entry a person may want (the customer
and project subsets: "customerSubset: Newsroom"), kept in the note as other descriptive text is (U30-27)."""

_LANGUAGE_NAMES = {
    **dict.fromkeys(["chinese", "中文", "汉语", "漢語"], "zh"),
    **dict.fromkeys(["english", "英文", "英语", "英語"], "en"),
}
_TRADITIONAL_NAMES = ("traditional", "taiwan", "hong kong", "macau", "macao", "繁体", "繁體")


def _language_tag(lang: str) -> str:
    """A langSet's language as a tag (lower case, "-"): a tag as written, or a language's name where a tag belongs,
    as some exporters write it (xml:lang="Chinese", "Chinese (Traditional)", "English (United States)") (U30-27)."""
    folded = lang.strip().lower()
    base = re.split(r"[\s(（,_-]", folded, maxsplit=1)[0]
    tag = _LANGUAGE_NAMES.get(base)
    if tag == "zh" and any(word in folded for word in _TRADITIONAL_NAMES):
        return "zh-hant"
    return tag or folded.replace("_", "-")


def _text(elem: ET.Element) -> str:
    # Left as written: Entry normalizes names and keeps a note's line breaks and full-width marks.
    text = "".join(elem.itertext())
    return text if text.strip() else ""


_CONCEPTS = ("termEntry", "conceptEntry", "conceptGrp")
"""Elements of one concept: TBX v2's termEntry, TBX v3's conceptEntry, MultiTerm XML's conceptGrp."""
_LANGUAGES = ("langSet", "langSec", "languageGrp", "langGroup")
"""Elements of one language of a concept: TBX v2's langSet, v3's langSec, MultiTerm XML's languageGrp, TBX-Min's
langGroup."""
_TERMS = ("tig", "ntig", "termSec", "termGrp", "termGroup")
"""Elements of one term: TBX-Basic's tig and ntig (whose own termGrp is read with it), v3's termSec, MultiTerm XML's
termGrp, TBX-Min's termGroup (its termStatus a status: `_NAMED_STATUS_CATEGORIES`)."""


def _concept(elem: ET.Element) -> _Concept:
    # MultiTerm XML numbers its concepts in a <concept> child; TBX gives an id attribute.
    number = next((_text(c).strip() for c in elem if _local(c.tag) == "concept"), None)
    concept = _Concept(elem.get("id") or number)
    for child in elem:
        _collect(child, concept)
    return concept


def _language_of(elem: ET.Element) -> str:
    """The language tag of a langSet or langSec (xml:lang), or of MultiTerm's languageGrp (its <language lang=>)."""
    lang = elem.get(XML_LANG) or elem.get("lang")
    if lang is None:
        lang = next((c.get("lang") for c in elem if _local(c.tag) == "language" and c.get("lang")), None)
    return lang or ""


def _collect(elem: ET.Element, concept: _Concept) -> None:
    name = _local(elem.tag)
    if name in _LANGUAGES:
        lang = _language_tag(_language_of(elem))
        first = next((e for e in elem.iter() if _local(e.tag) == "term"), None)
        if not lang and first is not None and has_cjk(_text(first)):
            # No language given, and its term is written in Chinese characters: read as Chinese, and said (`_entry`).
            lang = "zh"
            concept.unlabelled.append(_text(first).strip())
        terms = concept.terms.setdefault(lang, [])
        own: dict[str, list[_Term]] = {}  # this langSet's terms by their text
        inside: set[int] = set()  # elements of a term, read by _term
        for term_elem in elem.iter():
            if id(term_elem) in inside:
                continue
            if _local(term_elem.tag) in _TERMS:
                inside.update(id(e) for e in term_elem.iter())
                term = _term(term_elem)
                if term is None and any(_local(e.tag) == "term" for e in term_elem.iter()):
                    concept.empty.append(_language_of(elem) or "?")
                if term is not None:
                    term.lang = _language_of(elem)
                    terms.append(term)
                    own.setdefault(normalize(term.text), []).append(term)
                    concept.notes += [f"{term.text}: {note}" for note in term.notes]
                    concept.sources += [f"{term.text}: {text}" for text in term.sources]
                    concept.passed += term.passed
            elif _category(term_elem).lower() == _DEFINITION and _text(term_elem):
                concept.fields.append((_DEFINITION, term_elem))
                inside.update(id(e) for e in term_elem.iter())
            elif _category(term_elem).lower() == "source" and _text(term_elem).strip():
                # A language's own source (TBX-Basic lets a descripGrp of a langSet hold one): prefixed with the
                # language as written, as a term's is with its term ("zh-CN: https://zh.wikipedia.org/...").
                concept.sources.append(f"{_language_of(elem) or '?'}: {_text(term_elem).strip()}")
                inside.update(id(e) for e in term_elem.iter())
            elif (note := _note_text(term_elem)) is not None:
                concept.notes.append(note)
                # Its text is its whole subtree's: an element inside it is part of this note, not one of its own
                # (reading each of N nested ones again took time N squared, U30-35).
                inside.update(id(e) for e in term_elem.iter())
            elif _is_passed(term_elem):
                concept.passed.append(_category(term_elem))
        for same in own.values():
            kept, banned = (next((t for t in same if bool(t.banned) is b), None) for b in (False, True))
            if kept is not None and banned is not None:
                concept.both.append((_language_of(elem) or "?", kept, banned))
    elif name in ("descripGrp", "adminGrp", "transacGrp", "noteGrp"):
        for child in elem:
            _collect(child, concept)
    else:
        category = _category(elem)
        if category.lower() in _SUBJECT_CATEGORIES and subject_type(_text(elem)) is not None:
            # A subject by another of its names that names a type (MultiTerm's "Subject" Persons, a "Domain"
            # Companies) types the concept as TBX's subjectField does (U35-17: MultiTerm's was a note, typed name).
            category = "subjectField"
        concept.fields.append((category, elem))


_SUBJECT_CATEGORIES = frozenset(["subject", "subject field", "domain", "subjectfield"])
"""Names (lower-cased) a concept's subject has in termbase tools: TBX's subjectField, MultiTerm's Subject, Domain."""

_PRONUNCIATION_CATEGORIES = frozenset(["pronunciation", "pinyin", "hanyu pinyin", "拼音"])
"""Categories of a term's reading: TBX's termNote pronunciation, and the field termbase tools name for it themselves
(MultiTerm's `<descrip type="Pinyin">`, user U32-27: was a note "Pinyin: Zēng Guófān", the entry without pinyin)."""


def subject_type(text: str) -> str | None:
    """The zhgloss type a concept's subjectField names, or None where it names a domain ("Politics"): a type's own
    name, another spelling of it (Organisation, Company: `zhgloss.model.normalize_type`), a word a team's sheet types
    rows with (人名, Location, Brand: `zhgloss.formats.table.TYPE_WORDS`), each also in the plural a termbase's
    subject list uses (Persons, Companies, Places; user U33-12: every such concept was `name`, the field a note)."""
    from zhgloss.formats.table import TYPE_WORDS

    word = normalize(text).strip().lower()
    for form in dict.fromkeys([word, re.sub(r"ies$", "y", word), re.sub(r"s$", "", word)]):
        kind = TYPE_WORDS.get(form) or normalize_type(form)
        if kind in KNOWN_TYPES:
            return kind
    return None


def _term(elem: ET.Element) -> _Term | None:
    """Read a tig, an ntig (its termGrp and what follows it), a termSec or MultiTerm XML's termGrp."""
    term: _Term | None = None
    status, exact, pronunciation, unchecked = "", "", None, False
    notes: list[str] = []
    sources: list[str] = []
    unknown: list[str] = []
    passed: list[str] = []
    read: set[int] = set()  # elements inside one whose text was taken: their text is part of it
    for child in elem.iter():
        if id(child) in read:
            continue
        category = _category(child)
        if category == "term" and term is None:
            term = _Term(_text(child))
        elif category.lower() == STATUS.lower():
            exact = _text(child).strip()
        elif category.lower() in _STATUS_CATEGORIES or _is_named_status(child):
            text = _text(child).strip()
            if text and not is_known_status(text):
                unknown.append(text)
            if is_proposed_status(text):
                unchecked = True  # Proposed, Draft: as processStatus provisionallyProcessed says it
            elif not status or banned_status(text):
                status = text  # a banning status wins over another one given beside it
        elif category.lower() in _PRONUNCIATION_CATEGORIES:
            pronunciation = _text(child).strip() or None
        elif category.lower() == PROCESS_STATUS.lower():
            unchecked = _text(child).strip().lower() in _UNCHECKED
        elif category == "source" and _text(child).strip():
            sources.append(_text(child).strip())
        elif (note := _note_text(child)) is not None:
            notes.append(note)
            if _is_status_field(child) and not is_known_status(_text(child)):  # never empty: a note
                unknown.append(_text(child).strip())
        else:
            if _is_passed(child):
                passed.append(category)
            continue
        read.update(id(e) for e in child.iter() if e is not child)
    if term is None or not term.text:
        return None
    term.status, term.pronunciation, term.notes, term.sources = exact or status, pronunciation, notes, sources
    term.unchecked, term.unknown, term.passed = unchecked, unknown, passed
    return term


def _is_named_status(elem: ET.Element) -> bool:
    """Tell whether `elem` gives a term's status under a category named as `_NAMED_STATUS_CATEGORIES` are, with a
    value that bans the term or ranks it (preferred, admitted ...): MultiTerm's `<descrip type="Status">Forbidden`;
    or under `usage` with a value that is a status word alone (`<termNote type="usage">obsolete</termNote>`)."""
    folded = re.sub(r"[\s_-]", "", _category(elem).lower())
    if folded not in _USAGE_CATEGORIES and folded not in _NAMED_STATUS_CATEGORIES:
        return False  # before reading its text: an element's text is all of its subtree's (U30-35)
    text = _text(elem).strip()
    if folded in _USAGE_CATEGORIES:
        return _STATUS_WORD_RE.fullmatch(text) is not None
    return bool(banned_status(text) or _STATUS_VALUE_RE.match(text) or is_proposed_status(text))


def _is_status_field(elem: ET.Element) -> bool:
    """Tell whether `elem` is a field named as a status is (MultiTerm's "Status"), whatever its value."""
    return re.sub(r"[\s_-]", "", _category(elem).lower()) in _NAMED_STATUS_CATEGORIES


def _split(terms: list[_Term]) -> tuple[_Term | None, list[_Term], list[_Term]]:
    """Return the preferred term (marked so, else the first accepted one not admitted), the others, the banned."""
    banned = [t for t in terms if t.banned]
    accepted = [t for t in terms if not t.banned]
    if not accepted:
        return None, [], banned
    preferred = next((t for t in accepted if t.status.lower().startswith("preferred")), None)
    if preferred is None:
        # No preferred term: the first one with no status is the main one (a file without statuses, or a
        # draft's, whose main terms have none); admitted terms alone are other forms of a missing main one.
        # A checked term before a proposed one (processStatus unprocessed), whatever their order in the file.
        main = [t for t in accepted if not t.status.lower().startswith("admitted")]
        preferred = next((t for t in main if not t.unchecked), None) or next(iter(main), None)
    return preferred, [t for t in accepted if t is not preferred], banned


def _keeps_own_fields(root: ET.Element) -> bool:
    """Tell whether a TBX file whose header names zhgloss's export still holds zhgloss's own fields: a descrip or a
    termNote of an `x-zhgloss-` type. A CAT tool that reads it drops what TBX-Basic does not know and keeps the
    header (the review's R46-15: pinyin and en_adopted lost, validate then failing); what such a file leaves unsaid
    is filled as another tool's is (`_with_unsaid_fields`)."""
    return any(
        (elem.get("type") or "").lower().startswith("x-zhgloss")
        for elem in root.iter()
        if _local(elem.tag) in ("descrip", "termNote")
    )


def _with_unsaid_fields(entry: Entry, source: str, line: int) -> Entry:
    """`entry`, read from zhgloss's own export after a tool dropped zhgloss's fields (`_keeps_own_fields`), with what
    the file no longer says left to the import to fill as for another tool's TBX: a pinyin it lacks (filled as add
    fills it, said) and en_adopted (read from the English by `judged_english`, said). Its ids, types and forms are the
    export's still (the review's R46-15: 61 of the bundled glossary's 68 entries came back without pinyin, and 4
    adopted names as validate errors)."""
    unsaid = {"en_adopted"} | ({"pinyin"} if entry.pinyin is None else set())
    return judged_english(says(entry, set(ENTRY_FIELDS + OPTIONAL_FIELDS) - unsaid), source, line)


def _entry(concept: _Concept, number: int, ids: IdMaker, ours: bool, source: str, line: int = 1) -> Entry:
    where = _where(concept, number)
    if not ours:
        _pass_untranslated_copies(concept, where, source, line)
    _check_terms(concept, where, source, ours)
    for text in concept.unlabelled:
        _note(
            f"{where}: a langSet without xml:lang holds {text!r}: read as Chinese by its characters; give the langSet "
            "its language (xml:lang='zh-CN', 'zh-TW')",
            source,
            line,
        )
    for term in (t for terms in concept.terms.values() for t in terms):
        for value in dict.fromkeys(term.unknown):
            _note(
                f"{where}: the term {term.text!r} has the status {value!r}, which zhgloss does not know: kept as an "
                "accepted term; if it says not to use the term, give it a status such as Forbidden, Deprecated or "
                "Do not use",
                source,
                line,
            )
    zh_terms: list[_Term] = []
    hant_terms: list[_Term] = []
    en_terms: list[_Term] = []
    latin_terms: list[_Term] = []
    for lang, terms in concept.terms.items():
        script = chinese_script(lang)
        if script == "traditional":
            hant_terms += terms
        elif script == "simplified":
            # Another tool's term in traditional characters under a tag that does not say so (a bare zh, or zh-CN
            # holding Taiwan's forms) is a traditional term, as a CSV's zh column in traditional characters is.
            for term in terms:
                (hant_terms if not ours and is_traditional_form(term.text) else zh_terms).append(term)
        elif _is_english(lang):
            en_terms += terms
        elif is_pinyin_language(lang):
            latin_terms += terms
    zh, zh_others, zh_banned = _split(zh_terms)
    hant, hant_others, hant_banned = _split(hant_terms)
    en, en_others, en_banned = _split(en_terms)
    proposed = False
    if en is None:
        chinese = zh or hant
        if chinese is None:
            raise FormatError(
                source,
                f"{where} has no accepted English term and no accepted Chinese one; give it an English term (a "
                "langSet xml:lang='en'), or remove the termEntry (nothing was imported)",
                line,
            )
        # A concept not yet translated into English, as a concept without Chinese is one not yet translated into
        # Chinese: a draft, whose English is its pinyin, a proposal for a person to replace (`validate` reports it).
        kind = next(
            (subject_type(_text(e)) for c, e in concept.fields if c == "subjectField" and subject_type(_text(e))),
            None,
        )
        en, proposed = _Term(_proposed_english(chinese.text, kind)), True
        _note(
            f"{where} has no accepted English term: imported as a draft whose English {en.text!r} is its pinyin, "
            "a proposal to check",
            source,
            line,
        )
    # A form accepted in one langSet and banned in another (悉尼 preferred in zh-CN, not recommended in zh-TW,
    # where Sydney is 雪梨): zhgloss keeps one set of forms for every region, so the form stays accepted (a
    # source may write it) and the regional ban is named in the note.
    accepted_in: dict[str, list[str]] = {}
    for kept in (zh, hant, en, *zh_others, *hant_others, *en_others):
        if kept is not None:
            accepted_in.setdefault(kept.text, []).append(kept.lang or "another langSet")
    accepted = set(accepted_in)
    regional = [t for t in (*en_banned, *zh_banned, *hant_banned) if t.text in accepted]
    en_banned, zh_banned, hant_banned = (
        [t for t in b if t.text not in accepted] for b in (en_banned, zh_banned, hant_banned)
    )
    # A proposed main term makes the whole entry a proposal (a draft); a proposed other term of a checked
    # entry is not one of its accepted forms (check would pass it, annotate gloss it as verified): it is
    # kept in the note, for a person to accept.
    draft = any(t.unchecked for t in (zh, hant, en) if t is not None)
    unchecked: list[str] = []
    if not draft:
        unchecked = [t.text for t in en_others + zh_others + hant_others if t.unchecked]
        en_others, zh_others, hant_others = (
            [t for t in terms if not t.unchecked] for terms in (en_others, zh_others, hant_others)
        )
    data: dict[str, Any] = {
        "zh": zh.text if zh else None,
        "zh_hant": hant.text if hant else None,
        "pinyin": (zh.pronunciation if zh else None)
        or (hant.pronunciation if hant else None)
        or _pinyin_term(latin_terms, zh or hant, where, source, line),
        "en": en.text,
        "aliases": [t.text for t in en_others],
        # A banned term is a forbidden form only, never also an accepted one (lookup and annotate would take it).
        "zh_aliases": [t.text for t in zh_others + hant_others],
        "forbidden": [{"form": t.text, "status": t.banned} for t in en_banned + zh_banned + hant_banned],
        "type": DEFAULT_TYPE,
        "draft": draft,
    }
    notes: list[str] = list(concept.notes)
    notes += [
        f"{t.text}: {(t.banned or 'forbidden').replace('_', ' ')} in {t.lang or 'one langSet'}, "
        f"accepted in {', '.join(dict.fromkeys(accepted_in[t.text]))}"
        for t in regional
    ]
    if unchecked:
        # Said by a processStatus, or by a status such as Proposed or Draft (`is_proposed_status`).
        notes.append(f"proposed in the source, not yet checked: {', '.join(unchecked)}")
    if proposed:
        data["draft"] = True
        notes.append(PROPOSAL_REMARK)
    definitions: list[str] = []
    sources: list[str] = []
    typed = False
    for category, elem in concept.fields:
        text = _text(elem)
        if category == "subjectField" and text:
            if ours or subject_type(text) is not None:
                data["type"] = text if ours else subject_type(text)
                typed = True
            else:
                notes.append(f"subject field: {text}")
        elif category.lower() == _DEFINITION and text:
            definitions.append(text)
        elif category == "source" and text:
            sources.append(text)
        elif category == "crossReference" and _ID_RE.match(elem.get("target") or text):
            data["refers_to"] = elem.get("target") or text
        elif category == ROLES and text:
            data["roles"] = _roles(text, where, source)
        elif category == SAFE_FORMS and text:
            data["safe_forms"] = _json_list(text, SAFE_FORMS, where, source)
        elif category == FORBIDDEN and text and ours:
            data["forbidden"] = _json_list(text, FORBIDDEN, where, source)
        elif category == ZH_ALIASES and text and ours:
            data["zh_aliases"] = _json_list(text, ZH_ALIASES, where, source)
        elif category == PINYIN and text:
            data["pinyin"] = text
        elif category == EN_ADOPTED:
            data["en_adopted"] = _is_true(text)
        elif category == ALWAYS_GLOSS:
            data["always_gloss"] = _is_true(text)
        elif category == DRAFT:
            data["draft"] = _is_true(text)
        elif (note := _note_text(elem)) is not None:
            notes.append(note)
        elif _is_passed(elem):
            concept.passed.append(category)
    data["note"] = "; ".join(notes + definitions) or None
    data["sources"] = sources + concept.sources
    # What the termEntry says (`zhgloss.formats.says`): not the type it does not give, a traditional form derived
    # from its simplified term, nor the draft flag of a concept without Chinese (each the reader's, not the file's).
    unsaid = {"type"} if not typed else set()
    if not hant_terms:
        unsaid.add("zh_hant")
    if not data.get("draft") or proposed:
        unsaid.add("draft")
    if proposed:
        unsaid.add("en")
        if data["note"] == PROPOSAL_REMARK:
            # The reader's own remark is no note the termbase gives (a CSV row `小米,` says none either): a stored
            # entry's note is kept (the reviewer's R6); a new entry carries it, for a person to read.
            unsaid.add("note")
    if not ours:
        _pair_scripts(data, zh_others, hant, hant_others, [*zh_banned, *hant_banned])
        if not data.get("zh") and not data.get("zh_aliases"):
            data["draft"] = True  # a concept not yet translated into Chinese, as a CSV row without it (`table`)
        if not typed:  # a termbase's concept is a controlled term, which check enforces (after the scripts' rules)
            english = [normalize(en.text), *data.get("aliases", [])]
            code = data.get("zh") and is_stock_code_of(normalize(data["zh"]), english)
            data["type"] = "stock_code" if code else untyped_type(normalize(en.text))
    if ours and concept.id and _ID_RE.match(concept.id):
        data["id"] = concept.id
    else:
        data["id"] = ids.make(normalize(en.text), normalize(data["zh"]) if data["zh"] else None)
        unsaid.add("id")  # made here: the store finds the stored entry by its forms (`Glossary.import_documents`)
    try:
        entry = Entry.from_dict(data)
    except (InvalidEntryError, TypeError) as exc:
        raise FormatError(source, f"{where}: invalid entry: {exc}") from None
    return entry if ours else says(entry, set(ENTRY_FIELDS + OPTIONAL_FIELDS) - unsaid)


PROPOSAL_REMARK = "the termbase gives no English: the English is the pinyin, a proposal"
"""The note of a concept without English (its English the pinyin the reader proposes)."""


def _proposed_english(chinese: str, kind: str | None = None) -> str:
    """The English a concept with Chinese alone is given as a proposal: its pinyin without tones, in words of two
    syllables (金山 -> "Jinshan", 字节跳动 -> "Zijie Tiaodong"; `zhgloss.pinyin.phrase_pinyin`). Not guessed as a
    person's name unless the termEntry's subject says it names one (金山云, Kingsoft Cloud, reads as one); a concept
    whose subject is Persons is spelt as `add` proposes a person, as a table's typed row is (`zhgloss.formats.table.
    proposed_english`: 赖清德 "Lai Qingde", not "Laiqingde": U35-36)."""
    from zhgloss.pinyin import phrase_pinyin

    if kind == "person":
        from zhgloss.formats.table import proposed_english

        return proposed_english(normalize(chinese), "person")
    return phrase_pinyin(simplified_form(normalize(chinese), DEFAULT_TYPE, []), tones=False)


def _pinyin_term(terms: list[_Term], chinese: _Term | None, where: str, source: str, line: int) -> str | None:
    """The first accepted zh-Latn term that reads as the pinyin of the concept's Chinese (孫中山: "Sūn Zhōngshān"),
    as its pinyin; None if none does (one that does not is passed over, with a note)."""
    if chinese is None:
        return None
    for term in terms:
        if term.banned:
            continue
        if reads_as_pinyin_of(normalize(term.text), normalize(chinese.text)):
            return normalize(term.text)
        _note(
            f"{where}: the {term.lang} term {term.text!r} does not read as the pinyin of {chinese.text}: passed over",
            source,
            line,
        )
    return None


def reads_as_pinyin_of(text: str, chinese: str) -> bool:
    """Tell whether `text`, in Latin letters (tone marks or none), reads as the pinyin of the Han characters
    `chinese`, one syllable each, every syllable a reading pypinyin lists for its character ("Sūn Zhōngshān" of
    孫中山, "Sun Yat-sen" not)."""
    import unicodedata

    from zhgloss.pinyin import heteronyms, split_syllables

    letters = "".join(
        c for c in unicodedata.normalize("NFD", text.lower().replace("ü", "v")) if "a" <= c <= "z" or c == "v"
    )
    han = [c for c in chinese if has_cjk(c)]
    if not letters or not han or len(han) != len(chinese.replace("·", "")):
        return False
    syllables = split_syllables(letters)
    return len(syllables) == len(han) and all(
        syllable in {reading.rstrip("012345") for reading in heteronyms(char)}
        for syllable, char in zip(syllables, han, strict=True)
    )


def _check_terms(concept: _Concept, where: str, source: str, ours: bool) -> None:
    """Refuse a concept (FormatError naming its termEntry) whose terms break the rules every import follows: an
    empty <term> (a blank name field); a term of a Chinese langSet without Chinese characters, or holding its
    English beside the Chinese, or one of an English langSet holding Chinese (`zhgloss.formats.table.
    chinese_term_problem`, `english_term_problem`: the rule a CSV row is held to); a form both accepted and banned
    in one langSet (README: an entry holding one form as both accepted and forbidden is refused). A form one langSet
    accepts and another bans is regional, and stays accepted (`_entry`). zhgloss's own export (`ours`) held valid
    entries when written: its scripts are not second-guessed, as a CSV in zhgloss's own layout's are not."""
    from zhgloss.formats.table import chinese_term_problem, english_term_problem

    if concept.empty:
        raise FormatError(
            source,
            f"{where}: an empty <term> in the {concept.empty[0]} langSet; write the term, or remove its "
            "tig (nothing was imported)",
        )
    english = [t.text for lang, terms in concept.terms.items() if _is_english(lang) for t in terms]
    kind = _concept_type(concept) or None  # a subjectField Places: its Latin Chinese term is refused (R45-2)
    problems: list[tuple[str, _Term, str]] = []
    for lang, terms in concept.terms.items():
        chinese = chinese_script(lang) is not None
        if not chinese and not _is_english(lang):
            continue
        for term in terms if not ours else ():
            text = normalize(term.text)
            said = chinese_term_problem(text, english, kind) if chinese else english_term_problem(text)
            if said:
                problems.append(("Chinese" if chinese else "English", term, said))
    if concept.both:
        lang, kept, banned = concept.both[0]
        raise FormatError(
            source,
            f"{where}: {kept.text!r} is both accepted ({kept.status or 'no status'}) and banned ({banned.status}) in "
            f"one {lang} langSet; keep one of its two terms (nothing was imported)",
        )
    if not problems:
        return
    _, term, said = problems[0]
    latin_chinese = any(k == "Chinese" and zh_script_problem(normalize(t.text)) for k, t, _ in problems)
    han_english = any(k == "English" and en_script_problem(normalize(t.text)) for k, t, _ in problems)
    fix = (
        "the Chinese and the English terms are in each other's langSets; swap them"
        if latin_chinese and han_english
        else "fix the term"
    )
    raise FormatError(source, f"{where}: the {term.lang} term {term.text!r} {said}; {fix} (nothing was imported)")


def _concept_type(concept: _Concept) -> str:
    """The type a concept's subjectField gives (`subject_type`: "Places" -> place), or "" where none does."""
    return next(
        (
            subject_type(_text(e)) or ""
            for c, e in concept.fields
            if c == "subjectField" and subject_type(_text(e)) is not None
        ),
        "",
    )


def _pass_untranslated_copies(concept: _Concept, where: str, source: str, line: int) -> None:
    """Take out of another tool's concept each accepted term of a Chinese langSet that is its English copied (a CAT
    tool's "copy source to target": zh-CN "Lei Jun" beside en "Lei Jun"), with a note naming the termEntry's line: the
    concept is not yet translated into Chinese, a draft without Chinese, as a table's row "Lei Jun,Lei Jun" is
    (`zhgloss.formats.table.untranslated_copy`, the rule both follow; user finding U27-38). A concept that types
    itself (a subjectField person) is not asked, as a table row with a type cell is not: Chinese text writes a person
    in characters, so the Latin is refused as ever (`_check_terms`); nor is Latin Chinese text keeps (OneDrive)."""
    from zhgloss.formats.table import join_list, untranslated_copy

    english = [t.text for lang, terms in concept.terms.items() if _is_english(lang) for t in terms if not t.banned]
    if not english:
        return
    cells = {"en": english[0], "aliases": join_list(english[1:]), "type": _concept_type(concept)}
    copies: list[str] = []
    for lang, terms in concept.terms.items():
        if chinese_script(lang) is None:
            continue
        kept = []
        for term in terms:
            copied = None if term.banned else untranslated_copy({**cells, "zh": term.text})
            if copied is None:
                kept.append(term)
                continue
            copies.append(
                f"the {term.lang or lang} term {normalize(term.text)!r} is the termEntry's English copied into the "
                f"Chinese langSet ({copied}, which Chinese text writes in characters)"
            )
        concept.terms[lang] = kept
    if not copies:
        return
    chinese = [t.text for lang, terms in concept.terms.items() if chinese_script(lang) for t in terms if not t.banned]
    if chinese:
        # The concept is imported with its Chinese: the copy is dropped, no draft (the s32 review's R8).
        _note(f"{where}: {copies[0]}: dropped, {normalize(chinese[0])!r} kept", source, line)
        return
    # Left without Chinese: a draft, said with what becomes of it once the file is read (`without_repeated_drafts`).
    concept.copied = f"{where}: {copies[0]}"


def _is_english(lang: str) -> bool:
    """Whether a langSet's tag is English's: "en" or ISO 639-2's "eng", either with a region or script after it (en-US;
    memoQ's three-letter codes, eng-US, eng-GB: U35-36, as zho-TW is Chinese)."""
    return lang.split("-")[0] in ("en", "eng")


def _is_true(text: str) -> bool:
    return text.strip().lower() in ("true", "yes", "1")


_HAN_LANGUAGES = frozenset(["zh", "cmn", "chi", "zho", "yue", "lzh", "wuu", "hak", "nan"])
"""Language subtags of Chinese written in Han characters: zh and its ISO 639 forms, and the languages BCP 47 gives
their own (Mandarin, Cantonese, Classical, Wu, Hakka, Min Nan), also as extlangs (zh-yue, zh-cmn-Hans)."""
_TRADITIONAL_REGIONS = frozenset(["tw", "hk", "mo"])
_SCRIPT_SUBTAGS = {"hant": "traditional", "hans": "simplified", "cht": "traditional", "chs": "simplified"}
"""Script subtags, and the .NET culture names zh-CHT and zh-CHS that older Microsoft tools write."""


def chinese_script(lang: str) -> str | None:
    """Tell which Chinese script a language tag is for: "simplified", "traditional", or None if not Chinese.

    The tag is read by its BCP 47 subtags: a script subtag decides (Hant, Hans; zh-CHT and zh-CHS, the .NET
    names; another script, zh-Latn for pinyin or zh-Bopo, is no Han text: None), else the region (TW, HK, MO
    are traditional), else the language's likely script by CLDR's likely subtags (yue, Cantonese, is written
    in traditional characters; zh, cmn and the others in simplified ones). So zh, zh-CN, zh-SG, zh-Hans,
    zh-Hans-HK and cmn are simplified, zh-TW, zh-HK, zh-MO, zh-Hant, cmn-Hant-TW and yue-HK traditional (the
    Microsoft Terminology Collection writes zh-tw). Case and "_" for "-" are as any tool writes them.
    """
    parts = lang.lower().replace("_", "-").split("-")
    if parts[0] not in _HAN_LANGUAGES:
        return None
    rest = parts[1:]
    language = rest.pop(0) if rest and rest[0] in _HAN_LANGUAGES else parts[0]  # an extlang: zh-yue, zh-cmn
    for part in rest:
        if part in _SCRIPT_SUBTAGS:
            return _SCRIPT_SUBTAGS[part]
        if len(part) == 4 and part.isalpha():
            return None
    if any(part in _TRADITIONAL_REGIONS for part in rest) or language == "yue":
        return "traditional"
    return "simplified"


def _pair_scripts(
    data: dict[str, Any],
    zh_others: list[_Term],
    hant: _Term | None,
    hant_others: list[_Term],
    banned: list[_Term],
) -> None:
    """Give every Chinese term of another tool's file both scripts, pairing the file's own forms of one term.

    `data` holds the preferred simplified term as zh (None if the file has only traditional langSets) and the
    preferred traditional one as zh_hant; `zh_others` and `hant_others` are the other accepted terms of the
    simplified and the traditional langSets, `hant` the traditional preferred term, `banned` the Chinese terms
    the file bans (already `data["forbidden"]`). Fills in place:

    - zh: the simplified preferred term, else the simplified form of the traditional one;
    - zh_hant: the file's traditional term that writes zh in the other script (a zh-CN and a zh-TW langSet of
      one concept), else zh's traditional form derived; a zh-TW term that is another word (軟體 beside 软件,
      歐巴馬 beside 奥巴马) is an alias, not zh's traditional form;
    - zh_aliases: each other term followed by its form in the other script, the file's own where it has it
      (paired, so a term in both langSets is listed once in each script), else derived;
    - forbidden: each banned Chinese term followed by its form in the other script, with its status.

    A derived form the file bans is not made an accepted one, but for zh itself: the simplified form of a
    traditional main term stays zh even where a simplified langSet bans it, the ban named in the note.
    Conversion is OpenCC's, with the name rules of `zhgloss.convert` for a person's name (see
    `simplified_form`, `traditional_form`).
    """
    kind, english = data["type"], [data["en"], *data["aliases"]]
    hant_texts = [t.text for t in ([hant] if hant is not None else []) + hant_others]
    banned_texts = {t.text for t in banned}
    zh = data["zh"]
    if zh is None and hant is not None:
        # (The concept's note and pinyin too: an untyped 於 noted "surname Yu" or "姓" stays 於, as a sheet's row does.)
        zh = simplified_form(hant.text, kind, english, note=data.get("note"), pinyin=data.get("pinyin"))
        if zh in banned_texts:
            # The file accepts 騰訊控股 in zh-TW and bans 腾讯控股 in zh-CN: the entry needs its simplified form, so it
            # is kept and the ban noted, as a form one langSet accepts and another bans is (`_entry`).
            regional = [t for t in banned if t.text == zh]
            banned = [t for t in banned if t.text != zh]
            banned_texts.discard(zh)
            notes = [
                f"{zh}: {(t.banned or 'forbidden').replace('_', ' ')} in {t.lang or 'one language'}, "
                f"the simplified form of {hant.text} accepted in {hant.lang or 'another'}"
                for t in regional
            ]
            data["note"] = "; ".join([data["note"], *notes] if data["note"] else notes)
    zh_hant = None
    if zh is not None and has_cjk(zh):
        zh_hant = next((t for t in hant_texts if is_pair(zh, t)), None) or traditional_form(zh, kind, english)
    if zh_hant == zh or zh_hant in banned_texts:  # a derived form the file bans stays banned
        zh_hant = None
    used = {zh, zh_hant}
    forms: list[str] = []
    for term in zh_others:
        forms.append(term.text)
        paired = next((t for t in hant_texts if t not in used and is_pair(term.text, t)), None)
        forms.append(paired or traditional_form(term.text, kind, english))
        used.add(paired)
    for text in hant_texts:
        if text not in used:
            forms += [text, simplified_form(text, kind, english)]
    data["zh"], data["zh_hant"] = zh, zh_hant
    data["zh_aliases"] = [f for f in dict.fromkeys(forms) if f not in (zh, zh_hant) and f not in banned_texts]
    accepted = {zh, zh_hant, *data["zh_aliases"]}
    forbidden: list[dict[str, str]] = [f for f in data["forbidden"] if not has_cjk(f["form"])]
    seen: set[str] = set()
    for term, status in ((t, t.banned or "forbidden") for t in banned):
        simplified = simplified_form(term.text, kind, english)
        other = traditional_form(term.text, kind, english) if simplified == term.text else simplified
        for form in (term.text, other):
            # The file's own forms first: a derived form the file lists (accepted or banned) is its own.
            if form not in seen and (form == term.text or (form not in accepted and form not in banned_texts)):
                seen.add(form)
                forbidden.append({"form": form, "status": status})
    data["forbidden"] = forbidden


def is_pair(simplified: str, traditional: str) -> bool:
    """Tell whether `traditional` writes `simplified` in the other script: it converts to it, character by
    character (OpenCC t2s, or as a name keeps its characters). A regional word is no pair, even where OpenCC's
    Taiwan phrase table (s2twp) writes it for the simplified one: 歐巴馬 is Taiwan's Obama, 奧巴馬 the
    traditional form of 奥巴马 (`zhgloss.validate` holds zh_hant to converting back to zh)."""
    return traditional != simplified and simplified in _simplified_candidates(traditional)


@functools.lru_cache(maxsize=4096)
def _simplified_candidates(text: str) -> tuple[str, str]:
    """OpenCC's simplified form of `text` and the one a name keeps (`zhgloss.convert.name_to_simplified`), asked
    once per term: pairing and deriving ask them of each term several times."""
    from zhgloss.convert import name_to_simplified, regional_simplified, to_simplified
    from zhgloss.opencc_table import keeps

    if keeps(text, "t2s") and regional_simplified().keys().isdisjoint(text):
        # No character t2s changes, no phrase of its, and no Hong Kong form t2s leaves (衞 of 衞生署, which
        # `to_simplified` folds: val's V37-1, U36-25): simplified already (most table rows).
        return text, text
    return to_simplified(text), name_to_simplified(text)


def is_traditional_form(form: str, forms: Iterable[str] = ()) -> bool:
    """Tell whether the Chinese `form` is written in traditional characters, beside the other Chinese `forms` of
    its entry: it holds a character that simplification replaces and no simplified name keeps (學 of 徐乾學; not
    乾, a standard simplified character: `zhgloss.convert.name_to_simplified`), or OpenCC's simplified form of it is
    another form of the entry (乾杯 beside 干杯). A form written alike in both scripts (丁, 台北) is not."""
    simplified, as_name = _simplified_candidates(form)
    return as_name != form or (simplified != form and simplified in forms)


def simplified_form(
    hant: str, kind: str, english: list[str], *, note: str | None = None, pinyin: str | None = None
) -> str:
    """The simplified form of the traditional term `hant` of an entry of type `kind` whose English forms are
    `english`: a person's characters are kept as names keep them where the entry is a person's (`PERSON_TYPES`), or
    the form reads as a person's, or its English writes it as one (徐乾學 -> 徐乾学, not 徐干学); otherwise OpenCC's,
    but a name that is no person's keeps a standard character a word writes (`zhgloss.convert.thing_to_simplified`: 乾安
    stays 乾安, not 干安; R42-13), as `add` writes it (a place or an organisation by the person's rule kept old
    variants: 甕安縣 -> 甕安县, not CC-CEDICT's 瓮安县; 於田 -> 於田, not 于田; rev's s44 note). A simplified `hant`
    comes back unchanged. The one rule for every import of another tool's file
    (TBX, CSV, TSV, OmegaT). An untyped row whose `note` names it a surname by its English (a CC-CEDICT glossary's
    OmegaT row 於 'Yū' "surname Yu"), or whose `pinyin` only the surname reads (`convert.reads_as_own_surname`: 於
    'Yū'), is written as a surname, by the reading its `pinyin` or English spells."""
    if (note or pinyin) and kind in (DEFAULT_TYPE, "name") and len(hant) <= 2:
        from zhgloss.convert import reads_as_own_surname
        from zhgloss.index import note_names_surname

        # A note naming the surname, or a pinyin only the surname reads (於 'Yū', as the OmegaT export writes it).
        if note_names_surname(note, english) or (pinyin and reads_as_own_surname(hant, normalize(pinyin))):
            kind, english = "surname", [*english, *([normalize(pinyin)] if pinyin else [])]
    if kind == "surname":
        from zhgloss.convert import surname_to_simplified

        # A surname keeps a standard character of its own by the reading the row spells (乾 "Qian" stays 乾, 於 於;
        # 乾 "Gan" is 干): the review's R43-4, one rule with `add --type surname`.
        return surname_to_simplified(hant, english)
    simplified, as_name = _simplified_candidates(hant)
    if as_name != simplified and (
        kind in PERSON_TYPES or _is_written_as_name(as_name, english) or _reads_as_person(as_name)
    ):
        return as_name
    if simplified == hant:
        return simplified
    from zhgloss.convert import thing_to_simplified

    # An untyped row comes as DEFAULT_TYPE ("term"): the words' evidence decides (乾燥 is 干燥 whatever the type), and
    # a one-character name its English spells as the kept character's reading keeps it (乾 "Qian": qián, not 干 gān;
    # the surname line of a CC-CEDICT glossary's OmegaT export, imp's s42 finding), by the rule `add` follows.
    return thing_to_simplified(hant, spellings=english)


def traditional_form(zh: str, kind: str, english: list[str]) -> str:
    """The traditional form of the simplified term `zh` (see `simplified_form`): a person's surname by the
    surname table (余承东 -> 余承東, not 餘承東), where the entry is a person, or is untyped and the form reads as
    a person's or its English writes it as one; otherwise OpenCC's."""
    from zhgloss.convert import name_to_traditional, to_traditional

    derived = to_traditional(zh)
    if kind == "person" or kind not in NAME_TYPES:
        as_name = name_to_traditional(zh)
        if as_name != derived and (kind == "person" or _is_written_as_name(zh, english) or _reads_as_person(zh)):
            return as_name
    return derived


def is_traditional_of(zh: str, form: str, kind: str, english: list[str]) -> bool:
    """Tell whether `form` writes the simplified term `zh` in traditional characters: the form `traditional_form`
    gives (a surname's by the surname table: 岳 stays 岳, never 嶽), or for a term that is no person's name any of
    OpenCC's character conversions (`zhgloss.convert.MATCHED_CONFIGS`: 臺灣 and 台灣 for 台湾; never a region's
    word, 查德 for 乍得). Asked from zh's side, not by converting `form` back: OpenCC's t2s folds other words onto
    zh (鬆滋 and 松滋 both give 松滋, a place written 松滋 in either script; 穀歌 gives 谷歌)."""
    from zhgloss.convert import MATCHED_CONFIGS, name_to_traditional, to_traditional

    if form == zh:
        return False
    if kind == "surname":
        return form == name_to_traditional(zh)
    if form == traditional_form(zh, kind, english):
        return True
    return kind != "person" and any(form == to_traditional(zh, config) for config in MATCHED_CONFIGS)


def _is_written_as_name(zh: str, english: list[str]) -> bool:
    """Tell whether the file's English spells the simplified form `zh` as a person's name: "You Benchang" for 游本昌.

    A Chinese personal name is romanized surname apart, given name in one word (GB/T 28039: `zhgloss.pinyin.
    romanize`), in either order ("Benchang You"); a word's English is a translation ("balance" for 余额), and a
    place's pinyin runs together ("Yuyao" for 余姚, no "Yu Yao"). Case and hyphens in the given name are ignored.
    """
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import romanize

    try:
        name = romanize(zh)
    except ZhglossError:
        return False
    orders = []
    for spelling in (name.en, *name.en_variants):  # "Lü Bu", "Lyu Bu", "Lu Bu"
        words = spelling.lower().replace("-", "").split()
        orders += [words, words[1:] + words[:1]] if len(words) > 1 else []
    return any(form.lower().replace("-", "").split() in orders for form in english if form)


def _reads_as_person(zh: str) -> bool:
    """Tell whether the simplified form `zh`, standing alone, is a personal name (余承东, not 余额 "balance").

    The finder of unknown names (`zhgloss.unknown.NameFinder`) reads the whole form as one person's name,
    or CC-CEDICT lists it among the people of modern times (`zhgloss.unknown.known_persons`). The finder
    wants evidence a bare two-character name (余华) alone does not give: such a name keeps OpenCC's
    conversion unless its entry says `person`.
    """
    from zhgloss.unknown import NameFinder, known_persons

    if zh in known_persons():
        return True
    return any(n.start == 0 and n.end == len(zh) and n.type == "person" for n in NameFinder().find(zh))


def _roles(text: str, where: str, source: str) -> list[Any]:
    return _json_list(text, ROLES, where, source)


def _json_list(text: str, category: str, where: str, source: str) -> list[Any]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(source, f"{where}: {category} is not JSON: {exc.msg}") from None
    if not isinstance(items, list):
        raise FormatError(source, f"{where}: {category} must be a JSON list")
    return items

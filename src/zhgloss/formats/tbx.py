"""TBX (ISO 30042): TBX-Basic `martif` files out, TBX-Basic v2 and TBX v3 in.

Export writes the widely read TBX v2 form, `<martif type="TBX-Basic">`, the one
OmegaT's reader parses: one `termEntry` per entry (its id as the `id`), a `langSet`
for `zh` (the simplified form, preferred, with the pinyin as a `pronunciation`
termNote, then the Chinese aliases, admitted), one for `zh-Hant` (the traditional
form) and one for `en` (the English form, preferred, then the aliases, admitted).
Preferred and other terms are told apart by `administrativeStatus`
(preferredTerm-admn-sts / admittedTerm-admn-sts). At the entry level the type is
the `subjectField` (CAT tools show it as the domain), the note a `note`, refers_to
a `crossReference` ref, each source an `admin type="source"`; roles and
en_adopted, which TBX-Basic has no category for, go in `descrip` elements of type
`x-zhgloss-roles` (JSON) and `x-zhgloss-enAdopted` (and the pinyin of an entry without
Chinese in `x-zhgloss-pinyin`). So an export re-imports to
the identical glossary.

Import reads that, other tools' TBX-Basic (tig or ntig, language codes such as
zh-CN, zh-TW, en-US), and TBX v3 (`<tbx>` root, conceptEntry / langSec / termSec,
DCA style, or DCT style where a data category is an element of its own name).
Files are parsed with defusedxml: a file declaring entities (the billion-laughs
expansion bomb, external entities reading local files) is refused before any is
expanded.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from zhgloss import __version__
from zhgloss.errors import FormatError, InvalidEntryError
from zhgloss.formats import UniqueEntries
from zhgloss.formats.table import DEFAULT_TYPE, IdMaker
from zhgloss.model import KNOWN_TYPES, Entry
from zhgloss.script import normalize

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
ROLES = "x-zhgloss-roles"
EN_ADOPTED = "x-zhgloss-enAdopted"
PINYIN = "x-zhgloss-pinyin"
EXPORT_MARK = "zhgloss"
HANT_LANGS = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")
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
    if entry.pinyin and not entry.zh:
        ET.SubElement(elem, "descrip", {"type": PINYIN}).text = entry.pinyin
    if entry.zh or entry.zh_aliases:
        lang = _lang_set(elem, "zh")
        if entry.zh:
            _tig(lang, entry.zh, PREFERRED, pronunciation=entry.pinyin)
        for alias in entry.zh_aliases:
            _tig(lang, alias, ADMITTED)
    if entry.zh_hant:
        _tig(_lang_set(elem, "zh-Hant"), entry.zh_hant, PREFERRED)
    lang = _lang_set(elem, "en")
    _tig(lang, entry.en, PREFERRED)
    for alias in entry.aliases:
        _tig(lang, alias, ADMITTED)
    return elem


def _lang_set(parent: ET.Element, lang: str) -> ET.Element:
    return ET.SubElement(parent, "langSet", {XML_LANG: lang})


def _tig(parent: ET.Element, term: str, status: str, pronunciation: str | None = None) -> None:
    tig = ET.SubElement(parent, "tig")
    ET.SubElement(tig, "term").text = term
    ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status
    if pronunciation:
        ET.SubElement(tig, "termNote", {"type": "pronunciation"}).text = pronunciation


@dataclass
class _Term:
    text: str
    status: str = ""
    pronunciation: str | None = None


@dataclass
class _Concept:
    id: str | None
    fields: list[tuple[str, ET.Element]] = field(default_factory=list)
    terms: dict[str, list[_Term]] = field(default_factory=dict)


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
        raise FormatError(
            source,
            f"refused: the file declares the XML entity {exc.name!r}; zhgloss never expands entities "
            "(they are how entity-expansion bombs and external-entity attacks work)",
        ) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden, defusedxml.NotSupportedError) as exc:
        raise FormatError(source, f"refused: {exc}") from None
    except ET.ParseError as exc:
        raise FormatError(source, f"not well-formed XML: {_parse_problem(exc)}", exc.position[0]) from None
    root = tree.getroot()
    kind = _local(root.tag)
    if kind not in ("martif", "tbx"):
        raise FormatError(source, f"not TBX: the root element is <{kind}>, not <martif> or <tbx>")
    ours = any(EXPORT_MARK in (p.text or "") for p in root.iter() if _local(p.tag) == "p")
    ids = IdMaker()
    concepts = [_concept(elem) for elem in root.iter() if _local(elem.tag) in ("termEntry", "conceptEntry")]
    for concept in concepts:
        if concept.id and _ID_RE.match(concept.id):
            ids.claim(concept.id, None)
    unique = UniqueEntries(source, "termEntries")
    for number, concept in enumerate(concepts, 1):
        yield unique.check(_entry(concept, number, ids, ours, source), number)


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


def _text(elem: ET.Element) -> str:
    # Left as written: Entry normalizes names and keeps a note's line breaks and full-width marks.
    text = "".join(elem.itertext())
    return text if text.strip() else ""


def _concept(elem: ET.Element) -> _Concept:
    concept = _Concept(elem.get("id"))
    for child in elem:
        _collect(child, concept)
    return concept


def _collect(elem: ET.Element, concept: _Concept) -> None:
    name = _local(elem.tag)
    if name in ("langSet", "langSec"):
        lang = (elem.get(XML_LANG) or elem.get("lang") or "").lower().replace("_", "-")
        terms = concept.terms.setdefault(lang, [])
        for term_elem in elem.iter():
            if _local(term_elem.tag) in ("tig", "ntig", "termSec"):
                term = _term(term_elem)
                if term is not None:
                    terms.append(term)
            elif _category(term_elem) == "definition" and _text(term_elem):
                concept.fields.append(("definition", term_elem))
    elif name in ("descripGrp", "adminGrp", "transacGrp", "noteGrp"):
        for child in elem:
            _collect(child, concept)
    else:
        concept.fields.append((_category(elem), elem))


def _term(elem: ET.Element) -> _Term | None:
    term: _Term | None = None
    status, pronunciation = "", None
    for child in elem.iter():
        category = _category(child)
        if category == "term" and term is None:
            term = _Term(_text(child))
        elif category == "administrativeStatus":
            status = _text(child)
        elif category == "pronunciation":
            pronunciation = _text(child) or None
    if term is None or not term.text:
        return None
    term.status, term.pronunciation = status, pronunciation
    return term


def _split(terms: list[_Term]) -> tuple[_Term | None, list[_Term]]:
    """The preferred term (marked so, else the first) and the others."""
    if not terms:
        return None, []
    preferred = next((t for t in terms if t.status.startswith("preferredTerm")), None)
    if preferred is None and not any(t.status for t in terms):
        preferred = terms[0]  # a file that marks no status: the first term is the main one
    return preferred, [t for t in terms if t is not preferred]


def _entry(concept: _Concept, number: int, ids: IdMaker, ours: bool, source: str) -> Entry:
    where = f"termEntry {concept.id!r}" if concept.id else f"termEntry #{number}"
    zh_terms: list[_Term] = []
    hant_terms: list[_Term] = []
    en_terms: list[_Term] = []
    for lang, terms in concept.terms.items():
        if lang in HANT_LANGS or lang.startswith("zh-hant"):
            hant_terms += terms
        elif lang == "zh" or lang.startswith("zh-") or lang in ("cmn", "chi", "zho"):
            zh_terms += terms
        elif lang == "en" or lang.startswith("en-") or lang == "eng":
            en_terms += terms
    zh, zh_others = _split(zh_terms)
    hant, hant_others = _split(hant_terms)
    en, en_others = _split(en_terms)
    if en is None:
        raise FormatError(source, f"{where} has no English term (a langSet xml:lang='en')")
    data: dict[str, Any] = {
        "zh": zh.text if zh else None,
        "zh_hant": hant.text if hant else None,
        "pinyin": zh.pronunciation if zh else None,
        "en": en.text,
        "aliases": [t.text for t in en_others],
        "zh_aliases": [t.text for t in zh_others + hant_others],
        "type": DEFAULT_TYPE,
    }
    if data["zh_hant"] and not data["zh"]:
        data["zh"], data["zh_hant"] = data["zh_hant"], None
    notes: list[str] = []
    definitions: list[str] = []
    sources: list[str] = []
    for category, elem in concept.fields:
        text = _text(elem)
        if category == "subjectField" and text:
            if ours or text.strip().lower() in KNOWN_TYPES:
                data["type"] = text
            else:
                notes.append(f"subject field: {text}")
        elif category == "note" and text:
            notes.append(text)
        elif category == "definition" and text:
            definitions.append(text)
        elif category == "source" and text:
            sources.append(text)
        elif category == "crossReference" and _ID_RE.match(elem.get("target") or text):
            data["refers_to"] = elem.get("target") or text
        elif category == ROLES and text:
            data["roles"] = _roles(text, where, source)
        elif category == PINYIN and text:
            data["pinyin"] = text
        elif category == EN_ADOPTED:
            data["en_adopted"] = text.lower() in ("true", "yes", "1")
    data["note"] = "; ".join(notes + definitions) or None
    data["sources"] = sources
    if concept.id and _ID_RE.match(concept.id):
        data["id"] = concept.id
    else:
        data["id"] = ids.make(normalize(en.text), normalize(data["zh"]) if data["zh"] else None)
    try:
        return Entry.from_dict(data)
    except (InvalidEntryError, TypeError) as exc:
        raise FormatError(source, f"{where}: invalid entry: {exc}") from None


def _roles(text: str, where: str, source: str) -> list[Any]:
    try:
        roles = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(source, f"{where}: {ROLES} is not JSON: {exc.msg}") from None
    if not isinstance(roles, list):
        raise FormatError(source, f"{where}: {ROLES} must be a JSON list")
    return roles

"""Entries as rows of named text cells: what the CSV and the rich TSV formats share.

A row has one cell per field of an entry (`COLUMNS`). List fields (aliases,
zh_aliases, sources) are written as one cell, items separated by "; ", with a
literal ";" or "\\" in an item escaped by a backslash. Roles, which have their own
fields, are one cell of compact JSON. en_adopted is "true" or "false".

Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return)
as a formula, so exports can neutralise such cells the OWASP way, with a
leading apostrophe, which spreadsheets hide and do not run. The apostrophe is a
text marker, as it is in Excel: import drops one leading apostrophe from every
cell, and export therefore also marks a cell that itself starts with one, so a
round trip gives back exactly what went out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from zhgloss.errors import FormatError, InvalidEntryError
from zhgloss.model import ENTRY_FIELDS, Entry, slugify
from zhgloss.script import normalize

COLUMNS = ENTRY_FIELDS
LIST_COLUMNS = ("aliases", "zh_aliases", "sources")
DEFAULT_TYPE = "term"
"""Type of an imported row that names none: a CAT tool's glossary holds terms, not only people."""

# Headers other tools write for our columns (compared lower-cased, "-" and " " as "_").
HEADER_ALIASES = {
    "source": "zh",
    "source_term": "zh",
    "chinese": "zh",
    "simplified": "zh",
    "zh_cn": "zh",
    "zh_hans": "zh",
    "zh_sg": "zh",
    "traditional": "zh_hant",
    "zh_tw": "zh_hant",
    "zh_hk": "zh_hant",
    "target": "en",
    "target_term": "en",
    "english": "en",
    "en_us": "en",
    "en_gb": "en",
    "comment": "note",
    "comments": "note",
    "notes": "note",
    "description": "note",
    "source_of_entry": "sources",
}

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARKER = "'"


def neutralize(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula (or one starting with an apostrophe) with an apostrophe."""
    if cell.startswith(FORMULA_STARTS) or cell.startswith(TEXT_MARKER):
        return TEXT_MARKER + cell
    return cell


def neutralize_formula(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe; leave every other cell alone.

    For formats whose readers show the cell as it is (OmegaT): only a cell that would otherwise be
    a formula pays with a visible apostrophe. `unneutralize_formula` undoes it.
    """
    return TEXT_MARKER + cell if cell.startswith(FORMULA_STARTS) else cell


def unneutralize_formula(cell: str) -> str:
    """Undo `neutralize_formula`: drop an apostrophe that stands before a formula's first character."""
    return cell[1:] if cell.startswith(TEXT_MARKER) and cell[1:].startswith(FORMULA_STARTS) else cell


def unneutralize(cell: str) -> str:
    """Undo `neutralize`: drop one leading apostrophe."""
    return cell[1:] if cell.startswith(TEXT_MARKER) else cell


def join_list(items: Iterable[str]) -> str:
    """Write list items as one cell: "a; b", with ";" and "\\" inside an item escaped."""
    return "; ".join(item.replace("\\", "\\\\").replace(";", "\\;") for item in items)


def split_list(cell: str) -> list[str]:
    """Read a cell written by `join_list` (a full-width ；counts as ;) into stripped, non-empty items."""
    # Written by hand: the stdlib csv module cannot split on a one-character
    # separator with backslash escapes while keeping the escapes' meaning exact.
    items: list[str] = []
    current: list[str] = []
    chars = iter(cell.replace("\uff1b", ";"))
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == ";":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def entry_to_row(entry: Entry) -> dict[str, str]:
    """Return `entry` as text cells, one per column of `COLUMNS`."""
    data = entry.to_dict()
    row: dict[str, str] = {}
    for name in COLUMNS:
        value = data[name]
        if name in LIST_COLUMNS:
            row[name] = join_list(value)
        elif name == "roles":
            row[name] = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else ""
        elif name == "en_adopted":
            row[name] = "true" if value else "false"
        else:
            row[name] = value or ""
    return row


def header_columns(header: list[str], source: str, line: int) -> list[str | None]:
    """Map a header row's cells to column names; None marks a column to ignore (an empty header cell).

    Raise FormatError naming an unknown column, a repeated one, or a header without "en".
    """
    names: list[str | None] = []
    for cell in header:
        raw = normalize(cell.lstrip("\ufeff"))
        if not raw:
            names.append(None)
            continue
        key = raw.lower().replace("-", "_").replace(" ", "_")
        name = key if key in COLUMNS else HEADER_ALIASES.get(key)
        if name is None:
            raise FormatError(source, f"unknown column {raw!r} (columns are {', '.join(COLUMNS)})", line)
        if name in names:
            raise FormatError(source, f"column {raw!r} is given twice", line)
        names.append(name)
    if "en" not in names:
        raise FormatError(source, "the header names no 'en' column (the English form is required)", line)
    return names


def is_header(cells: list[str]) -> bool:
    """Tell whether a first row is a header: it names the "en" column (or an alias of it)."""
    keys = {normalize(c.lstrip("\ufeff")).lower().replace("-", "_").replace(" ", "_") for c in cells}
    return "en" in keys or any(HEADER_ALIASES.get(k) == "en" for k in keys)


def _flag(value: str, source: str, line: int) -> bool:
    text = value.strip().lower()
    if text in ("", "false", "no", "0", "n"):
        return False
    if text in ("true", "yes", "1", "y"):
        return True
    raise FormatError(source, f"en_adopted must be true or false, not {value!r}", line)


class IdMaker:
    """Give rows without an id one made from the English form, unique within one file."""

    def __init__(self) -> None:
        self.taken: dict[str, str] = {}

    def claim(self, entry_id: str, zh: str | None) -> None:
        """Note an id the file gives itself, so a made-up one never collides with it."""
        self.taken.setdefault(entry_id, zh or "")

    def make(self, en: str, zh: str | None) -> str:
        """Return an id for a row with English `en` and Chinese `zh` (the same row gets the same id)."""
        base = slugify(en)[:60].strip("-")
        if not base:
            base = "entry-" + hashlib.sha1((zh or en).encode()).hexdigest()[:8]
        candidate, n = base, 1
        while candidate in self.taken and self.taken[candidate] != (zh or ""):
            n += 1
            candidate = f"{base}-{n}"
        self.taken[candidate] = zh or ""
        return candidate


def row_to_entry(cells: Mapping[str, str], ids: IdMaker, source: str, line: int) -> Entry:
    """Build an entry from one row's cells (column name -> text); raise FormatError with `line`."""
    data: dict[str, Any] = {}
    for name, raw in cells.items():
        value = unneutralize(raw)
        if name in LIST_COLUMNS:
            data[name] = split_list(normalize(value))
        elif name == "roles":
            data[name] = _roles(value, source, line)
        elif name == "en_adopted":
            data[name] = _flag(value, source, line)
        else:
            data[name] = value if normalize(value) else None
    if not data.get("type"):
        data["type"] = DEFAULT_TYPE
    en = data.get("en")
    if not en:
        raise FormatError(source, "the English form (en) is empty", line)
    if not data.get("id"):
        data["id"] = ids.make(normalize(en), normalize(data["zh"]) if data.get("zh") else None)
    try:
        return Entry.from_dict(data)
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", line) from None
    except TypeError as exc:  # a value of the wrong shape inside roles
        raise FormatError(source, f"invalid entry: {exc}", line) from None


def _roles(value: str, source: str, line: int) -> list[Any]:
    if not value.strip():
        return []
    try:
        roles = json.loads(value)
    except json.JSONDecodeError as exc:
        raise FormatError(source, f"roles must be a JSON list of roles: {exc.msg}", line) from None
    if not isinstance(roles, list):
        raise FormatError(source, "roles must be a JSON list of roles", line)
    return roles

"""JSON Lines: one entry per line, as the glossary stores it (`Entry.to_dict`). Lossless."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from zhgloss.errors import FormatError, InvalidEntryError
from zhgloss.formats import Refusals, UniqueEntries, judged_english, says
from zhgloss.model import ENTRY_FIELDS, OPTIONAL_FIELDS, Entry
from zhgloss.script import normalize

if TYPE_CHECKING:
    from zhgloss.formats.table import IdMaker


def dump_jsonl(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` to `fp`, one JSON object per line; return how many were written."""
    count = 0
    for entry in entries:
        fp.write(json.dumps(entry.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def load_jsonl(fp: TextIO, source: str = "<jsonl>") -> Iterator[Entry]:
    """Read entries, one JSON object per line (blank lines skipped); raise FormatError with the line number.

    A line with every field of an entry (zhgloss's own export) says every field. Another tool's object with some
    of them ({"zh": "雷军", "en": "Lei Jun"}) says those alone (`zhgloss.formats.says`), as a table says its columns;
    one without an id gets one made from its English, and is matched to a stored entry by its forms.
    """
    from zhgloss.formats.table import IdMaker

    unique = UniqueEntries(source)
    ids = IdMaker()
    refused = Refusals()
    for number, line in enumerate(fp, 1):
        text = line.strip().lstrip("\ufeff")
        if not text:
            continue
        try:
            entry = unique.check(_line_entry(text, number, ids, source), number)
        except FormatError as exc:
            refused.add(exc)  # every bad line is named (`Refusals`), not the first alone
            continue
        if not refused:
            yield entry
    refused.raise_any()


def _line_entry(text: str, number: int, ids: IdMaker, source: str) -> Entry:
    """The entry one line of JSON Lines (`text`, line `number`) holds; FormatError if none."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(source, f"not JSON: {exc.msg} at column {exc.colno}", number) from None
    said = None
    if isinstance(data, dict) and not data.keys() >= set(ENTRY_FIELDS):
        data = _named_keys(data)
        said = data.keys() - {"id"}
        if data.get("id") is None and isinstance(data.get("en"), str):
            zh = data.get("zh")
            data = {**data, "id": ids.make(data["en"], zh if isinstance(zh, str) else None)}
        elif isinstance(data.get("id"), str):
            said |= {"id"}
            ids.claim(data["id"], None)
        elif data.get("id") is None:
            # No id and no English to make one from: say the field the user left out, not the id they never
            # wrote (the thirty-first session's review, R10).
            raise FormatError(source, "invalid entry: en: is required (the English form, a string)", number)
        data = _in_simplified(data)
        said |= {"zh_hant"} if data.get("zh_hant") else set()
    try:
        entry = Entry.from_dict(data)
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", number) from None
    except TypeError as exc:  # a role or list of the wrong shape
        raise FormatError(source, f"invalid entry: {exc}", number) from None
    if said is None:
        return entry
    # Another tool's object: its English judged as a table's row is (`zhgloss.formats.judged_english`).
    return judged_english(says(entry, said), source, number, "en_adopted" in said)


def _named_keys(data: dict[str, Any]) -> dict[str, Any]:
    """Another tool's object with each key that names one of the entry's fields by another name as a table's header
    does ("Chinese", "English", "Notes", "Pinyin", "zh-CN": `zhgloss.formats.table.header_column`) under the field's
    own name, where the object does not give that field itself (user U32-27: [{"Chinese": "雷军", "English": "Lei Jun"}]
    was refused for "en: is required"). A key that names no field is left for `Entry.from_dict` to name ("Foo: is not
    a field of an entry")."""
    from zhgloss.formats.table import header_column

    fields = set(ENTRY_FIELDS) | set(OPTIONAL_FIELDS)
    named: dict[str, Any] = {}
    for key, value in data.items():
        field = key if key in fields else header_column(key) if isinstance(key, str) else None
        named[field if field in fields and field not in data and field not in named else key] = value
    return named


def _in_simplified(data: dict[str, Any]) -> dict[str, Any]:
    """Another tool's object whose zh is written in traditional characters and that gives no zh_hant ({"zh": "徐乾學"})
    with zh in simplified characters and the typed form as zh_hant, by the rule every other reader of another tool's
    file follows (`zhgloss.formats.tbx.simplified_form`: a name keeps the characters names keep, 徐乾學 -> 徐乾学, not
    徐干学; 王汎森 stays). zhgloss's own lines (every field) are stored as they are."""
    from zhgloss.formats.tbx import is_traditional_form, simplified_form

    zh, en, aliases = data.get("zh"), data.get("en"), data.get("aliases")
    if not isinstance(zh, str) or data.get("zh_hant") or not is_traditional_form(normalize(zh)):
        return data
    english = [en] if isinstance(en, str) else []
    english += [a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else []
    kind = data["type"] if isinstance(data.get("type"), str) else ""
    typed = normalize(zh)
    note, pinyin = (value if isinstance(value, str) else None for value in (data.get("note"), data.get("pinyin")))
    return {**data, "zh": simplified_form(typed, kind, english, note=note, pinyin=pinyin), "zh_hant": typed}

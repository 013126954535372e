"""The card of an entry: what `zhgloss lookup` prints and the web page shows, as labelled rows.

One layout for both, so that the terminal and the page cannot drift apart: the CLI
styles the head and indents the rows, the page puts them in a definition list.
Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from zhgloss.model import DRAFT_LABEL, DRAFT_WARNING, Entry, order_roles

if TYPE_CHECKING:
    from zhgloss.store import Glossary


@dataclass(frozen=True)
class Card:
    """An entry laid out for people.

    `head` is "雷军 Lei Jun", `tag` is "person · lei-jun", and `rows` are (label, values)
    pairs in display order: one value per line. Roles come in three rows, "current roles",
    "past roles" and "undated roles", each in date order with one value per role. A draft
    entry (`unverified`) says so in its tag ("person · bulinken · draft, unverified") and in a
    first row, "status": its English and pinyin are proposals nobody has confirmed.
    """

    head: str
    tag: str
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    unverified: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: {"head", "tag", "unverified", "rows": [{"label", "values": [...]}]}."""
        return {
            "head": self.head,
            "tag": self.tag,
            "unverified": self.unverified,
            "rows": [{"label": label, "values": list(values)} for label, values in self.rows],
        }


def tag_of(entry: Entry) -> str:
    """Return the short tag of `entry` shown beside its name: "person · lei-jun", plus "· draft, unverified"."""
    tag = f"{entry.type} · {entry.id}"
    return f"{tag} · {DRAFT_LABEL}" if entry.draft else tag


def draft_status(entry: Entry) -> str:
    """Return the status line of a draft entry: what is unconfirmed and how to confirm it."""
    return f"{DRAFT_WARNING} (zhgloss edit {entry.id} --confirm)"


def card_of(entry: Entry, *, refers_to: Entry | None = None, known_as: list[Entry] | None = None) -> Card:
    """Lay out `entry` as a card; `refers_to` is the entry it stands for, `known_as` those standing for it."""
    rows: list[tuple[str, tuple[str, ...]]] = []

    def row(label: str, *values: str) -> None:
        rows.append((label, values))

    if entry.draft:
        row("status", draft_status(entry))
    if entry.zh_hant and entry.zh_hant != entry.zh:
        row("traditional", entry.zh_hant)
    if entry.pinyin:
        row("pinyin", entry.pinyin)
    if entry.aliases:
        row("also in English", "; ".join(entry.aliases))
    if entry.zh_aliases:
        row("also in Chinese", "、".join(entry.zh_aliases))
    if entry.forbidden:
        row("not to be used", "; ".join(f"{f.form} ({f.status.replace('_', ' ')})" for f in entry.forbidden))
    if entry.refers_to:
        row("refers to", f"{refers_to.label} ({entry.refers_to})" if refers_to else entry.refers_to)
    if known_as:
        row("known as", "; ".join(f"{e.label} ({e.type})" for e in known_as))
    for status, roles in order_roles(entry.roles).items():
        if roles:
            row(f"{status} roles", *(role.describe(entry.id) for role in roles))
    if entry.note:
        row("note", entry.note)
    if entry.sources:
        row("sources", "; ".join(entry.sources))
    head = " ".join(p for p in (entry.zh, entry.en) if p)
    return Card(head=head, tag=tag_of(entry), rows=tuple(rows), unverified=entry.draft)


def card_for(gloss: Glossary, entry: Entry) -> Card:
    """Lay out `entry` of `gloss` as a card, with the entry it refers to and the entries that refer to it."""
    target = gloss.find_by_id(entry.refers_to) if entry.refers_to else None
    return card_of(entry, refers_to=target, known_as=gloss.referring_to(entry.id))


# Line breaking for a terminal (UAX #14 in small): break at spaces and between CJK characters, never
# inside a Latin word or a URL, never before closing punctuation (，。）) or after opening (（《).
_CJK = "\u2e80-\u2fff\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_OPENING = "（《〈「『【\u3014“‘"
_CLOSING = "，。、；：？！）》〉」』】\u3015”’…·"
TOKEN_PATTERN = rf"\s+|[{_OPENING}]*(?:[{_CJK}]|[^\s{_CJK}{_OPENING}{_CLOSING}]+)[{_CLOSING}]*|[{_OPENING}{_CLOSING}]+"


@cache
def _token_re() -> re.Pattern[str]:
    # Compiled on first use: its CJK classes take milliseconds to compile, and only a card shown on
    # a terminal is wrapped (`zhgloss add ... | cat` never is).
    return re.compile(TOKEN_PATTERN)


def display_width(text: str) -> int:
    """Return the columns `text` takes in a terminal: wide and full-width characters 2, combining marks 0."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int) -> list[str]:
    """Break `text` into lines of at most `width` terminal columns, without breaking a word.

    Lines break at spaces (which are dropped at the break) and between two CJK characters; a word
    or URL wider than `width` stays whole on a line of its own. Returns at least one line.
    The standard library's textwrap counts characters, not columns, and knows no CJK breaks.
    """
    lines: list[str] = []
    line, space = "", ""
    for token in _token_re().findall(text):
        if token.isspace():
            space = token
            continue
        candidate = line + (space if line else "") + token
        if line and display_width(candidate) > width:
            lines.append(line)
            line = token
        else:
            line = candidate
        space = ""
    lines.append(line)
    return lines

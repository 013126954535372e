"""The card of an entry: what `zhgloss lookup` prints and the web page shows, as labelled rows.

One layout for both, so that the terminal and the page cannot drift apart: the CLI
styles the head and indents the rows, the page puts them in a definition list.
Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from zhgloss.model import Entry

if TYPE_CHECKING:
    from zhgloss.store import Glossary


@dataclass(frozen=True)
class Card:
    """An entry laid out for people.

    `head` is "雷军 Lei Jun", `tag` is "person · lei-jun", and `rows` are (label, values)
    pairs in display order: one value per line ("roles" has one per role, the others one).
    """

    head: str
    tag: str
    rows: tuple[tuple[str, tuple[str, ...]], ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: {"head", "tag", "rows": [{"label", "values": [...]}]}."""
        return {
            "head": self.head,
            "tag": self.tag,
            "rows": [{"label": label, "values": list(values)} for label, values in self.rows],
        }


def card_of(entry: Entry, *, refers_to: Entry | None = None, known_as: list[Entry] | None = None) -> Card:
    """Lay out `entry` as a card; `refers_to` is the entry it stands for, `known_as` those standing for it."""
    rows: list[tuple[str, tuple[str, ...]]] = []

    def row(label: str, *values: str) -> None:
        rows.append((label, values))

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
    if entry.roles:
        row("roles", *(role.describe() for role in entry.roles))
    if entry.note:
        row("note", entry.note)
    if entry.sources:
        row("sources", "; ".join(entry.sources))
    head = " ".join(p for p in (entry.zh, entry.en) if p)
    return Card(head=head, tag=f"{entry.type} · {entry.id}", rows=tuple(rows))


def card_for(gloss: Glossary, entry: Entry) -> Card:
    """Lay out `entry` of `gloss` as a card, with the entry it refers to and the entries that refer to it."""
    target = gloss.find_by_id(entry.refers_to) if entry.refers_to else None
    return card_of(entry, refers_to=target, known_as=gloss.referring_to(entry.id))

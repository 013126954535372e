"""Commands that read the glossary as it is: lookup, show, list, init."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from zhgloss.card import Card, card_for, card_of, draft_status, wrap
from zhgloss.cli.common import (
    EXIT_NOT_FOUND,
    DbOpt,
    JsonOpt,
    app,
    batch_queries,
    choice_option,
    count,
    echo_data,
    reported_errors,
    style,
    to_json,
    type_option,
)
from zhgloss.model import ENTRY_FIELDS, Entry, order_roles

if TYPE_CHECKING:
    from zhgloss.model import ForbiddenForm
    from zhgloss.store import Glossary

FIELDS = ENTRY_FIELDS


def render_entry(entry: Entry, *, refers_to: Entry | None = None, known_as: list[Entry] | None = None) -> str:
    """Render `entry` as a card for people (no fixed column widths: CJK is double width)."""
    return _render(card_of(entry, refers_to=refers_to, known_as=known_as))


def render_card(gloss: Glossary, entry: Entry) -> str:
    """Render `entry` as a card, with the entry it refers to and the entries that refer to it."""
    return _render(card_for(gloss, entry))


def _render(card: Card, width: int | None = None) -> str:
    """Lay out `card` as text; with `width` (a terminal's), wrap each value under its first column."""
    if width is None and sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
    lines = [style(card.head, bold=True) + "  " + style(f"[{card.tag}]", dim=True)]
    for label, values in card.rows:
        # Every line of a row lines up after "  label: ": the label is ASCII, so one column a character.
        indent = len(f"  {label}: ")
        for i, value in enumerate(values):
            parts = wrap(value, max(width - indent, 20)) if width else [value]
            lines.append((f"  {label}: " if i == 0 else " " * indent) + parts[0])
            lines.extend(" " * indent + part for part in parts[1:])
    return "\n".join(lines)


def field_value(entry: Entry, name: str) -> str:
    """Return one field of `entry` as a single line of text (lists joined with "; ")."""
    value: Any = entry.to_dict()[name]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if name == "roles":
        return "; ".join(role.describe(entry.id) for roles in order_roles(entry.roles).values() for role in roles)
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


@app.command()
def lookup(
    queries: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY",
            help="Names to look up: Chinese, English or pinyin; '-' reads one per line from stdin.",
            show_default=False,
        ),
    ],
    db: DbOpt = None,
    as_json: JsonOpt = False,
    field: Annotated[
        str | None,
        choice_option(
            "--field",
            "-f",
            choices=FIELDS,
            metavar="FIELD",
            help=f"Print only this field of the match, one line per query ({', '.join(FIELDS)}); an empty line when "
            "not found, or when two entries match equally (namesakes: named on stderr, exit 1). "
            "With --json: one object per query, the query and the field (null when not found or ambiguous).",
        ),
    ] = None,
) -> None:
    """Find entries exactly, by Chinese, English or pinyin.

    Chinese may be simplified or traditional. Pinyin may carry tone marks, tone numbers
    or none, spaced or joined; a person's name may be given in the other order.

    Example: zhgloss lookup 刘强东 "Richard Liu" liu2qiang2dong1 --field en
    """
    from zhgloss.errors import AmbiguousNameError
    from zhgloss.forms import form_to_write
    from zhgloss.store import Glossary, equally_matched

    missing = 0
    results: list[dict[str, Any]] = []
    cards: list[str] = []
    with reported_errors(), Glossary.open(db) as gloss:
        bans = bool(gloss.forbidden_index())  # most glossaries forbid no form: then no query asks (read once)
        for query in batch_queries(queries):
            if not query:
                # A blank line of a batch: a blank line out (or an empty result), so output lines up with input.
                if field is not None:
                    cards.append("")
                results.append({"query": query, "matches": []})
                continue
            hits = gloss.lookup_accepted(query)
            tied = equally_matched(hits)
            if field is not None and len(tied) > 1:
                # Namesakes ("Wang Yong": 王勇 and 王永): one of them as the value would be a guess a script cannot
                # see; an empty line keeps the lines in step, stderr names them, the exit says a problem (U38-2).
                missing += 1
                typer.echo(f"Error: {AmbiguousNameError(query, [hit.entry for hit in tied])}", err=True)
                cards.append("")
                results.append({"query": query, "matches": [], "ambiguous": [hit.entry.id for hit in tied]})
                continue
            if not hits:
                missing += 1
                typer.echo(f"Error: {_not_found(gloss, query)}", err=True)
                if field is not None:
                    cards.append("")
                results.append({"query": query, "matches": []})
                if bans and (banning := gloss.forbidding(query)):
                    # A form an entry forbids is no name not found: the JSON says whose and what to write, as
                    # /api/lookup's 404 and `search --json` do (the review's R46-13).
                    entry, banned = banning[0]
                    results[-1]["forbidden"] = {
                        "entry": entry.id,
                        "usage": banned.status.replace("_", " "),
                        "write": form_to_write(entry, query),
                    }
                continue
            results.append(
                {
                    "query": query,
                    "matches": [
                        {
                            "entry": h.entry.to_dict(),
                            "matched": h.field,
                            "form": h.form,
                            "reversed": h.reversed,
                            "spaced_otherwise": h.spaced_otherwise,
                            "unverified": h.entry.draft,
                        }
                        for h in hits
                    ],
                }
            )
            banning = gloss.forbidding_besides(query, hits) if bans else []
            if banning:
                # Another entry bans the form the match accepts (a termbase's deprecated term beside CC-CEDICT's alias:
                # the review's R46-3): the answer is given, and the ban beside it, not hidden by the match.
                results[-1]["forbidden_by"] = [
                    {"entry": entry.id, "usage": banned.status.replace("_", " "), "write": form_to_write(entry, query)}
                    for entry, banned in banning
                ]
                for entry, banned in banning:
                    typer.echo(f"Note: {_banned_note(query, entry, banned)}", err=True)
            if len(tied) > 1:
                # Every card follows; which of them is meant, the query alone does not say.
                typer.echo(f"Note: {AmbiguousNameError(query, [hit.entry for hit in tied])}", err=True)
            for hit in hits if field is None else hits[:1]:
                if field is not None:
                    # The value alone stays on stdout for scripts; that it is a guess goes to stderr.
                    if hit.entry.draft:
                        typer.echo(f"Warning: {query!r}: {hit.entry.label}: {draft_status(hit.entry)}", err=True)
                    cards.append(field_value(hit.entry, field))
                    continue
                card = render_card(gloss, hit.entry)
                if hit.reversed:
                    card += f"\n  (matched {query!r} as {hit.form!r} in the other order)"
                elif hit.spaced_otherwise and hit.field != "pinyin":
                    # Pinyin is typed spaced or joined alike; an English form's spacing is the name's own.
                    card += f"\n  (matched {query!r} as {hit.form!r}, its words spaced otherwise)"
                cards.append(card)
    if as_json and field is not None:
        # The field asked for, in JSON: {"query": ..., FIELD: the first match's value as the entry holds it, or
        # null}, one per query; the whole document would be another shape than --field promised (U27-57).
        echo_data(
            to_json(
                [
                    {"query": r["query"], field: r["matches"][0]["entry"][field] if r["matches"] else None}
                    | ({"ambiguous": r["ambiguous"]} if "ambiguous" in r else {})
                    for r in results
                ]
            )
        )
    elif as_json:
        echo_data(to_json(results))
    elif cards:
        echo_data(("\n" if field is not None else "\n\n").join(cards))
    if missing:
        raise typer.Exit(EXIT_NOT_FOUND)


def _banned_note(query: str, entry: Entry, banned: ForbiddenForm) -> str:
    """Say that `query`, which another entry accepts, is a form `entry` forbids (`forms.forbidden_message`), and where
    the two are reported (validate's forbidden-clash)."""
    from zhgloss.forms import forbidden_message

    return f"{forbidden_message(query, entry, banned)} (zhgloss validate reports both entries: forbidden-clash)"


def _not_found(gloss: Any, query: str) -> str:
    """Say that no entry matches `query`: that it is a form an entry forbids (`Glossary.forbidding`), with the form
    to write, else up to three close entries."""
    from zhgloss.forms import forbidden_message
    from zhgloss.fuzzy import suggested_entries

    banning = gloss.forbidding(query)
    if banning:
        return forbidden_message(query, *banning[0])
    if len(query.split()) >= 3 and not any(map(str.isdigit, query)):
        # A name pasted with its title, as copy writes officials ("Vice Premier He Lifeng"): the name alone is an
        # entry's (U38-23). Lookup stays exact; this says where to look.
        from zhgloss.titles import split_title

        parts = split_title(query)
        hits = gloss.lookup_accepted(parts[1]) if parts else []
        if parts and hits:
            named = ", ".join(f"{hit.entry.label} ({hit.entry.id})" for hit in hits[:3])
            return f"no entry matches {query!r}; without the title {parts[0]!r}, {parts[1]!r} is {named}"
    close = suggested_entries(gloss, query)
    tail = f"; did you mean {', '.join(entry.label for entry in close)}?" if close else ""
    return f"no entry matches {query!r}{tail}"


@app.command()
def show(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="Entry id, such as lei-jun.", show_default=False)],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the entry with the id ID.

    Example: zhgloss show lei-jun
    """
    from zhgloss.store import Glossary

    with reported_errors(), Glossary.open(db) as gloss:
        entry = gloss.get_by_id(entry_id)
        card = render_card(gloss, entry)
    echo_data(to_json(entry.to_dict()) if as_json else card)


@app.command(name="list")
def list_entries(
    db: DbOpt = None,
    kind: Annotated[
        str | None,
        type_option("--type", "-t", help="Only entries of this type"),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the glossary's entries: id, type, Chinese, English.

    One entry per line, the four fields separated by tabs.

    Example: zhgloss list --type person
    """
    from zhgloss.store import Glossary

    with reported_errors(), Glossary.open(db) as gloss:
        entries = [e for e in gloss.iter_entries() if kind is None or e.type == kind]
    if as_json:
        echo_data(to_json([e.to_dict() for e in entries]))
    else:
        for entry in entries:
            echo_data("\t".join((entry.id, entry.type, entry.zh or "", entry.en)))
        # The four columns stay four for scripts; which lines are guesses goes to stderr, as lookup --field does.
        drafts = [e.id for e in entries if e.draft]
        if drafts:
            typer.echo(
                f"{count(len(drafts), 'entry is a draft', 'entries are drafts')}, unverified: {', '.join(drafts)} "
                "(confirm each with: zhgloss edit ID --confirm)",
                err=True,
            )
    if not entries:
        typer.echo("no entries" + (f" of type {kind!r}" if kind else ""), err=True)
        raise typer.Exit(EXIT_NOT_FOUND)


@app.command()
def init(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH", help="Where to create the glossary [default: your user data folder].", show_default=False
        ),
    ] = None,
    empty: Annotated[
        bool, typer.Option("--empty", help="Create an empty glossary instead of a copy of the bundled one.")
    ] = False,
) -> None:
    """Start a glossary of your own: the bundled one copied, or empty.

    zhgloss then uses it.     Without PATH it goes to your user data folder and becomes the default glossary;
    with PATH, use it with --db PATH or ZHGLOSS_DB.

    Example: zhgloss init ~/names/glossary.json
    """
    from zhgloss.errors import TargetExistsError
    from zhgloss.store import Glossary, bundled_path, copy_glossary, user_path

    target = path or user_path()
    with reported_errors():
        if empty:
            if target.exists():
                raise TargetExistsError(target)
            with Glossary(target) as glossary:
                glossary.add_all([])  # writes the file: an empty glossary
        else:
            copy_glossary(bundled_path(), target)
    echo_data(str(target))
    typer.echo(f"created {target}" + (" (empty)" if empty else " from the bundled glossary"), err=True)

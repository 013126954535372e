"""The search command: rank the glossary's entries by how well they match what was typed."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from zhgloss.card import tag_of
from zhgloss.cli.common import (
    EXIT_NOT_FOUND,
    DbOpt,
    JsonOpt,
    app,
    echo_data,
    read_stdin_text,
    reported_errors,
    style,
    to_json,
    type_option,
)

DEFAULT_LIMIT = 10
DEFAULT_MIN_SCORE = 60  # kept equal to zhgloss.fuzzy's defaults, which this module may not import at load time


def _hit_line(hit: Any, query: str) -> str:
    # No padding of labels: CJK is double width in a terminal, so only the score is aligned.
    entry = hit.entry
    line = f"{hit.score:>3}  " + style(entry.label, bold=True) + "  " + style(f"[{tag_of(entry)}]", dim=True)
    if entry.refers_to:
        line += "  → " + (hit.refers_to.label if hit.refers_to else entry.refers_to)
    line += "  " + style(hit.matched, fg="cyan")
    if hit.without_title:
        line += "  " + style(f"(the name without the title {hit.without_title!r})", dim=True)
    if hit.forbidden:
        # The query is a form the glossary bans for this entry: found, but not to be written so.
        line += "  " + style(f"forbidden form ({hit.forbidden}): write {hit.write}", fg="red")
    return line


@app.command()
def search(
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY",
            help="What to look for: English, pinyin (any tones, spaced or joined), initials, Chinese, part of a name; "
            "several words need no quotes; '-' reads it from stdin.",
            show_default=False,
        ),
    ],
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many entries.")] = DEFAULT_LIMIT,
    types: Annotated[
        list[str] | None,
        type_option("--type", "-t", help="Only entries of this type (repeat for several)"),
    ] = None,
    min_score: Annotated[
        int, typer.Option("--min-score", min=0, max=100, help="Leave out entries scoring below this (0-100).")
    ] = DEFAULT_MIN_SCORE,
    as_json: JsonOpt = False,
) -> None:
    """Find entries by a name heard, half-remembered or mistyped.

    The best matches come first.
    Each line shows the score (0-100), the entry, and which of its forms matched
    (English, an alias, pinyin, pinyin initials, traditional, a homophone, ...).
    Exits with 1 when no entry scores --min-score or more.

    Example: zhgloss search Richard Liu;  zhgloss search 雷君;  zhgloss search lqd --type person
    """
    from zhgloss.fuzzy import search as run_search
    from zhgloss.store import Glossary

    with reported_errors():
        text = read_stdin_text().strip() if query == ["-"] else " ".join(query)
        with Glossary.open(db, read_only=True) as gloss:
            hits = run_search(gloss, text, limit=limit, types=types, min_score=min_score)
    if as_json:
        echo_data(to_json({"query": text, "hits": [hit.to_dict() for hit in hits]}))
    else:
        if hits and hits[0].without_title:
            typer.echo(
                f"Note: searched {text!r} as the name without the title {hits[0].without_title!r}, "
                "which matches better:",
                err=True,
            )
        for hit in hits:
            echo_data(_hit_line(hit, text))
    if not hits:
        lower = f" (try --min-score {max(0, min_score - 20)})" if min_score > 0 else ""
        typer.echo(f"Error: no entry matches {text!r} with a score of {min_score} or more{lower}", err=True)
        raise typer.Exit(EXIT_NOT_FOUND)

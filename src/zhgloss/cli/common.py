"""What every command shares: options, error reporting, exit codes, output helpers.

Kept light: importing this module must not load pypinyin, rapidfuzz, OpenCC or
the automata; commands import those inside their bodies.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from zhgloss.errors import (
    DuplicateEntryError,
    FormatError,
    GlossaryBusyError,
    GlossaryFileError,
    InvalidEntryError,
    NotFoundError,
    ReadOnlyGlossaryError,
    UsageError,
    ZhglossError,
)

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_DATA = 0, 1, 2, 3

EXIT_CODES: dict[type[ZhglossError], int] = {
    NotFoundError: EXIT_NOT_FOUND,
    InvalidEntryError: EXIT_USAGE,
    UsageError: EXIT_USAGE,
    DuplicateEntryError: EXIT_USAGE,
    ReadOnlyGlossaryError: EXIT_USAGE,
    GlossaryFileError: EXIT_DATA,
    GlossaryBusyError: EXIT_DATA,
    FormatError: EXIT_DATA,
}

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 nothing found, or problems found (check, validate); "
    "2 usage error (bad option, bad argument, invalid entry); "
    "3 data error (unreadable or corrupt glossary, malformed import, undecodable input)."
)

app = typer.Typer(
    name="zhgloss",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Chinese–English name glossary: look names up, search them, gloss articles, check translations.",
    epilog=EXIT_CODES_HELP,
)
"""The one Typer app. Command modules register on it; `zhgloss.cli.load_commands` imports them."""


def _version(value: bool) -> None:
    if value:
        from zhgloss import __version__

        typer.echo(f"zhgloss {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Chinese–English name glossary: look names up, search them, gloss articles, check translations."""


DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="ZHGLOSS_DB",
        help="Glossary file to use [default: $ZHGLOSS_DB, else your own (see 'zhgloss init'), else the bundled one].",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Write one JSON document to stdout.")]


def hint_for(exc: ZhglossError) -> str | None:
    """Return a one-line suggestion of what to do about `exc`, naming CLI commands and flags."""
    if isinstance(exc, ReadOnlyGlossaryError):
        return "run 'zhgloss init' to get your own copy of it, or pass --db PATH"
    if isinstance(exc, GlossaryFileError) and exc.problem == "no such glossary file":
        return f"create it with 'zhgloss init {exc.path}', or pass another --db"
    if isinstance(exc, GlossaryFileError) and exc.problem == "already exists":
        return "choose another path, or move the file away first"
    if isinstance(exc, GlossaryFileError) and exc.problem.startswith("is a folder"):
        return "pass the path of a glossary file, such as DIR/glossary.json"
    if isinstance(exc, GlossaryFileError):
        return "the file was not changed: fix or restore it, or pass another --db"
    return None


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print `message` as an error on stderr and exit with `code`."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn a ZhglossError into one line on stderr and its exit code; let bugs raise."""
    try:
        yield
    except ZhglossError as exc:
        code = next((c for cls, c in EXIT_CODES.items() if isinstance(exc, cls)), EXIT_NOT_FOUND)
        hint = hint_for(exc)
        typer.echo(f"Error: {exc}" + (f"; {hint}" if hint else ""), err=True)
        raise typer.Exit(code) from None


def echo_data(text: str) -> None:
    """Print `text` (names, notes, article text) to stdout; on a terminal, with control characters escaped.

    Escape sequences in data could otherwise set the window title, clear the screen or write the
    clipboard (see `zhgloss.script.terminal_safe`). A pipe or file gets the text as it is.
    """
    if sys.stdout.isatty():
        from zhgloss.script import terminal_safe

        text = terminal_safe(text)
    typer.echo(text)


def use_color(stream: Any = None) -> bool:
    """Tell whether to colour output: only on a terminal, and never when NO_COLOR is set."""
    stream = stream or sys.stdout
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def style(text: str, **kwargs: Any) -> str:
    """Style `text` for stdout when colour is on; return it unchanged otherwise."""
    return typer.style(text, **kwargs) if use_color() else text


def to_json(data: Any) -> str:
    """Serialize `data` the one way zhgloss writes JSON: real characters, sorted keys."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)


def read_stdin_text() -> str:
    """Read all of stdin as UTF-8 (a BOM is dropped); raise FormatError with the byte offset if it is not."""
    from zhgloss.formats import read_limited

    raw = read_limited(sys.stdin.buffer, "<stdin>")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError("<stdin>", f"is not UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})") from None

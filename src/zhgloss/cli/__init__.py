"""The zhgloss command line: a thin Typer layer over the library.

Each command lives in a module of this package and registers itself on the one
app (`zhgloss.cli.common.app`). `zhgloss.cli.app` is that app with every
command loaded. The console script loads only the module of the command it
runs: `zhgloss lookup` is typed hundreds of times a day, and importing every
command's module (and building every command's options) costs it start-up time.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

COMMANDS: dict[str, str] = {
    "lookup": "glossary",
    "show": "glossary",
    "list": "glossary",
    "init": "glossary",
    "search": "search",
    "annotate": "annotate",
    "check": "check",
    "romanize": "curate",
    "add": "curate",
    "edit": "curate",
    "remove": "curate",
    "validate": "curate",
    "import": "exchange",
    "export": "exchange",
    "harvest": "exchange",
    "serve": "serve",
}
"""Each command and the module of this package that defines it (a test keeps this in step)."""

SUMMARIES: dict[str, str] = {
    "lookup": "Find entries exactly, by Chinese (simplified or traditional), English or pinyin.",
    "show": "Show the entry with the id ID.",
    "list": "List the glossary's entries, one per line: id, type, Chinese, English.",
    "init": "Copy the bundled glossary to a file of your own, which zhgloss then uses.",
    "search": "Find entries by a name as it was heard, half-remembered or mistyped, best first.",
    "annotate": "Gloss every glossary name in articles: 雷军（Lei Jun）, Lei Jun (雷军).",
    "check": "Check the names in an English translation of a Chinese text against the glossary.",
    "romanize": "Write Chinese personal names in pinyin the way names are written (GB/T 28039).",
    "add": "Add a name, filling in its traditional form, pinyin and (for people) English form.",
    "edit": "Change an entry: with flags, or with none in $EDITOR as JSON (checked before it is saved).",
    "remove": "Remove an entry. Asks first on a terminal; elsewhere needs --yes.",
    "validate": "Lint a glossary: pinyin, English forms, traditional forms, clashing forms, references, role dates.",
    "import": "Import entries from a CSV, TSV, OmegaT, TBX, JSON Lines or CC-CEDICT file, in one write.",
    "export": "Export the glossary as CSV, TSV, OmegaT, TBX or JSON Lines (default: jsonl, or from -o's suffix).",
    "harvest": "Find name pairs written into an article and propose glossary entries.",
    "serve": "Serve the glossary as a local web page: search as you type, annotate, check.",
}
"""The first paragraph of each command's help: `zhgloss --help` lists them without importing any command.

A test holds `zhgloss --help` written from these equal to the help of the app with every command loaded.
"""


def load_commands(modules: Iterable[str] | None = None) -> typer.Typer:
    """Import the command modules named (default: all) and return the app they registered on."""
    from zhgloss.cli.common import app

    # In the table's order, which is the order `zhgloss --help` lists the commands in.
    for module in dict.fromkeys(COMMANDS.values()) if modules is None else modules:
        importlib.import_module(f"zhgloss.cli.{module}")
    return app


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        return load_commands()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _command_modules(argv: list[str]) -> list[str] | None:
    """Return the modules `argv` needs: its command's, none for `--version`, or None for all (a typo)."""
    for arg in argv:
        if not arg.startswith("-"):
            module = COMMANDS.get(arg)
            return None if module is None else [module]
        if arg == "--version":  # an eager option of the app itself: it exits before any command
            return []
    return None


def _is_app_help(argv: list[str]) -> bool:
    """Tell whether `argv` asks for the app's own help (`zhgloss`, `zhgloss --help`), not a command's."""
    for arg in argv:
        if not arg.startswith("-"):
            return False
        if arg in ("-h", "--help"):
            return True
    return not argv


def _help_stub() -> None:
    """Stands in for a command in `zhgloss --help`, which never runs it."""


def load_help() -> typer.Typer:
    """Return the app with each command as a stub carrying its summary: all `zhgloss --help` reads.

    Importing every command module and building every command's options would double the time of
    `zhgloss --help` over a bare Typer app.
    """
    from zhgloss.cli.common import app

    for name, summary in SUMMARIES.items():
        app.command(name, help=summary)(_help_stub)
    return app


def main() -> None:
    """Run the command line (the `zhgloss` console script)."""
    argv = sys.argv[1:]
    app = load_help() if _is_app_help(argv) else load_commands(_command_modules(argv))
    try:
        app(prog_name="zhgloss")
    except BrokenPipeError:
        # The reader went away (`zhgloss ... | head`): not an error worth a traceback.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)

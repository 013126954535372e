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


def _command_module(argv: list[str]) -> str | None:
    """Return the module of the command `argv` runs, or None when every command is needed (help, typos)."""
    for arg in argv:
        if not arg.startswith("-"):
            return COMMANDS.get(arg)
        if arg in ("-h", "--help"):
            return None
    return None


def main() -> None:
    """Run the command line (the `zhgloss` console script)."""
    module = _command_module(sys.argv[1:])
    app = load_commands(None if module is None else [module])
    try:
        app(prog_name="zhgloss")
    except BrokenPipeError:
        # The reader went away (`zhgloss ... | head`): not an error worth a traceback.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)

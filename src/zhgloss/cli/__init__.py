"""The zhgloss command line: a thin Typer layer over the library.

Each command lives in a module of this package and registers itself on `app`.
"""

from __future__ import annotations

import sys

import typer

from zhgloss import __version__
from zhgloss.cli.common import EXIT_CODES_HELP

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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zhgloss {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Chinese–English name glossary: look names up, search them, gloss articles, check translations."""


# Command modules. Each registers its commands on `app` when imported.
# (keep one import per line: several people add to this block)
from zhgloss.cli import glossary  # noqa: E402,F401
from zhgloss.cli import search  # noqa: E402,F401
from zhgloss.cli import check  # noqa: E402,F401
from zhgloss.cli import annotate  # noqa: E402,F401
from zhgloss.cli import exchange  # noqa: E402,F401
from zhgloss.cli import curate  # noqa: E402,F401


def main() -> None:
    """Run the command line (the `zhgloss` console script)."""
    try:
        app(prog_name="zhgloss")
    except BrokenPipeError:
        # The reader went away (`zhgloss ... | head`): not an error worth a traceback.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)

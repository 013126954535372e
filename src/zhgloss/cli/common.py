"""What every command shares: options, error reporting, exit codes, output helpers.

Kept light: importing this module must not load pypinyin, rapidfuzz, OpenCC or
the automata; commands import those inside their bodies.
"""

from __future__ import annotations

import json
import os
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer._click import exceptions as click_exceptions
from typer._click import types as click_types
from typer.core import TyperArgument, TyperCommand, TyperGroup
from typer.models import CommandFunctionType

from zhgloss.errors import (
    ConversionError,
    DuplicateEntryError,
    FormatError,
    GlossaryBusyError,
    GlossaryFileError,
    InvalidEntryError,
    NotFoundError,
    ReadOnlyGlossaryError,
    TargetExistsError,
    UsageError,
    ZhglossError,
)


class ExitCode(IntEnum):
    """Every exit code of the command line: the README's table in code (a test keeps the two in step)."""

    OK = 0
    NOT_FOUND = 1
    USAGE = 2
    DATA = 3
    INTERRUPTED = 130


EXIT_MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.NOT_FOUND: "nothing found (lookup, search, list, harvest; import of a file with no entries), "
    "problems found (check, validate), or nothing done because you answered no",
    ExitCode.USAGE: "usage error: a bad option, argument or choice, an invalid entry typed on the command line, "
    "a missing input file, no terminal where the command needs one, or a package zhgloss needs that is not installed "
    "(an install older than the code: reinstall)",
    ExitCode.DATA: "data error: a missing, unreadable or corrupt glossary (--db), malformed import file, "
    "undecodable input",
    ExitCode.INTERRUPTED: "interrupted: Ctrl-C, or the end of input at a question",
}
"""What each exit code means, as `--help` and the README's table say it."""

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_DATA = ExitCode.OK, ExitCode.NOT_FOUND, ExitCode.USAGE, ExitCode.DATA

EXIT_CODES: dict[type[ZhglossError], ExitCode] = {
    NotFoundError: ExitCode.NOT_FOUND,
    InvalidEntryError: ExitCode.USAGE,
    UsageError: ExitCode.USAGE,
    DuplicateEntryError: ExitCode.USAGE,
    ReadOnlyGlossaryError: ExitCode.USAGE,
    GlossaryFileError: ExitCode.DATA,
    GlossaryBusyError: ExitCode.DATA,
    FormatError: ExitCode.DATA,
    ConversionError: ExitCode.DATA,
}
"""The exit code of each kind of error (the first class that matches, in this order)."""

EXIT_CODES_HELP = "Exit codes: " + "; ".join(f"{int(code)} {meaning}" for code, meaning in EXIT_MEANINGS.items()) + "."


def exit_code_for(exc: ZhglossError) -> ExitCode:
    """Return the exit code for `exc` from EXIT_CODES (NOT_FOUND for an error of no listed kind)."""
    return next((c for cls, c in EXIT_CODES.items() if isinstance(exc, cls)), ExitCode.NOT_FOUND)


def did_you_mean(value: str, choices: Iterable[str]) -> str | None:
    """Return the choice closest to a mistyped `value` ("persn" -> "person"), or None if none is close."""
    import difflib

    folded = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(value.lower(), list(folded), n=1, cutoff=0.6)
    if not close and value:
        close = [c for c in folded if c.startswith(value.lower())][:1]
    return folded[close[0]] if close else None


def _fold_choice(value: str) -> str:
    return value.strip().lower()


class ChoiceType(click_types.ParamType):
    """A closed set of values for an option: a wrong one is a usage error (exit 2) naming them all.

    Every option with a fixed set of values uses this type (a test walks the commands to
    make sure), so they all answer a typo alike: "'persn' is not one of person, org, ...;
    did you mean 'person'?". `aliases` maps other accepted spellings to a choice;
    `normalize` folds the value first (default: strip, lower case). With `separator`, the
    value is a list ("missing,misspelt") and each item must be a choice.
    """

    name = "choice"

    def __init__(
        self,
        choices: Iterable[str],
        *,
        aliases: dict[str, str] | None = None,
        normalize: Callable[[str], str] = _fold_choice,
        separator: str | None = None,
    ) -> None:
        self.choices: tuple[str, ...] = tuple(choices)
        self.aliases = dict(aliases or {})
        self.normalize = normalize
        self.separator = separator

    def get_metavar(self, param: Any, ctx: Any = None) -> str:
        return "|".join(self.choices) if self.separator is None else f"KIND[{self.separator}KIND...]"

    def convert(self, value: Any, param: Any, ctx: Any) -> str:
        if not isinstance(value, str):
            return str(value)
        if self.separator is None:
            return self._one(value, param, ctx)
        return self.separator.join(self._one(item, param, ctx) for item in value.split(self.separator) if item.strip())

    def _one(self, value: str, param: Any, ctx: Any) -> str:
        folded = self.normalize(value)
        if folded in self.choices:
            return folded
        if folded in self.aliases:
            return self.aliases[folded]
        guess = did_you_mean(folded, [*self.choices, *self.aliases])
        tail = f"; did you mean {self.aliases.get(guess, guess)!r}?" if guess else ""
        self.fail(f"{value!r} is not one of {', '.join(self.choices)}{tail}", param, ctx)


def choice_option(
    *names: str,
    choices: Iterable[str],
    aliases: dict[str, str] | None = None,
    normalize: Callable[[str], str] = _fold_choice,
    separator: str | None = None,
    **kwargs: Any,
) -> Any:
    """Declare an option whose value must be one of `choices` (see ChoiceType); `kwargs` go to typer.Option."""
    kind = ChoiceType(choices, aliases=aliases, normalize=normalize, separator=separator)
    return typer.Option(*names, click_type=kind, **kwargs)


def type_option(*names: str, help: str) -> Any:
    """Declare an --type option: one of the entry types zhgloss knows (KNOWN_TYPES), or one of their aliases.

    `help` is the start of a sentence ("Only entries of this type"); the types are listed after it.
    """
    from zhgloss.model import KNOWN_TYPES, TYPE_ALIASES, normalize_type

    return choice_option(
        *names,
        choices=KNOWN_TYPES,
        aliases=TYPE_ALIASES,
        normalize=normalize_type,
        metavar="TYPE",
        help=f"{help}: {', '.join(KNOWN_TYPES)}.",
    )


def move_global_options(args: list[str]) -> list[str]:
    """Move `--db PATH` and `--json` written before the command name to just after it.

    So `zhgloss --db X --json lookup 雷军` runs as `zhgloss lookup --db X --json 雷军`. Given in
    both places, the one after the command name wins (it comes last). Other leading options
    (--version, --help) stay where they are.
    """
    moved: list[str] = []
    rest = list(args)
    i = 0
    while i < len(rest) and rest[i].startswith("-") and rest[i] != "-":
        arg = rest[i]
        if arg == "--db" and i + 1 < len(rest):
            moved += rest[i : i + 2]
            del rest[i : i + 2]
        elif arg == "--json" or arg.startswith("--db="):
            moved.append(arg)
            del rest[i]
        else:
            i += 1
    if not moved or i >= len(rest):
        return list(args)
    return [*rest[: i + 1], *moved, *rest[i + 1 :]]


def _usage_piece(param: Any) -> str:
    # One style for every usage line: QUERY..., ID, [PATH], SOURCE [TRANSLATION] (Typer writes {queries}, [path]).
    name = str(param.metavar or param.name or "").strip("[]{}").upper()
    if " " in name:  # a usage form written out by hand: "SOURCE [TRANSLATION] | FILE... | DIR..."
        return name
    if param.nargs != 1:
        name += "..."
    return name if param.required else f"[{name}]"


def usage_error_line(exc: click_exceptions.ClickException) -> str:
    """Return Typer's usage error as one line, saying where to read more.

    A bad option value points at --help ("--type: 'persn' is not one of ...; did you mean
    'person'? (see 'zhgloss add --help')"); a missing or extra argument shows the usage line.
    """
    param = getattr(exc, "param", None)
    ctx = getattr(exc, "ctx", None)
    is_option = param is not None and param.param_type_name == "option"
    if type(exc) is click_exceptions.BadParameter and is_option and param is not None:
        message = f"{max(param.opts, key=len)}: {exc.message}"
    else:
        message = exc.format_message()
    message = " ".join(message.split()).rstrip(".")
    if not isinstance(exc, click_exceptions.UsageError) or ctx is None:
        return message
    if is_option or isinstance(exc, click_exceptions.NoSuchOption) or "option" in message.lower():
        return f"{message} (see '{ctx.command_path} --help')"
    usage = " ".join(ctx.get_usage().split()).removeprefix("Usage: ")
    return f"{message} (usage: {usage})"


class ZhglossCommand(TyperCommand):
    """A command whose usage line names its arguments in capitals, optional ones in [brackets]."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        pieces += [_usage_piece(p) for p in self.get_params(ctx) if isinstance(p, TyperArgument)]
        return pieces


class ZhglossGroup(TyperGroup):
    """The top-level command: global options before the command name; exit codes from ExitCode."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, move_global_options(args))

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        if sys.stderr.isatty():
            from zhgloss.progress import set_reporter

            set_reporter(terminal_step)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except (typer.Abort, KeyboardInterrupt, EOFError):
            # Ctrl-C anywhere, or Ctrl-D at a question: end the line, no "Aborted!", the shell's 130.
            typer.echo("", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except click_exceptions.ClickException as exc:
            typer.echo(f"Error: {usage_error_line(exc)}", err=True)
            sys.exit(exc.exit_code)
        sys.exit(code if isinstance(code, int) else ExitCode.OK)


PROGRESS_AFTER = 1.0
"""Seconds a step runs before the terminal is told what it is (ZHGLOSS_PROGRESS_AFTER overrides; tests use 0)."""


@contextmanager
def terminal_step(label: str) -> Iterator[None]:
    """Report a slow step on stderr (a terminal): its label once it has run PROGRESS_AFTER seconds, then its time.

    Fast steps print nothing, so a command that answers at once stays silent.
    """
    import threading
    import time

    delay = float(os.environ.get("ZHGLOSS_PROGRESS_AFTER", PROGRESS_AFTER))
    start = time.monotonic()
    shown = threading.Event()

    def show() -> None:
        shown.set()
        sys.stderr.write(f"{label}…\n")
        sys.stderr.flush()

    timer = threading.Timer(delay, show)
    timer.daemon = True
    if delay <= 0:
        show()
    else:
        timer.start()
    try:
        yield
    finally:
        timer.cancel()
        if shown.is_set():
            sys.stderr.write(f"{label}: done in {time.monotonic() - start:.1f} s\n")
            sys.stderr.flush()


class ZhglossTyper(typer.Typer):
    """The Typer app, whose commands are ZhglossCommands unless told otherwise."""

    def command(
        self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any
    ) -> Callable[[CommandFunctionType], CommandFunctionType]:
        return super().command(name, cls=cls or ZhglossCommand, **kwargs)


APP_HELP = """Chinese–English name glossary: look names up, search them, gloss articles, check translations.

\b
Examples:
  zhgloss lookup 雷军                        a card: characters, pinyin, English, roles
  zhgloss search lqd --type person           a name half remembered
  zhgloss annotate article.txt > glossed.txt
  zhgloss check article.zh.txt article.en.txt
  zhgloss --db mine.json add 卢伟冰 --en "Lu Weibing"

'zhgloss COMMAND --help' shows a command's options and an example. --db PATH (or $ZHGLOSS_DB) and --json
go before or after the command name.
"""

app = ZhglossTyper(
    name="zhgloss",
    cls=ZhglossGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    help=APP_HELP,
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
        # The path quoted once, as a shell reads it ('/tmp/my dir/g.json'), and then no quotes of the message's own
        # around the command (VAL-40-1: "'zhgloss init /tmp/my dir/g.json'" run as printed made /tmp/my).
        path = shlex.quote(str(exc.path))
        command = f"zhgloss init {path}" if path != str(exc.path) else f"'zhgloss init {path}'"
        return (
            f"create it with {command} (a copy of the bundled glossary; with --empty, an empty one), "
            "or pass another --db"
        )
    if isinstance(exc, TargetExistsError):
        return "choose another path, or move the file away first"
    if isinstance(exc, GlossaryFileError) and exc.problem.startswith("is a folder"):
        return "pass the path of a glossary file, such as DIR/glossary.json"
    if isinstance(exc, GlossaryFileError) and "'zhgloss import " in exc.problem:
        # A CSV, TBX or workbook given as --db: the message names the way in (store.py); nothing to fix or restore.
        return "the file was not changed"
    if isinstance(exc, GlossaryFileError):
        return "the file was not changed: fix or restore it, or pass another --db"
    return None


def count(n: int, one: str, many: str) -> str:
    """Write `n` things in English: count(1, "entry", "entries") -> "1 entry", count(3, ...) -> "3 entries"
    (`zhgloss.errors.count_of`, the rule the library's messages use too)."""
    from zhgloss.errors import count_of

    return count_of(n, one, many)


def is_terminal() -> bool:
    """Tell whether a person is at the keyboard (stdin is a terminal), so questions make sense."""
    return sys.stdin.isatty()


def confirm_or_stop(question: str, *, default: bool, declined: str) -> None:
    """Ask `question` on the terminal; on "no", say `declined` ("nothing added") and exit NOT_FOUND (1)."""
    if not typer.confirm(question, default=default, err=True):
        typer.echo(declined, err=True)
        raise typer.Exit(ExitCode.NOT_FOUND)


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
        code = exit_code_for(exc)
        hint = hint_for(exc)
        typer.echo(f"Error: {exc}" + (f"; {hint}" if hint else ""), err=True)
        raise typer.Exit(code) from None


def echo_data(text: str) -> None:
    """Print `text` (names, notes, article text) to stdout; on a terminal, with control characters escaped.

    Escape sequences in data could otherwise set the window title, clear the screen or write the
    clipboard (see `zhgloss.script.terminal_safe`). A pipe or file gets the text as it is.
    """
    if sys.stdout.isatty():
        import re

        from zhgloss.script import terminal_safe

        # Colour and bold (SGR: ESC [ digits m, which `style` adds) pass; every other sequence is escaped.
        pieces = re.split(r"(\x1b\[[0-9;]*m)", text)
        text = "".join(piece if i % 2 else terminal_safe(piece) for i, piece in enumerate(pieces))
    typer.echo(text)


def use_color(stream: Any = None) -> bool:
    """Tell whether to colour output: only on a terminal, and never when NO_COLOR is set to a value (no-color.org:
    "when present and not an empty string, regardless of its value"; NO_COLOR= alone leaves colour on)."""
    stream = stream or sys.stdout
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def style(text: str, **kwargs: Any) -> str:
    """Style `text` for stdout when colour is on; return it unchanged otherwise."""
    return typer.style(text, **kwargs) if use_color() else text


def to_json(data: Any) -> str:
    """Serialize `data` the one way zhgloss writes JSON: real characters, sorted keys."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)


def read_stdin_lines() -> list[str]:
    """Read stdin as one query per line, stripped; a blank line stays, as "", so output can line up with input.

    Raise FormatError if stdin is not UTF-8 (see read_stdin_text).
    """
    return [line.strip() for line in read_stdin_text().splitlines()]


def batch_queries(args: list[str]) -> list[str]:
    """Expand '-' among command-line `args` into the lines of stdin (see read_stdin_lines); keep the rest.

    Raises UsageError for an empty argument: unlike a blank line of a batch (kept, so output lines
    up with input), an empty name typed on the command line is a mistake.
    """
    out: list[str] = []
    for arg in args:
        if not arg.strip():
            raise UsageError(f"the query {arg!r} is empty: give a name, or - to read names from stdin")
        out.extend(read_stdin_lines() if arg == "-" else [arg])
    return out


def read_stdin_text() -> str:
    """Read all of stdin as UTF-8 (a BOM is dropped), or UTF-16 where a byte order mark says so (Windows' "Unicode"
    text); raise FormatError with the byte offset and what to do if it is neither.

    A query is a few characters, too few to tell GB18030 from Big5 by (import guesses on a whole file): it is
    refused, and the advice names the encoding the bytes do decode as, if any (`stdin_advice`).
    """
    from zhgloss.formats import read_limited

    raw = read_limited(sys.stdin.buffer, "<stdin>")
    try:
        return raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1]
        raise FormatError("<stdin>", f"is not UTF-8 (byte {exc.start}: {bad!r}): {stdin_advice(raw)}") from None


def stdin_advice(raw: bytes) -> str:
    """What to do with input `raw` that is not UTF-8: convert it from GB18030 or Big5 where it decodes so (iconv's
    names), else say it is no text in those (random bytes got 'convert it from GB18030', which iconv refuses)."""
    fits = []
    for codec, name in (("gb18030", "GB18030"), ("big5", "BIG5")):
        try:
            raw.decode(codec)
        except UnicodeDecodeError:
            continue
        fits.append(name)
    if not fits:
        return "it is no text in UTF-8, GB18030 or Big5; give the names as UTF-8 text"
    # A few characters may read as both (雷軍 in Big5 is GB18030 too): each is named, the likelier first.
    return "convert it to UTF-8 (" + "; or ".join(f"iconv -f {name} -t UTF-8" for name in fits) + ")"

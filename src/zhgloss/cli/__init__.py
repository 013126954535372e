"""The zhgloss command line: a thin Typer layer over the library.

Each command lives in a module of this package and registers itself on the one
app (`zhgloss.cli.common.app`). `zhgloss.cli.app` is that app with every
command loaded. The console script loads only the module of the command it
runs: `zhgloss lookup` is typed hundreds of times a day, and importing every
command's module (and building every command's options) costs it start-up time.
"""

from __future__ import annotations

import errno
import importlib
import io
import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: Ctrl-C is handled once main() runs

if TYPE_CHECKING:
    from collections.abc import Iterable

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
    "lookup": "Find entries exactly, by Chinese, English or pinyin.",
    "show": "Show the entry with the id ID.",
    "list": "List the glossary's entries: id, type, Chinese, English.",
    "init": "Start a glossary of your own: the bundled one copied, or empty.",
    "search": "Find entries by a name heard, half-remembered or mistyped.",
    "annotate": "Gloss every known name in articles: 雷军（Lei Jun）.",
    "check": "Check the names in a translation against the glossary.",
    "romanize": "Write Chinese personal names in pinyin (GB/T 28039).",
    "add": "Add a name; its traditional form and pinyin are filled in.",
    "edit": "Change an entry, with flags or in $EDITOR as JSON.",
    "remove": "Remove an entry.",
    "validate": "Lint a glossary: readings, forms, references, role dates.",
    "import": "Import entries: CSV, TSV, OmegaT, TBX, JSON Lines, CC-CEDICT.",
    "export": "Export the glossary as CSV, TSV, OmegaT, TBX or JSON Lines.",
    "harvest": "Find name pairs in an article and propose entries.",
    "serve": "Serve the glossary as a local web page.",
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


def _first_word(argv: list[str]) -> str | None:
    """Return the first argument that is not an option, or an option of the app's own that comes before it."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":  # a global option's value is not the command name (`zhgloss --db X lookup`)
            next(args, None)
        elif not arg.startswith("-") or arg in ("-h", "--help", "--version"):
            return arg
    return None


def _command_modules(argv: list[str]) -> list[str] | None:
    """Return the modules `argv` needs: its command's, none for `--version`, or None for all (help, typos)."""
    word = _first_word(argv)
    if word == "--version":  # an eager option of the app itself: it exits before any command
        return []
    return [COMMANDS[word]] if word in COMMANDS else None


def _command_name(argv: list[str]) -> str | None:
    """Return the known command `argv` runs, or None (none, the app's help or version, a typo)."""
    word = _first_word(argv)
    return word if word in COMMANDS else None


def _only(app: typer.Typer, name: str | None) -> typer.Typer:
    """Return `app` with only the command `name` (a copy; `app` is unchanged), or `app` itself if `name` is None.

    Typer builds the options of every registered command before it runs one: `zhgloss add` need not
    build those of romanize, edit, remove and validate, which share its module.
    """
    if name is None:
        return app
    import copy

    from typer.main import get_command_name

    only = copy.copy(app)
    only.registered_commands = [
        info
        for info in app.registered_commands
        if (info.name or get_command_name(info.callback.__name__ if info.callback else "")) == name
    ]
    return only


def _is_app_help(argv: list[str]) -> bool:
    """Tell whether `argv` asks for the app's own help (`zhgloss`, `zhgloss --help`), not a command's."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            next(args, None)
        elif not arg.startswith("-"):
            return False
        elif arg in ("-h", "--help"):
            return True
    return not argv


def _help_stub() -> None:
    """Stands in for a command in `zhgloss --help`, which never runs it."""


def load_help() -> typer.Typer:
    """Return the app with each command as a stub carrying its summary: all `zhgloss --help` reads.

    Importing every command module and building every command's options would make `zhgloss --help`
    take half as long again as a bare Typer app.
    """
    from zhgloss.cli.common import app

    for name, summary in SUMMARIES.items():
        app.command(name, help=summary)(_help_stub)
    return app


def main() -> None:
    """Run the command line (the `zhgloss` console script)."""
    # SIGTERM (kill, a service manager, a CI timeout) exits as Ctrl-C does: through the cleanup
    # code, so a write in progress removes its temporary file and releases the lock.
    try:
        import signal

        signal.signal(signal.SIGTERM, _terminate)
        _stand_in_for_closed_streams()
        code = _run(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl-C while the command's modules are still being imported
        code = 130
    except RuntimeError as exc:
        # Ctrl-C while a dataclass is being built at import: Python 3.11 wraps what a field's __set_name__
        # raises in "RuntimeError: Error calling __set_name__" (tests/test_hostile.py, start-up interrupts).
        if not isinstance(exc.__cause__, KeyboardInterrupt):
            raise  # a bug, which deserves its traceback
        code = 130
    except ModuleNotFoundError as exc:
        missing = _missing_dependency(exc)
        if missing is None:
            raise  # a bug, which deserves its traceback
        # An install older than the code (a `git pull` without a reinstall, a dependency removed by hand).
        sys.stderr.write(
            f"Error: zhgloss needs the package {missing!r}, which is not installed here; reinstall zhgloss "
            "(pip install -e . in a checkout, pip install --upgrade zhgloss otherwise)\n"
        )
        code = 2
    _spare_the_last_collection()
    if _command_name(sys.argv[1:]) == "import":
        _end_now(code)
    sys.exit(code)


class ClosedStreamError(OSError):
    """A read from or write to a standard stream whose file descriptor was closed (`zhgloss ... <&-` or `>&-`)."""


class _ClosedStream(io.RawIOBase):
    """The stand-in for a standard stream whose file descriptor is closed: Python sets sys.stdin or sys.stdout to
    None then, and every command would end in a traceback on its first use; this one is no terminal, and each read
    or write raises ClosedStreamError, which `_run` reports in one line."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def readable(self) -> bool:
        return self.what == "input"

    def writable(self) -> bool:
        return self.what == "output"

    def isatty(self) -> bool:
        return False

    def readinto(self, buffer: object) -> int:
        raise ClosedStreamError(errno.EBADF, "standard input is closed")

    def write(self, data: object) -> int:
        raise ClosedStreamError(errno.EBADF, "standard output is closed")


def _stand_in_for_closed_streams() -> None:
    """Give a closed standard stream (None) a stand-in (`_ClosedStream`); a closed stderr writes nowhere."""
    if sys.stdin is None:
        sys.stdin = io.TextIOWrapper(io.BufferedReader(_ClosedStream("input")), encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedStream("output")), encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the process's own stderr, kept open)


def _end_now(code: int | str | None) -> None:
    """End an import's process at once, its output out and its exit functions run, without tearing the interpreter down.

    A full CC-CEDICT import leaves ~10^5 objects in its modules' caches (the parse's tables of senses, its
    regular expressions), which the interpreter frees one by one at exit even when its last collection is spared
    (`_spare_the_last_collection`): ~0.03 s of ~4.3 s of CPU. By then the import has written its glossary (flushed,
    fsynced, renamed: `zhgloss.atomic.write_atomic`) and its cache markers, closed its files and released its lock,
    or rolled all of it back. Here stdout and stderr are flushed and the exit functions run (`atexit`: logging's
    shutdown, which the file lock's module registers), then `os._exit` ends the process with `code`. A stream that
    cannot be flushed, or a code that is no number, is left to the interpreter's own exit, as before.
    """
    if code is not None and not isinstance(code, int):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # (a full disk, a closed stream: the interpreter's exit says so)
        return
    import atexit
    import os

    atexit._run_exitfuncs()
    os._exit(code or 0)


def _spare_the_last_collection() -> None:
    """Keep the interpreter's exit from walking every object still alive with the cyclic collector.

    At exit CPython runs a full collection over what the command leaves in its caches (a full CC-CEDICT import's
    tables of senses, a first lookup's indexes of 10^5 entries): measured ~0.1 s of an import's 4.5 s and ~0.4 s of
    the first lookup after it. `gc.freeze` moves every object to the generation no collection visits; reference
    counting still frees them all as the modules are torn down. Nothing a command needs is left to that collection:
    its files are written and closed (`zhgloss.atomic.write_atomic`), its lock released, and the standard streams
    are flushed by the interpreter whatever the collector does. Only a finalizer of cyclic garbage made by then
    does not run.
    """
    import gc

    gc.freeze()


def _missing_dependency(exc: ModuleNotFoundError) -> str | None:
    """The distribution zhgloss declares (pyproject.toml) whose missing module `exc` reports, else None."""
    import re
    from importlib.metadata import PackageNotFoundError, requires

    top = (exc.name or "").partition(".")[0]
    try:
        declared = requires("zhgloss") or []
    except PackageNotFoundError:  # run from a source tree that was never installed
        return None
    for requirement in declared:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0]
        if name.lower().replace("-", "_") == top.lower():
            return name
    return None


def _terminate(signum: int, frame: object) -> None:
    sys.exit(128 + signum)


def _run(argv: list[str]) -> int | str | None:
    """Run the app on `argv`; return its exit code, with the ends of output it cannot write made plain."""
    bad = _undecodable_argument(argv)
    if bad is not None:
        sys.stderr.write(
            f"Error: argument {bad + 1} ({argv[bad]!r}) is not valid UTF-8; zhgloss reads its arguments as UTF-8\n"
        )
        return 2
    app = load_help() if _is_app_help(argv) else _only(load_commands(_command_modules(argv)), _command_name(argv))
    code: int | str | None = 0
    failure: OSError | None = None
    try:
        app(prog_name="zhgloss")
    except SystemExit as exc:
        code = exc.code
        if _is_broken_pipe(exc.__context__):
            # The reader went away (`zhgloss list | head -1`): a normal end for a Unix filter.
            _silence_stdout()
            return 0
    except ClosedStreamError as exc:
        if exc.strerror == "standard input is closed":
            sys.stderr.write("Error: no standard input (it is closed): give a file, or pipe the text in\n")
            return 2
        failure = exc
    except OSError as exc:
        if not _is_output_error(exc):
            raise  # a bug, which deserves its traceback
        failure = exc
    failure = failure or _flush_stdout()
    if failure is None:
        return code
    _silence_stdout()
    if _is_broken_pipe(failure):
        return 0
    # A full disk, /dev/full: output was lost, and the exit code must say so.
    sys.stderr.write(f"Error: cannot write the output: {failure.strerror}\n")
    return 3


def _is_output_error(exc: OSError) -> bool:
    """Tell whether `exc` is a failed write of output: no file named (a stream), and a device-full or I/O errno.

    Files zhgloss opens by name (the glossary, an export file) fail with their name attached,
    and the library turns those into its own errors.
    """
    import errno

    return exc.filename is None and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE)


def _flush_stdout() -> OSError | None:
    """Flush stdout; return the error if it cannot be written, else None."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        return exc
    return None


def _undecodable_argument(argv: list[str]) -> int | None:
    """Return the position of the first argument holding bytes that are not UTF-8, or None.

    Python keeps such bytes as lone surrogates. An existing file's name may hold them (a path
    is bytes on Linux), so a path that exists is left for the command to open.
    """
    import os

    for position, arg in enumerate(argv):
        if not any("\udc80" <= c <= "\udcff" for c in arg):
            continue
        value = arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg
        if not os.path.exists(value):
            return position
    return None


def _is_broken_pipe(exc: BaseException | None) -> bool:
    import errno

    return isinstance(exc, OSError) and exc.errno == errno.EPIPE


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what is left cannot fail again."""
    if isinstance(getattr(getattr(sys.stdout, "buffer", None), "raw", None), _ClosedStream):
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (kept open to the end)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)

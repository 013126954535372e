"""The `check` command: names in a translation against the glossary."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer

from zhgloss.cli.common import (
    EXIT_DATA,
    EXIT_NOT_FOUND,
    EXIT_USAGE,
    DbOpt,
    JsonOpt,
    app,
    echo_data,
    fail,
    reported_errors,
    style,
    to_json,
)
from zhgloss.errors import UsageError

if TYPE_CHECKING:
    from zhgloss.check import CheckReport, Kind, Problem
    from zhgloss.formats.bilingual import BilingualFormat, Segment

DEFAULT_FAIL_ON = "missing,misspelt,order,inconsistent,unexpected,forbidden"
KIND_COLOURS = {"variant": "yellow", "inconsistent": "magenta"}
PROGRESS_MIN_SEGMENTS = 2000
EXIT_CODES_HELP = (
    "Exit codes: 0 no problem of a --fail-on kind; 1 problems of a --fail-on kind found; "
    "2 usage error; 3 malformed or undecodable input, line counts that differ, or a bad glossary."
)


def render_problem(problem: Problem) -> str:
    """Render a problem as one line: segment, kind, source name, what was found, what is expected."""
    where = str(problem.segment)
    if problem.segment_id and problem.segment_id != where:
        where += f" [{problem.segment_id}]"
    elif problem.line is not None and problem.line != problem.segment:
        where += f" [line {problem.line}]"
    kind = style(problem.kind, fg=KIND_COLOURS.get(problem.kind, "red"), bold=True)
    found = f'"{problem.found}"' if problem.found is not None else "nothing"
    if problem.kind == "unexpected":
        line = f"{where}: {kind} {problem.expected}: found {found}, expected {problem.expected} in the source"
    else:
        line = f'{where}: {kind} {problem.source}: found {found}, expected "{problem.expected}"'
    return line + (f" ({problem.note})" if problem.note else "")


def render_summary(report: CheckReport, failing: int) -> str:
    """Render the counts for stderr: segments read, problems by kind, how many fail the check."""
    total = len(report.problems)
    head = f"checked {report.segments} segment" + ("" if report.segments == 1 else "s")
    if total:
        kinds = ", ".join(f"{n} {kind}" for kind, n in report.counts().items() if n)
        head += f": {total} name problem" + ("" if total == 1 else "s") + f" ({kinds}); {failing} fail the check"
    else:
        head += ": no name problems"
    if report.untranslated:
        shown = ", ".join(str(n) for n in report.untranslated[:5]) + (", …" if len(report.untranslated) > 5 else "")
        count = len(report.untranslated)
        head += f"; {count} without a translation skipped (segment{'' if count == 1 else 's'} {shown})"
    return head


def _open(name: str) -> BinaryIO:
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")  # closed by _segments when the segments are read
    except FileNotFoundError:
        fail(f"{name!r}: no such file", EXIT_USAGE)
    except IsADirectoryError:
        fail(f"{name!r} is a folder, not a file", EXIT_USAGE)
    except OSError as exc:
        fail(f"{name!r} cannot be read: {exc.strerror}", EXIT_DATA)


def _segments(files: list[str], file_format: str | None, windowed: set[int]) -> Iterator[Segment]:
    """Stream the segments of SOURCE [TRANSLATION]: pairs are read as they are checked, long ones in windows.

    The numbers of the segments checked in windows are added to `windowed`.
    """
    from zhgloss.formats.bilingual import iter_bilingual, iter_parallel, windows

    if len(files) == 2:
        if file_format is not None:
            fail("--format applies to a single bilingual file, not to SOURCE TRANSLATION", EXIT_USAGE)
        if files[0] == files[1] == "-":
            fail("only one of SOURCE and TRANSLATION can be '-' (stdin)", EXIT_USAGE)
    streams = [_open(name) for name in files]
    try:
        if len(files) == 2:
            segments = iter_parallel(streams[0], streams[1], _label(files[0]), _label(files[1]))
        else:
            chosen: BilingualFormat | None = file_format  # type: ignore[assignment]
            segments = iter_bilingual(streams[0], _label(files[0]), chosen)
        for segment in windows(segments):
            if segment.window is not None:
                windowed.add(segment.number)
            yield segment
    finally:
        for stream in streams:
            if stream is not sys.stdin.buffer:
                stream.close()


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


@app.command(epilog=EXIT_CODES_HELP)
def check(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="The Chinese text, one segment per line (UTF-8, UTF-16, GB18030 or Big5); "
            "or one bilingual file holding both: a two-column TSV (source TAB target) or XLIFF 1.2 / 2.0. "
            "'-' reads stdin.",
            show_default=False,
        ),
    ],
    translation: Annotated[
        str | None,
        typer.Argument(
            metavar="[TRANSLATION]",
            help="The English translation, aligned with SOURCE line by line; '-' reads stdin.",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            metavar="KINDS",
            help="Problem kinds that make the exit code 1, comma-separated: missing, misspelt, order, "
            "variant, inconsistent, unexpected, forbidden, or all / none.",
        ),
    ] = DEFAULT_FAIL_ON,
    file_format: Annotated[
        str | None,
        typer.Option("--format", metavar="tsv|xliff", help="Format of a single bilingual file [default: by content]."),
    ] = None,
) -> None:
    """Check the names in an English translation of a Chinese text against the glossary.

    For each segment, every glossary name in the Chinese source must be rendered in the
    English target (twice if written twice): missing, misspelt (Zuo Tao for 邹涛), order
    (Jun Lei for 雷军) and variant (Ma Yun where the glossary prefers Jack Ma; a warning) are
    reported, and so are names rendered differently across segments (inconsistent) and
    English names whose Chinese is not in the source (unexpected). One line per problem on
    stdout, a summary on stderr; exit code 1 if a --fail-on kind was found.

    Example: zhgloss check article.zh.txt article.en.txt --fail-on missing,misspelt
    """
    from zhgloss.check import checker_for, parse_kinds
    from zhgloss.store import Glossary

    if file_format is not None and file_format not in ("tsv", "xliff"):
        fail(f"--format must be tsv or xliff, not {file_format!r}", EXIT_USAGE)
    try:
        kinds: frozenset[Kind] = parse_kinds(fail_on)
    except UsageError as exc:
        fail(f"--fail-on: {exc}", EXIT_USAGE)
    with reported_errors():
        with Glossary.open(db) as gloss:
            checker = checker_for(gloss)
        windowed: set[int] = set()
        segments = _segments([source] if translation is None else [source, translation], file_format, windowed)
        first = list(itertools.islice(segments, PROGRESS_MIN_SEGMENTS))
        if len(first) == PROGRESS_MIN_SEGMENTS and sys.stderr.isatty():
            # The segments are streamed, so how many there are is not known ahead: the bar counts them.
            with typer.progressbar(itertools.chain(first, segments), label="checking", file=sys.stderr) as bar:
                report = checker.check(bar)
        else:
            report = checker.check(itertools.chain(first, segments))
    failing = report.failing(kinds)
    if as_json:
        echo_data(to_json(report.to_dict(kinds)))
    elif report.problems:
        echo_data("\n".join(render_problem(problem) for problem in report.problems))
    typer.echo(render_summary(report, len(failing)), err=True)
    if windowed:
        from zhgloss.formats.bilingual import WINDOW_CHARS

        shown = ", ".join(str(n) for n in sorted(windowed)[:5]) + (", …" if len(windowed) > 5 else "")
        typer.echo(
            f"note: segment{'s' if len(windowed) > 1 else ''} {shown} checked in windows of about "
            f"{WINDOW_CHARS:,} characters cut at sentence ends (too long to check whole); "
            "a name rendered across a cut may be reported missing",
            err=True,
        )
    if failing:
        raise typer.Exit(EXIT_NOT_FOUND)

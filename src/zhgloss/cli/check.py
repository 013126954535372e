"""The `check` command: names in a translation against the glossary."""

from __future__ import annotations

import io
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, BinaryIO

import typer

from zhgloss.cli.common import (
    EXIT_DATA,
    EXIT_NOT_FOUND,
    EXIT_USAGE,
    DbOpt,
    JsonOpt,
    app,
    choice_option,
    echo_data,
    fail,
    reported_errors,
    style,
    to_json,
)
from zhgloss.cli.corpus import JobsOpt, SchedulerOpt
from zhgloss.errors import UsageError, count_of

if TYPE_CHECKING:
    from zhgloss.check import Kind, Problem
    from zhgloss.formats.bilingual import BilingualFormat, Segment

FAIL_ON_KINDS = ("missing", "misspelt", "order", "variant", "inconsistent", "unexpected", "forbidden")
"""zhgloss.check.KINDS, kept here because importing zhgloss.check loads the matcher (a test keeps them equal)."""
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


def _segments(
    files: list[str], file_format: str | None, windowed: set[int], encoding: str = "auto"
) -> Iterator[Segment]:
    """Stream the segments of SOURCE [TRANSLATION]: pairs are read as they are checked, long ones in windows.

    The numbers of the segments checked in windows are added to `windowed`. `encoding` ("auto": by the bytes) is the
    inputs' (`_in_encoding`).
    """
    from zhgloss.formats.bilingual import (
        DETECT_BYTES,
        PrefixedReader,
        check_direction,
        iter_bilingual,
        iter_parallel,
        windows,
    )

    if len(files) == 2:
        if file_format is not None:
            fail("--format applies to a single bilingual file, not to SOURCE TRANSLATION", EXIT_USAGE)
        if files[0] == files[1] == "-":
            fail("only one of SOURCE and TRANSLATION can be '-' (stdin)", EXIT_USAGE)
    streams = [_open(name) for name in files]
    if encoding != "auto":
        streams = [_in_encoding(stream, _label(name), encoding) for stream, name in zip(streams, files, strict=True)]
    try:
        if len(files) == 2:
            from zhgloss.office import document_stream

            # A .docx or .odt is read as its text, a paragraph a line (zhgloss.office).
            source, target = (document_stream(s, _label(n)) or s for s, n in zip(streams, files, strict=True))
            segments = check_direction(
                iter_parallel(source, target, _label(files[0]), _label(files[1])),
                _label(files[0]),
                _label(files[1]),
            )
        else:
            chosen: BilingualFormat | None = file_format  # type: ignore[assignment]
            lone: IO[bytes] = streams[0]
            table = _document_table(streams[0], _label(files[0]))
            if table is not None:
                lone, chosen = table, "tsv"
            head = lone.read(DETECT_BYTES)
            if chosen is None and not _looks_bilingual(head, files[0]):
                fail(
                    f"{_label(files[0])!r} is not a bilingual file (no tab, not XLIFF): the translation is missing; "
                    "pass it too (zhgloss check SOURCE TRANSLATION)",
                    EXIT_USAGE,
                )
            segments = check_direction(
                iter_bilingual(PrefixedReader(head, lone), _label(files[0]), chosen),  # type: ignore[arg-type]
                _label(files[0]),
            )
        for segment in windows(segments):
            if segment.window is not None:
                windowed.add(segment.number)
            yield segment
    finally:
        for stream in streams:
            if stream is not sys.stdin.buffer:
                stream.close()


def _document_table(reader: BinaryIO, name: str) -> IO[bytes] | None:
    """Return a lone FILE's table of segments as TSV (`zhgloss.office.table_tsv`) when it is a document, a workbook or
    a CSV: a bilingual review file exported by a CAT tool (a .docx or .odt table; an .xlsx or .csv sheet: ID, source,
    target …), None for another file (read as text or XML, nothing consumed). One with no segment table (Chinese in one
    column, Latin in another) is a source whose translation was forgotten: a usage error, as for a plain text."""
    from zhgloss.office import document_bytes, document_tables, is_workbook, table_tsv

    raw = document_bytes(reader, name)
    if raw is None:
        if not name.lower().endswith(".csv"):
            return None
        from zhgloss.formats import read_limited

        tables = [_csv_rows(read_limited(reader, name), name)]
        what = "a CSV file"
    elif is_workbook(raw):
        from zhgloss.formats.xlsx import sheet_tables

        tables, what = sheet_tables(raw, name), "a workbook"
    else:
        tables, what = document_tables(raw, name), "a document"
    tsv = table_tsv(tables)
    if not tsv:
        fail(
            f"{name!r} is {what} with no table of source and target columns: the translation is missing; "
            "pass it too (zhgloss check SOURCE TRANSLATION, e.g. story.zh.docx story.en.docx)",
            EXIT_USAGE,
        )
    return io.BytesIO(tsv.encode("utf-8"))


def _in_encoding(reader: BinaryIO, name: str, encoding: str) -> BinaryIO:
    """`reader`'s text decoded from `encoding` (--encoding), as UTF-8 bytes for the readers that decode by the bytes;
    a zip (a .docx, .xlsx) or an XML file (XLIFF, TMX: its declaration names its encoding) as it is."""
    from zhgloss.formats import decode_input, read_limited
    from zhgloss.formats.bilingual import looks_like_xml

    raw = read_limited(reader, name)
    if reader is not sys.stdin.buffer:
        reader.close()
    if raw[:2] == b"PK" or looks_like_xml(raw[:200]):
        return io.BytesIO(raw)
    text, _ = decode_input(raw, name, encoding)
    return io.BytesIO(text.encode("utf-8"))


def _csv_rows(raw: bytes, name: str) -> list[list[str]]:
    """The rows of a CSV file (RFC 4180 quoting; a comma, or the semicolon or tab Excel writes in some locales, by
    `csv.Sniffer`), decoded as import decodes a table (`zhgloss.formats.decode_input`); one whose Chinese reads in
    GB18030 and Big5 alike is refused with the --encoding values that decide."""
    import csv

    from zhgloss.formats import decode_input
    from zhgloss.formats.legacy import AmbiguousEncodingError

    try:
        text, _encoding = decode_input(raw, name)
    except AmbiguousEncodingError as exc:
        options = " or ".join(f"--encoding {reading.encoding}" for reading in exc.readings[:2])
        fail(f"{exc} (pass {options})", EXIT_DATA)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in row)]


def _looks_bilingual(raw: bytes, name: str) -> bool:
    """Tell whether a lone FILE can hold both languages: XLIFF or TMX, or text with a tab in its first bytes (a TSV).

    A plain text with neither is a source whose translation was forgotten: a usage error, not a
    malformed TSV. (A tab is b"\t" in UTF-8, GB18030, Big5 and, with a zero byte beside it, UTF-16.)
    """
    from zhgloss.corpus import XML_BILINGUAL_SUFFIXES
    from zhgloss.formats.bilingual import looks_like_xml

    return b"\t" in raw or looks_like_xml(raw[:200]) or name.lower().endswith(XML_BILINGUAL_SUFFIXES)


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


@app.command(epilog=EXIT_CODES_HELP)
def check(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="SOURCE [TRANSLATION] | FILE... | DIR...",
            help="SOURCE: the Chinese text, one segment per line (UTF-8, UTF-16, GB18030 or Big5), and "
            "TRANSLATION: the English, aligned with SOURCE line by line; or one bilingual file holding both: a "
            "two-column TSV (source TAB target), XLIFF 1.2 / 2.0 or a TMX memory. '-' reads stdin. Several "
            "bilingual files, or folders, are checked in parallel into one report: in a folder, NAME.zh.EXT pairs "
            "with NAME.en.EXT, and .xlf/.xliff/.tmx/.tsv files stand alone; a .docx or .odt is read as its text, or, "
            "alone, as its table of source and target columns (a bilingual review file).",
            show_default=False,
        ),
    ],
    db: DbOpt = None,
    as_json: JsonOpt = False,
    fail_on: Annotated[
        str,
        choice_option(
            "--fail-on",
            choices=(*FAIL_ON_KINDS, "all", "none"),
            separator=",",
            metavar="KINDS",
            help="Problem kinds that make the exit code 1, comma-separated: missing, misspelt, order, "
            "variant, inconsistent, unexpected, forbidden, or all / none.",
        ),
    ] = DEFAULT_FAIL_ON,
    file_format: Annotated[
        str | None,
        choice_option(
            "--format", choices=("tsv", "xliff"), help="Format of a single bilingual file [default: by content]."
        ),
    ] = None,
    encoding: Annotated[
        str,
        typer.Option(
            "--encoding",
            "-e",
            help="Encoding of SOURCE and TRANSLATION, or of a lone TSV or CSV file: utf-8, gb18030, gbk, big5, "
            "big5hkscs, ... or auto to detect it (a file that is not UTF-8 is read as GB18030 or Big5, whichever its "
            "Chinese reads as). An XLIFF or TMX file is read in the encoding its XML declaration names.",
        ),
    ] = "auto",
    jobs: JobsOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Check the names in a translation against the glossary.

    SOURCE is the Chinese text, TRANSLATION its English translation.
    For each segment, every glossary name in the Chinese source must be rendered in the
    English target (twice if written twice): missing, misspelt (Zuo Tao for 邹涛), order
    (Jun Lei for 雷军) and variant (Ma Yun where the glossary prefers Jack Ma; a warning) are
    reported, and so are names rendered differently across segments (inconsistent) and
    English names whose Chinese is not in the source (unexpected). One line per problem on
    stdout, a summary on stderr; exit code 1 if a --fail-on kind was found.

    Example: zhgloss check article.zh.txt article.en.txt --fail-on missing,misspelt

    Example: zhgloss check jobs/ --jobs 8 --json > report.json
    """
    if _is_batch(files):
        if encoding != "auto":
            fail("--encoding applies to SOURCE [TRANSLATION] or one bilingual file, not to several", EXIT_USAGE)
        _check_batch(files, db, as_json, fail_on, jobs, scheduler)
        return
    if scheduler is not None:
        fail("--scheduler needs several files or a folder to check", EXIT_USAGE)
    if len(files) > 2:
        fail(
            f"unexpected extra argument {files[2]!r}: give SOURCE [TRANSLATION], or several bilingual files "
            "(.xlf, .xliff, .tsv) or folders",
            EXIT_USAGE,
        )
    source, translation = files[0], (files[1] if len(files) == 2 else None)
    from zhgloss.check import checker_for, parse_kinds
    from zhgloss.store import Glossary

    try:
        kinds: frozenset[Kind] = parse_kinds(fail_on)
    except UsageError as exc:
        fail(f"--fail-on: {exc}", EXIT_USAGE)
    with reported_errors():
        with Glossary.open(db) as gloss:
            checker = checker_for(gloss)
        windowed: set[int] = set()
        files_given = [source] if translation is None else [source, translation]
        segments = _segments(files_given, file_format, windowed, encoding)
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
    typer.echo(report.summary(kinds), err=True)
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


def _is_batch(files: list[str]) -> bool:
    """Tell a batch (folders, or several bilingual files) from one document (a pair, or one file)."""
    from zhgloss.corpus import BILINGUAL_SUFFIXES

    if any(name != "-" and Path(name).is_dir() for name in files):
        return True
    bilingual = all(name.lower().endswith(BILINGUAL_SUFFIXES) for name in files)
    return len(files) >= 2 and bilingual


def _check_batch(
    files: list[str], db: Path | None, as_json: bool, fail_on: str, jobs: int | None, scheduler: str | None
) -> None:
    """Check many documents in parallel into one report: each problem line starts with its file."""
    from zhgloss.check import checker_for, parse_kinds
    from zhgloss.cli.corpus import finish, follow
    from zhgloss.corpus import BILINGUAL_SUFFIXES, check_documents, default_jobs, expand_inputs, pair_inputs
    from zhgloss.store import Glossary

    if "-" in files:
        fail("'-' (stdin) cannot be one of several files to check", EXIT_USAGE)
    try:
        kinds: frozenset[Kind] = parse_kinds(fail_on)
    except UsageError as exc:
        fail(f"--fail-on: {exc}", EXIT_USAGE)
    with reported_errors():
        passed_over: list[Path] = []
        named = {Path(name) for name in files}
        documents = pair_inputs(expand_inputs(Path(name) for name in files), named, passed_over)
        if passed_over:
            shown = ", ".join(str(p) for p in passed_over[:5]) + (", …" if len(passed_over) > 5 else "")
            typer.echo(
                f"note: passed over {count_of(len(passed_over), 'file', 'files')} of the folders given that "
                f"{'is' if len(passed_over) == 1 else 'are'} no bilingual file ({', '.join(BILINGUAL_SUFFIXES)}) "
                f"nor half of a NAME.zh.EXT / NAME.en.EXT pair: {shown}"
                + (
                    " (a bilingual review file, .docx, .odt, .xlsx or .csv, is checked when named alone: "
                    "zhgloss check FILE)"
                    if any(p.suffix.lower() in (".docx", ".odt", ".xlsx", ".csv") for p in passed_over)
                    else ""
                ),
                err=True,
            )
        if not documents:
            fail("the folders given hold no bilingual file and no NAME.zh.EXT / NAME.en.EXT pair to check", EXIT_USAGE)
        with Glossary.open(db) as gloss:
            checker = checker_for(gloss)
        size = sum(p.stat().st_size for doc in documents for p in doc)
        found = check_documents(checker, documents, jobs=jobs or default_jobs(), scheduler=scheduler)
        by_name = {r.source: r for r in follow(found, len(documents), size, "checking")}
    results = [by_name[str(doc[0])] for doc in documents]  # the report in the order of the inputs
    reports = [(r.source, r.report) for r in results if r.report is not None]
    failing = sum(len(report.failing(kinds)) for _, report in reports)
    if as_json:
        typer.echo(to_json({"files": [{"file": name} | report.to_dict(kinds) for name, report in reports]}))
    else:
        lines = [f"{name}: {render_problem(problem)}" for name, report in reports for problem in report.problems]
        if lines:
            typer.echo("\n".join(lines))
    from zhgloss.check import CheckReport

    total = CheckReport(
        [p for _, r in reports for p in r.problems],
        sum(r.segments for _, r in reports),
        guessed=list(dict.fromkeys(g for _, r in reports for g in r.guessed)),
    )
    typer.echo(f"{count_of(len(reports), 'file', 'files')}: {total.summary(kinds)}", err=True)
    errors = sum(r.error is not None for r in results)
    finish(errors, len(results), "the others were checked")
    if failing:
        raise typer.Exit(EXIT_NOT_FOUND)

"""`zhgloss annotate`: gloss every known name in an article, as a filter."""

from __future__ import annotations

import shlex
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from zhgloss.cli.common import EXIT_DATA, DbOpt, app, choice_option, count, fail, reported_errors
from zhgloss.cli.corpus import JobsOpt, SchedulerOpt
from zhgloss.errors import FormatError

if TYPE_CHECKING:
    from typing import BinaryIO

    from zhgloss.annotate import Annotator, Format, Gloss, Session

# Kept here rather than imported from zhgloss.annotate, which `--help` must not load.
GLOSSES = ("auto", "en", "pinyin", "zh", "both")
FORMATS = ("inline", "html", "json", "tsv")


@app.command()
def annotate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(metavar="FILE", help="Articles to annotate; none or '-' reads stdin.", show_default=False),
    ] = None,
    db: DbOpt = None,
    gloss: Annotated[
        str,
        choice_option(
            "--gloss",
            "-g",
            choices=GLOSSES,
            help="What to insert: auto = English after Chinese names, Chinese after English ones (not after a "
            "Latin name inside Chinese text: TikTok in 用户在TikTok上 is left as written); zh = Chinese; "
            "both = pinyin and English (or Chinese and pinyin).",
        ),
    ] = "auto",
    fmt: Annotated[
        str,
        choice_option(
            "--format",
            "-f",
            choices=FORMATS,
            help="inline: 雷军（Lei Jun）; html: a web page, names in <ruby> with a tooltip (see --fragment); "
            "json: JSON Lines, one object per mention with code-point offsets; tsv: one mention per line.",
        ),
    ] = "inline",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json (JSON Lines).")] = False,
    fragment: Annotated[
        bool,
        typer.Option(
            "--fragment",
            help="With --format html: only the marked-up text, to embed in a page of your own "
            "(without it: a standalone page with its charset, paragraphs and short tooltips).",
        ),
    ] = False,
    first_only: Annotated[
        bool, typer.Option("--first-only", help="Gloss only the first mention of each entry in each file.")
    ] = False,
    traditional: Annotated[
        bool,
        typer.Option(
            "--traditional",
            help="Gloss English names in traditional characters (Lai Ching-te (賴清德)) until a line of the text's "
            "own Chinese says its script: for Taiwan and Hong Kong desks.",
        ),
    ] = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="Print the entries found, with counts, to stderr.")
    ] = False,
    unknown: Annotated[
        bool,
        typer.Option(
            "--unknown",
            "-u",
            help="Also mark personal names the glossary lacks, with a proposed pinyin: 任正非〔Rén Zhèngfēi?〕 "
            "(a guess to check, never a verified gloss).",
        ),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            "-e",
            help="Encoding of the input: utf-8 (a BOM is kept), gb18030, gbk, big5, ... or auto to detect it "
            "[default: a file's is detected, as harvest and check detect it (UTF-8, UTF-16 by its BOM, GB18030 or "
            "Big5); standard input and pipes are read as they stream, as UTF-8].",
            show_default=False,
        ),
    ] = None,
    errors: Annotated[
        str,
        choice_option(
            "--errors", choices=("strict", "replace"), help="On undecodable input: stop (strict) or use U+FFFD."
        ),
    ] = "strict",
    output_encoding: Annotated[
        str | None,
        typer.Option(
            "--output-encoding",
            help="Encoding of the output [default: on a terminal, the terminal's; else the input's for inline "
            "and html, UTF-8 for json and tsv].",
            show_default=False,
        ),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            "-o",
            file_okay=False,
            help="Write each FILE's output under this folder, by its name (FILEs from several folders keep "
            "the part of their path they do not share), instead of all to stdout. Folders among the FILEs "
            "stand for every file below them. Files are done in parallel (--jobs).",
            show_default=False,
        ),
    ] = None,
    jobs: JobsOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Gloss every known name in articles: 雷军（Lei Jun）.

    Chinese names get their English, English names their Chinese: Lei Jun (雷军).
    Reads line by line and writes as it goes, so it works on endless pipes and files of any size.
    Longest match wins; English names match as whole words; a name already followed by its
    gloss is left alone, so annotating twice changes nothing.

    With --unknown, personal names the glossary lacks are marked too, with zhgloss's proposed
    pinyin in 〔 〕 and a question mark: a guess to check, never a verified gloss.

    Example: cat article.txt | zhgloss annotate --first-only --summary > glossed.txt

    Example: zhgloss annotate wire/ --output-dir glossed/ --jobs 8
    """
    if as_json:
        fmt = "json"
    if fragment and fmt != "html":
        fail("--fragment applies to --format html only")
    if output_encoding is None and output_dir is None and sys.stdout.isatty():
        # A terminal shows text in its own encoding: Big5 bytes on a UTF-8 screen are garbage.
        # Files and pipes keep the input's encoding (annotate_stream's default).
        output_encoding = sys.stdout.encoding or "utf-8"
    paths = files or [Path("-")]
    if output_dir is not None:
        if any(str(p) == "-" for p in paths):
            fail("'-' (stdin) cannot be written to --output-dir; pipe it without --output-dir")
    elif scheduler is not None:
        fail("--scheduler needs --output-dir: a cluster's workers write files, not this terminal")
    else:
        for path in paths:
            if str(path) == "-":
                continue
            if path.is_dir():
                fail(
                    f"{str(path)!r} is a folder: pass --output-dir DIR to gloss every file in it into DIR "
                    f"(zhgloss annotate {shlex.quote(str(path))} --output-dir glossed/), or name its files"
                )
            if not path.exists():  # pipes and devices (<(cmd), /dev/stdin) are fine
                fail(f"{str(path)!r}: no such file")
    from zhgloss.annotate import (
        WEB_PAGE_SUFFIXES,
        Session,
        annotate_page,
        annotate_stream,
        annotator_for,
        check_encoding,
        page_refusal,
    )
    from zhgloss.store import Glossary

    counts: Counter[int] = Counter()
    unknown_counts: Counter[str] = Counter()
    with reported_errors():
        if encoding is not None:
            check_encoding(encoding)
        if output_encoding is not None:
            check_encoding(output_encoding)
        with Glossary.open(db) as glossary:
            annotator = annotator_for(glossary)
        finder = None
        if unknown:
            from zhgloss.unknown import NameFinder

            finder = NameFinder()
        out = sys.stdout.buffer
        unencodable = 0
        options: dict[str, Any] = {"encoding": encoding or "auto", "errors": errors, "output_encoding": output_encoding}

        def new_session(name: str, first: bool, last: bool = True) -> Session:
            return Session(
                annotator,
                gloss=cast("Gloss", gloss),
                fmt=cast("Format", fmt),
                first_only=first_only,
                source=name,
                count=summary,
                with_header=first,
                with_footer=last,
                page=fmt == "html" and not fragment,
                unknown=finder,
                prefer_traditional=traditional,
            )

        if output_dir is not None:
            _annotate_batch(new_session("-", True), paths, output_dir, options, jobs, scheduler, summary)
            return
        if sys.stdout.isatty():
            from zhgloss.script import terminal_safe

            # The article's own escape sequences must not drive the terminal (a pipe gets them as they are).
            options["sanitize"] = terminal_safe
        for i, path in enumerate(paths):
            name = "<stdin>" if str(path) == "-" else str(path)
            session = new_session(name, not i, i == len(paths) - 1)
            try:
                from zhgloss.office import document_stream

                as_utf8 = {**options, "encoding": "utf-8"}  # a .docx or .odt is read as its text, in UTF-8
                if str(path) == "-":
                    document = document_stream(sys.stdin.buffer, name)
                    if document is not None:
                        report = annotate_stream(session, cast("BinaryIO", document), out, **as_utf8)
                    else:
                        # Standard input streams (tail -f | zhgloss annotate): no head is waited for to detect it.
                        as_given = {**options, "encoding": encoding or "utf-8"}
                        report = annotate_stream(session, sys.stdin.buffer, out, **as_given)
                elif path.suffix.lower() in WEB_PAGE_SUFFIXES:
                    # A web page: its text is glossed, its markup (attributes, scripts, the title) kept byte for byte.
                    if (refusal := page_refusal(session)) is not None:
                        fail(f"{name!r} {refusal}", EXIT_DATA)
                    try:
                        reader = path.open("rb")
                    except OSError as exc:
                        fail(f"{str(path)!r} cannot be read: {exc.strerror}")
                    with reader:
                        report = annotate_page(session, reader, out, **options)
                else:
                    try:
                        reader = path.open("rb")
                    except OSError as exc:
                        fail(f"{str(path)!r} cannot be read: {exc.strerror}")
                    # zhgloss.corpus is imported for files only: stdin always streams.
                    from zhgloss.corpus import annotate_big_file, default_jobs

                    with reader:
                        document = document_stream(reader, name)
                        if document is not None:
                            report = annotate_stream(session, cast("BinaryIO", document), out, **as_utf8)
                        else:
                            # A big file is cut into pieces for every core; anything else streams.
                            detected = {**options, "encoding": encoding or _file_encoding(reader, name)}
                            report = annotate_big_file(
                                session, path, out, jobs=jobs or default_jobs(), **detected
                            ) or annotate_stream(session, reader, out, **detected)
            except FormatError as exc:
                if summary:
                    _print_summary(annotator, counts + session.counts, unknown_counts + session.unknown_counts)
                from zhgloss.office import NotTextError

                advice = "" if isinstance(exc, NotTextError) else " (pass the right --encoding, or --errors replace)"
                fail(f"{exc}{advice}", EXIT_DATA)
            counts += session.counts
            unknown_counts += session.unknown_counts
            unencodable += report.unencodable
        if unencodable:
            typer.echo(
                f"Warning: some glosses cannot be written in {report.output_encoding} and were replaced "
                "(pass --output-encoding utf-8)",
                err=True,
            )
    if summary:
        _print_summary(annotator, counts, unknown_counts if unknown else None)


def _file_encoding(reader: BinaryIO, name: str) -> str:
    """The encoding of the file `reader` (at its start), detected from its head as `--encoding auto` detects it
    (`zhgloss.annotate.detect_encoding`), the file rewound; UTF-8 for a stream that cannot be rewound (a pipe given
    as a path, /dev/stdin, <(cmd)), read as it streams as standard input is, and for a file no encoding reads whole
    (UTF-8 with a stray byte), whose first bad byte the UTF-8 decoder then names."""
    from zhgloss.annotate import DETECT_BYTES, detect_encoding

    if not reader.seekable():
        return "utf-8"
    head = reader.read(DETECT_BYTES)
    reader.seek(0)
    return detect_encoding(head, name)


def _annotate_batch(
    template: Session,
    paths: list[Path],
    output_dir: Path,
    stream: dict[str, Any],
    jobs: int | None,
    scheduler: str | None,
    summary: bool,
) -> None:
    """Annotate many files into `output_dir`, each as `template` would; a bad file is reported, the others done."""
    from zhgloss.cli.corpus import finish, follow, total_counts
    from zhgloss.corpus import (
        AnnotateOptions,
        annotate_files,
        default_jobs,
        expand_inputs,
        session_options,
    )

    sources = expand_inputs(paths)
    options = AnnotateOptions(session=session_options(template), stream=stream)
    size = sum(p.stat().st_size for p in sources)
    annotator = template.annotator
    found = annotate_files(annotator, sources, output_dir, options, jobs=jobs or default_jobs(), scheduler=scheduler)
    results = list(follow(found, len(sources), size, "annotating"))
    order = {str(p): i for i, p in enumerate(sources)}
    results.sort(key=lambda r: order[r.source])  # counts added in input order: ties rank as in a serial run
    if summary:
        unknown: Counter[str] | None = None
        if template.unknown is not None:  # unknown names counted over the files in input order, as a serial run
            unknown = Counter()
            for result in results:
                unknown.update(result.unknown_counts)
        _print_summary(annotator, total_counts(results), unknown)
    if sum(r.unencodable for r in results):
        typer.echo("Warning: some glosses could not be written in the output encoding and were replaced", err=True)
    failed = sum(r.error is not None for r in results)
    finish(failed, len(results), f"the other outputs are in {str(output_dir)!r}")


def _print_summary(annotator: Annotator, counts: Counter[int], unknown: Counter[str] | None = None) -> None:
    lines: list[str] = []
    for index, mentions in counts.most_common():
        rec = annotator.record(index)
        label = " ".join(p for p in (rec.zh, rec.en) if p)
        draft = "  (draft: a proposal, not confirmed)" if rec.draft else ""
        lines.append(f"{mentions:>6}  {label}  [{rec.id}]{draft}")
    total = sum(counts.values())
    lines.append(f"{count(total, 'mention', 'mentions')} of {count(len(counts), 'entry', 'entries')}")
    if unknown is not None:
        lines.extend(_unknown_summary(unknown))
    typer.echo("\n".join(lines), err=True)


def _unknown_summary(unknown: Counter[str]) -> list[str]:
    """The names the glossary lacks, apart from the entries: proposals, not glosses."""
    from zhgloss.unknown import propose

    if not unknown:
        return ["Not in the glossary: no names found"]
    lines = ["Not in the glossary (proposed readings, unverified):"]
    for surface, mentions in unknown.most_common():
        proposal = propose(surface)
        also = f"  (or {', '.join(proposal.alternatives)})" if proposal.alternatives else ""
        lines.append(f"{mentions:>6}  {surface}  {proposal.pinyin or '?'}?{also}")
    total = sum(unknown.values())
    lines.append(f"{count(total, 'mention', 'mentions')} of {count(len(unknown), 'unknown name', 'unknown names')}")
    return lines

"""`zhgloss annotate`: gloss every known name in an article, as a filter."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from zhgloss.cli.common import EXIT_DATA, DbOpt, app, fail, reported_errors
from zhgloss.errors import FormatError

if TYPE_CHECKING:
    from zhgloss.annotate import Annotator, Format, Gloss

# Kept here rather than imported from zhgloss.annotate, which `--help` must not load.
GLOSSES = ("auto", "en", "pinyin", "zh", "both")
FORMATS = ("inline", "html", "json", "tsv")


@app.command()
def annotate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Articles to annotate; none or '-' reads stdin.", show_default=False),
    ] = None,
    db: DbOpt = None,
    gloss: Annotated[
        str,
        typer.Option(
            "--gloss",
            "-g",
            metavar="|".join(GLOSSES),
            help="What to insert: auto = English after Chinese names, Chinese after English ones; "
            "both = pinyin and English (or Chinese and pinyin).",
        ),
    ] = "auto",
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="|".join(FORMATS),
            help="inline: 雷军（Lei Jun）; html: <ruby> markup, text escaped; "
            "json: JSON Lines, one object per mention with code-point offsets; tsv: one mention per line.",
        ),
    ] = "inline",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json (JSON Lines).")] = False,
    first_only: Annotated[
        bool, typer.Option("--first-only", help="Gloss only the first mention of each entry in each file.")
    ] = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="Print the entries found, with counts, to stderr.")
    ] = False,
    encoding: Annotated[
        str,
        typer.Option(
            "--encoding",
            "-e",
            help="Encoding of the input: utf-8 (a BOM is kept), gb18030, gbk, big5, ... or auto to detect it.",
        ),
    ] = "utf-8",
    errors: Annotated[
        str,
        typer.Option("--errors", metavar="strict|replace", help="On undecodable input: stop (strict) or use U+FFFD."),
    ] = "strict",
    output_encoding: Annotated[
        str | None,
        typer.Option(
            "--output-encoding",
            help="Encoding of the output [default: the input's for inline and html, UTF-8 for json and tsv].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Gloss every glossary name in articles: 雷军（Lei Jun）, Lei Jun (雷军).

    Reads line by line and writes as it goes, so it works on endless pipes and files of any size.
    Longest match wins; English names match as whole words; a name already followed by its
    gloss is left alone, so annotating twice changes nothing.

    Example: cat article.txt | zhgloss annotate --first-only --summary > glossed.txt
    """
    if as_json:
        fmt = "json"
    if gloss not in GLOSSES:
        fail(f"--gloss must be one of {', '.join(GLOSSES)}, not {gloss!r}")
    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if errors not in ("strict", "replace"):
        fail(f"--errors must be strict or replace, not {errors!r}")
    paths = files or [Path("-")]
    for path in paths:
        if str(path) == "-":
            continue
        if path.is_dir():
            fail(f"{str(path)!r} is a folder, not a file")
        if not path.exists():  # pipes and devices (<(cmd), /dev/stdin) are fine
            fail(f"{str(path)!r}: no such file")
    from zhgloss.annotate import Session, annotate_stream, annotator_for, check_encoding
    from zhgloss.store import Glossary

    counts: Counter[int] = Counter()
    with reported_errors():
        check_encoding(encoding)
        if output_encoding is not None:
            check_encoding(output_encoding)
        with Glossary.open(db) as glossary:
            annotator = annotator_for(glossary)
        out = sys.stdout.buffer
        unencodable = 0
        options: dict[str, Any] = {"encoding": encoding, "errors": errors, "output_encoding": output_encoding}
        if sys.stdout.isatty():
            from zhgloss.script import terminal_safe

            # The article's own escape sequences must not drive the terminal (a pipe gets them as they are).
            options["sanitize"] = terminal_safe
        for i, path in enumerate(paths):
            name = "<stdin>" if str(path) == "-" else str(path)
            session = Session(
                annotator,
                gloss=cast("Gloss", gloss),
                fmt=cast("Format", fmt),
                first_only=first_only,
                source=name,
                count=summary,
                with_header=not i,
            )
            try:
                if str(path) == "-":
                    report = annotate_stream(session, sys.stdin.buffer, out, **options)
                else:
                    try:
                        reader = path.open("rb")
                    except OSError as exc:
                        fail(f"{str(path)!r} cannot be read: {exc.strerror}")
                    with reader:
                        report = annotate_stream(session, reader, out, **options)
            except FormatError as exc:
                if summary:
                    _print_summary(annotator, counts + session.counts)
                fail(f"{exc} (pass the right --encoding, or --errors replace)", EXIT_DATA)
            counts += session.counts
            unencodable += report.unencodable
        if unencodable:
            typer.echo(
                f"Warning: some glosses cannot be written in {report.output_encoding} and were replaced "
                "(pass --output-encoding utf-8)",
                err=True,
            )
    if summary:
        _print_summary(annotator, counts)


def _print_summary(annotator: Annotator, counts: Counter[int]) -> None:
    lines: list[str] = []
    for index, count in counts.most_common():
        rec = annotator.record(index)
        label = " ".join(p for p in (rec.zh, rec.en) if p)
        lines.append(f"{count:>6}  {label}  [{rec.id}]")
    total = sum(counts.values())
    lines.append(f"{total} mention{'s' * (total != 1)} of {len(counts)} entr{'ies' if len(counts) != 1 else 'y'}")
    typer.echo("\n".join(lines), err=True)

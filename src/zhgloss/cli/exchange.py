"""Commands that move names in and out: import, export, harvest."""

from __future__ import annotations

import io
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn

import typer

from zhgloss.cli.common import (
    EXIT_DATA,
    EXIT_NOT_FOUND,
    EXIT_USAGE,
    DbOpt,
    JsonOpt,
    app,
    choice_option,
    confirm_or_stop,
    count,
    echo_data,
    fail,
    reported_errors,
    style,
    to_json,
    type_option,
)
from zhgloss.errors import DuplicateEntryError
from zhgloss.formats import FORMATS, marked_document, retyped
from zhgloss.model import with_article

if TYPE_CHECKING:
    from zhgloss.formats import Format
    from zhgloss.formats.legacy import AmbiguousEncodingError, NotChineseError
    from zhgloss.harvest import Proposal
    from zhgloss.model import Entry
    from zhgloss.store import Difference, Glossary, WriteReport
    from zhgloss.unknown import UnknownName
    from zhgloss.validate import Problem

IMPORT_FORMATS = tuple(FORMATS)
EXPORT_FORMATS = tuple(name for name, form in FORMATS.items() if form.writer is not None)
PROGRESS_MIN_CHARS = 1_000_000
"""Inputs shorter than this import in a blink: no progress bar."""

ImportFormatOpt = Annotated[
    str | None,
    choice_option(
        "--format",
        "-F",
        choices=IMPORT_FORMATS,
        help="File format [default: from the file name].",
        show_default=False,
    ),
]
ExportFormatOpt = Annotated[
    str | None,
    choice_option(
        "--format",
        "-F",
        choices=EXPORT_FORMATS,
        help="File format [default: from -o's suffix, else jsonl].",
        show_default=False,
    ),
]


def _format_for(name: str | None, path: str, *, reading: bool) -> Format:
    from zhgloss.formats import get_format, guess_format

    if name is not None:
        return get_format(name)
    guessed = guess_format(path) if path != "-" else None
    if guessed is None and reading and path != "-":
        # Say what is wrong with the path before asking for a format it would not help with.
        if Path(path).is_dir():
            fail(f"{path!r} is a folder, not a file")
        if not Path(path).exists():
            fail(f"no such file {path!r}")
    if guessed is None and reading and path != "-":
        from zhgloss.formats import other_kind

        kind = other_kind(path)
        if kind is not None:
            fail(f"{path!r} is {kind}", EXIT_DATA)
    if guessed is None:
        what = "stdin" if path == "-" else repr(path)
        # Only the formats this direction can use: export names none it cannot write (cedict is import-only).
        names = ", ".join(IMPORT_FORMATS if reading else EXPORT_FORMATS)
        default = "" if reading else " or use the default (jsonl) by leaving out -o"
        fail(f"cannot tell the format of {what}: pass --format ({names}){default}")
    return guessed


def _by_content(path: str, fmt: str | None) -> str | None:
    """The format to read the file at `path` in, where its content says more than its name (U32-9): CC-CEDICT's own
    file by any name ("cedict_1_0_ts_utf-8_mdbg.txt.gz", as MDBG names the download; "cedict.txt"), told by its
    "# CC-CEDICT" header or its first line being a dictionary line, is cedict unless --format says otherwise. A zip
    archive that is no workbook (MDBG's .zip) is refused: zhgloss reads the file inside, not the archive (exit 3)."""
    from zhgloss.formats import SNIFFED_BYTES, sniff_format

    with open(path, "rb") as fp:
        head = fp.read(SNIFFED_BYTES)
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(_read_bytes(path), path, fmt)
    if fmt is not None:
        return fmt
    return "cedict" if sniff_format(head) == "cedict" else fmt


_ZIP_FORMATS = {"xlsx": "xlsx", "ods": "ods", "docx": "docx", "odt": "docx"}
"""The import format of each zip archive `zhgloss.office.archive_kind` tells."""


def _zip_format(raw: bytes, path: str, fmt: str | None) -> str:
    """The format of the zip archive `raw` (the file at `path`, or stdin) by what it holds, whatever its name: a
    workbook, an .ods, or a document whose table is a glossary; any other zip (MDBG's CC-CEDICT .zip, a
    presentation) is refused in one line (exit 3). A --format naming another table format than the file's is kept
    (the readers tell the file's kind themselves)."""
    from zhgloss.formats import guess_format
    from zhgloss.office import archive_kind, damaged_archive_kind

    kind = archive_kind(raw)
    guessed = guess_format(path) if path != "-" else None
    named = fmt or (guessed.name if guessed is not None else None)
    if kind is None and named is None and damaged_archive_kind(raw) is not None:
        # A workbook or a document cut short, piped (no name to tell it by): its reader names the damage.
        named = _ZIP_FORMATS[damaged_archive_kind(raw) or ""]
    if kind is None and named is not None and named in _ZIP_FORMATS.values():
        return named  # a damaged workbook or document, which its reader names so (`zhgloss.formats.xlsx`)
    if kind is None:
        what = "stdin" if path == "-" else repr(path)
        fail(
            f"{what} is a zip archive: unzip it first and import the file inside (CC-CEDICT's is cedict_ts.u8); "
            "the zip archives import reads are workbooks (.xlsx, .ods) and documents with a table (.docx, .odt)",
            EXIT_DATA,
        )
    if fmt is not None and fmt not in _ZIP_FORMATS.values():
        what = "stdin" if path == "-" else repr(path)
        fail(f"{what} is {_ZIP_KINDS[kind]}, not {fmt}: leave out --format, or pass --format {_ZIP_FORMATS[kind]}")
    return _ZIP_FORMATS[kind]


_ZIP_KINDS = {
    "xlsx": "an Excel workbook",
    "ods": "an OpenDocument spreadsheet",
    "docx": "a Word document",
    "odt": "an OpenDocument text",
}


def _glossary_as_jsonl(path: str) -> tuple[str, str]:
    """The entries of the zhgloss glossary file at `path` (a .json file, as --db names one) as JSON Lines text, and a
    note to say ("" for none).

    A JSON array of entry objects (`[{"zh": "雷军", "en": "Lei Jun"}]`, what other tools and scripts write) is read
    as JSON Lines is, an item a line: each object says the fields it has (`formats.jsonl.load_jsonl`). Any other
    .json that is no glossary is refused as the import file it is (not as --db: the user's reviewer's F9)."""
    from zhgloss.errors import FormatError, GlossaryFileError, InvalidEntryError
    from zhgloss.formats import get_format
    from zhgloss.model import entries_from_dicts
    from zhgloss.store import TABLE, parse_glossary_bytes

    source = "<stdin>" if path == "-" else path
    out = io.StringIO()
    try:
        # Parsed and checked as --db reads a glossary, but not opened as one: that would leave a cache folder
        # (.zhgloss-cache/) beside a colleague's file, in a folder the import has no business writing to.
        data = parse_glossary_bytes(_read_bytes(path), source, empty_is_new=False)
        table = data.get(TABLE, {})
        docs = [table[number] for number in sorted(table, key=int)]
        get_format("jsonl").dump(entries_from_dicts(docs), out)
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}") from None
    except GlossaryFileError as exc:
        if not exc.problem.startswith("not a zhgloss glossary: the top level is a list"):
            raise FormatError(
                source,
                f"{exc.problem}; import reads a zhgloss glossary, a JSON array of entries or JSON Lines "
                "(--format jsonl)",
            ) from None
        return _array_as_jsonl(path), (
            f"note: {source} is a JSON array, not a zhgloss glossary: read as JSON Lines, item N as line N"
        )
    return out.getvalue(), ""


def _array_as_jsonl(path: str) -> str:
    """The items of the JSON array in the file at `path` as JSON Lines text; FormatError for an item no object."""
    import json

    from zhgloss.errors import FormatError

    source = "<stdin>" if path == "-" else path
    text, _ = _read_input(path)
    items = json.loads(text)
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise FormatError(source, f"item {number} of the array is no entry (an object with zh and en)")
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def _read_input(path: str, encoding: str | None = None) -> tuple[str, str]:
    """Read FILE (or stdin for '-') as text; return the text and the encoding it was guessed to be in if not UTF-8.

    Stdin is read as a file is (`formats.decode_input`: UTF-8, UTF-16 with a BOM, GB18030 or Big5): Excel's "Unicode
    Text" piped in is the same bytes as the file named. An `encoding` given (not "auto") is used as it is, and
    nothing is guessed.
    """
    from zhgloss.formats import decode_input
    from zhgloss.office import HEAD_BYTES, NotTextError, document_text, kind_of, refusal

    raw = _read_bytes(path)
    source = "<stdin>" if path == "-" else path
    kind = kind_of(raw[:HEAD_BYTES])
    if kind == "zip":  # a .docx or .odt: its text, a paragraph a line (zhgloss.office)
        return document_text(raw, source), ""
    if kind == "other":
        raise NotTextError(source, refusal(raw))
    if encoding is not None and encoding != "auto":
        return decode_input(raw, source, encoding)[0], ""
    text, guessed = decode_input(raw, source)
    return text, "" if guessed == "utf-8" else guessed


def _given_encoding(name: str) -> str:
    """Return `name` if Python knows it as a text encoding (or it is "auto"); exit 2 if not (as annotate does)."""
    import codecs

    if name != "auto":
        try:
            "".encode(codecs.lookup(name).name)  # a LookupError for codecs that are no text encodings (base64)
        except LookupError:
            fail(f"unknown text encoding {name!r}", EXIT_USAGE)
    return name


def _ambiguous(exc: AmbiguousEncodingError | NotChineseError) -> NoReturn:
    """Exit 3 with the refusal of a file whose Chinese reads in two encodings alike (or in neither), and the options
    that decide."""
    from zhgloss.formats.legacy import AmbiguousEncodingError

    others = "cp932 for Japanese Windows, euc-kr for Korean"
    if isinstance(exc, AmbiguousEncodingError):
        options = " or ".join(f"--encoding {reading.encoding}" for reading in exc.readings[:3])
        fail(f"{exc} (pass {options}; a file of another language: {others})", EXIT_DATA)
    fail(f"{exc} (pass --encoding: {others}, cp1252 for Western Windows …)", EXIT_DATA)


_stdin_read: tuple[object, bytes] | None = None
"""Stdin's stream and its bytes, once read."""


def _stdin_format() -> str | None:
    """The format stdin's bytes are in, told by their content as a file's name tells it (user finding U34-31:
    `printf 'zh,en\\n…' | zhgloss import -` asked for --format; s35: another zhgloss glossary piped in was read as
    JSON Lines, line by line): `zhgloss.formats.sniff_format`, a zip archive by its parts (`_zip_format`); "json" for a
    glossary file or a JSON array, which import reads as it reads a .json file; None if nothing says."""
    from zhgloss.formats import sniff_format
    from zhgloss.office import HEAD_BYTES, kind_of, refusal

    raw = _read_bytes("-")
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xlsx"  # an Excel 97-2003 .xls (or a .doc): the workbook reader refuses it with the way out (R35-10)
    if kind_of(raw[:HEAD_BYTES]) == "other":
        fail(f"stdin {refusal(raw[:HEAD_BYTES])}", EXIT_DATA)  # a PDF, an RTF: what it is, not "pass --format"
    found = sniff_format(raw)
    return _zip_format(raw, "-", None) if found == "zip" else found


def _read_bytes(path: str) -> bytes:
    """Read FILE (or stdin for '-') as bytes, up to MAX_INPUT_BYTES; exit with one line if it cannot be read."""
    from zhgloss.formats import read_limited

    if path == "-":
        global _stdin_read
        stdin = sys.stdin.buffer
        # Read once: import sniffs the format of stdin before it reads it (`_stdin_format`). Kept with the stream it
        # came from, so that another stdin (a test runner's next command) is read afresh.
        if _stdin_read is None or _stdin_read[0] is not stdin:
            _stdin_read = (stdin, read_limited(stdin, "<stdin>"))
        return _stdin_read[1]
    try:
        with open(path, "rb") as fp:
            raw = read_limited(fp, path)
    except FileNotFoundError:
        fail(f"no such file {path!r}")
    except IsADirectoryError:
        fail(f"{path!r} is a folder, not a file")
    except OSError as exc:
        fail(f"cannot read {path!r}: {exc.strerror}", EXIT_DATA)
    return raw


class _Tracked(io.StringIO):
    """A text stream over `text` that moves a progress bar as it is read."""

    def __init__(self, text: str, bar: Any) -> None:
        super().__init__(text, newline="")
        self._bar = bar

    def __next__(self) -> str:  # type: ignore[override]
        line = super().__next__()
        self._bar.update(len(line))
        return line

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline(-1 if size is None else size)
        self._bar.update(len(line))
        return line

    def read(self, size: int | None = -1) -> str:
        chunk = super().read(size)
        self._bar.update(len(chunk))
        return chunk


@contextmanager
def _input_stream(text: str | bytes, label: str) -> Iterator[io.StringIO | io.BytesIO]:
    """Yield `text` as a stream, with a progress bar on stderr for a big input when stderr is a terminal.

    Bytes (a binary format's file: .xlsx) are a binary stream, read whole by the format's reader.
    """
    if isinstance(text, bytes):
        yield io.BytesIO(text)
        return
    if len(text) < PROGRESS_MIN_CHARS or not sys.stderr.isatty():
        yield io.StringIO(text, newline="")
        return
    with typer.progressbar(length=len(text), label=label, file=sys.stderr) as bar:
        yield _Tracked(text, bar)


def _describe(report: WriteReport, *, dry_run: bool, stopped: bool = False) -> str:
    """Say what an import wrote, or, for a dry run or an import `stopped` at its conflicts, what it would have."""
    counts = (
        f"{len(report.added):,} added, {len(report.updated):,} updated, "
        f"{len(report.skipped):,} skipped (already there, identical), "
        f"{len(report.conflicts):,} conflicting (kept as they are)"
    )
    if report.others:
        counts += f", {len(report.others):,} passed over (another thing by a stored entry's Chinese form)"
    if stopped:
        # A real import under --on-conflict fail that met conflicts: not a dry run, though nothing was written.
        return "stopped at the conflicts, nothing written: would have been " + counts
    return ("dry run, nothing written: would be " if dry_run else "") + counts


@app.command(name="import")
def import_(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="File to import; '-' reads stdin (then pass --format).", show_default=False
        ),
    ],
    fmt: ImportFormatOpt = None,
    on_conflict: Annotated[
        str,
        choice_option(
            "--on-conflict",
            choices=("fail", "skip", "replace"),
            help="When an entry (same id or same Chinese) is already there and the file says one of its fields "
            "otherwise: fail (import nothing, exit 1), skip (keep the stored one) or replace (write the fields the "
            "file says; the others stay). A form the file forbids that the entry accepts is such a field: replace "
            "forbids it (a TBX's ban wins over a CC-CEDICT alias); a file that says no bans never lifts one.",
        ),
    ] = "fail",
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", help="Show what would be imported; write nothing.")
    ] = False,
    proper_only: Annotated[
        bool,
        typer.Option(
            "--proper-only", help="cedict: keep only proper names (capitalised pinyin whose English is a name)."
        ),
    ] = False,
    columns: Annotated[
        str | None,
        typer.Option(
            "--columns",
            metavar="NAMES",
            help="csv, tsv, omegat, xlsx: the file's columns in order, comma-separated (en,zh or zh,en,note; - skips "
            "one). Use it when the header does not say which column is Chinese; a row that breaks the columns named "
            "(Latin in zh, Chinese in en) is still refused, with its line.",
        ),
    ] = None,
    kind: Annotated[
        str | None,
        type_option(
            "--type",
            "-t",
            help="Give every imported entry this type (not with cedict), for instance term for a general termbase's "
            "words, which check does not enforce (an untyped termbase row is a name or phrase it enforces)",
        ),
    ] = None,
    encoding: Annotated[
        str,
        typer.Option(
            "--encoding",
            "-e",
            help="Encoding of the input: utf-8, gb18030, gbk, big5, big5hkscs, ... or auto to detect it (a file "
            "that is not UTF-8 is read as GB18030 or Big5, whichever its Chinese reads as).",
        ),
    ] = "auto",
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Import entries: CSV, TSV, OmegaT, TBX, JSON Lines, CC-CEDICT.

    Excel workbooks (.xlsx) are read as CSV is, and so are LibreOffice Calc sheets (.ods)
    and a Word or Writer document's table (.docx, .odt). The whole file is imported in one write.
    Reports how many entries were added, updated, skipped (identical) and in conflict on
    stderr. A file says only the fields it has: a table its columns, TBX what each
    termEntry carries, OmegaT its terms and comment, CC-CEDICT no roles (zhgloss's own
    JSON Lines, TBX and CSV export say every field). An empty cell says nothing, and a
    value the reader derives (a default type, a traditional form) is not said. An entry
    whose said fields agree with the stored one is identical; one that differs is a
    conflict naming the fields, never overwritten silently: see --on-conflict. A malformed file
    imports nothing (exit 3, with the line); a file with no entries says so (exit 1).
    With --db NEW.json the glossary is created.

    CC-CEDICT's proper names (capitalised pinyin) get the type their wording says: person
    (life dates), place ("county in", "city"), org ("University", "company"), event, work,
    surname, or 'name' when the line does not say; its other words get 'term'. The English
    is the name alone (aka/or/formerly forms become aliases, the rest goes to the note), and
    "variant of", "see" and "abbr. for" lines are folded into the entry they point to. See
    the undecided ones with zhgloss list --type name; retype one with zhgloss edit ID --type person.

    Example: zhgloss import team.tbx --dry-run
    """
    conflict_mode: Literal["fail", "skip", "replace"] = on_conflict  # type: ignore[assignment]
    from zhgloss.bulk import paused_gc
    from zhgloss.formats import bans_of_stored, homonyms_passed_over, import_documents
    from zhgloss.formats.legacy import AmbiguousEncodingError, NotChineseError
    from zhgloss.formats.table import given_columns
    from zhgloss.store import Glossary

    _given_encoding(encoding)
    with reported_errors():
        glossary_file = fmt is None and PurePath(file).suffix.lower() == ".json" and Path(file).is_file()
        if file != "-" and Path(file).is_file():
            fmt = _by_content(file, fmt)
        if file == "-" and fmt is None:
            fmt = _stdin_format()
            glossary_file = fmt == "json"
        form = _format_for("jsonl" if glossary_file else fmt, file, reading=True)
        if proper_only and form.name != "cedict":
            fail("--proper-only applies to --format cedict only")
        if kind is not None and form.name == "cedict":
            fail("--type does not apply to cedict, whose lines say each entry's type (retype one with zhgloss edit)")
        named = given_columns(columns) if columns is not None else None
        text: str | bytes
        if glossary_file:
            # A colleague's glossary, zhgloss's own file (what --db names): its entries, read as --db reads them,
            # are imported as its JSON Lines export would be.
            text, noted = _glossary_as_jsonl(file)
            guessed = ""
            if noted:
                typer.echo(noted, err=True)
        elif form.binary:
            if encoding != "auto":
                fail(f"--encoding does not apply to {form.name}, whose file says its own")
            text, guessed = _read_bytes(file), ""
        else:
            try:
                text, guessed = _read_input(file, encoding)
            except (AmbiguousEncodingError, NotChineseError) as exc:
                _ambiguous(exc)
        if guessed:
            typer.echo(f"note: {'stdin' if file == '-' else file} is not UTF-8; read it as {guessed}", err=True)
        source = "<stdin>" if file == "-" else file
        gloss = Glossary.open(db, must_exist=db is None)
        created = gloss.path is not None and not gloss.path.exists()
        # A dry run under "fail" goes on past the conflicts, so that it can say what the import would do.
        mode = "skip" if dry_run and conflict_mode == "fail" else conflict_mode
        # The collector is paused for the parse too: a reader may build every entry before its first (cedict).
        with (
            gloss,
            _input_stream(text, f"importing {source}") as stream,
            paused_gc(),
            _import_notes(db),
            homonyms_passed_over(conflict_mode == "skip"),
            bans_of_stored(),  # a "Do not use" sheet's rows ban renderings of the glossary's entries (B49-16)
        ):
            docs = _documents(form, stream, source, proper_only, named, kind)
            first = next(docs, None)
            if first is None:
                # An empty file, a header alone, or no proper name: importing nothing is no success to report
                # as "0 added" (the wrong file, or the wrong --format), and no new glossary is made of it.
                what = "no proper names" if proper_only else "no entries"
                fail(
                    f"{source!r} holds {what} ({form.name}): nothing imported; check the file and --format",
                    EXIT_NOT_FOUND,
                )
            taken_at: dict[str, str] = {}
            drafts_over: set[str] = set()
            try:
                report = import_documents(
                    gloss,
                    chain([first], docs),
                    mode,
                    dry_run=dry_run,
                    says=form.says,
                    fallbacks=form.fallbacks,
                    source=_source_name(file),
                    taken_at=taken_at,
                    name="<stdin>" if file == "-" else None,
                    drafts_over=drafts_over,
                )
            except DuplicateEntryError:
                _explain_conflicts(gloss, form, text, source, proper_only, named, kind, db)
            clashes = [] if dry_run else _forbidden_clashes(gloss, [*report.added, *report.updated])
            near_misses = [] if dry_run or form.name == "cedict" else _near_misses(gloss, report.added, report.updated)
    if as_json:
        echo_data(
            to_json(
                {
                    "file": source,
                    "format": form.name,
                    "dry_run": dry_run,
                    "added": report.added,
                    "updated": report.updated,
                    "skipped": report.skipped,
                    "conflicts": report.conflicts,
                    "conflict_fields": [_fields_json(fields) for fields in report.conflict_fields],
                    # Each conflicting row that would take another entry's Chinese form (`_taken_line`), by row id.
                    "taken": {
                        row_id: {
                            "zh": zh,
                            "form": form,
                            "entry": owner,
                            "field": field,
                            "stored": stored,
                            **({"at": taken_at[row_id]} if row_id in taken_at else {}),
                        }
                        for row_id, (zh, form, owner, field, stored) in report.taken.items()
                    },
                    "changes": {entry_id: _fields_json(fields) for entry_id, fields in report.changes.items()},
                    "pinyin_filled": list(report.pinyin_filled),
                    "homonyms": list(report.homonyms),
                }
            )
        )
    kept = "; the stored one would stop the import" if mode != conflict_mode else "; kept the stored one"
    for row_id, stored_id, fields in zip(report.conflict_rows, report.conflicts, report.conflict_fields, strict=True):
        if row_id in report.taken:
            # Not kept for a --on-conflict choice: no option lets one form name two entries.
            stop = "; it would stop the import" if mode != conflict_mode else ""
            said = _taken_line(row_id, stored_id, report.taken[row_id], taken_at.get(row_id), gloss, db)
            typer.echo(f"{said}{stop}", err=True)
            continue
        typer.echo(f"{_conflict_line(row_id, stored_id, fields)}{kept}", err=True)
    for entry_id, fields in report.changes.items():
        typer.echo(f"{'would update' if dry_run else 'updated'} {entry_id!r}: {_differences(fields)}", err=True)
    _say_others(report, source, gloss)
    from zhgloss.cli.curate import on_db

    for clash in clashes:
        typer.echo(on_db(f"note: {source}: {clash.entry_id!r}: {clash.message}", db), err=True)
    for near in near_misses:
        typer.echo(on_db(f"warning: {source}: {near.entry_id!r}: {near.message}", db), err=True)
    for homonym in report.homonyms:
        typer.echo(f"note: {source!r}: {homonym}", err=True)
    if report.pinyin_filled:
        # No field says a pinyin was derived: said here, once, as add fills it without a word (user U32-3).
        typer.echo(
            f"note: {source} gives no pinyin for {len(report.pinyin_filled):,} of the entries "
            f"{'it would add' if dry_run else 'added'}: {'it would be' if dry_run else 'it was'} filled in as "
            "'zhgloss add' fills it (a person's by the surname's reading); a pinyin column in the file is kept "
            "instead",
            err=True,
        )
    where = f" into {gloss.path}" if gloss.path else ""
    if created and not dry_run:
        where += " (new glossary)"
    typer.echo(f"{source}{where}: {_describe(report, dry_run=dry_run)}", err=True)
    if mode != conflict_mode and report.conflicts:
        typer.echo(
            "Error: with --on-conflict fail the import would stop at the conflicts; "
            f"{_conflict_hint(report, drafts_over, db, gloss)}",
            err=True,
        )
        raise typer.Exit(EXIT_NOT_FOUND)


def _forbidden_clashes(gloss: Glossary, written: list[str]) -> list[Problem]:
    """validate's `forbidden-clash` warnings of the `written` entries: a form one of them forbids that another entry
    accepts, or the other way round (a termbase's not-recommended 富士康 beside CC-CEDICT's alias: the review's R46-3),
    said by the import that made them, so that the ban is not found out later. None read for a glossary that forbids
    no form (`Glossary.forbidden_index`: one cached list)."""
    if not written or not gloss.forbidden_index():
        return []
    from zhgloss.validate import forbidden_clashes

    return forbidden_clashes(list(gloss.iter_entries()), only=set(written))


def _near_misses(gloss: Glossary, added: list[str], updated: list[str]) -> list[Problem]:
    """validate's `en-near-miss` warnings of the entries an import wrote: a place's or organisation's English that
    misspells its pinyin ("Nanjin" for 南京, the review's R47-6), said by the import that made it as `add` says it. Not
    asked of a CC-CEDICT import, whose English that is no pinyin is stored as the line's own (`en_adopted`)."""
    from zhgloss.validate import near_miss_problems

    entries = [entry for entry_id in (*added, *updated) if (entry := gloss.find_by_id(entry_id)) is not None]
    return near_miss_problems(entries)


def _say_others(report: WriteReport, source: str, gloss: Glossary) -> None:
    """Say each row passed over as another thing than the stored entry whose Chinese alias it has, and the edit that
    retypes the stored one (`curate.retype_command`: with --en where its English is its type's reading of the pinyin,
    which the new type does not make: `add 国家电网`'s person "Guo Jiadianwang")."""
    from zhgloss.curate import retype_command

    for row_id, stored_id, kind, stored_kind in report.others:
        stored = gloss.find_by_id(stored_id)
        command = retype_command(stored, kind) if stored is not None else f"zhgloss edit {stored_id} --type {kind}"
        typer.echo(
            f"note: {source}: {row_id!r} names another thing than the stored entry {stored_id!r}, whose Chinese form "
            f"it has ({with_article(kind)}, the stored entry {with_article(stored_kind)}): not imported, whatever "
            "--on-conflict says, the stored entry kept as it is; one Chinese form names one entry (if it is the same "
            f"thing, retype the stored one: {command})",
            err=True,
        )


@contextmanager
def _import_notes(db: Path | None = None) -> Iterator[None]:
    """Say each note a reader issues (`formats.table.ImportNote`: columns passed over) as one line on stderr,
    "note: FILE, line N: ...", as the CLI's other notes are, once the block ends or fails. Recorded, not shown by
    Python's warnings machinery (two lines, the class's name; under PYTHONWARNINGS=error, a traceback). A command a
    note gives ("zhgloss edit ID --confirm") runs on the import's glossary `db` (`zhgloss.cli.curate.on_db`)."""
    import warnings

    from zhgloss.cli.curate import on_db
    from zhgloss.formats.table import ImportNote

    with warnings.catch_warnings(record=True) as noted:
        warnings.simplefilter("always", ImportNote)
        try:
            yield
        finally:
            seen: set[str] = set()
            for caught in noted:
                note = caught.message
                if isinstance(note, ImportNote):
                    # A record without a line (a TBX termEntry, whose text names it) is said without one.
                    at = f", line {note.line}" if note.line else ""
                    line = on_db(f"note: {note.source}{at}: {note.text}", db)
                    if line not in seen:
                        seen.add(line)
                        typer.echo(line, err=True)


def _documents(
    form: Format,
    stream: io.StringIO | io.BytesIO,
    source: str,
    proper_only: bool,
    columns: list[str | None] | None,
    kind: str | None,
) -> Iterator[dict[str, Any]]:
    """The stored documents (`Entry.to_dict()`) of the entries `form` reads from `stream`, each given the type `kind`
    (import --type) unless it is None: `Format.load_documents`, which a CC-CEDICT import reads without entries."""
    if kind is None:
        return form.load_documents(stream, source, proper_only=proper_only, columns=columns)
    entries = form.load(stream, source, proper_only=proper_only, columns=columns)
    return (marked_document(retyped(entry, kind)) for entry in entries)


_TAKEN_HINT = "pass --on-conflict skip to import the other rows without them"
_CONFLICT_HINT = (
    "pass --on-conflict skip to keep the stored entries, or --on-conflict replace to take the file's value of each "
    "field named (a replaced English or Chinese form stays an alias unless the file forbids it, a form the file "
    "forbids leaves the stored aliases, a stored note is kept with the file's after it)"
)


def _conflict_hint(report: WriteReport, drafts_over: set[str], db: Path | None, gloss: Glossary | None = None) -> str:
    """The remedy for `report`'s conflicts: --on-conflict skip or replace (`_CONFLICT_HINT`); skip alone where every
    conflict is one replace does not resolve: a row taking another entry's Chinese form (`WriteReport.taken`) or a
    draft's English over a confirmed entry's (`drafts_over`, `import_documents`'s: replace keeps the confirmed
    English); for a draft's English, the edit that takes it (the review's R42-10), and where the stored entry in
    `gloss` is a person whose pinyin that English does not spell, which edit refuses, that --adopted takes it if it is
    the person's own name (tbl's s43 finding: "Wang Xiao" for 王小洪)."""
    rows = list(zip(report.conflict_rows, report.conflicts, report.conflict_fields, strict=True))
    replaceable = any(row not in report.taken and row not in drafts_over for row, _, _ in rows)
    hint = _CONFLICT_HINT if replaceable else _TAKEN_HINT
    drafts = [(stored_id, fields) for row, stored_id, fields in rows if row in drafts_over]
    english = [(stored_id, d.value) for stored_id, fields in drafts for d in fields if d.field == "en"]
    if not english:
        return hint
    stored_id, en = english[0]
    command = "zhgloss" + (f" --db {shlex.quote(str(db))}" if db is not None else "")
    adopted = ""
    if gloss is not None and _edit_refuses_english(gloss, stored_id, str(en)):
        adopted = ", adding --adopted if it is the person's own name: it does not spell the pinyin"
    return (
        f"{hint}; {'replace keeps' if replaceable else 'no --on-conflict takes'} a draft's English over a confirmed "
        f"entry's: to take it, edit the entry ({command} edit {stored_id} --en {shlex.quote(str(en))}{adopted})"
    )


def _edit_refuses_english(gloss: Glossary, entry_id: str, en: str) -> bool:
    """Tell whether `edit ENTRY_ID --en EN` would be refused for a person's English that does not spell the pinyin,
    which --adopted answers (`zhgloss.curate.english_needs_adopted`)."""
    from zhgloss.curate import english_needs_adopted

    stored = gloss.find_by_id(entry_id)
    return stored is not None and english_needs_adopted(stored, en)


def _conflict_line(row_id: str, stored_id: str, differences: list[Difference]) -> str:
    """Name a conflict by the imported row's id, and the stored entry's when it was matched by its Chinese, and
    say which fields differ ("en: 'Lei Chun' (stored 'Lei Jun')")."""
    how = f": {_differences(differences)}" if differences else ""
    if row_id == stored_id:
        return f"conflict: {row_id!r} differs from the stored entry{how}"
    return f"conflict: {row_id!r} has the Chinese of the stored entry {stored_id!r} and differs from it{how}"


_FIELD_NAMES = {"zh": "Chinese", "zh_hant": "traditional form", "zh_aliases": "Chinese alias"}


def _taken_line(
    row_id: str,
    stored_id: str,
    taken: tuple[str | None, str, str, str, bool],
    at: str | None = None,
    gloss: Glossary | None = None,
    db: Path | None = None,
) -> str:
    """Say that the row would take `taken`'s form, another entry's Chinese form, as an alias (`WriteReport.taken`),
    and that it is not imported, whatever --on-conflict says: one form names one entry (add and edit refuse it too).
    The row is new ("'shangzheng-d6b5ef' (上证) would take ...") or an update of the stored entry `stored_id`.

    `at` is where the file has the row ("'team.tbx', termEntry 'c1'": `import_documents`'s `taken_at`), said first.
    Where the row is new and the form's entry is stored in `gloss`, that entry's Chinese and English are said and
    the line ends with the two ways out (user finding U37-31): if both name one thing, give the stored entry the
    row's Chinese (`zhgloss edit OWNER --zh-alias ZH`, naming `db` when the run did) and import again, which then
    reads the row as that entry; if not, drop the form from the row."""
    zh, form, owner, field, stored = taken
    row = (f"{at}: " if at else "") + f"{row_id!r}" + (f" ({zh})" if zh else "")
    whose = f"the {_FIELD_NAMES[field]} of the {'stored entry' if stored else 'entry read before it'} {owner!r}"
    found = gloss.find_by_id(owner) if gloss is not None and stored else None
    if found is not None:
        whose += f" ({found.zh} {found.en})" if found.zh else f" ({found.en})"
    if stored_id != owner:
        return (
            f"conflict: {row} would give the stored entry {stored_id!r} the Chinese alias {form!r}, {whose}; one "
            "form names one entry: not changed"
        )
    # A new row: the conflict is filed under the entry whose form it is.
    said = f"conflict: {row} would take {form!r}, {whose}, as a Chinese alias; one form names one entry: not added"
    if found is None or not zh or at is None:
        return said
    command = "zhgloss" + (f" --db {shlex.quote(str(db))}" if db is not None else "")
    return (
        f"{said} (if both name one thing, {command} edit {owner} --zh-alias {shlex.quote(zh)} and import again; "
        f"if not, drop {form!r} from the row)"
    )


def _fields_json(differences: list[Difference]) -> list[dict[str, Any]]:
    return [
        {"field": d.field, "value": d.value, "stored": d.stored, **({"added": True} if d.added else {})}
        for d in differences
    ]


_SHOWN_CHARS = 60
"""Longest value shown of a field that differs (a note, a list of roles): longer ones end in an ellipsis."""


def _differences(differences: list[Difference]) -> str:
    """Say each field that differs, with the file's value and the stored one: "en: 'Lei Chun' (stored 'Lei Jun')"."""

    def shown(value: Any) -> str:
        text = repr(value)
        return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"

    return "; ".join(
        _role_difference(d) or f"{d.field}: {'+ ' if d.added else ''}{shown(d.value)} (stored {shown(d.stored)})"
        for d in differences
    )


def _role_difference(difference: Difference) -> str | None:
    """Say a difference of roles by the roles that differ, each as the entry's card writes it ("Vice Premier, State
    Council (2023-03–2025-06)" (stored "... (since 2023-03)")), or None for another field or shape. Two lists of
    roles cut to the same first characters hid the one change (user finding U38-13: a colleague's ended role)."""
    from zhgloss.model import Role

    value, stored = difference.value, difference.stored
    if difference.field != "roles" or not isinstance(value, list) or not isinstance(stored, list):
        return None
    try:
        theirs = [Role.from_dict(role) for role in value]
        ours = [Role.from_dict(role) for role in stored]
    except (ValueError, TypeError):
        return None
    new = [role.describe() for role in theirs if role not in ours]
    old = [role.describe() for role in ours if role not in theirs]
    said_new, said_old = ("; ".join(map(repr, roles)) or "none" for roles in (new, old))
    return f"roles: {'+ ' if difference.added else ''}{said_new} (stored {said_old})"


def _source_name(file: str) -> str | None:
    """The name an import adds to the sources of an entry it updates in part: the file's name, not its folders
    (None for stdin, "-" or the "<stdin>" the command's lines name it)."""
    return None if file in ("-", "<stdin>") else PurePath(file).name


def _explain_conflicts(
    gloss: Glossary,
    form: Format,
    text: str | bytes,
    source: str,
    proper_only: bool,
    columns: list[str | None] | None,
    kind: str | None,
    db: Path | None = None,
) -> NoReturn:
    """List every conflicting entry on stderr and exit 1 (under --on-conflict fail)."""
    from zhgloss.formats import import_documents

    stream = io.BytesIO(text) if isinstance(text, bytes) else io.StringIO(text, newline="")
    docs = _documents(form, stream, source, proper_only, columns, kind)
    taken_at: dict[str, str] = {}
    drafts_over: set[str] = set()
    report = import_documents(
        gloss,
        docs,
        "skip",
        dry_run=True,
        says=form.says,
        fallbacks=form.fallbacks,
        source=_source_name(source),
        taken_at=taken_at,
        name=source if source == "<stdin>" else None,
        drafts_over=drafts_over,
    )
    for row_id, stored_id, fields in zip(report.conflict_rows, report.conflicts, report.conflict_fields, strict=True):
        line = (
            _taken_line(row_id, stored_id, report.taken[row_id], taken_at.get(row_id), gloss, db)
            if row_id in report.taken
            else None
        )
        typer.echo(line or _conflict_line(row_id, stored_id, fields), err=True)
    _say_others(report, source, gloss)
    typer.echo(f"{source}: {_describe(report, dry_run=False, stopped=True)}", err=True)
    # A row taking another entry's form, or a draft's English, is written under no --on-conflict: skip imports the rest.
    typer.echo(
        f"Error: {count(len(report.conflicts), 'entry conflicts', 'entries conflict')} with the glossary; "
        f"nothing was imported ({_conflict_hint(report, drafts_over, db, gloss)})",
        err=True,
    )
    raise typer.Exit(EXIT_NOT_FOUND)


@app.command()
def export(
    fmt: ExportFormatOpt = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file ('-' or none: stdout).", show_default=False),
    ] = None,
    kind: Annotated[str | None, type_option("--type", "-t", help="Only entries of this type")] = None,
    db: DbOpt = None,
) -> None:
    """Export the glossary as CSV, TSV, OmegaT, TBX or JSON Lines.

    Also as an Excel workbook (--format xlsx, or -o FILE.xlsx).
    The format is --format, else -o's suffix, else jsonl.
    csv, tsv, xlsx, tbx and jsonl keep every field: importing the export gives the same glossary.
    omegat writes OmegaT's three columns (Chinese, English, comment). CSV cells that a
    spreadsheet would run as formulas (= + - @) are made inert with a leading apostrophe.

    Example: zhgloss export --format tbx -o names.tbx
    """
    from zhgloss.formats import get_format
    from zhgloss.store import Glossary

    if output is not None and str(output) == "-":
        output = None  # '-' is stdout, as it is stdin for import (user finding U34-30: a file named "-" was written)
    with reported_errors():
        if fmt is None and output is not None:
            form = _format_for(None, str(output), reading=False)
        else:
            form = get_format(fmt or "jsonl")
        if output is not None and output.suffix.lower() == ".xls":  # an .xlsx under that name: Excel would balk
            fail(f"zhgloss writes Excel workbooks as .xlsx, not .xls: name the file {output.stem}.xlsx")
        if form.writer is None:
            fail(f"{form.name!r} can be imported but not exported (formats to export: {', '.join(EXPORT_FORMATS)})")
        with Glossary.open(db, read_only=True) as gloss:
            if output is not None and gloss.path is not None:
                _refuse_overwriting(output, gloss.path)
            entries = list(gloss.iter_entries())
            if kind is not None:
                types = sorted({e.type for e in entries})
                entries = [e for e in entries if e.type == kind]
                if not entries:
                    fail(
                        f"no entries of type {kind!r} in {gloss.path} (types there: {', '.join(types) or 'none'})",
                        EXIT_NOT_FOUND,
                    )
        if output is None and form.binary:
            if sys.stdout.isatty():
                fail(f"{form.name} is a binary file: write it with -o FILE.{form.name}, or redirect stdout")
            buffer = io.BytesIO()
            written = form.dump(entries, buffer)
            sys.stdout.buffer.write(buffer.getvalue())
            sys.stdout.buffer.flush()
        elif output is None:
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
            try:
                written = form.dump(entries, stream)
                stream.flush()
            finally:
                stream.detach()
        else:
            written = _write_file(output, form, entries)
    if kind is not None:
        _say_links_outside(entries)
    left_out = len(entries) - written
    tail = f" ({left_out} without Chinese left out)" if left_out else ""
    typer.echo(
        f"exported {count(written, 'entry', 'entries')} as {form.name}" + (f" to {output}" if output else "") + tail,
        err=True,
    )


def _say_links_outside(entries: list[Entry]) -> None:
    """Say on stderr which links of an `export --type` subset name entries left out of it (roles' organisations, a
    nickname's person): importing the file elsewhere keeps their names, not the links (user finding U34-17)."""
    ids = {entry.id for entry in entries}
    outside = [
        target
        for entry in entries
        for target in (entry.refers_to, *(role.org_id for role in entry.roles))
        if target is not None and target not in ids
    ]
    if outside:
        named = ", ".join(repr(target) for target in list(dict.fromkeys(outside))[:8])
        more = ", …" if len(set(outside)) > 8 else ""
        typer.echo(
            f"note: {len(outside):,} links of these entries name entries of other types, not exported ({named}{more}): "
            "an import elsewhere keeps their names, unlinked",
            err=True,
        )


def _refuse_overwriting(output: Path, glossary: Path) -> None:
    """Exit 2 if `output` is the glossary file or its lock file, however either is spelt."""
    target = output.resolve()
    stored = glossary.resolve()
    if target == stored:
        fail(f"{str(output)!r} is the glossary being exported ({stored}); write the export to another file")
    if target in (Path(f"{glossary}.lock").resolve(), Path(f"{stored}.lock").resolve()):
        fail(f"{str(output)!r} is the lock file of the glossary {stored}; write the export to another file")


def _write_file(output: Path, form: Format, entries: list[Entry]) -> int:
    """Write the export to `output` all at once: a failure halfway leaves the old file as it was."""
    from zhgloss.atomic import write_atomic

    buffer: io.StringIO | io.BytesIO = io.BytesIO() if form.binary else io.StringIO(newline="")
    try:
        written = form.dump(entries, buffer)
        value = buffer.getvalue()
        payload = value if isinstance(value, bytes) else value.encode("utf-8")
        if output.exists() and not output.is_file():
            # /dev/null, /dev/stdout or a pipe: nothing to replace, and no folder to make a temporary file in.
            with output.open("wb") as out:
                out.write(payload)
        elif not output.parent.is_dir():
            fail(f"cannot write {str(output)!r}: no such folder {str(output.parent)!r}")
        else:
            # Through the link to the file it points at, as the glossary itself is written.
            write_atomic(output.resolve(), payload, durable=False)
    except OSError as exc:
        fail(f"cannot write {str(output)!r}: {exc.strerror}")
    return written


@app.command()
def harvest(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE",
            help="Articles to read, or folders of them ('-' for stdin).",
            show_default=False,
        ),
    ],
    add: Annotated[
        bool, typer.Option("--add", help="Add the new entries to the glossary (asks first on a terminal).")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="With --add: add without asking.")] = False,
    unknown: Annotated[
        bool,
        typer.Option(
            "--unknown",
            "-u",
            help="List the personal names the glossary lacks, with counts and proposed pinyin; "
            "--add adds the ones you confirm as draft entries.",
        ),
    ] = False,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find name pairs in an article and propose entries.

    Finds "Wang Xiang (王翔)", "雷军（Lei Jun）" and tickers such as "Kingsoft Corporation
    (3888:HKEX)"; says for each whether it is new, already in the glossary or in conflict
    with it, and whether the English follows the pinyin (Wang Xiang = Wáng Xiáng) or is an
    adopted Western name (Jack Ma, 马云). Exit 1 when no pair is found.

    With --unknown it lists instead the personal names the glossary lacks (the same ones as
    `annotate --unknown`), with counts and proposed pinyin; --add asks about each and adds the
    ones you confirm as draft entries, which `validate` reports until you confirm them.

    Several files, or folders (every file below them), are read one after another: a name an earlier
    file proposes is not proposed again.

    Example: zhgloss harvest article.txt --add --yes

    Example: zhgloss harvest wire/ --add --yes
    """
    from zhgloss.harvest import harvest_documents
    from zhgloss.store import Glossary

    paths = _harvest_paths(files)
    if add and not yes and ("-" in paths or not sys.stdin.isatty()):
        fail("--add needs --yes when zhgloss cannot ask you (no terminal)")
    with reported_errors():
        documents: list[tuple[str, str]] = []
        for path in paths:
            text, encoding = _read_input(path)
            if encoding:
                typer.echo(f"note: {'stdin' if path == '-' else path} is not UTF-8; read it as {encoding}", err=True)
            documents.append(("<stdin>" if path == "-" else Path(path).name, text))
        if unknown:
            _harvest_unknown(documents, db, add=add, yes=yes, as_json=as_json)
            return
        with Glossary.open(db, read_only=True) as gloss:
            found = harvest_documents(documents, gloss.entry_columns())
            where = gloss.path
    if db is not None:
        # A conflict's command to copy edits the glossary this run read (R35-15: without --db it edited the default).
        found = [(source, [_with_db(p, db) for p in of_file], passed) for source, of_file, passed in found]
    proposals = [p for _, of_file, _ in found for p in of_file]
    several = len(found) > 1
    if as_json and several:
        echo_data(to_json({"files": [{"file": f, "proposals": [p.to_dict() for p in ps]} for f, ps, _ in found]}))
    elif as_json:
        echo_data(to_json({"file": found[0][0], "proposals": [p.to_dict() for p in proposals]}))
    else:
        for source, of_file, _ in found:
            for proposal in of_file:
                echo_data(_render_proposal(proposal, source if several else None))
    for source, _, passed_over in found:
        for line, bracket in passed_over:
            # U32-7: a bracket with a pair's shape that gave none is said, not passed over in silence
            at = f"{source} line {line}" if several else f"line {line}"
            typer.echo(f"note: {at}: {bracket} passed over: no name found to pair it with", err=True)
    counts = {s: sum(p.status == s for p in proposals) for s in ("new", "known", "conflict")}
    typer.echo(
        f"{count(len(proposals), 'pair', 'pairs')}: {counts['new']} new, {counts['known']} already in the glossary, "
        f"{counts['conflict']} conflicting",
        err=True,
    )
    if not proposals:
        raise typer.Exit(EXIT_NOT_FOUND)
    if add:
        _add_new(proposals, db, where, yes)


def _with_db(proposal: Proposal, db: Path) -> Proposal:
    """`proposal` whose explanation's command to copy ("zhgloss edit ID --alias ...") names glossary `db`."""
    import shlex
    from dataclasses import replace

    if "zhgloss edit " not in proposal.explanation:
        return proposal
    command = f"zhgloss --db {shlex.quote(str(db))} edit "
    return replace(proposal, explanation=proposal.explanation.replace("zhgloss edit ", command))


def _harvest_unknown(documents: list[tuple[str, str]], db: Path | None, *, add: bool, yes: bool, as_json: bool) -> None:
    """`harvest --unknown` of one or several documents (source, text): each file's unknown names, and one list of them
    all (a name of several files once, its mentions added up) to print and to add."""
    from dataclasses import replace

    from zhgloss.annotate import annotator_for
    from zhgloss.store import Glossary
    from zhgloss.unknown import draft_entries, harvest_unknown

    with Glossary.open(db, read_only=True) as gloss:
        annotator = annotator_for(gloss)
        per_file = [(source, harvest_unknown(text, annotator)) for source, text in documents]
        where = gloss.path
    merged: dict[str, UnknownName] = {}
    where_found: dict[str, list[str]] = {}
    for source, of_file in per_file:
        for name in of_file:
            first = merged.get(name.surface)
            merged[name.surface] = name if first is None else replace(first, count=first.count + name.count)
            where_found.setdefault(name.surface, []).append(f"{source} line {', '.join(map(str, name.lines))}")
    names = sorted(merged.values(), key=lambda n: -n.count)  # stable: first file's order among equals
    several = len(documents) > 1
    source = ", ".join(s for s, _ in documents)
    if as_json and several:
        files = [{"file": s, "unknown": [n.to_dict() for n in of_file]} for s, of_file in per_file]
        typer.echo(to_json({"files": files}))
    elif as_json:
        typer.echo(to_json({"file": source, "unknown": [n.to_dict() for n in names]}))
    else:
        for name in names:
            typer.echo(_render_unknown(name, "; ".join(where_found[name.surface]) if several else None))
    if not names:
        typer.echo("no unknown names found", err=True)
        raise typer.Exit(EXIT_NOT_FOUND)
    total = sum(n.count for n in names)
    typer.echo(
        f"{count(len(names), 'unknown name', 'unknown names')} ({count(total, 'mention', 'mentions')}), "
        "proposed readings unverified",
        err=True,
    )
    if not add:
        return
    chosen = names if yes else [n for n in names if typer.confirm(f"Add {_label(n)} as a draft entry?", err=True)]
    if not chosen:
        typer.echo("nothing added", err=True)
        raise typer.Exit(EXIT_NOT_FOUND)  # nothing done because you answered no, as harvest --add
    with Glossary.open(db) as gloss:
        entries = draft_entries(chosen, gloss.iter_entries(), source)
        report = gloss.add_all(entries, on_conflict="skip")
    typer.echo(
        f"added {count(len(report.added), 'draft entry', 'draft entries')} to {where}: {', '.join(report.added)} "
        f"(zhgloss validate lists {'it' if len(report.added) == 1 else 'them'} until you confirm "
        f"{'it' if len(report.added) == 1 else 'each'}: zhgloss edit ID --confirm)",
        err=True,
    )


def _label(name: UnknownName) -> str:
    proposal = name.proposal
    return f"{name.surface} {proposal.en or '(no English proposed)'} ({proposal.pinyin or '?'})"


def _render_unknown(name: UnknownName, found_in: str | None = None) -> str:
    proposal = name.proposal
    lines = ", ".join(str(n) for n in name.lines)
    # A transliterated or Japanese name gets no English: its own spelling is to be looked up.
    en = f"{proposal.en}?" if proposal.en else "-"
    kind = name.type if proposal.origin == "chinese" else f"{name.type}, {proposal.origin}"
    head = f"{name.count:>4}\t{name.surface}\t{proposal.pinyin or '?'}?\t{en}\t[{kind}]"
    extra = f"\n  other readings: {', '.join(proposal.alternatives)}" if proposal.alternatives else ""
    extra += "".join(f"\n  {note}" for note in proposal.notes)
    return f"{head}\n  {found_in or f'line {lines}'}{extra}"


def _render_proposal(proposal: Proposal, source: str | None = None) -> str:
    colour = {"new": "green", "known": "blue", "conflict": "red"}[proposal.status]
    label = " ".join(p for p in (proposal.zh, proposal.en) if p)
    lines = ", ".join(str(n) for n in proposal.lines)
    head = f"{style(proposal.status, fg=colour, bold=True)}\t{label}\t[{proposal.entry.type} · {proposal.entry.id}]"
    where = f"{source} line" if source else "line"
    return f"{head}\n  {where} {lines}: {proposal.explanation}"


def _harvest_paths(files: list[str]) -> list[str]:
    """The files `harvest` reads: FILEs as named ('-' stdin, once), folders as every file below them."""
    from zhgloss.corpus import expand_inputs
    from zhgloss.errors import UsageError

    if files.count("-") > 1:
        fail("'-' (stdin) can be read once", EXIT_USAGE)
    paths: list[str] = []
    for name in files:
        if name != "-" and Path(name).is_dir():
            try:
                paths += [str(p) for p in expand_inputs([Path(name)])]
            except UsageError as exc:
                fail(str(exc), EXIT_USAGE)
        else:
            paths.append(name)
    return paths


def _add_new(proposals: list[Proposal], db: Path | None, where: Path | None, yes: bool) -> None:
    from zhgloss.store import Glossary

    new = [p.entry for p in proposals if p.status == "new"]
    if not new:
        typer.echo("nothing new to add", err=True)
        return
    if not yes:
        confirm_or_stop(
            f"Add {count(len(new), 'new entry', 'new entries')} to {where}?", default=False, declined="nothing added"
        )
    with reported_errors(), Glossary.open(db) as gloss:
        report = gloss.add_all(new, on_conflict="skip")
    typer.echo(
        f"added {count(len(report.added), 'entry', 'entries')} to {gloss.path}: {', '.join(report.added)}", err=True
    )

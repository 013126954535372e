"""The glossary file: a TinyDB database kept crash-safe, lock-safe and diff-friendly.

This is the only module that imports TinyDB. The rest of zhgloss sees `Entry`.

TinyDB's stock `JSONStorage` rewrites its file in place (seek, write, truncate)
in the locale's encoding (msiemens/tinydb#467): a crash mid-write destroys the
glossary, and two processes adding at once lose one's entry. `AtomicJSONStorage`
writes a temporary file in the same folder, fsyncs it and renames it over the
original; `Glossary` holds a lock on a separate `.lock` file around every
read-modify-write cycle and rereads the file inside it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import operator
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import compress, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from zhgloss.errors import (
    AmbiguousNameError,
    DuplicateEntryError,
    FormatError,
    GlossaryBusyError,
    GlossaryFileError,
    GlossaryWriteError,
    InvalidEntryError,
    NotFoundError,
    ReadOnlyGlossaryError,
    TargetExistsError,
    UsageError,
    ZhglossError,
    count_of,
    json_kind,
    json_problem,
)
from zhgloss.model import Entry, checked_documents, entries_from_dicts, stored_columns

if TYPE_CHECKING:
    from zhgloss.index import LookupIndex
    from zhgloss.model import EntryColumns, ForbiddenForm

TABLE = "entries"
USER_GLOSSARY_NAME = "glossary.json"
LOCK_TIMEOUT_S = 30.0

OnConflict = Literal["fail", "skip", "replace"]


def bundled_path() -> Path:
    """Return the path of the glossary shipped with zhgloss."""
    here = Path(__file__).resolve().parent
    shipped = here / "data" / "glossary.json"
    if shipped.is_file():
        return shipped
    # An editable install or a source checkout: the top-level glossary.json of the repository.
    return here.parent.parent / "glossary.json"


def user_path() -> Path:
    """Return where the user's own glossary lives (it may not exist yet)."""
    if sys.platform.startswith("linux"):
        # The XDG rule platformdirs applies on Linux, spelled out: importing platformdirs (which
        # imports tempfile and random) costs every lookup ~3 ms. A test holds the two equal.
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        return Path(base) / "zhgloss" / USER_GLOSSARY_NAME
    import platformdirs

    return platformdirs.user_data_path("zhgloss") / USER_GLOSSARY_NAME


DB_ENV = "ZHGLOSS_DB"
"""The environment variable naming the glossary file when none is given (the CLI's --db reads it too)."""


def resolve_path(path: str | os.PathLike[str] | None) -> Path:
    """Choose the glossary: `path` if given (a str or any path-like, as a Path), else the file $ZHGLOSS_DB names (set
    and not blank), else the user's own if it exists, else the bundled one: README's "Which glossary is used", the
    rule every command follows, so the library (`Glossary.open()`) answers from the glossary the commands do (the
    user's U37-38: a script beside the CLI read the bundled glossary while `zhgloss lookup` read $ZHGLOSS_DB)."""
    if path is not None:
        return Path(path)
    named = os.environ.get(DB_ENV, "").strip()
    if named:
        return Path(named)
    mine = user_path()
    return mine if mine.is_file() else bundled_path()


def dump_json_bytes(data: Any) -> bytes:
    """Serialize glossary data the one diff-friendly way, as UTF-8: real characters, indented, sorted keys.

    The bytes are exactly those of ``json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\\n"``
    (a test holds them to it). orjson writes them ~20x faster: the stdlib falls back to its pure-Python
    encoder whenever `indent` is set, which made a 100k-entry write take seconds.
    """
    import orjson

    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def dump_json(data: Any) -> str:
    """Serialize glossary data as text (see `dump_json_bytes`)."""
    return dump_json_bytes(data).decode("utf-8")


EMPTY_FILE = 'is empty: not a zhgloss glossary (one with no entries holds {"entries": {}})'
"""What a reader says of a glossary file that is empty or holds whitespace alone (`parse_glossary_text`)."""

_UTF8_BOM = b"\xef\xbb\xbf"
_DIGITS_MARKED = bytes.maketrans(b"0123456789", b"0000000000")
_LONG_NUMBER = b"0" * 19
"""The shortest digit run that can spell an integer orjson reads otherwise than `json` (`parse_glossary_bytes`)."""
_SAMPLE_STEP = 9
"""Every how many bytes `_may_hold_long_integer` looks first: 2 * 9 + 1 = 19, so a run of 19 digits holds two
looked at in a row."""
_DIGITS = b"0123456789"
_DIGIT_RUN = re.compile(rb"[0-9]*")


def parse_glossary_bytes(
    raw: bytes,
    source: Path | str,
    *,
    written: bool = False,
    documents_checked: bool = True,
    empty_is_new: bool = True,
) -> dict[str, dict[str, Any]]:
    """Parse and shape-check a glossary file's bytes (UTF-8, a BOM allowed): `parse_glossary_text` of their text.

    orjson reads a 40 MB glossary in a third of `json`'s time (and skips the decoding to text): it
    is used whenever it gives the very values `json` gives. It refuses what `json` takes but JSON
    does not define (NaN, a lone surrogate escape, 1e400, nesting past 1,024) and bytes that are not
    UTF-8: those files, and every error, go through `parse_glossary_text`, for its values and its
    messages. The one value orjson reads otherwise without a word is an integer outside 64 bits
    (it becomes a float): a file with a run of 19 digits where a number can start goes through `json`.
    `written`: the bytes are those zhgloss last wrote (`zhgloss.cache.is_written`: `dump_json_bytes` of
    a glossary it had read, no integer in it); they are parsed by orjson and not shape-checked again
    (~0.15 s of a 100k glossary's first index build). Raise GlossaryFileError if the bytes are not
    UTF-8 or not a glossary. `documents_checked=False` (for `zhgloss validate`, which lists each
    faulty document and goes on) checks the file's shape only, not its documents: one that is no
    object, a key that is no document number and two documents of one id are left to the caller.
    `empty_is_new`: as `parse_glossary_text`'.
    """
    import orjson

    body = raw[len(_UTF8_BOM) :] if raw.startswith(_UTF8_BOM) else raw
    if written:
        from zhgloss.bulk import paused_gc

        with paused_gc(), contextlib.suppress(orjson.JSONDecodeError):
            trusted = orjson.loads(body)
            if isinstance(trusted, dict):
                return trusted
    if body and not _may_hold_long_integer(body):
        from zhgloss.bulk import paused_gc

        try:
            with paused_gc():  # the parsed documents hold no cycles: see parse_glossary_text
                data = orjson.loads(body)
        except orjson.JSONDecodeError:
            pass
        else:
            return _checked_shape(data, source, documents_checked)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _refuse_an_import_file(raw, source)
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in raw[:64]:
            # Notepad's "Unicode" (user U33-12: was "is not UTF-8 (byte 0)" alone).
            raise GlossaryFileError(source, 'is UTF-16 (Notepad\'s "Unicode"), not UTF-8: save it as UTF-8') from None
        raise GlossaryFileError(source, f"is not UTF-8 (byte {exc.start})") from None
    try:
        return parse_glossary_text(text, source, documents_checked=documents_checked, empty_is_new=empty_is_new)
    except GlossaryFileError as exc:
        if exc.problem.startswith("not valid JSON"):
            _refuse_an_import_file(raw, source)
        raise


_IMPORT_FILE_KINDS = {
    "csv": "a CSV file",
    "tsv": "a tab-separated file",
    "omegat": "an OmegaT glossary",
    "tbx": "a TBX termbase",
    "jsonl": "a JSON Lines file",
    "xlsx": "an Excel workbook",
    "cedict": "a CC-CEDICT file",
}
"""What a file of each import format is called, for a --db that names one (`_refuse_an_import_file`)."""


def _refuse_an_import_file(raw: bytes, source: Path | str) -> None:
    """Raise GlossaryFileError if the file `source` (bytes `raw`), no glossary, is a file to import: its name or its
    first bytes say a workbook, a termbase, a table (user U32-19: `--db team.tbx` was "not valid JSON: Expecting value
    at line 1, column 1", `--db names.xlsx` "is not UTF-8 (byte 10)"). Said with the command that reads it."""
    from zhgloss.formats import guess_format

    head = raw[:4096].lstrip(_UTF8_BOM).lstrip()
    if head.startswith(b"PK\x03\x04"):
        kind = "xlsx"
    elif head.startswith(b"<") and (b"<martif" in head or b"<tbx" in head):
        kind = "tbx"
    else:
        fmt = guess_format(str(source))
        kind = fmt.name if fmt is not None else ""
    if kind in _IMPORT_FILE_KINDS:
        raise GlossaryFileError(
            source,
            f"is {_IMPORT_FILE_KINDS[kind]}, not a zhgloss glossary (--db names the glossary, a .json file): to add "
            f"its names to a glossary, run 'zhgloss import {Path(source).name}' (with --db GLOSSARY.json for one of "
            "yours)",
        )


def _may_hold_long_integer(body: bytes) -> bool:
    """Tell whether `body` may hold an integer literal of 19 digits or more (any run of them not plainly in a string).

    A number starts after a colon, bracket or comma (or the file's start), spaces and a minus sign
    between: a run found elsewhere (an id in a note, a URL's) is inside a string. Every ninth byte
    is looked at first (one C-level slice): a run of 19 digits holds two of them in a row, so only
    where two are digits is a run looked for, and each run found is looked at window by window as a
    scan of every byte would (`_long_run_may_be_integer`); a 40 MB glossary's bytes are not all
    marked (~60 ms at 10^5 entries: ~15 ms).
    """
    sampled = body[::_SAMPLE_STEP].translate(_DIGITS_MARKED)
    at = sampled.find(b"00")
    while at >= 0:
        start = end = at * _SAMPLE_STEP  # a digit of a run of 10 or more
        while start > 0:  # back to the run's first digit, 64 bytes a step
            piece = body[max(0, start - 64) : start]
            digits_before = len(piece) - len(piece.rstrip(_DIGITS))
            start -= digits_before
            if digits_before < len(piece):
                break
        end += len(_DIGIT_RUN.match(body, end).group())  # type: ignore[union-attr]  # `*`: always a match
        if end - start >= len(_LONG_NUMBER) and _long_run_may_be_integer(body, start, end):
            return True
        at = sampled.find(b"00", -(-end // _SAMPLE_STEP))  # on past the run: its samples are digits too
    return False


def _long_run_may_be_integer(body: bytes, start: int, end: int) -> bool:
    """Tell whether the run of digits body[start:end] (19 or more, none beside it) may be an integer literal.

    Looked at as a scan of the whole file for 19 digits in a row finds it (each 19 after the last
    found): at each place found, whether what comes before the 64 bytes up to it, digits, spaces and
    a minus sign left out, can start a number.
    """
    for at in range(start, end - len(_LONG_NUMBER) + 1, len(_LONG_NUMBER)):
        before = body[max(0, at - 64) : at].rstrip(_DIGITS).rstrip(b" \t\r\n-")
        if at < 64 or before[-1:] in (b":", b"[", b",", b""):
            return True
    return False


def is_blank_glossary_text(text: str) -> bool:
    """Tell whether a glossary file's `text` holds no JSON at all: nothing, whitespace (any Unicode space, U+3000
    too) or byte-order marks alone. Such a file is empty (`EMPTY_FILE`) to every reader: an editor that saves an
    emptied file as "UTF-8 with BOM" writes the three bytes EF BB BF, which no more hold a glossary than 0 bytes do.
    """
    return not text.replace("\ufeff", "").strip()


def holds_no_json(path: Path) -> bool:
    """Tell whether the file at `path` is empty to a reader (`is_blank_glossary_text` of its text).

    Read up to its first character that is neither whitespace nor a byte-order mark, so a glossary of any size
    costs one small read. Bytes that are not UTF-8 hold something: their reader says what is wrong with them.
    Raise OSError if the file cannot be read.
    """
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    size = 4096  # a glossary's first bytes say it holds JSON: a small first read, then larger ones
    with path.open("rb") as file:
        while True:
            chunk = file.read(size)
            size = 65536
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                return False
            if not is_blank_glossary_text(text):
                return False
            if not chunk:
                return True


def parse_glossary_text(
    text: str, source: Path | str, *, documents_checked: bool = True, empty_is_new: bool = True
) -> dict[str, dict[str, Any]]:
    """Parse and shape-check a glossary file's text; raise GlossaryFileError with line and column.

    `documents_checked`: as `parse_glossary_bytes`'. An empty text, or whitespace alone, is a glossary with no
    entries if `empty_is_new` (a write may start one in such a file); otherwise it is none (GlossaryFileError,
    `EMPTY_FILE`): a file cut short, never one zhgloss wrote, which a reader must not take for a glossary that
    holds no name (a translation checked against it passes). An empty glossary zhgloss writes is '{"entries": {}}'.
    """
    if is_blank_glossary_text(text):
        if not empty_is_new:
            raise GlossaryFileError(source, EMPTY_FILE)
        return {}
    from zhgloss.bulk import paused_gc

    try:
        # The parsed documents hold no cycles: the collector's rescans of them were half the parse.
        with paused_gc():
            data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GlossaryFileError(source, f"not valid JSON: {json_problem(exc)}{_json_cause(text, exc)}") from None
    except RecursionError:
        raise GlossaryFileError(source, "not a zhgloss glossary: its JSON is nested too deeply") from None
    except ValueError as exc:
        # Python refuses to convert a number of more than 4,300 digits (CVE-2020-10735).
        raise GlossaryFileError(source, f"not a zhgloss glossary: {exc}") from None
    return _checked_shape(data, source, documents_checked)


_VALIDATE_LISTS = " ('zhgloss validate' lists every faulty entry)"
"""Said after the first faulty entry a command meets: the others are there too (user U33-12: of 12, one named)."""

_CONFLICT_MARKER_RE = re.compile(r"^(?:<{7}|={7}|>{7})(?: |$)", re.MULTILINE)
_CURLY_QUOTES = "\u201c\u201d\u2018\u2019"


def _json_cause(text: str, exc: json.JSONDecodeError) -> str:
    """What made a hand-edited glossary no JSON, where it can be told (user U33-12: each was Python's parser message
    alone): a merge-conflict marker git left, a word processor's curly quotes, a comma before a closing bracket."""
    marker = _CONFLICT_MARKER_RE.search(text)
    if marker is not None:
        line = text.count("\n", 0, marker.start()) + 1
        return (
            f": a merge-conflict marker {marker.group().strip()!r} at line {line}; keep one side of the conflict and "
            "remove the marker lines"
        )
    if exc.msg.startswith("Unterminated string") or re.fullmatch(r"\s*[\w.+\-]*\s*", text[exc.pos :]):
        # JSON reads to the end (a string left open, or a word or number that ends the file: "tr", "12") and wants
        # more: the file was cut short (a crashed copy, a full disk, `head`)
        return ": the file ends before its JSON does (it was cut short)"
    # split("\n"), not splitlines(): json counts the lines by "\n" alone, and a text ending with one has an empty last
    # line (splitlines() drops it, and also cuts at U+2028 or a form feed inside a string).
    lines = text.split("\n")
    where = lines[exc.lineno - 1] if 0 < exc.lineno <= len(lines) else ""
    curly = next((char for char in where if char in _CURLY_QUOTES), None)
    if curly is not None:
        return (
            f': a curly quote {curly} on line {exc.lineno}, where JSON needs a straight "; replace them (a word '
            "processor typed them)"
        )
    before = text[: exc.pos].rstrip()
    if before.endswith(",") and text[exc.pos : exc.pos + 1] in ("}", "]"):
        line = text.count("\n", 0, len(before)) + 1
        return f": a comma before {text[exc.pos]!r} (line {line}), which JSON does not allow; remove it"
    return ""


def _checked_shape(data: Any, source: Path | str, documents_checked: bool = True) -> dict[str, dict[str, Any]]:
    """Return parsed glossary `data` if it has a glossary's shape; raise GlossaryFileError saying what is wrong.

    The file's shape: an object of tables, each an object (a file that is no glossary at all). With
    `documents_checked`, its documents too: each an object under a document number, no id twice.
    """
    if not isinstance(data, dict):
        raise GlossaryFileError(source, f"not a zhgloss glossary: the top level is {json_kind(data)}, not an object")
    for name, table in data.items():
        if name not in (TABLE, "_default"):
            raise GlossaryFileError(source, f"not a zhgloss glossary: unexpected table {name!r}")
        if not isinstance(table, dict):
            raise GlossaryFileError(source, f"not a zhgloss glossary: table {name!r} does not hold entries")
        if not documents_checked:
            continue
        if not all(map(isinstance, table.values(), repeat(dict))):
            # Said as `validate` says it of the document (user U32-19: one null entry among 66 good ones was "table
            # 'entries' does not hold entries" here, "document 1: entry: must be an object, not null" there).
            key, value = next((k, v) for k, v in table.items() if not isinstance(v, dict))
            raise GlossaryFileError(
                source,
                f"document {key}: entry: cannot be read: must be an object, not {json_kind(value)} ('zhgloss "
                "validate' lists every faulty entry)",
            )
        if _are_document_numbers(table):
            continue
        # isdigit() alone takes "²" and "٣" for digits, which int() then refuses.
        bad_key = next((key for key in table if not (key.isascii() and key.isdigit() and len(key) <= 15)), None)
        if bad_key is not None:
            raise GlossaryFileError(
                source, f"not a zhgloss glossary: {bad_key!r} in table {name!r} is not a document number"
            )
    if data.get("_default"):
        # TinyDB's default table: entries there would be silently ignored by every command.
        held = count_of(len(data["_default"]), "entry", "entries")
        raise GlossaryFileError(source, f"holds {held} under '_default'; move them to {TABLE!r}")
    docs = data.get(TABLE, {})
    if not documents_checked:
        return data
    ids = list(map(dict.get, docs.values(), repeat("id")))
    if not set(map(type, ids)) <= {str}:  # an id that is no text (left for the entries' check): the others
        ids = list(compress(ids, map(isinstance, ids, repeat(str))))
    if len(set(ids)) == len(ids):
        return data
    first_of: dict[object, str] = {}
    for key, doc in docs.items():
        entry_id = doc.get("id")
        if isinstance(entry_id, str) and first_of.setdefault(entry_id, key) != key:
            raise GlossaryFileError(
                source, f"two entries have the id {entry_id!r} (documents {first_of[entry_id]} and {key}); rename one"
            )
    return data


def _are_document_numbers(table: dict[str, Any]) -> bool:
    """Tell whether every key of `table` is 1 to 15 ASCII digits, by one scan of them all (10^5 keys: ~5 ms)."""
    joined = "".join(table)
    lengths = list(map(len, table))
    return (
        joined.isascii()
        and (joined.isdigit() or not joined)
        and 1 <= min(lengths, default=1) <= max(lengths, default=1) <= 15
    )


def _resolve(path: Path) -> Path:
    """Return `path` with its symbolic links followed; raise GlossaryFileError if they loop."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # ELOOP; RuntimeError("Symlink loop") before Python 3.13
        raise GlossaryFileError(path, "is a symbolic link that leads back to itself") from None


class AtomicJSONStorage:
    """TinyDB storage writing UTF-8 JSON through a temp file, fsync and rename; batches writes on request.

    It implements TinyDB's `Storage` interface (read, write, close) without inheriting from it, so that
    this module can be imported, and a lookup answered from the index, without importing TinyDB.
    """

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._cached: tuple[str, dict[str, Any], str] | None = None
        self._bytes: tuple[str, bytes] | None = None
        """The bytes of the version last read, kept for `take_bytes` (a cache build's `Glossary.entry_spans`)."""
        self._pending: dict[str, Any] | None = None
        self._batching = False
        self._read_as_stored = False
        """In a batch: whether the version it read has every entry valid and read as stored (`is_read_as_stored`)."""
        self._read_as_entries = False
        """In a batch: whether that version also holds each document as its entry's `to_dict()` (`is_written`)."""

    def _identity(self) -> str | None:
        from zhgloss.cache import identity

        try:
            return identity(self.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise GlossaryFileError(self.path, f"cannot be read: {exc.strerror}") from None

    def read(self) -> dict[str, Any] | None:
        if self._pending is not None:
            return self._pending
        ident = self._identity()
        if ident is None:
            data: dict[str, Any] = {}
        elif self._cached is not None and self._cached[0] == ident:
            data = self._cached[1]
        else:
            from zhgloss.cache import content_digest, is_written

            try:
                raw = self.path.read_bytes()
            except OSError as exc:
                raise GlossaryFileError(self.path, f"cannot be read: {exc.strerror}") from None
            digest = content_digest(raw)
            # An empty file is a new glossary only to a write (its batch): a reader refuses it.
            data = parse_glossary_bytes(
                raw, self.path, written=is_written(self.path, digest), empty_is_new=self._batching
            )
            self._cached = (ident, data, digest)
            self._bytes = (ident, raw)
        if self._batching:
            # The version a write in this batch starts from: a file written from it vouches for its
            # entries only if it had none but valid ones, read as stored (or had none at all).
            self._read_as_stored = ident is None or self.is_read_as_stored(ident)
            # And each of its documents is its entry's to_dict() only if a write said so (or it had none).
            self._read_as_entries = ident is None or self.is_written(ident, as_entries=True)
            self._pending = data
        return data or None

    def take_bytes(self, ident: str) -> bytes | None:
        """The bytes of the version `ident` of the file, if it is the one last read, and forget them; else None.

        A cache build reads the file's documents, then where each is written (`Glossary.entry_spans`): the bytes
        read once serve both (a second read of a 100k glossary was ~0.03 s), and are not kept past that.
        """
        kept, self._bytes = self._bytes, None
        return kept[1] if kept is not None and kept[0] == ident else None

    def is_read_as_stored(self, ident: str) -> bool:
        """Tell whether the version `ident` of the file (the one last read) holds only entries read as stored.

        Known by its identity (a reading that checked every entry marked it, `zhgloss.cache.is_validated`)
        or by its bytes: those zhgloss wrote from such entries (`zhgloss.cache.is_written`). A file
        edited by hand is neither, until a reading checks it.
        """
        from zhgloss.cache import is_validated

        return is_validated(self.path, ident) or self.is_written(ident)

    def is_written(self, ident: str, *, as_entries: bool = False) -> bool:
        """Tell whether the version `ident` of the file (the one last read) has bytes zhgloss wrote and vouched for.

        With `as_entries`: and every document in them is its entry's `to_dict()` (`zhgloss.cache.mark_written`).
        """
        from zhgloss.cache import is_written

        cached = self._cached
        return cached is not None and cached[0] == ident and is_written(self.path, cached[2], as_entries=as_entries)

    def holds_parsed(self) -> bool:
        """Tell whether the file's current version is parsed in memory already (the one last read or written, no
        change pending): `read` then gives it without reading the file."""
        cached = self._cached
        return self._pending is None and cached is not None and cached[0] == self._identity()

    def holds_written(self, data: object) -> bool:
        """Tell whether `data` is the version last read (no change pending), parsed of bytes zhgloss wrote
        (`is_written`): `dump_json_bytes` wrote them, their numbers sorted as text, none with a leading zero."""
        from zhgloss.cache import is_written

        cached = self._cached
        return self._pending is None and cached is not None and cached[1] is data and is_written(self.path, cached[2])

    def mark_as_entries(self, ident: str) -> None:
        """Record that the version `ident` (the one last read), whose every entry is read as stored, holds each
        document as its entry's `to_dict()` (best effort; see `zhgloss.cache.mark_written`)."""
        from zhgloss.cache import mark_written

        if self._cached is not None and self._cached[0] == ident:
            mark_written(self.path, self._cached[2], as_entries=True)

    def write(self, data: dict[str, Any]) -> None:
        if self.read_only:
            raise ReadOnlyGlossaryError(self.path)
        if self._batching:
            self._pending = data
            return
        self._write_now(data)

    def _write_now(self, data: dict[str, Any], *, vouched: bool = False, as_entries: bool = False) -> None:
        """Write `data`; if `vouched` (every entry in it valid and read as stored), record the digest of the bytes,
        and with `as_entries` that every document in it is its entry's `to_dict()`."""
        from zhgloss.atomic import write_atomic

        payload = dump_json_bytes(data)
        try:
            write_atomic(self.path, payload, durable=True)
        except OSError as exc:
            raise GlossaryWriteError(self.path, f"cannot be written: {exc.strerror}") from None
        self._cached = self._bytes = None
        if vouched:
            from zhgloss.cache import content_digest, mark_written

            digest = content_digest(payload)
            mark_written(self.path, digest, as_entries=as_entries)
            if as_entries:
                self._keep_written(data, payload, digest)

    def _keep_written(self, data: dict[str, Any], payload: bytes, digest: str) -> None:
        """Keep `data`, just written as `payload` (of that `digest`), as the version read: the read that follows a
        write (an import's warnings, each cache's first build) then parses nothing.

        Only for data whose every document is its entry's `to_dict()` (`as_entries`), whose parse gives equal values
        (lists, texts, flags, nulls): laid out as `parse_glossary_bytes` lays out the bytes `dump_json_bytes` wrote
        (`_as_parsed`). A full CC-CEDICT import read its 46 MB back, ~0.33 s and ~59,000 page faults of a ~4.9 s
        import for a second copy of every document (forty-ninth session). The file's identity is taken right
        after the rename, inside the write's lock (`Glossary.transaction`): a file another process replaces later is
        another identity, and is read."""
        ident = self._identity()
        if ident is not None:
            self._cached = (ident, _as_parsed(data), digest)
            self._bytes = (ident, payload)

    def begin(self) -> None:
        """Start a batch: reads see pending changes, writes are held until `commit`."""
        self._batching = True
        self._pending = None
        self._read_as_stored = self._read_as_entries = False
        self._cached = self._bytes = None  # reread the file inside the lock

    def commit(self) -> None:
        """Write the batch's changes, once.

        `Glossary` changes a batch only through `Entry.to_dict()` documents (add, update, remove):
        when the version the batch read held only entries read as stored, so does the one written,
        and its digest is recorded (`zhgloss.cache.mark_written`) so that the next reading skips
        the check of every entry (~1 s at 10^5 entries). Those documents are `to_dict()`'s own: when
        every document of the version read was too, so is every one written, and the record says so.
        """
        pending, self._pending, self._batching = self._pending, None, False
        if pending is not None:
            self._write_now(pending, vouched=self._read_as_stored, as_entries=self._read_as_entries)

    def rollback(self) -> None:
        """Drop the batch's changes."""
        self._pending, self._batching, self._cached, self._bytes = None, False, None, None

    def close(self) -> None:
        pass


class _Documents(NamedTuple):
    """The documents of a glossary's entries table in the order of their numbers (`Glossary._docs_in_order`)."""

    numbers: list[str]
    """Each document's number, in increasing order."""
    docs: list[dict[str, Any]]
    """The documents, in that order."""
    places: list[int]
    """Where each of them lies among the documents of the table as parsed (the file's order)."""
    in_file: list[str]
    """The numbers in the file's order."""


def _as_parsed(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with its tables, and each table's documents, in the order `parse_glossary_bytes` reads them from the
    bytes `dump_json_bytes` wrote of it (sorted keys: document "10" before "2"), the order `Glossary._docs_in_order`
    and `entry_spans` read the file's documents in. The documents are `data`'s own objects, their fields in their
    own order (read by name, never by place)."""
    # (The numbers sorted alone, then their documents: ~30% quicker than a sort of (number, document) pairs.)
    return {
        name: dict(zip(numbers := sorted(table), map(table.__getitem__, numbers), strict=True))
        if isinstance(table, dict)
        else table
        for name, table in sorted(data.items())
    }


_LEADING_ZERO = re.compile("\n0[^\n]")
"""A document number written with a leading zero, in the numbers joined a line each (a line feed before the first)."""


class LookupHit(NamedTuple):
    """An entry found by `Glossary.lookup`, with the form that matched it.

    `reversed`: the form is a person's name in the other order. `spaced_otherwise`: the form matched only with its
    letters run together or split otherwise than the query's ("Wang Yi" and NetEase's alias "Wangyi").
    """

    entry: Entry
    field: str
    form: str
    reversed: bool = False
    spaced_otherwise: bool = False


def equally_matched(hits: Sequence[LookupHit]) -> list[LookupHit]:
    """The hits of `hits` (`Glossary.lookup`'s, best first) that match as well as the first and name other things.

    As well: by the same rank of field (`index.FIELD_RANK`: both by their English, say), spaced and ordered as the
    first. Other things: people of the same reading, other characters (`pinyin_key` of their pinyin: namesakes, the
    U38-2 王勇 and 王永, both "Wang Yong", are two hits here; "Wang Yong" alone answers neither), and people whose
    one English is no pinyin but spells each one's Chinese surname (`adopted.surname_keys`: Hong Kong's 陈国基 and
    陈志豪, both "Eric Chan", R38-29). Not other things: an entry that refers to another of them (a stock code or a
    nickname: `refers_to`), nor entries of other readings that share a pinyin English (CC-CEDICT's abbreviation 京
    and 北京 "Beijing", the epithet 毛主席 and 毛泽东: R38-26), nor a transliteration's variants, whose English spells
    no Chinese surname (克林顿 and 柯林顿 "Clinton", 肖邦 and 萧邦 "Frederic Chopin": one person in other characters),
    nor places or bodies: the first, as before. One hit or none: the hits as they are.
    """
    from zhgloss.index import FIELD_RANK

    if len(hits) < 2:
        return list(hits)
    first = hits[0]
    if first.entry.type != "person" or not first.entry.pinyin or len(first.form.split()) < 2:
        return [first]
    from zhgloss.pinyin import en_matches_pinyin  # (only here: most lookups of two hits stop above)
    from zhgloss.script import pinyin_key

    rank = (FIELD_RANK[first.field], first.spaced_otherwise, first.reversed)
    if en_matches_pinyin(first.form, first.entry.pinyin):
        reading = pinyin_key(first.entry.pinyin)

        def namesake(hit: LookupHit) -> bool:
            return pinyin_key(hit.entry.pinyin or "") == reading

    elif _spells_its_surname(first):
        # A Chinese name's adopted English, surname romanised otherwise (Hong Kong's "Chan", Taiwan's "Chang"):
        # each of another reading who shares it is another person of that surname, not the one in other characters.
        namesake = _spells_its_surname
    else:
        # (A transliteration's English is written in other characters too for the one person.)
        return [first]
    tied = [
        hit
        for hit in hits
        if (FIELD_RANK[hit.field], hit.spaced_otherwise, hit.reversed) == rank
        and hit.entry.type == "person"
        and namesake(hit)
    ]
    ids = {hit.entry.id for hit in tied}
    return [hit for hit in tied if hit.entry.refers_to not in ids]


def _spells_its_surname(hit: LookupHit) -> bool:
    """Tell whether the hit's English form is a personal name, every word capitalised and none a title ("Eric
    Chan", "Chan Kwok-ki"; not "King Wu of Zhou"), whose first or last word spells the surname its Chinese starts
    with, in any of `adopted.surname_keys`' spellings (陈: chen, chan, tan, ...)."""
    from zhgloss.adopted import surname_keys
    from zhgloss.forms import ROLE_WORDS
    from zhgloss.script import en_key

    words = hit.form.split()
    if len(words) < 2 or not all(w[:1].isupper() and w.lower().strip(".") not in ROLE_WORDS for w in words):
        return False
    keys = surname_keys(hit.entry.zh) if hit.entry.zh else frozenset()
    return en_key(words[0]) in keys or en_key(words[-1]) in keys


class WriteReport(NamedTuple):
    """What a bulk write did: ids added, updated, skipped (identical) and in conflict (kept as stored).

    `conflict_rows` holds, for each id in `conflicts` (the stored entry's), the id the incoming
    entry had: another one when it was matched by its Chinese form.
    """

    added: list[str]
    updated: list[str]
    skipped: list[str]
    conflicts: list[str]
    conflict_rows: list[str]
    conflict_fields: list[list[Difference]]
    """For each of `conflicts`, the fields the incoming entry says otherwise than the stored one (only those it says:
    `said`); empty where the conflict is another entry's Chinese alone."""
    changes: dict[str, list[Difference]]
    """For each id in `updated`, the fields the update changed (as `conflict_fields`)."""
    others: list[tuple[str, str, str, str]]
    """(the row's id, the stored entry's, the row's type, the stored entry's type) of each row passed over because it
    names another thing than the stored entry whose Chinese form it has (`names_another_thing`: CC-CEDICT's 阿里
    "Imam Ali", a person, against 阿里巴巴's alias 阿里; its 特斯拉 Nikola Tesla against the company 特斯拉): neither
    added (the form is the stored entry's, and one form names one entry) nor a conflict (it says nothing of that
    entry), under any --on-conflict."""
    taken: dict[str, tuple[str | None, str, str, str, bool]]
    """For each row in `conflict_rows` that is one because it would take another entry's Chinese form as an alias
    (`_taken_form`): (the row's Chinese, the form, the id of the entry whose form it is, the field of that entry
    holding it: zh, zh_hant or zh_aliases, and whether that entry was stored before the import, or read from the
    same file). CC-CEDICT's 上证 would take
    上海證券交易所, the bundled sse's traditional form: no difference from a stored entry to show (the review's R9)."""
    pinyin_filled: tuple[str, ...] = ()
    homonyms: tuple[str, ...] = ()
    """What each entry of the file passed over for having the Chinese of an earlier one says (import --on-conflict
    skip: `zhgloss.formats.homonyms_passed_over`)."""
    """The ids of `added` whose pinyin the import filled in, their file giving none (`zhgloss.formats._fill_pinyin`)."""


class Difference(NamedTuple):
    """A field an incoming entry says otherwise than the stored one (`WriteReport.differences`)."""

    field: str
    value: Any
    """The incoming value, as `Entry.to_dict` writes it; of a list the file adds to (`added`), the items it adds."""
    stored: Any
    added: bool = False
    """The value is added to the stored list (`ADDED_LISTS`), not put in its place."""


class Glossary:
    """Names and their readings, kept in one JSON file (or in memory when `path` is None)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        # A library caller passes a str as readily as a Path ("glossary.json").
        path = Path(path) if path is not None else None
        if path is not None and path.is_symlink():
            # Write (and lock) the file the link points at: an atomic rename over the link would
            # replace the link itself and leave the real glossary without the change.
            path = _resolve(path)
        self.path = path
        self.read_only = read_only
        self._depth = 0
        if path is None:
            self._connect()

    def _connect(self) -> None:
        # TinyDB is opened on first use: a lookup answered by the index never needs it.
        from tinydb import TinyDB
        from tinydb.storages import MemoryStorage

        if self.path is None:
            self._storage: AtomicJSONStorage | None = None
            self._db = TinyDB(storage=MemoryStorage)
        else:
            self._db = TinyDB(str(self.path), storage=AtomicJSONStorage, read_only=self.read_only)
            self._storage = self._db.storage  # type: ignore[assignment]  # TinyDB types it as its base Storage
        self._table = self._db.table(TABLE, cache_size=0)

    def __getattr__(self, name: str) -> Any:
        if name in ("_db", "_storage", "_table"):
            self._connect()
            return self.__dict__[name]
        raise AttributeError(name)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, read_only: bool | None = None, must_exist: bool = True
    ) -> Glossary:
        """Open the glossary at `path`, a str or path-like (default: the file $ZHGLOSS_DB names, else the user's, else
        the bundled, read-only one: `resolve_path`).

        The bundled glossary is always read-only. Raise GlossaryFileError if the file is missing
        and `must_exist`.
        """
        resolved = resolve_path(path)
        is_bundled = _resolve(resolved) == bundled_path().resolve()
        if resolved.is_dir():
            raise GlossaryFileError(resolved, "is a folder, not a glossary file")
        if must_exist and not resolved.is_file():
            raise GlossaryFileError(resolved, "no such glossary file")
        return cls(resolved, read_only=bool(read_only) or is_bundled)

    @property
    def is_bundled(self) -> bool:
        """Tell whether this is the glossary shipped with zhgloss."""
        return self.path is not None and self.path.resolve() == bundled_path().resolve()

    def __enter__(self) -> Glossary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file (nothing is held open between operations)."""
        if "_db" in self.__dict__:
            self._db.close()

    # Reading

    def _docs(self) -> dict[str, Any]:
        storage = self._db.storage if self._storage is None else self._storage
        data = storage.read() or {}
        return dict(data.get(TABLE, {}))

    def _docs_in_order(self) -> _Documents:
        """The entries table's documents by number, and where each lies in the table; found once per reading.

        Every cache built in one process asks for them twice (its entries, then their spans). The table
        holds its documents in the file's order; a file as the store writes it has them sorted by number
        as text (`dump_json_bytes` sorts keys) and none with a leading zero: by number is then by length,
        one stable sort of ints (~0.03 s at 10^5 where a sort as text, then by length, was ~0.1 s). Any
        other order is sorted as text, then by length; by int() where a number is written with a leading
        zero ("07"), which only int() orders rightly.
        """
        storage = self._db.storage if self._storage is None else self._storage
        data = storage.read()
        known = self.__dict__.get("_docs_sorted")
        if data is not None and known is not None and known[0] is data:
            documents: _Documents = known[1]
            return documents
        table: dict[str, dict[str, Any]] = (data or {}).get(TABLE, {})
        in_file = list(table)
        lengths = list(map(len, in_file))
        everywhere = range(len(in_file))
        if self._storage is not None and self._storage.holds_written(data):
            # Bytes the store wrote: sorted as text and no leading zero, as the two scans below would find (~0.03 s).
            places = sorted(everywhere, key=lengths.__getitem__)
        elif _LEADING_ZERO.search("\n".join(in_file).join("\n\n")):
            places = sorted(everywhere, key=lambda at: int(in_file[at]))
        elif all(map(operator.lt, in_file, in_file[1:])):
            places = sorted(everywhere, key=lengths.__getitem__)
        else:
            places = sorted(sorted(everywhere, key=in_file.__getitem__), key=lengths.__getitem__)
        values = list(table.values())
        documents = _Documents(
            list(map(in_file.__getitem__, places)), list(map(values.__getitem__, places)), places, in_file
        )
        # Outside a write only: a write changes the parsed data in place (and then reads the version it wrote).
        if data is not None and not self._writing and self._storage is not None:
            self.__dict__["_docs_sorted"] = (data, documents)
        return documents

    def _entry(self, doc: dict[str, Any]) -> Entry:
        try:
            return Entry.from_dict(doc)
        except (InvalidEntryError, TypeError) as exc:
            raise GlossaryFileError(self.path or "<memory>", f"invalid entry: {exc}{_VALIDATE_LISTS}") from None

    def _index(self) -> LookupIndex:
        """The lookup index of the file, opened once per glossary version."""
        from zhgloss.cache import identity
        from zhgloss.index import LookupIndex

        assert self.path is not None
        current = identity(self.path)
        cached = self.__dict__.get("_lookup_index")
        if cached is None or cached[0] != current:
            cached = (current, LookupIndex.for_glossary(self))
            self.__dict__["_lookup_index"] = cached
        index: LookupIndex = cached[1]
        return index

    def iter_entries(self) -> Iterator[Entry]:
        """Yield every entry, in the file's order.

        A version of the file whose every entry was read valid and as stored before (see
        `zhgloss.cache.is_validated`), or that has the bytes zhgloss wrote from such entries
        (`zhgloss.cache.is_written`: an add, edit or import), is not checked again: each index
        build reads every entry. A file edited by hand is checked in full.
        """
        if self.path is None or self._writing:
            for _, doc in sorted(self._docs().items(), key=lambda kv: int(kv[0])):
                yield self._entry(doc)
            return
        from zhgloss.cache import identity, is_validated, mark_validated

        before = identity(self.path) if self.path.exists() else None
        known = self.__dict__.get("_entries")
        if known is not None and known[0] == before:  # read once in `reading_once`
            yield from known[1]
            return
        docs = self._docs_in_order()
        current = before if before is not None and identity(self.path) == before else None
        read: list[Entry] = []
        if current is not None and self._storage is not None and self._storage.is_read_as_stored(current):
            from zhgloss.bulk import paused_gc

            if not is_validated(self.path, current):  # vouched for by its bytes: by its identity from now on
                mark_validated(self.path, current)
            with paused_gc():  # 10^5 entries, no cycles: the collector would rescan the parsed file
                read = list(map(Entry.from_checked_dict, docs.docs))
            self._keep(current, read)
            yield from read
            return
        changed: list[int] = []
        try:
            for entry in entries_from_dicts(docs.docs, changed):
                read.append(entry)
                yield entry
        except (InvalidEntryError, TypeError) as exc:
            raise GlossaryFileError(self.path, f"invalid entry: {exc}{_VALIDATE_LISTS}") from None
        if current is not None:
            if not changed:  # an entry `from_dict` normalizes (a hand-edited "Lei  Jun") is checked every time
                mark_validated(self.path, current)
            self._keep(current, read)

    def entry_columns(self) -> EntryColumns:
        """Return every entry, in the file's order (`iter_entries`' entries), as columns (`zhgloss.model.EntryColumns`).

        What every cache build reads. A version of the file that `iter_entries` would not check (it
        holds only entries read valid and as stored: `zhgloss.cache.is_validated` or `is_written`) is
        read straight from its parsed documents, a column at a time, without building an `Entry` per
        document (an entry is built when `columns[n]` asks for it). A file edited by hand has every entry
        checked as `iter_entries` checks it (`zhgloss.model.checked_documents`: the same errors,
        GlossaryFileError naming the invalid entry), and is then read so too, but for the entries that
        check built (`EntryColumns.with_entries`); a version whose every entry reads as stored is marked
        so, as `iter_entries` marks it. A glossary in memory, or one being written, goes through
        `iter_entries`. The columns of one version are kept and shared by every build in the process
        (those of a hand-edited file that reads otherwise than stored only inside `reading_once`).
        """
        from zhgloss.model import EntryColumns

        if self.path is None or self._writing:
            return EntryColumns.from_entries(self.iter_entries())
        from zhgloss.cache import identity

        before = identity(self.path) if self.path.exists() else None
        known = self.__dict__.get("_columns")
        if known is not None and known[0] == before:
            columns: EntryColumns = known[1]
            return columns
        if before is not None and self._storage is not None:
            kept = self._kept_columns(before)
            if kept is not None:
                return kept
        return self._read_columns(before)

    def _documents_as_stored(self) -> list[dict[str, Any]] | None:
        """The file's documents in entry order, where they need no reading: the current version parsed in memory
        already (the one just written, or read), its columns not yet built in this process, and holding only entries
        read as stored, so that each document's fields are its entry's (`_read_columns` builds its columns of them
        so). None otherwise.

        What `forbidden_index` reads first: the forms a glossary bans are a few documents' "forbidden" lists, found by
        one pass over the documents (~0.01 s for CC-CEDICT's 107,861) where the columns of every entry took ~1 s of a
        ~5.8 s full import, whose warnings ask for the index (fiftieth session: `cli.exchange._forbidden_clashes`)."""
        if self.path is None or self._writing or self._storage is None or not self.path.exists():
            return None
        from zhgloss.cache import identity

        before = identity(self.path)
        known = self.__dict__.get("_columns")
        if known is not None and known[0] == before:
            return None  # (read: `entry_columns` gives them at no cost)
        if not self._storage.holds_parsed():
            return None  # (a version kept in the cache folder reads its columns back in ~0.1 s: no parse of the file)
        docs = self._docs_in_order()
        if before is None or identity(self.path) != before or not self._storage.is_read_as_stored(before):
            return None
        return docs.docs

    def _kept_columns(self, version: str) -> EntryColumns | None:
        """The columns of the file's version `version` as a copy kept in its cache folder holds them
        (`zhgloss.model.ENTRY_COLUMNS_KIND`), or None where none is kept for it (`_read_columns` reads the file then).

        The first reader of a version reads the file (`_read_columns`) and, if the file is as the store writes it
        (`entry_spans` finds each entry's document, equal to its `to_dict()`), keeps its columns and those spans; a
        later process reads them back (~0.1 s for CC-CEDICT's 107,865 entries where the file's parse and its columns
        are ~1 s) and builds an entry, when one is asked for, from its document's bytes alone. A version not laid out
        so (a file edited by hand) keeps b"": it is read as before, at the cost of one small file's check.
        """
        from zhgloss.model import ENTRY_COLUMNS_KIND, dump_entry_columns, load_entry_columns

        assert self.path is not None
        path = self.path
        made: list[EntryColumns] = []

        def build() -> bytes:
            columns = self._read_columns(version)
            made.append(columns)
            known = self.__dict__.get("_columns")
            if known is None or known[0] != version or known[1] is not columns or not known[2]:
                return b""  # read otherwise than as stored, or changed while read
            spans = self.entry_spans(columns)
            return b"" if spans is None else dump_entry_columns(columns, spans)

        data = self._kept(version, ENTRY_COLUMNS_KIND, build)
        if made:
            return made[0]
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        from zhgloss.cache import identity

        if identity(path) != version:
            return None

        def maker(spans: list[tuple[int, int]]) -> Callable[[int], Entry]:
            import orjson

            def make(n: int) -> Entry:
                start, end = spans[n]
                return Entry.from_checked_dict(orjson.loads(raw[start:end]))

            return make

        loaded = load_entry_columns(data, maker)
        if loaded is None or len(raw) < max(map(operator.itemgetter(1), loaded[1]), default=0):
            return None
        columns, spans = loaded
        columns.keep = functools.partial(self._kept, version)
        self.__dict__["_columns"] = (version, columns, True)
        self.__dict__["_entry_spans"] = ((version, len(columns)), spans)
        return columns

    def _read_columns(self, before: str | None) -> EntryColumns:
        """`entry_columns` read of the file (its version `before`, as it was found before the read): parsed."""
        from zhgloss.cache import identity, is_validated, mark_validated
        from zhgloss.model import EntryColumns

        assert self.path is not None
        docs = self._docs_in_order()
        current = before if before is not None and identity(self.path) == before else None
        if current is not None and self._storage is not None and self._storage.is_read_as_stored(current):
            if not is_validated(self.path, current):  # vouched for by its bytes: by its identity from now on
                mark_validated(self.path, current)
            columns = EntryColumns.from_documents(docs.docs)
            columns.keep = functools.partial(self._kept, current)
            self.__dict__["_columns"] = (current, columns, True)
            return columns
        if current is None:  # changed while it was read: checked, and kept nowhere
            return EntryColumns.from_entries(self.iter_entries())
        stored = stored_columns(docs.docs)  # transposed once: checked, then read
        try:
            built, changed = checked_documents(docs.docs, stored)
        except (InvalidEntryError, TypeError) as exc:
            raise GlossaryFileError(self.path, f"invalid entry: {exc}{_VALIDATE_LISTS}") from None
        columns = EntryColumns.from_documents(docs.docs, stored).with_entries(built)
        columns.keep = functools.partial(self._kept, current)
        if not changed:  # an entry `from_dict` normalizes (a hand-edited "Lei  Jun") is checked every time
            mark_validated(self.path, current)
            self.__dict__["_columns"] = (current, columns, True)
        elif "_entries" in self.__dict__:
            self._keep(current, columns)
            self.__dict__["_columns"] = (current, columns, False)
        return columns

    def _kept(self, version: str, kind: str, build: Callable[[], bytes]) -> bytes | memoryview:
        """The bytes `build()` makes of the entries of the file's version `version`, kept in its cache folder under
        `kind` (`zhgloss.model.EntryColumns.keep`): built once per version, and kept only while the file is still that
        version (a file replaced since has its bytes built and not kept)."""
        from zhgloss.cache import _load_cached  # (by the version read: `load_cached` would key them by the current one)

        assert self.path is not None
        return _load_cached(self.path, kind, build, version)

    def _keep(self, version: str, entries: Sequence[Entry]) -> None:
        if "_entries" in self.__dict__:
            self.__dict__["_entries"] = (version, entries)

    @contextmanager
    def reading_once(self) -> Iterator[None]:
        """Read the entries at most once in the block: every cache built in it shares them (`check` builds two).

        Outside such a block every `iter_entries` reads the file again, and no entry is kept (nor the
        columns of a file `entry_columns` checks).
        """
        self.__dict__["_entries"] = ("", [])
        try:
            yield
        finally:
            self.__dict__.pop("_entries", None)
            known = self.__dict__.get("_columns")
            if known is not None and not known[2]:  # read through iter_entries: not kept past the block
                del self.__dict__["_columns"]

    def entry_spans(self, entries: Sequence[Entry]) -> list[tuple[int, int]] | None:
        """Return where in the file each of `entries` is written, as (start, end) byte offsets, or None.

        `entries` are `iter_entries()`'s, in its order. Caches keep these spans instead of a copy of
        every entry (see `zhgloss.cache.load_cached_with_source`): an entry is then read from the
        glossary file itself. The spans come only for a file as the store writes it (`dump_json_bytes`:
        each document on lines of its own, equal to its entry's `to_dict()`); for any other (a file
        edited by hand, a glossary in memory) the answer is None and the caches hold copies. Bytes
        that zhgloss wrote from such documents (`zhgloss.cache.is_written` with `as_entries`) are not
        compared with their entries again; a version found equal is recorded so.
        """
        if self.path is None or self._writing:
            return None
        from zhgloss.cache import identity

        before = identity(self.path)
        known = self.__dict__.get("_entry_spans")
        if known is not None and known[0] == (before, len(entries)):  # every cache built in one process
            spans: list[tuple[int, int]] | None = known[1]
            return spans
        docs = self._docs_in_order()
        storage = self._storage
        raw = storage.take_bytes(before) if storage is not None else None
        if raw is None:
            try:
                raw = self.path.read_bytes()
            except OSError:
                return None
        if identity(self.path) != before or len(docs.docs) != len(entries):
            return None
        as_entries = storage is not None and storage.is_written(before, as_entries=True)
        from zhgloss.bulk import paused_gc

        with paused_gc():  # 10^5 spans, no cycles: the collector would rescan the parsed file for them
            spans = _document_spans(raw, docs, None if as_entries else entries)
        if spans is not None and not as_entries and storage is not None and storage.is_read_as_stored(before):
            storage.mark_as_entries(before)  # the next build of another cache skips the comparison
        self.__dict__["_entry_spans"] = ((before, len(entries)), spans)
        return spans

    def __iter__(self) -> Iterator[Entry]:
        return self.iter_entries()

    def __len__(self) -> int:
        return len(self._docs())

    def forbidden_index(self) -> list[tuple[str, int, str]]:
        """Every forbidden form of the glossary (`Entry.forbidden`: English or Chinese), with the position of its
        entry in the file's order and the entry's id, in entry order.

        Kept in the cache folder for the file's version (`zhgloss.cache.load_cached`), so that a lookup that misses,
        or a check, learns the forms the glossary bans without reading its entries: built on the first call after a
        change, off the documents where the version is parsed in memory already (`_documents_as_stored`: an import's,
        just written), else from `entry_columns`. Raise GlossaryFileError as `entry_columns` does.
        """
        import json

        def found() -> list[tuple[str, int, str]]:
            docs = self._documents_as_stored()
            if docs is not None:
                from zhgloss.model import ForbiddenForm

                return [
                    (ForbiddenForm.from_dict(item).form, index, doc["id"])
                    for index, doc in enumerate(docs)
                    if doc.get("forbidden")
                    for item in doc["forbidden"]
                ]
            columns = self.entry_columns()
            # Few entries forbid a form: those are picked by one C-level pass, not a Python step per entry.
            banning = list(compress(range(len(columns.forbidden_forms)), columns.forbidden_forms))
            return [(form, index, columns.id[index]) for index in banning for form in columns.forbidden_forms[index]]

        if self.path is None or self._writing:
            return found()
        from zhgloss.cache import load_cached

        cached = load_cached(self.path, "forbidden-forms-v1", lambda: json.dumps(found(), ensure_ascii=False).encode())
        return [(form, index, entry_id) for form, index, entry_id in json.loads(bytes(cached))]

    def lookup_accepted(self, query: str) -> list[LookupHit]:
        """`lookup`, less a match that only a form banned as written found: "TenCent" beside "Tencent" folds like the
        accepted form, but it is the one not to write (`forms.forbidding`), so it names no entry (`forbidding` does).
        What `zhgloss lookup` and the web page's /api/lookup answer."""
        from zhgloss.forms import forbidding

        hits = self.lookup(query)
        if hits and all(hit.entry.forbidden and forbidding(hit.entry, query) for hit in hits):
            return []
        return hits

    def forbidding(self, query: str) -> list[tuple[Entry, ForbiddenForm]]:
        """Return the entries that forbid `query` as a form, each with the form it writes, in entry order.

        As `zhgloss.forms.forbidding` reads a text: in any case or spacing, but a banned casing of an accepted form
        ("TenCent" beside "Tencent") only as written. From `forbidden_index`, so a glossary with no forbidden form
        reads no entry. Raise GlossaryFileError as `forbidden_index` does.
        """
        from zhgloss.forms import forbidding, match_key

        key = match_key(query)
        ids = dict.fromkeys(entry_id for form, _, entry_id in self.forbidden_index() if match_key(form) == key)
        out: list[tuple[Entry, ForbiddenForm]] = []
        for entry in filter(None, map(self.find_by_id, ids)):
            banned = forbidding(entry, query)
            if banned is not None:
                out.append((entry, banned))
        return out

    def forbidding_besides(self, query: str, hits: Sequence[LookupHit]) -> list[tuple[Entry, ForbiddenForm]]:
        """`forbidding`, less the entries of `hits` (`lookup_accepted`'s matches of `query`): the other entries that
        ban the form a match accepts (a termbase's deprecated 富士康 beside CC-CEDICT's alias 富士康: the review's
        R46-3), which lookup says beside its answer. Empty at once for a glossary that forbids no form."""
        if not self.forbidden_index():
            return []
        found = {hit.entry.id for hit in hits}
        return [(entry, banned) for entry, banned in self.forbidding(query) if entry.id not in found]

    def find_by_id(self, entry_id: str) -> Entry | None:
        """Return the entry with id `entry_id`, or None; raise UsageError if `entry_id` is not text (`_entry_id`)."""
        _entry_id(entry_id)
        if self.path is not None and not self._writing:
            return self._index().find_by_id(entry_id)
        for doc in self._docs().values():
            if doc.get("id") == entry_id:
                return self._entry(doc)
        return None

    def referring_to(self, entry_id: str) -> list[Entry]:
        """Return the entries (nicknames, stock codes) that refer to the entry `entry_id`; raise UsageError if
        `entry_id` is not text (`_entry_id`)."""
        _entry_id(entry_id)
        if self.path is not None and not self._writing:
            return self._index().referring_to(entry_id)
        return [e for e in self.iter_entries() if e.refers_to == entry_id]

    def get_by_id(self, entry_id: str) -> Entry:
        """Return the entry with id `entry_id`; raise NotFoundError if none, UsageError if `entry_id` is not text.

        Raise GlossaryFileError (`EMPTY_FILE`) instead if the file is empty to a reader (`holds_no_json`): a write
        may start a glossary in such a file, but an entry to change or remove cannot be in it, and "no entry" would
        hide that the glossary is lost.
        """
        entry = self.find_by_id(entry_id)
        if entry is None:
            if self.path is not None and self.path.is_file() and holds_no_json(self.path):
                raise GlossaryFileError(self.path, EMPTY_FILE)
            raise NotFoundError(entry_id, "entry id")
        return entry

    def lookup(self, query: str) -> list[LookupHit]:
        """Return the entries whose Chinese, English or pinyin form is exactly `query`, best first.

        Chinese is matched in simplified or traditional characters; English case-insensitively
        and ignoring punctuation; pinyin with tone marks, tone numbers or none, spaced or joined.
        A person's name given in the other order ("Qiangdong Liu") matches with `reversed` set.
        Raise UsageError if `query` is not text (`find`, `get` and `lookup_accepted` ask this: a stock code as a sheet
        reader hands it over, the int 700, raised AttributeError from inside the matcher; the user's U37-22).
        """
        from zhgloss.index import lookup_in

        if not isinstance(query, str):
            raise UsageError(
                f"a name to look up is text, not {type(query).__name__} ({query!r}): pass it as written, as a str"
                " (a stock code with its zeros: '00700')"
            )

        if self.path is None or self._writing:
            return lookup_in(list(self.iter_entries()), query)
        return self._index().lookup(query)

    def person_reading(self, zh: str) -> str | None:
        """Return the tone-marked pinyin of the person whose Chinese name is exactly `zh`, or None.

        For `zhgloss.pinyin.romanize`: the glossary's own reading of a name comes first. A draft's
        pinyin is not the glossary's reading but the romanizer's own proposal, stored until a person
        confirms it: it is skipped, so that the proposal is not passed off as confirmed.
        """
        for hit in self.lookup(zh):
            entry = hit.entry
            if hit.field in ("zh", "zh_hant") and entry.type == "person" and entry.pinyin and not entry.draft:
                return entry.pinyin
        return None

    def find(self, query: str) -> Entry | None:
        """Return the best entry for `query` (see `lookup`), or None.

        Raise AmbiguousNameError when two entries or more match it equally well (`equally_matched`: namesakes, 王勇
        and 王永 both "Wang Yong"), as no one of them is the answer; UsageError as `lookup` does.
        """
        hits = self.lookup(query)
        tied = equally_matched(hits)
        if len(tied) > 1:
            raise AmbiguousNameError(query, [hit.entry for hit in tied])
        return hits[0].entry if hits else None

    def get(self, query: str) -> Entry:
        """Return the best entry for `query` (see `lookup`); raise NotFoundError if none, AmbiguousNameError if two
        or more match it equally well (see `find`)."""
        entry = self.find(query)
        if entry is None:
            raise NotFoundError(query)
        return entry

    # Writing

    @property
    def _writing(self) -> bool:
        return self._depth > 0

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyGlossaryError(self.path or "<memory>")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the glossary's lock, reread it, and write all changes made inside once, at the end.

        If the block raises, nothing is written.
        """
        self._check_writable()
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self._storage is None:
            snapshot = json.loads(json.dumps(self._db.storage.read() or {}))
            self._depth = 1
            try:
                yield
            except BaseException:
                self._db.storage.write(snapshot)
                raise
            finally:
                self._depth = 0
            return
        from filelock import FileLock, Timeout

        assert self.path is not None
        lock_path = Path(str(self.path) + ".lock")
        if lock_path.is_symlink():
            # Opening the lock truncates it: through a link, that would empty the file it points at.
            raise GlossaryWriteError(
                self.path, f"cannot be locked: its lock file {str(lock_path)!r} is a symbolic link"
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT_S)
            lock.acquire()
        except Timeout:
            raise GlossaryBusyError(self.path, LOCK_TIMEOUT_S) from None
        except OSError as exc:
            raise GlossaryWriteError(self.path, f"cannot be locked: {exc.strerror}") from None
        try:
            from zhgloss.atomic import remove_leftovers

            # Under the lock no other write is under way: a temporary file of this glossary is
            # what a killed write left behind.
            remove_leftovers(self.path)
            self._storage.begin()
            self._table._next_id = None  # TinyDB caches the next id; another process may have used it
            self._depth = 1
            try:
                yield
            except BaseException:
                self._storage.rollback()
                raise
            else:
                self._storage.commit()
            finally:
                self._depth = 0
                self._table._next_id = None
        finally:
            lock.release()

    def _doc_ids(self) -> dict[str, int]:
        return {doc["id"]: int(doc_id) for doc_id, doc in self._docs().items() if "id" in doc}

    def entry_ids(self) -> set[str]:
        """The ids of the stored entries (none for a glossary file not written yet)."""
        return set(self._doc_ids())

    def _zh_owner(self, zh: str) -> str | None:
        for doc in self._docs().values():
            if doc.get("zh") == zh:
                return str(doc.get("id"))
        return None

    def add(self, entry: Entry, *, fresh_id: bool = False) -> Entry:
        """Add `entry` and return it as stored; raise DuplicateEntryError if its id or its Chinese is there.

        With `fresh_id`, an id that is taken by the time the glossary is locked (another process
        added 王薇 as wang-wei while this one drafted 王伟) becomes `id-2`, `id-3`, ... instead:
        the check and the write happen under one lock, against the stored state. A drafted id that
        already carries such a number after a stored stem (wang-wei-3, drafted before two other
        processes wrote) is numbered again from the stem: wang-wei-4, never wang-wei-3-2.
        """
        with self.transaction():
            taken = self._doc_ids()
            if entry.id in taken:
                if not fresh_id:
                    raise DuplicateEntryError(entry.id, entry.id)
                from zhgloss.curate import unique_id

                stem = re.sub(r"-(?:[2-9]|[1-9]\d+)$", "", entry.id)
                entry = entry.replace(id=unique_id(stem if stem in taken else entry.id, taken))
            if entry.zh is not None and (owner := self._zh_owner(entry.zh)) is not None:
                raise DuplicateEntryError(entry.zh, owner)
            self._table.insert(entry.to_dict())
        return entry

    def add_all(self, entries: Iterable[Entry], on_conflict: OnConflict = "fail") -> WriteReport:
        """Add or update many entries in one write.

        An incoming entry is the stored one with the same id or, failing that, the same Chinese
        form (then it keeps the stored id, so references to it stay valid). Identical entries are
        skipped. One with other content is a conflict: `fail` raises DuplicateEntryError and writes
        nothing, `skip` keeps the stored entry, `replace` overwrites it. An entry whose Chinese
        form belongs to another entry is always a conflict: replacing would make two entries
        claim one name.
        """
        return self.add_documents(map(Entry.to_dict, entries), on_conflict)

    def add_documents(
        self,
        docs: Iterable[dict[str, Any]],
        on_conflict: OnConflict = "fail",
        *,
        said: Callable[[int, dict[str, Any]], frozenset[str] | None] | None = None,
        source: str | None = None,
        refuse: Callable[[int, InvalidEntryError], ZhglossError | None] | None = None,
        judge: Callable[[int, dict[str, Any], dict[str, Any] | None], None] | None = None,
        refused: list[FormatError] | None = None,
    ) -> WriteReport:
        """`add_all` of the entries whose `Entry.to_dict()` documents `docs` are, without building those entries.

        Each of `docs` must equal `to_dict()` of a valid entry (`zhgloss.model.stored_documents` yields such
        documents from rows a reader made): it is stored as it is, and the file written is vouched for as such
        (`_Storage.commit`). The store keeps the document objects: the caller must not change them after. An entry
        is built only for a document that takes a stored entry's id (matched by its Chinese), as `add_all` renames
        it. A full CC-CEDICT import stores 10^5 documents (~0.18 s less than building entries and their dicts).

        `said(n, doc)` tells which fields the nth document says, when its file has only some (a table its columns,
        a TBX termEntry what it carries; `zhgloss.formats.said_fields`), or None for every field (zhgloss's own
        JSON); it is asked only of a document that meets a stored entry. Of that entry, only the said fields that
        the document gives a value (`is_said`: an empty cell says nothing) are compared: the document is identical
        (skipped) when they all agree, however the rest differs, else a conflict whose fields
        `WriteReport.conflict_fields` names; `replace` changes those fields alone (a list of forms is added to:
        `ADDED_LISTS`), and adds `source` (the file's name) to the entry's sources. A new entry is added whole.
        A document named only by a stored Chinese alias says only forms (`said_differences`), and none at all
        where it names another thing (`names_another_thing`: `WriteReport.others`).

        A form the document forbids that the stored entry accepts, or accepts (saying bans) that the entry forbids, is
        a difference like any other: the file's word is what a replace writes (`_file_decides_bans`: the review's
        R46-11, a TBX's ban over CC-CEDICT's alias), and the conflict shows it; a form the entry forbids is known to a
        file that says no bans (`said_differences`). An entry that a document would make invalid (a form the document
        itself both accepts and forbids), or that would take a
        Chinese form of another entry as an alias (add and edit refuse that too), raises `refuse(n, error)` for the
        nth document (a FormatError naming its line), and nothing is written. Where `refuse` is not given or gives
        None (a row without a line), the invalid entry raises InvalidEntryError, and the alias is a conflict with
        the entry whose form it is, as a Chinese form of another entry is.
        `judge(n, doc, stored)` is asked of each document to be written, with the stored one it replaces (or None),
        and may raise to refuse it (`zhgloss.formats.import_documents`: what `add` refuses).
        Given `refused`, a list, a document refused with a FormatError (`refuse`'s, or `judge`'s: a row of a file) is
        passed over and its error added to the list, so that the file's refusal names every bad row; the first is
        raised at the end, and nothing is written.
        """
        report = WriteReport([], [], [], [], [], [], {}, [], {})

        def gather(exc: ZhglossError) -> None:
            # A row's refusal, gathered (`refused`) for the caller to name with the others; any other error raised.
            if refused is None or not isinstance(exc, FormatError):
                raise exc
            refused.append(exc)

        with self.transaction():
            stored = {doc["id"]: doc for doc in self._docs().values() if "id" in doc}
            zh_owner = {doc["zh"]: doc["id"] for doc in stored.values() if doc.get("zh")}
            # Every Chinese form of an entry (its zh, zh_hant and Chinese aliases), and its English, by which a
            # document of a file that says only some fields is matched to it (`_FormIndex`).
            forms_of = _FormIndex(stored.values()) if said is not None else None
            docs = docs if isinstance(docs, list) else list(docs)
            ids = list(map(_ID_OF, docs))
            forms = list(filter(None, map(_ZH_OF, docs)))
            if (
                len(set(ids)) == len(ids)
                and len(set(forms)) == len(forms)
                and stored.keys().isdisjoint(ids)
                and (forms_of.chinese if forms_of is not None else zh_owner).keys().isdisjoint(forms)
                and (forms_of is None or forms_of.is_new(docs))
            ):
                # No id nor Chinese form of them is stored or comes twice (an import into a new glossary): each one
                # is added, as the loop below adds it, told by four set operations in C instead of a loop (~0.07 s
                # of a full CC-CEDICT import).
                if judge is not None:
                    for number, doc in enumerate(docs):
                        try:
                            judge(number, doc, None)
                        except ZhglossError as exc:
                            gather(exc)
                # (Only the rows that refer: no stored entry has the id of one, so none else is on a row's path.)
                refers = compress(range(len(docs)), map(operator.itemgetter("refers_to"), docs))  # ~1 ms for 10^5
                referring = {docs[n]["id"]: (n, docs[n]) for n in refers}
                _refuse_cycles(referring, stored, refuse, gather)
                if refused:
                    raise refused[0]
                report.added.extend(ids)
                self._write_documents(docs, {})
                return report
            added: dict[str, dict[str, Any]] = {}
            replaced: dict[str, dict[str, Any]] = {}
            # Each row id the store matched to a stored entry of another id (by its Chinese): a row of the file that
            # refers to it (`refers_to`) refers to that entry (a former name's modern place, a nickname's company).
            merged: dict[str, str] = {}
            # The row each written entry (by id) was written from, for the line of a refusal found when all are read.
            rows: dict[str, tuple[int, dict[str, Any]]] = {}
            newly = report.added.append
            order = _referents_first(docs)
            for number in order:
                doc = docs[number]
                doc_id, zh = doc["id"], doc["zh"]
                if doc.get("refers_to") in merged:
                    # 汉城 of another desk's export, referring to its 首尔 row 'x1', which the store matched to the
                    # stored 首尔 'shouer-31ec31' (kept, merged, or identical): it refers to that entry, and is compared
                    # with the stored 汉城 so (the review's R44-10: a false conflict "refers_to: 'x1' (stored
                    # 'shouer-31ec31')" under fail, a false "updated" under replace), and written so (a 斯大林格勒 row
                    # referring to an id written nowhere: imp's s44 finding). The referent is read first.
                    doc["refers_to"] = merged[doc["refers_to"]]
                fields = None
                if forms_of is None:
                    target = doc_id if (doc_id in stored or doc_id in added) else zh_owner.get(zh or "")
                else:
                    # A file that says only some fields: its id is a stored entry's only where the file says it (an
                    # id column), never one the reader made up from the English (U30-22) or another tool's own
                    # number; else the entry is the one that has its Chinese among its forms, or, for a row
                    # without Chinese, its English as the preferred form.
                    fields = said(number, doc) if said is not None else None
                    id_said = fields is None or "id" in fields
                    target = doc_id if id_said and (doc_id in stored or doc_id in added) else forms_of.owner(doc)
                    if (
                        target in added
                        and target != doc_id
                        and target not in stored
                        and zh not in _forms(added[target])
                    ):
                        # An entry of the same file whose Chinese this row's is only written the plain way (CC-CEDICT's
                        # 干 Gān after its 乾 Qián: 乾 is a character names keep, `_FormIndex.plain`): the file gives
                        # both, and a line of it is never "the stored entry" (user U32-10: replace made the surname 乾
                        # "Gan", skip lost 干); both are added, as the quick path above adds them into a new glossary.
                        target = None
                    if target is None and (doc_id in stored or doc_id in added):
                        from zhgloss.curate import unique_id

                        doc["id"] = doc_id = unique_id(doc_id, stored.keys() | added.keys())
                if target is None:  # most entries of an import into a new glossary: quickly
                    try:
                        taken = _taken_form(doc["zh_aliases"], doc_id, forms_of, number, refuse) if forms_of else None
                        if taken is None and judge is not None:
                            judge(number, doc, None)
                    except ZhglossError as exc:
                        gather(exc)
                        continue
                    if taken is not None:
                        # Another entry's Chinese form, from a file whose rows name no line (CC-CEDICT's 上证 with
                        # 上海證券交易所, the bundled sse's traditional form): a conflict, as another entry's zh is.
                        if on_conflict == "fail":
                            raise DuplicateEntryError(*taken)
                        report.conflicts.append(taken[1])
                        report.conflict_rows.append(doc_id)
                        report.conflict_fields.append([Difference("zh_aliases", [taken[0]], [], added=True)])
                        report.taken[doc_id] = (
                            zh,
                            *taken,
                            _field_holding(taken, replaced, added, stored),
                            taken[1] in stored,
                        )
                        continue
                    added[doc_id] = doc
                    rows[doc_id] = (number, doc)
                    if zh:
                        zh_owner[zh] = doc_id
                    if forms_of is not None:
                        forms_of.add(doc)
                    newly(doc_id)
                    continue
                if forms_of is None:
                    fields = said(number, doc) if said is not None else None
                old = added.get(target) or replaced.get(target) or stored[target]
                cleared: list[Difference] = []  # fields a replace clears, tied to a said field it changes
                # Forms the file accepts that the entry forbids, or the other way round: lists the file's word changes
                # (`_file_decides_bans`), shown with the conflict too, as what a replace would write.
                bans: list[Difference] = []
                if fields is None:
                    new = doc if doc_id == target else Entry.from_dict(doc).replace(id=target).to_dict()
                    same = old == new
                    differences = [] if same else whole_differences(new, old)
                else:
                    by_id = "id" in fields and doc_id == target
                    if names_another_thing(doc, old, fields, by_id=by_id):
                        report.others.append((doc_id, target, doc.get("type") or "", old.get("type") or ""))
                        continue
                    differences = said_differences(doc, old, fields)
                    same = not differences
                    try:
                        new = _with_said(old, doc, differences, source, cleared, fields, bans) if differences else old
                    except InvalidEntryError as exc:
                        gather((refuse(number, exc) if refuse is not None else None) or exc)
                        continue
                taken = None
                if forms_of is not None:
                    added_forms = [f for d in differences if d.field == "zh_aliases" and d.added for f in d.value]
                    try:
                        taken = _taken_form(added_forms, target, forms_of, number, refuse)
                    except ZhglossError as exc:
                        gather(exc)
                        continue
                zh = new["zh"]
                owner = zh_owner.get(zh or "", target) if taken is None else taken[1]
                if doc_id != target and taken is None:
                    merged[doc_id] = target  # (the row's thing is the stored entry's, under that entry's id)
                if same:
                    report.skipped.append(target)
                    continue
                if on_conflict == "fail" or owner != target:
                    if on_conflict == "fail":
                        raise DuplicateEntryError(zh if owner != target else target, owner)
                    report.conflicts.append(target)
                    report.conflict_rows.append(doc_id)
                    report.conflict_fields.append([*differences, *bans])
                    if taken is not None:
                        report.taken[doc_id] = (
                            doc["zh"],
                            *taken,
                            _field_holding(taken, replaced, added, stored),
                            taken[1] in stored,
                        )
                elif on_conflict == "skip":
                    report.conflicts.append(target)
                    report.conflict_rows.append(doc_id)
                    report.conflict_fields.append([*differences, *bans])
                else:
                    if judge is not None:
                        try:
                            judge(number, new, old)
                        except ZhglossError as exc:
                            gather(exc)
                            continue
                    report.changes[target] = [*report.changes.get(target, []), *differences, *cleared, *bans]
                    (added if target in added else replaced)[target] = new
                    rows[target] = (number, new)
                    if old.get("zh") and zh_owner.get(old["zh"]) == target:
                        del zh_owner[old["zh"]]
                    if zh:
                        zh_owner[zh] = target
                    if forms_of is not None:
                        forms_of.add(new)
                    report.updated.append(target)
            _refuse_cycles(rows, stored, refuse, gather)
            if refused:
                raise refused[0]
            inserts = list(added.values())
            if not isinstance(order, range):
                inserts.sort(key=lambda doc: rows[doc["id"]][0])  # written in the file's order, as read
            self._write_documents(inserts, replaced)
        return report

    def _write_documents(self, inserts: list[dict[str, Any]], replacements: dict[str, dict[str, Any]]) -> None:
        """Insert and replace documents with one read and one write of the table.

        TinyDB's own remove/insert rebuild the whole table on every call, which made a bulk
        replace quadratic (8,000 updates: 20 s).
        """
        if not inserts and not replacements:
            return
        storage = self._storage if self._storage is not None else self._db.storage
        data = storage.read() or {}
        table = data.setdefault(TABLE, {})
        for key, doc in table.items():
            if doc.get("id") in replacements:
                table[key] = replacements[doc["id"]]
        next_id = max((int(key) for key in table), default=0) + 1
        table.update(zip(map(str, range(next_id, next_id + len(inserts))), inserts, strict=True))
        storage.write(data)
        self._table._next_id = None  # TinyDB's cached next id is stale now

    def update(self, entry: Entry) -> None:
        """Replace the stored entry with the same id by `entry`; raise NotFoundError if none."""
        with self.transaction():
            doc_id = self._doc_ids().get(entry.id)
            if doc_id is None:
                raise NotFoundError(entry.id, "entry id")
            if entry.zh is not None and (owner := self._zh_owner(entry.zh)) not in (None, entry.id):
                raise DuplicateEntryError(entry.zh, str(owner))
            self._table.remove(doc_ids=[doc_id])
            self._table.insert(_document(entry.to_dict(), doc_id))

    def remove(self, entry_id: str) -> Entry:
        """Remove the entry with id `entry_id` and return it; raise NotFoundError if none, UsageError if `entry_id` is
        not text (`_entry_id`)."""
        _entry_id(entry_id)
        with self.transaction():
            doc_id = self._doc_ids().get(entry_id)
            if doc_id is None:
                raise NotFoundError(entry_id, "entry id")
            entry = self._entry(self._docs()[str(doc_id)])
            self._table.remove(doc_ids=[doc_id])
        return entry


def _referents_first(docs: Sequence[dict[str, Any]]) -> Sequence[int]:
    """The numbers of `docs` in their order, but each document that another one's refers_to names (by id) before that
    one: an export lists 汉城 (referring to 'seoul') before 首尔 when it was added first, and the store must know where
    首尔's row went (a stored entry of another id?) before it compares 汉城's refers_to (`Glossary.add_documents`).
    A cycle is left in file order (the store refuses it: `_refuse_cycles`)."""
    position: dict[str, int] = {}
    for number, doc in enumerate(docs):
        position.setdefault(doc["id"], number)
    if all(position.get(doc.get("refers_to") or "", -1) < number for number, doc in enumerate(docs)):
        return range(len(docs))  # (every file zhgloss itself writes in id order, and most others)
    order: list[int] = []
    placed: set[int] = set()
    for number in range(len(docs)):
        chain: list[int] = []
        ahead: int | None = number
        while ahead is not None and ahead not in placed and ahead not in chain:
            chain.append(ahead)
            ahead = position.get(docs[ahead].get("refers_to") or "")
        placed.update(chain)
        order.extend(reversed(chain))
    return order


def _refuse_cycles(
    rows: Mapping[str, tuple[int, dict[str, Any]]],
    stored: Mapping[str, dict[str, Any]],
    refuse: Callable[[int, InvalidEntryError], ZhglossError | None] | None,
    gather: Callable[[ZhglossError], None],
) -> None:
    """Refuse each of the documents about to be written (`rows`: id -> (its row's number, the document)) whose
    refers_to would lead back to it through the written and `stored` documents: `zhgloss.model.reference_cycle`, the
    rule by which `edit` refuses a cycle and `validate` reports one (the review's R44-10: two new rows referring to
    each other were imported, exit 0, and validate then reported 2 errors). A cycle the glossary held before, that no
    written row is part of, is validate's to report. Each refusal is `refuse(n, error)` (a FormatError naming the
    line) or, for a row without one, the InvalidEntryError; handed to `gather`."""
    from zhgloss.model import reference_cycle, reference_cycle_problem

    referring = sorted(
        (entry_id for entry_id, (_, doc) in rows.items() if doc.get("refers_to")), key=lambda i: rows[i][0]
    )
    if not referring:
        return
    referred = {entry_id: doc["refers_to"] for entry_id, doc in stored.items() if doc.get("refers_to")}
    for entry_id, (_, doc) in rows.items():
        if doc.get("refers_to"):
            referred[entry_id] = doc["refers_to"]
        else:
            referred.pop(entry_id, None)  # (a stored entry whose refers_to the row clears)
    for entry_id in referring:
        cycle = reference_cycle(entry_id, referred)
        if cycle:
            exc = InvalidEntryError("refers_to", reference_cycle_problem(cycle), entry_id)
            gather((refuse(rows[entry_id][0], exc) if refuse is not None else None) or exc)


def _entry_id(entry_id: object) -> str:
    """`entry_id` itself if it is text (a str); raise UsageError if not.

    Every method of `Glossary` that takes an entry id asks this first (the review's R37-18): a lookup index read with
    None or 700 for an id raised TypeError inside its search, which it takes for a damaged cache file ("'<lookup
    index>': damaged; delete it to build it again"), or TypeError and AttributeError out of the library; and an
    in-memory glossary answered None, "no such entry", for an id no entry can have.
    """
    if not isinstance(entry_id, str):
        raise UsageError(
            f"an entry id is text, not {type(entry_id).__name__} ({entry_id!r}): pass the id as `zhgloss list` shows it"
            " or an entry's .id gives it, a str ('lei-jun')"
        )
    return entry_id


# `dump_json_bytes` writes a document of the entries table at an indent of four spaces, alone on its
# first line after its number and closed by a brace alone at the same indent. A JSON string holds no
# raw line break, so these lines are the documents' own: nothing inside a document starts them.
# The pattern opens with its line feed, a literal: the scan then runs at memchr speed (4x a `^` anchor's).
_DOCUMENT_START = re.compile(rb'\n    "(\d+)": \{\n')
_DOCUMENT_END = b"\n    }"
_DOCUMENT_END_RE = re.compile(re.escape(_DOCUMENT_END))
ADDED_LISTS = frozenset(["aliases", "zh_aliases", "sources", "safe_forms", "forbidden"])
"""List fields a file that says only some fields adds to (`Glossary.add_documents`): it lists the forms it knows,
which says nothing against the others the stored entry has."""


_MAIN_FORMS = {"aliases": ("en",), "zh_aliases": ("zh", "zh_hant")}
"""The fields whose form a list of other forms need not repeat: a file's alias 'WeChat' is the stored en."""


def is_said(value: Any) -> bool:
    """Tell whether a field's value in an incoming document says something: not None, empty, nor false.

    An empty cell of a table (a note left blank), an empty list (no aliases column filled) or a flag left false
    says nothing of the stored entry's field: it is kept. To clear a field, edit the entry (`zhgloss edit`)."""
    return value is not None and value is not False and value != "" and value != []


def _item_key(item: Any) -> Any:
    return json.dumps(item, sort_keys=True, ensure_ascii=False) if isinstance(item, dict) else item


_ALIAS_ROW_FIELDS = frozenset(["zh", "en", "aliases", "zh_aliases", "forbidden", "safe_forms", "sources"])
"""The fields a row named only by a stored Chinese alias says (`said_differences`): forms. CC-CEDICT's 金山 "Jinshan",
a place, names the alias 金山 of 金山软件 (Kingsoft) too: its type and note describe what the line names, which is at
most another name of the entry, never the entry (the reviewer's R4)."""


def said_differences(doc: dict[str, Any], stored: dict[str, Any], said: frozenset[str]) -> list[Difference]:
    """The fields of `said` (but the id) that `doc` gives a value (`is_said`) other than `stored`'s, in the order of
    `doc`'s fields. Of a list of `ADDED_LISTS` only the items the stored list lacks differ, and they are the
    difference's value (a file's alias 'Ma Yun' agrees with the stored aliases 'Ma Yun' and 'Jack Ma Yun', and an
    alias that is the stored en with it: `_MAIN_FORMS`). A zh that is another of the stored Chinese forms, or one
    of them written the plain way (王泛森 of 王汎森: `zhgloss.convert.plain_spelling`), agrees, and the English of a
    row named by another form is that form's: one of the stored English forms agrees, another is an alias. A row
    named only by a Chinese alias says nothing but forms (`_ALIAS_ROW_FIELDS`). A note that differs in its spaces
    and line breaks alone agrees (an OmegaT comment is one line), and so does one the stored note holds; a stored note
    that the file's does not hold is added to, never replaced (`added`)."""
    differences = []
    zh = _stored_form(doc.get("zh"), stored)
    # A row named by another of the stored Chinese forms (伊隆·马斯克, a Chinese alias of 埃隆·马斯克): its traditional
    # form and pinyin write that form, not the stored zh, and say nothing of the stored ones.
    other_forms = (stored.get("zh_hant"), *(stored.get("zh_aliases") or ()))
    by_alias = zh is not None and zh != stored.get("zh") and zh in other_forms
    by_other_name = by_alias and zh != stored.get("zh_hant")
    # A form the entry forbids, from a file that says no bans (CC-CEDICT's "aka Foxconn", a table without a forbidden
    # column): known, as the form of this entry that a termbase decided not to use, never taken back by a file that
    # cannot say so (one that can lifts the ban under replace: `_file_decides_bans`).
    banned = {item["form"] for item in stored.get("forbidden") or ()} if "forbidden" not in said else frozenset[str]()
    for field, value in doc.items():
        if field == "id" or field not in said or not is_said(value):
            continue
        if banned and field in ("en", "zh", "zh_hant") and value in banned:
            continue
        if by_alias and field in ("zh_hant", "pinyin"):
            continue
        if by_other_name and field not in _ALIAS_ROW_FIELDS:
            continue
        old = stored.get(field)
        if field in ADDED_LISTS and isinstance(value, list):
            known = {_item_key(item) for item in old or []} | {stored.get(f) for f in _MAIN_FORMS.get(field, ())}
            known |= banned
            new = [item for item in value if _item_key(item) not in known]
            if new:
                differences.append(Difference(field, new, old or [], added=True))
        elif field == "zh" and zh in (old, *other_forms):
            continue  # the row names the entry by another of its Chinese forms (港交所 of 香港交易所)
        elif by_alias and field == "en" and value != old:
            # Named by a Chinese alias (马斯克 of 埃隆·马斯克), the row's English renders that alias: it agrees where it
            # is one of the stored English forms ('Musk'), and is at most another alias, never the entry's en.
            aliases = stored.get("aliases") or []
            if value not in aliases:
                differences.append(Difference("aliases", [value], aliases, added=True))
        elif field == "note" and isinstance(value, str) and isinstance(old, str) and old.strip():
            # A stored note is never dropped (user U32-21: replace wiped the curated "US electric-car maker led by
            # Elon Musk"): a file's note that the stored one holds agrees, one that holds the stored note takes its
            # place, and another is added after it (`_with_said`). Compared by words: an OmegaT comment is one line.
            words, stored_words = " ".join(value.split()), " ".join(old.split())
            if words in stored_words:
                continue
            differences.append(Difference(field, value, old, added=stored_words not in words))
        elif value != old:
            differences.append(Difference(field, value, old))
    return differences


def _forms(doc: dict[str, Any]) -> tuple[str | None, ...]:
    """The Chinese forms of a stored document: its zh, zh_hant and Chinese aliases."""
    return (doc.get("zh"), doc.get("zh_hant"), *(doc.get("zh_aliases") or ()))


def _stored_form(zh: str | None, stored: dict[str, Any]) -> str | None:
    """`zh`, or the stored Chinese form it is the plain spelling of (王泛森 of 王汎森: `zhgloss.convert.plain_spelling`,
    as lookup finds it)."""
    forms = (stored.get("zh"), stored.get("zh_hant"), *(stored.get("zh_aliases") or ()))
    if zh is None or zh in forms:
        return zh
    from zhgloss.convert import plain_spelling

    return next((form for form in forms if form and plain_spelling(form) == zh), zh)


_KINDS_OF_THING = frozenset(["person", "org", "product", "place", "work", "event"])
"""The types that tell what kind of thing an entry names (`names_another_thing`); the others (a name, term, phrase,
nickname, surname, stock code) say how it is written or used."""


def names_another_thing(
    doc: dict[str, Any], stored: dict[str, Any], said: frozenset[str], *, by_id: bool = False
) -> bool:
    """Tell whether `doc`, named by a Chinese form of the `stored` entry, says a type other than the entry's:
    CC-CEDICT's 阿里 "Imam Ali ibn Abu Talib", a person, is not 阿里巴巴 (an org) by its alias 阿里, and its English
    forms are no aliases of Alibaba; nor is its 特斯拉 "Nikola Tesla", a person, the stored company 特斯拉 Tesla, whose
    Chinese it has (user U32-21: a conflict, whose `replace` made the company Nikola Tesla and dropped its curated
    note). A row named by an id the file says (`by_id`) is that entry, whatever it says of its type. Only the types
    that tell what kind of thing is named count (`_KINDS_OF_THING`): CC-CEDICT's `term` 霸总 is the bundled `phrase`
    霸道总裁 shortened, and its 'name' (a line that does not tell the kind) is no type it says."""
    zh = doc.get("zh")
    if not zh:
        return False
    if zh == stored.get("zh") or zh == stored.get("zh_hant"):
        if by_id:
            return False
    elif zh not in (stored.get("zh_aliases") or ()):
        return False
    kind, stored_kind = doc.get("type"), stored.get("type")
    if "type" not in said or not kind or not stored_kind:
        return False
    return kind != stored_kind and kind in _KINDS_OF_THING and stored_kind in _KINDS_OF_THING


def _taken_form(
    forms: Iterable[str],
    entry_id: str,
    forms_of: _FormIndex,
    number: int,
    refuse: Callable[[int, InvalidEntryError], ZhglossError | None] | None,
) -> tuple[str, str] | None:
    """(form, its entry's id) for the first of `forms`, Chinese aliases an import gives entry `entry_id`, that is a
    Chinese form of another entry: add and edit refuse it, and validate would call both entries wrong ('小米' is also a
    form of entry 'xiaomi'). `refuse`'s error for the nth document is raised instead where it gives one."""
    for form in forms:
        owner = forms_of.chinese.get(form)
        if owner is not None and owner != entry_id:
            exc = InvalidEntryError("zh_aliases", f"{form!r} is also a form of entry {owner!r}", entry_id)
            refused = refuse(number, exc) if refuse is not None else None
            if refused is not None:
                raise refused
            return form, owner
    return None


def _field_holding(taken: tuple[str, str], *tables: dict[str, dict[str, Any]]) -> str:
    """The field of entry `taken[1]` (stored, or added by the same import: `tables`) that holds the form `taken[0]`."""
    form, owner = taken
    doc = next((table[owner] for table in tables if owner in table), {})
    return next((f for f in ("zh", "zh_hant") if doc.get(f) == form), "zh_aliases")


def whole_differences(doc: dict[str, Any], stored: dict[str, Any]) -> list[Difference]:
    """Every field (but the id) `doc` holds otherwise than `stored`, as a document that says every field does."""
    fields = dict.fromkeys([*doc, *stored])
    fields.pop("id", None)
    return [Difference(f, doc.get(f), stored.get(f)) for f in fields if doc.get(f) != stored.get(f)]


def _with_said(
    stored: dict[str, Any],
    doc: dict[str, Any],
    differences: list[Difference],
    source: str | None,
    cleared: list[Difference],
    said: frozenset[str] = frozenset(),
    bans: list[Difference] | None = None,
) -> dict[str, Any]:
    """The stored document with the differing said fields taken from `doc`, the items of a list of `ADDED_LISTS`
    added to the stored ones; `doc`'s sources and `source` (the file's name) are added to the stored sources. A
    stored English or Chinese form the file replaces stays an alias (the traditional form of a replaced zh too).

    The traditional form and the pinyin of a replaced zh write the old Chinese: unless the file says them, they are
    cleared (each appended to `cleared`), never derived from the new one (`validate` then asks for the pinyin); one
    the file says (`said`) and gives as the stored value is kept. A changed type reads again what the stored one
    derived (`zhgloss.curate.retype_entry`), each change appended to `cleared` too."""
    merged = dict(stored)
    for difference in differences:
        if difference.field == "note" and difference.added:
            # The file's note after the stored one (`said_differences`): replace keeps what a person wrote.
            before = merged["note"].rstrip()
            merged["note"] = f"{before}{' ' if before.endswith(('.', '!', '?', '。')) else '; '}{difference.value}"
        elif difference.added:
            # Added to what is merged so far: a row may add to one list twice (an alias column, and the English a row
            # named by a Chinese alias gives).
            # Items keyed as `said_differences` compares them: a forbidden form is a dict.
            items: dict[Any, Any] = {}
            for item in [*(merged.get(difference.field) or []), *difference.value]:
                items.setdefault(_item_key(item), item)
            merged[difference.field] = list(items.values())
        else:
            merged[difference.field] = difference.value
    changed = {d.field for d in differences}
    if "en" in changed and stored.get("en"):
        # The stored English stays a form of the entry (Entry drops the new one from the aliases).
        merged["aliases"] = list(dict.fromkeys([*merged.get("aliases", []), stored["en"]]))
    if "zh" in changed and stored.get("zh"):
        # So does the stored Chinese, and its traditional form, which writes the old zh, not the new one, unless
        # the file gives the new one's.
        old_forms = [stored["zh"], *([stored["zh_hant"]] if stored.get("zh_hant") and "zh_hant" not in changed else [])]
        merged["zh_aliases"] = list(dict.fromkeys([*merged.get("zh_aliases", []), *old_forms]))
        for field in ("zh_hant", "pinyin"):
            if field not in changed and stored.get(field) and not (field in said and is_said(doc.get(field))):
                merged[field] = None
                cleared.append(Difference(field, None, stored[field]))
    if merged.get("forbidden"):
        _file_decides_bans(merged, stored, doc, said, bans if bans is not None else cleared)
    merged["sources"] = list(
        dict.fromkeys([*merged.get("sources", []), *doc.get("sources", []), *filter(None, [source])])
    )
    if "type" in changed and "zh" not in changed:
        # A row that retypes the entry (a person `add` made of 国家电网, an org in the file): what the stored type
        # derived and the file does not say is read again by the new one (`zhgloss.curate.retype_entry`, edit's rule;
        # R46-4, addendum 4), each change appended to `cleared`; an English the new type cannot make raises.
        from zhgloss.curate import retype_entry

        given = {field for field in said if is_said(doc.get(field))}
        entry, rederived = retype_entry(Entry.from_dict(stored), Entry.from_dict(merged), given)
        written = entry.to_dict()
        for change in rederived:
            if written[change.field] != stored.get(change.field):
                cleared.append(Difference(change.field, written[change.field], stored.get(change.field)))
        return written
    return Entry.from_dict(merged).to_dict()


_ACCEPTED_LISTS = ("aliases", "zh_aliases")
"""The lists of an entry's accepted forms besides its preferred ones (en, zh, zh_hant)."""


def _file_decides_bans(
    merged: dict[str, Any], stored: dict[str, Any], doc: dict[str, Any], said: frozenset[str], bans: list[Difference]
) -> None:
    """Make `merged` (a stored entry with a file's said fields merged in: `_with_said`) accept or forbid each form
    one way, as the file says it where the two differ, appending each list changed to `bans`.

    A form the file forbids that the stored entry accepts as an alias or Chinese alias (a team's TBX bans "Foxconn",
    CC-CEDICT's 鸿海 has it as an alias: the review's R46-11) leaves those lists; a form the file accepts that the
    stored entry forbids (the team's newer TBX, or any file, accepting what an older one banned) leaves the forbidden
    forms. Only a replace writes the result; a skip or fail shows it as the conflict (`Glossary.add_documents`). A
    form the file itself both accepts and forbids, or a preferred form (en, zh, zh_hant) the file keeps and forbids,
    is left, and `Entry` refuses the entry (the file's row to fix)."""
    banned_by_file = {item["form"] for item in doc.get("forbidden") or () if "forbidden" in said}
    accepted_by_file = {
        form
        for field in ("en", "zh", "zh_hant", *_ACCEPTED_LISTS)
        if field in said
        for form in ((doc.get(field) or ()) if field in _ACCEPTED_LISTS else [doc.get(field)])
        if form
    }
    for field in _ACCEPTED_LISTS:
        forms = merged.get(field) or []
        kept = [form for form in forms if form not in banned_by_file or form in accepted_by_file]
        if len(kept) != len(forms):
            merged[field] = kept
            if kept != (stored.get(field) or []):  # (not a replaced English the file forbids, kept from no list)
                bans.append(Difference(field, kept, stored.get(field) or []))
    # Only a file that can say bans (said includes them: TBX, zhgloss's own files) takes one back; another's form of
    # a banned form is known already (`said_differences`).
    lifted = {item["form"] for item in merged["forbidden"]} & accepted_by_file - banned_by_file
    if lifted and "forbidden" in said:
        kept_bans = [item for item in merged["forbidden"] if item["form"] not in lifted]
        bans.append(Difference("forbidden", kept_bans, stored.get("forbidden") or []))
        merged["forbidden"] = kept_bans


class _FormIndex:
    """The stored entries by each of their Chinese forms (zh, zh_hant, zh_aliases) and by their English (en): how
    `Glossary.add_documents` finds the entry a document of a file that says only some fields is (the first entry
    of a form wins, as `lookup` ranks the preferred form first). A form keeping a character names keep is found
    written the plain way too (王泛森 of 王汎森: `zhgloss.convert.plain_spelling`), as lookup finds it."""

    def __init__(self, docs: Iterable[dict[str, Any]]) -> None:
        from zhgloss.convert import kept_plain_forms

        self.chinese: dict[str, str] = {}
        self.english: dict[str, str] = {}
        for doc in docs:
            for form in (doc.get("zh"), doc.get("zh_hant"), *(doc.get("zh_aliases") or ())):
                if form:
                    self.chinese.setdefault(form, doc["id"])
            if doc.get("en"):
                self.english.setdefault(doc["en"], doc["id"])
        # Every form written the plain way in one pass over them all (0.03 s for 10^5 entries, a tenth of a call of
        # `plain_spelling` a form); a form without a kept character is its own plain spelling.
        self.plain: dict[str, str] = {}
        forms = list(self.chinese)
        joined = "\n".join(forms)
        plain = joined.translate({ord(char): spelt for char, spelt in kept_plain_forms().items()})
        if plain != joined:
            for form, spelt in zip(forms, plain.split("\n"), strict=True):
                if spelt != form:
                    self.plain.setdefault(spelt, self.chinese[form])

    def add(self, doc: dict[str, Any]) -> None:
        from zhgloss.convert import plain_spelling

        for form in (doc.get("zh"), doc.get("zh_hant"), *(doc.get("zh_aliases") or ())):
            if form:
                self.chinese.setdefault(form, doc["id"])
                if (plain := plain_spelling(form)) is not None:
                    self.plain.setdefault(plain, doc["id"])
        if doc.get("en"):
            self.english.setdefault(doc["en"], doc["id"])

    def owner(self, doc: dict[str, Any]) -> str | None:
        """The id of the entry `doc` is: the one with its Chinese among its forms (or written the plain way); for a
        document without Chinese, the one whose English it has (a row not yet translated into Chinese)."""
        if doc.get("zh"):
            return self.chinese.get(doc["zh"]) or self.plain.get(doc["zh"])
        return self.english.get(doc["en"]) if doc.get("en") else None

    def is_new(self, docs: list[dict[str, Any]]) -> bool:
        """Tell whether no document of `docs` (none with a Chinese form of the index: the caller tells) meets an
        entry of the index: by its English, its Chinese written the plain way, or a Chinese alias it gives."""
        # An empty index (an import into a new glossary) meets nothing: told without a pass over the documents.
        return (
            (not self.english or self.english.keys().isdisjoint(map(_EN_OF, docs)))
            and (not self.plain or self.plain.keys().isdisjoint(map(_ZH_OF, docs)))
            and (not self.chinese or self.chinese.keys().isdisjoint(f for d in docs for f in d.get("zh_aliases") or ()))
        )


_EN_OF = operator.itemgetter("en")
_ID_OF = operator.itemgetter("id")
_ZH_OF = operator.itemgetter("zh")
_FIRST_GROUP = operator.methodcaller("group", 1)
_START = operator.methodcaller("start")
_END = operator.methodcaller("end")


def _document_spans(raw: bytes, documents: _Documents, entries: Sequence[Entry] | None) -> list[tuple[int, int]] | None:
    """The byte spans of `documents` (`Glossary._docs_in_order`) in the file `raw`, if it is laid out as the store
    writes it.

    None unless each document is found where the layout says, in the same order (sorted by number as
    text, as `dump_json_bytes` sorts keys), and equals its entry's `to_dict()`: what a reader of the
    span parses is then exactly the entry. `entries` None: the documents are known to be their
    entries' `to_dict()` (bytes zhgloss wrote from them) and are not compared. Columns read of these
    very documents (`EntryColumns.read_from`) have only the documents they are unsure of compared: a
    hand-edited 10^5-entry glossary built and wrote out every entry for it (~0.5 s).
    """
    if entries is None:
        return _written_document_spans(raw, documents)
    # Two scans in C, not a search per document: every start line, every closing brace line, the
    # pairs told apart by their order (each document closes before the next one starts).
    from operator import eq, le, lt

    starts = list(_DOCUMENT_START.finditer(raw))
    if len(starts) != len(documents.docs):
        return None
    numbers = list(map(_FIRST_GROUP, starts))
    inside = list(map((-1).__add__, map(_END, starts)))  # the line feed that opens the body
    closing = list(map(_START, _DOCUMENT_END_RE.finditer(raw)))
    if len(closing) != len(inside) or not (all(map(le, inside, closing)) and all(map(lt, closing, inside[1:]))):
        return None
    end = len(_DOCUMENT_END)
    found = dict(
        zip(
            map(bytes.decode, numbers),
            zip([at - 1 for at in inside], [at + end for at in closing], strict=True),
            strict=True,
        )
    )
    spans = list(map(found.get, documents.numbers))
    if None in spans:
        return None
    from zhgloss.model import EntryColumns

    read_from = entries.read_from if isinstance(entries, EntryColumns) else None
    if read_from is not None and read_from[0] is documents.docs:
        docs = documents.docs
        if not all(docs[n] == entries[n].to_dict() for n in sorted(read_from[1])):
            return None
    elif not all(map(eq, documents.docs, map(Entry.to_dict, entries))):
        return None
    return spans  # type: ignore[return-value]  # no None: checked above


def _written_document_spans(raw: bytes, documents: _Documents) -> list[tuple[int, int]] | None:
    """`_document_spans` of bytes that `dump_json_bytes` wrote from the table `documents` were read from.

    Their layout is known: the documents in the table's order, each document's lines closed by a brace
    at an indent of four, and the next one opened right after it (a comma, a line feed, the indent, the
    number quoted, a colon and a brace). One C-level scan finds the closing lines; the opening brace of
    each document is then where the layout puts it, and is checked to be there. None if any is not (nor
    where the count of documents differs). The spans are found in the file's order, then taken in the
    order of the numbers by `documents.places` (no sort).
    """
    in_file = documents.in_file
    if not in_file:
        return []
    closing = list(map(_START, _DOCUMENT_END_RE.finditer(raw)))
    first = _DOCUMENT_START.search(raw)
    if len(closing) != len(in_file) or first is None or first.group(1) != in_file[0].encode():
        return None
    # `\n    },\n    "NUMBER": {`: the next document's brace 16 bytes and its number's length past a closing line.
    after = len(_DOCUMENT_END) + len(',\n    "": ')
    opens = [first.end() - 2, *map(operator.add, closing, map(after.__add__, map(len, in_file[1:])))]
    if bytes(map(raw.__getitem__, opens)) != b"{" * len(opens) or not all(map(operator.lt, opens, closing)):
        return None
    spans = list(zip(opens, map(len(_DOCUMENT_END).__add__, closing), strict=True))
    return list(map(spans.__getitem__, documents.places))


def _document(doc: dict[str, Any], doc_id: int) -> Any:
    from tinydb.table import Document

    return Document(doc, doc_id=doc_id)


def copy_glossary(source: Path, target: Path) -> None:
    """Copy glossary `source` to `target` (atomically, validated); raise TargetExistsError if `target` exists."""
    if target.exists():
        raise TargetExistsError(target)
    with Glossary.open(source, read_only=True) as src:
        entries = list(src.iter_entries())
    with Glossary(target) as dst:
        dst.add_all(entries)

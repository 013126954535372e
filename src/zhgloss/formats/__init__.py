"""Interchange formats: one module per format, file objects in and out.

`FORMATS` maps a format's name to its reader and writer. Modules are imported
only when a format is used (the TBX reader pulls in defusedxml).
"""

from __future__ import annotations

import codecs
import functools
import importlib
import re
import shlex
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any, TextIO

from zhgloss.errors import DuplicateEntryError, FormatError, InvalidEntryError, UsageError, ZhglossError, count_of
from zhgloss.model import Entry, empty_forms, role_date_problems

if TYPE_CHECKING:
    from zhgloss.store import Difference, Glossary, OnConflict, WriteReport
    from zhgloss.validate import Problem


@dataclass(frozen=True)
class Format:
    """An interchange format: where its reader and writer live and what it keeps."""

    name: str
    summary: str
    module: str
    reader: str
    writer: str | None
    suffixes: tuple[str, ...]
    lossless: bool
    binary: bool = False
    """The file is bytes, not text (a zip of XML: .xlsx): `load` and `dump` take binary file objects."""
    documents_reader: str | None = None
    """The reader of the entries' stored documents without building the entries (`load_documents`), if any."""
    says: frozenset[str] | None = None
    """The fields every entry of the format says (`said_fields`) when its documents carry no mark of their own:
    None for every field (zhgloss's own JSON Lines; the other readers mark their entries)."""
    fallbacks: tuple[tuple[str, Any], ...] = ()
    """(field, value): a value the reader gives a field when the file does not say it (CC-CEDICT's type 'name' for
    a name its line does not tell the kind of): no said value (`import_documents`)."""

    def _function(self, name: str) -> Callable[..., Any]:
        module = importlib.import_module(f"zhgloss.formats.{self.module}")
        function: Callable[..., Any] = getattr(module, name)
        return function

    def load(
        self,
        fp: TextIO | IO[bytes],
        source: str,
        *,
        proper_only: bool = False,
        columns: Sequence[str | None] | None = None,
    ) -> Iterator[Entry]:
        """Read entries from `fp` (binary for a `binary` format); raise FormatError (with the line number) on bad input.

        `columns` names a table's columns in order (csv, tsv, omegat); UsageError for another format.
        """
        if self.name == "cedict":
            entries: Iterator[Entry] = self._function(self.reader)(fp, proper_only=proper_only, source=source)
            return entries
        if columns is not None:
            if self.name not in TABLE_FORMATS:
                raise UsageError(f"--columns applies to {', '.join(TABLE_FORMATS)} files, not {self.name}")
            return iter(self._function(self.reader)(fp, source, columns=columns))
        return iter(self._function(self.reader)(fp, source))

    def load_documents(
        self,
        fp: TextIO | IO[bytes],
        source: str,
        *,
        proper_only: bool = False,
        columns: Sequence[str | None] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """`Entry.to_dict()` of each entry `load` reads from `fp`, in order, with the same errors: the documents
        `zhgloss.store.Glossary.add_documents` stores (`import_documents`).

        A format with a `documents_reader` (cedict) reads them without building the entries; the others build them.
        """
        if self.documents_reader is not None:
            documents: Iterator[dict[str, Any]] = self._function(self.documents_reader)(
                fp, proper_only=proper_only, source=source
            )
            return documents
        return map(marked_document, self.load(fp, source, proper_only=proper_only, columns=columns))

    def dump(self, entries: Iterable[Entry], fp: TextIO | IO[bytes]) -> int:
        """Write `entries` to `fp`; return how many were written. Raise UsageError if the format is read-only."""
        if self.writer is None:
            raise UsageError(f"{self.name!r} can be imported but not exported")
        count: int = self._function(self.writer)(entries, fp)
        return count


TABLE_FORMATS = ("csv", "tsv", "omegat", "xlsx", "ods", "docx")
"""Formats whose columns a user may name (`Format.load(columns=...)`)."""

FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "csv", "every field, a header row; spreadsheet-safe", "csv_format", "load_csv", "dump_csv", (".csv",), True
        ),
        Format(
            "tsv",
            "every field, a header row (reads OmegaT's columns too)",
            "tsv",
            "load_tsv",
            "dump_tsv",
            (".tsv", ".tab"),
            True,
        ),
        Format(
            "omegat",
            "OmegaT glossary: Chinese, English, comment",
            "tsv",
            "load_omegat",
            "dump_omegat",
            # OmegaT's project glossary is glossary/glossary.txt; it reads .txt and .utf8 files as UTF-8
            # (OmegaT user manual, "Glossaries": https://omegat.sourceforge.io/manual-standard/en/
            # appendix.glossaries.html).
            (".utf8", ".txt"),
            False,
            # Its three columns: the term in each language (the Chinese in either script) and the comment.
            says=frozenset(["zh", "zh_hant", "zh_aliases", "en", "aliases", "note", "draft"]),
        ),
        Format(
            "tbx",
            "TBX-Basic (martif) out; TBX-Basic, TBX v3 and MultiTerm XML in",
            "tbx",
            "load_tbx",
            "dump_tbx",
            (".tbx", ".xml"),
            True,
        ),
        Format(
            "jsonl", "one entry per line, as stored", "jsonl", "load_jsonl", "dump_jsonl", (".jsonl", ".ndjson"), True
        ),
        Format(
            "xlsx",
            "Excel workbook: every field, a header row (reads CAT tools' sheets)",
            "xlsx",
            "load_xlsx",
            "dump_xlsx",
            (".xlsx", ".xls"),  # an old .xls is recognised to be refused with the advice to save it as .xlsx
            True,
            binary=True,
        ),
        # No CAT tool exports these (memoQ, Phrase and Trados's Glossary Converter write .xlsx, CSV and TBX; OmegaT a
        # tab-separated .txt), but glossaries are kept in them by hand: OmegaT's users in LibreOffice Calc, whose own
        # format is .ods, and clients send a Word table of names. Their tables are read as a workbook's sheets.
        Format(
            "ods",
            "LibreOffice Calc sheet (.ods), read as a workbook is (import only)",
            "xlsx",
            "load_xlsx",
            None,
            (".ods",),
            False,
            binary=True,
        ),
        Format(
            "docx",
            "a Word (.docx) or Writer (.odt) document's table of terms, read as a workbook's sheet (import only)",
            "xlsx",
            "load_xlsx",
            None,
            (".docx", ".odt"),
            False,
            binary=True,
        ),
        Format(
            "cedict",
            "CC-CEDICT dictionary lines (import only)",
            "cedict",
            "load_cedict",
            None,
            (".u8", ".cedict"),
            False,
            # The rows checked and stored as documents, never built into entries (~0.15 s of a full import).
            documents_reader="load_cedict_documents",
            # A line says its Chinese, reading, English forms, description and kind; never roles, and its source
            # is added to an entry's (`zhgloss.store.Glossary.add_documents`).
            says=frozenset(["type", "zh", "zh_hant", "pinyin", "en", "aliases", "zh_aliases", "en_adopted", "note"]),
            fallbacks=(("type", "name"),),
        ),
    )
}


def get_format(name: str) -> Format:
    """Return the format called `name`; raise UsageError listing the known ones."""
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise UsageError(f"unknown format {name!r} (known: {', '.join(FORMATS)})") from None


def guess_format(path: str) -> Format | None:
    """Return the format a file name's suffix stands for ("names.tbx" -> tbx; ".gz" is looked through), or None."""
    suffixes = [s.lower() for s in PurePath(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if not suffixes:
        return None
    return next((f for f in FORMATS.values() if suffixes[-1] in f.suffixes), None)


_XLIFF_WAY = (
    "'zhgloss check FILE' checks its translation against the glossary; names come in from a termbase (TBX, CSV, "
    "a workbook) or from text with 'zhgloss harvest'"
)
OTHER_KINDS = {
    ".sdltb": (
        "a Trados MultiTerm termbase (.sdltb), which only MultiTerm reads: export it from MultiTerm as MultiTerm XML "
        "or TBX and import that file"
    ),
    ".mdb": "an Access database (an old MultiTerm termbase): export it from MultiTerm as MultiTerm XML or TBX",
    ".tmx": (
        "a translation memory (TMX), which holds sentences, not a termbase's names: 'zhgloss check FILE' checks its "
        "translations against the glossary; names come in from the project's termbase (TBX, CSV) or from text with "
        "'zhgloss harvest'"
    ),
    ".xlf": f"an XLIFF bilingual file, which holds a translation, not a termbase's names: {_XLIFF_WAY}",
    ".xliff": f"an XLIFF bilingual file, which holds a translation, not a termbase's names: {_XLIFF_WAY}",
    ".sdlxliff": f"a Trados bilingual file (SDLXLIFF), which holds a translation, not a termbase's names: {_XLIFF_WAY}",
    ".mqxliff": f"a memoQ bilingual file (MQXLIFF), which holds a translation, not a termbase's names: {_XLIFF_WAY}",
    ".mxliff": f"a Phrase bilingual file (MXLIFF), which holds a translation, not a termbase's names: {_XLIFF_WAY}",
    ".txlf": f"a Wordfast bilingual file (TXLF), which holds a translation, not a termbase's names: {_XLIFF_WAY}",
    ".po": (
        "a gettext translation file (.po), which holds a program's messages, not a termbase's names: export the "
        "project's glossary (Weblate: CSV or TBX) and import that"
    ),
    ".pot": "a gettext template (.pot), which holds a program's messages, not a termbase's names",
}
"""What a file of a kind zhgloss does not import is, by its suffix, and the way in (user U32-27: each was "cannot
tell the format … pass --format", though no format reads it). Also by an XML file's root element
(`other_xml_kind`)."""


def other_kind(path: str) -> str | None:
    """What the file at `path` is, if its suffix names a kind zhgloss does not import (`OTHER_KINDS`), else None."""
    suffix = PurePath(path).suffix.lower()
    return OTHER_KINDS.get(suffix)


def other_xml_kind(root: str) -> str | None:
    """What an XML file whose root element is `root` (without its namespace) is, if a kind zhgloss does not import:
    a TMX memory (<tmx>), an XLIFF file (<xliff>)."""
    return {"tmx": OTHER_KINDS[".tmx"], "xliff": OTHER_KINDS[".xlf"]}.get(root.lower())


_HOMONYMS_PASSED: ContextVar[bool] = ContextVar("homonyms_passed", default=False)
"""Whether a reader started now passes over a second entry of one Chinese form instead of refusing the file
(`homonyms_passed_over`: import --on-conflict skip)."""


@contextmanager
def homonyms_passed_over(passed: bool = True) -> Iterator[None]:
    """Within the block, a reader started (`UniqueEntries`) marks a later entry of a Chinese form an earlier entry of
    the same file has (`HOMONYM`), and `import_documents` passes it over and says so (`WriteReport.homonyms`), instead
    of refusing the whole file: import --on-conflict skip, for two people of one Chinese name (user U32-26)."""
    token = _HOMONYMS_PASSED.set(passed)
    try:
        yield
    finally:
        _HOMONYMS_PASSED.reset(token)


_BANS_OF_STORED: ContextVar[bool] = ContextVar("bans_of_stored", default=False)
"""Whether a table reader started now gives a ban of a Chinese form its file holds no entry of as a ban of the stored
entry's (`bans_of_stored`: import), instead of refusing the row."""


@contextmanager
def bans_of_stored(read: bool = True) -> Iterator[None]:
    """Within the block, a table reader started gives each row that bans a rendering of a Chinese form no entry of
    its file holds (a "Do not use" sheet sent on its own, the commonest use: 雷军 | Lei Chun) as a ban of the stored
    entry of that Chinese (`zhgloss.formats.table.ban_of_stored`), which `import_documents` adds to that entry's
    forbidden forms, refusing the row with its line where the glossary holds no such entry (the tester's B49-16).
    Outside it (a reader's other callers: check, convert) the row is refused as before."""
    token = _BANS_OF_STORED.set(read)
    try:
        yield
    finally:
        _BANS_OF_STORED.reset(token)


def bans_of_stored_read() -> bool:
    """Tell whether a reader started now gives bans of stored entries (`bans_of_stored`)."""
    return _BANS_OF_STORED.get()


BAN_OF_STORED_MARK = "_ban_of_stored"
"""The attribute a reader marks a ban of a stored entry with (`zhgloss.formats.table.ban_of_stored`)."""
BAN_OF_STORED = "ban-of-stored:"
"""The key under which `marked_document` keeps that mark; `import_documents` takes it off."""


class UniqueEntries:
    """Refuse a second entry with an id or a Chinese form already read from the same file, or impossible role dates.

    The store takes an incoming entry with a stored id or Chinese form for an update of the
    stored one, so two such rows in one file would overwrite each other, or be blamed on the
    glossary. A reader passes each entry through `check` with where it was found. A role that
    ends before it starts, is dated after today or before the person's birth
    (`zhgloss.model.role_date_problems`) is refused there too, as `add` and `edit` refuse it, and so is a
    form of punctuation alone (`zhgloss.model.empty_forms`: an English form "-").

    Two entries of one Chinese form are two things or one thing twice: zhgloss keeps one entry a form, and says so
    plainly, naming the records by the file's own ids where it has them (a TBX termEntry's id), with the way to
    import the others (--on-conflict skip: `homonyms_passed_over`), never advice to merge two people (user U32-26:
    李斌, NIO's William Li and the former minister). An id the reader made up from the English is no id of the
    file: two such ids alike are two entries of one Chinese form (苹果 "Apple" and "apple"), said as such.
    """

    def __init__(self, source: str, places: str = "lines", place: str = "line") -> None:
        self.source = source
        self.places = places  # what the file's records are called, plural and singular: termEntries, termEntry
        self.place = place
        self.passing = _HOMONYMS_PASSED.get()
        self._ids: dict[str, int] = {}
        self._zh: dict[str, tuple[int, str, str]] = {}

    def check(self, entry: Entry, place: int, label: str | None = None) -> Entry:
        """Return `entry`; raise FormatError on an id or Chinese read before in the file, or an impossible role date.

        `label` names the record as the file does (a termEntry's id), `place` as a number (a line, a position)."""
        where = f"{self.place} {place}: " if self.places != "lines" else ""
        for field, value in empty_forms(entry)[:1]:
            raise FormatError(
                self.source,
                f"{where}entry {entry.id!r}: {field}: {value!r} names nothing (punctuation alone); "
                "give the form, or leave the cell empty",
                place if not where else None,
            )
        if entry.roles:
            for _, message in role_date_problems(entry)[:1]:
                raise FormatError(
                    self.source, f"{where}entry {entry.id!r}: roles: {message}", place if not where else None
                )
        # Where the entry was read, for a refusal the store makes of it (`import_documents`): no field of an entry.
        object.__setattr__(entry, "_place", (where, place if not where else None))
        said = said_fields(entry)
        made_up = said is not None and "id" not in said and entry.zh is not None
        first = self._ids.setdefault(entry.id, place)
        if first != place and not made_up:
            raise FormatError(
                self.source,
                f"has two entries with id {entry.id!r} ({self.places} {first} and {place}); "
                "give each its own id, or merge them into one",
            )
        if entry.zh is not None:
            named = repr(label) if label else str(place)
            earlier = self._zh.setdefault(entry.zh, (place, named, entry.en))
            if earlier[0] != place:
                problem = self._homonym(entry, earlier, named)
                if not self.passing:
                    raise FormatError(self.source, f"{problem}; {_HOMONYM_HINT}")
                object.__setattr__(entry, "_homonym", f"{problem}; the later passed over, the first kept")
        return entry

    def _homonym(self, entry: Entry, earlier: tuple[int, str, str], named: str) -> str:
        """Say that `entry`, read at `named`, has the Chinese of the entry read at `earlier` (place, name, English)."""
        _, first, en = earlier
        both = f"both {en!r}" if en == entry.en else f"{en!r} and {entry.en!r}"
        return f"has two entries for {entry.zh} ({self.places} {first} and {named}): {both}"


_HOMONYM_HINT = (
    "zhgloss keeps one entry for one Chinese form: if the two are one thing, give the other English as an alias of "
    "the first; if they are two things (namesakes), pass --on-conflict skip to import the others, the first of the two "
    "kept (nothing was imported)"
)


HOMONYM = "homonym:"
"""The key under which `marked_document` keeps why an entry read under `homonyms_passed_over` is passed over."""


def judged_english(entry: Entry, source: str, line: int, says_adopted: bool = False) -> Entry:
    """`entry`, another tool's row (a TBX termEntry, a JSON object) at `line` of `source`, with its English judged as a
    table's row is (`zhgloss.formats.table._judged_english`, the one rule, which calls `add`'s: a Chinese name's
    English in Western order refused with the line, a person's adopted English name marked en_adopted and said, a
    name in Hong Kong's government style given its short form: users U32-16, U32-30), still saying what it said
    (`says`) and en_adopted besides where the rule set it. zhgloss's own files are not asked (every field said)."""
    from zhgloss.formats.table import _judged_english

    said = said_fields(entry)
    judged = _judged_english(entry, says_adopted, source, line)
    if judged is entry:
        return entry
    if "_place" in vars(entry):
        object.__setattr__(judged, "_place", vars(entry)["_place"])
    return judged if said is None else says(judged, said | {"en", "aliases", "en_adopted"})


REFUSALS_NAMED = 20
"""How many of a file's refused rows its refusal names (the first ones, `Refusals`); the others are counted."""


class Refusals:
    """The rows of one file a reader refuses, each a FormatError, gathered so that the file's refusal names every bad
    row (the first `REFUSALS_NAMED`, and how many in all): a user fixing a 2,000-row file sees them at once, not one a
    run (issue 9). A reader `add`s each row's error and reads on; it yields no entry after the first (nothing is
    imported of a refused file), and at the end calls `raise_any`. One refused row is refused as it always was.
    """

    def __init__(self, places: str = "lines") -> None:
        self.places = places  # what the file's records are called, plural: lines, termEntries
        self.errors: list[FormatError] = []

    def __bool__(self) -> bool:
        return bool(self.errors)

    def add(self, exc: FormatError) -> None:
        self.errors.append(exc)

    def raise_any(self) -> None:
        """Raise the first error, followed by the next ones up to `REFUSALS_NAMED` (one a line) and a count."""
        if not self.errors:
            return
        first, *rest = self.errors
        if not rest:
            raise first
        named = [str(exc) for exc in rest[: REFUSALS_NAMED - 1]]
        unnamed = len(rest) - len(named)
        total = f"{len(self.errors)} {self.places} refused" + (
            f", the first {REFUSALS_NAMED} named above" if unnamed else ""
        )
        problem = "\n".join([first.problem, *named, f"{total}: fix them all (nothing was imported)"])
        raise FormatError(first.source, problem, first.line)


SAID = "said:"
"""The key under which `marked_document` keeps the fields an entry says (`said_fields`): no field of an entry."""


def says(entry: Entry, fields: Iterable[str]) -> Entry:
    """Mark `entry`, read from a file that has only some fields, as saying `fields` alone (the others, and the
    values a reader derives, such as a default type, never overwrite a stored entry's: see
    `zhgloss.store.Glossary.add_documents`); return it. An entry not marked says every field (zhgloss's own files).

    A table says its columns, a TBX termEntry what it carries. The mark is no field: `Entry.replace` drops it."""
    object.__setattr__(entry, "_said", frozenset(fields))
    return entry


def said_fields(entry: Entry) -> frozenset[str] | None:
    """The fields `entry` says (`says`), or None for every one."""
    said: frozenset[str] | None = vars(entry).get("_said")
    return said


PLACE = "place:"
"""The key under which `marked_document` keeps where a reader read the entry (`UniqueEntries.check`): a prefix
for the message ("termEntry 4: ", or "" where the line says it) and the line, if any. No field of an entry."""


def retyped(entry: Entry, kind: str) -> Entry:
    """`entry` of type `kind` (import --type), saying its type besides what it said (`says`)."""
    said = said_fields(entry)
    typed = entry.replace(type=kind)
    for mark in ("_place", "_homonym"):
        if mark in vars(entry):
            object.__setattr__(typed, mark, vars(entry)[mark])
    return typed if said is None else says(typed, said | {"type"})


def marked_document(entry: Entry) -> dict[str, Any]:
    """`entry.to_dict()`, with the fields it says under `SAID` if it is marked (`says`) and where it was read under
    `PLACE`; `import_documents` takes the marks off before the document is stored."""
    doc = entry.to_dict()
    said = said_fields(entry)
    if said is not None:
        doc[SAID] = said
    place = vars(entry).get("_place")
    if place is not None:
        doc[PLACE] = place
    homonym = vars(entry).get("_homonym")
    if homonym is not None:
        doc[HOMONYM] = homonym
    if vars(entry).get(BAN_OF_STORED_MARK):
        doc[BAN_OF_STORED] = True
    return doc


def import_entries(
    gloss: Glossary, entries: Iterable[Entry], on_conflict: OnConflict = "fail", *, dry_run: bool = False
) -> WriteReport:
    """Add `entries` to `gloss` in one write, as `Glossary.add_all` does; with `dry_run`, only report.

    The dry run replays the import on an in-memory copy of the glossary, so its report is exactly
    what the real import would say, and the file is never locked or written.
    """
    return import_documents(gloss, map(Entry.to_dict, entries), on_conflict, dry_run=dry_run)


def import_documents(
    gloss: Glossary,
    docs: Iterable[dict[str, Any]],
    on_conflict: OnConflict = "fail",
    *,
    dry_run: bool = False,
    says: frozenset[str] | None = None,
    fallbacks: Iterable[tuple[str, Any]] = (),
    source: str | None = None,
    taken_at: dict[str, str] | None = None,
    name: str | None = None,
    drafts_over: set[str] | None = None,
) -> WriteReport:
    """`import_entries` of the entries whose `Entry.to_dict()` documents `docs` are (`Format.load_documents`), stored
    by `Glossary.add_documents` without building the entries. Each of `docs` must be such a document, or one marked
    with the fields it says (`marked_document`); `says` gives the fields of all of them (`Format.says`) instead,
    but a field holding one of its `fallbacks` (`Format.fallbacks`).

    A document that says some fields only changes those of a stored entry, and adds `source` (the file's name) to
    its sources (`Glossary.add_documents`). A reader's row of zhgloss's own files (marked with its place, unmarked
    with the fields it says) says every field it gives a value: an empty one, or an empty list, says nothing, and a
    list of forms is added to (user U36-6); a document without a place (an entry a program gives) replaces the stored
    one whole under `replace`, as `Glossary.add_all` does.

    A row (a document with its place) whose Chinese alias is another entry's Chinese form is a conflict of that row,
    as a Chinese form of another entry is (`WriteReport.taken`): under `fail` the import stops (DuplicateEntryError),
    under `skip` and `replace` the row is not written and the rest is, since no choice lets one form name two
    entries (the LEAD's decision of the thirty-eighth session on merging glossaries; user finding U37-31: a team
    termbase's concept 腾讯控股有限公司 with its short form 腾讯, the bundled glossary's entry, was refused whole, the
    file's other concepts with it). `taken_at`, a dict given, gets each such row's id -> where the file has it
    ("'team.tbx', termEntry 'c1'", "'names.csv', line 2"). Any other entry a row would make invalid (a form both
    accepted and forbidden) is still refused with its line (FormatError, nothing written).

    A draft row whose English the confirmed entry it meets lacks (`_proposals_other_english`) is a conflict of `en`
    that no --on-conflict resolves: replace keeps the confirmed English too (a draft never overrides a confirmed
    entry); only `zhgloss edit` takes it. `drafts_over`, a set given, gets each such row's id, so that the caller
    gives that remedy and not replace (the review's R42-10).

    `name` names the input in the notes (`zhgloss.formats.table.ImportNote`) where it is not `source`: the CLI's
    "<stdin>" for standard input, which adds no source to an entry (the s40 tbl report: the notes said "<input>"
    where the readers' and the summary said "<stdin>"); by default `source`, else "<input>" (a program's entries).
    """
    from zhgloss.bulk import paused_gc

    name = name or source or "<input>"
    with paused_gc():
        docs = docs if isinstance(docs, list) else list(docs)
        # A later entry of a Chinese form the file gave before, under --on-conflict skip (`homonyms_passed_over`):
        # passed over, and said.
        homonyms = tuple(doc[HOMONYM] for doc in docs if HOMONYM in doc)
        if homonyms:
            docs = [doc for doc in docs if HOMONYM not in doc]
        if any(BAN_OF_STORED in doc for doc in docs):
            docs = _bans_of_stored(gloss, docs, name)
        if docs and PLACE in docs[0]:
            # A reader's rows (a table's, JSON Lines', TBX's), not CC-CEDICT's lines: the dictionary lists a Japanese
            # form as a character of its own ("乗: Japanese variant of 乘"), no name typed in it.
            for doc in docs:
                _in_chinese_characters(doc)
            docs, passed = _one_entry_a_code(docs, name)
            homonyms += passed
            # A code the glossary stores written otherwise ("00700" beside its "0700.HK"): that entry's (s41).
            _stored_codes(gloss, docs, says, tuple(fallbacks), name)
            # A type the file does not say, read from a person's English (U38-7); CC-CEDICT's lines type each entry.
            guessed = set(_persons_by_english(docs, says, name))
        else:
            guessed = set()
        filled = _fill_pinyin(docs, says) if docs and PLACE in docs[0] else set()
        filled_hant = _fill_zh_hant(docs, says) if docs and PLACE in docs[0] else set()
        said: Callable[[int, dict[str, Any]], frozenset[str] | None] | None = None
        _unlink_dangling_references(gloss, docs, name)
        if says is not None:
            unsaid = tuple(fallbacks)
            said = lambda _, doc: says.difference(f for f, value in unsaid if doc.get(f) == value)  # noqa: E731
        elif docs and PLACE in docs[0]:
            # Rows a reader read from zhgloss's own files (a glossary, its JSON Lines, CSV or TBX export) say every
            # field, and are merged by the rule every file is (user U36-6): an empty field says nothing and a list of
            # forms is added to, so merging another desk's glossary with --on-conflict replace never erases a stored
            # Chinese alias (恒生 of 恒生银行). Entries a program gives (`import_entries`) replace as `add_all` does.
            said = _every_field
        own = said is _every_field  # zhgloss's own file: an entry not a draft says it is confirmed
        marks: list[frozenset[str] | None] = []
        if any(SAID in doc for doc in docs):
            # A reader's own marks first (a headed table saved as OmegaT's .txt says its columns, not OmegaT's
            # three), and never left in a document: the store writes each as it is.
            marks = [doc.pop(SAID, None) for doc in docs]
            by_format = said
            said = lambda number, doc: (  # noqa: E731
                marks[number] if marks[number] is not None or by_format is None else by_format(number, doc)
            )
        proposals = _drafts_of_confirmed(gloss, docs) if said is not None else {}
        other_english: dict[int, tuple[str, Difference]] = {}
        if proposals and said is not None:
            # A draft row (an unconfirmed proposal: harvest --unknown's) that meets a confirmed entry says only the
            # forms it adds (user finding U38-25).
            by_reader: Callable[[int, dict[str, Any]], frozenset[str] | None] = said
            said = lambda number, doc: (  # noqa: E731
                (by_reader(number, doc) or frozenset(doc)) & _PROPOSAL_SAYS
                if number in proposals
                else by_reader(number, doc)
            )
            listed = ", ".join(sorted(set(proposals.values())))
            text = (
                f"{count_of(len(proposals), 'row is a draft', 'rows are drafts')} (not confirmed) of "
                f"{count_of(len(set(proposals.values())), 'confirmed entry', 'confirmed entries')} ({listed}): "
                "only their Chinese and English forms (forbidden ones too) and sources are merged, never their draft "
                "status, English, pinyin, type, roles or note (confirm the draft in its own glossary to merge it whole)"
            )
            other_english = _proposals_other_english(gloss, docs, proposals, by_reader)
            if drafts_over is not None:
                drafts_over.update(docs[number]["id"] for number in other_english)
            if other_english:
                first, (first_id, _) = next(iter(other_english.items()))
                shown = ", ".join(
                    f"{docs[number]['en']!r} for {stored_id!r}"
                    for number, (stored_id, _) in list(other_english.items())[:5]
                )
                text += (
                    f"; {count_of(len(other_english), 'of them writes', 'of them write')} another English ({shown}"
                    f"{', ...' if len(other_english) > 5 else ''}): a conflict, the confirmed English kept under every "
                    "--on-conflict, replace too (pass --on-conflict skip to import the rest; to take a draft's "
                    f"English, edit the entry: `zhgloss edit {first_id} --en {shlex.quote(docs[first]['en'])}`"
                    f"{_adopted_if_needed(gloss, first_id, docs[first]['en'])})"
                )
            from zhgloss.formats.table import ImportNote

            warnings.warn_explicit(ImportNote(text, name, 0), ImportNote, name, 0, module=__name__)
        # A row that writes itself confirmed (draft false) over a stored draft (the s39 review's R39-16).
        confirming = _drafts_confirmed_by(gloss, docs, marks, own) if said is not None else {}
        # A reader marks every entry it reads with its place, or none (CC-CEDICT's documents): the first one tells.
        places = [doc.pop(PLACE, None) for doc in docs] if docs and PLACE in docs[0] else []

        def refuse(number: int, exc: InvalidEntryError) -> FormatError | None:
            # An entry the store refuses (a form both accepted and forbidden, another entry's Chinese form as an
            # alias) is the row's fault: said with the file and the line, as a reader's refusals are. A document
            # without a place (CC-CEDICT's, whose forms its reader derives) is no row to fix: the store decides.
            if number >= len(places) or not places[number]:
                return None
            where, line = places[number]
            if exc.field == "zh_aliases" and _TAKEN_FORM_RE.fullmatch(exc.problem):
                # Another entry's Chinese form (`store._taken_form`): a conflict of this row, which the store files
                # (`WriteReport.taken`) and --on-conflict decides, not a refusal of the file.
                if taken_at is not None:
                    at = f"line {line}" if line else where.rstrip(": ")
                    taken_at[docs[number]["id"]] = f"{name!r}, {at}"
                return None
            return FormatError(name, f"{where}{exc}: fix the row (nothing was imported)", line)

        def note(number: int, text: str) -> None:
            # What the judge changed in a row, said with the file and the line, as a reader's notes are.
            from zhgloss.formats.table import ImportNote

            where, line = places[number] if number < len(places) and places[number] else ("", 0)
            # A TBX or MultiTerm record has no line, its place is its termEntry (`where`): line 0, said without a
            # line (user finding U38-16: a person concept's note crashed the import with a TypeError on None).
            line = line or 0
            warnings.warn_explicit(ImportNote(f"{where}{text}", name, line), ImportNote, name, line, module=__name__)

        def judge(number: int, doc: dict[str, Any], stored: dict[str, Any] | None) -> None:
            mark = marks[number] if marks else None
            if mark is not None:
                derived = {f for f, ids in (("pinyin", filled), ("zh_hant", filled_hant)) if doc["id"] in ids}
                if "type" not in mark and doc["id"] not in guessed:
                    # (A type read from the person's English, said as such, is no default to take back unsaid: the
                    # review's R47-1, 萧美琴 "Hsiao Bi-khim" said typed person and stored a name.)
                    derived.add("type")
                _refuse_what_add_refuses(number, doc, stored, refuse, note, derived)

        # Every row the store refuses is named, as a reader names each it refuses (`Refusals`).
        refused = Refusals("rows")
        target = gloss
        if dry_run:
            from zhgloss.store import Glossary

            target = Glossary()
            target.add_all(gloss.iter_entries())
        try:
            with target.transaction() if confirming or other_english else nullcontext():
                report = target.add_documents(
                    docs,
                    on_conflict,
                    said=said,
                    source=source,
                    refuse=refuse,
                    judge=judge if marks else None,
                    refused=refused.errors if places else None,
                )
                if confirming:
                    rows = {entry_id: docs[number]["id"] for number, entry_id in confirming.items()}
                    report = _confirm_drafts(target, report, rows, on_conflict, name)
                if other_english:
                    report = _proposals_in_conflict(report, docs, other_english, on_conflict)
        except FormatError:
            refused.raise_any()
            raise
        if filled:
            report = report._replace(pinyin_filled=tuple(entry_id for entry_id in report.added if entry_id in filled))
        return report._replace(homonyms=homonyms) if homonyms else report


_TAKEN_FORM_RE = re.compile(r"""(?:'.*'|".*") is also a form of entry '[^']*'""")
"""The problem `zhgloss.store._taken_form` says of a Chinese alias that is another entry's form."""


def _code_key(doc: dict[str, Any]) -> str | None:
    """The key of the stock code a stock_code document names (`zhgloss.tickers.ticker_key`): its Chinese written with
    the exchange ("0700.HK"), or digits alone that one of its English forms writes with the exchange ("00700" beside
    "0700.HK"), else None."""
    from zhgloss.tickers import ticker_key

    zh = doc.get("zh") or ""
    if doc.get("type") != "stock_code" or not zh:
        return None
    if not zh.isdigit():
        return ticker_key(zh)
    code = zh.lstrip("0") or "0"
    for form in (doc.get("en"), *(doc.get("aliases") or ())):
        key = ticker_key(form) if isinstance(form, str) else None
        if key is not None and key.rsplit(":", 1)[1] == code:
            return key
    return None


def _one_entry_a_code(docs: list[dict[str, Any]], source: str) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """`docs`, a reader's rows, with the stock_code rows that write one code otherwise made one entry: the first row's,
    the later rows' Chinese its Chinese aliases and their English its aliases, each said in a note (user finding
    U37-19: "0700.HK" and "00700" with the English "0700.HK" were two entries of one company, and validate warned
    that they shared an English). A code's spellings are one by `zhgloss.tickers.ticker_key`, the one reading of
    codes (0700.HK, HK:00700, 700.HK, SH600519; the digits alone where the row's English writes them with the
    exchange). A later row's company (`refers_to`) is the entry's where the first row names none.

    Two rows of one code that name two companies (refers_to 'tencent' and 'alibaba') contradict each other: no
    spelling to fold (the s39 review's R39-24: the second company was dropped without a word). As for two entries
    of one Chinese form (`UniqueEntries`), the file is refused (FormatError, nothing imported), or under --on-conflict
    skip (`homonyms_passed_over`) the later row is passed over and said: returned second, for `WriteReport.homonyms`."""
    first: dict[str, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    passed: list[str] = []
    for doc in docs:
        key = _code_key(doc) if doc.get("type") == "stock_code" else None
        kept = first.get(key) if key is not None else None
        if kept is None:
            if key is not None:
                first[key] = doc
            out.append(doc)
            continue
        where, line = doc.get(PLACE) or ("", 0)
        first_where, first_line = kept.get(PLACE) or ("", 0)
        at = f"line {first_line}" if first_line else first_where.rstrip(": ") or "an earlier row"
        theirs, ours = doc.get("refers_to"), kept.get("refers_to")
        if theirs and ours and theirs != ours:
            here = f"line {line}" if line else where.rstrip(": ") or "a later row"
            both = f"lines {first_line} and {line}" if first_line and line else f"{at} and {here}"
            problem = (
                f"has two entries for one stock code, {kept.get('zh')!r} and {doc.get('zh')!r} ({both}): the first "
                f"refers to {ours!r}, the second to {theirs!r}"
            )
            if not _HOMONYMS_PASSED.get():
                raise FormatError(
                    source,
                    f"{problem}; a stock code names one company: fix the row that names the wrong one, or pass "
                    "--on-conflict skip to import the others, the first of the two kept (nothing was imported)",
                )
            passed.append(f"{problem}; the later passed over, the first kept")
            continue
        if theirs and not ours:
            kept["refers_to"] = theirs
            if kept.get(SAID) is not None:
                kept[SAID] = kept[SAID] | {"refers_to"}
        forms = [kept.get("zh"), kept.get("zh_hant"), *kept["zh_aliases"]]
        added_zh = [f for f in (doc.get("zh"), doc.get("zh_hant"), *doc["zh_aliases"]) if f and f not in forms]
        kept["zh_aliases"] = [*kept["zh_aliases"], *dict.fromkeys(added_zh)]
        english = [kept.get("en"), *kept["aliases"]]
        added_en = [f for f in (doc.get("en"), *doc["aliases"]) if f and f not in english]
        kept["aliases"] = [*kept["aliases"], *dict.fromkeys(added_en)]
        kept["sources"] = list(dict.fromkeys([*(kept.get("sources") or ()), *(doc.get("sources") or ())]))
        if kept.get(SAID) is not None:
            kept[SAID] = kept[SAID] | {"zh_aliases", "aliases", "sources"}
        from zhgloss.formats.table import ImportNote

        text = (
            f"{where}{doc.get('zh')!r} is the stock code {kept.get('zh')!r} of {at} written otherwise: imported as "
            "one entry, its Chinese alias"
        )
        warnings.warn_explicit(ImportNote(text, source, line or 0), ImportNote, source, line or 0, module=__name__)
    return out, tuple(passed)


def _stored_codes(
    gloss: Glossary,
    docs: list[dict[str, Any]],
    says: frozenset[str] | None,
    fallbacks: tuple[tuple[str, Any], ...],
    source: str,
) -> None:
    """Make each stock_code row of `docs` that writes a code a stored stock_code entry of `gloss` writes otherwise
    ("00700" with the English "0700.HK", "HK:00700", "hk00700" where the entry is "0700.HK") a row of that entry: its
    Chinese made the entry's, the row's own Chinese its Chinese alias (said, as the file says it), and one note per
    row. The store then matches it by the Chinese, as any row of a stored entry, and --on-conflict decides whether
    the alias and the row's other fields are written.

    A stock code is one key however written (`_code_key`, by `zhgloss.tickers.ticker_key`); the store matches rows by
    their Chinese forms, so a file's "00700" beside a stored "0700.HK" made a second entry of one stock (the s39 and
    s40 tbl reports; within one file `_one_entry_a_code` folds them). A row whose Chinese is already a stored form
    is left to the store; a code two stored entries write (a glossary made before) picks neither. The glossary's
    stock codes are read only when the file has a keyed stock_code row (none in most files)."""
    keyed = [(doc, key) for doc in docs if doc.get("type") == "stock_code" and (key := _code_key(doc)) is not None]
    if not keyed or (gloss.path is not None and not gloss.path.exists()):
        return
    columns = gloss.entry_columns()
    owners: dict[str, set[int]] = {}
    forms: set[str] = set()
    for n, kind in enumerate(columns.type):
        zh = columns.zh[n]
        if kind != "stock_code" or not zh:
            continue
        stored = {"type": kind, "en": columns.en[n], "aliases": columns.aliases[n]}
        for form in (zh, columns.zh_hant[n], *columns.zh_aliases[n]):
            if form:
                forms.add(form)
                key = _code_key({**stored, "zh": form})
                if key is not None:
                    owners.setdefault(key, set()).add(n)
    from zhgloss.formats.table import ImportNote

    for doc, key in keyed:
        found = owners.get(key, set())
        if len(found) != 1 or doc["zh"] in forms or _is_stored_chinese(gloss, doc["zh"]):
            continue
        (n,) = found
        written = doc["zh"]
        doc["zh"] = columns.zh[n]
        doc["zh_aliases"] = list(dict.fromkeys([written, *doc["zh_aliases"]]))
        if SAID in doc:
            doc[SAID] = doc[SAID] | {"zh", "zh_aliases"}
        elif says is not None:
            doc[SAID] = says.difference(f for f, value in fallbacks if doc.get(f) == value) | {"zh", "zh_aliases"}
        where, line = doc.get(PLACE) or ("", 0)
        text = (
            f"{where}{written!r} is the stock code {columns.zh[n]!r} of the stored entry {columns.id[n]!r} written "
            "otherwise: matched to that entry, its Chinese alias"
        )
        warnings.warn_explicit(ImportNote(text, source, line or 0), ImportNote, source, line or 0, module=__name__)


def _bans_of_stored(gloss: Glossary, docs: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """`docs` with each ban of a stored entry (`BAN_OF_STORED`: a row banning renderings of a Chinese form its file
    holds no entry of) made a row of the entry of `gloss` that holds that Chinese: the stored entry's document with
    the banned forms added to its forbidden ones, saying its Chinese and forbidden forms alone, so that the store
    changes nothing else of it. Raise FormatError, every such row named with its line, where the glossary holds no
    entry of the Chinese or two do (nothing is imported)."""
    refused = Refusals()
    out: list[dict[str, Any]] = []
    for doc in docs:
        if not doc.pop(BAN_OF_STORED, False):
            out.append(doc)
            continue
        where, line = doc.get(PLACE) or ("", 0)
        zh = doc["zh"]
        said = ", ".join(repr(_banned_form(f)) for f in doc["forbidden"])
        hits = gloss.lookup_accepted(zh)
        owners = list({hit.entry.id: hit.entry for hit in hits if hit.field in _CHINESE_FIELDS}.values())
        if len(owners) != 1:
            held = "no entry" if not owners else f"{len(owners)} entries ({', '.join(e.id for e in owners)})"
            refused.add(
                FormatError(
                    name,
                    f"{where}the row bans {said} for {zh!r}, and neither the file nor the glossary gives {zh!r} one "
                    f"entry to ban it for (the glossary has {held}); add a row with its English, or drop this one",
                    line or None,
                )
            )
            continue
        (owner,) = owners
        stored = owner.to_dict()
        kept = list(stored.get("forbidden") or [])
        stored["forbidden"] = kept + [f for f in doc["forbidden"] if _banned_form(f) not in map(_banned_form, kept)]
        stored[PLACE] = doc.get(PLACE)
        stored[SAID] = frozenset({"zh", "forbidden"})
        out.append(stored)
    refused.raise_any()
    return out


def _banned_form(item: Any) -> str:
    """The form of a document's forbidden item (`ForbiddenForm.to_dict`'s, or a form alone)."""
    return str(item.get("form", "")) if isinstance(item, dict) else str(item)


def _is_stored_chinese(gloss: Glossary, form: str) -> bool:
    """Tell whether `form` is a Chinese form (zh, zh_hant, a Chinese alias) of an entry of `gloss`."""
    return any(hit.field in _CHINESE_FIELDS for hit in gloss.lookup_accepted(form))


_PROPOSAL_SAYS = frozenset(["id", "zh", "zh_hant", "zh_aliases", "aliases", "forbidden", "sources"])
"""What a draft row says of a confirmed entry it meets (`_drafts_of_confirmed`): its forms (the forbidden ones too: a
termbase concept with no accepted English term is a draft, and its bans were lost as "identical") and sources."""


def _drafts_of_confirmed(gloss: Glossary, docs: list[dict[str, Any]]) -> dict[int, str]:
    """The draft documents of `docs` (`draft`: an unconfirmed proposal, as `harvest --unknown --add` stores one) that
    meet a confirmed entry of `gloss` (one that is no draft) by their id or their Chinese, as number -> that entry's
    id.

    Such a row says only its forms and sources (`_PROPOSAL_SAYS`): a merge with --on-conflict replace adds a Chinese
    or English form the colleague's draft has, but never makes the team's confirmed entry a draft again, nor adds
    harvest's "Proposed by zhgloss harvest --unknown ... not confirmed" to its checked note, nor replaces its English,
    pinyin, type or roles with a proposal (user finding U38-25: merging a colleague's glossary turned the confirmed
    王小洪, with two dated roles and a note, into "draft, unverified"). Two drafts, or a confirmed row meeting a draft,
    merge as any rows do. Looked up only for the draft rows (none in most files)."""
    out: dict[int, str] = {}
    if not any(doc.get("draft") for doc in docs) or (gloss.path is not None and not gloss.path.exists()):
        return out  # no draft, or a glossary the import is about to create: nothing stored to meet
    for number, doc in enumerate(docs):
        if not doc.get("draft"):
            continue
        stored = gloss.find_by_id(doc["id"]) if isinstance(doc.get("id"), str) and doc["id"] else None
        if stored is None and doc.get("zh"):
            hits = [h.entry for h in gloss.lookup_accepted(doc["zh"]) if h.field in ("zh", "zh_hant", "zh_aliases")]
            stored = hits[0] if len({e.id for e in hits}) == 1 else None
        if stored is not None and not stored.draft:
            out[number] = stored.id
    return out


def _proposals_other_english(
    gloss: Glossary,
    docs: list[dict[str, Any]],
    proposals: dict[int, str],
    said: Callable[[int, dict[str, Any]], frozenset[str] | None],
) -> dict[int, tuple[str, Difference]]:
    """The draft rows of `proposals` (`_drafts_of_confirmed`: number -> the confirmed entry's id) that say an English
    (`said`, the fields each row says; None: all it has) that is none of that entry's English forms (its `en` and
    aliases), as number -> (the entry's id, the difference of `en`).

    Such a row says another English than the team confirmed: never written (a draft never overrides a confirmed
    entry, U38-25), but no identical row either (`_proposals_in_conflict`). A draft whose English is one of the
    entry's forms ("Wang Hsiao-hung", an alias) says nothing otherwise, nor does one whose English the reader
    proposed from its pinyin, the file giving none (a Chinese-source sheet's 雷军 with its English blank: "Leijun",
    not said: `zhgloss.formats.table.proposed_english`)."""
    from zhgloss.store import Difference

    out: dict[int, tuple[str, Difference]] = {}
    for number, stored_id in proposals.items():
        doc = docs[number]
        en = doc.get("en")
        if "en" not in (said(number, doc) or frozenset(doc)):
            continue
        stored = gloss.find_by_id(stored_id)
        if not en or stored is None or en == stored.en or en in stored.aliases:
            continue
        out[number] = (stored_id, Difference("en", en, stored.en))
    return out


def _proposals_in_conflict(
    report: WriteReport,
    docs: list[dict[str, Any]],
    other_english: dict[int, tuple[str, Difference]],
    on_conflict: OnConflict,
) -> WriteReport:
    """`report`, with each draft row of `other_english` (`_proposals_other_english`) a conflict of the field `en`
    under every --on-conflict: kept as stored, counted conflicting and named (`WriteReport.conflicts`), and under
    fail the import stopped (DuplicateEntryError, nothing written: the caller's transaction).

    The store read such a row only for its forms (`_PROPOSAL_SAYS`), so it found it identical and the summary said
    "1 skipped (already there, identical)" of a row whose English the team's entry does not have (the s41 tbl report's
    three strict xfails, U38-25's follow-up). A row that also adds a form under replace stays an update (its forms
    are merged), its English said in the import's note; under skip a row already in conflict gets `en` among its
    differing fields."""
    skipped, conflicts = list(report.skipped), list(report.conflicts)
    conflict_rows, conflict_fields = list(report.conflict_rows), list(report.conflict_fields)
    for number, (stored_id, difference) in other_english.items():
        if stored_id in conflicts:
            at = conflicts.index(stored_id)
            if all(d.field != "en" for d in conflict_fields[at]):
                conflict_fields[at] = [*conflict_fields[at], difference]
            continue
        if stored_id not in skipped:
            continue  # updated with the forms it adds (replace), said in the note
        if on_conflict == "fail":
            raise DuplicateEntryError(docs[number].get("zh") or stored_id, stored_id)
        skipped.remove(stored_id)
        conflicts.append(stored_id)
        conflict_rows.append(docs[number]["id"])
        conflict_fields.append([difference])
    return report._replace(
        skipped=skipped, conflicts=conflicts, conflict_rows=conflict_rows, conflict_fields=conflict_fields
    )


def _drafts_confirmed_by(
    gloss: Glossary, docs: list[dict[str, Any]], marks: list[frozenset[str] | None], own: bool
) -> dict[int, str]:
    """The documents of `docs` that write themselves confirmed and meet a draft entry of `gloss` by their id or a
    Chinese form, as number -> that draft's id (`_confirm_drafts`). A row writes itself confirmed where it is no draft
    and says its draft status: its reader's mark (`marks`, the fields each row says) holds `draft` (a draft column,
    Weblate's fuzzy), or, unmarked, it is a row of zhgloss's own files (`own`: a glossary, its JSON Lines, CSV or TBX
    export, whose every entry says whether it is a draft). A file with no draft column asks nothing; the stored
    entries are read (`Glossary.entry_columns`, a column at a time) only for a file that asks, and only while the
    glossary holds a draft."""
    asking: list[int] = []
    if not own and not marks:
        return {}  # rows no reader marks and no file of zhgloss's own (CC-CEDICT's lines): none says its draft
    for number, doc in enumerate(docs):
        mark = marks[number] if number < len(marks) else None
        if not doc.get("draft") and ("draft" in mark if mark is not None else own):
            asking.append(number)
    if not asking or gloss.path is None or not gloss.path.exists():
        return {}
    columns = gloss.entry_columns()
    drafts = [at for at, draft in enumerate(columns.draft) if draft]
    if not drafts:
        return {}
    by_id = {columns.id[at]: columns.id[at] for at in drafts}
    by_form: dict[str, str] = {}
    for at in drafts:
        for form in (columns.zh[at], columns.zh_hant[at], *columns.zh_aliases[at]):
            if form:
                by_form.setdefault(form, columns.id[at])
    out: dict[int, str] = {}
    for number in asking:
        doc = docs[number]
        found = (
            by_id.get(doc.get("id") or "") or by_form.get(doc.get("zh") or "") or by_form.get(doc.get("zh_hant") or "")
        )
        if found is not None:
            out[number] = found
    return out


def _confirm_drafts(
    gloss: Glossary, report: WriteReport, rows: dict[str, str], on_conflict: OnConflict, source: str
) -> WriteReport:
    """`report`, with the drafts of `gloss` that rows of the file write confirmed (`_drafts_confirmed_by`: `rows`,
    each draft's id -> the id of the row that met it) confirmed under --on-conflict replace, as `zhgloss edit
    --confirm` confirms one (draft cleared, harvest's "not confirmed" note made `zhgloss.curate.CONFIRMED_NOTE`), each
    an update whose change says draft False (stored True).

    The s39 review's R39-16 (U38-25's other direction): a desk's confirmed row ("draft": false, a draft column "false")
    merged with replace into a stored draft left it a draft, and a sheet said "1 skipped (already there, identical)":
    a flag written false says nothing to the store (`zhgloss.store.is_said`: an export writes draft false for every
    confirmed entry), so the import confirms here. Only a draft the row met (updated, or identical) is confirmed;
    under skip or fail, and for a draft whose English is still a placeholder (`zhgloss.curate.placeholder_en`, which
    `edit --confirm` refuses too), it is kept a draft and one note says so and how to confirm it.

    A kept draft the store found identical otherwise is no identical row (the s40 review's R40-21: "1 skipped (already
    there, identical)" was said under the note that they differ): it is a conflict of the field draft, counted and
    named with the others (`WriteReport.conflicts`), and under fail it stops the import as any conflict does
    (DuplicateEntryError, nothing written: the caller's transaction)."""
    from zhgloss.curate import confirmed_note, placeholder_en
    from zhgloss.formats.table import ImportNote
    from zhgloss.store import Difference

    # The drafts the rows met: merged, identical, or (under skip) kept for a conflict of another field.
    met = set(report.updated) | set(report.skipped) | set(report.conflicts)
    ids = [entry_id for entry_id in rows if entry_id in met]
    kept: list[str] = []
    updated, skipped, changes = list(report.updated), list(report.skipped), dict(report.changes)
    conflicts, conflict_rows = list(report.conflicts), list(report.conflict_rows)
    conflict_fields = list(report.conflict_fields)
    for entry_id in ids:
        entry = gloss.find_by_id(entry_id)
        if entry is None or not entry.draft:
            continue
        if on_conflict != "replace" or placeholder_en(entry) is not None:
            kept.append(entry_id)
            if entry_id in skipped:
                # Identical but for the draft the row writes confirmed: a conflict of that field, kept as it is.
                if on_conflict == "fail":
                    raise DuplicateEntryError(entry.zh or entry_id, entry_id)
                skipped.remove(entry_id)
                conflicts.append(entry_id)
                conflict_rows.append(rows[entry_id])
                conflict_fields.append([Difference("draft", False, True)])
            continue
        confirmed = entry.replace(draft=False, note=confirmed_note(entry.note))
        gloss.update(confirmed)
        said = [Difference("draft", False, True)]
        if confirmed.note != entry.note:
            said.append(Difference("note", confirmed.note, entry.note))
        changes[entry_id] = [*changes.get(entry_id, []), *said]
        if entry_id in skipped:
            skipped.remove(entry_id)
            updated.append(entry_id)
    if kept:
        how = (
            "its English is still a placeholder: write the name's own spelling"
            if on_conflict == "replace"
            else "pass --on-conflict replace to confirm it from the file"
        )
        text = (
            f"{count_of(len(kept), 'row is', 'rows are')} confirmed where the glossary stores a draft "
            f"({', '.join(map(repr, kept[:5]))}{', ...' if len(kept) > 5 else ''}): kept a draft; {how}, or confirm it "
            f"with `zhgloss edit {kept[0]} --confirm`"
        )
        warnings.warn_explicit(ImportNote(text, source, 0), ImportNote, source, 0, module=__name__)
    return report._replace(
        updated=updated,
        skipped=skipped,
        changes=changes,
        conflicts=conflicts,
        conflict_rows=conflict_rows,
        conflict_fields=conflict_fields,
    )


def _every_field(_: int, doc: dict[str, Any]) -> frozenset[str]:
    """The fields a document of zhgloss's own files says: all it has (`import_documents`)."""
    return frozenset(doc)


_CHINESE_FIELDS = frozenset(["zh", "zh_hant", "zh_aliases"])


def _fill_pinyin(docs: list[dict[str, Any]], says: frozenset[str] | None) -> set[str]:
    """Give each of another tool's rows that has Chinese and no pinyin the pinyin `add` writes for a name of its
    type (`zhgloss.curate.fill_pinyin`); return the ids of those filled (user U32-3: an entry imported from a table,
    TBX or another tool's JSON had none, so lookup by pinyin, `annotate -g pinyin` and `lookup --field pinyin`
    answered nothing, in silence, for a name `add` makes findable).

    The file's own pinyin (a column, a field, a TBX pronunciation) wins: only an empty one is filled. The filled
    pinyin is not said (`SAID`): it never changes a stored entry's. A row whose type the file does not say (a
    table's or TBX's fallback, `zhgloss.formats.table.untyped_type`) is read as a person where its English spells
    the person's reading word for word ("Wang Yi", "Zeng Guofan" for 曾国藩: Zēng, the surname's reading), as a
    surname where its note names it one (於 "surname Yu": Yū, `_noted_surname`), else as the type it has. zhgloss's
    own files (every field said) are stored as written."""
    from zhgloss.script import has_cjk

    filled: set[str] = set()
    for doc in docs:
        zh, marked = doc.get("zh"), doc.get(SAID)
        if doc.get("pinyin") is not None or not zh or (marked is None and says is None) or not has_cjk(zh):
            continue
        typed = "type" in (marked if marked is not None else says or ())
        kind = doc.get("type") or "name"
        if not typed and len(zh) <= 2 and _noted_surname(doc):
            kind = "surname"  # a row noted "surname Yu" (於) is read as the surname, Yū, as its Chinese was written
        pinyin = _derived_pinyin(zh, kind, doc.get("en"), typed=typed or kind == "surname")
        if pinyin is None:
            continue
        doc["pinyin"] = pinyin
        if marked is not None and "pinyin" in marked:
            doc[SAID] = frozenset(marked) - {"pinyin"}
        filled.add(doc["id"])
    return filled


def _adopted_if_needed(gloss: Glossary, entry_id: str, en: str) -> str:
    """What to add to the edit that gives the stored entry `entry_id` the English `en` where it needs --adopted (a
    person's English that does not spell the pinyin: `zhgloss.curate.english_needs_adopted`); else ""."""
    from zhgloss.curate import english_needs_adopted

    stored = gloss.find_by_id(entry_id)
    if stored is None or not english_needs_adopted(stored, en):
        return ""
    return ", adding --adopted if it is the person's own name: it does not spell the pinyin"


def _noted_surname(doc: dict[str, Any]) -> bool:
    """Tell whether an untyped row's note names it a surname by its English (`zhgloss.index.note_names_surname`:
    "surname Yu" beside "Yu"), as `zhgloss.formats.tbx.simplified_form` reads it to write its Chinese."""
    from zhgloss.index import note_names_surname

    return note_names_surname(doc.get("note"), [doc.get("en"), *(doc.get("aliases") or [])])


def _fill_zh_hant(docs: list[dict[str, Any]], says: frozenset[str] | None) -> set[str]:
    """Give each of another tool's rows that has simplified Chinese and no traditional form the one `add` writes for a
    name of its type (`zhgloss.curate.fill_zh_hant`: a person's by the name rules, 余承东 -> 余承東, 朱镕基 -> 朱鎔基;
    else OpenCC's s2tw, 华为 -> 華為); user U35-1: a sheet's entry had none, so its card showed no traditional form,
    `lookup --field zh_hant` printed an empty line and a null zh_hant read as "the same in both scripts".

    The file's own traditional form (a zh_hant column, a zh-TW term) wins. The filled form is not said (`SAID`): it
    never changes a stored entry's. A row whose type the file does not say is read as a person where its English
    reads as the person's (`_reads_as_person`), as its pinyin is (`_fill_pinyin`). zhgloss's own files (every field
    said) are stored as written. Return the ids of the documents filled."""
    from zhgloss.curate import fill_zh_hant
    from zhgloss.script import has_cjk

    filled: set[str] = set()
    for doc in docs:
        zh, marked = doc.get("zh"), doc.get(SAID)
        if doc.get("zh_hant") is not None or not zh or (marked is None and says is None) or not has_cjk(zh):
            continue
        kind = doc.get("type") or "name"
        typed = "type" in (marked if marked is not None else says or ())
        if not typed and kind not in ("person", "nickname") and doc.get("en") and _reads_as_person(zh, doc["en"]):
            kind = "person"
        try:
            hant = fill_zh_hant(zh, kind)
        except ZhglossError:
            continue
        if not hant or hant == zh or hant in (doc.get("zh_aliases") or ()):
            continue
        doc["zh_hant"] = hant
        filled.add(doc["id"])
        if marked is not None and "zh_hant" in marked:
            doc[SAID] = frozenset(marked) - {"zh_hant"}
    return filled


def _persons_by_english(docs: list[dict[str, Any]], says: frozenset[str] | None, source: str) -> list[str]:
    """Type `person` each of a reader's rows whose file does not say its type (the type `untyped_type` gave it,
    `name`) and whose English reads as the person's name (`_reads_as_person`: all the pinyin of a surname and a given
    name, "Wang Xiaohong" for 王小洪, or an adopted name over the surname's spelling, "Pony Ma"), and say so in one
    note, as a guess (README: "a guess is labelled as a guess"); return their ids.

    User finding U38-7: a team's two-column sheet (zh,en) of officials stored 王小洪 "Wang Xiaohong" and 吴政隆 "Wu
    Zhenglong" as untyped names, which annotate passes over after a title of office (公安部部长王小洪: README's rule
    for an untyped name after a title, meant for CC-CEDICT's 奥特曼), while the import had filled their pinyin as a
    person's. The same reading now types them, as it fills their pinyin and traditional form (`_fill_pinyin`,
    `_fill_zh_hant`). The type is not said (`SAID`): it never changes a stored entry's type. Rows of zhgloss's own
    files (every field said) and rows whose file has a type column are as written.

    A word of the language is no such guess (the review's R40-14: 黄山 "Huang Shan", 江南 "Jiang Nan", 平安 "Ping An",
    高铁 "Gao Tie" read as a surname and a given name): a Chinese form jieba's dictionary counts
    (`zhgloss.segment.bundled_counts`, data/word_counts.tsv) stays a name unless CC-CEDICT lists a person of it
    (`zhgloss.people.cedict_persons`: 周恩来, 李娜, 曾国藩). Officials a team adds (王小洪, 吴政隆) are in
    neither, and are typed; a person jieba counts and CC-CEDICT does not list (李强) stays a name, as before."""
    from zhgloss.script import has_cjk

    typed: list[tuple[str, str, str]] = []
    listed: list[tuple[str, str, str]] = []
    foreign: list[tuple[str, str, str]] = []
    for doc in docs:
        zh, en, marked = doc.get("zh"), doc.get("en"), doc.get(SAID)
        if doc.get("type") != "name" or not zh or not en or (marked is None and says is None):
            continue
        if "type" in (marked if marked is not None else says or ()) or not has_cjk(zh):
            continue
        if _reads_as_person(zh, en) and not _is_a_word(zh):
            doc["type"] = "person"
            typed.append((doc["id"], zh, en))
        elif _is_cedict_english(zh, en) and _reads_as_chinese_name(zh):
            # No guess: CC-CEDICT lists this person with this English (成龙 "Jackie Chan", 郭台铭 "Terry Gou", 邓紫棋
            # "G.E.M."), whose words read as no romanization of the name (the review's R47-1).
            doc["type"] = "person"
            listed.append((doc["id"], zh, en))
        elif _types_foreign_person(zh, en):
            # As `zhgloss add` types it, by the same guess, said alike (the review's R48-1 addendum: 默茨 "Friedrich
            # Merz" stored untyped, so check did not read "Merz also said" as his second mention).
            doc["type"] = "person"
            foreign.append((doc["id"], zh, en))
    if foreign:
        from zhgloss.formats.table import ImportNote

        text = (
            f"typed {count_of(len(foreign), 'row', 'rows')} the file gives no type person, a guess, as add types "
            "them: each reads as a transliterated or Japanese name, which a company's or a brand's is as often as a "
            f"person's ({_shown(foreign)}); give the file a type column to say otherwise"
        )
        warnings.warn_explicit(ImportNote(text, source, 0), ImportNote, source, 0, module=__name__)
    if listed:
        from zhgloss.formats.table import ImportNote

        text = (
            f"typed {count_of(len(listed), 'row', 'rows')} the file gives no type person: CC-CEDICT lists each as a "
            f"person with this English ({_shown(listed)}); give the file a type column to say otherwise"
        )
        warnings.warn_explicit(ImportNote(text, source, 0), ImportNote, source, 0, module=__name__)
    if typed:
        from zhgloss.formats.table import ImportNote

        text = (
            f"typed {count_of(len(typed), 'row', 'rows')} the file gives no type person, a guess: the English spells "
            f"the Chinese as a person's name ({_shown(typed)}); give the file a type column to say otherwise"
        )
        warnings.warn_explicit(ImportNote(text, source, 0), ImportNote, source, 0, module=__name__)
    return [entry_id for entry_id, _, _ in typed + listed]


_PERSON_WORD_RE = re.compile(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)*|[A-Z]\.|von|van|der|den|de|du|da|di|la|le|bin|al")
"""A word of a foreign person's English name: capitalised ("Friedrich", "Merz", "Kramp-Karrenbauer", "O'Neill"), an
initial ("J."), a particle ("von", "de")."""


def _types_foreign_person(zh: str, en: str) -> bool:
    """Tell whether `zhgloss add` types `zh`, given with its English `en` and no type, a person by its guess:
    `zhgloss.curate.person_guess` reads the name as transliterated or Japanese, and add refuses neither the form
    (`untyped_word`: a common word, a thing CC-CEDICT lists: 特斯拉, 阿里巴巴) nor the English (`untyped_english`).
    The English must read as a person's full name, as a sheet writes a foreign person: two to four words, the first
    and the last capitalised, particles and initials between (annotate's rule for a sheet's untyped person after a
    title, R48-1): add asks no English of a transliterated name, a sheet gives one, and one word ("Ultraman" for
    奥特曼, "CATL", "NIO") names a brand or a character as often. Where the person's rules then refuse the row, the
    import's judge types it back (`_refuse_what_add_refuses`)."""
    words = en.split()
    if not 2 <= len(words) <= 4 or not all(_PERSON_WORD_RE.fullmatch(word) for word in words):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    from zhgloss.forms import company_short_forms

    if company_short_forms(en):
        return False  # a company's legal, holding or trade words: "Alibaba Group Holding Limited" is no person's
    from zhgloss.curate import chinese_input, person_guess, untyped_english, untyped_word
    from zhgloss.pinyin import name_origin

    if person_guess(zh) is None or untyped_word(zh) is not None or untyped_english(zh, en) is not None:
        return False
    try:
        return name_origin(chinese_input(zh)) != "chinese"
    except ZhglossError:
        return False


def _shown(rows: list[tuple[str, str, str]]) -> str:
    """The first `_NAMES_SHOWN` of `rows` (id, zh, en) as a note names them ("成龙 'Jackie Chan'"), the rest counted."""
    more = len(rows) - _NAMES_SHOWN
    return ", ".join(f"{zh} {en!r}" for _, zh, en in rows[:_NAMES_SHOWN]) + (f", and {more} more" if more > 0 else "")


def _reads_as_chinese_name(zh: str) -> bool:
    """Tell whether the romanizer reads `zh` as a Chinese surname and given name, by no guess
    (`zhgloss.pinyin.chinese_guess_reason`): a person typed so gets a Chinese name's pinyin (Guō Táimíng), while a
    transliterated one (容克 Juncker, read "Róng Kè" only by a guess) is left the untyped name it was, its pinyin one
    word."""
    from zhgloss.pinyin import chinese_guess_reason, romanize

    try:
        return romanize(zh).surname_known and chinese_guess_reason(zh) is None
    except ZhglossError:
        return False


def _is_cedict_english(zh: str, en: str) -> bool:
    """Tell whether CC-CEDICT lists the person `zh` with the English `en`, where that English is not what `add` makes
    of the pinyin (`zhgloss.curate.cedict_english`: data/cedict_person_english.tsv, 1,713 people), compared as keys
    (case and punctuation aside: "G.E.M.", "GEM")."""
    from zhgloss.curate import cedict_english
    from zhgloss.script import en_key

    listed = cedict_english(zh)
    return listed is not None and en_key(listed) == en_key(en)


def own_english(entry: Entry) -> str | None:
    """Why a person's English that spells no pinyin validate reads (en-mismatch) is the person's own English, or None:
    CC-CEDICT lists the person with it (成龙 "Jackie Chan", 郭台铭 "Terry Gou"), or it writes the name in the Chinese
    order as Taiwan and Hong Kong do, the surname spelt as a word of its own and a given name of one romanized part a
    character (萧美琴 "Hsiao Bi-khim", Hokkien: `zhgloss.adopted.chinese_order_parts`). A slip in pinyin ("Ma Yin" for
    马云) is neither, and stays a doubt for validate (the review's R47-1, R47-2)."""
    from zhgloss.adopted import ROMANIZED_GIVEN, chinese_order_parts
    from zhgloss.syllables import SYLLABLES

    zh = entry.zh or ""
    if _is_cedict_english(zh, entry.en):
        return "is CC-CEDICT's English for this person"
    words = entry.en.split()
    # A given name of pinyin syllables only ("Lee Ming-shi" for 李昌镐) is in a romanization validate reads, and
    # spells other characters: a slip, not a Hokkien or Cantonese spelling (test_validate_korean_s31).
    if (
        len(words) >= 2
        and ROMANIZED_GIVEN.fullmatch(words[-1])
        and not all(part.lower() in SYLLABLES for part in words[-1].split("-"))
        and chinese_order_parts(zh, entry.en, True)
    ):
        return "writes the name in the Chinese order as Taiwan and Hong Kong do, in a romanization validate cannot read"
    return None


_NAMES_SHOWN = 8
"""How many rows a note of `_persons_by_english` names; it counts the rest."""


def _is_a_word(zh: str) -> bool:
    """Tell whether `zh` is a word of the language rather than a person's name (`_persons_by_english`): jieba's
    dictionary counts it (data/word_counts.tsv: 江南 4,986, 黄山 486) and CC-CEDICT lists no person of that form
    (data/cedict_persons.txt)."""
    from zhgloss.segment import bundled_counts

    return bool(bundled_counts().get(zh)) and zh not in _cedict_persons()


@functools.cache
def _cedict_persons() -> frozenset[str]:
    """`zhgloss.people.cedict_persons`, read once per process (4,676 forms)."""
    from zhgloss.people import cedict_persons

    return cedict_persons()


def _derived_pinyin(zh: str, kind: str, en: str | None, *, typed: bool) -> str | None:
    """The pinyin `add` writes for `zh` of type `kind` with English `en` (`zhgloss.curate.fill_pinyin`); where the
    file does not say the type (`typed` false), a person's (surname, then given name) where `en` reads as a person's
    English (`_reads_as_person`)."""
    from zhgloss.curate import fill_pinyin

    try:
        if not typed and kind not in ("person", "nickname") and en and _reads_as_person(zh, en):
            pinyin = fill_pinyin(zh, "person", en)
        else:
            pinyin = fill_pinyin(zh, kind, en)
        # Only a pinyin an entry takes: a reading that keeps a bracket of the Chinese (联想（北京）有限公司 →
        # "Liánxiǎng ( Běijīng ) …") is none, and a filled document is stored unchecked (the s33 review's R10).
        # Letters, tone marks and spaces alone are pinyin: the entry's check is asked only of the others.
        if pinyin is not None and not _PLAIN_PINYIN_CHARS.issuperset(pinyin):
            Entry.from_dict({"id": "x", "type": "term", "zh": zh, "en": "x", "pinyin": pinyin})
    except ZhglossError:  # a character no reading is known for ('𪢠'), or no pinyin: left without, as before
        return None
    return pinyin


_PLAIN_PINYIN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' -\u00b7āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ"
)
"""Characters a pinyin of which alone `zhgloss.model.Entry` always takes (`_derived_pinyin`)."""


@functools.lru_cache(maxsize=8192)
def _reads_as_person(zh: str, en: str) -> bool:
    """Tell whether an untyped row's English `en` (two or three words) names `zh` as a person: `zh` is two to four
    characters after a surname the romanizer knows, and `en` is all toneless pinyin of its syllables ("Wang Yi",
    "Zeng Guofan" for 曾国藩) or has a spelling of the surname as a word of its own ("Pony Ma" for 马化腾, "John Lee"
    for 李家超, "Li Ka-shing": `zhgloss.adopted.surname_keys`, pinyin, Wade-Giles and Hong Kong's). Cheap where it is
    no person: most rows fail on the length or word count before the romanizer is asked. Kept per (zh, en): an import
    asks it of a row up to four times (its type, pinyin and traditional form, a pinyin cell's reading)."""
    from zhgloss.pinyin import romanize

    words = [word.strip(".,").lower() for word in en.split()]
    if not 2 <= len(words) <= 3 or not 2 <= len(zh) <= 4:
        return False
    try:
        if not romanize(zh).surname_known:
            return False
    except ZhglossError:  # a name with Latin letters or a character of no known reading (三K党): no person's
        return False
    from zhgloss.adopted import surname_keys
    from zhgloss.script import en_key

    keys = surname_keys(zh)
    return any(en_key(word) in keys for word in words) or _pinyin_words(words, len(zh))


def _pinyin_words(words: list[str], syllables: int) -> bool:
    """Tell whether lower-cased `words` are toneless pinyin of `syllables` syllables in all ("wang yi")."""
    from zhgloss.pinyin import cut_syllables

    cuts = [cut_syllables(word.replace("-", "").replace("'", "")) for word in words]
    return all(cut is not None for cut in cuts) and sum(len(cut or ()) for cut in cuts) == syllables


def _in_chinese_characters(doc: dict[str, Any]) -> None:
    """Store a name a file gives in Japanese character forms as `add` stores it (`zhgloss.curate.chinese_forms`):
    in the Chinese characters it stands for in both scripts, the typed form a Chinese alias (a row `黒澤明,Kurosawa
    Akira` -> zh 黑泽明, zh_hant 黑澤明, zh_aliases [黒澤明]; the review's R13). Every reader's documents pass here
    (`import_documents`), so a table, a JSON Lines file, a TBX termEntry and a workbook store one entry alike (a
    table's reader converts zh itself and keeps the typed form as zh_hant: `chinese_forms` reads that too). The
    document, if marked with what it says (`SAID`), then says all three Chinese fields."""
    from zhgloss.convert import has_japanese_form

    zh, hant = doc.get("zh"), doc.get("zh_hant")
    typed = zh or hant
    if not typed or not any(form and has_japanese_form(form) for form in (zh, hant)):
        return
    from zhgloss.curate import chinese_forms

    new_zh, new_hant, aliases = chinese_forms(typed, hant if zh else None, doc.get("type") or "person")
    doc["zh"], doc["zh_hant"] = new_zh, new_hant if new_hant != new_zh else None
    doc["zh_aliases"] = list(dict.fromkeys([*(doc.get("zh_aliases") or ()), *aliases]))
    if SAID in doc and doc[SAID] is not None:
        doc[SAID] = frozenset(doc[SAID]) | _CHINESE_FIELDS


def _refuse_what_add_refuses(
    number: int,
    doc: dict[str, Any],
    stored: dict[str, Any] | None,
    refuse: Callable[[int, InvalidEntryError], FormatError | None],
    note: Callable[[int, str], None],
    derived: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Raise `refuse`'s error if `doc`, the nth document of another tool's file as it is to be written (over `stored`,
    if it meets a stored entry), has an error `zhgloss.validate.check_entry` finds (the one rule of `add`, `edit` and
    `validate`): an import that succeeds never leaves an entry `validate` then calls wrong (issue 9; user findings
    U35-37, pinyin read as English, "Léi Jūn"; U35-45, an alias "Ma Yun (Jack)"; U30-9, 单田芳 "Dan Tianfang"). Of an
    entry a row changes, only what the row changed is judged (`check_entry`'s `before`): a problem the stored entry
    had is validate's, as it is edit's. A field the import derived (`derived`: the pinyin or traditional form filled
    as `add` fills them, `_fill_pinyin`, `_fill_zh_hant`) that validate calls wrong is no fault of the row: it is left
    out, as where no form can be derived (CC-CEDICT's 张敞 "Zhang Chang": 敞 read cháng after the English); a new
    entry's type the file does not say (a JSON object without one: the default, person) becomes what a termbase's
    untyped row gets (`zhgloss.formats.table.untyped_type`: 腾讯 "Tencent" a name) where a person's rules would refuse
    it. An
    entry whose characters the rules cannot read ("π日") is left to validate, which reports it, as before.

    One error is no row's fault but the import's reading: a person's English that spells no pinyin of the name, of an
    adopted name's shape ("Richard Liu" for 刘强东: `zhgloss.formats.table.reads_as_adopted_name`), is marked
    `en_adopted` and said by `note(n, text)`, as a new row's is when it is read (user U35-20: a row that replaced a
    stored person's English left it unmarked). Any other English that spells no pinyin of the name is imported as
    written and said, for validate to list: a doubt, not a fault (Taiwan's "You Si-kun", a slip "Ma Yin"), unless it
    reads the surname as no surname is read (单田芳 "Dan Tianfang": 单 is Shàn). Else the row is refused with its line
    and the fix.

    Cost: ~0.3 ms a document on a quiet core (the pinyin rule most of it); zhgloss's own files (every field said)
    and CC-CEDICT (its readings the dictionary's, its English marked adopted) are not asked (`import_documents`)."""
    if stored is not None and all(doc.get(f) == stored.get(f) for f in doc):
        return
    from zhgloss.formats.table import adopted_note, reads_as_adopted_name, untyped_type
    from zhgloss.validate import check_entry

    entry = Entry.from_dict(doc)
    before = Entry.from_dict(stored) if stored is not None else None

    def errors_of(entry: Entry) -> list[Problem] | None:
        try:
            return [p for p in check_entry(entry, before=before) if p.severity == "error"]
        except ZhglossError:
            return None  # no reading known for a character: validate's to report

    errors = errors_of(entry)
    if not errors:
        return
    wrong = {p.field for p in errors} & set(derived)
    if wrong & {"pinyin", "zh_hant"}:
        entry = entry.replace(**dict.fromkeys(wrong & {"pinyin", "zh_hant"}))
        _rebuilt(doc, entry)
        errors = errors_of(entry)
        if not errors:
            return
    codes = {p.code for p in errors}
    if (
        codes == {"en-mismatch"}
        and not entry.en_adopted
        and reads_as_adopted_name(entry, codes)
        and not _misreads_surname(entry)
    ):
        _rebuilt(doc, entry.replace(en_adopted=True))
        note(number, adopted_note(entry))
        return
    if codes == {"en-mismatch"} and not entry.en_adopted and not _misreads_surname(entry):
        own = own_english(entry)
        if own is not None:
            _rebuilt(doc, entry.replace(en_adopted=True))
            note(number, f"en {entry.en!r} {own}: imported as the person's own English name (en_adopted)")
            return
    if stored is None and "type" in derived and entry.type == "person" and all(p.field == "en" for p in errors):
        retyped = entry.replace(type=untyped_type(entry.en))
        if not errors_of(retyped):
            _rebuilt(doc, retyped)
            return
    if codes == {"en-mismatch"} and not _misreads_surname(entry):
        # An English that spells no reading zhgloss knows is a doubt, not a fault the file can be refused for: Taiwan's
        # own romanizations ("You Si-kun" 游锡堃, "Hsiao Bi-khim" 萧美琴: the review's R36-15) read so, as a slip does
        # ("Ma Yin" for 马云). The row is imported as the file writes it and said; validate reports it to judge.
        note(number, f"{_as_for_a_file(errors[0].message)} (imported as written; `zhgloss validate` lists it)")
        return
    problem = errors[0]
    exc = InvalidEntryError(problem.field, _as_for_a_file(problem.message), doc["id"])
    raise refuse(number, exc) or exc


def _rebuilt(doc: dict[str, Any], entry: Entry) -> None:
    """Make `doc` `entry`'s document, in place: the store writes each document as its entry's own `to_dict()`."""
    doc.clear()
    doc.update(entry.to_dict())


def _misreads_surname(entry: Entry) -> bool:
    """Tell whether a person's English that `add` refuses (en-mismatch) writes the given name's pinyin after another
    surname word: 单田芳 "Dan Tianfang" (单 as a surname is Shàn), 曾国藩 "Ceng Guofan", 乐毅 "Le Yi". A row whose given
    name is no pinyin ("Richard Yu" for 余承东, "Jack Ma": adopted Western names a team sheet does not mark) or whose
    English is in another order is left to `validate`, as before: an import cannot ask, as add does, whether the
    name is adopted, and a sheet of such names is common."""
    from zhgloss.pinyin import en_matches_pinyin, romanize

    words = entry.en.split()
    given = (entry.pinyin or romanize(entry.zh or "").pinyin).split()[1:]
    return len(words) >= 2 and bool(given) and en_matches_pinyin(" ".join(words[1:]), " ".join(given))


def _as_for_a_file(message: str) -> str:
    """`message`, a problem `add` reports, with its advice told for a row of a file instead of a command's options."""
    message = re.sub(r" \(zhgloss edit [^)]*\)", "", message)
    message = message.replace("say so with --adopted", "say so in an en_adopted column (true)")
    return re.sub(r"pass --pinyin ('[^']*')", r"\1 in a pinyin column", message)


def _unlink_dangling_references(gloss: Glossary, docs: list[dict[str, Any]], source: str) -> None:
    """Unlink what a document links to that is no entry of the glossary nor of the file, keeping what it says, and
    say it once: a role's org_id is dropped (the role keeps the organisation's name), a refers_to is dropped and kept
    in the note ("refers to 'lei-jun', no entry of this glossary"). One rule for both links (user finding U34-17: an
    `export --type person` imported with 43 validate errors, its roles' org_ids naming nothing, while an `export
    --type nickname` was refused whole for its refers_to)."""
    known = {doc.get("id") for doc in docs}
    stored: set[str] | None = None

    def exists(entry_id: str) -> bool:
        nonlocal stored
        if entry_id in known:
            return True
        if stored is None:
            stored = set(gloss.entry_ids())
        return entry_id in stored

    roles: list[str] = []
    references: list[str] = []
    first: dict[str, Any] | None = None
    for doc in docs:
        target = doc.get("refers_to")
        if target and not exists(target):
            doc["refers_to"] = None
            said = f"refers to {target!r}, no entry of this glossary"
            doc["note"] = "; ".join(part for part in (doc.get("note"), said) if part)
            references.append(f"{doc.get('id')!r} -> {target!r}")
            first = first or doc
        for role in doc.get("roles") or ():
            org_id = role.get("org_id")
            if org_id and not exists(org_id):
                role["org_id"] = None
                role["org"] = role.get("org") or org_id
                roles.append(org_id)
                first = first or doc
    if first is None:
        return
    import warnings

    from zhgloss.formats.table import ImportNote

    parts = []
    if roles:
        named = ", ".join(repr(org) for org in dict.fromkeys(roles))
        parts.append(
            f"{len(roles):,} roles' organisation ids name no entry here ({named}): their names are kept, unlinked"
        )
    if references:
        parts.append(f"{len(references):,} refers_to name no entry here ({', '.join(references)}): kept in the note")
    name = source
    line = (first.get(PLACE) or ("", 1))[1] or 1
    text = "; ".join(parts) + " (import the entries they name, then link them with zhgloss edit)"
    warnings.warn_explicit(ImportNote(text, name, line), ImportNote, name, line, module=__name__)


MAX_INPUT_BYTES = 128 * 2**20
"""Largest file read whole (an import file, once unpacked; a bilingual XLIFF): 128 MiB.

The whole of CC-CEDICT is 10 MiB unpacked. The cap stops a decompression bomb (1 MB of gzip
holding 1 GiB) or a runaway file before it fills memory.
"""


def too_big(source: str, what: str = "") -> FormatError:
    """Return the error for an input over MAX_INPUT_BYTES."""
    return FormatError(source, f"is larger than {MAX_INPUT_BYTES // 2**20} MiB{what}; zhgloss reads no more than that")


def read_limited(fp: IO[bytes], source: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read all of binary `fp`, but raise FormatError rather than read more than `limit` bytes."""
    raw = fp.read(limit + 1)
    if len(raw) > limit:
        raise too_big(source)
    return raw


def gunzip_limited(raw: bytes, source: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Unpack gzip `raw` (every member), refusing to produce more than `limit` bytes; raise FormatError."""
    import zlib

    out: list[bytes] = []
    size = 0
    while raw:
        inflater = zlib.decompressobj(wbits=31)  # 31: a gzip header and trailer
        try:
            while True:
                # At most what is left of the budget plus one byte: a bomb stops at the budget.
                piece = inflater.decompress(raw, limit - size + 1)
                size += len(piece)
                out.append(piece)
                if size > limit:
                    raise too_big(source, " unpacked")
                raw = inflater.unconsumed_tail
                if not raw or inflater.eof:
                    break
        except zlib.error as exc:
            raise FormatError(source, f"is a damaged gzip file ({exc})") from None
        if not inflater.eof:
            raise FormatError(source, "is a damaged gzip file (it ends early)")
        raw = inflater.unused_data.lstrip(b"\0")
        if raw[:2] not in (b"", b"\x1f\x8b"):
            break  # trailing garbage after the last member is ignored, as gzip(1) does
    return b"".join(out)


MAX_XML_TOKEN_CHARS = 2**20
"""Longest tag (with its attributes) or run of text an XML file (TBX, XLIFF) may hold: 1 Mi characters.

Expat copes badly with one huge token (a 50 MB attribute took 80 s); no real term base has a
note of a million characters.
"""


def check_xml_tokens(text: str, source: str) -> None:
    """Raise FormatError if a tag or a text run of XML `text` is longer than MAX_XML_TOKEN_CHARS.

    Split on the angle brackets in C: linear in the text, and done before the parser sees it.
    """
    import re

    longest = max(map(len, re.split("[<>]", text)), default=0)
    if longest > MAX_XML_TOKEN_CHARS:
        raise FormatError(
            source, f"holds a tag or text of {longest:,} characters; at most {MAX_XML_TOKEN_CHARS:,} are read"
        )


_UTF16_XML_STARTS = {b"\x00<\x00?": "utf-16-be", b"<\x00?\x00": "utf-16-le"}
"""'<?' in UTF-16 big and little endian: the start of an XML file (TBX) in UTF-16 without a byte order mark."""


def decode_input(raw: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode an input file: UTF-8 (a BOM is dropped), UTF-16 with a BOM (or XML in UTF-16 without one), else GB18030
    or Big5, whichever reads as Chinese (`zhgloss.formats.legacy`); or in `encoding` when one is given ("auto" is
    none).

    Return the text and the encoding used; raise FormatError naming the first bad byte and its line if none fits,
    and AmbiguousEncodingError (a FormatError) when the text reads as Chinese in GB18030 and in Big5 alike.
    A gzip file (CC-CEDICT is shipped so) is unpacked first, to at most MAX_INPUT_BYTES.
    """
    from zhgloss.formats.legacy import choose

    if raw[:2] == b"\x1f\x8b":
        raw = gunzip_limited(raw, source)
    elif len(raw) > MAX_INPUT_BYTES:
        raise too_big(source)
    if encoding is not None and encoding != "auto":
        return _decode_as(raw, source, encoding), codecs.lookup(encoding).name
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if raw[:4] in _UTF16_XML_STARTS:
        # XML in UTF-16 without a byte order mark: its first characters '<?' tell the byte order (XML 1.0, appendix F,
        # "Detection Without BOM"; its declaration says encoding="UTF-16BE" or "UTF-16LE").
        try:
            return raw.decode(_UTF16_XML_STARTS[raw[:4]]), "utf-16"
        except UnicodeDecodeError:
            pass
    if (declared := _declared_xml_encoding(raw)) is not None:
        return declared
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = exc
    else:
        return _utf8_or_legacy(raw, text, source)
    if mostly_utf8(raw):
        bad = raw[problem.start : problem.start + 1]
        line = raw.count(b"\n", 0, problem.start) + 1
        raise FormatError(
            source,
            f"is UTF-8 but for byte {problem.start} ({bad!r}), written in another encoding; fix that line, or save the "
            "whole file as UTF-8 again (--encoding names the one encoding of a file wholly in another)",
            line,
        )
    reading = choose(raw, source)
    if reading is not None:
        return reading.text, reading.encoding
    bad = raw[problem.start : problem.start + 1]
    line = raw.count(b"\n", 0, problem.start) + 1
    raise FormatError(source, f"is not UTF-8 (byte {problem.start}: {bad!r}), GB18030 or Big5; save it as UTF-8", line)


def mostly_utf8(raw: bytes) -> bool:
    """Tell whether `raw`, which is not UTF-8 as a whole, is UTF-8 with a few bytes of another encoding (the review's
    R48-5: a UTF-8 sheet with "Cafés" saved in Windows-1252, or a row appended in GBK, was read whole as GB18030 and
    every name stored as mojibake, exit 0): at least as many of its lines beyond ASCII are UTF-8 holding CJK (a
    character of three bytes) as are not, or it holds twice as many such characters in valid UTF-8 as bytes that are
    not. GBK and Big5 Chinese form a three-byte UTF-8 sequence only by chance, one for some dozens of their bytes:
    of ~20,000 sheets of 1 to 50 CC-CEDICT names in either, one is taken so (two rows of Big5, one of them valid
    UTF-8 by chance: refused with its line, and read with `--encoding big5`); of 992 lines of zh-corpus.txt in GBK,
    none."""
    lines = other = 0
    for line in raw.split(b"\n"):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError:
            other += 1
            continue
        lines += any(char >= "\u0800" for char in text)
    if lines and lines >= other:
        return True
    # surrogateescape turns each byte that is not UTF-8 into one lone surrogate (U+DC80-U+DCFF): counted apart.
    text = raw.decode("utf-8", "surrogateescape")
    stray = sum(1 for char in text if "\udc80" <= char <= "\udcff")
    wide = sum(1 for char in text if char >= "\u0800" and not "\ud800" <= char <= "\udfff")
    return wide >= 2 * stray


SNIFFED_BYTES = 1 << 16
"""Bytes of an input its format is told from (`sniff_format`)."""
_CEDICT_LINE_RE = re.compile(r"^\S+ \S+ \[[^\]\n]*\] /")
_ANKI_HEADER_RE = re.compile(r"#(?:separator|html|tags|columns|notetype|deck|guid)[^:\n]*:", re.IGNORECASE)


def sniff_format(raw: bytes) -> str | None:
    """The import format the bytes `raw` (a file's, or standard input's) are in, told by their content, or None.

    Returns a name of `FORMATS`, or "json" for a whole JSON document (a zhgloss glossary file, `{"entries": {...}}`
    on one line or several, or a JSON array of entry objects: the CLI reads both as a glossary file), or "zip" for a
    zip archive (`zhgloss.office.archive_kind` tells which). Only the first `SNIFFED_BYTES` are read, unpacked first
    if gzip (CC-CEDICT is shipped so), in UTF-16 if a byte order mark says so; the first line that is not empty
    tells the rest:
    "# CC-CEDICT" or a dictionary line (`中国 中国 [Zhong1 guo2] /China/`): cedict; "<": XML (TBX, MultiTerm, and the
    TMX and XLIFF files import names for what they are); "[": json; "{": jsonl when that line is one JSON object
    that is no glossary, json otherwise (an object over several lines); lines of "#" first (OmegaT's comments, Anki's
    "#separator:tab" header) over tab-separated rows: omegat, whose reader reads both; a tab: tsv; a comma, a
    semicolon (Excel's in much of Europe) or a full-width comma: csv.
    """
    import json
    import zlib

    if raw.startswith(b"PK\x03\x04"):
        return "zip"
    head = raw[:SNIFFED_BYTES]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFFED_BYTES)
        except zlib.error:
            return None
        if head.startswith(b"PK\x03\x04"):
            return None
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head[: len(head) // 2 * 2].decode("utf-16", "replace")
    else:
        text = head.decode("utf-8", "replace")
    text = text.lstrip("\ufeff")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    body = [line for line in lines if not line.startswith("#")]
    if text.startswith("# CC-CEDICT") or (body and _CEDICT_LINE_RE.match(body[0])):
        return "cedict"
    first = lines[0]
    if first.startswith("<"):
        return "tbx"
    if first.startswith("["):
        return "json"
    if first.startswith("{"):
        try:
            value = json.loads(first)
        except ValueError:
            return "json"  # an object written over several lines: a glossary file, not JSON Lines
        return "json" if isinstance(value, dict) and isinstance(value.get("entries"), dict) else "jsonl"
    if first.startswith("#") and body and "\t" in body[0]:
        return "omegat"
    row = body[0] if body and (_ANKI_HEADER_RE.match(first) or first.startswith("#")) else first
    if "\t" in row:
        return "tsv"
    if any(mark in row for mark in (",", ";", "\uff0c")):
        return "csv"
    return None


def _utf8_or_legacy(raw: bytes, text: str, source: str) -> tuple[str, str]:
    """The reading of `raw`, which decodes as UTF-8 to `text`, and its encoding: UTF-8, unless its every character
    beyond ASCII is one of two bytes and stands where no text puts it (`legacy.is_two_byte_utf8_text`: a sheet of one
    GBK character a cell, 谢 read as л). Then the bytes are a Chinese encoding if GB18030 or Big5 reads them as Chinese
    clearly (`legacy.choose`), UTF-8 if they read as no Chinese; when GB18030 and Big5 read as Chinese alike,
    AmbiguousEncodingError names the three readings, with the line where they differ."""
    from zhgloss.formats.legacy import AmbiguousEncodingError, NotChineseError, Reading, choose, is_two_byte_utf8_text

    if text.isascii() or any(char >= "\u0800" for char in text) or is_two_byte_utf8_text(text):
        return text, "utf-8"
    as_utf8 = Reading("utf-8", text, 0.0)
    try:
        reading = choose(raw, source)
    except AmbiguousEncodingError as exc:
        raise AmbiguousEncodingError(source, [*exc.readings[:2], as_utf8]) from None
    except NotChineseError:
        return text, "utf-8"  # no Chinese either way: the UTF-8 reading, as ever
    if reading is None:
        return text, "utf-8"
    return reading.text, reading.encoding


_XML_DECLARED = re.compile(rb"""^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""")
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}
"""What a declared legacy encoding is read as: the superset Windows writes under its name (GB2312 files hold GBK's
characters; Big5 ones cp950's)."""


def _declared_xml_encoding(raw: bytes) -> tuple[str, str] | None:
    """The text and encoding of XML `raw` (TBX, TMX, XLIFF) in the encoding its declaration names (XML 1.0, 4.3.3: the
    declaration decides, so nothing is guessed: the reviewer's R2, a GB2312 TBX of 丁丁 refused as reading as Big5
    too); None where it names none, one Python does not know, or one the bytes are not in (then they are read as any
    input is)."""
    match = _XML_DECLARED.match(raw)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    try:
        return raw.decode("utf-8-sig" if name == "utf-8" else name), name
    except UnicodeDecodeError:
        return None


def _decode_as(raw: bytes, source: str, encoding: str) -> str:
    """Decode `raw` in `encoding` (a BOM of UTF-8 or UTF-16 dropped); raise FormatError naming the first bad byte."""
    name = codecs.lookup(encoding).name
    if name == "utf-8":
        name = "utf-8-sig"
    try:
        return raw.decode(name)
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1]
        line = raw.count(b"\n", 0, exc.start) + 1
        raise FormatError(source, f"is not {encoding} (byte {exc.start}: {bad!r})", line) from None


def chinese_legacy_encoding(raw: bytes, final: bool = True) -> str | None:
    """Tell GB18030 from Big5 for bytes that are not UTF-8; None if neither reads them as Chinese.

    Excel and Notepad on Chinese Windows write GBK (mainland) or Big5 (Taiwan, Hong Kong). The
    reading likelier as Chinese is taken (`zhgloss.formats.legacy.rank_decodings`), even when the
    other is nearly as likely: a stream (annotate's head) has no one to ask. None when it does
    not read as Chinese at all (Japanese in Shift_JIS decodes as GB18030 too).
    """
    from zhgloss.formats.legacy import rank_decodings, reads_as_chinese

    readings = rank_decodings(raw, final)
    return readings[0].encoding if readings and reads_as_chinese(readings[0]) else None

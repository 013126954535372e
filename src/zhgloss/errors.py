"""Every error zhgloss raises on purpose.

Each error carries the offending input as an attribute and has a one-line,
lower-case message naming it with ``!r``. Hints about command-line flags are
added by the CLI, never here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhgloss.model import Entry


def count_of(n: int, one: str, many: str) -> str:
    """Write `n` things for a message: count_of(1, "entry", "entries") -> "1 entry", count_of(3, ...) -> "3 entries".

    Numbers are grouped by thousands ("14,965 entries"). Every message that counts uses it, so none says "1 entries".
    """
    return f"{n:,} {one if n == 1 else many}"


def json_kind(value: object) -> str:
    """Name the JSON type of a parsed `value` for a message, with its article: "null", "true", "false", "a number",
    "text", "a list", "an object" (Python's names, "NoneType", "dict", "str", are no words of the user's file)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"  # no JSON type: a caller's bug, named as Python names it


def json_problem(exc: ValueError) -> str:
    """Say what a `json.JSONDecodeError` found and where: "Expecting ',' delimiter at line 3, column 5". Python's
    message for an unterminated string ends "starting at" already: that one reads "Unterminated string starting at
    line 128, column 5", not "starting at at line"."""
    msg, line, column = getattr(exc, "msg", str(exc)), getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if line is None:
        return msg
    return f"{msg.removesuffix(' at')} at line {line}, column {column}"


class ZhglossError(Exception):
    """Base for every error zhgloss raises on purpose."""


class NotFoundError(ZhglossError, LookupError):
    """No entry matches a query or id."""

    def __init__(self, query: str, what: str = "entry") -> None:
        super().__init__(f"no {what} matches {query!r}")
        self.query = query


class AmbiguousNameError(ZhglossError, LookupError):
    """A query names two entries or more equally well (王勇 and 王永 are both "Wang Yong"): no one answer.

    `entries` holds them, best first as `Glossary.lookup` ranks them.
    """

    def __init__(self, query: str, entries: Sequence[Entry]) -> None:
        named = ", ".join(f"{e.zh or e.en} ({e.id})" for e in entries)
        super().__init__(
            f"{query!r} names {len(entries)} entries equally well: {named}; look up a form only one of them has "
            "(the Chinese) or take one by its id"
        )
        self.query = query
        self.entries = tuple(entries)


class InvalidEntryError(ZhglossError, ValueError):
    """An entry breaks a rule; `field` names the offending field."""

    def __init__(self, field: str, problem: str, entry_id: str | None = None) -> None:
        where = f"entry {entry_id!r}: " if entry_id else ""
        super().__init__(f"{where}{field}: {problem}")
        self.field = field
        self.problem = problem
        self.entry_id = entry_id


class DuplicateEntryError(ZhglossError, ValueError):
    """An entry with the same id or Chinese form is already in the glossary."""

    def __init__(self, key: str, existing_id: str) -> None:
        super().__init__(f"{key!r} is already in the glossary as entry {existing_id!r}")
        self.key = key
        self.existing_id = existing_id


class UsageError(ZhglossError, ValueError):
    """A request that makes no sense as given (bad argument value, wrong combination)."""


class TargetExistsError(UsageError):
    """A file zhgloss was asked to create is already there (it is never overwritten)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"{str(path)!r} already exists")
        self.path = Path(path)


class GlossaryFileError(ZhglossError):
    """The glossary file is unreadable, corrupt or not a glossary."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{str(path)!r}: {problem}")
        self.path = Path(path)
        self.problem = problem


class GlossaryWriteError(GlossaryFileError):
    """The glossary file could not be locked or written (read-only disk, full disk, no permission)."""


class GlossaryBusyError(ZhglossError):
    """Another process held the glossary's lock for too long."""

    def __init__(self, path: Path | str, seconds: float) -> None:
        super().__init__(f"{str(path)!r} is being written by another process (waited {seconds:g} s)")
        self.path = Path(path)
        self.seconds = seconds


class ReadOnlyGlossaryError(ZhglossError):
    """A write was asked of a glossary that may not be written (the bundled one)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"the glossary {str(path)!r} is read-only")
        self.path = Path(path)


class FormatError(ZhglossError, ValueError):
    """An input file (import, bilingual file, article) is malformed or undecodable."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        where = f"{source!r}" + (f", line {line}" if line is not None else "")
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.problem = problem
        self.line = line


class ConversionError(ZhglossError):
    """OpenCC cannot load one of its configurations: the opencc package is damaged or not the one zhgloss needs."""


class RomanizationError(UsageError):
    """A name that cannot be romanized: not Chinese, empty, or a character with no known reading."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name!r}: {problem}")
        self.name = name
        self.problem = problem

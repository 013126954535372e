"""zhgloss: a Chinese–English name glossary and entity lookup.

The public API: `Entry` and `Role` (the data), `Glossary` (the store) and the
errors. Nothing here imports the command-line layer.
"""

from __future__ import annotations

__version__ = "0.1.0"

from zhgloss.errors import (
    DuplicateEntryError,
    FormatError,
    GlossaryFileError,
    InvalidEntryError,
    NotFoundError,
    ReadOnlyGlossaryError,
    UsageError,
    ZhglossError,
)
from zhgloss.model import Entry, Role

__all__ = [
    "DuplicateEntryError",
    "Entry",
    "FormatError",
    "Glossary",
    "GlossaryFileError",
    "InvalidEntryError",
    "NotFoundError",
    "ReadOnlyGlossaryError",
    "Role",
    "UsageError",
    "ZhglossError",
    "__version__",
]


def __getattr__(name: str) -> object:
    # Glossary pulls in TinyDB; load it only when asked for.
    if name == "Glossary":
        from zhgloss.store import Glossary

        return Glossary
    raise AttributeError(name)

"""zhgloss: a Chinese–English name glossary and entity lookup.

The public API: `Entry` and `Role` (the data), `Glossary` (the store) and the
errors. Nothing here imports the command-line layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from zhgloss.model import Entry, Role
    from zhgloss.store import Glossary

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
    # Loaded when first asked for: `zhgloss --version` needs none of them, and Glossary pulls in TinyDB.
    if name in ("Entry", "Role"):
        from zhgloss import model

        return getattr(model, name)
    if name == "Glossary":
        from zhgloss.store import Glossary

        return Glossary
    raise AttributeError(name)

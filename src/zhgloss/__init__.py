"""zhgloss: a Chinese–English name glossary and entity lookup.

The public API: `Entry` and `Role` (the data), `Glossary` (the store) and the
errors. Nothing here imports the command-line layer.
"""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~10 ms at start-up)

if TYPE_CHECKING:
    from zhgloss.errors import (
        AmbiguousNameError,
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
    from zhgloss.store import Glossary

__all__ = [
    "AmbiguousNameError",
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
    # Everything is loaded on first use: `import zhgloss` (which every `zhgloss.*` import runs
    # first) stays almost free, so the console script is in its own code, where Ctrl-C is
    # handled, within a millisecond of Python starting; and Glossary pulls in TinyDB.
    if name in ("Entry", "Role"):
        from zhgloss import model

        return getattr(model, name)
    if name == "Glossary":
        from zhgloss.store import Glossary

        return Glossary
    if name in __all__:
        from zhgloss import errors

        return getattr(errors, name)
    raise AttributeError(name)

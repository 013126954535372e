"""Glossaries of real CC-CEDICT lines (tests/data/*.u8), imported as `zhgloss import --proper-only` would."""

from __future__ import annotations

from pathlib import Path

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"


def cedict_fixture(name: str) -> list[Entry]:
    """The proper names of tests/data/`name`, a file of CC-CEDICT lines."""
    with (DATA / name).open(encoding="utf-8") as fp:
        return list(load_cedict(fp, proper_only=True))


def glossed(text: str, annotator: Annotator) -> list[str]:
    """The surfaces `annotator` glosses in `text`, in order."""
    return [m.surface for m in annotator.mentions(text)]

"""`Glossary.open` takes a path as a str too, as `Glossary(path)` does (a library caller's "/tmp/x.json").

It raised AttributeError ('str' object has no attribute 'resolve') from deep inside: a traceback for a bad type
that is no bad input at all. Reported by the gloss engineer, s21.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zhgloss.errors import GlossaryFileError
from zhgloss.store import Glossary, resolve_path


@pytest.mark.parametrize("kind", [str, Path])
def test_open_takes_a_str_or_path(kind: type, bundled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "g.json"
    shutil.copyfile(bundled, copy)
    with Glossary.open(kind(copy)) as gloss:
        assert gloss.lookup("雷军")
        assert gloss.path == copy


def test_a_missing_str_path_is_a_glossary_file_error(tmp_path: Path) -> None:
    with pytest.raises(GlossaryFileError, match="no such glossary file"):
        Glossary.open(str(tmp_path / "missing.json"))
    with pytest.raises(GlossaryFileError, match="is a folder"):
        Glossary.open(str(tmp_path))


def test_resolve_path_gives_a_path() -> None:
    assert resolve_path("x/g.json") == Path("x/g.json")

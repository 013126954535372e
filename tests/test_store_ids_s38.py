"""The library's `Glossary`: an entry id that is not text is refused with a ZhglossError (the review's R37-18).

README "Library": the library raises `zhgloss.ZhglossError` subclasses. `get_by_id(None)` said "'<lookup index>':
damaged; delete it to build it again" (the lookup index took the TypeError of its search for a damaged cache file),
`find_by_id(700)` and `get_by_id(700)` raised TypeError, `referring_to(700)` AttributeError, and an in-memory
glossary answered "no such entry" for an id no entry can have. 7741696e had fixed `get`, `find` and `lookup` only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss import ZhglossError
from zhgloss.errors import NotFoundError, UsageError
from zhgloss.model import Entry
from zhgloss.store import Glossary

_TENCENT = Entry(
    id="tencent-holdings-limited",
    type="org",
    zh="腾讯控股有限公司",
    pinyin="Téngxùn Kònggǔ Yǒuxiàn Gōngsī",
    en="Tencent Holdings Limited",
    aliases=("Tencent",),
)
_CODE = Entry(id="00700", type="org", zh="00700", en="00700", refers_to="tencent-holdings-limited")


def _glossary(path: Path) -> Path:
    """A glossary file, written by the store: Tencent and its stock code, which refers to it."""
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add(_TENCENT)
        gloss.add(_CODE)
    return path


NOT_TEXT = [None, 700, 7.0, b"tencent-holdings-limited", ["tencent-holdings-limited"], ("00700",)]
METHODS = ["get_by_id", "find_by_id", "referring_to", "remove"]


@pytest.mark.parametrize("entry_id", NOT_TEXT)
@pytest.mark.parametrize("method", METHODS)
def test_an_id_that_is_not_text_is_refused_by_a_file_glossary(tmp_path: Path, method: str, entry_id: object) -> None:
    path = _glossary(tmp_path / "fin.json")
    before = path.read_bytes()
    gloss = Glossary.open(path)
    with pytest.raises(UsageError, match=r"an entry id is text, not .*: pass the id as .* a str") as raised:
        getattr(gloss, method)(entry_id)
    assert isinstance(raised.value, ZhglossError)
    assert type(entry_id).__name__ in str(raised.value)
    assert "damaged" not in str(raised.value)
    # Nothing was damaged, nothing was written: the index still answers, the file is as it was.
    assert gloss.get_by_id("tencent-holdings-limited").en == "Tencent Holdings Limited"
    assert [e.id for e in gloss.referring_to("tencent-holdings-limited")] == ["00700"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("entry_id", NOT_TEXT)
@pytest.mark.parametrize("method", METHODS)
def test_an_id_that_is_not_text_is_refused_by_an_in_memory_glossary(method: str, entry_id: object) -> None:
    gloss = Glossary()  # (no file: the entries are read, not an index)
    gloss.add(_TENCENT)
    gloss.add(_CODE)
    with pytest.raises(UsageError):
        getattr(gloss, method)(entry_id)
    assert len(gloss) == 2


@given(entry_id=st.one_of(st.none(), st.integers(), st.floats(), st.binary(), st.lists(st.text(), max_size=2)))
def test_any_value_not_a_str_is_refused(entry_id: object) -> None:
    gloss = Glossary()
    gloss.add(_TENCENT)
    for method in ("get_by_id", "find_by_id", "referring_to"):
        with pytest.raises(UsageError):
            getattr(gloss, method)(entry_id)


def test_text_ids_are_answered_as_before(tmp_path: Path) -> None:
    gloss = Glossary.open(_glossary(tmp_path / "fin.json"))
    assert gloss.find_by_id("00700") == _CODE
    assert gloss.find_by_id("700") is None  # (an id is matched as written: no zeros added)
    with pytest.raises(NotFoundError):
        gloss.get_by_id("")
    assert gloss.referring_to("00700") == []

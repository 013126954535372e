"""`zhgloss import` reads CC-CEDICT as stored documents, never building its 10^5 entries (issue 9, session 26).

`FORMATS["cedict"].load_documents` is `zhgloss.formats.cedict.load_cedict_documents`: the rows the parse makes,
laid out as `Entry.to_dict` writes them, each checked and then stored as itself. These tests hold its documents
equal to `load`'s entries' `to_dict()` on every CC-CEDICT fixture of the suite (real lines), with and without
--proper-only, and an import through the command line equal to the entries' glossary.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.formats import FORMATS
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"
FIXTURES = sorted(DATA.glob("cedict_*.u8"))


def test_the_cedict_format_reads_documents_without_entries() -> None:
    from zhgloss.formats.cedict import load_cedict_documents

    assert FORMATS["cedict"]._function(FORMATS["cedict"].documents_reader or "") is load_cedict_documents


@pytest.mark.parametrize("proper_only", [False, True], ids=["all", "proper-only"])
@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_the_documents_are_the_entries_to_dict(fixture: Path, proper_only: bool) -> None:
    form = FORMATS["cedict"]
    text = fixture.read_text(encoding="utf-8")
    entries = list(form.load(io.StringIO(text), fixture.name, proper_only=proper_only))
    docs = list(form.load_documents(io.StringIO(text), fixture.name, proper_only=proper_only))
    assert docs == [entry.to_dict() for entry in entries]
    assert all(list(doc) == list(Entry.to_dict(entry)) for doc, entry in zip(docs, entries, strict=True))


def test_an_import_writes_the_entries_glossary(zhgloss_exe: str, tmp_path: Path) -> None:
    fixture = DATA / "cedict_common.u8"
    db = tmp_path / "g.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(fixture), "--db", str(db)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    with fixture.open(encoding="utf-8") as fp:
        entries = list(FORMATS["cedict"].load(fp, fixture.name))
    table = json.loads(db.read_text(encoding="utf-8"))["entries"]
    assert [table[key] for key in sorted(table, key=int)] == [entry.to_dict() for entry in entries]

"""An import keeps the columns of the glossary version it writes, so that the first command after it does not parse
the file (spd, s42, the review's R41-18; issue 9's "build what they need during the import").

Since s41 the first reader of a version the store wrote parsed the file, read its columns and kept a copy of them
(`Glossary.entry_columns`, cache kind ENTRY_COLUMNS_KIND): the first `lookup` after a full CC-CEDICT import paid that
(~1.6 s). A write of documents that are each their entry's `to_dict()` (`Glossary.add_documents`: `zhgloss import`,
`add_all`) now keeps that copy itself, built of the documents it holds and the bytes it wrote
(`AtomicJSONStorage.hold_written`): the first reader reads it back. What it keeps equals what the file's parse gives.
A write into a file edited by hand, a refused import and a write inside another's transaction keep nothing.
"""

from __future__ import annotations

import gzip
import itertools
import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_entry_columns_kept_s41 import as_read, kept

from zhgloss.cache import identity
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry, EntryColumns
from zhgloss.store import Glossary

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


@pytest.fixture(scope="module")
def cedict_lines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CC-CEDICT's first 4,000 lines as a file of their own (words and names: nulls, aliases, notes)."""
    path = tmp_path_factory.mktemp("cedict") / "cedict-4000.u8"
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        path.write_text("".join(itertools.islice(fp, 4_000)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cedict(cedict_lines: Path) -> list[Entry]:
    with cedict_lines.open(encoding="utf-8") as fp:
        return list(load_cedict(fp))


def kept_version(path: Path) -> str:
    """The glossary version (`zhgloss.cache.identity`) the kept copy's first line names."""
    head = kept(path).read_bytes().split(b"\n", 1)[0].decode()
    return head.split(" ", 1)[0]


def parsed(path: Path) -> tuple[dict[str, Any], list[tuple[int, int]] | None]:
    """The columns (as read) and spans of the file's own parse, no kept copy read."""
    gloss = Glossary.open(path)
    docs = gloss._docs_in_order()
    columns = EntryColumns.from_documents(docs.docs)
    return as_read(columns), gloss.entry_spans(columns)


def read_back(path: Path) -> tuple[dict[str, Any], list[tuple[int, int]] | None, bool]:
    """The columns (as read) and spans a new reader gets, and whether it parsed the file for them."""
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        spans = gloss.entry_spans(columns)
        return as_read(columns), spans, "_docs_sorted" in gloss.__dict__


def test_zhgloss_import_keeps_the_columns_of_the_file_it_writes(
    zhgloss_exe: str, tmp_path: Path, cedict_lines: Path
) -> None:
    db = tmp_path / "imported.json"
    done = subprocess.run([zhgloss_exe, "import", str(cedict_lines), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert kept(db).exists()
    assert kept_version(db).startswith(identity(db))  # the very version written
    columns, spans, parsed_file = read_back(db)
    assert not parsed_file  # the first reader after the import read the kept copy
    reference, reference_spans = parsed(db)
    assert columns == reference
    assert spans == reference_spans
    assert len(columns["id"]) > 3000


def test_the_first_lookup_after_an_import_answers_as_a_parse_would(
    zhgloss_exe: str, tmp_path: Path, cedict_lines: Path
) -> None:
    db = tmp_path / "imported.json"
    subprocess.run([zhgloss_exe, "import", str(cedict_lines), "--db", str(db)], capture_output=True, check=True)

    def answers() -> list[tuple[int, str]]:
        out = []
        for args in (["lookup", "一丁点"], ["search", "a tiny bit"], ["lookup", "No Such Words Here"]):
            done = subprocess.run([zhgloss_exe, *args, "--db", str(db), "--json"], capture_output=True, text=True)
            out.append((done.returncode, done.stdout))
        return out

    with_copy = answers()
    for cached in kept(db).parent.iterdir():  # every cache, the import's copy among them, built again from the file
        if cached.suffix == ".bin":
            cached.unlink()
    assert answers() == with_copy
    assert with_copy[0][0] == 0 and json.loads(with_copy[0][1])
    assert with_copy[2][0] == 1


def test_add_all_keeps_the_columns_of_the_version_it_writes(tmp_path: Path, cedict: list[Entry]) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(cedict[:1000])
    first = kept_version(path)
    with Glossary(path) as gloss:  # a second import into it: its version kept, not the first's
        gloss.add_all(cedict[1000:1500])
    assert kept_version(path) != first
    columns, spans, parsed_file = read_back(path)
    assert not parsed_file
    assert (columns, spans) == parsed(path)
    assert len(columns["id"]) == 1500


def test_a_write_into_a_file_edited_by_hand_keeps_nothing(tmp_path: Path, cedict: list[Entry]) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(cedict[:300])
    table = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")  # one line: not the store's layout
    kept(path).unlink(missing_ok=True)
    with Glossary(path) as gloss:
        gloss.add_all(cedict[300:400])
    assert not kept(path).exists()  # its documents were not known to be their entries' to_dict(): read as before
    columns, spans, parsed_file = read_back(path)
    assert parsed_file
    assert (columns, spans) == parsed(path)


def test_a_refused_import_writes_and_keeps_nothing(tmp_path: Path, cedict: list[Entry]) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(cedict[:300])
    before, copy = path.read_bytes(), kept(path).read_bytes() if kept(path).exists() else None
    clash = cedict[5].replace(id="another-id", en="Some Other English")  # its Chinese is taken: a conflict
    with Glossary(path) as gloss, pytest.raises(Exception, match="already"):
        gloss.add_all([*cedict[300:310], clash])
    assert path.read_bytes() == before
    assert (kept(path).read_bytes() if kept(path).exists() else None) == copy


def test_a_write_inside_an_outer_transaction_keeps_the_copy_of_no_version_it_did_not_write(
    tmp_path: Path, cedict: list[Entry]
) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(cedict[:200])
    with Glossary(path) as gloss, gloss.transaction():
        gloss.add_all(cedict[200:300])  # written at the transaction's end, after add_all returned
        gloss.add(Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun", pinyin="Léi Jūn"))
    columns, spans, _ = read_back(path)
    assert (columns, spans) == parsed(path)
    assert "lei-jun" in columns["id"] and len(columns["id"]) == 301


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_what_a_write_keeps_reads_back_as_the_file_parses(data: st.DataObject, cedict: list[Entry]) -> None:
    picked = data.draw(st.lists(st.sampled_from(cedict), min_size=1, max_size=60, unique_by=lambda e: e.zh))
    odd = data.draw(
        st.lists(
            st.builds(
                Entry,
                id=st.sampled_from(["x-a", "x-b", "x-c"]),
                type=st.sampled_from(["person", "org", "place", "term"]),
                zh=st.sampled_from(["甲乙丙", "丁戊", "己庚辛壬"]),
                en=st.sampled_from(["Jia Yibing", "Ding Wu", "Ji Gengxinren"]),
                aliases=st.lists(st.sampled_from(["A", "B c", "D-e"]), max_size=2, unique=True).map(tuple),
                note=st.none() | st.sampled_from(["a note", "two\nlines"]),
                always_gloss=st.booleans(),
            ),
            max_size=3,
            unique_by=(lambda e: e.id, lambda e: e.zh, lambda e: e.en),
        )
    )
    odd = [e for e in odd if e.zh not in {p.zh for p in picked}]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "g.json"
        with Glossary(path) as gloss:
            gloss.add_all([*picked, *odd])
        columns, spans, parsed_file = read_back(path)
        assert not parsed_file
        assert (columns, spans) == parsed(path)

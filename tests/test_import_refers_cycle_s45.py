"""Import and refers_to (the s44 review's R44-10).

1. A row referring to another row of its file that the store matches to a stored entry of another id (by its
   Chinese) is compared with the stored entry as referring to that entry: another desk's export of 首尔 ('x1') and 汉城
   (refers_to 'x1'), imported into a glossary holding both as 'seoul' and 'hanseong' (汉城 referring to 'seoul'), is
   identical, not a conflict "refers_to: 'x1' (stored 'seoul')" (exit 1 under the default fail) nor an "update" that
   changes nothing (replace). The same whichever row comes first in the file, and through JSON Lines, CSV and TBX.
2. A refers_to cycle the import would write (two new rows referring to each other, or a row referring back to a
   stored entry that refers to it) is refused as `edit` refuses one: exit 3, the line, nothing written. One rule
   (`zhgloss.model.reference_cycle`) for edit, validate and import.

Through the installed CLI on real files; the cycle rule also by a property test on the store, against a cycle
finder of its own.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import InvalidEntryError
from zhgloss.model import Entry
from zhgloss.store import Glossary
from zhgloss.validate import validate_entries


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


def _ok(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    done = _run(exe, *args)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def seoul_db(zhgloss_exe: str, tmp_path: Path) -> Path:
    """A glossary of 首尔 'seoul' and 汉城 'hanseong', its former name, referring to it."""
    db = tmp_path / "names.json"
    _ok(zhgloss_exe, "init", str(db), "--empty")
    _ok(zhgloss_exe, "--db", str(db), "add", "首尔", "--en", "Seoul", "--type", "place")
    _ok(zhgloss_exe, "--db", str(db), "add", "汉城", "--en", "Hanseong", "--type", "place", "--refers-to", "seoul")
    return db


def _entries(db: Path) -> dict[str, dict[str, object]]:
    return {doc["id"]: doc for doc in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


SEOUL = {"type": "place", "zh": "首尔", "zh_hant": "首爾", "pinyin": "Shǒu'ěr", "en": "Seoul"}
HANSEONG = {"type": "place", "zh": "汉城", "zh_hant": "漢城", "pinyin": "Hànchéng", "en": "Hanseong"}


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def _other_desk(folder: Path, kind: str, *, former_first: bool) -> Path:
    """Another desk's file of 首尔 ('x1') and 汉城 ('x2', refers_to 'x1'), as zhgloss exports it, in `kind`."""
    rows: list[dict[str, object]] = [{"id": "x1", **SEOUL}, {"id": "x2", **HANSEONG, "refers_to": "x1"}]
    if former_first:
        rows.reverse()
    if kind == "jsonl":
        return _jsonl(folder / "other.jsonl", rows)
    if kind == "csv":
        lines = ["id,type,zh,zh_hant,pinyin,en,refers_to"]
        lines += [",".join(str(row.get(f) or "") for f in lines[0].split(",")) for row in rows]
        path = folder / "other.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    concepts = []
    for row in rows:
        ref = (
            f'<ref type="crossReference" target="{row["refers_to"]}">{row["refers_to"]}</ref>'
            if "refers_to" in row
            else ""
        )
        concepts.append(
            f'<termEntry id="{row["id"]}"><descrip type="subjectField">place</descrip>{ref}'
            f'<langSet xml:lang="zh"><tig><term>{row["zh"]}</term>'
            f'<termNote type="pronunciation">{row["pinyin"]}</termNote></tig></langSet>'
            f'<langSet xml:lang="zh-Hant"><tig><term>{row["zh_hant"]}</term></tig></langSet>'
            f'<langSet xml:lang="en"><tig><term>{row["en"]}</term></tig></langSet></termEntry>'
        )
    path = folder / "other.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX-Basic" xml:lang="en"><text><body>'
        + "".join(concepts)
        + "</body></text></martif>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("kind", ["jsonl", "csv", "tbx"])
@pytest.mark.parametrize("former_first", [False, True])
@pytest.mark.parametrize("on_conflict", ["fail", "skip", "replace"])
def test_a_row_referring_to_a_merged_row_is_compared_as_referring_to_the_stored_entry(
    zhgloss_exe: str, seoul_db: Path, tmp_path: Path, kind: str, former_first: bool, on_conflict: str
) -> None:
    source = _other_desk(tmp_path, kind, former_first=former_first)
    done = _run(zhgloss_exe, "--db", str(seoul_db), "import", str(source), "--on-conflict", on_conflict)
    assert done.returncode == 0, done.stderr
    assert "0 added, 0 updated, 2 skipped (already there, identical), 0 conflicting" in done.stderr
    assert "refers_to" not in done.stderr
    entries = _entries(seoul_db)
    assert sorted(entries) == ["hanseong", "seoul"]
    assert entries["hanseong"]["refers_to"] == "seoul"


def test_a_row_that_refers_elsewhere_is_still_a_conflict(zhgloss_exe: str, seoul_db: Path, tmp_path: Path) -> None:
    # 汉城 referring to a new row 京城 (another thing than the stored one's 首尔): a real difference.
    rows: list[dict[str, object]] = [
        {"id": "x3", "type": "place", "zh": "京城", "en": "Keijo"},
        {"id": "x2", **HANSEONG, "refers_to": "x3"},
    ]
    source = _jsonl(tmp_path / "other.jsonl", rows)
    before = seoul_db.read_bytes()
    done = _run(zhgloss_exe, "--db", str(seoul_db), "import", str(source))
    assert done.returncode == 1
    assert "refers_to: 'x3' (stored 'seoul')" in done.stderr
    assert seoul_db.read_bytes() == before


def _cycle_file(folder: Path, kind: str) -> Path:
    rows: list[dict[str, object]] = [
        {"id": "jiacheng", "type": "place", "zh": "甲城", "en": "Jiacheng", "refers_to": "yicheng"},
        {"id": "yicheng", "type": "place", "zh": "乙城", "en": "Yicheng", "refers_to": "jiacheng"},
    ]
    if kind == "jsonl":
        return _jsonl(folder / "cycle.jsonl", rows)
    if kind == "csv":
        path = folder / "cycle.csv"
        body = "".join(f"{r['id']},{r['zh']},{r['en']},{r['type']},{r['refers_to']}\n" for r in rows)
        path.write_text("id,zh,en,type,refers_to\n" + body, encoding="utf-8")
        return path
    path = folder / "cycle.tbx"
    concepts = "".join(
        f'<termEntry id="{r["id"]}"><descrip type="subjectField">place</descrip>'
        f'<ref type="crossReference" target="{r["refers_to"]}">{r["refers_to"]}</ref>'
        f'<langSet xml:lang="zh"><tig><term>{r["zh"]}</term></tig></langSet>'
        f'<langSet xml:lang="en"><tig><term>{r["en"]}</term></tig></langSet></termEntry>'
        for r in rows
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX-Basic" xml:lang="en"><text><body>'
        + concepts
        + "</body></text></martif>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("kind", ["jsonl", "csv", "tbx"])
@pytest.mark.parametrize("into", ["empty", "holding others"])
def test_two_new_rows_referring_to_each_other_are_refused(
    zhgloss_exe: str, seoul_db: Path, tmp_path: Path, kind: str, into: str
) -> None:
    db = seoul_db
    if into == "empty":
        db = tmp_path / "empty.json"
        _ok(zhgloss_exe, "init", str(db), "--empty")
    before = db.read_bytes()
    source = _cycle_file(tmp_path, kind)
    done = _run(zhgloss_exe, "--db", str(db), "import", str(source))
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    where = "': termEntry 1" if kind == "tbx" else ("', line 1" if kind == "jsonl" else "', line 2")
    assert f"'{source.name}{where}: entry 'jiacheng': refers_to: refers_to leads back to this entry " in done.stderr
    assert "('jiacheng' -> 'yicheng' -> 'jiacheng')" in done.stderr
    assert "nothing was imported" in done.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_row_referring_back_to_a_stored_entry_that_refers_to_it_is_refused_under_replace(
    zhgloss_exe: str, seoul_db: Path, tmp_path: Path, kind: str
) -> None:
    if kind == "jsonl":
        source = _jsonl(tmp_path / "back.jsonl", [{"id": "seoul", **SEOUL, "refers_to": "hanseong"}])
    else:
        source = tmp_path / "back.csv"
        source.write_text("zh,en,refers_to\n首尔,Seoul,hanseong\n", encoding="utf-8")
    before = seoul_db.read_bytes()
    done = _run(zhgloss_exe, "--db", str(seoul_db), "import", str(source), "--on-conflict", "replace")
    assert done.returncode == 3, done.stderr
    assert "('seoul' -> 'hanseong' -> 'seoul')" in done.stderr
    assert seoul_db.read_bytes() == before
    # Under skip the stored entry is kept: no cycle, nothing refused.
    done = _run(zhgloss_exe, "--db", str(seoul_db), "import", str(source), "--on-conflict", "skip")
    assert done.returncode == 0, done.stderr
    assert _entries(seoul_db)["seoul"]["refers_to"] is None


def test_a_cycle_made_through_a_merged_row_is_refused(zhgloss_exe: str, seoul_db: Path, tmp_path: Path) -> None:
    # 首尔 'x1' referring to 'x2', which is the stored 汉城 (referring to 首尔): replace would write seoul -> hanseong.
    rows: list[dict[str, object]] = [{"id": "x1", **SEOUL, "refers_to": "x2"}, {"id": "x2", **HANSEONG}]
    source = _jsonl(tmp_path / "other.jsonl", rows)
    before = seoul_db.read_bytes()
    done = _run(zhgloss_exe, "--db", str(seoul_db), "import", str(source), "--on-conflict", "replace")
    assert done.returncode == 3, done.stderr
    assert "line 1: entry 'seoul': refers_to: refers_to leads back" in done.stderr
    assert seoul_db.read_bytes() == before


def test_import_and_edit_refuse_a_cycle_in_the_same_words(zhgloss_exe: str, seoul_db: Path, tmp_path: Path) -> None:
    edit = _run(zhgloss_exe, "--db", str(seoul_db), "edit", "seoul", "--refers-to", "hanseong")
    assert edit.returncode == 2
    source = _jsonl(tmp_path / "back.jsonl", [{"id": "seoul", **SEOUL, "refers_to": "hanseong"}])
    imported = _run(zhgloss_exe, "--db", str(seoul_db), "import", str(source), "--on-conflict", "replace")
    assert imported.returncode == 3
    said = "refers_to leads back to this entry ('seoul' -> 'hanseong' -> 'seoul')"
    assert said in edit.stderr
    assert said in imported.stderr


@pytest.mark.parametrize("into", ["empty", "holding others"])
def test_a_chain_of_new_rows_is_imported(zhgloss_exe: str, seoul_db: Path, tmp_path: Path, into: str) -> None:
    db = seoul_db
    if into == "empty":
        db = tmp_path / "empty.json"
        _ok(zhgloss_exe, "init", str(db), "--empty")
    _ok(zhgloss_exe, "--db", str(db), "add", "丁城", "--en", "Dingcheng", "--type", "place")
    # The referring rows first: each is read after the row it names.
    rows: list[dict[str, object]] = [
        {"id": "a", "type": "place", "zh": "甲城", "en": "Jiacheng", "refers_to": "b"},
        {"id": "b", "type": "place", "zh": "乙城", "en": "Yicheng", "refers_to": "c"},
        {"id": "c", "type": "place", "zh": "丙城", "en": "Bingcheng"},
    ]
    # 丁城, stored, is in the file too: the import goes the row by row way, not the quick one of all-new rows.
    rows.append({"id": "dingcheng", "type": "place", "zh": "丁城", "en": "Dingcheng"})
    _ok(zhgloss_exe, "--db", str(db), "import", str(_jsonl(tmp_path / "chain.jsonl", rows)))
    written = {k: v["refers_to"] for k, v in _entries(db).items() if k in "abc"}
    assert written == {"a": "b", "b": "c", "c": None}
    assert [k for k in _entries(db) if k in "abc"] == ["a", "b", "c"]  # (written in the file's order)


def _has_cycle(refers: dict[int, int | None]) -> bool:
    """Whether following refers_to from some node comes back to it (a finder of its own, by walking n steps)."""
    for start in refers:
        node = refers[start]
        for _ in range(len(refers)):
            if node is None:
                break
            if node == start:
                return True
            node = refers[node]
    return False


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=6).flatmap(
        lambda n: st.tuples(
            st.lists(st.one_of(st.none(), st.integers(0, n - 1)), min_size=n, max_size=n),
            st.integers(0, n),
        )
    )
)
def test_the_store_writes_a_cycle_never_and_refuses_only_one(drawn: tuple[list[int | None], int]) -> None:
    targets, stored_count = drawn
    refers = {i: (t if t != i else None) for i, t in enumerate(targets)}
    docs = [
        Entry(
            f"e{i}",
            f"Town {i}",
            type="place",
            zh=f"{'甲乙丙丁戊己'[i]}城",
            refers_to=f"e{t}" if t is not None else None,
        )
        for i, t in refers.items()
    ]
    # The first `stored_count` entries are stored without their references, then the file gives them all.
    gloss = Glossary()
    gloss.add_all(entry.replace(refers_to=None) for entry in docs[:stored_count])
    file = [entry.to_dict() for entry in docs]
    if _has_cycle(refers):
        with pytest.raises(InvalidEntryError, match="refers_to leads back to this entry"):
            gloss.add_documents(file, on_conflict="replace")
        assert {e.id for e in gloss.iter_entries()} == {e.id for e in docs[:stored_count]}
        return
    gloss.add_documents(file, on_conflict="replace")
    assert {e.id: e.refers_to for e in gloss.iter_entries()} == {e.id: e.refers_to for e in docs}
    assert not [p for p in validate_entries(list(gloss.iter_entries())) if p.code == "refers-to-cycle"]

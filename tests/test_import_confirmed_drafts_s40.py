"""A row that says it is confirmed ("draft": false, a draft column "false") merged with --on-conflict replace into a
stored draft confirms it, as `edit --confirm` does; under skip the draft is kept and the import says so (the
s39 review's R39-16, U38-25's other direction); under fail the row is a conflict and stops the import (s41, R40-21).

The reviewer's repro: a draft 王翔 imported from d_a.jsonl, then d_d.jsonl ("draft": false, "confirmed by desk") with
--on-conflict replace merged the note and left the entry a draft without a word; the sheet d_e.csv (draft column
false) said "1 skipped (already there, identical)" though its draft differs. A flag left false says nothing of a
stored entry (`zhgloss.store.is_said`: every export writes draft false for every row), so only a row that writes its
draft (a draft column, a JSON field) confirms, and only under replace, the file's version winning. A file without a
draft column (a two-column sheet, OmegaT) says nothing of it: the draft stays. On the parent commit (4ace8812), the
tests of this file that expect a confirmation or a note fail (see the commit message).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.curate import CONFIRMED_NOTE, DRAFT_NOTE

_DRAFT = {"zh": "王翔", "en": "Wang Xiang", "type": "person", "draft": True, "note": "first draft"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _drafted(tmp_path: Path, draft: dict | None = None) -> Path:
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    first = tmp_path / "d_a.jsonl"
    first.write_text(json.dumps(draft or _DRAFT, ensure_ascii=False) + "\n", encoding="utf-8")
    done = _run("import", str(first), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def _merge(tmp_path: Path, db: Path, name: str, text: str, *options: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return _run("import", str(source), "--db", str(db), *options)


def _stored(db: Path) -> dict:
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    return entry


_CONFIRMED_ROWS = [
    pytest.param(
        "d_d.jsonl",
        '{"zh": "王翔", "en": "Wang Xiang", "type": "person", "draft": false, "note": "confirmed by desk"}\n',
        id="json-lines",
    ),
    pytest.param("d_e.csv", "zh,en,type,draft\n王翔,Wang Xiang,person,false\n", id="csv-draft-column"),
    pytest.param("d_e.tsv", "zh\ten\tdraft\n王翔\tWang Xiang\tno\n", id="tsv-draft-column-no"),
]


@pytest.mark.parametrize(("name", "text"), _CONFIRMED_ROWS)
def test_replace_confirms_the_stored_draft(tmp_path: Path, name: str, text: str) -> None:
    db = _drafted(tmp_path)
    done = _merge(tmp_path, db, name, text, "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert _stored(db).get("draft", False) is False
    assert "1 updated" in done.stderr and "identical" not in done.stderr.split("updated,")[-1].split(",")[0]
    assert "draft: False (stored True)" in done.stderr
    assert "0 skipped" in done.stderr


_SAME_NOTE = '{"zh": "王翔", "en": "Wang Xiang", "type": "person", "draft": false, "note": "first draft"}\n'


@pytest.mark.parametrize(("name", "text"), _CONFIRMED_ROWS)
def test_skip_keeps_the_draft_and_says_so(tmp_path: Path, name: str, text: str) -> None:
    db = _drafted(tmp_path)
    done = _merge(tmp_path, db, name, text, "--on-conflict", "skip")
    assert done.returncode == 0, done.stderr
    assert _stored(db).get("draft", False) is True
    (said,) = [line for line in done.stderr.splitlines() if "kept a draft" in line]
    assert "'wang-xiang'" in said and "--on-conflict replace" in said
    assert f"zhgloss --db {db} edit wang-xiang --confirm" in said  # the command runs on the import's glossary


@pytest.mark.parametrize(
    ("name", "text"),
    [pytest.param("d.jsonl", _SAME_NOTE, id="json-lines"), *_CONFIRMED_ROWS[1:]],
)
def test_fail_stops_at_the_draft_as_at_any_conflict(tmp_path: Path, name: str, text: str) -> None:
    # s41 (the s40 review's R40-21): the row differs from the stored draft in its draft field, so under fail (the
    # default) it stops the import, nothing written, as a row that differs in any field does; it was imported with
    # exit 0 and counted "1 skipped (already there, identical)".
    db = _drafted(tmp_path)
    before = db.read_bytes()
    done = _merge(tmp_path, db, name, text, "--on-conflict", "fail")
    assert done.returncode == 1, done.stderr
    assert "conflict: 'wang-xiang' differs from the stored entry: draft: False (stored True)" in done.stderr
    assert "1 conflicting" in done.stderr and "--on-conflict replace" in done.stderr
    assert db.read_bytes() == before


def test_a_dry_run_says_it_and_writes_nothing(tmp_path: Path) -> None:
    db = _drafted(tmp_path)
    before = db.read_bytes()
    done = _merge(
        tmp_path,
        db,
        "d_e.csv",
        "zh,en,type,draft\n王翔,Wang Xiang,person,false\n",
        "--on-conflict",
        "replace",
        "--dry-run",
    )
    assert done.returncode == 0, done.stderr
    assert "would update 'wang-xiang'" in done.stderr and "draft: False (stored True)" in done.stderr
    assert db.read_bytes() == before


def test_harvest_s_draft_note_says_it_was_confirmed(tmp_path: Path) -> None:
    db = _drafted(tmp_path, {**_DRAFT, "note": DRAFT_NOTE})
    done = _merge(
        tmp_path, db, "d_e.csv", "zh,en,type,draft\n王翔,Wang Xiang,person,false\n", "--on-conflict", "replace"
    )
    assert done.returncode == 0, done.stderr
    stored = _stored(db)
    assert stored.get("draft", False) is False and stored["note"] == CONFIRMED_NOTE  # as `edit --confirm` writes it


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("two.csv", "zh,en\n王翔,Wang Xiang\n"),  # no draft column: the row says nothing of it
        ("glossary.utf8", "王翔\tWang Xiang\t\n"),  # OmegaT has no draft column
        ("d.jsonl", '{"zh": "王翔", "en": "Wang Xiang", "type": "person", "draft": true}\n'),
    ],
)
def test_a_row_that_does_not_write_it_confirmed_keeps_the_draft(tmp_path: Path, name: str, text: str) -> None:
    db = _drafted(tmp_path)
    done = _merge(tmp_path, db, name, text, "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert _stored(db).get("draft", False) is True and "kept a draft" not in done.stderr

"""A colleague's draft whose English is not the team's confirmed English is a conflict, never an identical row (s42).

U38-25 made a draft row (an unconfirmed proposal, `harvest --unknown --add`'s) say only its forms to a confirmed
entry, so that a merge never overrides the team's English. The row's other English was then dropped without a word
and the summary counted it "1 skipped (already there, identical)" (the s41 tbl report's three strict xfails in
test_import_draft_counts_s41). Decided here: a draft never overrides a confirmed entry, under any --on-conflict, but
an English that is none of the entry's English forms (its `en` and aliases) is a conflict of `en`: counted, named on
a conflict line, said in the import's note, and under fail (the default) it stops the import with nothing written.
An English the entry already has as an alias says nothing otherwise. Each case runs the installed `zhgloss` on every
file shape the export writes that carries a draft flag (JSON Lines, CSV, the glossary's JSON).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _z(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _team(tmp_path: Path) -> Path:
    """The team's glossary: 王小洪 confirmed, "Wang Xiaohong", with the alias "Wang Hsiao-hung"."""
    db = tmp_path / "team.json"
    stored = tmp_path / "stored.jsonl"
    stored.write_text(
        json.dumps(
            {"zh": "王小洪", "en": "Wang Xiaohong", "aliases": ["Wang Hsiao-hung"], "type": "person", "draft": False},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    assert _z("import", str(stored), "--db", str(db)).returncode == 0
    return db


def _draft_file(tmp_path: Path, shape: str, en: str, aliases: tuple[str, ...] = ()) -> Path:
    """A colleague's file holding a draft of 王小洪 with the English `en`, made by their glossary's own export."""
    theirs = tmp_path / "theirs.json"
    row = tmp_path / "row.jsonl"
    doc = {"zh": "王小洪", "en": en, "aliases": list(aliases), "type": "person", "draft": True}
    row.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _z("import", str(row), "--db", str(theirs)).returncode == 0
    if shape == "json":
        return theirs
    out = tmp_path / f"theirs.{shape}"
    assert _z("--db", str(theirs), "export", "-o", str(out)).returncode == 0
    return out


def _entry(db: Path) -> dict:
    done = _z("--db", str(db), "show", "wang-xiaohong", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("shape", ["jsonl", "csv", "json"])
def test_another_english_stops_the_default_import(tmp_path: Path, shape: str) -> None:
    db = _team(tmp_path)
    before = db.read_bytes()
    done = _z("--db", str(db), "import", str(_draft_file(tmp_path, shape, "Wong Hsiao-hung")))
    assert done.returncode == 1, done.stderr
    assert "en: 'Wong Hsiao-hung' (stored 'Wang Xiaohong')" in done.stderr
    assert "nothing written" in done.stderr
    assert db.read_bytes() == before
    # The review's R42-10: the note said the forms "were merged" under an import that stopped, and gave no remedy
    # that works (replace keeps the confirmed English): it says what a merge does, and which remedies work.
    assert "were merged" not in done.stderr and "sources are merged" in done.stderr
    assert "kept under every --on-conflict, replace too (pass --on-conflict skip to import the rest" in done.stderr


@pytest.mark.parametrize("mode", ["skip", "replace"])
def test_another_english_is_kept_out_and_counted_a_conflict(tmp_path: Path, mode: str) -> None:
    db = _team(tmp_path)
    done = _z("--db", str(db), "import", str(_draft_file(tmp_path, "csv", "Wong Hsiao-hung")), "--on-conflict", mode)
    assert done.returncode == 0, done.stderr
    assert "0 skipped (already there, identical), 1 conflicting" in done.stderr
    assert "1 of them writes another English ('Wong Hsiao-hung' for 'wang-xiaohong')" in done.stderr
    assert "zhgloss --db " in done.stderr and " edit wang-xiaohong --en 'Wong Hsiao-hung'" in done.stderr
    after = _entry(db)
    assert (after["en"], after["aliases"], bool(after.get("draft"))) == ("Wang Xiaohong", ["Wang Hsiao-hung"], False)


@pytest.mark.parametrize("mode", ["fail", "skip", "replace"])
def test_an_english_the_entry_has_as_an_alias_is_no_conflict(tmp_path: Path, mode: str) -> None:
    db = _team(tmp_path)
    done = _z("--db", str(db), "import", str(_draft_file(tmp_path, "jsonl", "Wang Hsiao-hung")), "--on-conflict", mode)
    assert done.returncode == 0, done.stderr
    assert "1 skipped (already there, identical), 0 conflicting" in done.stderr
    assert "writes another English" not in done.stderr


def test_a_draft_adding_a_form_under_skip_names_its_english_too(tmp_path: Path) -> None:
    db = _team(tmp_path)
    theirs = _draft_file(tmp_path, "jsonl", "Wong Hsiao-hung", ("Wong Siu-hung",))
    done = _z("--db", str(db), "import", str(theirs), "--on-conflict", "skip")
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("conflict:")]
    assert "en: 'Wong Hsiao-hung' (stored 'Wang Xiaohong')" in line
    assert "Wong Siu-hung" in line  # the alias it would add, the conflict the store found
    assert _entry(db)["aliases"] == ["Wang Hsiao-hung"]


def test_a_draft_adding_a_form_under_replace_merges_the_form_not_the_english(tmp_path: Path) -> None:
    db = _team(tmp_path)
    theirs = _draft_file(tmp_path, "jsonl", "Wong Hsiao-hung", ("Wong Siu-hung",))
    done = _z("--db", str(db), "import", str(theirs), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert "1 updated" in done.stderr
    assert "1 of them writes another English" in done.stderr
    after = _entry(db)
    assert after["en"] == "Wang Xiaohong"
    assert after["aliases"] == ["Wang Hsiao-hung", "Wong Siu-hung"]
    assert not after.get("draft")

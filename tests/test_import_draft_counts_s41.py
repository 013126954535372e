"""The import's summary counts say what happened to each row, over every --on-conflict, a stored draft or confirmed
entry, a row that writes itself a draft or confirmed, and the same or another English (the s40 review's R40-21).

3f4aa70e kept a stored draft under skip and fail where a row writes it confirmed (a draft column "false"), said so in
a note, and then summed the row "1 skipped (already there, identical)" right under it. A row is identical only when
it says nothing otherwise than the stored entry; a row that differs and is not written is "conflicting (kept as they
are)", and under fail (the default) any such row stops the import, nothing written, exit 1 (README, import:
--on-conflict). The grid is exhaustive (3 x 2 x 2 x 2 cases), each run through the installed `zhgloss`.

A draft row over a confirmed entry says only its forms (U38-25: a colleague's proposal never makes the team's entry
a draft, nor replaces its English): with the same English it is identical; with another English it is a conflict
of `en`, kept under skip and replace and stopping the import under fail (s42: three strict xfails until then). On the
parent (e1bd951c) the cases of a confirmed row over a stored draft under skip and fail fail.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _counts(stderr: str) -> tuple[int, int, int, int]:
    found = re.search(
        r"(\d+) added, (\d+) updated, (\d+) skipped \(already there, identical\), (\d+) conflicting", stderr
    )
    assert found is not None, stderr
    added, updated, skipped, conflicting = map(int, found.groups())
    return added, updated, skipped, conflicting


def _expected(mode: str, stored_draft: bool, row_draft: bool, same_en: bool) -> tuple[str, int]:
    """What happens to the one row, and the exit code, by the README's rules of --on-conflict and drafts."""
    differs = not same_en or (stored_draft and not row_draft)  # a row written confirmed over a draft differs
    if not differs:
        return "skipped", 0
    if mode == "fail":
        return "stopped", 1
    # A proposal over a confirmed entry never replaces its English (U38-25): kept as it is.
    proposal = row_draft and not stored_draft
    return ("updated" if mode == "replace" and not proposal else "kept"), 0


_GRID = [
    pytest.param(
        mode,
        stored_draft,
        row_draft,
        same_en,
        id=f"{mode}-{s}-{r}-{e}",
    )
    for mode in ("fail", "skip", "replace")
    for stored_draft, s in ((True, "stored-draft"), (False, "stored-confirmed"))
    for row_draft, r in ((True, "row-draft"), (False, "row-confirmed"))
    for same_en, e in ((True, "same-en"), (False, "other-en"))
]


@pytest.mark.parametrize(("mode", "stored_draft", "row_draft", "same_en"), _GRID)
def test_the_summary_counts_what_happened_to_the_row(
    tmp_path: Path, mode: str, stored_draft: bool, row_draft: bool, same_en: bool
) -> None:
    db = tmp_path / "g.json"  # created by the first import (--db NEW.json)
    stored = tmp_path / "stored.jsonl"
    stored.write_text(
        json.dumps({"zh": "王小洪", "en": "Wang Xiaohong", "type": "person", "draft": stored_draft}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    assert _run("import", str(stored), "--db", str(db)).returncode == 0
    before = db.read_bytes()
    row = tmp_path / "row.csv"
    en = "Wang Xiaohong" if same_en else "Wong Hsiao-hung"
    row.write_text(f"zh,en,type,draft\n王小洪,{en},person,{str(row_draft).lower()}\n", encoding="utf-8")
    done = _run("import", str(row), "--db", str(db), "--on-conflict", mode)
    outcome, code = _expected(mode, stored_draft, row_draft, same_en)
    assert done.returncode == code, done.stderr
    counts = _counts(done.stderr)
    if outcome == "stopped":
        assert counts == (0, 0, 0, 1) and "nothing written" in done.stderr
        assert db.read_bytes() == before
    elif outcome == "skipped":
        assert counts == (0, 0, 1, 0)
    elif outcome == "kept":
        assert counts == (0, 0, 0, 1)
        (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
        assert (entry["en"], entry.get("draft", False)) == ("Wang Xiaohong", stored_draft)
    else:
        assert counts == (0, 1, 0, 0)
        (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
        assert entry.get("draft", False) is row_draft


def test_a_kept_draft_is_named_as_a_conflict_of_its_draft_field(tmp_path: Path) -> None:
    # The reviewer's repro (/tmp/rev40/t/dr): draft.jsonl, then conf.csv under skip.
    db = tmp_path / "d3.json"
    assert _run("init", str(db), "--empty").returncode == 0
    draft = tmp_path / "draft.jsonl"
    draft.write_text('{"zh":"王小洪","en":"Wang Xiaohong","type":"person","draft":true}\n', encoding="utf-8")
    assert _run("import", str(draft), "--db", str(db)).returncode == 0
    conf = tmp_path / "conf.csv"
    conf.write_text("zh,en,type,draft\n王小洪,Wang Xiaohong,person,false\n", encoding="utf-8")
    done = _run("import", str(conf), "--db", str(db), "--on-conflict", "skip")
    assert done.returncode == 0, done.stderr
    assert "conflict: 'wang-xiaohong' differs from the stored entry: draft: False (stored True)" in done.stderr
    assert "kept a draft" in done.stderr
    assert "1 skipped" not in done.stderr and "1 conflicting" in done.stderr

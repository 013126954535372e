"""A conflict of roles says the roles that differ, as the card writes them (user finding U38-13).

A colleague ends a role in the team's exported sheet (the Vice Premier role's "to" set to 2025-06). The import's
conflict line cut both lists of roles to the same 60 characters ("roles: [{'title': 'Vice Premier', 'org': 'State
Council', 'org_id'… (stored [{'title': 'Vice Premier', …)"), so the one change was never shown. It now names the
roles that differ on each side ("roles: 'Vice Premier, State Council (2023-03–2025-06)' (stored 'Vice Premier, State
Council (since 2023-03)')"). On the parent commit, 2 of this file's 2 tests fail.
"""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def ended(tmp_path: Path) -> tuple[Path, Path]:
    db, sheet = tmp_path / "team.json", tmp_path / "team.csv"
    assert _run("init", str(db), "--empty").returncode == 0
    added = _run("--db", str(db), "add", "何立峰", "--en", "He Lifeng", "--type", "person",
                 "--role", "Vice Premier@State Council:2023-03..", "--role", "member@Politburo:2022-10..")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert _run("export", "--db", str(db), "-o", str(sheet)).returncode == 0
    with sheet.open(encoding="utf-8-sig", newline="") as fp:
        rows = list(csv.DictReader(fp))
    roles = json.loads(rows[0]["roles"])
    for role in roles:
        if role["title"] == "Vice Premier":
            role["to"] = "2025-06"
    rows[0]["roles"] = json.dumps(roles, ensure_ascii=False)
    with sheet.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return db, sheet


_SAID = "roles: 'Vice Premier, State Council (2023-03–2025-06)' (stored 'Vice Premier, State Council (since 2023-03)')"


def test_the_conflict_names_the_role_that_differs(ended: tuple[Path, Path]) -> None:
    db, sheet = ended
    done = _run("import", str(sheet), "--db", str(db), "--dry-run")
    assert f"conflict: 'he-lifeng' differs from the stored entry: {_SAID}" in done.stderr
    assert "Politburo" not in done.stderr  # the role both sides hold is not said


def test_the_update_names_it_too(ended: tuple[Path, Path]) -> None:
    db, sheet = ended
    done = _run("import", str(sheet), "--db", str(db), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert f"updated 'he-lifeng': {_SAID}" in done.stderr

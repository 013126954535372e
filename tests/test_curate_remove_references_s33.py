"""remove never leaves an entry pointing at nothing (U33-18).

`zhgloss remove lei-jun -y` on the bundled glossary used to remove 雷军 and warn that 雷厂长, 雷布斯, 雷斯克 and 雷总
still pointed at it: validate then called those errors ("'lei-jun' is not an entry id") and the glossary's own
export no longer imported into a new one. Now remove refuses (exit 2) naming them and the way out, and --force
removes it and clears those references in the same write. Real subprocesses, on a copy of the bundled glossary.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def bundled(tmp_path: Path, zhgloss_exe: str) -> Path:
    db = tmp_path / "r.json"
    assert _run(zhgloss_exe, "init", str(db)).returncode == 0
    return db


def _entries(db: Path) -> dict[str, dict]:
    return {doc["id"]: doc for doc in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


def test_remove_refuses_while_entries_point_at_it(bundled: Path, zhgloss_exe: str) -> None:
    before = bundled.read_bytes()
    done = _run(zhgloss_exe, "--db", str(bundled), "remove", "lei-jun", "-y")
    assert done.returncode == 2, done.stderr
    assert "not removing 'lei-jun'" in done.stderr
    # 雷厂长 (his nickname since Xiaomi makes cars) and 雷总 name him by refers_to
    assert "factory-director-lei (refers_to)" in done.stderr and "mr-lei (refers_to)" in done.stderr
    assert "--force" in done.stderr and "re-point them first" in done.stderr
    assert bundled.read_bytes() == before


def test_remove_refuses_an_organisation_a_role_is_held_at(bundled: Path, zhgloss_exe: str) -> None:
    done = _run(zhgloss_exe, "--db", str(bundled), "remove", "tencent", "-y")
    assert done.returncode == 2
    assert "pony-ma (role 'founder, chairman and CEO')" in done.stderr
    assert "tencent" in _entries(bundled)


def test_force_clears_the_references_validate_and_export_import_pass(
    bundled: Path, zhgloss_exe: str, tmp_path: Path
) -> None:
    db = str(bundled)
    for entry_id in ("lei-jun", "tencent"):
        done = _run(zhgloss_exe, "--db", db, "remove", entry_id, "-y", "--force")
        assert done.returncode == 0, done.stderr
        assert f"cleared the references to {entry_id!r}" in done.stderr
    stored = _entries(bundled)
    assert "lei-jun" not in stored and "tencent" not in stored
    assert stored["factory-director-lei"].get("refers_to") is None
    (role,) = [r for r in stored["pony-ma"]["roles"] if r["title"] == "founder, chairman and CEO"]
    assert role.get("org_id") is None and role["org"] == "Tencent"  # the organisation is kept as words
    done = _run(zhgloss_exe, "--db", db, "validate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr.startswith("0 errors")
    out = tmp_path / "r.csv"
    assert _run(zhgloss_exe, "--db", db, "export", "-o", str(out)).returncode == 0
    done = _run(zhgloss_exe, "import", str(out), "--db", str(tmp_path / "r2.json"))
    assert done.returncode == 0, done.stderr
    assert len(_entries(tmp_path / "r2.json")) == len(stored)


def test_an_entry_nothing_points_at_is_removed_with_yes(bundled: Path, zhgloss_exe: str) -> None:
    done = _run(zhgloss_exe, "--db", str(bundled), "remove", "factory-director-lei", "-y")
    assert done.returncode == 0, done.stderr
    assert "factory-director-lei" not in _entries(bundled)

"""Two people who share the English name "Wang Yong" in one glossary on disk, for annotate's namesake tests
(test_annotate_shared_names_s38, test_annotate_namesake_titles_s39 and _s40): 王勇, State Councilor 2013-2023, and
王永, Deputy Director at the Ministry of Emergency Management from 2018, added through the installed `zhgloss` in
one order and in the other, since the order of adding must never decide which one a text means."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ADDS = {
    "wang-yong-deputy": ("王永", "Deputy Director@Ministry of Emergency Management:2018.."),
    "wang-yong-councilor": ("王勇", "State Councilor@State Council:2013-03..2023-03"),
}
ORDERS = [("wang-yong-deputy", "wang-yong-councilor"), ("wang-yong-councilor", "wang-yong-deputy")]


def run_zhgloss(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`zhgloss --db DB ARGS...` as a subprocess, `stdin` its input, text out."""
    return subprocess.run(["zhgloss", "--db", str(db), *args], input=stdin, capture_output=True, text=True)


def namesakes_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh glossary holding the two namesakes, added in the order `request.param` (one of ORDERS) names. Made a
    module-scoped fixture in each test module: `db = pytest.fixture(scope="module", params=ORDERS)(namesakes_db)`."""
    path = tmp_path_factory.mktemp("namesakes") / "ns.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    for key in request.param:
        zh, role = ADDS[key]
        done = run_zhgloss(path, "add", zh, "--type", "person", "--en", "Wang Yong", "--role", role, "-y")
        assert done.returncode == 0, done.stderr
    return path

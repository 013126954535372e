"""check on 40 hand-judged pairs of wire copy, with the CC-CEDICT names glossary and the full import (issue 9; session
35, rel).

tests/data/check_wire_pairs_s35.tsv was written before the session's fixes: 20 pairs a careful translator writes
(a holiday by its other common name, a ministry in the text's own words, "China's foreign ministry", a relation
adjective, a title joined to a name) and the same sources with one naming fault planted (another holiday, another
ministry, a person's name for an agency, an added name, a misspelt one). Each pair is checked as a document of its
own with the `--proper-only` import of ../shared/data/cedict_ts.u8.gz and with the full import. A correct pair that
fails (a `--fail-on` kind by default) is a false failure; a wrong pair with no failing problem about one of its
names is a missed fault. The ceilings are the counts measured at the session's end: a change that raises them fails
here with the pairs it broke. On main 63c90aa, before the session's fixes: 8 false failures and 1 missed fault with
the names glossary, 9 and 1 with the full import; after them (session 35), none of either with either glossary.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.check import Problem, checker_for
from zhgloss.cli.check import render_problem
from zhgloss.formats.bilingual import Segment
from zhgloss.store import Glossary

PAIRS = Path(__file__).resolve().parent / "data" / "check_wire_pairs_s35.tsv"
# The most false failures and missed faults measured with each glossary.
CEILINGS = {"names": (0, 0), "full": (0, 0)}


def read_pairs() -> list[tuple[str, frozenset[str], str, str]]:
    """The (verdict, names, source, translation) rows of the pairs file, its # header left out."""
    lines = PAIRS.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert all(len(row) == 4 and row[0] in ("ok", "wrong") for row in rows)
    return [(verdict, frozenset(names.split("|")), source, target) for verdict, names, source, target in rows]


@pytest.fixture(scope="module")
def glossaries(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path, zhgloss_exe: str) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("wire_pairs_s35")
    cedict = shared_dir / "data" / "cedict_ts.u8.gz"
    paths = {}
    for label, flags in (("names", ["--proper-only"]), ("full", [])):
        db = folder / f"{label}.json"
        done = subprocess.run(
            [zhgloss_exe, "import", str(cedict), *flags, "--db", str(db)], capture_output=True, check=False
        )
        assert done.returncode == 0, done.stderr
        paths[label] = db
    return paths


def _about(problem: Problem, names: frozenset[str]) -> bool:
    entry = problem.entry
    return bool({problem.source, entry.zh, *entry.zh_aliases} & names)


def judged(path: Path) -> tuple[list[str], list[str]]:
    """Check each pair alone with the glossary at `path`: the false failures and the missed faults, described."""
    false_failures: list[str] = []
    missed: list[str] = []
    with Glossary.open(path) as gloss:
        checker = checker_for(gloss)
        for verdict, names, source, target in read_pairs():
            report = checker.check([Segment(1, source, target)])
            said = [render_problem(p) for p in report.problems]
            if verdict == "ok":
                if report.failing():
                    false_failures.append(f"{source} | {target} :: {said}")
            elif not any(_about(p, names) for p in report.failing()):
                missed.append(f"{source} | {target} :: {said}")
    return false_failures, missed


def test_the_pairs_file_holds_twenty_of_each() -> None:
    rows = read_pairs()
    assert sum(row[0] == "ok" for row in rows) == 20
    assert sum(row[0] == "wrong" for row in rows) == 20


@pytest.mark.parametrize("label", ["names", "full"])
def test_false_failures_and_missed_faults_stay_under_the_measured_ceilings(
    glossaries: dict[str, Path], label: str
) -> None:
    false_failures, missed = judged(glossaries[label])
    most_failures, most_missed = CEILINGS[label]
    assert len(false_failures) <= most_failures, "\n".join(false_failures)
    assert len(missed) <= most_missed, "\n".join(missed)

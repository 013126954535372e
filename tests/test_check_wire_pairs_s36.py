"""check on 20 hand-judged pairs of wire copy written for the thirty-sixth session (issue 9; rel), with the CC-CEDICT
names glossary and the full import.

tests/data/check_wire_pairs_s36.tsv was written before the session's fixes of its items 2 and 3: 10 pairs a careful
translator writes, about languages and peoples ("He speaks fluent German and Japanese", "Japanese-made cars"),
relations ("China-UK relations", "China and Singapore"), a ministry ("China's commerce ministry") and two possessives
("China's Communist Party's Central Committee"), and the same sources with one naming fault planted (another
language, country, ministry, person). Each pair is checked as a document of its own with the `--proper-only` import
of ../shared/data/cedict_ts.u8.gz and with the full import; a correct pair that fails is a false failure, a wrong pair
with no failing problem about one of its names a missed fault. On main 763b695 at the session's start: 6 false
failures and no missed fault with either glossary; at its end, none of either.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.check import Problem, checker_for
from zhgloss.cli.check import render_problem
from zhgloss.formats.bilingual import Segment
from zhgloss.store import Glossary

PAIRS = Path(__file__).resolve().parent / "data" / "check_wire_pairs_s36.tsv"
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
    folder = tmp_path_factory.mktemp("wire_pairs_s36")
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


def test_the_pairs_file_holds_ten_of_each() -> None:
    rows = read_pairs()
    assert sum(row[0] == "ok" for row in rows) == 10
    assert sum(row[0] == "wrong" for row in rows) == 10


@pytest.mark.parametrize("label", ["names", "full"])
def test_false_failures_and_missed_faults_stay_under_the_measured_ceilings(
    glossaries: dict[str, Path], label: str
) -> None:
    false_failures, missed = judged(glossaries[label])
    most_failures, most_missed = CEILINGS[label]
    assert len(false_failures) <= most_failures, "\n".join(false_failures)
    assert len(missed) <= most_missed, "\n".join(missed)

"""check on hand-judged pairs of wire copy: false misses and false passes, with two glossaries (issue 9, session 29).

tests/data/check_pairs_s29.tsv holds (source, translation) pairs judged by hand: correct ones that render every name
a legitimate way (adjectives, demonyms, abbreviations, combining forms, possessives, hyphenated relations) and wrong
ones (a wrong name, a missing one, an added one, a form the glossary forbids). Each pair is checked as a document of
its own, with the bundled glossary (three forbidden forms added, as a termbase would mark them: neither glossary has
any) and with the CC-CEDICT names import (`zhgloss import cedict_ts.u8.gz --proper-only`). A correct pair that fails
(a `--fail-on` kind by default) is a false miss; a wrong pair that passes is a false pass. The ceilings are the
counts measured; a fix lowers them, and a change that raises them fails here with the pairs it broke.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhgloss.check import checker_for
from zhgloss.cli.check import render_problem
from zhgloss.formats.bilingual import Segment
from zhgloss.store import Glossary

PAIRS = Path(__file__).resolve().parent / "data" / "check_pairs_s29.tsv"
# The most false misses and false passes measured with each glossary.
CEILINGS = {"bundled": (0, 0), "cedict": (0, 0)}
# Forms a termbase could ban (TBX deprecated terms) for the bundled glossary's entries, by zh.
FORBIDDEN = {"京东": "Jingdong Mall", "小米集团": "Mi Group", "腾讯": "Tengxun"}


def read_pairs() -> list[tuple[str, str, str, str]]:
    """The (verdict, name, source, translation) rows of the pairs file, its # header left out."""
    lines = PAIRS.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert all(len(row) == 4 and row[0] in ("ok", "wrong") for row in rows)
    return [(verdict, name, source, target) for verdict, name, source, target in rows]


@pytest.fixture(scope="module")
def glossaries(tmp_path_factory: pytest.TempPathFactory, bundled: Path, cedict_names_db: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pairs_s29")
    data = json.loads(bundled.read_text(encoding="utf-8"))
    for entry in data["entries"].values():
        if entry.get("zh") in FORBIDDEN:
            entry["forbidden"] = [{"form": FORBIDDEN[entry["zh"]], "status": "deprecated"}]
    (folder / "bundled.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    # The names import of conftest.py, shared by every module of the process (read only here).
    return {"bundled": folder / "bundled.json", "cedict": cedict_names_db}


def judged(path: Path) -> tuple[list[str], list[str], int]:
    """Check each pair alone with the glossary at `path`: the false misses, the false passes (each described), and how
    many wrong pairs the glossary has the name of."""
    misses: list[str] = []
    passes: list[str] = []
    counted = 0
    with Glossary.open(path) as gloss:
        checker = checker_for(gloss)
        for verdict, name, source, target in read_pairs():
            report = checker.check([Segment(1, source, target)])
            said = [render_problem(p) for p in report.problems]
            if verdict == "ok":
                if report.failing():
                    misses.append(f"{source} | {target} :: {said}")
                continue
            if not any(hit.form == name and hit.field in ("zh", "zh_hant", "zh_alias") for hit in gloss.lookup(name)):
                continue
            counted += 1
            if not report.failing():
                passes.append(f"{source} | {target} :: {said}")
    return misses, passes, counted


def test_the_pairs_file_has_enough_judged_pairs() -> None:
    rows = read_pairs()
    assert len(rows) >= 80
    assert sum(row[0] == "wrong" for row in rows) >= 20


@pytest.mark.parametrize("label", ["bundled", "cedict"])
def test_false_misses_and_passes_stay_under_the_measured_ceilings(glossaries: dict[str, Path], label: str) -> None:
    misses, passes, counted = judged(glossaries[label])
    most_misses, most_passes = CEILINGS[label]
    assert counted >= 10
    assert len(misses) <= most_misses, "\n".join(misses)
    assert len(passes) <= most_passes, "\n".join(passes)

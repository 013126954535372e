"""The title that tells two namesakes apart is read as the text writes it (the reviewer's R38-13): "State
Councillor Wang Yong" (British spelling), "Deputy director of the Ministry of Emergency Management Wang Yong" (the
title, then its body), "State Councilor and Secretary-General Wang Yong" (two titles), "Wang Yong, a state councilor,"
(an apposition). 360b72af matched a stored title only where it ended right before the name, spelt as stored, so these
glossed whichever namesake was added first.

The title's words are read in the clause before the name, followed only by capitalised words and "of", "the", "and",
"for" up to it (not "State Councilor Wang Yi met Wang Yong", another man's title), or in an apposition right after
it; in either spelling of SCOWL's British/American pairs (data/british_spellings.tsv). The glossary is the user's
script's (/tmp/u38/t/namesake_en.sh, the reviewer's /tmp/rev38/t/ns.sh), made with `zhgloss add`, in both orders.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from namesakes import ADDS, ORDERS, namesakes_db, run_zhgloss

db = pytest.fixture(scope="module", params=ORDERS)(namesakes_db)
"""The two namesakes, added in one order and in the other (`namesakes.namesakes_db`)."""


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        # the reviewer's lines (/tmp/rev38/t/ns_en.txt, ns_en2.txt)
        ("State Councillor Wang Yong spoke.", "王勇"),
        ("Chinese state councillor Wang Yong spoke.", "王勇"),
        ("Wang Yong, a state councilor, spoke.", "王勇"),
        ("State Councilor and Secretary-General Wang Yong spoke.", "王勇"),
        ("Deputy director of the Ministry of Emergency Management Wang Yong spoke.", "王永"),
        ("Emergency management deputy director Wang Yong spoke.", "王永"),
        # my own
        ("Wang Yong, deputy director of the Ministry of Emergency Management, spoke.", "王永"),
        ("Former State Councillor Wang Yong died.", "王勇"),
    ],
)
def test_the_title_is_read_as_the_text_writes_it(db: Path, line: str, zh: str) -> None:
    done = run_zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert f"Wang Yong ({zh})" in done.stdout


def test_another_mans_title_earlier_in_the_clause_says_nothing(tmp_path: Path) -> None:
    # The deputy director added first: with no title of its own, the shared name is the first added's, as before.
    path = tmp_path / "ns.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    for key in ("wang-yong-deputy", "wang-yong-councilor"):
        zh, role = ADDS[key]
        assert (
            run_zhgloss(path, "add", zh, "--type", "person", "--en", "Wang Yong", "--role", role, "-y").returncode == 0
        )
    done = run_zhgloss(path, "annotate", "-", stdin="State Councilor Wang Yi met Wang Yong.\n")
    assert done.stdout == "State Councilor Wang Yi met Wang Yong (王永).\n"

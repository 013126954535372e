"""The title nearest a namesake's name tells which one it is (the reviewer's R39-12).

e43b90f6 read a title anywhere in the clause before the name: "State Councilor Wang Yong and Deputy Director Wang
Yong" found both men's titles before the second name and glossed it as whichever was added first; a title in brackets
after the name ("Wang Yong (State Councilor)") or in the noun phrase the name stands in apposition to ("The deputy
director of the emergency management ministry, Wang Yong, inspected") was not read. The title nearest the name wins;
one in brackets or in the phrase the name is in apposition to is as near as one right before it. The glossary is the
user's script's (/tmp/u38/t/namesake_en.sh, the reviewer's /tmp/rev39/t/ns.sh), made with `zhgloss add`, in both
orders.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from namesakes import ORDERS, namesakes_db, run_zhgloss

db = pytest.fixture(scope="module", params=ORDERS)(namesakes_db)
"""The two namesakes, added in one order and in the other (`namesakes.namesakes_db`)."""


def _annotated(db: Path, line: str) -> str:
    done = run_zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        # the reviewer's lines (/tmp/rev39/t/ns_en3.txt, lines 5 and 7)
        ("The deputy director of the emergency management ministry, Wang Yong, inspected the site.", "王永"),
        ("Wang Yong (State Councilor) spoke.", "王勇"),
        # my own
        ("The former state councilor, Wang Yong, spoke first.", "王勇"),
        ("Wang Yong (deputy director of the Ministry of Emergency Management) inspected the site.", "王永"),
        ("A deputy director at the ministry, Wang Yong, said the rescue went on.", "王永"),
    ],
)
def test_a_title_in_brackets_or_in_apposition_tells_the_namesake(db: Path, line: str, zh: str) -> None:
    assert f"Wang Yong ({zh})" in _annotated(db, line)


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        ("State Councilor Wang Yong and Deputy Director Wang Yong both attended.", "王勇", "王永"),  # line 8
        ("Deputy Director Wang Yong and State Councilor Wang Yong both attended.", "王永", "王勇"),
        ("State Councillor Wang Yong met Deputy Director Wang Yong.", "王勇", "王永"),
        # the reviewer's R40-19 (/tmp/rev40/t/ns_en4.txt line 5): what follows the comma names the next man, no
        # apposition of the first
        (
            "Speaking after State Councilor Wang Yong, Deputy Director Wang Yong said the plan was ready.",
            "王勇",
            "王永",
        ),
    ],
)
def test_the_nearest_title_wins(db: Path, line: str, first: str, second: str) -> None:
    out = _annotated(db, line)
    at = out.index("Wang Yong (")
    assert out[at:].startswith(f"Wang Yong ({first})")
    assert f"Wang Yong ({second})" in out[at + 10 :]


def test_a_shared_name_whose_entries_hold_several_titles_none_there() -> None:
    # The bundled glossary's "Lei Jun" is shared by entries holding several roles, none of them written here ("chief
    # executive" is no stored title of theirs): no title decides, the name is glossed as before (an early draft of
    # this change compared two "not there" answers and failed on this line).
    done = subprocess.run(
        ["zhgloss", "annotate", "-"],
        input="Xiaomi Corp's chief executive Lei Jun unveiled the SU7.\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Lei Jun (雷军)" in done.stdout

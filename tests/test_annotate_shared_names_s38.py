"""Two officials who share an English name are told apart by the title the text writes before it: "State Councilor
Wang Yong" is 王勇 (State Councilor, 2013-2023), not 王永 (a deputy director of the Ministry of Emergency Management),
whichever was added first (the user's U38-2, annotate half).

Wire English names officials by pinyin after their title, and namesakes in pinyin are the everyday case (王勇/王永,
刘伟/刘炜). The roles the glossary stores say who holds which title; a past one counts ("Former state councilor"),
case aside. Where no one entry's title stands before the name, the pronoun rule and the glossary's order decide as
before (left: the request's "or mark it ambiguous"). The glossary is the user's script's (/tmp/u38/t/namesake_en.sh),
made with `zhgloss add`, in both orders.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from namesakes import ORDERS, namesakes_db, run_zhgloss

db = pytest.fixture(scope="module", params=ORDERS)(namesakes_db)
"""The two namesakes, added in one order and in the other (`namesakes.namesakes_db`)."""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's lines
        ("State Councilor Wang Yong met the delegation.", "State Councilor Wang Yong (王勇) met the delegation."),
        (
            "Former state councilor Wang Yong said he would attend.",
            "Former state councilor Wang Yong (王勇) said he would attend.",
        ),
        # my own: the other man's title
        ("Deputy Director Wang Yong spoke.", "Deputy Director Wang Yong (王永) spoke."),
    ],
)
def test_the_title_before_a_shared_name_says_whose_it_is(db: Path, line: str, expected: str) -> None:
    done = run_zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected + "\n"

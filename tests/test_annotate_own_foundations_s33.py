"""A living person's full name before 基金会 is their own foundation, and keeps its gloss (issue 9; the thirty-second
session's review, R15: 梅西基金会, the Leo Messi Foundation, lost Messi's gloss with f863042).

f863042 drops a transliterated person's full name whose line names no business before a firm's word (梅西百货 is
Macy's, not Lionel Messi). A foundation is the one firm people set up in their own name while they live: sportsmen,
singers and former officials (the Leo Messi Foundation, the Roger Federer Foundation, the Michael Schumacher
foundation Keep Fighting). So before 基金会 a person whose line dates them as living ("(1987-)") is the foundation's
own (`InsideRule._is_living`); a dead person's name there may be a namesake's, and a shop's, a company's or a bank's
word still drops the living too. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "梅西 梅西 [Mei2 xi1] /Lionel Messi (1987-), Argentine footballer/\n"
    "費德勒 费德勒 [Fei4 de2 le4] /Roger Federer (1981-), Swiss tennis star/\n"
    "舒馬赫 舒马赫 [Shu1 ma3 he4] /Michael Schumacher (1969-), former German racing driver/\n"
    "巴赫 巴赫 [Ba1 he4] /Johann Sebastian Bach (1685-1750), German composer/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R15 (/tmp/rev32/review.md)
        ("梅西基金会宣布向家乡医院捐款。", ["梅西"]),
        # my own: living sportsmen's foundations, traditional characters too
        ("费德勒基金会在非洲资助了八十所学校。", ["费德勒"]),
        ("舒馬赫基金會發表聲明。", ["舒馬赫"]),
    ],
)
def test_a_living_persons_foundation_keeps_the_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    "text",
    [
        # f863042's own case: a shop named after a family, whoever is living
        "梅西百货公布财报。",
        "费德勒公司宣布裁员。",
        # a dead person's name before a foundation's word: a namesake's, as before
        "巴赫基金会宣布新的资助计划。",
    ],
)
def test_a_firm_or_a_dead_persons_namesake_glosses_nobody(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []

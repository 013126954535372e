"""A country's department (a French département) is a unit of its administration: 阿尔萨斯
"Alsace, French department" is a place, not an organisation's department (twenty-fifth session, issue 9; tester's I-4
of the twenty-fourth session). Real CC-CEDICT lines in tests/data/cedict_departments_s25.u8."""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_departments_s25.u8")


def test_alsace_is_a_place() -> None:
    assert (NAMES["阿尔萨斯"].en, NAMES["阿尔萨斯"].type) == ("Alsace", "place")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("甲乙 甲乙 [Jia3 yi3] /Lorraine, French department/\n", "place"),
        ("丙丁 丙丁 [Bing3 ding1] /Bretagne, French department (former province)/\n", "place"),
        # a department of a store or an office is no place
        ("戊己 戊己 [Wu4 ji3] /Galeries Lafayette, French department store/\n", "org"),
    ],
)
def test_lines_of_my_own(line: str, kind: str) -> None:
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.type == kind

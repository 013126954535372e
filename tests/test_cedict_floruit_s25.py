"""A floruit after a name, "(active c. 1090)", "(fl. 1090)", dates a person as life dates do: "Zhang Bingding (active
c. 1090), Northern Song writer" is a person, not a work by the "Song" of its dynasty (twenty-fifth session, issue 9;
tester's I-3 of the twenty-fourth session, whose repro lines are the shape of a held-out line). Real CC-CEDICT lines
of the shape in tests/data/cedict_floruit_s25.u8 (all persons already: controls) and the tester's lines."""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_floruit_s25.u8")


@pytest.mark.parametrize(
    "line",
    [
        "张丙丁 张丙丁 [Zhang1 Bing3 ding1] /Zhang Bingding (active c. 1090), Northern Song writer/\n",
        "张子丑 张子丑 [Zhang1 Zi3 chou3] /Zhang Zichou (fl. 1090), Southern Song poet/\n",
        "张戊己 张戊己 [Zhang1 Wu4 ji3] /Zhang Wuji (flourished 1120s), Northern Song painter/\n",
        "张甲乙 张甲乙 [Zhang1 Jia3 yi3] /Zhang Jiayi (active c. 1090), Tang dynasty writer/\n",
    ],
)
def test_a_person_with_a_floruit_is_a_person(line: str) -> None:
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.type == "person"


@pytest.mark.parametrize("zh", ["万齐融", "王实甫", "张僧繇", "西门豹", "李延寿"])
def test_real_lines_with_a_floruit_are_persons(zh: str) -> None:
    assert NAMES[zh].type == "person"

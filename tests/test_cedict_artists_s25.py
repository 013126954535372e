"""An artist is a person: 班克西 "Banksy (British street artist)" was a place (by "street"), 高桥留美子 "Takahashi
Rumiko, Japanese manga artist" a work (by "manga") (twenty-fifth session, issue 9; tester's I-4 of the twenty-fourth
session: 班克西). Real CC-CEDICT lines in tests/data/cedict_artists_s25.u8."""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_artists_s25.u8")


@pytest.mark.parametrize("zh", ["班克西", "高桥留美子", "小畑健", "白冰冰"])
def test_an_artist_is_a_person(zh: str) -> None:
    assert NAMES[zh].type == "person"


@pytest.mark.parametrize(
    "line",
    [
        "甲乙 甲乙 [Jia3 yi3] /Jiayi (French street artist)/\n",
        "丙丁 丙丁 [Bing3 ding1] /Bingding, Italian sculptor/\n",
    ],
)
def test_lines_of_my_own(line: str) -> None:
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.type == "person"

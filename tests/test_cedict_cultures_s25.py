"""A prehistoric culture is named as archaeology names it, without the period word between its name and
"culture": 齐家文化 "Qijia neolithic culture" is the Qijia culture, as 大汶口文化 is the Dawenkou culture
(twenty-fifth session, issue 9; tester's T25-I5). "culture" is a generic the headword writes (文化, CC-CEDICT's
"culture": data/cedict_generics.tsv). Real CC-CEDICT lines in tests/data/cedict_cultures_s25.u8."""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_cultures_s25.u8")


@pytest.mark.parametrize(("zh", "en"), [("齐家文化", "Qijia culture"), ("仰韶文化", "Yangshao culture")])
def test_a_culture_without_its_period_word(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


@pytest.mark.parametrize(("zh", "en"), [("大汶口文化", "Dawenkou culture"), ("龙山文化", "Longshan culture")])
def test_cultures_named_so_already_stay(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_a_line_of_my_own() -> None:
    line = "甲乙文化 甲乙文化 [Jia3 yi3 wen2 hua4] /Jiayi paleolithic culture in Shanxi/\n"
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.en == "Jiayi culture"

"""A place before what a company has or runs there, listed with a company, stays the place (issue 9, U27-50).

b48d846 (U27-45) read a place glued to an ordinary two-character word, after a company and 和/与/及, as another
company's name (福特汽车与宁德时代签署协议: CATL, not Ningde). It took 比亚迪和上海工厂 ("BYD and the Shanghai plant")
and 华为与北京用户见面 ("Huawei meets Beijing's users") too: 工厂 and 用户 are a company's plant and users in the
place, the place's, never a company's own word (`zhgloss.glossrules._is_company_word`, `_PLACE_HELD`). The glossary
is real CC-CEDICT lines (tests/data/cedict_annotate_s28.u8), imported as `zhgloss import --proper-only` would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_annotate_s28.u8"))

_HELD = ["工厂", "基地", "总部", "园区", "用户", "客户", "门店", "网点", "经销商", "供应商"]
"""What a company has or runs in a place: its plants, bases, headquarters, parks; users, customers, stores, dealers."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-50 (main b48d846; 93d1167 glossed the place)
        ("比亚迪和上海工厂。", ["比亚迪", "上海"]),
        ("华为与北京用户见面。", ["华为", "北京"]),
        # my own of the kind: a base, headquarters, customers, stores, dealers; the list the other way round
        ("比亚迪与西安基地的员工座谈。", ["比亚迪", "西安"]),
        ("华为与深圳总部的研发人员。", ["华为", "深圳"]),
        ("华为与广州门店的店员。", ["华为", "广州"]),
        ("比亚迪与北京经销商见面。", ["比亚迪", "北京"]),
        ("上海工厂与比亚迪合作。", ["上海", "比亚迪"]),
        ("北京用户与华为见面。", ["北京", "华为"]),
    ],
)
def test_a_place_before_what_a_company_has_there_stays_the_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # U27-45, kept: a place and a word of its own (时代) after or before a company is another company
        ("福特汽车与宁德时代签署协议。", ["福特汽车"]),
        ("比亚迪与宁德时代展开竞争。", ["比亚迪"]),
        ("宁德时代与福特汽车签署技术许可协议。", ["福特汽车"]),
    ],
)
def test_a_place_and_a_word_of_its_own_beside_a_company_is_still_a_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@given(
    company=st.sampled_from(["比亚迪", "华为", "福特汽车"]),
    mark=st.sampled_from(["和", "与", "及"]),
    place=st.sampled_from(["上海", "北京", "深圳", "西安", "广州"]),
    held=st.sampled_from(_HELD),
    tail=st.sampled_from(["。", "的员工。", "见面。", "合作。", "，双方交流。"]),
    first=st.booleans(),
)
def test_the_place_is_kept_whatever_company_mark_or_held_word(
    company: str, mark: str, place: str, held: str, tail: str, first: bool
) -> None:
    text = f"{place}{held}{mark}{company}{tail}" if first else f"{company}{mark}{place}{held}{tail}"
    assert place in glossed(text, ANNOTATOR)

"""A place's full name before 长 is cut to its bare name where the text reads the title of the place's head (issue 9).

The glossary is real: CC-CEDICT's lines for the places (tests/data/cedict_unit_heads.u8, imported as `zhgloss import
--proper-only` would). The sixteenth session's news sweep glossed 景德镇市长在开幕式上说 ("the mayor of
Jingdezhen said") as 景德镇市（Jingdezhen）长: the full name 景德镇市 took the 市 of 市长 "mayor". The generic of a
unit and 长 make the title of its head (市长, 省长, 县长, 区长); the match is the bare name where the text reads the
title, and stays whole where it reads a word starting on 长 (北京市|长期, 湖北省|长江) or a name starts there
(湖南省|长沙市).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_unit_heads.u8"))


def surfaces(text: str) -> list[str]:
    """The surfaces glossed in `text`, in order (the span matters here, not only the entry)."""
    return [text[s:e] for s, e, _ in ANNOTATOR.spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("景德镇市长在开幕式上说，千年瓷都正在加快发展。", ["景德镇"]),
        ("湖北省长王忠林说", ["湖北"]),
        ("大连市长陈绍旺出席了会议。", ["大连"]),
        ("北京市长殷勇会见了代表团。", ["北京"]),
    ],
)
def test_a_full_name_before_the_title_of_its_head_is_the_bare_name(text: str, expected: list[str]) -> None:
    assert surfaces(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京市长期以来重视文物保护。", ["北京市"]),
        ("湖北省长江流域的城市", ["湖北省", "长江流域"]),
        ("今年以来，湖南省长沙市大力发展夜间经济。", ["湖南省", "长沙市"]),
        # The bare name is no form of the entry's (锦江区 is glossed, 锦江 not): the full name's gloss stays.
        ("锦江区长在会上说", ["锦江区"]),
        ("上海市政府发布通知", ["上海市"]),
    ],
)
def test_a_full_name_before_another_word_stays_whole(text: str, expected: list[str]) -> None:
    assert surfaces(text) == expected

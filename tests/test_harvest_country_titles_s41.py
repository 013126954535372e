"""harvest: a country or a place before a title names no one, however long its name (s41).

The fortieth session read the country before a title only as X国 of two characters (美国总统（Joe Biden）, 法国总统):
法兰西总统（Emmanuel Macron） proposed a person 法兰西 "Emmanuel Macron" (法 being a surname, and "Emmanuel" an
English given name). A place jieba lists (`harvest._is_listed_place`), or any name ending in 国, is no person's name.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    "text",
    [
        "法兰西总统（Emmanuel Macron）发表讲话。",
        "新加坡总理（Lawrence Wong）表示。",
        "英格兰队长（Harry Kane）表示。",
        "德意志银行行长（Christian Sewing）表示。",
        "大韩民国总统（Lee Jae-myung）表示。",
        "美国总统（Joe Biden）表示。",
    ],
)
def test_a_place_before_a_title_is_no_person(text: str) -> None:
    passed: list[tuple[int, str]] = []
    assert harvest(text, [], passed_over=passed) == []
    assert passed  # and the user is told the bracket was passed over


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("郭台铭董事长（Terry Gou）表示。", "郭台铭", "Terry Gou"),  # a person's own spelling of his surname
        ("法国总统马克龙（Emmanuel Macron）发表讲话。", "马克龙", "Emmanuel Macron"),
        ("新加坡总理黄循财（Lawrence Wong）表示。", "黄循财", "Lawrence Wong"),
    ],
)
def test_a_person_before_or_after_the_title_is_still_paired(text: str, zh: str, en: str) -> None:
    (found,) = harvest(text, [])
    assert (found.zh, found.en, found.entry.type) == (zh, en, "person")

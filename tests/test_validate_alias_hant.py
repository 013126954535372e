"""A Chinese alias that is zh in traditional characters while zh_hant is empty (issue 9, validate; formats gap 3).

Tools list both scripts of a term as synonyms ("腾讯；騰訊"), and import now makes the traditional one zh_hant;
a glossary written before, or by hand, keeps it as an alias, where annotate and export take it for another name.
Run on the CC-CEDICT names glossary (14,990 entries) it flags 5, each right: 臺北 for 台北, 臺中, 臺西, 臺, and 萬
for the surname Wan 万; not Taiwan's words for places (查德 beside 乍得), nor a surname's other character (嶽, 岳).
"""

from __future__ import annotations

import pytest

from zhgloss.model import Entry
from zhgloss.validate import validate_entries


def alias_problems(entry: Entry) -> list[str]:
    return [p.message for p in validate_entries([entry]) if p.code == "zh-alias-hant"]


@pytest.mark.parametrize(
    ("zh", "alias", "kind"),
    [("腾讯", "騰訊", "org"), ("台北", "臺北", "place"), ("马云", "馬雲", "person"), ("台湾", "台灣", "place")],
)
def test_a_traditional_alias_with_no_zh_hant_is_warned_of(zh: str, alias: str, kind: str) -> None:
    entry = Entry(id="x", en="Some Name", zh=zh, zh_aliases=(alias,), type=kind)
    assert alias_problems(entry) == [
        f"{alias!r} writes {zh!r} in traditional characters: make it zh_hant, not an alias"
    ]


@pytest.mark.parametrize(
    ("zh", "alias", "kind"),
    [
        ("乍得", "查德", "place"),  # Taiwan's word for Chad: another name
        ("松滋", "鬆滋", "place"),  # t2s folds 鬆 onto 松: another word
        ("岳", "嶽", "surname"),  # the surname stays 岳
        ("郁", "鬱", "surname"),
        ("马云", "马老师", "person"),  # an alias in the same script
    ],
)
def test_another_name_or_word_is_not(zh: str, alias: str, kind: str) -> None:
    assert alias_problems(Entry(id="x", en="Some Name", zh=zh, zh_aliases=(alias,), type=kind)) == []


def test_an_entry_with_zh_hant_is_not() -> None:
    entry = Entry(id="x", en="Taiwan", zh="台湾", zh_hant="臺灣", zh_aliases=("台灣",), type="place")
    assert alias_problems(entry) == []

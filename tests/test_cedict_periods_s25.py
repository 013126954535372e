"""A dynasty or a state of China's periods of division is named without the period CC-CEDICT writes after it ("Western
Qin of the Sixteen Kingdoms" is the Western Qin), and a foreign dynasty or army without the people's adjective before
it ("Persian Safavid Dynasty" is the Safavid Dynasty) (twenty-fifth session, issue 9; tester's I-1 of the
twenty-fourth session). Real CC-CEDICT lines in tests/data/cedict_periods_s25.u8; the expected names are the lines'
own words, as English histories name these states (the note keeps the whole gloss)."""

from __future__ import annotations

import pytest
from cedict_fixtures import fixture_by_zh, kinds_and_english

NAMES = fixture_by_zh("cedict_periods_s25.u8")


_names = kinds_and_english


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("西秦", "Western Qin"),
        ("后周", "Later Zhou"),
        ("成汉", "Cheng Han"),
        ("东魏", "Eastern Wei"),
        ("萨非王朝", "Safavid Dynasty"),
        ("高丽王朝", "Goryeo Dynasty"),
        ("吐蕃王朝", "Tubo Dynasty"),
        ("关东军", "Kwantung Army"),  # (capitalised since s32: the head of a body's name)
    ],
)
def test_a_dynasty_is_named_without_its_period_or_people(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_the_period_stays_in_the_note() -> None:
    assert "of the Sixteen Kingdoms" in (NAMES["西秦"].note or "")


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # one word before the period: "Wei" alone is not the Northern Wei
        ("北魏", "Wei of the Northern Dynasties"),
        # a book, no state
        ("新五代史", "Later History of the Five Dynasties"),
        # a people's adjective in a place's or a body's own name, or before an English word
        ("法属圭亚那", "French Guiana"),
        ("中华台北", "Chinese Taipei"),
        ("爱尔兰共和军", "Irish Republican Army"),
        ("朝鲜战争", "Korean War"),
    ],
)
def test_names_that_hold_the_words_keep_them(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("东燕 东燕 [Dong1 Yan1] /Eastern Yan of the Sixteen Kingdoms (400-410)/\n", "Eastern Yan"),
        ("后楚 后楚 [Hou4 Chu3] /Later Chu of the Ten Kingdoms (927-951)/\n", "Later Chu"),
        ("木朝 木朝 [Mu4 Chao2] /Mongolian Khalkha dynasty 1600-1700/\n", "Khalkha"),
    ],
)
def test_lines_of_my_own_with_a_period_or_a_people(line: str, en: str) -> None:
    assert [e for _, e in _names(line).values()] == [en]

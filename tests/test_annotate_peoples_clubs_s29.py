"""A people's name in a match's clause is the club named after it: 凯尔特人以3比1战胜流浪者 is Celtic (issue 9).

Clubs are named after peoples (Celtic and the Boston Celtics, Espanyol, the Minnesota Vikings, the Cleveland
Indians), and Chinese sports news writes them by the people's name (凯尔特人, 西班牙人, 维京人, 印第安人), which
CC-CEDICT lists only as the people ("Celt", "Spaniard"). With the full CC-CEDICT names glossary
凯尔特人在主场以3比1战胜流浪者 was glossed 凯尔特人（Celt） (gls's twenty-ninth-session wire copy, line 14). A
people's name (untyped, ending with 人) as the subject or the object of a match's result, in a clause that holds a
score or a ground, is not glossed; a club's own entry (洛杉矶湖人 "Los Angeles Lakers", an organisation) is. The
glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
凱爾特人 凯尔特人 [Kai3 er3 te4 ren2] /Celt/
西班牙人 西班牙人 [Xi1 ban1 ya2 ren2] /Spaniard/Spanish person/
維京人 维京人 [Wei2 jing1 ren2] /Viking/
印第安人 印第安人 [Yin4 di4 an1 ren2] /American Indians/
巴塞羅那 巴塞罗那 [Ba1 sai4 luo2 na4] /Barcelona/
洛杉磯湖人 洛杉矶湖人 [Luo4 shan1 ji1 Hu2 ren2] /Los Angeles Lakers (NBA team)/
湖人 湖人 [Hu2 ren2] /Los Angeles Lakers/abbr. for 洛杉磯湖人|洛杉矶湖人[Luo4 shan1 ji1 Hu2 ren2]/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gls's wire copy, line 14 (main 7051b11): Celtic beat Rangers
        ("苏超方面，凯尔特人在主场以3比1战胜流浪者，继续领跑积分榜。", []),
        # my own: Espanyol as the object and as the subject before its ground, the Vikings, the Indians
        ("巴塞罗那以2比0战胜西班牙人。", ["巴塞罗那"]),
        ("西班牙人主场1比1战平皇家社会。", []),
        ("西班牙人2比1击败赫塔费。", []),
        ("维京人在主场以24比17战胜包装工。", []),
        ("印第安人以5比3击败洋基队。", []),
        ("凯尔特人客场不敌流浪者。", []),
    ],
)
def test_a_peoples_name_in_a_match_clause_is_a_club(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The people itself, and a club's own entry in a match's clause.
        ("凯尔特人的历史可以追溯到铁器时代。", ["凯尔特人"]),
        ("西班牙人以热情著称。", ["西班牙人"]),
        ("维京人在九世纪抵达英格兰。", ["维京人"]),
        ("湖人以110比100击败勇士。", ["湖人"]),
    ],
)
def test_the_people_itself_and_a_clubs_own_entry_stay(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

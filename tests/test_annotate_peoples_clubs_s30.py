"""A people's name in a match's clause is the club named after it; a club's own entry keeps its gloss (issue 9).

Clubs are named after peoples (Celtic and the Boston Celtics, Espanyol, the Minnesota Vikings), and Chinese sports
news writes them by the people's name (凯尔特人, 西班牙人, 维京人), which CC-CEDICT lists only as the people ("Celt",
"Spaniard", "Viking"), untyped. With the CC-CEDICT names glossary, gls's thirtieth-session wire copy glossed
西班牙人（Spaniard）主场0比1负于毕尔巴鄂竞技 (line 13) and 明尼苏达维京人（Viking）以24比20险胜芝加哥熊 (line 17).
c33e322 dropped such a name (untyped, ending with 人) and with it 湖人 "Los Angeles Lakers", untyped where its line is
imported alone (reverted, 87c3720). A people's English is one word or says person or people; a club's is its city
and its own word, and stays. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
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
巴塞羅那 巴塞罗那 [Ba1 sai4 luo2 na4] /Barcelona/
湖人 湖人 [Hu2 ren2] /Los Angeles Lakers/abbr. for 洛杉磯湖人|洛杉矶湖人[Luo4 shan1 ji1 Hu2 ren2]/
快船 快船 [Kuai4 chuan2] /Los Angeles Clippers (NBA team)/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))
FOLDED = Annotator(
    list(
        load_cedict(
            io.StringIO(LINES + "洛杉磯湖人 洛杉矶湖人 [Luo4 shan1 ji1 Hu2 ren2] /Los Angeles Lakers (NBA team)/\n"),
            proper_only=True,
        )
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gls's s30 wire copy, lines 13 and 17 (main f7d1515): Espanyol, the Minnesota Vikings
        ("西甲方面，西班牙人主场0比1负于毕尔巴鄂竞技。", []),
        ("NFL第13周，维京人以24比20险胜芝加哥熊。", []),
        # the brief's: Celtic beat Rangers (gls's s29 wire copy, line 14)
        ("苏超方面，凯尔特人在主场以3比1战胜流浪者，继续领跑积分榜。", []),
        # my own: as the object of a result, after a match's verb, before a score
        ("巴塞罗那以2比0战胜西班牙人。", ["巴塞罗那"]),
        ("凯尔特人客场不敌流浪者。", []),
        ("西班牙人2比1击败赫塔费。", []),
    ],
)
def test_a_peoples_name_in_a_match_clause_is_a_club(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A club's own entry, untyped where its line is imported alone, and typed where the line it points to is
        # imported too: the Lakers and the Clippers in a match's clause.
        ("北京时间今晨，湖人以一百比九十战胜勇士。", ["湖人"]),
        ("湖人以110比100击败快船。", ["湖人", "快船"]),
        ("快船主场以3分之差负于湖人。", ["快船", "湖人"]),
        # The people itself, outside a match's clause.
        ("凯尔特人的历史可以追溯到铁器时代。", ["凯尔特人"]),
        ("西班牙人以热情著称。", ["西班牙人"]),
        ("维京人在九世纪抵达英格兰。", ["维京人"]),
    ],
)
def test_a_clubs_own_entry_and_the_people_itself_stay(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_a_clubs_own_entry_folded_into_its_full_name_stays() -> None:
    assert glossed("湖人以110比100击败快船。", FOLDED) == ["湖人", "快船"]

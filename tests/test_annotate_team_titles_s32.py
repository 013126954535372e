"""A team's captain or coach named by a family name the glossary gives a politician's full name is someone else of
that name (issue 9: Chinese news annotated with the CC-CEDICT names glossary gets no gloss a translator would call
nonsense; the thirty-first session's note: 皇马队长拉莫斯 glossed "Fidel Ramos").

CC-CEDICT's 拉莫斯 is "(Philippine President Fidel) Ramos", and the names glossary glossed
皇马队长拉莫斯（Fidel Ramos）, Real Madrid's captain Sergio Ramos. As a title only a company's officers hold names a
company's officer (s31, `InsideRule._outside_other_holders`), a title only a team's captain or coach holds (队长,
主帅, 教练, 主教练) names a sportsperson: an entry glossing a full name whose line names no sport, player or leader of a
team is not glossed there. A footballer's line (梅西), one that names a player among its senses (詹姆斯 "LeBron James
... NBA player"), and the politician after a title of his own office keep theirs. The glossary is real CC-CEDICT lines
(CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "拉莫斯 拉莫斯 [La1 mo4 si1] /(Philippine President Fidel) Ramos/\n"
    "基辛格 基辛格 [Ji1 xin1 ge2] /Henry Kissinger (1923-), US academic and politician, "
    "Secretary of State 1973-1977/\n"
    "佩洛西 佩洛西 [Pei4 luo4 xi1] /Nancy Pelosi (1940-), US Democrat politician from California, "
    "speaker of US House of Representatives 2007-2011 and 2019-/\n"
    "梅西 梅西 [Mei2 xi1] /Lionel Messi (1987-), Argentine footballer/\n"
    "詹姆斯 詹姆斯 [Zhan1 mu3 si1] /James (name)/LeBron James (1984-), NBA player/\n"
    "貝克漢姆 贝克汉姆 [Bei4 ke4 han4 mu3] /Beckenham or Beckham (name)/David Beckham (1975-), British midfield "
    "footballer/\n"
    "皇馬 皇马 [Huang2 Ma3] /Real Madrid soccer team/abbr. for 皇家馬德里|皇家马德里/\n"
    "阿根廷 阿根廷 [A1 gen1 ting2] /Argentina/\n"
    "菲律賓 菲律宾 [Fei1 lu:4 bin1] /the Philippines/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thirty-first session's note: Sergio Ramos, Real Madrid's captain
        ("皇马队长拉莫斯在赛后表示，球队仍有机会晋级。", ["皇马"]),
        # my own: a coach and a captain who share a politician's family name
        ("球队主教练拉莫斯赛后接受了采访。", []),
        ("该队主帅基辛格表示，球员们已经尽力。", []),
        ("女篮队长佩洛西在比赛中拿下20分。", []),
    ],
)
def test_a_team_title_before_a_non_players_family_name_glosses_nobody(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The entry's line names a sport or a player: the captain may be them.
        ("阿根廷队长梅西打进一球。", ["阿根廷", "梅西"]),
        ("球队队长詹姆斯砍下30分。", ["詹姆斯"]),
        ("英格兰队长贝克汉姆宣布退役。", ["贝克汉姆"]),
        # A title of the entry's own office, and no title at all: the entry's person.
        ("菲律宾总统拉莫斯访问北京。", ["菲律宾", "拉莫斯"]),
        ("拉莫斯当天发表讲话。", ["拉莫斯"]),
    ],
)
def test_a_players_name_or_another_title_keeps_the_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

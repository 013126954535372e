"""A historic person's name glued to a listed subsidiary's trade is the company's name in any clause (R39-8, issue 9).

s39's rule (43acb14e) dropped CC-CEDICT's 阿里 "Imam Ali ibn Abu Talib" before 健康 or 影业 only where the clause
after the trade names what only a listed company has or does (股价, 业绩): 阿里健康宣布与多家医院合作 still glossed the
caliph. A person dead before the twentieth century (life dates with a year of death before 1900: "(c. 600-661)") is in
no news of a listed company's trade: glued to one (健康, 影业, 银行, 保险…), the name is the group's short name whatever
the clause says. Trades that are also what a person made (音乐, 游戏: 贝多芬音乐 "Beethoven's music"), a longer word
the trade starts (健康状况 "state of health"), and a living person's name (周杰伦, 李宁: s39's clause rule) are as
before. The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz), imported as
`zhgloss import --proper-only` would.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "阿里 阿里 [A1 li3] /Ali (proper name)/Imam Ali ibn Abu Talib (c. 600-661), cousin, aid and son-in-law of the"
    " Prophet Mohammed 穆罕默德, the fourth Caliph 哈里發|哈里发 of Islam, reigned 656-661, and the first Imam"
    " 伊瑪目|伊玛目 of Shia Islam/Ngari prefecture in Tibet, Tibetan: Mnga' ris/\n"
    "周杰倫 周杰伦 [Zhou1 Jie2 lun2] /Jay Chou (1979-), Taiwanese pop star/\n"
    "李寧 李宁 [Li3 Ning2] /Li Ning (1963-), PRC gymnast, winner of three gold medals at Los Angeles 1984"
    " Olympic games/\n"
    "貝多芬 贝多芬 [Bei4 duo1 fen1] /Ludwig van Beethoven (1770-1827), German composer/\n"
    "曹操 曹操 [Cao2 Cao1] /Cao Cao (155-220), famous statesman and general at the end of Han, noted poet and"
    " calligrapher, later warlord, founder and first king of Cao Wei 曹魏, father of Emperor Cao Pi 曹丕/the main"
    " villain of novel the Romance of Three Kingdoms 三國演義|三国演义/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    "line",
    [
        "阿里健康宣布与多家医院合作。",  # the reviewer's line (R39-8): Alibaba Health, 0241.HK
        "阿里影业今年将推出多部新片。",  # Alibaba Pictures, 1060.HK
        "阿里健康与多家药企签约。",
        "阿里影業宣布新片定檔。",  # traditional
        "据悉，阿里健康将在上海设立新的研发中心。",
    ],
)
def test_a_historic_persons_name_before_a_trade_is_no_person(line: str) -> None:
    assert glossed(line, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("贝多芬音乐在中国广受欢迎。", ["贝多芬"]),  # his music: a trade that is a person's work too
        ("阿里健康状况良好。", ["阿里"]),  # 健康状况 "state of health": a longer word, as before
        ("周杰伦健康状况良好。", ["周杰伦"]),
        ("李宁健康宣布与医院合作。", ["李宁"]),  # a living person: s39's clause rule alone, which says nothing here
        ("阿里是伊斯兰教第四任哈里发。", ["阿里"]),
        ("曹操是东汉末年的政治家。", ["曹操"]),
    ],
)
def test_other_persons_and_words_are_as_before(line: str, names: list[str]) -> None:
    assert glossed(line, ANNOTATOR) == names

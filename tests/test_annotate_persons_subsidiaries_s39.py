"""A person's name glued to a subsidiary's trade, in a listed company's clause, is a company's name, not the person
(issue 9, the brief's item 5): 阿里健康股价盘中大涨 glossed 阿里 "Imam Ali ibn Abu Talib" with the CC-CEDICT names
glossary.

A listed group's subsidiaries are named by the group's short name and their trade (阿里健康 Alibaba Health 0241.HK,
阿里影业 Alibaba Pictures 1060.HK); where the glossary knows the short name only as a person's (CC-CEDICT's 阿里), the
person's English glossed there is a wrong referent. As for a person's name before 公司 (李宁公司, the reviewer's
R37-4), the match is dropped only where the entry names no business and the clause after the trade names what only a
listed company has or does (股价, 业绩, 营收: `zhgloss.glossrules._persons_firm_re`), and the trade starts no longer
word (周杰伦音乐会 is a concert). The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG,
../shared/data/cedict_ts.u8.gz), imported as `zhgloss import --proper-only` would.
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
    "劉翔 刘翔 [Liu2 Xiang2] /Liu Xiang (1983-), Chinese gold-medal hurdler of the 2004 Olympic Games/\n"
    "李寧 李宁 [Li3 Ning2] /Li Ning (1963-), PRC gymnast, winner of three gold medals at Los Angeles 1984"
    " Olympic games/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    "line",
    [
        "阿里健康股价盘中大涨。",  # Alibaba Health, 0241.HK
        "阿里影业发布年度业绩。",  # Alibaba Pictures, 1060.HK
        "阿里健康2024财年营收同比增长。",
        "阿里健康公布中期业绩，净利润增长。",
        "阿里影業發布年度業績。",  # traditional
        "李宁健康股价大跌。",  # a person of no business glued to a trade, in a listed company's clause
    ],
)
def test_a_persons_name_before_a_subsidiarys_trade_in_a_companys_clause_is_no_person(line: str) -> None:
    assert glossed(line, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("周杰伦音乐会门票收入创新高。", ["周杰伦"]),  # 音乐会 "concert": the trade starts a longer word
        ("刘翔健康状况良好。", ["刘翔"]),  # his health: no company's clause
        ("王菲、周杰伦音乐作品", ["周杰伦"]),
        ("阿里是伊斯兰教第四任哈里发。", ["阿里"]),
    ],
)
def test_a_persons_name_stays_outside_a_companys_clause(line: str, names: list[str]) -> None:
    assert glossed(line, ANNOTATOR) == names

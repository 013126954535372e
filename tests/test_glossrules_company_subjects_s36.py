"""A place's name is the first word of a company that is the subject of its own verb (issue 9, thirty-sixth session).

- After a place's name, a conjunction's character (和 与 及 跟) and ONE more character start the company's own word
  where a verb of a company's doing follows at once (the user's U35-41 half: 长江和记公布业绩, 長江和記宣布出售, CK
  Hutchison, glossed 长江（Yangtze River）): read as "and", the conjunction would make one character the verb's second
  subject, which names nothing. Two characters or a name after it are the second item (中国和美国的企业公布业绩,
  长江和黄河), and so is one that names a country or a province by itself (中国和俄).
- A country's formal name, another than its entry's own (中华, CC-CEDICT's "China (alternate formal name)"), glued to
  a trade (电信, 航空, 书局) names a company, whatever follows (the user's U35-42: 中華電信則逆勢上漲, Chunghwa
  Telecom, glossed 中華（China）; 中華航空, China Airlines). A country's own name before its trade stays where nothing
  else tells a company (日本汽车宣布涨价, 中国汽车价格上涨: its industry; tests/test_annotate_country_firms_s31.py).

- The reviewer's R36-5 and R36-7 (regressions of this session's first versions): one character after the
  conjunction that starts no longer word of words.txt (俄罗斯与乌, 广州和深) is the second item; Taiwan and Hong Kong
  before a class noun of a trade (香港地产商, 台湾科技公司) keep their gloss (Taiwan, Hong Kong and Macao were taken
  out of the places whose names start their companies' names again).

The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
中國 中国 [Zhong1 guo2] /China/
中華 中华 [Zhong1 hua2] /China (alternate formal name)/
美國 美国 [Mei3 guo2] /United States/USA/US/
日本 日本 [Ri4 ben3] /Japan/
德國 德国 [De2 guo2] /Germany/German/
法國 法国 [Fa3 guo2] /France/French/
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/
黃河 黄河 [Huang2 He2] /Yellow River or Huang He/
歐洲 欧洲 [Ou1 zhou1] /Europe/abbr. for 歐羅巴洲|欧罗巴洲[Ou1 luo2 ba1 Zhou1]/
臺北 台北 [Tai2 bei3] /Taibei or Taipei, capital of Taiwan/
東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/
臺灣 台湾 [Tai2 wan1] /Taiwan/
台灣 台湾 [Tai2 wan1] /variant of 臺灣|台湾[Tai2 wan1]/
香港 香港 [Xiang1 gang3] /Hong Kong/
俄羅斯 俄罗斯 [E2 luo2 si1] /Russia/
廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/
澳門 澳门 [Ao4 men2] /Macao/Aomen/Macau/
恆生指數 恒生指数 [Heng2 sheng1 Zhi3 shu4] /Hang Seng index (HSI), Hong Kong stock market index/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's line (U35-41) and my own, simplified and Hong Kong's traditional
        ("长江和记公布全年业绩，纯利同比下降百分之八。", []),
        ("長江和記宣布出售歐洲電訊資產。", ["歐洲"]),
        ("长江和记表示，集团将继续投资欧洲。", ["欧洲"]),
        ("長江和記今日披露中期業績。", []),
        # two characters, a name, a country's or a province's one character: the conjunction's second item
        ("中国和美国的企业公布业绩。", ["中国", "美国"]),
        ("长江和黄河宣布。", ["长江", "黄河"]),
        ("中国和俄宣布举行联合军演。", ["中国"]),
        ("上海和苏宣布共建产业园。", ["上海"]),
        ("北京和他宣布了这个消息。", ["北京"]),
        # a word the conjunction's character starts is no company's (和平, 和谐)
        ("上海和平饭店宣布重新开业。", ["上海"]),
    ],
)
def test_a_conjunctions_character_starts_a_firms_own_word_before_its_verb(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's line (U35-42) and my own: companies named by the country's formal name
        ("中華電信則逆勢上漲，收盤價創今年新高。", []),
        ("中華航空宣布增開台北至東京航班。", ["台北", "東京"]),
        ("中华电信今日宣布调降资费。", []),
        ("中华航空股价大幅上涨。", []),
        ("中华书局出版了这套丛书。", []),
        ("中華汽車推出新款休旅車。", []),
        # the country's own name before its trade, industry or market: kept
        ("德国电信周二大跌百分之五。", ["德国"]),
        ("日本汽车出口下跌。", ["日本"]),
        ("中国汽车价格上涨。", ["中国"]),
        ("美国汽车业宣布裁员计划。", ["美国"]),
        ("日本汽车在美国很受欢迎。", ["日本", "美国"]),
    ],
)
def test_a_countrys_formal_name_before_a_trade_names_a_firm(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's R36-5: one character after the conjunction that starts no longer word is its second item
        ("俄罗斯与乌宣布停火。", ["俄罗斯"]),
        ("广州和深宣布合作。", ["广州"]),
        # the reviewer's R36-7: Taiwan and Hong Kong before a class noun of a trade keep their gloss
        ("香港地产商公布业绩。", ["香港"]),
        ("台湾科技公司公布营收。", ["台湾"]),
        ("香港恒生指数收跌百分之一。", ["香港", "恒生指数"]),
        ("美国苹果公司公布业绩。", ["美国"]),
    ],
)
def test_what_the_reviewer_found_keeps_the_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

"""A foreign company whose Chinese name is its country's and a Chinese company's is not that Chinese company (issue 9:
Chinese news annotated with the CC-CEDICT names glossary gets no gloss a translator would call nonsense; the
thirty-first session's note: 法国兴业银行 glossed 法国（France）兴业银行（Industrial Bank）, "a different bank").

法国兴业银行 is Société Générale; 兴业银行 alone is Industrial Bank, a PRC bank in Fuzhou (the import's correction of
CC-CEDICT's line). 日本中国银行 is Japan's Chugoku Bank, not the Bank of China. Right after another country's name,
with nothing between, an organisation whose English or note says it is Chinese is the foreign namesake, and is not
glossed (`InsideRule._outside_foreign_namesakes`); the country before the company's own name, the subject of its
clause, is not glossed either (the thirty-first session's rule: UniCredit, UBS). A foreign brand after its country
(日本丰田, Toyota) and a foreign body whose line names its own country (美国中央情报局, the CIA) keep their glosses;
so does the Chinese bank alone. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "興業銀行 兴业银行 [Xing1 ye4 Yin2 hang2] /Société Générale/\n"
    "中國銀行 中国银行 [Zhong1 guo2 Yin2 hang2] /Bank of China (BoC)/\n"
    "中央情報局 中央情报局 [Zhong1 yang1 Qing2 bao4 ju2] /US Central Intelligence Agency, CIA/\n"
    "法國 法国 [Fa3 guo2] /France/French/\n"
    "日本 日本 [Ri4 ben3] /Japan/\n"
    "美國 美国 [Mei3 guo2] /United States/USA/US/\n"
    "豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thirty-first session's note: Société Générale
        ("法国兴业银行公布第三季度财报。", []),
        # my own: Japan's Chugoku Bank (株式会社中国銀行, Okayama), alone and mid-sentence
        ("日本中国银行公布了上半年业绩。", []),
        ("总部位于冈山的日本中国银行宣布上调存款利率。", []),
    ],
)
def test_a_chinese_bodys_name_glued_after_another_country_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("兴业银行公布第三季度财报。", ["兴业银行"]),
        ("中国银行在法国设立分行。", ["中国银行", "法国"]),
        ("日本丰田汽车公司宣布召回。", ["日本", "丰田"]),
        ("美国中央情报局发表声明。", ["美国", "中央情报局"]),
    ],
)
def test_the_chinese_body_alone_or_a_foreign_bodys_own_name_keeps_the_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

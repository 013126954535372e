"""The gloss rules read traditional text as they read simplified text (issue 9).

The word lists and the place and office generics the rules read are simplified (words.txt,
jieba's counts); a traditional text (Hong Kong, Taiwan) kept its wrong glosses: 新華 "Xinhua"
in 新華門, 開元 "the Kaiyuan reign" in 開元寺, 馬拉 "Marat" in 馬拉松, 外交部 in 外交部長,
大橋 "Da Qiao" in 大橋上跳下. The sentences are the news copy of the tests' data and
zh-corpus.txt, each written in traditional characters by OpenCC's s2t; the glossary is
CC-CEDICT's lines for the names concerned (tests/data/cedict_traditional.u8, imported as
`zhgloss import --proper-only` would).
"""

from __future__ import annotations

import opencc
import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_traditional.u8"))
S2T = opencc.OpenCC("s2t")

SENTENCES = [
    # A name at the head of a place's name (新华门, 开元寺: zh-corpus.txt's 端午节, the news of the named-place rule).
    ("政府去索欠薪，在新华门前烂泥里被国军打得头破出血", []),
    ("泉州开元寺始建于唐代。", ["泉州"]),
    # A name that starts a longer word (马拉松 "marathon", 外交部长 "foreign minister", 摄氏度, 太极拳, 斯诺克, 中山装,
    # 圣经贤传 "the classics and their commentaries", 天河机场 "Tianhe Airport").
    ("马拉松比赛当天，近三万名跑者从天安门广场出发。", []),
    ("外交部长王毅同俄罗斯外长举行了会谈。", ["俄罗斯"]),
    ("国防部长董军在香格里拉对话会期间会见了多国防长。", ["香格里拉"]),
    ("受强冷空气影响，华北、黄淮等地气温将下降八至十摄氏度。", ["华北"]),
    ("张阿姨每天早上都在公园里打太极拳。", []),
    ("斯诺克球手赵心童夺得世界锦标赛冠军。", []),
    ("一批青年设计师用新面料重新演绎了中山装。", []),
    ("所以他那思想，其实是样样合于圣经贤传的", []),
    ("警方提醒，市民在武汉天河机场乘机时要保管好随身财物。", ["武汉"]),
    ("让游客在小桥流水之间感受江南文化。", ["江南"]),
    # A person's name that is a place before a localizer (在大桥上 "on the bridge").
    ("外卖骑手彭清林从十几米高的大桥上跳下救人。", []),
    # The first item of a list of organisations (国泰君安, not Cathay Pacific; 海尔智家, not Haier alone).
    ("海通证券、国泰君安和华泰证券的经纪业务收入均有增长。", []),
    ("海尔智家和美的集团均发布了三季度业绩预告。", ["美的"]),  # Midea Group
    # The names themselves stay, in either script.
    ("据新华报道，北京今天下雪。", ["新华"]),
    ("开元年间，长安繁华。", ["开元"]),
    ("马拉是法国大革命的领袖之一。", ["马拉"]),
    ("外交部发言人表示，中方欢迎各方参与。", ["外交部"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_simplified_text_is_glossed_as_judged(text: str, expected: list[str]) -> None:
    assert [m.surface for m in ANNOTATOR.mentions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_traditional_text_is_glossed_as_its_simplified_text(text: str, expected: list[str]) -> None:
    traditional = S2T.convert(text)
    assert len(traditional) == len(text)
    found = [(m.start, m.end, m.entry.id) for m in ANNOTATOR.mentions(traditional)]
    assert found == [(m.start, m.end, m.entry.id) for m in ANNOTATOR.mentions(text)]
    assert [traditional[s:e] for s, e, _ in found] == [S2T.convert(surface) for surface in expected]

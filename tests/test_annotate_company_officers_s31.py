"""A company's officer named by a family name the glossary gives a politician's or a footballer's full name is someone
else of that name (issue 9: "a guess the tool cannot be sure of is labelled as one").

CC-CEDICT glosses 基辛格 "Henry Kissinger (1923-), US academic and politician", and the CC-CEDICT names glossary
glossed 英特尔首席执行官基辛格（Henry Kissinger）, Intel's Pat Gelsinger (gls's s30 wire copy, line 27). A title only
a company's officers hold (首席执行官, 总裁, 创始人) names a company's officer: an entry whose line describes no
business is not glossed there (the rule for a dead person after any office, 国际奥委会主席巴赫, is older), and
`annotate --unknown` proposes the name as the guess it is. The glossary is real CC-CEDICT lines (CC BY-SA 4.0,
MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "基辛格 基辛格 [Ji1 xin1 ge2] /Henry Kissinger (1923-), US academic and politician, "
    "Secretary of State 1973-1977/\n"
    "佩洛西 佩洛西 [Pei4 luo4 xi1] /Nancy Pelosi (1940-), US Democrat politician from California, "
    "speaker of US House of Representatives 2007-2011 and 2019-/\n"
    "梅西 梅西 [Mei2 xi1] /Lionel Messi (1987-), Argentine footballer/\n"
    "馬斯克 马斯克 [Ma3 si1 ke4] /Elon Musk (1971-), business magnate and co-founder of Tesla Motors/\n"
    "扎克伯格 扎克伯格 [Zha1 ke4 bo2 ge2] /Mark Zuckerberg (1984-), American computer programer, "
    "co-founder and CEO of Facebook/\n"
    "英特爾 英特尔 [Ying1 te4 er3] /Intel/\n"
    "臉書 脸书 [Lian3 shu1] /Facebook/\n"
    "美國 美国 [Mei3 guo2] /United States/USA/US/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gls's s30 wire copy, line 27: Pat Gelsinger, Intel's chief executive
        ("英特尔首席执行官基辛格表示，公司将继续扩大在欧洲的投资。", ["英特尔"]),
        # my own: Paul Pelosi, who heads Financial Leasing Services; R. H. Macy, who founded Macy's
        ("金融租赁服务公司总裁佩洛西当天出席了活动。", []),
        ("这家百货公司的创始人梅西于1858年在纽约开设了第一家店。", []),
    ],
)
def test_a_company_title_before_a_non_business_persons_family_name_glosses_nobody(
    text: str, expected: list[str]
) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The entry's line describes a business: the company's officer may be them.
        ("特斯拉首席执行官马斯克在社交媒体上表示，新车型将于明年推出。", ["马斯克"]),
        ("脸书首席执行官扎克伯格出席听证会。", ["脸书", "扎克伯格"]),
        # A title of the entry's own office, and no title at all: the entry's person.
        ("美国国务卿基辛格访问北京。", ["美国", "基辛格"]),
        ("阿根廷球星梅西打进一球。", ["梅西"]),
    ],
)
def test_a_business_persons_name_or_another_title_keeps_the_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

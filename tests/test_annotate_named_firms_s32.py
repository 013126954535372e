"""A firm or a foundation named after a family is no person the glossary glosses by a full name (issue 9: Chinese news
annotated with the CC-CEDICT names glossary gets no gloss a translator would call nonsense; the thirty-first session's
note: 梅西百货 glossed "Lionel Messi", for Macy's).

CC-CEDICT's 梅西 is "Lionel Messi (1987-), Argentine footballer"; 梅西百货 is Macy's, the department store R. H. Macy
founded. A firm's English carries the family name alone (Macy's, Hotel Beethoven), never one bearer's full name: a
transliterated person's full name right before a word of a firm or foundation (百货, 公司, 酒店, 基金会 …) is not
glossed there, unless the person's line names business (a founder, a magnate: 马斯克基金会, the Musk Foundation). A
family name alone (林肯 "Lincoln": 林肯金融集团, Lincoln Financial Group) and a Chinese person's name (李宁公司, Li
Ning's own company) keep theirs. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "梅西 梅西 [Mei2 xi1] /Lionel Messi (1987-), Argentine footballer/\n"
    "貝多芬 贝多芬 [Bei4 duo1 fen1] /Ludwig van Beethoven (1770-1827), German composer/\n"
    "愛因斯坦 爱因斯坦 [Ai4 yin1 si1 tan3] /Albert Einstein (1879-1955), German-born theoretical physicist/\n"
    "馬斯克 马斯克 [Ma3 si1 ke4] /Elon Musk (1971-), business magnate and co-founder of Tesla Motors/\n"
    "林肯 林肯 [Lin2 ken3] /Lincoln (name)/Abraham Lincoln (1809-1865), US president 1861-1865/Lincoln, US car make/\n"
    "李寧 李宁 [Li3 Ning2] /Li Ning (1963-), PRC gymnast, winner of three gold medals at Los Angeles 1984 Olympic "
    "games/\n"
    "紐約 纽约 [Niu3 yue1] /New York/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thirty-first session's note: Macy's, the department store
        ("梅西百货公布第三季度财报，销售额下降。", []),
        # my own: the same store named with its company word, a hotel and a publisher named after a family
        ("梅西百货公司宣布关闭部分门店。", []),
        ("他们住在维也纳的贝多芬酒店。", []),
        ("爱因斯坦出版社推出了新书。", []),
    ],
)
def test_a_full_name_before_a_firms_word_glosses_nobody(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The person's line names business, the gloss is a family name alone, or the person is Chinese.
        ("马斯克基金会宣布向学校捐款。", ["马斯克"]),
        ("林肯金融集团公布业绩。", ["林肯"]),
        ("李宁公司发布新款跑鞋。", ["李宁"]),
        # No firm's word after the name: the person.
        ("梅西打进一球。", ["梅西"]),
        ("贝多芬的交响曲在纽约上演。", ["贝多芬", "纽约"]),
    ],
)
def test_a_business_persons_family_name_or_a_person_alone_keeps_the_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

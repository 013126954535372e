"""check: a name written with a possessive ("Xiaomi's") is that name, never a misspelling of a longer one ('Xiaomi
EV'): where the translation describes 小米汽车 as "Xiaomi's car business", the glossary's name is `missing`, and the
problem says 'Xiaomi' is the glossary's name for 小米 (issue 9; the thirty-fourth session's U34-12: /tmp/u34/t/xev.tsv
gave `misspelt 小米汽车: found "Xiaomi's", expected "Xiaomi EV"`, while "Xiaomi cars" got the `missing` and its
reason). Entries in the bundled glossary's shape.
"""

from __future__ import annotations

import pytest

from zhgloss.annotate import Annotator
from zhgloss.check import Checker
from zhgloss.formats.bilingual import Segment
from zhgloss.model import Entry

ENTRIES = [
    Entry(id="xiaomi", zh="小米", en="Xiaomi", type="org"),
    Entry(id="xiaomi-ev", zh="小米汽车", en="Xiaomi EV", type="org"),
    Entry(id="alibaba", zh="阿里巴巴", en="Alibaba", type="org"),
    Entry(id="alibaba-cloud", zh="阿里云", en="Alibaba Cloud", type="org"),
    Entry(id="tencent", zh="腾讯", en="Tencent", type="org"),
    Entry(id="tencent-music", zh="腾讯音乐", en="Tencent Music", type="org"),
]
CHECKER = Checker(Annotator(ENTRIES), Annotator(ENTRIES))


@pytest.mark.parametrize(
    ("source", "target", "found"),
    [
        # U34-12 (/tmp/u34/t/xev.tsv rows 1, 3, 6)
        ("小米汽车的目标是进入全球前五。", "Xiaomi's car business aims to be among the world's top five.", "Xiaomi"),
        ("小米汽车销量大增。", "Xiaomi's car sales surged.", "Xiaomi"),
        ("雷军说小米汽车很好。", "Lei Jun said Xiaomi\u2019s cars are good.", "Xiaomi"),
        # my own, the same class
        ("阿里云发布新模型。", "Alibaba's cloud unit released a new model.", "Alibaba"),
        ("腾讯音乐发布财报。", "Tencent's music arm released results.", "Tencent"),
    ],
)
def test_a_possessive_is_no_misspelling(source: str, target: str, found: str) -> None:
    problems = CHECKER.check([Segment(1, source, target)]).problems
    assert [(p.kind, p.found) for p in problems] == [("missing", found)]
    assert "is the glossary's name for" in (problems[0].note or "")

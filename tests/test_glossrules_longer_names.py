"""A name of no person shaped like a surname and a given name is not glossed at the head of a longer personal name.

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_longer_names.u8, imported as
`zhgloss import --proper-only` would). The user test glossed 张三（John Doe）丰 (the Taoist Zhang Sanfeng) and
司马（Minister of War）南 (the commentator Sima Nan) (issue 9). A form of no person shaped like a surname and a
given name gives way to the longer name the finder reads as soon as it reads better (`InsideRule._longer_name`);
Two things kept it:
- the finder was not asked about a form before one of the commonest words of running text (南, 24,296 in jieba's
  counts), which does not go on a name; but a bare compound surname (司马) is no whole name, and what follows it
  is its given name or no name at all;
- the finder's threshold, meant for names read with no glossary, hid a longer reading that jieba's counts list as
  a word (张三丰, 436 times): that word is the evidence the finder lacks with no context.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_longer_names.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The longer names: no gloss of their heads.
        ("张三丰是武当派的创始人。", []),
        ("王五和张三丰", ["王五"]),
        ("司马南的账号因偷税被封禁。", []),  # the finder's dev sentences (tests/data/unknown_names*.tsv)
        ("司马南在节目中发表评论。", []),
        # The names themselves, and a whole name of the glossary, stay.
        ("或者李四打张三，向来本不算口碑。", ["李四", "张三"]),  # zh-corpus.txt (阿Q正传)
        ("张三和李四都来了。", ["张三", "李四"]),
        ("司马光砸缸的故事", ["司马光"]),
        ("欧阳修的文章", ["欧阳修"]),
        ("张三丰在武当山修道。", ["武当山"]),
    ],
)
def test_a_name_shaped_form_at_the_head_of_a_longer_name_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

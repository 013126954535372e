"""A person's name that ends a longer proper name, or names a place before a localizer, is not that person (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_person_words.u8, imported as
`zhgloss import --proper-only` would). The user test glossed 武汉长江大桥's 大桥 as "Da Qiao" (one of the Two Qiaos
of the Three Kingdoms), and the news list 大桥上 ("on the bridge") too. A person at the head of a longer proper
word of jieba's was already no person (小桥流水); this is the same at its end (长江大桥, jieba's place), and a
person's form that is a word ending in a place's generic, before a localizer, is that place (大桥上).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.glossrules import _proper_names
from zhgloss.namecontext import _bundled_words

ANNOTATOR = Annotator(cedict_fixture("cedict_person_words.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The user test and the finder's dev sentences (tests/data/unknown_names*.tsv): a bridge, not Da Qiao.
        ("武汉长江大桥是万里长江第一桥。", ["武汉", "长江", "长江"]),
        ("外卖骑手彭清林从十几米高的大桥上跳下救人，感动了许多网友。", []),
        ("游客站在大桥上拍照。", []),
        ("小桥边的人家", []),
        # The persons themselves stay, and so does a person who is a verb's object in a common word.
        # 大桥 is a bridge in news (tagged_words.txt), a person only where the context says so: before 和 it does not
        # (R45-9's cost; before s46 the line was ["大桥", "小桥", "三国"]); 小桥 before 是 reads as the person.
        ("大桥和小桥是三国时代的美女。", ["小桥", "三国"]),
        ("就立刻是“小鬼见阎王”。", ["阎王"]),  # zh-corpus.txt (阿Q正传): 见阎王 is no proper name
        ("孙中山下令北伐。", ["孙中山"]),  # 下令 is a word: 下 is no localizer there
        ("阿里说，他明天来。", ["阿里"]),
        # A person before the verb 上 "to go up to" (the user test): no preposition of place or 的 before the name.
        ("宋江上梁山，吴用献计。", ["宋江", "吴用"]),
        ("那天宋江上山落草。", ["宋江"]),
    ],
)
def test_a_person_in_a_longer_word_or_before_a_localizer_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_proper_names_set_is_the_proper_section_of_the_word_list() -> None:
    # `_proper_names` decodes words.txt's PROPER section alone; the finder reads the same names by `_bundled_words`.
    assert _proper_names() == frozenset(_bundled_words()[1])

"""A known name that is an ordinary word too is not glossed at the head of a longer personal name after a title.

The bundled glossary's 陈年 (Chen Nian, VANCL's founder) is also the word "aged". The user test of the fourteenth
session found 诗人陈年（Chen Nian）喜 (the poet Chen Nianxi) and 歌手陈年（Chen Nian）华: the title makes the text read
陈年 as a name, and the finder, which reads 陈年 itself as no name there, scored the longer name below its
threshold too, so the longer name never won (`InsideRule._longer_name`). For such a form the longer name only has
to read clearly better. A name of no other sense is untouched (李宁 of 李宁公司, 鲁迅 of 鲁迅公园: the same
comparison would read 李宁公, 鲁迅公): on Lu Xun, the news files and the finder's 2,192 sentences, with the bundled
and the CC-CEDICT glossaries, no gloss changed.
"""

from __future__ import annotations

import pytest

from zhgloss.annotate import Annotator
from zhgloss.store import Glossary, bundled_path


@pytest.fixture(scope="module")
def bundled() -> Annotator:
    with Glossary.open(bundled_path()) as gloss:
        return Annotator(list(gloss.iter_entries()))


@pytest.mark.parametrize(
    ("text", "glossed"),
    [
        # The longer names: the poet Chen Nianxi, and names of the same shape.
        ("诗人陈年喜出版了新书。", []),
        ("歌手陈年华演出。", []),
        ("导演陈年华执导了这部电影。", []),
        # The known name itself, after a title or an organisation, stays; the word stays unglossed.
        ("凡客创始人陈年说。", ["凡客", "陈年"]),
        ("诗人陈年说。", ["陈年"]),
        ("陈年旧事不必再提。", []),
    ],
)
def test_a_word_name_gives_way_to_the_longer_name_after_a_title(
    bundled: Annotator, text: str, glossed: list[str]
) -> None:
    assert [m.surface for m in bundled.mentions(text)] == glossed

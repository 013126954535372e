"""A work's title written in ordinary words is that work only where the text writes it as a title (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_titles.u8, imported as
`zhgloss import --proper-only` would). 末代皇帝 is the film The Last Emperor in CC-CEDICT, and 末代 "final
generation" and 皇帝 "emperor" are two of its ordinary words: 他是中国的末代皇帝 says "the last emperor"
(the user test glossed it "The Last Emperor"). Chinese marks titles with 书名号 (《》, GB/T 15834); a heading
alone on its line is a title too.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.glossrules import _is_worded

ANNOTATOR = Annotator(cedict_fixture("cedict_titles.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The words, not the film.
        ("溥仪是中国的末代皇帝。", ["溥仪", "中国"]),
        ("末代皇帝溥仪退位后住在紫禁城。", ["溥仪"]),
        # The film, written as a title: in 书名号, in quotes, or alone as a heading.
        ("电影《末代皇帝》获得了九项奥斯卡奖。", ["末代皇帝", "奥斯卡"]),
        ("他看过“末代皇帝”这部电影。", ["末代皇帝"]),
        ("末代皇帝", ["末代皇帝"]),
        ("狂人日记\n某君昆仲，今隐其名", ["狂人日记"]),  # zh-corpus.txt: the story's heading
        ("鲁迅在《狂人日记》中批判了封建礼教。", ["鲁迅", "狂人日记"]),  # the finder's dev sentences
        # Titles not written in ordinary words stay glossed unmarked, and so does a genre of no title.
        ("曹雪芹写了红楼梦。", ["红楼梦"]),
        ("她从小学习京剧。", ["京剧"]),
    ],
)
def test_a_title_in_ordinary_words_is_glossed_only_as_a_title(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("form", "worded"),
    [
        ("末代皇帝", True),
        ("狂人日记", True),
        ("贵妃醉酒", True),
        ("红楼梦", False),  # 红楼 is no ordinary word
        ("皇帝", False),  # one word is no phrase
        ("西墙", False),  # single characters are not counted as words
    ],
)
def test_worded_forms(form: str, worded: bool) -> None:
    words = frozenset({"末代", "皇帝", "狂人", "日记", "贵妃", "醉酒", "梦"})
    assert _is_worded(form, words) is worded


@given(st.lists(st.sampled_from(["末代", "皇帝", "狂人", "日记", "醉酒"]), min_size=2, max_size=4))
def test_any_run_of_two_or_more_words_is_worded(parts: list[str]) -> None:
    words = frozenset({"末代", "皇帝", "狂人", "日记", "醉酒"})
    assert _is_worded("".join(parts), words)
    assert not _is_worded("".join(parts) + "梦", words)

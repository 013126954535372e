"""A work's title is glossed wherever the text names it, marked as a title or not (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_titles.u8, imported as
`zhgloss import --proper-only` would). Most titles are written in ordinary words (经济学人 is 经济学 "economics" and
人 "person"; 末代皇帝 is 末代 "final generation" and 皇帝 "emperor"), and news names them without 书名号 as often as
with them (据经济学人报道). A rule that glossed such titles only where marked (tried in the thirteenth session for
他是中国的末代皇帝, "the last emperor") lost 27 of CC-CEDICT's 408 works in plain sentences, The Economist and
Newsweek among them: these sentences are from that user test.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_titles.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unmarked, in news copy.
        ("据经济学人报道，中国经济增长放缓。", ["经济学人", "中国"]),
        ("新闻周刊报道称，会谈将在下周举行。", ["新闻周刊"]),
        ("雨果的小说悲惨世界被改编成音乐剧。", ["悲惨世界"]),
        ("他读完了悲惨世界。", ["悲惨世界"]),
        ("末代皇帝上映后票房大卖。", ["末代皇帝"]),
        ("孩子们最喜欢海绵宝宝。", ["海绵宝宝"]),
        ("他玩过游戏星际争霸。", ["星际争霸"]),
        # Marked as a title, and a heading alone on its line.
        ("电影《末代皇帝》获得了九项奥斯卡奖。", ["末代皇帝", "奥斯卡"]),
        ("他看过“末代皇帝”这部电影。", ["末代皇帝"]),
        ("狂人日记\n某君昆仲，今隐其名", ["狂人日记"]),  # zh-corpus.txt: the story's heading
        ("鲁迅在《狂人日记》中批判了封建礼教。", ["鲁迅", "狂人日记"]),  # the finder's dev sentences
        # Titles not written in ordinary words; a genre is no title and no name (s40: 京剧 "Beijing opera", a class
        # noun, is not kept by --proper-only; the full import glosses it as a term).
        ("曹雪芹写了红楼梦。", ["红楼梦"]),
        ("她从小学习京剧。", []),
    ],
)
def test_a_title_is_glossed_marked_or_not(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

"""Markdown's markup and code pass through annotate unglossed, and a name padded as Chinese typesetting pads it is the
name (issue 9, the thirty-fifth session's text shapes).

Markdown copy (a newsroom's CMS, a README, a wiki) writes prose and markup on the same lines. Main 63c90aa glossed
inside the markup: 北京（Beijing） in a code span (`北京`), in a fenced code block, in a link's destination
([广州](/tag/广州（Guangzhou）) breaks the link), in a link reference definition and in an HTML tag's attribute
(<a href="/北京（Beijing）">). What CommonMark reads as prose keeps its glosses: a heading, a link's text, emphasised
words, a list item, a quote. Chinese typesetting pads a name of two characters to the width of three with an
ideographic space (记者　王　翔　报道, in a byline or a list of names); main glossed nothing there: the characters are
the name. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, remove_insertions
from zhgloss.formats.cedict import load_cedict

LINES = """\
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/
深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/
武漢 武汉 [Wu3 han4] /Wuhan city on Changjiang, subprovincial city and capital of Hubei province/
新華社 新华社 [Xin1 hua2 she4] /Xinhua News Agency/
王菲 王菲 [Wang2 Fei1] /Faye Wong (1969-), Hong Kong pop star and actress/
張學友 张学友 [Zhang1 Xue2 you3] /Jacky Cheung or Hok Yau Jacky (1961-), Cantopop and film star/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the brief's shapes: a code span, a link's destination (relative: no scheme for the URL rule to see)
        ("在终端运行`北京`命令，上海的用户也一样。", ["上海"]),
        ("还有[广州](/tag/广州)和[上海](上海.md)。", ["广州", "上海"]),
        # my own: a title after the destination, an image, a reference definition, an autolink, HTML tags
        ('见[上海](/wiki/上海 "上海")。', ["上海"]),
        ("![深圳](images/深圳.png)", ["深圳"]),
        ("[北京]: /wiki/北京", ["北京"]),
        ("[北京]: /wiki/北京 '北京的介绍'", ["北京"]),
        ("<https://example.com/北京>", []),
        ('见<a href="/北京">北京</a>报道', ["北京"]),
        ('<img alt="上海" src="上海.png">武汉', ["武汉"]),
        # a code span of two backticks holds one; three on one line are a span too
        ("我用`` `北京` ``命令，上海", ["上海"]),
        ("运行```上海```。武汉", ["武汉"]),
        # prose: headings, emphasis, strikethrough, lists, quotes
        ("## 上海：新的一天", ["上海"]),
        ("**北京**和*上海*，~~广州~~，_深圳_", ["北京", "上海", "广州", "深圳"]),
        ("> 据[新华社](https://www.xinhuanet.com/)报道", ["新华社"]),
        ("- 武汉", ["武汉"]),
    ],
)
def test_markdown_markup_is_not_glossed_and_its_prose_is(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_a_fenced_code_block_is_not_glossed() -> None:
    text = "北京\n```python\nprint('上海')\n```\n广州\n~~~~\n深圳\n~~~\n武汉\n~~~~\n王菲\n```\n张学友"
    # The block of ~~~~ closes at ~~~~, not at the shorter ~~~ inside it; a fence left open runs to the end.
    assert glossed(text, ANNOTATOR) == ["北京", "广州", "王菲"]


def test_the_markup_is_kept_byte_for_byte() -> None:
    text = '还有[广州](/tag/广州)和`北京`，<a href="/上海">上海</a>。'
    out = ANNOTATOR.annotate(text)
    assert out == '还有[广州（Guangzhou）](/tag/广州)和`北京`，<a href="/上海">上海（Shanghai）</a>。'
    assert remove_insertions(out, ANNOTATOR.insertions(text)) == text
    assert ANNOTATOR.annotate(out) == out


@given(
    code=st.lists(st.sampled_from(["北京", "上海", "广州", " ", "x", "(", ")", "[", "]"]), min_size=1, max_size=6),
    ticks=st.integers(1, 3),
)
def test_no_mention_starts_inside_a_code_span(code: list[str], ticks: int) -> None:
    fence = "`" * ticks
    span = f"{fence}{''.join(code)}{fence}"
    text = f"武汉{span}深圳"
    start = text.index(span)
    found = ANNOTATOR.mentions(text)
    assert all(not start <= m.start < start + len(span) for m in found)
    assert [m.surface for m in found] == ["武汉", "深圳"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a byline and a list padded as typesetting pads them
        ("本报记者　王　菲　报道", ["王　菲"]),
        ("王　菲", ["王　菲"]),
        ("王　菲、张学友", ["王　菲", "张学友"]),
        ("记者　王　菲", ["王　菲"]),
        # a spaced-out heading
        ("北　京", ["北　京"]),
        # not a typeset name: a space between words, or one character glued to the next word (王　菲发布)
        ("歌手王　菲发布新专辑", []),
        ("上海　北京", ["上海", "北京"]),
    ],
)
def test_a_name_padded_with_an_ideographic_space_is_the_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_a_padded_name_keeps_its_spaces_and_its_gloss_follows_it() -> None:
    text = "本报记者　王　菲　报道"
    out = ANNOTATOR.annotate(text)
    assert out == "本报记者　王　菲（Faye Wong）　报道"
    assert remove_insertions(out, ANNOTATOR.insertions(text)) == text
    assert ANNOTATOR.annotate(out) == out

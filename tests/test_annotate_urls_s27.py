"""Nothing inside a URL is glossed, Han characters and all (issue 9, the tester's U27-61).

Chinese copy writes links with raw Han characters (https://zh.wikipedia.org/wiki/北京, gov.cn paths); main 20e4059
glossed 北京（Beijing）inside them, which breaks the link in the translator's copy. English URLs were left alone
already. A URL runs from its scheme (or www.) to white space or a mark of Chinese punctuation
(`zhgloss.annotate._URL_RE`). The glossary is real CC-CEDICT lines (tests/data/cedict_annotate_s27.u8).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_annotate_s27.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-61 (main 20e4059)
        ("参见 https://zh.wikipedia.org/wiki/北京 。", []),
        ("详情见 https://www.gov.cn/zhengce/北京/2024.htm 。", []),
        ("参见https://zh.wikipedia.org/wiki/上海市", []),
        # my own: www. without a scheme; the prose around a link keeps its names
        ("访问www.北京.cn，北京欢迎你。", ["北京"]),
        ("北京是首都，见 https://x.com/a 上海也是。", ["北京", "上海"]),
        ("上海市的网站是https://www.shanghai.gov.cn。", ["上海市"]),
    ],
)
def test_no_name_inside_a_url_is_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@given(
    path=st.lists(st.sampled_from(["北京", "上海", "贵州", "wiki", "2024", "/", "_", "."]), max_size=6),
    scheme=st.sampled_from(["https://", "http://", "www."]),
)
def test_no_mention_starts_inside_a_link(path: list[str], scheme: str) -> None:
    url = f"{scheme}example.cn/{''.join(path)}"
    text = f"北京报道，详见 {url} 。"
    start = text.index(url)
    assert all(not start <= m.start < start + len(url) for m in ANNOTATOR.mentions(text))

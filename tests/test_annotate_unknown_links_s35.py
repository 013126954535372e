"""`annotate --unknown` proposes no name inside a URL or Markdown's markup (issue 9, the thirty-fifth session's text
shapes).

The glossary's matches have been kept out of URLs since the twenty-seventh session (tests/test_annotate_urls_s27.py)
and out of Markdown's code and link destinations since this one (tests/test_annotate_text_shapes_s35.py); the finder
of unknown names was not: main 63c90aa wrote 见https://example.com/王菲〔Wáng Fēi?〕新闻, which breaks the link in the
translator's copy. One list of what is no prose (`zhgloss.annotate.non_prose_ranges`) keeps both out.
"""

from __future__ import annotations

import pytest

from zhgloss.annotate import Annotator, Session
from zhgloss.model import Entry
from zhgloss.unknown import NameFinder

ANNOTATOR = Annotator([Entry(id="beijing", type="place", zh="北京", en="Beijing", pinyin="Běijīng")])
FINDER = NameFinder()


def annotated(text: str, fmt: str = "inline") -> str:
    return Session(ANNOTATOR, unknown=FINDER, fmt=fmt).render(text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        # the tester's shape: a URL glued to Chinese, a name in its path
        "见https://example.com/王菲新闻，记者报道。",
        "详见 https://zh.wikipedia.org/wiki/王菲 。",
        # my own: Markdown's code span, link destination, HTML attribute
        "运行`王菲`即可。",
        "见[报道](/tag/王菲)。",
        '见<a href="/王菲">报道</a>。',
    ],
)
def test_no_proposal_inside_a_link_or_code(text: str) -> None:
    assert annotated(text) == text


def test_the_prose_beside_a_link_keeps_its_proposals() -> None:
    out = annotated("见https://example.com/王菲新闻，王菲表示。")
    assert out.startswith("见https://example.com/王菲新闻，王菲〔")
    assert out.count("〔") == 1


def test_json_rows_hold_no_proposal_inside_a_link() -> None:
    assert "王菲" not in annotated("见https://example.com/王菲新闻，北京。", fmt="json")

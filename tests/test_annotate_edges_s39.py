"""Three edges of annotate's reading that its property tests found (issue 9; the thirty-eighth session's CI run,
stop 53, failed on the first): a stock code inside a code span, a name glued to a name written in both scripts, and
a "www." inside a word.

- Markdown's code span (CommonMark 0.31, 6.1) opens on a whole run of backticks: "``小米`" holds no code span (the
  run of two is never closed), so 小米 is prose; main read the run's second backtick as an opener.
- 劉强東马云: the text's own reading judged 马云 beside a stray 東 (劉强東 spells no form as written); the folded
  reading (刘强东马云) reads both names, and annotating the glossed text again (劉强東（Liu Qiangdong）马云)
  glossed 马云 the second time: annotate was not idempotent.
- A link starts at "www." only where no word runs into it, in any case: "MarkWww.ASP" is no link (main's matcher read
  it as prose and its own URL rule as a link, the property test's reference as a link), and "Www.xiaomi.com" is one
  (main glossed Xiaomi in it: its quick test looked for "www." and "WWW." only).
"""

from __future__ import annotations

import pytest
from strategies import ENTRIES

from zhgloss.annotate import Annotator, non_prose_ranges

ANNOTATOR = Annotator(ENTRIES)


def _glossed(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in ANNOTATOR.mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("``小米`", [("小米", "xiaomi")]),
        ("`小米`", []),
        ("``小米``说", []),
        ("``a`小米", [("小米", "xiaomi")]),  # a run of two never closed, then a single backtick never closed
        ("``a`小米`", []),  # the run of two is literal; `小米` is a code span
        ("`a`小米`b`", [("小米", "xiaomi")]),
    ],
)
def test_a_code_span_opens_on_a_whole_run_of_backticks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _glossed(text) == expected


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("劉强東马云", ["liu-qiangdong", "jack-ma"]),
        ("劉强東马云说", ["liu-qiangdong", "jack-ma"]),
    ],
)
def test_a_name_beside_a_name_in_both_scripts_is_glossed_once_and_for_all(text: str, ids: list[str]) -> None:
    assert [entry_id for _, entry_id in _glossed(text)] == ids
    for gloss in ("auto", "en", "pinyin", "both"):
        once = ANNOTATOR.annotate(text, gloss=gloss)
        assert ANNOTATOR.annotate(once, gloss=gloss) == once


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Www.xiaomi.com", "Www.xiaomi.com"),
        ("see wWw.xiaomi.com today", "wWw.xiaomi.com"),
        ("见WWW.xiaomi.com", "WWW.xiaomi.com"),
        ("MarkWww.ASP", None),
        ("xwww.xiaomi", None),
    ],
)
def test_a_link_starts_at_www_only_where_no_word_runs_into_it(text: str, link: str | None) -> None:
    assert [text[a:b] for a, b in non_prose_ranges(text)] == ([link] if link else [])


def test_no_gloss_inside_a_www_link_in_any_case() -> None:
    assert _glossed("Www.Xiaomi.com 小米") == [("小米", "xiaomi")]

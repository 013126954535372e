"""A long line costs the document rule no more per match than a paragraph does (issue 9, U27-8).

`zhgloss.document.DocumentRule` judged each match on the document from DOC_REACH characters before it
to the end of its line: on one line of 1.26 MB (20,000 news sentences, no line break) each of its
40,000 verdicts counted to the end of the line, and annotate took 38 s where the same sentences one
per line took 1.3 s. The rule now reads at most DOC_AHEAD characters after the match. The tests count
the characters the rule reads (no timing): per verdict they must not grow with the line.

The glossary is tests/test_document.py's (CC-CEDICT's lines for the names concerned, and 雷军); the
texts are U27-8's sentence and sentences of ../shared/data/zh-corpus.txt.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import SupportsIndex

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.document import DOC_AHEAD, DOC_NEAR, DOC_REACH, DocumentRule, Lines
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"
NEWS = "雷军创办了小米，刘强东和马云出席了发布会。"
"""U27-8's sentence: 雷军 is a two-character form jieba does not count, so the rule is asked at every 雷军."""


def entries() -> list[Entry]:
    with (DATA / "cedict_names_document.u8").open(encoding="utf-8") as fp:
        return [*load_cedict(fp, proper_only=True), Entry(id="lei-jun", zh="雷军", en="Lei Jun", type="person")]


ANNOTATOR = Annotator(entries())


def _span(length: int, start: SupportsIndex | None, end: SupportsIndex | None) -> int:
    return len(range(length)[slice(start, end)])


class Read(str):
    """A text that counts the characters `count`, `find` and slices read of it."""

    read = 0
    widest = 0

    def _note(self, chars: int) -> None:
        self.read += chars
        self.widest = max(self.widest, chars)

    def count(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:  # type: ignore[override]
        self._note(_span(len(self), start, end))
        return str.count(self, sub, start, end)

    def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:  # type: ignore[override]
        self._note(_span(len(self), start, end))
        return str.find(self, sub, start, end)

    def __getitem__(self, key: SupportsIndex | slice) -> str:  # type: ignore[override]
        part = str.__getitem__(self, key)
        if isinstance(key, slice):
            self._note(len(part))  # a window the rule goes on to count in
        return part


def read_per_verdict(line: str) -> tuple[float, int, int]:
    """The characters of `line` the rule reads per verdict, the most one call reads, and the verdicts."""
    rule = DocumentRule(ANNOTATOR)
    asked: list[int] = []
    judge = rule._cuts_a_name

    def counted(text: str, s: int, e: int, before: str) -> bool:
        asked.append(s)
        return judge(text, s, e, before)

    rule._cuts_a_name = counted  # type: ignore[method-assign]
    text = Read(line)
    rule.filter(text, ANNOTATOR._text_spans(line))
    assert asked, "the rule was asked nothing: the test measures nothing"
    return text.read / len(asked), text.widest, len(asked)


def test_a_verdict_reads_a_fixed_reach_however_long_the_line() -> None:
    # 1,000 and 4,000 sentences on one line (21,000 and 84,000 characters): the parent read to the end of
    # the line at every 雷军, about four times more per verdict on the longer line. The first DOC_REACH
    # and last DOC_AHEAD characters of a line have less to read: hence the shorter line's margin.
    short, short_widest, short_asked = read_per_verdict(NEWS * 1000)
    long, long_widest, long_asked = read_per_verdict(NEWS * 4000)
    assert long_asked == 4 * short_asked
    assert long <= 1.25 * short
    assert long <= 3 * (DOC_REACH + DOC_AHEAD)
    assert max(short_widest, long_widest) <= DOC_REACH + DOC_AHEAD + 2
    # The same sentences one per line read no more than a paragraph's worth either.
    split, _, _ = read_per_verdict((NEWS + "\n") * 4000)
    assert split <= long


def test_a_verdict_reads_at_most_its_two_reaches_on_scraped_text() -> None:
    # '雷军' a hundred thousand times over (U27-8: 152 s), cut to 20,000 here: every match asked.
    per, widest, asked = read_per_verdict("雷军" * 20_000)
    assert asked == 20_000
    assert widest <= DOC_REACH + DOC_AHEAD + 2
    assert per <= 8 * (DOC_REACH + DOC_AHEAD + DOC_NEAR)


def test_the_verdicts_stay_those_of_a_paragraph() -> None:
    # The fixed reach changes no verdict where the line is shorter than it: the whole line is read.
    text = "未庄的人，到未庄去，在未庄住，未庄人说。未庄老例如此。"
    assert len(text) < DOC_AHEAD
    assert [m.surface for m in ANNOTATOR.mentions(text)] == []
    # A cue further on than DOC_AHEAD along the same line is not the match's document: 庄老 is glossed.
    far = "未庄老例如此。" + "。" * DOC_AHEAD + "未庄的人，到未庄去，在未庄住，未庄人说。"
    assert [m.surface for m in ANNOTATOR.mentions(far)] == ["庄老"]
    # Within reach, the same cue after the match drops it, as it did.
    near = "未庄老例如此。" + "。" * (DOC_AHEAD - 100) + "未庄的人，到未庄去，在未庄住，未庄人说。"
    assert [m.surface for m in ANNOTATOR.mentions(near)] == []


@pytest.fixture(scope="module")
def corpus_sentences(shared_dir: Path) -> list[str]:
    text = (shared_dir / "data" / "zh-corpus.txt").read_text(encoding="utf-8")
    return [s for s in re.findall(r"[^。！？\n]+[。！？]", text) if 8 <= len(s) <= 80]


def _glosses(annotator: Annotator, sentences: list[str], sep: str) -> list[tuple[int, int, str, str]]:
    """Each mention of `sentences` joined by `sep`, as (sentence, offset in it, surface, entry id)."""
    starts, at = [], 0
    for sentence in sentences:
        starts.append(at)
        at += len(sentence) + len(sep)
    found = []
    for m in annotator.mentions(sep.join(sentences)):
        k = max(i for i, start in enumerate(starts) if start <= m.start)
        found.append((k, m.start - starts[k], m.surface, m.entry.id))
    return found


@settings(max_examples=40, deadline=None)
@given(picks=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=30), news=st.integers(0, 30))
def test_one_line_or_a_line_per_sentence_glosses_alike(
    corpus_sentences: list[str], picks: list[int], news: int
) -> None:
    # Sentences that do not interact: distinct ones of the corpus and the news sentence, each name of
    # which is glossed alone. The rule's window ends where the line does or DOC_AHEAD on, whichever
    # comes first, so a long line must gloss as its sentences do one per line.
    pool = list(dict.fromkeys(corpus_sentences[p % len(corpus_sentences)] for p in picks))
    sentences = pool + [NEWS] * news
    assert _glosses(ANNOTATOR, sentences, "") == _glosses(ANNOTATOR, sentences, "\n")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="雷军\n。a", max_size=60), data=st.data())
def test_lines_answer_as_the_scans_do(text: str, data: st.DataObject) -> None:
    # `Lines` is what a rule asks instead of scanning to the line's ends per match: the same answers.
    lines = Lines(text)
    at = data.draw(st.integers(0, len(text)))
    other = data.draw(st.integers(0, len(text)))
    end = text.find("\n", at)
    assert lines.bounds(at) == (text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end)
    same_line = text.rfind("\n", 0, at) == text.rfind("\n", 0, other)
    assert (lines.number(at) == lines.number(other)) == same_line


def test_lines_of_real_prose_and_of_one_long_line(corpus_sentences: list[str]) -> None:
    text = "\n".join(corpus_sentences[:200])
    lines = Lines(text)
    for at in range(0, len(text), 37):
        assert lines.bounds(at) == (text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1))
        assert lines.number(at) == text.count("\n", 0, at)
    one = NEWS * 1000
    assert Lines(one).bounds(5000) == (0, len(one))
    assert Lines(one).number(len(one)) == 0

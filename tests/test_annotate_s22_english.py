"""A place's English form after a body's word and "of" is that body's name (issue 9, twenty-second session).

The acceptance tester's input (twenty-first session, still wrong on c5eee39): English annotate with the CC-CEDICT names
glossary glossed "The Church of England voted…" as England (英格兰). A body that names the place it belongs to after
"of" (Church, Bank, University, Museum …: `zhgloss.annotate._INSTITUTIONS_OF`) holds the place's form as its name's
last word; a title ("Queen of England") or a lower-case word ("the people of England") names the place itself. The
glossary holds CC-CEDICT's lines (imported as `import --proper-only` would).
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

CEDICT_LINES = """\
英格蘭 英格兰 [Ying1 ge2 lan2] /England/
倫敦 伦敦 [Lun2 dun1] /London, capital of United Kingdom/
芝加哥 芝加哥 [Zhi1 jia1 ge1] /Chicago/
歐洲 欧洲 [Ou1 zhou1] /Europe/European/
雷軍 雷军 [Lei2 Jun1] /Lei Jun (1969-), Chinese entrepreneur, founder of Xiaomi/
小米 小米 [Xiao3 mi3] /Xiaomi, Chinese electronics company founded in 2010/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(CEDICT_LINES), proper_only=True)))


@pytest.mark.parametrize(
    "sentence",
    [
        # The acceptance tester's.
        "The Church of England voted to allow women bishops.",
        # cases of my own
        "The Bank of England raised rates.",
        "She studied at the University of Chicago.",
        "The Museum of London reopened.",
        "The Council of Europe met in Strasbourg.",
        "The Parliament of England was dissolved in 1707.",
    ],
)
def test_a_place_after_a_body_and_of_is_not_glossed(sentence: str) -> None:
    assert glossed(sentence, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Queen of England visited Chicago.", ["England", "Chicago"]),
        ("The people of England voted.", ["England"]),
        ("He flew to London, then to England.", ["London", "England"]),
        ("Lei Jun of Xiaomi spoke.", ["Lei Jun", "Xiaomi"]),
    ],
)
def test_the_place_stays_elsewhere(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence, ANNOTATOR) == expected


PEOPLE_AND_PLACES = Annotator(
    list(
        load_cedict(
            io.StringIO(
                """\
約旦 约旦 [Yue1 dan4] /Jordan/
喬丹 乔丹 [Qiao2 dan1] /Jordan (name)/
喬治亞 乔治亚 [Qiao2 zhi4 ya4] /Georgia (US state)/
喬治婭 乔治娅 [Qiao2 zhi4 ya4] /Georgia (name)/
"""
            ),
            proper_only=True,
        )
    )
)


def _glossed_ids(text: str) -> list[str]:
    ann = PEOPLE_AND_PLACES
    return [ann.entry(ann.value_entry(value)).zh for _, _, value in ann.spans(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The acceptance tester's (twenty-second session, s21's open item).
        ("Jordan scored forty points in his last game at Madison Square Garden.", ["乔丹"]),
        # cases of my own: he, she, her; the country by its; a pronoun in the next sentence says nothing.
        ("Jordan said he would retire.", ["乔丹"]),
        ("Georgia thanked her coach.", ["乔治娅"]),
        ("Jordan reopened its embassy.", ["约旦"]),
        ("Jordan won. His team cheered.", ["约旦"]),
        ("Jordan said he would retire. Jordan opened its border.", ["乔丹", "约旦"]),
    ],
)
def test_a_shared_english_form_follows_the_pronoun_after_it(sentence: str, expected: list[str]) -> None:
    assert _glossed_ids(sentence) == expected

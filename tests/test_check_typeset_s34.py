"""check: a name written as the glossary writes it but for its typesetting is that name (issue 9; the thirty-third
session's U33-9 and U33-12).

- A comma US copy writes before a name's last word (AP and Chicago: "Washington, D.C.", "Martin Luther King, Jr.")
  was `missing` or `misspelt` against CC-CEDICT's "Washington D.C." and "Martin Luther King Jr.": the target matcher
  stopped at the comma. The comma is now a spelling of the name, and no `variant` of it.
- A curly apostrophe against a straight one ("Xi’an Jiaotong University", "Shaquille O’Neal"), the non-breaking
  hyphen (U+2011, "Li Ka-shing" written with it) and a no-break space were `variant`s whose two strings print alike. One
  normalisation (`zhgloss.forms.typeset_key`) is the comparison of a found writing with a listed one, for check and
  for the status lookup reports (`zhgloss.forms.status`).
- "Washington DC" for "Washington D.C." stays a `variant`, said as "punctuated otherwise" (was "spaced otherwise").
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_typeset_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

from zhgloss.forms import status
from zhgloss.model import Entry

glossary = glossary_fixture("cedict_check_typeset_s34.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # U33-9 (/tmp/u33/t/ckdc.tsv lines 1 and 4)
        ("会谈在华盛顿特区举行。", "The talks were held in Washington, D.C."),
        ("马丁·路德·金发表演讲。", "Martin Luther King, Jr. gave a speech."),
        # my own, the same class (CC-CEDICT: "Kurt Vonnegut, Jr.", "Jon Huntsman, Jr.")
        ("冯内果的小说很有名。", "Kurt Vonnegut, Jr. wrote famous novels."),
        ("洪博培访问北京。", "Jon Huntsman, Jr. visited Beijing."),
        ("冯内果的小说很有名。", "Kurt Vonnegut Jr. wrote famous novels."),
        # U33-12's class with CC-CEDICT's own names: typographic twins
        ("西安很美。", "Xi\u2019an is beautiful."),
        ("延安是革命圣地。", "Yan\u2019an is a revolutionary shrine."),
        ("李嘉诚发言。", "Li Ka\u2011shing spoke."),
        ("李嘉诚发言。", "Li\u00a0Ka-shing spoke."),
    ],
)
def test_a_name_typeset_otherwise_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "会谈在华盛顿特区举行。",
            "The talks were held in Washington DC.",
            '1: variant 华盛顿特区: found "Washington DC", expected "Washington D.C." (punctuated otherwise)',
        ),
        (
            "马丁·路德·金发表演讲。",
            "Martin Luther King Jr gave a speech.",
            '1: variant 马丁·路德·金: found "Martin Luther King Jr", expected "Martin Luther King Jr." '
            "(punctuated otherwise)",
        ),
        # The comma is no licence for another word: Sr. is not Jr.
        (
            "冯内果的小说很有名。",
            "Kurt Vonnegut, Sr. wrote famous novels.",
            "1: misspelt 冯内果: ",
        ),
    ],
)
def test_other_punctuation_is_still_said(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert len(lines) == 1
    assert lines[0].startswith(expected)


# U33-12 (/tmp/u33/t/tr/ad.json: a termbase that writes the curly apostrophe; the translation the straight one)
ONEAL = Entry(id="shaquille-oneal", zh="奥尼尔", en="Shaquille O\u2019Neal", type="person")
XJTU = Entry(id="xjtu", zh="西安交通大学", en="Xi\u2019an Jiaotong University", type="org")


@pytest.mark.parametrize(
    ("entry", "text", "expected"),
    [
        (ONEAL, "Shaquille O'Neal", "preferred"),
        (XJTU, "Xi'an Jiaotong University", "preferred"),
        (XJTU, "Xi\u2018an Jiaotong University", "preferred"),
        (XJTU, "Xian Jiaotong University", "variant"),
        (XJTU, "XI'AN JIAOTONG UNIVERSITY", "variant"),
    ],
)
def test_status_reads_typographic_twins_alike(entry: Entry, text: str, expected: str) -> None:
    assert status(entry, text) == expected


def test_a_termbase_curly_apostrophe_against_a_straight_one_passes() -> None:
    from zhgloss.annotate import Annotator
    from zhgloss.check import Checker
    from zhgloss.formats.bilingual import Segment

    checker = Checker(Annotator([ONEAL]), None)
    segment = Segment(1, "奥尼尔得分。", "Shaquille O'Neal scored.")
    assert checker.check([segment]).problems == []

"""check: a name the translation writes as the modifier of a noun ("the Spring Festival travel rush"), where the source
writes a word made of the name's first character and another word's (春运, 春节 + 运输), is a `variant` that says so,
not `unexpected` (issue 9; the thirty-third session's U33-23: 春运期间铁路客流创新高。 / "Rail passenger numbers hit a
record during the Spring Festival travel rush." failed as `unexpected 春节`).

Chinese shortens a phrase of two words to their first characters (春运 of 春节运输, 春联 of 春节对联); the glossary
knows the name, not the word. A guess, hence a warning. The word must be one of jieba's, and the name must modify a
noun: a translation that writes the name alone where the source has only such a word still fails. Fixture:
CC-CEDICT's own lines (tests/data/cedict_check_compound_words_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_compound_words_s34.u8")


@pytest.mark.parametrize(
    ("source", "target", "compound"),
    [
        # U33-23 (/tmp/u33/t/ck4.tsv row 1)
        (
            "春运期间铁路客流创新高。",
            "Rail passenger numbers hit a record during the Spring Festival travel rush.",
            "春运",
        ),
        # my own, the same class
        ("今年春运从1月14日开始。", "This year's Spring Festival travel season starts on January 14.", "春运"),
        ("家家户户贴春联。", "Every household puts up Spring Festival couplets.", "春联"),
    ],
)
def test_a_name_modifying_a_noun_in_a_shortened_word_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, compound: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert len(lines) == 1
    assert lines[0].startswith(f'1: variant {compound}: found "Spring Festival", expected "春节" (the source writes')


@pytest.mark.parametrize(
    "target",
    [
        "Rail passenger numbers hit a record during Spring Festival.",  # the name alone: no noun it modifies
        "Rail passenger numbers hit a record during the Spring Festival.",
    ],
)
def test_the_name_alone_is_still_unexpected(zhgloss_exe: str, glossary: Path, tmp_path: Path, target: str) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("春运期间铁路客流创新高。", target)])
    assert lines == ['1: unexpected 春节: found "Spring Festival", expected 春节 in the source']

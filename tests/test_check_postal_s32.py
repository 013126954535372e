"""check: a place written in an older romanization of its Chinese is a `variant` that names the system, as a person's
Wade-Giles already is, never `missing` or `misspelt` (the new-user tester's U32-12, routed to gls; issue 9: check must
fail no right rendering).

Historical copy, quotations and brands write the postal spellings (the Nanking Massacre, Tientsin) and Wade-Giles
(Yenan, Chengtu). check read a person's name in Wade-Giles (`_romanized_patterns`: "Mao Tse-tung", a variant) but no
place's: "Nanking" was `misspelt`, "Tientsin" `missing`. A place's (or an untyped name's) Wade-Giles, a syllable at a
time, and the postal spellings of data/postal_romanization.tsv (`zhgloss.romanizations.postal_places`) are now read
as persons' are. Wade-Giles of a pinyin with an apostrophe (Yan'an) cuts each part on its own ("Yen-an"; was no
spelling). Fixture: CC-CEDICT's own lines (tests/data/cedict_check_postal_s32.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_postal_s32.u8")


@pytest.mark.parametrize(
    ("source", "target", "problem"),
    [
        # the tester's lines (U32-12)
        (
            "南京发生战役。",
            "A battle took place in Nanking.",
            'variant 南京: found "Nanking", expected "Nanjing" (南京 (Nánjīng) in postal romanization)',
        ),
        (
            "天津发生战役。",
            "A battle took place in Tientsin.",
            'variant 天津: found "Tientsin", expected "Tianjin" (天津 (Tiānjīn) in postal romanization)',
        ),
        (
            "延安发生战役。",
            "A battle took place in Yenan.",
            'variant 延安: found "Yenan", expected "Yan\'an" (延安 (Yán\'ān) in Wade-Giles)',
        ),
        (
            "成都发生战役。",
            "A battle took place in Chengtu.",
            'variant 成都: found "Chengtu", expected "Chengdu" (成都 (Chéngdū) in Wade-Giles)',
        ),
        # my own: a brand and a massacre's name in the postal spelling; a person's Wade-Giles as before
        (
            "南京大屠杀纪念日。",
            "The Nanking Massacre memorial day.",
            'variant 南京: found "Nanking", expected "Nanjing" (南京 (Nánjīng) in postal romanization)',
        ),
        (
            "毛泽东在延安。",
            "Mao Tse-tung was in Yenan.",
            'variant 毛泽东: found "Mao Tse-tung", expected "Mao Zedong" (毛泽东 (Máo Zédōng) in Wade-Giles)',
        ),
    ],
)
def test_a_place_in_an_older_romanization_is_a_variant_that_names_it(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, problem: str
) -> None:
    assert f"1: {problem}" in check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        # Another place's spelling, or none, is still wrong.
        ("南京发生战役。", "A battle took place in Tientsin.", 'missing 南京: found nothing, expected "Nanjing"'),
        ("天津发生战役。", "A battle took place there.", 'missing 天津: found nothing, expected "Tianjin"'),
    ],
)
def test_another_places_spelling_is_still_missing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])[:1] == [f"1: {failing}"]

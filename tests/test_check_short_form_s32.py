"""check: a body named in full, then by its initials or its capitalised short form, is one rendering, not two
(issue 9; the thirty-second session's new-user tester, U32-14: "The International Monetary Fund cut its forecast. …
The IMF said." failed as `inconsistent`, as did "DPP" after "Democratic Progressive Party").

News style (AP, Reuters, the Guardian's and the Economist's style guides) spells an organisation out on first
mention and writes its initials after. The short form before the full name is still a `variant` that says so (a
warning, as the family name alone before a person's full name is); any other second rendering stays `inconsistent`.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_short_form_s32.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_short_form_s32.u8")


@pytest.mark.parametrize(
    "pairs",
    [
        [
            ("国际货币基金组织下调预测。", "The International Monetary Fund cut its forecast."),
            ("国际货币基金组织表示。", "The IMF said."),
        ],
        [
            ("民进党发表声明。", "The Democratic Progressive Party issued a statement."),
            ("民进党表示。", "The DPP said."),
        ],
        # The entry's own short form, though it is no initials of a word each: Kuomintang -> KMT.
        [("国民党主席表示。", "The Guomindang chairman said."), ("国民党表示。", "The KMT said.")],
        # Initials the glossary does not list: "of" kept as banks are abbreviated (PBOC), or left out (NATO's).
        [
            ("中国人民银行宣布降息。", "The People's Bank of China cut rates."),
            ("中国人民银行还表示。", "The PBOC also said."),
        ],
        [
            ("北大西洋公约组织峰会开幕。", "The North Atlantic Treaty Organization summit opened."),
            ("北大西洋公约组织表示。", "NATO said."),
        ],
        # In one segment, and over several.
        [
            (
                "世界卫生组织今天表示，世界卫生组织仍在评估。",
                "The World Health Organization said today the WHO is still assessing.",
            )
        ],
        [
            ("欧洲联盟发表声明。", "The European Union issued a statement."),
            ("欧洲联盟表示。", "The EU said."),
            ("欧洲联盟还称。", "The EU also said."),
        ],
    ],
)
def test_the_short_form_after_the_full_name_is_no_problem(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


def test_the_short_form_before_the_full_name_is_a_variant_that_says_so(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    pairs = [
        ("国际货币基金组织表示。", "The IMF said."),
        ("国际货币基金组织下调预测。", "The International Monetary Fund cut its forecast."),
    ]
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == [
        '1: variant 国际货币基金组织: found "IMF", expected "International Monetary Fund" (the short form, before the'
        " translation names International Monetary Fund in full)"
    ]


@pytest.mark.parametrize(
    ("pairs", "problem"),
    [
        # Another name of the entry, no short form: still two renderings of one party.
        (
            [("国民党主席表示。", "The Kuomintang chairman said."), ("国民党表示。", "The Nationalist Party said.")],
            '2: inconsistent 国民党: found "Nationalist Party", expected "Kuomintang" (as in segment 1)',
        ),
        # Capitals that are no short form of this body's: not taken for it.
        (
            [
                ("世界卫生组织今天发表声明。", "The World Health Organization issued a statement today."),
                ("世界卫生组织表示。", "The WTO said."),
            ],
            '2: missing 世界卫生组织: found nothing, expected "World Health Organization"',
        ),
        (
            [("欧洲联盟发表声明。", "The European Union issued a statement."), ("欧洲联盟表示。", "The EC said.")],
            '2: missing 欧洲联盟: found nothing, expected "European Union"',
        ),
    ],
)
def test_a_second_name_that_is_no_short_form_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]], problem: str
) -> None:
    assert problem in check_lines(zhgloss_exe, glossary, tmp_path, pairs)

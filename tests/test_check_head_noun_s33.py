"""check: a body named in full, then by "the" and its head noun ("The Commission said"), is one rendering (issue 9:
check must not fail a right translation; U32-14's class, the body's initials, by another short form news writes).

News style names an organisation in full once and refers back to it by its head noun with the article: "The European
Commission proposed … The Commission said", "The People's Bank of China cut rates … The Bank said". check reported
the second 欧盟委员会 `missing`. The head noun is the English's last word, or its word before "of" (Bank of
"People's Bank of China"), among the nouns of bodies (`check._BODY_HEAD_NOUNS`); before the full name it names
nothing (no body the translation never names is rendered by another's "the Bank": the s33 review's R11); another
body's name that starts with it ("the Commission on Human Rights") renders nothing.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_head_noun_s33.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_head_noun_s33.u8")


@pytest.mark.parametrize(
    "pairs",
    [
        [
            ("欧盟委员会提出新规。", "The European Commission proposed new rules."),
            ("欧盟委员会表示。", "The Commission said."),
        ],
        [
            ("中国人民银行宣布降息。", "The People's Bank of China cut rates."),
            ("中国人民银行还表示。", "The Bank also said it would keep liquidity ample."),
        ],
        [
            ("国际货币基金组织下调预测。", "The International Monetary Fund cut its forecast."),
            ("国际货币基金组织表示。", "The Fund said."),
        ],
    ],
)
def test_the_head_noun_after_the_full_name_is_no_problem(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


def test_the_head_noun_before_the_full_name_renders_nothing(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    # The noun refers back to a body the translation named in full; before that it names none (the s33 review's R11:
    # a `variant` here passed a translation that never names the body at all).
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("国际货币基金组织表示。", "The Fund said.")])
    assert lines == ['1: missing 国际货币基金组织: found nothing, expected "International Monetary Fund"']


@pytest.mark.parametrize(
    "target",
    [
        "The People's Bank of China issued a statement, the Bank said.",
        "The People's Bank of China and the Bank issued a statement.",
    ],
)
def test_another_bodys_head_noun_renders_no_body_never_named(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, target: str
) -> None:
    # "the Bank" after the People's Bank of China is that bank's; the World Bank, never named, is missing.
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("中国人民银行和世界银行发表声明。", target)])
    assert lines == ['1: missing 世界银行: found nothing, expected "World Bank"']


def test_another_bodys_name_is_missing(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    pairs = [
        ("欧盟委员会提出新规。", "The European Commission proposed new rules."),
        ("欧盟委员会表示。", "The Commission on Human Rights said."),
    ]
    lines = check_lines(zhgloss_exe, glossary, tmp_path, pairs)
    assert any(line.startswith("2: missing 欧盟委员会") for line in lines), lines

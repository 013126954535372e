"""check: a country rendered by the adjective English names its language with (issue 9, session 29).

"The Polish president visited Beijing." for 波兰总统访问北京 was `missing 波兰`: English makes "Polish", "Dutch",
"Greek", "Swedish" of no regular suffix (`demonyms`), and CC-CEDICT has no 波兰人 to give it, but it has the language,
波兰语 'Polish (language)'. So does a country named in the plural: "Philippine" for 菲律宾 'the Philippines' was
`misspelt`. Fixture: CC-CEDICT's own lines (tests/data/cedict_check_s29.u8); pairs of tests/data/check_pairs_s29.tsv.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

glossary = glossary_fixture("cedict_check_s29.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("波兰总统访问北京。", "The Polish president visited Beijing."),
        ("荷兰光刻机巨头表示。", "A Dutch chipmaking giant said."),
        ("希腊政府债务问题再度引发关注。", "Greek government debt is in focus again."),
        ("瑞典公司宣布裁员。", "A Swedish company announced layoffs."),
        ("芬兰总统表示支持。", "The Finnish president voiced support."),
        ("土耳其军队越境打击。", "Turkish troops struck across the border."),
        ("菲律宾海警船只在南海巡逻。", "Philippine coast guard vessels patrolled the South China Sea."),
    ],
)
def test_a_country_by_its_languages_adjective_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        # Another country's adjective, or its language's where the source names the country beside it.
        ("波兰总统访问北京。", "The Hungarian president visited Beijing.", "missing 波兰"),
        ("芬兰总统表示支持。", "The Swedish president voiced support.", "missing 芬兰"),
        ("荷兰光刻机巨头表示。", "A Greek chipmaking giant said.", "missing 荷兰"),
        # No adjective at all.
        ("希腊政府债务问题再度引发关注。", "Government debt is in focus again.", "missing 希腊"),
    ],
)
def test_another_countrys_adjective_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # "Ma" of "Jack Ma", someone else's name, was Pony Ma's second mention: a `variant` that passed.
        ("马化腾表示，腾讯将加大投资。", "Tencent will step up investment, Jack Ma said."),
        ("马化腾出席了论坛。", "Richard Ma attended the forum."),
        ("李彦宏出席了论坛。", "Jack Li attended the forum."),
    ],
)
def test_a_family_name_after_another_given_name_is_no_second_mention(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith("1: missing ") for line in lines), lines


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "马化腾说，腾讯将加大投资。",
            "Pony Ma said Tencent would invest more. Tencent's Ma added that it would hire.",
        ),
        ("马化腾出席了论坛。", "Ma attended the forum."),
    ],
)
def test_the_family_name_alone_still_names_the_person(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert not any(line.startswith("1: missing ") for line in lines), lines

"""check: a person the glossary names by the family name alone, written in full once and by the family name after,
is one rendering, not two (issue 9: check must not fail a right translation).

CC-CEDICT's "(name)" lines give such entries: 莫迪 "Modi" with "Narendra Modi" an alias, 克林顿 "Clinton" with "Bill
Clinton", 贝克汉姆 "Beckham" with "David Beckham". News names the person in full once, then by the family name
("Indian Prime Minister Narendra Modi visited … Modi said"), and check called the full name `inconsistent` with the
glossary's "Modi" used later, failing the check. The full name that ends in the entry's family name is that name in
full: judged as it is alone (an alias, a `variant`), never `inconsistent`. An entry whose English is the full name
(普京 "Vladimir Putin") was right already. Fixture: CC-CEDICT's own lines
(tests/data/cedict_check_full_then_family_s33.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_full_then_family_s33.u8")


@pytest.mark.parametrize(
    ("pairs", "variant"),
    [
        (
            [
                ("印度总理莫迪访问美国。", "Indian Prime Minister Narendra Modi visited the United States."),
                ("莫迪表示，两国将加强合作。", "Modi said the two countries would deepen cooperation."),
            ],
            "Narendra Modi",
        ),
        (
            [
                ("美国前总统克林顿访华。", "Former US President Bill Clinton visited China."),
                ("克林顿说。", "Clinton said."),
            ],
            "Bill Clinton",
        ),
        (
            [("贝克汉姆宣布退役。", "David Beckham announced his retirement."), ("贝克汉姆表示。", "Beckham said.")],
            "David Beckham",
        ),
    ],
)
def test_the_full_name_then_the_family_name_is_not_inconsistent(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]], variant: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, pairs)
    assert not [line for line in lines if " inconsistent " in line], lines
    assert lines == [line for line in lines if f'found "{variant}"' in line and " variant " in line]


def test_two_different_renderings_are_still_inconsistent(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    pairs = [("普京发表讲话。", "Vladimir Putin gave a speech."), ("普京说。", "Wladimir Putin said.")]
    lines = check_lines(zhgloss_exe, glossary, tmp_path, pairs)
    assert any(" inconsistent " in line or " misspelt " in line for line in lines), lines

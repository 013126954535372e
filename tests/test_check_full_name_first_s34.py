"""check: a person the glossary names by the family name alone is named right by the full name its alias holds
(U34-34; session 34, chk).

CC-CEDICT's "(name)" lines: `拜登 拜登 [Bai4 deng1] /Biden (name)/Joe Biden (1942-), US president-elect …/` gives en
"Biden", alias "Joe Biden"; 莫迪 "Modi" / "Narendra Modi", 克林顿 "Clinton" / "Bill Clinton", 贝克汉姆 "Beckham" /
"David Beckham". The tester's /tmp/u34/t/biden.tsv: 拜登表示。 / "Joe Biden said." was `variant 拜登: found "Joe
Biden", expected "Biden"` — the full first mention news style asks for, called the variant of the family name. Now
no problem; the family name alone before any full mention is still the variant.
(tests/test_check_full_then_family_s33.py pinned "a variant" for the full name; its assertion holds with no line.)
Fixture: those lines (tests/data/cedict_check_full_name_first_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_full_name_first_s34.u8")


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        ("拜登表示。", "Joe Biden said."),
        ("美国总统拜登表示。", "President Joe Biden said."),
        ("印度总理莫迪访问美国。", "Indian Prime Minister Narendra Modi visited the US."),
        ("美国前总统克林顿访华。", "Former President Bill Clinton visited China."),
        ("贝克汉姆宣布退役。", "David Beckham announced his retirement."),
    ],
)
def test_the_full_name_is_no_variant(zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)])
    assert not [line for line in lines if "拜登" in line or "莫迪" in line or "克林顿" in line or "贝克汉姆" in line], (
        lines
    )


def test_the_family_name_then_the_full_name_is_not_inconsistent(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    pairs = [("贝克汉姆表示。", "Beckham said."), ("贝克汉姆宣布退役。", "David Beckham announced his retirement.")]
    lines = check_lines(zhgloss_exe, glossary, tmp_path, pairs)
    assert not [line for line in lines if " inconsistent " in line], lines

"""check: an organisation named after a person is rendered by his name where its own English starts with it
(U34-38's 彭博社; session 34, chk).

CC-CEDICT: `彭博社 彭博社 [Peng2 bo2 she4] /Bloomberg News/`, `彭博 彭博 [Peng2 bo2] /Bloomberg (name)/Michael Bloomberg
…/` (a person); `松下公司 … /Matsushita Electric Industrial Co./Panasonic/`, `松下 松下 [Song1 xia4] /Matsushita
(name)/…/`. The tester's /tmp/u34/t/media.tsv: 据彭博社报道。 / "Bloomberg reported." was `missing 彭博社: found
"Bloomberg" ('Bloomberg' is the glossary's name for 彭博)`, while "Reuters" for 路透社 is a `variant` "the name
without 社": the person's entry was passed over. Now a `variant` too (a warning: the full name is "Bloomberg News").
Fixture: those lines and 路透社/路透 (tests/data/cedict_check_named_after_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_named_after_s34.u8")


@pytest.mark.parametrize(
    ("zh", "english", "name", "suffix"),
    [
        ("据彭博社报道。", "Bloomberg reported.", "彭博社", "社"),
        ("据路透社报道。", "Reuters reported.", "路透社", "社"),
        ("松下公司发布财报。", "Matsushita released its results.", "松下公司", "公司"),
    ],
)
def test_the_name_without_its_suffix_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str, name: str, suffix: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)])
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"1: variant {name}: "), lines
    assert lines[0].endswith(f"the name without {suffix})"), lines


def test_another_name_is_still_missing(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("据彭博社报道。", "Reuters reported.")])
    assert any(line.startswith("1: missing 彭博社") for line in lines), lines

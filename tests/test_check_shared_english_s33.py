"""check: a person named in full by a form another entry shares is named all the same, so the family name alone after
it is no "before the translation names … in full" (issue 9: check with the CC-CEDICT names glossary; a wrong note).

CC-CEDICT has two lines for some people, the family name and the full name in transliteration (马斯克 and 伊隆·马斯克,
both "Elon Musk"; 梦露 and 玛丽莲·梦露 "Marilyn Monroe"; 史沫特莱 and 艾格尼丝·史沫特莱 "Agnes Smedley"), and the
import keeps two entries. The target matcher credits "Elon Musk" to one of them, and the source's 马斯克 took it by
the shared form; but only the credited entry counted as named, so "Musk said." after "Elon Musk visited China." was a
`variant` "the family name alone, before the translation names Elon Musk in full". Fixture: CC-CEDICT's own lines
(tests/data/cedict_check_shared_english_s33.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_shared_english_s33.u8")


@pytest.mark.parametrize(
    "pairs",
    [
        [("马斯克访华。", "Elon Musk visited China."), ("马斯克说。", "Musk said.")],
        [
            ("梦露主演的电影。", "A film starring Marilyn Monroe."),
            ("梦露去世时三十六岁。", "Monroe was 36 when she died."),
        ],
        [
            ("史沫特莱曾在延安采访。", "Agnes Smedley once reported from Yan'an."),
            ("史沫特莱写道。", "Smedley wrote."),
        ],
    ],
)
def test_the_family_name_after_the_full_name_is_no_problem(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


def test_the_family_name_first_is_still_a_variant(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("马斯克说。", "Musk said.")])
    assert lines == [
        '1: variant 马斯克: found "Musk", expected "Elon Musk" (the family name alone, before the translation names '
        "Elon Musk in full)"
    ]

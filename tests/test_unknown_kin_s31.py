"""U30-15 (session 31): a term of address after a name is no part of it (`zhgloss.unknown._ADDRESS_KIN`).

A run that reads as a transliteration at the start of a clause (`NameFinder._opening_run`) took the kinship term
after a given name into the name: Lu Xun's “阿！闰土哥，——你来了？” (《故乡》) proposed 闰土哥 "Run Tuge". CC-CEDICT:
哥 哥 [ge1] /elder brother/, 姐 姐 [jie3] /older sister/, 嫂 嫂 [sao3] /older brother's wife/sister-in-law/,
嬸 婶 [shen3] /wife of father's younger brother/: said after a name they address the person, as 祥林嫂 does. A
transliterated name that CC-CEDICT lists ending so keeps it: 佛朗哥 [Fo2 lang3 ge1] /Franco (name)/.
"""

from __future__ import annotations

import pytest

from zhgloss.unknown import NameFinder

FINDER = NameFinder()


def names(text: str) -> list[str]:
    return [found.surface for found in FINDER.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“阿！闰土哥，——你来了？……”", []),  # 闰土 reads as no transliteration on its own: nothing, not 闰土哥
        ("“丽莎姐，你也来了？”", ["丽莎"]),  # was nothing: 丽莎姐 ended in no place a name ends
        ("“尼娜婶，我们走吧。”", ["尼娜"]),
        ("“米娅姐，你好！”", ["米娅"]),
    ],
)
def test_a_term_of_address_ends_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_listed_person_ending_in_a_kinship_character_keeps_it() -> None:
    assert names("佛朗哥，1975年去世。") == ["佛朗哥"]

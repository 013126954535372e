"""A lower-case noun after "X or Y" is both spellings', and a place's name before a common noun is a common word
(twenty-ninth session, issue 9 item 1; the tester's class 7: 川菜 "Sichuan or Szechuan cuisine" was kept as the
name "Sichuan", alias "Szechuan", though 湘菜 "Hunan cuisine" is a common word since s28).

"Sichuan cuisine" is a style of cooking, as "Hunan cuisine" is: no name, so `--proper-only` leaves it out and
the full import keeps it as a `term`. A generic of a kind after the second spelling still makes both names
("Tsinghua or Qinghua University").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "川菜 川菜 [Chuan1 cai4] /Sichuan or Szechuan cuisine/\n"
    "湘菜 湘菜 [Xiang1 cai4] /Hunan cuisine/\n"
    # Control: a generic of a kind after the second spelling.
    "清華大學 清华大学 [Qing1 hua2 Da4 xue2] /Tsinghua or Qinghua University, Beijing/National Tsing Hua University,"
    " Hsinchu, Taiwan/\n"
)
# A line of my own of the same shape.
OWN = "粵菜 粤菜 [Yue4 cai4] /Guangdong or Canton cuisine/\n"
NAMES = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}
ALL = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN))}


@pytest.mark.parametrize("zh", ["川菜", "湘菜", "粤菜"])
def test_a_regional_cuisine_is_a_common_word(zh: str) -> None:
    assert zh not in NAMES, NAMES[zh]
    assert ALL[zh].type == "term", ALL[zh]


def test_a_generic_of_a_kind_makes_both_names() -> None:
    assert (NAMES["清华大学"].en, NAMES["清华大学"].type) == ("Tsinghua University", "org")

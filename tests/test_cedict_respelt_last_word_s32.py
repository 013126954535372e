"""In "W1 … Wn X or Y", a Y that respells the last word X takes the words before it too (thirty-second session; the
tester's s32 B11: 鹅銮鼻 "Cape Eluanpi or Eluanbi" gave the alias "Eluanbi", a stump; 埃斯特朗 "Anders Jonas Angstrom
or Ångström" the family name alone, which s31 decided never to add).

Y respells X when its letters are closer to X's than to the whole name's: not "Kul Tigin or Kultegin" (the whole name
in one word) nor "Titus Livius or Livy" (an English name of its own).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "鵝鑾鼻 鹅銮鼻 [E2 luan2 bi2] /Cape Eluanpi or Eluanbi, southernmost point of Taiwan Island/\n"
    "希夏邦馬峰 希夏邦马峰 [Xi1 xia4 bang1 ma3 feng1] /Mt Shishapangma or Xixiabangma in Tibet (8012 m)/\n"
    "須彌山 须弥山 [Xu1 mi2 shan1] /Mt Meru or Sumeru, sacred mountain in Buddhist and Jain tradition/Mt Xumi in"
    " Guyuan 固原[Gu4 yuan2], Ningxia, with many Buddhist cave statues/\n"
    "埃斯特朗 埃斯特朗 [Ai1 si1 te4 lang3] /Anders Jonas Angstrom or Ångström (1814-1874), Swedish physicist/\n"
    "闕特勤 阙特勤 [Que1 te4 qin2] /Kul Tigin or Kultegin (685-c. 731), general of the Second Turkic Kaganate/\n"
    "李維 李维 [Li3 wei2] /Titus Livius or Livy (59 BC-17 AD), Roman historian/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "alias"),
    [
        ("鹅銮鼻", "Cape Eluanbi"),
        ("希夏邦马峰", "Mt Xixiabangma"),
        ("须弥山", "Mt Sumeru"),
        ("埃斯特朗", "Anders Jonas Ångström"),
    ],
)
def test_the_words_before_go_with_the_respelt_word(zh: str, alias: str) -> None:
    assert alias in ENTRIES[zh].aliases, ENTRIES[zh]


@pytest.mark.parametrize(("zh", "alias"), [("阙特勤", "Kultegin"), ("李维", "Livy")])
def test_another_whole_name_stays_whole(zh: str, alias: str) -> None:
    assert ENTRIES[zh].aliases == (alias,)

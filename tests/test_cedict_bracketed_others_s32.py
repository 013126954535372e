"""Other forms of a name in a bracket right after it are aliases, with the words the name takes after the bracket
(thirty-second session; the tester's s32 B2: 库姆塔格沙漠 "Kumutage (or Kumtag) Desert" was en "Kumutage", the generic
lost; 四湖 "Sihu (or Ssuhu) township", 艋舺 "Mengjia (also written Monga, Monka or Bangka)" had no aliases).

A generic alone in the bracket stands for the name's last word ("Imperial College (or Academy)": "Imperial Academy").
A bracket that ends the sense was read before ("Myanmar (or Burma)"); a title's words after the bracket are no
generic ("Dee Gong An (or Judge Dee's) Cases"), and an adjective's style is no name ("Western (or Western-style)
cannon").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "庫姆塔格沙漠 库姆塔格沙漠 [Ku4 mu3 ta3 ge2 Sha1 mo4] /Kumutage (or Kumtag) Desert, northwestern China/\n"
    "四湖 四湖 [Si4 hu2] /Sihu (or Ssuhu) township in Yunlin county 雲林縣|云林县[Yun2 lin2 xian4], Taiwan/\n"
    "艋舺 艋舺 [Meng3 jia3] /Mengjia (also written Monga, Monka or Bangka), the pre-Japanese-era name for Wanhua"
    " 萬華|万华[Wan4 hua2], the oldest district of Taipei/\n"
    "國子監 国子监 [Guo2 zi3 jian4] /Imperial College (or Academy), the highest educational body in imperial China/\n"
    "關東軍 关东军 [Guan1 dong1 jun1] /Japanese Kwantung army (or Kantō army), notorious for numerous atrocities in"
    " China during WWII/\n"
    "緬甸 缅甸 [Mian3 dian4] /Myanmar (or Burma)/\n"
    "狄公案 狄公案 [Di2 Gong1 An4] /Dee Gong An (or Judge Dee's) Cases, 18th century fantasy featuring Tang dynasty"
    " politician Di Renjie 狄仁傑|狄仁杰[Di2 Ren2 jie2] as master sleuth, translated by R.H. van Gulik as Three"
    " Murder Cases Solved by Judge Dee/\n"
    "佛朗機炮 佛朗机炮 [Fo2 lang3 ji1 pao4] /Western (or Western-style) cannon of the Ming era/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("库姆塔格沙漠", "Kumutage Desert", ("Kumtag Desert",)),
        ("四湖", "Sihu", ("Ssuhu",)),
        ("艋舺", "Mengjia", ("Monga", "Monka", "Bangka")),
        ("国子监", "Imperial College", ("Imperial Academy",)),
    ],
)
def test_the_bracket_gives_the_other_forms(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    assert (ENTRIES[zh].en, ENTRIES[zh].aliases) == (en, aliases)


def test_a_form_ending_on_the_generic() -> None:
    assert (ENTRIES["关东军"].en, ENTRIES["关东军"].aliases) == ("Kwantung Army", ("Kantō Army",))


def test_other_brackets_as_before() -> None:
    assert (ENTRIES["缅甸"].en, ENTRIES["缅甸"].aliases) == ("Myanmar", ("Burma",))
    assert (ENTRIES["狄公案"].en, ENTRIES["狄公案"].aliases) == ("Dee Gong An", ())
    assert (ENTRIES["佛朗机炮"].en, ENTRIES["佛朗机炮"].aliases) == ("Folangjipao", ())  # (by its reading)

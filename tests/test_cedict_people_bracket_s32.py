"""A people's adjective in a bracket before a name is a word of the full name (thirty-second session; the tester's
s32 B5: 社科院 "(Chinese) Academy of Social Sciences (CASS)" was en "Academy of Social Sciences", which CASS does not
spell; 海湾 "(Persian) Gulf" was the common word "Gulf").

The full name heads the English where the name alone is one word or the acronym spells the full one; otherwise it is
an alias. Region labels ("(China) National Bureau of Statistics", "(PRC) ...") stay labels.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "社科院 社科院 [She4 ke1 yuan4] /(Chinese) Academy of Social Sciences (CASS)/\n"
    "宗教改革 宗教改革 [Zong1 jiao4 Gai3 ge2] /(Protestant) Reformation/\n"
    "海灣戰爭 海湾战争 [Hai3 wan1 Zhan4 zheng1] /(Persian) Gulf War/\n"
    "印第安 印第安 [Yin4 di4 an1] /(American) Indian/native American/indigenous peoples of the Americas/\n"
    "國家統計局 国家统计局 [Guo2 jia1 Tong3 ji4 ju2] /(China) National Bureau of Statistics (NBS)/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("社科院", "Chinese Academy of Social Sciences"),  # CASS spells it
        ("宗教改革", "Protestant Reformation"),  # one word alone
        ("印第安", "American Indian"),
    ],
)
def test_the_full_name_heads(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


def test_else_the_full_name_is_an_alias() -> None:
    assert (ENTRIES["海湾战争"].en, ENTRIES["海湾战争"].aliases) == ("Gulf War", ("Persian Gulf War",))


def test_a_region_label_stays_a_label() -> None:
    assert (ENTRIES["国家统计局"].en, ENTRIES["国家统计局"].aliases) == ("National Bureau of Statistics", ("NBS",))

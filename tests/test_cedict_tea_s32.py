"""A tea's variety is named without "tea" when its headword does not write 茶 (thirty-second session; the tester's
s32 B8: 铁观音 "Tieguanyin tea (a variety of oolong tea)" was en "Tieguanyin tea").

data/cedict_generics.tsv's row "tea 茶" (CC-CEDICT's own line 茶 "tea/tea plant"): the generic after a name is part
of it only where the headword writes it (普洱茶 "Pu'er tea" keeps it).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "鐵觀音 铁观音 [Tie3 guan1 yin1] /Tieguanyin tea (a variety of oolong tea)/\n"
    "滇紅 滇红 [Dian1 hong2] /Dian Hong tea/\n"
    "普洱茶 普洱茶 [Pu3 er3 cha2] /Pu'er tea from the Pu'er region of Yunnan/\n"
)
ENTRIES = entries_by_form(REAL)


# (铁观音 "Tieguanyin tea (a variety of oolong tea)" was here: a variety, as its line says, is a common noun that
# --proper-only leaves out since s37, test_cedict_kinds_of_s37.)
@pytest.mark.parametrize(("zh", "en"), [("滇红", "Dian Hong"), ("普洱茶", "Pu'er tea")])
def test_tea_goes_with_the_name_only_where_the_headword_writes_it(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en
    assert "tea" in ENTRIES[zh].note

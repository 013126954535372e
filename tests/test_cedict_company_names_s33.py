"""A company whose English is one name and its legal form or its group's word has that name alone as an alias, as
news writes it (thirty-third session; the lead's U33-25: `lookup Tencent`, `lookup Lenovo`, `lookup Raytheon`,
`lookup Coolpad` found nothing)."""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "騰訊 腾讯 [Teng2 xun4] /see 騰訊控股有限公司|腾讯控股有限公司[Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1]/\n"
    "騰訊控股有限公司 腾讯控股有限公司 [Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1] /Tencent Holdings Limited"
    " (developers of the QQ instant messaging platform)/\n"
    "聯想集團 联想集团 [Lian2 xiang3 Ji2 tuan2] /Lenovo Group (PRC computer firm)/\n"
    "酷派 酷派 [Ku4 pai4] /Coolpad Group Ltd, Chinese company/\n"
    "雷神公司 雷神公司 [Lei2 shen2 Gong1 si1] /Raytheon Company, US defense contractor/\n"
    "夏普 夏普 [Xia4 pu3] /Sharp Corporation/\n"
    "微軟 微软 [Wei1 ruan3] /Microsoft corporation/\n"
    "微軟公司 微软公司 [Wei1 ruan3 Gong1 si1] /Microsoft Corporation/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "name"), [("腾讯", "Tencent"), ("联想集团", "Lenovo"), ("酷派", "Coolpad"), ("雷神公司", "Raytheon")]
)
def test_a_companys_name_alone_is_an_alias(zh: str, name: str) -> None:
    entry = ENTRIES[zh]
    assert entry.type == "org"
    assert name in (entry.en, *entry.aliases)


def test_no_english_word_nor_another_entrys_english() -> None:
    assert "Sharp" not in ENTRIES["夏普"].aliases  # sharp: an English word
    # 微软 is "Microsoft": that English is its entry's, no alias of 微软公司 "Microsoft Corporation" too.
    assert ENTRIES["微软"].en == "Microsoft"
    assert "Microsoft" not in ENTRIES["微软公司"].aliases

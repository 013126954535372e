"""CC-CEDICT import: an old name of a place written with another entry's characters, placed in another province than
that entry is, is no writing of it (imp's s46 leftover, the s47 brief's item 4).

"育水 育水 [Yu4 shui3] /name of river/old name of Baihe 白河 in Henan/" and 淯水 (the same, "same as 育水") folded
into 白河 "Baihe County in Ankang, Shaanxi" as its zh_aliases: 白河 in Henan is a river, another thing. Of the 6
capitalised lines whose old-name pointer places its target in a province ("in Henan", "in Zhejiang"), these two name
a province other than their target entry's; the other four (岱宗 泰山 in Shandong, 渝水 嘉陵江, 瓯 温州市, 淯) are read
as before. Such a line now folds into nothing: --proper-only leaves it out (no entry of the Henan river), a full
import keeps it as written, a term.

The real lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Lines marked "(made up)" are mine.
"""

from __future__ import annotations

import pytest

from tests.cedict_fixtures import rows_by_zh

BAIHE = (
    "白河 白河 [Bai2 he2] /Baihe County in Ankang 安康[An1 kang1], Shaanxi/Paiho town in Tainan County "
    "台南縣|台南县[Tai2 nan2 xian4], Taiwan/",
    "白河縣 白河县 [Bai2 he2 Xian4] /Baihe County in Ankang 安康[An1 kang1], Shaanxi/",
)
YUSHUI = (
    "育水 育水 [Yu4 shui3] /name of river/old name of Baihe 白河 in Henan/",
    "淯水 淯水 [Yu4 shui3] /name of river/old name of Baihe 白河 in Henan/same as 育水/",
)
WENZHOU = (
    "溫州市 温州市 [Wen1 zhou1 Shi4] /Wenzhou prefecture level city in Zhejiang/",
    "甌 瓯 [Ou1] /old name for Wenzhou City 溫州市|温州市[Wen1 zhou1 shi4] in Zhejiang 浙江[Zhe4 jiang1]/",
)


@pytest.mark.parametrize("proper_only", [True, False])
def test_an_old_name_placed_in_another_province_is_no_writing_of_the_entry(proper_only: bool) -> None:
    rows = rows_by_zh(*BAIHE, *YUSHUI, proper_only=proper_only)
    assert not {"育水", "淯水"} & set(rows["白河"]["zh_aliases"])
    assert "Henan" not in (rows["白河"]["note"] or "")
    if not proper_only:
        assert rows["育水"]["type"] == "term"  # (the line as written, a full import's word)


@pytest.mark.parametrize("proper_only", [True, False])
def test_an_old_name_placed_where_its_entry_is_read_as_before(proper_only: bool) -> None:
    """(made up) the same shape, placed in the entry's own province: its own place entry, referring or not, as before;
    placed in another province: no place of the entry's."""
    county = "甲縣 甲县 [Jia3 xian4] /Jia County in Ankang 安康[An1 kang1], Shaanxi/"
    same = "乙水 乙水 [Yi3 shui3] /old name of Jia County 甲县 in Shaanxi/"
    other = "丙水 丙水 [Bing3 shui3] /old name of Jia County 甲县 in Henan/"
    rows = rows_by_zh(county, same, other, proper_only=proper_only)
    assert (rows["乙水"]["type"], rows["乙水"]["en"]) == ("place", "Yishui")
    assert "丙水" not in rows["甲县"]["zh_aliases"]

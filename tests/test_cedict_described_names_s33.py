"""A line whose first sense describes its thing and names it only inside the description, or not at all, is a name:
the one the description gives, or the line's reading (thirty-third session; the tester's s32 O2, left open: 周口
"prefecture level city in east Henan", 楚国 "the state of Chu, ...", 杨坚 "first Sui emperor Yang Jian (541-604)" were
`term`s, left out of `--proper-only`: names lost)."""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "周口 周口 [Zhou1 kou3] /prefecture level city in east Henan 河南/\n"
    "南莊 南庄 [Nan2 zhuang1] /township in Miaoli county 苗栗縣|苗栗县[Miao2 li4 xian4], northwest Taiwan/\n"
    "南莊鄉 南庄乡 [Nan2 zhuang1 xiang1] /township in Miaoli county 苗栗縣|苗栗县[Miao2 li4 xian4], northwest Taiwan/\n"
    "泗 泗 [Si4] /river in Shandong/\n"
    "楚國 楚国 [Chu3 guo2] /the state of Chu, one of the most important of the small states contending for power in"
    " China between 770 and 223 BC, located around present-day Hubei/\n"
    "特洛伊 特洛伊 [Te4 luo4 yi1] /ancient city of Troy/\n"
    "官渡之戰 官渡之战 [Guan1 du4 zhi1 zhan4] /battle of Guandu of 199 that established Cao Cao's 曹操 domination over"
    " north China, at Guandu (near modern 許昌|许昌[Xu3 chang1] in north Henan)/\n"
    "楊堅 杨坚 [Yang2 Jian1] /first Sui emperor Yang Jian (541-604), reigned 581-604/\n"
    "宜山縣 宜山县 [Yi2 shan1 xian4] /former Yishan county, now called Yizhou 宜州[Yi2 zhou1] in Hechi 河池[He2 chi2],"
    " Guangxi/\n"
    "光緒 光绪 [Guang1 xu4] /reign name of penultimate Qing emperor Guangxu or Guang-hsu (1875-1908)/\n"
    "同治 同治 [Tong2 zhi4] /reign name of Qing emperor (1861-1875)/\n"
    "太平 太平 [Tai4 ping2] /place name/\n"
    "建文帝 建文帝 [Jian4 wen2 di4] /reign name of second Ming emperor, reigned 1398-1402, deposed in 1402/\n"
    "朱容基 朱容基 [Zhu1 Rong2 ji1] /common erroneous form of 朱鎔基|朱镕基, Zhu Rongji (1928-), PRC politician,"
    " premier 1998-2003/\n"
    "龍陽 龙阳 [Long2 yang2] /place in Shanghai/(coll.) male homosexual/\n"
)
ENTRIES = {}
for entry in load_cedict(io.StringIO(REAL), proper_only=True):
    for form in (entry.zh, *entry.zh_aliases):
        ENTRIES[form] = entry


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("周口", "place", "Zhoukou"),  # a place described, named by the reading
        ("南庄", "place", "Nanzhuang"),  # ... its township's headword a form of it (南庄乡)
        ("南庄乡", "place", "Nanzhuang"),
        ("泗", "place", "Si River"),
        ("楚国", "place", "Chu"),  # "the state of Chu"
        ("特洛伊", "place", "Troy"),  # "ancient city of Troy"
        ("官渡之战", "event", "Battle of Guandu"),  # "battle of Guandu"
        ("杨坚", "person", "Yang Jian"),  # the name inside the description spells the reading
        ("宜山县", "place", "Yishan"),  # ... without its unit's syllable
        ("光绪", "event", "Guangxu"),  # a reign name, with its other spelling
        ("同治", "event", "Tongzhi"),  # a reign name described, named by the reading
    ],
)
def test_a_described_name_is_named(zh: str, kind: str, en: str) -> None:
    assert (ENTRIES[zh].type, ENTRIES[zh].en) == (kind, en)
    assert ENTRIES[zh].note  # the description, as CC-CEDICT wrote it


def test_the_description_is_the_note_and_the_other_spelling_an_alias() -> None:
    assert ENTRIES["周口"].note == "prefecture level city in east Henan 河南"
    assert ENTRIES["光绪"].aliases == ("Guang-hsu",)


@pytest.mark.parametrize("zh", ["太平", "建文帝", "朱容基", "龙阳"])
def test_no_name_where_the_line_gives_none(zh: str) -> None:
    # "place name" alone (no place said), an emperor's headword (帝) named by a reign, a misspelling of another
    # name, and a word of everyday speech too: left as they were.
    assert zh not in ENTRIES

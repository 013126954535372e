"""A slip of CC-CEDICT's English that the import mends is remarked once in the note, not once per line of the name
(thirtieth session; the tester's T5: 临颍 "... zhgloss: CC-CEDICT's English 'Lingying' misspells 'Linying' (its
reading [Lin2 ying3]); zhgloss: ... (its reading [Lin2 ying3 xian4])", ~40 entries).

The remark of the headword's own line says it; a line folded in with the same slip adds its other words only.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "臨潁 临颍 [Lin2 ying3] /Lingying county in Luohe 漯河[Luo4 he2], Henan/\n"
    "臨潁縣 临颍县 [Lin2 ying3 xian4] /Lingying county in Luohe 漯河[Luo4 he2], Henan/\n"
    "上思 上思 [Shang4 si1] /Shangxi county in Fangchenggang 防城港[Fang2 cheng2 gang3], Guangxi/\n"
    "上思縣 上思县 [Shang4 si1 xian4] /Shangxi county in Fangchenggang 防城港[Fang2 cheng2 gang3], Guangxi/\n"
    "興城 兴城 [Xing1 cheng2] /Xincheng county level city in Huludao 葫蘆島|葫芦岛[Hu2 lu2 dao3], Liaoning/\n"
    "興城市 兴城市 [Xing1 cheng2 Shi4] /Xincheng county level city in Huludao 葫蘆島|葫芦岛[Hu2 lu2 dao3], Liaoning/\n"
)
# Lines of my own of the same shape.
OWN = (
    "甲陽 甲阳 [Jia3 yang2] /Jiayan county in Luohe 漯河[Luo4 he2], Henan/\n"
    "甲陽縣 甲阳县 [Jia3 yang2 xian4] /Jiayan county in Luohe 漯河[Luo4 he2], Henan/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "slip"),
    [
        ("临颍", "Linying", "'Lingying'"),
        ("上思", "Shangsi", "'Shangxi'"),
        ("兴城", "Xingcheng", "'Xincheng'"),
        ("甲阳", "Jiayang", "'Jiayan'"),
    ],
)
def test_a_slip_is_remarked_once(zh: str, en: str, slip: str) -> None:
    entry = ENTRIES[zh]
    assert entry.en == en, entry
    assert entry.note is not None
    assert entry.note.count(f"English {slip} misspells") == 1, entry.note

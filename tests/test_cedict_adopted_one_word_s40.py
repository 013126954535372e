"""CC-CEDICT import: a Chinese person known by one name its English spells is not `en_adopted` (the reviewer's R39-11).

19096773 read `en_adopted` from the line, but took every one-word reading for a transliteration's: 老子 [Lao3 zi3]
"Laozi", 庄子 "Zhuangzi", 西施 "Xishi", 康熙 "Kangxi", 慧能 "Huineng" stayed adopted though their English is the pinyin
(docs/glossary-notes.md: false = the English is the pinyin). CC-CEDICT (2026-12): 67 persons of --proper-only had a
one-word reading their English spells and were adopted. A transliteration's line says so: the name is one many bear,
"(name)" (阿兰 "Alan, Allen, Allan, Alain etc (name)", 汉森, 伯颜 "Bayan (name)", 8 of the 67), or the English is an
English given name (data/english_given_names.txt: Anna, Lili); those stay adopted, the other 59 are not. Two words
(习近平 "Xi Jinping") and names with a separator are read as before (tests/test_cedict_adopted_s39.py).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict_documents

LINES = {
    "老子": "老子 老子 [Lao3 zi3] /Laozi or Lao-tze (c. 500 BC), Chinese philosopher, the founder of Taoism/",
    "庄子": "莊子 庄子 [Zhuang1 zi3] /Zhuangzi (369-286 BC), Daoist author/",
    "西施": (
        "西施 西施 [Xi1 shi1] /Xishi (c. 450 BC), famous Chinese beauty, foremost of the four legendary beauties "
        "四大美女[si4 da4 mei3 nu:3]/"
    ),
    "康熙": (
        "康熙 康熙 [Kang1 xi1] /Kangxi, title of the reign (1661-1722) of the Kangxi Emperor 聖祖|圣祖[Sheng4 zu3]/"
    ),
    "慧能": "慧能 慧能 [Hui4 neng2] /Huineng (638-713), the Sixth Patriarch of Chan Buddhism/",
    "美玲": (
        "美玲 美玲 [Mei3 ling2] /Meiling (female name)/Zhou Meiling 周美玲[Zhou1 Mei3 ling2] (1969-), Taiwanese gay "
        "film director/"
    ),
    "阿兰": "阿蘭 阿兰 [A1 lan2] /Alan, Allen, Allan, Alain etc (name)/A-lan (Chinese female name)/",
    "汉森": "漢森 汉森 [Han4 sen1] /Hansen or Hanson (name)/",
    "伯颜": (
        "伯顏 伯颜 [Ba4 yan2] /Bayan (name)/Bayan of the Baarin (1236-1295), Mongol Yuan general under Khubilai Khan, "
        "victorious over the Southern Song 1235-1239/"
    ),
    "安娜": "安娜 安娜 [An1 na4] /Anna (name)/",
    "丽丽": "麗麗 丽丽 [Li4 li4] /Lili (name)/",
}


def _adopted(zh: str) -> tuple[str, str, bool]:
    (row,) = (r for r in load_cedict_documents(io.StringIO(LINES[zh] + "\n"), proper_only=True) if r["zh"] == zh)
    return row["type"], row["en"], row["en_adopted"]


@pytest.mark.parametrize("zh", ["老子", "庄子", "西施", "康熙", "慧能", "美玲"])
def test_a_chinese_persons_one_name_in_pinyin_is_not_adopted(zh: str) -> None:
    kind, _en, adopted = _adopted(zh)
    assert kind == "person"
    assert adopted is False


@pytest.mark.parametrize("zh", ["阿兰", "汉森", "伯颜", "安娜", "丽丽"])
def test_a_transliterated_name_spelling_like_pinyin_stays_adopted(zh: str) -> None:
    assert _adopted(zh)[2] is True

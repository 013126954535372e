"""harvest: a foreign person's name transliterated whole gets its pinyin as one word, even when its first
character is a Chinese surname (s31; found while checking U30-33's abbr.txt: "US VP Kamala Harris (哈里斯)" gave the
pinyin "Hǎ Lǐsī", 哈 read as a surname; `zhgloss.pinyin.romanize` writes 库克 "Kùkè" already).

CC-CEDICT: 伯恩斯 [Bo2 en1 si1] Nicholas Burns, 馬克龍 [Ma3 ke4 long2] Emmanuel Macron, 柯林頓 [Ke1 lin2 dun4] Bill
Clinton. A Chinese person's name keeps its surname apart, whatever the English (Jay Chou 周杰伦, Judy Chu 赵美心).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pinyin(text: str, zh: str) -> str | None:
    return next(p.entry.pinyin for p in harvest(text, []) if p.zh == zh)


@pytest.mark.parametrize(
    ("text", "zh", "pinyin"),
    [
        ("US VP Kamala Harris (哈里斯) spoke.", "哈里斯", "Hālǐsī"),  # U30-33's abbr.txt
        ("US envoy Nicholas Burns (伯恩斯) met Chinese officials.", "伯恩斯", "Bó'ēnsī"),
        ("French President Emmanuel Macron (马克龙) arrived in Guangzhou.", "马克龙", "Mǎkèlóng"),
        ("Former US President Bill Clinton (柯林顿) spoke.", "柯林顿", "Kēlíndùn"),
        ("Secretary of State Marco Rubio (卢比奥) said.", "卢比奥", "Lúbǐ'ào"),
    ],
)
def test_a_foreign_name_transliterated_whole_is_one_word(text: str, zh: str, pinyin: str) -> None:
    assert _pinyin(text, zh) == pinyin


@pytest.mark.parametrize(
    ("text", "zh", "pinyin"),
    [
        ("Premier Li Qiang (李强) said.", "李强", "Lǐ Qiáng"),
        ("Singer Jay Chou (周杰倫) sang.", "周杰伦", "Zhōu Jiélún"),
        ("Rep. Judy Chu (赵美心) spoke.", "赵美心", "Zhào Měixīn"),
        ("Chief Executive Carrie Lam (林郑月娥) said.", "林郑月娥", "Lín-Zhèng Yuè'é"),
    ],
)
def test_a_chinese_name_keeps_its_surname_apart(text: str, zh: str, pinyin: str) -> None:
    assert _pinyin(text, zh) == pinyin


@pytest.mark.parametrize(
    ("text", "zh", "pinyin"),
    [
        # CC-CEDICT: 蔡英文 [Cai4 Ying1 wen2] /Tsai Ing-wen/, 柯文哲 [Ke1 Wen2 zhe2] /Ko Wen-je/ (R5 of s31's review).
        ("Taiwan's leader Tsai Ing-wen (蔡英文) said on Monday.", "蔡英文", "Cài Yīngwén"),
        ("Former Taipei mayor Ko Wen-je (柯文哲) was charged.", "柯文哲", "Kē Wénzhé"),
        ("Macau's Chief Executive Ho Iat-seng (贺一诚) said.", "贺一诚", "Hè Yīchéng"),  # Macau's spelling
        ("KMT chairman Chu Li-luan (朱立伦) said.", "朱立伦", "Zhū Lìlún"),
        ("Taiwan's premier Cho Jung-tai (卓荣泰) said.", "卓荣泰", "Zhuó Róngtài"),
        ("Former leader Ma Ying-jeou (马英九) visited Beijing.", "马英九", "Mǎ Yīngjiǔ"),
    ],
)
def test_a_chinese_name_spelled_outside_pinyin_keeps_its_surname_apart(text: str, zh: str, pinyin: str) -> None:
    """A first word that spells the surname outside pinyin (Tsai for 蔡, Ko for 柯, Ho for 贺) says the name is a
    Chinese one romanized otherwise, not a foreign name transliterated whole."""
    assert _pinyin(text, zh) == pinyin

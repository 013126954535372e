"""harvest: an ordinary word that opens the sentence before a name the Chinese spells alone is no part of the name
(s32, U30-47).

"Rival Sotheby's (苏富比) also held an auction." proposed en "Rival Sotheby's": a sentence's first word is
capitalised whatever it is. Where it is a word English writes in lower case (no given name, no title) and the words
after it alone are the Chinese's pinyin or transliteration while the whole is not, the name is what follows, the
word its description. "Long Yongtu" (龙永图, the pinyin whole), "Young Zhang" (张杨, an adopted name and the surname)
and "General Motors" (通用汽车, no sound of it) stay whole.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("Rival Sotheby's (苏富比) also held an autumn auction in Hong Kong.", "苏富比", "Sotheby's"),
        ("Rival Xiaomi (小米) cut the price of its flagship phone.", "小米", "Xiaomi"),
        ("Long Yongtu (龙永图) led China's WTO talks.", "龙永图", "Long Yongtu"),
        ("Young Zhang (张杨) said she would stay.", "张杨", "Young Zhang"),
        ("General Motors (通用汽车) cut its forecast.", "通用汽车", "General Motors"),
    ],
)
def test_the_sentence_first_word(line: str, zh: str, en: str) -> None:
    proposal = next(p for p in harvest(line, []) if p.kind == "name")
    assert (proposal.zh, proposal.en) == (zh, en)

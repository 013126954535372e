"""harvest: a person whose English is one word spelling the whole reading gets the pinyin as one word (s32, U30-47).

"Emperor Guangxu (光绪)" proposed pinyin "Guāng Xù", surname and given name apart, and --add stored it; but Guangxu is
a reign title, written as one word in English and in pinyin (CC-CEDICT: 光緒 [Guang1 xu4] "Guangxu"), as are
temple names and single names: "Guāngxù", "Qiánlóng", "Cíxǐ", "Pǔyí". A name written in two words keeps its surname
apart (王毅 "Wang Yi": "Wáng Yì").
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "pinyin"),
    [
        ("Emperor Guangxu (光绪) tried to reform the Qing state in 1898.", "光绪", "Guāngxù"),
        ("Emperor Qianlong (乾隆) ruled for sixty years.", "乾隆", "Qiánlóng"),
        ("Emperor Yongzheng (雍正) died in 1735.", "雍正", "Yōngzhèng"),
        ("Empress Dowager Cixi (慈禧) ruled from behind the curtain.", "慈禧", "Cíxǐ"),
        ("Puyi (溥仪) abdicated in 1912.", "溥仪", "Pǔyí"),
        ("Foreign Minister Wang Yi (王毅) spoke.", "王毅", "Wáng Yì"),
    ],
)
def test_one_word_names_have_one_word_pinyin(line: str, zh: str, pinyin: str) -> None:
    proposal = next(p for p in harvest(line, []) if p.kind == "name")
    assert (proposal.zh, proposal.entry.pinyin) == (zh, pinyin)

"""harvest: a sentence-first trade word in -maker ("Carmaker", "Chipmaker") is an ordinary word before a name the
Chinese spells alone, as "Rival" is (the thirty-second session's review, R5 of 03f996b).

"Carmaker Geely (吉利) said." gave the English "Carmaker Geely": english_case.lower_words() lists "car" and
"maker" but not the one word. Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `吉利 /Geely, Chinese car make/`, `奇瑞 /Chery
(car manufacturer)/`, `华为 /Huawei (brand)/`; 长安 (Changan Automobile), 安踏 (Anta Sports).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Carmaker Geely (吉利) said.", ("吉利", "Geely")),
        ("Carmaker Chery (奇瑞) said.", ("奇瑞", "Chery")),
        ("Automaker Changan (长安) said.", ("长安", "Changan")),
        ("Phonemaker Huawei (华为) said.", ("华为", "Huawei")),
        ("Shoemaker Anta (安踏) said.", ("安踏", "Anta")),
    ],
)
def test_maker_word_opens_the_sentence(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]

"""harvest: a work's or a product's name with a digit, Latin letters or a subtitle after a colon is proposed, typed
by the noun the sentence gives it (U32-7); a date before a name is no part of it or of its title.

"The animated film Ne Zha 2 (哪吒之魔童闹海)", "The game Black Myth: Wukong (黑神话：悟空)", "The Wandering Earth 2
(流浪地球2)", "Xiaomi launched the SU7 (小米SU7)", "the Kirin 9000S (麒麟9000S) chip" gave "0 pairs" and said
nothing: a number ended the English name, a colon cut it, and a Chinese item with letters or digits was no name.
The Chinese with letters is taken only where the English writes the same letters ("Jay Chou (周杰伦 Zhou Jielun)"
stays out). With numbers read in names, a date before one is cut: "In 2024 Xiaomi (小米)", "On March 5 Premier Li
Qiang (李强)"; and "In March Premier Li Qiang", "Tomorrow Premier Li Qiang" (the s32 review) give the role "Premier".
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `哪吒 [Ne2 zha5] /Nezha, protection deity/`; the films 哪吒之魔童闹海 (Ne Zha
2, 2025), 流浪地球2 (The Wandering Earth 2, 2023), 唐探1900 (Detective Chinatown 1900, 2025); the game 黑神话：悟空
(2024); Xiaomi's car SU7, Huawei's Kirin 9000S chip and Boeing's 737 MAX.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str, str]]:
    return [(p.zh, p.entry.en, p.entry.type) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("The animated film Ne Zha 2 (哪吒之魔童闹海) topped the box office.", ("哪吒之魔童闹海", "Ne Zha 2", "work")),
        (
            "The game Black Myth: Wukong (黑神话：悟空) sold 10 million copies.",
            ("黑神话:悟空", "Black Myth: Wukong", "work"),
        ),
        ("Huawei's Kirin 9000S (麒麟9000S) chip is made in China.", ("麒麟9000S", "Kirin 9000S", "product")),
        (
            "Critics praised the film Detective Chinatown 1900 (唐探1900).",
            ("唐探1900", "Detective Chinatown 1900", "work"),
        ),
    ],
)
def test_work_or_product_with_a_number_or_a_subtitle(line: str, pair: tuple[str, str, str]) -> None:
    assert _pairs(line) == [pair]


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("Xiaomi launched the SU7 (小米SU7) in March.", "小米SU7", "SU7"),
        ("Audiences flocked to The Wandering Earth 2 (流浪地球2) in January.", "流浪地球2", "The Wandering Earth 2"),
        ("Airlines grounded the Boeing 737 MAX (波音737 MAX) jets.", "波音737 MAX", "Boeing 737 MAX"),
    ],
)
def test_name_with_latin_letters_in_its_chinese(line: str, zh: str, en: str) -> None:
    assert [(z, e) for z, e, _ in _pairs(line)] == [(zh, en)]


def test_letters_the_english_does_not_write_make_no_pair() -> None:
    assert _pairs("Jay Chou (周杰伦 Zhou Jielun) sang.") == []


@pytest.mark.parametrize(
    ("line", "en", "roles"),
    [
        ("In 2024 Xiaomi (小米) sold cars.", "Xiaomi", []),
        ("Since 2019 Huawei (华为) has grown.", "Huawei", []),
        ("On March 5 Premier Li Qiang (李强) delivered the report.", "Li Qiang", ["Premier"]),
        ("In March Premier Li Qiang (李强) spoke.", "Li Qiang", ["Premier"]),
        ("Tomorrow Premier Li Qiang (李强) will speak.", "Li Qiang", ["Premier"]),
        ("Singer May Wang (王美) sang.", "May Wang", ["Singer"]),
    ],
)
def test_a_date_before_a_name_is_none_of_it(line: str, en: str, roles: list[str]) -> None:
    (proposal,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (proposal.entry.en, [r.title for r in proposal.entry.roles]) == (en, roles)

"""Of a Chinese person's two names in pinyin, the one the headword's own reading spells is the English (twenty-seventh
session, issue 9; the tester's T27-I15): 唐寅 [Tang2 Yin2] "Tang Bohu 唐伯虎 or Tang Yin" is Tang Yin (Tang Bohu is
唐伯虎, another headword), 杨贵妃 Yang Guifei, 冯武 Feng Wu, 唐尧 Tang Yao, 李冶 Li Ye; the other name is an alias
(its characters between it and "or" no longer hide the other: "Yang Yuhuan 楊玉環|杨玉环[...] or Yang Guifei"). Not a
Vietnamese, Korean or Japanese person's name English writes otherwise (阮安 "Nguyen An ..., aka Ruan An"), nor a
character's (羲 "same as Fuxi 伏羲 .../surname Xi").
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "唐寅 唐寅 [Tang2 Yin2] /Tang Bohu 唐伯虎 or Tang Yin (1470-1523), Ming painter and poet, one of Four great"
    " southern talents of the Ming 江南四大才子/\n"
    "楊貴妃 杨贵妃 [Yang2 Gui4 fei1] /Yang Yuhuan 楊玉環|杨玉环[Yang2 Yu4 huan2] or Yang Guifei (719-756), famous Tang"
    " beauty, consort of Emperor Xuanzhong 唐玄宗[Tang2 Xuan2 zong1]/\n"
    "馮武 冯武 [Feng2 Wu3] /Feng Doubo or Feng Wu (1672-), calligrapher of the Ming-Qing transition/also called"
    " 馮竇伯|冯窦伯[Feng2 Dou4 bo2]/\n"
    "唐堯 唐尧 [Tang2 Yao2] /Yao or Tang Yao (c. 2200 BC), one of Five Legendary Emperors 五帝[wu3 di4], second son"
    " of Di Ku 帝嚳|帝喾[Di4 Ku4]/\n"
    "李冶 李冶 [Li3 Ye3] /Li Jilan 李季蘭|李季兰[Li3 Ji4 Lan2] or Li Ye (713-784), Tang dynasty female poet/\n"
    "阮安 阮安 [Ruan3 An1] /Nguyen An (1381-1453), aka Ruan An, Vietnamese architect and engineer, principal designer"
    " of the Forbidden City/\n"
    "羲 羲 [Xi1] /same as Fuxi 伏羲[Fu2 Xi1], a mythical emperor/surname Xi/\n"
)
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("唐寅", "Tang Yin", "Tang Bohu"),
        ("杨贵妃", "Yang Guifei", "Yang Yuhuan"),
        ("冯武", "Feng Wu", "Feng Doubo"),
        ("唐尧", "Tang Yao", "Yao"),
        ("李冶", "Li Ye", "Li Jilan"),
    ],
)
def test_the_headwords_own_reading_names_the_person(zh: str, en: str, alias: str) -> None:
    assert ENTRIES[zh].en == en
    assert alias in ENTRIES[zh].aliases


@pytest.mark.parametrize(("zh", "en"), [("阮安", "Nguyen An"), ("羲", "Fuxi")])
def test_a_foreign_or_single_characters_english_stays(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


def test_lines_of_my_own() -> None:
    entries = entries_by_form(
        "甲乙 甲乙 [Jia3 Yi3] /Jia Bing 甲丙 or Jia Yi (1500-1560), Ming poet/\n"
        "丁戊 丁戊 [Ding1 Wu4] /Ding Wu or Ding Ji 丁己 (1500-1560), Ming poet/\n"  # already its reading
    )
    assert entries["甲乙"].en == "Jia Yi"
    assert entries["丁戊"].en == "Ding Wu"

"""A dish or a food named after a place or a person is a kind of food, no name (twenty-ninth session, issue 9 item 1;
the tester's classes 2 and 3: 黑森林蛋糕 "Black Forest cake" typed `place`, 左宗棠鸡 "General Tso's chicken, a
deep-fried chicken dish", 东坡肘子 "Dongpo pork shoulder, ...", 萨赫蛋糕 "Sachertorte, Viennese chocolate cake" kept
by --proper-only).

A line whose only name ends on a dish's word (chicken, duck, cake, ham ...), or a one-word name described as one,
is a common noun: `--proper-only` leaves it out, and the full import keeps it as a `term`. Not a character whose
name starts with a given name ("Donald Duck"), a company the line gives initials for ("Kentucky Fried Chicken
(KFC)"), nor a drink, as often a brand as a kind ("Tsingtao Beer").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "北京烤鴨 北京烤鸭 [Bei3 jing1 kao3 ya1] /Peking Duck/\n"
    "左宗棠雞 左宗棠鸡 [Zuo3 Zong1 tang2 ji1] /General Tso's chicken, a deep-fried chicken dish/\n"
    "東坡肘子 东坡肘子 [Dong1 po1 zhou3 zi5] /Dongpo pork shoulder, traditional dish said to have been created by"
    " Northern Song dynasty writer Su Dongpo 蘇東坡|苏东坡/\n"
    "薩赫蛋糕 萨赫蛋糕 [Sa4 he4 dan4 gao1] /Sachertorte, Viennese chocolate cake/\n"
    "金華火腿 金华火腿 [Jin1 hua2 huo3 tui3] /Jinhua ham/\n"
    "黑森林蛋糕 黑森林蛋糕 [Hei1 Sen1 lin2 dan4 gao1] /Black Forest cake/\n"
    "切達 切达 [Qie4 da2] /Cheddar (cheese)/\n"
    # Controls: a character, a company by its initials, a beer.
    "唐老鴨 唐老鸭 [Tang2 Lao3 ya1] /Donald Duck/\n"
    "肯德基炸雞 肯德基炸鸡 [Ken3 de2 ji1 Zha2 ji1] /Kentucky Fried Chicken (KFC)/\n"
    "青島啤酒 青岛啤酒 [Qing1 dao3 pi2 jiu3] /Tsingtao Beer/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "宮保雞丁 宫保鸡丁 [Gong1 bao3 ji1 ding1] /Kung Pao chicken/\n"
    "林茨蛋糕 林茨蛋糕 [Lin2 ci2 dan4 gao1] /Linzer torte, Austrian cake/\n"
)
NAMES = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}
ALL = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN))}
DISHES = ["北京烤鸭", "左宗棠鸡", "东坡肘子", "萨赫蛋糕", "金华火腿", "黑森林蛋糕", "切达", "宫保鸡丁", "林茨蛋糕"]


@pytest.mark.parametrize("zh", DISHES)
def test_a_dish_is_no_name(zh: str) -> None:
    assert zh not in NAMES, NAMES[zh]


@pytest.mark.parametrize("zh", DISHES)
def test_a_dish_is_a_term_of_the_full_import(zh: str) -> None:
    assert ALL[zh].type == "term", ALL[zh]


@pytest.mark.parametrize(
    ("zh", "en"), [("唐老鸭", "Donald Duck"), ("肯德基炸鸡", "Kentucky Fried Chicken"), ("青岛啤酒", "Tsingtao Beer")]
)
def test_a_character_a_company_a_beer_stay(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES.get(zh)

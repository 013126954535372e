"""A brand's goods are a `product`, a business that sells them or a website an `org`, a franchise of works a `work`
(thirty-fifth session, issue 9 item 1, class 2).

At 63c90aa the --proper-only import typed `name` 40 lines whose description says so: what a brand sells heading it
("Sprite (soft drink)", "Budweiser (beer)", "Marlboro (cigarette)", "Snickers (candy bar)", "Jetta (car produced by
Volkswagen)"), a restaurant, a business franchise, a website or a car make ("Burger King (fast food restaurant)",
"Quickly, tapioca milk tea franchise", "Youku (website)", "Nissan, Japanese car make"), and a franchise of works
("Transformers (franchise)", "Gundam, Japanese animation franchise"). zhgloss's model has a `product` type (the
Entry's KNOWN_TYPES); the import had never given it. The goods' words head a description only: "Budweiser beer"
(百威啤酒) is the brand's beer, a common phrase --proper-only leaves out, as before.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "七喜 七喜 [Qi1 xi3] /7 Up (soft drink)/Hedy Holding Co., PRC computer manufacturer/\n"
    "雪碧 雪碧 [Xue3 bi4] /Sprite (soft drink)/\n"
    "紅牛 红牛 [Hong2 Niu2] /Red Bull (energy drink)/\n"
    "野格力嬌酒 野格力娇酒 [Ye3 ge2 li4 jiao1 jiu3] /Jägermeister (alcoholic drink)/\n"
    "百威 百威 [Bai3 wei1] /Budweiser (beer)/\n"
    "百威啤酒 百威啤酒 [Bai3 wei1 pi2 jiu3] /Budweiser beer/\n"
    "科羅娜 科罗娜 [Ke1 luo2 na4] /Corona (beer)/\n"
    "萬寶路 万宝路 [Wan4 bao3 lu4] /Marlboro (cigarette)/\n"
    "士力架 士力架 [Shi4 li4 jia4] /Snickers (candy bar)/\n"
    "捷達 捷达 [Jie2 da2] /Jetta (car produced by Volkswagen)/\n"
    "雅閣 雅阁 [Ya3 ge2] /Accord (Honda brand Japanese car model)/\n"
    "漢堡王 汉堡王 [Han4 bao3 wang2] /Burger King (fast food restaurant)/\n"
    "賽百味 赛百味 [Sai4 bai3 wei4] /Subway (fast food restaurant)/\n"
    "全聚德 全聚德 [Quan2 ju4 de2] /Quanjude (famous Chinese restaurant)/\n"
    "鼎泰豐 鼎泰丰 [Ding3 tai4 feng1] /Din Tai Fung, restaurant specializing in dumplings, with stores in many"
    " countries/\n"
    "快可立 快可立 [Kuai4 ke3 li4] /Quickly, tapioca milk tea franchise/\n"
    "貢茶 贡茶 [Gong4 cha2] /Gong Cha, international franchise selling Taiwan-style milk tea and smoothies etc,"
    " established in Kaohsiung in 2006/\n"
    "優酷 优酷 [You1 ku4] /Youku (website)/\n"
    "領英 领英 [Ling3 ying1] /LinkedIn (professional networking website)/\n"
    "知乎 知乎 [Zhi1 hu1] /Zhihu, Chinese Q&A website modeled on Quora, at zhihu.com, launched in Jan 2011/\n"
    "雪佛萊 雪佛莱 [Xue3 fo2 lai2] /Chevrolet, US car make/\n"
    "日產 日产 [Ri4 chan3] /Nissan, Japanese car make/also transliterated 尼桑/\n"
    "變形金剛 变形金刚 [Bian4 xing2 jin1 gang1] /Transformers (franchise)/\n"
    "敢達 敢达 [Gan3 da2] /Gundam, Japanese animation franchise/\n"
    "口袋妖怪 口袋妖怪 [Kou3 dai4 Yao1 guai4] /Pokémon (Japanese media franchise)/\n"
)
KINDS = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("七喜", "product", "7 Up"),
        ("雪碧", "product", "Sprite"),
        ("红牛", "product", "Red Bull"),
        ("野格力娇酒", "product", "Jägermeister"),
        ("百威", "product", "Budweiser"),
        ("科罗娜", "product", "Corona"),
        ("万宝路", "product", "Marlboro"),
        ("士力架", "product", "Snickers"),
        ("捷达", "product", "Jetta"),
        ("雅阁", "product", "Accord"),
        ("汉堡王", "org", "Burger King"),
        ("赛百味", "org", "Subway"),
        ("全聚德", "org", "Quanjude"),
        ("鼎泰丰", "org", "Din Tai Fung"),
        ("快可立", "org", "Quickly"),
        ("贡茶", "org", "Gong Cha"),
        ("优酷", "org", "Youku"),
        ("领英", "org", "LinkedIn"),
        ("知乎", "org", "Zhihu"),
        ("雪佛莱", "org", "Chevrolet"),
        ("日产", "org", "Nissan"),
        ("变形金刚", "work", "Transformers"),
        ("敢达", "work", "Gundam"),
        ("口袋妖怪", "work", "Pokémon"),
    ],
)
def test_what_a_description_says_a_brand_is_types_it(zh: str, kind: str, en: str) -> None:
    assert KINDS[zh] == (kind, en)


def test_a_brand_and_its_goods_word_stay_a_common_phrase() -> None:
    assert "百威啤酒" not in KINDS

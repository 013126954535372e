"""Other names a line gives beside the name are aliases (thirty-first session; the brief's item 3 and the tester's
s31 S7: 圆明园 "Yuanmingyuan, the Old Summer Palace, ..." had no alias "Old Summer Palace", 诗经 none "Book of Songs",
中国人民对外友好协会 none "CPAFFC", 廉政公署 none "ICAC", 国际刑警组织 "Interpol (International Criminal Police
Organization)" none of the full name, 大韩民国 "Republic of Korea (South Korea)" none "South Korea").

- ", the <Capitalised Name>" after the name: an alias, unless a country or a province (where the thing is);
- a bracket of capitalised words that spells a one-word name with its words' starts ("Interpol", "Oxfam"), ends on
  the name's head word ("South Korea"), or is a work's English title after its pinyin ("Classic of Filial Piety");
  not a bracket saying where or whose ("(Channel Islands)", "(Harry Potter)");
- the initials in a bracket after a place ("..., Hong Kong (ICAC)") or after "with ..." inside the name ("... for
  Friendship with Foreign Countries (CPAFFC)").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "圓明園 圆明园 [Yuan2 ming2 yuan2] /Yuanmingyuan, the Old Summer Palace, destroyed by the British and French army"
    " in 1860/\n"
    "詩經 诗经 [Shi1 jing1] /Shijing, the Book of Songs, early collection of Chinese poems and one of the Five Classics"
    " of Confucianism 五經|五经[Wu3 jing1]/\n"
    "孫悟空 孙悟空 [Sun1 Wu4 kong1] /Sun Wukong, the Monkey King, character with supernatural powers in the novel"
    " Journey to the West 西遊記|西游记[Xi1 you2 Ji4]/\n"
    "中國人民對外友好協會 中国人民对外友好协会 [Zhong1 guo2 Ren2 min2 Dui4 wai4 You3 hao3 Xie2 hui4] /Chinese People's"
    " Association for Friendship with Foreign Countries (CPAFFC)/\n"
    "廉政公署 廉政公署 [Lian2 zheng4 Gong1 shu3] /Independent Commission Against Corruption, Hong Kong (ICAC)/\n"
    "國際刑警組織 国际刑警组织 [Guo2 ji4 Xing2 jing3 Zu3 zhi1] /Interpol (International Criminal Police"
    " Organization)/\n"
    "樂施會 乐施会 [Le4 shi1 hui4] /Oxfam (Oxford Committee for Famine Relief)/\n"
    "大韓民國 大韩民国 [Da4 han2 Min2 guo2] /Republic of Korea (South Korea)/\n"
    "孝經 孝经 [Xiao4 jing1] /Xiaojing (Classic of Filial Piety)/\n"
    # Controls: where a thing is, not another name of it.
    "卡內基梅隆大學 卡内基梅隆大学 [Ka3 nei4 ji1 Mei2 long2 Da4 xue2] /Carnegie Mellon University, Pittsburgh/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "根西島 根西岛 [Gen1 xi1 dao3] /Guernsey (Channel Islands)/\n"
    "鹿特丹 鹿特丹 [Lu4 te4 dan1] /Rotterdam, the Netherlands/\n"
    "天壇 天坛 [Tian1 tan2] /Tiantan, the Temple of Heaven, in Beijing/\n"
    "世衛 世卫 [Shi4 wei4] /World Health Organization, Geneva (WHO)/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "alias", "kind"),
    [
        ("圆明园", "Yuanmingyuan", "Old Summer Palace", "place"),
        ("诗经", "Shijing", "Book of Songs", "work"),
        ("孙悟空", "Sun Wukong", "Monkey King", "person"),
        ("中国人民对外友好协会", "Chinese People's Association for Friendship with Foreign Countries", "CPAFFC", "org"),
        ("廉政公署", "Independent Commission Against Corruption", "ICAC", "org"),
        ("国际刑警组织", "Interpol", "International Criminal Police Organization", "org"),
        ("乐施会", "Oxfam", "Oxford Committee for Famine Relief", "org"),
        ("大韩民国", "Republic of Korea", "South Korea", "place"),
        ("孝经", "Xiaojing", "Classic of Filial Piety", "work"),
        ("天坛", "Tiantan", "Temple of Heaven", "place"),
        ("世卫", "World Health Organization", "WHO", "org"),
    ],
)
def test_another_name_beside_the_name_is_an_alias(zh: str, en: str, alias: str, kind: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == (kind, en), entry
    assert alias in entry.aliases, entry


@pytest.mark.parametrize("zh", ["卡内基梅隆大学", "根西岛", "鹿特丹"])
def test_where_a_thing_is_is_no_alias(zh: str) -> None:
    assert ENTRIES[zh].aliases == (), ENTRIES[zh]

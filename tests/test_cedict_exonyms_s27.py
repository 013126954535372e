"""The English a line gives second is the entry's English when the first is the name in its own language's letters
(twenty-seventh session, issue 9, items 6 and 8): "München or Munich" is Munich (alias München), "Cristóbal Colón or
Christopher Columbus" Christopher Columbus. Not the same letters without their marks ("Chişinău or Chisinau", "Itō or
Itoh"), nor a name a lower-case generic goes on after ("Dêqên or Diqing Tibetan autonomous prefecture").

A Japanese name's "no" joins it ("MINAMOTO no Yoritomo" is Minamoto no Yoritomo, not "MINAMOTO"). A surname line with
a bearer after it is the surname, as "Cook (name)/Captain James Cook" is: "Neumann (surname)/John von Neumann" is
Neumann, alias John von Neumann.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import kinds_and_english

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "慕尼黑 慕尼黑 [Mu4 ni2 hei1] /München or Munich, capital of Bavaria, Germany/\n"
    "紐倫堡 纽伦堡 [Niu3 lun2 bao3] /Nürnberg or Nuremberg, town in Bavaria, Germany/\n"
    "哥倫布 哥伦布 [Ge1 lun2 bu4] /Cristóbal Colón or Christopher Columbus (1451-1506)/Columbus, capital of Ohio/\n"
    "居禮夫人 居礼夫人 [Ju1 li3 Fu1 ren5] /Maria Skłodowska-Curie or Marie Curie (1867-1934), Nobel laureate in both"
    " physics (1903) and chemistry (1911)/\n"
    "平安神宮 平安神宫 [Ping2 an1 Shen2 gong1] /Heian Jingū or Heian Shrine, in Kyōto, Japan/\n"
    "特魯埃爾 特鲁埃尔 [Te4 lu3 ai1 er3] /Tergüel or Teruel, Spain/\n"
    "基希訥烏 基希讷乌 [Ji1 xi1 ne4 wu1] /Chişinău or Chisinau, capital of Moldova/\n"
    "伊藤 伊藤 [Yi1 teng2] /Itō or Itoh, Japanese surname/Ito-Yokado (supermarket) (abbr. for 伊藤洋華堂|伊藤洋华堂)/\n"
    "迪慶藏族自治州 迪庆藏族自治州 [Di2 qing4 Zang4 zu2 zi4 zhi4 zhou1] /Dêqên or Diqing Tibetan autonomous prefecture,"
    " northwest Yunnan, capital Jiantang 建塘鎮|建塘镇[Jian4 tang2 zhen4]/\n"
    "寶可夢 宝可梦 [Bao3 ke3 meng4] /Pokémon/\n"
    "神奇寶貝 神奇宝贝 [Shen2 qi2 Bao3 bei4] /Pokémon or Pocket Monsters, popular Japanese video game, anime and"
    " manga/\n"
    "源賴朝 源赖朝 [Yuan2 Lai4 chao2] /MINAMOTO no Yoritomo (1147-1199), Japanese warlord and founder of the Kamakura"
    " shogunate 鐮倉幕府|镰仓幕府[Lian2 cang1 mu4 fu3]/\n"
    "八岐大蛇 八岐大蛇 [Ba1 qi2 Da4 she2] /Yamata no Orochi, serpent with eight heads and eight tails from mythological"
    " section of Nihon Shoki (Chronicles of Japan)/\n"
    "諾伊曼 诺伊曼 [Nuo4 yi1 man4] /Neumann (surname)/John von Neumann (1903-1957), Hungarian-born American"
    " mathematician and polymath/\n"
    "德萊塞 德莱塞 [De2 lai2 se4] /Dreiser (surname)/Theodore Dreiser (1871-1945), American writer/\n"
    "庫克 库克 [Ku4 ke4] /Cook (name)/Captain James Cook (1728-1779), British navigator and explorer/\n"
)
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("慕尼黑", "Munich", "München"),
        ("纽伦堡", "Nuremberg", "Nürnberg"),
        ("哥伦布", "Christopher Columbus", "Cristóbal Colón"),
        ("居礼夫人", "Marie Curie", "Maria Skłodowska-Curie"),
        ("平安神宫", "Heian Shrine", "Heian Jingū"),
        ("特鲁埃尔", "Teruel", "Tergüel"),
    ],
)
def test_the_english_exonym_is_the_english(zh: str, en: str, alias: str) -> None:
    assert ENTRIES[zh].en == en
    assert alias in ENTRIES[zh].aliases


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("基希讷乌", "Chişinău"),  # the same letters without marks: no other name
        ("伊藤", "Itō"),
        ("宝可梦", "Pokémon"),  # (神奇宝贝 "Pokémon or Pocket Monsters" still folds into it)
    ],
)
def test_a_spelling_without_marks_is_no_exonym(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


def test_a_generic_after_the_other_name_keeps_the_first() -> None:
    assert ENTRIES["迪庆藏族自治州"].en != "Diqing Tibetan"


@pytest.mark.parametrize(("zh", "en"), [("源赖朝", "Minamoto no Yoritomo"), ("八岐大蛇", "Yamata no Orochi")])
def test_a_japanese_no_joins_the_name(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("诺伊曼", "Neumann", "John von Neumann"),
        ("德莱塞", "Dreiser", "Theodore Dreiser"),
        ("库克", "Cook", "James Cook"),  # (as before: the rule these follow)
    ],
)
def test_a_surname_line_is_the_surname_with_its_bearer_an_alias(zh: str, en: str, alias: str) -> None:
    assert (ENTRIES[zh].en, ENTRIES[zh].type) == (en, "person")
    assert alias in ENTRIES[zh].aliases


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /Köln or Cologne, city in Germany/\n"
        "乙乙 乙乙 [Yi3 yi3] /Zürich or Zurich, city in Switzerland/\n"
        "丙丙 丙丙 [Bing3 bing3] /FUJIWARA no Michinaga (966-1028), Japanese statesman/\n"
        "丁丁 丁丁 [Ding1 ding1] /Smith (surname)/Adam Smith (1723-1790), Scottish economist/\n"
    )
    assert names["甲甲"] == ("place", "Cologne")
    assert names["乙乙"][1] == "Zürich"  # the same letters
    assert names["丙丙"] == ("person", "Fujiwara no Michinaga")
    assert names["丁丁"][1] == "Smith"

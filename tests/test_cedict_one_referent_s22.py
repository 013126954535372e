"""CC-CEDICT import: one thing's English names are one entry's.

The twenty-first session left two kinds of one thing in two entries (brief class 5 of the twenty-second):
- 深圳交易所 `/Shenzhen Stock Exchange SZSE/` and 深圳证券交易所 `/Shenzhen Stock Exchange, abbr. to 深交所/` were two
  entries of en "Shenzhen Stock Exchange": their lines say the same but for the initials and the pointer, which
  `_fold_same_names` read as descriptions (`_described_words`). One entry now, headed by the exchange's full name,
  which a translator writes (`_headword_rank`: of an organisation's names counted alike, the full one).
- 鸠山 `/Hatoyama, Japanese name and place name/Hatoyama Yukio (1947-), .../` had the alias "Hatoyama Yukio" beside
  the entry 鸠山由纪夫, so `check` credited "Yukio Hatoyama" to the family name's entry. A person's full names are the
  entry's that writes the full name (`_keep_bearers_apart`); the family name keeps its own.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

SZSE_SHORT = "深圳交易所 深圳交易所 [Shen1 zhen4 Jiao1 yi4 suo3] /Shenzhen Stock Exchange SZSE/\n"
SZSE = (
    "深圳證券交易所 深圳证券交易所 [Shen1 zhen4 Zheng4 quan4 Jiao1 yi4 suo3] /Shenzhen Stock Exchange, abbr. to"
    " 深交所[Shen1 Jiao1 suo3]/\n"
)
UNICEF_SHORT = "兒童基金會 儿童基金会 [Er2 tong2 Ji1 jin1 hui4] /UNICEF (United Nations Children's fund)/\n"
UNICEF = (
    "聯合國兒童基金會 联合国儿童基金会 [Lian2 he2 guo2 Er2 tong2 Ji1 jin1 hui4]"
    " /United Nations Children's Fund/UNICEF/\n"
)
HATOYAMA = (
    "鳩山 鸠山 [Jiu1 shan1] /Hatoyama, Japanese name and place name/Hatoyama Yukio (1947-), Japanese Democratic"
    " Party politician, prime minister 2009-2010/\n"
)
YUKIO = (
    "鳩山由紀夫 鸠山由纪夫 [Jiu1 shan1 You2 ji4 fu1] /Hatoyama Yukio (1947-), Japanese Democratic Party politician,"
    " prime minister 2009-2010/\n"
)
NEWTON = (
    "牛頓 牛顿 [Niu2 dun4] /Newton (name)/Sir Isaac Newton (1642-1727), British mathematician and physicist/\n"
    "艾薩克·牛頓 艾萨克·牛顿 [Ai4 sa4 ke4 · Niu2 dun4] /Sir Isaac Newton (1642-1727), British mathematician and"
    " physicist/\n"
)
JOAN = (
    "貞德 贞德 [Zhen1 de2] /Jeanne d'Arc (1412-1431), French heroine and liberator, executed as a witch by the"
    " Burgundians and English; also called Joan of Arc or the Maid of Orleans/\n"
    "聖女貞德 圣女贞德 [Sheng4 nu:3 Zhen1 de2] /Joan of Arc (1412-1431), French heroine and liberator, executed as a"
    " witch by the Burgundians and English/\n"
)


def test_the_shenzhen_stock_exchange_is_one_entry_headed_by_its_full_name() -> None:
    found = entries_by_form(SZSE_SHORT + SZSE)
    exchange = found["深圳证券交易所"]
    assert found["深圳交易所"] is exchange
    assert exchange.zh == "深圳证券交易所", exchange
    assert exchange.en == "Shenzhen Stock Exchange", exchange
    assert "SZSE" in exchange.aliases, exchange
    assert "深交所" in exchange.zh_aliases, exchange


def test_unicef_is_one_entry_headed_by_its_full_name() -> None:
    found = entries_by_form(UNICEF_SHORT + UNICEF)
    assert found["儿童基金会"] is found["联合国儿童基金会"]
    assert found["儿童基金会"].zh == "联合国儿童基金会"


def test_a_family_names_entry_leaves_the_persons_full_name_to_the_persons_entry() -> None:
    found = entries_by_form(HATOYAMA + YUKIO)
    family, person = found["鸠山"], found["鸠山由纪夫"]
    assert family is not person
    assert family.en == "Hatoyama", family
    assert not {"Hatoyama Yukio", "Yukio Hatoyama"} & set(family.aliases), family
    assert person.en == "Hatoyama Yukio", person
    assert family.note is not None and "Hatoyama Yukio" in family.note, family


def test_newton_alone_is_the_family_name_and_isaac_newton_the_persons() -> None:
    found = entries_by_form(NEWTON)
    assert "Isaac Newton" not in found["牛顿"].aliases, found["牛顿"]
    assert found["艾萨克·牛顿"].en == "Isaac Newton", found["艾萨克·牛顿"]


def test_the_family_names_entry_keeps_the_full_name_without_the_persons_entry() -> None:
    family = entries_by_form(HATOYAMA)["鸠山"]
    assert "Hatoyama Yukio" in family.aliases, family


def test_another_writing_of_the_whole_name_is_kept() -> None:
    # 贞德 "Jeanne d'Arc" is no family name of "Joan of Arc": both are names of her, and 贞德 keeps its alias.
    assert "Joan of Arc" in entries_by_form(JOAN)["贞德"].aliases

"""CC-CEDICT import: the kind and the English a line's own words give, not a later word's nor another headword's.

The acceptance tester of the twentieth session (seed 2030, `--proper-only`) found: 赵 "surname Zhao/.../the Former
Zhao 前趙 (304-329) and Later Zhao 後趙 ..." typed person with en "Former Zhao" (names listed with characters of their
own are those headwords'); 妈祖 "Matsu, name of a sea goddess ... on the SE China coast" a place (the goddess, not the
coast); 优孟 "You Meng, famous court jester" an org (the jester, not the court); and from the brief, 资治通鉴 "A Mirror
for the Wise Ruler (or Comprehensive Mirror for Aid in Government), a vast chronological general history" an org (a
history is a work; the bracket is another name, whose "Government" says no kind). The rules
(zhgloss.formats.cedict): `_read_line` (a listed sense of a character), `_type_of_description`, `_head_of_description`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "趙 赵 [Zhao4] /surname Zhao/one of the seven states during the Warring States Period (476-220 BC)/the"
        " Former Zhao 前趙[Qian2 Zhao4] (304-329) and Later Zhao 後趙[Hou4 Zhao4] (319-350), states of the Sixteen"
        " Kingdoms/\n",
        "趙 赵 [zhao4] /to surpass (old)/\n",
        "媽祖 妈祖 [Ma1 zu3] /Matsu, name of a sea goddess still widely worshipped on the SE China coast and in SE"
        " Asia/\n",
        "優孟 优孟 [You1 Meng4] /You Meng, famous court jester during the reign of King Zhuang of Chu"
        " 楚莊王|楚庄王[Chu3 Zhuang1 wang2], known for his intelligence and sharp tongue/\n",
        "資治通鑒 资治通鉴 [Zi1 zhi4 Tong1 jian4] /A Mirror for the Wise Ruler (or Comprehensive Mirror for Aid in"
        " Government), a vast chronological general history, written by 司馬光|司马光[Si1 ma3 Guang1] Sima Guang"
        " (1019-1089) and collaborators during the Northern Song in 1084, covering the period 403 BC-959 AD, 294"
        " scrolls/\n",
        "史記 史记 [Shi3 ji4] /Records of the Grand Historian, by 司馬遷|司马迁[Si1 ma3 Qian1], first of the 24"
        " dynastic histories 二十四史[Er4 shi2 si4 Shi3]/\n",
        "佛朗機炮 佛朗机炮 [Fo2 lang3 ji1 pao4] /Western (or Western-style) cannon of the Ming era/\n",
        "胡志明市 胡志明市 [Hu2 Zhi4 ming2 Shi4] /Ho Chi Minh City a.k.a. Saigon, Vietnam/\n",
        # Kept as they are:
        "義和團 义和团 [Yi4 he2 tuan2] /the Righteous and Harmonious Fists/the Boxers (history)/\n",
        "楚 楚 [Chu3] /surname Chu/abbr. for Hubei 湖北省[Hu2 bei3 Sheng3] and Hunan 湖南省[Hu2 nan2 Sheng3] provinces"
        " together/Chinese kingdom during the Spring and Autumn and Warring States Periods (722-221 BC)/\n",
        "藏 藏 [Zang4] /Tibet/Xizang 西藏/\n",
        "任 任 [Ren2] /surname Ren/Ren County 任縣|任县[Ren2 Xian4] in Hebei/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


def test_names_listed_with_characters_of_their_own_are_not_the_characters() -> None:
    entry = NAMES["赵"]
    assert (entry.type, entry.en) == ("surname", "Zhao"), entry
    assert "Former Zhao" not in entry.aliases
    assert "Former Zhao" in (entry.note or "")


@pytest.mark.parametrize(("zh", "kind"), [("妈祖", "name"), ("优孟", "person")])
def test_the_head_noun_after_the_name_gives_the_kind(zh: str, kind: str) -> None:
    # a goddess (a god is none of the kinds), a court jester: not the coast, not the court
    assert NAMES[zh].type == kind, NAMES[zh]


@pytest.mark.parametrize("zh", ["资治通鉴", "史记"])
def test_a_history_is_a_work(zh: str) -> None:
    assert NAMES[zh].type == "work", NAMES[zh]


def test_a_directions_adjective_alone_is_no_name() -> None:
    assert NAMES["佛朗机炮"].en == "Folangjipao", NAMES["佛朗机炮"]


def test_a_field_label_says_no_kind() -> None:
    assert NAMES["义和团"].type != "work", NAMES["义和团"]


@pytest.mark.parametrize(
    ("zh", "form"),
    [("楚", "Hubei"), ("藏", "Xizang"), ("任", "Ren County")],
)
def test_a_character_keeps_the_names_it_abbreviates(zh: str, form: str) -> None:
    assert form in (NAMES[zh].en, *NAMES[zh].aliases), NAMES[zh]


def test_where_a_place_is_after_its_other_names_is_no_alias() -> None:
    # Tester 07:15: 胡志明市 "Ho Chi Minh City a.k.a. Saigon, Vietnam" had the alias "Vietnam".
    assert NAMES["胡志明市"].aliases == ("Saigon",), NAMES["胡志明市"]

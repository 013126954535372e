"""CC-CEDICT import: the other names a line gives are the entry's aliases, and the things its other senses abbreviate
are not (the s41 blind draw's five firm errors, each one instance of a class; brief of the forty-second session).

- An "abbr. for" line whose own name is one its target's line gives (津塔 "Jin Tower/abbr. for 天津环球金融中心
  Tianjin World Financial Center, skyscraper a.k.a. the Tianjin Tower", the target "... a.k.a. the Tianjin Tower or
  Jin Tower") folds into the target: one entry, the short form a zh_alias. A line naming other things too (珠山 "Mt
  Everest/abbr. for 珠穆朗玛峰 .../Mt Pearl/Zhushan district ...") and one naming a thing of its own (南澳) stay apart.
- "old names include Fengtian 奉天, Shengjing 盛京 and Mukden" (沈阳), "previous names include 双城子 and Voroshilov
  伏罗希洛夫" (乌苏里斯克): each listed name is an alias; "historical name of Shenyang 沈阳" (盛京) is an old name as
  "old name of" is, folded into the place it names.
- Initials in a bracket after a list ("Brazil, Russia, India and China (BRIC)", 金砖四国) are an alias.
- A later sense abbreviating another thing (巴 "Ba state .../abbr. for Palestine or Palestinian/abbr. for Pakistan",
  中南 "South Central China (...)/abbr. for China-South Africa"; 土共 until the fiftieth session) gives no alias: the
  note says it as a namesake sentence (`zhgloss.curate.namesake_sentence`).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict_documents

TIANJIN_CENTER = (
    "天津環球金融中心 天津环球金融中心 [Tian1 jin1 Huan2 qiu2 Jin1 rong2 Zhong1 xin1] /Tianjin World Financial Center, "
    "skyscraper a.k.a. the Tianjin Tower or Jin Tower/abbr. to 津塔[Jin1 ta3]/"
)
JIN_TOWER = (
    "津塔 津塔 [Jin1 ta3] /Jin Tower/abbr. for 天津環球金融中心|天津环球金融中心[Tian1 jin1 Huan2 qiu2 Jin1 rong2 "
    "Zhong1 xin1] Tianjin World Financial Center, skyscraper a.k.a. the Tianjin Tower/"
)
EVEREST = (
    "珠穆朗瑪峰 珠穆朗玛峰 [Zhu1 mu4 lang3 ma3 Feng1] /Mount Chomolungma or Qomolangma (Tibetan), aka Mount Everest/",
    "珠山 珠山 [Zhu1 shan1] /Mt Everest/abbr. for 珠穆朗瑪峰|珠穆朗玛峰, Mt Chomolungma or Qomolangma (Tibetan)/"
    "Nepalese: Sagarmatha/Mt Pearl (place name)/Zhushan district of Jingdezhen city 景德鎮市|景德镇市, Jiangxi/",
)
NANAO = (
    "南澳 南澳 [Nan2 ao4] /Nan'ao County in Shantou 汕頭|汕头[Shan4 tou2], Guangdong/Nan'ao township in Yilan county "
    "宜蘭縣|宜兰县[Yi2 lan2 xian4], Taiwan/abbr. for 南澳大利亞州|南澳大利亚州[Nan2 ao4 da4 li4 ya4 Zhou1], South "
    "Australia/",
    "南澳大利亞州 南澳大利亚州 [Nan2 Ao4 da4 li4 ya4 Zhou1] /South Australia, Australian state/",
)
SHENYANG = (
    "奉天 奉天 [Feng4 tian1] /old name for Shenyang 瀋陽|沈阳 in modern Liaoning province/",
    "瀋陽 沈阳 [Shen3 yang2] /Shenyang subprovincial city and capital of Liaoning province 遼寧省|辽宁省 in northeast "
    "China/old names include Fengtian 奉天, Shengjing 盛京 and Mukden/",
    "盛京 盛京 [Sheng4 jing1] /historical name of Shenyang 瀋陽|沈阳 in modern Liaoning province/",
)
USSURIISK = (
    "伏羅希洛夫 伏罗希洛夫 [Fu2 luo2 xi1 luo4 fu1] /Kliment Voroshilov (1881-1969), Soviet politician and military "
    "commander/",
    "烏蘇里斯克 乌苏里斯克 [Wu1 su1 li3 si1 ke4] /Ussuriisk city in Russian Pacific Primorsky region/previous names "
    "include 雙城子|双城子[Shuang1 cheng2 zi5] and Voroshilov 伏羅希洛夫|伏罗希洛夫/",
)
BRIC = "金磚四國 金砖四国 [Jin1 zhuan1 Si4 Guo2] /Brazil, Russia, India and China (BRIC)/"
BEI_SHANG_GUANG = "北上廣 北上广 [Bei3 Shang4 Guang3] /Beijing, Shanghai and Guangzhou/"
BA = (
    "巴 巴 [Ba1] /Ba state during Zhou dynasty (in east of modern Sichuan)/abbr. for east Sichuan or Chongqing/"
    "surname Ba/abbr. for Palestine or Palestinian/abbr. for Pakistan/"
)
# (土共 "(coll.) commie .../CCP, the party of the people (used by CCP supporters)/.../(abbr.) Communist Party of
# Turkey/..." was this rule's instance; it is no name since the fiftieth session, R49-21:
# test_cedict_register_words_s50.)
ZHONGNAN = (
    "中南 中南 [Zhong1 Nan2] /South Central China (Henan, Hubei, Hunan, Guangdong, Guangxi, Hainan)/abbr. for "
    "China-South Africa/"
)
BAZHOU = (
    "巴州 巴州 [Ba1 zhou1] /East Sichuan and Chongqing/also abbr. for Bayingolin Mongol Autonomous Prefecture in "
    "Xinjiang/abbr. for 巴音郭楞蒙古自治州[Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1]/"
)
TAI = "泰 泰 [Tai4] /Mt Tai 泰山[Tai4 Shan1] in Shandong/abbr. for Thailand/"
JIN = (
    "晉 晋 [Jin4] /surname Jin/the Jin Dynasties (265-420)/Western Jin 西晉|西晋[Xi1 Jin4] (265-316), Eastern Jin "
    "東晉|东晋[Dong1 Jin4] (317-420) and Later Jin Dynasty (936-946)/short name for Shanxi province 山西[Shan1 xi1]/"
)
GERMANY = "德 德 [De2] /Germany/German/abbr. for 德國|德国[De2 guo2]/"


def _rows(*lines: str, proper_only: bool = True) -> dict[str, dict[str, Any]]:
    text = "".join(line + "\n" for line in lines)
    return {row["zh"]: row for row in load_cedict_documents(io.StringIO(text), proper_only=proper_only)}


@pytest.mark.parametrize("proper_only", [True, False])
def test_jin_tower_folds_into_the_center_its_line_names(proper_only: bool) -> None:
    rows = _rows(TIANJIN_CENTER, JIN_TOWER, proper_only=proper_only)
    assert "津塔" not in rows
    center = rows["天津环球金融中心"]
    assert center["en"] == "Tianjin World Financial Center"
    assert {"Tianjin Tower", "Jin Tower"} <= set(center["aliases"])
    assert "津塔" in center["zh_aliases"]


def test_an_abbreviation_naming_other_things_too_stays_apart() -> None:
    rows = _rows(*EVEREST)
    assert "珠山" in rows  # (Mt Pearl and Zhushan district are no names of Everest)
    assert "珠山" not in rows["珠穆朗玛峰"]["zh_aliases"]
    assert "Mt Pearl" not in rows["珠穆朗玛峰"]["aliases"]


def test_an_abbreviation_of_a_thing_of_its_own_stays_apart() -> None:
    rows = _rows(*NANAO)
    assert rows["南澳"]["en"] == "Nan'ao County"
    assert "South Australia" not in rows["南澳"]["aliases"]
    assert "南澳" not in rows["南澳大利亚州"]["zh_aliases"]


@pytest.mark.parametrize("proper_only", [True, False])
def test_shenyang_old_names_are_aliases(proper_only: bool) -> None:
    rows = _rows(*SHENYANG, proper_only=proper_only)
    shenyang = rows["沈阳"]
    assert (shenyang["type"], shenyang["en"]) == ("place", "Shenyang")
    assert shenyang["aliases"] == ["Fengtian", "Shengjing", "Mukden"]
    # 奉天 "old name for Shenyang 沈阳", 盛京 "historical name of Shenyang 沈阳": since the forty-fifth session each an
    # entry of its own that refers to 沈阳 (they were its Chinese forms), its English the name 沈阳's line gives it and
    # the line's "Mukden", which names no entry of its own (a full import once made 盛京 a term, its English the gloss)
    assert not {"奉天", "盛京"} & set(shenyang["zh_aliases"])
    for old, en in (("奉天", "Fengtian"), ("盛京", "Shengjing")):
        assert (rows[old]["en"], rows[old]["aliases"], rows[old]["type"]) == (en, ["Mukden"], "place")
        assert rows[old]["refers_to"] == shenyang["id"]


def test_a_former_name_after_a_person_stays_an_alias() -> None:
    rows = _rows(*USSURIISK)
    assert rows["乌苏里斯克"]["en"] == "Ussuriisk"
    assert "Voroshilov" in rows["乌苏里斯克"]["aliases"]
    # The person is an entry of his own; the city is no form of it.
    assert (rows["伏罗希洛夫"]["type"], rows["伏罗希洛夫"]["en"]) == ("person", "Kliment Voroshilov")
    assert "伏罗希洛夫" not in rows["乌苏里斯克"]["zh_aliases"]


def test_initials_after_a_list_are_an_alias() -> None:
    rows = _rows(BRIC, BEI_SHANG_GUANG)
    assert rows["金砖四国"]["en"] == "Brazil, Russia, India and China"
    assert rows["金砖四国"]["aliases"] == ["BRIC"]
    assert rows["北上广"]["aliases"] == []


@pytest.mark.parametrize(
    ("zh", "line", "en", "others", "kind"),
    [
        ("中南", ZHONGNAN, "South Central China", ["China-South Africa"], "thing"),
        ("巴州", BAZHOU, "East Sichuan and Chongqing", ["Bayingolin Mongol Autonomous Prefecture"], "place"),
    ],
)
def test_another_sense_abbreviating_another_thing_is_a_namesake(
    zh: str, line: str, en: str, others: list[str], kind: str
) -> None:
    row = _rows(line)[zh]
    assert row["en"] == en
    for other in others:
        assert other not in row["aliases"]
        assert f"Namesake (another {kind}, not this entry): {zh} {other}" in row["note"]


@pytest.mark.parametrize(
    ("zh", "line", "en", "others"),
    [("巴", BA, "Ba", ["Palestine", "Pakistan"]), ("泰", TAI, "Mt Tai", ["Thailand"]), ("晋", JIN, "Jin", ["Shanxi"])],
)
def test_a_one_character_name_keeps_every_name_it_stands_for(zh: str, line: str, en: str, others: list[str]) -> None:
    """The README's rule (克, 苏, 伊): `check` reads a one-character short form by its aliases (巴方 "Islamabad" is
    Pakistan's side, test_check_capitals_s29), so a later abbreviation of it is an alias, whatever its first sense."""
    row = _rows(line)[zh]
    assert row["en"] == en
    assert all(other in row["aliases"] for other in others)


def test_a_countrys_character_keeps_its_own_forms() -> None:
    row = _rows(GERMANY)["德"]
    assert (row["en"], row["aliases"]) == ("Germany", ["German"])
    assert "Namesake" not in (row["note"] or "")


_PLACES = ["Fengtian", "Shengjing", "Mukden", "Hsinking", "Dairen", "Port Arthur", "Kirin", "Tsitsihar"]


@given(st.lists(st.sampled_from(_PLACES), min_size=2, max_size=5, unique=True), st.sampled_from(["old", "previous"]))
def test_every_listed_old_name_is_an_alias(names: list[str], said: str) -> None:
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    line = f"沈陽 沈阳 [Shen3 yang2] /Shenyang city in northeast China/{said} names include {listed}/"
    assert _rows(line)["沈阳"]["aliases"] == names


_COUNTRIES = ["Pakistan", "Thailand", "Palestine", "Peru", "Poland", "Portugal", "Panama", "Paraguay"]


@given(st.sampled_from(_COUNTRIES), st.sampled_from(["abbr. for ", "short for ", "(abbr.) "]))
def test_any_other_thing_a_later_sense_abbreviates_is_no_alias(country: str, said: str) -> None:
    line = f"巴国 巴国 [Ba1 guo2] /Ba state during Zhou dynasty (in east of modern Sichuan)/{said}{country}/"
    row = _rows(line)["巴国"]
    assert (row["en"], row["aliases"]) == ("Ba", [])
    assert f"Namesake (another place, not this entry): 巴国 {country}" in row["note"]


@given(st.sampled_from(_COUNTRIES), st.sampled_from(["abbr. for ", "short for ", "(abbr.) "]))
def test_any_thing_a_one_character_name_abbreviates_is_its_alias(country: str, said: str) -> None:
    line = f"巴 巴 [Ba1] /Ba state during Zhou dynasty (in east of modern Sichuan)/{said}{country}/"
    assert country in _rows(line)["巴"]["aliases"]

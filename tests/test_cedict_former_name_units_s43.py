"""CC-CEDICT import: a former name is found past a unit word or a bracket (the review's R42-2, rest; R43-8).

"Dayong, former name of Zhangjiajie 张家界" refers to 张家界 (test_cedict_former_name_of_s42). Lines of the same kind
did not: a unit word after the old name ("Anxi county, former name of Guazhou county 瓜州县", "Gyeltang or Gyalthang
town and county, former name of ..."), a bracket and a year before the new characters ("Hanseong, former name of Seoul
(capital of South Korea), replaced in 2005 with 首尔"), and a target whose full name (瓜州县) is a form of its bare
name's entry (瓜州). Each is an entry of its own that refers to the thing's entry (the forty-third session folded them
into it, R43-8). A line that is nothing but the pointer, with no English of its own ("former name of Dalian city 大连",
"old name for Hohhot city 呼和浩特"), still folds: its characters a form of the thing's entry. Chinese text of the past
writes an old name more than the new one (汉城 over 首尔 in jieba's counts): the old name never heads that entry.

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

SEOUL = (
    "漢城 汉城 [Han4 cheng2] /Hanseong, former name of Seoul (capital of South Korea), replaced in 2005 with "
    "首爾|首尔[Shou3 er3]/",
    "首爾 首尔 [Shou3 er3] /Seoul, capital of South Korea (Chinese name adopted in 2005 to replace "
    "漢城|汉城[Han4 cheng2])/",
)
GUAZHOU = (
    "安西 安西 [An1 xi1] /Anxi county, former name of Guazhou county 瓜州縣|瓜州县[Gua1 zhou1 xian4] in Jiuquan "
    "酒泉[Jiu3 quan2], Gansu/",
    "安西縣 安西县 [An1 xi1 xian4] /Anxi county, former name of Guazhou county 瓜州縣|瓜州县[Gua1 zhou1 xian4] in "
    "Jiuquan 酒泉[Jiu3 quan2], Gansu/",
    "瓜州 瓜州 [Gua1 zhou1] /Guazhou county in Jiuquan 酒泉, Gansu/",
    "瓜州縣 瓜州县 [Gua1 zhou1 xian4] /Guazhou county in Jiuquan 酒泉[Jiu3 quan2], Gansu/",
)
POYANG = (
    "波陽 波阳 [Bo1 yang2] /Boyang county, former name of Poyang county 鄱陽縣|鄱阳县[Po2 yang2 xian4] in Shangrao "
    "上饒|上饶[Shang4 rao2], Jiangxi/",
    "波陽縣 波阳县 [Bo1 yang2 xian4] /Boyang county, former name of Poyang county 鄱陽縣|鄱阳县[Po2 yang2 xian4] in "
    "Shangrao 上饒|上饶[Shang4 rao2], Jiangxi/",
    "鄱陽 鄱阳 [Po2 yang2] /Poyang county in Shangrao 上饒|上饶, Jiangxi/",
    "鄱陽縣 鄱阳县 [Po2 yang2 xian4] /Poyang county in Shangrao 上饒|上饶, Jiangxi/",
)
SHANGRI_LA = (
    "中甸 中甸 [Zhong1 dian4] /Gyeltang or Gyalthang town and county, former name of Shangri-La county "
    "香格里拉縣|香格里拉县[Xiang1 ge2 li3 la1 xian4] in Dêqên or Diqing Tibetan autonomous prefecture "
    "迪慶藏族自治州|迪庆藏族自治州[Di2 qing4 Zang4 zu2 zi4 zhi4 zhou1], northwest Yunnan/",
    "香格里拉縣 香格里拉县 [Xiang1 ge2 li3 la1 xian4] /Shangri-La county in Dêqên or Diqing Tibetan autonomous "
    "prefecture 迪慶藏族自治州|迪庆藏族自治州[Di2 qing4 Zang4 zu2 zi4 zhi4 zhou1], northwest Yunnan/formerly Gyeltang "
    "or Gyalthang, Chinese 中甸[Zhong1 dian4] in Tibetan province of Kham/",
)
DALIAN = (
    "旅大市 旅大市 [Lu:3 Da4 shi4] /former name of Dalian city 大連|大连[Da4 lian2] incorporating Lüshun "
    "旅順|旅顺[Lu:3 shun4]/",
    "大連 大连 [Da4 lian2] /Dalian subprovincial city in Liaoning province 遼寧省|辽宁省 in northeast China/",
)
HOHHOT = (
    "歸綏 归绥 [Gui1 sui2] /old name for Hohhot city 呼和浩特[Hu1 he2 hao4 te4], Inner Mongolia/",
    "呼和浩特 呼和浩特 [Hu1 he2 hao4 te4] /Hohhot prefecture-level city, capital of Inner Mongolia autonomous region "
    "內蒙古自治區|内蒙古自治区[Nei4 meng3 gu3 Zi4 zhi4 qu1]/",
)


def _rows(*lines: str, proper_only: bool = True) -> dict[str, dict[str, Any]]:
    text = "".join(line + "\n" for line in lines)
    return {row["zh"]: row for row in load_cedict_documents(io.StringIO(text), proper_only=proper_only)}


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize(
    ("lines", "head", "en", "old_en", "old_zh"),
    [
        (GUAZHOU, "瓜州", "Guazhou", "Anxi", ["安西", "安西县", "安西縣"]),
        (POYANG, "鄱阳", "Poyang", "Boyang", ["波阳", "波阳县", "波陽", "波陽縣"]),
        (SHANGRI_LA, "香格里拉县", "Shangri-La County", "Gyeltang", ["中甸"]),
    ],
)
def test_a_former_name_after_a_unit_word_or_before_a_bracket_refers_to_it(
    lines: tuple[str, ...], head: str, en: str, old_en: str, old_zh: list[str], proper_only: bool
) -> None:
    rows = _rows(*lines, proper_only=proper_only)
    row = rows[head]
    assert row["en"] == en
    assert row["type"] == "place"
    old = rows[old_zh[0]]
    assert (old["en"], old["type"], old["refers_to"]) == (old_en, "place", row["id"])
    assert all(zh in (old["zh"], old["zh_hant"], *old["zh_aliases"]) for zh in old_zh)
    assert not any(zh in row["zh_aliases"] for zh in old_zh)


def test_the_new_line_saying_formerly_keeps_the_old_english_as_an_alias() -> None:
    """香格里拉县 "..., formerly Gyeltang or Gyalthang, Chinese 中甸": its own line names them."""
    assert "Gyeltang County" in _rows(*SHANGRI_LA)["香格里拉县"]["aliases"]


@pytest.mark.parametrize("proper_only", [True, False])
def test_a_name_replaced_in_chinese_only_is_a_chinese_alias_of_today_s(proper_only: bool) -> None:
    """首尔 "(Chinese name adopted in 2005 to replace 汉城)": English wrote Seoul before 2005 too, so 1988's
    汉城奥运会 is the Seoul Olympics; 汉城 is a Chinese form of Seoul's entry, Hanseong an alias (the forty-fifth
    session; it referred to 首尔 as an entry "Hanseong" of its own in the forty-fourth)."""
    rows = _rows(*SEOUL, proper_only=proper_only)
    assert list(rows) == ["首尔"]
    assert {"汉城", "漢城"} <= set(rows["首尔"]["zh_aliases"])
    assert (rows["首尔"]["en"], rows["首尔"]["aliases"]) == ("Seoul", ["Hanseong"])


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize(("lines", "head", "old"), [(DALIAN, "大连", "旅大市"), (HOHHOT, "呼和浩特", "归绥")])
def test_an_old_name_of_a_city_written_with_its_unit_refers_to_it(
    lines: tuple[str, ...], head: str, old: str, proper_only: bool
) -> None:
    """(The full import made 旅大市 a term whose English was its whole gloss, "former name of Dalian city 大连 ...";
    the forty-third session folded it into 大连; since the forty-fifth it is an entry of its own referring to 大连, its
    English the headword's pinyin without the unit's 市, which the note says CC-CEDICT does not give.)"""
    rows = _rows(*lines, proper_only=proper_only)
    assert old not in rows[head]["zh_aliases"]
    assert rows[head]["en"] == {"大连": "Dalian", "呼和浩特": "Hohhot"}[head]
    assert (rows[old]["en"], rows[old]["type"], rows[old]["refers_to"]) == (
        {"旅大市": "Lüda", "归绥": "Guisui"}[old],
        "place",
        rows[head]["id"],
    )
    assert "romanized from the pinyin" in rows[old]["note"]


def test_the_old_name_never_heads_the_entry_though_text_writes_it_more() -> None:
    """jieba's counts (data/word_counts.tsv) hold 汉城 more than 首尔 and 安西 more than 瓜州: the entry is headed by
    the name of today, its pinyin and traditional form too."""
    seoul = _rows(*SEOUL)["首尔"]
    assert (seoul["pinyin"], seoul["zh_hant"]) == ("Shǒu'ěr", "首爾")
    assert _rows(*GUAZHOU)["瓜州"]["pinyin"] == "Guāzhōu"


def test_an_old_name_whose_target_has_no_entry_stays_as_it_was() -> None:
    """Only the old name's line: no entry to fold into, the line's own place as before (安西 "Anxi")."""
    row = _rows(GUAZHOU[0])["安西"]
    assert (row["en"], row["type"]) == ("Anxi", "place")


_UNITS = ["county", "city", "district", "town"]
_NAMES = st.sampled_from(["Anxi", "Boyang", "Jingling", "Dayong", "Xinhua"])


@given(_NAMES, st.sampled_from(_UNITS), st.sampled_from(_UNITS), st.booleans())
def test_any_unit_word_after_the_old_name_refers_to_it(old: str, unit: str, new_unit: str, bracket: bool) -> None:
    said = " (capital of Hebei), replaced in 1990 with" if bracket else ""
    line = f"甲乙 甲乙 [Jia3 yi3] /{old} {unit}, former name of Bingding {new_unit}{said} 丙丁[Bing3 ding1], Hebei/"
    target = "丙丁 丙丁 [Bing3 ding1] /Bingding county in Hebei/"
    rows = _rows(line, target)
    assert rows["甲乙"]["refers_to"] == rows["丙丁"]["id"]
    assert rows["甲乙"]["en"].startswith(old)
    assert old not in rows["丙丁"]["aliases"] and "甲乙" not in rows["丙丁"]["zh_aliases"]


@given(st.sampled_from(["old name for", "former name of", "historical name of"]), st.sampled_from(_UNITS))
def test_any_old_name_pointer_with_a_unit_word_refers_to_it(pointer: str, unit: str) -> None:
    line = f"甲乙 甲乙 [Jia3 yi3] /{pointer} Bingding {unit} 丙丁[Bing3 ding1], Hebei/"
    target = "丙丁 丙丁 [Bing3 ding1] /Bingding county in Hebei/"
    rows = _rows(line, target, proper_only=False)
    assert "甲乙" not in rows["丙丁"]["zh_aliases"]
    assert (rows["甲乙"]["en"], rows["甲乙"]["refers_to"]) == ("Jiayi", rows["丙丁"]["id"])

"""CC-CEDICT import: a later sense naming another thing gives the entry no alias, whatever its form (the s42 blind
draw's largest class with 6 entries: an alias taken from another sense of the line; the s42 rule reached only senses
marked "abbr. for").

What tells another thing's sense apart, as `_drop_other_things` reads it: a sense naming a thing in words of its own
that shares no word and no spelling with the line's first name. Two gaps are closed:
- a unit's word is no shared word, nor a spelling of the name: 新市区 "Xinshi District of Ürümqi, Xinjiang/Sinshih
  District of Tainan, Taiwan" and 江南区 "Jiangnan District of Nanning .../Gangnam District, Seoul" are two districts
  each (`_may_name_one` and `_spelt_alike` read "District" as a word both names share);
- a name people bear, "Martha (name)", is a thing of its own beside a company or a place whose names share no word
  with it (马莎 "Marks and Spencers, UK retail chain/Martha (name)/", 海尔 "Haier (PRC household appliance brand)/Hale
  (name)/"): a namesake sentence in the note, no alias. "Wellington (name)" beside the capital stays one name.
Over the whole of CC-CEDICT: 4 entries change (--proper-only and full import alike), each losing the other thing's
alias. Not reached (said in the report): 大田 (Datian county / Daejeon: "Datian"'s letters are in "Daejeon
Metropolitan City" in order, which reads as an acronym), 哥伦比亚 (Colombia / Columbia: spelt alike), 伊犁, 东方.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import rows_by_zh as _rows
from hypothesis import given
from hypothesis import strategies as st

OTHERS = {
    "新市区": (
        "新市區 新市区 [Xin1 shi4 Qu1] /Xinshi District of Ürümqi, Xinjiang/Sinshih District of Tainan, Taiwan/",
        "Xinshi District",
        "Sinshih District",
    ),
    "江南区": (
        "江南區 江南区 [Jiang1 nan2 Qu1] /Jiangnan District of Nanning city 南寧市|南宁市[Nan2 ning2 Shi4], "
        "Guangxi/Gangnam District, Seoul/",
        "Jiangnan District",
        "Gangnam District",
    ),
    "马莎": (
        "馬莎 马莎 [Ma3 sha1] /Marks and Spencers, UK retail chain/Martha (name)/",
        "Marks and Spencers",
        "Martha",
    ),
    "海尔": ("海爾 海尔 [Hai3 er3] /Haier (PRC household appliance brand)/Hale (name)/", "Haier", "Hale"),
}
# (A line of my own, of the real 威灵顿's senses: "Wellington, capital of New Zealand (Tw)/Wellington (name)/...".)
WELLINGTON = "惠靈頓 惠灵顿 [Hui4 ling2 dun4] /Wellington, capital of New Zealand/Wellington (name)/"


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize("zh", sorted(OTHERS))
def test_another_things_sense_gives_no_alias(zh: str, proper_only: bool) -> None:
    line, en, other = OTHERS[zh]
    row = _rows(line, proper_only=proper_only)[zh]
    assert row["en"] == en
    assert other not in row["aliases"]
    assert other in row["note"]


@pytest.mark.parametrize("zh", ["马莎", "海尔"])
def test_a_name_people_bear_is_a_namesake(zh: str) -> None:
    line, _en, other = OTHERS[zh]
    assert f"Namesake (another person, not this entry): {zh} {other}" in _rows(line)[zh]["note"]


def test_a_name_people_bear_that_is_the_things_name_stays_one() -> None:
    row = _rows(WELLINGTON)["惠灵顿"]
    assert row["en"] == "Wellington"
    assert "Namesake" not in (row["note"] or "")


_UNITS = ["District", "County"]


@given(st.sampled_from(_UNITS), st.sampled_from(["Xinshi", "Jiangnan", "Dongcheng"]))
def test_a_unit_word_alone_makes_no_two_names_one(unit: str, name: str) -> None:
    line = f"甲乙 甲乙 [Jia3 yi3] /{name} {unit} of Ürümqi, Xinjiang/Gapyeong {unit}, Gyeonggi Province, South Korea/"
    row = _rows(line)["甲乙"]
    assert row["en"] == f"{name} {unit}"
    assert f"Gapyeong {unit}" not in row["aliases"]


@given(st.sampled_from(["Martha", "Hale", "Doris", "Eugene"]), st.sampled_from(["UK retail chain", "PRC brand"]))
def test_any_name_people_bear_beside_a_company_is_no_alias(name: str, said: str) -> None:
    line = f"甲乙 甲乙 [Jia3 yi3] /Jiayi Holdings, {said}/{name} (name)/"
    row = _rows(line)["甲乙"]
    assert name not in row["aliases"]

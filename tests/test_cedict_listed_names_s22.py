"""CC-CEDICT import: a name listing capitalised items is not cut at its first comma; "abbr. to X" is a form of it.

The acceptance tester of the twenty-second session (seed 2032, `--proper-only`) found
国防科学技术工业委员会 `/Commission for Science, Technology and Industry for National Defense
(COSTIND)/abbr. to 国防科工委/` imported as en "Commission for Science" (annotate glossed the
full name with the stump), with no zh_alias 国防科工委 (`lookup 国防科工委`: no entry); the
class also held 夏商周 "Xia" and 帝国理工学院 "Imperial College of Science". The rules
(zhgloss.formats.cedict): `read_sense` with `_ITEMS_GO_ON_RE` (a comma before capitalised items
that end on "and ..." lists inside the name, after a one-word name or one whose last word is the
object of "for" or "of"), and `_fold_named` with `_ABBREVIATED_TO_RE` (a short form with no line
of its own is a zh_alias).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import read_sense
from zhgloss.model import Entry

COSTIND = (
    "國防科學技術工業委員會 国防科学技术工业委员会 [Guo2 fang2 Ke1 xue2 Ji4 shu4 Gong1 ye4 Wei3 yuan2 hui4]"
    " /Commission for Science, Technology and Industry for National Defense (COSTIND)/abbr. to"
    " 國防科工委|国防科工委[Guo2 fang2 Ke1 Gong1 Wei3]/\n"
)
XIA_SHANG_ZHOU = "夏商周 夏商周 [Xia4 Shang1 zhou1] /Xia, Shang and Zhou, the earliest named Chinese dynasties/\n"
IMPERIAL = (
    "帝國理工學院 帝国理工学院 [Di4 guo2 Li3 gong1 Xue2 yuan4] /Imperial College of Science, Technology and Medicine,"
    " London/\n"
)
MAFF = (
    "農林水產省 农林水产省 [Nong2 lin2 Shui3 chan3 sheng3] /Ministry of Agriculture, Forestry and Fisheries (Japan)/\n"
)
AGRICULTURE = "農業部 农业部 [Nong2 ye4 bu4] /Ministry of Agriculture/Department of Agriculture/\n"
SZSE = (
    "深圳證券交易所 深圳证券交易所 [Shen1 zhen4 Zheng4 quan4 Jiao1 yi4 suo3] /Shenzhen Stock Exchange, abbr. to"
    " 深交所[Shen1 Jiao1 suo3]/\n"
)
BEIHANG = (
    "北京航空學院 北京航空学院 [Bei3 jing1 Hang2 kong1 Xue2 yuan4] /Beijing Aeronautical and Astronautical Institute"
    " (abbr. to 北航院)/\n"
)
# A short form with a line of its own is that line's entry, which points back ("abbr. for"): no zh_alias made here.
NPC = (
    "全國人民代表大會 全国人民代表大会 [Quan2 guo2 Ren2 min2 Dai4 biao3 Da4 hui4] /(Chinese) National People's"
    " Congress/abbr. to 人大[Ren2 da4]/\n"
)
RENDA_LINE = "人大 人大 [ren2 da4] /(invented common reading for this test)/\n"


def imported(*lines: str) -> dict[str, Entry]:
    return entries_by_form("".join(lines))


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        (COSTIND, "国防科学技术工业委员会", "Commission for Science, Technology and Industry for National Defense"),
        (XIA_SHANG_ZHOU, "夏商周", "Xia, Shang and Zhou"),
        (IMPERIAL, "帝国理工学院", "Imperial College of Science, Technology and Medicine"),
        (MAFF, "农林水产省", "Ministry of Agriculture, Forestry and Fisheries"),
    ],
)
def test_a_list_inside_a_name_is_no_end_of_it(line: str, zh: str, en: str) -> None:
    entry = imported(line)[zh]
    assert entry.en == en, entry


def test_the_acronym_after_a_listed_name_is_its_alias() -> None:
    assert "COSTIND" in imported(COSTIND)["国防科学技术工业委员会"].aliases


def test_japans_ministry_is_no_form_of_the_chinese_ministry() -> None:
    # Cut at the comma, 农林水产省 was "Ministry of Agriculture" and folded into 农业部 as one name.
    found = imported(AGRICULTURE, MAFF)
    assert found["农林水产省"] is not found["农业部"]


@pytest.mark.parametrize(
    ("gloss", "name"),
    [
        ("Tokyo, capital of Japan", "Tokyo"),  # lower-case words after the comma: a description
        ("Melbourne, Australia", "Melbourne"),  # no "and": where it is
        (
            "Organization for Security and Cooperation in Europe (OSCE)",
            "Organization for Security and Cooperation in Europe",
        ),
    ],
)
def test_a_comma_before_a_description_still_ends_the_name(gloss: str, name: str) -> None:
    assert read_sense(gloss).name == name


ITEMS = ["Science", "Technology", "Industry", "Culture", "Sport", "Medicine", "Trade"]


@given(st.lists(st.sampled_from(ITEMS), min_size=2, max_size=5, unique=True))
def test_every_listed_item_stays_in_the_name(items: list[str]) -> None:
    listed = ", ".join(items[:-1]) + f" and {items[-1]}"
    sense = read_sense(f"Commission for {listed} (CX)")
    assert sense.name == f"Commission for {listed}"


@pytest.mark.parametrize(
    ("line", "zh", "short"),
    [
        (COSTIND, "国防科学技术工业委员会", "国防科工委"),
        (SZSE, "深圳证券交易所", "深交所"),
        (BEIHANG, "北京航空学院", "北航院"),
    ],
)
def test_a_short_form_with_no_line_of_its_own_is_a_zh_alias(line: str, zh: str, short: str) -> None:
    assert short in imported(line)[zh].zh_aliases


def test_the_traditional_short_form_too() -> None:
    assert "國防科工委" in imported(COSTIND)["国防科学技术工业委员会"].zh_aliases


def test_a_short_form_that_is_a_headword_of_its_own_is_no_zh_alias() -> None:
    npc = imported(NPC, RENDA_LINE)["全国人民代表大会"]
    assert "人大" not in npc.zh_aliases, npc

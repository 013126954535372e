"""A place's name before a common noun is a common word (twenty-eighth session, issue 9 item 1; the tester's T28-2,
and T27-I25's regional cuisines).

README: a people's adjective before a common noun of no kind is a common word, left out by `--proper-only` (日料
"Japanese cuisine"). A country's or a Chinese province's one-word name in that slot is the same in English: 台媒
"Taiwan media", 台谍 "Taiwan spy", 湘菜 "Hunan cuisine" (a style of cooking, as Japanese cuisine is), 川贝 "Sichuan
fritillary bulb". A noun of a kind keeps the name (a strait, a university), and so do a side, a currency, a people
(`_PEOPLE_OR_SPEECH`: 中方 "Chinese side").
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import kinds_and_english
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import cedict
from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "臺媒 台媒 [Tai2 mei2] /Taiwan media/\n"
    "台諜 台谍 [Tai2 die2] /Taiwan spy/\n"
    "湘菜 湘菜 [Xiang1 cai4] /Hunan cuisine/\n"
    "中國通 中国通 [Zhong1 guo2 tong1] /China watcher/an expert on China/an old China hand/\n"
    "川貝 川贝 [Chuan1 bei4] /Sichuan fritillary bulb (used in TCM)/\n"
    # Controls: a noun of a kind, a side.
    "中方 中方 [Zhong1 fang1] /the Chinese side (in an international venture)/\n"
    "臺灣海峽 台湾海峡 [Tai2 wan1 Hai3 xia2] /Taiwan Strait/\n"
)
# Lines of my own of the same kind.
OWN = (
    "甲乙 甲乙 [Jia3 yi3] /Taiwan tea/\n"
    "丙丁 丙丁 [Bing3 ding1] /Guangdong porcelain/\n"
    "戊己 戊己 [Wu4 ji3] /Yunnan university/\n"
)


NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize("zh", ["台媒", "台谍", "湘菜", "中国通", "川贝", "甲乙", "丙丁"])
def test_a_place_before_a_common_noun_is_left_out(zh: str) -> None:
    assert zh not in NAMES


@pytest.mark.parametrize(
    ("zh", "en"), [("中方", "Chinese side"), ("台湾海峡", "Taiwan Strait"), ("戊己", "Yunnan university")]
)
def test_a_noun_of_a_kind_or_a_side_keeps_the_name(zh: str, en: str) -> None:
    assert NAMES[zh][1] == en


def test_the_full_import_types_it_term() -> None:
    full = load_cedict(io.StringIO(REAL), proper_only=False)
    assert next(e.type for e in full if e.zh == "台媒") == "term"


@given(
    st.sampled_from(sorted(p for p in cedict.china_provinces() if " " not in p)),
    st.sampled_from(["cuisine", "embroidery", "ink", "tea"]),
)
def test_a_province_before_a_common_noun_names_nothing(province: str, noun: str) -> None:
    assert cedict.read_sense(f"{province} {noun}").name is None

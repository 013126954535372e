"""A short form or another spelling of a name in brackets after it is an alias, in mixed case too (twenty-seventh
session, issue 9; the user's U27-35): 美联储 "US Federal Reserve (Fed), ..." had no alias "Fed" (only all-capital
initials were read), 中国北方工业公司 no "Norinco", 仰光 "Yangon (Rangoon), ..." no "Rangoon", 哈努卡 "Hanukkah
(Chanukah), ..." no "Chanukah". A tag of where or what in brackets is none ("Dharma (Buddhism)", "Lahore
(Pakistan)").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import _is_other_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "美聯儲 美联储 [Mei3 lian2 chu3] /US Federal Reserve (Fed), the US central bank/\n"
    "中國北方工業公司 中国北方工业公司 [Zhong1 guo2 Bei3 fang1 Gong1 ye4 Gong1 si1] /China North Industries"
    " Corporation (Norinco)/\n"
    "仰光 仰光 [Yang3 guang1] /Yangon (Rangoon), city, capital of Myanmar from 1948 to 2006/\n"
    "維吾爾族 维吾尔族 [Wei2 wu2 er3 zu2] /Uighur (Uyghur) ethnic group of Xinjiang/\n"
)
ENTRIES = entries_by_form(LINES)


@pytest.mark.parametrize(
    ("zh", "alias"), [("美联储", "Fed"), ("中国北方工业公司", "Norinco"), ("仰光", "Rangoon"), ("维吾尔族", "Uyghur")]
)
def test_a_bracketed_other_form_is_an_alias(zh: str, alias: str) -> None:
    assert alias in ENTRIES[zh].aliases


@pytest.mark.parametrize(("word", "name"), [("Buddhism", "Dharma"), ("Pakistan", "Lahore"), ("Mountains", "Altai")])
def test_a_tag_is_no_other_form(word: str, name: str) -> None:
    assert not _is_other_form(word, name)


def test_lines_of_my_own() -> None:
    entries = entries_by_form(
        "甲乙 甲乙 [Jia3 yi3] /Jiayi Motor Company (Jimoco), car maker/\n丙丁 丙丁 [Bing3 ding1] /Bingding (Taiwan)/\n"
    )
    assert "Jimoco" in entries["甲乙"].aliases
    assert entries["丙丁"].aliases == ()


@given(st.text(alphabet="abcdefghij", min_size=3, max_size=8))
def test_a_word_is_a_form_of_a_name_it_starts_a_word_of(word: str) -> None:
    assert _is_other_form(word.capitalize(), f"The {word.capitalize()}ville Reserve")

"""CC-CEDICT import: "popularly known as X" gives the alias X, as "known as X" does (the blind draw of 3f6d7c51, P43).

阿拉法特 "Mohammed Abdel Rahman Abdel Raouf Arafat al-Qudwa al-Husseini (1929-2004), Palestinian leader, popularly
known as Yasser Arafat 亞西爾·阿拉法特|亚西尔·阿拉法特[...]" had no alias: the adverb before "known as" hid the other
name the line gives, and `check` reported the "Yasser Arafat" every translator writes as missing. The words "popularly",
"commonly", "better", "widely" or "usually" before "known as" say the same. Over the whole of CC-CEDICT: 3 lines say
"popularly known as", none the others; one entry changes (阿拉法特; 西王母's "popularly known as 王母娘娘" names
characters, which folded already).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import rows_by_zh

ARAFAT = (
    "阿拉法特 阿拉法特 [A1 la1 fa3 te4] /Mohammed Abdel Rahman Abdel Raouf Arafat al-Qudwa al-Husseini (1929-2004), "
    "Palestinian leader, popularly known as Yasser Arafat 亞西爾·阿拉法特|亚西尔·阿拉法特"
    "[Ya4 xi1 er3 · A1 la1 fa3 te4]/"
)


@pytest.mark.parametrize("proper_only", [True, False])
def test_arafat_gets_the_name_he_went_by(proper_only: bool) -> None:
    row = rows_by_zh(ARAFAT, proper_only=proper_only)["阿拉法特"]
    assert row["type"] == "person"
    assert "Yasser Arafat" in (row["en"], *row["aliases"])


@given(st.sampled_from(["popularly", "commonly", "better", "widely", "usually"]), st.booleans())
def test_any_adverb_before_known_as_gives_the_alias(adverb: str, dated: bool) -> None:
    dates = " (1901-1980)" if dated else ""
    line = f"甲乙 甲乙 [Jia3 yi3] /Jiayi Bingding{dates}, Chinese general, {adverb} known as General Jia/"
    row = rows_by_zh(line)["甲乙"]
    assert "General Jia" in (row["en"], *row["aliases"])

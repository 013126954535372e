"""CC-CEDICT import: initials in a bracket inside a name do not end it (the user's U37-24).

上海证券交易所综合股价指 "Shanghai Stock Exchange (SSE) Composite Index" was read as "Shanghai Stock Exchange" (the
bracket ended the name, "Composite Index" left as a description) and folded into the exchange's entry: `lookup` of
the index's Chinese answered "Shanghai Stock Exchange". The full name, the initials it spells in a bracket, then
capitalised words going on: the name runs through the bracket, and the initials with the words after them are an
alias, as of "SSE (Shanghai Stock Exchange) Composite Index" (上证综合指数) already. Two lines of the real file
(2026-12): the index, and 苏黎世联邦理工学院 "Eidgenössische Technische Hochschule (ETH) Zürich" (was
"Eidgenössische Technische Hochschule", alias "ETH"). Not a bracket that spells nothing before it, nor initials
ending the name ("Shanghai Stock Exchange (SSE)").

The rule: `_ACRONYM_INSIDE_RE` in `read_sense`. The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/,
../shared/data/cedict_ts.u8.gz): community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew
Denisowski; licence Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict, read_sense

LINES = (
    "上海證券交易所綜合股價指 上海证券交易所综合股价指 [Shang4 hai3 Zheng4 quan4 Jiao1 yi4 suo3 Zong1 he2 Gu3 jia4"
    " Zhi3] /Shanghai Stock Exchange (SSE) Composite Index/\n"
    "上海證券交易所 上海证券交易所 [Shang4 hai3 Zheng4 quan4 Jiao1 yi4 suo3] /Shanghai Stock Exchange (SSE)/\n"
)
NAMES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


def test_the_index_is_no_form_of_the_exchange() -> None:
    index = NAMES["上海证券交易所综合股价指"]
    assert index.en == "Shanghai Stock Exchange Composite Index"
    assert "SSE Composite Index" in index.aliases
    assert "上海证券交易所综合股价指" not in NAMES["上海证券交易所"].zh_aliases
    assert (NAMES["上海证券交易所"].en, NAMES["上海证券交易所"].aliases) == ("Shanghai Stock Exchange", ("SSE",))


def test_initials_ending_a_name_or_spelling_nothing_stay_as_they_were() -> None:
    assert read_sense("Shanghai Stock Exchange (SSE)").name == "Shanghai Stock Exchange"
    assert read_sense("Shanghai Stock Exchange (XYZ) Composite Index").name == "Shanghai Stock Exchange"


@given(st.sampled_from(["Index", "Composite Index", "Fund", "Annual Report"]))
def test_any_words_after_the_initials_go_on_the_name(after: str) -> None:
    sense = read_sense(f"Hong Kong Stock Exchange (HKSE) {after}")
    assert sense.name == f"Hong Kong Stock Exchange {after}"
    assert f"HKSE {after}" in sense.aliases

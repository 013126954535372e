"""CC-CEDICT import: a participle and the nouns after it, ending a sense, are the name's own words (the s40 blind
measure's firm #73, taken as its class).

恒生中资企业指数 "Hang Seng China affiliated index" was imported with en "Hang Seng China": read_sense cut the name at
the participle "affiliated" (a lower-case word ending -ed starts a description: "located in ...") and the rest, the
index, was lost from the English (a fragment naming no index; compare 恒生指数 "Hang Seng index", kept whole).
CC-CEDICT (2026-12) has 3 senses of a capitalised reading that are a name, a participle and nouns, and nothing else;
this one is the only --proper-only entry that changes. A people's adjective before the participle names a kind of
thing, a common noun, as before: "Korean pickled cabbage" (韩国泡菜, whose first sense is "kimchi") stays out, and "US
armed forces" (美军) adds no alias. A participle that starts a description still does ("Qujiang district of Shaoguan
city", "Tsinghua University located in Beijing").

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict_documents, read_sense

LINES = {
    "恒生中资企业指数": (
        "恆生中資企業指數 恒生中资企业指数 [Heng2 sheng1 Zhong1 zi1 qi3 ye4 zhi3 shu4] /Hang Seng China affiliated "
        "index/"
    ),
    "韩国泡菜": "韓國泡菜 韩国泡菜 [Han2 guo2 pao4 cai4] /kimchi/Korean pickled cabbage/",
    "美军": "美軍 美军 [Mei3 jun1] /US army/US armed forces/",
}


def _rows(zh: str) -> list[dict[str, object]]:
    return [r for r in load_cedict_documents(io.StringIO(LINES[zh] + "\n"), proper_only=True) if r["zh"] == zh]


def test_the_index_keeps_its_whole_name() -> None:
    (row,) = _rows("恒生中资企业指数")
    assert row["en"] == "Hang Seng China affiliated index"


def test_a_peoples_thing_stays_a_common_noun() -> None:
    assert _rows("韩国泡菜") == []
    (row,) = _rows("美军")
    assert (row["en"], row["aliases"]) == ("US army", [])


def test_a_participle_that_describes_still_does() -> None:
    assert read_sense("Tsinghua University located in Beijing").name == "Tsinghua University"
    assert read_sense("Hang Seng China affiliated index").name == "Hang Seng China affiliated index"


@given(
    st.sampled_from(["Hang Seng", "Shanghai Stock Exchange", "Financial Times", "Nikkei"]),
    st.sampled_from(["affiliated", "weighted", "listed", "adjusted"]),
    st.sampled_from(["index", "stock index", "composite index"]),
)
def test_a_name_a_participle_and_nouns_is_one_name(name: str, participle: str, nouns: str) -> None:
    assert read_sense(f"{name} {participle} {nouns}").name == f"{name} {participle} {nouns}"

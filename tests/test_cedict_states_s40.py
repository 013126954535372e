"""CC-CEDICT import: a state whose name says it is one is a place, not the org its word "union" would make it.

The s39 blind measure's firm 80: 苏联 "Soviet Union, 1922-1991/abbr. for Union of Soviet Socialist Republics (USSR)"
was typed org, by the word "union" (`_KINDS_OF_WORD`), as was the line it abbreviates. A country ISO 3166-1 lists was
a place already ("Union of the Comoros"); a state's name that is not listed was not. CC-CEDICT (2026-12) has 5 lines
naming a state so whose entries were not places: 科摩罗 "Union of Comoros" (ISO writes "the"), 缅甸联邦 "Union of
Myanmar" (Burma's name 1989-2010), 澳大利亚联邦 "Commonwealth of Australia" (typed name), 苏维埃社会主义共和国联盟
and 苏联. The rule (`_names_a_state`): a state's form ("Union", "Commonwealth", "Kingdom", ...) of a listed country,
or a union of republics. Bodies of states stay orgs: the European Union, the African Union, the Universal Postal Union.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import countries, load_cedict, read_sense

LINES = {
    "苏联": (
        "蘇聯 苏联 [Su1 lian2] /Soviet Union, 1922-1991/abbr. for Union of Soviet Socialist Republics (USSR) "
        "蘇維埃社會主義共和國聯盟|苏维埃社会主义共和国联盟[Su1 wei2 ai1 She4 hui4 zhu3 yi4 Gong4 he2 guo2 Lian2 meng2]/"
    ),
    "苏维埃社会主义共和国联盟": (
        "蘇維埃社會主義共和國聯盟 苏维埃社会主义共和国联盟 [Su1 wei2 ai1 She4 hui4 zhu3 yi4 Gong4 he2 guo2 Lian2 "
        "meng2] /Union of Soviet Socialist Republics (USSR), 1922-1991/abbr. to 蘇聯|苏联[Su1 lian2] Soviet Union/"
    ),
    "科摩罗": "科摩羅 科摩罗 [Ke1 mo2 luo2] /Union of Comoros/",
    "缅甸联邦": "緬甸聯邦 缅甸联邦 [Mian3 dian4 Lian2 bang1] /Union of Myanmar, official name of Burma 1998-2010/",
    "澳大利亚联邦": "澳大利亞聯邦 澳大利亚联邦 [Ao4 da4 li4 ya4 Lian2 bang1] /Commonwealth of Australia/",
    "欧洲联盟": "歐洲聯盟 欧洲联盟 [Ou1 zhou1 Lian2 meng2] /European Union (EU)/",
    "非洲联盟": "非洲聯盟 非洲联盟 [Fei1 zhou1 Lian2 meng2] /African Union/",
    "万国邮政联盟": "萬國郵政聯盟 万国邮政联盟 [Wan4 guo2 You2 zheng4 Lian2 meng2] /Universal Postal Union/",
}


def _types(*names: str, proper_only: bool = True) -> dict[str, str]:
    text = "".join(LINES[zh] + "\n" for zh in names)
    return {e.zh: e.type for e in load_cedict(io.StringIO(text), proper_only=proper_only)}


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize("zh", ["苏联", "苏维埃社会主义共和国联盟", "科摩罗", "缅甸联邦", "澳大利亚联邦"])
def test_a_state_is_a_place(zh: str, proper_only: bool) -> None:
    assert _types(zh, proper_only=proper_only)[zh] == "place"


def test_both_soviet_lines_together_are_places() -> None:
    assert set(_types("苏联", "苏维埃社会主义共和国联盟").values()) == {"place"}


@pytest.mark.parametrize("zh", ["欧洲联盟", "非洲联盟", "万国邮政联盟"])
def test_a_union_of_states_or_bodies_stays_an_org(zh: str) -> None:
    assert _types(zh)[zh] == "org"


_LISTED = sorted(n for n in countries() if not any(c in n for c in ",()") and " of " not in n)


@given(
    form=st.sampled_from(["Union", "Commonwealth", "Kingdom", "Federation", "Republic"]),
    country=st.sampled_from(_LISTED),
)
def test_a_form_of_state_of_a_listed_country_is_a_place(form: str, country: str) -> None:
    sense = read_sense(f"{form} of {country}")
    assert sense.type == "place"


@given(country=st.sampled_from(_LISTED))
def test_a_union_of_a_countrys_bodies_is_no_state(country: str) -> None:
    # "Union of Myanmar" is the state; a union of its bodies ("... Trade Unions") names the bodies after "of".
    assert read_sense(f"Union of {country} Trade Unions").type != "place"

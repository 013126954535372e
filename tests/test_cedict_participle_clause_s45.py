"""CC-CEDICT import: a participle that begins a clause about the thing ends its name (the s45 blind draw).

抗日救亡运动 "the Save the Nation Anti-Japanese Protest Movement stemming from the Manchurian railway incident of 18th
July 1931 九一八事变" was stored with en "Save the Nation Anti-Japanese Protest Movement stemming": `read_sense` took
the lower-case word after the capitalised run into the name, as it takes "Mogao caves" or "Goddess of beauty". A word
in -ing followed by "from" or "to" ("stemming from", "leading to", "dating from") starts a clause and is no word of the
name (`_LOWER_WORD`, as a participle in -ed already was). One line of CC-CEDICT changes (both imports).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import rows_by_zh
from zhgloss.formats.cedict import read_sense

MOVEMENT = (
    "抗日救亡運動 抗日救亡运动 [Kang4 Ri4 Jiu4 wang2 Yun4 dong4] /the Save the Nation Anti-Japanese Protest Movement "
    "stemming from the Manchurian railway incident of 18th July 1931 九一八事變|九一八事变/"
)


@pytest.mark.parametrize("proper_only", [True, False])
def test_the_movement_is_named_without_the_clause(proper_only: bool) -> None:
    row = rows_by_zh(MOVEMENT, proper_only=proper_only)["抗日救亡运动"]
    assert row["en"] == "Save the Nation Anti-Japanese Protest Movement"
    assert "stemming from" in row["note"]


@given(
    st.sampled_from(["stemming", "leading", "dating", "resulting", "belonging"]),
    st.sampled_from(["from", "to"]),
)
def test_a_participle_before_from_or_to_ends_the_name(participle: str, preposition: str) -> None:
    assert read_sense(f"Great Harbour Strike {participle} {preposition} the events of 1925").name == (
        "Great Harbour Strike"
    )


def test_a_lower_case_word_of_the_name_stays() -> None:
    """(Not every word in -ing: "Mogao caves" keeps its generic, and so does a name whose lower-case word is no
    clause's start.)"""
    assert read_sense("Mogao caves in Dunhuang").name == "Mogao caves"

"""Two names of a country before a body's name qualify it and are no name of it (thirty-second session; the s31 blind
draw's one firm error: 全国民主联盟 "Myanmar or Burma National league for democracy (NLD)" was en "Myanmar", alias
"Burma National").

The body's own name is the words after the second country's name that its acronym in brackets spells, capitalised as
a name ("National League for Democracy"); the acronym is an alias. CC-CEDICT has one line of the shape (grep of
cedict_ts.u8 for "<country> or <country> <Capitalised word>"); the other lines here are the "or" shapes it must leave
as they are.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "全國民主聯盟 全国民主联盟 [Quan2 guo2 Min2 zhu3 lian2 meng2] /Myanmar or Burma National league for democracy"
    " (NLD)/\n"
    "國民黨 国民党 [Guo2 min2 dang3] /Guomindang or Kuomintang (KMT)/Nationalist Party/\n"
    "緬甸 缅甸 [Mian3 dian4] /Myanmar (or Burma)/\n"
)
ENTRIES = entries_by_form(REAL)


def test_the_body_is_named_by_what_its_acronym_spells() -> None:
    entry = ENTRIES["全国民主联盟"]
    assert (entry.type, entry.en) == ("org", "National League for Democracy")
    assert "NLD" in entry.aliases
    assert not {"Myanmar", "Burma", "Burma National"} & {entry.en, *entry.aliases}, entry


def test_other_or_shapes_keep_their_names() -> None:
    assert (ENTRIES["国民党"].en, ENTRIES["国民党"].aliases[:2]) == ("Guomindang", ("Kuomintang", "KMT"))
    assert (ENTRIES["缅甸"].en, ENTRIES["缅甸"].aliases) == ("Myanmar", ("Burma",))

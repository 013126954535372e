"""CC-CEDICT import: a given name with another in brackets inside a person's name is no end of the name.

The acceptance tester (s20 06:40, s21 09:23) found 保尔森 "Paulson or Powellson (name)/Henry (Hank) Paulson (1946-),
US banker, ..." imported with the alias "Henry": the bracket cut the name. 李斯特 "Ferenc (Franz) Liszt (1811-1886),
Hungarian composer/..." was en "Ferenc" likewise. The bracket gives the name the person is also known by: "Henry
Paulson" with "Hank Paulson", "Ferenc Liszt" with "Franz Liszt". A dynasty keeps its bare name ("Bagan (Pagan)
Dynasty of Myanmar": Bagan). The rule (zhgloss.formats.cedict): `read_sense` with `_INNER_NAME_RE`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "保爾森 保尔森 [Bao3 er3 sen1] /Paulson or Powellson (name)/Henry (Hank) Paulson (1946-), US banker, US"
        " Treasury Secretary 2006-2009/\n",
        "李斯特 李斯特 [Li3 si1 te4] /Ferenc (Franz) Liszt (1811-1886), Hungarian composer/Joseph Lister (1883-1897),"
        " British surgeon and bacteriologist/\n",
        "蒲甘王朝 蒲甘王朝 [Pu2 gan1 Wang2 chao2] /Bagan (Pagan) Dynasty of Myanmar (Burma), 1044-1287/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


def test_a_bracketed_given_name_is_another_form_of_the_whole_name() -> None:
    liszt = NAMES["李斯特"]
    assert (liszt.type, liszt.en) == ("person", "Ferenc Liszt"), liszt
    assert "Franz Liszt" in liszt.aliases


def test_no_alias_is_a_given_name_alone() -> None:
    paulson = NAMES["保尔森"]
    assert "Henry" not in paulson.aliases, paulson
    assert {"Henry Paulson", "Hank Paulson"} <= set(paulson.aliases), paulson


def test_a_dynasty_keeps_its_bare_name() -> None:
    assert NAMES["蒲甘王朝"].en == "Bagan", NAMES["蒲甘王朝"]

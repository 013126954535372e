"""CC-CEDICT import: a place keeps no given name that a later "A, B etc (name)" sense lists (brief class 5: 卡拉).

卡拉 "Kara, city in northern Togo/Cara, Karla etc (name)" kept "Karla", a given name, as an alias of the Togolese city:
`_drop_bearers_names` drops a place's aliases that a later "(name)" sense gives (海伦 "Helen or Hélène (name)"), but
read "Karla etc" as the last name. The list may end on "etc" (`_BEARERS_NAME_RE`). CC-CEDICT (2026-12): 1 entry of
--proper-only changes (卡拉), nothing else.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

from zhgloss.formats.cedict import load_cedict

KARA = "卡拉 卡拉 [Ka3 la1] /Kara, city in northern Togo 多哥[Duo1 ge1]/Cara, Karla etc (name)/\n"


def test_the_city_keeps_no_given_name() -> None:
    (entry,) = load_cedict(io.StringIO(KARA), proper_only=True)
    assert (entry.type, entry.en) == ("place", "Kara")
    assert "Karla" not in entry.aliases
    assert "Cara" not in entry.aliases

"""CC-CEDICT full import: a variant of a common word whose characters are also a name is an entry of that word.

After s20's 077295f, 徳 "Japanese variant of 德[de2]" and 㥁 "variant of 德[de2]" no longer folded into 德 Germany
(the word 德 "virtue" is only that entry's note), but they had no entry at all: `lookup 徳` found nothing (tester s20
07:51, s21 09:23). Now such a pointer with no English of its own is an entry of the word it points to, with the
renderings of the reading it names (德[de2]: "virtue", not "Germany"; 冷战[leng3 zhan5]: "shiver", not "cold war" of
leng3 zhan4 nor the Cold War of Leng3 zhan4), the pointer in its note. The rule (zhgloss.formats.cedict):
`load_cedict`'s fold of cross-references, with `_Draft.readings`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "德 德 [De2] /Germany/German/abbr. for 德國|德国[De2 guo2]/\n",
        "德 德 [de2] /virtue/goodness/morality/ethics/kindness/favor/character/kind/\n",
        "悳 德 [de2] /variant of 德[de2]/\n",
        "徳 徳 [de2] /Japanese variant of 德[de2]/\n",
        "㥁 㥁 [de2] /variant of 德[de2]/\n",
        "冷戰 冷战 [Leng3 zhan4] /(US-Soviet) Cold War/\n",
        "冷戰 冷战 [leng3 zhan4] /cold war/(fig.) strained relationship/to be barely on speaking terms/\n",
        "冷戰 冷战 [leng3 zhan5] /(coll.) shiver/shudder/\n",
        "冷顫 冷颤 [leng3 zhan5] /variant of 冷戰|冷战[leng3 zhan5]/\n",
        "石 石 [Shi2] /surname Shi/\n",
        "石 石 [dan4] /dry measure for grain equal to ten dou 斗/ten pecks/one hundred liters/\n",
        "石 石 [shi2] /rock/stone/stone inscription/one of the eight categories of ancient musical instruments"
        " 八音[ba1 yin1]/\n",
        "䂖 䂖 [shi2] /variant of 石[shi2]/\n",
    ]
)

ENTRIES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES))}


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("徳", "virtue", "goodness"),
        ("㥁", "virtue", "goodness"),
        ("冷颤", "shiver", "shudder"),  # leng3 zhan5, not "cold war" (zhan4)
        ("䂖", "rock", "stone"),  # shi2, not dan4's "dry measure"
    ],
)
def test_a_variant_of_the_word_is_an_entry_of_the_word(zh: str, en: str, alias: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("term", en), entry
    assert alias in entry.aliases, entry
    assert "variant of" in (entry.note or ""), entry


def test_the_names_stay_what_they_were() -> None:
    assert (ENTRIES["德"].type, ENTRIES["德"].en) == ("place", "Germany")
    assert ENTRIES["冷战"].en == "Cold War"
    for zh in ("徳", "㥁"):
        assert zh not in ENTRIES["德"].zh_aliases

"""CC-CEDICT import: a one-word other name that the line goes on with a word of another language is no alias.

The acceptance tester of the twenty-first session (second seed-2031 draw, `--proper-only`) found 年楚河 "Nyang qu or
Nian chu River in Tibet, ..." imported with the alias "Nian": the other name is "Nian chu River" (chu is Tibetan for
river), and "Nian" alone is a stump of it. A one-word alias followed in the gloss by a lower-case word that is no
English word and no generic, then by a capitalised word, is dropped, as "Three" of "Three rivers plain" was. The other
name of a unit in its own language stays ("Ud raion or Wuda District": Ud). The rule (zhgloss.formats.cedict):
`_read_line` with `_goes_on_foreign`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import _goes_on_foreign, load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "年楚河 年楚河 [Nian2 chu3 He2] /Nyang qu or Nian chu River in Tibet, a tributary of Yarlung Tsangpo/\n",
        # Kept as they are:
        "烏達 乌达 [Wu1 da2] /Ud raion or Wuda District of Wuhait City 烏海市|乌海市[Wu1 hai3 Shi4], Inner Mongolia/\n",
        "塔城地區 塔城地区 [Ta3 cheng2 di4 qu1] /Tarbaghatay wilayiti or Tacheng prefecture in Xinjiang/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


def test_a_stump_of_a_longer_other_name_is_no_alias() -> None:
    assert "Nian" not in NAMES["年楚河"].aliases, NAMES["年楚河"]


@pytest.mark.parametrize(("zh", "alias"), [("乌达", "Ud"), ("塔城地区", "Tarbaghatay")])
def test_the_other_name_of_a_unit_in_its_own_language_stays(zh: str, alias: str) -> None:
    assert alias in NAMES[zh].aliases, NAMES[zh]


@pytest.mark.parametrize(
    ("word", "gloss", "goes_on"),
    [
        ("Nian", "Nyang qu or Nian chu River in Tibet", True),
        ("Taipei", "Taibei or Taipei county in Taiwan", False),  # a generic
        ("Ud", "Ud raion or Wuda District", False),  # no capitalised word after it
        ("Three", "Sanjiang or Three rivers Plain", False),  # an English word (`_goes_on` decides)
    ],
)
def test_goes_on_foreign(word: str, gloss: str, goes_on: bool) -> None:
    assert _goes_on_foreign(word, gloss) is goes_on

"""CC-CEDICT full import: a saying's English is what it means, also where one gloss tells both meanings.

s20 (6052e4e) put "fig. ..." before "lit. ..." when they are glosses of their own; 215 terms still had an en starting
"lit. " (brief s21 class 5), because one gloss told both: 精雕细刻 "lit. fine sculpting (idiom); fig. to work with
extreme care and precision". Now such a gloss is split at "; fig. " (or at "; " when it is the line's only gloss:
一日千里 "lit. one day, a thousand miles (idiom); rapid progress"); what the saying means comes after the line's other
renderings, and the literal meaning last. Not "lit. a full bottle makes no sound; a half-filled bottle sloshes": with
other glosses beside it, a "; " goes on with the words. The rule (zhgloss.formats.cedict): `_renderings`.

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
        "精雕細刻 精雕细刻 [jing1 diao1 xi4 ke4] /lit. fine sculpting (idiom); fig. to work with extreme care and"
        " precision/\n",
        "一日千里 一日千里 [yi1 ri4 qian1 li3] /lit. one day, a thousand miles (idiom); rapid progress/\n",
        "破釜沉舟 破釜沉舟 [po4 fu3 chen2 zhou1] /lit. to break the cauldrons and sink the boats (idiom); fig. to cut"
        " off one's means of retreat/to burn one's boats/\n",
        "一瓶子不響，半瓶子晃蕩 一瓶子不响，半瓶子晃荡 [yi1 ping2 zi5 bu4 xiang3 , ban4 ping2 zi5 huang4 dang5] /lit. a"
        " full bottle makes no sound; a half-filled bottle sloshes (idiom)/fig. empty vessels make the most noise/\n",
    ]
)

TERMS: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES))}


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("精雕细刻", "to work with extreme care and precision", ("lit. fine sculpting",)),
        ("一日千里", "rapid progress", ("lit. one day, a thousand miles",)),
        (
            "破釜沉舟",
            "to burn one's boats",
            ("to cut off one's means of retreat", "lit. to break the cauldrons and sink the boats"),
        ),
        (
            "一瓶子不响,半瓶子晃荡",  # (full-width comma folded)
            "empty vessels make the most noise",
            ("lit. a full bottle makes no sound; a half-filled bottle sloshes",),
        ),
    ],
)
def test_a_saying_is_what_it_means(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    entry = TERMS[zh]
    assert (entry.en, entry.aliases) == (en, aliases), entry

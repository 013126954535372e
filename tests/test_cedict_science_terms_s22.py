"""CC-CEDICT import: a capitalised word and a common noun labelled with a science is that science's term, no name.

The twentieth and twenty-first sessions' testers left 李群 `/Lie group (math.)/` as the organisation "Lie" (its
"group" read as a company group): a term of mathematics named after Sophus Lie, which `--proper-only` should not keep
(and annotate should never gloss 李群 "Lie"). "Boolean (math.)" was already no name; a name and a noun before the
label were. The rule (zhgloss.formats.cedict): `read_sense`, `_SCIENCE_RE` (a science's label, not a register such as
"(coll.)"). The line's other senses are read as before: 仓颉 is Cang Jie, without "Cangjie input method".

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.formats.cedict import read_sense

TERMS = {
    "李群": "李群 李群 [Li3 qun2] /Lie group (math.)/\n",
    "李代数": "李代數 李代数 [Li3 dai4 shu4] /Lie algebra (math.)/\n",
    "黎曼面": "黎曼面 黎曼面 [Li2 man4 mian4] /Riemann surface (math.)/\n",
    "儒略日": "儒略日 儒略日 [Ru2 lu:e4 ri4] /Julian day (astronomy)/\n",
    "毕尼奥夫带": (
        "畢尼奧夫帶 毕尼奥夫带 [Bi4 ni2 ao4 fu1 dai4] /Benioff zone (geology)/also called Wadati-Benioff zone/\n"
    ),
}
CANGJIE = (
    "倉頡 仓颉 [Cang1 Jie2] /Cang Jie, legendary scribe of the Yellow Emperor and creator of Chinese writing/Cangjie"
    " input method (computing)/\n"
)


@pytest.mark.parametrize("zh", sorted(TERMS))
def test_a_sciences_term_is_no_name(zh: str) -> None:
    assert zh not in entries_by_form(TERMS[zh])


def test_the_term_sense_gives_a_name_no_alias() -> None:
    cangjie = entries_by_form(CANGJIE)["仓颉"]
    assert cangjie.en == "Cang Jie", cangjie
    assert "Cangjie input method" not in cangjie.aliases, cangjie


@pytest.mark.parametrize(
    ("gloss", "name"),
    [
        ("Big Apple (coll.)", "Big Apple"),  # a register, no science (was "Beijing opera", a genre: no name, s40)
        ("Lake Baikal", "Lake Baikal"),
    ],
)
def test_no_science_label_no_term(gloss: str, name: str) -> None:
    assert read_sense(gloss).name == name

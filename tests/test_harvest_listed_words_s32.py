"""harvest: a person CC-CEDICT lists whose Chinese is a common word too is no person by the list alone, when the
text names it in one English word that is no pinyin (s32, U30-47).

"Tesla's (特斯拉) Shanghai plant" proposed 特斯拉 typed person: CC-CEDICT lists Nikola Tesla (data/cedict_persons.txt),
but also 特斯拉 the unit tesla, and the text's "Tesla" is the company. The same lines: 牛顿 (Isaac Newton, the newton),
赫兹 (Heinrich Hertz, the hertz). Such a pair is a `name` (the untyped type) unless the sentence says more; a name
that is no word (普京 "Putin"), one written in two words ("Nikola Tesla") and one whose English is its pinyin (老子
"Laozi") stay people.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "kind"),
    [
        ("Tesla's (特斯拉) Shanghai plant delivered a record number of cars.", "特斯拉", "name"),
        ("Newton (牛顿) units measure force.", "牛顿", "name"),
        ("Hertz (赫兹) rented out fewer cars this year.", "赫兹", "name"),
        ("Nikola Tesla (特斯拉) was born in 1856.", "特斯拉", "person"),
        ("Putin (普京) spoke on Friday.", "普京", "person"),
        ("Laozi (老子) is said to have written the Tao Te Ching.", "老子", "person"),
    ],
)
def test_a_listed_person_that_is_also_a_word(line: str, zh: str, kind: str) -> None:
    proposal = next(p for p in harvest(line, []) if p.kind == "name")
    assert (proposal.zh, proposal.entry.type) == (zh, kind)

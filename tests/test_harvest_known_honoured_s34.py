"""harvest: an honorific and a surname before a bracket whose Chinese the glossary holds is that entry's, known (s34,
U34-12: "Mr. Lei (雷总) sent red envelopes." with the bundled glossary, whose nickname 雷总 is "Mr. Lei", said "(雷总)
passed over", 0 pairs). Against a glossary without it the surname alone is still no new name (s30's rule).
On the parent 60a7f2e, 2 of this file's 4 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry

GLOSSARY = [
    Entry(id="mr-lei", type="nickname", zh="雷总", en="Mr. Lei"),
    Entry(id="ms-dong", type="nickname", zh="董小姐", en="Ms Dong"),
]


@pytest.mark.parametrize(
    ("line", "existing"),
    [("Mr. Lei (雷总) sent red envelopes.", "mr-lei"), ("Gree's Ms Dong (董小姐) spoke.", "ms-dong")],
)
def test_a_form_the_glossary_holds_is_known(line: str, existing: str) -> None:
    (proposal,) = harvest(line, GLOSSARY)
    assert (proposal.status, proposal.entry.id) == ("known", existing)


@pytest.mark.parametrize("line", ["Mr. Lei (雷总) sent red envelopes.", "Ms Wang (王女士) said."])
def test_a_surname_after_an_honorific_is_no_new_name(line: str) -> None:
    assert harvest(line, []) == []

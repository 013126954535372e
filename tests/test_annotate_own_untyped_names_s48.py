"""annotate on English copy: a user's own untyped entry (a two-column sheet's row: 英伟达 "Nvidia") before a
capitalised word is the name, not a given name of a longer one: "Nvidia CEO Jensen Huang", "BYD Chairman Wang
Chuanfu", "the Nvidia H20 chip" got no gloss (the review's R48-1 addendum). The given-name rule is for CC-CEDICT's
untyped given names (伯多禄 "Peter": "Peter Lee" is no 伯多禄), whose entries say CC-CEDICT made them: kept for them.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.annotate import Annotator, Session
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

OWN = [Entry(id="nvidia", zh="英伟达", en="Nvidia", type="name"), Entry(id="byd", zh="比亚迪", en="BYD", type="name")]
CEDICT = list(
    load_cedict(io.StringIO("伯多祿 伯多禄 [Bo2 duo1 lu4] /Peter (Catholic transliteration)/\n"), proper_only=True)
)
ANNOTATOR = Annotator([*OWN, *CEDICT])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nvidia CEO Jensen Huang said.", "Nvidia (英伟达) CEO Jensen Huang said."),
        (
            "Shares rose after BYD Chairman Wang Chuanfu spoke.",
            "Shares rose after BYD (比亚迪) Chairman Wang Chuanfu spoke.",
        ),
        ("The Nvidia H20 chip sold out.", "The Nvidia (英伟达) H20 chip sold out."),
    ],
)
def test_a_users_untyped_name_before_a_capitalised_word_is_glossed(text: str, expected: str) -> None:
    assert Session(ANNOTATOR).render(text) == expected


def test_cc_cedict_s_untyped_given_name_is_still_read_as_part_of_a_name() -> None:
    assert [entry.type for entry in CEDICT] == ["name"]
    assert Session(ANNOTATOR).render("They met Peter Lee on Monday.") == "They met Peter Lee on Monday."
    assert Session(ANNOTATOR).render("They met Peter on Monday.") == "They met Peter (伯多禄) on Monday."

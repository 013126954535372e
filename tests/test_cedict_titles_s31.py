"""A bracket of titles alone before a family name gives no given name: the person is named without the title
(thirty-first session; the s30 reviewer's F7: 西哈努克 "(King) Sihanouk (of Cambodia)" was the person "King
Sihanouk", the office used as a given name).

The title is taken off as any person's title is: kept in the English only where the headword writes it too (周穆王
writes 王, "King Mu"); the line stays in the note.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data). The shape "(Title) Family" has one line in CC-CEDICT.
REAL = "西哈努克 西哈努克 [Xi1 ha1 nu3 ke4] /(King) Sihanouk (of Cambodia)/\n"
# Lines of my own of the same shape, and a control whose headword writes the title (王).
OWN = (
    "拉尼娅 拉尼娅 [La1 ni2 ya4] /(Queen) Rania (of Jordan)/\n"
    "博卡萨 博卡萨 [Bo2 ka3 sa4] /(Emperor) Bokassa (1921-1996), ruler of the Central African Empire/\n"
    "穆王 穆王 [Mu4 wang2] /(King) Mu (of Zhou)/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(("zh", "en"), [("西哈努克", "Sihanouk"), ("拉尼娅", "Rania"), ("博卡萨", "Bokassa")])
def test_a_title_in_the_bracket_is_no_part_of_the_name(zh: str, en: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("person", en), entry
    assert not [a for a in entry.aliases if a.startswith(("King", "Queen", "Emperor"))], entry
    assert entry.note is not None and entry.note.startswith("("), entry


def test_a_headword_that_writes_the_title_keeps_it() -> None:
    assert ENTRIES["穆王"].en == "King Mu"

"""A place's other name after "or" ends where "on ..." says where the place lies (thirtieth session, issue 9 item 1;
twenty-ninth session's blind draw: 碧潭 "Bitan or Green Pool on Xindian Creek 新店溪, Taipei county, Taiwan" had the
alias "Green Pool on Xindian Creek").

The first name of a place already ended before "on X" ("Gwadar Port on Arabian Sea"); the other name after "or"
ended only before "on the X". Of every alias the names import made from an "or" (992 senses with one), 碧潭's was the
only one with such a tail; "in" never stands inside a name, so "Snake island in Bohai sea" already ended.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "碧潭 碧潭 [Bi4 tan2] /Bitan or Green Pool on Xindian Creek 新店溪[Xin1 dian4 xi1], Taipei county, Taiwan/\n"
    # Controls: "on the X" (already cut); "on" inside an organisation's name.
    "維多利亞瀑布 维多利亚瀑布 [Wei2 duo1 li4 ya4 pu4 bu4] /Victoria Falls or Mosi-oa-Tunya on the Zambesi River,"
    " between Zambia and Zimbabwe/\n"
    "外交關係理事會 外交关系理事会 [Wai4 jiao1 Guan1 xi4 Li3 shi4 hui4] /Council on Foreign Relations (US policy think"
    " tank)/\n"
)
# Lines of my own of the same shape.
OWN = (
    "黑潭 黑潭 [Hei1 tan2] /Heitan or Black Pool on Dongshan Creek 東山溪[Dong1 shan1 xi1], Yilan county, Taiwan/\n"
    "石門 石门 [Shi2 men2] /Shimen or Stone Gate on Mt Lu 廬山|庐山[Lu2 Shan1], Jiangxi/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("碧潭", "Bitan", "Green Pool"),
        ("维多利亚瀑布", "Victoria Falls", "Mosi-oa-Tunya"),
        ("黑潭", "Heitan", "Black Pool"),
        ("石门", "Shimen", "Stone Gate"),
    ],
)
def test_the_other_name_ends_before_where_the_place_lies(zh: str, en: str, alias: str) -> None:
    # (Which of the two is the English is another rule's: 石门 "Stone Gate" spells its generic, as 西湖 "West Lake".)
    entry = ENTRIES[zh]
    assert entry.type == "place", entry
    assert {entry.en, *entry.aliases} == {en, alias}, entry


def test_on_inside_a_name_stays() -> None:
    assert ENTRIES["外交关系理事会"].en == "Council on Foreign Relations"

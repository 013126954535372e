"""The other name after "or" ends before where the place lies (twenty-ninth session, issue 9 item 1; the tester's
class 5: 维多利亚瀑布 "Victoria Falls or Mosi-oa-Tunya on the Zambesi River, ..." had the alias "Mosi-oa-Tunya on
the Zambesi River", 唐古拉山 "Dangla or Tanggula Mountains on the Qinghai-Tibet Plateau" the English "Dangla" and
the alias "Tanggula Mountains on the Qinghai-Tibet Plateau").

"on the ...", "in the ..." after the other name says where the place is, as it does after the first name
(`_LOCATED_ON_RE`); the note keeps it. A generic at the end of the other name is then the first name's too
("Tsinghua or Qinghua University"): Dangla Mountains.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "維多利亞瀑布 维多利亚瀑布 [Wei2 duo1 li4 ya4 pu4 bu4] /Victoria Falls or Mosi-oa-Tunya on the Zambesi River,"
    " between Zambia and Zimbabwe/\n"
    "唐古拉山 唐古拉山 [Tang2 gu3 la1 Shan1] /Dangla or Tanggula Mountains on the Qinghai-Tibet Plateau/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "尼亞加拉瀑布 尼亚加拉瀑布 [Ni2 ya4 jia1 la1 Pu4 bu4] /Niagara Falls or Chutes du Niagara on the Niagara River/\n"
    "瓦罕走廊 瓦罕走廊 [Wa3 han3 Zou3 lang2] /Wakhan or Vakhan Corridor in the Pamirs/\n"
)
ENTRIES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("维多利亚瀑布", "Victoria Falls", ("Mosi-oa-Tunya",)),
        ("唐古拉山", "Dangla Mountains", ("Tanggula Mountains",)),
        ("尼亚加拉瀑布", "Niagara Falls", ("Chutes du Niagara",)),
    ],
)
def test_the_other_name_ends_before_where_the_place_is(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    entry = ENTRIES[zh]
    assert (entry.en, entry.aliases) == (en, aliases), entry
    assert " the " in (entry.note or "")


def test_no_alias_holds_where_the_place_is() -> None:
    assert not any(" in the " in a or " on the " in a for e in ENTRIES.values() for a in e.aliases)

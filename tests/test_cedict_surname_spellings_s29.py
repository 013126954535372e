"""A surname with its other spelling after "or" is a surname (twenty-ninth session; cur's request from measuring
search on the names import: 黄 "surname Huang or Hwang", the seventh commonest surname, gave no entry at all, so
`lookup 黄` and `search Huang` found nothing).

`_SURNAME_RE` read "surname X" alone; "surname X or Y" fell through to the name reader, which found no name in a
lower-case gloss. It reads the other spelling too, an alias.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "黃 黄 [Huang2] /surname Huang or Hwang/\n"
    "福祿貝爾 福禄贝尔 [Fu2 lu4 bei4 er3] /surname Fröbel or Froebel/Friedrich Wilhelm August Fröbel (1782-1852),"
    " German pedagogue/\n"
)
# A line of my own of the same shape.
OWN = "盧 卢 [Lu2] /surname Lu or Ro/\n"
ENTRIES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(("zh", "en", "alias"), [("黄", "Huang", "Hwang"), ("卢", "Lu", "Ro")])
def test_a_surname_and_its_other_spelling(zh: str, en: str, alias: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.en, entry.type, entry.aliases) == (en, "surname", (alias,)), entry


def test_a_persons_family_name_spellings_are_aliases() -> None:
    entry = ENTRIES["福禄贝尔"]
    assert entry.type == "person"
    assert {"Fröbel", "Froebel"} <= set(entry.aliases)

"""data/surname_spellings.tsv follows surnames.tsv's readings (session 30).

f534c3e corrected 粘's surname reading to Nián, but surname_spellings.tsv, built from that table, still gave the
Wade-Giles of the old Zhān (chan). Rebuilt by its script (one row: 粘 nien, jim); this test holds every row's
Wade-Giles spelling to the surname's reading, so a reading corrected without a rebuild fails here.
"""

from __future__ import annotations

import unicodedata

from zhgloss.harvest import _surname_spellings
from zhgloss.pinyin import surnames
from zhgloss.romanizations import wade_giles_syllables


def _plain(syllable: str) -> str:
    """A pinyin syllable without tone marks, ü as v, lower case: the key of wade_giles.tsv."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", syllable.lower()) if not unicodedata.combining(c) or c == "\u0308"
    )
    return unicodedata.normalize("NFC", bare).replace("ü", "v")


def test_each_one_character_surname_spells_its_reading_in_wade_giles() -> None:
    table, wade = _surname_spellings(), wade_giles_syllables()
    wrong = []
    for zh, surname in surnames().items():
        if len(zh) != 1 or zh not in table:
            continue
        key = _plain(surname.pinyin)
        spelled = wade.get(key, "").replace("'", "").replace("ü", "u")
        if spelled and spelled != key and spelled not in table[zh]:
            wrong.append((zh, surname.pinyin, spelled, sorted(table[zh])))
    assert wrong == []


def test_nian_is_nien() -> None:
    assert "nien" in _surname_spellings()["粘"]
    assert "chan" not in _surname_spellings()["粘"]

"""A sect is named by its name: "sect" in lower case and the faith it belongs to say what it is (thirty-third
session; the tester's s33 T3, firm: 逊尼派 "Sunni sect (of Islam)" had en "Sunni sect")."""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "遜尼派 逊尼派 [Xun4 ni2 pai4] /Sunni sect (of Islam)/\n"
    "什葉派 什叶派 [Shi2 ye4 pai4] /Shia sect (of Islam)/\n"
    "齋教 斋教 [Zhai1 jiao4] /Zhaijiao sect of Buddhism/\n"
    "噶當派 噶当派 [Ga2 dang1 pai4] /Bkar-dgam-pa sect of Tibetan Buddhism/\n"
)
ENTRIES = {entry.zh: entry for entry in load_cedict(io.StringIO(REAL), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "said"),
    [
        ("逊尼派", "Sunni", "Sunni sect (of Islam)"),
        ("什叶派", "Shia", "Shia sect (of Islam)"),
        ("斋教", "Zhaijiao", "Zhaijiao sect of Buddhism"),
        ("噶当派", "Bkar-dgam-pa", "Bkar-dgam-pa sect of Tibetan Buddhism"),
    ],
)
def test_a_sect_is_its_name_the_note_says_what_it_is(zh: str, en: str, said: str) -> None:
    assert ENTRIES[zh].en == en
    assert ENTRIES[zh].note == said

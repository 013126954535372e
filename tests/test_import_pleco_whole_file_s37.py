"""Whether headerless tab-separated rows are Pleco's cards or OmegaT's glossary is told by the whole file, never by one
row (tbl's finding, session 36).

Pleco exports a card as headword, reading and definition. CC-CEDICT, Pleco's built-in dictionary, writes a headword
holding a letter or symbol with a syllable for it: π日 [pai4 ri4] /Pi Day/, 卡拉OK [ka3 la1 O K] /karaoke/. One such
card made `is_pleco` (all or nothing) read a whole Pleco file as OmegaT's: every reading stored as the English
("san1shui3"), every definition as the note. A card now counts when its reading is tone-numbered pinyin with a syllable
for each Han character and at most one for each character, and the file is Pleco's when more than half its rows are.
On the parent commit, 4 of this file's 5 tests fail (OmegaT's own rows are read as before).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import get_format
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tsv import is_pleco
from zhgloss.model import Entry

# Pleco cards with CC-CEDICT's definitions (三水 /Sanshui, county-level city in Foshan/; 乳山 /Rushan/; 井上 /Inoue
# (Japanese surname)/), and π日, whose headword holds a symbol.
_CARDS = "π日\tpai4ri4\tWorld Pi Day\n三水\tsan1shui3\tSanshui\n乳山\tru3shan1\tRushan\n井上\tjing3shang4\tInoue\n"


def _entries(text: str) -> dict[str, Entry]:
    return {entry.zh or "": entry for entry in get_format("omegat").load(io.StringIO(text), "cards.txt")}


def _rows(text: str) -> list[tuple[int, list[str]]]:
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1)]


def test_a_card_with_a_symbol_keeps_the_file_pleco_s() -> None:
    with pytest.warns(ImportNote, match=r"'pai4ri4' reads its letter or symbol too: kept in the note"):
        entries = _entries(_CARDS)
    assert {zh: entry.en for zh, entry in entries.items()} == {
        "π日": "World Pi Day",
        "三水": "Sanshui",
        "乳山": "Rushan",
        "井上": "Inoue",
    }
    assert entries["三水"].pinyin == "Sānshuǐ"
    assert entries["π日"].note == "reading: pai4ri4"


def test_the_symbol_card_alone_is_pleco_s() -> None:
    assert is_pleco(_rows("π日\tpai4ri4\tWorld Pi Day\n"))
    assert is_pleco(_rows("卡拉OK\tka3la1OK\tkaraoke\n"))


def test_one_stray_row_does_not_make_the_file_omegat_s() -> None:
    # A row typed by hand in a Pleco file (an English where the reading goes) is one row: the file stays Pleco's.
    assert is_pleco(_rows(_CARDS + "雷军\tLei Jun\tfounder of Xiaomi\n"))


def test_omegat_rows_stay_omegat_s() -> None:
    # OmegaT's glossary: source, target, comment. An English target such as "PS4" is no pinyin syllable.
    omegat = "索尼PS4\tPS4\tSony's console\n雷军\tLei Jun\tfounder of Xiaomi\n小米\tXiaomi\t\n"
    assert not is_pleco(_rows(omegat))
    assert _entries(omegat)["雷军"].en == "Lei Jun"


@given(st.lists(st.sampled_from(["雷军\tLei Jun\tXiaomi", "小米\tXiaomi\t", "腾讯\tTencent\tQQ"]), min_size=1))
def test_any_omegat_glossary_is_omegat_s(lines: list[str]) -> None:
    rows = _rows("\n".join(lines) + "\n")
    assert not is_pleco(rows)
    assert is_pleco(_rows(_CARDS)) and not is_pleco(rows + rows + _rows(_CARDS)[:1])

"""A Wade-Giles syllable that starts with a vowel starts its word (reviewer, session 29).

Wade-Giles writes a hyphen before a syllable that starts with a vowel inside a name ("Hsi-an" 西安), so a word's
syllables are never cut before a vowel: "Pai" is bai (白), not pa-i, which had made `search Pai` list 巴以
"Palestinian-Israeli" as Wade-Giles at 90; "Mao Tse-tung" has its four readings, not eight with "mae".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import imported_db, search_hits

from zhgloss.romanizations import wade_giles_readings

LINES = (
    "巴以 巴以 [Ba1 Yi3] /Palestinian-Israeli (relations)/\n"
    "白 白 [Bai2] /surname Bai/\n"
    "懷 怀 [Huai2] /surname Huai/\n"
    "麥 麦 [Mai4] /surname Mai/\n"
    "西安 西安 [Xi1 an1] /Xi'an, sub-provincial city and capital of Shaanxi 陝西省|陕西省[Shan3 xi1 Sheng3] in"
    " northwest China/\n"
)


@pytest.mark.parametrize(
    ("query", "readings"),
    [
        ("Pai", [["bai"]]),
        ("Huai", []),  # huai as typed, and no pinyin otherwise
        ("Mai", []),
        ("Hsi-an", [["xian"]]),
        ("Kaohsiung", [["gaoxiong"], ["kaoxiong"]]),
        ("Mao Tse-tung", [["mao", "zedong"], ["mao", "zetong"], ["mao", "cedong"], ["mao", "cetong"]]),
    ],
)
def test_no_syllable_starts_with_a_vowel_inside_a_word(query: str, readings: list[list[str]]) -> None:
    assert wade_giles_readings(query)[0] == readings


def test_search_pai_finds_no_relation_of_pa_and_i(tmp_path: Path) -> None:
    hits = search_hits(imported_db(tmp_path, LINES), "Pai")
    assert "巴以" not in [hit["entry"]["zh"] for hit in hits]
    assert hits[0]["entry"]["zh"] == "白"

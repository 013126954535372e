"""A relation of two sides yields to a place the line names, and only to one (thirty-first session; the tester's s31
S3: 中巴 "China-Pakistan (relations)/China-Bahamas/" had en "China-Bahamas", the relation that matters dropped; 中欧
"China-Europe (e.g. trading relations)/Central Europe/" kept the relation as en, "Central Europe" an alias).

A line of relations and pairs only is the relation, its first sense the English (as 中澳 "China-Australia
(relations)" is), unless another sense says the same two sides as English writes them (中法 "China-France
(cooperation)/Sino-French/" is "Sino-French", which check's tests read); a line that names a place besides is the
place (中非, 31536ac).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "中巴 中巴 [Zhong1 Ba1] /China-Pakistan (relations)/China-Bahamas/\n"
    "中法 中法 [Zhong1 Fa3] /China-France (cooperation)/Sino-French/\n"
    "中歐 中欧 [Zhong1 Ou1] /China-Europe (e.g. trading relations)/Central Europe/\n"
    # Controls.
    "中非 中非 [Zhong1 Fei1] /China-Africa (relations)/Central Africa/Central African Republic/\n"
    "中澳 中澳 [Zhong1 Ao4] /China-Australia (relations)/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "中印 中印 [Zhong1 Yin4] /China-India (relations)/Sino-Indian/\n"
    "中亞 中亚 [Zhong1 Ya4] /China-Asia (e.g. trading relations)/Central Asia/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en"),
    [("中巴", "China-Pakistan"), ("中法", "Sino-French"), ("中印", "Sino-Indian"), ("中澳", "China-Australia")],
)
def test_a_line_of_relations_is_its_relation(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


@pytest.mark.parametrize(
    ("zh", "en"), [("中欧", "Central Europe"), ("中亚", "Central Asia"), ("中非", "Central Africa")]
)
def test_a_place_the_line_names_is_no_relation(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en
    assert not [a for a in ENTRIES[zh].aliases if "-" in a], ENTRIES[zh]

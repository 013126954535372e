"""A relation of two sides yields to a place the line names, and only to one (thirty-first session; the tester's s31
S3: 中巴 "China-Pakistan (relations)/China-Bahamas/" had en "China-Bahamas", the relation that matters dropped; 中欧
"China-Europe (e.g. trading relations)/Central Europe/" kept the relation as en, "Central Europe" an alias).

A line of relations and pairs only is the relation, its first sense the English (as 中澳 "China-Australia
(relations)" is), unless another sense says the same two sides as English writes them (中法 "China-France
(cooperation)/Sino-French/" is "Sino-French", which check's tests read); a line that names a place besides was the
place (中非, 31536ac) until s46: rev's R46-1 found 中欧（Central Europe）班列, 中非（Central Africa）合作论坛 glossed in
news, where the forms mean the relation. Now the relation, when it is the line's first sense, heads; the places after
it are in the note, no aliases.
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


def test_a_place_the_line_names_first_is_no_relation() -> None:
    """A line whose first sense is the place (a line of my own, the order of 中亚's reversed) is the place; the
    relation after it is no alias of it."""
    (entry,) = entries_by_form("中亞 中亚 [Zhong1 Ya4] /Central Asia/China-Asia (e.g. trading relations)/\n").values()
    assert entry.en == "Central Asia"
    assert not [a for a in entry.aliases if "-" in a], entry


@pytest.mark.parametrize(
    ("zh", "en", "place"),
    [
        ("中欧", "China-Europe", "Central Europe"),
        ("中非", "China-Africa", "Central Africa"),
        ("中亚", "China-Asia", "Central Asia"),
    ],
)
def test_a_relation_first_heads_and_the_place_after_it_is_no_alias(zh: str, en: str, place: str) -> None:
    """s46, rev's R46-1: the relation is the line's first sense and what news means (中欧班列, 中非合作论坛);
    the place a later sense names is another thing, in the note, no alias (S3's complaint: an alias)."""
    assert ENTRIES[zh].en == en
    assert place not in ENTRIES[zh].aliases
    assert place in (ENTRIES[zh].note or "")

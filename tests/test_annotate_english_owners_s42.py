"""An organisation after a body's name and "of the" is the body's owner, a name of its own (REL-41-1, issue 9).

"The 20th National Congress of the Communist Party of China" glossed "Congress" 国会 ("Congress (US)") and left the
party bare: annotate's English matcher read any name after a body's word and "of" ("Congress", "Assembly", "Bank" …:
_INSTITUTIONS_OF) as the last word of the body's name, as "Church of England" and "University of Chicago" are. An
organisation's name of two words or more after "of the" names the organisation that owns the body (its congress,
its assembly): it is glossed, and the body's own head word before it ("Congress") is no name of its own there. A
place after "of the" ("Parliament of the United Kingdom") and a name after "of" alone ("Church of England") are as
before.

The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz) imported by the installed
`zhgloss import --proper-only`.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import annotated, imported_db

LINES = """\
中國 中国 [Zhong1 guo2] /China/
中國共產黨 中国共产党 [Zhong1 guo2 Gong4 chan3 dang3] /Communist Party of China/
中國共產黨中央委員會 中国共产党中央委员会 [Zhong1 guo2 Gong4 chan3 dang3 Zhong1 yang1 Wei3 yuan2 hui4] /Central Committee of the Communist Party of China, abbr. to 中共中央[Zhong1 Gong4 Zhong1 yang1]/
國會 国会 [Guo2 hui4] /Parliament (UK)/Congress (US)/Diet (Japan)/Legislative Yuan (Taiwan)/
清代 清代 [Qing1 dai4] /the Ch'ing or Qing dynasty (1644-1911)/
芝加哥大學 芝加哥大学 [Zhi1 jia1 ge1 Da4 xue2] /University of Chicago/
英國 英国 [Ying1 guo2] /United Kingdom 聯合王國|联合王国[Lian2 he2 wang2 guo2]/United Kingdom of Great Britain and Northern Ireland/abbr. for England 英格蘭|英格兰[Ying1 ge2 lan2]/
英格蘭 英格兰 [Ying1 ge2 lan2] /England/
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("owners42"), LINES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 20th National Congress of the Communist Party of China opened in Beijing.",
            "The 20th National Congress of the Communist Party of China (中国共产党) opened in Beijing.",
        ),
        (
            "Delegates to the National Congress of the Communist Party of China met on Sunday.",
            "Delegates to the National Congress of the Communist Party of China (中国共产党) met on Sunday.",
        ),
        (
            "the congress of the Communist Party of China",
            "the congress of the Communist Party of China (中国共产党)",
        ),
        (
            "The Congress of the Communist Party of China",
            "The Congress of the Communist Party of China (中国共产党)",
        ),
    ],
)
def test_an_organisation_that_owns_the_body_before_it_is_glossed(db: Path, text: str, expected: str) -> None:
    once = annotated(db, text)
    assert once == expected
    assert annotated(db, once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The glossary's longer form holds the party.
        (
            "the Central Committee of the Communist Party of China",
            "the Central Committee of the Communist Party of China (中国共产党中央委员会)",
        ),
        # A body's name that ends on a place.
        ("the Church of England", "the Church of England"),
        ("the University of Chicago", "the University of Chicago (芝加哥大学)"),
        # A name followed by "of the" and no organisation.
        ("China of the Qing dynasty", "China (中国) of the Qing dynasty (清代)"),
        # The body alone.
        ("the US Congress passed the bill.", "the US Congress (国会) passed the bill."),
    ],
)
def test_a_body_of_a_place_or_no_owner_is_glossed_as_before(db: Path, text: str, expected: str) -> None:
    assert annotated(db, text) == expected

"""A province's generic after an English word the headword writes it with is part of the name (twenty-ninth session,
gls's request from annotating wire copy: 天府之国 "land of plenty/Heavenly province (epithet of Sichuan ...)" was
stored as "Heavenly", an adjective alone, and annotate glossed it so).

An ordinary English word goes on into the phrase it starts when the headword writes the phrase's generic ("Lion
city" 狮城, `_phrase_of_word`); data/cedict_generics.tsv gains "province" (省, 府, 州, 道), so "Heavenly province"
of 天府 is whole. A name of its own before a province the headword does not write stays bare (斯瓦特 "Swat province
in Pakistani Northwest Frontier" is Swat).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "天府 天府 [Tian1 fu3] /Heavenly province (epithet of Sichuan, esp. area around Chengdu)/land of plenty/\n"
    "天府之國 天府之国 [Tian1 fu3 zhi1 guo2] /land of plenty/Heavenly province (epithet of Sichuan, esp. area around"
    " Chengdu)/\n"
    # Control: a name of its own, and a province the headword does not write.
    "斯瓦特 斯瓦特 [Si1 wa3 te4] /Swat province in Pakistani Northwest Frontier/\n"
)
# A line of my own of the same shape.
OWN = "錦繡州 锦绣州 [Jin3 xiu4 Zhou1] /Splendid province (epithet of Sichuan)/\n"
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("天府", "Heavenly province"),
        ("天府之国", "Heavenly province"),
        ("锦绣州", "Splendid province"),
        ("斯瓦特", "Swat"),
    ],
)
def test_an_english_word_keeps_the_province_the_headword_writes(zh: str, en: str) -> None:
    assert NAMES[zh][1] == en, NAMES[zh]

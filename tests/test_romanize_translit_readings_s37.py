"""A transliterated name CC-CEDICT does not list reads each character as transliterated names do (R36-12's rest).

pypinyin reads a character by its commonest reading in words: 勒 lēi ("to tie"), 什 shén (什么). 7d68217a read a part
CC-CEDICT lists as CC-CEDICT does (泰勒 Tàilè); a part it does not list kept pypinyin's reading: 勒布朗·詹姆斯 was
"Lēibùlǎng". CC-CEDICT's transliterated proper names read 勒 lè in 73 of 76 names, 什 shí in 39 of 42
(data/translit_readings.tsv, scripts/build_translit_readings.py): such a character is now read so in any part.
`read_names` (annotate --unknown's reader) reads as `romanize` does, which it did not for 泰勒·斯威夫特 either.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.curate import fill_pinyin
from zhgloss.pinyin import cedict_reading, read_names, romanize, translit_readings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("勒布朗·詹姆斯", "Lèbùlǎng Zhānmǔsī"),  # LeBron James
        ("勒内·马格利特", "Lènèi Mǎgélìtè"),  # René Magritte
        ("卡勒德·胡赛尼", "Kǎlèdé Húsàiní"),  # Khaled Hosseini
        ("阿什利·格林", "Āshílì Gélín"),  # Ashley Greene
        ("泰勒·斯威夫特", "Tàilè Sīwēifūtè"),  # listed: 泰勒 [Tai4 le4]
    ],
)
def test_a_transliterated_name_reads_its_characters_as_transliterations_do(zh: str, pinyin: str) -> None:
    assert romanize(zh).pinyin == pinyin
    assert fill_pinyin(zh, "person") == pinyin
    assert read_names([zh])[zh][0] == pinyin


def test_the_table_holds_the_readings_cedict_gives() -> None:
    table = translit_readings()
    assert (table["勒"], table["什"]) == ("le4", "shi2")
    assert "斯" not in table or table["斯"] == "si1"


def test_the_table_is_what_its_build_script_writes() -> None:
    built = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_translit_readings.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert built == (ROOT / "src" / "zhgloss" / "data" / "translit_readings.tsv").read_text(encoding="utf-8")


PART = st.text(st.sampled_from(list("勒什乐那布朗斯特卡德阿利格林莱")), min_size=2, max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(PART, min_size=2, max_size=3))
def test_every_unlisted_part_reads_the_tables_readings_and_read_names_agrees(parts: list[str]) -> None:
    name = "·".join(parts)
    romanized = romanize(name)
    table = translit_readings()
    for part, word in zip(parts, romanized.words, strict=True):
        if cedict_reading(part, proper=True) is None:
            for char, syllable in zip(part, word, strict=True):
                if char in table:
                    assert syllable == table[char], (name, char, syllable)
    found = read_names([name]).get(name)
    if found is not None:
        assert found[0] == romanized.pinyin

"""CC-CEDICT import: a first sense that is only an old name of another place gives way to the place of today.

The blind tester of the thirty-sixth session (/work/tools/s36/reports/blind.md, full import, firm 32) found 光州
"Guangzhou, old name for Huangchuan 潢川 in Xinyang, Henan/Gwangju Metropolitan City, capital of South Jeolla
Province ..., South Korea" under the English "Guangzhou": two places merged, and Gwangju, the place the headword
names today, without an English name in `en` or the aliases. A first sense that is an old name of another place,
written with that place's characters (潢川 is an entry of its own), gives way to a later sense naming a place by a
name of its own: the entry is Gwangju, the old name another thing its note keeps, never an alias. The real file
(2026-12) has this shape twice (光州 and 光州市, one entry). Not a later sense that is an old name too, nor one sharing
the old name's words.

The rule: `_OLD_NAME_OF_OTHER_RE` in `_read_line`. The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/,
../shared/data/cedict_ts.u8.gz): community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew
Denisowski; licence Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

GWANGJU = (
    "光州 光州 [Guang1 zhou1] /Guangzhou, old name for Huangchuan 潢川[Huang2 chuan1] in Xinyang 信陽|信阳, Henan/"
    "Gwangju Metropolitan City, capital of South Jeolla Province 全羅南道|全罗南道[Quan2 luo2 nan2 dao4],"
    " South Korea/\n"
)
# A line of my own of the same shape whose later sense shares the old name's word: one place, as it was.
SHARED = "甲州 甲州 [Jia3 zhou1] /Jiazhou, old name for Yixian 乙县 in Hebei/Jiazhou town in Hebei/\n"


@pytest.mark.parametrize("proper_only", [True, False])
def test_the_place_of_today_is_the_entry(proper_only: bool) -> None:
    (entry,) = load_cedict(io.StringIO(GWANGJU), proper_only=proper_only)
    assert entry.type == "place"
    assert entry.en.startswith("Gwangju")
    assert "Guangzhou" not in entry.aliases
    assert "old name for Huangchuan" in (entry.note or "")


def test_a_later_sense_of_the_old_names_words_changes_nothing() -> None:
    (entry,) = load_cedict(io.StringIO(SHARED), proper_only=True)
    assert entry.en.startswith("Jiazhou")

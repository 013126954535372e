"""A line's common-word senses are said apart in a name's note (thirty-first session; the tester's s31 S5: 名山
"famous mountain/Mingshan county in Ya'an .../" had the note "famous mountain; Mingshan county ...", the common
word read as a sense of the county's name).

A sense of one to three lower-case English words that names nothing goes to "also the common word: ...", as a full
import says a name's common word; the note keeps the name's own senses. Not a language's own name ("suomen kieli").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data), a control last; then one of my own.
LINES = (
    "名山 名山 [Ming2 shan1] /famous mountain/Mingshan county in Ya'an 雅安[Ya3 an1], Sichuan/\n"
    "桃山 桃山 [Tao2 shan1] /peach mountain/Taoshan district of Qitaihe city 七台河[Qi1 tai2 he2], Heilongjiang/\n"
    "海港區 海港区 [Hai3 gang3 qu1] /harbor district/Haigang district of Qinhuangdao city 秦皇島市|秦皇岛市[Qin2 huang2"
    " dao3 shi4], Hebei/\n"
    "芬蘭語 芬兰语 [Fen1 lan2 yu3] /Finnish (language)/suomen kieli/\n"
    "石城 石城 [Shi2 cheng2] /stone city/Shicheng county in Ganzhou 贛州|赣州[Gan4 zhou1], Jiangxi/\n"
)
ENTRIES = entries_by_form(LINES)


@pytest.mark.parametrize(
    ("zh", "word"),
    [("名山", "famous mountain"), ("桃山", "peach mountain"), ("海港区", "harbor district"), ("石城", "stone city")],
)
def test_a_common_sense_is_said_apart(zh: str, word: str) -> None:
    note = ENTRIES[zh].note or ""
    assert note.endswith(f"also the common word: {word}"), note
    assert not note.startswith(word), note


def test_a_languages_own_name_stays_in_the_note() -> None:
    assert "also the common word" not in (ENTRIES["芬兰语"].note or "")

"""harvest: a Japanese name whose surname the endings table cannot place is read by its characters' Japanese
readings, and its pinyin is cut where its surname ends (s32, U30-47).

"Uniqlo founder Tadashi Yanai (柳井正)" proposed en "Tadashi Yanai" and pinyin "Liǔ Jǐngzhèng" (柳 a Chinese surname,
井正 the given name): both English words end as 井 reads (i), so the endings table (data/japanese_surname_ends.tsv)
did not say which is the surname. `romanizations.japanese_reading` (Unihan's and KANJIDIC2's readings) does: 柳 yana
+ 井 i spell Yanai, 正 Tadashi. The entry is written surname first as other Japanese names are ("Yanai Tadashi",
"Tadashi Yanai" an alias), and its pinyin cut there: "Liǔjǐng Zhèng", as 岸田文雄 is "Àntián Wénxióng".
Since s49 (the review's R48-15) the English keeps the order the text writes ("Tadashi Yanai"), as `add` does; the
surname is what `check` reads as the family name (`forms.family_name`), and the pinyin is cut as before.
"""

from __future__ import annotations

import pytest

from zhgloss.forms import family_name
from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "surname", "pinyin"),
    [
        ("Uniqlo founder Tadashi Yanai (柳井正) spoke.", "柳井正", "Tadashi Yanai", "Yanai", "Liǔjǐng Zhèng"),
        (
            "Actress Ryoko Hirosue (广末凉子) starred in the film.",
            "广末凉子",
            "Ryoko Hirosue",
            "Hirosue",
            "Guǎngmò Liángzǐ",
        ),
        (
            "Kyocera founder Kazuo Inamori (稻盛和夫) died in 2022.",
            "稻盛和夫",
            "Kazuo Inamori",
            "Inamori",
            "Dàoshèng Héfū",
        ),
    ],
)
def test_a_japanese_name_read_by_its_readings(line: str, zh: str, en: str, surname: str, pinyin: str) -> None:
    proposal = next(p for p in harvest(line, []) if p.kind == "name")
    entry = proposal.entry
    found = (proposal.zh, entry.en, family_name(entry), entry.type, entry.pinyin)
    assert found == (zh, en, surname, "person", pinyin)

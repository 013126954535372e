"""A language's or a people's English is its adjective, the kind an alias (thirty-fifth session, issue 9 item 1,
class 3).

At 63c90aa the import kept CC-CEDICT's kind word in `en`: 德语 "German (language)" was "German language", 罗语
"Romanian language", 俄罗斯族 "Russian ethnic group" (96 entries of the --proper-only import, 92 of them languages),
while most peoples were bare already (哈萨克族 "Kazakh"). A translator writes "German" for 德语, and `zhgloss check`
failed "He speaks German" as `missing 德语`. The adjective heads now and the kind stays an alias (`check` reads a
country's language by it, 波兰语 "Polish language" -> "Polish"). Not a person of a people (乌克兰人 "Ukrainian
(person)", 客家人 "Hakka people": `check` reads "Chinese officials" by the adjective of 中国, and an entry 中国人
"Chinese" made it report 中国人 as unexpected and 中方 as missing, tests/test_check_relations_s29.py), nor a nation's
people (中华民族 "the Chinese people"), nor languages of a kind (欧洲语言), nor a dialect or a written language
("Suzhou dialect", "Chinese written language").
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import entries_by_form, imported_db

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "德語 德语 [De2 yu3] /German (language)/\n"
    "羅語 罗语 [Luo2 yu3] /Romanian language/\n"
    "俄語 俄语 [E2 yu3] /Russian (language)/\n"
    "日語 日语 [Ri4 yu3] /Japanese language/\n"
    "波斯語 波斯语 [Bo1 si1 yu3] /Persian (language)/Farsi/\n"
    "俄羅斯族 俄罗斯族 [E2 luo2 si1 zu2] /Russian ethnic group (of northeast China and Xinjiang etc)/Russian"
    " nationality/Russians (of Russia)/\n"
    "藏族 藏族 [Zang4 zu2] /Tibetan ethnic group/\n"
    "烏克蘭人 乌克兰人 [Wu1 ke4 lan2 ren2] /Ukrainian (person)/\n"
    "德國人 德国人 [De2 guo2 ren2] /German person or people/\n"
    "客家人 客家人 [Ke4 jia1 ren2] /Hakka people/\n"
    "港人 港人 [Gang3 ren2] /Hong Kong person or people/\n"
    "中華民族 中华民族 [Zhong1 hua2 min2 zu2] /the Chinese people/\n"
    "美國人民 美国人民 [Mei3 guo2 ren2 min2] /the American people/\n"
    "歐洲語言 欧洲语言 [Ou1 zhou1 yu3 yan2] /European language/\n"
    "蘇州話 苏州话 [Su1 zhou1 hua4] /Suzhou dialect, one of the main Wu dialects 吳語|吴语[Wu2 yu3]/\n"
    "漢文 汉文 [Han4 wen2] /Chinese written language/Chinese literature esp. as taught abroad/\n"
)
ENTRIES = entries_by_form(LINES)


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("德语", "German", "German language"),
        ("罗语", "Romanian", "Romanian language"),
        ("俄语", "Russian", "Russian language"),
        ("日语", "Japanese", "Japanese language"),
        ("波斯语", "Persian", "Persian language"),
        ("俄罗斯族", "Russian", "Russian ethnic group"),
        ("藏族", "Tibetan", "Tibetan ethnic group"),
    ],
)
def test_a_language_or_a_people_is_named_by_its_adjective(zh: str, en: str, alias: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.en, entry.type) == (en, "name")
    assert alias in entry.aliases


def test_the_other_names_a_line_gives_stay_aliases() -> None:
    assert "Farsi" in ENTRIES["波斯语"].aliases
    assert {"Russian nationality", "Russians"} <= set(ENTRIES["俄罗斯族"].aliases)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("乌克兰人", "Ukrainian person"),
        ("德国人", "German person"),
        ("客家人", "Hakka people"),
        ("港人", "Hong Kong person"),
        ("中华民族", "Chinese people"),
        ("美国人民", "American people"),
        ("欧洲语言", "European language"),
        ("苏州话", "Suzhou dialect"),
        ("汉文", "Chinese written language"),
    ],
)
def test_a_person_a_nation_a_family_or_a_dialect_keeps_its_word(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


def test_check_passes_a_language_written_as_english_writes_it(tmp_path: Path) -> None:
    # The installed `zhgloss check` on a glossary the installed `zhgloss import` made of the lines above.
    db = imported_db(tmp_path, LINES)
    (tmp_path / "s.zh").write_text("他会说德语和俄语。\n", encoding="utf-8")
    (tmp_path / "t.en").write_text("He speaks German and Russian.\n", encoding="utf-8")
    done = subprocess.run(
        ["zhgloss", "check", str(tmp_path / "s.zh"), str(tmp_path / "t.en"), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr

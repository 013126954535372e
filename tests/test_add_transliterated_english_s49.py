"""A foreign person's name read as a Chinese one because it starts with a surname (the review's R48-20), and a title
hidden by the English's mismatch (肖尔茨 "Chancellor Olaf Scholz").

`zhgloss add 鲁比奥 --type person --en "Marco Rubio"` stored "Lǔ Bǐ'ào", a Chinese surname and given name: 鲁 is a
surname, so the romanizer reads the three characters of transliteration as a Chinese name, and `add` wrote that
reading whatever the English said. The English says otherwise: a given name and a family name that the Chinese
transliterates whole (`zhgloss.validate.transliterates_family_name`, harvest's `transliteration_cost`), which is no
Chinese person's English (`spells_person`: no pinyin, no adopted Western name with the surname, no other
romanization). Such a name is a transliteration, written as one word, as the README's rule writes 布林肯 Bùlínkěn:
Lǔbǐ'ào. The rule lives in `validate.english_says_transliterated`; `curate.fill_pinyin` writes by it, and so do
every path that forms a person's pinyin through it (`add`, a sheet's import, `edit --zh`, a retype), and validate
asks a stored pinyin of it (`pinyin-style`).

`add 肖尔茨 --en "Chancellor Olaf Scholz"` was refused for the English's mismatch ("does not spell the pinyin 'Xiāo
Ěrcí'; --adopted"), where 马克龙 "President Emmanuel Macron" is refused with the title (R48-11): the title is found only
where the words after it read as the name, and Scholz is beyond the transliteration cost (0.55 a letter, the limit
0.5). Where the English is to be refused or questioned for spelling no reading, a title before words of a full name's
shape is said first.

The names are real people's as English and Chinese news write them (Xinhua, the Foreign Ministry's transcripts);
none is a person CC-CEDICT lists (checked below), so the rules, not its readings, decide.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.curate import draft_entry, fill_pinyin
from zhgloss.pinyin import marks_to_numbers, name_readings, romanize
from zhgloss.validate import check_entry, english_says_transliterated

# (Chinese as news writes it, the person's English, the one-word pinyin add now writes)
TRANSLITERATED = [
    ("鲁比奥", "Marco Rubio", "Lǔbǐ'ào"),  # the review's R48-20 (US secretary of state)
    ("卢比奥", "Marco Rubio", "Lúbǐ'ào"),  # Xinhua's other writing of him
    ("哈里斯", "Kamala Harris", "Hālǐsī"),  # 哈 read hā, as transliterations read it (not the surname's hǎ)
    ("施密特", "Helmut Schmidt", "Shīmìtè"),
    ("沙利文", "Jake Sullivan", "Shālìwén"),
    ("华莱士", "Mike Wallace", "Huáláishì"),
    ("莫迪", "Narendra Modi", "Mòdí"),
    ("杜兰特", "Kevin Durant", "Dùlántè"),
    ("朔尔茨", "Olaf Scholz", "Shuò'ěrcí"),
    ("卢比奥", "Secretary of State Marco Rubio", "Lúbǐ'ào"),  # a title before the name is no matter to the reading
]

# Chinese names (and one Japanese) whose English is no pinyin: read as before, surname apart
CHINESE = [
    ("马云", "Jack Ma", "Mǎ Yún"),  # an adopted Western name with the surname
    ("王腾腾", "Tony Wang", "Wáng Téngténg"),
    ("黄仁勋", "Jensen Huang", "Huáng Rénxūn"),
    ("张伟", "Wang Wei", "Zhāng Wěi"),  # a slip, refused as before: no transliteration
    ("贺锦丽", "Kamala Harris", "Hè Jǐnlì"),  # Harris's Chinese name in Taiwan and Hong Kong: no transliteration
    ("阮富仲", "Nguyen Phu Trong", "Ruǎn Fùzhòng"),  # Vietnamese, its surname spelt as Vietnam writes it
    ("林郑月娥", "Carrie Lam", "Lín-Zhèng Yuè'é"),
    ("高市早苗", "Sanae Takaichi", "Gāoshì Zǎomiáo"),  # Japanese: its two readings, not a transliteration
]


def test_no_name_here_is_one_cc_cedict_lists() -> None:
    listed = name_readings()
    assert not [zh for zh, *_ in TRANSLITERATED + CHINESE if zh in listed.names or zh in listed.foreign]


@pytest.mark.parametrize(("zh", "en", "pinyin"), TRANSLITERATED)
def test_a_foreign_persons_english_makes_the_reading_one_word(zh: str, en: str, pinyin: str) -> None:
    assert romanize(zh).origin == "chinese"  # what the romanizer alone reads: a surname apart
    assert fill_pinyin(zh, "person", en) == pinyin


@pytest.mark.parametrize(("zh", "en", "pinyin"), CHINESE)
def test_a_chinese_persons_english_keeps_the_surname_apart(zh: str, en: str, pinyin: str) -> None:
    assert fill_pinyin(zh, "person", en) == pinyin
    assert not english_says_transliterated(zh, en, [pinyin])


@pytest.mark.parametrize(("zh", "en", "pinyin"), TRANSLITERATED[:6])
def test_the_entry_add_drafts_validates_clean(zh: str, en: str, pinyin: str) -> None:
    entry = draft_entry(zh, kind="person", en=en)
    assert entry.pinyin == pinyin
    assert [p for p in check_entry(entry) if p.field in ("pinyin", "en")] == []


@pytest.mark.parametrize(("zh", "en", "pinyin"), TRANSLITERATED[:4])
def test_a_stored_chinese_reading_is_questioned_with_the_one_word_one(zh: str, en: str, pinyin: str) -> None:
    chinese = romanize(zh).pinyin
    problems = check_entry(draft_entry(zh, kind="person", en=en, pinyin=chinese))
    assert [(p.field, p.code, p.severity) for p in problems if p.field in ("pinyin", "en")] == [
        ("pinyin", "pinyin-style", "warning")
    ]
    message = next(p.message for p in problems if p.code == "pinyin-style")
    assert f"a transliterated name is written as one word, {pinyin!r}" in message


def test_the_guess_warning_gives_the_transliterations_reading() -> None:
    # One English word is no given and family name: the guess warning stands, its one-word pinyin the same reading
    # add writes (哈 hā in transliterations; the surname's hǎ made it 'Hǎlǐsī').
    problems = check_entry(draft_entry("哈里斯", kind="person", en="Harris"))
    message = next(p.message for p in problems if p.code == "en-mismatch")
    assert "only by a guess" in message and "--pinyin 'Hālǐsī'" in message


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(name_readings().names)), st.sampled_from(["Jack", "Marco", "Helmut", "Kamala"]))
def test_a_listed_chinese_person_is_never_read_as_a_transliteration(zh: str, given_name: str) -> None:
    # Whatever English a user gives a person CC-CEDICT reads as Chinese, its reading keeps its words.
    reading = romanize(zh)
    for en in (reading.en, f"{given_name} {reading.en.split()[0]}", f"{given_name} {reading.en}"):
        assert not english_says_transliterated(zh, en, [reading.pinyin])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TRANSLITERATED + CHINESE), st.sampled_from(["", "President ", "Sen. "]))
def test_the_reading_is_one_of_the_two_and_keeps_the_syllables(case: tuple[str, str, str], title: str) -> None:
    # Either the romanizer's Chinese reading or the transliteration's, one word: never another cut or syllable.
    zh, en, _ = case
    written = fill_pinyin(zh, "person", title + en)
    assert written is not None
    read = romanize(zh)
    assert written in (read.pinyin, read.as_transliterated().pinyin)
    assert (" " not in written) == english_says_transliterated(zh, title + en, [read.pinyin])
    assert len(marks_to_numbers(written.replace("-", " ")).split()) == len(zh)


# The installed console script on a real glossary file.


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *argv], capture_output=True, text=True, stdin=subprocess.DEVNULL)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "names.json"
    subprocess.run(["zhgloss", "init", str(path), "--empty"], check=True, capture_output=True)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stored(db: Path) -> list[dict[str, object]]:
    return [doc for table in json.loads(db.read_text(encoding="utf-8")).values() for doc in table.values()]


def test_add_of_the_reviews_case_stores_the_one_word_reading(db: Path) -> None:
    done = _run("add", "鲁比奥", "--type", "person", "--en", "Marco Rubio", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    assert [(d["zh"], d["pinyin"], d["en"]) for d in _stored(db)] == [("鲁比奥", "Lǔbǐ'ào", "Marco Rubio")]
    assert _run("validate", "--db", str(db)).returncode == 0


def test_a_sheet_and_an_edit_read_it_as_add_does(db: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("zh,en,type\n哈里斯,Kamala Harris,person\n施密特,Helmut Schmidt,person\n", encoding="utf-8")
    done = _run("import", str(sheet), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert {d["zh"]: d["pinyin"] for d in _stored(db)} == {"哈里斯": "Hālǐsī", "施密特": "Shīmìtè"}
    entry_id = next(d["id"] for d in _stored(db) if d["zh"] == "哈里斯")
    done = _run("edit", str(entry_id), "--zh", "鲁比奥", "--en", "Marco Rubio", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert {d["zh"]: d["pinyin"] for d in _stored(db)} == {"鲁比奥": "Lǔbǐ'ào", "施密特": "Shīmìtè"}


@pytest.mark.parametrize(
    ("zh", "en", "title", "name"),
    [
        ("肖尔茨", "Chancellor Olaf Scholz", "Chancellor", "Olaf Scholz"),  # the brief's case: a Chinese reading
        ("朔尔茨", "Chancellor Olaf Scholz", "Chancellor", "Olaf Scholz"),  # read as Chinese only by a guess
        ("肖尔茨", "German Chancellor Olaf Scholz", "German Chancellor", "Olaf Scholz"),
        ("王小洪", "Minister Wang Xiaohng", "Minister", "Wang Xiaohng"),  # a slip after the title: the title first
    ],
)
def test_a_title_before_a_name_that_reads_as_none_is_said_first(
    db: Path, zh: str, en: str, title: str, name: str
) -> None:
    before = _digest(db)
    done = _run("add", zh, "--type", "person", "--en", en, "--db", str(db))
    assert done.returncode == 2, done.stderr
    assert f"error: en: {en!r} writes the title {title!r} before the name" in done.stderr
    assert f"write {name!r}, and keep the title as a role ({title!r})" in done.stderr
    assert "does not spell the pinyin" not in done.stderr and "Traceback" not in done.stderr
    assert _digest(db) == before


def test_without_the_title_the_english_is_judged_as_before(db: Path) -> None:
    # Scholz is beyond the transliteration cost: 肖尔茨 "Olaf Scholz" is refused as it was (said in the report).
    done = _run("add", "肖尔茨", "--type", "person", "--en", "Olaf Scholz", "--db", str(db))
    assert done.returncode == 2
    assert "'Olaf Scholz' does not spell the pinyin 'Xiāo Ěrcí'" in done.stderr

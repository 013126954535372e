"""A reading against a word of the given name is a slip to check, kept in the note and reported (R41-8, s42).

`add 王长江 --en "Wang Zhangjiang"` stored Wáng Zhǎngjiāng and said so on stderr only, the entry silent, so that a later
`check` calls the right "Wang Changjiang" misspelt without a word. 长 is cháng and zhǎng, but 长江 (the Yangtze) is a
word of the given name, and a word reads its characters one way. What tells a slip from a person's own other reading:
an English that spells another reading of a character inside a word of the given name (pypinyin's phrase dictionary)
is a slip to check; one that spells another reading of a character standing alone (郑栅洁 "Zheng Shanjie": 栅 zhà and
shān, R40-11) may be the person's own. CC-CEDICT bears it out: of its 1,865 Chinese persons, the 15 whose given name
holds such a word all read it as the word does, and the 30 read otherwise than the rule read a character alone.

A slip is stored as spelt (never refused, as the forty-first session decided), its question kept in the note, and
validate warns (`pinyin-word`) while the pinyin reads so, whatever way the entry came in; an edit that writes the
word's reading drops the question from the note.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.pinyin import name_readings, readings_against_words, romanize, write_word


def test_a_character_read_against_its_word_is_found() -> None:
    (slip,) = readings_against_words("王长江", "Wáng Zhǎngjiāng")
    assert (slip.char, slip.position, slip.word, slip.syllable, slip.word_syllable) == (
        "长",
        1,
        "长江",
        "zhang3",
        "chang2",
    )
    assert (slip.word_pinyin, slip.word_en) == ("Wáng Chángjiāng", "Wang Changjiang")


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("王长江", "Wáng Chángjiāng"),  # the word's reading
        ("郑栅洁", "Zhèng Shānjié"),  # 栅 stands alone: shān may be the person's own (R40-11)
        ("郑栅洁", "Zhèng Zhàjié"),
        ("康有为", "Kāng Yǒuwèi"),  # a tone alone is no other reading
        ("陈长廷", "Chén Zhǎngtíng"),  # 长 alone: cháng and zhǎng both names' readings
        ("李朝阳", "Lǐ Cháoyáng"),  # 朝阳 is zhāoyáng as a word, but names read 朝 cháo, and CC-CEDICT's district too
        ("王成长", "Wáng Chéngcháng"),  # 成长 reads zhǎng, but names read 长 cháng (CC-CEDICT's given names)
        ("史蒂夫乔布斯", "Shǐdìfū Qiáobùsī"),  # no Chinese name
    ],
)
def test_other_readings_are_no_slips(zh: str, pinyin: str) -> None:
    assert readings_against_words(zh, pinyin) == []


def test_no_cedict_person_is_flagged() -> None:
    """Each of CC-CEDICT's Chinese persons, read as CC-CEDICT reads them, is no slip (1,865 names)."""
    flagged = [
        zh
        for zh, (syllables, size) in name_readings().names.items()
        if readings_against_words(zh, f"{write_word(syllables[:size])} {write_word(syllables[size:])}")
    ]
    assert flagged == []


_SURNAMES = st.sampled_from(["王", "李", "张", "刘", "陈", "欧阳", "司马"])
_WORDS = st.sampled_from([("长江", 0), ("长城", 0), ("长春", 0), ("延长", 1)])


@given(surname=_SURNAMES, word=_WORDS)
def test_the_word_reading_is_right_and_another_is_a_slip(surname: str, word: tuple[str, int]) -> None:
    given_name, at = word
    zh = surname + given_name
    right = romanize(zh)
    assert readings_against_words(zh, right.pinyin) == []
    position = len(surname) + at
    other = "zhang3" if right.words[1][at] == "chang2" else "chang2"
    slipped = right.with_reading(position, other)
    (slip,) = readings_against_words(zh, slipped.pinyin)
    assert (slip.position, slip.word, slip.syllable, slip.word_pinyin) == (position, given_name, other, right.pinyin)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", str(path), "--empty"], check=True, capture_output=True)
    return path


def _stored(db: Path, zh: str) -> dict[str, object]:
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"]
    return next(e for e in entries.values() if e["zh"] == zh)


def _codes(db: Path) -> list[tuple[str, str]]:
    checked = _run("validate", "--db", str(db), "--json")
    assert checked.returncode == 0, checked.stderr  # a warning: exit 0 unless --strict
    return [(p["code"], p["severity"]) for p in json.loads(checked.stdout)["problems"]]


def _assert_clean(db: Path) -> None:
    checked = _run("validate", "--db", str(db))
    assert (checked.returncode, checked.stdout) == (0, ""), checked.stdout
    assert "0 errors, 0 warnings" in checked.stderr


def test_add_keeps_the_slip_in_the_note_and_validate_reports_it(db: Path) -> None:
    done = _run(
        "add", "王长江", "--en", "Wang Zhangjiang", "--type", "person", "--note", "Party School", "--db", str(db)
    )
    assert done.returncode == 0, done.stderr
    entry = _stored(db, "王长江")
    assert entry["pinyin"] == "Wáng Zhǎngjiāng"
    assert entry["note"] == (
        "Party School. Reading: 长 read zhǎng, as 'Wang Zhangjiang' spells it; the word 长江 of the given name "
        "reads it cháng (Wáng Chángjiāng): check it is no slip for 'Wang Changjiang'."
    )
    assert _codes(db) == [("pinyin-word", "warning")]
    assert _run("validate", "--db", str(db), "--strict").returncode == 1


def test_the_person_s_own_reading_of_a_lone_character_is_not_noted(db: Path) -> None:
    done = _run("add", "郑栅洁", "--en", "Zheng Shanjie", "--type", "person", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert _stored(db, "郑栅洁")["note"] is None
    assert "check it is the person's own" in done.stderr
    _assert_clean(db)


def test_the_word_s_reading_needs_no_word(db: Path) -> None:
    done = _run("add", "王长江", "--en", "Wang Changjiang", "--type", "person", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert _stored(db, "王长江")["note"] is None
    _assert_clean(db)


def test_a_pinyin_given_by_hand_is_reported_too(db: Path) -> None:
    args = ("add", "李长春", "--en", "Li Zhangchun", "--pinyin", "Lǐ Zhǎngchūn", "--type", "person", "--db", str(db))
    assert _run(*args).returncode == 0
    assert _codes(db) == [("pinyin-word", "warning")]


def test_an_edit_to_the_word_s_reading_answers_the_question(db: Path) -> None:
    _run("add", "王长江", "--en", "Wang Zhangjiang", "--type", "person", "--db", str(db))
    entry_id = str(_stored(db, "王长江")["id"])
    assert "check it is no slip for 'Wang Changjiang'" in str(_stored(db, "王长江")["note"])
    done = _run("edit", entry_id, "--pinyin", "Wáng Chángjiāng", "--en", "Wang Changjiang", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert _stored(db, "王长江")["note"] is None
    _assert_clean(db)


def test_adopted_says_the_reading_is_the_person_s_own_and_ends_the_warning(db: Path) -> None:
    """The review's R42-9: "if it is the person's own reading, keep it" left the warning on every validate, with no
    way to say it was checked. --adopted (the English, and the reading it spells, is the person's own) ends it and
    answers the note's question; the warning names it."""
    _run("add", "周长城", "--en", "Zhou Zhangcheng", "--type", "person", "--db", str(db))
    entry_id = str(_stored(db, "周长城")["id"])
    checked = _run("validate", "--db", str(db), "--json")
    (problem,) = json.loads(checked.stdout)["problems"]
    assert problem["message"].endswith(f"edit {entry_id} --adopted)") and "say so with --adopted" in problem["message"]
    assert "check it is no slip" in str(_stored(db, "周长城")["note"])
    done = _run("edit", entry_id, "--adopted", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert _stored(db, "周长城")["note"] is None
    assert _stored(db, "周长城")["pinyin"] == "Zhōu Zhǎngchéng"
    _assert_clean(db)

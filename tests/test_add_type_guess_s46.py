"""`add` with no --type, run by a script, does not make a person of a company without a word (the review's R46-4).

`zhgloss --db fresh.json add 中芯国际` (no terminal, no --type) stored the person "Zhong Xinguoji", 京东方 "Jing
Dongfang", 蔚来 "Yu Lai", each exit 0 and silent; 宁德时代 was refused as "a transliterated or Japanese name". Now a
form read as a Chinese name that starts with no surname of any list is refused with the type to give (exit 2, the
glossary untouched), a name whose surname is rare or whose reading is not Chinese is refused (no English to make)
or added with the guess said, and a name with a common surname is added as before. The installed console script on
a real glossary file, with stdin not a terminal.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.convert import name_to_simplified
from zhgloss.curate import person_guess, untyped_word
from zhgloss.pinyin import find_surname, name_readings


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.json"
    done = subprocess.run([zhgloss_exe(), "init", "--empty", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return path


def add(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe(), "--db", str(db), "add", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("zh", "first"), [("中芯国际", "中"), ("京东方", "京"), ("美团优选", "美"), ("阿信", "阿")])
def test_a_form_starting_with_no_surname_is_refused_with_the_type_to_give(db: Path, zh: str, first: str) -> None:
    before = digest(db)
    done = add(db, zh)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"{zh} starts with no surname ({first} is in no surname list zhgloss has)" in done.stderr
    assert "--type" in done.stderr
    assert digest(db) == before
    # Said the type, it is added: the user knows (a nickname is someone's name).
    kind = ["--type", "person", "--en", "Ashin"] if zh == "阿信" else ["--type", "org", "--en", "Some Company"]
    done = add(db, zh, *kind)
    assert done.returncode == 0, done.stderr
    assert "typed person, a guess" not in done.stderr


@pytest.mark.parametrize("zh", ["宁德时代", "海康威视"])
def test_a_name_read_as_no_chinese_one_is_refused_without_calling_it_a_transliteration(db: Path, zh: str) -> None:
    before = digest(db)
    done = add(db, zh)
    assert done.returncode == 2
    line = done.stderr.strip()
    assert line.startswith(f"Error: {zh}: give its type with --type (org, product, place ...)")
    assert f"{zh} is a transliterated" not in line
    assert digest(db) == before


@pytest.mark.parametrize(
    ("zh", "entry_id", "why"),
    [
        ("蔚来", "yu-lai", "蔚 is a rare surname, not one of the common ones"),
        ("万达", "wan-da", "its characters are all ones of transliteration"),
        (
            "华夏幸福",
            "hua-xia-xingfu",
            "two surnames and a given name is a married name's shape (林郑月娥), and a company's as often (平安保险)",
        ),
    ],
)
def test_a_person_only_by_guess_is_added_with_the_guess_said(db: Path, zh: str, entry_id: str, why: str) -> None:
    done = add(db, zh)
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.splitlines() if line.startswith("note:")]
    assert notes == [
        f"note: '{entry_id}' typed person, a guess (no --type given; {why}): if it is no one's name, "
        f"zhgloss --db {db} edit {entry_id} --type org --en ENGLISH (or product, place ...)"
    ]
    # The type given: no guess to say.
    other = db.with_name("other.json")
    subprocess.run([zhgloss_exe(), "init", "--empty", str(other)], check=True, capture_output=True)
    done = add(other, zh, "--type", "org", "--en", {"蔚来": "NIO", "万达": "Wanda"}.get(zh, "China Fortune Land"))
    assert done.returncode == 0, done.stderr
    assert "typed person, a guess" not in done.stderr


@pytest.mark.parametrize(
    ("zh", "entry_id"), [("张一鸣", "zhang-yiming"), ("雷军", "lei-jun"), ("欧阳娜娜", "ouyang-nana")]
)
def test_a_name_with_a_common_surname_is_added_as_before(db: Path, zh: str, entry_id: str) -> None:
    done = add(db, zh)
    assert done.returncode == 0, done.stderr
    assert f"added '{entry_id}'" in done.stderr
    assert "typed person, a guess" not in done.stderr


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@settings(max_examples=300, deadline=None)
@given(st.text(CJK, min_size=2, max_size=4))
def test_no_form_is_silently_a_person_unless_it_starts_with_a_common_surname(zh: str) -> None:
    # add's default type is refused (`untyped_word`), said to be a guess (`person_guess`), or the name starts with a
    # common surname or is a person CC-CEDICT lists: never a silent person of a form no surname starts.
    if untyped_word(zh) is not None or person_guess(zh) is not None:
        return
    surname = find_surname(zh) or find_surname(name_to_simplified(zh))  # 乗一: the surname 乘 Chéng
    names = name_readings().names
    assert (surname is not None and (surname.common or len(surname.zh) > 1)) or zh in names
    assert (
        len(name_to_simplified(zh)) != 4
        or zh in names
        or name_to_simplified(zh) in names
        or (surname is not None and len(surname.zh) > 1)
    )

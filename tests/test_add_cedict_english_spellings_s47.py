"""`add` finds CC-CEDICT's English of a person typed in any spelling of the name it stores (the review's R47-5).

R46-10's refusal (`add 李光耀` without --en: CC-CEDICT writes "Lee Kuan Yew", not the pinyin) looked the person up by
the form as typed. A traditional spelling other than CC-CEDICT's column (鍾楚紅, where CC-CEDICT writes 鐘楚紅; Hong
Kong's 汪精衞), or one mixing the scripts as an input method does (周潤发, 張国榮), was stored under the listed
simplified form (钟楚红) with the pinyin English "Zhong Chuhong", exit 0, without a word. Now the person is looked up
by the simplified form add stores too: of the 1,713 people of data/cedict_person_english.tsv, 1,105 other spellings
(OpenCC s2hk, s2tw, s2t of the simplified form, and every mix of the two columns' characters) were missed and 1,103
are found (徐继畬 and 无著 are not: their simplified forms are not CC-CEDICT's). The installed console script on a real
glossary file, stdin not a terminal.
"""

from __future__ import annotations

import hashlib
import itertools
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.convert import name_to_simplified, to_simplified
from zhgloss.curate import cedict_english

TABLE = Path(__file__).resolve().parent.parent / "src" / "zhgloss" / "data" / "cedict_person_english.tsv"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.json"
    subprocess.run([zhgloss_exe(), "init", "--empty", str(path)], check=True, capture_output=True)
    return path


def add(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe(), "--db", str(db), "add", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize(
    ("typed", "listed", "en", "flag"),
    [
        ("鍾楚紅", "钟楚红", "Cherie Chung", " --adopted"),
        ("汪精衞", "汪精卫", "Wang Ching-wei", ""),
        ("周潤发", "周润发", "Chow Yun-fat", ""),
        ("張国榮", "张国荣", "Leslie Cheung", " --adopted"),
    ],
)
def test_a_person_typed_in_another_spelling_is_refused_with_cedict_s_english(
    db: Path, typed: str, listed: str, en: str, flag: str
) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = add(db, typed)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"CC-CEDICT writes {listed} {en!r}" in done.stderr
    assert f"add '{typed}' --type person --en '{en}'{flag})" in done.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    # The command it gives stores the person under the simplified form, with that English.
    args = ["--type", "person", "--en", en, *flag.split()]
    done = add(db, typed, *args)
    assert done.returncode == 0, done.stderr
    assert f"{listed} {en}" in done.stdout


def test_a_name_cedict_does_not_list_is_still_added_from_its_pinyin(db: Path) -> None:
    done = add(db, "張偉")
    assert done.returncode == 0, done.stderr
    assert "张伟 Zhang Wei" in done.stdout


def _people() -> list[tuple[str, str, str]]:
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line[:1] not in ("#", "")]
    return [(zh, hant, en) for zh, hant, en in rows if hant and hant != zh and len(hant) == len(zh)]


@settings(max_examples=80, deadline=None)
@given(person=st.sampled_from(_people()), data=st.data())
def test_every_mix_of_the_two_scripts_finds_the_person_s_english(
    person: tuple[str, str, str], data: st.DataObject
) -> None:
    zh, hant, en = person
    mask = data.draw(st.lists(st.booleans(), min_size=len(zh), max_size=len(zh)))
    typed = "".join(h if m else s for s, h, m in zip(zh, hant, mask, strict=True))
    # Every spelling whose simplified form (as add stores it, or as OpenCC writes it) is the listed one: not 徐继畬,
    # whose 畬 names keep, where CC-CEDICT's simplified column writes 徐继畲.
    if zh in (name_to_simplified(typed), to_simplified(typed)):
        assert cedict_english(typed) == en


def test_the_table_s_own_columns_still_answer() -> None:
    people = _people()
    assert people
    for zh, hant, en in itertools.islice(people, 0, None, 50):
        assert cedict_english(zh) == en
        assert cedict_english(hant) == en

"""`add` with no --type does not make a person of a form no Chinese personal name has (the review's R47-18).

A script's `add 台湾大哥大 --en "Taiwan Mobile"` (no --type, no terminal) stored the person "Tái Wāndàgēdà", exit 0
with a warning; so did 黄河水利委员会, 江南造船厂, 周大福珠宝, 李宁体育用品, and without --en too ("Tai Wandageda", with
the s46 note "typed person, a guess"). A Chinese personal name is a surname of one or two characters and a given name of
one or two (three at most): a form of five characters or more read as a surname and a given name, no person CC-CEDICT
lists, is now refused with the type to give (exit 2, the glossary untouched), as R46-4's gate (`curate.untyped_word`)
refuses a form with no surname. Counted over CC-CEDICT's forms of five characters or more: 707 more are refused (56
untyped names, 651 terms; 青铜器时代, 麦当劳叔叔, 全资附属公司), no person of it (its 10 read as Chinese are listed).
And a name that is a person's only by a guess (蔚来: a rare surname; 平安保险: two surnames) given an English that
spells no reading of it as a person's ("NIO", "Ping An Insurance") is refused for its type too (`untyped_english`).
The installed console script on real glossary files, stdin not a terminal.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.curate import untyped_word


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


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("台湾大哥大", "Taiwan Mobile"),
        ("黄河水利委员会", "Yellow River Conservancy Commission"),
        ("江南造船厂", "Jiangnan Shipyard"),
        ("周大福珠宝", "Chow Tai Fook Jewellery"),
        ("李宁体育用品", "Li Ning Sporting Goods"),
    ],
)
def test_a_form_of_five_characters_or_more_is_refused_with_the_type_to_give(db: Path, zh: str, en: str) -> None:
    before = digest(db)
    for args in ([zh], [zh, "--en", en]):
        done = add(db, *args)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert f"Error: {zh} is {len(zh)} characters read as a surname and a given name" in done.stderr
        assert "give its type with --type" in done.stderr
        assert digest(db) == before
    done = add(db, zh, "--type", "org", "--en", en)
    assert done.returncode == 0, done.stderr


def test_a_long_name_of_a_person_is_added_with_its_type(db: Path) -> None:
    # A Mongolian name written without its separator: the user says it is a person's.
    assert add(db, "乌云其木格").returncode == 2
    done = add(db, "乌云其木格", "--type", "person", "--en", "Uyunqimg")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("zh", "en", "guess"),
    [
        ("蔚来", "NIO", "蔚 is a rare surname"),
        ("平安保险", "Ping An Insurance", "two surnames and a given name"),
    ],
)
def test_a_guessed_person_whose_english_spells_no_reading_of_it_is_refused(
    db: Path, zh: str, en: str, guess: str
) -> None:
    before = digest(db)
    done = add(db, zh, "--en", en)
    assert done.returncode == 2, done.stderr
    assert f"Error: {en!r} spells no reading of {zh} as a person's name, which it is only by a guess ({guess}" in (
        done.stderr
    )
    assert "give its type with --type" in done.stderr
    assert digest(db) == before


@pytest.mark.parametrize(
    ("zh", "en"),
    [("雷军", "Lei Jun"), ("布林肯", "Blinken"), ("欧阳娜娜", "Ouyang Nana"), ("张一鸣", "Zhang Yiming")],
)
def test_names_that_read_as_persons_are_added_as_before(db: Path, zh: str, en: str) -> None:
    done = add(db, zh, "--en", en)
    assert done.returncode == 0, done.stderr


_SURNAMES = "王李张刘陈杨黄赵周吴"
_GIVEN = "国家电网大哥水利委员会造船厂珠宝体育用品"


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from(_SURNAMES), rest=st.text(alphabet=_GIVEN, min_size=4, max_size=6))
def test_no_form_of_five_characters_or_more_passes_the_gate_as_a_person(surname: str, rest: str) -> None:
    from zhgloss.people import cedict_persons

    zh = surname + rest
    if zh not in cedict_persons():
        assert untyped_word(zh) is not None

"""`add` says the English it makes is a guess for a surname CC-CEDICT's people bear more as Koreans or Vietnamese.

`zhgloss add 阮富仲` (no --en) stored "Ruan Fuzhong", exit 0 and silent; Nguyen Phu Trong writes his name otherwise.
Nothing in most Korean and Vietnamese names' characters tells them from Chinese ones (李在明, 尹锡悦 are read as Chinese
names and stay so), but some surnames are borne by more Korean or Vietnamese people than Chinese among CC-CEDICT's
persons (data/foreign_surnames.tsv, scripts/build_foreign_surnames.py: 朴 3 of 3, 金 10 of 14 Korean; 阮, 黎 2 of 3
Vietnamese). A name read as Chinese with one of them is added as before, the English said to be a guess with the edit
that writes it. Measured: of 30 Korean and Vietnamese public figures CC-CEDICT (2020) lacks, 8 are told; of CC-CEDICT's
2,362 persons not Korean or Vietnamese, the surnames alone would tell 4 (金庸, 金天翮, 金刚狼, 阮崇武), and none is,
as CC-CEDICT lists them (data/cedict_persons.txt). The installed console script on real glossary files.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from build_scripts import load_build_script
from hypothesis import given, settings
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.curate import foreign_surname_guess

TABLE = Path(__file__).resolve().parent.parent / "src" / "zhgloss" / "data" / "foreign_surnames.tsv"


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
    ("zh", "entry_id", "en", "said"),
    [
        ("阮富仲", "ruan-fuzhong", "Ruan Fuzhong", "2 of the 3 surnamed 阮 are Vietnamese (阮安, 阮晋勇)"),
        ("金与正", "jin-yuzheng", "Jin Yuzheng", "10 of the 14 surnamed 金 are Korean"),
        ("朴赞郁", "piao-zanyu", "Piao Zanyu", "3 of the 3 surnamed 朴 are Korean (朴智星, 朴槿惠, 朴正熙)"),
    ],
)
def test_the_english_made_for_such_a_surname_is_said_to_be_a_guess(
    db: Path, zh: str, entry_id: str, en: str, said: str
) -> None:
    done = add(db, zh)
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.splitlines() if "is the Chinese reading, a guess" in line]
    assert len(notes) == 1, done.stderr
    assert notes[0].startswith(f"note: '{entry_id}': the English '{en}' is the Chinese reading, a guess (among ")
    assert said in notes[0]
    assert notes[0].endswith(f"write it: zhgloss --db {db} edit {entry_id} --en ENGLISH)")


@pytest.mark.parametrize(
    "args",
    [
        ["张伟"],  # another surname
        ["李在明"],  # a Korean name nothing tells: read as Chinese, as before (a limit, said in the report)
        ["金庸"],  # a person CC-CEDICT lists: its English is the pinyin
        ["阮富仲", "--en", "Nguyen Phu Trong"],  # the English given
    ],
)
def test_no_guess_is_said_where_the_surname_says_nothing_or_the_english_is_known(db: Path, args: list[str]) -> None:
    done = add(db, *args)
    assert done.returncode == 0, done.stderr
    assert "a guess" not in done.stderr


def test_the_build_lists_a_surname_only_where_korean_or_vietnamese_bearers_are_two_and_not_fewer() -> None:
    build = load_build_script("build_foreign_surnames")
    people = [
        ("朴槿惠", "South Korean politician"),
        ("朴正熙", "Korean general"),
        ("阮晋勇", "Vietnamese prime minister"),
        ("阮崇武", "PRC politician"),
        ("黎笋", "Vietnamese communist"),
        ("黎明", "Hong Kong singer"),
        ("黎元洪", "president of the Republic of China"),
        ("李明博", "South Korean president"),
    ]
    rows = build.listed(build.count(people))
    assert rows == ["朴\t2\t0\t0\t朴槿惠,朴正熙\n"]


def test_the_table_holds_what_its_header_says() -> None:
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    assert rows[0] == ["surname", "korean", "vietnamese", "chinese", "examples"]
    assert {row[0] for row in rows[1:]} == {"朴", "金", "阮", "黎"}
    for _, korean, vietnamese, chinese, _ in rows[1:]:
        foreign = int(korean) + int(vietnamese)
        assert foreign >= 2 and foreign >= int(chinese)


_GIVEN = "明正华东春仲志国伟文"


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from("朴金阮黎张王陈刘"), given_name=st.text(alphabet=_GIVEN, min_size=1, max_size=2))
def test_a_guess_is_said_exactly_for_the_listed_surnames(surname: str, given_name: str) -> None:
    from zhgloss.people import cedict_persons

    zh = surname + given_name
    listed = surname in "朴金阮黎" and zh not in cedict_persons()
    assert (foreign_surname_guess(zh) is not None) == listed

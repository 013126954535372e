"""`add` of another person of a stored Chinese name: a namesake (U38-3 and its addendum).

One Chinese form names one entry (`Glossary.add` refuses a second 王勇), and README's Known limits say to keep the
other "in the note of the one you keep". `add` said only "use 'zhgloss edit wang-yong' to change it", which, followed
with the second man's --role, gave the State Councilor a Guangdong post; the bracketed form 王勇（广东） sent the user
back to the name alone. Now the refusal names the namesake case (first, when the --role/--note/--en given are not the
stored entry's), and `add --namesake` writes the other person into the stored entry's note, its roles untouched.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import namesake_clash, namesake_note, parse_role
from zhgloss.errors import UsageError
from zhgloss.model import Entry


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    # The user's team.json: 王勇, State Councilor 2013-03..2023-03 (Wang Yong, State Council; gov.cn).
    path = tmp_path / "team.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    added = _run(
        path, "add", "王勇", "--type", "person", "--role", "State Councilor@State Council:2013-03..2023-03", "-y"
    )
    assert added.returncode == 0, added.stderr
    return path


SECOND = ("--en", "Wang Yong", "--role", "Vice Governor@Guangdong:2021..", "--note", "Guangdong vice governor")


def test_a_second_wang_yong_is_refused_naming_the_namesake_way_first(db: Path) -> None:
    before = db.read_bytes()
    done = _run(db, "add", "王勇", "--type", "person", *SECOND, "-y")
    assert done.returncode == 2
    line = done.stderr.strip()
    assert line.count("\n") == 0
    assert "the --role/--note given are not its" in line
    assert line.index("--namesake") < line.index("edit wang-yong")
    assert db.read_bytes() == before


def test_the_name_alone_after_the_bracket_note_says_the_namesake_way_too(db: Path) -> None:
    # The addendum's circle: 王勇（广东） -> "give the name alone (王勇)" -> "already in the glossary ... edit".
    bracketed = _run(db, "add", "王勇（广东）", "--type", "person", "--en", "Wang Yong", "-y")
    assert bracketed.returncode == 2 and "give the name alone (王勇)" in bracketed.stderr
    alone = _run(db, "add", "王勇", "--type", "person", "--en", "Wang Yong", "-y")
    assert alone.returncode == 2
    assert "a namesake" in alone.stderr and "--namesake" in alone.stderr


def test_namesake_is_written_into_the_stored_note_not_its_roles(db: Path) -> None:
    done = _run(db, "add", "王勇", "--type", "person", *SECOND, "--namesake", "-y", "--json")
    assert done.returncode == 0, done.stderr
    stored = json.loads(done.stdout)
    assert stored["id"] == "wang-yong"
    assert [r["title"] for r in stored["roles"]] == ["State Councilor"]
    assert stored["note"] == (
        "Namesake (another person, not this entry): 王勇 Wang Yong, Vice Governor, Guangdong (since 2021): "
        "Guangdong vice governor."
    )
    assert len(json.loads(db.read_text(encoding="utf-8"))["entries"]) == 1
    assert _run(db, "validate").returncode == 0
    again = _run(db, "add", "王勇", "--type", "person", *SECOND, "--namesake", "-y")
    assert again.returncode == 2 and "already names this namesake" in again.stderr


def test_namesake_of_no_stored_name_is_refused(db: Path) -> None:
    before = db.read_bytes()
    done = _run(db, "add", "王永", "--type", "person", "--namesake", "-y")
    assert done.returncode == 2
    assert "no entry has '王永' yet" in done.stderr
    assert db.read_bytes() == before


def test_other_characters_of_one_pinyin_are_still_two_entries(db: Path) -> None:
    # 王永 beside 王勇 (both "Wang Yong"): two entries, as before; no namesake note.
    done = _run(db, "add", "王永", "--type", "person", "-y", "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["id"] == "wang-yong-2"


STORED = Entry(
    id="wang-yong",
    zh="王勇",
    en="Wang Yong",
    pinyin="Wáng Yǒng",
    type="person",
    roles=(parse_role("State Councilor@State Council:2013-03..2023-03"),),
)


def test_clash_names_only_what_the_stored_entry_lacks() -> None:
    own = parse_role("State Councilor@State Council:2013-03..2023-03")
    assert namesake_clash(STORED, en="Wang Yong", roles=[own], note=None) == []
    assert namesake_clash(STORED, en=None, roles=[], note=None) == []
    assert namesake_clash(STORED, en="Wang Yong", roles=[parse_role("Vice Governor@Guangdong:2021..")], note=None) == [
        "--role"
    ]
    assert namesake_clash(STORED, en="Wong Yung", roles=[], note="Guangdong") == ["--note", "--en"]


@given(
    st.one_of(st.none(), st.text(alphabet="abc. 王", max_size=20)),
    st.one_of(st.none(), st.text(alphabet="xyz. ", max_size=20)),
)
def test_the_stored_note_is_kept_and_the_namesake_added_once(stored_note: str | None, note: str | None) -> None:
    stored = STORED.replace(note=stored_note.strip() or None if stored_note else None)
    written = namesake_note(stored, roles=[parse_role("Vice Governor@Guangdong:2021..")], note=note)
    assert written.startswith(stored.note or "Namesake")
    assert "王勇 Wang Yong, Vice Governor, Guangdong (since 2021)" in written
    assert written.count("Namesake (another person, not this entry)") == 1 + (stored.note or "").count(
        "Namesake (another person, not this entry)"
    )
    with pytest.raises(UsageError):
        namesake_note(stored.replace(note=written), roles=[parse_role("Vice Governor@Guangdong:2021..")], note=note)

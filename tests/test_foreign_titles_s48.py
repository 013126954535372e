"""A title before a foreign person's English is no part of the name, as before a Chinese one's (the review's R48-11).

`add` refused "Premier Li Qiang" for 李强 and a sheet import moved the title to the roles, but "President Emmanuel
Macron" for 马克龙 was stored whole (id president-emmanuel-macron), and annotate then wrote 马克龙（French President
Emmanuel Macron）. validate's `title_before_name` asked the words after the title to spell the Chinese name's pinyin
or an adopted name; a transliterated name's English spells neither. The words after a title are now also a foreign
person's full name where the Chinese transliterates its family name (with its particles: 冯德莱恩 "von der Leyen") or
reads as a Japanese name's two readings. Through the installed console script, on glossaries made as users make them.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.validate import title_before_name

PEOPLE = {
    "马克龙": "Emmanuel Macron",
    "默茨": "Friedrich Merz",
    "冯德莱恩": "Ursula von der Leyen",
    "鲍威尔": "Jerome Powell",
    "古特雷斯": "António Guterres",
    "高市早苗": "Sanae Takaichi",
}


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    return path


@pytest.mark.parametrize(
    ("zh", "en", "title"),
    [
        ("马克龙", "President Emmanuel Macron", "President"),  # the review's
        ("默茨", "Chancellor Friedrich Merz", "Chancellor"),
        ("高市早苗", "Prime Minister Sanae Takaichi", "Prime Minister"),
        ("古特雷斯", "Secretary-General António Guterres", "Secretary-General"),
        ("冯德莱恩", "President Ursula von der Leyen", "President"),
        ("鲍威尔", "Fed Chair Jerome Powell", "Fed Chair"),
    ],
)
def test_add_refuses_a_title_before_a_foreign_name(db: Path, zh: str, en: str, title: str) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = _zhgloss(db, "add", zh, "--type", "person", "--en", en)
    assert done.returncode != 0, done.stdout
    assert f"writes the title {title!r} before the name" in done.stderr
    assert f"--en {PEOPLE[zh]!r}" in done.stderr or f"--en '{PEOPLE[zh]}'" in done.stderr
    assert "Traceback" not in done.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_the_name_alone_is_added(db: Path) -> None:
    done = _zhgloss(db, "add", "马克龙", "--type", "person", "--en", "Emmanuel Macron")
    assert done.returncode == 0, done.stderr


def test_a_sheet_moves_a_foreign_persons_title_to_the_roles(db: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "titled.csv"
    sheet.write_text(
        "zh,en\n马克龙,French President Emmanuel Macron\n默茨,Chancellor Friedrich Merz\n李强,Premier Li Qiang\n",
        encoding="utf-8",
    )
    done = _zhgloss(db, "import", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "'French President Emmanuel Macron' read as 'Emmanuel Macron'" in done.stderr
    card = _zhgloss(db, "lookup", "马克龙").stdout
    assert card.startswith("马克龙 Emmanuel Macron")
    assert "French President" in card
    annotated = subprocess.run(
        ["zhgloss", "--db", str(db), "annotate", "-"], input="马克龙访华。\n", capture_output=True, text=True
    )
    assert annotated.stdout == "马克龙（Emmanuel Macron）访华。\n"
    assert _zhgloss(db, "validate").returncode == 0


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("伊丽莎白二世", "Queen Elizabeth II"),  # a ruler's number is no family name
        ("威廉王子", "Prince William"),  # one word after the title
        ("马克龙", "President Donald Trump"),  # the name is someone else's
    ],
)
def test_no_title_is_read_where_the_words_after_it_are_not_the_person(zh: str, en: str) -> None:
    assert title_before_name(zh, en, []) is None


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(sorted(PEOPLE)),
    st.sampled_from(["President", "Chancellor", "Prime Minister", "Secretary-General", "Governor", "Minister"]),
)
def test_any_title_before_a_foreign_full_name_is_read(zh: str, title: str) -> None:
    """Property: a title word before the full name of a person the Chinese transliterates is read as a title, and
    the name after it is the person's English unchanged."""
    assert title_before_name(zh, f"{title} {PEOPLE[zh]}", []) == (title, PEOPLE[zh])

"""A title before a family name alone is the role, never the English (s48, the review's R48-8).

English copy names a foreign official by title and family name: "President Macron (马克龙)", "Treasury Secretary
Bessent (贝森特)". harvest split a title off only before a name of two words or more (so that "General Motors" stays
whole), kept the title as the English and `--add` stored 马克龙 "President Macron"; "Secretary of State Rubio" was
cut inside the title ("State Rubio"). Now a title (its last title word, an "of X" after it) before one word that the
whole Chinese transliterates is the role, the family name the English with the note "only the family name is given"
(`_is_family_name_after_title`); a Chinese or Japanese surname alone after a title is no entry's English, as after
"Mr." ("Premier Li (李强)", "Chairman Mao (毛泽东)"); and a family name that ends the stored person's English is that
person, known, not a conflict advising the alias "Bessent".
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest
from zhgloss.model import Entry

FAMILY = [
    # The review's, in its order.
    ("Treasury Secretary Bessent (贝森特) said tariffs would stay.", "贝森特", "Bessent", "Treasury Secretary"),
    ("Chancellor Merz (默茨) said Europe must act.", "默茨", "Merz", "Chancellor"),
    ("President Macron (马克龙) arrived in Beijing.", "马克龙", "Macron", "President"),
    ("Secretary of State Rubio (鲁比奥) met Wang Yi.", "鲁比奥", "Rubio", "Secretary of State"),
    ("Commerce Secretary Lutnick (卢特尼克) said.", "卢特尼克", "Lutnick", "Commerce Secretary"),
    ("Fed Chair Powell (鲍威尔) said.", "鲍威尔", "Powell", "Fed Chair"),
    ("Senator Warren (沃伦) said.", "沃伦", "Warren", "Senator"),
]
SURNAME_ALONE = [
    "Chairman Mao (毛泽东) said.",
    "Premier Li (李强) said.",
    "Governor Pan (潘功胜) said.",
    "Chief Executive Lee (李家超) said.",
]
AS_BEFORE = [
    ("Secretary of State Marco Rubio (鲁比奥) met Wang Yi.", "鲁比奥", "Marco Rubio", "Secretary of State"),
    ("Chief Executive John Lee (李家超) said.", "李家超", "John Lee", "Chief Executive"),
    ("French President Emmanuel Macron (马克龙) arrived.", "马克龙", "Emmanuel Macron", "French President"),
    ("Minister of Commerce Wang Wentao (王文涛) said.", "王文涛", "Wang Wentao", "Minister of Commerce"),
]


def _people(line: str, glossary: list[Entry] | None = None) -> list[tuple[str, str, list[str]]]:
    found = harvest(line, glossary or [])
    return [(p.zh or "", p.en, [r.title for r in p.entry.roles]) for p in found if p.kind == "name"]


@pytest.mark.parametrize(("line", "zh", "en", "role"), FAMILY)
def test_the_title_is_the_role_and_the_family_name_the_english(line: str, zh: str, en: str, role: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "person")
    assert [r.title for r in found.entry.roles] == [role]
    assert "only the family name is given" in (found.entry.note or "")


@pytest.mark.parametrize("line", SURNAME_ALONE)
def test_a_chinese_surname_alone_after_a_title_is_no_pair(line: str) -> None:
    assert _people(line) == []


@pytest.mark.parametrize(("line", "zh", "en", "role"), AS_BEFORE)
def test_a_full_name_after_a_title_is_as_before(line: str, zh: str, en: str, role: str) -> None:
    assert _people(line) == [(zh, en, [role])]


def test_a_company_whose_name_opens_with_a_title_word_is_whole() -> None:
    assert _people("General Motors (通用汽车) said.") == [("通用汽车", "General Motors", [])]


_TITLES = ["President", "Treasury Secretary", "Secretary of State", "Chancellor", "Fed Chair", "Foreign Minister"]
_FOREIGN = [("马克龙", "Macron"), ("贝森特", "Bessent"), ("默茨", "Merz"), ("鲍威尔", "Powell"), ("特朗普", "Trump")]


@given(st.sampled_from(_TITLES), st.sampled_from(_FOREIGN), st.sampled_from(["said.", "arrived in Beijing."]))
def test_no_title_is_left_in_the_english(title: str, person: tuple[str, str], end: str) -> None:
    zh, family = person
    assert _people(f"{title} {family} ({zh}) {end}") == [(zh, family, [title])]


def test_the_family_name_of_a_stored_person_is_that_person() -> None:
    stored = Entry(id="scott-bessent", type="person", zh="贝森特", en="Scott Bessent")
    (found,) = harvest("Treasury Secretary Bessent (贝森特) said.", [stored])
    assert (found.status, found.existing) == ("known", stored)


def test_the_console_script_stores_no_title(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="President Macron (马克龙) arrived in Beijing.\nPremier Li (李强) said.\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())
    assert [(e["zh"], e["en"], e["type"]) for e in stored] == [("马克龙", "Macron", "person")]
    assert [r["title"] for r in stored[0]["roles"]] == ["President"]

"""search finds an official pasted with a title, and says so (the user's U38-23, search half, s38).

Wire copy names officials with their title in front: "Vice Premier He Lifeng" (何立峰, Vice Premier from 2023: the
State Council's English), "General Zhang Youxia" (张又侠, the PLA's), "Comrade Huang Kunming". Main's search scored
the whole query under 60 against "He Lifeng" and answered nothing (exit 1), though it is the name half remembered
that search exists for ("General Zhang Youxia" scored 61). Now, where the name after a title scores better than the
whole, its hits are the answer, and each says the title it was found without (`without_title`; a note on stderr, the
line and --json say it too). A query an entry matches exactly, or whose first words are no title, is searched as
before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.fuzzy import search
from zhgloss.model import Entry
from zhgloss.store import Glossary

ENTRIES = [
    Entry(id="he-lifeng", type="person", zh="何立峰", en="He Lifeng", pinyin="Hé Lìfēng"),
    Entry(id="zhang-youxia", type="person", zh="张又侠", en="Zhang Youxia", pinyin="Zhāng Yòuxiá"),
    Entry(id="huang-kunming", type="person", zh="黄坤明", en="Huang Kunming", pinyin="Huáng Kūnmíng"),
    Entry(id="bank-of-china", type="org", zh="中国银行", en="Bank of China", pinyin="Zhōngguó Yínháng"),
    Entry(id="wang-yi", type="person", zh="王毅", en="Wang Yi", pinyin="Wáng Yì"),
    Entry(id="wang-wentao", type="person", zh="王文涛", en="Wang Wentao", pinyin="Wáng Wéntāo"),
    Entry(id="mao-ning", type="person", zh="毛宁", en="Mao Ning", pinyin="Máo Níng"),
    # CC-CEDICT's lines: "General Motors" (通用汽车公司), "Ford Motor Company" (福特汽车).
    Entry(id="general-motors", type="org", zh="通用汽车公司", en="General Motors", pinyin="Tōngyòng Qìchē Gōngsī"),
    Entry(id="ford", type="org", zh="福特汽车", en="Ford Motor Company", pinyin="Fútè Qìchē"),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "officials.json"
    with Glossary.open(path, must_exist=False) as gloss:
        for entry in ENTRIES:
            gloss.add(entry)
    return path


@pytest.mark.parametrize(
    ("query", "title", "entry_id"),
    [
        ("Vice Premier He Lifeng", "Vice Premier", "he-lifeng"),
        ("General Zhang Youxia", "General", "zhang-youxia"),
        ("Comrade Huang Kunming", "Comrade", "huang-kunming"),
        ("vice premier he lifeng", "vice premier", "he-lifeng"),
        # The review's R39-2: titles of a country's adjective, a body's name or initials before the title.
        ("Foreign Minister Wang Yi", "Foreign Minister", "wang-yi"),
        ("Chinese Premier Li Qiang", None, None),
        ("Minister of Commerce Wang Wentao", "Minister of Commerce", "wang-wentao"),
        ("Foreign Ministry spokesperson Mao Ning", "Foreign Ministry spokesperson", "mao-ning"),
    ],
)
def test_a_name_after_a_title_is_found_and_labelled(
    db: Path, query: str, title: str | None, entry_id: str | None
) -> None:
    with Glossary.open(db, read_only=True) as gloss:
        hits = search(gloss, query)
    if entry_id is None:  # Li Qiang is no entry here: no person found by the name
        assert all(hit.without_title is None for hit in hits)
        return
    assert hits and hits[0].entry.id == entry_id
    assert {hit.without_title for hit in hits} == {title}


@pytest.mark.parametrize("query", ["General Motors Company", "General Motors Corporation"])
def test_a_companys_first_word_is_no_title_to_take_off(db: Path, query: str) -> None:
    # The review's R39-3: "General" was taken off "General Motors Company" and Ford answered. Only people are found
    # by a name without its title.
    with Glossary.open(db, read_only=True) as gloss:
        hits = search(gloss, query)
    assert all(hit.without_title is None for hit in hits)
    assert "ford" not in [hit.entry.id for hit in hits[:1]]


@pytest.mark.parametrize("query", ["He Lifeng", "Bank of China", "Zhang Youxia"])
def test_a_query_that_matches_as_it_is_has_no_title_taken_off(db: Path, query: str) -> None:
    with Glossary.open(db, read_only=True) as gloss:
        hits = search(gloss, query)
    assert hits and all(hit.without_title is None for hit in hits)


def test_the_cli_says_the_title_it_searched_without(db: Path) -> None:
    done = subprocess.run(
        ["zhgloss", "search", "Vice Premier He Lifeng", "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].split()[1:3] == ["何立峰", "He"]
    assert "without the title 'Vice Premier'" in done.stdout
    assert done.stderr.startswith(
        "Note: searched 'Vice Premier He Lifeng' as the name without the title 'Vice Premier'"
    )
    as_json = subprocess.run(
        ["zhgloss", "search", "General Zhang Youxia", "--json", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    hits = json.loads(as_json.stdout)["hits"]
    assert [(h["entry"]["id"], h["without_title"]) for h in hits][:1] == [("zhang-youxia", "General")]


def test_a_title_before_no_stored_name_still_finds_nothing(db: Path) -> None:
    done = subprocess.run(
        ["zhgloss", "search", "Vice Premier Nobody Here", "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("Error: no entry matches 'Vice Premier Nobody Here'")

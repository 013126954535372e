"""A search of three words or more does not import the harvester (the review's R39-15, s40).

`fuzzy.titled_search` reads a query of three words or more that no entry matches exactly as a title before a name
("Senior Official Zhang Wei"); it imported `zhgloss.harvest` for the one function that does it (~0.3-0.4 s of that
module's regular expressions and tables on every such query). The title words and the function are now
`zhgloss.titles`, which harvest reads them from too: the same answers, without the harvester.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss import harvest, titles
from zhgloss.forms import ROLE_WORDS
from zhgloss.model import Entry
from zhgloss.store import Glossary

ENTRIES = [
    Entry(id="he-lifeng", type="person", zh="何立峰", en="He Lifeng", pinyin="Hé Lìfēng"),
    Entry(id="wang-yi", type="person", zh="王毅", en="Wang Yi", pinyin="Wáng Yì"),
    Entry(id="zhang-wei", type="person", zh="张伟", en="Zhang Wei", pinyin="Zhāng Wěi"),
]

# Runs the installed CLI's code in a process of its own and says which of the modules asked for it imported.
PROBE = """
import sys
from zhgloss.cli import _run
code = _run(sys.argv[1:])
sys.stdout.flush()
print("\\nMODULES", " ".join(m for m in ("zhgloss.harvest", "zhgloss.titles") if m in sys.modules), file=sys.stderr)
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "officials.json"
    with Glossary.open(path, must_exist=False) as gloss:
        for entry in ENTRIES:
            gloss.add(entry)
    return path


def _search(db: Path, *query: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "search", *query, "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    marker = done.stderr.rsplit("MODULES", 1)
    assert len(marker) == 2, done.stderr
    return done, set(marker[1].split())


@pytest.mark.parametrize(
    ("query", "title", "entry_id"),
    [
        ("Vice Premier He Lifeng", "Vice Premier", "he-lifeng"),
        ("Foreign Minister Wang Yi", "Foreign Minister", "wang-yi"),
        ("Senior Official Zhang Wei", "Senior Official", "zhang-wei"),
        ("Comrade Zhang Wei", "Comrade", "zhang-wei"),
        ("Dr. Zhang Wei", "Dr.", "zhang-wei"),
    ],
)
def test_a_titled_search_answers_without_importing_the_harvester(
    db: Path, query: str, title: str, entry_id: str
) -> None:
    done, modules = _search(db, query)
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)["hits"]
    assert [(h["entry"]["id"], h["without_title"]) for h in hits][:1] == [(entry_id, title)]
    assert "zhgloss.titles" in modules
    assert "zhgloss.harvest" not in modules


@pytest.mark.parametrize("query", ["Zhang Wei Sichuan Chengdu", "red green blue yellow"])
def test_a_long_query_with_no_title_imports_no_harvester_either(db: Path, query: str) -> None:
    _, modules = _search(db, query)
    assert "zhgloss.harvest" not in modules


def test_harvest_reads_the_title_words_from_the_one_module() -> None:
    # One list of each, not two copies that can drift apart.
    assert harvest._PERSON_NOUNS is titles.PERSON_NOUNS
    assert harvest._HONORIFICS is titles.HONORIFICS
    assert harvest._is_role_word is titles.is_role_word
    assert ROLE_WORDS <= titles.PERSON_NOUNS


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Minister", True),
        ("Secretary-General", True),  # a part of a hyphenated title
        ("Lawmakers", True),  # a title of several
        ("PM", True),
        ("Sen.", True),
        ("pm", False),  # a time, not the abbreviation, which is written in capitals
        ("Colonel", True),
        ("Major", False),  # a surname too (John Major)
        ("Wang", False),
    ],
)
def test_role_words(word: str, role: bool) -> None:
    assert titles.is_role_word(word) is role


@pytest.mark.parametrize(
    ("text", "splits"),
    [
        ("Foreign Minister Wang Yi", [("Foreign Minister", "Wang Yi")]),
        # Every reading, the shorter name first: "Minister of" holds a title too.
        (
            "Minister of Commerce Wang Wentao",
            [("Minister of Commerce", "Wang Wentao"), ("Minister of", "Commerce Wang Wentao")],
        ),
        ("Mr Zhang Wei", [("Mr", "Zhang Wei")]),
        ("General Motors Company", [("General", "Motors Company")]),  # (fuzzy answers people only)
        ("Wang Yi", []),
        ("Beijing Daxing Airport Terminal", []),
    ],
)
def test_titled_name_splits(text: str, splits: list[tuple[str, str]]) -> None:
    assert titles.titled_name_splits(text) == splits

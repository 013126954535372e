"""A lookup of three words or more that no entry matches does not import the harvester (the review's R40-3, s41).

`zhgloss lookup` answers a miss of three words or more by reading it as a title before a name ("Vice Premier He
Lifeng": "without the title 'Vice Premier', 'He Lifeng' is ..."). It imported `zhgloss.harvest` for the one function
that reads the title (`split_title`), ~0.1-0.4 s of that module's regular expressions and tables on every such miss.
The function and its words now live in `zhgloss.titles` (as `titled_name_splits` did for search in s40, R39-15);
harvest reads them from there, so both give the same answers.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss import harvest, titles
from zhgloss.model import Entry
from zhgloss.store import Glossary

ENTRIES = [
    Entry(id="he-lifeng", type="person", zh="何立峰", en="He Lifeng", pinyin="Hé Lìfēng"),
    Entry(id="zhang-youxia", type="person", zh="张又侠", en="Zhang Youxia", pinyin="Zhāng Yòuxiá"),
    Entry(id="huang-kunming", type="person", zh="黄坤明", en="Huang Kunming", pinyin="Huáng Kūnmíng"),
]

# Runs the installed CLI's code in a process of its own and says which of the modules asked for it imported.
PROBE = """
import sys
from zhgloss.cli import _run
code = _run(sys.argv[1:])
sys.stdout.flush()
print("\\nMODULES", " ".join(m for m in ("zhgloss.harvest", "zhgloss.titles") if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "officials.json"
    with Glossary.open(path, must_exist=False) as gloss:
        for entry in ENTRIES:
            gloss.add(entry)
    return path


def _lookup(db: Path, query: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "lookup", query, "--db", str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    marker = done.stderr.rsplit("MODULES", 1)
    assert len(marker) == 2, done.stderr
    return done, set(marker[1].split())


@pytest.mark.parametrize(
    ("query", "title", "name", "entry_id"),
    [
        ("Vice Premier He Lifeng", "Vice Premier", "He Lifeng", "he-lifeng"),
        ("General Zhang Youxia", "General", "Zhang Youxia", "zhang-youxia"),
        ("Comrade Huang Kunming", "Comrade", "Huang Kunming", "huang-kunming"),
        ("Mr. He Lifeng", "Mr.", "He Lifeng", "he-lifeng"),
        ("Executive Vice Premier He Lifeng", "Executive Vice Premier", "He Lifeng", "he-lifeng"),
    ],
)
def test_a_titled_miss_is_answered_without_importing_the_harvester(
    db: Path, query: str, title: str, name: str, entry_id: str
) -> None:
    done, modules = _lookup(db, query)
    assert done.returncode == 1, done.stderr
    assert f"without the title {title!r}, {name!r} is" in done.stderr
    assert f"({entry_id})" in done.stderr
    assert "zhgloss.titles" in modules
    assert "zhgloss.harvest" not in modules


@pytest.mark.parametrize("query", ["Bank of China Ltd", "Vice Premier Nobody Here", "Zhang Youxia He Lifeng"])
def test_an_untitled_or_unknown_miss_does_not_import_the_harvester(db: Path, query: str) -> None:
    done, modules = _lookup(db, query)
    assert done.returncode == 1, done.stderr
    assert "without the title" not in done.stderr
    assert f"no entry matches {query!r}" in done.stderr
    assert "zhgloss.harvest" not in modules


def test_harvest_reads_the_same_function_and_words() -> None:
    assert harvest.split_title is titles.split_title
    assert harvest._TITLE_MODIFIERS is titles.TITLE_MODIFIERS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vice Premier He Lifeng", ("Vice Premier", "He Lifeng")),
        ("Non-executive Director Li Ka-shing Jr", ("Non-executive Director", "Li Ka-shing Jr")),
        ("Deputy Director", None),  # no name after it
        ("Acting He Lifeng Zhang", None),  # a modifier alone is no title
        ("He Lifeng", None),
        ("Bank of China", None),
    ],
)
def test_split_title_reads_a_title_of_words_that_end_on_a_title(text: str, expected: tuple[str, str] | None) -> None:
    assert titles.split_title(text) == expected


WORDS = st.sampled_from(
    ["Vice", "Premier", "General", "Mr.", "Comrade", "Deputy", "He", "Lifeng", "Zhang", "Bank", "of", "China", "co"]
)


@given(st.lists(WORDS, min_size=0, max_size=7))
def test_a_split_is_the_text_cut_in_two_with_a_name_of_two_words_or_more(words: list[str]) -> None:
    text = " ".join(words)
    parts = titles.split_title(text)
    if parts is None:
        return
    title, name = parts
    assert f"{title} {name}" == text
    assert len(name.split()) >= 2
    last = title.split()[-1]
    assert titles.is_role_word(last) or last.lower().rstrip(".,") in titles.HONORIFICS | {"comrade"}

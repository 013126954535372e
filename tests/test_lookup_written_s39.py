"""lookup: of two entries found by the same field, the one whose English the query writes exactly comes first (the
review's R39-23, the thirty-ninth session).

Since 76699e3f the CC-CEDICT import keeps a name with a comma inside it whole, so 华府 (CC-CEDICT: "Washington, D.C.;
the US federal government") has the English "Washington, D.C.", and 华盛顿特区 "Washington D.C.". Keys fold
punctuation, so `lookup "Washington D.C."` found both alike and answered 华府, the first imported, with `--field`:
the press's metonym for the US government, not the city the query writes. The form written as the query, case
aside, now breaks the tie; each query still finds its own.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.model import Entry
from zhgloss.store import Glossary

ENTRIES = [
    # In CC-CEDICT's order: 华府 before 华盛顿特区.
    Entry(id="huafu", type="name", zh="华府", en="Washington, D.C.", pinyin="Huáfǔ"),
    Entry(id="washington-dc", type="place", zh="华盛顿特区", en="Washington D.C.", pinyin="Huáshèngdùn Tèqū"),
    Entry(id="st-petersburg-fl", type="place", zh="圣彼德斯堡", en="St. Petersburg", pinyin="Shèngbǐdésībǎo"),
    Entry(id="st-petersburg", type="place", zh="圣彼得堡", en="St Petersburg", pinyin="Shèngbǐdébǎo"),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "places.json"
    with Glossary.open(path, must_exist=False) as gloss:
        for entry in ENTRIES:
            gloss.add(entry)
    return path


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Washington D.C.", "washington-dc"),
        ("washington d.c.", "washington-dc"),
        ("Washington, D.C.", "huafu"),
        ("St Petersburg", "st-petersburg"),
        ("St. Petersburg", "st-petersburg-fl"),
    ],
)
def test_the_entry_written_as_the_query_comes_first(db: Path, query: str, first: str) -> None:
    with Glossary.open(db, read_only=True) as gloss:
        hits = gloss.lookup(query)
    assert [hit.entry.id for hit in hits][:1] == [first]
    assert len(hits) == 2  # the other is still found


def test_lookup_field_answers_the_city(db: Path) -> None:
    done = subprocess.run(
        ["zhgloss", "lookup", "Washington D.C.", "--field", "zh", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "华盛顿特区\n")

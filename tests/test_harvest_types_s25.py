"""harvest types a capitalised pair the sentence says nothing of as a name `check` enforces (user findings U34, U45).

"Vladimir Putin (普京) said." and "Kishida Fumio (岸田文雄) said." came out typed `term`, which `check` passes over,
so a translation that dropped them passed. A person CC-CEDICT lists under another English than the pinyin
(普京 "Vladimir Putin (1952-), president of Russia", 默克尔 "Angela Merkel (1954-)", 马克龙 "Emmanuel Macron
(1977-)", 佩洛西 "Nancy Pelosi (1940-)", 拜登 "Joe Biden (1942-)": the people CC-CEDICT's import types `person`,
data/cedict_persons.txt) is a person; any other capitalised English is a `name`, as an untyped termbase row is
(`formats.table.untyped_type`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.table import untyped_type
from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("Vladimir Putin (普京) said.", "普京", "Vladimir Putin"),
        ("Angela Merkel (默克尔) said.", "默克尔", "Angela Merkel"),
        ("Emmanuel Macron (马克龙) visited Beijing.", "马克龙", "Emmanuel Macron"),
        ("Nancy Pelosi (佩洛西) landed in Taipei.", "佩洛西", "Nancy Pelosi"),
        ("普京（Vladimir Putin）表示。", "普京", "Vladimir Putin"),
        # User U45: CC-CEDICT lines whose first sense is "X (name)", the person second ("/Biden (name)/Joe Biden
        # (1942-), US Democrat politician.../"), or with a particle ("/Charles De Gaulle (1890-1970).../").
        ("Joe Biden (拜登) said on Monday.", "拜登", "Joe Biden"),
        ("Recep Tayyip Erdogan (埃尔多安) called for a ceasefire.", "埃尔多安", "Recep Tayyip Erdogan"),
        ("Charles de Gaulle (戴高乐) was president.", "戴高乐", "Charles de Gaulle"),
        ("John McCain (麦凯恩) said.", "麦凯恩", "John McCain"),
    ],
)
def test_a_person_cedict_lists_under_another_english_is_a_person(text: str, zh: str, en: str) -> None:
    (proposal,) = harvest(text, [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "person")


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        # (Hong Kong (香港): a place since s32, a name ISO 3166 gives a territory)
        ("The Great Wall (长城) reopened.", "长城", "Great Wall"),
        ("长城（Great Wall）很有名。", "长城", "Great Wall"),  # (国务院 State Council: an org since s28, a council)
    ],
)
def test_a_capitalised_pair_the_sentence_does_not_type_is_a_checked_name(text: str, zh: str, en: str) -> None:
    (proposal,) = harvest(text, [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "name")


_WORDS = ["Vladimir", "Kishida", "Fumio", "Hong", "Kong", "Alpha", "Zeta", "North", "Mount", "Blue"]
_CHARS = list("普京岸田文雄香港北蓝山阿尔法")


@settings(max_examples=60, deadline=None)
@given(
    en_words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
    zh=st.text(alphabet=_CHARS, min_size=2, max_size=4),
)
def test_no_capitalised_pair_is_left_an_unchecked_term(en_words: list[str], zh: str) -> None:
    """Whatever the sentence, a pair whose English is capitalised gets a type `check` enforces, never `term`."""
    en = " ".join(en_words)
    for text in (f"{en} ({zh}) said.", f"据报道，{zh}（{en}）表示。"):
        for proposal in harvest(text, []):
            if proposal.zh and proposal.en and any(c.isupper() for c in proposal.en):
                assert proposal.entry.type != "term", (text, proposal)
                assert proposal.entry.type in {"person", "org", "place", untyped_type(proposal.en)}


def _zhgloss(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        ["zhgloss", *args], input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, check=False
    )


def test_harvested_putin_and_kishida_are_checked_end_to_end(tmp_path: Path) -> None:
    """User finding U34: harvest --add, then check reports the two names missing from a translation."""
    article = tmp_path / "intl.txt"
    article.write_text(
        "Kishida Fumio (岸田文雄) said.\nVladimir Putin (普京) said.\n"
        "South Korean President Yoon Suk Yeol (尹锡悦) said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "intl.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    added = _zhgloss("harvest", str(article), "--add", "--yes", "--db", str(db))
    assert added.returncode == 0, added.stderr
    listed = _zhgloss("list", "--db", str(db))
    types = {line.split("\t")[2]: line.split("\t")[1] for line in listed.stdout.splitlines()}
    # A Japanese name is a person (s26, U45's rest: tests/test_harvest_japanese_s26.py).
    assert types == {"岸田文雄": "person", "普京": "person", "尹锡悦": "person"}, listed.stdout
    segments = "普京说。\tHe said.\n岸田文雄说。\tHe said.\n普京说。\tPutin said.\n岸田文雄说。\tKishida Fumio said.\n"
    checked = _zhgloss("check", "-", "--db", str(db), stdin=segments)
    assert checked.returncode == 1, checked.stderr
    lines = checked.stdout.splitlines()
    assert any(line.startswith("1: missing 普京") for line in lines), checked.stdout
    assert any(line.startswith("2: missing 岸田文雄") for line in lines), checked.stdout
    assert not any(line.startswith(("3: missing", "4:")) for line in lines), checked.stdout


def test_every_line_of_the_cedict_people_is_a_chinese_form() -> None:
    from zhgloss.people import CEDICT_PERSONS_PATH, cedict_persons
    from zhgloss.script import has_cjk

    people = cedict_persons()
    assert len(people) > 4000
    assert {"拜登", "埃尔多安", "戴高乐", "普京", "约瑟夫·斯大林", "斯大林"} <= people
    for line in CEDICT_PERSONS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            assert has_cjk(line) and line == line.strip() and " " not in line, line  # 阿Q is one too


@pytest.mark.parametrize(
    ("text", "en", "role"),
    [
        # User U46: "Modi" spells 莫迪's pinyin (Mò Dí), but a Chinese name writes its surname apart: one word after
        # a given name is a transliterated surname, and the given name is the person's too.
        ("Indian Prime Minister Narendra Modi (莫迪) will visit next month.", "Narendra Modi", "Indian Prime Minister"),
        ("Chinese President Xi Jinping (习近平) said.", "Xi Jinping", "Chinese President"),
        ("Premier Li Qiang (李强) said.", "Li Qiang", "Premier"),
    ],
)
def test_one_word_that_spells_the_pinyin_after_a_given_name_is_a_surname(text: str, en: str, role: str) -> None:
    (proposal,) = harvest(text, [])
    assert (proposal.en, proposal.entry.type, [r.title for r in proposal.entry.roles]) == (en, "person", [role])

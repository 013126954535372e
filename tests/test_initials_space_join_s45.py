"""A space alone at a join of a name of Latin initials and Chinese parts is its separator too (tbl's s44 finding).

s44 read a name dotted at some joins and run together at others (J.D万斯, 约翰F.肯尼迪) as the dotted name J·D·万斯
(`script.dotted_initials`), but not one whose join is a space without a stop, the way copy types it: "J.D 万斯",
"约翰 F.肯尼迪" (`lookup` exit 1, annotate glossed nothing). Now, in a name of initials and Chinese parts with at
least one full stop, a lone space at a join is a separator as a stop is, and annotate spells each join of an initial
and a Chinese part with a space too. Over CC-CEDICT's 189,018 headword forms and the bundled glossary's 167, no key,
stored form or spelling count changes.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.script import dotted_initials, separator_variants, zh_key, zh_keys

_INITIALS = st.sampled_from("ABCDFGJKLMNPRSTW")
_CHINESE = st.sampled_from(["万斯", "约翰", "肯尼迪", "罗琳", "乔治", "布什"])


@st.composite
def _spaced_names(draw: st.DrawFn) -> tuple[list[str], str]:
    """The parts of a name (no two initials side by side) and a spelling whose joins are a stop, a stop and a space,
    the middle dot or, beside an initial and a Chinese part, nothing or a space; a stop and a lone space at least."""
    parts = [draw(_INITIALS) if draw(st.booleans()) else draw(_CHINESE)]
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        parts.append(draw(_CHINESE) if len(parts[-1]) == 1 else draw(st.one_of(_INITIALS, _CHINESE)))
    if all(len(part) > 1 for part in parts):
        parts.append(draw(_INITIALS))
    mixed = [i for i, (a, b) in enumerate(itertools.pairwise(parts)) if (len(a) == 1) != (len(b) == 1)]
    joins = []
    for i in range(len(parts) - 1):
        joins.append(draw(st.sampled_from([".", ". ", "·", "", " "] if i in mixed else [".", ". ", "·"])))
    spaced = draw(st.sampled_from(mixed))
    joins[spaced] = " "
    if "." not in "".join(joins):
        others = [i for i in range(len(joins)) if i != spaced]
        if not others:
            parts.append(draw(_CHINESE) if len(parts[-1]) == 1 else draw(_INITIALS))
            joins.append(".")
        else:
            joins[draw(st.sampled_from(others))] = "."
    written = parts[0] + "".join(join + part for join, part in zip(joins, parts[1:], strict=True))
    return parts, written


@given(_spaced_names())
def test_a_space_at_a_join_keys_and_stores_as_the_dotted_name(name: tuple[list[str], str]) -> None:
    parts, written = name
    dotted = "·".join(parts)
    assert dotted_initials(written) == dotted
    assert zh_key(written) == zh_key(dotted)
    assert zh_keys([written]) == [zh_key(dotted)]
    if len(parts) <= 5:
        assert written in separator_variants(dotted)


@pytest.mark.parametrize("text", ["A 股", "3.5 万", "J.K. Rowling", "小米 SU7", "JD 万斯", "J D 万斯", "万斯 说."])
def test_other_spaces_stay(text: str) -> None:
    assert dotted_initials(text) == text


def _run(exe: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False, input=stdin)


@pytest.fixture
def db(zhgloss_exe: str, tmp_path: Path) -> Path:
    path = tmp_path / "names.json"
    assert _run(zhgloss_exe, "init", str(path), "--empty").returncode == 0
    for zh, en in (("J·D·万斯", "JD Vance"), ("约翰·F·肯尼迪", "John F. Kennedy")):
        done = _run(zhgloss_exe, "--db", str(path), "add", zh, "--en", en, "--type", "person", "--adopted")
        assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize(("query", "en"), [("J.D 万斯", "JD Vance"), ("约翰 F.肯尼迪", "John F. Kennedy")])
def test_lookup_finds_it(zhgloss_exe: str, db: Path, query: str, en: str) -> None:
    done = _run(zhgloss_exe, "--db", str(db), "lookup", query, "--json")
    assert done.returncode == 0, done.stderr
    (answer,) = json.loads(done.stdout)
    assert [match["entry"]["en"] for match in answer["matches"]] == [en]


def test_annotate_glosses_it(zhgloss_exe: str, db: Path) -> None:
    done = _run(zhgloss_exe, "--db", str(db), "annotate", "-", stdin="J.D 万斯说。约翰 F.肯尼迪遇刺。\n")
    assert done.returncode == 0, done.stderr
    assert "J.D 万斯（JD Vance）说" in done.stdout
    assert "约翰 F.肯尼迪（John F. Kennedy）遇刺" in done.stdout


def test_add_refuses_it_as_the_same_person(zhgloss_exe: str, db: Path) -> None:
    before = db.read_bytes()
    done = _run(zhgloss_exe, "--db", str(db), "add", "J.D 万斯", "--en", "JD Vance", "--type", "person", "--adopted")
    assert done.returncode == 2, done.stderr
    assert db.read_bytes() == before

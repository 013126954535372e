"""A name typed with full stops after its Latin initials is found by lookup (the review's R42-17, issue 9).

`add 'J.D.万斯'` stores J·D·万斯 (`script.dotted_initials`, R41-16), but `script.zh_key` kept an ASCII full stop as a
separator only between two Chinese characters, so `lookup 'J.D.万斯'` (the form the user had just typed to add) keyed
"j.d.万斯", missed "jd万斯" and exited 1, while the full-width J．D．万斯 (a separator of `NAME_SEPARATORS`) was found.
zh_key now reads the full stop after an initial as `dotted_initials` reads it, and `zh_keys` (the index's batch twin)
keys alike. Over CC-CEDICT's 189,124 headword forms and the bundled glossary's forms no key changes: none is of that
shape (only stock codes such as 1810.HK hold a full stop).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.script import NAME_SEPARATORS, zh_key, zh_keys

# The separators a name's parts may be typed with: the script's (the full-width full stop among them), ".", ". ".
SEPARATORS = [*NAME_SEPARATORS, ".", ". "]

TYPED = ["J.D.万斯", "J. D. 万斯", "J．D．万斯", "J·D·万斯", "J.D·万斯", "j.d.万斯", "Ｊ.Ｄ.万斯"]


def _run(exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, "--db", str(db), *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def vance_db(tmp_path: Path, zhgloss_exe: str) -> Path:
    """A new glossary holding what the user typed: `add 'J.D.万斯' --en 'JD Vance' -t person`."""
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    added = _run(zhgloss_exe, db, "add", "J.D.万斯", "--en", "JD Vance", "-t", "person")
    assert added.returncode == 0, added.stderr
    return db


@pytest.mark.parametrize("query", TYPED)
def test_lookup_finds_the_added_name_in_each_typed_form(vance_db: Path, zhgloss_exe: str, query: str) -> None:
    found = _run(zhgloss_exe, vance_db, "lookup", query)
    assert found.returncode == 0, found.stderr
    assert "JD Vance" in found.stdout and "J·D·万斯" in found.stdout


@pytest.mark.parametrize("typed", ["J. D. 万斯", "约翰.F.肯尼迪"])
def test_a_form_added_with_stops_is_found_as_typed(tmp_path: Path, zhgloss_exe: str, typed: str) -> None:
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    assert _run(zhgloss_exe, db, "add", typed, "--en", "Someone", "-t", "person").returncode == 0
    found = _run(zhgloss_exe, db, "lookup", typed)
    assert found.returncode == 0, found.stderr
    assert "Someone" in found.stdout


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("J.D.万斯", "jd万斯"),
        ("J. D. 万斯", "jd万斯"),
        ("约翰.F.肯尼迪", "约翰f肯尼迪"),
        ("J.K.罗琳", "jk罗琳"),
        ("j.d.万斯", "jd万斯"),  # the key is case-folded: so is the initial it reads
        ("J.D·万斯", "jd万斯"),  # a full stop beside another separator
        ("Ｊ.Ｄ.万斯", "jd万斯"),  # full-width letters, folded to Latin ones
    ],
)
def test_zh_key_reads_a_stop_after_an_initial_as_a_separator(query: str, key: str) -> None:
    assert zh_key(query) == key
    assert zh_keys([query, "雷军"]) == [key, "雷军"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("3.5万", "3.5万"),  # a number
        ("J.K.Rowling", "j.k.rowling"),  # no Chinese part
        ("Dr.王", "dr.王"),  # a word, not an initial
        ("JD.万斯", "jd.万斯"),  # two initials run together: no name of initials (J.D万斯 is one since s44, R43-1)
        ("1810.HK", "1810.hk"),  # a stock code
        ("A.B", "a.b"),
    ],
)
def test_other_full_stops_stay_in_the_key(text: str, key: str) -> None:
    assert zh_key(text) == key
    assert zh_keys([text]) == [key]


_INITIALS = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_CHINESE_PARTS = st.text(alphabet="万斯约翰肯尼迪罗琳乔布", min_size=1, max_size=4)


@st.composite
def _initialled_names(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """The parts of a name of Latin initials and Chinese parts, at least one of each, and the separators typed."""
    parts = draw(st.lists(st.one_of(_INITIALS, _CHINESE_PARTS), min_size=1, max_size=5))
    parts = [draw(_INITIALS), *parts, draw(_CHINESE_PARTS)]
    parts = draw(st.permutations(parts))
    # Two Chinese parts side by side would be one part: part them with an initial.
    spaced: list[str] = []
    for part in parts:
        if spaced and not spaced[-1].isascii() and not part.isascii():
            spaced.append(draw(_INITIALS))
        spaced.append(part)
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(spaced) - 1, max_size=len(spaced) - 1))
    return spaced, seps


@given(_initialled_names())
def test_any_separator_after_an_initial_keys_as_the_middle_dot(name: tuple[list[str], list[str]]) -> None:
    parts, seps = name
    typed = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
    key = zh_key("·".join(parts))
    assert zh_key(typed) == key == "".join(parts).casefold()
    assert zh_keys([typed, "·".join(parts)]) == [key, key]

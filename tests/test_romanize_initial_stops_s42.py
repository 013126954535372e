"""A full stop after a Latin initial is a name separator (the review's R41-16, the forty-second session).

Xinhua writes J·D·万斯 (JD Vance) with the middle dot; copy writes the initials as English does, J.D.万斯, or with the
full-width full stop, J．D．万斯, which `normalize` folds to ".". A full stop was a name separator only between two
Chinese characters, so romanize refused both ("'J.D.' is not Chinese", exit 2) and `add` stored the zh as typed with
the pinyin "J.D. Wànsī", an entry lookup of J·D·万斯 did not find. `pinyin.dotted_initials` is the rule: a name made of
Chinese parts and single Latin capitals, parted by any name separator or a full stop (a space after it allowed), is
written with "·"; romanize reads it so and `add` stores it so. Every separator of `script.NAME_SEPARATORS` is tried.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.pinyin import dotted_initials, romanize
from zhgloss.script import NAME_SEPARATORS

# Each separator the name may be written with: the script's (the full-width full stop among them), ".", ". ".
SEPARATORS = [*NAME_SEPARATORS, ".", ". "]


@pytest.mark.parametrize("sep", SEPARATORS)
def test_romanize_reads_initials_parted_by_any_separator(sep: str) -> None:
    assert romanize(f"J{sep}D{sep}万斯").pinyin == "J D Wànsī"
    assert romanize(f"约翰{sep}F{sep}肯尼迪").pinyin == "Yuēhàn F Kěnnídí"
    assert romanize(f"J{sep}K{sep}罗琳").pinyin == "J K Luólín"


@pytest.mark.parametrize("text", ["J.D.万斯", "J. D. 万斯", "约翰.F.肯尼迪", "J.D·万斯"])
def test_a_full_stop_after_an_initial_is_the_middle_dot(text: str) -> None:
    assert "." not in dotted_initials(text) and "·" in dotted_initials(text)


@pytest.mark.parametrize(
    "text",
    [
        "3.5万",  # a number
        "J.K.Rowling",  # no Chinese part
        "史蒂夫.乔布斯",  # no initial: the full stop between Chinese characters is a separator already
        "Dr.王",  # a word, not an initial
        "JD.万斯",  # two initials run together (J.D万斯, the last initial run into the name, is one since s44: R43-1)
        "曾国藩",
    ],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert dotted_initials(text) == text


def test_an_initial_run_into_the_name_is_read_as_parted() -> None:
    # Refused until s44 (the review's R43-1): the stop after J parts the name, and so does the join of D and 万斯.
    assert romanize("J.D万斯").pinyin == romanize("J·D·万斯").pinyin


_PARTS = st.lists(
    st.one_of(
        st.sampled_from("ABCDEFGHJKLMNPRSTW"),
        st.sampled_from(["万斯", "约翰", "肯尼迪", "罗琳", "乔治", "布什", "米勒"]),
    ),
    min_size=2,
    max_size=4,
).filter(lambda parts: any(len(p) == 1 for p in parts) and any(len(p) > 1 for p in parts))


@given(parts=_PARTS, seps=st.lists(st.sampled_from(SEPARATORS), min_size=3, max_size=3))
def test_any_separator_reads_as_the_middle_dot(parts: list[str], seps: list[str]) -> None:
    written = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=False))
    assert romanize(written).pinyin == romanize("·".join(parts)).pinyin
    assert [w for w in romanize(written).pinyin.split() if len(w) == 1] == [p for p in parts if len(p) == 1]


def test_the_command_romanizes_both_full_stops() -> None:
    done = subprocess.run(["zhgloss", "romanize", "J.D.万斯", "J．D．万斯"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["J D Wànsī", "J D Wànsī"]


def _add(db: Path, zh: str) -> subprocess.CompletedProcess[str]:
    if not db.exists():
        subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    return subprocess.run(
        ["zhgloss", "add", zh, "--en", "JD Vance", "--type", "person", "--db", str(db)], capture_output=True, text=True
    )


@pytest.mark.parametrize("typed", ["J.D.万斯", "J．D．万斯", "J. D. 万斯"])
def test_add_stores_the_dotted_name_and_refuses_it_twice(tmp_path: Path, typed: str) -> None:
    db = tmp_path / "g.json"
    done = _add(db, typed)
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (entry["zh"], entry["pinyin"]) == ("J·D·万斯", "J D Wànsī")
    found = subprocess.run(["zhgloss", "lookup", "J·D·万斯", "--db", str(db)], capture_output=True, text=True)
    assert found.returncode == 0 and "JD Vance" in found.stdout
    again = _add(db, "J.D.万斯")
    assert again.returncode == 2
    assert "is already in the glossary as entry 'jd-vance'" in again.stderr
    assert len(json.loads(db.read_text(encoding="utf-8"))["entries"]) == 1

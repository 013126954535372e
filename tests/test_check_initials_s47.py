"""`check` reads a person's initials spaced otherwise than the glossary writes them as the name, not as the family name
alone (the review's R47-9, session 47).

A desk sheet's 魏哲家 'C.C. Wei'; "TSMC chairman C. C. Wei said." read "variant 魏哲家: found 'Wei' … (the family name
alone, before the translation names C.C. Wei in full)", a false reason: the words of a near miss ran only over name
gaps (spaces, hyphens, apostrophes), so the initials' full stops cut "C. C." off the name. An initial's full stop (after
a letter standing alone) is a name gap too: the whole name is found, a `variant` spaced otherwise, as "C C Wei" and
"CC Wei" were. The installed console script on real files.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _WORD_AND_GAP_RE

SOURCE = "台积电董事长魏哲家表示。\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    folder = tmp_path_factory.mktemp("initials")
    (folder / "desk.csv").write_text(
        "zh,en,type,en_adopted\n魏哲家,C.C. Wei,person,true\n台积电,TSMC,org,false\n", encoding="utf-8"
    )
    path = folder / "glossary.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(folder / "desk.csv"), "--db", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return path


def check(zhgloss_exe: str, db: Path, tmp_path: Path, translation: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "t.zh").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "t.en").write_text(translation + "\n", encoding="utf-8")
    args = [zhgloss_exe, "check", str(tmp_path / "t.zh"), str(tmp_path / "t.en"), "--db", str(db)]
    return subprocess.run(args, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("written", ["C. C. Wei", "C.C.Wei", "C. C.Wei"])
def test_initials_spaced_otherwise_are_the_name(zhgloss_exe: str, db: Path, tmp_path: Path, written: str) -> None:
    done = check(zhgloss_exe, db, tmp_path, f"TSMC chairman {written} said.")
    assert done.stdout == f'1: variant 魏哲家: found "{written}", expected "C.C. Wei" (spaced otherwise)\n', done.stdout
    assert done.returncode == 0


def test_the_glossarys_writing_passes(zhgloss_exe: str, db: Path, tmp_path: Path) -> None:
    done = check(zhgloss_exe, db, tmp_path, "TSMC chairman C.C. Wei said.")
    assert (done.returncode, done.stdout) == (0, "")


def test_the_family_name_alone_is_still_the_family_name(zhgloss_exe: str, db: Path, tmp_path: Path) -> None:
    done = check(zhgloss_exe, db, tmp_path, "TSMC chairman Wei said.")
    assert 'found "Wei", expected "C.C. Wei" (the family name alone' in done.stdout, done.stdout


@given(
    letters=st.lists(st.sampled_from("ABCJKLMÉ"), min_size=1, max_size=3),
    gap=st.sampled_from([".", ". ", ".\u00a0", ".-"]),
)
def test_initials_before_a_name_are_joined_to_it(letters: list[str], gap: str) -> None:
    text = "".join(letter + gap for letter in letters) + "Wei said"
    words = list(_WORD_AND_GAP_RE.finditer(text))
    # Every initial is joined to the next word; "Wei" to "said" by a space.
    assert all(m.end() != m.end(1) for m in words[: len(letters) + 1]), [m.group() for m in words]


@given(word=st.sampled_from(["Mr", "Dr", "Inc", "No", "St", "Co"]))
def test_a_full_stop_after_a_word_ends_the_run(word: str) -> None:
    (first, _) = list(_WORD_AND_GAP_RE.finditer(f"{word}. Lei"))
    assert first.end() == first.end(1), first.group()
    assert re.fullmatch(r"[^\W_]+", first.group(1))

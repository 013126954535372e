"""`annotate --traditional` glosses English copy with the traditional Chinese (the review's R47-12, session 47).

English copy has no Chinese line to say which script its reader writes, so every English name was glossed with the
simplified form, even from a termbase kept wholly in traditional characters: "Taiwan (台湾)" for a Taiwan desk. With
--traditional the script carried into the text's first line is traditional (`Session.prefer_traditional`): "Taiwan
(臺灣)"; a line of the text's own Chinese still decides from there on, as it always did. The default is unchanged.
Real CC-CEDICT lines; the installed console script, on stdin, a file and --output-dir.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, Session
from zhgloss.formats.cedict import load_cedict

LINES = "臺灣 台湾 [Tai2 wan1] /Taiwan/\n香港 香港 [Xiang1 gang3] /Hong Kong/\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    folder = tmp_path_factory.mktemp("hant")
    (folder / "lines.u8").write_text(LINES, encoding="utf-8")
    path = folder / "glossary.json"
    args = [zhgloss_exe, "import", str(folder / "lines.u8"), "--format", "cedict", "--proper-only", "--db", str(path)]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return path


def annotate(zhgloss_exe: str, db: Path, text: str, *flags: str) -> str:
    done = subprocess.run(
        [zhgloss_exe, "annotate", "--db", str(db), *flags], input=text, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_english_copy_is_glossed_in_traditional_when_asked(zhgloss_exe: str, db: Path) -> None:
    text = "Taiwan and Hong Kong signed.\n"
    assert annotate(zhgloss_exe, db, text, "--traditional") == "Taiwan (臺灣) and Hong Kong (香港) signed.\n"
    assert annotate(zhgloss_exe, db, text) == "Taiwan (台湾) and Hong Kong (香港) signed.\n"  # the default


def test_a_file_and_an_output_folder_alike(zhgloss_exe: str, db: Path, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Taiwan signed.\n", encoding="utf-8")
    args = [zhgloss_exe, "annotate", str(tmp_path / "story.txt"), "--traditional", "--db", str(db)]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.stdout == "Taiwan (臺灣) signed.\n", done.stderr
    done = subprocess.run([*args, "--output-dir", str(tmp_path / "out")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "story.txt").read_text(encoding="utf-8") == "Taiwan (臺灣) signed.\n"


def test_the_texts_own_chinese_still_decides(zhgloss_exe: str, db: Path) -> None:
    out = annotate(zhgloss_exe, db, "Taiwan.\n台湾很美。\nTaiwan.\n", "--traditional")
    assert out == "Taiwan (臺灣).\n台湾（Taiwan）很美。\nTaiwan (台湾).\n"


ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@given(before=st.sampled_from(["", "In ", "“", "The people of "]), after=st.sampled_from(["", ".", "'s", " said"]))
def test_only_the_script_of_the_gloss_changes(before: str, after: str) -> None:
    text = f"{before}Taiwan{after}"
    simplified = Session(ANNOTATOR).render(text)
    traditional = Session(ANNOTATOR, prefer_traditional=True).render(text)
    assert simplified.replace("台湾", "臺灣") == traditional
    assert "臺灣" in traditional

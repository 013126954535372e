"""`annotate` leaves a Latin-script name inside Chinese text unglossed by default (the review's R46-20, session 47).

Chinese copy writes TikTok, NBA or iPhone in Latin letters because that is how the name is written; a translation
keeps it as it is, so its Chinese gives a translator nothing to write, and where the glossary's Chinese names a thing of
its own it misleads: CC-CEDICT's 抖音 (Douyin, the Chinese app) has the English "TikTok", so 用户在TikTok上 read
TikTok（抖音）. The name is still found (`--json`, `--summary`); `--gloss zh` or `both` gloss it as asked, and English
text and the Chinese names beside it are glossed as before. Real CC-CEDICT lines; the installed console script.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "抖音 抖音 [Dou3 yin1] /TikTok, app for creating and sharing short videos/\n"
    "美職籃 美职篮 [Mei3 Zhi2 Lan2] /National Basketball Association (NBA)/\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    folder = tmp_path_factory.mktemp("latin")
    (folder / "lines.u8").write_text(LINES, encoding="utf-8")
    path = folder / "glossary.json"
    args = [zhgloss_exe, "import", str(folder / "lines.u8"), "--format", "cedict", "--proper-only", "--db", str(path)]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return path


def annotate(zhgloss_exe: str, db: Path, text: str, *flags: str) -> str:
    args = [zhgloss_exe, "annotate", "--db", str(db), *flags]
    done = subprocess.run(args, input=text, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("用户在TikTok上分享视频。\n", "用户在TikTok上分享视频。\n"),  # the review's
        ("他喜欢看NBA比赛。\n", "他喜欢看NBA比赛。\n"),  # the review's
        # The Chinese name beside it is glossed.
        ("美职篮和TikTok合作。\n", "美职篮（National Basketball Association）和TikTok合作。\n"),
        ("Users share videos on TikTok.\n", "Users share videos on TikTok (抖音).\n"),  # English text: as before
    ],
)
def test_a_latin_name_in_chinese_text_gets_no_gloss(zhgloss_exe: str, db: Path, text: str, expected: str) -> None:
    assert annotate(zhgloss_exe, db, text) == expected


def test_it_is_still_found_and_glossed_when_asked(zhgloss_exe: str, db: Path) -> None:
    (row,) = [
        json.loads(line) for line in annotate(zhgloss_exe, db, "用户在TikTok上分享视频。\n", "--json").splitlines()
    ]
    assert (row["surface"], row["gloss"], row["id"]) == ("TikTok", None, row["entry"]["id"])
    assert (
        annotate(zhgloss_exe, db, "用户在TikTok上分享视频。\n", "--gloss", "zh") == "用户在TikTok（抖音）上分享视频。\n"
    )


ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))
HAN = st.text(st.sampled_from("用户在上分享视频他喜欢看比赛的和。，"), min_size=1, max_size=6)


@given(before=HAN, after=HAN, name=st.sampled_from(["TikTok", "NBA"]))
def test_between_chinese_characters_a_latin_name_is_never_glossed(before: str, after: str, name: str) -> None:
    text = before + name + after
    assert ANNOTATOR.annotate(text) == text
    assert any(m.surface == name for m in ANNOTATOR.mentions(text))

"""`import --type`: a general termbase's words come in as dictionary terms, not as terms `check` enforces (session 24).

Since 4906a98 an untyped termbase row is a controlled term (`name` or `phrase`) that check enforces, as a team's
termbase should be. A general collection (the Microsoft Terminology Collection's 文件 "file", 打开 "open") then made
annotate gloss most words of an article and check call "file" a missing name (the user's U30), and import had no way
to say otherwise. --type TYPE gives every imported entry that type; cedict, whose lines type each entry, refuses it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

# The Microsoft Terminology Collection's shape (ntig/termGrp, lower-case language tags, partOfSpeech).
TBX = """<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX" xml:lang="en-US">
  <text><body>
{entries}
  </body></text>
</martif>
"""
ENTRY = """    <termEntry id="{n}">
      <langSet xml:lang="en-us"><ntig><termGrp><term>{en}</term>
        <termNote type="partOfSpeech">{pos}</termNote></termGrp></ntig></langSet>
      <langSet xml:lang="zh-cn"><ntig><termGrp><term>{zh}</term>
        <termNote type="partOfSpeech">{pos}</termNote></termGrp></ntig></langSet>
    </termEntry>"""
WORDS = [("文件", "file", "Noun"), ("打开", "open", "Verb"), ("用户", "user", "Noun"), ("窗口", "window", "Noun")]


@pytest.fixture
def tbx(tmp_path: Path) -> Path:
    path = tmp_path / "ms.tbx"
    body = "\n".join(ENTRY.format(n=n, en=en, zh=zh, pos=pos) for n, (zh, en, pos) in enumerate(WORDS, 1000))
    path.write_text(TBX.format(entries=body), encoding="utf-8")
    return path


def run(exe: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, check=False)


def test_untyped_words_are_enforced_and_typed_terms_are_not(zhgloss_exe: str, tmp_path: Path, tbx: Path) -> None:
    pair = "用户打开文件。\tThe customer opens the document.\n"
    enforced, words = tmp_path / "enforced.json", tmp_path / "words.json"
    assert run(zhgloss_exe, "import", str(tbx), "--db", str(enforced)).returncode == 0
    assert run(zhgloss_exe, "import", str(tbx), "--type", "term", "--db", str(words)).returncode == 0
    listed = run(zhgloss_exe, "list", "--db", str(words)).stdout.splitlines()
    assert [line.split("\t")[1] for line in listed] == ["term"] * len(WORDS)
    strict = run(zhgloss_exe, "check", "-", "--json", "--db", str(enforced), stdin=pair)
    assert strict.returncode == 1
    # "document" and "customer" render neither 文件 "file" nor 用户 "user"; "opens" is 打开 "open" inflected, which
    # check reads as a variant since the thirty-fourth session's plural rule (56976e0: "Xiaomi SU7s", "dollars").
    found = {(p["expected"], p["kind"]) for p in json.loads(strict.stdout)["problems"]}
    assert found == {("file", "missing"), ("user", "missing"), ("open", "variant")}
    loose = run(zhgloss_exe, "check", "-", "--json", "--db", str(words), stdin=pair)
    assert (loose.returncode, json.loads(loose.stdout)["problems"]) == (0, [])
    glossed = run(zhgloss_exe, "annotate", "-", "--db", str(words), stdin="用户打开文件。\n")
    assert glossed.stdout == "用户打开文件。\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--type", "planet"], "'planet' is not one of"),
        (["--type", "term", "--format", "cedict"], "--type does not apply to cedict"),
    ],
)
def test_a_type_that_cannot_be_given_is_a_usage_error(
    zhgloss_exe: str, tmp_path: Path, tbx: Path, args: list[str], said: str
) -> None:
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", str(tbx), *args, "--db", str(db))
    assert done.returncode == 2
    assert said in done.stderr and "Traceback" not in done.stderr
    assert not db.exists()

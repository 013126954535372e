"""add and romanize: a name copied with a bracketed note on it is refused saying what to give (issue 9's add path).

Name lists in documents write 雷军（小米）, 王翔 (Xiaomi): the person and, in brackets, the company. `add 雷军（小米）`
was refused as "'()' is not Chinese (give the name in Chinese characters, e.g. 曾国藩)", which the Chinese it was
given already is. It now says the bracket holds a note and to give the name alone and the note apart (Lei Jun
founded Xiaomi; Wang Xiang is its president: real people, the list shape of the bundled articles).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.errors import RomanizationError
from zhgloss.pinyin import romanize

runner = CliRunner()


@pytest.mark.parametrize(
    ("typed", "name", "note"),
    [("雷军（小米）", "雷军", "小米"), ("王翔 (Xiaomi)", "王翔", "Xiaomi"), ("雷军【小米】", "雷军", "小米")],
)
def test_romanize_names_the_note(typed: str, name: str, note: str) -> None:
    with pytest.raises(RomanizationError) as raised:
        romanize(typed)
    assert f"{note!r} in brackets is a note on the name, not part of it: give the name alone ({name})" in str(
        raised.value
    )


@pytest.mark.parametrize("typed", ["雷军(小米", "(小米)", "雷军x"])
def test_other_shapes_are_refused_as_before(typed: str) -> None:
    with pytest.raises(RomanizationError) as raised:
        romanize(typed)
    assert "give the name in Chinese characters" in str(raised.value)


def test_add_says_it(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", "雷军（小米）", "--en", "Lei Jun", "--type", "person"])
    assert result.exit_code == 2, result.output
    assert "give the name alone (雷军) and the note apart (--note, --role)" in result.stderr

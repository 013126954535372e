"""Ready-made commands quoted once (the review's R39-22).

ec7bd5bb wrote the run's --db into every ready-made command of add/edit/remove/validate (U38-26), quoted by shlex;
where the message itself sets the command in single quotes ("use 'zhgloss edit wang-yong' to change it"), a path
that needs quoting nested quotes in quotes: "use 'zhgloss --db 't/my dir/g l.json' edit wang-yong' to change it",
no longer one string to copy. Now such a command loses the message's quotes where the path is quoted, and every
word of a printed command is quoted once (`validate.shell_quote`): an apostrophe's word in double quotes
("Bātè'ěr", where shlex writes 'Bātè'"'"'ěr').
"""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from zhgloss.cli.curate import on_db
from zhgloss.validate import shell_quote


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
@example("Bātè'ěr")
@example("it's $HOME")
@example('say "hi"')
@example("a!b'c")
def test_a_quoted_word_reads_back_as_itself(text: str) -> None:
    assert shlex.split(shell_quote(text)) == [text]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("wang-yong", "wang-yong"),
        ("Vice Governor@Guangdong", "'Vice Governor@Guangdong'"),
        ("Bātè'ěr", '"Bātè\'ěr"'),
        ("my dir/it's.json", '"my dir/it\'s.json"'),
        ("it's $5", "'it'\"'\"'s $5'"),  # $ is read inside double quotes: shlex's form
    ],
)
def test_each_word_is_quoted_once(text: str, quoted: str) -> None:
    assert shell_quote(text) == quoted


def test_a_quoted_command_loses_the_messages_quotes_where_the_path_is_quoted() -> None:
    message = "use 'zhgloss edit wang-yong' to change it"
    assert (
        on_db(message, Path("t/my dir/g l.json")) == "use zhgloss --db 't/my dir/g l.json' edit wang-yong to change it"
    )
    # a path that needs no quotes keeps the message as it was written
    assert on_db(message, Path("t/g.json")) == "use 'zhgloss --db t/g.json edit wang-yong' to change it"


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"), min_size=1))
@example("t/my dir/g l.json")
@example("it's here.json")
def test_the_printed_command_runs_on_the_path(path: str) -> None:
    said = on_db("use 'zhgloss edit wang-yong' to change it", Path(path))
    command = said.removeprefix("use ").removesuffix(" to change it")
    if command.startswith("'zhgloss --db ") and command.endswith("'"):  # a path needing no quotes: the message's kept
        command = command[1:-1]
    words = shlex.split(command)
    assert words == ["zhgloss", "--db", str(Path(path)), "edit", "wang-yong"]


def test_add_twice_prints_a_command_that_runs(tmp_path: Path) -> None:
    folder = tmp_path / "my dir"
    folder.mkdir()
    db = folder / "g l.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    add = ["zhgloss", "add", "王勇", "--type", "person", "--en", "Wang Yong", "--yes", "--db", str(db)]
    subprocess.run(add, check=True, capture_output=True)
    again = subprocess.run(add, capture_output=True, text=True)
    assert again.returncode == 2
    said = again.stderr.split("use ", 1)[1].split(" to change it", 1)[0]
    assert said == f"zhgloss --db {shlex.quote(str(db))} edit wang-yong"
    done = subprocess.run([*shlex.split(said), "--note", "State Councilor"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_one_word_pinyin_with_an_apostrophe_is_in_double_quotes(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "add", "巴特尔", "--type", "person", "--en", "Bater", "--yes", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert 'edit bater --pinyin "Bātè\'ěr")' in done.stderr

"""The ready-made fix commands of add, edit and validate name the glossary the run used (U38-26).

`zhgloss validate --db d.json` printed "(zhgloss edit chen-min-er --remove-role … --role …)", and `add 王勇 --db
ns.json` "use 'zhgloss edit wang-yong' to change it": run as printed, without --db, they open the usual glossary
(the bundled one is read-only; a user's own from `zhgloss init` is another file). harvest writes "zhgloss --db hn.json
edit …" (R35-15). Each command in a message now carries the run's --db, or ZHGLOSS_DB's path, when one was given.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.cli.curate import on_db


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ns.json"
    assert _run("init", str(path), "--empty").returncode == 0
    assert _run("--db", str(path), "add", "王勇", "--type", "person", "-y").returncode == 0
    return path


def test_adds_namesake_message_names_the_glossary(db: Path) -> None:
    done = _run("--db", str(db), "add", "王勇", "--type", "person", "-y")
    assert done.returncode == 2
    assert f"use 'zhgloss --db {shlex.quote(str(db))} edit wang-yong' to change it" in done.stderr


def test_validates_fixes_name_the_glossary_in_text_and_json(db: Path) -> None:
    data = json.loads(db.read_text(encoding="utf-8"))
    for entry in data["entries"].values():
        entry["roles"] = [
            {"title": "Party Secretary", "org": "Guizhou", "from": "2015-07"},
            {"title": "Party Secretary", "org": "Chongqing", "from": "2017-07", "to": "2022-12"},
        ]
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text = _run("validate", "--db", str(db))
    assert f"(zhgloss --db {shlex.quote(str(db))} edit wang-yong --remove-role" in text.stdout
    problems = json.loads(_run("validate", "--db", str(db), "--json").stdout)["problems"]
    assert all(
        f"zhgloss --db {shlex.quote(str(db))} edit" in p["message"] for p in problems if "zhgloss" in p["message"]
    )
    env = {**os.environ, "ZHGLOSS_DB": str(db)}
    assert f"(zhgloss --db {shlex.quote(str(db))} edit" in _run("validate", env=env).stdout


def test_a_library_errors_command_names_the_glossary(db: Path) -> None:
    # --refers-to of no entry: the library's message says which add to run first.
    done = _run("--db", str(db), "add", "腾讯", "--type", "org", "--en", "Tencent", "--refers-to", "马化腾", "-y")
    assert done.returncode == 2
    assert f"zhgloss --db {shlex.quote(str(db))} add 马化腾 --type TYPE" in done.stderr


def test_removes_refusal_names_the_glossary(db: Path) -> None:
    assert _run("--db", str(db), "add", "国务院", "--type", "org", "--en", "State Council", "-y").returncode == 0
    assert (
        _run("--db", str(db), "edit", "wang-yong", "--role", "State Councilor@State Council:2013..2023").returncode == 0
    )
    done = _run("--db", str(db), "remove", "state-council", "--yes")
    assert done.returncode == 2
    assert f"re-point them first ('zhgloss --db {shlex.quote(str(db))} edit ID')" in done.stderr


def test_without_db_the_commands_are_as_before(tmp_path: Path) -> None:
    # No --db and no ZHGLOSS_DB: the usual glossary, which a printed command opens too.
    env = {k: v for k, v in os.environ.items() if k != "ZHGLOSS_DB"}
    env["XDG_DATA_HOME"] = str(tmp_path)
    env["HOME"] = str(tmp_path)
    assert _run("init", "--empty", env=env).returncode == 0
    assert _run("add", "王勇", "--type", "person", "-y", env=env).returncode == 0
    done = _run("add", "王勇", "--type", "person", "-y", env=env)
    assert done.returncode == 2
    assert "use 'zhgloss edit wang-yong' to change it" in done.stderr
    assert "--db" not in done.stderr


@given(st.sampled_from(["edit", "add", "remove", "import"]), st.text(alphabet="ab -'", max_size=12))
def test_every_command_in_a_message_gets_the_db_and_nothing_else_changes(command: str, rest: str) -> None:
    message = f"do this (zhgloss {command} x{rest}) or that"
    assert on_db(message, None) == message
    assert on_db(message, Path("my dir/g.json")) == f"do this (zhgloss --db 'my dir/g.json' {command} x{rest}) or that"
    assert on_db("zhgloss knows no reading", Path("g.json")) == "zhgloss knows no reading"
    # The user's own command line, and a help page, open no glossary of the message's making.
    assert on_db("(run zhgloss add again with --en X)", Path("g.json")) == "(run zhgloss add again with --en X)"
    assert on_db("see 'zhgloss edit --help'", Path("g.json")) == "see 'zhgloss edit --help'"

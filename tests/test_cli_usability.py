"""Everyday use through the installed console script (issue 13): exit codes, choices, option order, help.

Every test here runs `zhgloss` as a real subprocess: with stdin a pipe (no terminal), or on a
pseudo-terminal (the stdlib `pty`) where a person would be typing.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
from pathlib import Path

import pytest
from terminal import on_terminal, run, wait_until_blocked

from zhgloss.cli import COMMANDS, load_commands
from zhgloss.cli.common import EXIT_MEANINGS, ChoiceType, ExitCode

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture
def corrupt(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.json"
    path.write_bytes(b'{"entries": {"1": {')
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Small real input files for every command."""
    made = {
        "zh": "雷军说。\n",
        "en": "Lei Jun said.\n",
        "en_missing": "He said.\n",
        "en_short": "",
        "zh_two": "雷军说。\n马云说。\n",
        "article": "小米创始人雷军（Lei Jun）说。\n",
        "plain": "今天天气很好。\n",
        "new.jsonl": json.dumps({"id": "wang-tengteng", "type": "person", "zh": "王腾腾", "en": "Wang Tengteng"})
        + "\n",
        "clash.jsonl": json.dumps({"id": "lei-jun", "type": "person", "zh": "雷军", "en": "Lei Jun (clash)"}) + "\n",
        "broken.jsonl": '{"id": "x",\n',
    }
    out: dict[str, Path] = {}
    for name, text in made.items():
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    bad = tmp_path / "bad-type.json"
    bad.write_text(
        json.dumps({"entries": {"1": {"id": "wang-tengteng", "type": "persn", "zh": "王腾腾", "en": "Wang Tengteng"}}}),
        encoding="utf-8",
    )
    out["bad-type.json"] = bad
    return out


# (command, arguments, expected code); DB is the writable copy, CORRUPT a broken glossary, {name} a file above.
CODES: list[tuple[str, list[str], int]] = [
    ("lookup", ["雷军", "--db", "DB"], 0),
    ("lookup", ["李白白", "--db", "DB"], 1),
    ("lookup", ["雷军", "--field", "colour"], 2),
    ("lookup", ["雷军", "--db", "CORRUPT"], 3),
    ("show", ["lei-jun", "--db", "DB"], 0),
    ("show", ["no-such-id", "--db", "DB"], 1),
    ("show", [], 2),
    ("show", ["lei-jun", "--db", "CORRUPT"], 3),
    ("list", ["--db", "DB"], 0),
    ("list", ["--type", "term", "--db", "DB"], 1),
    ("list", ["--type", "planet", "--db", "DB"], 2),
    ("list", ["--db", "CORRUPT"], 3),
    ("init", ["NEW"], 0),
    ("init", ["DB"], 2),
    ("search", ["Lei Jun", "--db", "DB"], 0),
    ("search", ["qqqqzzzz", "--db", "DB"], 1),
    ("search", ["Lei", "--limit", "0", "--db", "DB"], 2),
    ("search", ["Lei", "--db", "CORRUPT"], 3),
    ("annotate", ["{zh}", "--db", "DB"], 0),
    ("annotate", ["--format", "htm", "--db", "DB"], 2),
    ("annotate", ["{zh}", "--encoding", "ascii", "--db", "DB"], 3),
    ("annotate", ["{zh}", "--db", "CORRUPT"], 3),
    ("check", ["{zh}", "{en}", "--db", "DB"], 0),
    ("check", ["{zh}", "{en_missing}", "--db", "DB"], 1),
    ("check", ["{zh}", "--db", "DB"], 2),
    ("check", ["{zh_two}", "{en}", "--db", "DB"], 3),
    ("check", ["{zh}", "{en}", "--db", "CORRUPT"], 3),
    ("romanize", ["曾国藩"], 0),
    ("romanize", ["abc"], 2),
    ("romanize", ["曾国藩", "--order", "west"], 2),
    ("add", ["王腾腾", "--en", "Wang Tengteng", "--db", "DB"], 0),
    ("add", ["王腾腾", "--type", "persn", "--en", "Wang Tengteng", "--db", "DB"], 2),
    ("add", ["王腾腾", "--db", "CORRUPT"], 3),
    ("edit", ["lei-jun", "--note", "x", "--db", "DB"], 0),
    ("edit", ["no-such-id", "--note", "x", "--db", "DB"], 1),
    ("edit", ["lei-jun", "--db", "DB"], 2),  # no flags and no terminal: nothing to edit with
    ("edit", ["lei-jun", "--note", "x", "--db", "CORRUPT"], 3),
    ("remove", ["leibusi", "--yes", "--db", "DB"], 0),
    ("remove", ["no-such-id", "--yes", "--db", "DB"], 1),
    ("remove", ["leibusi", "--db", "DB"], 2),  # no terminal to ask on, no --yes
    ("remove", ["leibusi", "--yes", "--db", "CORRUPT"], 3),
    ("validate", ["DB"], 0),
    ("validate", ["{bad-type.json}"], 1),
    ("validate", ["DB", "--strict", "--bogus"], 2),
    ("validate", ["CORRUPT"], 3),
    ("import", ["{new.jsonl}", "--db", "DB"], 0),
    ("import", ["{clash.jsonl}", "--db", "DB"], 1),
    ("import", ["{new.jsonl}", "--on-conflict", "merge", "--db", "DB"], 2),
    ("import", ["{broken.jsonl}", "--db", "DB"], 3),
    ("export", ["--db", "DB"], 0),
    ("export", ["--type", "term", "--db", "DB"], 1),
    ("export", ["--format", "cedict", "--db", "DB"], 2),
    ("export", ["--db", "CORRUPT"], 3),
    ("harvest", ["{article}", "--db", "DB"], 0),
    ("harvest", ["{plain}", "--db", "DB"], 1),
    ("harvest", ["{article}", "--add", "--db", "DB"], 2),  # --add cannot ask without a terminal
    ("harvest", ["{article}", "--db", "CORRUPT"], 3),
    ("serve", ["--port", "70000"], 2),  # 0 is a server running until Ctrl-C: see test_server.py
]


def _expand(args: list[str], db: Path, corrupt: Path, new: Path, files: dict[str, Path]) -> list[str]:
    names = {"DB": str(db), "CORRUPT": str(corrupt), "NEW": str(new)}
    return [names.get(a) or (str(files[a[1:-1]]) if a.startswith("{") else a) for a in args]


@pytest.mark.parametrize(("command", "args", "code"), CODES, ids=[f"{c}-{k}-{i}" for i, (c, _, k) in enumerate(CODES)])
def test_every_command_exits_with_the_table_code(
    zhgloss_exe: str,
    glossary_path: Path,
    corrupt: Path,
    files: dict[str, Path],
    tmp_path: Path,
    command: str,
    args: list[str],
    code: int,
) -> None:
    before = corrupt.read_bytes()
    result = run(zhgloss_exe, command, *_expand(args, glossary_path, corrupt, tmp_path / "new.json", files))
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert corrupt.read_bytes() == before  # a corrupt glossary is never overwritten
    if code:
        assert result.stderr.strip(), "a failure says why on stderr"
    if code >= 2:
        assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1, result.stderr


def test_the_code_table_covers_every_command_and_code() -> None:
    commands = {command for command, _, _ in CODES}
    assert commands == set(COMMANDS)
    for command in commands:
        codes = {code for c, _, code in CODES if c == command}
        assert ({2} if command == "serve" else {0, 2}) <= codes, command
    assert {code for _, _, code in CODES} == {c for c in ExitCode if c != ExitCode.INTERRUPTED}


def test_readme_exit_code_table_is_the_one_in_code() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", section, flags=re.MULTILINE))
    assert {int(code): meaning.replace("`", "") for code, meaning in rows.items()} == {
        int(code): meaning for code, meaning in EXIT_MEANINGS.items()
    }


def test_help_lists_every_exit_code(zhgloss_exe: str) -> None:
    text = " ".join(run(zhgloss_exe, "--help").stdout.split())
    for code, meaning in EXIT_MEANINGS.items():
        assert f"{int(code)} {meaning}" in text


# Ctrl-C and questions ---------------------------------------------------------


def test_ctrl_c_at_a_question_exits_130_quietly(zhgloss_exe: str, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    code, shown = on_terminal(zhgloss_exe, ["add", "王腾腾", "--db", str(glossary_path)], [("type", None)])
    assert code == 130, shown
    assert "Aborted" not in shown
    assert "Traceback" not in shown
    assert glossary_path.read_bytes() == before


def test_ctrl_c_while_working_exits_130_quietly(zhgloss_exe: str) -> None:
    proc = subprocess.Popen(
        [zhgloss_exe, "annotate"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("雷军\n".encode())
    proc.stdin.flush()
    assert "Lei Jun" in proc.stdout.readline().decode()  # running, and waiting for more input
    wait_until_blocked(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert b"Aborted" not in err


@pytest.mark.parametrize(
    ("args", "question"),
    [
        (["remove", "leibusi"], "Remove 'leibusi'?"),
        (["harvest", "ARTICLE", "--add"], "Add 1 new entry"),
    ],
)
def test_answering_no_exits_1_everywhere(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path, args: list[str], question: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("小米高管王腾腾（Wang Tengteng）说。\n", encoding="utf-8")
    before = glossary_path.read_bytes()
    argv = [str(article) if a == "ARTICLE" else a for a in args]
    code, shown = on_terminal(zhgloss_exe, [*argv, "--db", str(glossary_path)], [(question, b"n\n")])
    assert code == 1, shown
    assert "nothing" in shown
    assert glossary_path.read_bytes() == before


# Choices ------------------------------------------------------------------------


def _choice_options() -> list[tuple[str, str, tuple[str, ...]]]:
    group = load_commands()
    import typer.main

    click_group = typer.main.get_command(group)
    out = []
    for name, command in click_group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if isinstance(param.type, ChoiceType):
                out.append((name, max(param.opts, key=len), param.type.choices))
    return out


CHOICE_OPTIONS = _choice_options()
REQUIRED = {"lookup": ["x"], "show": ["x"], "search": ["x"], "check": ["x"], "romanize": ["x"], "add": ["x"]}
REQUIRED |= {"edit": ["x"], "remove": ["x"], "import": ["x"], "harvest": ["x"]}


def test_every_closed_set_of_values_is_a_choice_type() -> None:
    import typer.main
    from typer._types import TyperChoice

    click_group = typer.main.get_command(load_commands())
    for name, command in click_group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            assert not isinstance(param.type, TyperChoice), f"{name} {param.opts}: use choice_option"
    options = {(command, option) for command, option, _ in CHOICE_OPTIONS}
    for expected in [("add", "--type"), ("edit", "--type"), ("list", "--type"), ("search", "--type")]:
        assert expected in options
    assert ("export", "--format") in options and ("import", "--format") in options


@pytest.mark.parametrize(("command", "option", "choices"), CHOICE_OPTIONS, ids=lambda v: str(v)[:20])
def test_a_mistyped_choice_is_a_usage_error_with_a_guess(
    zhgloss_exe: str, command: str, option: str, choices: tuple[str, ...]
) -> None:
    wanted = max(choices, key=len)
    typo = wanted[:-1] + "x" if len(wanted) > 3 else wanted + "x"
    result = run(zhgloss_exe, command, *REQUIRED.get(command, []), option, typo)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {option}: {typo!r} is not one of {', '.join(choices)}")
    assert f"did you mean {wanted!r}?" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_type_typo_is_refused_before_anything_is_made(zhgloss_exe: str, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    for args in (["--en", "Wang Tengteng"], []):
        result = run(zhgloss_exe, "add", "王腾腾", "--type", "persn", *args, "--db", str(glossary_path))
        assert result.returncode == 2
        assert "did you mean 'person'?" in result.stderr
    assert glossary_path.read_bytes() == before


def test_validate_reports_an_unknown_type(zhgloss_exe: str, files: dict[str, Path]) -> None:
    result = run(zhgloss_exe, "validate", str(files["bad-type.json"]))
    assert result.returncode == 1
    assert "wang-tengteng: error: type: 'persn' is not a known type" in result.stdout
    assert "did you mean 'person'?" in result.stdout


def test_type_aliases_and_case_are_accepted(zhgloss_exe: str) -> None:
    result = run(zhgloss_exe, "list", "--type", "Organisation")
    assert result.returncode == 0
    assert all(line.split("\t")[1] == "org" for line in result.stdout.splitlines())


# Global options before or after the command name ---------------------------------


def test_db_and_json_before_the_command_name(zhgloss_exe: str, glossary_path: Path, corrupt: Path) -> None:
    after = run(zhgloss_exe, "lookup", "雷军", "--db", str(glossary_path), "--json")
    assert after.returncode == 0
    for argv in (
        ["--db", str(glossary_path), "lookup", "雷军", "--json"],
        ["--db", str(glossary_path), "--json", "lookup", "雷军"],
        [f"--db={glossary_path}", "--json", "lookup", "雷军"],
        ["--json", "lookup", "--db", str(glossary_path), "雷军"],
    ):
        before = run(zhgloss_exe, *argv)
        assert (before.returncode, before.stdout) == (0, after.stdout), argv
    # The one written after the command name wins; either beats $ZHGLOSS_DB.
    assert run(zhgloss_exe, "--db", str(corrupt), "lookup", "雷军", "--db", str(glossary_path)).returncode == 0
    env = {"ZHGLOSS_DB": str(corrupt)}
    assert run(zhgloss_exe, "--db", str(glossary_path), "lookup", "雷军", env=env).returncode == 0
    assert run(zhgloss_exe, "lookup", "雷军", env=env).returncode == 3


@pytest.mark.parametrize("command", ["show", "list", "search", "validate", "export", "add"])
def test_global_db_works_for_other_commands(zhgloss_exe: str, corrupt: Path, command: str) -> None:
    args = {"show": ["lei-jun"], "search": ["Lei"], "add": ["王腾腾", "--en", "Wang Tengteng"]}.get(command, [])
    result = run(zhgloss_exe, "--db", str(corrupt), command, *args)
    assert result.returncode == 3, result.stderr  # it did read the --db given before the name
    assert str(corrupt) in result.stderr


def test_json_before_a_command_without_json_is_a_usage_error(zhgloss_exe: str) -> None:
    result = run(zhgloss_exe, "--json", "export")
    assert result.returncode == 2
    assert "--json" in result.stderr


# Help and messages ----------------------------------------------------------------


@pytest.mark.parametrize("columns", ["80", "120"])
def test_top_level_help_has_examples_and_whole_summaries(zhgloss_exe: str, columns: str) -> None:
    text = run(zhgloss_exe, "--help", env={"COLUMNS": columns}).stdout
    assert "Examples:\n" in text
    assert "zhgloss lookup 雷军" in text
    listing = text.split("Commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split()[0] for line in listing] == list(COMMANDS)
    group = load_commands()
    import typer.main

    for line, (name, command) in zip(
        listing,
        typer.main.get_command(group).commands.items(),  # type: ignore[attr-defined]
        strict=True,
    ):
        assert not line.endswith("..."), line
        summary = (command.callback.__doc__ or "").strip().splitlines()[0]
        assert line.split(None, 1)[1] == summary, name


def test_usage_lines_share_one_style(zhgloss_exe: str) -> None:
    for command in COMMANDS:
        usage = run(zhgloss_exe, command, "--help").stdout.splitlines()[0]
        if command == "check":  # a usage form written out: one source and its translation, or bilingual files
            assert usage == "Usage: zhgloss check [OPTIONS] SOURCE [TRANSLATION] | FILE... | DIR..."
            continue
        assert re.fullmatch(rf"Usage: zhgloss {command} \[OPTIONS\]( \[?[A-Z]+(\.\.\.)?\]?)*", usage), usage


def test_counts_are_in_the_singular_for_one(zhgloss_exe: str, glossary_path: Path, files: dict[str, Path]) -> None:
    harvested = run(zhgloss_exe, "harvest", str(files["article"]), "--db", str(glossary_path))
    assert "1 pair:" in harvested.stderr
    added = run(zhgloss_exe, "harvest", str(files["article"]), "--db", str(glossary_path), "--add", "--yes")
    assert "1 pairs" not in added.stderr
    exported = run(zhgloss_exe, "export", "--db", str(glossary_path), "--type", "place")
    assert "exported 1 entry as jsonl" in exported.stderr
    validated = run(zhgloss_exe, "validate", str(files["bad-type.json"]))
    assert validated.stderr == "1 error, 0 warnings in 1 entry\n"

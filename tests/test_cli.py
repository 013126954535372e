"""The foundation commands (lookup, show, list, init) and what every command shares."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss import __version__
from zhgloss.cli import app

HEAVY = ("pypinyin", "rapidfuzz", "opencc", "daachorse", "charset_normalizer", "defusedxml", "tinydb.operations")


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("刘强东", "liu-qiangdong"),
        ("劉強東", "liu-qiangdong"),
        ("Liu Qiangdong", "liu-qiangdong"),
        ("richard liu", "liu-qiangdong"),
        ("RICHARD LIU", "liu-qiangdong"),
        ("Liú Qiángdōng", "liu-qiangdong"),
        ("liu2 qiang2 dong1", "liu-qiangdong"),
        ("liu2qiang2dong1", "liu-qiangdong"),
        ("liu qiangdong", "liu-qiangdong"),
        ("liuqiangdong", "liu-qiangdong"),
        ("雷军", "lei-jun"),
        ("雷軍", "lei-jun"),
        ("lei jun", "lei-jun"),
        ("Zou Tao", "zou-tao"),
        ("鄒濤", "zou-tao"),
        ("Ma Yun", "jack-ma"),
        ("Jack Ma", "jack-ma"),
        ("Ma Huateng", "pony-ma"),
        ("金山", "kingsoft"),
        ("金山软件", "kingsoft"),
        ("金山办公", "kingsoft-office"),
        ("雷布斯", "leibusi"),
        ("Leibusi", "leibusi"),
        ("Factory Director Lei", "factory-director-lei"),
        ("賈伯斯", "steve-jobs"),
        ("史蒂夫•乔布斯", "steve-jobs"),
        ("小米", "xiaomi"),
        ("小米集团", "xiaomi-group"),
    ],
)
def test_lookup_every_form(runner: CliRunner, query: str, expected_id: str) -> None:
    result = runner.invoke(app, ["lookup", query, "--json"])
    assert result.exit_code == 0, result.output
    matches = json.loads(result.stdout)[0]["matches"]
    assert matches[0]["entry"]["id"] == expected_id


def test_lookup_field_for_scripts(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "雷军", "--field", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Lei Jun\n"
    assert result.stderr == ""


def test_lookup_reversed_order_is_reported(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "Qiangdong Liu"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("刘强东 Liu Qiangdong")
    assert "(matched 'Qiangdong Liu' as 'Liu Qiangdong' in the other order)" in result.stdout
    as_json = json.loads(runner.invoke(app, ["lookup", "Qiangdong Liu", "--json"]).stdout)
    assert as_json[0]["matches"][0]["reversed"] is True


def test_lookup_wrong_tones_do_not_match(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "liu3 qiang2 dong1"])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_lookup_card_shows_what_a_translator_needs(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "雷军"])
    assert result.exit_code == 0, result.output
    card = result.stdout
    assert card.startswith("雷军 Lei Jun  [person · lei-jun]\n")
    assert "  traditional: 雷軍\n" in card
    assert "  pinyin: Léi Jūn\n" in card
    assert "雷布斯 Leibusi (nickname)" in card  # nicknames that refer to him
    assert "CEO, Kingsoft Corporation (1998–2007)" in card
    assert "\x1b[" not in card  # no colour when not a terminal


def test_nickname_card_names_its_person(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "leibusi"])
    assert result.exit_code == 0, result.output
    assert "  refers to: 雷军 Lei Jun (lei-jun)\n" in result.stdout


def test_lookup_several_and_from_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "-", "--field", "en"], input="雷军\n王翔\n\n邹涛\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Lei Jun\nWang Xiang\n\nZou Tao\n"  # the blank line stays (issue 13)


def test_lookup_some_missing_exits_1_and_keeps_lines_aligned(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "雷军", "李白", "王翔", "--field", "en"])
    assert result.exit_code == 1
    assert result.stdout == "Lei Jun\n\nWang Xiang\n"
    assert "Error: no entry matches '李白'" in result.stderr


def test_lookup_json_is_one_document(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "雷军", "李白", "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [d["query"] for d in data] == ["雷军", "李白"]
    assert data[0]["matches"][0]["entry"]["zh_hant"] == "雷軍"
    assert data[1]["matches"] == []


@pytest.mark.parametrize("command", [["lookup"], ["lookup", "--json"], ["romanize"]])
@pytest.mark.parametrize("empty", ["", "   "])
def test_empty_query_on_the_command_line_is_a_usage_error(runner: CliRunner, command: list[str], empty: str) -> None:
    # An empty argument is a mistake (exit 2, nothing on stdout), unlike a blank line of a batch read from stdin.
    result = runner.invoke(app, [*command, "雷军", empty])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: the query {empty!r} is empty: give a name, or - to read names from stdin\n"


def test_bad_field_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "雷军", "--field", "colour"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --field: 'colour' is not one of id, type, zh,")


def test_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "雷军", "--colour"])
    assert result.exit_code == 2
    assert "No such option" in result.stderr


def test_undecodable_stdin_is_a_data_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "-"], input="雷军\n".encode("gbk"))
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: '<stdin>': is not UTF-8 (byte 0")


def test_show_unknown_id(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "li-bai"])
    assert result.exit_code == 1
    assert result.stderr == "Error: no entry id matches 'li-bai'\n"


def test_list_by_type(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--type", "nickname"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["leibusi", "nickname", "雷布斯", "Leibusi"] in rows
    assert all(row[1] == "nickname" for row in rows)
    assert runner.invoke(app, ["list", "--type", "term"]).exit_code == 1  # a type, but no entry has it
    assert runner.invoke(app, ["list", "--type", "planet"]).exit_code == 2  # not a type at all


def test_corrupt_glossary_exits_3_untouched(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"entries": {"1": {')
    result = runner.invoke(app, ["lookup", "雷军", "--db", str(bad)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: '{bad}': not valid JSON: ")
    assert "line 1, column 20" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert bad.read_bytes() == b'{"entries": {"1": {'


def test_missing_glossary_says_how_to_make_one(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "none.json"
    result = runner.invoke(app, ["lookup", "雷军", "--db", str(missing)])
    assert result.exit_code == 3
    assert f"create it with 'zhgloss init {missing}'" in result.stderr


def test_db_from_environment(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    assert runner.invoke(app, ["init", str(path)]).exit_code == 0
    text = path.read_text(encoding="utf-8").replace('"Lei Jun"', '"Lei Jun (env)"', 1)
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["lookup", "雷军", "--field", "en"], env={"ZHGLOSS_DB": str(path)})
    assert result.stdout == "Lei Jun (env)\n"


def test_init_copies_bundled_and_user_glossary_becomes_default(
    runner: CliRunner, tmp_path: Path, bundled: Path
) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = runner.invoke(app, ["init"], env=env)
    assert result.exit_code == 0, result.output
    created = Path(result.stdout.strip())
    assert created == tmp_path / "xdg" / "zhgloss" / "glossary.json"
    assert json.loads(created.read_text(encoding="utf-8")) == json.loads(bundled.read_text(encoding="utf-8"))
    again = runner.invoke(app, ["init"], env=env)
    assert again.exit_code == 2  # a usage error: the target exists (issue 13)
    assert "already exists" in again.stderr


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.stdout == f"zhgloss {__version__}\n"


def test_help_lists_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert "Exit codes: 0 success; 1 nothing found" in flat
    assert "3 data error" in flat


def test_every_command_has_help_text(runner: CliRunner) -> None:
    import typer.main

    group = typer.main.get_group(app)
    assert set(group.commands) >= {"lookup", "show", "list", "init"}
    for name, command in group.commands.items():
        assert command.help and command.help.strip(), f"{name} has no help"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Example:" in result.stdout, f"{name} --help has no example"


def test_importing_the_cli_loads_no_heavy_library() -> None:
    code = "import sys, zhgloss.cli; print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {!r})))".format(
        tuple(h.split(".")[0] for h in HEAVY),
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert [m for m in out if m.split(".")[0] != "tinydb"] == []


def test_lookup_loads_no_heavy_library(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom zhgloss.cli import main\nsys.argv = ['zhgloss', 'lookup', '雷军', '--field', 'en']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pypinyin', 'rapidfuzz', 'opencc', 'daachorse')))"
    )
    # The first lookup after a change builds the index (that may convert scripts with OpenCC); time
    # and again after it, a lookup answers from the index alone.
    subprocess.run([sys.executable, "-m", "zhgloss", "lookup", "雷军"], capture_output=True, check=True)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["Lei Jun", "[]"]


def _modules_after(argv: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """Run the console script's main on `argv` in a new interpreter; return the modules of `prefixes` it imported."""
    code = (
        f"import sys\nfrom zhgloss.cli import main\nsys.argv = ['zhgloss', *{argv!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {prefixes!r}))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(run.stdout.splitlines()[-1].replace("'", '"')))


def test_add_fills_in_the_traditional_form_without_loading_opencc(tmp_path: Path) -> None:
    # 王腾腾 has no OpenCC phrase in it: its traditional form comes from the character table
    # (zhgloss.opencc_table), and loading OpenCC's dictionaries would cost more than the rest of `add`.
    copy = tmp_path / "names.json"
    shutil.copyfile(Path(__file__).resolve().parent.parent / "glossary.json", copy)
    argv = ["add", "王腾腾", "--en", "Wang Tengteng", "--db", str(copy)]
    assert _modules_after(argv, ("opencc",)) == []
    assert json.loads(copy.read_text(encoding="utf-8"))["entries"]
    assert "王騰騰" in copy.read_text(encoding="utf-8")


def test_romanize_and_validate_import_no_tempfile() -> None:
    # The first runs may build the caches (the lookup index, the readings tables) and, once a cache file is
    # SETTLED_NS old, stamp it checked (zhgloss.cache._is_whole), which write files; time and again after
    # that, neither command writes anything. (With one warm-up run only, this failed whenever the machine
    # took over 2 s between the runs: the second run stamped the cache.)
    import time

    from zhgloss.cache import SETTLED_NS

    for argv in (["romanize", "曾国藩"], ["validate"]):
        _modules_after(argv, ())
        time.sleep(SETTLED_NS / 1e9 + 0.2)
        _modules_after(argv, ())
        assert _modules_after(argv, ("tempfile", "opencc")) == [], argv


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "zhgloss", "--help"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("Usage: zhgloss ")


def test_installed_console_script_from_another_directory(zhgloss_exe: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ZHGLOSS_DB"}
    result = subprocess.run(
        [zhgloss_exe, "lookup", "邹涛", "--field", "pinyin"], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Zōu Tāo\n"
    missing = subprocess.run([zhgloss_exe, "lookup", "李白"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr


def test_broken_pipe_is_quiet(zhgloss_exe: str) -> None:
    shell = f"'{zhgloss_exe}' list | head -n 1"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert "BrokenPipe" not in result.stderr


def test_no_color_env_and_terminal_rules(runner: CliRunner) -> None:
    from zhgloss.cli.common import use_color

    class Tty:
        def isatty(self) -> bool:
            return True

    assert use_color(Tty())
    os.environ["NO_COLOR"] = "1"
    try:
        assert not use_color(Tty())
    finally:
        del os.environ["NO_COLOR"]
    assert shutil.which("bash")


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("HK:1810", "stock-1810-hk"),
        ("3888.HK", "stock-3888-hk"),
        ("1810:HKEX", "stock-1810-hk"),
        ("688111", "stock-688111-sh"),
    ],
)
def test_lookup_stock_codes(runner: CliRunner, query: str, expected_id: str) -> None:
    result = runner.invoke(app, ["lookup", query, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["matches"][0]["entry"]["id"] == expected_id


def test_command_table_names_every_command_and_its_module() -> None:
    import typer.main

    from zhgloss.cli import COMMANDS, load_commands

    group = typer.main.get_group(load_commands())
    assert set(group.commands) == set(COMMANDS)
    for name, command in group.commands.items():
        assert command.callback is not None
        assert command.callback.__module__ == f"zhgloss.cli.{COMMANDS[name]}", name


def test_console_script_loads_only_the_command_it_runs() -> None:
    code = (
        "import sys\nfrom zhgloss.cli import main\nsys.argv = ['zhgloss', 'lookup', '雷军', '--field', 'en']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('zhgloss.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["Lei Jun", "['zhgloss.cli.common', 'zhgloss.cli.glossary']"]


@pytest.mark.parametrize(
    ("argv", "module", "expected"),
    [
        (["add", "王腾腾", "--en", "Wang Tengteng"], "curate", ["add"]),
        (["--db", "add", "edit", "lei-jun"], "curate", ["edit"]),  # --db's value is not the command
        (["import", "team.csv"], "exchange", ["import"]),  # a command named apart from its function
    ],
)
def test_console_script_builds_only_the_command_it_runs(argv: list[str], module: str, expected: list[str]) -> None:
    import typer.main

    from zhgloss.cli import _command_name, _only, load_commands

    shared = load_commands([module])
    before = list(typer.main.get_group(shared).commands)
    only = _only(shared, _command_name(argv))
    assert list(typer.main.get_group(only).commands) == expected
    assert list(typer.main.get_group(shared).commands) == before  # the shared app keeps every command
    assert len(before) > 1


def test_console_script_help_and_unknown_command_see_every_command(zhgloss_exe: str) -> None:
    from zhgloss.cli import COMMANDS

    help_text = subprocess.run([zhgloss_exe, "--help"], capture_output=True, text=True, check=True).stdout
    assert all(name in help_text for name in COMMANDS)
    typo = subprocess.run([zhgloss_exe, "lokup", "雷军"], capture_output=True, text=True)
    assert typo.returncode == 2
    assert "No such command 'lokup'" in typo.stderr


def test_duplicate_ids_in_the_file_are_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    doc = {"id": "a", "en": "A", "zh": "甲"}
    path = tmp_path / "dup.json"
    content = json.dumps({"entries": {"1": doc, "2": doc | {"zh": "乙"}}}, ensure_ascii=False)
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["lookup", "甲", "--db", str(path)])
    assert result.exit_code == 3
    assert "two entries have the id 'a'" in result.stderr
    assert path.read_text(encoding="utf-8") == content


def test_an_unusable_cache_folder_does_not_stop_a_lookup(zhgloss_exe: str, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    env = os.environ | {"ZHGLOSS_CACHE_DIR": str(not_a_folder)}
    for argv in (["lookup", "雷军", "--field", "en"], ["search", "Lei Jnu", "--limit", "1"]):
        result = subprocess.run([zhgloss_exe, *argv], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        assert "Lei Jun" in result.stdout
    annotated = subprocess.run([zhgloss_exe, "annotate"], input="雷军", capture_output=True, text=True, env=env)
    assert annotated.returncode == 0, annotated.stderr
    assert annotated.stdout == "雷军（Lei Jun）"


def test_list_type_is_normalized_and_json_follows_the_same_exit_rule(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--type", "Organisation"])
    assert result.exit_code == 0, result.output
    assert "xiaomi\torg\t小米\tXiaomi" in result.stdout.splitlines()
    empty = runner.invoke(app, ["list", "--type", "term", "--json"])
    assert empty.exit_code == 1
    assert json.loads(empty.stdout) == []


def test_lookup_field_en_adopted(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lookup", "马云", "雷军", "--field", "en_adopted"])
    assert result.stdout == "true\nfalse\n"


def test_init_twice_says_what_to_do(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "g.json"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    again = runner.invoke(app, ["init", str(target)])
    assert again.exit_code == 2
    assert again.stderr == f"Error: '{target}' already exists; choose another path, or move the file away first\n"


def test_a_folder_as_db_says_so(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["lookup", "雷军", "--db", str(tmp_path)])
    assert result.exit_code == 3
    assert "is a folder, not a glossary file" in result.stderr


@pytest.mark.parametrize(("query", "expected_id"), [("京東集團", "jd-com"), ("阿里巴巴集團", "alibaba")])
def test_lookup_traditional_spelling_of_a_simplified_alias(runner: CliRunner, query: str, expected_id: str) -> None:
    result = runner.invoke(app, ["lookup", query, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["matches"][0]["entry"]["id"] == expected_id


def test_writing_the_bundled_glossary_says_how_to_get_a_copy(runner: CliRunner, bundled: Path) -> None:
    before = bundled.read_bytes()
    result = runner.invoke(app, ["add", "张一鸣", "--type", "person", "--en", "Zhang Yiming", "--yes"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: the glossary '{bundled}' is read-only; run 'zhgloss init' to get your own copy of it, "
        "or pass --db PATH\n"
    )
    assert bundled.read_bytes() == before

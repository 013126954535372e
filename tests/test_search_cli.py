"""`zhgloss search` through the real CLI, and the "did you mean" of `zhgloss lookup`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.model import Entry
from zhgloss.store import Glossary


def run(runner: CliRunner, *args: str, db: Path, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["search", *args, "--db", str(db)], input=stdin)


def test_several_words_need_no_quotes(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "Richard", "Liu", db=glossary_path)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    first = result.stdout.splitlines()[0]
    assert first == "100  刘强东 Liu Qiangdong  [person · liu-qiangdong]  alias: Richard Liu"


def test_each_line_shows_score_entry_and_matched_form(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "雷君", db=glossary_path)
    assert result.exit_code == 0, result.output
    score, rest = result.stdout.splitlines()[0].split("  ", 1)
    assert 60 <= int(score) < 100
    assert rest == "雷军 Lei Jun  [person · lei-jun]  homophone of 雷军"


def test_nickname_line_names_the_entry_it_stands_for(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "Leibusi", "--limit", "1", db=glossary_path)
    assert result.stdout == "100  雷布斯 Leibusi  [nickname · leibusi]  → 雷军 Lei Jun  English\n"


def test_limit_and_type(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "Kingsoft", "-n", "2", db=glossary_path)
    assert len(result.stdout.splitlines()) == 2
    result = run(runner, "Lei", "--type", "nickname", "--type", "person", db=glossary_path)
    assert result.exit_code == 0, result.output
    types = {line.split("[")[1].split(" ·")[0] for line in result.stdout.splitlines()}
    assert types <= {"nickname", "person"} and "nickname" in types


def test_type_is_normalized_as_entries_are(runner: CliRunner, glossary_path: Path) -> None:
    lower = run(runner, "Kingsoft", "--type", "org", db=glossary_path)
    assert lower.exit_code == 0, lower.output
    for spelling in ("Organisation", "Org", "company"):
        result = run(runner, "Kingsoft", "--type", spelling, db=glossary_path)
        assert result.exit_code == 0, result.output
        assert result.stdout == lower.stdout
    assert "[org · kingsoft]" in lower.stdout


def test_min_score_leaves_out_weaker_hits(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "Kingsoft", "--min-score", "95", db=glossary_path)
    assert [int(line.split()[0]) for line in result.stdout.splitlines()] == [100]


def test_json_is_one_document(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "lqd", "--json", db=glossary_path)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["query"] == "lqd"
    top = doc["hits"][0]
    assert (top["entry"]["id"], top["matched"], top["score"], top["refers_to"]) == (
        "liu-qiangdong",
        "pinyin initials",
        85,
        None,
    )
    assert top["form"] == "Liú Qiángdōng"


def test_json_nickname_carries_its_target(runner: CliRunner, glossary_path: Path) -> None:
    doc = json.loads(run(runner, "雷布斯", "--json", "-n", "1", db=glossary_path).stdout)
    assert doc["hits"][0]["refers_to"]["id"] == "lei-jun"


def test_nothing_above_the_threshold_exits_1(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "qqqqzzzz", db=glossary_path)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr == "Error: no entry matches 'qqqqzzzz' with a score of 60 or more (try --min-score 40)\n"


def test_nothing_found_with_json_still_writes_the_document(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "qqqqzzzz", "--json", db=glossary_path)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"query": "qqqqzzzz", "hits": []}
    assert result.stderr.startswith("Error: no entry matches 'qqqqzzzz'")


def test_query_from_stdin(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "-", db=glossary_path, stdin="劉強東\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "100  刘强东 Liu Qiangdong  [person · liu-qiangdong]  traditional"


def test_usage_errors_exit_2(runner: CliRunner, glossary_path: Path) -> None:
    result = run(runner, "Lei", "--type", "persn", db=glossary_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: --type: 'persn' is not one of person, org, ")
    assert "did you mean 'person'?" in result.stderr
    result = run(runner, "  ", db=glossary_path)
    assert (result.exit_code, result.stderr) == (2, "Error: the query '  ' is empty\n")
    for bad in (["--limit", "0"], ["--min-score", "101"]):
        result = run(runner, "Lei", *bad, db=glossary_path)
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output


def test_corrupt_glossary_exits_3_and_is_left_alone(runner: CliRunner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"entries": {"1": ', encoding="utf-8")
    result = run(runner, "Lei Jun", db=broken)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"Error: '{broken}': not valid JSON")
    assert broken.read_text(encoding="utf-8") == '{"entries": {"1": '


def test_new_entry_is_found_after_the_glossary_changes(runner: CliRunner, glossary_path: Path) -> None:
    assert run(runner, "Yang Lan", "--min-score", "95", db=glossary_path).exit_code == 1
    with Glossary.open(glossary_path) as gloss:
        gloss.add(Entry(id="yang-lan", en="Yang Lan", zh="杨澜", pinyin="Yáng Lán"))
    result = run(runner, "yanglan", db=glossary_path)
    assert result.stdout.splitlines()[0] == "100  杨澜 Yang Lan  [person · yang-lan]  English"


def test_help_documents_options_and_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "--help"])
    assert result.exit_code == 0
    for text in ("--limit", "--type", "--min-score", "--json", "Exits with 1", "Example: zhgloss search"):
        assert text in result.stdout


def test_lookup_suggests_what_search_finds(runner: CliRunner, glossary_path: Path) -> None:
    result = runner.invoke(app, ["lookup", "Lie Jun", "--db", str(glossary_path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Error: no entry matches 'Lie Jun'; did you mean 雷军 Lei Jun?\n"


def test_lookup_of_nonsense_suggests_nothing(runner: CliRunner, glossary_path: Path) -> None:
    result = runner.invoke(app, ["lookup", "qqqqzzzz", "--db", str(glossary_path)])
    assert result.stderr == "Error: no entry matches 'qqqqzzzz'\n"


def test_console_script_without_a_terminal_writes_no_colour(zhgloss_exe: str, glossary_path: Path) -> None:
    env = {**os.environ, "ZHGLOSS_DB": str(glossary_path)}
    done = subprocess.run(
        [zhgloss_exe, "search", "王祥", "-n", "1"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("王翔 Wang Xiang  [person · wang-xiang]  homophone of 王翔\n")
    assert "\x1b[" not in done.stdout
    done = subprocess.run([zhgloss_exe, "search", "qqqqzzzz"], capture_output=True, text=True, env=env, check=False)
    assert (done.returncode, done.stdout) == (1, "")


def test_failed_lookup_on_a_big_glossary_does_not_build_the_search_index(tmp_path: Path) -> None:
    import zhgloss.fuzzy as fuzzy
    from zhgloss.cache import is_cached
    from zhgloss.store import Glossary

    path = tmp_path / "big.json"
    entries = [Entry(id=f"name-{i}", zh=f"名字{i}", en=f"Name Number {i}") for i in range(200)]
    with Glossary(path) as gloss:
        gloss.add_all([*entries, Entry(id="lei-jun", zh="雷军", pinyin="Léi Jūn", en="Lei Jun")])
    limit, fuzzy.SUGGEST_BUILD_LIMIT = fuzzy.SUGGEST_BUILD_LIMIT, 1000
    try:
        with Glossary.open(path) as gloss:
            assert fuzzy.suggest(gloss, "Lei Jnu") == []
            assert not is_cached(path, fuzzy.FORMAT)
            fuzzy.search(gloss, "Lei Jnu")  # `zhgloss search` builds and caches the index
            assert is_cached(path, fuzzy.FORMAT)
            assert fuzzy.suggest(gloss, "Lei Jnu") == ["雷军 Lei Jun"]
    finally:
        fuzzy.SUGGEST_BUILD_LIMIT = limit

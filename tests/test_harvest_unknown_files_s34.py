"""harvest --unknown reads several files, as harvest does (s34, U34-19: `harvest news2.zh.txt news3.zh.txt --unknown`
said "--unknown reads one file at a time", exit 2, so a week's articles had to be joined by hand). Each name is listed
once with its mentions in every file added up, and where it occurs file by file; --json gives each file's list;
--add adds them all once. On the parent b4e5928, all 3 of this file's tests fail.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from zhgloss.cli import app


def _two_files(tmp_path: Path) -> list[str]:
    first, second = tmp_path / "news2.zh.txt", tmp_path / "news3.zh.txt"
    first.write_text("布林肯抵达北京。\n布林肯会见了王毅。\n", encoding="utf-8")
    second.write_text("苏纳克表示欢迎。\n", encoding="utf-8")
    return [str(first), str(second)]


def _empty(runner: CliRunner, tmp_path: Path) -> str:
    db = str(tmp_path / "empty.json")
    assert runner.invoke(app, ["init", db, "--empty"]).exit_code == 0
    return db


def test_unknown_names_of_several_files_are_one_list(runner: CliRunner, tmp_path: Path) -> None:
    db = _empty(runner, tmp_path)
    result = runner.invoke(app, ["--db", db, "harvest", *_two_files(tmp_path), "--unknown"])
    assert result.exit_code == 0, result.output
    assert "\t布林肯\t" in result.stdout and "\t苏纳克\t" in result.stdout
    assert "news2.zh.txt line 1, 2" in result.stdout
    assert "news3.zh.txt line 1" in result.stdout


def test_unknown_json_of_several_files_lists_each_file(runner: CliRunner, tmp_path: Path) -> None:
    db = _empty(runner, tmp_path)
    result = runner.invoke(app, ["--db", db, "harvest", *_two_files(tmp_path), "--unknown", "--json"])
    assert result.exit_code == 0, result.output
    files = json.loads(result.stdout)["files"]
    assert [f["file"] for f in files] == ["news2.zh.txt", "news3.zh.txt"]
    assert "苏纳克" in [n["surface"] for n in files[1]["unknown"]]


def test_unknown_add_of_several_files_adds_each_name_once(runner: CliRunner, tmp_path: Path) -> None:
    db = _empty(runner, tmp_path)
    result = runner.invoke(app, ["--db", db, "harvest", *_two_files(tmp_path), "--unknown", "--add", "--yes"])
    assert result.exit_code == 0, result.output
    stored = json.loads(Path(db).read_text(encoding="utf-8"))
    entries = stored["entries"] if isinstance(stored, dict) and "entries" in stored else stored
    zh = [e["zh"] for e in (entries.values() if isinstance(entries, dict) else entries)]
    assert sorted(zh) == sorted(set(zh))
    assert {"布林肯", "苏纳克"} <= set(zh)

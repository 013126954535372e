"""'-' is stdin for import and stdout for export, whatever the format (user findings U34-30, U34-31).

`export -o - -F csv` wrote a file named "-" in the working folder and left stdout empty; `export -o -` said "cannot
tell the format of stdin". `printf 'zh,en\\n卢伟冰,Lu Weibing\\n' | zhgloss import -` asked for --format although the
same bytes in a file are read by their header. Stdin is now told by its first line as a file by its name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.store import Glossary


@pytest.fixture
def glossary(runner: CliRunner, tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    result = runner.invoke(app, ["import", "-", "-F", "csv", "--db", str(db)], input="zh,en\n卢伟冰,Lu Weibing\n")
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize(("args", "first"), [(["-F", "csv"], "\ufeffid,type,zh,"), ([], '{"id": "lu-weibing"')])
def test_export_to_dash_writes_stdout(
    runner: CliRunner, glossary: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], first: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "-o", "-", *args, "--db", str(glossary)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(first)
    assert not (tmp_path / "-").exists()
    assert result.stderr.startswith("exported 1 entry as ")
    assert " to -" not in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "zh,en\n卢伟冰,Lu Weibing\n",  # CSV, by its comma
        "中文；英文\n卢伟冰；Lu Weibing\n".replace("；", ";"),  # a European Excel's semicolons
        "卢伟冰\tLu Weibing\n",  # OmegaT's rows, by the tab
        json.dumps({"zh": "卢伟冰", "en": "Lu Weibing"}, ensure_ascii=False) + "\n",  # JSON Lines
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX"><text><body><termEntry id="c1">'
        '<langSet xml:lang="zh-CN"><tig><term>卢伟冰</term></tig></langSet><langSet xml:lang="en"><tig><term>Lu Weibing'
        "</term></tig></langSet></termEntry></body></text></martif>\n",
    ],
)
def test_import_of_stdin_is_told_by_its_first_line(runner: CliRunner, tmp_path: Path, text: str) -> None:
    db = tmp_path / "s.json"
    result = runner.invoke(app, ["import", "-", "--db", str(db)], input=text.encode())
    assert result.exit_code == 0, result.output
    with Glossary.open(db) as gloss:
        assert [(e.zh, e.en) for e in gloss.iter_entries()] == [("卢伟冰", "Lu Weibing")]


def test_stdin_that_says_no_format_still_asks_for_one(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", "-", "--db", str(tmp_path / "s.json")], input="hello\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot tell the format of stdin: pass --format")

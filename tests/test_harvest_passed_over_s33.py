"""harvest says which brackets it passed over: a bracket with a pair's shape (Chinese after Latin letters, or English
after Chinese) that gave no pair is named on stderr with its line (U32-7: "0 pairs: 0 new", exit 0, nothing on stderr
for five works and products it could not read).

A bracket of another shape ("BEIJING (Reuters)", "(2019)") is no pair's and is not named.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `周杰倫 周杰伦 [Zhou1 Jie2 lun2] /Jay Chou (1979-), Taiwanese pop star/`; Wang
Xiang (王翔), Zhongxing's chairman.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.harvest import harvest


def test_the_library_lists_what_it_passed_over() -> None:
    passed: list[tuple[int, str]] = []
    found = harvest(
        "BEIJING (Reuters) - Jay Chou (周杰伦 Zhou Jielun) sang.\nWang Xiang (王翔) spoke.\n", [], None, passed
    )
    assert [p.zh for p in found] == ["王翔"]
    assert passed == [(1, "(周杰伦 Zhou Jielun)")]


def test_the_command_says_so(tmp_path: Path) -> None:
    (tmp_path / "g.json").write_text("{}", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(
        "Jay Chou (周杰伦 Zhou Jielun) sang in 2019 (last year).\nWang Xiang (王翔) spoke.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["harvest", str(article), "--db", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    assert "note: line 1: (周杰伦 Zhou Jielun) passed over" in result.stderr
    assert "(last year)" not in result.stderr

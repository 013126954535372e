"""U52 addendum 3 (user, s26): validate called 石破茂 "Ishiba Shigeru" and 高市早苗 "Sanae Takaichi" `en-mismatch`.

The romanizer reads them as Chinese (石, 高 are Chinese surnames), so validate asked their English to spell the
pinyin; harvest reads them as Japanese names (`harvest.japanese_surname_word`: an English word ends as the surname
reads in Japanese). One rule: validate asks no such name's English to spell its pinyin; a Chinese name's still must.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app

runner = CliRunner()


def _validated(tmp_path: Path, rows: str) -> tuple[int, str]:
    (tmp_path / "people.csv").write_text("zh,en,type\n" + rows, encoding="utf-8")
    db = str(tmp_path / "g.json")
    imported = runner.invoke(app, ["import", str(tmp_path / "people.csv"), "--db", db])
    assert imported.exit_code == 0, imported.output
    result = runner.invoke(app, ["validate", "--db", db])
    return result.exit_code, result.stdout


@pytest.mark.parametrize(
    "row",
    ["石破茂,Ishiba Shigeru,person", "高市早苗,Sanae Takaichi,person", "林芳正,Yoshimasa Hayashi,person"],
)
def test_a_japanese_name_read_as_chinese_is_no_mismatch(tmp_path: Path, row: str) -> None:
    assert _validated(tmp_path, row + "\n") == (0, "")


def test_a_chinese_name_whose_english_is_another_still_is(tmp_path: Path) -> None:
    # Session 31 (U30-9): import refuses the row as add does, in the words validate uses; validate still reports the
    # entry added anyway (add --force).
    (tmp_path / "people.csv").write_text("zh,en,type\n张伟,Wang Wei,person\n", encoding="utf-8")
    db = str(tmp_path / "g.json")
    imported = runner.invoke(app, ["import", str(tmp_path / "people.csv"), "--db", db])
    assert imported.exit_code == 3, imported.output
    assert "does not spell the pinyin 'Zhāng Wěi'" in imported.stderr
    (tmp_path / "g.json").write_text("{}", encoding="utf-8")
    added = runner.invoke(app, ["add", "张伟", "--en", "Wang Wei", "--type", "person", "--force", "--yes", "--db", db])
    assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["validate", "--db", db])
    assert result.exit_code == 1
    assert "does not spell the pinyin 'Zhāng Wěi'" in result.stdout

"""edit --always-gloss / --not-always-gloss, --safe-form / --remove-safe-form (U34-31).

The README tells a user of the CC-CEDICT glossary to set `always_gloss` on 小米 (never glossed without it: 小米 is also
"millet") and `safe_forms` for a form annotate drops at a word edge; `edit` had no flag for either ("No such option"),
so that meant editing JSON in $EDITOR. The bundled glossary's 小米 (id xiaomi) is the example.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    assert runner.invoke(app, ["init", str(path)]).exit_code == 0
    return path


def _xiaomi(db: Path) -> dict[str, object]:
    [doc] = [d for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values() if d["id"] == "xiaomi"]
    return doc


def test_the_flags_set_and_clear(db: Path) -> None:
    result = runner.invoke(app, ["edit", "xiaomi", "--not-always-gloss", "--safe-form", "小米", "--db", str(db)])
    assert result.exit_code == 0, result.output
    doc = _xiaomi(db)
    assert (doc.get("always_gloss", False), doc.get("safe_forms")) == (False, ["小米"])
    result = runner.invoke(app, ["edit", "xiaomi", "--always-gloss", "--remove-safe-form", "小米", "--db", str(db)])
    assert result.exit_code == 0, result.output
    doc = _xiaomi(db)
    assert (doc.get("always_gloss"), doc.get("safe_forms", [])) == (True, [])


def test_a_safe_form_must_be_the_entrys(db: Path) -> None:
    result = runner.invoke(app, ["edit", "xiaomi", "--safe-form", "大米", "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert "safe_forms: '大米' is not one of the entry's forms" in result.stderr


def test_removing_a_safe_form_it_lacks_is_refused(db: Path) -> None:
    result = runner.invoke(app, ["edit", "xiaomi", "--remove-safe-form", "小米", "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert "entry 'xiaomi' has no safe form '小米'" in result.stderr

"""An entry pasted into a glossary by hand without an id is named by its Chinese and English (U34-19).

`{"zh": "何小鹏", "en": "He Xiaopeng", "type": "person"}` pasted among the entries made every command refuse the
glossary with "invalid entry: id: is required" (validate: "document 999: error: id: cannot be read: is
required"), naming neither the entry nor the id to give it. The message now names it and proposes the id `add`
would make from its English (He Xiaopeng, XPeng's founder; the glossary is the bundled one with him pasted in).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.errors import InvalidEntryError
from zhgloss.model import Entry

runner = CliRunner()
NAMED = "id: is required (the entry 何小鹏 'He Xiaopeng': give it an id, such as \"he-xiaopeng\")"


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"zh": "何小鹏", "en": "He Xiaopeng", "type": "person"}, NAMED),
        ({"zh": "何小鹏", "type": "person"}, "id: is required (the entry 何小鹏: give it an id)"),
        ({"type": "person"}, "id: is required"),
    ],
)
def test_an_entry_without_an_id_is_named(data: dict[str, str], said: str) -> None:
    with pytest.raises(InvalidEntryError) as raised:
        Entry.from_dict(data)
    assert str(raised.value) == said


@pytest.fixture
def pasted(tmp_path: Path) -> Path:
    db = tmp_path / "hand.json"
    assert runner.invoke(app, ["init", str(db)]).exit_code == 0
    data = json.loads(db.read_text(encoding="utf-8"))
    data["entries"]["999"] = {"zh": "何小鹏", "en": "He Xiaopeng", "type": "person"}
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return db


def test_lookup_names_it(pasted: Path) -> None:
    result = runner.invoke(app, ["lookup", "何小鹏", "--db", str(pasted)])
    assert result.exit_code == 3, result.output
    assert NAMED in result.stderr


def test_validate_names_it(pasted: Path) -> None:
    result = runner.invoke(app, ["validate", "--db", str(pasted)])
    assert result.exit_code == 1, result.output
    assert f"document 999: error: {NAMED.replace('is required', 'cannot be read: is required')}" in result.stdout

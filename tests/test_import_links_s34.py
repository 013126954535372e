"""A subset of a glossary (export --type) imports cleanly elsewhere: one rule for links to entries not there (U34-17).

`export --type person` of the bundled glossary imported with 43 validate errors (its roles' org_ids name companies
not exported) while `export --type nickname` was refused whole (its refers_to name people not exported): two policies
for one kind of link, and neither file imported cleanly. Now each link to an entry neither in the glossary nor in the
file is unlinked and said: a role keeps its organisation's name, a refers_to is kept in the note; `export --type`
says which links point outside the subset.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.store import Glossary


@pytest.mark.parametrize(("kind", "suffix"), [("person", "csv"), ("nickname", "tbx"), ("person", "jsonl")])
def test_a_subset_imports_without_validate_errors(
    runner: CliRunner, glossary_path: Path, tmp_path: Path, kind: str, suffix: str
) -> None:
    subset = tmp_path / f"subset.{suffix}"
    exported = runner.invoke(app, ["export", "--type", kind, "-o", str(subset), "--db", str(glossary_path)])
    assert exported.exit_code == 0, exported.output
    assert "links of these entries name entries of other types, not exported (" in exported.stderr
    db = tmp_path / "colleague.json"
    imported = runner.invoke(app, ["import", str(subset), "--db", str(db)])
    assert imported.exit_code == 0, imported.output
    assert "name no entry here (" in imported.stderr
    valid = runner.invoke(app, ["validate", "--db", str(db)])
    assert valid.stderr.startswith("0 errors"), valid.output


def test_roles_keep_the_organisation_and_a_nickname_its_person_in_the_note(
    runner: CliRunner, glossary_path: Path, tmp_path: Path
) -> None:
    people = tmp_path / "people.csv"
    nicknames = tmp_path / "nick.tbx"
    for kind, path in (("person", people), ("nickname", nicknames)):
        result = runner.invoke(app, ["export", "--type", kind, "-o", str(path), "--db", str(glossary_path)])
        assert result.exit_code == 0, result.output
    db = tmp_path / "colleague.json"
    for path in (people, nicknames):
        assert runner.invoke(app, ["import", str(path), "--db", str(db)]).exit_code == 0
    with Glossary.open(db) as gloss:
        lei = gloss.get_by_id("lei-jun")
        founder = next(role for role in lei.roles if role.title == "founder")
        assert (founder.org, founder.org_id) == ("Xiaomi", None)
        # lei-jun came in with the people, so the nicknames imported after them link to it.
        assert gloss.get_by_id("leibusi").refers_to == "lei-jun"

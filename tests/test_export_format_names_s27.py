"""`export`'s errors list only the formats export can write (session 27, cur item 3).

`zhgloss export -o names.json` said "cannot tell the format of 'names.json': pass --format (csv, tsv, omegat, tbx,
jsonl, xlsx, cedict)": cedict can only be imported, and `--format cedict` is then refused. Each message that lists
formats now lists those of its direction (cli/exchange.py: IMPORT_FORMATS, EXPORT_FORMATS, from formats.FORMATS).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.formats import FORMATS

runner = CliRunner()
WRITABLE = {name for name, form in FORMATS.items() if form.writer is not None}
READABLE = set(FORMATS)
# A list of two or more format names, as the messages write them ("csv, tsv, omegat").
_LIST_RE = re.compile(r"\b[a-z]+(?:, [a-z]+)+\b")


def _listed(message: str) -> set[str]:
    found = _LIST_RE.findall(message)
    assert len(found) == 1, message
    return set(found[0].split(", "))


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "names.json"],  # JSON (not JSON Lines): no format of that suffix
        ["-o", "names.tmx"],
        ["-o", "names"],
        ["-o", "names.u8"],  # CC-CEDICT's suffix: import-only
        ["-o", "names.cedict"],
        ["--format", "cedict"],
        ["--format", "json"],
    ],
)
def test_export_errors_list_only_what_export_writes(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "g.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    out = [a if not a.startswith("names") else str(tmp_path / a) for a in args]
    result = runner.invoke(app, ["--db", str(db), "export", *out])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert _listed(result.stderr) == WRITABLE
    assert "cedict" not in WRITABLE


def test_import_errors_list_every_format_import_reads(tmp_path: Path) -> None:
    source = tmp_path / "names.zzz"
    source.write_text("zh,en\n王毅,Wang Yi\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = runner.invoke(app, ["--db", str(db), "import", str(source)])
    assert result.exit_code == 2, result.output
    assert _listed(result.stderr) == READABLE
    assert "cedict" in READABLE

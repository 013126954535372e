"""Phrase's .mxliff and Wordfast's .txlf are named as the bilingual files they are when given to import.

check reads both since the lead's 10:04 change (corpus.XML_BILINGUAL_SUFFIXES); import asked "cannot tell the format
… pass --format" for them, though no format reads a translation as a termbase, as it names .xlf and .sdlxliff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app

XLIFF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt"><body>'
    '<trans-unit id="1"><source>雷军说。</source><target>Lei Jun said.</target></trans-unit></body></file></xliff>\n'
)


@pytest.mark.parametrize(
    ("name", "said"),
    [("job.mxliff", "is a Phrase bilingual file (MXLIFF)"), ("job.txlf", "is a Wordfast bilingual file (TXLF)")],
)
def test_a_cat_tools_bilingual_file_is_named(runner: CliRunner, tmp_path: Path, name: str, said: str) -> None:
    path, db = tmp_path / name, tmp_path / "g.json"
    path.write_text(XLIFF, encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--db", str(db)])
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(f"Error: {str(path)!r} {said}, which holds a translation, not a termbase's names")
    assert "pass --format" not in result.stderr
    assert not db.exists()

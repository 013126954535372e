"""A glossary file holding only a byte-order mark (and whitespace) is empty to every command (session 27, cur item 2).

`validate` of a file holding only EF BB BF (what an editor saves for an emptied "UTF-8 with BOM" file) said "0 errors,
0 warnings in 0 entries" and exited 0, while `lookup` refused it as empty (exit 3): validate had its own test of
emptiness (bytes.isspace(), blind to a BOM and to U+3000). The rule now lives in zhgloss.store
(is_blank_glossary_text, holds_no_json), and every reader and validate ask it. `edit` of such a file said "no entry
id matches" (exit 1), hiding that the glossary is lost: Glossary.get_by_id says the file is empty (exit 3).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.store import holds_no_json, is_blank_glossary_text

runner = CliRunner()
BOM = b"\xef\xbb\xbf"

BLANK = {
    "bom": BOM,
    "bom-space": BOM + b"  \n",
    "bom-crlf": BOM + b"\r\n\r\n",
    "ideographic-space": "\u3000\n".encode(),
    "bom-ideographic-space": BOM + "\u3000".encode(),
    "two-boms": BOM + BOM,
    "bom-long": BOM + b"\n" * 70_000,
}

COMMANDS = [
    ["validate"],
    ["validate", "--json"],
    ["lookup", "王毅"],
    ["list"],
    ["search", "wang"],
    ["show", "wang-yi"],
    ["export", "--format", "csv"],
    ["remove", "wang-yi", "--yes"],
    ["edit", "wang-yi", "--en", "Wang Yi"],
]


@pytest.mark.parametrize("content", BLANK.values(), ids=BLANK.keys())
@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_refuses_a_glossary_of_a_bom_and_whitespace(
    tmp_path: Path, content: bytes, command: list[str]
) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(content)
    result = runner.invoke(app, ["--db", str(path), *command])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {str(path)!r}: is empty: not a zhgloss glossary"), result.stderr
    assert result.stderr.count("\n") == 1
    assert path.read_bytes() == content


@pytest.mark.parametrize("content", BLANK.values(), ids=BLANK.keys())
def test_validate_refuses_it_given_as_a_path(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(content)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 3, result.output


def test_annotate_and_check_refuse_it(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(BOM)
    article = tmp_path / "a.zh.txt"
    article.write_text("王毅访问\n", encoding="utf-8")
    english = tmp_path / "a.en.txt"
    english.write_text("Wang Yi visited\n", encoding="utf-8")
    for command in (["annotate", str(article)], ["check", str(article), str(english)], ["harvest", str(article)]):
        result = runner.invoke(app, ["--db", str(path), *command])
        assert result.exit_code == 3, (command, result.output)


def test_edit_of_an_absent_entry_in_a_real_glossary_is_not_found(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(b'{"entries": {}}')
    result = runner.invoke(app, ["--db", str(path), "edit", "wang-yi", "--en", "Wang Yi"])
    assert result.exit_code == 1, result.output


_SPACE = st.sampled_from([" ", "\n", "\t", "\r", "\u3000", "\u00a0", "\u2003", "\ufeff"])


@settings(max_examples=200, deadline=None)
@given(blank=st.text(alphabet=_SPACE, max_size=20), other=st.text(min_size=1, max_size=5))
def test_blank_is_whitespace_and_boms_alone(blank: str, other: str) -> None:
    assert is_blank_glossary_text(blank)
    mixed = blank + other + blank
    assert is_blank_glossary_text(mixed) == all(c.isspace() or c == "\ufeff" for c in other)
    # The file reader and the text test agree, whatever the chunking.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "g.json"
        path.write_bytes(mixed.encode("utf-8"))
        assert holds_no_json(path) == is_blank_glossary_text(mixed)

"""Messages count in English and name JSON's types, not Python's (session 27, cur item 7).

A glossary whose top level was a JSON array said "the top level is a JSON list"; one holding a single entry under
TinyDB's '_default' table said "holds 1 entries under '_default'"; validate's pinyin check "has 1 syllables"; an
edited entry that was JSON null "must be a JSON object, not a NoneType". The rules live in zhgloss.errors:
count_of (which cli.common.count calls) and json_kind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.cli.common import count
from zhgloss.curate import entry_from_json
from zhgloss.errors import UsageError, count_of, json_kind

runner = CliRunner()


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (None, "null"),
        (True, "true"),
        (False, "false"),
        (0, "a number"),
        (2.5, "a number"),
        ("x", "text"),
        ([1], "a list"),
        ({}, "an object"),
    ],
)
def test_json_kind_names_json_s_types(value: object, kind: str) -> None:
    assert json_kind(value) == kind
    assert json_kind(json.loads(json.dumps(value))) == kind


@given(st.integers(min_value=0, max_value=10**7))
def test_count_of_agrees_in_number(n: int) -> None:
    said = count_of(n, "entry", "entries")
    assert said.endswith(" entry") == (n == 1)
    assert said.replace(",", "").split()[0] == str(n)
    assert count(n, "entry", "entries") == said


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"[1, 2]", "the top level is a list, not an object"),
        (b'"text"', "the top level is text, not an object"),
        (b"null", "the top level is null, not an object"),
        (b'{"_default": {"1": {"id": "x", "zh": "\\u738b", "en": "Wang"}}}', "holds 1 entry under '_default'"),
        (
            b'{"_default": {"1": {"id": "x", "zh": "\\u738b", "en": "Wang"}, "2": {"id": "y", "zh": "\\u674e"}}}',
            "holds 2 entries under '_default'",
        ),
    ],
)
def test_a_glossary_file_s_shape_is_said_in_json_s_words(tmp_path: Path, content: bytes, said: str) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(content)
    result = runner.invoke(app, ["--db", str(path), "list"])
    assert result.exit_code == 3, result.output
    assert said in result.stderr
    assert "NoneType" not in result.stderr and "JSON list" not in result.stderr


@pytest.mark.parametrize(("text", "kind"), [("null", "null"), ("[1]", "a list"), ('"x"', "text"), ("3", "a number")])
def test_an_edited_entry_that_is_no_object_is_named_so(text: str, kind: str) -> None:
    with pytest.raises(UsageError) as caught:
        entry_from_json(text)
    assert str(caught.value) == f"the edited entry must be a JSON object, not {kind}"


def test_validate_counts_one_syllable_in_the_singular(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    doc = {"id": "wang-xiaoming", "zh": "王小明", "en": "Wang Xiaoming", "pinyin": "Wáng", "type": "person"}
    path.write_text(json.dumps({"entries": {"1": doc}}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert "'Wáng' has 1 syllable for the 3 characters of 王小明" in result.stdout, result.output

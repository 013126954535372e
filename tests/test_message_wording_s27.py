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


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "fault"),
    [
        # the user tester's U27-21 (a warning since s43: CC-CEDICT's reading of the word; a tone slip)
        ("哔哩哔哩", "Bilibili", "Bīlībīlī", "哔 is read bì, not bī"),
        ("张敞敞", "Zhang Changchang", "Zhāng Chángcháng", "敞 is read chǎng, not cháng"),
        ("张敞敞", "Zhang Shangshang", "Zhāng Shàngshàng", "敞 is not read shàng"),
    ],
)
def test_a_pinyin_fault_is_said_once_however_often_its_character_is_written(
    tmp_path: Path, zh: str, en: str, pinyin: str, fault: str
) -> None:
    path = tmp_path / "g.json"
    doc = {"id": "x", "zh": zh, "en": en, "pinyin": pinyin, "type": "person" if zh[0] == "张" else "org"}
    path.write_text(json.dumps({"entries": {"1": doc}}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.stdout.count(fault) == 1, result.output


@pytest.mark.parametrize(
    ("row", "said", "severity"),
    [
        # U27-38; an error since s28, as import refuses them (tests/test_latin_zh_s28.py)
        ({"zh": "Lei Jun", "en": "Lei Jun", "type": "name"}, "it reads as pinyin", "error"),
        ({"zh": "Zhou Tao", "en": "Zhou Tao", "type": "name"}, "it reads as pinyin", "error"),
        ({"zh": "Fluent English", "en": "Fluent English", "type": "name"}, "is the English form too", "warning"),
        ({"zh": "123", "en": "Lei Jun", "type": "name"}, "is digits alone", "error"),
        ({"zh": "123", "en": "Lei Jun", "type": "person"}, "is digits alone", "error"),
        ({"zh": "Lei Jun", "en": "Lei Jun", "type": "person"}, "were zh and en swapped?", "error"),
    ],
)
def test_validate_questions_a_zh_of_no_chinese_that_import_let_in(
    tmp_path: Path, row: dict[str, str], said: str, severity: str
) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": {"1": {"id": "lei-jun", **row}}}), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert f"lei-jun: {severity}: zh: " in result.stdout and said in result.stdout, result.output


@pytest.mark.parametrize(
    "row",
    [
        {"zh": "360", "en": "Qihoo 360", "type": "org"},  # a company Chinese text calls by digits
        {"zh": "600519", "en": "600519.SS", "type": "stock_code"},
        {"zh": "OneDrive", "en": "OneDrive", "type": "product"},
    ],
)
def test_a_code_or_brand_typed_so_passes(tmp_path: Path, row: dict[str, str]) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": {"1": {"id": "x", **row}}}), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert "zh-no-han" not in result.stdout and ": zh: " not in result.stdout, result.output

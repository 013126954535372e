"""`validate` on a hand-edited glossary: every entry no command can read is listed, and the rest still checked.

A copy of the bundled glossary (which validates clean) with one bad field written into each of many
entries, as a person editing glossary.json by hand writes them: empty and blank strings, values of the
wrong type, dates not shaped as dates, keys no entry has. `validate` must list every one of them,
naming the field, and exit 1 (problems found), never stop at the first (exit 3) as every other command
does.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

# (field written, value, field the report names). Each goes into its own entry of the bundled glossary.
BAD_FIELDS: list[tuple[str, Any, str]] = [
    ("en", "", "en"),
    ("en", "   ", "en"),
    ("en", "\u200b", "en"),  # a zero-width space copied from a web page: nothing once dropped
    ("en", 5, "en"),
    ("en", ["Lei Jun"], "en"),
    ("en", None, "en"),
    ("zh", "", "zh"),  # read as no zh, the entry's zh_hant then has none: the blank is named
    ("zh", 1810, "zh"),
    ("zh_hant", "  ", "zh_hant"),
    ("zh_hant", False, "zh_hant"),
    ("pinyin", "", "pinyin"),  # read as no pinyin: add and import refuse it, validate names it
    ("pinyin", 3, "pinyin"),
    ("type", "", "type"),
    ("type", ["org"], "type"),
    ("aliases", "Lei Jun", "aliases"),
    ("aliases", [""], "aliases"),
    ("aliases", [5], "aliases"),
    ("zh_aliases", ["  "], "zh_aliases"),
    ("zh_aliases", {"zh": "小米"}, "zh_aliases"),
    ("en_adopted", "yes", "en_adopted"),
    ("en_adopted", 1, "en_adopted"),
    ("refers_to", "Not An Id", "refers_to"),
    ("roles", "CEO", "roles"),
    ("roles", {"title": "CEO"}, "roles"),
    ("roles", [{"title": ""}], "roles.title"),
    ("roles", [{"title": "CEO", "from": "2020-13"}], "roles.from"),
    ("roles", [{"title": "CEO", "from": "31 August 1956"}], "roles.from"),
    ("roles", [{"title": "CEO", "to": 2007}], "roles.to"),
    ("roles", [{"title": "CEO", "start": "2007"}], "roles"),
    ("roles", [{"title": "CEO", "org_id": "Kingsoft Corp"}], "roles.org_id"),
    ("note", 5, "note"),  # "" in note or refers_to is no value, as `edit --note ''` writes it
    ("note", ["a", "b"], "note"),
    ("sources", "article 000", "sources"),
    ("sources", [""], "sources"),
    ("forbidden", [{"form": ""}], "forbidden.form"),
    ("forbidden", [{"form": "Lei J", "status": "banned"}], "forbidden.status"),
    ("forbidden", 5, "forbidden"),
    ("always_gloss", "yes", "always_gloss"),
    ("draft", "no", "draft"),
    ("safe_forms", ["不是它"], "safe_forms"),
    ("nmae", "Lei Jun", "nmae"),  # a key no entry has: a typo
    ("En", "Lei Jun", "En"),
]
BAD_IDS: list[Any] = ["", "  ", 42, None, "Lei Jun"]


@pytest.fixture(scope="module")
def hand_edited(tmp_path_factory: pytest.TempPathFactory, bundled: Path) -> tuple[Path, list[tuple[str, str]]]:
    """The bundled glossary with a bad field in each of many entries; the (label, field) each must be reported as."""
    data = json.loads(bundled.read_text(encoding="utf-8"))
    docs = data["entries"]
    numbers = sorted(docs, key=int)
    assert len(numbers) >= len(BAD_FIELDS) + len(BAD_IDS), "the bundled glossary is too small for this test"
    expected: list[tuple[str, str]] = []
    for number, (field, value, named) in zip(numbers, BAD_FIELDS, strict=False):
        docs[number][field] = value
        expected.append((docs[number]["id"], named))
    for number, value in zip(numbers[len(BAD_FIELDS) :], BAD_IDS, strict=False):
        docs[number]["id"] = value
        expected.append((f"document {number}", "id"))
    path = tmp_path_factory.mktemp("hand") / "glossary.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path, expected


def _validate(zhgloss_exe: str, path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe, "validate", "--db", str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_the_bundled_glossary_validates_clean(zhgloss_exe: str, bundled: Path) -> None:
    # No error; one warning, true of the one entry whose Chinese its note says was never found (a byline).
    result = _validate(zhgloss_exe, bundled)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "yingwei-fu: warning: zh: no Chinese form for 'Yingwei Fu': Chinese text never finds it; add its Chinese (zh)"
    ]


def test_every_unreadable_entry_is_listed_and_validate_goes_on(
    zhgloss_exe: str, hand_edited: tuple[Path, list[tuple[str, str]]]
) -> None:
    path, expected = hand_edited
    result = _validate(zhgloss_exe, path, "--json")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    problems = json.loads(result.stdout)["problems"]
    errors = {(p["entry_id"], p["field"]) for p in problems if p["severity"] == "error"}
    missing = [pair for pair in expected if pair not in errors]
    assert missing == [], f"not reported: {missing}"
    # Nothing else: the other entries of the bundled glossary are clean, and a bad entry is one problem.
    reported = [(p["entry_id"], p["field"]) for p in problems]
    assert sorted(reported) == sorted(expected)


def test_the_text_report_names_each_entry_and_field_once_a_line(
    zhgloss_exe: str, hand_edited: tuple[Path, list[tuple[str, str]]]
) -> None:
    path, expected = hand_edited
    result = _validate(zhgloss_exe, path)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(expected)
    for (label, field), line in zip(expected, lines, strict=True):
        assert line.startswith(f"{label}: error: {field}: "), line
    # as many entries as the hand-edited copy of the bundled glossary holds (68 since the SEHK entry, s37; was a
    # fixed 67, which that entry made false)
    entries = len(json.loads(path.read_text(encoding="utf-8"))["entries"])
    assert result.stderr.strip() == f"{len(expected)} errors, 0 warnings in {entries} entries"


def test_the_commands_that_read_entries_still_refuse_the_file(
    zhgloss_exe: str, hand_edited: tuple[Path, list[tuple[str, str]]]
) -> None:
    # Only validate reads past an unreadable entry; a lookup must not answer from half a glossary.
    path, _ = hand_edited
    result = subprocess.run(
        [zhgloss_exe, "lookup", "雷军", "--db", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 3
    assert "validate" in result.stderr or "invalid entry" in result.stderr


def test_a_reference_to_an_unreadable_entry_is_not_reported_missing(zhgloss_exe: str, tmp_path: Path) -> None:
    entries = {
        "1": {"id": "kingsoft", "type": "org", "zh": "金山软件", "en": ""},
        "2": {"id": "stock-3888-hk", "type": "stock_code", "en": "3888.HK", "refers_to": "kingsoft"},
    }
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")
    result = _validate(zhgloss_exe, path)
    assert result.returncode == 1, result.stderr
    assert result.stdout == "kingsoft: error: en: cannot be read: must not be empty\n"


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (b'{"entries": {"1": {"id": "x", "en": "A\\ud800B"}}}', "x: error: en: cannot be read: contains the control"),
        (b'{"entries": {"1": {"id": "x", "en": "' + b"L" * 301 + b'"}}}', "x: error: en: cannot be read: is 301 "),
        (
            b'{"entries": {"1": {"id": "' + b"a" * 101 + b'", "en": "A"}}}',
            "document 1: error: id: cannot be read: is 101 ",
        ),
        (b'{"entries": {"1": {"id": "x", "en": "X", "aliases": {"a": "b"}}}}', "x: error: aliases: cannot be read: "),
    ],
)
def test_control_characters_and_long_fields_are_listed_too(
    zhgloss_exe: str, tmp_path: Path, raw: bytes, line: str
) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(raw)
    result = _validate(zhgloss_exe, path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(line), result.stdout
    assert path.read_bytes() == raw

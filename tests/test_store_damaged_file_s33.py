"""A hand-damaged glossary file says what damaged it (session 33, issue 9; user U33-12).

Every command answered Python's parser message alone: a git merge-conflict marker "Expecting property name enclosed in
double quotes at line 7, column 1", a word processor's curly quotes "Expecting value at line 7, column 13", a trailing
comma "Expecting value at line 6, column 7", Notepad's "Unicode" "is not UTF-8 (byte 0)"; and a glossary with 12
faulty entries named the first without saying `zhgloss validate` lists them all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhgloss.errors import GlossaryFileError
from zhgloss.store import Glossary

LEI = {"id": "lei-jun", "type": "person", "zh": "雷军", "en": "Lei Jun", "aliases": ["LEI Jun"]}


def _text() -> str:
    return json.dumps({"entries": {"1": LEI}}, ensure_ascii=False, indent=2)


def _problem(path: Path) -> str:
    with pytest.raises(GlossaryFileError) as caught, Glossary(path) as gloss:
        gloss.get("雷军")
    return caught.value.problem


def test_a_merge_conflict_marker(tmp_path: Path) -> None:
    field = '      "en": "Lei Jun",\n'
    text = _text().replace(field, f"<<<<<<< HEAD\n{field}=======\n{field.replace('Jun', 'Chun')}>>>>>>> feature\n")
    path = tmp_path / "merge.json"
    path.write_text(text, encoding="utf-8")
    assert _problem(path).endswith(
        ": a merge-conflict marker '<<<<<<<' at line 7; keep one side of the conflict and remove the marker lines"
    )


def test_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "smart.json"
    path.write_text(_text().replace('"en": "Lei Jun"', '"en": \u201cLei Jun\u201d'), encoding="utf-8")
    assert ': a curly quote \u201c on line 7, where JSON needs a straight "' in _problem(path)


def test_a_trailing_comma(tmp_path: Path) -> None:
    path = tmp_path / "tc.json"
    path.write_text(_text().replace('"LEI Jun"\n', '"LEI Jun",\n'), encoding="utf-8")
    assert _problem(path).endswith(": a comma before ']' (line 9), which JSON does not allow; remove it")


def test_utf16(tmp_path: Path) -> None:
    path = tmp_path / "u16.json"
    path.write_bytes(_text().encode("utf-16"))
    assert _problem(path) == 'is UTF-16 (Notepad\'s "Unicode"), not UTF-8: save it as UTF-8'


def test_a_faulty_entry_points_at_validate(tmp_path: Path) -> None:
    path = tmp_path / "dmg.json"
    path.write_text(json.dumps({"entries": {"1": {**LEI, "en_adopted": "no"}}}), encoding="utf-8")
    assert _problem(path) == (
        "invalid entry: entry 'lei-jun': en_adopted: must be true or false ('zhgloss validate' lists every faulty "
        "entry)"
    )

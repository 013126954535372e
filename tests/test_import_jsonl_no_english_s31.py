"""An object of another tool's JSON with Chinese and no English is refused for its missing English, not for an id
the user never wrote (the thirty-first session's review, R10 of b34f529).

`[{"zh": "雷军"}]` said "line 1: invalid entry: id: is required": an object without an id gets one made from its
English, so with no English (absent, null, or not a string) the field to name is en.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.jsonl import load_jsonl


@pytest.mark.parametrize("line", ['{"zh": "雷军"}', '{"zh": "雷军", "en": null}', '{"zh": "雷军", "en": ["Lei Jun"]}'])
def test_an_object_without_english_names_en(line: str) -> None:
    with pytest.raises(FormatError) as caught:
        list(load_jsonl(io.StringIO(line + "\n"), "t.jsonl"))
    message = str(caught.value)
    assert "en: is required" in message
    assert "id:" not in message
    assert "line 1" in message


def test_an_object_with_english_and_no_id_still_imports() -> None:
    (entry,) = load_jsonl(io.StringIO('{"zh": "雷军", "en": "Lei Jun"}\n'), "t.jsonl")
    assert (entry.zh, entry.en) == ("雷军", "Lei Jun")


def test_a_json_array_without_english_is_refused_and_the_glossary_kept(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    before = db.read_bytes()
    source = tmp_path / "j.json"
    source.write_text('[{"zh": "雷军"}]', encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "import", str(source)], capture_output=True, text=True, encoding="utf-8"
    )
    assert done.returncode == 3
    assert "en: is required" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before

"""A sense that is only the label "(name)" names no one, and the import reads on: it was read again for ever, a
RecursionError traceback and exit 1 (tester's T26-I8, found by a differential fuzz; present at 0d88962). README: bad
input gets one clear line or none, never a traceback (twenty-sixth session, issue 9)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.formats.cedict import load_cedict, read_sense


@pytest.mark.parametrize(
    "line",
    [
        "張三 张三 [Zhang1 San1] /(name)/",
        "張三 张三 [Zhang1 San1] / (name)/",
        "張三 张三 [Zhang1 San1] /(name)/Zhang San/",
        "克利斯朵夫 克利斯朵夫 [Ke4 li4 si1 duo3 fu1] /Christopher variant of (name)/",
        "甲乙 甲乙 [Jia3 Yi3] /(name) /",
    ],
)
@pytest.mark.parametrize("proper_only", [True, False])
def test_a_bare_name_label_is_read(line: str, proper_only: bool) -> None:
    entries = list(load_cedict(io.StringIO(line + "\n"), proper_only=proper_only))  # (no RecursionError)
    # No name is "(name)" (a full import may keep a line of no name as a term, its gloss as written).
    assert all(entry.en != "(name)" for entry in entries if entry.type != "term")


def test_the_label_alone_names_no_one_and_a_name_after_it_stays() -> None:
    assert read_sense("(name)").name is None
    assert read_sense("(name) Terry").name == "Terry"  # as before: "Jack (name)"
    assert read_sense("(name) Terry").type == "person"


def test_the_command_reads_such_a_file_without_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "one.u8"
    source.write_text(
        "張三 张三 [Zhang1 San1] /(name)/\n雷軍 雷军 [Lei2 Jun1] /Lei Jun (1969-), Xiaomi founder/\n", "utf-8"
    )
    db = tmp_path / "one.json"
    done = subprocess.run(
        ["zhgloss", "import", str(source), "--format", "cedict", "--db", str(db)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
    shown = subprocess.run(
        ["zhgloss", "lookup", "雷军", "--db", str(db), "--field", "en"], capture_output=True, text=True
    )
    assert shown.stdout.strip() == "Lei Jun"

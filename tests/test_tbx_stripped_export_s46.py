"""zhgloss's own TBX export after a CAT tool dropped zhgloss's fields (the review's R46-15, forty-sixth session).

A tool that reads the export keeps what TBX-Basic knows and the martifHeader (sourceDesc "zhgloss ...") but drops the
`x-zhgloss-` descrips and termNotes (and often the pronunciation). The reader trusted the header to say every field:
61 of the bundled glossary's 68 entries came back with pinyin null, adopted English names without en_adopted, and
validate failed 4 of them ('does not spell the pinyin'). What the file no longer says is now filled as for another
tool's TBX (pinyin as add fills it, en_adopted read from the English, both said); ids and types stay the export's.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _zhgloss(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, cwd=cwd, check=False)


def _entries(path: Path) -> dict[str, dict[str, object]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {e["id"]: e for table in data.values() if isinstance(table, dict) for e in table.values()}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("export")
    assert _zhgloss("init", "g.json", cwd=where).returncode == 0
    done = _zhgloss("--db", "g.json", "export", "--format", "tbx", "-o", "g.tbx", cwd=where)
    assert done.returncode == 0, done.stderr
    return where / "g.tbx"


@pytest.mark.parametrize("dropped", [("x-zhgloss", 'type="pronunciation"'), ("x-zhgloss",)])
def test_an_export_a_tool_stripped_imports_with_its_pinyin_filled_and_validates(
    exported: Path, tmp_path: Path, dropped: tuple[str, ...]
) -> None:
    lines = exported.read_text(encoding="utf-8").splitlines(keepends=True)
    stripped = "".join(line for line in lines if not any(word in line for word in dropped))
    assert "zhgloss" in stripped and "x-zhgloss" not in stripped  # the header kept, the fields gone
    (tmp_path / "tool.tbx").write_text(stripped, encoding="utf-8")
    done = _zhgloss("--db", "fresh.json", "import", "tool.tbx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    entries = _entries(tmp_path / "fresh.json")
    assert entries["lei-jun"]["pinyin"] == "Léi Jūn"
    assert entries["pony-ma"]["pinyin"] == "Mǎ Huàténg"
    assert [entries[i]["en_adopted"] for i in ("jack-ma", "pony-ma", "robin-li", "william-ding")] == [True] * 4
    assert entries["jack-ma"]["type"] == "person"
    checked = _zhgloss("--db", "fresh.json", "validate", "--json", cwd=tmp_path)
    problems = json.loads(checked.stdout)["problems"]
    assert [p for p in problems if p["severity"] == "error"] == []


def test_the_export_itself_is_read_as_it_was_written(exported: Path, tmp_path: Path) -> None:
    done = _zhgloss("--db", "fresh.json", "import", str(exported), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "gives no pinyin" not in done.stderr
    fresh, source = _entries(tmp_path / "fresh.json"), _entries(exported.parent / "g.json")
    assert fresh == source

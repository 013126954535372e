"""CC-CEDICT's own lines of Japanese character forms import as before, not as names typed in Japanese forms (issue 9;
the thirty-second session's blind tester: the full import stopped at 65 conflicts with itself after bf27656).

bf27656 made every reader's document pass through add's Japanese-form rule (`curate.chinese_forms`: a row 黒澤明 is
stored as 黑泽明, the typed form an alias). CC-CEDICT lists Japanese forms as characters of their own (`乗 乗
[cheng2] /Japanese variant of 乘[cheng2]/`), so its 乗 line became an entry 乘 and collided with 乘's own lines, and
䠀, 俛, 劵 became aliases other entries own. The rule is for a row a user typed: the documents a reader marks with
their place. Fixture: the real lines (tests/data/cedict_japanese_variants_s32.u8).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "cedict_japanese_variants_s32.u8"


@pytest.fixture(scope="module")
def imported(
    tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    db = tmp_path_factory.mktemp("jv") / "cedict.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(DATA), "--format", "cedict", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    return db, done


def test_the_whole_file_imports_without_conflicts(imported: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, done = imported
    assert done.returncode == 0, done.stderr
    assert "conflict:" not in done.stderr
    assert " 0 conflicting" in done.stderr
    assert db.exists()


@pytest.mark.parametrize(
    ("form", "zh", "en"),
    [
        ("乘", "乘", "Cheng"),  # the surname keeps its own line's English
        ("德", "德", "Germany"),
        ("乗", "乗", None),  # the Japanese form is still found, as its own character
        ("徳", "徳", None),
        ("䠀", "䠀", None),
        ("俛", "俛", None),
    ],
)
def test_each_line_is_found_by_its_own_headword(
    zhgloss_exe: str, imported: tuple[Path, subprocess.CompletedProcess[str]], form: str, zh: str, en: str | None
) -> None:
    db, _ = imported
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "lookup", form, "--json"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    entries = [match["entry"] for result in json.loads(done.stdout) for match in result["matches"]]
    assert any(entry["zh"] == zh for entry in entries), entries
    if en is not None:
        assert any(entry["en"] == en for entry in entries), entries

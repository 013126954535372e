"""check reads the adjective English makes of a compass point's name: "Western" for 西方 'the West', "Middle Eastern"
for 中东, "Far Eastern" for 远东 (R45-10).

`demonyms` made an adjective by the suffixes of country names (-n, -an, -ian, -ese, -i), none of which gives -ern, so
a standard translation ("Western media reported the matter.") was reported `missing` 西方, and "the Middle Eastern
situation" `misspelt`. The glossary is CC-CEDICT's own lines (tests/data/cedict_compass_s45.u8), imported by the
installed console script.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import demonyms

LINES = Path(__file__).resolve().parent / "data" / "cedict_compass_s45.u8"


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        ("West", "Western"),
        ("East", "Eastern"),
        ("North", "Northern"),
        ("South", "Southern"),
        ("Middle East", "Middle Eastern"),
        ("Far East", "Far Eastern"),
    ],
)
def test_a_compass_point_makes_its_adjective_with_ern(name: str, adjective: str) -> None:
    assert adjective in demonyms(name)


@given(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True))
def test_only_a_compass_point_takes_ern(name: str) -> None:
    # "Eastbourne", "Norway", "Westminster": the -ern adjective belongs to the four points alone.
    if name not in {"North", "South", "East", "West"}:
        assert f"{name}ern" not in demonyms(name)


def test_check_passes_western_media_and_the_middle_eastern_situation(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "import", str(LINES), "--format", "cedict", "--proper-only"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    source, target = tmp_path / "a.zh", tmp_path / "a.en"
    source.write_text("西方媒体报道了此事。\n中东局势紧张。\n远东地区\n", encoding="utf-8")
    target.write_text(
        "Western media reported the matter.\nThe Middle Eastern situation is tense.\nthe Far Eastern region\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "check", str(source), str(target)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no name problems" in done.stdout + done.stderr
    # A translation that drops the name still fails.
    target.write_text("Media reported the matter.\nThe situation is tense.\nthe region\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "check", str(source), str(target)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert 'missing 西方: found nothing, expected "West"' in done.stdout

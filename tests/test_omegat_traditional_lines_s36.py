"""OmegaT export and import keep a traditional form no conversion gives (imp's R36-imp-1, session 36).

`export --format omegat` writes an entry's traditional form as a line of its own, which import folded back by
converting it to simplified characters. A form that converts to another character (涖, traditional of 莅 in
CC-CEDICT; 畢昇, whose 昇 converts to 昇, not 毕升's 升) was imported as an entry of its own. The line now names the
entry's Chinese in its comment ("[traditional form of 莅]") where the conversion does not give it, and import folds it
by that. On the parent commit, 2 of this file's 3 tests fail.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ENTRIES = [
    {
        "id": "li-river",
        "type": "place",
        "zh": "莅",
        "zh_hant": "涖",
        "pinyin": "Lì",
        "en": "Li River",
        "note": "a river",
    },
    {"id": "bi-sheng", "type": "person", "zh": "毕升", "zh_hant": "畢昇", "pinyin": "Bì Shēng", "en": "Bi Sheng"},
    {"id": "tencent", "type": "org", "zh": "腾讯", "zh_hant": "騰訊", "en": "Tencent"},
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def round_trip(tmp_path: Path) -> tuple[str, dict[str, dict[str, object]]]:
    source = tmp_path / "source.jsonl"
    source.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ENTRIES), encoding="utf-8")
    db, back, out = tmp_path / "s.json", tmp_path / "b.json", tmp_path / "glossary.utf8"
    for path in (db, back):
        assert _run("init", str(path), "--empty").returncode == 0
    assert _run("import", str(source), "--db", str(db)).returncode == 0
    assert _run("export", "--db", str(db), "--format", "omegat", "-o", str(out)).returncode == 0
    done = _run("import", str(out), "--db", str(back))
    assert done.returncode == 0, done.stderr
    exported = _run("export", "--db", str(back), "--format", "jsonl").stdout
    docs = [json.loads(line) for line in exported.splitlines() if line.strip()]
    return out.read_text(encoding="utf-8"), {doc["zh"]: doc for doc in docs}


def test_a_traditional_form_no_conversion_gives_is_named_in_its_line(
    round_trip: tuple[str, dict[str, dict[str, object]]],
) -> None:
    text, _ = round_trip
    # 涖 converts to 莅 since 814cb5fa (Unihan's simplified variant: one rule for Hong Kong's forms), so its line
    # needs no comment now, as 騰訊's; 畢昇 still converts to another character (昇) and names its entry.
    assert "涖\tLi River" in text.splitlines()
    assert "畢昇\tBi Sheng\t[traditional form of 毕升]" in text.splitlines()
    assert "騰訊\tTencent" in text.splitlines()  # the conversion gives 腾讯 back: no comment needed


def test_import_folds_it_back_as_the_traditional_form(round_trip: tuple[str, dict[str, dict[str, object]]]) -> None:
    _, back = round_trip
    assert sorted(back) == ["毕升", "腾讯", "莅"]
    assert (back["莅"]["zh_hant"], back["毕升"]["zh_hant"], back["腾讯"]["zh_hant"]) == ("涖", "畢昇", "騰訊")
    assert "涖" not in back["莅"]["zh_aliases"]  # type: ignore[operator]


def test_the_note_goes_back_without_the_mark(round_trip: tuple[str, dict[str, dict[str, object]]]) -> None:
    _, back = round_trip
    assert back["莅"]["note"] == "a river"

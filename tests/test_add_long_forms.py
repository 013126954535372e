"""`add` with a long English form: the form is judged under its own name, never as the id made from it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.curate import unique_id
from zhgloss.model import MAX_ID_CHARS, MAX_NAME_CHARS, slugify


def _add(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe, "add", *args, "--db", str(db)], capture_output=True, text=True, encoding="utf-8", check=False
    )


@pytest.mark.parametrize(
    "en",
    [
        "A" * (MAX_NAME_CHARS + 1),  # one word: the id made from it was named
        " ".join(["Shenzhen"] * 40),  # many words, 359 characters
    ],
)
def test_an_english_form_too_long_is_refused_as_en(zhgloss_exe: str, glossary_path: Path, en: str) -> None:
    before = glossary_path.read_bytes()
    result = _add(zhgloss_exe, glossary_path, "王小明", "--adopted", "--en", en)
    assert result.returncode == 2, result.stderr
    assert f"en: is {len(en):,} characters long; at most {MAX_NAME_CHARS:,} are allowed" in result.stderr
    assert "id:" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert glossary_path.read_bytes() == before


def test_a_long_valid_english_form_is_added_with_an_id_cut_at_a_word(zhgloss_exe: str, glossary_path: Path) -> None:
    # A school's full name in English, 150 characters: a valid form, whose slug is longer than an id may be.
    en = (
        "The Affiliated High School of the Education Science Research Institute of the Guangxi Zhuang "
        "Autonomous Region of the People's Republic of China"
    )
    assert len(slugify(en)) > MAX_ID_CHARS and len(en) <= MAX_NAME_CHARS
    result = _add(zhgloss_exe, glossary_path, "广西教育科学研究所附属中学", "--type", "org", "--en", en)
    assert result.returncode == 0, result.stderr
    stored = [d for d in json.loads(glossary_path.read_text(encoding="utf-8"))["entries"].values() if d["en"] == en]
    (doc,) = stored
    assert len(doc["id"]) <= MAX_ID_CHARS
    assert slugify(en).startswith(doc["id"] + "-")  # cut between words, not inside one


def test_unique_id_stays_within_the_limit_with_its_number() -> None:
    base = "-".join(["shenzhen"] * 30)
    first = unique_id(base, set())
    second = unique_id(base, {first})
    assert len(first) <= MAX_ID_CHARS and len(second) <= MAX_ID_CHARS
    assert second == first + "-2"
    assert unique_id("x" * 150, set()) == "x" * MAX_ID_CHARS

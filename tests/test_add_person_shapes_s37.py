"""add's refusals and readings of two name shapes a company filing writes (the user's U37-14, U37-8's pinyin half).

U37-14: `add '华润（集团）有限公司'` without --type (a person by default) was refused with "'()' is not Chinese (give
the name in Chinese characters, e.g. 曾国藩)": the name is in Chinese characters; the bracket inside it is a
registered company name's (华润（集团）有限公司, 中银香港（控股）有限公司, 中国移动（香港）有限公司: HKEX / Companies
Registry forms).
The refusal now says so and gives the fix, --type org.

U37-8: a Chinese person's name typed `name` (an untyped sheet row) was read as one word, 李泽钜 "Lǐzéjù", 刘炽平
"Liúchìpíng". Where the English starts with the surname as English writes it (Li Tzar Kuoi Victor, Lau Chi Ping
Martin: HKEX's register order), the name is read as a person's, the surname apart (GB/T 16159-2012 6.1.1: Lǐ Zéjù).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.curate import fill_pinyin


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("zh", ["华润（集团）有限公司", "中银香港（控股）有限公司", "中国移动（香港）有限公司"])
def test_a_registered_name_with_a_bracket_is_told_to_be_an_org(tmp_path: Path, zh: str) -> None:
    db = tmp_path / "pa.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    refused = _zhgloss(db, "add", zh, "--en", "Example Company Limited", "-y")
    assert refused.returncode == 2
    assert "--type org" in refused.stderr
    assert "e.g. 曾国藩" not in refused.stderr
    added = _zhgloss(db, "add", zh, "--type", "org", "--en", "Example Company Limited", "-y")
    assert added.returncode == 0, added.stderr


def test_a_name_with_a_note_in_brackets_keeps_its_message(tmp_path: Path) -> None:
    db = tmp_path / "n.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    refused = _zhgloss(db, "add", "雷军（小米）", "--en", "Lei Jun", "-y")
    assert refused.returncode == 2
    assert "is a note on the name" in refused.stderr


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("李泽钜", "Li Tzar Kuoi Victor", "Lǐ Zéjù"),
        ("刘炽平", "Lau Chi Ping Martin", "Liú Chìpíng"),
        ("杨绍信", "Yang Siu Shun", "Yáng Shàoxìn"),
    ],
)
def test_a_persons_name_typed_name_has_the_surname_apart(zh: str, en: str, pinyin: str) -> None:
    assert fill_pinyin(zh, "name", en) == pinyin


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("长江", "Yangtze River", "Chángjiāng"),
        ("王府井", "Wangfujing", "Wángfǔjǐng"),
        ("李泽钜", None, "Lǐzéjù"),  # no English: nothing says it is a person
    ],
)
def test_other_names_typed_name_are_read_as_before(zh: str, en: str | None, pinyin: str) -> None:
    assert fill_pinyin(zh, "name", en) == pinyin

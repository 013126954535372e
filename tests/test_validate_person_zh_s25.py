"""validate: a person's Chinese form written as its English is refused, not taken for a name left untranslated (U42).

s24's rule (user U35) lets a term's Chinese form equal its English: Chinese text writes "OneDrive" and "Windows" as
they are. A person is always written in characters in Chinese text, so `edit lei-jun --zh 'Lei Jun'` (which saved,
dropping the pinyin and traditional form, after which `lookup 雷军` found nothing) is zh and en swapped or a slip.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.model import Entry
from zhgloss.validate import validate_entries


def zh_errors(entry: Entry) -> list[str]:
    return [p.message or "" for p in validate_entries([entry]) if p.field == "zh" and p.severity == "error"]


@pytest.mark.parametrize("kind", ["person", "nickname"])
def test_a_persons_zh_in_latin_letters_is_an_error_even_when_it_is_the_english(kind: str) -> None:
    entry = Entry(id="lei-jun", type=kind, zh="Lei Jun", en="Lei Jun")
    assert zh_errors(entry) == ["'Lei Jun' has no Chinese characters; were zh and en swapped?"]


@pytest.mark.parametrize("kind", ["term", "product", "org", "name"])
def test_a_term_left_untranslated_is_still_its_own_chinese(kind: str) -> None:
    assert zh_errors(Entry(id="onedrive", type=kind, zh="OneDrive", en="OneDrive")) == []


def test_user_u42_edit_and_add_refuse_and_leave_the_glossary_alone(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert subprocess.run([zhgloss_exe, "init", str(db)], capture_output=True, check=False).returncode == 0
    before = db.read_bytes()
    for args in (
        ["edit", "lei-jun", "--zh", "Lei Jun"],
        ["add", "Wang Xiaoer", "--en", "Wang Xiaoer", "--type", "person"],
    ):
        done = subprocess.run([zhgloss_exe, *args, "--db", str(db)], capture_output=True, text=True, check=False)
        assert done.returncode == 2, done.stderr
        assert "has no Chinese characters; were zh and en swapped?" in done.stderr
        assert "Traceback" not in done.stderr
        assert db.read_bytes() == before

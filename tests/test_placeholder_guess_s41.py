"""A one-word pinyin English of a name read as transliterated by its characters alone is said to be a placeholder OR
the person's own spelling, not flatly a placeholder (the review's R40-12, the forty-first session).

布赫 is Buhe in Xinhua's and npc.gov.cn's English (NPC vice chairman 1993-2003), as they write 乌兰 "Wu Lan": for
Mongolian names the official English is often the pinyin. zhgloss reads 布赫 as transliterated only because its two
characters are characters of transliteration and 布 is no surname of its list (`name_origin`): a guess, which cannot
tell 布赫 from a foreign name (布林肯 "Bulinken" for Blinken, the placeholder the warning is for). main said "'Buhe' is
the pinyin of a transliterated name, a placeholder". Now the warning says it may be either, and how to say which.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _add_and_validate(tmp_path: Path, zh: str, en: str) -> tuple[str, list[dict[str, str]]]:
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    added = subprocess.run(
        ["zhgloss", "add", zh, "--en", en, "--type", "person", "--db", str(db)], capture_output=True, text=True
    )
    assert added.returncode == 0, added.stderr
    checked = subprocess.run(["zhgloss", "validate", "--json", "--db", str(db)], capture_output=True, text=True)
    return added.stderr, json.loads(checked.stdout)["problems"]


@pytest.mark.parametrize(("zh", "en"), [("布赫", "Buhe")])
def test_a_name_read_as_transliterated_by_its_characters_may_be_the_person_s_own(
    tmp_path: Path, zh: str, en: str
) -> None:
    said, problems = _add_and_validate(tmp_path, zh, en)
    assert "may be a placeholder" in said and "the person's own spelling" in said
    assert "by its characters alone" in said
    assert ", a placeholder:" not in said
    assert [(p["code"], p["severity"]) for p in problems] == [("en-placeholder", "warning")]


def test_a_name_cedict_lists_as_foreign_is_still_called_a_placeholder(tmp_path: Path) -> None:
    # 拜登 is Joe Biden in CC-CEDICT: its pinyin spelt out is no spelling of his.
    said, problems = _add_and_validate(tmp_path, "拜登", "Baideng")
    assert "is the pinyin of a transliterated name, a placeholder" in said
    assert [(p["code"], p["severity"]) for p in problems] == [("en-placeholder", "warning")]

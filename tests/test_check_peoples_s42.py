"""`zhgloss check` reads a people from its place's name and `check.demonyms` alone (issue 9; rel, forty-second
session; the prerequisite of IMP-41-2, which drops CC-CEDICT's people entries, 港人 'Hong Kong person or people' and
50 more, from the `--proper-only` import).

The class: a people the source writes by a place's one-character name and 人 (港人, 日人) was read only through its
own entry; with none, "Hong Kong people" for 港人 was `unexpected 香港` (a failure). Now the one-character name
before 人 is its place, as before 媒, 企, 籍 (`check._is_people_word`): "Hong Kong people", "Hongkongers" pass, with
or without the people's entry; 人 that makes a common word with the character before or after it (法人 'legal person',
商人 'merchant', 港人口 'the population') is no people. A people written by the place's whole name (日本人, 瑞士人) is
the place and its demonyms ("Japanese", "Swiss", `check.demonyms`), among them the nouns for a people that are no
adjective, now listed in data/demonyms.tsv ("two Britons", "a Frenchman", "a Spaniard", "three Danes"); a people's
entry is no longer read for them (`Checker._kin_forms`).

Each case runs against two glossaries of real CC-CEDICT lines: one holding no people's entry
(tests/data/cedict_check_peoples_s42.u8) and one with them (cedict_check_peoples_with_s42.u8); the verdicts agree.
Sources of the renderings: the Hong Kong Government's English ("Hong Kong people", "Hongkongers"), Xinhua's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, import_cedict

_FILES = {"without": "cedict_check_peoples_s42.u8", "with": "cedict_check_peoples_with_s42.u8"}


@pytest.fixture(scope="module", params=sorted(_FILES))
def glossary(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    """The CC-CEDICT lines without the peoples' entries, then with them, imported by the installed script."""
    name = _FILES[request.param]
    return import_cedict(zhgloss_exe, name, tmp_path_factory.mktemp(request.param) / "cedict.json")


def test_the_glossary_without_peoples_holds_none(glossary: Path) -> None:
    text = glossary.read_text(encoding="utf-8")
    assert ("港人" in text) == (glossary.parent.name.rstrip("0123456789") == "with")
    assert '"香港"' in text and '"港"' in text


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("许多港人周末北上消费。", "Many Hong Kong people head north to shop at weekends."),
        ("许多港人周末北上消费。", "Many Hongkongers head north to shop at weekends."),
        ("許多港人週末北上消費。", "Many Hong Kong residents head north to shop at weekends."),
        ("这家餐厅的老板是日本人。", "The restaurant's owner is Japanese."),
        ("日人多居于此地。", "Many Japanese live here."),
        ("他是瑞士人。", "He is Swiss."),
        ("他是荷兰人。", "He is Dutch."),
        ("他是美国人。", "He is American."),
        ("他是中国人。", "He is Chinese."),
        # a people's noun that is no adjective (data/demonyms.tsv's PEOPLE_NOUNS rows)
        ("两名英国人在事故中受伤。", "Two Britons were injured in the accident."),
        ("他是法国人。", "He is a Frenchman."),
        ("法国人罢工。", "Frenchmen went on strike."),
        ("两名荷兰人获救。", "Two Dutchmen were rescued."),
        ("他是西班牙人。", "He is a Spaniard."),
        ("三名丹麦人获救。", "Three Danes were rescued."),
        # 人 in a common word is no people
        ("法人代表出席了会议。", "The legal representative attended the meeting."),
        ("他是一名商人。", "He is a merchant."),
    ],
)
def test_a_people_passes_with_or_without_its_entry(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert [line for line in lines if not line.startswith("1: variant ")] == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        ("这家餐厅的老板是日本人。", "The restaurant's owner is Korean.", "1: missing 日本"),
        ("他是瑞士人。", "He is Swedish.", "1: missing 瑞士"),
        ("许多港人周末北上消费。", "Many Macau people head north to shop at weekends.", "1: unexpected 澳门"),
    ],
)
def test_another_people_fails(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(said) for line in lines), lines

"""`zhgloss check`: a ministry's formal name with the other head noun, and a compound of places with the full import.

- R49-13: CC-CEDICT writes 商务部 "Department of Trade; Department of Commerce"; "The Ministry of Commerce announced"
  (the ministry's own English, Xinhua's) failed as `missing` (and "China's" then as `unexpected 中国`), while "the
  commerce ministry" was a `variant`. The Ministry/Department swap (`check._other_head_names`) read only the field-first
  order; it reads the formal, head-first order too. 国防部 'Ministry of National Defense' written "Ministry of Defense"
  was `misspelt`: "National" is left out in the formal order as in the field-first one (`_descriptive_body_names`).
- R49-17: with the full CC-CEDICT import, 京津冀 "Beijing, Tianjin and Hebei" failed (`missing` + two `unexpected`),
  as it passed with the names glossary: the full import's 津 is a dictionary word ('saliva; a ford', a term), and
  check read it as a one-character name standing for "saliva". A dictionary's word is no one-character name
  (`check._is_one_character_name`), as the README says of the full import.

Both glossaries are real CC-CEDICT lines (tests/data/cedict_check_bodies_s50.u8), imported by the console script with
and without --proper-only; check runs as a subprocess.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import DATA, check_lines, glossary_fixture

from zhgloss.check import _other_head_names

names = glossary_fixture("cedict_check_bodies_s50.u8")


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    """The same lines imported whole (no --proper-only): the dictionary's words too, as the full import has them."""
    db = tmp_path_factory.mktemp("full") / "full.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(DATA / "cedict_check_bodies_s50.u8"), "--format", "cedict", "--db", str(db)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return db


MOFCOM = "商务部宣布加征关税。"


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        (
            MOFCOM,
            "The Ministry of Commerce announced tariffs.",
            [
                '1: variant 商务部: found "Ministry of Commerce", expected "Department of Trade" '
                "(the name with 'Department' written 'Ministry')"
            ],
        ),
        # "China's" before the body the source names names no 中国 the source lacks.
        (
            MOFCOM,
            "China's Ministry of Commerce announced tariffs.",
            [
                '1: variant 商务部: found "Ministry of Commerce", expected "Department of Trade" '
                "(the name with 'Department' written 'Ministry')"
            ],
        ),
        (
            "国防部宣布。",
            "The Ministry of Defense announced.",
            [
                '1: variant 国防部: found "Ministry of Defense", expected "Defense Department" '
                "(the name without 'National')"
            ],
        ),
        (
            "国防部宣布。",
            "Britain's Ministry of Defence announced.",
            [
                '1: variant 国防部: found "Ministry of Defence", expected "Defense Department" '
                "(the name without 'National')"
            ],
        ),
        # As before: the field-first order, and a title's body.
        (
            MOFCOM,
            "China's commerce ministry announced tariffs.",
            [
                '1: variant 商务部: found "commerce ministry", expected "Department of Trade" '
                "(the name with its field first, 'Department' written 'Ministry')"
            ],
        ),
        ("商务部发言人说。", "A Commerce Ministry spokesman said.", []),
        (
            MOFCOM,
            "The Department of Commerce announced tariffs.",
            ['1: variant 商务部: found "Department of Commerce", expected "Department of Trade"'],
        ),
        # 财政部 is a ministry in CC-CEDICT: its own name passes, the department is the swap.
        ("财政部宣布。", "The Ministry of Finance announced.", []),
        (
            "财政部宣布。",
            "The Department of Finance announced.",
            [
                '1: variant 财政部: found "Department of Finance", expected "Ministry of Finance" '
                "(the name with 'Ministry' written 'Department')"
            ],
        ),
    ],
)
def test_a_ministrys_formal_name_with_the_other_head(
    zhgloss_exe: str, names: Path, tmp_path: Path, zh: str, en: str, expected: list[str]
) -> None:
    assert check_lines(zhgloss_exe, names, tmp_path, [(zh, en)]) == expected


COMPOUNDS = [
    ("在京津冀地区。", "in the Beijing, Tianjin and Hebei region."),
    ("京津冀协同发展。", "Coordinated development of Beijing-Tianjin-Hebei."),
    ("京津冀协同发展。", "Coordinated development of Beijing–Tianjin–Hebei."),
    ("京津冀协同发展。", "Coordinated development of Jing-Jin-Ji."),
    ("沪深股市上涨。", "Shanghai and Shenzhen stocks rose."),
    ("川渝合作。", "Sichuan-Chongqing cooperation."),
    ("中方表示。", "China said."),
]


@pytest.mark.parametrize(("zh", "en"), COMPOUNDS)
def test_a_compound_of_places_passes_with_the_full_import(
    zhgloss_exe: str, full: Path, tmp_path: Path, zh: str, en: str
) -> None:
    assert check_lines(zhgloss_exe, full, tmp_path, [(zh, en)]) == []


@pytest.mark.parametrize(("zh", "en"), COMPOUNDS)
def test_a_compound_of_places_passes_with_the_names_glossary(
    zhgloss_exe: str, names: Path, tmp_path: Path, zh: str, en: str
) -> None:
    assert check_lines(zhgloss_exe, names, tmp_path, [(zh, en)]) == []


def test_a_missing_part_is_still_missing_with_the_full_import(zhgloss_exe: str, full: Path, tmp_path: Path) -> None:
    """The compound rule does not pass a rendering that leaves a place out: Hebei is not there."""
    lines = check_lines(zhgloss_exe, full, tmp_path, [("在京津冀地区。", "in the Beijing and Tianjin region.")])
    assert lines and lines[0].startswith("1: missing 京津冀")


@pytest.mark.parametrize(
    ("form", "name", "why"),
    [
        ("Department of Commerce", "Ministry of Commerce", "the name with 'Department' written 'Ministry'"),
        (
            "Department of Commerce",
            "Commerce Ministry",
            "the name with its field first, 'Department' written 'Ministry'",
        ),
        ("Ministry of Finance", "Department of Finance", "the name with 'Ministry' written 'Department'"),
        (
            "Ministry of Foreign Affairs",
            "Department of Foreign Affairs",
            "the name with 'Ministry' written 'Department'",
        ),
        (
            "Ministry of National Defense",
            "Department of Defense",
            "the name without 'National', 'Ministry' written 'Department'",
        ),
    ],
)
def test_other_head_names(form: str, name: str, why: str) -> None:
    assert _other_head_names(form)[name] == why


def test_a_body_of_another_head_is_not_swapped() -> None:
    assert _other_head_names("Bureau of Statistics") == {}

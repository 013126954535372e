"""forms: a word British and American English spell apart is one name either way (U34-15, session 34, chk).

CC-CEDICT writes American spelling: `維多利亞港 维多利亚港 [Wei2 duo1 li4 ya4 Gang3] /Victoria Harbor, Hong Kong/`,
`香港文化中心 … /Hong Kong Cultural Center/`, `世界貿易中心 … /World Trade Center/`,
`國際勞工組織 … /International Labor Organization/`. Hong Kong's own names are "Victoria Harbour" and
"Hong Kong Cultural Centre" (the Leisure and Cultural Services Department's), the ILO's is "International Labour
Organization", and British, Hong Kong, Singapore and Australian copy writes "World Trade Centre". The tester's
/tmp/u34/t/brit.tsv had them `misspelt`, and `lookup "Victoria Harbour"` found nothing. The pairs are SCOWL's lists
(data/british_spellings.tsv), never a suffix rule: "Taylor" (泰勒 `/Taylor (name)/`) has no British "Taylour".
Fixture: those lines of CC-CEDICT (tests/data/cedict_forms_regional_s34.u8), with `維多利亞 维多利亚 /Victoria (name)/`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

from zhgloss.forms import regional_spellings

glossary = glossary_fixture("cedict_forms_regional_s34.u8")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Victoria Harbor", "Victoria Harbour"),
        ("Hong Kong Cultural Centre", "Hong Kong Cultural Center"),
        ("MINISTRY OF DEFENCE", "MINISTRY OF DEFENSE"),
        ("International Labor Organization", "International Labour Organization"),
        ("International Labor Organization", "International Labour Organisation"),
        ("Royal Theatre", "Royal Theater"),
    ],
)
def test_a_word_spelt_apart_is_written_the_other_way(text: str, other: str) -> None:
    assert other in regional_spellings(text)


@pytest.mark.parametrize("text", ["Elizabeth Taylor", "Taylour", "Lei Jun", "Hong Kong", "Xiaomi Corporation"])
def test_no_pair_no_spelling(text: str) -> None:
    assert regional_spellings(text) == []


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        ("维多利亚港灯火通明。", "Victoria Harbour was lit up."),
        ("香港文化中心。", "The Hong Kong Cultural Centre."),
        ("世界贸易中心遭袭。", "The World Trade Centre was attacked."),
        ("国际劳工组织发表报告。", "The International Labour Organization published a report."),
    ],
)
def test_check_passes_the_british_spelling(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)]) == []


def test_check_still_fails_a_misspelling_and_a_made_up_spelling(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    pairs = [("维多利亚港灯火通明。", "Victoria Harbr was lit up."), ("泰勒表示。", "Taylour said.")]
    lines = check_lines(zhgloss_exe, glossary, tmp_path, pairs)
    assert any(line.startswith("1: ") and "维多利亚港" in line for line in lines), lines
    assert any(line.startswith("2: ") and "泰勒" in line for line in lines), lines


def test_lookup_finds_the_british_spelling(zhgloss_exe: str, glossary: Path) -> None:
    done = subprocess.run(
        [zhgloss_exe, "lookup", "Victoria Harbour", "--field", "zh", "--db", str(glossary)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "维多利亚港"


def test_annotate_glosses_the_harbour_not_the_given_name(zhgloss_exe: str, glossary: Path) -> None:
    done = subprocess.run(
        [zhgloss_exe, "annotate", "--db", str(glossary)],
        input="Victoria Harbour was lit up.\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Victoria Harbour (维多利亚港) was lit up.\n"

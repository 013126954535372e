"""`zhgloss check`: a sheet's untyped foreign person is named by the family name alone after the full name.

The review's R48-1 addendum 3: a two-column sheet says no type, so a translator's own 默茨 "Friedrich Merz" and 默克尔
"Angela Merkel" are stored untyped (`name`); check read a person's family name alone as a later mention only for typed
persons, so "Merz also said" was `missing`. An untyped entry of the user's own whose English is a full name whose
first word is a given name (the 1990 US Census's first names, or a word that spells no reading of the Chinese's first
character where the Chinese is written in characters of transliteration; or a Japanese name) is now read as a person's
name: a guess, said in the summary with the way to make it sure. The glossary is a real sheet imported by the console
script; the controls are a paper, a company and a one-word name of the same sheet.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, import_into_empty
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.adopted import english_given_names
from zhgloss.check import _foreign_person_by_guess
from zhgloss.formats.cedict import CEDICT_SOURCE
from zhgloss.model import Entry

SHEET = (
    "Chinese,English\n默茨,Friedrich Merz\n默克尔,Angela Merkel\n鲁比奥,Marco Rubio\n高市早苗,Sanae Takaichi\n"
    "泽连斯基,Volodymyr Zelensky\n斯塔默,Keir Starmer\n华尔街日报,Wall Street Journal\n特斯拉,Tesla Motors\n"
    "奥特曼,Ultraman\n"
)


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    folder = tmp_path_factory.mktemp("people")
    csv = folder / "people.csv"
    csv.write_text(SHEET, encoding="utf-8")
    return import_into_empty(zhgloss_exe, csv, folder / "people.json")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("德国总理默茨表示，默茨还说。", "German Chancellor Friedrich Merz said, and Merz also said."),
        ("默克尔表示，默克尔还说。", "Angela Merkel said, and Merkel also said."),
        ("鲁比奥表示，鲁比奥还说。", "Marco Rubio said, and Rubio also said."),
        ("高市早苗表示，高市早苗还说。", "Sanae Takaichi said, and Takaichi also said."),
        ("泽连斯基表示，泽连斯基还说。", "Volodymyr Zelensky said, and Zelensky also said."),
        ("斯塔默表示，斯塔默还说。", "Keir Starmer said, and Starmer also said."),
    ],
)
def test_the_family_name_alone_is_a_later_mention(
    zhgloss_exe: str, sheet: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, sheet, tmp_path, [(source, target)]) == []


def test_across_segments_and_the_guess_is_said(zhgloss_exe: str, sheet: Path, tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("默茨表示。\tFriedrich Merz said.\n默茨还说。\tMerz also said.\n", encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(tsv), "--db", str(sheet)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    # The sheet's import types 默茨 "Friedrich Merz" a person by add's guess since the session's tbl work (R48-1
    # addendum), so check needs no guess of its own here: it passes, and says none.
    assert done.stderr.decode("utf-8") == "checked 2 segments: no name problems\n"
    report = json.loads(
        subprocess.run(
            [zhgloss_exe, "check", str(tsv), "--db", str(sheet), "--json"], capture_output=True, check=True
        ).stdout
    )
    assert report.get("guessed_persons", []) == []
    assert report["problems"] == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # The given name alone is no later mention.
        (
            "默茨表示，默茨还说。",
            "Friedrich Merz said, and Friedrich also said.",
            '1: misspelt 默茨: found "Friedrich", expected "Friedrich Merz"',
        ),
        # The family name alone before the full name is a first mention in short, as for a typed person.
        (
            "默茨还说。",
            "Merz also said.",
            '1: variant 默茨: found "Merz", expected "Friedrich Merz" (the family name alone, before the translation'
            " names Friedrich Merz in full)",
        ),
        # A paper's last word is nobody's family name.
        (
            "华尔街日报报道，华尔街日报还说。",
            "The Wall Street Journal reported, and the Journal also said.",
            '1: missing 华尔街日报: found nothing, expected "Wall Street Journal" (the source names it 2 times, the'
            " translation 1)",
        ),
    ],
)
def test_what_is_still_a_problem(
    zhgloss_exe: str, sheet: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, sheet, tmp_path, [(source, target)]) == [expected]


def _sheet_entry(zh: str, en: str, sources: tuple[str, ...] = ()) -> Entry:
    return Entry(id="x", zh=zh, en=en, type="name", sources=sources)


_GIVEN = st.sampled_from(sorted(english_given_names())).map(str.capitalize)


@given(_GIVEN)
def test_any_given_name_before_the_transliterated_family_name_reads_as_a_person(given_name: str) -> None:
    assert _foreign_person_by_guess(_sheet_entry("默茨", f"{given_name} Merz"))
    assert _foreign_person_by_guess(_sheet_entry("弗里德里希·默茨", f"{given_name} Merz"))


@given(
    _GIVEN,
    st.sampled_from(["Motors", "Group", "Holdings", "Inc.", "Technologies", "County", "Mountains", "River", "Times"]),
)
def test_a_company_s_or_a_place_s_word_or_cedicts_own_entry_is_no_person(given_name: str, word: str) -> None:
    assert not _foreign_person_by_guess(_sheet_entry("默茨", f"{given_name} Merz {word}"))
    assert not _foreign_person_by_guess(_sheet_entry("默茨", f"{given_name} {word}"))
    assert not _foreign_person_by_guess(_sheet_entry("默茨", f"{given_name} Merz", (CEDICT_SOURCE,)))
    assert not _foreign_person_by_guess(_sheet_entry("默茨", "Merz"))


@given(st.sampled_from(["Mt", "Mount", "St", "Cape", "Lake", "South", "North", "Inner"]))
def test_a_place_s_head_word_is_no_given_name(head: str) -> None:
    assert not _foreign_person_by_guess(_sheet_entry("默茨", f"{head} Merz"))


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        ("默茨", "Friedrich Merz", True),  # Friedrich is no Census name: the transliteration tells
        ("泽连斯基", "Volodymyr Zelensky", True),
        ("马斯克", "Elon Musk", True),
        ("乌尔苏拉·冯德莱恩", "Ursula von der Leyen", True),
        ("高市早苗", "Sanae Takaichi", True),  # a Japanese name: 市 reads "ichi"
        ("华尔街日报", "Wall Street Journal", False),
        ("纽约", "New York", False),
        ("宜兰县", "Yilan County", False),
        ("八宝山", "Mt Babao", False),
        ("马尔卡河", "Malka River", False),
        ("南卡罗来纳", "South Carolina", False),
        ("安地斯", "Andes Mountains", False),
        ("台视", "Taiwan Television", False),
        ("蔚来", "Nio Inc", False),
        ("三星", "Samsung Group", False),
        ("国务院", "State Council", False),
    ],
)
def test_foreign_person_by_guess(zh: str, en: str, expected: bool) -> None:
    assert _foreign_person_by_guess(_sheet_entry(zh, en)) is expected

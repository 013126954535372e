"""A person's English that CC-CEDICT writes, read loosely as the same syllables, is no question (the review's R46-19).

validate warned `en-romanization` ("read back as none of the romanizations zhgloss tried ... if it is the person's own,
say so with --adopted") on the right English of people CC-CEDICT lists so: 马英九 "Ma Ying-jeou" (Gwoyeu Romatzyh's
jeou), 李光耀 "Lee Kuan Yew" (Singapore's), at `add` and in every validate until --adopted. Such a spelling is read
loosely, each syllable starting as its character's spellings do; where it is CC-CEDICT's English of the person
(data/cedict_person_english.tsv, `curate.cedict_english`) it is the person's own. 8 of CC-CEDICT's 1,713 such people
were warned so; 0 now. Another name spelt the same way, or a slip of CC-CEDICT's spelling, is still a question.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.curate import draft_entry
from zhgloss.errors import ZhglossError
from zhgloss.validate import check_entry

# The eight CC-CEDICT people validate warned of.
CEDICT_PEOPLE = [
    ("马英九", "Ma Ying-jeou"),
    ("李光耀", "Lee Kuan Yew"),
    ("董建华", "Tung Chee-hwa"),
    ("王力宏", "Wang Lee-hom"),
    ("徐克", "Tsui Hark"),
    ("游锡堃", "Yu Shyi-kun"),
    ("贝聿铭", "Pei Ieoh Ming"),
    ("崔萤", "Choi Yeong"),
]


def _codes(zh: str, en: str) -> list[str]:
    return [p.code for p in check_entry(draft_entry(zh, kind="person", en=en))]


@pytest.mark.parametrize(("zh", "en"), CEDICT_PEOPLE)
def test_cedicts_english_of_the_person_is_no_question(zh: str, en: str) -> None:
    assert "en-romanization" not in _codes(zh, en)
    assert "en-mismatch" not in _codes(zh, en)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("李光要", "Lee Kuan Yew"),  # the same spelling of another name: still a question
        ("马英九", "Ma Ying-jeu"),  # a slip of CC-CEDICT's spelling
        ("董建华", "Tung Chee-hua"),
    ],
)
def test_another_loose_spelling_is_still_a_question(zh: str, en: str) -> None:
    assert "en-romanization" in _codes(zh, en)


def _cedict_rows() -> list[tuple[str, str]]:
    path = Path(__file__).resolve().parent.parent / "src" / "zhgloss" / "data" / "cedict_person_english.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(zh, en) for zh, _, en in rows]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_cedict_rows()))
def test_no_cedict_person_is_asked_whether_its_own_spelling_is_right(row: tuple[str, str]) -> None:
    zh, en = row
    try:
        codes = _codes(zh, en)
    except ZhglossError as exc:  # a name the romanizer cannot read is add's refusal, not this rule's
        pytest.skip(str(exc))
    assert "en-romanization" not in codes


def test_add_of_ma_ying_jeou_says_nothing(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", "--empty", str(db)], capture_output=True, check=True)
    added = subprocess.run(
        [zhgloss_exe, "add", "马英九", "--type", "person", "--en", "Ma Ying-jeou", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )
    assert added.returncode == 0, added.stderr
    assert "warning" not in added.stderr
    validated = subprocess.run(
        [zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True, check=False, encoding="utf-8"
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "0 errors, 0 warnings" in validated.stdout + validated.stderr

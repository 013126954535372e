"""A form the crossing rule gives back in place of a match it drops passes the inside-a-word rule's tests too (R45-5).

`CrossingRule` drops a match that straddles a word edge (福安 Fu'an in 幸福|安康) and gives back the form the matcher
skipped for it (安康), which `InsideRule` had never seen: a word-or-name form (data/word_or_name.txt: 安康 Ankang and
"good health", 海口 Haikou and "estuary", 安利 Amway and "to recommend") was then glossed with no context test, so the
New Year wish 祝愿人民幸福安康 read 幸福安康（Ankang）, while 岁岁安康 and 他身体安康 were left alone. The form given
back is now put to the same rules, in the text as crossing leaves it; one that passes stays (天水 for 西天 in 陇西天水,
美国 for 日美 in 周日美国, 马来西亚 for 对马 in 对马来西亚).

The glossary is CC-CEDICT's own lines for these forms (tests/data/cedict_given_back_s45.u8), imported by the
installed console script as `--proper-only` would.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = Path(__file__).resolve().parent / "data" / "cedict_given_back_s45.u8"


def _annotator() -> Annotator:
    with LINES.open(encoding="utf-8") as fp:
        return Annotator(list(load_cedict(fp, proper_only=True)))


ANNOTATOR = _annotator()


def glossed(text: str) -> list[str]:
    return [m.surface for m in ANNOTATOR.mentions(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "祝愿人民幸福安康。",  # the close of most New Year addresses: 幸|福安|康 dropped, 安康 "good health" given back
        "新年伊始，祝大家幸福安康、万事如意。",
        "之后海口的天气转晴。",  # 之|后海|口: 海口 given back, "the estuary" reading not ruled out by anything
        # The review's generated pairs (a word ending on a name's first character, a word-or-name form after it).
        "增长安利",  # 长安 Chang'an dropped, 安利 given back
        "人马大发",  # 马大 Martha dropped, 大发 given back
    ],
)
def test_a_word_or_name_form_given_back_is_not_glossed_without_a_names_context(sentence: str) -> None:
    assert glossed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        # The same forms where the context reads as the name keep their gloss.
        ("幸福安康市民广场", "安康"),  # a city's generic after it: _reads_as_place
        ("之后海口市政府表示", "海口"),
        # Forms given back that are no word-or-name form are kept, as before.
        ("陇西天水一带", "天水"),
        ("周日美国总统发表讲话", "美国"),
        ("对马来西亚的访问", "马来西亚"),
    ],
)
def test_a_form_given_back_that_passes_the_tests_is_glossed(sentence: str, form: str) -> None:
    assert form in glossed(sentence)


def test_the_installed_annotate_leaves_the_new_year_wish_alone(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "import", str(LINES), "--format", "cedict", "--proper-only"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = "祝愿人民幸福安康。\n他前往安康市考察。\n"
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "annotate", "-"], input=text, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "祝愿人民幸福安康。\n他前往安康（Ankang）市考察。\n"

"""`zhgloss check`: each numbered body with its own rendering (issue 9; rel, forty-first session; the fortieth
session's left-alone lines).

- Numbers were compared as sets per kind: two bodies of different terms in one segment accepted each other's ordinals
  (党的二十大 … 十四届全国人大常委会 / "the 14th National Congress of the Communist Party of China … the Standing
  Committee of the 20th National People's Congress" passed). A translation's numbered body is now compared with the
  source's body it renders (the same entry, an entry whose English holds the other's, the Party for a congress by
  its number alone); an ordinal tied to no body of the source's is compared with every number of its kind, as before.
- A wrong number where nothing the glossary has is named (党的二十大 / "The 19th National Congress …" on a glossary
  without the Party) is `missing` all the same: the problem names the body (`check._unlisted_entry`).

Sources of the renderings: Xinhua's English service ("the 20th National Congress of the Communist Party of China",
"the Standing Committee of the 14th National People's Congress", "the 14th National Committee of the Chinese
People's Political Consultative Conference"). The glossary: real CC-CEDICT lines
(tests/data/cedict_check_officials_s41.u8) imported by the installed script.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import Checker, _english_ordinal, checker_for
from zhgloss.formats.bilingual import Segment
from zhgloss.store import Glossary

glossary = glossary_fixture("cedict_check_officials_s41.u8")

_DIGITS = "零一二三四五六七八九"


def _in_chinese(n: int) -> str:
    tens, unit = divmod(n, 10)
    return ("" if tens == 0 else ("" if tens == 1 else _DIGITS[tens]) + "十") + (_DIGITS[unit] if unit else "")


@pytest.fixture(scope="module")
def checker(glossary: Path) -> Iterator[Checker]:
    """The in-process checker of the module's glossary."""
    with Glossary.open(glossary) as gloss:
        yield checker_for(gloss)


_TWO_BODIES = (
    "党的二十大以来，十四届全国人大常委会举行了多次会议。",
    "Since the {a} National Congress of the Communist Party of China, the Standing Committee of the {b} National"
    " People's Congress has held many sessions.",
)


def test_two_bodies_each_with_its_number_pass(glossary: Path, zhgloss_exe: str, tmp_path: Path) -> None:
    target = _TWO_BODIES[1].format(a="20th", b="14th")
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(_TWO_BODIES[0], target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # the fortieth session's left-alone line: the two bodies' numbers swapped
        (
            _TWO_BODIES[0],
            _TWO_BODIES[1].format(a="14th", b="20th"),
            'missing 二十大: found "14th National Congress of the Communist Party of China", expected "20th',
        ),
        (
            _TWO_BODIES[0],
            _TWO_BODIES[1].format(a="14th", b="20th"),
            'missing 十四届全国人大常委会: found "20th National People\'s Congress", expected "14th',
        ),
        # the same kind: the NPC and the Party's congress in one line, in both scripts
        (
            "十三屆全國人大代表出席了黨的二十大。",
            "Deputies to the 20th National People's Congress attended the 13th National Congress of the Communist"
            " Party of China.",
            "missing 十三屆全國人大",
        ),
    ],
)
def test_each_body_is_compared_with_its_own_number(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line for line in lines), lines


@given(
    n=st.integers(min_value=11, max_value=29),
    m=st.integers(min_value=1, max_value=29),
    a=st.integers(min_value=11, max_value=29),
    b=st.integers(min_value=1, max_value=29),
)
def test_two_bodies_are_each_their_number(checker: Checker, n: int, m: int, a: int, b: int) -> None:
    source = f"党的{_in_chinese(n)}大以来，{_in_chinese(m)}届全国人大常委会举行了多次会议。"
    target = _TWO_BODIES[1].format(a=_english_ordinal(a), b=_english_ordinal(b))
    report = checker.check([Segment(1, source, target)])
    numbered = [p for p in report.failing() if p.note and "the source numbers it" in p.note]
    assert bool(numbered) == ((n, m) != (a, b)), (source, target, report.problems)
    assert not report.failing() or (n, m) != (a, b), report.problems


_TWO_SITTINGS = "十四届全国人大二次会议和全国政协十四届{zh}次会议"
_TWO_SITTINGS_EN = (
    "the {npc} session of the 14th NPC and the {cppcc} session of the 14th CPPCC National Committee opened in Beijing."
)


def test_each_sitting_is_compared_with_its_own_number(glossary: Path, zhgloss_exe: str, tmp_path: Path) -> None:
    # R41-13: a sitting's ordinal is tied to the body after it ("session of the 14th CPPCC National Committee"), so a
    # wrong CPPCC session is reported as the CPPCC's, not the NPC's; the two sessions swapped are two problems
    pairs = [
        (_TWO_SITTINGS.format(zh="二") + "在北京开幕。", _TWO_SITTINGS_EN.format(npc="second", cppcc="second")),
        (_TWO_SITTINGS.format(zh="二") + "在北京开幕。", _TWO_SITTINGS_EN.format(npc="second", cppcc="third")),
        (_TWO_SITTINGS.format(zh="三") + "在北京开幕。", _TWO_SITTINGS_EN.format(npc="third", cppcc="second")),
    ]
    lines = [line for line in check_lines(zhgloss_exe, glossary, tmp_path, pairs) if " variant " not in line]
    assert lines == [
        '2: missing 政协十四届二次会议: found "third session", expected "second session" (the source numbers it 2'
        " (二次会议): the translation's 3 is another)",
        '3: missing 全国人大二次会议: found "third session", expected "second session" (the source numbers it 2'
        " (二次会议): the translation's 3 is another)",
        '3: missing 政协十四届三次会议: found "second session", expected "third session" (the source numbers it 3'
        " (三次会议): the translation's 2 is another)",
    ], lines


def test_a_wrong_number_where_the_glossary_names_nothing(zhgloss_exe: str, tmp_path: Path) -> None:
    # a glossary of one name, none of the segment's: the congress is still the source's 20th
    u8 = tmp_path / "one.u8"
    u8.write_text("北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/\n", encoding="utf-8")
    db = tmp_path / "one.json"
    for args in (["init", str(db), "--empty"], ["import", str(u8), "--format", "cedict", "--db", str(db)]):
        done = subprocess.run([zhgloss_exe, *args], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
    lines = check_lines(
        zhgloss_exe,
        db,
        tmp_path,
        [
            ("党的二十大胜利召开。", "The 19th National Congress of the Communist Party of China was convened."),
            ("党的二十大胜利召开。", "The 20th National Congress of the Communist Party of China was convened."),
        ],
    )
    assert lines == [
        '1: missing 二十大: found "19th National Congress of the Communist Party of China", expected "20th National'
        " Congress of the Communist Party of China\" (the source numbers it 20 (二十大): the translation's 19 is"
        " another)"
    ]
    with Glossary.open(db) as gloss:
        report = checker_for(gloss).check([Segment(1, "党的二十大胜利召开。", "The 19th National Congress opened.")])
    (problem,) = report.failing()
    assert problem.entry.id.startswith("body-19th-national-congress") is False
    assert problem.entry.id == "body-20th-national-congress" and problem.source == "二十大"

"""check: a translation's full name for a person whose shorter name the source writes is not `unexpected`.

CC-CEDICT lists 牛顿 'Newton' and 艾萨克·牛顿 'Isaac Newton' apart, and 牛顿 is also the unit newton, so the source
matcher leaves 牛顿 in "牛顿发现了万有引力。" out of its mentions (zhgloss.glossable). A translation "Isaac Newton
discovered gravity." was reported `unexpected 艾萨克·牛顿`, failing the check, though it renders the source's 牛顿
(user test, twenty-second session). It is now the same `variant` as where the source's shorter name is matched
("Karl Marx" for 马克思): a warning that says to check it is the same person. A glossary that lists the full name
as the shorter entry's alias has nothing to say. Fixture: CC-CEDICT's own lines (tests/data/cedict_shorter_names.u8).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.check import _name_parts
from zhgloss.script import NAME_SEPARATORS

glossary = glossary_fixture("cedict_shorter_names.u8")


def _fuller(short: str, found: str, entry: str, held: str) -> str:
    return (
        f'1: variant {short}: found "{found}", expected "{held}" ({found!r} is the glossary\'s name for {entry}, '
        f"which writes {held!r} with more of the name: check it is the same person)"
    )


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # 牛顿 is the unit too: the source matcher leaves it out, the check reads it from the source's text.
        (
            "牛顿发现了万有引力。",
            "Isaac Newton discovered gravity.",
            [_fuller("牛顿", "Isaac Newton", "艾萨克·牛顿", "Newton")],
        ),
        ("牛顿第二定律。", "Isaac Newton's second law.", [_fuller("牛顿", "Isaac Newton", "艾萨克·牛顿", "Newton")]),
        # The same person by the shorter name, and the source's shorter names the matcher does read: as before.
        ("牛顿发现了万有引力。", "Newton discovered gravity.", []),
        (
            "马克思出生于特里尔。",
            "Karl Marx was born in Trier.",
            [_fuller("马克思", "Karl Marx", "卡尔·马克思", "Marx")],
        ),
        (
            "鸠山访问北京。",
            "Yukio Hatoyama visited Beijing.",
            [_fuller("鸠山", "Yukio Hatoyama", "鸠山由纪夫", "Hatoyama")],
        ),
    ],
)
def test_a_fuller_name_of_a_person_the_source_writes_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # The source writes no part of the name: the translation names someone it lacks.
        (
            "他发现了万有引力。",
            "Isaac Newton discovered gravity.",
            ['1: unexpected 艾萨克·牛顿: found "Isaac Newton", expected 艾萨克·牛顿 in the source'],
        ),
        # A part the source writes whose English the full name does not hold: another person.
        (
            "马克思出生于特里尔。",
            "William Shakespeare was born in Trier.",
            [
                '1: missing 马克思: found nothing, expected "Marx"',
                '1: unexpected 威廉·莎士比亚: found "William Shakespeare", expected 威廉·莎士比亚 in the source',
            ],
        ),
    ],
)
def test_a_name_the_source_writes_no_part_of_is_still_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == expected


def test_a_full_name_the_shorter_entry_lists_renders_it_with_nothing_to_say(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    db = tmp_path / "aliased.json"
    db.write_bytes(glossary.read_bytes())
    edited = subprocess.run(
        [zhgloss_exe, "edit", "niudun-9582fc", "--alias", "Isaac Newton", "--db", str(db)],
        capture_output=True,
        check=False,
    )
    assert edited.returncode == 0, edited.stderr
    # Two entries now share "Isaac Newton"; the target matcher credits one, and either renders the source.
    assert check_lines(zhgloss_exe, db, tmp_path, [("牛顿发现了万有引力。", "Isaac Newton discovered gravity.")]) == []
    done = subprocess.run(
        [zhgloss_exe, "check", str(tmp_path / "pairs.tsv"), "--db", str(db)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stdout


_HAN = st.text(alphabet="牛顿艾萨克马思鸠山由纪夫", min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(_HAN, min_size=1, max_size=3),
    separator=st.sampled_from(NAME_SEPARATORS),
    source=st.text(alphabet="牛顿艾萨克马思鸠山由纪夫发现了。·", max_size=12),
)
def test_name_parts_are_the_written_leading_and_trailing_parts(parts: list[str], separator: str, source: str) -> None:
    form = separator.join(parts)
    found = _name_parts([form], source)
    assert len(found) == len(set(found))
    for part in found:
        assert len(part) > 1 and part in source and len(part) < len(form)
        assert form.startswith(part) or form.endswith(part)
        assert part[0] not in NAME_SEPARATORS and part[-1] not in NAME_SEPARATORS
    # Every such part the source writes is found.
    for size in range(2, len(form)):
        for part in (form[:size].strip(NAME_SEPARATORS), form[-size:].strip(NAME_SEPARATORS)):
            if len(part) > 1 and part in source:
                assert part in found
    # Longest first.
    assert [len(p) for p in found] == sorted((len(p) for p in found), reverse=True)

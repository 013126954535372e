"""A match that ends on 运 of a games' short name (X运会, X运动会 shortened) is the games' qualifier, not a name of its
own, unless its entry names games (issue 9: Chinese news annotated with the CC-CEDICT names glossary gets no gloss a
translator would call nonsense; the thirty-second session's note: 大运会).

CC-CEDICT's 大运 is "Mandate of Heaven / the Grand Canal", and 成都大运会 (the Chengdu Universiade, 大学生运动会)
became 成都大运（Mandate of Heaven）会; check then called 大运 missing from "Chengdu hosted the Universiade". 世运
"World Games" before 会 is those games, and keeps its gloss (亚运 of 亚运会 is inside the word 亚运会, as before); 大运
elsewhere (交了大运 "struck it lucky") is the entry's, as before. The glossary is real CC-CEDICT lines (CC BY-SA 4.0,
MDBG; tests/data/cedict_games_s33.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

DATA = Path(__file__).resolve().parent / "data" / "cedict_games_s33.u8"
with DATA.open(encoding="utf-8") as _fp:
    ANNOTATOR = Annotator(list(load_cedict(_fp, proper_only=True)))

glossary = glossary_fixture("cedict_games_s33.u8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("成都大运会开幕。", ["成都"]),
        ("第31届世界大学生夏季运动会即成都大运会。", ["成都"]),
        # the games the entry names
        ("亚运会在杭州举行，世运会在成都举行。", ["世运", "成都"]),
        # the entry's own sense, no 会 after it
        ("他时来运转，交了大运。", ["大运"]),
    ],
)
def test_a_games_short_name_glosses_no_other_sense(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_check_does_not_ask_for_the_other_sense(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    pairs = [("四川省成都市举办大运会。", "Chengdu in Sichuan province hosted the Universiade.")]
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []

"""OmegaT's glossary writes each synonym on a line of its own, so a "|" or ";" inside a cell is part of the term.

The synonym-cell split of other tools' tables (Glossary Converter's "Term|Synonym", formats/table.py) must not
reach OmegaT's lines: tests/test_hostile.py's formula round trip (=cmd|' /C calc'!A0) broke on it in this
session's mid-session CI.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.tsv import load_omegat


@pytest.mark.parametrize(
    ("line", "en", "aliases"),
    [
        ("管道符\tpipe (|) character\t", "pipe (|) character", ()),
        ("竖线\tvertical bar | pipe\tpunctuation", "vertical bar | pipe", ()),
        ("分号\tsemicolon; semi-colon\t", "semicolon; semi-colon", ()),
    ],
)
def test_an_omegat_cell_is_one_term(line: str, en: str, aliases: tuple[str, ...]) -> None:
    (entry,) = load_omegat(io.StringIO(line + "\n"), "glossary.utf8")
    assert (entry.en, entry.aliases) == (en, aliases)


def test_omegat_synonyms_on_lines_of_their_own_are_still_aliases() -> None:
    (entry,) = load_omegat(io.StringIO("马云\tJack Ma\t\n马云\tMa Yun\t\n"), "glossary.utf8")
    assert (entry.en, entry.aliases) == ("Jack Ma", ("Ma Yun",))

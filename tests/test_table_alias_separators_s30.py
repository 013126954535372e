"""Another tool's aliases and zh_aliases cells are split where its term cells are (session 30, U30-20): "|" (the
Glossary Converter's separator), U+241E (Across) and a line break (Excel's Alt+Enter), besides ";" — never stored as
one alias holding the separator, which no text writes and check then calls the right form a wrong order.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats import get_format


@pytest.mark.parametrize(
    ("text", "aliases", "zh_aliases"),
    [
        # The tester's al.csv.
        ("zh,en,aliases\n雷军,Lei Jun,LEI Jun|Jun Lei\n", ("LEI Jun", "Jun Lei"), ()),
        # An Excel cell of two lines (Alt+Enter), quoted as Excel writes it.
        ('zh,en,aliases\n马化腾,Pony Ma,"Ma Huateng\nMa Hua-teng"\n', ("Ma Huateng", "Ma Hua-teng"), ()),
        # Chinese aliases as Across writes several values of a field (U+241E), and with "|".
        ("zh,en,zh_aliases\n马云,Jack Ma,马老师\u241e风清扬\n", (), ("马老师", "风清扬")),
        ("zh,en,zh_aliases\n刘强东,Richard Liu,东哥|强东\n", (), ("东哥", "强东")),
    ],
)
def test_an_alias_cell_is_split_at_a_term_cells_separators(
    text: str, aliases: tuple[str, ...], zh_aliases: tuple[str, ...]
) -> None:
    (entry,) = get_format("csv").load(io.StringIO(text, newline=""), "team.csv")
    assert (entry.aliases, entry.zh_aliases) == (aliases, zh_aliases)


def test_zhgloss_own_layout_keeps_its_escaped_semicolons() -> None:
    # zhgloss's own export writes a ";" inside a form as "\;" and never splits at "|": a form with "|" is kept.
    (entry,) = get_format("csv").load(io.StringIO(_own_row("AT\\;T|X")), "own.csv")
    assert entry.aliases == ("AT;T|X",)


def _own_row(aliases: str) -> str:
    header = "id,type,zh,zh_hant,pinyin,en,aliases,zh_aliases,en_adopted,refers_to,roles,note,sources"
    return f"{header}\nlei-jun,person,雷军,,,Lei Jun,{aliases},,false,,,,\n"

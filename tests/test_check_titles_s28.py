"""check: a body inside the title of office the source writes after it (U27-34, session 28).

"Premier Li Qiang attended the meeting." for 国务院总理李强出席会议 was `missing 国务院: found nothing, expected "State
Council"`, as were "Vice Premier" for 国务院副总理 and "Commerce Minister" for 商务部部长: the English title holds the
body, whole (Premier: the head of the State Council) or by its field ("Commerce Minister", "Defense Minister").
A title of another body, or of another rank, still leaves the body missing.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_s28.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

glossary = glossary_fixture("cedict_check_s28.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("国务院总理李强出席会议。", "Premier Li Qiang attended the meeting."),
        ("国务院副总理何立峰会见美国财长。", "Vice Premier He Lifeng met the US Treasury Secretary."),
        ("商务部部长王文涛访问欧洲。", "Commerce Minister Wang Wentao visited Europe."),
        ("商务部部长王文涛访问欧洲。", "Trade Minister Wang Wentao visited Europe."),
        ("商务部发言人表示。", "A Commerce Ministry spokesman said."),
        ("商务部发言人表示。", "A commerce ministry spokeswoman said."),
        ("美联储主席鲍威尔表示。", "Fed Chair Jerome Powell said."),
    ],
)
def test_a_body_in_its_officers_title_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    # Nothing but the variants an alias is ("US" for 美国 'United States', "Fed" for 美联储).
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert all(line.startswith("1: variant ") and "国务院" not in line and "商务部" not in line for line in lines), (
        lines
    )


@pytest.mark.parametrize(
    ("source", "target", "name"),
    [
        # Another body's title: the field is not this body's.
        ("国务院总理李强出席会议。", "Foreign Minister Li Qiang attended the meeting.", "国务院"),
        ("商务部部长王文涛访问欧洲。", "Defense Minister Wang Wentao visited Europe.", "商务部"),
        ("商务部发言人表示。", "A Foreign Ministry spokesman said.", "商务部"),
        # Another rank: a vice premier is no premier, a minister no spokesman.
        # (since the fortieth session the rank rule names the ranked post: missing 国务院副总理, R39-19)
        ("国务院副总理何立峰会见美国财长。", "Premier He Lifeng met the US Treasury Secretary.", "国务院副总理"),
        ("商务部发言人表示。", "The Commerce Minister said.", "商务部"),
        # A title the source does not write: the body alone is owed.
        ("国务院发布通知。", "The Premier issued a notice.", "国务院"),
    ],
)
def test_another_bodys_or_ranks_title_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, name: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: missing {name}:") for line in lines), lines

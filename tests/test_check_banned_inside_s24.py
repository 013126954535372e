"""A banned short form inside the preferred full form is the full form's (check; issue 9, item 2; session 24).

A house style that wants the full name deprecates the short ones: 阿里巴巴集团 "Alibaba Group" preferred, 阿里,
"Alibaba" and "Ali" deprecated. check matched the banned forms inside the preferred ones, on both sides: the
target's "Alibaba Group" held a `forbidden` "Alibaba", and the source's 阿里巴巴集团 was read as its banned 阿里.
The rule: the longest name wins, as in matching (`check._inside`): a banned form inside a longer accepted name is
that name's; where it stands alone it is still `forbidden`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from termbase_check import imported_termbase, problems

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
  <text><body>
    <termEntry id="alibaba-group">
      <langSet xml:lang="zh-CN">
        <tig><term>阿里巴巴集团</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>阿里</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="en-US">
        <tig><term>Alibaba Group</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Alibaba</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>Ali</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    return imported_termbase(zhgloss_exe, tmp_path_factory.mktemp("inside"), TBX)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("阿里巴巴集团发布财报。", "Alibaba Group released results."),  # the preferred pair
        ("阿里发布财报。", "Alibaba Group released results."),  # a banned source term still owes the preferred name
        ("阿里巴巴集团发布财报。", "Shares of Alibaba Group rose."),
    ],
)
def test_the_preferred_name_holding_a_banned_one_passes(zhgloss_exe: str, db: Path, zh: str, en: str) -> None:
    assert problems(zhgloss_exe, db, zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en", "found"),
    [
        ("阿里巴巴集团发布财报。", "Alibaba released results.", "Alibaba"),
        ("阿里巴巴集团发布财报。", "Ali released results.", "Ali"),
        ("阿里发布财报。", "Alibaba released results.", "Alibaba"),
    ],
)
def test_a_banned_name_standing_alone_is_forbidden(zhgloss_exe: str, db: Path, zh: str, en: str, found: str) -> None:
    assert problems(zhgloss_exe, db, zh, en) == [("forbidden", zh[: zh.index("发布")], found)]

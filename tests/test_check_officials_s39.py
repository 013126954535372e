"""`zhgloss check` on officials' copy with CC-CEDICT's bodies of the state (issue 9; rel, thirty-ninth session): the
filings U38-4, U38-5, U38-6, U38-10 with their addenda, each a class, tested on the filed lines and cases of the same
kind.

- U38-10 + addenda: an officer of a body the source names before 部长 / 副部长 / 长 is written by the body's English
  with its head noun replaced by the title ("Minister of Foreign Affairs" of "Ministry of Foreign Affairs", "Minister of
  Commerce" of CC-CEDICT's 商务部 "Department of Commerce", "Vice Minister of Finance"), or with the field after the
  rank ("Vice Foreign Minister"): the ministries' own English (`check._officer_titles`), never `misspelt`; another
  ministry's title still leaves the body `missing`.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_officials_s39.u8) imported by the installed script.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _officer_titles
from zhgloss.model import Entry

glossary = glossary_fixture("cedict_check_officials_s39.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # U38-10 and its addenda, as filed
        ("任命王毅为外交部部长。", "Wang Yi was appointed Minister of Foreign Affairs."),
        ("任命王小洪为公安部部长。", "Wang Xiaohong was appointed Minister of Public Security."),
        ("国防部部长董军出席。", "Minister of National Defense Dong Jun attended."),
        ("国防部长董军出席。", "Minister of National Defense Dong Jun attended."),
        ("商务部部长王文涛出席。", "Minister of Commerce Wang Wentao attended."),
        ("外交部副部长孙卫东出席。", "Vice Minister of Foreign Affairs Sun Weidong attended."),
        ("外交部副部长孙卫东出席。", "Vice Foreign Minister Sun Weidong attended."),
        ("公安部副部长出席。", "A vice minister of public security attended."),
        # the same kind: other ministries, both scripts, British spelling, the country left off, "Secretary"
        ("教育部部长出席开幕式。", "The Minister of Education attended the opening ceremony."),
        ("財政部副部長出席會議。", "The Vice Minister of Finance attended the meeting."),
        ("水利部部长视察了灾区。", "The Minister of Water Resources inspected the disaster area."),
        ("國防部部長出席。", "The Minister of National Defence attended."),
        ("交通运输部部长出席。", "The Minister of Transport attended."),
        ("民政部副部长出席。", "The Vice Minister of Civil Affairs attended."),
        ("商务部副部长出席。", "The Vice Commerce Minister attended."),
        # what passed before stays so
        ("外交部部长王毅出席。", "Foreign Minister Wang Yi attended."),
        ("商务部部长王文涛出席。", "Commerce Minister Wang Wentao attended."),
    ],
)
def test_officials_renderings_pass(glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        ("教育部部长出席开幕式。", "The Minister of Finance attended the opening ceremony.", "missing 教育部"),
        ("財政部副部長出席會議。", "The Vice Minister of Education attended the meeting.", "missing 財政部"),
        ("外交部副部长会见了外宾。", "The Vice Defense Minister met the foreign guests.", "missing 外交部"),
        ("水利部部长视察了灾区。", "The Minister of Civil Affairs inspected the disaster area.", "missing 水利部"),
        # a minister's title where the source names the ministry alone is no rendering of the ministry
        ("外交部发表声明。", "The Minister of Foreign Affairs issued a statement.", "外交部"),
    ],
)
def test_another_body_still_fails(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line and "variant" not in line for line in lines), lines


_FIELD = st.lists(
    st.sampled_from(["Foreign", "Public", "Security", "Water", "Resources", "Civil", "National", "Trade", "Finance"]),
    min_size=1,
    max_size=3,
).map(" ".join)


@given(head=st.sampled_from(["Ministry", "Department", "Commission", "Bureau"]), field=_FIELD)
def test_officer_titles_replace_the_head_noun(head: str, field: str) -> None:
    entry = Entry(id="x", en=f"{head} of {field}", type="org", zh="某部")
    titles = _officer_titles(entry, ["Minister", "Vice Minister"])
    assert f"Minister of {field}" in titles
    assert f"Vice Minister of {field}" in titles
    assert f"{field} Minister" in titles
    assert f"Vice {field} Minister" in titles
    # never the body's own name: that is the body, not its officer
    assert f"{head} of {field}" not in titles

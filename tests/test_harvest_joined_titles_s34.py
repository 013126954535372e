"""harvest: two titles of one person joined by "and" before the name are the role whole (s34, U34-32: "JD.com founder
and chairman Liu Qiangdong (刘强东)" gave the role "chairman", the founder title and JD.com lost). Titles of several
people ("ministers and officials") are not joined. On the parent 3386a49, 3 of this file's 5 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("JD.com founder and chairman Liu Qiangdong (刘强东) resigned.", "刘强东", "JD.com founder and chairman"),
        ("Xiaomi founder and chief executive Lei Jun (雷军) spoke.", "雷军", "Xiaomi founder and chief executive"),
        (
            "Alibaba co-founder and executive chairman Joe Tsai (蔡崇信) spoke.",
            "蔡崇信",
            "Alibaba co-founder and executive chairman",
        ),
        ("He met ministers and officials and chairman Li Bin (李斌).", "李斌", "chairman"),
        ("Nissan chairman Carlos Ghosn (戈恩) spoke.", "戈恩", "Nissan chairman"),
    ],
)
def test_two_titles_joined_by_and_are_one_role(line: str, zh: str, role: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, [r.title for r in proposal.entry.roles]) == (zh, [role])

"""harvest: a party's or body's acronym in brackets before a title keeps the body in the role (s30, Taipei Times
copy of my own).

Taipei Times writes a politician's party, or a council, with its acronym in brackets before the title: "Kuomintang
(KMT) Legislator Lo Chih-chiang (羅智強)", "Democratic Progressive Party (DPP) caucus whip Ker Chien-ming (柯建銘)",
"Mainland Affairs Council (MAC) Deputy Minister Liang Wen-chieh (梁文傑)". The bracket ended the words the role was
read from: roles "Legislator", "Deputy Minister", and none at all for the caucus whip (whip was no title word; the
person was typed `name`). A news agency in a dateline ("Taipei (CNA) opposition leader") is no such body.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest

LINES = [
    ("Kuomintang (KMT) Legislator Lo Chih-chiang (羅智強) said yesterday.", "罗智强", "Kuomintang Legislator"),
    (
        "Democratic Progressive Party (DPP) caucus whip Ker Chien-ming (柯建銘) said.",
        "柯建铭",
        "Democratic Progressive Party caucus whip",
    ),
    ("Taiwan People's Party (TPP) Chairman Huang Kuo-chang (黃國昌) said.", "黄国昌", "Taiwan People's Party Chairman"),
    (
        "Mainland Affairs Council (MAC) Deputy Minister Liang Wen-chieh (梁文傑) told a news conference.",
        "梁文杰",
        "Mainland Affairs Council Deputy Minister",
    ),
    (
        "The Democratic Progressive Party (DPP) legislator Puma Shen (沈伯洋) said.",
        "沈伯洋",
        "Democratic Progressive Party legislator",
    ),
    ("The Kuomintang (KMT) Chairman Eric Chu (朱立倫) said.", "朱立伦", "Kuomintang Chairman"),
    # Kept: an agency's bracket is the dateline's, and a title with no bracket before it reads as it did.
    ("Taipei (CNA) opposition leader Hou You-yi (侯友宜) said.", "侯友宜", "opposition leader"),
    ("HONG KONG (Reuters) - Chief Executive John Lee (李家超) said.", "李家超", "Chief Executive"),
    ("New Taipei City Mayor Hou You-yi (侯友宜) said.", "侯友宜", "New Taipei City Mayor"),
]


@pytest.mark.parametrize(("line", "zh", "role"), LINES)
def test_the_body_before_an_acronym_is_the_roles(line: str, zh: str, role: str) -> None:
    [found] = harvest(line, [])
    assert (found.entry.zh, [r.title for r in found.entry.roles], found.entry.type) == (zh, [role], "person")


def test_harvest_add_stores_the_roles(tmp_path: Path, glossary_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "taipei.txt"
    article.write_text("\n".join(line for line, *_ in LINES[:6]) + "\n", encoding="utf-8")
    added = subprocess.run(
        [zhgloss_exe, "--db", str(glossary_path), "harvest", str(article), "--add", "--yes"],
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    stored = {e["zh"]: e for e in json.loads(glossary_path.read_text(encoding="utf-8"))["entries"].values()}
    for _, zh, role in LINES[:6]:
        assert [r["title"] for r in stored[zh]["roles"]] == [role], zh

"""CC-CEDICT import: two bodies of one headword are two referents, and a name many bear types no line whose first
sense names a thing of a kind its bracket says (rev's R46-7 rest and val's s46 note; the s47 brief's item 3).

- Two bodies of one name placed in two regions are two things: 清华大学 "Tsinghua or Qinghua University, Beijing/
  National Tsing Hua University, Hsinchu, Taiwan" had the Taiwan university as an accepted alias of the Beijing one
  (`_placed_apart`, which kept two places of one name apart, now reads two organisations too). Over the whole file
  one headword changes.
- A name many bear after a first sense naming a thing whose bracket says its kind in a word of no person's says no
  kind of the line's: 芮氏 "Richter (scale)/Richter (name)" (folded into 里氏 "Richter (scale)") typed 里氏 person; now
  the fallback `name`. 1 headword changes. (夏洛克 "Shylock (in Shakespeare's Merchant of Venice)/Sherlock (name)" stays
  a person, s44's decision: a character named as people are.)
- Not changed: 华盛顿 "Washington (name)/George Washington (1732-1799), first US president/Washington, US State/..."
  stays typed person. Built (a state of the name outranks its bearer: 1 of the 5 lines with a bare name, a dated
  bearer and a place of the name), it made English annotate gloss "Washington Irving" as 华盛顿 (the rule that reads a
  person's shared form as a given name needs 华盛顿 to be a person): a trade-off left to the lead (see the s47 report).

The real lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Lines marked "(made up)" are mine.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cedict_fixtures import annotated, imported_db, rows_by_zh

TSINGHUA = (
    "清華大學 清华大学 [Qing1 hua2 Da4 xue2] /Tsinghua or Qinghua University, Beijing/National Tsing Hua University, "
    "Hsinchu, Taiwan/"
)
LISHI = "里氏 里氏 [Li3 shi4] /Richter (scale)/"
RUISHI = "芮氏 芮氏 [Rui4 shi4] /Richter (scale)/Richter (name)/"


@pytest.mark.parametrize("proper_only", [True, False])
def test_two_universities_of_one_name_are_two_things(proper_only: bool) -> None:
    row = rows_by_zh(TSINGHUA, proper_only=proper_only)["清华大学"]
    assert (row["type"], row["en"], row["aliases"]) == ("org", "Tsinghua University", ["Qinghua University"])
    assert "National Tsing Hua University" in row["note"]


@pytest.mark.parametrize(
    ("line", "zh", "kept"),
    [
        # (made up) two banks of one name in two countries; one university in one city named twice
        (
            "甲銀行 甲银行 [Jia3 Yin2 hang2] /Jia Bank, Tokyo, Japan/Jia Bank of Thailand, Bangkok, Thailand/",
            "甲银行",
            False,
        ),
        ("乙大學 乙大学 [Yi3 Da4 xue2] /Yi University, Beijing/Beijing Yi University, Beijing/", "乙大学", True),
    ],
)
def test_only_bodies_placed_apart_are_two(line: str, zh: str, kept: bool) -> None:
    row = rows_by_zh(line, proper_only=True)[zh]
    assert (len(row["aliases"]) == 1) is kept


@pytest.mark.parametrize("proper_only", [True, False])
def test_a_name_many_bear_after_a_described_thing_types_nothing(proper_only: bool) -> None:
    rows = rows_by_zh(LISHI, RUISHI, proper_only=proper_only)
    assert (rows["里氏"]["type"], rows["里氏"]["en"]) == ("name", "Richter")
    assert "芮氏" in rows["里氏"]["zh_aliases"]
    # a name alone first, or a character described, is still a person's
    assert rows_by_zh("凱尼恩 凯尼恩 [Kai3 ni2 en1] /Kenyon/Canyon (name)/")["凯尼恩"]["type"] == "person"
    shylock = "夏洛克 夏洛克 [Xia4 luo4 ke4] /Shylock (in Shakespeare's Merchant of Venice)/Sherlock (name)/"
    assert rows_by_zh(shylock)["夏洛克"]["type"] == "person"


def test_search_no_longer_finds_the_beijing_university_by_the_taiwan_ones_name(tmp_path: Path) -> None:
    """The installed console script: lookup of the Hsinchu university's English finds no entry; 里氏 still glosses."""
    db = imported_db(tmp_path, f"{LISHI}\n{RUISHI}\n{TSINGHUA}\n")
    done = subprocess.run(
        ["zhgloss", "lookup", "National Tsing Hua University", "--db", str(db)], capture_output=True, text=True
    )
    assert done.returncode == 1, done.stdout
    assert annotated(db, "发生里氏5级地震，清华大学专家分析。") == (
        "发生里氏（Richter）5级地震，清华大学（Tsinghua University）专家分析。"
    )


@pytest.mark.parametrize(
    ("line", "zh", "kind"),
    [
        # val's s46 note: the kin of a creature is no person (the only capitalised line of the shape)
        (
            "贔屭 赑屃 [Bi4 xi4] /Bixi, one of the nine sons of a dragon with the form of a tortoise, also known as "
            "龜趺|龟趺[gui1 fu1]/",
            "赑屃",
            "name",
        ),
        # (made up) the kin of a person's trade or of a named person stay people
        ("甲乙 甲乙 [Jia3 Yi3] /Jia Yi, one of the three sons of a farmer in the legend/", "甲乙", "person"),
        ("丙丁 丙丁 [Bing3 Ding1] /Bing Ding, one of the sons of Zeus/", "丙丁", "person"),
    ],
)
def test_the_kin_of_a_creature_is_no_person(line: str, zh: str, kind: str) -> None:
    assert rows_by_zh(line, proper_only=True)[zh]["type"] == kind

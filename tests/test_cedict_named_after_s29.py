"""A body or a work named after a name many bear is no other name of it (twenty-ninth session, issue 9 item 1; the
tester's class 12: 华威 "Warwick (name)/University of Warwick, Coventry, UK/" had the alias "University of Warwick",
约伯 "Job (name)/Book of Job in the Old Testament/" the alias "Book of Job in the Old Testament").

The line is the name its bearers bear (a university named after it is written with its generic in Chinese:
华威大学); a later sense naming a body by the name and its generics, or a work headed by a work's word and holding
the name, is another thing: the note keeps it. A bearer of the name stays an alias (汉尼拔 "Hannibal (name)/
Hannibal Barca (247-183 BC), ...", 德雷尔 "... June Teufel Dreyer, China expert at Univ. of Miami ...").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "華威 华威 [Hua2 wei1] /Warwick (name)/University of Warwick, Coventry, UK/\n"
    "約伯 约伯 [Yue1 bo2] /Job (name)/Book of Job in the Old Testament/\n"
    "哈姆雷特 哈姆雷特 [Ha1 mu3 lei2 te4] /Hamlet (name)/the Tragedy of Hamlet, Prince of Denmark c. 1601 by William"
    " Shakespeare 莎士比亞|莎士比亚/\n"
    "斯坦佛 斯坦佛 [Si1 tan3 fo2] /Stanford (name)/Stanford University, Palo Alto, California/\n"
    # Controls: bearers of the name.
    "漢尼拔 汉尼拔 [Han4 ni2 ba2] /Hannibal (name)/Hannibal Barca (247-183 BC), Carthaginian general/\n"
    "德雷爾 德雷尔 [De2 lei2 er3] /Dreyer (name)/June Teufel Dreyer, China expert at Univ. of Miami and Foreign Policy"
    " Research Institute/\n"
)
# A line of my own of the same shape.
OWN = "牛津 牛津 [Niu2 jin1] /Oxford (name)/Oxford University Press, publisher/\n"
ENTRIES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "other"),
    [
        ("华威", "Warwick", "University of Warwick"),
        ("约伯", "Job", "Book of Job"),
        ("哈姆雷特", "Hamlet", "Tragedy of Hamlet"),
        ("斯坦佛", "Stanford", "Stanford University"),
        ("牛津", "Oxford", "Oxford University Press"),
    ],
)
def test_a_thing_named_after_the_name_is_no_alias(zh: str, en: str, other: str) -> None:
    entry = ENTRIES[zh]
    assert entry.en == en, entry
    assert not any(other in a for a in entry.aliases), entry
    assert other in (entry.note or "")


@pytest.mark.parametrize(("zh", "bearer"), [("汉尼拔", "Hannibal Barca"), ("德雷尔", "June Teufel Dreyer")])
def test_a_bearer_stays_an_alias(zh: str, bearer: str) -> None:
    assert bearer in ENTRIES[zh].aliases, ENTRIES[zh]

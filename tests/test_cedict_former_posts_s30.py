"""A post a person held, after "formerly", is no other name of theirs (thirtieth session; the brief's item 5: 郭泉
"Guo Quan, formerly Professor of Nanjing Normal University, sacked ..." had the alias "Professor of Nanjing Normal
University").

A post at an institution ("Professor of", "President of", "Governor of" …) names the office, which others hold;
a ruler's title stays a name of the ruler ("also known as Emperor Ming of Tang").
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "郭泉 郭泉 [Guo1 Quan2] /Guo Quan, formerly Professor of Nanjing Normal University, sacked after founding New"
    " People's Party of China 中國新民黨|中国新民党/\n"
)
# Lines of my own of the same shape.
OWN = (
    "甲乙 甲乙 [Jia3 Yi3] /Jia Yi (1950-), formerly President of Fudan University, economist/\n"
    "丙丁 丙丁 [Bing3 Ding1] /Bing Ding (1940-2010), formerly Governor of Hunan Province/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


def test_a_former_post_is_no_alias() -> None:
    for zh in ("郭泉", "甲乙", "丙丁"):
        entry = ENTRIES[zh]
        assert entry.type == "person", entry
        assert not [a for a in entry.aliases if " of " in a], entry

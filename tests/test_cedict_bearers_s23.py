"""CC-CEDICT import: a name many bear that says "see also" one bearer, without naming him in English, stays the name.

The brief of the twenty-third session left 哈珀 `/Harper (name)/see also 斯蒂芬·哈珀[...]/` folded into 斯蒂芬·哈珀
"Stephen Harper", so every 哈珀 (a writer, a singer, a street) was glossed as the Canadian prime minister. A pointer
line folds into its target (zhgloss.formats.cedict, `load_cedict`); a line that gives the form as a name many bear
("(name)") and says "see also" a bearer is now folded only when it names him in English too: 乔布斯 "Jobs (name)/see
also 史蒂夫·乔布斯, Steve Jobs" says whom news means, and stays one entry with him. In a full import 摩尔 "Moore or Moor
(name)/see also 摩尔人" is no longer a form of 摩尔人 "a Moor". Variants ("also written 伊丽莎白") fold as before.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected entries were read off the lines.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

HARPER = (
    "哈珀 哈珀 [Ha1 po4] /Harper (name)/see also 斯蒂芬·哈珀[Si1 di4 fen1 · Ha1 po4]/\n"
    "斯蒂芬·哈珀 斯蒂芬·哈珀 [Si1 di4 fen1 · Ha1 po4] /Stephen Harper (1959-), Canadian politician, prime minister "
    "2006-2015/\n"
)
JOBS = (
    "喬布斯 乔布斯 [Qiao2 bu4 si1] /Jobs (name)/see also 史蒂夫·喬布斯|史蒂夫·乔布斯[Shi3 di4 fu1 · Qiao2 bu4 si1], "
    "Steve Jobs/\n"
    "史蒂夫·喬布斯 史蒂夫·乔布斯 [Shi3 di4 fu1 · Qiao2 bu4 si1] /Steve Jobs (1955-2011), US co-founder and CEO of "
    "Apple, Inc./\n"
)


def test_a_name_many_bear_is_not_one_bearer() -> None:
    entries = entries_by_form(HARPER)
    assert entries["哈珀"].en == "Harper", entries["哈珀"]
    assert entries["哈珀"] is not entries["斯蒂芬·哈珀"]
    assert entries["斯蒂芬·哈珀"].en == "Stephen Harper"


def test_a_name_that_names_its_bearer_folds_into_him() -> None:
    entries = entries_by_form(JOBS)
    assert entries["乔布斯"] is entries["史蒂夫·乔布斯"], entries["乔布斯"]
    assert entries["乔布斯"].en == "Steve Jobs"

"""CC-CEDICT import: a name many bear, "also written" as a bearer's characters, is not folded into that bearer.

The s45 blind draw's firm fault: 霍金斯 "Hawkins (name)/also written 霍金" folded into 霍金's entry, Stephen Hawking
("Hawkins or Hawking/Stephen Hawking (1942-2018), English theoretical physicist"), so `annotate` glossed any 霍金斯 (a
footballer, a town) as the physicist. As for "see also" (哈珀 "Harper (name)/see also 斯蒂芬·哈珀", since the
twenty-eighth session), a "(name)" line pointing by "also written" to a person's entry whose English is another
name than the line's stays an entry of its own; a pointer to the name itself folds (伊莉萨白 "Elizabeth (name)/also
written 伊丽莎白" into the name Elizabeth). One line of CC-CEDICT changes (霍金斯; 2 headwords in both imports).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest

from tests.cedict_fixtures import rows_by_zh

HAWKING = (
    "霍金 霍金 [Huo4 jin1] /Hawkins or Hawking/Stephen Hawking (1942-2018), English theoretical physicist/",
    "霍金斯 霍金斯 [Huo4 jin1 si1] /Hawkins (name)/also written 霍金/",
)
ELIZABETH = (
    "伊麗莎白 伊丽莎白 [Yi1 li4 sha1 bai2] /Elizabeth (name)/",
    "伊莉薩白 伊莉萨白 [Yi1 li4 sa4 bai2] /Elizabeth (name)/also written 伊麗莎白|伊丽莎白/",
)


@pytest.mark.parametrize("proper_only", [True, False])
def test_a_name_written_as_a_bearer_s_characters_stays_the_name(proper_only: bool) -> None:
    rows = rows_by_zh(*HAWKING, proper_only=proper_only)
    assert (rows["霍金斯"]["en"], rows["霍金斯"]["refers_to"]) == ("Hawkins", None)
    assert "霍金斯" not in rows["霍金"]["zh_aliases"]
    assert rows["霍金"]["en"] == "Stephen Hawking"


@pytest.mark.parametrize("proper_only", [True, False])
def test_a_name_written_as_the_same_name_folds(proper_only: bool) -> None:
    rows = rows_by_zh(*ELIZABETH, proper_only=proper_only)
    assert list(rows) == ["伊丽莎白"]
    assert "伊莉萨白" in rows["伊丽莎白"]["zh_aliases"]

"""CC-CEDICT import: a list of titles written with their Chinese names them all.

The acceptance tester of the twenty-third session (T1-2, seed 2033) found 诗书 `/the Book of Songs 詩經|诗经[Shi1 jing1]
and the Book of History 書經|书经[Shu1 jing1]/` imported as "Book of Songs", one of the two works (唐宋 "Tang and
Song dynasties" and 江浙 "Jiangsu and Zhejiang" already name both). A list's items had to be capitalised words
only; an item written with its Chinese may now have an article and small words inside (zhgloss.formats.cedict,
`_WRITTEN_LIST_RE`), and the articles go ("Book of Songs and Book of History"). Without Chinese after the items,
such words are one name's, as before: "Commission for Science, Technology and Industry for National Defense
(COSTIND)" keeps its name and initials.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected names were read off the lines.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

SHISHU = (
    "詩書 诗书 [Shi1 Shu1] /the Book of Songs 詩經|诗经[Shi1 jing1] and the Book of History 書經|书经[Shu1 jing1]/\n"
)
SHILI = (
    "詩禮 诗礼 [Shi1 Li3] /the Book of Songs 書經|书经[Shu1 jing1] and Classic of Rites 禮記|礼记[Li3 ji4]/"
    "a cultured well-read person/\n"
)
COSTIND = (
    "國防科學技術工業委員會 国防科学技术工业委员会 [Guo2 fang2 Ke1 xue2 Ji4 shu4 Gong1 ye4 Wei3 yuan2 hui4] "
    "/Commission for Science, Technology and Industry for National Defense (COSTIND)/"
    "abbr. to 國防科工委|国防科工委[Guo2 fang2 Ke1 Gong1 Wei3]/\n"
)


def test_two_titles_with_their_chinese_are_both_named() -> None:
    assert entries_by_form(SHISHU)["诗书"].en == "Book of Songs and Book of History"
    assert entries_by_form(SHILI)["诗礼"].en == "Book of Songs and Classic of Rites"


def test_a_name_with_commas_and_no_chinese_is_one_name() -> None:
    entry = entries_by_form(COSTIND)["国防科学技术工业委员会"]
    assert entry.en == "Commission for Science, Technology and Industry for National Defense", entry
    assert entry.aliases == ("COSTIND",), entry

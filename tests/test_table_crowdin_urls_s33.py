"""A Crowdin glossary's URL columns are the entry's sources (user finding U33-12's table item, session 33).

Crowdin's CSV export has "URL [en]", "URL [zh-CN]" and "Concept URL" columns; the tester's crowdin2.csv gives 小米
the Concept URL https://www.mi.com, which the import dropped without a word (the header word "url" was a field
zhgloss kept nothing of). A URL says where the term was found: the entry's sources.
"""

from __future__ import annotations

import io

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import header_columns

HEADER = (
    '"Term [en]","Description [en]","Part of Speech [en]","Status [en]","Type [en]","Gender [en]","Note [en]",'
    '"URL [en]","Term [zh-CN]","Description [zh-CN]","Part of Speech [zh-CN]","Status [zh-CN]","Type [zh-CN]",'
    '"Gender [zh-CN]","Note [zh-CN]","URL [zh-CN]","Concept Definition","Concept Subject","Concept Note",'
    '"Concept URL","Concept Figure"\n'
)
XIAOMI = (
    '"Xiaomi","Consumer electronics company","proper noun","preferred","full form","","","","小米","","proper noun",'
    '"preferred","","","","","Chinese electronics maker","Companies","","https://www.mi.com",""\n'
)
LEI_JUN = (
    '"Lei Jun","Founder of Xiaomi","proper noun","preferred","","","","https://en.wikipedia.org/wiki/Lei_Jun","雷军",'
    '"","proper noun","","","","","https://zh.wikipedia.org/wiki/雷军","","People","","",""\n'
)


def test_the_concept_url_is_a_source() -> None:
    xiaomi, _ = load_csv(io.StringIO(HEADER + XIAOMI + LEI_JUN), "crowdin.csv")
    assert xiaomi.sources == ("https://www.mi.com",)


def test_each_languages_url_is_a_source_too() -> None:
    _, lei = load_csv(io.StringIO(HEADER + XIAOMI + LEI_JUN), "crowdin.csv")
    assert lei.sources == ("https://en.wikipedia.org/wiki/Lei_Jun", "https://zh.wikipedia.org/wiki/雷军")


def test_a_link_column_alike() -> None:
    assert header_columns(["Chinese", "English", "Link"], "t.csv", 1) == ["zh", "en", "sources"]

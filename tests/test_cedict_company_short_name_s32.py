"""A company's full name, a comma and one word that is no place nor an English word is the short name it goes by
(thirty-second session; left in s31: 中国石化 "China Petroleum and Chemical Corporation, Sinopec" had "Sinopec" in the
note only, and `check` failed "Sinopec" for 中国石化).

Only after a company's legal form (Corporation, Company, Limited …): a university's city after the comma is where it
is ("Carnegie Mellon University, Pittsburgh", "University College, London").
"""

from __future__ import annotations

import io

from cedict_fixtures import entries_by_form

from zhgloss.annotate import Annotator
from zhgloss.check import check
from zhgloss.formats.bilingual import Segment
from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "中國石化 中国石化 [Zhong1 guo2 Shi2 hua4] /China Petroleum and Chemical Corporation, Sinopec/\n"
    "中石化 中石化 [Zhong1 shi2 hua4] /China Petroleum and Chemical Corporation, Sinopec/abbr. for"
    " 中國石油化工股份有限公司|中国石油化工股份有限公司/\n"
    "中國石油化工股份有限公司 中国石油化工股份有限公司 [Zhong1 guo2 Shi2 you2 Hua4 gong1 Gu3 fen4 You3 xian4 Gong1 si1]"
    " /China Petroleum and Chemical Corporation, Sinopec/abbr. to 中石化[Zhong1 shi2 hua4]/\n"
    "卡內基梅隆大學 卡内基梅隆大学 [Ka3 nei4 ji1 Mei2 long2 Da4 xue2] /Carnegie Mellon University, Pittsburgh/\n"
    "倫敦大學學院 伦敦大学学院 [Lun2 dun1 Da4 xue2 Xue2 yuan4] /University College, London/\n"
)
ENTRIES = entries_by_form(REAL)


def test_the_short_name_is_an_alias() -> None:
    entry = ENTRIES["中国石化"]
    assert (entry.en, entry.aliases) == ("China Petroleum and Chemical Corporation", ("Sinopec",))


def test_check_passes_the_short_name() -> None:
    names = list(load_cedict(io.StringIO(REAL), proper_only=True))
    report = check([Segment(1, "中国石化公布了业绩。", "Sinopec published its results.")], Annotator(names))
    assert not report.failing(), report.problems


def test_a_universitys_city_is_no_alias() -> None:
    assert ENTRIES["卡内基梅隆大学"].aliases == ()
    assert ENTRIES["伦敦大学学院"].aliases == ()

"""Countries get the English forms English text writes and CC-CEDICT's line does not give (thirty-first session; the
brief's item 5: `check` failed "Britain's government" for 英国政府 with the CC-CEDICT names import, whose 英国 line
says "United Kingdom" only).

data/cedict_country_forms.tsv holds the forms, each row with its source (a register or a style guide of record);
a row applies to a place whose English still includes the form it names. The entry's sources then name it.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.annotate import Annotator
from zhgloss.check import check
from zhgloss.errors import FormatError
from zhgloss.formats.bilingual import Segment
from zhgloss.formats.cedict import COUNTRY_FORMS_PATH, load_cedict, load_country_forms

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "英國 英国 [Ying1 guo2] /United Kingdom 聯合王國|联合王国[Lian2 he2 wang2 guo2]/United Kingdom of Great Britain and"
    " Northern Ireland/abbr. for England 英格蘭|英格兰[Ying1 ge2 lan2]/\n"
    "斯威士蘭 斯威士兰 [Si1 wei1 shi4 lan2] /Swaziland/\n"
    "東帝汶 东帝汶 [Dong1 di4 wen4] /East Timor (officially Democratic Republic of Timor-Leste)/\n"
    "朝鮮 朝鲜 [Chao2 xian3] /North Korea/Korea as geographic term/Taiwan pr. [Chao2 xian1]/\n"
    "政府 政府 [zheng4 fu3] /government/CL:個|个[ge4]/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en", "forms"),
    [
        ("英国", "United Kingdom", ("UK", "Britain")),
        ("斯威士兰", "Swaziland", ("Eswatini",)),
        ("东帝汶", "East Timor", ("Timor-Leste",)),
        ("朝鲜", "North Korea", ("DPRK",)),
    ],
)
def test_a_country_gets_its_common_forms(zh: str, en: str, forms: tuple[str, ...]) -> None:
    entry = ENTRIES[zh]
    assert entry.en == en
    assert set(forms) <= set(entry.aliases), entry
    assert len(entry.sources) == 2, entry.sources


def test_check_passes_britain_for_the_uk() -> None:
    names = list(load_cedict(io.StringIO(REAL), proper_only=True))
    pair = Segment(1, "英国政府宣布新的制裁措施。", "Britain's government announced new sanctions.")
    report = check([pair], Annotator(names))
    assert not report.failing(), report.problems


def test_a_row_applies_only_while_cedict_writes_its_form() -> None:
    other = "英國 英国 [Ying1 guo2] /Britannia/\n"  # (not CC-CEDICT's line: the row's "United Kingdom" is not there)
    assert "UK" not in entries_by_form(other)["英国"].aliases


def test_the_data_file_reads_and_a_bad_row_says_its_line() -> None:
    with COUNTRY_FORMS_PATH.open(encoding="utf-8") as fp:
        assert load_country_forms(fp)["英国"].forms == ("UK", "Britain", "British")
    with pytest.raises(FormatError, match="2"):
        load_country_forms(["simplified\tcedict\tforms\tsource\n", "英国\tUnited Kingdom\tUK\n"])

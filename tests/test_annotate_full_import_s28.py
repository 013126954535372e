"""A big imported dictionary glosses no ordinary word: a `term` entry is glossed by no form (issue 9, the user's
U27-52).

`zhgloss import cedict_ts.u8.gz` without --proper-only (107,826 entries; README documents it) types CC-CEDICT's
lower-case lines and its calendar words `term`. annotate glossed them where common_words.txt (jieba's counts) did not
list them: 12（十二）月, 周一（Monday）, 双方同意（bilateral agreement）, 首席执行官（chief executive officer）, and
艾特（at symbol, @）of 艾特肯 (Aitken). A `term` is a dictionary's word, no name; the full import's numbers in
digits (十二 "12") are terms' forms. The rule is `zhgloss.glossable` (`_by_entry`, and `are_glossable`'s columns).
The glossary is real CC-CEDICT lines (tests/data/cedict_full_s28.u8), imported as `zhgloss import` (all lines)
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import DATA, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossable import are_glossable, is_glossable
from zhgloss.model import Entry

with (DATA / "cedict_full_s28.u8").open(encoding="utf-8") as _fp:
    ENTRIES = list(load_cedict(_fp, proper_only=False))
ANNOTATOR = Annotator(ENTRIES)


def test_the_fixture_holds_terms_as_the_full_import_types_them() -> None:
    kinds = {entry.zh: entry.type for entry in ENTRIES}
    assert kinds["周一"] == kinds["双方同意"] == kinds["十二"] == kinds["艾特"] == "term"
    assert kinds["北京"] == "place"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-52 (main b48d846): the user's wire lines and words
        ("新华社北京12月3日电", ["新华社", "北京"]),
        ("双方同意加强合作。", []),
        ("嫦娥六号探测器在月球背面南极艾特肯盆地着陆。", ["嫦娥"]),
        # my wire lines (/tmp/gls28/c.txt 59, 48, 4, 16, 1, 30): a weekday, a title, a report, digits
        ("国家统计局周一公布，一季度国内生产总值同比增长5.3%。", ["国家统计局"]),
        ("苹果公司首席执行官库克访问上海，参观多家供应商工厂。", ["苹果公司", "库克", "上海"]),
        ("宁德时代周二发布公告称，公司拟在匈牙利德布勒森建设电池工厂。", []),
        ("广州市天河区政府周一召开新闻发布会。", ["广州市", "天河区"]),
        ("新华社北京3月5日电 国务院总理李强5日在十四届全国人大二次会议上作政府工作报告。", ["新华社", "北京"]),
        ("贵州茅台晚间公告，一季度净利润同比增长19%。", []),
        # Lu Xun (zh-corpus.txt): words the full import glossed in every paragraph
        ("我在年青时候也曾经做过许多梦，后来大半忘却了，但自己也并不以为可惜。", []),
        ("到了十二月，他们才连接上。", []),
    ],
)
def test_the_full_import_glosses_names_and_no_word(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, 12 delegates met in Beijing.", ["Beijing"]),  # no 周一 for "Monday", no 十二 for 12
        ("Apple Inc. said 20 stores will close.", ["Apple Inc."]),
    ],
)
def test_english_text_keeps_its_names_and_loses_words_and_numbers(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_a_term_the_glossary_marks_always_gloss_is_glossed() -> None:
    term = Entry(id="shuangfang", type="term", zh="双方同意", en="bilateral agreement", always_gloss=True)
    assert glossed("双方同意加强合作。", Annotator([term])) == ["双方同意"]
    assert glossed("双方同意加强合作。", Annotator([term.replace(type="phrase", always_gloss=False)])) == ["双方同意"]


_HAN = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=5)
_NUMBERS = st.from_regex(r"\A[0-9]{1,6}(?:[.,/:-][0-9]{1,4})?\Z")


@given(zh=_HAN, en=st.from_regex(r"\A[A-Za-z][a-z]{2,9}(?: [a-z]{2,9})?\Z"), number=_NUMBERS)
def test_a_term_is_glossed_by_no_form_but_where_it_says_so(zh: str, en: str, number: str) -> None:
    term = Entry(id="t", type="term", zh=zh, en=en, aliases=(number,))
    said = Entry(id="s", type="term", zh=zh, en=en, aliases=(number,), safe_forms=(zh,))
    assert not any(is_glossable(term, form) for form in (zh, en, number))
    assert is_glossable(said, zh) and not is_glossable(said, en)
    entries = [term, said]
    numbers = [0, 0, 0, 1, 1, 1]
    forms = [zh, en, number, zh, en, number]
    assert are_glossable(entries, numbers, forms) == [
        is_glossable(entries[n], f) for n, f in zip(numbers, forms, strict=True)
    ]

"""check: a company written with its group or company word and a possessive renders the company, as the same words
without it do (issue 9; the thirty-fourth session's U34-2: with the CC-CEDICT names glossary "Alibaba Group's share
price rose." for 阿里巴巴集团股价上涨。 was `missing 阿里巴巴`, and "Huawei Company's", "Xiaomi Group's" (' and ’)
likewise, while "Alibaba Group share price rose." passed).

The company's name followed by a capitalised word is read as the first word of another name ("Apple Music"), unless
that word is the company's own (a legal form, Group, Holdings, Motor …: `check._COMPANY_WORD_RE`); the possessive
after that word (Group's, Holdings') hid it. Fixture: CC-CEDICT's own lines (tests/data/cedict_check_possessive_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_possessive_s34.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # U34-2 (/tmp/u34/t/possessive.tsv, rows 1-4)
        ("阿里巴巴集团股价上涨。", "Alibaba Group's share price rose."),
        ("华为公司的营收增长。", "Huawei Company's revenue grew."),
        ("小米集团股价上涨。", "Xiaomi Group's share price rose."),
        ("小米集团股价上涨。", "Xiaomi Group\u2019s share price rose."),
        ("阿里巴巴集团股价上涨。", "The Alibaba Group's share price rose."),
        # my own, the same class: other companies of CC-CEDICT, and a plural possessive
        ("吉利汽车的销量增长。", "Geely Motors' sales grew."),
        ("联想集团的利润增长。", "Lenovo Group's profit grew."),
        ("腾讯控股的利润增长。", "Tencent Holdings' profit grew."),
    ],
)
def test_a_company_word_with_a_possessive_renders_the_company(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A capitalised word that is no word of the company's own still makes another name: Alibaba's cloud is not
        # Alibaba, nor does a possessive change that.
        ("阿里巴巴集团股价上涨。", "Alibaba Cloud's share price rose."),
        ("小米集团股价上涨。", "Xiaomi Home's share price rose."),
    ],
)
def test_another_name_with_a_possessive_is_still_another_name(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert len(lines) == 1 and lines[0].startswith("1: missing ")

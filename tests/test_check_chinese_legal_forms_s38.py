"""`forms.chinese_legal_form_shortenings`: a registered Chinese company name without its legal form (U37-15; rel owns
forms.py, lookup's index, annotate's patterns and check's source are to read names by it: requests REL-3).

Real registered names: HSBC's 汇丰控股有限公司 and Hang Seng Bank's 恒生银行有限公司 (their HKEX filings), Ping An's
中国平安保险（集团）股份有限公司 (SSE 601318), CATL's 宁德时代新能源科技股份有限公司 (SZSE 300750), CK Hutchison's
長江和記實業有限公司; the legal forms: PRC Company Law arts. 7-8 (有限责任公司/有限公司, 股份有限公司).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.forms import chinese_legal_form_shortenings


@pytest.mark.parametrize(
    ("zh", "shorter"),
    [
        ("汇丰控股有限公司", ["汇丰控股"]),
        ("恒生银行有限公司", ["恒生银行"]),
        ("恒生銀行有限公司", ["恒生銀行"]),
        ("中国平安保险（集团）股份有限公司", ["中国平安保险（集团）", "中国平安保险"]),
        ("中國平安保險(集團)股份有限公司", ["中國平安保險(集團)", "中國平安保險"]),
        ("宁德时代新能源科技股份有限公司", ["宁德时代新能源科技"]),
        ("長江和記實業有限公司", ["長江和記實業"]),
        ("北京字节跳动科技有限责任公司", ["北京字节跳动科技"]),
    ],
)
def test_a_registered_name_without_its_legal_form(zh: str, shorter: list[str]) -> None:
    assert chinese_legal_form_shortenings(zh) == shorter


@pytest.mark.parametrize("zh", ["有限公司", "股份有限公司", "小米集团", "腾讯", "某有限公司", "有限公司的业务"])
def test_no_shortening_without_a_legal_form_or_a_name_before_it(zh: str) -> None:
    assert chinese_legal_form_shortenings(zh) == []


_NAME = st.text(st.sampled_from("汇丰控股恒生银行中国平安保险宁德时代科技"), min_size=2, max_size=10)


@given(_NAME, st.sampled_from(["有限公司", "股份有限公司", "有限责任公司", "有限責任公司"]))
def test_the_name_before_any_legal_form_comes_back(name: str, form: str) -> None:
    assert chinese_legal_form_shortenings(name + form) == [name]


@given(_NAME, st.sampled_from(["（集团）", "(集团)", "（集團）"]), st.sampled_from(["有限公司", "股份有限公司"]))
def test_the_group_word_goes_after_the_legal_form(name: str, group: str, form: str) -> None:
    assert chinese_legal_form_shortenings(name + group + form) == [name + group, name]

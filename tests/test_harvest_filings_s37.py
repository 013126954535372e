"""harvest on the shapes company filings write (the user's U37-2 and U37-3, s37: a translator of HKEX, Shanghai and
Shenzhen announcements). A stock code with its label ("股份代号：3690.HK", "证券代码：600519",
"纽交所：BABA；港交所：9988", HKEX's "(Stock Code: 700)") was dropped and the company left an untyped name; a
bracket of codes right after the company's bracket ("（A股代码：600036；H股代码：03968）") gave codes of "an
unnamed company"; the short name a filing defines in its bracket (简称"宁德时代"或"CATL", a bare "中芯国际") was
lost. The label is the plainest statement that the
item is a stock code; a six-digit code's exchange is read from its first digits as the exchanges number shares (SSE:
6xxxxx and B shares 900xxx; SZSE: 0xxxxx, 2xxxxx, 3xxxxx; BSE: 4xxxxx, 8xxxxx, 920xxx). Lines from the shapes of
real announcements (names of listed companies; their codes as the exchanges list them). On the parent e5bc671, 26
of this file's 31 tests fail (with U37-17 and the U37-3 addendum).
"""

from __future__ import annotations

import pytest

from zhgloss import harvest as harvest_module
from zhgloss.harvest import harvest


def _by_form(text: str) -> dict[str, object]:
    return {p.zh or p.en: p.entry for p in harvest(text, [])}


@pytest.mark.parametrize(
    ("line", "company", "codes"),
    [
        ("美团（Meituan，股份代号：3690.HK）今日宣布业绩。", "美团", ["3690.HK"]),
        (
            "阿里巴巴集团控股有限公司（Alibaba Group Holding Limited，纽交所：BABA；港交所：9988）"
            "首席执行官吴泳铭表示。",
            "阿里巴巴集团控股有限公司",
            ["NYSE: BABA", "9988.HK"],
        ),
        (
            "贵州茅台酒股份有限公司（Kweichow Moutai Co., Ltd.，证券代码：600519）发布公告。",
            "贵州茅台酒股份有限公司",
            ["600519.SH"],
        ),
        (
            "平安银行股份有限公司（Ping An Bank Co., Ltd.，证券代码：000001）发布公告。",
            "平安银行股份有限公司",
            ["000001.SZ"],
        ),
        (
            "招商银行股份有限公司（China Merchants Bank Co., Ltd.）（A股代码：600036；H股代码：03968）行长辞任。",
            "招商银行股份有限公司",
            ["600036.SH", "3968.HK"],
        ),
        (
            "Tencent Holdings Limited (騰訊控股有限公司) (Stock Code: 700) announced results.",
            "腾讯控股有限公司",
            ["0700.HK"],
        ),
    ],
)
def test_a_labelled_stock_code_is_the_companys(line: str, company: str, codes: list[str]) -> None:
    proposals = harvest(line, [])
    named = next(p for p in proposals if p.zh == company)
    assert named.entry.type == "org"
    got = [p.en for p in proposals if p.kind == "ticker"]
    assert got == codes
    assert all(p.entry.refers_to == named.entry.id for p in proposals if p.kind == "ticker")


@pytest.mark.parametrize(
    ("item", "code"),
    [
        ("股份代號：00700", "0700.HK"),
        ("股份代号: 9988", "9988.HK"),
        ("Stock Code: 700", "0700.HK"),
        ("证券代码：688981", "688981.SH"),
        ("证券代码：300750", "300750.SZ"),
        ("证券代码：920099", "920099.BJ"),
        ("B股代码：900901", "900901.SH"),
        ("股票代码：300750.SZ", "300750.SZ"),
        ("纳斯达克：PDD", "NASDAQ: PDD"),
        ("纳斯达克：9988", None),  # digits are no Nasdaq symbol
        ("代码：ABC", None),  # letters with no exchange say nothing
        ("证券代码：1234567", None),  # seven digits: no exchange's
        ("注册资本：5000", None),  # no code's label
    ],
)
def test_labelled_code(item: str, code: str | None) -> None:
    assert harvest_module._labelled_code(item) == code


def test_a_bracket_of_codes_after_text_is_not_the_earlier_companys() -> None:
    proposals = harvest("比亚迪（BYD）与宁德时代（300750.SZ）签署协议。", [])
    code = next(p for p in proposals if p.kind == "ticker")
    byd = next(p for p in proposals if p.zh == "比亚迪")
    assert code.entry.refers_to != byd.entry.id


@pytest.mark.parametrize(
    ("line", "zh", "zh_alias", "alias"),
    [
        (
            '宁德时代新能源科技股份有限公司（Contemporary Amperex Technology Co., Limited，简称"宁德时代"或"CATL"，'
            "股票代码：300750.SZ）总裁出席。",
            "宁德时代新能源科技股份有限公司",
            "宁德时代",
            "CATL",
        ),
        (
            '中芯国际集成电路制造有限公司（Semiconductor Manufacturing International Corporation，"中芯国际"，'
            "688981.SH / 0981.HK）董事长主持会议。",
            "中芯国际集成电路制造有限公司",
            "中芯国际",
            None,
        ),
        (
            "比亚迪股份有限公司（BYD Company Limited，以下简称“比亚迪”）公布业绩。",
            "比亚迪股份有限公司",
            "比亚迪",
            None,
        ),
    ],
)
def test_the_short_name_a_filing_defines_in_its_bracket_is_the_entrys(
    line: str, zh: str, zh_alias: str, alias: str | None
) -> None:
    (named,) = [p for p in harvest(line, []) if p.zh == zh]
    assert zh_alias in named.entry.zh_aliases
    if alias is not None:
        assert alias in named.entry.aliases


def test_a_defined_term_that_is_an_ordinary_word_is_no_alias() -> None:
    line = '北京小米科技有限责任公司（Beijing Xiaomi Technology Co., Ltd.，以下简称"公司"或"本公司"）公布业绩。'
    (named,) = [p for p in harvest(line, []) if p.zh == "北京小米科技有限责任公司"]
    assert "公司" not in named.entry.zh_aliases and "本公司" not in named.entry.zh_aliases


@pytest.mark.parametrize(
    ("line", "zh", "en", "person", "role"),
    [
        (
            "Ms. Wang Li (王莉), Chairwoman of Kweichow Moutai Co., Ltd. (贵州茅台酒股份有限公司), said.",
            "贵州茅台酒股份有限公司",
            "Kweichow Moutai",  # s48: the whole "Co., Ltd." chain goes (R47-23)
            "王莉",
            "Chairwoman of Kweichow Moutai",
        ),
        (
            "Mr. Ma Huateng (马化腾), Chairman of Tencent Holdings Ltd. (腾讯控股有限公司), said.",
            "腾讯控股有限公司",
            "Tencent Holdings",
            "马化腾",
            "Chairman of Tencent Holdings",
        ),
    ],
)
def test_a_title_of_a_company_is_the_persons_role_and_no_part_of_the_companys_name(
    line: str, zh: str, en: str, person: str, role: str
) -> None:
    """The user's U37-17: "Chairwoman of Kweichow Moutai Co., Ltd. (贵州茅台酒股份有限公司)" was proposed as the
    company's English, and 王莉 got no role."""
    proposals = {p.zh: p for p in harvest(line, [])}
    assert (proposals[zh].entry.en, proposals[zh].entry.type) == (en, "org")
    assert [r.title for r in proposals[person].entry.roles] == [role]


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("Minister of Commerce Wang Wentao (王文涛) said.", "王文涛", "Minister of Commerce"),
        ("President of Peking University Gong Qihuang (龚旗煌) spoke.", "龚旗煌", "President of Peking University"),
    ],
)
def test_a_title_of_a_body_before_a_person_stays_the_persons_role(line: str, zh: str, role: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.zh == zh]
    assert [r.title for r in found.entry.roles] == [role]


@pytest.mark.parametrize(
    ("line", "zh", "en", "zh_alias"),
    [
        (
            "九龍倉集團有限公司（「九龍倉」；The Wharf (Holdings) Limited）公佈業績。",
            "九龙仓集团有限公司",
            "The Wharf (Holdings)",
            "九龙仓",
        ),
        (
            "华润（集团）有限公司（China Resources (Holdings) Company Limited）公布业绩。",
            "华润(集团)有限公司",
            "China Resources (Holdings)",  # s48: "Company Limited" goes whole (R47-23)
            None,
        ),
        (
            "中国平安保险（集团）股份有限公司（Ping An Insurance (Group) Company of China, Ltd.）公布业绩。",
            "中国平安保险(集团)股份有限公司",
            "Ping An Insurance (Group) Company of China",
            None,
        ),
    ],
)
def test_a_registered_name_holding_a_bracket_is_read_whole(line: str, zh: str, en: str, zh_alias: str | None) -> None:
    """The user's U37-3 addendum: a bracket holding a bracketed word (HKEX's Chinese filings: （「九龍倉」；The Wharf
    (Holdings) Limited）) gave no pair, and a Chinese registered name holding （集团） was cut at it."""
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "org")
    if zh_alias is not None:
        assert zh_alias in found.entry.zh_aliases

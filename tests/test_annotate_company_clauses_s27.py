"""A listed company's announcement written with 公告 alone as its verb tells the company, as 发布公告 does (issue 9).

Wire copy writes "X公告，", "X晚间公告，", "X周二公告：" at least as often as "X发布公告" (the tester's U27-1,
findings-gls.md). With the full CC-CEDICT names glossary, 贵州茅台公告，公司拟回购股份 was glossed 贵州（Guizhou）
茅台（Maotai）: the subject is Kweichow Moutai, the listed company, neither the province nor the town. The rule is
`zhgloss.glossrules._GROUP_WORDS`, read by `_starts_company`. The glossary is real CC-CEDICT lines
(tests/data/cedict_annotate_s27.u8), imported as `zhgloss import --proper-only` would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_annotate_s27.u8"))


@pytest.mark.parametrize(
    "text",
    [
        # findings-gls.md U27-1, the user's news lines (main d203f54 glossed both places in each)
        "贵州茅台公告，公司拟回购股份。",
        "贵州茅台晚间公告，公司拟回购股份。",
        # my own wire lines of the same kind: a time word, a colon, an ASCII comma, one place before its own word
        "贵州茅台晚间公告，一季度净利润同比增长19%。",
        "贵州茅台周二公告：公司拟回购股份。",
        "贵州茅台今日公告,公司拟回购股份。",
        "上海电气公告，公司控股子公司中标一个海上风电项目。",
        "宁德时代晚间公告，公司拟在匈牙利建设电池工厂。",
    ],
)
def test_a_company_that_announces_with_bare_gonggao_is_no_place(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The place itself: its authority announces (警方), a noun goes on after 公告 (公告栏), a generic ends the place
        # (茅台镇), or the place's name is all there is.
        ("北京警方公告，将严厉打击违法行为。", ["北京"]),
        ("贵州公告栏上贴着通知。", ["贵州"]),
        ("贵州茅台镇公告，全镇停水一天。", ["贵州", "茅台"]),
        ("贵州茅台酒厂的公告牌前站满了人。", ["贵州"]),
        ("宁德是福建的一个城市。", ["宁德"]),
        # A brand after a province was already the company's before the fix (findings-gls.md U27-1).
        ("四川长虹周二公告，公司拟回购股份。", ["长虹"]),
    ],
)
def test_the_place_stays_where_no_company_announces(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@given(
    time=st.sampled_from(["", "晚间", "周二", "今日", "昨晚", "3日", "12月3日晚间", "2024年12月3日", "１２月３日"]),
    mark=st.sampled_from(["，", "：", ",", ":"]),
    rest=st.text(alphabet="公司拟回购股份净利润同比增长一季度。", max_size=12),
)
def test_any_announcement_of_the_pair_glosses_neither_place(time: str, mark: str, rest: str) -> None:
    # Whatever the time word, the clause mark and the clause, the pair is the company.
    assert glossed(f"贵州茅台{time}公告{mark}{rest}", ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-2 (main d203f54 glossed 长江（Yangtze River）实业): Cheung Kong (Holdings)
        ("长江实业宣布分拆上市。", []),
        # my own: other holding companies named by a place and 实业, before their group's word or their results
        ("上海实业发布年报。", []),
        ("长江实业集团主席李嘉诚出席股东大会。", []),
        ("他在上海实业有限公司工作。", []),
        # The place's industry and its industrialists keep the place (实业界, 实业家 are words of their own).
        ("中国实业界人士表示欢迎。", ["中国"]),
        ("上海实业家荣毅仁出席。", ["上海"]),
        ("长江两岸的实业发展迅速。", ["长江"]),
    ],
)
def test_a_place_before_shiye_is_a_holding_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # my second batch of wire lines (/tmp/gls/c2.txt): China State Construction and China Railway, not China
        ("中国建筑中标一项海外工程。", []),
        ("中国中铁在雅加达承建的高铁项目通车。", []),
        # my own: another builder, a city's
        ("中国电建承建的大坝竣工。", []),
        ("上海建工中标一项市政工程。", []),
        # The country's own people, team, companies or government win or build: the country stays.
        ("中国工人承建的铁路通车。", ["中国"]),
        ("中国专家公布了研究报告。", ["中国"]),
        ("中国团队中标。", ["中国"]),
        ("中国企业中标一项海外工程。", ["中国"]),
        ("中国政府承建的项目竣工。", ["中国"]),
        ("中国承建的铁路通车。", ["中国"]),
    ],
)
def test_a_tender_won_or_a_works_contracted_tells_a_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    "text",
    [
        # findings-gls.md U27-10 (main 8962799 glossed both places in each): the date between the company and its
        # announcement, the commonest wire form
        "贵州茅台3日公告，公司拟回购股份。",
        "贵州茅台12月3日晚间公告，公司拟回购股份。",
        "贵州茅台12月3日发布公告，公司拟回购股份。",
        "贵州茅台2024年12月3日公告，公司拟回购股份。",
        # my own: the date after the company's own word, full-width digits
        "宁德时代3日晚间公告，公司拟回购股份。",
        "宁德时代12月3日晚间公告称，公司拟回购股份。",
        "上海电气１２月３日发布公告称，公司中标一个项目。",
    ],
)
def test_a_date_between_the_company_and_its_announcement_is_read_past(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京3日起实行新规。", ["北京"]),
        ("宁德3日发布暴雨预警。", ["宁德"]),
        ("北京警方3日发布公告称，将严厉打击违法行为。", ["北京"]),
    ],
)
def test_a_dated_place_that_is_no_company_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-16 (main 61310b0 glossed 中国 'China'): PowerChina, Energy China, CRRC
        ("中国电建签约老挝水电站项目。", []),
        ("中国能建与沙特签署光伏项目合同。", ["沙特"]),
        ("中国中车获得墨西哥地铁车辆订单。", []),
        # The country signs or wins, or its team signs: the country stays (the deal's verb right after it).
        ("中国获得大量订单。", ["中国"]),
        ("中国队签约一名外援。", ["中国"]),
        ("中国签署合作协议。", ["中国"]),
        ("沙特签署光伏项目合同。", ["沙特"]),
    ],
)
def test_a_contract_or_an_order_tells_a_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-19 (main e143eb6 glossed both places): the relative 发布的公告, a date in Chinese numerals
        ("贵州茅台12月3日晚间发布的公告显示，公司拟回购。", []),
        ("贵州茅台二〇二四年十二月三日公告，公司拟回购。", []),
        # my own: the same without the date; the city's own notice keeps the city
        ("上海电气发布的公告显示，公司中标。", []),
        ("上海发布的公告显示，全市中小学停课。", ["上海"]),
        ("贵州12月3日公告，全省放假。", ["贵州"]),
    ],
)
def test_the_relative_announcement_and_chinese_numeral_dates(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-22 (main 1d23709): a big order won
        ("中国中车斩获50亿元大单。", []),
        ("中国电建拿下巴基斯坦水电站大单。", []),
        # findings-gls.md U27-25 (main e2d7606): the filing anywhere in the clause of the brand's pair
        ("贵州茅台在公告中称，公司拟回购。", []),
        ("贵州茅台在晚间发布的公告中表示，公司拟回购。", []),
        ("贵州茅台披露，公司拟回购。", []),
        # The town's authority, the province's own notice, a place glued to a city that names no brand.
        ("贵州茅台镇政府公告，全镇停水一天。", ["贵州", "茅台"]),
        ("贵州发布的公告显示，全省放假。", ["贵州"]),
        ("浙江杭州的阿里巴巴集团发布了财报。", ["浙江", "杭州"]),
    ],
)
def test_orders_and_filings_anywhere_in_the_brand_pairs_clause(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-28 (main 6d47005): the unit's government announces; its name keeps its gloss
        ("据贵州省政府公告，茅台镇将建设新的旅游区。", ["贵州省", "茅台"]),
        ("贵州省政府公告称，全省中小学放假。", ["贵州省"]),
        ("贵州省人民政府发布公告，禁止燃放烟花。", ["贵州省"]),
        ("北京市政府公告，明起限行。", ["北京市"]),
        ("上海市政府发布公告称，将延长封控。", ["上海市"]),
        # my own: the government without the unit's generic is an authority too
        ("贵州政府公告称，全省放假。", ["贵州"]),
    ],
)
def test_a_units_government_that_announces_keeps_the_unit(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # my third batch of wire lines (/tmp/gls/c3.txt), a line of a file after another: CATL, listed before Ford
        ("蔚来汽车创始人李斌出席活动。\n宁德时代与福特汽车签署技术许可协议。", ["福特汽车"]),
        # my own: another list mark; a company whose name has no organisation word (so the rule of lists of
        # organisations, `_outside_org_items`, does not read it); a country or a place alone keeps its name
        ("据报道。\n宁德时代和福特汽车宣布合作。", ["福特汽车"]),
        ("宁德时代与比亚迪签署协议。", ["比亚迪"]),
        ("中国与福特汽车签署协议。", ["中国", "福特汽车"]),
        ("宁德与福特汽车签署协议。", ["宁德", "福特汽车"]),
    ],
)
def test_a_place_and_its_own_word_listed_before_a_company_is_a_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-45 (main 93d1167): the mirror order, the company first
        ("福特汽车与宁德时代签署协议。", ["福特汽车"]),
        ("比亚迪与宁德时代展开竞争。", ["比亚迪"]),
        # Two places, the place's people or a verb after a company keep the place.
        ("宁德与福州两地签署合作协议。", ["宁德"]),
        ("福特汽车与上海消费者见面。", ["福特汽车", "上海"]),
        ("比亚迪与上海签署协议。", ["比亚迪", "上海"]),
    ],
)
def test_a_place_and_its_own_word_listed_after_a_company_is_a_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-55 (main 7ef5dc7): YMTC's plant in a development zone, read past a long place
        ("长江存储在武汉东湖新技术开发区新建的晶圆厂已开始试产。", ["武汉"]),
        # the shorter forms were right already; the river's own clause keeps it
        ("长江存储在武汉的工厂开始试产。", ["武汉"]),
        ("长江在武汉东湖新技术开发区附近流过。", ["长江", "武汉"]),
    ],
)
def test_a_companys_site_far_in_its_clause_tells_the_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

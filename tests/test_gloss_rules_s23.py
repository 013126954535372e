"""Company names led by a place, a make or a dynasty, and a river's banks (issue 9, twenty-third session).

With the full CC-CEDICT names glossary, news glossed 长安福特 "Chang'an Ford" (the Tang capital): Chinese joint ventures
are named by the Chinese partner and the foreign make, and 福特's CC-CEDICT line says "Ford, US car make" beside "Ford
(name)", so the person's entry names a company too (`zhgloss.glossrules._COMPANY_SENSE_RE`): a city glued before it
is the company's first word, as before a brand (四川长虹, `InsideRule._outside_brand_places`).

It glossed 长江左岸 as 左岸 "Left Bank" alone and lost 长江: 左岸 is imported as an organisation, and its English's
"Bank" made it a company (`zhgloss.glossrules._COMPANY_RE`), whose first word the Yangtze glued before it was taken
for. A side's bank ("Left Bank", "West Bank", "South Bank") is a river's, not a company's; and Chinese names a
river's banks by 左 and 右 as by the compass points (`InsideRule._outside_banks`), so 左岸 after a water's name is
its left bank, not Paris's (by decision, 塞纳河左岸 too: the Seine is glossed there, the Left Bank not).

It glossed 大唐发电发布业绩预告 as 大唐 "Tang": Datang Power is named by the dynasty, and a dynasty publishes no
results. A dynasty's name (an event whose CC-CEDICT English says "dynasty") is read by the company's clause as a
place's is (`zhgloss.glossrules.InsideRule._trader`, `_DYNASTY_RE`).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s23_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import cedict_fixture, glossed, glossed_at, sweep_glosses

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s23_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's brief
        ("长安福特宣布下调多款车型售价。", ["福特"]),
        # cases of my own: joint ventures named by a city and a make (CC-CEDICT: "Toyota, Japanese car make",
        # "Nissan, Japanese car make", "Lincoln, US car make")
        ("天津丰田的工厂扩建完成。", ["丰田"]),
        ("郑州日产发布了一款新皮卡。", ["日产"]),
        ("長安福特公布十月銷量。", ["福特"]),
    ],
)
def test_a_place_before_a_make_named_after_a_person_is_the_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国福特宣布裁员。", ["美国", "福特"]),  # a country says whose company it is
        ("他在长安见到了福特。", ["长安", "福特"]),
        ("福特宣布裁员。", ["福特"]),
        ("日本丰田今年销量第一。", ["日本", "丰田"]),
        ("西安是一座古城，古称长安。", ["西安", "长安"]),
    ],
)
def test_the_place_stays_where_no_make_is_glued_after_it(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the tester's (twenty-third session, S-6): places and buildings named after the person, not joint ventures
        ("他去纽约林肯中心看演出。", "纽约"),
        ("比赛在底特律福特球场举行。", "底特律"),
        ("纽约林肯隧道因事故关闭。", "纽约"),
        ("她出生在内布拉斯加州林肯市。", "内布拉斯加州"),
        ("伦敦林肯律师学院", "伦敦"),
    ],
)
def test_a_foreign_city_before_a_person_s_make_stays(text: str, city: str) -> None:
    # A joint venture is named by its Chinese partner, whose name English writes in pinyin (长安 "Chang'an").
    assert city in glossed(text, ANNOTATOR)


@pytest.mark.parametrize(
    ("text", "water"),
    [
        # the lead's brief (the sweep of the twenty-second session)
        ("受持续降雨影响，长江左岸部分堤段出现险情。", "长江"),
        # cases of my own
        ("汉江左岸的防洪堤加高了一米。", "汉江"),
        ("長江左岸的堤防。", "長江"),
    ],
)
def test_a_water_before_a_bank_named_by_its_side_is_no_company_s_first_word(text: str, water: str) -> None:
    # 左岸 "Left Bank (in Paris)" is imported as an organisation; its "Bank" is a river's, not a bank's.
    assert water in glossed(text, ANNOTATOR)


@pytest.mark.parametrize(
    "text",
    [
        # the lead's brief and sweep22 (大唐发电, Datang Power)
        "大唐发电发布业绩预告，预计全年净利润同比大幅增长。",
        "华能国际与大唐发电相继公布三季报，两家公司的火电利用小时数均有所下降。",
        # cases of my own
        "大唐发电公布了上半年财报。",
        "大唐发电的净利润同比增长。",
        # the tester's (S-7): a listed company's announcement, as 上海电气发布公告
        "大唐发电发布公告。",
        "大唐发电发布公告称，公司前三季度净利润增长。",
        # a case of my own: only a company has a chairman
        "大唐发电董事长在会上表示。",
    ],
)
def test_a_dynasty_in_a_company_s_clause_is_the_company_s_first_word(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大唐盛世，诗人辈出。", ["大唐"]),
        ("唐朝的经济十分繁荣。", ["唐朝"]),
        ("大唐的财政收入大增。", ["大唐"]),
        ("清朝末年，朝廷的财政入不敷出。", ["清朝"]),
        ("大唐的皇帝发布诏书。", ["大唐"]),
    ],
)
def test_the_dynasty_stays_where_no_company_s_clause_follows(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's brief (the sweep of the twenty-second session)
        ("受持续降雨影响，长江左岸部分堤段出现险情。", ["长江"]),
        # cases of my own
        ("汉江左岸的防洪堤加高了一米。", ["汉江"]),
        ("黄河右岸的村庄已经全部搬迁。", ["黄河"]),
        ("长江左岸和右岸都建起了防洪堤。", ["长江"]),
        ("太湖东岸的渔村。", ["太湖"]),
        ("長江左岸的堤防。", ["長江"]),
        # the cost, by decision: the Seine's left bank is Paris's Left Bank, glossed as the Seine alone
        ("塞纳河左岸的书店很多。", ["塞纳河"]),
    ],
)
def test_a_side_and_a_bank_after_a_water_is_its_bank(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他喜欢左岸的咖啡馆。", ["左岸"]),
        ("重庆南岸的房价上涨。", ["重庆", "南岸"]),
        ("左岸是巴黎的文化中心。", ["左岸"]),
    ],
)
def test_the_bank_s_name_stays_with_no_water_before_it(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_sweep23_with_the_names_glossary(shared_dir: Path) -> None:
    glosses = sweep_glosses(shared_dir, "cedict_names_news_sweep23.txt")
    assert glossed_at(glosses, "长安福特宣布") == ["福特"]
    assert glossed_at(glosses, "长江左岸部分堤段") == ["长江"]
    assert glossed_at(glosses, "大唐发电发布业绩预告") == []

"""Right glosses the fiftieth session's first plain-copy rules took away (the tester's brk50: B50-8, -9, -10), by class.

With the full CC-CEDICT names glossary (`--proper-only`), each class is the tester's lines beside lines of the same
kind:

- sports copy is read by words whose first sense is sport's or that name a sport's act or person (比赛, 破门, 教练),
  not by everyday words CC-CEDICT gives a sport's sense after others (项目, 季度, 停摆, 进攻: B50-8); and in sports
  copy a country (its national side: 黑山队) and a place where the sentence says it is (在日照举行, 河源赛区) keep their
  gloss (`InsideRule._outside_sports_words`, data/sports_words.txt, scripts/build_sports_words.py);
- after a verb of a match, a country glued before a place of it says where a player or a champion is from, not a club
  (击败中国台湾选手, 战胜日本东京奥运冠军: B50-10; `InsideRule._outside_titled_places`);
- a place before any two-character word and a launch of a new product is the place (温州鞋企推出新款皮鞋, 北京交管
  发布新车牌: B50-9): the launch branch of `zhgloss.glossrules._is_firm_clause` is taken out.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.glossable import sports_words

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> Annotator:
    return _names_annotator(shared_dir)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # B50-8: politics, business and disaster copy with an everyday word that has a sport's sense too
        ("白宫表示，联邦政府停摆已进入第三周。", ["白宫"]),  # the tester's zh1
        ("白宫发言人称，该项目将在第三季度启动。", ["白宫"]),
        ("以色列对加沙发起新一轮进攻，白宫呼吁各方克制。", ["以色列", "加沙", "白宫"]),
        ("文昌航天发射场今年将执行多个发射项目。", ["文昌"]),
        ("玉树地震灾后重建项目全部完工。", ["玉树"]),
        ("殷墟考古项目取得新进展。", ["殷墟"]),
        ("河源的电子信息产业在第二季度增长强劲。", ["河源"]),
        ("白宫宣布暂停该援助项目。", ["白宫"]),
        ("文昌的卫星发射项目第四季度完成。", ["文昌"]),
        ("殷墟遗址今年第三季度接待游客五十万人次。", ["殷墟"]),
        # sports copy: a country is its national side
        ("世界杯预选赛中，黑山主场2比0战胜瑞典。", ["世界杯", "黑山", "瑞典"]),  # the tester's zh1
        ("黑山队在比赛第80分钟攻入一球。", ["黑山"]),
        ("黑山队主场迎战塞尔维亚队，比赛以平局告终。", ["黑山", "塞尔维亚"]),
        # sports copy: the host city, after a preposition of place or before a word of the match it holds
        ("全国帆船锦标赛在日照举行，比赛吸引了三百名选手。", ["日照"]),  # the tester's zh11
        ("2025年全国U17足球联赛河源赛区开赛。", ["河源"]),
        ("玉树赛马节比赛吸引了数万名观众。", ["玉树"]),
        ("亚洲杯预选赛在河源举行，比赛十分激烈。", ["亚洲杯", "河源"]),
        ("文昌赛区的比赛明天开始。", ["文昌"]),
        # sports copy: the host city before a verb of hosting (gls50's own known cost)
        ("中卫举办马拉松比赛。", ["中卫"]),
        ("河源承办全国游泳比赛。", ["河源"]),
        ("玉树举行赛马比赛。", ["玉树"]),
        # B50-10: a country and a place of it after a verb of a match: a player's or a champion's origin
        ("陈雨菲击败中国台湾选手戴资颖，晋级四强。", ["中国", "台湾"]),  # the tester's zh6
        ("孙颖莎击败中国香港选手杜凯琹。", ["中国", "香港"]),
        ("王楚钦战胜日本东京奥运冠军水谷隼。", ["日本", "东京", "奥运"]),
        ("郑钦文击败美国佛罗里达州选手。", ["美国", "佛罗里达州"]),
        ("石宇奇击败印度尼西亚雅加达选手。", ["印度尼西亚", "雅加达"]),
        ("中国选手击败美国加州选手夺冠。", ["中国", "美国", "加州"]),  # the tester's zh5
        ("樊振东击败中国澳门选手。", ["中国", "澳门"]),
        ("她战胜韩国首尔选手晋级。", ["韩国", "首尔"]),
        ("他击败法国巴黎名将获得冠军。", ["法国", "巴黎"]),
        # a foreign country before a club's own word is the club's country
        ("国安队战胜韩国首尔FC。", ["韩国"]),
        # B50-9: a place before a trade, a product, a kind of firm, an authority or a landmark, and a launch
        ("温州鞋企推出新款皮鞋。", ["温州"]),  # the tester's zh4
        ("佛山家具推出新品抢占市场。", ["佛山"]),
        ("成都火锅推出新品。", ["成都"]),
        ("武汉高校发布新产品。", ["武汉"]),
        ("北京交管发布新车牌管理办法。", ["北京"]),  # the tester's zh16
        ("浙江文旅推出新品文创礼盒。", ["浙江"]),
        ("杭州地铁推出新款交通卡。", ["杭州"]),
        ("北京冬奥推出新款纪念品。", ["北京"]),  # the tester's zh23
        ("苏州园林推出新款门票。", ["苏州"]),
        ("宁波服装推出新款冬装。", ["宁波"]),
        ("福建茶企推出新品白茶。", ["福建"]),
        ("广州地铁发布新款乘车码。", ["广州"]),
    ],
)
def test_the_places_the_first_rules_took_keep_their_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中卫在比赛第70分钟头球破门，帮助球队扳平比分。",  # the s49 judge's probe 56
        "国足中卫蒋光太头球破门。",  # the tester's zh24
        "中卫张琳芃在比赛中受伤下场。",
        "主力中卫受伤缺阵，主教练只能临时变阵。",  # 教练 "sports coach"
        "中超联赛最后一轮，上海海港主场击败山东泰山夺得冠军。",  # the s49 judge's plain 142
        "上赛季他们击败了河南建业获得第三名。",
    ],
)
def test_the_nonsense_the_first_rules_fixed_stays_fixed(names: Annotator, text: str) -> None:
    assert glossed(text, names) == []


def test_everyday_words_with_a_later_sport_sense_are_no_words_of_sport() -> None:
    # the tester's words (B50-8): CC-CEDICT gives each a sport's sense after everyday ones
    everyday = {"项目", "季度", "停摆", "进攻", "上网", "摘牌", "接手", "刺杀", "杀手", "巨星", "花样", "回合", "放水"}
    assert not everyday & sports_words()
    assert {"比赛", "破门", "联赛", "主场", "足球", "教练", "扳平"} <= sports_words()
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_sports_words import is_sports_word
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert is_sports_word("competition (sports etc)/match/CL:場|场[chang3],次[ci4]")
    assert is_sports_word("to burst or force open a door/to score a goal (in football, hockey etc)")
    assert not is_sports_word("item/project/(sports) event/CL:個|个[ge4]")
    assert not is_sports_word("quarter of a year/season (sports)")


_EVERYDAY = ("项目", "第三季度", "停摆", "进攻")
_BARE_PLACES = ("白宫", "文昌", "玉树", "殷墟", "河源")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(_BARE_PLACES), word=st.sampled_from(_EVERYDAY))
def test_an_everyday_word_makes_no_sports_copy(names: Annotator, place: str, word: str) -> None:
    assert place in glossed(f"{place}方面表示，{word}将继续推进。", names)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    place=st.sampled_from(("河源", "文昌", "玉树", "中卫")),
    frame=st.sampled_from(
        ("全国锦标赛在{}举行，比赛吸引了三百名选手。", "全国青年足球联赛的{}赛区明天开赛。", "{}举办全国马拉松比赛。")
    ),
)
def test_the_host_of_a_match_keeps_its_gloss(names: Annotator, place: str, frame: str) -> None:
    assert place in glossed(frame.format(place), names)


_ORIGINS = (("中国", "台湾"), ("中国", "香港"), ("日本", "东京"), ("美国", "加州"), ("法国", "巴黎"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    verb=st.sampled_from(("战胜", "击败", "负于", "险胜", "对阵")),
    origin=st.sampled_from(_ORIGINS),
    who=st.sampled_from(("选手", "名将", "冠军", "奥运冠军")),
)
def test_a_country_and_a_place_of_it_after_a_match_verb_is_an_origin(
    names: Annotator, verb: str, origin: tuple[str, str], who: str
) -> None:
    found = glossed(f"她在半决赛中{verb}{''.join(origin)}{who}。", names)
    assert origin[0] in found
    assert origin[1] in found

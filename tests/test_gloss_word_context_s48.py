"""A CC-CEDICT place is not glossed where the context says the form is something else (issue 9, s48).

The forty-seventh session's measure (ann, /work/tools/s47/reports/ann.md) left annotate glossing, with the full
CC-CEDICT names glossary, places where the context reads the form as no place: 食品开封（Kaifeng）后请冷藏 (开封 "to
unseal": a noun, its subject, before it), 这名中卫（Zhongwei）在比赛中 (a classifier of persons counts it: a centre-back),
美国德州（Dezhou） (after a foreign country: Texas, CC-CEDICT's second sense). `zhgloss.glossrules.InsideRule` now
drops each: a place jieba's dictionary tags a verb (data/verb_names.txt, built by scripts/build_verb_names.py) glued
after a noun of noun_words.txt and before 了 or 后 (`_outside_verb_places`); a place after 这名, 一名, 两位 … with no
noun after it (`_outside_counted_persons`); a place written as its own pinyin glued after a foreign country
(`_outside_foreign_namesakes`, which already read a Chinese organisation there). The places stay glossed where they are places: 河南开封, 到达开封后, 宁夏中卫, 一名上海游客,
山东德州, 美国加州.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed, imported_db, judged_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossable import VERB_NAMES_PATH, verb_name_forms
from zhgloss.unknown import noun_words

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
from build_verb_names import verb_names  # noqa: E402

LINES = """\
開封 开封 [Kai1 feng1] /Kaifeng prefecture-level city in Henan, old capital of Northern Song, former provincial capital of Henan/old name Bianliang 汴梁/
遵義 遵义 [Zun1 yi4] /Zunyi prefecture level city in Guizhou 貴州|贵州[Gui4 zhou1]/
中衛 中卫 [Zhong1 wei4] /Zhongwei prefecture level city in Ningxia/
德州 德州 [De2 zhou1] /Dezhou prefecture-level city in Shandong/abbr. for 德克薩斯州|德克萨斯州, Texas/
河南 河南 [He2 nan2] /Henan province (Honan) in central China, abbr. 豫, capital Zhengzhou 鄭州|郑州[Zheng4 zhou1]/
寧夏 宁夏 [Ning2 xia4] /Ningxia Hui Autonomous Region, abbr. 寧|宁[Ning2], capital Yinchuan 銀川|银川[Yin2 chuan1]/
山東 山东 [Shan1 dong1] /Shandong, province in northeast China, short name 魯|鲁[Lu3], capital Jinan 濟南|济南[Ji3 nan2]/
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
美國 美国 [Mei3 guo2] /United States/USA/US/
日本 日本 [Ri4 ben3] /Japan/
大阪 大阪 [Da4 ban3] /Ōsaka, a city and prefecture in Japan/
加州 加州 [Jia1 zhou1] /California/
中國 中国 [Zhong1 guo2] /China/
臺灣 台湾 [Tai2 wan1] /Taiwan/
宜蘭 宜兰 [Yi2 lan2] /Yilan city and county in northeast Taiwan/
香港 香港 [Xiang1 gang3] /Hong Kong/
中環 中环 [Zhong1 huan2] /Central, Hong Kong Island/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place jieba tags a verb, after a noun (its subject) and before 后 or 了: the verb
        ("食品开封后请冷藏保存。", []),
        ("产品开封后请尽快使用。", []),
        ("罐头开封了就要放进冰箱。", []),
        ("這款食品開封後請冷藏。", []),  # traditional script
        # the place: after a verb or a word of going, a province, or before a noun
        ("我们抵达开封后去吃饭。", ["开封"]),
        ("大巴车到达开封后，游客下车。", ["开封"]),
        ("红军攻克遵义后召开会议。", ["遵义"]),
        ("记者从河南开封获悉。", ["河南", "开封"]),
        ("开封和洛阳都是古都。", ["开封"]),
        # a place jieba does not tag a verb keeps its gloss after a noun (统一 is one of jieba's nouns)
        ("统一台湾后", ["台湾"]),
        # a classifier of persons before a place with no noun after it: the place's form is the person's noun
        ("这名中卫在比赛中打进了制胜一球。", []),
        ("这名中卫赛后接受了采访。", []),
        ("球队的两名中卫都因伤缺阵。", []),
        ("一名中卫和一名前锋被罚下场。", []),
        ("這名中衛在比賽中進球。", []),
        # the place qualifies the person the noun after it names
        ("一名上海游客在景区摔伤。", ["上海"]),
        ("一名河南农民工讨回了工资。", ["河南"]),
        ("一名中国留学生获得了奖学金。", ["中国"]),
        ("一名上海人在现场。", ["上海"]),
        ("宁夏中卫的景区游客如织。", ["宁夏", "中卫"]),
        # a Chinese place written as its pinyin, glued after a foreign country: that country's place (Texas)
        ("美国德州遭遇罕见暴风雪。", ["美国"]),
        ("美國德州遭遇暴風雪。", ["美國"]),
        ("山东德州发生交通事故。", ["山东", "德州"]),
        ("他在德州工作了五年。", ["德州"]),
        ("中国开封是八朝古都。", ["中国", "开封"]),
        ("台湾宜兰发生地震。", ["台湾", "宜兰"]),  # ISO 3166-1 lists Taiwan; its places are Chinese ones
        ("香港中环的写字楼。", ["香港", "中环"]),
        # a foreign place's own English after its country is kept
        ("美国加州发生地震。", ["美国", "加州"]),
        ("日本大阪将举办世博会。", ["日本", "大阪"]),
    ],
)
def test_a_place_is_not_glossed_where_the_context_reads_it_as_no_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


SUBJECTS = sorted(
    word for word in ("食品", "产品", "罐头", "奶粉", "饮料", "药品", "信件", "包裹") if word in noun_words()
)
OPENINGS = ("", "这款", "该", "我们的", "请注意，")
CLOSINGS = ("后请冷藏。", "后不能退货。", "了就要尽快吃完。", "后要放进冰箱。")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(OPENINGS), st.sampled_from(SUBJECTS), st.sampled_from(CLOSINGS))
def test_a_verb_name_after_a_noun_and_before_an_aspect_is_never_glossed(
    opening: str, subject: str, closing: str
) -> None:
    # The noun is the verb's subject, whatever frames it; the same place after a word of going keeps its gloss.
    assert glossed(f"{opening}{subject}开封{closing}", ANNOTATOR) == []
    assert glossed(f"{opening}{subject}运到开封{closing}", ANNOTATOR) == ["开封"]


COUNTS = ("这名", "那名", "该名", "一名", "两名", "三名", "这位", "一位", "两位")
AFTER_NO_NOUN = ("在比赛中进球。", "赛后接受采访。", "都受了伤。", "，今年二十岁。", "和一名前锋被罚下。", "。")
AFTER_NOUN = ("游客在景区摔伤。", "球员进了球。", "农民讨回了工资。", "男子被捕。", "人在现场。")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(COUNTS), st.sampled_from(("中卫", "上海", "开封")), st.sampled_from(AFTER_NO_NOUN))
def test_a_place_a_classifier_of_persons_counts_is_never_glossed(count: str, place: str, after: str) -> None:
    assert glossed(f"球队的{count}{place}{after}", ANNOTATOR) == []


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(COUNTS), st.sampled_from(("上海", "开封", "河南")), st.sampled_from(AFTER_NOUN))
def test_a_place_before_the_persons_noun_keeps_its_gloss(count: str, place: str, after: str) -> None:
    assert glossed(f"昨天{count}{place}{after}", ANNOTATOR) == [place]


def test_the_console_script_reads_the_contexts_and_leaves_the_glossary_alone(tmp_path: Path, zhgloss_exe: str) -> None:
    db = imported_db(tmp_path, LINES)
    before = db.read_bytes()
    text = "食品开封后请冷藏。这名中卫在比赛中进球。美国德州遭遇暴风雪。河南开封和宁夏中卫都是城市。\n"
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "annotate", "-"], input=text, capture_output=True, text=True, check=True
    )
    assert done.stdout == (
        "食品开封后请冷藏。这名中卫在比赛中进球。美国（United States）德州遭遇暴风雪。"
        "河南（Henan）开封（Kaifeng）和宁夏（Ningxia Hui Autonomous Region）中卫（Zhongwei）都是城市。\n"
    )
    assert done.stderr == ""
    assert db.read_bytes() == before


def test_the_news_sentences_get_the_glosses_judged_right(shared_dir: Path) -> None:
    # 52 sentences of everyday news holding these forms as words and as places, with the full CC-CEDICT names glossary.
    annotator = _names_annotator(shared_dir)
    rows = judged_sentences("word_use_news_s48.txt")
    assert len(rows) >= 50
    wrong = [(text, glossed(text, annotator), forms) for text, forms in rows if glossed(text, annotator) != forms]
    assert wrong == []


def test_the_verb_list_holds_the_verbs_and_says_where_it_comes_from() -> None:
    forms = verb_name_forms()
    assert {"开封", "延长", "振兴", "遵义"} <= forms
    assert forms.isdisjoint({"台湾", "上海", "中卫", "德州", "北京"})
    header = [line for line in VERB_NAMES_PATH.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("jieba 0.42.1" in line for line in header)
    assert any(f"{len(forms)} of the " in line for line in header)


def test_the_build_keeps_the_forms_jieba_tags_a_verb() -> None:
    tags = {"开封": "v", "上海": "ns", "成功": "a", "延长": "v", "中卫": "ns", "营口": "vn"}
    assert verb_names({"开封", "上海", "成功", "延长", "中卫", "营口", "外地"}, tags) == ["延长", "开封"]


STORM_LINES = """\
加沙 加沙 [Jia1 sha1] /Gaza/same as 加沙地帶|加沙地带[Jia1 sha1 di4 dai4], the Gaza strip/
加沙地帶 加沙地带 [Jia1 sha1 di4 dai4] /Gaza strip/
廣東 广东 [Guang3 dong1] /Guangdong province (Kwangtung) in south China, short name 粵|粤[Yue4], capital Guangzhou 廣州|广州/
瑪麗亞 玛丽亚 [Ma3 li4 ya4] /Maria (name)/
"""
STORMS = Annotator(list(load_cedict(io.StringIO(STORM_LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a glossary name inside a quoted storm's name the glossary lacks is a piece of it (R48-6: Typhoon Ragasa)
        ("台风“桦加沙”在广东登陆。", ["广东"]),
        ("超强台风“桦加沙”逼近。", []),
        ("颱風「樺加沙」登陸廣東。", ["廣東"]),
        ("强台风'桦加沙'登陆。", []),
        # the same name outside a storm's quotes, and a personal name that is the whole quoted name, keep their gloss
        ("加沙地带局势紧张。", ["加沙地带"]),
        ("他去过加沙，台风“桦加沙”却没有来。", ["加沙"]),
        ("飓风“玛丽亚”袭击波多黎各。", ["玛丽亚"]),
    ],
)
def test_a_name_inside_a_quoted_storms_name_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, STORMS) == expected


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(("台风", "超强台风", "飓风", "热带风暴", "颱風")),
    st.sampled_from(("“", "「", "‘")),
    st.text(alphabet="桦山竹海葵白鹿", min_size=0, max_size=3),
    st.text(alphabet="桦山竹海葵白鹿", min_size=0, max_size=3),
)
def test_no_piece_of_a_quoted_storms_name_is_glossed(kind: str, quote: str, before: str, after: str) -> None:
    # A piece of the name is the new rule's; the whole name (加沙 alone, no person's) is s29's.
    close = {"“": "”", "「": "」", "‘": "’"}[quote]
    assert glossed(f"{kind}{quote}{before}加沙{after}{close}登陆。", STORMS) == []

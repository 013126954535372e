"""CC-CEDICT names that tagged news reads as ordinary words are glossed only where the context reads as a name (R45-9).

CC-CEDICT lists some everyday words only as a name: 大桥 (a bridge) as the person Da Qiao, 湖区 (a lake area) as the
Lake District, 日产 (daily output) as Nissan, 蓝光 (blue light) as Blu-ray, 北斗 (the Dipper) as the Great Bear, 快船
(a fast boat) as the Clippers. With the --proper-only import annotate glossed them in plain prose (大桥（Da Qiao）建成通车,
日产（Nissan）煤炭一万吨). scripts/build_tagged_words.py lists the two-character ones whose own weights in jiagu 0.2.3's
part-of-speech model (trained on tagged news) make them an ordinary word (data/tagged_words.txt), and
`zhgloss.glossrules.InsideRule` reads a person's such form as a person's common-word name (陈年: `_reads_as_name`);
not an organisation's, a work's, a place's or an untyped name's (the list holds brands news names often, 郑州日产,
玩铁拳, the city 文昌, and the model's n holds deities and languages: 日产, 铁拳, 湖区, 蓝光, 北斗 stay glossed). Since
s47 those of them whose name is made of the everyday word (data/namesake_words.txt: 湖区, 日产, 铁拳, 蓝光) have a
context test of their kind: tests/test_gloss_namesakes_s47.py.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from cedict_fixtures import glossed, imported_db
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossable import TAGGED_WORDS_PATH, tagged_word_forms

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
from build_tagged_words import NAME_TAGS, ORDINARY_TAGS, reads_as_word  # noqa: E402

LINES = """\
容克 容克 [Rong2 ke4] /Junker (German aristocracy)/Jean-Claude Juncker (1954-), Luxembourgish politician, prime minister of Luxembourg 1995-2013, president of the European Commission 2014-2019/
默克爾 默克尔 [Mo4 ke4 er3] /Angela Merkel (1954-), German CDU politician, chancellor from 2005/
江西 江西 [Jiang1 xi1] /Jiangxi province (Kiangsi) in southeast China, abbr. 赣, capital Nanchang 南昌/
紅軍 红军 [Hong2 jun1] /Red Army (1928-1937), predecessor of the PLA/(Soviet) Red Army (1917-1946)/
文昌 文昌 [Wen2 chang1] /Wenchang City, Hainan/
小橋 小桥 [Xiao3 Qiao2] /Xiao Qiao, one of the Two Qiaos, according to Romance of the Three Kingdoms 三國演義|三国演义[San1 guo2 Yan3 yi4], the two great beauties of ancient China/
大橋 大桥 [Da4 Qiao2] /Da Qiao, one of the Two Qiaos, according to Romance of the Three Kingdoms 三國演義|三国演义[San1 guo2 Yan3 yi4], the two great beauties of ancient China/
湖區 湖区 [Hu2 Qu1] /Lake District, north England/
日產 日产 [Ri4 chan3] /Nissan, Japanese car make/also transliterated 尼桑/
藍光 蓝光 [Lan2 guang1] /Blu-ray (disc format)/
北斗 北斗 [Bei3 dou3] /Great Bear/Big Dipper/Peitou town in Changhua county 彰化縣|彰化县[Zhang1 hua4 xian4], Taiwan/
快船 快船 [Kuai4 chuan2] /Los Angeles Clippers (NBA team)/
鐵拳 铁拳 [Tie3 quan2] /Tekken (video game)/
太極 太极 [Tai4 ji2] /the Absolute or Supreme Ultimate, the source of all things according to some interpretations of Chinese mythology/
合肥 合肥 [He2 fei2] /Hefei, capital of Anhui Province 安徽省[An1 hui1 Sheng3] in south central China/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
屈原 屈原 [Qu1 Yuan2] /Qu Yuan (340-278 BC), famous Warring States statesman and poet, author of Sorrow at Parting 離騷|离骚 Lisao in Songs of Chu 楚辭|楚辞/
長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/
馬克 马克 [Ma3 ke4] /Mark (name)/
卡爾 卡尔 [Ka3 er3] /Karl (name)/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))
EVERYDAY = ("大桥", "湖区", "日产", "蓝光", "北斗", "快船", "铁拳", "太极", "小桥", "飞雪", "弥勒")
NAMES = ("北京", "东京", "柏林", "长江", "黄河", "马云", "雷军", "淘宝", "合肥", "屈原", "普京", "百度", "长城", "大山")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class: the everyday word in plain prose
        ("大桥建成通车。", []),
        ("大桥通车后，两岸往来更方便。", []),
        ("大橋建成通車。", []),  # traditional
        ("他们在大桥下面乘凉。", []),
        # a place's or an untyped name's form is not asked: the list holds the city 文昌, and 西天 of 陇西天水
        ("长征七号在海南文昌航天发射场升空。", ["文昌"]),
        # s47: a place's namesake of the everyday word (namesake_words.txt: 湖区 "Lake District") is read by the
        # namesake rule (tests/test_gloss_namesakes_s47.py); this was ["湖区"], the s46 rule's limit
        ("暴雨导致湖区水位上涨。", []),
        # the name where the context says so
        # a person's such name joined by a conjunction to a person's name no context test doubts is a person too
        ("容克和默克尔会面。", ["容克", "默克尔"]),
        ("默克尔与容克会面。", ["默克尔", "容克"]),
        ("容克默克尔同台亮相。", ["容克", "默克尔"]),  # glued as in a list: as joined
        ("欧盟委员会主席容克表示", ["容克"]),
        ("大桥和长江都很美。", ["长江"]),  # a place's name is no person's
        # an organisation's or a work's form is not read by the list: brands news names often (郑州日产, 玩铁拳)
        ("江西于都是中央红军长征的出发地之一。", ["江西", "红军"]),
        ("日产公司宣布裁员。", ["日产"]),
        # names the model reads as names, and every word around the class
        ("他来到合肥工作。", ["合肥"]),
        ("北京和长江", ["北京", "长江"]),
        ("屈原是战国时期的诗人。", ["屈原"]),
        ("大桥建成后，北京的游客来到合肥。", ["北京", "合肥"]),
        # a foreign given name written in transliteration characters alone is not concerned: the ordinary word the
        # model reads there is the foreign word's (the mark), not an everyday Chinese phrase (integration run C)
        ("对马克的评价。", ["马克"]),
        ("卡尔的书很好。", ["卡尔"]),
    ],
)
def test_an_everyday_word_cedict_lists_only_as_a_name_is_glossed_only_as_a_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_console_script_leaves_the_bridge_alone(tmp_path: Path, zhgloss_exe: str) -> None:
    db = imported_db(tmp_path, LINES)
    before = db.read_bytes()
    text = "大桥建成通车，他们在大桥下面乘凉。他来到合肥工作。\n"
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "annotate", "-"], input=text, capture_output=True, text=True, check=True
    )
    assert done.stdout == "大桥建成通车，他们在大桥下面乘凉。他来到合肥（Hefei）工作。\n"
    assert db.read_bytes() == before


def test_an_entry_that_says_always_gloss_outweighs_the_list() -> None:
    # A glossary of the Three Kingdoms whose Da Qiao its owner marked always_gloss: the list is a model's prior.
    from zhgloss.model import Entry

    entry = Entry(id="da-qiao", type="person", zh="大桥", en="Da Qiao", always_gloss=True)
    assert glossed("大桥建成通车。", Annotator([entry])) == ["大桥"]
    assert glossed("大桥建成通车。", Annotator([Entry(id="da-qiao", type="person", zh="大桥", en="Da Qiao")])) == []


def test_the_list_holds_the_everyday_words_and_no_name_the_model_reads_as_a_name() -> None:
    forms = tagged_word_forms()
    assert set(EVERYDAY) <= forms
    assert forms.isdisjoint(NAMES)
    assert all(len(form) == 2 for form in forms)


def test_the_list_says_where_it_comes_from() -> None:
    header = [line for line in TAGGED_WORDS_PATH.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("jiagu 0.2.3" in line for line in header)
    assert any("CC-CEDICT" in line for line in header)
    assert any(f"{len(tagged_word_forms())} of the" in line for line in header)


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        ({"n": 5.0, "nh": 3.3, "ni": -0.0}, True),  # 大桥
        ({"v": 2.6, "n": 0.3, "j": -0.1}, True),  # 日产
        ({"ns": 5.4, "a": -1.2, "n": -1.7}, False),  # 合肥
        ({"nh": 4.6, "n": 3.8}, False),  # 大山: Dashan, the Canadian of Chinese television
        ({"nt": 7.7, "nh": -0.1}, False),  # 阳春 a time word
        ({"j": 6.0, "n": 1.0}, False),  # 北约 an abbreviation
        ({"n": 2.0, "ns": 2.0}, False),  # a tie is no evidence
        ({"n": -0.5}, True),  # the only tag the model weighs, though below zero
        (None, False),  # a word the model never saw: 百度, 普京
        ({}, False),
    ],
)
def test_the_prior_reads_as_a_word_when_an_ordinary_tag_beats_every_name_tag(
    weights: dict[str, float] | None, expected: bool
) -> None:
    assert reads_as_word(weights) is expected


TAG_WEIGHTS = st.dictionaries(
    st.sampled_from(sorted(NAME_TAGS | ORDINARY_TAGS)), st.floats(-20, 20, allow_nan=False), min_size=1
)


@given(TAG_WEIGHTS, st.sampled_from(sorted(NAME_TAGS)))
def test_a_name_tag_weighing_as_much_as_the_best_makes_no_word(weights: dict[str, float], tag: str) -> None:
    assert not reads_as_word({**weights, tag: max(weights.values())})


@given(TAG_WEIGHTS, st.floats(0.1, 10, allow_nan=False))
def test_the_verdict_does_not_depend_on_the_weights_scale(weights: dict[str, float], factor: float) -> None:
    scaled = {tag: weight * factor for tag, weight in weights.items()}
    if len(set(scaled.values())) == len(set(weights.values())):  # no two weights rounded together
        assert reads_as_word(scaled) is reads_as_word(weights)


def test_the_script_rebuilds_the_list(tmp_path: Path, shared_dir: Path) -> None:
    pytest.importorskip("jiagu")
    from build_tagged_words import main

    out = tmp_path / "tagged_words.txt"
    main(shared_dir / "data" / "cedict_ts.u8.gz", out)
    assert out.read_text(encoding="utf-8") == TAGGED_WORDS_PATH.read_text(encoding="utf-8")

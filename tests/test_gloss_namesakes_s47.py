"""A CC-CEDICT name made of an everyday word is glossed only where the context reads as that kind's name (issue 9).

The forty-sixth session left annotate glossing, with the full CC-CEDICT names glossary, names of places, organisations,
works and untyped names that news uses as everyday words: 湖区（Lake District）水位上涨, 煤矿日产（Nissan）煤炭一万吨,
以铁拳（Tekken）打击犯罪, 窗外飞雪（Flying Snow）连天, 一口深井（Sham Tseng）. data/namesake_words.txt (built by
scripts/build_tagged_words.py) lists the forms of data/tagged_words.txt (jiagu's model reads them as ordinary words)
whose entry's English translates the characters (湖区 Lake District, 铁人 Ironman) or reads them in Japanese, Wade-Giles
or Cantonese (日产 Nissan, 大树 Tashu, 深井 Sham Tseng), and to which the model gives a name no weight;
`zhgloss.glossrules.InsideRule` glosses them only where the context reads as the kind's name: marks, a generic of the
kind after (日产公司), a word that names it before (名为铁拳的游戏), a work's verb (玩铁拳), a place that holds it glued
before (香港深井, 英格兰湖区), a place or a company before a company (郑州日产), a name of its kind joined by 和 (日产和丰田).
Names whose English is what the word means (英语, 红军, 白宫, 史记) or spells its pinyin (文昌) are glossed as before.
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
from zhgloss.glossable import NAMESAKE_WORDS_PATH, namesake_word_forms, tagged_word_forms, word_or_name_forms
from zhgloss.model import Entry

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
from build_tagged_words import is_calque, is_namesake, no_name_weight, reading_of  # noqa: E402

LINES = """\
湖區 湖区 [Hu2 Qu1] /Lake District, north England/
英格蘭 英格兰 [Ying1 ge2 lan2] /England/
日產 日产 [Ri4 chan3] /Nissan, Japanese car make/also transliterated 尼桑/
豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/
鄭州 郑州 [Zheng4 zhou1] /Zhengzhou prefecture level city and capital of Henan Province in central China/
鐵拳 铁拳 [Tie3 quan2] /Tekken (video game)/
深井 深井 [Shen1 Jing3] /Sham Tseng (area in Hong Kong)/
香港 香港 [Xiang1 gang3] /Hong Kong/
大樹 大树 [Da4 shu4] /Tashu township in Kaohsiung county 高雄縣|高雄县[Gao1 xiong2 xian4], southwest Taiwan/
鐵人 铁人 [Tie3 ren2] /Ironman/
飛雪 飞雪 [Fei1 xue3] /Flying Snow, a character in "Hero"/
藍光 蓝光 [Lan2 guang1] /Blu-ray (disc format)/
石林 石林 [Shi2 lin2] /Stone Forest, notable set of limestone formations in Yunnan/
雲南 云南 [Yun2 nan2] /Yunnan province in southwest China, bordering on Vietnam, Laos and Myanmar, abbr. 滇[dian1] or 雲|云, capital Kunming 昆明/
英語 英语 [Ying1 yu3] /English (language)/
紅軍 红军 [Hong2 jun1] /Red Army (1928-1937), predecessor of the PLA/(Soviet) Red Army (1917-1946)/
江西 江西 [Jiang1 xi1] /Jiangxi province (Kiangsi) in southeast China, abbr. 赣, capital Nanchang 南昌/
白宮 白宫 [Bai2 gong1] /White House/
文昌 文昌 [Wen2 chang1] /Wenchang City, Hainan/
海南 海南 [Hai3 nan2] /Hainan Province, in the South China Sea, short name 瓊|琼[Qiong2], capital Haikou 海口/Hainan Island/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's namesake: the word in plain prose, the name where a generic, marks or a holder glued before say so
        ("连日暴雨，湖区水位持续上涨。", []),
        ("他们在湖区划船钓鱼。", []),  # a word of place before (在) is no cue: the lake area takes it as readily
        ("英格兰湖区风景优美。", ["英格兰", "湖区"]),  # its note names England: an address
        ("“湖区”是英格兰北部的国家公园。", ["湖区", "英格兰"]),
        ("村里打了一口深井。", []),
        ("这口深井有一百多米深。", []),
        ("香港深井的烧鹅远近闻名。", ["香港", "深井"]),
        ("海浪拍打着海边的石林。", []),
        ("云南石林是世界自然遗产。", ["云南", "石林"]),
        ("村口那棵大树有三百多岁了。", []),
        ("香港湖区", ["香港"]),  # a place glued before that its note does not name holds nothing
        # an organisation's: its generic, a holder, a verb of saying, a like name joined
        ("这家煤矿日产原煤一万吨。", []),
        ("该厂日产口罩二十万只。", []),
        ("日产公司宣布裁员。", ["日产"]),
        ("日产汽车销量下滑。", ["日产"]),
        ("郑州日产发布了一款新皮卡。", ["日产"]),  # 郑州 starts the company's name (as on main)
        ("日产和丰田都是车企。", ["日产", "丰田"]),
        ("日产表示将继续投资。", ["日产"]),
        ("日产已经宣布召回。", ["日产"]),  # a verb of saying past an adverb or a time
        ("日产日前表示将裁员。", ["日产"]),
        ("这座煤矿日产已经超过一万吨。", []),  # an adverb alone is no cue
        # a work's: its marks, a word that names it, a verb whose object a work is
        ("警方将以铁拳手段打击诈骗。", []),
        ("警方以铁拳打击犯罪。", []),
        ("他最爱玩铁拳。", ["铁拳"]),
        ("一款名为铁拳的格斗游戏。", ["铁拳"]),
        ("《铁拳》系列游戏。", ["铁拳"]),
        # an untyped name's
        ("窗外飞雪连天。", []),
        ("他是个铁人，从不喊累。", []),
        ("工人们称他为“铁人”。", ["铁人"]),
        ("长时间看屏幕，蓝光会伤害眼睛。", []),
        ("《蓝光》", ["蓝光"]),
        # names whose English is what the word means, or its pinyin: not concerned
        ("他学了三年英语。", ["英语"]),
        ("江西于都是中央红军长征的出发地之一。", ["江西", "红军"]),
        ("白宫表示不予置评。", ["白宫"]),
        ("长征七号在海南文昌航天发射场升空。", ["海南", "文昌"]),
        # traditional script: read as the simplified
        ("連日暴雨，湖區水位上漲。", []),
        ("日產公司宣布裁員。", ["日產"]),
    ],
)
def test_a_name_made_of_an_everyday_word_is_glossed_only_as_its_kind_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_an_entry_that_says_always_gloss_outweighs_the_list() -> None:
    always = Entry(id="lake", type="place", zh="湖区", en="Lake District", always_gloss=True)
    assert glossed("湖区水位上涨。", Annotator([always])) == ["湖区"]
    assert glossed("湖区水位上涨。", Annotator([Entry(id="lake", type="place", zh="湖区", en="Lake District")])) == []


def test_a_person_or_a_term_of_the_same_form_is_not_read_by_the_namesake_rule() -> None:
    # The rule is the non-person kinds': a person's form of the tagged list has the person's test (s46), a term is
    # never glossed, a phrase always is.
    assert glossed("湖区", Annotator([Entry(id="x", type="person", zh="湖区", en="Hu Qu")])) == []
    assert glossed("湖区水位上涨。", Annotator([Entry(id="x", type="phrase", zh="湖区", en="lake area")])) == ["湖区"]


NAMESAKES = sorted(namesake_word_forms() - word_or_name_forms())
"""The namesakes this rule reads: 和美 and 高飞, in word_or_name.txt too, have that list's test (as on main)."""
KINDS = {"place": "站", "org": "公司", "name": ""}
"""The namesake rule's kinds (an entry's type) and a generic that names one of the kind right after its form."""
PLAIN_BEFORE = ("", "今天，", "我们知道，", "那里的", "据了解，", "远远望去，")
PLAIN_AFTER = ("", "，很美", "已经不见了", "的颜色", "，让人难忘", "越来越多")
"""Words around a form that say nothing of a name (no title, mark, generic, verb of saying or naming) and make no word
with its characters (片石 of 这片石林 would: the word-edge rule's)."""


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(NAMESAKES),
    kind=st.sampled_from(sorted(KINDS)),
    before=st.sampled_from(PLAIN_BEFORE),
    after=st.sampled_from(PLAIN_AFTER),
)
def test_a_namesake_is_never_glossed_without_a_cue_and_always_in_marks_or_before_its_generic(
    form: str, kind: str, before: str, after: str
) -> None:
    annotator = Annotator([Entry(id="x", type=kind, zh=form, en="X")])
    assert glossed(f"{before}{form}{after}。", annotator) == []
    assert glossed(f"{before}“{form}”{after}。", annotator) == [form]
    assert glossed(f"{before}《{form}》{after}。", annotator) == [form]
    if KINDS[kind]:
        assert glossed(f"{before}{form}{KINDS[kind]}{after}。", annotator) == [form]


@pytest.mark.parametrize("form", ["日产", "湖区", "深井", "大树", "铁人", "飞雪", "蓝光", "石林", "铁拳"])
@pytest.mark.parametrize("joined", ["和", "与", "及"])
def test_a_namesake_joined_to_a_name_of_its_kind_is_that_kind_name(form: str, joined: str) -> None:
    annotator = Annotator(
        [Entry(id="x", type="org", zh=form, en="X"), Entry(id="y", type="org", zh="丰田", en="Toyota")]
    )
    assert glossed(f"{form}{joined}丰田都是车企。", annotator) == [form, "丰田"]
    assert glossed(f"丰田与{form}都是车企。", annotator) == ["丰田", form]
    # nor glued, as a list may be: a place before a namesake place is an address, which its note must say
    assert glossed(f"{form}都是车企。", annotator) == []


def test_the_console_script_leaves_the_everyday_words_and_the_glossary_alone(tmp_path: Path, zhgloss_exe: str) -> None:
    db = imported_db(tmp_path, LINES)
    before = db.read_bytes()
    text = "连日暴雨，湖区水位上涨。这家煤矿日产原煤一万吨。香港深井的烧鹅远近闻名。他学了三年英语。\n"
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "annotate", "-"], input=text, capture_output=True, text=True, check=True
    )
    assert done.stdout == (
        "连日暴雨，湖区水位上涨。这家煤矿日产原煤一万吨。香港（Hong Kong）深井（Sham Tseng）的烧鹅远近闻名。"
        "他学了三年英语（English）。\n"
    )
    assert done.stderr == ""
    assert db.read_bytes() == before


def test_the_news_sentences_get_the_glosses_judged_right(shared_dir: Path) -> None:
    # 62 sentences of everyday news, each namesake as the word and as the name, with the full CC-CEDICT names glossary.
    annotator = _names_annotator(shared_dir)
    rows = judged_sentences("namesake_news_s47.txt")
    assert len(rows) >= 60
    wrong = [(text, glossed(text, annotator), forms) for text, forms in rows if glossed(text, annotator) != forms]
    assert wrong == []


def test_the_list_holds_the_namesakes_and_none_of_the_names_that_mean_the_word() -> None:
    forms = namesake_word_forms()
    assert forms <= tagged_word_forms()
    assert {"湖区", "日产", "铁拳", "深井", "大树", "北门", "铁人", "飞雪", "蓝光", "石林"} <= forms
    # the English is what the word means (英语, 白宫, 史记), or spells the pinyin (文昌), or the model reads a name
    # (红军 ni 4.7), or a work's or an event's title in ordinary words (易经, 四书, 北伐), or a transliteration (撒旦)
    assert forms.isdisjoint({"英语", "白宫", "史记", "文昌", "观音", "红军", "日军", "易经", "四书", "北伐", "撒旦"})


def test_the_list_says_where_it_comes_from() -> None:
    header = [line for line in NAMESAKE_WORDS_PATH.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("jiagu 0.2.3" in line for line in header)
    assert any("CC-CEDICT" in line for line in header)
    assert any(f"{len(namesake_word_forms())} of the {len(tagged_word_forms())} forms" in line for line in header)


SENSES = {
    "湖": frozenset({"lake"}),
    "区": frozenset({"area", "region", "district"}),
    "铁": frozenset({"iron", "arms", "weapons"}),
    "人": frozenset({"man", "person", "people"}),
    "飞": frozenset({"to", "fly", "flutter"}),
    "雪": frozenset({"snow", "snowfall"}),
    "英": frozenset({"hero", "outstanding", "flower", "blossom"}),
    "语": frozenset({"dialect", "language", "speech"}),
    "白": frozenset({"white", "snowy", "pure", "bright"}),
    "宫": frozenset({"palace", "temple", "castration"}),
    "北": frozenset({"north"}),
    "伐": frozenset({"to", "cut", "down", "fell", "expedition", "attack"}),
    "蓝": frozenset({"blue", "indigo"}),
    "光": frozenset({"light", "ray", "bright"}),
}


@pytest.mark.parametrize(
    ("form", "english", "expected"),
    [
        ("湖区", "Lake District", True),
        ("铁人", "Ironman", True),  # two words run together
        ("飞雪", "Flying Snow", True),  # an ending
        ("北伐", "Northern Expedition", True),
        ("蓝光", "Blu-ray", True),  # the start of a sense (blue)
        ("英语", "English", False),  # 语 has no word of it
        ("白宫", "White House", False),  # 宫 is a palace
        ("湖区", "Hu District", False),  # Hu is no sense of 湖
        ("湖区", "", False),
    ],
)
def test_a_calque_translates_every_character(form: str, english: str, expected: bool) -> None:
    assert is_calque(form, english, SENSES) is expected


@pytest.mark.parametrize(
    ("form", "english", "expected"),
    [
        ("深井", "Sham Tseng", "Cantonese"),
        ("大树", "Tashu", "Wade-Giles"),
        ("北门", "Peimen", "Wade-Giles"),
        ("日产", "Nissan", "Japanese"),
        ("铁拳", "Tekken", "Japanese"),
        ("文昌", "Wenchang", "pinyin"),
        ("湖区", "Lake District", None),
    ],
)
def test_a_reading_names_its_romanization(form: str, english: str, expected: str | None) -> None:
    reading = reading_of(form, english)
    assert reading == expected or (expected is not None and reading is not None and expected in reading.split("/"))


@pytest.mark.parametrize(
    ("form", "kind", "englishes", "expected"),
    [
        ("湖区", "place", ["Lake District"], True),
        ("大树", "place", ["Tashu"], True),
        ("日产", "org", ["Nissan"], True),
        ("撒旦", "name", ["Satan"], False),  # a reading in Wade-Giles of no place: the Chinese spells the foreign name
        ("北伐", "event", ["Northern Expedition"], False),  # an event's calque is its name
        ("樟木", "place", ["Dram", "Zhangmu"], False),  # an alias spells the pinyin: a Chinese place
    ],
)
def test_a_namesake_is_a_calque_or_a_reading_of_its_kind(
    form: str, kind: str, englishes: list[str], expected: bool
) -> None:
    assert is_namesake(form, kind, englishes, SENSES) is expected


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        ({"n": 2.75, "a": -0.6, "nl": -0.9, "ns": -1.2}, True),  # 湖区
        ({"n": 4.84, "nl": 0.84}, True),  # 北门: nl is a location noun, no name
        ({"n": 6.28, "ni": 4.69}, False),  # 红军
        (None, True),
    ],
)
def test_a_name_tag_above_zero_keeps_a_form_out(weights: dict[str, float] | None, expected: bool) -> None:
    assert no_name_weight(weights) is expected


def test_the_script_rebuilds_both_lists(tmp_path: Path, shared_dir: Path) -> None:
    pytest.importorskip("jiagu")
    from build_tagged_words import main

    out = tmp_path / "tagged_words.txt"
    main(shared_dir / "data" / "cedict_ts.u8.gz", out)
    assert (tmp_path / "namesake_words.txt").read_text(encoding="utf-8") == NAMESAKE_WORDS_PATH.read_text(
        encoding="utf-8"
    )

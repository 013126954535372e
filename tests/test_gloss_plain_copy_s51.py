"""Plain news copy the fifty-first session's annotate rules fix (issue 9; the s50 judge's nonsense glosses, by class).

Each class is a test of the s50 judge's line beside lines of the same kind, with the full CC-CEDICT names glossary
(`--proper-only`), and the places a translator wants that must keep their gloss:

- a piece of an institution's name glossed with an English the institution does not use: a place whose English
  translates it before a hospital's or a school's word (北京天坛医院: Tiantan, not the Temple of Heaven;
  `InsideRule._outside_named_after`, `zhgloss.glossrules._is_translated`), a place + 人 before an establishment's
  word (澳門威尼斯人度假村, The Venetian: `InsideRule._outside_peoples_houses`);
- a common word glossed as a name: a count of countries after a region (欧洲三国: `_outside_country_counts`), a
  foreign place whose characters write a place's word after a place of China (海口骑楼老街: not Lao Cai;
  `_outside_foreign_parts`);
- the wrong referent (德州州长, 中華隊, 刀郎巡回演唱会, 阿里发布季度财报, 拳王阿里: `_outside_other_referents`,
  `_outside_past_firms`);
- slang the text says is slang (网友戏称肯德基为“开封菜”, “蚌埠住了”…谐音梗: `_outside_quoted_slang`);
- a longer CC-CEDICT term that holds a name (特洛伊木马 "Trojan horse", 刘姥姥进了大观园: data/name_sayings.txt);
- a match across a word edge a title makes (市长|江涛: `zhgloss.glossrules._persons_after_titles`).
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.glossable import name_sayings

ROOT = Path(__file__).resolve().parent.parent
MODULE_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> Annotator:
    return _names_annotator(shared_dir)


@pytest.fixture(scope="module")
def full(shared_dir: Path) -> Annotator:
    from zhgloss.formats.cedict import load_cedict

    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        return Annotator(list(load_cedict(fp)))


# 1. A piece of an institution's name glossed with an English the institution does not use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京天坛医院专家表示，支原体肺炎感染人数较上月有所下降。", ["北京"]),  # the s50 judge's plain 244
        ("中南大学湘雅医院专家团队在国际期刊发表肝癌治疗研究成果。", []),  # plain 247 (湘雅 is no entry)
        ("澳門威尼斯人度假村舉辦大型國際會議。", ["澳門"]),  # plain 451: The Venetian Macao
        ("北京地坛医院收治多名患者。", ["北京"]),  # Beijing Ditan Hospital, not the Temple of Earth
        ("广州珠江医院开设新门诊。", ["广州"]),  # Zhujiang Hospital, not the Pearl River
        ("他考上了华中大学。", []),  # not "Central China"
        ("澳门巴黎人酒店开业。", ["澳门"]),  # The Parisian Macao
        ("拉斯维加斯威尼斯人酒店开业。", ["拉斯维加斯"]),  # The Venetian Las Vegas
    ],
)
def test_a_piece_glossed_with_an_english_the_institution_does_not_use_is_left_out(
    names: Annotator, text: str, expected: list[str]
) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上海瑞金医院专家表示。", ["上海", "瑞金"]),  # Ruijin Hospital keeps the romanised name
        ("他在东京大学读书。", ["东京大学"]),  # the glossary's own whole name
        ("他在巴斯大学读书。", ["巴斯"]),  # transliterated: the University of Bath
        ("他在韩国大学读书。", ["韩国"]),  # a country: a Korean university
        ("天坛是明清两代皇帝祭天的地方。", ["天坛", "明清"]),  # the temple itself
        ("威尼斯是水城。", ["威尼斯"]),
        ("台湾人民渴望和平。", ["台湾"]),  # the people (人民), not an establishment
        ("大连人队主场取胜。", []),  # a club, as before
    ],
)
def test_the_place_an_institution_keeps_keeps_its_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


def test_a_translation_is_told_from_a_romanisation() -> None:
    from zhgloss.glossrules import _is_translated

    assert _is_translated("Temple of Heaven", "Tiāntán")
    assert _is_translated("South Central China", "Zhōngnán")
    assert not _is_translated("Beijing", "Běijīng")
    assert not _is_translated("Yangtze River", "Chángjiāng")  # a proper word in it
    assert not _is_translated("He County", "Hé Xiàn")  # "he" is the pinyin
    assert not _is_translated("China", "Zhōngguó")  # a country's name alone translates no words


TRANSLATED = ["天坛", "地坛", "珠江", "中南", "黄鹤楼", "颐和园"]
ROMANISED = ["北京", "上海", "瑞金", "武汉", "广州", "南京", "东京", "巴斯"]
HEADS = ["医院", "大学", "学院", "中学", "小学"]


@MODULE_SETTINGS
@given(
    place=st.sampled_from(TRANSLATED),
    head=st.sampled_from(HEADS),
    lead=st.sampled_from(["", "北京", "记者走访了"]),
    tail=st.sampled_from(["专家表示。", "的学生。", "举行仪式。"]),
)
def test_a_translated_place_before_a_school_or_hospital_is_never_glossed(
    names: Annotator, place: str, head: str, lead: str, tail: str
) -> None:
    assert place not in glossed(f"{lead}{place}{head}{tail}", names)


@MODULE_SETTINGS
@given(
    place=st.sampled_from(ROMANISED),
    head=st.sampled_from(HEADS),
    tail=st.sampled_from(["专家表示。", "的学生。", "举行仪式。"]),
)
def test_a_romanised_place_before_a_school_or_hospital_keeps_its_gloss(
    names: Annotator, place: str, head: str, tail: str
) -> None:
    # the place, or the glossary's whole name it starts (北京大学)
    assert any(form.startswith(place) for form in glossed(f"记者走访了{place}{head}{tail}", names))


# 2. A common word glossed as a name.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("伊朗外长阿拉格齐表示，德黑兰愿意在核问题上继续与欧洲三国对话。", ["伊朗", "德黑兰", "欧洲"]),  # plain 52
        ("非洲三国遭遇严重旱灾。", ["非洲"]),
        ("中亚五国元首出席峰会。", ["中亚"]),
        ("海口骑楼老街举办非遗文化市集。", []),  # plain 390: an old street, not Lao Cai
        ("台北淡水老街是欣赏夕阳的好去处。", ["台北"]),  # probe 91
        ("昆明老街改造完成。", ["昆明"]),
    ],
)
def test_a_common_word_is_not_glossed_as_a_name(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他去日本四国旅游。", ["日本", "四国"]),  # a country's island: Shikoku
        ("三国时期群雄并起。", ["三国"]),  # the period
        ("越南老街省发生洪灾。", ["越南", "老街"]),  # the Vietnamese province
        ("他从河口前往老街。", ["老街"]),  # a verb between: 河口 is the word "estuary" here
        ("法国巴黎举行峰会。", ["法国", "巴黎"]),
        ("加州洛杉矶发生山火。", ["加州", "洛杉矶"]),
        ("吉林长白山迎来降雪。", ["吉林", "长白山"]),  # on China's border: its note says China
        ("欧洲博登湖风景优美。", ["欧洲", "博登湖"]),  # a region abroad: Lake Constance is in it
    ],
)
def test_the_name_the_words_around_say_keeps_its_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@MODULE_SETTINGS
@given(
    region=st.sampled_from(["欧洲", "北欧", "东盟", "中亚", "非洲", "东欧"]),
    count=st.sampled_from(["两国", "三国", "四国", "五国", "六国", "十国"]),
    tail=st.sampled_from(["对话。", "发表声明。", "遭遇旱灾。", "的代表出席。"]),
)
def test_a_count_of_countries_after_a_region_is_never_a_name(
    names: Annotator, region: str, count: str, tail: str
) -> None:
    assert count not in glossed(f"据报道，{region}{count}{tail}", names)


# 3. The wrong referent.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刀郎巡回演唱会在西安开唱，现场座无虚席。", ["西安"]),  # plain 298: the singer, not the Dolan people
        ("刀郎新歌走红网络。", []),
        ("中華隊在世界棒球十二強賽中再度闖進冠軍戰。", []),  # plain 474: Chinese Taipei
        ("中华队获得亚军。", []),
        ("德州州长宣布该州进入紧急状态，应对严重干旱。", []),  # probe 43: Texas
        ("德州州政府发布通告。", []),
        ("阿里发布季度财报，云智能集团收入同比增长三成。", []),  # probe 70: Alibaba
        ("阿里公布第三季度业绩。", []),
        ("拳王阿里的传奇人生被改编成多部电影。", []),  # probe 71: Muhammad Ali
    ],
)
def test_the_wrong_referent_is_left_out(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国队夺得冠军。", ["中国"]),  # the country's own name
        ("德州扒鸡很有名。", ["德州"]),  # Dezhou's braised chicken
        ("山东德州发生地震。", ["山东", "德州"]),
        ("刀郎人的木卡姆艺术。", ["刀郎"]),  # the people
        ("阿里是第四任哈里发。", ["阿里"]),  # Imam Ali
        ("诗人李白写下名篇。", ["李白"]),  # a title, no sport's
    ],
)
def test_the_referent_the_text_names_keeps_its_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


# 4. Slang the text says is slang.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“蚌埠住了”是网友用来表达情绪快要绷不住的谐音梗。", []),  # probe 39
        ("网友戏称肯德基为“开封菜”，每逢周四还要喊一句“疯狂星期四”。", ["肯德基"]),  # probe 166
        ("网友调侃麦当劳为“金拱门”。", ["麦当劳"]),  # no name in the quotation: as before
        ("“泰裤辣”“蚌埠住了”都是年度谐音梗。", []),  # a word of slang alone is not enough (B51-10)
    ],
)
def test_slang_the_text_says_is_slang_is_not_glossed(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他在“蚌埠”住了三年。", ["蚌埠"]),
        ("苏州被誉为“东方威尼斯”。", ["苏州", "威尼斯"]),  # a comparison keeps the name
        ("游客称开封为“汴京”。", ["开封", "汴京"]),  # an old name, more than one character past the quote's name
        ("他大喊一声“北京欢迎你！”", ["北京"]),
        ("主播喊完一声“芜湖，起飞！”", ["芜湖"]),  # left: a shouted place reads as a cheered one (“中国，加油！”)
    ],
)
def test_a_quoted_place_the_text_does_not_call_slang_keeps_its_gloss(
    names: Annotator, text: str, expected: list[str]
) -> None:
    assert glossed(text, names) == expected


@MODULE_SETTINGS
@given(
    place=st.sampled_from(["蚌埠", "芜湖", "开封", "凡尔赛", "洛阳"]),
    rest=st.sampled_from(["住了", "起飞", "菜", ""]),
    word=st.sampled_from(["谐音梗", "谐音段子"]),  # a pun on sound: 流行语, 热梗 alone are not (B51-10)
)
def test_a_quotation_a_sentence_calls_slang_glosses_no_place_it_starts_with(
    names: Annotator, place: str, rest: str, word: str
) -> None:
    assert place not in glossed(f"“{place}{rest}”成了今年的{word}。", names)


# 5. A longer CC-CEDICT term holds the name.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("网络安全专家提醒，这个软件里藏着“特洛伊木马”。", []),  # probe 65
        ("第一次来到上海的他，像刘姥姥进了大观园一样，看什么都新鲜。", ["上海"]),  # probe 64: 了 inside
        ("他真是刘姥姥进大观园。", []),
        ("特洛伊木马程序窃取了数据。", []),
    ],
)
def test_a_name_inside_a_longer_term_is_not_glossed(
    names: Annotator, full: Annotator, text: str, expected: list[str]
) -> None:
    assert glossed(text, names) == expected
    assert glossed(text, full) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("特洛伊是古希腊传说中的城市。", ["特洛伊"]),
        ("游客参观了大观园。", ["大观园"]),
    ],
)
def test_the_name_outside_the_term_keeps_its_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


def _terms() -> list[str]:
    # the list's terms: five characters or more, none of them a saying of the old kind (which the s50 tests cover)
    return sorted(word for word in name_sayings() if len(word) >= 5 and word.endswith(("木马", "大观园", "陷阱", "病")))


@MODULE_SETTINGS
@given(term=st.sampled_from(_terms()), lead=st.sampled_from(["他说", "据报道，", "所谓"]))
def test_every_listed_term_holds_no_gloss_inside_it(names: Annotator, term: str, lead: str) -> None:
    text = f"{lead}{term}。"
    for mention in names.mentions(text):
        inside = len(lead) <= mention.start < len(lead) + len(term)
        assert not inside, (term, mention.surface)


# 6. A match across a word edge a title makes.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市长江涛在会上作工作报告。", []),  # probe 137
        ("副市长江涛表示。", []),
        ("校长江波出席典礼。", []),
        ("县长江华主持会议。", []),
    ],
)
def test_a_title_and_a_name_are_not_read_across(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市长江西考察。", ["江西"]),  # a province, no person
        ("市长江苏调研。", ["江苏"]),
        ("他在长江边散步。", ["长江"]),
        ("长江涛声依旧。", ["长江"]),  # no title
    ],
)
def test_the_name_after_a_title_that_is_a_word_keeps_its_gloss(
    names: Annotator, text: str, expected: list[str]
) -> None:
    assert glossed(text, names) == expected


@MODULE_SETTINGS
@given(
    title=st.sampled_from(["市长", "县长", "校长", "省长", "副市长", "部长", "院长"]),
    given_name=st.sampled_from(["涛", "波", "海", "明", "丽"]),
    tail=st.sampled_from(["表示。", "在会上讲话。", "出席活动。"]),
)
def test_a_title_ending_on_the_first_character_of_a_place_before_a_name_glosses_no_place(
    names: Annotator, title: str, given_name: str, tail: str
) -> None:
    assert "长江" not in glossed(f"{title}江{given_name}{tail}", names)


# The installed console script, on a real imported glossary that stays as it was.


def test_the_installed_console_script_glosses_the_judges_lines(
    tmp_path: Path, cedict_names_db: Path, zhgloss_exe: str
) -> None:
    text = tmp_path / "copy.txt"
    text.write_text("北京天坛医院专家表示。\n市长江涛在会上作工作报告。\n欧洲三国对话。\n", encoding="utf-8")
    before = cedict_names_db.read_bytes()
    result = subprocess.run(
        [zhgloss_exe, "annotate", str(text), "--db", str(cedict_names_db)], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "北京（Beijing）天坛医院专家表示。",
        "市长江涛在会上作工作报告。",
        "欧洲（Europe）三国对话。",
    ]
    assert cedict_names_db.read_bytes() == before

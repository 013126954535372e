"""Names the glossary does not know yet: the finder, its proposals, annotate --unknown, harvest --unknown,
and the other side of the same knowledge (a known short name inside a longer word or name)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from build_scripts import load_build_script
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import ENTRIES
from typer.testing import CliRunner

from zhgloss.annotate import Annotator, Session, annotate_stream, apply_insertions, remove_insertions
from zhgloss.cli import app
from zhgloss.model import Entry
from zhgloss.namecontext import T2S_PATH, WORDS_PATH, _simplified
from zhgloss.pinyin import surnames
from zhgloss.unknown import (
    _GIVEN_MIN,
    _RARE_ODDS,
    _SHOP_CHARACTERS,
    _TRANSLIT_RUN_CHARS,
    _WEAK,
    MARK_CLOSE,
    MARK_OPEN,
    NAMES_PATH,
    THRESHOLD,
    Found,
    GoldSentence,
    NameFinder,
    _cjk_re,
    _minority_re,
    _outside_works,
    _title_positions,
    bundled_stats,
    forget_proposals,
    known_persons,
    load_gold,
    propose,
    propose_reading,
    propose_readings,
    score_spans,
    translit_odds,
)

DATA = Path(__file__).resolve().parent / "data"
EVAL_SET = DATA / "unknown_names.tsv"
HELDOUT_SET = DATA / "unknown_names_heldout.tsv"
"""Fresh held-out news sentences, when there: only their shape is tested here (bench_unknown.py scores them)."""
DEV_SETS = sorted(p for p in DATA.glob("unknown_names_*.tsv") if p != HELDOUT_SET)
"""Earlier held-out sets whose errors were read (unknown_names_news4.tsv), and sentences written for errors fixed."""
GOLD = [g for path in (EVAL_SET, *DEV_SETS) for g in load_gold(path.read_text(encoding="utf-8").splitlines())]
"""Every sentence but the fresh held-out ones: the dev rows, and unknown_names.tsv's held-out Lu Xun prose."""
FINDER = NameFinder()
ANNOTATOR = Annotator(ENTRIES)
PRECISION_GOAL = 0.9
RECALL_GOAL = 0.8


def names(text: str) -> list[str]:
    return [f.surface for f in FINDER.find(text)]


# The evaluation set


def test_evaluation_set_is_big_enough_and_split() -> None:
    dev = [g for g in GOLD if g.split == "dev"]
    assert {g.split for g in GOLD} == {"dev", "heldout"}
    # The held-out rows outside the fresh file: Lu Xun's prose of unknown_names.tsv, chosen by line number.
    assert all(g.source.startswith("lu-xun:") for g in GOLD if g.split == "heldout")
    assert len(DEV_SETS) >= 1
    for path in DEV_SETS:
        assert {g.split for g in load_gold(path.read_text(encoding="utf-8").splitlines())} == {"dev"}, path
    assert len(dev) >= 60
    assert sum(len(g.persons) for g in dev) >= 30
    assert sum(not g.persons for g in dev) >= 10, "hard negatives are needed"


BLIND_SETS = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "heldout").glob("*.tsv.gz"))


@pytest.mark.parametrize("path", [*BLIND_SETS, *([HELDOUT_SET] if HELDOUT_SET.exists() else [])], ids=lambda p: p.name)
def test_held_out_sentences_parse_and_are_new(path: Path) -> None:
    # Each held-out set, written blind by someone else (benchmarks/heldout, compressed so that nobody reads it
    # by chance; a fresh file in tests/data while one is kept there): it parses, it is big enough, and none of
    # its sentences is a dev sentence. Nothing of a sentence is printed: a failure names counts only.
    import gzip

    text = gzip.decompress(path.read_bytes()).decode("utf-8") if path.suffix == ".gz" else path.read_text("utf-8")
    heldout = load_gold(text.splitlines())
    assert len(heldout) >= 60
    assert sum(len(g.persons) for g in heldout) >= 30
    assert {g.split for g in heldout} == {"heldout"}
    shared = len({g.text for g in heldout} & {g.text for g in GOLD})
    assert shared == 0, f"{shared} held-out sentences are dev sentences too"


def test_there_is_a_blind_held_out_set() -> None:
    assert len(BLIND_SETS) >= 2


def test_lu_xun_sentences_are_copied_from_the_corpus(shared_dir: Path) -> None:
    corpus = (shared_dir / "data" / "zh-corpus.txt").read_text(encoding="utf-8").splitlines()
    quoted = [g for g in GOLD if g.source.startswith("lu-xun:")]
    assert quoted
    for sentence in quoted:
        number = int(sentence.source.split(":")[1])
        assert sentence.text in corpus[number - 1], sentence.source


def is_prose(sentence: GoldSentence) -> bool:
    return sentence.source.startswith("lu-xun:")


def test_person_quality_meets_the_goal() -> None:
    """Precision >= 0.9 and recall >= 0.8 on the dev news sentences (the issue's goal).

    The dev rows of every file but the fresh held-out one. The held-out figures (Lu Xun's prose, and
    the fresh news sentences of unknown_names_heldout.tsv, when there) are bench_unknown.py's: a test that fails
    on them would invite tuning on them.
    """
    part = [g for g in GOLD if g.split == "dev" and not is_prose(g)]
    score = score_spans(part, [[(f.start, f.end) for f in FINDER.find(g.text)] for g in part])
    assert score.precision >= PRECISION_GOAL, score
    assert score.recall >= RECALL_GOAL, score


def test_gold_markup_is_parsed_into_spans() -> None:
    [sentence] = load_gold(["split\tsource\tsentence", "dev\tx\t董事长[[王传福]]说，[[李斌]]也来了。"])
    assert [sentence.text[a:b] for a, b in sentence.persons] == ["王传福", "李斌"]
    assert "[" not in sentence.text
    with pytest.raises(ValueError, match="line 1"):
        load_gold(["only one column"])


# The finder


@pytest.mark.parametrize(
    "text",
    [
        "周末，不少市民来到王府井步行街购物。",
        "他马上张开双臂，高兴地迎接客人。",
        "黄金价格上涨，李子价格回落。",
        "许多游客前往张家界和黄山旅游。",
        "李宁公司和周大福珠宝公布了业绩。",
        "俄罗斯外长举行了会谈。",
        "张家口和李家庄的村民参加了培训。",  # a village: 李家庄
    ],
)
def test_words_that_start_with_a_surname_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("华为创始人任正非表示，公司将继续投入研发。", ["任正非"]),
        ("小米集团董事长雷军出席了论坛。", ["雷军"]),  # not 长雷军: 长 ends 董事长
        ("网易首席执行官丁磊谈到了游戏出海。", ["丁磊"]),  # not 官丁磊: 官 ends 执行官
        ("欧阳娜娜和司马南出席了活动。", ["欧阳娜娜", "司马南"]),  # compound surnames
        ("特斯拉首席执行官埃隆·马斯克宣布降价。", ["埃隆·马斯克"]),  # a transliterated name
        ("香港特區行政長官李家超表示，將推動經濟發展。", ["李家超"]),  # traditional characters
        ("中国女排前主教练郎平曾带领球队夺得奥运会冠军。", ["郎平"]),  # not 郎平曾: 曾 "once" follows the name
        ("钟南山院士表示，疫情防控不能松懈。", ["钟南山"]),  # at the start of a line, as after a comma
    ],
)
def test_names_are_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # User test: the Premier was proposed as 李强将 〔Lǐ Qiángjiàng?〕: 强将 "able general" is a word, but 将
        # "will" is a word that follows names, and another (出席, 于) or punctuation comes after it.
        ("国务院总理李强将出席开幕式。", ["李强"]),
        ("国务院总理李强将于下周访问法国。", ["李强"]),
        ("家住朝阳区的赵明说，早高峰地铁的拥挤情况有所缓解。", ["赵明"]),  # 明说 "say plainly"
        # Before anything else the word stands: 名将 "famous general", 分获 "received each".
        ("唐代名将尉迟恭的形象后来成了民间年画中的门神。", ["尉迟恭"]),
        ("演员宋佳与海清分获最佳女主角和最佳女配角提名。", ["宋佳"]),
    ],
)
def test_a_word_that_follows_names_ends_the_name_before_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "王先生和李女士昨天到了。",  # a surname and a title
        "赵太爷的儿子进了秀才。",  # a surname and a kinship term (Lu Xun, 阿Q正传)
        "他去请邹七嫂，又找了王九妈。",  # a surname, a number and a kinship term
        "方太太对于他也渐渐的缺了敬意。",
        "吴妈是赵太爷家里唯一的女仆。",
        "赵家的人都来了，陈氏的祖宗是巨富。",  # a family, a clan
    ],
)
def test_a_surname_with_a_title_or_kinship_term_is_not_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("满眼都明亮，连一群鸡也看得清。", []),  # 都 "all": a surname far less often than a word
        ("那东西却被他挖了出来。", []),  # 那 "that"
        ("他再也不能明白这件事。", []),  # 能 "can"
        ("歌手那英表示，新专辑年内发行。", ["那英"]),  # the same surname, with a title and a verb
        ("著名导演向华强表示，电影将于明年上映。", ["向华强"]),
    ],
)
def test_a_surname_that_usually_stands_alone_as_a_word_needs_more_evidence(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "原告陈某某诉称，被告未按约定支付货款。",  # a name withheld, as court reports write it
        "犯罪嫌疑人王某已被抓获。",
        "一名王姓男子被送往医院。",  # "a man surnamed Wang"
        "赵某和钱某某均被判处有期徒刑。",
    ],
)
def test_a_withheld_name_is_not_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "杨国福麻辣烫和张亮麻辣烫正在加快开店。",  # a brand and its product
        "张小泉剪刀是中华老字号。",
        "周生生门店的客流有所增加。",
        "申万宏源证券分析师认为，市场将继续震荡。",  # the organisation's name goes on past 申万宏
        "李锦记集团在香港举行了庆典。",
        "东方甄选和东方航空公布了业绩。",  # 东方 "east" is a compound surname far less often than a word
        "他凭借该剧获得白玉兰奖最佳男主角。",  # an award
    ],
)
def test_a_person_like_string_inside_a_brand_or_organisation_is_not_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美的集团董事长方洪波说，公司将加大投入。", ["方洪波"]),  # not 长方 "oblong": the title ends before 方
        ("北京大学校长江小涓表示，改革仍需深化。", ["江小涓"]),  # not 长江 "the Yangtze"
        ("小米集团董事长雷军出席了论坛。", ["雷军"]),  # 董事长 is still one word: not 长雷军
        ("国王和王后出席了仪式。", []),  # 国王 "king": the surname ends a word
    ],
)
def test_a_title_before_a_name_outweighs_a_word_across_its_end(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王明在公司工作了十年。", ["王明"]),  # a verb between the name and the organisation word
        ("记者刘建国到银行了解情况。", ["刘建国"]),
        ("欧阳娜娜出席了活动。", ["欧阳娜娜"]),  # a compound surname that is no ordinary word
        ("马龙和陈梦均表示将继续参加比赛。", ["陈梦"]),  # 均 "both" follows the names, not 陈梦均
        ("法国总统埃马纽埃尔·马克龙通了电话。", ["埃马纽埃尔·马克龙"]),
    ],
)
def test_names_beside_organisation_words_and_adverbs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("奇安信董事长齐向东和360集团创始人周鸿祎就网络安全展开讨论。", ["齐向东", "周鸿祎"]),  # not 安信
        ("江小白董事长陶石泉出席了论坛。", ["陶石泉"]),  # not 江小白
        ("王小卤董事长王锐旭接受了采访。", ["王锐旭"]),
        ("金龙鱼董事长穆彦魁出席了论坛。", ["穆彦魁"]),  # not 金龙鱼, nor 金龙 one character short of it
        ("王明董事长表示，公司将继续投入研发。", ["王明"]),  # a title after a name and no name after it
    ],
)
def test_an_organisation_before_a_title_and_a_name_is_not_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("物理学家杨振宁与李政道于1957年共同获得诺贝尔物理学奖。", ["杨振宁", "李政道"]),  # not 李政 + 道 "said"
        ("作家王道乾于1950年代翻译了大量法国小说。", ["王道乾"]),
        ("他看着刘建国道：“你来了。”", ["刘建国"]),  # before a colon and a quotation, 道 is "said"
        # 曰 is "said" wherever it follows a name (it ends no name): 孔子 + 曰, as 孔子 + 说, not 孔子曰;
        # 子曰 is a word of words.txt that jieba counts 0 times against 曰's 10,675 (`_context_word_wins`).
        ("孔子曰：“学而时习之。”", ["孔子"]),
    ],
)
def test_dao_is_said_only_before_what_is_said(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "他每天乘坐高铁往返于温州和杭州之间。",
        "论坛于深圳召开。",
        "会议于北京召开，于上海闭幕。",
    ],
)
def test_a_preposition_that_is_a_surname_before_a_place_is_not_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周大福、张小泉和王老吉都是有上百年历史的老字号。", []),  # 王老吉 is a dictionary word, a brand
        ("黄金首饰价格连续上涨，周大福和周生生门店客流增加。", []),  # 周生生 + 门店
        ("张小泉剪刀和王致和腐乳都是中华老字号。", []),
        ("陈李济、雷允上和王老吉都是老字号。", []),
        ("任正非、马化腾和李彦宏出席了论坛。", ["任正非", "马化腾", "李彦宏"]),  # a list of persons
        ("樊振东、王楚钦和林诗栋出战男子团体赛。", ["樊振东", "王楚钦", "林诗栋"]),
    ],
)
def test_a_list_of_brands_named_after_people_holds_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A shop's character after a person-like name, or after one more character of it.
        ("老字号胡庆余堂和同仁堂都推出了新的养生茶饮。", []),  # not 胡庆余, nor 余堂
        ("上海的蔡同德堂推出了新的膏方。", []),
        ("北京琉璃厂的荣宝斋举办了书画展。", []),
        # A shop's name ending in a character no given name ends in (X记: Cantonese shops).
        ("武汉的蔡林记热干面吸引了不少外地游客。", []),
        ("香港的何洪记以云吞面闻名。", []),
        # The subject of 是, alone or listed, whose complement ends in a business word.
        ("孔凤春和谢馥春是江南的老牌化妆品。", []),
        ("雷允上、叶开泰和陈李济都是有数百年历史的中药老字号。", []),  # not 雷允 of 雷允上 either
        ("苏州的黄天源是糕团老店。", []),
        # Persons in the same constructions.
        ("王明是这家老字号的第五代传人。", ["王明"]),  # a person word ends the complement
        ("老中医刘建国在方回春堂坐诊了二十年。", ["刘建国"]),
        ("王军记得那天的情景。", ["王军"]),  # 记得 is a word: 记 is no shop's here
        ("大使李明阁下出席了招待会。", ["李明"]),  # 阁下 "Your Excellency", not 李明阁
    ],
)
def test_an_old_shop_named_after_a_person_is_not_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from("王李张刘陈胡蔡孔谢"),
    st.text(st.sampled_from("庆余同德明华国春林建荣宝"), min_size=1, max_size=2),
    st.sampled_from(sorted(_SHOP_CHARACTERS)),
)
def test_no_name_runs_up_to_a_shop_character_after_it(surname: str, given_name: str, shop: str) -> None:
    # Whatever the name-like string, a shop's character right after it (that starts no word with
    # what follows) makes it the shop's name: nothing found ends right before it.
    text = f"游客们来到{surname}{given_name}{shop}，买了不少东西。"
    end = text.index("，") - 1
    assert all(found.end != end for found in FINDER.find(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俄罗斯总统在克里姆林宫会见了来访的客人。", []),  # not 林宫: three transliteration characters before it
        ("代表团访问了吉尔吉斯斯坦和乌兹别克斯坦。", []),  # not 吉尔吉 (斯斯坦 after), nor 吉斯斯 (吉尔 before)
        # What it would leave behind is a word of its own: the name stays.
        ("阿里巴巴创始人马云出席了论坛。", ["马云"]),
        ("歌手林忆莲在马来西亚举行了演唱会。", ["林忆莲"]),
    ],
)
def test_a_surname_inside_a_transliterated_foreign_word_is_not_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title, then a run of transliteration characters that ends where a name ends.
        ("乌克兰总统泽连斯基在社交媒体上发布视频讲话。", ["泽连斯基"]),  # not 连斯基
        ("曼城主帅瓜迪奥拉表示，球队需要更多时间磨合。", ["瓜迪奥拉"]),
        ("土耳其总统埃尔多安表示愿意提供场地。", ["埃尔多安"]),
        ("美国前总统克林顿与夫人希拉里出席了葬礼。", ["克林顿", "希拉里"]),  # not 林顿
        ("国家队主教练伊万科维奇宣布了集训名单。", ["伊万科维奇"]),  # not 伊万科
        ("演员迪丽热巴出席了时尚活动。", ["迪丽热巴"]),  # a Uyghur name, not 迪丽
        ("英国首相斯塔默宣布对内阁进行改组。", ["斯塔默"]),
        # At the start of a clause, before a verb of saying (three characters or more).
        ("内塔尼亚胡说，以色列将继续军事行动。", ["内塔尼亚胡"]),
        ("对此，内塔尼亚胡表示不会让步。", ["内塔尼亚胡"]),
        # Controls: a dictionary word (a country), a word after the name, a Chinese name the scan finds.
        ("冠军巴西队在决赛中获胜。", []),
        ("阿根廷表示将参加会议。", []),
        ("法国总统马克龙热情欢迎了来宾。", ["马克龙"]),  # 热情 "warmly", not 马克龙热
        ("演员马伊琍出席了活动。", ["马伊琍"]),  # not 马伊
        ("胖东来创始人于东来在直播中回应了网友的质疑。", []),  # never 于东 (于东来 + 在)
    ],
)
def test_a_foreign_name_without_a_middle_dot_after_a_title_or_before_saying(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("澳门特区行政长官岑浩辉在施政报告中提出多项民生措施。", ["岑浩辉"]),  # not 官岑浩辉
        ("前美国国务卿基辛格曾一百多次访问中国。", ["基辛格"]),  # roles of foreign news
        ("美国国务卿鲁比奥抵达北京。", ["鲁比奥"]),
        ("球星梅西再次获得最佳球员。", ["梅西"]),
        # People of local news; 一 and 习 start a given name only after a title.
        ("民警张一鸣说，这名男子已被依法拘留。", ["张一鸣"]),
        ("村民习小平带领大家修路。", ["习小平"]),
        ("学生饶一凡获得了奖学金。", ["饶一凡"]),
        ("主播李想在直播间推荐了国货。", ["李想"]),
        ("嫌疑人马某已被刑事拘留。", []),  # a withheld name, still
    ],
)
def test_names_after_the_roles_of_foreign_and_local_news(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title, a Japanese surname (its second character one that Japanese surnames end in) and a given name.
        ("日本前首相岸田文雄在国会发表演说。", ["岸田文雄"]),  # not 田文雄
        ("丰田汽车董事长丰田章男亲自驾驶赛车参加了耐力赛。", ["丰田章男"]),  # not 丰田章
        ("道奇队球星大谷翔平本赛季打出了50支本垒打。", ["大谷翔平"]),  # not 谷翔平
        ("优衣库创始人柳井正宣布在中国新开50家门店。", ["柳井正"]),  # a one-character given name; not 柳井正宣
        # Controls: an ordinary word after the title (马上, 早上), the end of a longer title (总统).
        ("局长马上表示将彻查此事。", []),
        ("记者早上赶到了现场。", []),
        ("乌克兰总统泽连斯基在社交媒体上发布视频讲话。", ["泽连斯基"]),  # not 统泽连斯基
    ],
)
def test_japanese_names_after_a_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The characters of given names beside a name with a middle dot, up to a title or to a clear end.
        ("全国政协原副主席阿沛·阿旺晋美是西藏和平解放的亲历者。", ["阿沛·阿旺晋美"]),
        ("新疆维吾尔自治区原主席雪克来提·扎克尔接受了记者采访。", ["雪克来提·扎克尔"]),
        # Controls: a word after the name (再次), a title right before it (总统 before 乔·拜登).
        ("苹果公司首席执行官蒂姆·库克再次访问中国。", ["蒂姆·库克"]),
        ("美国总统乔·拜登与法国总统埃马纽埃尔·马克龙通了电话。", ["乔·拜登", "埃马纽埃尔·马克龙"]),
    ],
)
def test_a_name_with_a_middle_dot_takes_the_characters_beside_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of a name with a middle dot that starts with a character the transliteration tables
        # lack (Uyghur and Arabic names): read up to where the name ends, not left out (艾尔肯 alone).
        ("新疆维吾尔自治区人民政府主席艾尔肯·吐尼亚孜会见了外国使节。", ["艾尔肯·吐尼亚孜"]),
        ("诺贝尔和平奖得主马拉拉·优素福扎伊访问了巴基斯坦北部地区。", ["马拉拉·优素福扎伊"]),
        ("全国人大常委会副委员长艾力更·依明巴海出席了会议。", ["艾力更·依明巴海"]),  # 更 before the dot
        # Controls: a dot between words that are no transliteration (a place, a book's parts); two
        # names in one sentence; a name of three parts.
        ("2024中国·杭州国际动漫节开幕。", []),
        ("他读完了《三体·黑暗森林》。", []),
        ("美国前总统约翰·菲茨杰拉德·肯尼迪在达拉斯遇刺。", ["约翰·菲茨杰拉德·肯尼迪"]),
        ("沙特外交大臣费萨尔·本·法尔汉会见了中方代表。", ["费萨尔·本·法尔汉"]),
    ],
)
def test_a_name_with_a_middle_dot_may_hold_characters_outside_the_tables(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 于 "in" and 因 "because of" after a foreign name are what follows it, not its last character.
        ("美国前总统吉米·卡特于2024年12月29日去世。", ["吉米·卡特"]),
        ("南非前总统纳尔逊·曼德拉于2013年12月逝世。", ["纳尔逊·曼德拉"]),
        ("巴勒斯坦前领导人亚西尔·阿拉法特因病在巴黎去世。", ["亚西尔·阿拉法特"]),
        ("吉林省委原书记巴音朝鲁因受贿罪被依法追究刑事责任。", ["巴音朝鲁"]),  # no dot, after a title
        # A part after the dot cut short by a character the tables lack runs on to a clear end (曾, 在).
        ("维吾尔族“高空王子”阿迪力·吾守尔曾多次打破高空走钢丝的世界纪录。", ["阿迪力·吾守尔"]),
        ("1958年，库尔班·吐鲁木在北京受到了毛泽东主席的接见。", ["库尔班·吐鲁木", "毛泽东"]),
        # A company named with a middle dot is no person, even where the tables lack a character of it.
        ("伯克希尔·哈撒韦公司股东大会在奥马哈举行。", []),
        # Controls: a word after the name (再次) is not run over; 因 after a Chinese name.
        ("苹果公司首席执行官蒂姆·库克再次访问中国。", ["蒂姆·库克"]),
        ("村民王明因病住院。", ["王明"]),
    ],
)
def test_a_foreign_name_ends_where_what_follows_names_starts(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The chairman of a board (董事局主席, 董事会主席) is a title: the brand before it is no name (司登 of 波司登).
        ("波司登董事局主席高德康早年是一名裁缝。", ["高德康"]),
        ("碧桂园董事会主席杨惠妍表示，公司将继续推进债务重组。", ["杨惠妍"]),
        # A list mark after a name, then the next name: the mark ends no given name (夏侯惇与, not 夏侯惇 + 与曹).
        ("三国名将夏侯惇与曹操是同乡，都出身于沛国谯县。", ["夏侯惇", "曹操"]),
        # 是同乡 "are fellow townsmen": 乡 of a longer word is no township, so no business named after a person.
        ("曹操与夏侯惇是同乡。", ["曹操", "夏侯惇"]),
        # Controls: the old shops of `_business_predicate` stay shops.
        ("张小泉和王致和都是中华老字号。", []),
        ("歌手那英与王菲是多年好友。", ["那英", "王菲"]),
    ],
)
def test_titles_of_boards_and_lists_of_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 家 ends a two-character given name right after a title, where the two make no word.
        ("台积电董事长魏哲家表示，人工智能芯片的需求仍然强劲。", ["魏哲家"]),
        # Controls: a household (仲密家, 赵家) and words ending in 家 (老家) elsewhere.
        ("后来仲密家果然有了许多小鸡。", []),
        ("赵家的狗又叫了。", []),
        ("他回到老家看望父母。", []),
    ],
)
def test_jia_ends_a_given_name_only_after_a_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list's category after 等 that is businesses (金店, 珠宝品牌, 白酒企业): its items are brands.
        ("受国际金价上涨带动，周大福、老凤祥等金店的黄金饰品价格上涨。", []),
        ("周大生和周六福等珠宝品牌纷纷推出了新款金饰。", []),
        ("李宁和安踏等体育品牌都推出了新品。", []),
        # Controls: the category is people (企业家, 公司高管, 人), whose last word is no business word.
        ("马云、马化腾等企业家出席了论坛。", ["马云", "马化腾"]),
        ("王明等公司高管出席了会议。", ["王明"]),
        ("记者王明、李华等人参加了活动。", ["王明", "李华"]),
    ],
)
def test_names_listed_before_a_category_of_businesses_are_brands(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place named after a person (大剧院, 纪念馆) is no person, nor a shorter name inside it (周恩 + 来).
        ("梅兰芳大剧院今晚上演的是京剧。", []),
        ("周恩来纪念馆今年接待游客超过百万人次。", []),
        # Controls: the person named; a one-character place word after a name (从市交通委).
        ("京剧大师梅兰芳在美国巡演时引起轰动。", ["梅兰芳"]),
        ("记者王晓从市交通委获悉，地铁新线将于年底开通。", ["王晓"]),
        ("越共中央总书记苏林对中国进行了国事访问。", ["苏林"]),  # 中国 of 红杉中国, after 对
    ],
)
def test_a_place_named_after_a_person_is_no_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 一 ends many Japanese given names (龙一, 健一) though running text writes it often.
        ("音乐家坂本龙一曾凭借电影《末代皇帝》获得奥斯卡最佳原创配乐奖。", ["坂本龙一"]),
        ("日本农林水产大臣小泉进次郎宣布将释放储备大米。", ["小泉进次郎"]),
        # Herdsmen and fishermen are named after what they do, as villagers are; 依 is a transliteration character.
        ("牧民阿依古丽·买买提在直播间里卖出了上千斤葡萄干。", ["阿依古丽·买买提"]),
        ("渔民陈阿海出海捕鱼已经三十年了。", ["陈阿海"]),
        # Controls: no Japanese name where the first given character is a word's (在山上, 局原副).
        ("林业局组织志愿者在山上种树。", []),
        ("国家体育总局原副局长杜兆才受贿案一审宣判。", ["杜兆才"]),
    ],
)
def test_japanese_given_names_and_people_named_after_their_work(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name is never the verb or title that follows a name: 明 + 宣布 of 邹市明宣布 is none.
        ("拳王邹市明宣布复出。", []),
        # A one-character given name neither (林 + 曾 of 布小林曾: 布 is no surname of the table).
        ("内蒙古自治区原主席布小林曾在多个部门任职。", []),
        ("作家于坚曾获得鲁迅文学奖。", ["于坚"]),  # control: right after a title
        ("日本农林水产大臣小泉进次郎宣布将释放储备大米。", ["小泉进次郎"]),
        # Controls: a name before the same verbs.
        ("村民王建国宣布了这个消息。", ["王建国"]),
        ("外交部发言人毛宁表示，中方对此表示关切。", ["毛宁"]),
    ],
)
def test_a_given_name_is_not_a_word_that_follows_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Uyghur, Tibetan and Mongolian names after a title, in the usual transliteration characters.
        ("演员古力娜扎和佟丽娅出席了电影节开幕式。", ["古力娜扎", "佟丽娅"]),  # not 古力娜
        ("藏族登山运动员次仁旦达已经多次登顶珠峰。", ["次仁旦达"]),
        ("蒙古族歌唱家腾格尔在演唱会上演唱了《天堂》。", ["腾格尔"]),
    ],
)
def test_minority_names_after_a_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list mark after a name found: the next name is scored as after a title (a rare surname too).
        ("跳水运动员王宗源和龙道一在男子双人三米板比赛中夺冠。", ["王宗源", "龙道一"]),
        ("乒乓球运动员林诗栋与蒯曼搭档获得混双金牌。", ["林诗栋", "蒯曼"]),
        # Controls: an organisation after the list mark (红杉中国), a word (马上).
        ("创新工场董事长李开复和红杉中国创始人沈南鹏出席了投资峰会。", ["李开复", "沈南鹏"]),
        ("董事长王传福和马上到场的嘉宾合影。", ["王传福"]),
    ],
)
def test_a_name_listed_after_a_name_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A prize, a foundation or a ranking right after a whole name: named after a person, no person.
        ("邵逸夫奖今年的获奖者中有两位华人科学家。", []),
        ("宋庆龄基金会向灾区捐赠了一批物资。", []),
        ("今年的邵逸夫奖颁给了两位科学家。", []),
        # A title that starts with an organisation word (市长) still follows a name.
        ("李明市长出席了会议。", ["李明"]),
    ],
)
def test_an_organisation_word_right_after_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found in full once, so in full at its other mention (the scan alone reads 刘洪 there).
        ("刘洪涛的女儿刘佳琪说，父亲刘洪涛一辈子都在这个小站工作。", ["刘洪涛", "刘佳琪", "刘洪涛"]),
        # An organisation word after a mention: that mention is the organisation's.
        ("董事长李明远表示，李明远公司将上市。", ["李明远"]),
    ],
)
def test_a_name_found_once_is_a_name_at_its_other_mentions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_mentions_of_a_name_are_read_alike_within_a_line_only() -> None:
    # A stream is read a chunk of whole lines at a time, and chunks end where reads end: a line's
    # answer must not depend on the lines read with it (the second line alone finds 刘洪涛 there too).
    one, two = "刘洪涛的女儿刘佳琪说。\n", "父亲刘洪涛一辈子都在这个小站工作。\n"
    whole = [(f.start, f.surface) for f in FINDER.find(one + two)]
    apart = [(f.start, f.surface) for f in FINDER.find(one)] + [
        (f.start + len(one), f.surface) for f in FINDER.find(two)
    ]
    assert whole == apart
    assert (len(one) + 2, "刘洪涛") in whole


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.sampled_from("克里姆斯坦尼卡基"), min_size=3, max_size=3), st.sampled_from("林马罗苏胡"))
def test_no_name_starts_inside_a_run_of_transliteration_characters(run: str, surname: str) -> None:
    # Three transliteration characters that are no word of their own, then a surname that is one
    # too: the surname is inside the foreign word, whatever follows it.
    assume(not any(run[k:] in bundled_stats().words for k in range(2)))
    text = f"游客参观了{run}{surname}宫和博物馆。"
    at = text.index(run) + 3
    assert all(found.start != at for found in FINDER.find(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("体操王子李宁在北京奥运会开幕式上点燃了主火炬。", ["李宁"]),  # 王子 "prince", not 王子李 nor 王子李宁
        ("天王周杰伦将在上海举行演唱会。", ["周杰伦"]),
        ("棋王聂卫平在比赛中担任解说。", ["聂卫平"]),
    ],
)
def test_a_word_before_a_name_is_not_its_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A husband's surname before a woman's own (Hong Kong), after a title.
        ("香港特区前行政长官林郑月娥出席了回归纪念活动。", ["林郑月娥"]),
        ("立法会议员叶刘淑仪在会上发言。", ["叶刘淑仪"]),
        ("前立法会主席范徐丽泰接受了采访。", ["范徐丽泰"]),
        ("世界卫生组织前总干事陈冯富珍出席了论坛。", ["陈冯富珍"]),
        # The second character is a surname too, but the first reading is far the better one.
        ("商务部部长王文涛表示，将稳住外贸基本盘。", ["王文涛"]),
        ("上海市委书记陈吉宁调研了浦东新区的重点项目。", ["陈吉宁"]),
        ("海尔集团董事局主席周云杰在博览会上发表主旨演讲。", ["周云杰"]),
        ("中国工程院院士李兰娟在发布会上表示，疫苗研发进展顺利。", ["李兰娟"]),
    ],
)
def test_two_stacked_surnames_after_a_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("武侠小说家金庸的作品被多次改编成影视剧。", ["金庸"]),
        ("图灵奖得主姚期智在清华大学创办了交叉信息研究院。", ["姚期智"]),
        ("小说家余华的新书出版了。", ["余华"]),
        ("发明家王选改变了汉字印刷。", ["王选"]),
        ("数学家丘成桐在清华大学发表了演讲。", ["丘成桐"]),  # 丘, a surname CC-CEDICT lists, after a title
        ("作曲家谭盾为电影创作了配乐。", ["谭盾"]),  # 为 "for" follows a name
        ("这里有一座小丘。", []),
    ],
)
def test_professions_before_a_name_are_titles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of motion or laughter takes no verb or adverb right after it: the character is the name's.
        ("快手联合创始人程一笑兼任公司首席执行官。", ["程一笑"]),
        ("公司创始人王东来在会上发言。", ["王东来"]),
        ("王明来到北京参加会议。", ["王明"]),  # 来到 is a word
        ("董事长王明来北京参加会议。", ["王明"]),  # 来 + a place
        ("留几条么？王胡本来还可留，但也不要了。", []),  # no title: 本来 "originally" (Lu Xun)
    ],
)
def test_a_name_ending_in_a_verb_before_another_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俄罗斯总统普京表示，将继续推进合作。", ["普京"]),  # no Chinese surname
        ("作家巴金的《家》是中国现代文学的名著。", ["巴金"]),
        ("全国人大常委会委员长万里出席了会议。", ["万里"]),  # also a word, "ten thousand li"
        ("奥运冠军李宁创办的李宁公司发布了新品。", ["李宁"]),  # the second is the company's
        ("长城绵延万里。", []),  # no title: the word
        ("俄罗斯总统普京公司", []),  # what follows is no name's
    ],
)
def test_people_cc_cedict_lists_right_after_a_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("葛优凭借这个角色获得了金鸡奖。", ["葛优"]),  # the statistics miss him: 优 seldom ends a given name
        ("成龙表示，他将继续拍摄动作片。", ["成龙"]),  # also a word ("to become somebody"), opening the clause
        ("周恩来总理出席了万隆会议。", ["周恩来"]),  # not 周恩 + 来 (a verb)
        ("欧盟委员会主席冯德莱恩访问了北京。", ["冯德莱恩"]),  # not 冯德莱 + 恩
        ("徐悲鸿和齐白石的画作同场展出。", ["徐悲鸿", "齐白石"]),
        ("他们都读过闻一多的诗。", ["闻一多"]),
        ("家长们都盼望子女成龙。", []),  # the word
        ("万里长城吸引了大批游客。", []),  # the word, no verb after it
        ("孙中山大学的学生参加了比赛。", []),  # a place named after him
        ("毛泽东同志纪念堂今天闭馆。", []),
        ("周恩来邓颖超纪念馆迎来了参观高峰。", []),
        ("我们下午去中山。", []),  # two characters and no verb: a place
        ("左宗棠鸡是一道美式中餐。", []),  # a dish named after him: no 宗棠 either
        ("左宗棠的西征保住了新疆。", ["左宗棠"]),
    ],
)
def test_people_cc_cedict_lists_where_they_stand_as_names(text: str, expected: list[str]) -> None:
    # Without a title, a famous name the statistics miss is read where the text reads as a name:
    # a verb or title after it, or (three characters or more) punctuation, a list mark or 的.
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("藏族歌手降措卓玛在晚会上献唱。", ["降措卓玛"]),  # not 卓玛
        ("藏族歌手白玛多吉和韩红同台演出。", ["白玛多吉", "韩红"]),  # not 白玛多
        ("藏族牧民格桑多杰家新盖了房子。", ["格桑多杰"]),  # not 格桑; 家 is his household
        ("蒙古族歌手德德玛演唱了《美丽的草原我的家》。", ["德德玛"]),
        ("蒙古族歌手演唱了一首长调。", []),  # a verb, no name, after the title
        ("哈萨克族运动员在比赛中夺冠。", []),
    ],
)
def test_a_name_after_a_people_of_the_west_and_a_title_is_read_whole(text: str, expected: list[str]) -> None:
    # Tibetan, Mongolian, Uyghur and Kazakh names are no surname and given name: the people named before the
    # title says that a name follows, and it runs to where a name ends.
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小王刚刚下班回家。", []),  # 刚刚 "just now" follows 小王, no 王刚刚
        ("刘强终于拿到了驾照。", ["刘强"]),
    ],
)
def test_an_adverb_after_a_name_is_none_of_it(text: str, expected: list[str]) -> None:
    # Adverbs that follow a subject (VERBS_AFTER: 刚刚, 终于, 亲自 ...): what follows a name.
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("据拉夫罗夫透露，会谈持续了三个小时。", ["拉夫罗夫"]),  # not 罗夫 (罗, a surname)
        ("记者采访了拉夫罗夫。", ["拉夫罗夫"]),
        ("影星巩俐出席了开幕式。", ["巩俐"]),  # 星 ends a word (影星): no foreign name starts on it
        ("阿里巴巴马云表示支持。", []),  # a word of three characters before (阿里巴巴): no foreign name
    ],
)
def test_a_name_at_the_end_of_a_transliteration_is_read_whole(text: str, expected: list[str]) -> None:
    # Transliteration characters before a name-like string whose own characters are likely in transliterations
    # make one foreign name with it.
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我小时候看过电影《一江春水向东流》。", []),
        ("动画片《哪吒之魔童闹海》刷新了票房纪录。", []),
        ("剧院排演了《哈姆雷特》。", []),
        ("导演王明的新片《李白》上映了。", ["王明"]),  # the name outside the title stays
        ("记者李华在《人民日报》上发表了评论。", ["李华"]),
    ],
)
def test_no_name_inside_the_title_of_a_work(text: str, expected: list[str]) -> None:
    # 《…》 holds words chosen for a title, not running text: 江春水, 童闹海, 哈姆雷 are no one's mention.
    assert names(text) == expected


def test_known_persons_are_han_names_and_the_build_script_takes_people_only() -> None:
    persons = known_persons()
    assert len(persons) > 500
    assert all(2 <= len(name) <= 4 and _cjk_re().fullmatch(name) for name in persons)
    assert {"普京", "金庸", "李宁", "左宗棠"} <= persons
    assert not {"明治", "昭和", "太平天国", "西周"} & persons  # eras, states and dynasties
    module = load_build_script("build_known_persons")
    lines = [
        "普京 普京 [Pu3 jing1] /Vladimir Putin (1952-), president of Russia/\n",
        "金庸 金庸 [Jin1 Yong1] /Jin Yong, pen name of Louis Cha (1924-2018), wuxia novelist/\n",
        "乔丹 乔丹 [Qiao2 dan1] /Michael Jordan (born 1963), basketball player/\n",
        "曾國藩 曾国藩 [Zeng1 Guo2 fan1] /Zeng Guofan (1811-1872), Qing dynasty politician/\n",  # born after 1000
        "朝鮮戰爭 朝鲜战争 [Chao2 xian3 Zhan4 zheng1] /Korean War (1950-1953)/\n",  # dated, no person
        "明治 明治 [Ming2 zhi4] /Meiji, Japanese era name, corresponding to the reign (1868-1912) of the Meiji/\n",
        "西周 西周 [Xi1 Zhou1] /Western Zhou (1027-771 BC)/\n",  # BC: a dynasty
        "資本論 资本论 [Zi1 ben3 lun4] /Das Kapital (1867)/\n",  # a work's year
        "黎明 黎明 [li2 ming2] /dawn/daybreak/\n",
    ]
    _, names_found = module.parse(lines)
    assert names_found == ["乔丹", "普京", "曾国藩", "金庸"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Given-name characters that running text uses often (一, 近, 想) start a name after a title.
        ("字节跳动创始人张一鸣已于2021年卸任首席执行官一职。", ["张一鸣"]),
        ("清华大学教授施一公出任西湖大学校长。", ["施一公"]),
        ("苏宁创始人张近东曾是中国最富有的零售商之一。", ["张近东"]),
        ("理想汽车创始人李想在微博上公布了新车的交付数据。", ["李想"]),
        ("澳门特区行政长官贺一诚在立法会答问时表示。", ["贺一诚"]),
        # Without a title, they are the words they usually are.
        ("这张一百元的钞票是假的。", []),
        ("他和王一样高。", []),
        ("李一直在北京工作。", []),
        ("他把那张近照发给了记者。", []),
        ("董事长王一早就到了公司。", []),  # after a title too, a word (一早) is still a word
    ],
)
def test_a_common_character_starts_a_given_name_only_after_a_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "four"),
    [
        ("易烊千玺主演的电影《小小的我》于12月上映。", ["易烊千玺"]),  # not 易烊千
        ("汤臣倍健和东阿阿胶发布了三季度报告。", []),  # a list mark says too little for a fourth character
        ("他把这封信交给了罗先珂君看。", []),  # 君 "Mr." follows a name
        ("董事长王传福表示，公司将继续投入研发。", []),  # 表 starts 表示
    ],
)
def test_a_fourth_character_only_on_strong_evidence(text: str, four: list[str]) -> None:
    found = names(text)
    assert [name for name in found if len(name) == 4] == four


def test_an_ordinary_word_that_cedict_also_lists_as_a_person_is_a_word() -> None:
    # CC-CEDICT has 孙子 as Sun Tzu and as "grandson": words.txt keeps the word (build_name_data.py).
    assert "孙子" in bundled_stats().words
    assert names("老人抱着他的孙子。") == []


def test_the_glossary_names_are_not_proposed() -> None:
    text = "腾讯董事会主席马化腾和李彦宏出席了论坛。"
    assert names(text) == ["马化腾", "李彦宏"]
    start = text.index("马化腾")
    assert [f.surface for f in FINDER.find(text, [(start, start + 3)])] == ["李彦宏"]


def test_proposals_score_above_the_threshold_and_slice_the_text() -> None:
    for sentence in GOLD:
        for found in FINDER.find(sentence.text):
            assert found.score > THRESHOLD
            assert sentence.text[found.start : found.end] == found.surface


def test_the_window_memo_changes_no_answer() -> None:
    fresh = NameFinder()
    texts = [g.text for g in GOLD]
    first = [fresh.find(t) for t in texts]
    assert [fresh.find(t) for t in texts] == first  # the second time, from the memo
    shifted = [[(f.start - 1, f.end - 1, f.surface) for f in fresh.find("，" + t)] for t in texts]
    assert shifted == [[(f.start, f.end, f.surface) for f in found] for found in first]


def test_the_cheap_bounds_drop_no_candidate_that_would_score(shared_dir: Path) -> None:
    # _candidate skips the full score when a bound says it cannot pass: the bound must never be
    # below the score. Compared at every surname of real prose and of the evaluation set.
    finder = NameFinder()
    stats = finder.stats
    corpus = (shared_dir / "data" / "zh-corpus.txt").read_text(encoding="utf-8").splitlines()[:300]
    checked = 0
    for text in [g.text for g in GOLD] + corpus:
        for i, char in enumerate(text):
            if char not in stats.single:
                continue
            surname = text[i : i + 2] if text[i : i + 2] in stats.compound else char
            prior = stats.compound.get(surname, stats.single[char])
            full = finder._score(text, i, surname, prior)
            assert finder._candidate(text, i) == full, (text, i)
            # Tighter where the caller knows that no title is near (nearly everywhere).
            assert finder._candidate(text, i, _title_positions(text)) == full, (text, i)
            checked += full is not None
    assert checked > 100


def test_find_answers_as_the_unbounded_search_does(shared_dir: Path) -> None:
    # find() skips most candidates on bounds and a memo; the answer must be what scoring every
    # candidate (every match of the surname pattern, with the rival one character on) gives.
    corpus = (shared_dir / "data" / "zh-corpus.txt").read_text(encoding="utf-8").splitlines()
    finder = NameFinder()
    for text in [g.text for g in GOLD] + corpus[:400]:
        if any(sep in text for sep in "·•・‧"):
            continue  # foreign names are found apart and merged in
        plain = _simplified(text)
        expected = []
        end = 0
        for match in finder.stats.regex.finditer(plain):
            i = match.start()
            if i < end:
                continue
            hit = NameFinder()._best_at(plain, i)
            if hit is not None:
                start, end = i + hit[0], i + hit[0] + hit[1]
                expected.append((start, end, text[start:end], hit[2]))
        # And where a title ends, a pair that the scan leaves out, as it needs a title (主席习近平) or its given
        # character seldom starts a given name (总统李在明: the forty-ninth session's R49-30).
        for i in sorted(_title_positions(plain)[0]):
            pair = plain[i : i + 2]
            known = finder._pair(pair) if pair[:1] in finder.stats.single else None
            if known is _WEAK or (known is not None and finder.stats.given.get(pair[1:], _RARE_ODDS) < _GIVEN_MIN):
                name = NameFinder()._candidate(plain, i)
                if name is not None and not any(s < name.end and name.start < e for s, e, _, _ in expected):
                    expected.append((name.start, name.end, text[name.start : name.end], name.score))
        expected.sort()
        # And the people CC-CEDICT lists (总统普京, 葛优凭借), then the last passes, on what the scan found
        # (foreign names without a dot; one name, one reading).
        titles = _title_positions(plain)
        known = finder._known_names(
            plain, text, titles, [Found(s, e, surface, "person", score) for s, e, surface, score in expected]
        )
        refined = _outside_works(plain, finder._refine(plain, text, titles, known))
        expected = [(f.start, f.end, f.surface, f.score) for f in refined]
        found = [(f.start, f.end, f.surface, f.score) for f in finder.find(text)]
        assert found == expected, text


def test_title_positions_are_every_occurrence() -> None:
    # Titles overlap (主任委员, 委员长): each end and start counts, as _before_bonus finds each.
    text = "全国人大常委会委员长赵乐际和主任委员王先生"
    ends, starts = _title_positions(text)
    assert {text.index("委员长") + 2, text.index("委员长") + 3, text.index("主任委员") + 2} <= ends
    assert text.index("先生") in starts


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("陳張國華长ABC這個說話发發髮乾干王"), max_size=30))
def test_simplified_keeps_offsets_and_changes_only_traditional_characters(text: str) -> None:
    out = _simplified(text)
    assert len(out) == len(text)
    lines = [line for line in T2S_PATH.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    pairs = {line[0]: line[1] for line in lines}
    assert out == "".join(pairs.get(c, c) for c in text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.sampled_from("王李张刘陈马周黄高任正非军明华国小云飞的是了，。、表示说王府井李子"), max_size=40))
def test_found_names_are_sorted_disjoint_and_start_with_a_surname(text: str) -> None:
    end = 0
    for found in FINDER.find(text):
        assert found.start >= end
        assert text[found.start : found.end] == found.surface
        # A Chinese name starts with a surname; a foreign one is all transliteration characters (of
        # _TRANSLIT_RUN or translit_odds.tsv, which opening runs read: 飞井井、); a person CC-CEDICT lists may
        # be neither (普京), nor need a name after a people of the west and a title (藏族歌手降措卓玛).
        assert (
            found.surface[0] in surnames()
            or found.surface[:2] in surnames()
            or all(c in _TRANSLIT_RUN_CHARS or c in translit_odds() for c in found.surface)
            or found.surface in known_persons()
            or _minority_re().search(text, 0, found.start) is not None
        )
        end = found.end


# Proposals


def test_surname_reading_comes_from_the_surname_table() -> None:
    proposal = propose("单田芳")
    assert proposal.pinyin == "Shàn Tiánfāng"
    assert proposal.en == "Shan Tianfang"


def test_polyphones_give_alternatives() -> None:
    proposal = propose("张朝阳")
    assert proposal.pinyin == "Zhāng Zhāoyáng"
    assert "Zhāng Cháoyáng" in proposal.alternatives  # 朝 is cháo in 朝阳, a given name of CC-CEDICT's
    assert all(alt != proposal.pinyin for alt in proposal.alternatives)
    assert propose("任正非").alternatives == ()  # 正 is zhēng in 正月, in no name


def test_alternatives_are_the_romanizers_readings_in_names() -> None:
    # One rule: propose() lists what romanize() lists (zhgloss.pinyin.name_alternatives), each the
    # whole name written with one character read otherwise.
    from zhgloss.pinyin import romanize

    surfaces = {f.surface for g in GOLD for f in NameFinder(threshold=-3.0).find(g.text)}
    assert len(surfaces) > 200
    some = 0
    for surface in sorted(surfaces):
        rom = romanize(surface)
        if rom.origin == "chinese" and propose(surface).origin == "transliterated":
            # s50: three transliteration characters after a one-character surname are proposed as one word, the
            # romanizer's reading the alternative (`zhgloss.unknown._likely_foreign_reading`: 鲁比奥 Lǔbǐ'ào).
            assert propose(surface).alternatives == (rom.pinyin,), surface
            continue
        expected: list[str] = []
        for alternative in rom.alternatives if rom.surname_words else ():
            for other in alternative.others:
                written = rom.with_reading(alternative.position, other).pinyin
                if written != rom.pinyin and written not in expected:
                    expected.append(written)
        some += bool(expected)
        assert propose(surface).alternatives == tuple(expected), surface
    assert some > 10


def test_the_inline_reading_is_the_proposals() -> None:
    # Inline text looks up only the reading (propose_reading): it must be propose()'s.
    surfaces = sorted({f.surface for g in GOLD for f in FINDER.find(g.text)})
    assert len(surfaces) > 150
    forget_proposals()
    together = propose_readings([(surface, "person") for surface in surfaces])  # read together, mostly from tables
    for surface, batch in zip(surfaces, together, strict=True):
        full, light = propose(surface), propose_reading(surface)
        assert (light.pinyin, light.en) == (batch.pinyin, batch.en) == (full.pinyin, full.en), surface


def test_finders_of_other_thresholds_share_the_pair_table_without_mixing_answers() -> None:
    text = "华为创始人任正非表示，那东风满眼都明亮。"  # (那东西: a common word as the given name, too weak)
    expected = [f.surface for f in FINDER.find(text)]
    low = NameFinder(threshold=-4.0)
    assert low.stats is FINDER.stats
    assert [f.surface for f in low.find(text)] == ["任正非", "那东风", "都明亮"]  # all pass a low threshold
    assert [f.surface for f in NameFinder().find(text)] == expected == ["任正非"]


def test_compound_surname_proposal() -> None:
    assert propose("欧阳娜娜").en == "Ouyang Nana"


def test_foreign_name_proposal_says_to_look_up_the_original() -> None:
    proposal = propose("埃隆·马斯克")
    assert any("original spelling" in note for note in proposal.notes)


# annotate --unknown


def test_inline_mark_is_distinct_from_a_gloss() -> None:
    text = "小米创始人雷军和华为创始人任正非出席了论坛。\n"
    out = ANNOTATOR.annotate(text, unknown=FINDER)
    assert "雷军（Lei Jun）" in out
    assert f"任正非{MARK_OPEN}Rén Zhèngfēi{MARK_CLOSE}" in out
    assert "（Rén" not in out


def test_gloss_en_proposes_toneless_english() -> None:
    assert "任正非〔Ren Zhengfei?〕" in ANNOTATOR.annotate("任正非表示。", gloss="en", unknown=FINDER)


def test_json_rows_of_unknown_names() -> None:
    text = "雷军和任正非出席了论坛。"
    rows = [json.loads(line) for line in ANNOTATOR.annotate(text, fmt="json", unknown=FINDER).splitlines()]
    known, unknown = rows
    assert known["id"] == "lei-jun" and known["unverified"] is False
    assert unknown["id"] is None and unknown["unverified"] is True
    assert (unknown["type"], unknown["surface"], unknown["pinyin"], unknown["en"]) == (
        "person",
        "任正非",
        "Rén Zhèngfēi",
        "Ren Zhengfei",
    )
    assert text[unknown["start"] : unknown["end"]] == "任正非"
    assert "alternatives" not in unknown  # 正 is zhèng in names


def test_json_rows_without_polyphones_have_no_alternatives() -> None:
    [row] = [json.loads(line) for line in ANNOTATOR.annotate("记者王晓报道。", fmt="json", unknown=FINDER).splitlines()]
    assert row["surface"] == "王晓" and "alternatives" not in row


def test_tsv_row_of_an_unknown_name() -> None:
    lines = ANNOTATOR.annotate("任正非表示。", fmt="tsv", unknown=FINDER).splitlines()
    header, row = lines[0].split("\t"), lines[1].split("\t")
    cells = dict(zip(header, row, strict=True))
    assert cells["id"] == "" and cells["status"] == "unverified"
    assert (cells["zh"], cells["pinyin"], cells["en"]) == ("任正非", "Rén Zhèngfēi", "Ren Zhengfei")


def test_html_marks_a_proposal_apart() -> None:
    out = ANNOTATOR.annotate("雷军和任正非出席。", fmt="html", unknown=FINDER)
    assert 'class="zhgloss" data-id="lei-jun"' in out
    unknown = out[out.index("zhgloss-unverified") - 30 :]
    assert "style=" in unknown and "proposes" in unknown and "not a verified gloss" in unknown
    assert "<rt>Rén Zhèngfēi?</rt>" in unknown


def test_first_only_marks_the_first_mention_of_an_unknown_name() -> None:
    out = ANNOTATOR.annotate("任正非表示。任正非说。", first_only=True, unknown=FINDER)
    assert out.count(MARK_OPEN) == 1


def test_an_already_marked_name_is_left_alone() -> None:
    once = ANNOTATOR.annotate("小米创始人雷军和华为创始人任正非出席了论坛。", unknown=FINDER)
    assert ANNOTATOR.annotate(once, unknown=FINDER) == once


NAMES = ["任正非", "马化腾", "李彦宏", "王传福", "董明珠", "雷军", "小米", "金山软件", "单田芳"]
PIECES = ["表示", "说", "和", "，", "。", "出席了论坛", "董事长", "创始人", "\n", " ", "Lei Jun", "（Lei Jun）", "〔"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(NAMES + PIECES), max_size=25), st.sampled_from(["auto", "en", "pinyin", "both"]))
def test_removing_the_insertions_gives_the_input_back(pieces: list[str], gloss: str) -> None:
    text = "".join(pieces)
    annotated = ANNOTATOR.annotate(text, gloss=gloss, unknown=FINDER)  # type: ignore[arg-type]
    insertions = ANNOTATOR.insertions(text, gloss=gloss, unknown=FINDER)  # type: ignore[arg-type]
    assert apply_insertions(text, insertions) == annotated
    assert remove_insertions(annotated, insertions) == text


def test_streaming_in_chunks_gives_the_same_output() -> None:
    text = "华为创始人任正非表示，公司将继续投入研发。\n雷军和单田芳出席。\n" * 3
    whole = ANNOTATOR.annotate(text, fmt="json", unknown=FINDER)
    out = io.BytesIO()
    session = Session(ANNOTATOR, fmt="json", unknown=NameFinder())
    annotate_stream(session, io.BytesIO(text.encode()), out)
    assert out.getvalue().decode() == whole
    assert session.unknown_counts == {"任正非": 3, "单田芳": 3}


def test_cli_annotate_unknown_with_summary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "--unknown", "--summary"], input="雷军和华为创始人任正非出席了论坛。\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == "雷军（Lei Jun）和华为创始人任正非〔Rén Zhèngfēi?〕出席了论坛。\n"
    summary = result.stderr.splitlines()
    assert summary[:2] == ["     1  雷军 Lei Jun  [lei-jun]", "1 mention of 1 entry"]
    assert summary[2] == "Not in the glossary (proposed readings, unverified):"
    assert summary[3] == "     1  任正非  Rén Zhèngfēi?"
    assert summary[-1] == "1 mention of 1 unknown name"


def test_cli_annotate_unknown_summary_says_when_none_is_found(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "--unknown", "--summary"], input="雷军说，今天天气很好。\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == "Not in the glossary: no names found"
    assert "0 mentions" not in result.stderr


def test_cli_annotate_without_unknown_marks_nothing_new(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate"], input="华为创始人任正非出席了论坛。\n")
    assert result.stdout == "华为创始人任正非出席了论坛。\n"


# harvest --unknown and draft entries


def test_cli_harvest_unknown_lists_counts_and_proposals(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("华为创始人任正非出席了论坛。\n任正非表示，单田芳说。\n", encoding="utf-8")
    result = runner.invoke(app, ["harvest", "--unknown", str(article), "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)["unknown"]
    assert [(n["surface"], n["count"], n["lines"]) for n in found] == [("任正非", 2, [1, 2]), ("单田芳", 1, [2])]
    assert found[0]["unverified"] is True and found[0]["pinyin"] == "Rén Zhèngfēi"
    text = runner.invoke(app, ["harvest", "-u", str(article)])
    assert text.stdout.startswith("   2\t任正非\tRén Zhèngfēi?\tRen Zhengfei?\t[person]\n  line 1, 2\n")


def test_cli_harvest_unknown_nothing_found_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("周末，不少市民来到王府井购物。\n", encoding="utf-8")
    result = runner.invoke(app, ["harvest", "--unknown", str(article)])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""


def test_add_makes_draft_entries_that_validate_reports(runner: CliRunner, glossary_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("华为创始人任正非表示，单田芳说。\n", encoding="utf-8")
    db = ["--db", str(glossary_path)]
    added = runner.invoke(app, ["harvest", "--unknown", str(article), "--add", "--yes", *db])
    assert added.exit_code == 0, added.output
    assert "added 2 draft entries" in added.stderr
    entries = json.loads(glossary_path.read_text(encoding="utf-8"))["entries"].values()
    draft = {e["zh"]: e for e in entries if e.get("draft")}
    assert set(draft) == {"任正非", "单田芳"}
    assert draft["单田芳"]["pinyin"] == "Shàn Tiánfāng" and draft["单田芳"]["sources"] == ["a.txt"]
    checked = runner.invoke(app, ["validate", *db])
    assert "ren-zhengfei: warning: draft: unconfirmed proposal" in checked.stdout
    # Once in the glossary, they are known names.
    again = runner.invoke(app, ["harvest", "--unknown", str(article), *db])
    assert again.exit_code == 1
    confirmed = runner.invoke(app, ["edit", "ren-zhengfei", "--confirm", *db])
    assert confirmed.exit_code == 0, confirmed.output
    after = runner.invoke(app, ["validate", *db])
    assert "ren-zhengfei" not in after.stdout and "shan-tianfang: warning: draft" in after.stdout


def test_add_without_yes_and_without_a_terminal_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("任正非表示。\n", encoding="utf-8")
    result = runner.invoke(app, ["harvest", "--unknown", str(article), "--add"])
    assert result.exit_code == 2
    assert "--yes" in result.stderr


def test_draft_and_safe_forms_round_trip() -> None:
    entry = Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", draft=True, safe_forms=("小米",))
    data = entry.to_dict()
    assert data["draft"] is True and data["safe_forms"] == ["小米"]
    assert Entry.from_dict(data) == entry
    assert "draft" not in Entry(id="x", en="X").to_dict()


def test_safe_forms_must_be_chinese_forms_of_the_entry() -> None:
    from zhgloss.errors import InvalidEntryError

    with pytest.raises(InvalidEntryError, match="safe_forms"):
        Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", safe_forms=("华为",))


# A known short name inside a longer word or name


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("小米椒很辣。", "小米"),  # a chili pepper, not Xiaomi
        ("金山寺的和尚。", "金山"),  # a temple, not Kingsoft
        ("上海金山区", "金山"),  # a district
        ("记者马云飞报道。", "马云"),  # another person
    ],
)
def test_a_match_inside_a_longer_word_or_name_is_dropped(text: str, dropped: str) -> None:
    assert dropped not in [m.surface for m in ANNOTATOR.mentions(text)]
    raw = Annotator(ENTRIES)
    raw.inside_words = False
    assert dropped in [m.surface for m in raw.mentions(text)]


@pytest.mark.parametrize(
    "text",
    ["马云飞往杭州。", "雷军笑称自己是工程师。", "小米发布了新手机。", "金山软件公布业绩。", "黄章黄章"],
)
def test_a_name_before_other_words_is_kept(text: str) -> None:
    raw = Annotator(ENTRIES)
    raw.inside_words = False
    assert [m.surface for m in ANNOTATOR.mentions(text)] == [m.surface for m in raw.mentions(text)]


WORD_NAMES = Annotator(
    [
        Entry(id="chen-nian", type="person", zh="陈年", en="Chen Nian", always_gloss=True),
        Entry(id="wen-zhang", type="person", zh="文章", en="Wen Zhang", always_gloss=True),
        Entry(id="jin-xing", type="person", zh="金星", en="Jin Xing", always_gloss=True),
        Entry(id="confucius", type="person", zh="孔子", en="Confucius"),
    ]
)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("他又说起那些陈年旧事。", "陈年"),  # "old matters", not Chen Nian
        ("这坛陈年老酒是爷爷留下的。", "陈年"),
        ("这篇文章写得很好。", "文章"),  # "article", not the actor Wen Zhang
        ("今晚可以看到金星和木星。", "金星"),  # Venus, not the dancer Jin Xing
    ],
)
def test_a_name_that_is_also_a_common_word_needs_a_name_context(text: str, dropped: str) -> None:
    assert dropped not in [m.surface for m in WORD_NAMES.mentions(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("凡客诚品创始人陈年表示，公司将继续经营。", "陈年"),  # a title before it
        ("陈年说，凡客不会放弃。", "陈年"),  # a speech verb after it
        ("雷军、陈年和求伯君都来了。", "陈年"),  # listed with other names
        ("演员文章近日回应了网友的质疑。", "文章"),
        ("舞蹈家金星：我从不后悔。", "金星"),  # punctuation after it
        ("孔子的思想影响深远。", "孔子"),  # a name in CC-CEDICT, not an ordinary word: no context needed
        ("孔子曰：学而时习之。", "孔子"),  # 曰 "said" follows a name; 孔子曰 is no longer name
    ],
)
def test_a_name_that_is_also_a_common_word_is_kept_where_it_reads_as_a_name(text: str, kept: str) -> None:
    assert kept in [m.surface for m in WORD_NAMES.mentions(text)]


def test_safe_forms_keep_the_match() -> None:
    safe = Annotator([Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", safe_forms=("小米",))])
    plain = Annotator([Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi")])
    assert [m.surface for m in safe.mentions("小米椒")] == ["小米"]
    assert plain.mentions("小米椒") == []


def test_the_word_file_read_in_place_answers_as_the_loaded_table() -> None:
    from zhgloss.namecontext import split_words, word_file
    from zhgloss.unknown import bundled_stats

    stats, in_place = bundled_stats(), word_file()
    common, proper = split_words(WORDS_PATH.read_text(encoding="utf-8").splitlines())
    assert len(in_place) == len(stats.words)
    assert in_place.proper == stats.proper
    for word in [*common[::5], *proper[::5], common[0], common[-1], proper[0], proper[-1]]:
        assert word in in_place, word
    # Near misses: a prefix, a word and one more character, nothing, characters sorting around the list.
    for other in [common[100][:1], common[100] + "的", "", "A", "\uffff", "\u3400", "马云飞"]:
        assert (other in in_place) == (other in stats.words), other
    assert set(in_place) == stats.words


def test_the_ordinary_words_read_in_place_are_those_loaded() -> None:
    from zhgloss.namecontext import ordinary_word_file, ordinary_words

    in_place, loaded = ordinary_word_file(), ordinary_words()
    assert len(in_place) == len(loaded)
    assert set(in_place) == loaded
    for word in sorted(loaded)[::7]:
        assert word in in_place, word
    for other in ["陈年旧事", "陈", "", "A", "\uffff", "\u3400", "马云飞"]:
        assert (other in in_place) == (other in loaded), other


@pytest.mark.parametrize("extra", [1, 3])
def test_longer_words_read_in_place_are_those_of_the_sorted_list(extra: int) -> None:
    import bisect
    import random

    from zhgloss.namecontext import longer_words_in, split_words, word_file

    common, _ = split_words(WORDS_PATH.read_text(encoding="utf-8").splitlines())
    prefixes = [w[:size] for w in random.Random(extra).sample(common, 400) for size in (1, 2)]
    for prefix in [*prefixes, "小米", "金山", "马云", "", "\uffff"]:
        lo, hi = bisect.bisect_right(common, prefix), bisect.bisect_left(common, prefix + "\uffff")
        expected = [w for w in common[lo:hi] if len(w) <= len(prefix) + extra]
        assert word_file().longer_words(prefix, extra) == expected, prefix
        assert longer_words_in(common, prefix, extra) == expected, prefix


def test_bundled_statistics_are_the_package_data_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhgloss.namecontext import _bundled_words, ordinary_word_file
    from zhgloss.unknown import NAMES_PATH, bundled_stats, detection_surnames, load_stats

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    common, proper = _bundled_words()
    table = surnames()
    usual = detection_surnames(table)
    with NAMES_PATH.open(encoding="utf-8") as names:
        parsed = load_stats(names, common, proper, usual, ordinary_word_file(), set(table) - set(usual))
    for _ in range(2):  # tables parsed, then read back from the cache folder
        bundled_stats.cache_clear()
        try:
            stats = bundled_stats()
        finally:
            bundled_stats.cache_clear()  # the next test gets tables of the real cache folder
        assert (stats.given, stats.single, stats.compound) == (parsed.given, parsed.single, parsed.compound)
        assert stats.rare == parsed.rare and "习" in stats.rare
        assert (stats.words, stats.proper) == (parsed.words, parsed.proper)
        assert stats.regex.pattern == parsed.regex.pattern
    assert list(tmp_path.rglob("name-stats-*.marshal"))


def test_light_statistics_equal_the_bundled_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhgloss.namecontext import _surname_forms
    from zhgloss.unknown import bundled_stats, light_stats

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for _ in range(2):  # parsed, then read back from the cache folder
        light_stats.cache_clear()
        _surname_forms.cache_clear()
        light, whole = light_stats(), bundled_stats()
        assert (light.given, light.single, light.compound, light.rare) == (
            whole.given,
            whole.single,
            whole.compound,
            whole.rare,
        )
        assert light.regex.pattern == whole.regex.pattern
        assert light.proper == whole.proper
        assert _surname_forms() == set(surnames())
    assert len(list(tmp_path.rglob("*.marshal"))) == 3  # the surname tables, the given-name odds, the surname forms


def test_longer_names_are_judged_alike_with_the_word_list_in_place_or_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "记者马云飞报道。",
        "马云飞往杭州。",
        "雷军笑称自己是工程师。",
        "雷军表示",
        "记者雷军华报道，黄章黄章。",
        "小米椒很辣，金山寺的和尚去了上海金山区。",
    ] * 30
    found = {}
    for asks in (1, 10_000):  # every ask with the whole table loaded; every ask with the list read in place
        monkeypatch.setattr("zhgloss.glossrules._LIGHT_ASKS", asks)
        annotator = Annotator(ENTRIES)
        found[asks] = [annotator.spans(text) for text in texts]
    assert found[1] == found[10_000]
    assert [m.surface for m in ANNOTATOR.mentions("记者马云飞报道。")] != ["马云"]


# Data files and imports


def test_data_files_credit_their_sources() -> None:
    words_head = WORDS_PATH.read_text(encoding="utf-8")[:1000]
    assert "CC-CEDICT" in words_head and "CC BY-SA 4.0" in words_head and "jieba" in words_head
    assert "jieba" in NAMES_PATH.read_text(encoding="utf-8")[:600]
    assert "OpenCC" in T2S_PATH.read_text(encoding="utf-8")[:600]


def test_lookup_and_plain_annotate_import_no_finder() -> None:
    code = (
        "import sys\nfrom zhgloss.cli import main\nsys.argv = ['zhgloss', 'lookup', '雷军', '--field', 'en']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'jieba' or m == 'zhgloss.unknown'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_a_big_file_with_unknown_names_is_cut_into_pieces_as_the_stream(tmp_path: Path) -> None:
    # Since the coordinator's fd87f0a, --unknown no longer keeps a big file to one stream: the
    # pieces must give the stream's output and counts (tests/test_corpus.py has the property test).
    from zhgloss.corpus import annotate_big_file

    path = tmp_path / "big.txt"
    path.write_text("华为创始人任正非表示。\n" * 50 + "董事长王传福说。\n" * 50, encoding="utf-8")
    streamed, pieces = io.BytesIO(), io.BytesIO()
    serial = Session(ANNOTATOR, unknown=FINDER)
    with path.open("rb") as reader:
        annotate_stream(serial, reader, streamed)
    cut = Session(ANNOTATOR, unknown=FINDER)
    assert annotate_big_file(cut, path, pieces, jobs=2, min_bytes=1, piece_bytes=200) is not None
    assert pieces.getvalue() == streamed.getvalue()
    assert "任正非〔Rén Zhèngfēi?〕" in pieces.getvalue().decode("utf-8")
    assert cut.unknown_counts == serial.unknown_counts == {"任正非": 50, "王传福": 50}


def test_output_dir_marks_unknown_names(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    source.write_text("华为创始人任正非表示。\n", encoding="utf-8")
    result = runner.invoke(app, ["annotate", "--unknown", str(source), "--output-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    [written] = (tmp_path / "out").rglob("a.txt")
    assert written.read_text(encoding="utf-8") == "华为创始人任正非〔Rén Zhèngfēi?〕表示。\n"


def test_only_common_surnames_start_a_name_in_running_text() -> None:
    # 和 and 福 complete the 百家姓 for the romanizer, but running text writes them as other words.
    from zhgloss.pinyin import surnames
    from zhgloss.unknown import detection_surnames

    table = surnames()
    assert "和" in table and "福" in table
    starts = set(detection_surnames(table))
    assert {"王", "李", "雷", "于", "能"} <= starts
    assert not {"和", "福", "习"} & starts
    assert names("黄河和长江是母亲河。方正证券和王府井百货均发布了年度报告。") == []
    # The others start a name only right after a title, where names.tsv says they start names
    # more often than they stand in running text (习, 饶; not 和 "and").
    rare = bundled_stats().rare
    assert {"习", "饶"} <= rare and "和" not in rare
    assert names("中共中央总书记、国家主席习近平在北京会见了外宾。") == ["习近平"]
    assert names("北京大学教授饶毅当选为外籍院士。") == ["饶毅"]
    assert names("大家要养成学习近代史的好习惯，祝福大家幸福安康。") == []
    assert names("他在福建工作多年，公司的福利很好。") == []


# Word-level evidence learnt from jieba's dictionary (data/given_words.tsv, data/long_names.txt)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname character that ends a word, then a common word as the "given name": no name.
        ("巴西总统卢拉呼吁发达国家兑现气候资金承诺。", ["卢拉"]),
        ("这笔资金承诺在三年内到位。", []),
        # Given names that many people bear are words too (建国, 正义, 英文): the names stay.
        ("王建国告诉记者，电梯已经修好了。", ["王建国"]),
        ("孙正义在东京出席了软银的股东大会。", ["孙正义"]),
        ("蔡英文在台北发表讲话。", ["蔡英文"]),
    ],
)
def test_a_common_word_as_the_given_name_weakens_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The last character is seldom a given-name character (好, 因), but the dictionary knows the name.
        ("刘永好旗下的新希望集团发布了年度财报。", ["刘永好"]),
        ("林徽因和梁思成曾一起考察了山西的古建筑。", ["林徽因", "梁思成"]),
        # Controls: a two-character name before a word stays two characters.
        ("导演陈凯歌和演员王刚出席了首映式。", ["陈凯歌", "王刚"]),
        ("记者李明说，现场秩序良好。", ["李明"]),
    ],
)
def test_a_name_the_dictionary_knows_is_not_cut_short(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_given_words_and_long_names_parse_and_the_build_script_computes_them() -> None:
    from zhgloss.unknown import given_word_penalties, long_names

    penalties = given_word_penalties()
    assert len(penalties) > 5000
    assert all(len(word) == 2 and value < 0 for word, value in penalties.items())
    assert penalties["承诺"] < penalties.get("正义", 0.0) <= 0.0
    assert "建国" not in penalties  # as often a given name as a word
    longer = long_names()
    assert {"刘永好", "林徽因"} <= longer
    assert all(len(name) == 3 for name in longer)
    module = load_build_script("build_given_words")
    rows = [("王建国", 5, "nr"), ("李建国", 3, "nr"), ("张承", 2, "nr"), ("建国", 40, "v"), ("承诺", 4000, "v")]
    rows += [("的", 100_000, "uj")]
    odds = module.given_word_odds(rows, {"王", "李", "张"})
    assert "承诺" in odds
    assert "建国" not in odds  # the given name of most of the names: its odds are above MAX_ODDS
    assert module.long_names(
        [("刘永好", 3, "nr"), ("刘永", 3, "nr"), ("刘永明", 9, "nr"), ("李永好", 1, "nr")],
        {"刘", "李"},
        {"好": -2.0, "明": 2.0},
    ) == ["刘永好"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A foreign name at the start of a clause, with no title and no verb of saying after it.
        ("鲁比奥在记者会上回答了提问。", ["鲁比奥"]),
        ("奥尔班在布达佩斯会见了来访的中国代表团。", ["奥尔班"]),
        ("普拉博沃被选为印度尼西亚总统。", ["普拉博沃"]),
        ("萨科齐因非法竞选融资被判有罪。", ["萨科齐"]),
        ("梅德韦杰夫在社交媒体上发表了评论。", ["梅德韦杰夫"]),  # not 梅德韦, read as a Chinese name
        ("贝索斯旗下的蓝色起源完成了一次载人飞行。", ["贝索斯"]),  # a word after it (旗下)
        ("德约科维奇再次闯入了决赛。", ["德约科维奇"]),
        ("代表团访问了吉尔吉斯斯坦和乌兹别克斯坦。", []),  # two characters (乌兹) end only where names end
        ("约翰内斯堡发生了一起枪击案。", []),  # a place of more than four characters (foreign_words.txt)
        ("阿姆斯特丹的运河边游客很多。", []),
        # Places, companies and things written in the same characters are not persons.
        ("哈萨克斯坦总统托卡耶夫会见了中国外长。", ["托卡耶夫"]),  # a country before a title
        ("斯坦福大学的研究人员发布了新模型。", []),  # an organisation word after it
        ("特斯拉首席执行官宣布了新计划。", []),
        ("马拉松比赛将在周日举行。", []),  # a word starts the run
        ("新疆维吾尔自治区的棉花产量再创新高。", []),  # words: 新疆 + 维吾尔
        ("伊拉克和叙利亚的局势依然紧张。", []),
        ("巴拉圭在比赛中以二比一获胜。", []),
        ("哈哈，他笑着说。", []),
        ("华为在深圳发布了新手机。", []),  # 为 is in no transliteration
    ],
)
def test_a_transliterated_name_starts_a_clause(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_transliteration_odds_parse_and_the_build_script_tells_transliterations(shared_dir: Path) -> None:
    odds = translit_odds()
    assert len(odds) > 500
    assert all(len(char) == 1 and value > 0 for char, value in odds.items())
    assert odds["斯"] > 2 and odds["尔"] > 2
    assert not {"的", "是", "为", "国"} & set(odds)  # running text's characters
    module = load_build_script("build_translit_odds")
    assert module.is_transliteration("克林顿", "Ke4 lin2 dun4", "Clinton (name)")
    assert module.is_transliteration("明斯克", "Ming2 si1 ke4", "Minsk, capital of Belarus")
    assert not module.is_transliteration("张家界", "Zhang1 jia1 jie4", "Zhangjiajie prefecture-level city")
    assert not module.is_transliteration("曾国藩", "Zeng1 Guo2 fan1", "Zeng Guofan (1811-1872)")
    assert not module.is_transliteration("七喜", "Qi1 xi3", "7 Up (soft drink)")
    assert not module.is_transliteration("万俟", "Mo4 qi2", "polysyllabic surname Moqi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name-like string that goes on a transliterated word begun before it is no Chinese name.
        ("布鲁塞尔的欧盟总部举行了一场特别会议。", []),  # not 鲁塞尔 (鲁 is a surname)
        ("会议在罗马尼亚首都布加勒斯特举行。", []),
        ("法国前锋姆巴佩正式加盟皇家马德里。", ["姆巴佩"]),  # not 巴佩正
        ("索罗斯旗下的基金减持了多只科技股。", ["索罗斯"]),  # not 罗斯旗
        ("乌兰夫出生于土默特左旗。", ["乌兰夫"]),  # not 左旗
        # Controls: a word or a title before the name, or a name that is no transliteration.
        ("股神巴菲特在股东大会上谈到了接班人问题。", ["巴菲特"]),
        ("影星巩俐担任了电影节评审团主席。", ["巩俐"]),
        ("新加坡总理李显龙出席了会议。", ["李显龙"]),
        ("他在巴黎见到了老朋友王建国。", ["王建国"]),
    ],
)
def test_a_name_inside_a_transliterated_word_is_none(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_foreign_words_are_long_transliterations_of_no_person() -> None:
    from zhgloss.unknown import foreign_words

    words = foreign_words()
    assert {"约翰内斯堡", "伊斯坦布尔"} <= words
    assert all(len(word) >= 5 for word in words)
    assert not {"德约科维奇", "梅德韦杰夫", "亚里士多德"} & words  # people

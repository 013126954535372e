"""Names that real text writes as pieces of something else (issue 9): counts of states, parts of dotted names,
transliterations glued into longer names, reduplicated words and names with a common noun's sense.

Found by annotating 80 paragraphs of People's Daily news (January 1998) and the finder's dev sentences
(tests/data/unknown_names*.tsv) with CC-CEDICT's names, gloss by gloss:
- 三国领导人, 三国间 "the three countries' leaders", "among the three countries", and 四国集团 "the Group of Four" are
  counts of states, not the Three Kingdoms or Shikoku (`InsideRule._outside_country_counts`, `_STATES_AFTER`);
- 安东尼 "Anthony" of 安东尼奥·古特雷斯, 洛桑 "Lausanne" of 阿嘉·洛桑图旦·久美嘉措 and 谢赫 "Xie He" (a painter) of
  谢赫·哈西娜 (Sheikh Hasina) are pieces of a dotted foreign name (`InsideRule._in_dotted_name`);
- 希尔 "Hill" of 伯克希尔公司 (Berkshire) and 阿里 "Imam Ali" of 阿里云 are transliterations glued to a longer name
  (`InsideRule._outside_foreign_names`);
- 弯弯 "Wan Wan" of 山道弯弯 ("the mountain road winds") is a reduplicated word (`_is_reduplicated`);
- 伯乐 "Bo Le" of 许多年轻人的伯乐 ("the mentor of many young people") is CC-CEDICT's common noun "a good judge of
  talent", written in the same line (data/word_or_name.txt, scripts/build_common_words.py).
The sentences are written for these tests in the shape of the real ones; the glossary is CC-CEDICT's lines for the
names concerned (tests/data/cedict_news_pieces.u8, imported as `zhgloss import --proper-only` would).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import opencc
import pytest
from build_scripts import load_build_script
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ROOT = Path(__file__).resolve().parent.parent
CEDICT = Annotator(cedict_fixture("cedict_news_pieces.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会后，三国领导人共同会见了记者。", []),
        ("会议有助于增进三国间的相互理解。", []),
        ("“四国集团”要求扩大安理会。", []),
        ("日本和印度等四国外长发表联合声明。", ["日本"]),
        ("两国关系和三国合作都取得了进展。", []),
        # The period, the novel and the island.
        ("三国时期蜀汉丞相诸葛亮", ["三国", "蜀汉", "诸葛亮"]),
        ("三国的故事流传很广。", ["三国"]),
        ("《三国》是一部电视剧。", ["三国"]),
        ("他去日本四国旅游。", ["日本", "四国"]),
    ],
)
def test_a_count_of_states_is_no_name(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联合国秘书长安东尼奥·古特雷斯表示", ["联合国", "古特雷斯"]),
        ("西班牙演员安东尼奥·班德拉斯", []),
        ("阿嘉·洛桑图旦·久美嘉措当选", []),
        ("孟加拉国总理谢赫·哈西娜会见了来访的客人。", ["孟加拉国"]),
        # Whole names stay: a place, a Chinese name of its own and Chinese names listed with dots.
        ("国际奥委会总部设在洛桑。", ["洛桑"]),
        ("谢赫是南齐画家。", ["谢赫"]),
        ("唐代诗人李白·杜甫", ["李白", "杜甫"]),
        ("希拉里·克林顿访问伦敦", ["克林顿", "伦敦"]),
    ],
)
def test_a_piece_of_a_dotted_foreign_name_is_no_name(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年底卸任伯克希尔公司首席执行官", []),
        ("阿里云创始人王坚", []),
        ("美国国务卿希尔表示", ["美国", "希尔"]),
        ("前总统卡特访问了中国", ["卡特", "中国"]),
        ("阿里巴巴创始人", ["阿里巴巴"]),
    ],
)
def test_a_transliterated_name_glued_into_a_longer_one_is_no_name(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山道弯弯，夜色如磐", []),
        ("河水弯弯地流过村庄", []),
        ("漫画家弯弯出版了新书", ["弯弯"]),  # a title before her
        ("《弯弯》", ["弯弯"]),
        ("演员娜娜说", ["娜娜"]),
    ],
)
def test_a_reduplicated_personal_name_is_read_as_the_word(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他是许多年轻人的伯乐。", []),
        ("导师是我们的伯乐", []),
        ("“伯乐”一词出自相马的故事", ["伯乐"]),
        ("伯乐说", ["伯乐"]),
        # English uses these names with the same figure: glossed as ever.
        ("她是娱乐圈的灰姑娘。", ["灰姑娘"]),
        ("美国电影《灰姑娘》", ["美国", "灰姑娘"]),
    ],
)
def test_a_name_with_a_common_nouns_sense_needs_a_names_context(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


def test_the_word_or_name_file_is_the_build_scripts_output_on_jieba_and_cedict(
    shared_dir: Path, tmp_path: Path
) -> None:
    jieba = pytest.importorskip("jieba")
    build = load_build_script("build_common_words")
    out = tmp_path / "word_or_name.txt"
    with (tmp_path / "common.txt").open("w", encoding="utf-8") as fp:
        import contextlib

        with contextlib.redirect_stdout(fp):
            build.main(str(shared_dir / "data" / "cedict_ts.u8.gz"), str(Path(jieba.__file__).parent / "dict.txt"),
                       str(out))  # fmt: skip
    data = ROOT / "src" / "zhgloss" / "data"
    assert out.read_text(encoding="utf-8") == (data / "word_or_name.txt").read_text(encoding="utf-8")
    assert (tmp_path / "common.txt").read_text(encoding="utf-8") == (data / "common_words.txt").read_text(
        encoding="utf-8"
    )


def test_the_build_script_takes_a_pinyin_names_common_noun_sense_not_an_english_names() -> None:
    build = load_build_script("build_common_words")
    assert build.ORDINARY_SENSE.match("a good judge of talent")
    assert build.ORDINARY_SENSE.match("fig. weak and inept person")
    assert not build.ORDINARY_SENSE.match("a state in Qinghai in 4th-7th century AD")  # a description
    assert not build.ORDINARY_SENSE.match("the Mid-Autumn Festival")
    assert build._romanized("Bo Le (horse connoisseur during Spring and Autumn Period)", "Bo2 Le4")
    assert build._romanized("A-dou, nickname of Liu Chan", "A1 dou3")
    assert not build._romanized("Waterloo (Belgium)", "Hua2 tie3 lu2")  # "(fig.) a defeat" in English too


def test_the_cedict_glossary_keeps_its_counts_pieces_and_figures_apart(shared_dir: Path) -> None:
    # The whole CC-CEDICT names glossary, as a user imports it.
    from zhgloss.formats.cedict import load_cedict

    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        annotator = Annotator(list(load_cedict(fp, proper_only=True)))
    text = "会后，三国领导人会见记者。联合国秘书长安东尼奥·古特雷斯说，他是许多年轻人的伯乐。山道弯弯。"
    assert glossed(text, annotator) == ["联合国", "古特雷斯"]


TITLED = Annotator(cedict_fixture("cedict_titled_places.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The finder's dev sentences: the Nobel laureate Kitagawa Susumu, not Beichuan county.
        ("瑞典皇家科学院将化学奖授予日本科学家北川进等三人。", ["日本"]),
        ("物理学家北川进表示", []),
        # A place after a title where no person's name starts on it: the place.
        ("湖南歌手北京演出", ["湖南", "北京"]),
        ("记者从北京获悉", ["北京"]),
        ("北川地震遗址", ["北川"]),
    ],
)
def test_a_place_that_starts_a_titled_persons_name_is_no_place(text: str, expected: list[str]) -> None:
    assert glossed(text, TITLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The finder's dev sentences: Kingsoft and CATL, whose chairman or founder the title names.
        ("金山软件创始人求伯君", []),
        ("宁德时代董事长曾毓群表示", []),
        ("宁德时代首席执行官说", []),
        # The place where it modifies an office or a generic, or stands alone.
        ("深圳分公司总经理", ["深圳"]),
        ("华为中国区总裁", ["华为", "中国"]),
        # The city glued before the brand is the company's name (Shenzhen Huawei): the brand's gloss says whose.
        ("深圳华为董事长", ["华为"]),
        ("福建宁德的渔民", ["宁德"]),
    ],
)
def test_a_place_that_starts_a_companys_name_is_no_place(text: str, expected: list[str]) -> None:
    assert glossed(text, TITLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sixteenth session's news sweep: Kingsoft Office's WPS, without a title, glossed 金山 "Jinshan".
        ("金山办公旗下的WPS月活跃用户数再创新高。", []),
        # Of the same kind: a share price, financial reports, revenue, subsidiaries are a company's.
        ("金山软件股价上涨百分之五。", []),
        ("金山软件财报显示收入增长。", []),
        ("宁德时代旗下的电池工厂", []),
        ("宁德时代营收同比增长。", []),
        # The place where nothing joins it to such a word, or its generic does (上海市), or the market is there.
        ("在上海上市的公司", ["上海"]),
        ("上海金山的海边", ["上海", "金山"]),
        ("福建宁德的渔民说，深圳分公司营收增长。", ["宁德", "深圳"]),
    ],
)
def test_a_place_that_starts_what_only_a_company_has_is_no_place(text: str, expected: list[str]) -> None:
    assert glossed(text, TITLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The finder's dev sentences: the scissors maker 张小泉, whose name jieba lists (5 times), not "Koizumi".
        ("张小泉的剪刀在电商平台热销。", []),
        ("张小泉的刀具", []),
        ("日本前首相小泉访问美国", ["日本", "小泉", "美国"]),
    ],
)
def test_a_name_inside_a_rare_personal_name_of_jiebas_is_no_name(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


S2T = opencc.OpenCC("s2t")


@pytest.mark.parametrize(
    ("annotator", "text"),
    [
        (CEDICT, "会后，三国领导人共同会见了记者。"),
        (CEDICT, "联合国秘书长安东尼奥·古特雷斯表示"),
        (CEDICT, "山道弯弯，夜色如磐"),
        (CEDICT, "他是许多年轻人的伯乐。"),
        (CEDICT, "张小泉的剪刀"),
        (CEDICT, "年底卸任伯克希尔公司首席执行官"),
        (TITLED, "金山软件创始人求伯君"),
        (TITLED, "宁德时代董事长曾毓群表示"),
        (TITLED, "日本科学家北川进等三人获奖"),
    ],
)
def test_traditional_text_is_read_as_its_simplified_form(annotator: Annotator, text: str) -> None:
    # OpenCC's s2t writes each text in traditional characters (三國領導人, 寧德時代董事長): the same names are glossed.
    assert glossed(S2T.convert(text), annotator) == [S2T.convert(name) for name in glossed(text, annotator)]

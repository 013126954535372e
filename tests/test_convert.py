"""Traditional -> simplified for names (kept characters) and the surname table's coverage of the 百家姓."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.convert import KEPT_CHARACTERS_PATH, _convert, kept_characters, name_to_simplified, to_simplified
from zhgloss.pinyin import SURNAMES_PATH, load_surnames, romanize, surnames

# The 百家姓 as it is printed today (simplified; 鬱 written 郁, which the text also has on its own).
BAIJIAXING_SINGLE = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦归海岳帅缑亢况郈有琴商牟佘佴墨哈"
    "谯笪年爱阳佟言福仉督"
)
# The compound surnames, two characters each, written one after the other.
BAIJIAXING_COMPOUND_TEXT = (
    "万俟司马上官欧阳夏侯诸葛闻人东方赫连皇甫尉迟公羊澹台公冶宗政濮阳淳于单于太叔申屠公孙仲孙轩辕令狐钟离宇文长孙慕容鲜于闾丘司徒"
    "司空亓官司寇子车颛孙端木巫马公西漆雕乐正壤驷公良拓跋夹谷宰父谷梁段干百里东郭南门呼延羊舌微生梁丘左丘东门西门伯赏南宫第五"
)
BAIJIAXING_COMPOUND = [BAIJIAXING_COMPOUND_TEXT[i : i + 2] for i in range(0, len(BAIJIAXING_COMPOUND_TEXT), 2)]


def test_every_baijiaxing_surname_is_in_the_table() -> None:
    table = surnames()
    missing = [s for s in (*BAIJIAXING_SINGLE, *BAIJIAXING_COMPOUND) if s not in table]
    assert missing == []


# Common modern surnames outside the 百家姓: every one borne by 50 or more per million in China's household
# registers (NCIIC 2008, published in ChineseNames, Bao 2020), syllables of minority names left out.
MODERN_COMMON = (
    "肖付覃闫代兰丛邝冼麦区谌卿黑粟揭植仝庞"  # checked before: the curated rows
    "普苟隋苑盘位豆漆初来鹿修亓辜鲜达刀信展智由腾户闭尧渠虎巨雒冶蹇操铁庹木"
)


def test_every_common_modern_surname_is_in_the_table() -> None:
    table = surnames()
    assert [s for s in MODERN_COMMON if s not in table] == []


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("撒贝宁", "Sǎ Bèiníng"),  # a Hui surname: Sǎ, not sā (to let go)
        ("苟仲文", "Gǒu Zhòngwén"),
        ("辜振甫", "Gū Zhènfǔ"),
        ("庹宗康", "Tuǒ Zōngkāng"),
        ("覃振", "Qín Zhèn"),  # 覃 is Qín as a surname, not tán
    ],
)
def test_modern_surnames_read_as_surnames(name: str, pinyin: str) -> None:
    result = romanize(name)
    assert (result.pinyin, result.surname_known) == (pinyin, True)


def test_every_surname_line_names_the_source_of_its_reading() -> None:
    lines = SURNAMES_PATH.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    assert len(rows) == len(load_surnames(lines)) > 550
    assert all(row[5].strip() for row in rows)


@pytest.mark.parametrize(
    ("name", "pinyin", "zh_hant"),
    [
        ("干宝", "Gān Bǎo", "干"),  # not Gàn, not 幹
        ("容祖儿", "Róng Zǔ'ér", "容"),
        ("能德", "Nài Dé", "能"),  # 现代汉语词典: 能 Nài as a surname
        ("蔚华", "Yù Huá", "蔚"),
        ("子车仲行", "Zǐjū Zhòngxíng", "子車"),
    ],
)
def test_surnames_of_the_issue_read_as_surnames(name: str, pinyin: str, zh_hant: str) -> None:
    result = romanize(name)
    assert (result.pinyin, result.surname_known) == (pinyin, True)
    assert surnames()[result.surname].zh_hant == zh_hant


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("徐乾學", "徐乾学"),  # 乾 qián is a 通用规范汉字表 character; OpenCC writes 徐干学
        ("王汎森", "王汎森"),  # 汎: an old variant of 泛, which simplification leaves alone
        ("薛應旂", "薛应旂"),
        ("陳昇", "陈昇"),
        ("劉強東", "刘强东"),  # true simplifications still happen
        ("釐米", "厘米"),  # 釐 is kept only as xī; read lí it is 厘
        ("徐乾学", "徐乾学"),  # simplified input comes back unchanged
    ],
)
def test_name_to_simplified_keeps_what_names_keep(traditional: str, simplified: str) -> None:
    assert name_to_simplified(traditional) == simplified


def test_plain_t2s_is_what_the_rule_corrects() -> None:
    # If OpenCC stopped folding these, the kept-characters table would be stale: rebuild it.
    assert [to_simplified(t) for t in ("徐乾學", "王汎森", "薛應旂")] == ["徐干学", "王泛森", "薛应旗"]


def test_every_kept_character_is_one_opencc_changes() -> None:
    table = kept_characters()
    assert {"乾", "汎", "旂"} <= set(table)
    assert "學" not in table and "爲" not in table  # a simplification and a variant of a traditional character
    for char in table:
        # OpenCC's t2s itself: to_simplified keeps as typed what t2s writes beyond the BMP with no standard character
        # (data/regional_simplified.tsv's kept rows: 嗰, whose t2s form is 𠮶), as this table does.
        assert _convert(char, "t2s") != char, char
    head = KEPT_CHARACTERS_PATH.read_text(encoding="utf-8").split("\n", 3)[:3]
    assert "Unihan" in head[1] and "OpenCC" in head[1]


@given(st.text(alphabet=st.sampled_from("徐乾學王汎森薛應旂陳昇劉強東干寶龍"), min_size=1, max_size=6))
def test_name_to_simplified_is_idempotent_and_length_preserving(text: str) -> None:
    once = name_to_simplified(text)
    assert len(once) == len(text)
    assert name_to_simplified(once) == once

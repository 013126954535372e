"""Names whose own CC-CEDICT line gives the common word the characters also are (the review's R45-9, issue 9's annotate
line): 工人们在盐池里晒盐 is "the workers dry salt in the saltpan", no Yanchi county; 草原上的白羊成群 "flocks of white
sheep on the grassland", no Aries.

scripts/build_common_words.py lists in word_or_name.txt (glossed only where the context reads as a name):
- a name in pinyin whose line also renders a common noun, wherever the name stands: the line's name is the sense's
  capitalised words, so "Yanchi county in Ningxia/a saltpan" names Yanchi (before, the whole "Yanchi county in Ningxia"
  was compared with the pinyin, and 盐池, the script's own example, was never listed);
- a two-character name in pinyin whose line gives a plain word of one to three lower-case words too: 布袋
  "pouch/sack/bag/Budai ...", 名山 "famous mountain/Mingshan county ...", 延寿 "Yanshou county .../to extend life";
- a zodiac sign's name without its generic 座 (白羊 of 白羊座 "Aries", 双子, 金牛, 巨蟹): horoscopes write 白羊座.

Over the whole of CC-CEDICT this lists 14 more headwords (21 forms in both scripts): 盐池, 布袋, 名山, 延寿, 桃山,
双湖, 僬侥 and the signs 白羊, 双子, 双鱼, 宝瓶, 室女, 巨蟹, 金牛 (common_words.txt is unchanged). The glossary is real
CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz).
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501

from __future__ import annotations

import io

import pytest
from build_scripts import load_build_script
from cedict_fixtures import glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossable import word_or_name_forms
from zhgloss.syllables import SYLLABLES

BUILD = load_build_script("build_common_words")

LINES = """\
鹽池 盐池 [Yan2 chi2] /Yanchi county in Ningxia/a saltpan/
鹽池縣 盐池县 [Yan2 chi2 xian4] /Yanchi county in Wuzhong 吳忠|吴忠[Wu2 zhong1], Ningxia/
布袋 布袋 [Bu4 dai4] /pouch/sack/bag/Budai (the Laughing Buddha)/Budai or Putai town in Chiayi county 嘉義縣|嘉义县[Jia1 yi4 xian4], west Taiwan/
名山 名山 [Ming2 shan1] /famous mountain/Mingshan county in Ya'an 雅安[Ya3 an1], Sichuan/
延壽 延寿 [Yan2 shou4] /Yanshou county in Harbin 哈爾濱|哈尔滨[Ha1 er3 bin1], Heilongjiang/to extend life/
白羊 白羊 [Bai2 yang2] /Aries (star sign)/
白羊座 白羊座 [Bai2 yang2 zuo4] /Aries (constellation and sign of the zodiac)/
雙子 双子 [Shuang1 zi3] /Gemini (star sign)/
金牛 金牛 [Jin1 niu2] /Taurus (star sign)/Jinniu district of Chengdu city 成都市[Cheng2 du1 shi4], Sichuan/
金牛區 金牛区 [Jin1 niu2 qu1] /Jinniu district of Chengdu city 成都市[Cheng2 du1 shi4], Sichuan/
寧夏 宁夏 [Ning2 xia4] /Ningxia Hui Autonomous Region, abbr. 寧|宁[Ning2], capital Yinchuan 銀川|银川[Yin2 chuan1]/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/
柏林 柏林 [Bo2 lin2] /Berlin, capital of Germany/
長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/
黃河 黄河 [Huang2 He2] /Yellow River or Huang He/
天門 天门 [Tian1 men2] /Tianmen sub-prefecture level city in Hubei/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class: the common word the line itself gives (the review's 盐池 and its kind)
        ("工人们在盐池里晒盐。", []),
        ("他背着一个布袋走进村子。", []),
        ("这是一座名山，游客很多。", []),
        ("据说这种药能延寿。", []),
        ("草原上的白羊成群。", []),
        ("她生了一对双子。", []),
        # the name where the text writes it in full or the context says so
        ("宁夏盐池县的滩羊很有名。", ["宁夏", "盐池县"]),
        ("白羊座的人性格开朗。", ["白羊座"]),
        ("金牛区位于成都西北部。", ["金牛区"]),
        ("电影《白羊》上映了。", ["白羊"]),
        # names that are no common word: glossed as before in news copy
        ("他在北京住了三年。", ["北京"]),
        ("东京奥运会推迟举行。", ["东京"]),
        ("德国柏林举行了会议。", ["柏林"]),
        ("长江和黄河是中国的两条大河。", ["长江", "黄河"]),
        ("湖北天门的农民", ["天门"]),
    ],
)
def test_a_name_whose_line_gives_a_common_word_is_glossed_only_as_a_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_list_holds_the_names_of_the_class_in_both_scripts() -> None:
    forms = word_or_name_forms()
    assert {"盐池", "鹽池", "布袋", "名山", "延寿", "延壽", "白羊", "双子", "雙子", "金牛", "巨蟹"} <= forms
    # names only, or a description rather than a word ("Heavenly province .../land of plenty" names no pinyin name)
    assert not {"北京", "东京", "柏林", "长江", "黄河", "天府", "白羊座"} & forms


def test_the_name_of_a_sense_is_its_capitalised_words() -> None:
    assert BUILD._romanized("Yanchi county in Ningxia", "Yan2 chi2")  # R45-9's cause: compared whole before
    assert BUILD._romanized("Mingshan county in Ya'an 雅安[Ya3 an1]", "Ming2 shan1")
    assert BUILD._romanized("Bo Le (horse connoisseur during Spring and Autumn Period)", "Bo2 Le4")
    assert BUILD._romanized("A-dou, nickname of Liu Chan", "A1 dou3")
    assert not BUILD._romanized("Waterloo (Belgium)", "Hua2 tie3 lu2")
    assert not BUILD._romanized("famous mountain", "Ming2 shan1")
    assert not BUILD._romanized("Yongle Emperor", "Yong3 le4")  # the name is "Yongle Emperor", no pinyin alone


@pytest.mark.parametrize(
    ("line", "renders"),
    [
        ("鹽池 盐池 [Yan2 chi2] /Yanchi county in Ningxia/a saltpan/", True),
        (
            "布袋 布袋 [Bu4 dai4] /pouch/sack/bag/Budai (the Laughing Buddha)/Budai or Putai town in Chiayi county/",
            True,
        ),
        ("名山 名山 [Ming2 shan1] /famous mountain/Mingshan county in Ya'an 雅安[Ya3 an1], Sichuan/", True),
        ("延壽 延寿 [Yan2 shou4] /Yanshou county in Harbin, Heilongjiang/to extend life/", True),
        ("伯樂 伯乐 [Bo2 Le4] /Bo Le (horse connoisseur)/a good judge of talent/talent scout/", True),
        # no name in pinyin: an English name or a description carries the sense
        (
            "天府 天府 [Tian1 fu3] /Heavenly province (epithet of Sichuan, esp. area around Chengdu)/land of plenty/",
            False,
        ),
        ("北山 北山 [Bei3 shan1] /northern mountain/refers to Mt Mang 邙山 at Luoyang in Henan/", False),
        # a name in pinyin whose other senses are no plain word (a figure of more words, another name, a reference)
        ("太歲 太岁 [Tai4 sui4] /Tai Sui, God of the year/nickname for sb who is the most powerful in an area/", False),
        ("酆都 酆都 [Feng1 du1] /Fengdu county Chongqing municipality/name of a famous necropolis/", False),
        ("金牛 金牛 [Jin1 niu2] /Taurus (star sign)/Jinniu district of Chengdu city/", False),
        ("北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/", False),
        # three characters: the plain sense is the name's figure ("mastermind"), listed only with ORDINARY_SENSE
        ("諸葛亮 诸葛亮 [Zhu1 ge3 Liang4] /Zhuge Liang (181-234), military leader/mastermind/", False),
    ],
)
def test_a_line_renders_a_common_word(line: str, renders: bool) -> None:
    match = BUILD.LINE_RE.match(line)
    assert match is not None
    _, hans, numbered, glosses = match.groups()
    assert BUILD._renders_a_common_word(hans, numbered, glosses.split("/")) is renders


# Lower-case words that cannot spell what PLAIN_SENSE refuses (name, see, same, surname, variant, abbr, lit): no b, l,
# n, s or v.
_LOWER_WORDS = st.lists(st.text(alphabet="acdefghijkmopqrtuwxyz", min_size=1, max_size=8), min_size=1, max_size=3)


@given(
    syllables=st.lists(st.sampled_from(sorted(SYLLABLES)), min_size=2, max_size=2),
    tones=st.lists(st.integers(1, 5), min_size=2, max_size=2),
    tail=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8), max_size=4),
    plain=_LOWER_WORDS,
    at=st.integers(0, 2),
)
def test_a_pinyin_name_and_a_plain_word_are_found_in_any_order(
    syllables: list[str], tones: list[int], tail: list[str], plain: list[str], at: int
) -> None:
    numbered = " ".join(
        f"{s.capitalize() if i == 0 else s}{t}" for i, (s, t) in enumerate(zip(syllables, tones, strict=True))
    )
    name = "".join(syllables).capitalize()
    # the name, whatever lower-case words follow it ("Yanchi county in ..."), is the line's pinyin
    assert BUILD._romanized(" ".join([name, *tail]), numbered)
    word = " ".join(plain)
    senses = ["Big Name (a description)", " ".join([name, *tail])]
    senses.insert(at, word)
    assert BUILD._renders_a_common_word("甲乙", numbered, senses)
    # three characters: not by a plain word (诸葛亮's "mastermind" is the name's figure)
    assert not BUILD._renders_a_common_word("甲乙丙", numbered, senses)
    # a capitalised word makes the sense a name of its own, no common word
    senses[senses.index(word)] = word.capitalize()
    assert not BUILD._renders_a_common_word("甲乙", numbered, senses)

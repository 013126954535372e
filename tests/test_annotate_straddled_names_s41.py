"""A place's name that starts inside a personal name the glossary lacks is no match (issue 9; R40-22).

刘强东京东方面 glossed 东京 "Tokyo" and 恒大许家印度过难关 印度 "India" on a glossary without the
person: the text reads 刘强东|京东 and 许家印|度过, a surname and one or two given characters, then
the rest of the match starting the next word (京东, 度过). jieba's counts lack the person, so the
word-edge rule (`zhgloss.glossrules.CrossingRule`) read 刘|强|东京|东. The rule now weighs such a
name as it weighs a glossary form, in the same segmentation (`_persons_across`), and the reading
decides: 王德法国之行 keeps 法国 (no word 国之 follows), 李明日本之行 keeps 日本 (the name ends
before it), 黄河南岸 keeps the river (黄河 is a word, no name).

The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz), imported
as `zhgloss import --proper-only` reads them; none names 刘强东, 许家印 or 张海.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossrules import _persons_across, _running_surnames
from zhgloss.segment import bundled_counts

CEDICT = """\
中國 中国 [Zhong1 guo2] /China/
剛果 刚果 [Gang1 guo3] /Congo/
印度 印度 [Yin4 du4] /India/
天津 天津 [Tian1 jin1] /Tianjin, a municipality in northeast China, abbr. 津/
廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/
日本 日本 [Ri4 ben3] /Japan/
東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/
法國 法国 [Fa3 guo2] /France/French/
海南 海南 [Hai3 nan2] /Hainan Province, in the South China Sea/Hainan Island/
黃河 黄河 [Huang2 He2] /Yellow River or Huang He/
深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/
美國 美国 [Mei3 guo2] /United States/USA/US/
雲南 云南 [Yun2 nan2] /Yunnan province in southwest China, bordering on Vietnam, Laos and Myanmar, abbr. 滇[dian1] or 雲|云, capital Kunming 昆明/
"""
PERSONS = """\
劉強東 刘强东 [Liu2 Qiang2 dong1] /Liu Qiangdong (1974-), founder of JD.com/
許家印 许家印 [Xu3 Jia1 yin4] /Xu Jiayin (1958-), founder of Evergrande/
"""

NAMES = Annotator(load_cedict(io.StringIO(CEDICT), proper_only=True))
WITH_PERSONS = Annotator(load_cedict(io.StringIO(CEDICT + PERSONS), proper_only=True))


def glossed(text: str, annotator: Annotator = NAMES) -> list[str]:
    return [m.surface for m in annotator.mentions(text)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("这次会议刘强东京东方面也派了人。", []),  # R40-22: 刘强东|京东, not 东京 "Tokyo"
        ("刘强东京东年会讲话", []),  # the fortieth session's repro
        ("這次會議劉強東京東方面也派了人。", []),  # traditional characters
        ("恒大许家印度过难关。", []),  # R40-22: 许家印|度过, not 印度 "India"
        ("张海南下广州打工。", ["广州"]),  # 张海|南下 "went south", not 海南
    ],
)
def test_a_place_starting_inside_an_unknown_persons_name_is_no_match(line: str, names: list[str]) -> None:
    assert glossed(line) == names


@pytest.mark.parametrize("surname", "马高黄金石方万王李张刘白田叶林朱胡龙")
def test_a_surname_that_is_a_common_word_too_starts_the_name(surname: str) -> None:
    """The reviewer's R41-2: 马云南下深圳 read 马|云南|下, the surname's own count as a word (马 "horse", 高 "tall",
    金 "gold") outweighing a name counted as a glossary form; the name now weighs at least what its surname does."""
    assert glossed(f"{surname}云南下深圳考察。") == ["深圳"]
    assert glossed(f"恒大{surname}家印度过了难关。") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("一万美国人参加了活动。", ["美国"]),  # a numeral makes 万 a count: 一万|美国人, no name 万美
        ("三万美国人参加了活动。", ["美国"]),
    ],
)
def test_a_surname_a_numeral_counts_starts_no_name(line: str, names: list[str]) -> None:
    assert glossed(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("王德法国之行。", ["法国"]),  # 王德法 is followed by no word (国之): Wang De's trip to France
        ("去年李明日本之行很顺利。", ["日本"]),  # the name ends where the match starts
        ("黄河南岸发生洪水。", ["黄河"]),  # 黄河 is a word, no name: the Yellow River's south bank
        ("全体中国人民。", ["中国"]),
        ("陈光明天津人。", ["天津"]),
        ("李刚果然没来。", []),  # 刚果 "Congo" was dropped before: 李刚|果然
    ],
)
def test_a_place_no_name_straddles_is_judged_as_before(line: str, names: list[str]) -> None:
    assert glossed(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("这次会议刘强东京东方面也派了人。", ["刘强东"]),
        ("恒大许家印度过难关。", ["许家印"]),
    ],
)
def test_the_person_the_glossary_knows_is_glossed(line: str, names: list[str]) -> None:
    assert glossed(line, WITH_PERSONS) == names


HAN = "刘强东京许家印度过王德法国之行李明日本黄河南岸张海下广州中人民的了是"


@given(st.text(alphabet=HAN, min_size=2, max_size=10), st.data())
def test_every_name_read_across_a_match_starts_before_it_and_ends_inside_it(window: str, data: st.DataObject) -> None:
    """Whatever the window and the match: each name read is a running surname and one or two characters, starting
    before the match and ending inside it, and the characters from its end on start a word that runs past the match."""
    s = data.draw(st.integers(0, len(window) - 2))
    e = data.draw(st.integers(s + 2, len(window)))
    counts = bundled_counts()
    for a, j in _persons_across(window, s, e, counts):
        assert a < s < j < e
        assert j - a in (2, 3)
        assert window[a] in _running_surnames()
        assert any(counts.get(window[j:k]) for k in range(e + 1, min(len(window), j + 4) + 1))

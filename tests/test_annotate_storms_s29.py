"""A tropical cyclone's name is its own, not the sense of its characters: 台风“摩羯” is Typhoon Yagi (issue 9).

The Western Pacific's typhoons are named from a list of words of the member states' languages, which Chinese news
writes by their sense: 摩羯 (Yagi, Japanese for the goat: Capricorn), 金牛 (Taurus), 狮子山 (Lionrock). With the full
CC-CEDICT names glossary 台风“摩羯”在海南文昌登陆 was glossed 摩羯（Capricorn） (gls's twenty-ninth-session wire copy,
line 47). A name right after a storm's kind (台风, 飓风, 热带风暴, 气旋), bare or quoted, is not glossed unless it is a
personal name, as the Atlantic's hurricanes are named (飓风“玛丽亚”, Hurricane Maria: CC-CEDICT's "Maria (name)").
The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
摩羯 摩羯 [Mo2 jie2] /Capricorn (star sign)/northern people in classical times, a branch of the Huns or Xiongnu 匈奴/
金牛 金牛 [Jin1 niu2] /Taurus (star sign)/Jinniu district of Chengdu city 成都市[Cheng2 du1 shi4], Sichuan/
雙子 双子 [Shuang1 zi3] /Gemini (star sign)/
獅子山 狮子山 [Shi1 zi5 shan1] /Sierra Leone (Tw)/Shizishan or Lion Mountain/Shizishan district of Tongling city \
銅陵市|铜陵市[Tong2 ling2 shi4], Anhui/
瑪麗亞 玛丽亚 [Ma3 li4 ya4] /Maria (name)/
海南 海南 [Hai3 nan2] /Hainan Province, in the South China Sea, short name 瓊|琼[Qiong2], capital Haikou 海口/\
Hainan Island/Hainan District of Wuhai City 烏海市|乌海市[Wu1 hai3 Shi4], Inner Mongolia/Hainan Tibetan Autonomous \
Prefecture 海南藏族自治州[Hai3 nan2 Zang4 zu2 Zi4 zhi4 zhou1], Qinghai/
文昌 文昌 [Wen2 chang1] /Wenchang City, Hainan/
日本 日本 [Ri4 ben3] /Japan/
香港 香港 [Xiang1 gang3] /Hong Kong/
波多黎各 波多黎各 [Bo1 duo1 Li2 ge4] /Puerto Rico, self-governing unincorporated territory of the United States/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gls's wire copy, line 47 (main 7051b11): Typhoon Yagi
        ("台风“摩羯”在海南文昌登陆，当地已转移群众约5万人。", ["海南", "文昌"]),
        # my own: bare after its number, traditional script and corner quotes, a storm's grades, other list names
        ("今年第11号台风摩羯在海南登陆。", ["海南"]),
        ("颱風「摩羯」逼近香港。", ["香港"]),
        ("超强台风“摩羯”登陆海南。", ["海南"]),
        ("强热带风暴“金牛”生成。", []),
        ("台风“狮子山”登陆日本。", ["日本"]),
        ("热带风暴“双子”减弱为热带低压。", []),
    ],
)
def test_a_storms_name_is_not_the_sense_of_its_characters(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hurricane named by a personal name keeps it (Hurricane Maria); the star sign itself; a storm not named.
        ("飓风“玛丽亚”重创波多黎各。", ["玛丽亚", "波多黎各"]),
        ("她的星座是摩羯。", ["摩羯"]),
        ("受台风影响，日本航班取消。", ["日本"]),
        ("台风过后，海南恢复供电。", ["海南"]),
    ],
)
def test_a_personal_name_a_star_sign_and_places_after_a_storm_stay(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

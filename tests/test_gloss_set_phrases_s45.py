"""A name inside a four-character set phrase CC-CEDICT writes as an ordinary word is not glossed (the review's R45-6
class and its final list for R45-9): 这件宝物价值连城 is "this treasure is priceless", no Liancheng county;
他百战百胜 "he wins every battle", no BaiSheng; 杭州湾跨海大桥 "the Hangzhou Bay bridge", no Da Qiao.

CC-CEDICT capitalises a proper name's syllables wherever it stands in a headword (北京烤鸭 Bei3 jing1 kao3 ya1), so a
four-character headword whose every syllable is lower case (价值连城 jia4 zhi2 lian2 cheng2) holds no name:
scripts/build_holding_words.py marks such a word of holding_words.txt "idiom", as it marks CC-CEDICT's "(idiom)" lines
and jieba's i/l words, and annotate's rule on rare words (`zhgloss.glossrules.InsideRule._outside_rare_words`) drops a
name the word holds past its first character. Over the whole of jieba's and CC-CEDICT's lists: 71 more of
holding_words.txt's 8,100 words are marked (价值连城, 百战百胜, 跨海大桥, 四大发明, 北斗七星, 包罗万象, 沿海地区 ...).

Not reached: 金山银山 (绿水青山就是金山银山), which neither jieba's dictionary nor CC-CEDICT lists, and a phrase that
starts with the name (the rule looks past the first character). The glossary is real CC-CEDICT lines (CC BY-SA 4.0,
MDBG, ../shared/data/cedict_ts.u8.gz).
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501

from __future__ import annotations

import io

import pytest
from build_scripts import load_build_script
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossrules import holding_words

BUILD = load_build_script("build_holding_words")

LINES = """\
連城 连城 [Lian2 cheng2] /Liancheng county level city in Longyan 龍岩|龙岩, Fujian/
百勝 百胜 [Bai3 sheng4] /BaiSheng, common name for Chinese company/PakSing, common Hong Kong company name/
大橋 大桥 [Da4 Qiao2] /Da Qiao, one of the Two Qiaos, according to Romance of the Three Kingdoms 三國演義|三国演义[San1 guo2 Yan3 yi4], the two great beauties of ancient China/
大發 大发 [Da4 fa1] /Daihatsu, Japanese car company/
北斗 北斗 [Bei3 dou3] /Great Bear/Big Dipper/Peitou town in Changhua county 彰化縣|彰化县[Zhang1 hua4 xian4], Taiwan/
杭州灣 杭州湾 [Hang2 zhou1 wan1] /Hangzhou Bay/
柏林 柏林 [Bo2 lin2] /Berlin, capital of Germany/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class: a name held past the first character of a lower-case four-character word
        ("这件宝物价值连城。", []),
        ("他带领的队伍百战百胜。", []),
        ("杭州湾跨海大桥建成通车。", ["杭州湾"]),
        ("造纸术是中国古代四大发明之一。", []),
        ("夜空中北斗七星清晰可见。", []),
        # the names where no such word holds them
        ("福建连城的客家人", ["连城"]),
        ("天上的北斗很亮。", ["北斗"]),
        ("大发汽车宣布召回部分车型。", ["大发"]),
        ("德国柏林举行了会议。", ["柏林"]),
    ],
)
def test_a_name_inside_a_set_phrase_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_shipped_list_marks_cedicts_lower_case_four_character_words() -> None:
    _words, idioms, _parts = holding_words()
    assert {"价值连城", "百战百胜", "跨海大桥", "四大发明", "北斗七星"} <= idioms
    assert "地久天长" in idioms  # CC-CEDICT's "(idiom)", as before
    assert not {"宛平城", "基民盟"} & idioms  # a town's name and a party's: no ordinary word


@pytest.mark.parametrize(
    ("line", "is_set_phrase"),
    [
        ("價值連城 价值连城 [jia4 zhi2 lian2 cheng2] /invaluable/priceless/", True),
        (
            "百戰百勝 百战百胜 [bai3 zhan4 bai3 sheng4] /to emerge victorious in every battle/to be ever-victorious/",
            True,
        ),
        ("跨海大橋 跨海大桥 [kua4 hai3 da4 qiao2] /bay bridge (elevated bridge across stretch of water)/", True),
        # a name's syllables capitalised inside the word: the word holds the name
        ("北京烤鴨 北京烤鸭 [Bei3 jing1 kao3 ya1] /Peking Duck/", False),
        (
            "東海大橋 东海大桥 [Dong1 hai3 Da4 qiao2] /Donghai Bridge, 32.5 km bridge between Shanghai and Yangshan/",
            False,
        ),
        # not four characters: a longer lower-case headword may write a name so (the PLA holds 解放军)
        ("人民解放軍 人民解放军 [ren2 min2 jie3 fang4 jun1] /People's Liberation Army/", False),
        # no word of its own
        ("価值連城 价值连城 [jia4 zhi2 lian2 cheng2] /variant of 價值連城|价值连城/", False),
    ],
)
def test_a_set_phrase_is_a_lower_case_four_character_headword(line: str, is_set_phrase: bool) -> None:
    match = BUILD.LINE_RE.match(line)
    assert match is not None
    _hant, hans, numbered, glosses = match.groups()
    assert BUILD._is_set_phrase(hans, numbered, glosses) is is_set_phrase

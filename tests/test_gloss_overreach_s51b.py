"""Right glosses the fifty-first session's annotate rules had taken away (the tester's brk51 regressions), by class.

Each class holds the tester's lines beside lines of the same kind of my own, with the full CC-CEDICT names glossary
(`--proper-only`); beside them, the rule's own cases, which stay left out:

- a people's name before a performance word is the people (苗族歌舞演出, 哈萨克族歌手的演唱会: B51-8,
  `zhgloss.glossrules._performer_ahead`);
- a foreign place after a place of China is a route's end or the visitors' goal, unless its characters spell a
  Chinese phrase (上海济州岛航线, 重庆广岛两市; not 海口骑楼老街: B51-9, `_spells_a_phrase`);
- a quotation that starts with a city is slang only where the sentence speaks of a pun on sound (“淄博烧烤”成为网络热梗
  keeps Zibo: B51-10, `_is_quoted_slang`);
- 三国 after a city or a province of China is the Three Kingdoms period (荆州三国文化旅游节: B51-7, `_romanises`);
- a place abroad or in Hong Kong before a hospital's or a school's word keeps its translated English (黄金海岸大学医院,
  近东大学, 北角医院: B51-2, `_names_china`);
- a province of China + 人 before an establishment's word is its people's (四川人餐厅: B51-5).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed

from zhgloss.annotate import Annotator


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> Annotator:
    return _names_annotator(shared_dir)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # B51-8: a people's name before a performance word
        ("苗族歌舞演出在凯里举行。", ["苗族", "凯里"]),
        ("哈萨克族歌手的演唱会门票售罄。", ["哈萨克族"]),
        ("蒙古族长调演唱会在呼和浩特举行。", ["蒙古族", "呼和浩特"]),
        ("维吾尔歌手的演唱会在乌鲁木齐举行。", ["维吾尔", "乌鲁木齐"]),
        ("苗族演出在凯里举行。", ["苗族", "凯里"]),
        # B51-9: a foreign place after a place of China
        ("上海济州岛航线今天复航。", ["上海", "济州岛"]),
        ("成都直飞巴厘岛的航班今天首航。", ["成都", "巴厘岛"]),
        ("上海至富士山的旅游团报名火爆。", ["上海", "富士山"]),
        ("重庆广岛两市缔结友好城市四十周年。", ["重庆", "广岛"]),
        ("青岛直飞济州岛的航班增加。", ["青岛", "济州岛"]),
        # B51-10: the city of a trend's quotation
        ("“淄博烧烤”成为今年最火的网络热梗。", ["淄博"]),
        ("“天水麻辣烫”走红网络，成为新的热梗。", ["天水"]),
        ("“贵州村超”成为网络流行语。", ["贵州"]),
        ("“西安肉夹馍”成了网友口中的热词。", ["西安"]),
        # B51-7: 三国 after a city or a province of China
        ("荆州三国文化旅游节今天开幕。", ["荆州", "三国"]),
        ("许昌三国文化周吸引了大批游客。", ["许昌", "三国"]),
        ("汉中三国遗迹众多。", ["汉中", "三国"]),
        ("赤壁三国古战场迎来游客。", ["赤壁", "三国"]),
        # B51-2: a place abroad or in Hong Kong before a hospital's or a school's word
        ("澳大利亚黄金海岸大学医院收治了两名中国游客。", ["澳大利亚", "黄金海岸", "中国"]),
        ("北塞浦路斯近东大学今年招收了五百名中国留学生。", ["塞浦路斯", "近东", "中国"]),
        ("马尼拉远东大学的学生举行了集会。", ["马尼拉", "远东"]),
        ("北角医院位于香港岛东部。", ["北角", "香港岛"]),
        ("他在远东大学读书。", ["远东"]),
        # B51-5: a province of China + 人 before an establishment's word
        ("四川人餐厅的麻婆豆腐很受欢迎。", ["四川"]),
        ("台湾人公司。", ["台湾"]),
        ("湖南人餐厅开业。", ["湖南"]),
    ],
)
def test_the_right_gloss_the_rules_had_taken_is_kept(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刀郎巡回演唱会在西安开唱。", ["西安"]),  # the singer, not the Dolan people
        ("海口骑楼老街游人如织。", []),  # an old street, not Lao Cai
        ("台北淡水老街的小吃很有名。", ["台北"]),
        ("“蚌埠住了”是一个谐音梗。", []),
        ("网友用“芜湖起飞”玩谐音梗。", []),
        ("欧洲三国与伊朗对话。", ["欧洲", "伊朗"]),  # three European countries
        ("北京天坛医院专家表示。", ["北京"]),  # Tiantan Hospital
        ("澳门威尼斯人度假村开业。", ["澳门"]),  # The Venetian
    ],
)
def test_the_rules_own_cases_stay_left_out(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公安局长安建国介绍了案情。", []),  # B51-3: Director An Jianguo, not Chang'an
        ("副局长安建国表示。", []),  # as before
    ],
)
def test_a_title_and_a_three_character_name_are_not_read_across(
    names: Annotator, text: str, expected: list[str]
) -> None:
    assert glossed(text, names) == expected


def test_a_romanisation_is_told_from_a_translation() -> None:
    from zhgloss.glossrules import _names_china, _romanises, _spells_a_phrase

    assert _romanises("Jingzhou", "Jīngzhōu")
    assert _romanises("Shu Han", "Shǔ Hàn")
    assert not _romanises("Europe", "Ōuzhōu")
    assert not _romanises("ASEAN", "Dōngméng")
    assert _names_china("Temple of Heaven (in Beijing)")
    assert not _names_china("North Point district of Hong Kong")
    assert _spells_a_phrase("老街", "Lao Cai")
    assert not _spells_a_phrase("广岛", "Hiroshima")  # the Japanese reading of its characters
    assert not _spells_a_phrase("济州岛", "Jeju Island")

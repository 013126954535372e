"""A region's or a pair's name inside a longer series of compass points or country abbreviations is not glossed (R46-14).

News strings compass points into one region's name and one-character country abbreviations into one series: 中东欧
"Central and Eastern Europe" (the China–CEEC summit, 中国—中东欧国家合作峰会), 中北美洲, 中南美洲 "Central and South
America", 中美欧 "China, the US and the EU", 美日韩. With the --proper-only import annotate glossed the part the glossary
has: 中东欧（Eastern Europe）, 中美欧（US and EU）, 中南（South Central China）美洲（America）, 中北美洲（North America）.
`zhgloss.glossrules._in_series` reads the shape, in `InsideRule._outside_series` and for the forms CrossingRule gives
back (东欧 for 中东, 美欧 for 中美). The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG,
../shared/data/cedict_ts.u8.gz).
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501

from __future__ import annotations

import io
import itertools
import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import glossed, imported_db
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossrules import _COMPASS, _REGION_WORDS, _SERIES_ABBREVIATIONS, _in_series

LINES = """\
中南 中南 [Zhong1 Nan2] /South Central China (Henan, Hubei, Hunan, Guangdong, Guangxi, Hainan)/abbr. for China-South Africa/
中南海 中南海 [Zhong1 nan2 hai3] /Zhongnanhai, palace adjacent to the Forbidden City, now the central headquarters of the Communist Party and the State Council/
中國 中国 [Zhong1 guo2] /China/
中日 中日 [Zhong1 Ri4] /China-Japan/
中日韓 中日韩 [Zhong1 Ri4 Han2] /China, Japan and Korea/
中東 中东 [Zhong1 dong1] /Middle East/
中美 中美 [Zhong1 Mei3] /China-USA/
北美洲 北美洲 [Bei3 mei3 zhou1] /North America/
南美洲 南美洲 [Nan2 mei3 zhou1] /South America/
南陽 南阳 [Nan2 yang2] /Nanyang prefecture level city in Henan/
山東 山东 [Shan1 dong1] /Shandong, province in northeast China, short name 魯|鲁[Lu3], capital Jinan 濟南|济南[Ji3 nan2]/
東亞 东亚 [Dong1 ya4] /East Asia/
東北亞 东北亚 [Dong1 bei3 Ya4] /Northeast Asia/
東歐 东欧 [Dong1 Ou1] /Eastern Europe/
河南 河南 [He2 nan2] /Henan province (Honan) in central China, abbr. 豫, capital Zhengzhou 鄭州|郑州[Zheng4 zhou1]/
美歐 美欧 [Mei3 Ou1] /US and EU/America-Europe/
美洲 美洲 [Mei3 zhou1] /America (including North, Central and South America)/the Americas/abbr. for 亞美利加洲|亚美利加洲[Ya4 mei3 li4 jia1 Zhou1]/
西歐 西欧 [Xi1 ou1] /Western Europe/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class: a part of a longer series
        ("中国—中东欧国家合作峰会。", ["中国"]),
        ("中东欧国家", []),
        ("中美欧三方会谈。", []),
        ("美欧中三方会谈。", []),
        ("中南美洲国家", []),
        ("中北美洲的气候", []),
        ("中東歐國家", []),  # traditional
        # the names alone, beside each other, or after a word ending on a compass point
        ("西欧和东欧", ["西欧", "东欧"]),
        ("东欧国家", ["东欧"]),
        ("南美洲和北美洲", ["南美洲", "北美洲"]),
        ("中南海", ["中南海"]),
        ("东北亚", ["东北亚"]),
        ("中日韩三国", ["中日韩"]),
        ("中东局势", ["中东"]),
        ("中美关系", ["中美"]),
        ("其中东欧国家占一半。", ["东欧"]),  # 其中 "among them"
        ("中美日益密切的关系", ["中美"]),  # 日益 "day by day"
        ("河南南阳", ["河南", "南阳"]),
        ("山东东亚", ["山东", "东亚"]),
    ],
)
def test_a_name_inside_a_series_of_compass_points_or_abbreviations_is_not_glossed(
    text: str, expected: list[str]
) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_console_script_leaves_the_summit_alone(tmp_path: Path, zhgloss_exe: str) -> None:
    db = imported_db(tmp_path, LINES)
    text = "中国—中东欧国家合作峰会举行。中美欧三方会谈。西欧和东欧\n"
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "annotate", "-"], input=text, capture_output=True, text=True, check=True
    )
    assert (
        done.stdout
        == "中国（China）—中东欧国家合作峰会举行。中美欧三方会谈。西欧（Western Europe）和东欧（Eastern Europe）\n"
    )


def test_every_series_of_two_compass_points_and_a_continent_glosses_no_part() -> None:
    # The whole domain of the compass half: two compass points, then a continent, in a line of news.
    glossed_parts = []
    for first, second in itertools.permutations(sorted(_COMPASS), 2):
        for region in _REGION_WORDS:
            text = f"{first}{second}{region}国家代表出席会议。"
            if glossed(text, ANNOTATOR) and f"{first}{second}{region}" != "东北亚":
                glossed_parts.append(text)
    assert glossed_parts == []


@given(st.permutations(sorted(_SERIES_ABBREVIATIONS)))
def test_three_abbreviations_in_a_row_make_their_pairs_part_of_the_series(order: list[str]) -> None:
    text = "".join(order[:3]) + "三方会谈。"
    assert _in_series(text, 1, 3)

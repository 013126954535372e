"""CC-CEDICT import: a unit of administration keeps its generic when its bare name is another's, and goes by pinyin.

The acceptance tester of the twentieth session (seed 2030, `--proper-only`) found: 河北区 "Hebei district of Tianjin"
with en "Hebei", the province's English (so lookup and annotate's English side took one for the other; 台北县 "Taipei"
glossed "the former Taipei mayor" as the county, 和县 "He" is the surname's); and the pinyin name of a place written
first in a minority language lost or put second (乌达 "Ud raion or Wuda District ..." was "Ud" alone, 塔城地区
"Tarbaghatay wilayiti or Tacheng prefecture" was "Tarbaghatay", 焉耆县 "Yenji Xuyzu aptonom nahiyisi or Yanqi Hui
autonomous county" was "Yenji Xuyzu"). The rules (zhgloss.formats.cedict): `_name_the_unit`, and the pinyin name after
"or" in `_read_line` (`_reading_part`, `_UNIT_LEAD_RE`, `_AUTONOMOUS_RE`).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "河北 河北 [He2 bei3] /Hebei province (Hopeh) in north China surrounding Beijing, short name 冀, capital"
        " Shijiazhuang 石家莊|石家庄[Shi2 jia1 zhuang1]/\n",
        "河北區 河北区 [He2 bei3 qu1] /Hebei district of Tianjin municipality 天津市[Tian1 jin1 shi4]/\n",
        "台北縣 台北县 [Tai2 bei3 xian4] /Taibei or Taipei county in north Taiwan/\n",
        "台北 台北 [Tai2 bei3] /Taibei or Taipei, capital of Taiwan/\n",
        "和縣 和县 [He2 xian4] /He county in Chaohu 巢湖[Chao2 hu2], Anhui/\n",
        "和 和 [He2] /surname He/Japanese (food, clothes etc)/\n",
        "湘潭 湘潭 [Xiang1 tan2] /Xiangtan prefecture level city in Hunan/\n",
        "湘潭縣 湘潭县 [Xiang1 tan2 xian4] /Xiangtan county in Xiangtan 湘潭[Xiang1 tan2], Hunan/\n",
        "三河 三河 [San1 he2] /Three rivers/Sanhe county level city in Langfang 廊坊[Lang2 fang2], Hebei/\n",
        "三河市 三河市 [San1 he2 shi4] /Sanhe county level city in Langfang 廊坊[Lang2 fang2], Hebei/\n",
        "三河縣 三河县 [San1 he2 xian4] /Sanhe county in Beijing/\n",
        "無錫 无锡 [Wu2 xi1] /Wuxi prefecture level city in Jiangsu/\n",
        "無錫新區 无锡新区 [Wu2 xi1 xin1 qu1] /Wuxi new district of Wuxi city 無錫市|无锡市[Wu2 xi1 shi4], Jiangsu/\n",
        "烏達 乌达 [Wu1 da2] /Ud raion or Wuda District of Wuhait City 烏海市|乌海市[Wu1 hai3 Shi4], Inner Mongolia/\n",
        "塔城地區 塔城地区 [Ta3 cheng2 di4 qu1] /Tarbaghatay wilayiti or Tacheng prefecture in Xinjiang/\n",
        "焉耆縣 焉耆县 [Yan1 qi2 xian4] /Yenji Xuyzu aptonom nahiyisi or Yanqi Hui autonomous county in Bayingolin"
        " Mongol Autonomous Prefecture, Xinjiang 巴音郭楞蒙古自治州[Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1],"
        " Xinjiang/\n",
        "巴里坤 巴里坤 [Ba1 li3 kun1] /Barkol Kazakh autonomous county or Barköl Qazaq aptonom nahiyisi in Kumul"
        " prefecture 哈密地區|哈密地区[Ha1 mi4 di4 qu1], Xinjiang/\n",
        "若羌 若羌 [Ruo4 qiang1] /Chaqiliq nahiyisi or Ruoqiang county in Bayingolin Mongol Autonomous Prefecture,"
        " Xinjiang 巴音郭楞蒙古自治州[Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1], Xinjiang/\n",
        "順義 顺义 [Shun4 yi4] /Shunyi district of Beijing, formerly Shunyi county/\n",
        "順義區 顺义区 [Shun4 yi4 qu1] /Shunyi district of Beijing, formerly Shunyi county/\n",
        # Taiwan keeps its own romanizations:
        "高雄 高雄 [Gao1 xiong2] /Kaohsiung or Gaoxiong city and county in south Taiwan/\n",
        "淡水 淡水 [Dan4 shui3] /Tamsui or Danshui, district of New Taipei City 新北市[Xin1 bei3 shi4], Taiwan/\n",
        "鄯善 鄯善 [Shan4 shan4] /Piqan county or Pichan nahiyisi in Turpan prefecture 吐魯番地區|吐鲁番地区[Tu3 lu3"
        " fan1 di4 qu1], Xinjiang/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "other"),
    [
        ("河北区", "Hebei District", "河北"),
        ("和县", "He County", "和"),  # 和 is the surname He
        ("湘潭县", "Xiangtan County", "湘潭"),
        ("三河市", "Sanhe City", "三河县"),  # "county level city": a city
        ("三河县", "Sanhe County", "三河市"),
    ],
)
def test_a_unit_whose_bare_name_is_anothers_keeps_its_generic(zh: str, en: str, other: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]
    assert NAMES[zh].en not in (NAMES[other].en, *NAMES[other].aliases)


def test_a_units_other_spelling_keeps_its_generic_too() -> None:
    county, city = NAMES["台北县"], NAMES["台北"]
    assert county.type == "place"
    forms = {county.en, *county.aliases}
    assert not forms & {city.en, *city.aliases}, (county, city)
    assert "Taipei County" in forms or "Taibei County" in forms


@pytest.mark.parametrize(("zh", "en"), [("河北", "Hebei"), ("湘潭", "Xiangtan"), ("无锡", "Wuxi")])
def test_the_bare_name_stays_the_bare_entrys(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_the_generic_is_the_lines_own() -> None:
    # "Wuxi new district of Wuxi city": "city" is where it lies, no generic of the district's name.
    assert "City" not in NAMES["无锡新区"].en, NAMES["无锡新区"]


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("乌达", "Wuda", "Ud"),  # "Ud raion or Wuda District of Wuhait City"
        ("塔城地区", "Tacheng", "Tarbaghatay"),
        ("焉耆县", "Yanqi", "Yenji"),  # "Yenji Xuyzu aptonom nahiyisi or Yanqi Hui autonomous county"
        ("若羌", "Ruoqiang", "Chaqiliq"),
    ],
)
def test_a_place_of_china_goes_by_its_pinyin_name(zh: str, en: str, alias: str) -> None:
    entry = NAMES[zh]
    assert entry.en.split()[0] == en, entry
    assert alias in entry.aliases


def test_the_people_a_county_is_autonomous_for_is_no_part_of_its_name() -> None:
    assert NAMES["巴里坤"].en == "Barkol", NAMES["巴里坤"]


@pytest.mark.parametrize(("zh", "en"), [("高雄", "Kaohsiung"), ("淡水", "Tamsui"), ("鄯善", "Piqan")])
def test_taiwans_romanizations_and_names_not_in_pinyin_stay(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


def test_a_former_name_with_its_generic_gets_no_second_one() -> None:
    # Tester 07:03 (1): "formerly Shunyi county" became the alias "Shunyi county District".
    forms = [NAMES["顺义"].en, *NAMES["顺义"].aliases]
    assert not any(form.endswith("county District") for form in forms), forms

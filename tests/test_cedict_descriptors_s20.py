"""CC-CEDICT import: the English is the name alone, descriptors after it dropped, a description no name at all.

The acceptance tester of the nineteenth session found, on the `--proper-only` import: descriptors kept after a name
whose headword writes the generic or not (黑潮 "Kuroshio current", 斯托肯立石圈 "Stonehenge stone circle", 迪戈·加西亚岛
"Diego Garcia tropical island", 寒武纪 "Cambrian geological period"); a holiday's name in CC-CEDICT's lower case
(圣诞前夕 "Christmas eve"); a description as the name (东胡 "Eastern barbarian", 木骨都束 "African kingdom", 孔丛子
"K'ung" of "the K'ung family Masters' anthology"); a title before the name the line gives (敖闰 "Dragon King of the
West Sea, Ao Run"). The rules (zhgloss.formats.cedict): `_without_descriptor` (data/cedict_generics.tsv),
`_name_by_reading` and `_holiday_cased`.

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
        "黑潮 黑潮 [Hei1 chao2] /Kuroshio current/\n",
        "斯托肯立石圈 斯托肯立石圈 [Si1 tuo1 ken3 li4 shi2 quan1] /Stonehenge stone circle/\n",
        "迪戈·加西亞島 迪戈·加西亚岛 [Di2 ge1 · Jia1 xi1 ya4 Dao3] /Diego Garcia tropical island and US military"
        " base in the Indian Ocean, main island of Chago archipelago 查戈斯群島|查戈斯群岛[Cha2 ge1 si1 Qun2 dao3]/\n",
        "寒武紀 寒武纪 [Han2 wu3 ji4] /Cambrian geological period (541-485.4 million years ago)/\n",
        "聖誕前夕 圣诞前夕 [Sheng4 dan4 qian2 xi1] /Christmas eve/\n",
        "中秋 中秋 [Zhong1 qiu1] /the Mid-autumn festival, the traditional moon-viewing festival on the 15th of the 8th"
        " lunar month/\n",
        "東胡 东胡 [Dong1 hu2] /Eastern barbarian/ancient ethnic group of northeast frontier of China/\n",
        "木骨都束 木骨都束 [Mu4 gu3 du1 shu4] /Chinese name for African kingdom in Somalia, cf Mogadishu 摩加迪沙/\n",
        "孔叢子 孔丛子 [Kong3 cong2 zi3] /the K'ung family Masters' anthology, collection of dialogues between"
        " Confucius and his disciples, possibly forged in third century by Wang Su 王肅|王肃[Wang2 Su4]/\n",
        "敖閏 敖闰 [Ao2 run4] /Dragon King of the West Sea, Ao Run, also Ao Ji (敖吉)/\n",
        "產經新聞 产经新闻 [Chan3 jing1 Xin1 wen2] /Business News/Sankei Shimbun (Tokyo daily)/\n",
        "西港 西港 [Xi1 gang3] /West Harbor/Hsikang township in Tainan county 台南縣|台南县[Tai2 nan2 xian4],"
        " Taiwan/\n",
        "開元 开元 [Kai1 yuan2] /Tang emperor Xuanzong's 唐玄宗[Tang2 Xuan2 zong1] reign name used during the Kaiyuan"
        " era (713-741), a peak of Tang prosperity/\n",
        # Kept as they are:
        "北極星 北极星 [Bei3 ji2 xing1] /North Star/Polaris/\n",
        "黑森林 黑森林 [Hei1 sen1 lin2] /Black Forest/Schwarzwald/\n",
        "國際商業機器 国际商业机器 [Guo2 ji4 Shang1 ye4 Ji1 qi4] /International Business Machines/IBM/\n",
        "海南島 海南岛 [Hai3 nan2 Dao3] /Hainan Island in South China Sea/\n",
        "金融時報指數 金融时报指数 [Jin1 rong2 Shi2 bao4 zhi3 shu4] /Financial Times stock exchange index (FTSE 100 or"
        " footsie)/\n",
        "滬綜指 沪综指 [Hu4 zong1 zhi3] /Shanghai composite index (stock market index)/\n",
        "亞太經合會 亚太经合会 [Ya4 Tai4 jing1 he2 hui4] /APEC (Asia Pacific economic cooperation)/\n",
        "楚 楚 [Chu3] /surname Chu/abbr. for Hubei 湖北省[Hu2 bei3 Sheng3] and Hunan 湖南省[Hu2 nan2 Sheng3] provinces"
        " together/Chinese kingdom during the Spring and Autumn and Warring States Periods (722-221 BC)/\n",
        "豐溪里 丰溪里 [Feng1 xi1 li3] /P'unggye in Kilju county, North Hamgyeong province, the North Korean nuclear"
        " test site/\n",
        "薩噶達娃節 萨噶达娃节 [Sa4 ga2 da2 wa2 jie2] /Tibetan festival on 15th April marking Sakyamuni's birthday/\n",
        "儒略日 儒略日 [Ru2 lu:e4 ri4] /Julian day (astronomy)/\n",
        "烏拉爾 乌拉尔 [Wu1 la1 er3] /the Ural mountains in Russia, dividing Europe from Asia/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "descriptor"),
    [
        ("黑潮", "Kuroshio", "current"),  # 潮 is a tide: "current" is not written
        ("斯托肯立石圈", "Stonehenge", "stone circle"),  # 石圈 written, and described after a name of its own
        ("迪戈·加西亚岛", "Diego Garcia", "tropical island"),
        ("寒武纪", "Cambrian", "geological period"),  # an adjective before the generic: a description
    ],
)
def test_a_descriptor_after_a_name_of_its_own_is_no_part_of_it(zh: str, en: str, descriptor: str) -> None:
    entry = NAMES[zh]
    assert entry.en == en, entry
    assert not any(descriptor in form for form in entry.aliases), entry
    assert descriptor in (entry.note or "")  # the note keeps the sense whole


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("海南岛", "Hainan Island"),  # CC-CEDICT's capital: part of the English name
        ("金融时报指数", "Financial Times stock exchange index"),  # "Financial Times" alone is the newspaper
        ("沪综指", "Shanghai composite index"),  # a Chinese name in pinyin takes its generic
        ("丰溪里", "P'unggye"),  # a Korean name in its own spelling, no attribute
        ("乌拉尔", "Ural Mountains"),
    ],
)
def test_a_name_whose_generic_is_its_own_stays_whole(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


def test_an_adjective_and_a_generic_after_a_name_stay_whole() -> None:
    assert "Asia Pacific economic cooperation" in (NAMES["亚太经合会"].en, *NAMES["亚太经合会"].aliases)


def test_a_peoples_adjective_alone_is_no_alias() -> None:
    # 楚 "Chu, a state ...": "Chinese kingdom" was cut to "Chinese" by a generic 楚 does not write.
    assert "Chinese" not in NAMES["楚"].aliases, NAMES["楚"]


@pytest.mark.parametrize(
    ("zh", "en"),
    [("圣诞前夕", "Christmas Eve"), ("中秋", "Mid-Autumn Festival")],
)
def test_a_holidays_name_is_written_as_english_does(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]
    assert NAMES[zh].type == "event"


def test_a_described_festival_is_not_made_a_name() -> None:
    assert NAMES["萨噶达娃节"].en == "Tibetan festival", NAMES["萨噶达娃节"]


@pytest.mark.parametrize(
    ("zh", "en", "description"),
    [
        ("东胡", "Donghu", "Eastern barbarian"),
        ("木骨都束", "Mugudushu", "African kingdom"),
        ("孔丛子", "Kongcongzi", "K'ung family"),
    ],
)
def test_a_description_in_place_of_a_name_gives_the_reading(zh: str, en: str, description: str) -> None:
    entry = NAMES[zh]
    assert entry.en == en, entry
    assert not any(description.split()[0] in form for form in entry.aliases), entry
    assert description in (entry.note or "")


def test_a_title_before_the_name_the_line_gives_is_an_alias() -> None:
    entry = NAMES["敖闰"]
    assert entry.en == "Ao Run", entry
    assert "Dragon King of the West Sea" in entry.aliases
    assert entry.type != "place"


@pytest.mark.parametrize(
    ("zh", "en", "translation"),
    [("产经新闻", "Sankei Shimbun", "Business News"), ("西港", "Hsikang", "West Harbor")],
)
def test_english_words_translating_the_characters_give_way_to_a_described_name(
    zh: str, en: str, translation: str
) -> None:
    entry = NAMES[zh]
    assert entry.en == en, entry
    assert translation not in entry.aliases  # English "Business News" is no writing of 产经新闻
    assert translation in (entry.note or "")


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("北极星", "North Star", "Polaris"),
        ("黑森林", "Black Forest", "Schwarzwald"),
        ("国际商业机器", "International Business Machines", "IBM"),
    ],
)
def test_an_english_name_before_another_name_alone_stays_first(zh: str, en: str, alias: str) -> None:
    assert (NAMES[zh].en, alias in NAMES[zh].aliases) == (en, True), NAMES[zh]


def test_a_possessive_phrase_gives_way_to_the_reading_the_sense_writes() -> None:
    # Tester 06:26: 开元 "Tang emperor Xuanzong's 唐玄宗 reign name used during the Kaiyuan era" was "Xuanzong's reign
    # name" (English "Xuanzong's" glossed it).
    assert NAMES["开元"].en == "Kaiyuan", NAMES["开元"]
    assert not any("'s" in form for form in NAMES["开元"].aliases)

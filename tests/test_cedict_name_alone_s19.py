"""CC-CEDICT import: the English is the name alone, whole: no descriptor after it, no translation before it, no stump.

The acceptance tester of the eighteenth and nineteenth sessions found, on the `--proper-only` import:
- a descriptor after a name kept in `en` ("Manhattan island", "Oreo cookies", "Sotheby's auction house", "Bo'ao
  seaside resort", "Cassini space probe");
- a translation of the characters before the name the line gives (龙山 "Dragon mountain", 荆山 "Thorny mountain",
  古城区 "Old town district") as `en`;
- a name cut at its first lower-case word, the stump an ordinary English word that annotate then glossed in English
  prose ("Lion" of "Lion city", "Made" of "Made in China 2025", "Gospel", "Ministry", "Dar", "Feast"; the aliases
  "Three" of "Three rivers plain", "Jade" of "Jade dragon").
The rules (zhgloss.formats.cedict): `_without_descriptor` (data/cedict_generics.tsv: a generic the headword does not
write only describes), `_is_translation` in `_read_line` (data/cedict_english_words.txt: ordinary English words
beside a sense named by the line's reading), `_phrase_of_word` and `_goes_on`; "es" is a connector of a name.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from zhgloss.formats import cedict as cedict_module
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "曼哈頓 曼哈顿 [Man4 ha1 dun4] /Manhattan island/Manhattan borough of New York City/\n",
        "奧利奧 奥利奥 [Ao4 li4 ao4] /Oreo cookies/\n",
        "蘇富比 苏富比 [Su1 fu4 bi3] /Sotheby's auction house/\n",
        "博鰲鎮 博鳌镇 [Bo2 ao2 zhen4] /Bo'ao seaside resort, Hainan/\n",
        "卡仙尼 卡仙尼 [Ka3 xian1 ni2] /Cassini space probe/\n",
        "喀拉喀托 喀拉喀托 [Ka1 la1 ka1 tuo1] /Krakatoa island and volcano in the Sunda Strait/\n",
        "麥德龍 麦德龙 [Mai4 de2 long2] /Metro supermarket chain (originally German)/\n",
        "海南島 海南岛 [Hai3 nan2 Dao3] /Hainan Island in South China Sea/\n",
        "烏拉爾 乌拉尔 [Wu1 la1 er3] /the Ural mountains in Russia, dividing Europe from Asia/\n",
        "龍山 龙山 [Long2 shan1] /Dragon mountain/Longshan district of Liaoyuan city 遼源市|辽源市, Jilin"
        "/Longshan county in Xiangxi Tujia and Miao autonomous prefecture 湘西土家族苗族自治州"
        "[Xiang1 xi1 Tu3 jia1 zu2 Miao2 zu2 zi4 zhi4 zhou1]/\n",
        "荊山 荆山 [Jing1 shan1] /Thorny mountain (several)/Mt Jingshan in Hubei/\n",
        "古城區 古城区 [Gu3 cheng2 qu1] /Old town district/Gucheng district of Lijiang city "
        "麗江市|丽江市[Li4 jiang1 shi4], Yunnan/\n",
        "北塔區 北塔区 [Bei3 ta3 qu1] /North tower district/Beita district of Shaoyang city 邵陽市|邵阳市"
        "[Shao4 yang2 shi4], Hunan/\n",
        "西湖 西湖 [Xi1 hu2] /Xihu or West lake (place name)/West Lake in Hangzhou 杭州, Zhejiang"
        "/Xihu or Hsihu township in Miaoli county 苗栗縣|苗栗县[Miao2 li4 xian4], northwest Taiwan/\n",
        "三江平原 三江平原 [San1 jiang1 ping2 yuan2] /Sanjiang or Three rivers plain in Heilongjiang, "
        "vast wetland watered by Heilongjiang 黑龍江|黑龙江[Hei1 long2 jiang1] or Amur, "
        "Songhua 松花江[Song1 hua1 jiang1], Ussuri 烏蘇里江|乌苏里江[Wu1 su1 li3 jiang1]/\n",
        "玉龍雪山 玉龙雪山 [Yu4 long2 xue3 shan1] /Mt Yulong or Jade dragon in Lijiang 麗江|丽江, northwest Yunnan/\n",
        "獅城 狮城 [Shi1 cheng2] /Lion city, nickname for Singapore 新加坡[Xin1 jia1 po1]/\n",
        "中國製造2025 中国制造2025 [Zhong1 guo2 Zhi4 zao4 er4 ling2 er4 wu3] /Made in China 2025, strategic plan to"
        " upgrade Chinese industry especially in high-tech areas, approved by China's State Council in 2015/\n",
        "約翰福音 约翰福音 [Yue1 han4 Fu2 yin1] /Gospel according to St John/\n",
        "禮部 礼部 [Li3 bu4] /Ministry of (Confucian) Rites (in imperial China)/\n",
        "達累斯薩拉姆 达累斯萨拉姆 [Da2 lei4 si1 Sa4 la1 mu3] /Dar es Salaam (former capital of Tanzania)/\n",
        "鴻門宴 鸿门宴 [Hong2 men2 Yan4] /Feast at Hongmen/(fig.) banquet set up with the aim of murdering a guest"
        "/refers to a famous episode in 206 BC when future Han emperor Liu Bang 劉邦|刘邦[Liu2 Bang1] escaped attempted"
        " murder by his rival Xiang Yu 項羽|项羽[Xiang4 Yu3]/\n",
        "十面埋伏 十面埋伏 [Shi2 mian4 Mai2 fu2] /Ambush from Ten Sides (pipa solo piece)/"
        "House of Flying Daggers (2004 movie by Zhang Yimou 張藝謀|张艺谋[Zhang1 Yi4 mou2])/\n",
        "胡克 胡克 [Hu2 ke4] /Hook or Hooke (name)/Robert Hooke (1635-1703), brilliant English "
        "experimental scientist and inventor/\n",
        "辰星 辰星 [Chen2 xing1] /Mercury in traditional Chinese astronomy/see also 水星[shui3 xing1]/\n",
        "拜城 拜城 [Bai4 cheng2] /Bay nahiyisi (Baicheng county) in Aksu 阿克蘇地區|"
        "阿克苏地区[A1 ke4 su1 di4 qu1], west Xinjiang/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("曼哈顿", "Manhattan"),  # no 岛: "island" only describes it
        ("奥利奥", "Oreo"),
        ("苏富比", "Sotheby's"),
        ("博鳌镇", "Bo'ao"),
        ("卡仙尼", "Cassini"),
        ("喀拉喀托", "Krakatoa"),
        ("麦德龙", "Metro"),
    ],
)
def test_a_descriptor_the_headword_does_not_write_is_no_part_of_the_name(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]
    assert all(" " not in alias or alias.split()[-1][:1].isupper() for alias in NAMES[zh].aliases), NAMES[zh]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("海南岛", "Hainan Island"),  # 岛 writes the island
        ("乌拉尔", "Ural Mountains"),  # a feature's generic stays with a foreign name
        ("狮城", "Lion city"),  # 城 writes the city: the nickname's own words
    ],
)
def test_a_generic_the_headword_writes_stays(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


@pytest.mark.parametrize(
    ("zh", "en", "translation"),
    [
        ("龙山", "Longshan", "Dragon mountain"),
        ("荆山", "Mt Jingshan", "Thorny mountain"),
        ("古城区", "Gucheng District", "Old"),  # (the headword writes 区: s36)
        ("北塔区", "Beita District", "North tower district"),
    ],
)
def test_a_translation_of_the_characters_gives_way_to_the_lines_name(zh: str, en: str, translation: str) -> None:
    entry = NAMES[zh]
    assert entry.en == en, entry
    assert not any(translation in form for form in entry.aliases), entry
    assert entry.type == "place"
    assert translation in (entry.note or "")  # the note keeps the sense


def test_a_translation_given_as_another_name_of_a_named_place_stays() -> None:
    # 西湖 "Xihu or West lake": the translation is the spelling English writes (West Lake), given with the reading.
    assert "West Lake" in (NAMES["西湖"].en, *NAMES["西湖"].aliases)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("中国制造2025", "Made in China 2025"),
        ("约翰福音", "Gospel according to St John"),
        ("礼部", "Ministry of Rites"),
        ("达累斯萨拉姆", "Dar es Salaam"),
        ("鸿门宴", "Feast at Hongmen"),
        ("十面埋伏", "Ambush from Ten Sides"),
    ],
)
def test_an_ordinary_word_a_name_starts_with_is_no_name_alone(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


@pytest.mark.parametrize(("zh", "stump"), [("三江平原", "Three"), ("玉龙雪山", "Jade")])
def test_an_other_names_first_word_is_no_alias(zh: str, stump: str) -> None:
    assert stump not in NAMES[zh].aliases, NAMES[zh]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("胡克", "Hooke"),  # "Hook or Hooke (name)": another spelling, no phrase; Robert Hooke's
        ("辰星", "Mercury"),  # "Mercury in traditional Chinese astronomy": where the name is used, no title
        # "Bay nahiyisi (Baicheng county) in Aksu": a unit and where it is (since s37 the bracket, the line's English,
        # heads; "Bay" stays whole as the alias: test_cedict_short_units_s37)
        ("拜城", "Baicheng"),
    ],
)
def test_a_name_that_is_an_english_word_keeps_its_bounds(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


def test_a_uyghur_name_that_is_an_english_word_keeps_its_bounds_as_an_alias() -> None:
    assert "Bay" in NAMES["拜城"].aliases, NAMES["拜城"]


def test_every_generic_has_characters() -> None:
    path = Path(cedict_module.__file__).parent.parent / "data" / "cedict_generics.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows[0] == ["generic", "characters"]
    assert len(rows) > 10
    for generic, characters in rows[1:]:
        assert generic.isalpha() and generic.islower(), generic
        assert characters and all("\u4e00" <= c <= "\u9fff" for c in characters), (generic, characters)

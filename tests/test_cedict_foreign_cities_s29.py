"""A city's bare headword is the city's bare name in English, in pinyin or not (twenty-ninth session, issue 9 item 1;
the tester's class 9: 釜山 "Busan Metropolitan City in South Gyeongsang Province ...", 吐鲁番 "Turpan City in
Xinjiang" kept "Metropolitan City", "City" though the headword writes no 市).

`_bare_the_unit` gave Chinese cities their bare pinyin name already (文昌 "Wenchang City, Hainan": Wenchang); a city
named in another language, or in its own (Turpan, Uyghur Turpan), is bare too when the headword writes no city
(市, 城), its official form an alias (梵蒂冈 "Vatican City" is the Vatican, as English writes it too). Kept whole:
a name of an English word ("Forbidden City"), and one whose headword writes the city (九龙城寨 "Kowloon Walled
City").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "釜山 釜山 [Fu3 shan1] /Busan Metropolitan City in South Gyeongsang Province 慶尚南道|庆尚南道[Qing4 shang4 nan2"
    " dao4], South Korea/\n"
    "釜山市 釜山市 [Fu3 shan1 shi4] /Busan Metropolitan City in South Gyeongsang Province 慶尚南道|庆尚南道[Qing4"
    " shang4 nan2 dao4], South Korea/\n"
    "吐魯番 吐鲁番 [Tu3 lu3 fan1] /Turpan City in Xinjiang (Chinese: Tulufan)/\n"
    "吐魯番市 吐鲁番市 [Tu3 lu3 fan1 shi4] /Turpan City in Xinjiang (Chinese: Tulufan)/\n"
    "吐魯番地區 吐鲁番地区 [Tu3 lu3 fan1 di4 qu1] /Turpan prefecture in Xinjiang/\n"
    "水原 水原 [Shui3 yuan2] /Suweon City, capital of Gyeonggi province 京畿道[Jing1 ji1 dao4], South Korea/\n"
    # Control: the city written by the headword.
    "九龍城寨 九龙城寨 [Jiu3 long2 Cheng2 zhai4] /Kowloon Walled City/\n"
    "梵蒂岡 梵蒂冈 [Fan4 di4 gang1] /Vatican City/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "浦項 浦项 [Pu3 xiang4] /Pohang City, North Gyeongsang Province, South Korea/\n"
    "大阪 大阪 [Da4 ban3] /Osaka City, Japan/\n"
)
ENTRIES: dict[str, Entry] = {}
for _entry in load_cedict(io.StringIO(REAL + OWN), proper_only=True):
    for _form in (_entry.zh, *_entry.zh_aliases):
        ENTRIES[_form] = _entry


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("釜山", "Busan", "Busan Metropolitan City"),
        ("吐鲁番", "Turpan", "Turpan City"),
        ("水原", "Suweon", "Suweon City"),
        ("浦项", "Pohang", "Pohang City"),
        ("梵蒂冈", "Vatican", "Vatican City"),  # English writes "the Vatican" too
        ("大阪", "Osaka", "Osaka City"),
    ],
)
def test_a_bare_headword_is_the_bare_city(zh: str, en: str, alias: str) -> None:
    assert ENTRIES[zh].en == en, ENTRIES[zh]
    assert alias in ENTRIES[zh].aliases, ENTRIES[zh]


def test_the_city_written_out_is_the_same_entry() -> None:
    assert ENTRIES["釜山市"] is ENTRIES["釜山"]


def test_the_prefecture_keeps_its_generic() -> None:
    assert ENTRIES["吐鲁番地区"].en == "Turpan Prefecture"


def test_a_city_the_headword_writes_stays_whole() -> None:
    assert ENTRIES["九龙城寨"].en == "Kowloon Walled City"

"""A headword that names a people (or its speech) and a thing of a kind is neither kind alone: it is `name`, the
fallback (twenty-ninth session, issue 9 item 1; the s28 blind draw's 黎 "Li ethnic group/surname Li/abbr. for
Lebanon" and 塔吉克族 "Tajik ethnic group", folded with 塔吉克's "Tajikistan", both typed `place`).

A people is none of the kinds (org, place, event, work): its senses gave the entry no type, and the next sense's
kind (Lebanon's, Tajikistan's, the Han dynasty's) became the whole entry's. Where both are the entry's own (no sense
sent to the note as another thing's) and the people is named first, the type is `name`; a place named first stays a
place (东乡, 太鲁阁: the tester's note on b63c26b). A description that merely holds a people's word is no
people ("Yiling (barbarian mound), historical place name": a place).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "黎 黎 [Li2] /Li ethnic group of Hainan Province/surname Li/abbr. for Lebanon 黎巴嫩[Li2 ba1 nen4]/\n"
    "黎 黎 [li2] /(literary) black/dark/many/multitude/\n"
    "黎巴嫩 黎巴嫩 [Li2 ba1 nen4] /Lebanon/\n"
    "漢 汉 [Han4] /Han ethnic group/Chinese (language)/the Han dynasty (206 BC-220 AD)/\n"
    "蒙 蒙 [Meng3] /Mongol ethnic group/abbr. for Mongolia 蒙古國|蒙古国[Meng3 gu3 guo2]/Taiwan pr. [Meng2]/\n"
    "塔吉克 塔吉克 [Ta3 ji2 ke4] /Tajik ethnic group/Tajikistan, former Soviet republic adjoining Xinjiang and"
    " Afghanistan/\n"
    "塔吉克族 塔吉克族 [Ta3 ji2 ke4 zu2] /Tajik ethnic group/\n"
    "太魯閣 太鲁阁 [Tai4 lu3 ge2] /Taroko gorge national park in Hualien County 花蓮縣|花莲县[Hua1 lian2 Xian4], Taiwan"
    "/Taroko ethnic group Taiwan/\n"
    # Controls: a people alone; a place whose description holds a people's word; places named before their people.
    "東鄉 东乡 [Dong1 xiang1] /Dongxiang or East village (place name)/Donxiang (ethnic group)/Dongxiang County in"
    " Fuzhou 撫州|抚州, Jiangxi/\n"
    "壯 壮 [Zhuang4] /Zhuang ethnic group of Guangxi, the PRC's second most numerous ethnic group/\n"
    "夷陵 夷陵 [Yi2 ling2] /Yiling (barbarian mound), historical place name in Yichang county 宜昌縣|宜昌县 Hubei,"
    " first mentioned in history (after its destruction by Qin) as burial place of the former Chu kings"
    "/Yiling district of Yichang city 宜昌市[Yi2 chang1 shi4], Hubei/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "佤 佤 [Wa3] /Wa ethnic group of Yunnan/abbr. for Wa State 佤邦[Wa3 bang1] of Myanmar/\n"
    "佤邦 佤邦 [Wa3 bang1] /Wa State of Myanmar/\n"
    "阿卡 阿卡 [A1 ka3] /Akha ethnic group of Yunnan/Akha river in Laos/\n"
)
ENTRIES: dict[str, Entry] = {}
for _entry in load_cedict(io.StringIO(REAL + OWN), proper_only=True):
    for _form in (_entry.zh, *_entry.zh_aliases):
        ENTRIES[_form] = _entry


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("黎", "Li"),
        ("汉", "Han"),
        ("蒙", "Mongol"),
        ("塔吉克族", "Tajik"),
        ("佤", "Wa"),
        ("阿卡", "Akha"),
    ],
)
def test_a_people_and_a_thing_of_a_kind_is_a_name(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en, ENTRIES[zh]
    assert ENTRIES[zh].type == "name", ENTRIES[zh]


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("壮", "name"),
        ("夷陵", "place"),
        ("黎巴嫩", "place"),
        ("佤邦", "place"),
        # A place named first stays a place, its people named after it (the tester's note on b63c26b).
        ("太鲁阁", "place"),
        ("东乡", "place"),
    ],
)
def test_one_kind_stays(zh: str, kind: str) -> None:
    assert ENTRIES[zh].type == kind, ENTRIES[zh]

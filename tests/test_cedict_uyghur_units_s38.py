"""CC-CEDICT import: a Xinjiang unit named in Uyghur, then in English after "or" or a comma (R37-14, part).

The reviewer's R37-14 (/work/tools/s37/requests.md): Uyghur names still head 喀什地区 "Qeshqer wilayiti, Kashgar or
Kāshí prefecture in west Xinjiang ..." (en Qeshqer; Kashgar in no field) and 阿克苏市 "Aqsu shehiri or Aksu city in
Aksu prefecture" (en Aqsu City). Only "X nahiyisi (Y county)" was read (`_BRACKETED_UNIT_RE`, s37). A name written
with an English unit after the one written with the Uyghur unit (wilayiti, shehiri, nahiyisi) is the line's English
name, with the unit the headword writes (`_UNIT_OR_NAME_RE` in `_pinyin_first`): Kashgar Prefecture, Aksu City; the
Uyghur name an alias. In the real file (2026-12): 2 entries change so (4 bare entries, 库车 ..., gain their folded
county's "X County" as an alias). A bare headword is left (阿克苏 "Aqsu wilayiti or Aksu prefecture/Aqsu shehiri or
Aksu city" stays Aqsu: "Aksu" would fold the prefecture's own entry, 阿克苏地区 Aksu Prefecture, into it), as are
石河子 "Shixenze shehiri (Shixenze city) or Shíhézǐ ..." and 鄯善 "Piqan county or Pichan nahiyisi" (Piqan is the
county's name in English with an English unit: right by this rule).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

KASHGAR = (
    "喀什地區 喀什地区 [Ka1 shi2 di4 qu1] /Qeshqer wilayiti, Kashgar or Kāshí prefecture in west Xinjiang near"
    " Kyrgyzstan/\n"
)
AKSU_CITY = "阿克蘇市 阿克苏市 [A1 ke4 su1 shi4] /Aqsu shehiri or Aksu city in Aksu prefecture, Xinjiang/\n"
TACHENG = "塔城地區 塔城地区 [Ta3 cheng2 di4 qu1] /Tarbaghatay wilayiti or Tacheng prefecture in Xinjiang/\n"


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize(
    ("line", "en", "uyghur"),
    [
        (KASHGAR, "Kashgar Prefecture", "Qeshqer"),
        (AKSU_CITY, "Aksu City", "Aqsu"),
        (TACHENG, "Tacheng Prefecture", None),
    ],
)
def test_the_english_name_heads(line: str, en: str, uyghur: str | None, proper_only: bool) -> None:
    (entry,) = load_cedict(io.StringIO(line), proper_only=proper_only)
    assert entry.en == en
    if uyghur is not None:
        assert any(a.startswith(uyghur) for a in entry.aliases)

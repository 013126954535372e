"""CC-CEDICT import: a county headword whose line writes "X <people> autonomous county" is X County (R37-14, part).

The reviewer's R37-14 (/work/tools/s37/requests.md): 巴里坤县 "Barkol", 木垒县 "Mori", 和布克赛尔县 "Hebukesai'er" have
no unit, though the headword writes 县 and `_name_the_unit` names a headword's unit (江城区 Jiangcheng District). The
unit was not found because the peoples the county is autonomous for stand between the name and "county"
(`_unit_after`'s `_WORD_AFTER_RE` read one word after the name). It now passes over "<People> [and <People>]
autonomous" before "county" or "prefecture". In the real file (2026-12) 5 entries change: 巴里坤县 Barkol County,
和布克赛尔县 Hoboksar County (was the pinyin "Hebukesai'er", the s36 filing's regression), 木垒县 Mori County, 焉耆县
Yanqi County, 恩施地区 Enshi Prefecture. A bare headword stays bare (巴里坤 Barkol), and a capitalised official name
stays whole (前郭县 "Qian Gorlos Mongol Autonomous County").

tests/data/cedict_autonomous_units_s38.u8 holds the real lines, whole (CC-CEDICT, https://cc-cedict.org/wiki/:
community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0, https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.model import Entry


@pytest.fixture(scope="module", params=[True, False], ids=["proper-only", "full"])
def entries(request: pytest.FixtureRequest) -> dict[str, Entry]:
    return fixture_by_zh("cedict_autonomous_units_s38.u8", proper_only=request.param)


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("巴里坤县", "Barkol County", None),
        ("和布克赛尔县", "Hoboksar County", "Hoboksar"),
        ("木垒县", "Mori County", "Mori"),
    ],
)
def test_the_county_headword_is_named_with_its_unit(entries: dict[str, Entry], zh: str, en: str, alias: str) -> None:
    assert entries[zh].en == en
    if alias is not None:
        assert alias in entries[zh].aliases


def test_the_bare_headword_stays_bare(entries: dict[str, Entry]) -> None:
    assert entries["巴里坤"].en == "Barkol"


def test_an_official_name_in_another_language_stays_whole(entries: dict[str, Entry]) -> None:
    assert entries["前郭县"].en.startswith("Qian Gorlos")

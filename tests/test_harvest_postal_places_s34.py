"""harvest: a place before a company's name that the English writes by its postal name is the company's (s34,
U33-26's extra: 贵州茅台（Kweichow Moutai） was cut to 茅台, then a conflict with the CC-CEDICT glossary's 茅台
"Maotai": nothing said Kweichow is 贵州; val's cd1a967 added it to data/postal_romanization.tsv).
On the parent d5185c3, 2 of this file's 4 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry

# CC-CEDICT: 茅臺 茅台 [Mao2 tai2] /Maotai town in Renhuai county, Guizhou/Maotai liquor 茅臺酒|茅台酒/
MAOTAI = [Entry(id="maotai", type="place", zh="茅台", en="Maotai", pinyin="Máotái")]


@pytest.mark.parametrize("glossary", [[], MAOTAI])
def test_a_place_the_english_writes_by_its_postal_name_is_the_companys(glossary: list[Entry]) -> None:
    (proposal,) = harvest("贵州茅台（Kweichow Moutai）发布年报。", glossary)
    assert (proposal.zh, proposal.en, proposal.status) == ("贵州茅台", "Kweichow Moutai", "new")


def test_a_place_the_english_does_not_write_is_not_taken() -> None:
    (proposal,) = harvest("公司在贵州茅台（Moutai）发布。", [])
    assert proposal.zh == "茅台"


def test_a_name_the_sound_reads_whole_is_unchanged() -> None:
    (proposal,) = harvest("青岛啤酒（Tsingtao Brewery）发布年报。", [])
    assert (proposal.zh, proposal.en) == ("青岛啤酒", "Tsingtao Brewery")

"""harvest: a name CC-CEDICT lists whole with 和/与 in it is taken whole whatever its English is, an acronym too (the
thirty-second session's review, R12 of fdaeae8).

data/joined_names.txt was read only where the English had "and" in it: "MOHURD (住房和城乡建设部)" gave
建设部 "MOHURD" (建设部 is another body, the former Ministry of Construction) and "国家发展和改革委员会（NDRC）"
gave 改革委员会. Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `住房和城乡建设部 /Ministry of Housing and Urban-Rural
Development of the PRC (MOHURD)/`, `国家发展和改革委员会 /PRC National Development and Reform Commission (NDRC)/`,
`经济合作与发展组织 /Organization for Economic Co-operation and Development (OECD)/`, `关税与贸易总协定 /General
Agreement on Tariffs and Trade (GATT)/`, `文化和旅游部 /(PRC) Ministry of Culture and Tourism/` (MCT, mct.gov.cn).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("MOHURD (住房和城乡建设部) issued rules.", ("住房和城乡建设部", "MOHURD")),
        ("国家发展和改革委员会（NDRC）发布了新规。", ("国家发展和改革委员会", "NDRC")),
        ("国家发展和改革委员会（NDRC，以下简称“发改委”）发布了新规。", ("国家发展和改革委员会", "NDRC")),
        ("经济合作与发展组织（OECD）发布了报告。", ("经济合作与发展组织", "OECD")),
        ("GATT (关税与贸易总协定) was signed in 1947.", ("关税与贸易总协定", "GATT")),
        ("文化和旅游部（MCT）发布了新规。", ("文化和旅游部", "MCT")),
    ],
)
def test_joined_name_whole_with_an_acronym(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]


def test_joined_name_whole_with_its_english() -> None:
    assert _pairs("The Ministry of Housing (住房和城乡建设部) said.") == [("住房和城乡建设部", "Ministry of Housing")]

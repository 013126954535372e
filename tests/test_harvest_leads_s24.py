"""harvest: what a Wikipedia lead's bracket and sentence say besides the name (issue 9 item 5; user U6, U13).

A lead writes the subject's other names in its bracket ("Pony Ma (Ma Huateng; Chinese: 马化腾; born 29 October
1971)", "Contemporary Amperex Technology Co., Limited (CATL; Chinese: 宁德时代)") or after it ("..., also known as
Richard Yu, is"): they are aliases. Its life dates go to the note in the shape `model.birth_year` reads, so that
validate can check roles against them. Honours after a name (Wikipedia's MOS:POSTNOM: GBM Grand Bauhinia Medal,
GBS Gold Bauhinia Star, JP Justice of the Peace, KBE, FRS) are no part of it. The leads are the people's and the
companies' English Wikipedia articles' as written (dates and names from there).
On the parent commit b844d4a, all 15 of this file's tests fail.
The last 4 (which "known as" is an alias: not "Huawei (华为) called Apple") were added later; 2 fail on a9fc1dd.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import Proposal, harvest
from zhgloss.model import birth_year


def _one(text: str) -> Proposal:
    (proposal,) = [p for p in harvest(text, []) if p.kind == "name"]
    return proposal


@pytest.mark.parametrize(
    ("lead", "en", "aliases"),
    [
        (
            "Pony Ma (Ma Huateng; Chinese: 马化腾; born 29 October 1971) is a Chinese business magnate.",
            "Pony Ma",
            ("Ma Huateng",),
        ),
        (
            "Contemporary Amperex Technology Co., Limited (CATL; Chinese: 宁德时代; pinyin: Níngdé Shídài) is a "
            "Chinese battery manufacturer.",
            "Contemporary Amperex Technology",  # s48: "Co., Limited" goes whole (R47-23)
            ("CATL", "Contemporary Amperex Technology Co., Limited"),
        ),
        (
            "Yu Chengdong (Chinese: 余承东; born 1969), also known as Richard Yu, is a Chinese business executive.",
            "Yu Chengdong",
            ("Richard Yu",),
        ),
        (
            "Robin Li (Li Yanhong; Chinese: 李彦宏; born 17 November 1968) is a Chinese businessman.",
            "Robin Li",
            ("Li Yanhong",),
        ),
        ("宁德时代（CATL，Contemporary Amperex Technology）股价上涨。", "CATL", ("Contemporary Amperex Technology",)),
    ],
)
def test_a_leads_other_names_are_aliases(lead: str, en: str, aliases: tuple[str, ...]) -> None:
    proposal = _one(lead)
    assert (proposal.en, proposal.entry.aliases) == (en, aliases)


@pytest.mark.parametrize(
    ("lead", "note", "born"),
    [
        (
            "Ren Zhengfei (Chinese: 任正非; born 25 October 1944) is a Chinese businessman.",
            "Ren Zhengfei (born 25 October 1944)",
            1944,
        ),
        ("Xu Qianxue (徐乾學; 1631–1694) was a Chinese scholar-official.", "Xu Qianxue (1631–1694)", 1631),
        ("前国务院总理李克强（Li Keqiang，1955-2023）于上海逝世。", "Li Keqiang (1955-2023)", 1955),
        ("Gan Bao (干寶; died 336) was a Chinese historian.", "Gan Bao (died 336)", None),
        (
            "Lu Xun (Chinese: 鲁迅; 25 September 1881 – 19 October 1936) was a Chinese writer.",
            "Lu Xun (25 September 1881 – 19 October 1936)",
            None,
        ),
    ],
)
def test_life_dates_go_to_the_note_as_validate_reads_them(lead: str, note: str, born: int | None) -> None:
    entry = _one(lead).entry
    assert entry.type == "person"
    assert note in (entry.note or "")
    if born is not None:
        assert birth_year(entry) == born


@pytest.mark.parametrize(
    ("lead", "en", "honours"),
    [
        (
            "Carrie Lam Cheng Yuet-ngor GBM GBS (Chinese: 林鄭月娥; born 13 May 1957) is a retired Hong Kong "
            "politician.",
            "Carrie Lam",  # s30: the adopted name and the surname, as the papers write it; the full name an alias
            "GBM, GBS",
        ),
        (
            "Li Ka-shing GBM KBE JP (Chinese: 李嘉誠; born 13 June 1928) is a Hong Kong business magnate.",
            "Li Ka-shing",
            "GBM, KBE, JP",
        ),
        ("Tung Chee-hwa GBM (Chinese: 董建華; born 7 July 1937) is a Hong Kong politician.", "Tung Chee-hwa", "GBM"),
        ("Charles K. Kao GBM KBE FRS (Chinese: 高錕; 1933–2018) was a physicist.", "Charles K. Kao", "GBM, KBE, FRS"),
    ],
)
def test_post_nominal_honours_are_no_part_of_the_name(lead: str, en: str, honours: str) -> None:
    proposal = _one(lead)
    assert (proposal.en, proposal.entry.type) == (en, "person")
    assert f"honours: {honours}" in (proposal.entry.note or "")


HONOURS = ["GBM", "GBS", "SBS", "JP", "KBE", "OBE", "CBE", "PhD", "FRS", "QC", "MP"]
NAMES = [
    ("林郑月娥", "Carrie Lam", "Carrie Lam"),
    ("李嘉诚", "Li Ka-shing", "Li Ka-shing"),
    ("董建华", "Tung Chee-hwa", "Tung Chee-hwa"),
    # s30: an adopted name before the Chinese order is written with the surname alone, the full name an alias.
    ("曾荫权", "Donald Tsang Yam-kuen", "Donald Tsang"),
]


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(NAMES), st.lists(st.sampled_from(HONOURS), min_size=1, max_size=4, unique=True))
def test_honours_after_any_name_never_end_up_in_en(name: tuple[str, str, str], honours: list[str]) -> None:
    zh, written, en = name
    proposal = _one(f"{written} {' '.join(honours)} (Chinese: {zh}; born 1950) is a Hong Kong figure.")
    assert proposal.en == en
    assert f"honours: {', '.join(honours)}" in (proposal.entry.note or "")


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("Huawei (华为) called Apple a rival.", ()),
        ("Xiaomi (小米) known as Redmi sold more.", ()),
        ("Li Na (李娜), also known as Na Li, won.", ("Na Li",)),
        ("Pony Ma (马化腾), known as Ma Huateng in China, spoke.", ("Ma Huateng",)),
    ],
)
def test_only_an_appositive_or_a_qualified_known_as_is_an_alias(text: str, aliases: tuple[str, ...]) -> None:
    assert _one(text).entry.aliases == aliases

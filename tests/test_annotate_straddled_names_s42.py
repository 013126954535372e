"""A name read across a match may start with any surname running text writes as one, not the commonest 100 only.

The reviewer's R41-2, its rest: the word-edge rule (`zhgloss.glossrules.CrossingRule`, `_persons_across`) read a personal
name the glossary lacks across a place's match only for the 100 commonest surnames, so 恒大常家印度过了难关 glossed 印度
"India" and 孔德国庆期间 德国 "Germany" (常, 孔, 文 rank below 100). The surnames are now decided from data
(`_running_surnames`): the curated common surnames the finder of unknown names reads in running text, each starting a
name at least once in e**2 times it stands as a word (names.tsv's odds, as 97 of the commonest 100 do). 向 "towards"
(-3.09) is none: 他向海南下拨资金 keeps Hainan.

The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz), imported as
`zhgloss import --proper-only` reads them; none names the persons.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossrules import _common_surnames, _running_surnames, _simplified

CEDICT = """\
印度 印度 [Yin4 du4] /India/
德國 德国 [De2 guo2] /Germany/German/
廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/
海南 海南 [Hai3 nan2] /Hainan Province, in the South China Sea/Hainan Island/
深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/
南京 南京 [Nan2 jing1] /Nanjing subprovincial city on the Changjiang, capital of Jiangsu province 江蘇|江苏/capital of China at different historical periods/
南昌 南昌 [Nan2 chang1] /Nanchang prefecture level city and capital of Jiangxi province 江西省 in southeast China/also Nanchang county/
波蘭 波兰 [Bo1 lan2] /Poland/
蘭州 兰州 [Lan2 zhou1] /Lanzhou prefecture-level city and capital of Gansu province 甘肅|甘肃[Gan1 su4]/
雲南 云南 [Yun2 nan2] /Yunnan province in southwest China, bordering on Vietnam, Laos and Myanmar, abbr. 滇[dian1] or 雲|云, capital Kunming 昆明/
"""

NAMES = Annotator(load_cedict(io.StringIO(CEDICT), proper_only=True))


def glossed(text: str) -> list[str]:
    return [m.surface for m in NAMES.mentions(text)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("恒大常家印度过了难关。", []),  # the reviewer's line: 常家|印度过, not 印度 "India"
        ("文家印度过了最艰难的时期。", []),
        ("恒大孔家印度过了难关。", []),
        ("省长孔德国庆期间走访了企业。", []),  # 孔德|国庆, not 德国 "Germany"
        ("常海南下之前曾在深圳工作。", ["深圳"]),  # 常海|南下 "went south", not 海南
        ("莫海南下广州考察。", ["广州"]),
        ("汤海南下深圳。", ["深圳"]),
        ("易海南下广州。", ["广州"]),
        ("恒大常家印度過了難關。", []),  # traditional characters
    ],
)
def test_a_place_starting_inside_a_name_of_a_less_common_surname_is_no_match(line: str, names: list[str]) -> None:
    assert glossed(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # 向 "towards" starts a name once in 22 times it stands: the place after it is the place.
        ("他向海南下拨了救灾资金。", ["海南"]),
        ("我们向海南下发了通知。", ["海南"]),
        ("部队向海南开进。", ["海南"]),
        ("省里向云南下达了任务。", ["云南"]),
        # A place no name straddles.
        ("常年在海南工作。", ["海南"]),
        ("文件发往广州。", ["广州"]),
    ],
)
def test_a_place_after_a_word_that_is_rarely_a_surname_is_glossed_as_before(line: str, names: list[str]) -> None:
    assert glossed(line) == names


def test_the_surnames_are_the_commonest_and_those_running_text_writes_as_names() -> None:
    running = _running_surnames()
    assert _common_surnames() <= running
    assert {"常", "孔", "文"} <= running
    assert running.isdisjoint("向都那时和")  # words far more often than surnames (names.tsv), or not curated


ADDED = sorted(zh for zh in _running_surnames() - _common_surnames() if zh == _simplified(zh))


@given(st.sampled_from(ADDED))
def test_no_added_surnames_name_leaves_india_read_across_it(surname: str) -> None:
    """Any surname the rule adds to the commonest 100 starts the name 恒大X家 reads: 印度 "India" is never read across
    X家|印度过."""
    assert "印度" not in glossed(f"恒大{surname}家印度过了难关。")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # 马云|南京之行 "Jack Ma's trip to Nanjing": 云南 "Yunnan" read across the name is dropped, and the place the
        # matcher skipped for it, right after the name, is judged with the name read (it was judged without it: a
        # near tie of 云|南京 against 云南|京 left both bare).
        ("马云南京之行引发关注。", ["南京"]),
        ("张海南昌之行。", ["南昌"]),
        ("马云南下南京。", ["南京"]),  # 马云|南下, then 南京 as before
        ("他去了波兰。", ["波兰"]),  # no name before: Poland
        ("云南京剧团", ["云南"]),  # no name read across 云南: the province and its opera troupe
    ],
)
def test_the_place_after_a_name_read_across_a_match_is_judged_with_the_name(line: str, names: list[str]) -> None:
    assert glossed(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The brief's 吴晓波兰州: 波兰 "Poland" was dropped as a transliteration's piece glued to 州, and 兰州, the
        # match the matcher skipped for it, with it; 州 ends 兰州, a name of the glossary: the word-edge rule weighs
        # the two, reading 吴晓波|兰州.
        ("财经作家吴晓波兰州之行引发读者关注。", ["兰州"]),
        ("企业家李晓波兰州考察后决定追加投资。", ["兰州"]),
        ("他去了波兰。", ["波兰"]),
        ("波兰州长会见了代表团。", ["波兰"]),  # no name before: Poland, then 州长 "governor"
    ],
)
def test_a_place_after_a_name_is_not_a_transliterations_piece(line: str, names: list[str]) -> None:
    assert glossed(line) == names

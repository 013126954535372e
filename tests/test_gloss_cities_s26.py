"""A city news writes bare whose name is an ordinary word too is glossed where the text says it is the city
(issue 9, s26: 海口 and 大理 were never glossed).

common_words.txt listed 海口 ("estuary"; Haikou, Hainan's capital) and 大理 ("judicial officer (old)"; Dali) as ordinary
words of running text, since jieba's counts of the characters (474, 958) count the city too: annotate never glossed
them, whatever the sentence. A CC-CEDICT line whose first sense names a city news writes bare (a prefecture-level or
subprovincial city, an autonomous prefecture, a capital: `scripts/build_common_words.py`'s CITY_SENSE) now puts its
form in word_or_name.txt instead: glossed where the context reads as the place (`zhgloss.glossrules._reads_as_place`:
海口市, 从海口乘船, 大理古城), not in 白银价格 (silver's price), 来宾们 (the guests) nor 夸下海口 (to boast).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s26_gls.u8), imported as `zhgloss import --proper-only`
would; the lists are the bundled ones the build script made from ../shared/data/cedict_ts.u8.gz and jieba's counts.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from build_scripts import load_build_script
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import LINE_RE
from zhgloss.glossable import common_words, word_or_name_forms

ANNOTATOR = Annotator(cedict_fixture("cedict_s26_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the brief's: never glossed in running text
        ("游客从海口乘船前往北海。", ["海口"]),
        ("他们在大理的洱海边拍照。", ["大理"]),
        ("大理古城的民宿价格在国庆期间上涨。", ["大理"]),
        # cases of my own: other cities of the list, other words before a place, traditional script
        ("航班抵达海口。", ["海口"]),
        ("海口市政府发布通知。", ["海口市"]),
        ("他从包头出发。", ["包头"]),
        ("運動員抵達海口。", ["海口"]),
        ("代表团飞抵万象。", ["万象"]),  # Vientiane
        # the user's (U59): a news agency's dateline, an airport with a word of its own
        ("新华社海口12月3日电", ["海口"]),
        ("新华社大理12月3日电", ["大理"]),
        ("海口美兰国际机场旅客吞吐量创新高。", ["海口"]),
        # the user's (U54): 后 after a verb of arriving is a time, not a localizer
        ("记者抵达大理后前往洱海。", ["大理"]),
        ("代表团抵达海口后举行会谈。", ["海口"]),
        ("抵达日照后，代表团参观了港口。", ["日照"]),
    ],
)
def test_a_city_named_bare_is_glossed_where_the_text_reads_a_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    "text",
    [
        "白银价格大幅上涨。",  # silver
        "向来宾致辞。",  # to the guests
        "来宾们陆续入场。",
        "他在会上夸下海口。",  # to boast
        "祝您身体安康。",  # good health
        "植物在日照下生长。",  # in the sunshine
        "包罗万象",  # all-embracing
        "白银12月合约上涨。",  # silver's December contract: no agency's dateline
        "来宾们在机场迎接。",  # 们在 is no word of an airport's own
    ],
)
def test_the_ordinary_word_stays_unglossed(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


def test_the_cities_are_word_or_name_forms_and_no_common_words(shared_dir: Path) -> None:
    build = load_build_script("build_common_words")
    cities: set[str] = set()
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is not None and match.group(3)[:1].isupper():
                first = match.group(4).split("/")[0]
                if build.CITY_SENSE.match(first) and not build.NOT_TODAY.search(build.READING.sub("", first)):
                    cities.add(match.group(2))
    assert {"海口", "大理", "白银", "来宾", "包头", "万象"} <= cities
    assert not {"朝阳", "临海", "大都", "比索"} & cities  # a district, a county-level city, the Yuan capital, (Tw)
    assert {"海口", "大理", "白银", "白銀", "来宾", "來賓"} <= word_or_name_forms()
    assert not cities & common_words()

"""A personal name of no one person standing alone in English copy ("Victor (name)") is not glossed with the
dictionary's transliteration where the paragraph names a Chinese person of the glossary (the user's U36-27).

"Li Ka-shing's son Victor (维克托)" told the reader that Victor Li (李泽钜) is 维克托: the lone given name is a
particular person, the Chinese person's relative or associate, whose Chinese name is their own. CC-CEDICT's
"Victor (name)", "Richard (name)" lines are names of no one person, imported as persons whose English is the name.
The rule decided (README's annotate section): such a name alone (no capitalised word right before or after it) is not
glossed beside a Chinese person of the glossary (a person whose pinyin is a family name and a given name) in the same
paragraph where every sense of its line is a name's and it is an English given name (the US Census's first names: a
family name alone, "Morrison", "Smith", and a line that names one person, "Biden", keep their gloss: the reviewer's
R37-8), unless it is a word of that person's English; elsewhere a name alone keeps its usual transliteration
("His son Victor joined." with no one named, "Smith said"), and a name before its family name is part of the longer
name. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
維克托 维克托 [Wei2 ke4 tuo1] /Victor (name)/
理查德 理查德 [Li3 cha2 de2] /Richard (name)/
傑克 杰克 [Jie2 ke4] /Jack (name)/
史密斯 史密斯 [Shi3 mi4 si1] /Smith (name)/
李嘉誠 李嘉诚 [Li3 Jia1 cheng2] /Sir Li Ka-shing (1928-), Hong Kong businessman/
拜登 拜登 [Bai4 deng1] /Biden (name)/Joe Biden (1942-), US president 2021-2025/
撒切爾 撒切尔 [Sa1 qie4 er3] /Thatcher (name)/Baroness Thatcher (1925-2013), British prime minister 1979-1990/
莫利森 莫利森 [Mo4 li4 sen1] /Morrison (name)/
習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping (1953-), general secretary of the Chinese Communist Party from 2012/
鄧小平 邓小平 [Deng4 Xiao3 ping2] /Deng Xiaoping (1904-1997), Chinese communist leader/
李光耀 李光耀 [Li3 Guang1 yao4] /Lee Kuan Yew (1923-2015), founding father of modern Singapore, prime minister \
1959-1990/
""".replace("\\\n", "")
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's lines (U36-27) and my own: a Chinese person in the paragraph
        ("Li Ka-shing's son Victor took over the group in 2018.", ["Li Ka-shing"]),
        ("The tycoon Li Ka-shing and his son Richard attended.", ["Li Ka-shing"]),
        ("Li Ka-shing retired; Victor and Richard run the group.", ["Li Ka-shing"]),
        ("Lee Kuan Yew's grandson Jack spoke.", ["Lee Kuan Yew"]),
        # no Chinese person in the paragraph, or the person in another paragraph: the usual transliteration
        ("His son Victor joined.", ["Victor"]),
        ("The committee heard from Smith on Monday.", ["Smith"]),
        ("Li Ka-shing retired.\nHis son Victor spoke.", ["Li Ka-shing", "Victor"]),
        # a family name alone, or a line that names one person too, beside a Chinese person (the reviewer's R37-8)
        ("Xi Jinping met Biden in San Francisco.", ["Xi Jinping", "Biden"]),
        ("Deng Xiaoping negotiated with Thatcher.", ["Deng Xiaoping", "Thatcher"]),
        ("Li Ka-shing sold the stake to Morrison.", ["Li Ka-shing", "Morrison"]),
        ("Li Ka-shing met Smith.", ["Li Ka-shing", "Smith"]),
    ],
)
def test_a_name_alone_beside_a_chinese_person(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_a_person_on_another_line_of_a_long_chunk_does_not_reach_a_lone_name() -> None:
    """The review's R37-12 (s37) made the paragraph test a bisection over the line breaks (was a scan of the text
    between each lone name and each person: English annotate ~40x slower on a long file); in a chunk of many lines a
    person reaches the lone names of its own line only."""
    lines = ["His son Victor joined.", "Li Ka-shing's son Victor took over.", "Richard spoke."] * 200
    expected = ["Victor", "Li Ka-shing", "Richard"] * 200
    assert glossed("\n".join(lines), ANNOTATOR) == expected

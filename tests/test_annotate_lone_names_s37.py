"""A personal name of no one person standing alone in English copy ("Victor (name)") is not glossed with the
dictionary's transliteration where the paragraph names a Chinese person of the glossary (the user's U36-27).

"Li Ka-shing's son Victor (维克托)" told the reader that Victor Li (李泽钜) is 维克托: the lone given name is a
particular person, the Chinese person's relative or associate, whose Chinese name is their own. CC-CEDICT's
"Victor (name)", "Richard (name)" lines are names of no one person, imported as persons whose English is the name.
The rule decided (README's annotate section): such a name alone (no capitalised word right before or after it) is not
glossed beside a Chinese person of the glossary (a person whose pinyin is a family name and a given name) in the same
paragraph, unless it is a word of that person's English; elsewhere a name alone keeps its usual transliteration
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
    ],
)
def test_a_name_alone_beside_a_chinese_person(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

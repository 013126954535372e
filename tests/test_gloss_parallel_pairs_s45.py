"""A name that is the first half of a parallel set phrase is not glossed (the review's R45-6): 绿水青山就是金山银山,
"lucid waters and lush mountains are mountains of gold and silver", the most quoted slogan of Chinese news, was glossed
金山（Jinshan）银山 with the CC-CEDICT names glossary and 金山（Kingsoft）银山 with the bundled one.

The phrase spreads a coordinate pair over two words that end alike, AZ + BZ (金银 "gold and silver" → 金山银山); no
word list holds it (neither jieba's dictionary nor CC-CEDICT has 金山银山), so the rule reads its shape:
`zhgloss.glossrules.InsideRule._outside_parallel_pairs` drops a two-character match AZ right before BZ when no match
starts in BZ and A + B is a word of jieba's counts. Names side by side stay glossed (北京南京), as does a name whose
neighbours only happen to repeat a character (一本日本文的书: 一本 is before the name, not after it). The glossary is real
CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz).
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501

from __future__ import annotations

import io
import subprocess

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
金山 金山 [Jin1 shan1] /Jinshan suburban district of Shanghai/Jinshan or Chinshan township in New Taipei City 新北市[Xin1 bei3 shi4], Taiwan/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
南京 南京 [Nan2 jing1] /Nanjing subprovincial city on the Changjiang, capital of Jiangsu province 江蘇|江苏/capital of China at different historical periods/
廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/
杭州 杭州 [Hang2 zhou1] /Hangzhou subprovincial city and capital of Zhejiang province in southeast China/
日本 日本 [Ri4 ben3] /Japan/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class: the first half of a parallel set phrase
        ("绿水青山就是金山银山。", []),
        ("既要金山银山，也要绿水青山。", []),
        ("綠水青山就是金山銀山。", []),  # traditional
        # the name elsewhere, and names side by side
        ("他去了金山。", ["金山"]),
        ("北京南京都是古都。", ["北京", "南京"]),
        ("广州杭州两地", ["广州", "杭州"]),
        ("一本日本文的书", ["日本"]),
        ("日本人本来就不多。", ["日本"]),  # 日人 is no word of jieba's counts
    ],
)
def test_a_name_halving_a_parallel_phrase_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_bundled_glossary_leaves_the_slogan_alone(zhgloss_exe: str) -> None:
    # R45-6's addendum: what a new user gets with no --db glossed 金山（Kingsoft）银山.
    text = "绿水青山就是金山银山。\n金山软件发布新版WPS。\n"
    done = subprocess.run([zhgloss_exe, "annotate", "-"], input=text, capture_output=True, text=True, check=True)
    assert done.stdout == "绿水青山就是金山银山。\n金山软件（Kingsoft）发布新版WPS。\n"

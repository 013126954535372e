"""A short text is annotated without loading an automaton, whatever rule reads it again (issue 9, speed).

A one-line annotate matches short texts by the sorted patterns (`annotate._SortedKeys`), not the automata, whose
load costs a big glossary 20-60 ms. The rules for names inside longer words asked the leftmost-longest automaton
themselves (the shorter forms inside a match, the form it skipped, a name cut before a trade's word, a district's
unit), so 京东京 loaded it after all: tests/test_scale.py's hypothesis test found it (the lead's note, session 30).
They now ask the annotator, which matches as it does for the text. The glossary is real CC-CEDICT lines (CC BY-SA
4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
京東 京东 [Jing1 dong1] /JD.com, Chinese e-commerce company/
東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/
北京 北京 [Bei3 jing1] /Beijing, capital of the People's Republic of China/
中國 中国 [Zhong1 guo2] /China/
美國 美国 [Mei3 guo2] /United States/USA/US/
長江 长江 [Chang2 jiang1] /Yangtze River, or Chang Jiang/
天河 天河 [Tian1 he2] /Milky Way/Tianhe district of Guangzhou 廣州|广州[Guang3 zhou1], Guangdong/
廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/
"""
BYTES = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True))).to_bytes()


@pytest.mark.parametrize(
    "text",
    [
        # the lead's: tests/test_scale.py's hypothesis example on f7d1515, and its neighbours
        "京东京",
        "京东京东",
        # my own: a match's shorter forms inside it and the one it skipped, a trade after a river, a district
        "北京东京",
        "中国美国",
        "周日美国",
        "长江证券发布公告。",
        "广州天河",
    ],
)
def test_a_short_text_loads_no_automaton_and_matches_as_the_automaton_does(text: str) -> None:
    by_sorted, by_automata = Annotator.from_bytes(BYTES), Annotator.from_bytes(BYTES)
    by_sorted._short_chinese = by_sorted._short_english = 10**9
    by_automata._short_chinese = by_automata._short_english = 0
    assert by_sorted.spans(text) == by_automata.spans(text)
    assert by_sorted._t._zll is None

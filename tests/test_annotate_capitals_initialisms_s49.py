"""annotate on English copy: a word written in capitals is no name the glossary writes in mixed case.

Last session's sentence-start initialism rule (`english_case._in_capitals`) let "SWAT (斯瓦特) (Special Weapons And
Tactics)" through, and annotate glossed "The SWAT (斯瓦特) team" mid-sentence already: CC-CEDICT's 斯瓦特 is 'Swat', the
valley. The class: a one-word match written all in capitals, in a line that writes lower case, whose glossary form is
not in capitals, is an initialism (SWAT, MAC, RAM, ED, EVA, LEO of CC-CEDICT's own definitions), not the name 'Swat',
'Mac', 'Ram', 'Ed', 'Eva', 'Leo'. Kept: the forms the glossary writes in capitals (US, NATO), a headline all in
capitals, a news dateline's place ("BEIJING (Reuters) -"), a name of several words ("the UNITED STATES"), and the name
in its own case. Real CC-CEDICT lines (CC BY-SA 4.0, MDBG).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, Session
from zhgloss.english_case import not_names_in_capitals
from zhgloss.formats.cedict import load_cedict

LINES = (
    "斯瓦特 斯瓦特 [Si1 wa3 te4] /Swat (valley and district in Pakistan)/\n"
    "亞蘭 亚兰 [Ya4 lan2] /Ram (son of Hezron)/\n"
    "埃德 埃德 [Ai1 de2] /Ed (name - Eduard)/\n"
    "伊娃 伊娃 [Yi1 wa2] /Eva (name)/\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of the People's Republic of China/\n"
    "香港 香港 [Xiang1 gang3] /Hong Kong/\n"
    "美國 美国 [Mei3 guo2] /United States/USA/US/\n"
    "北約 北约 [Bei3 yue1] /NATO/\n"
    "路透 路透 [Lu4 tou4] /Reuters (news agency)/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    "text",
    [
        "The SWAT team arrived.",
        "SWAT (Special Weapons And Tactics)/riot police",
        "Police sent in SWAT officers.",
        "Prices of RAM chips rose.",
        "random access memory (RAM)",
        "Economic value added, EVA",
        "erectile dysfunction (ED)",
    ],
)
def test_a_word_in_capitals_is_no_name_written_otherwise(text: str) -> None:
    assert Session(ANNOTATOR).render(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He flew to Swat on Monday.", "He flew to Swat (斯瓦特) on Monday."),
        ("Eva and Ed met Ram.", "Eva (伊娃) and Ed (埃德) met Ram (亚兰)."),
        ("US officials said.", "US (美国) officials said."),
        ("NATO met in Swat.", "NATO (北约) met in Swat (斯瓦特)."),
        ("BEIJING (Reuters) - The talks ended.", "BEIJING (北京) (Reuters (路透)) - The talks ended."),
        ("HONG KONG, Dec 7 - Stocks rose.", "HONG KONG (香港), Dec 7 - Stocks rose."),
        ("The UNITED STATES said no.", "The UNITED STATES (美国) said no."),
        ("TALKS IN SWAT", "TALKS IN SWAT (斯瓦特)"),
    ],
)
def test_the_name_keeps_its_gloss(text: str, expected: str) -> None:
    assert Session(ANNOTATOR).render(text) == expected


@given(
    st.text(alphabet="abcdefghij ", max_size=12),
    st.sampled_from(["SWAT", "RAM", "EVA"]),
    st.text(alphabet="abcdefghij ", max_size=12),
)
def test_the_capitals_match_goes_whatever_the_lower_case_around_it(before: str, word: str, after: str) -> None:
    text = f"x{before} {word} {after}y"
    start = text.index(f" {word} ") + 1
    found = [(start, start + len(word), 0)]
    assert not_names_in_capitals(text, found, lambda value: word.capitalize()) == []
    # The glossary's own form in capitals, or the line in capitals, keeps it.
    assert not_names_in_capitals(text, found, lambda value: word) == found
    assert not_names_in_capitals(text.upper(), found, lambda value: word.capitalize()) == found

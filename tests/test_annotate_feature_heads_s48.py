"""annotate on English copy: a glossary name after Mount, Mt, Lake, Port, Cape or Fort is a word of the longer name of
a mountain, lake, port, cape or fort the glossary lacks, not the surveyor, the country, the city or the given name:
"He climbed Mount Everest (额菲尔士)", "Mount Kenya (肯尼亚)", "Lake Geneva (日内瓦)", "Port Elizabeth (伊丽莎白)",
"Mount Taishan (台山)" were glossed with a CC-CEDICT glossary (the review's R48-22). The glossary's own longer name is
still matched ("Lake Victoria (维多利亚湖)", "Cape Town (开普敦)"), and the name alone keeps its gloss. Real CC-CEDICT
lines (CC BY-SA 4.0, MDBG).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.annotate import Annotator, Session
from zhgloss.formats.cedict import load_cedict

LINES = (
    "伊麗莎白 伊丽莎白 [Yi1 li4 sha1 bai2] /Elizabeth (person name)/\n"
    "台山 台山 [Tai2 shan1] /Taishan county level city in Jiangmen 江門|江门, Guangdong/\n"
    "日內瓦 日内瓦 [Ri4 nei4 wa3] /Geneva, Switzerland/\n"
    "維多利亞湖 维多利亚湖 [Wei2 duo1 li4 ya4 Hu2] /Lake Victoria or Victoria Nyanza, Kenya, on the White Nile/\n"
    "肯尼亞 肯尼亚 [Ken3 ni2 ya4] /Kenya/\n"
    "開普敦 开普敦 [Kai1 pu3 dun1] /Cape Town (city in South Africa)/\n"
    "額菲爾士 额菲尔士 [E2 fei1 er3 shi4] /Everest (name)/Colonel Sir George Everest (1790-1866), British "
    "Surveyor-General of India 1830-1843/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    "text",
    [
        "He climbed Mount Everest last year.",
        "Mount Kenya is high.",
        "Boats sail on Lake Geneva.",
        "Port Elizabeth is in the east.",
        "They walked up Mount Taishan.",
        "They walked up Mt Taishan.",
        "Fort Geneva was a trading post.",
    ],
)
def test_a_name_after_a_feature_s_head_word_is_no_name_of_its_own(text: str) -> None:
    assert Session(ANNOTATOR).render(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lake Victoria is big.", "Lake Victoria (维多利亚湖) is big."),
        ("Cape Town hosted it.", "Cape Town (开普敦) hosted it."),
        ("He went to Geneva and Kenya.", "He went to Geneva (日内瓦) and Kenya (肯尼亚)."),
        ("The Lakers beat Kenya.", "The Lakers beat Kenya (肯尼亚)."),
    ],
)
def test_the_glossary_s_longer_name_and_the_name_alone_keep_their_gloss(text: str, expected: str) -> None:
    assert Session(ANNOTATOR).render(text) == expected

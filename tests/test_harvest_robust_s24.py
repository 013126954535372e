"""harvest on any text: it never fails, and what it proposes is written in the text (issue 9 item 5).

This session's harvest cuts names by the English (surname spellings, transliteration, titles, honours, particles):
each rule indexes words and characters, so any text, however odd its brackets, dots, accents and titles, is run
through it. A name proposal's Chinese is in the line (as written or simplified), its English too (an item of the
bracket, or words before it, or a lead's field), and every proposal's entry is one the glossary would take.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.convert import name_to_simplified
from zhgloss.harvest import harvest
from zhgloss.script import normalize

PIECES = [
    "美国国务卿",
    "布林肯",
    "安东尼·",
    "李在明",
    "于",
    "在",
    "的",
    "特首",
    "张忠谋",
    "（",
    "）",
    "(",
    ")",
    "，",
    "、",
    ";",
    " ",
    "Antony ",
    "Blinken",
    "Morris Chang",
    "Secretary of State ",
    "Minister of ",
    "Foreign Affairs ",
    "Wang Yi",
    "GBM ",
    "JP ",
    "born 1950",
    "1631–1694",
    "Chinese: ",
    "pinyin: Wáng Yì",
    "3888 HK",
    "JD.US",
    "HKG: 3888",
    "von der ",
    "Leyen",
    "António ",
    "Former ",
    "CEO ",
    "Kingsoft Corp",
    "金山软件",
    "also known as Richard Yu",
    "Lu Bu",
    "吕布",
    "Lyu Bu",
    "王毅",
    "卢比奥",
    "Marco Rubio",
    "-",
    "·",
    "Eric ",
    "Chan Kwok-ki",
    "陳國基",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
def test_harvest_never_fails_and_proposes_what_the_text_writes(pieces: list[str]) -> None:
    line = "".join(pieces)
    written = normalize(line)
    simplified = name_to_simplified(written)
    for proposal in harvest(line, []):
        if proposal.kind == "name":
            assert proposal.zh is not None
            assert proposal.zh in simplified or proposal.zh in written, (line, proposal.zh)
        assert proposal.entry.id
        assert proposal.status in ("new", "known", "conflict")

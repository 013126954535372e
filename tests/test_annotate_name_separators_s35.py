"""A name the text writes with separators between its parts is glossed whatever separators the glossary writes
(the user's U35-22 and U35-23; README "How names may be written": one rule for lookup, search, annotate and check).

`add "安东尼奥 古特雷斯"` stores 安东尼奥古特雷斯, and main 63c90aa glossed nothing in
联合国秘书长安东尼奥·古特雷斯表示, though `lookup 安东尼奥·古特雷斯` finds the entry: a form stored with its dots
matched the text with any separator or none, but a form stored without them did not match the text with them.
Chinese copy writes a hyphenated French given name with a hyphen and the dot before the surname (让-克洛德·容克,
Xinhua; a full-width hyphen in some copy); main glossed nothing there either. Separators of
`zhgloss.script.NAME_SEPARATORS` and hyphens between two Han characters are now read as not there where a glossary
name stands across them.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, remove_insertions
from zhgloss.model import Entry

ANNOTATOR = Annotator(
    [
        # as `add "安东尼奥 古特雷斯" --type person --en "António Guterres"` stores it
        Entry(id="antonio-guterres", type="person", zh="安东尼奥古特雷斯", en="António Guterres"),
        Entry(id="jean-claude-juncker", type="person", zh="让·克洛德·容克", en="Jean-Claude Juncker"),
        Entry(id="jean-pierre-raffarin", type="person", zh="让·皮埃尔·拉法兰", en="Jean-Pierre Raffarin"),
        Entry(id="un", type="org", zh="联合国", en="United Nations"),
        Entry(id="beijing", type="place", zh="北京", en="Beijing"),
        Entry(id="shanghai", type="place", zh="上海", en="Shanghai"),
        Entry(id="wording", type="phrase", zh="京上", en="a phrase's wording"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's repros
        ("联合国秘书长安东尼奥·古特雷斯表示。", ["联合国", "安东尼奥·古特雷斯"]),
        ("欧盟委员会前主席让-克洛德·容克表示。", ["让-克洛德·容克"]),
        ("前总理让－皮埃尔·拉法兰访华。", ["让－皮埃尔·拉法兰"]),
        # my own: other separators, none
        ("安东尼奥・古特雷斯说", ["安东尼奥・古特雷斯"]),
        ("安东尼奥-古特雷斯说", ["安东尼奥-古特雷斯"]),
        ("安东尼奥古特雷斯说", ["安东尼奥古特雷斯"]),
        ("让皮埃尔·拉法兰说", ["让皮埃尔·拉法兰"]),
        # places joined by a hyphen stay two names; a phrase's wording across the hyphen is no name
        ("北京-上海高铁", ["北京", "上海"]),
    ],
)
def test_a_name_is_found_across_the_separators_between_its_parts(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_gloss_follows_the_whole_name_and_the_text_is_kept() -> None:
    text = "联合国秘书长安东尼奥·古特雷斯表示。"
    out = ANNOTATOR.annotate(text)
    assert out == "联合国（United Nations）秘书长安东尼奥·古特雷斯（António Guterres）表示。"
    assert remove_insertions(out, ANNOTATOR.insertions(text)) == text
    assert ANNOTATOR.annotate(out) == out


@given(
    first=st.sampled_from(["·", "・", "•", "-", "－", "‐", ""]),
    second=st.sampled_from(["·", "・", "-", ""]),
)
def test_any_separators_between_the_parts_name_the_same_person(first: str, second: str) -> None:
    text = f"前主席让{first}克洛德{second}容克表示"
    found = ANNOTATOR.mentions(text)
    assert [(m.surface, m.entry.id) for m in found] == [(f"让{first}克洛德{second}容克", "jean-claude-juncker")]

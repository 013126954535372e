"""A national body's short name after a unit's generic is the local body, not the national one (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_local_bodies.u8, imported as
`zhgloss import --proper-only` would). The sixteenth session's review and this session's acceptance test found
县人大闹出笑话 ("the county people's congress made a scene"): 人大 glossed "National People's Congress" is the wrong
body. Every unit of administration has its own congress and federations, written with the national body's short
name after the unit's generic (县人大, 市人大, 省文联); better no gloss than the national body's.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.model import Entry

ANNOTATOR = Annotator(cedict_fixture("cedict_local_bodies.u8"))


@pytest.mark.parametrize(
    "text",
    [
        "县人大闹出笑话。",  # the sixteenth session's review; this session's acceptance test (requests.md 16:44)
        "县人大常委会审议了这份报告。",
        "各省人大陆续召开会议。",
        "省文联主席在开幕式上致辞。",
        "北京市人大代表视察了这所学校。",
        "县人大叫停了这个违规项目。",  # was a case of test_glossrules_loud_verbs.py: the county's congress
    ],
)
def test_a_local_body_is_not_glossed_as_the_national_one(text: str) -> None:
    assert [m.entry.zh for m in ANNOTATOR.mentions(text) if m.entry.type == "org"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The national bodies themselves.
        ("人大呼吁各方加强监督。", ["人大"]),
        ("文联换届大会在北京举行。", ["文联"]),
        # A company after a city's generic: its English names no national body.
        ("深圳市华为公司发布了新手机。", ["华为"]),
    ],
)
def test_the_national_body_and_the_rest_stay(text: str, expected: list[str]) -> None:
    assert [m.surface for m in ANNOTATOR.mentions(text) if m.entry.type == "org"] == expected


def test_a_form_safe_by_its_entry_stays() -> None:
    entry = Entry(id="npc", type="org", zh="人大", en="National People's Congress", safe_forms=["人大"])
    assert glossed("县人大常委会审议了这份报告。", Annotator([entry])) == ["人大"]

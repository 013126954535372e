"""An untyped name right after a title of office is a person the glossary lacks, not the entry (issue 9, U27-29).

CC-CEDICT's 奥特曼 is "Ultraman, Japanese science fiction superhero", which the import leaves untyped (`name`); tech
news writes OpenAI首席执行官奥特曼 for Sam Altman, and the full CC-CEDICT names glossary glossed 奥特曼（Ultraman）there
(the tester's U27-29, findings-gls.md). The import types every line of a person's name `person`, "(name)" ones too:
an untyped entry after a title of office (data/office_titles.tsv) names no one who holds it
(`InsideRule._outside_other_holders`, which drops a dead composer's 巴赫 after 主席 on the same ground). The glossary is
real CC-CEDICT lines (tests/data/cedict_annotate_s27.u8).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_annotate_s27.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-29 (main bcc296d)
        ("OpenAI首席执行官奥特曼表示。", []),
        # my own: other titles of office
        ("该公司董事长奥特曼出席发布会。", []),
        ("总裁奥特曼宣布了新计划。", []),
        # The superhero where no title precedes; a person's entry after a title keeps its gloss.
        ("孩子们喜欢看奥特曼。", ["奥特曼"]),
        ("英国首相约翰逊表示。", ["约翰逊"]),
    ],
)
def test_an_untyped_name_after_a_title_of_office_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@given(
    title=st.sampled_from(["首席执行官", "董事长", "总裁", "主席", "总统", "首相"]),
    tail=st.sampled_from(["表示。", "说", ""]),
)
def test_no_title_of_office_glosses_ultraman(title: str, tail: str) -> None:
    assert "奥特曼" not in glossed(f"{title}奥特曼{tail}", ANNOTATOR)

"""annotate: a person of fiction after a title of office is someone else of that name (session 36).

The CC-CEDICT import types a superhero a person since this session (金刚狼 "Wolverine, comic book superhero"), so
the rule that an untyped name after a title of office names no holder of it (首席执行官奥特曼 is OpenAI's Sam Altman,
not Ultraman: the tester's U27-29) no longer dropped 奥特曼, and test_annotate_titled_names_s27 failed on main. No one
of fiction holds an office: after a title, a person whose English or note calls it a superhero or a character is not
glossed, nor after a middle dot as a part of a real person's name (萨姆·奥特曼, test_gloss_heads); elsewhere it is,
and a person of record after a title keeps the gloss. On the parent commit, 3 of this
file's 8 tests fail.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_fictional_s36.u8"))


def test_the_import_types_them_persons() -> None:
    types = {entry.zh: entry.type for entry in cedict_fixture("cedict_fictional_s36.u8")}
    assert (types["奥特曼"], types["金刚狼"], types["蝙蝠侠"]) == ("person", "person", "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OpenAI首席执行官奥特曼表示。", []),
        ("该公司董事长金刚狼出席发布会。", []),
        ("总裁蝙蝠侠宣布了新计划。", []),
        # Nor is one of fiction a part of a real person's dotted name (Sam Altman, not Ultraman).
        ("人工智能公司OpenAI的首席执行官萨姆·奥特曼曾被董事会短暂解职。", []),
        ("他说萨姆·奥特曼是好人。", []),
        # Elsewhere the hero is glossed; a person of record after a title keeps the gloss.
        ("孩子们喜欢看奥特曼。", ["奥特曼"]),
        ("他买了蝙蝠侠的漫画。", ["蝙蝠侠"]),
        ("特斯拉首席执行官马斯克表示。", ["马斯克"]),
        ("英国首相约翰逊表示。", ["约翰逊"]),
    ],
)
def test_no_one_of_fiction_holds_an_office(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected

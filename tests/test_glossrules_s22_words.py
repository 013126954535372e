"""A place's name that is also a verb is the verb where only a verb can stand (issue 9, twenty-second session).

With the full CC-CEDICT names glossary, news and notices glossed 开封 "to unseal" as Kaifeng:
信开封后, 这瓶酒已经开封了, 开封后请冷藏保存, 请勿开封, 快递被人私自开封 (the acceptance tester's, twenty-first session,
still wrong on c5eee39), and the held- out sweep's 包裹在运输途中被人开封过
(tests/data/cedict_names_news_sweep22.txt). A place's name is dropped after an adverb only a
verb follows or a passive's generic agent (已经, 勿, 私自, 擅自, 被人 …), at a clause's opening
before 了 or 后, and after 把 and a short object
(`zhgloss.glossrules.InsideRule._outside_verb_places`); a place where one arrives, a place
before its province's name or its generic keep theirs (河南开封, 去开封旅游, 开封市). The glossary is
real: CC- CEDICT's lines (tests/data/cedict_s22_gloss.u8), imported as `zhgloss import
--proper-only` would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import cedict_fixture, glossed, glossed_at, sweep_glosses

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s22_gloss.u8"))


@pytest.mark.parametrize(
    "text",
    [
        # The acceptance tester's (twentieth and twenty-first sessions).
        "他把信开封后读了起来。",
        "这瓶酒已经开封了。",
        "开封后请冷藏保存。",
        "请勿开封。",
        "快递被人私自开封。",
        # tests/data/cedict_names_news_sweep22.txt
        "卖家却坚称包裹在运输途中被人开封过，双方为赔偿问题争执不下。",
        # cases of my own
        "药品一经开封，应在一个月内用完。",
        "切勿擅自开封检查。",
        "说明书写着：开封后冷藏，三日内饮用。",
        "他把盒子开封了。",
    ],
)
def test_the_verb_is_not_glossed_as_the_place(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's, right and kept.
        ("河南开封的检验机构。", ["河南", "开封"]),
        ("去开封旅游。", ["开封"]),
        ("开封市的人口。", ["开封市"]),
        # cases of my own: a place one reaches before 后, a word 后 or 了 starts, 把 before the place itself.
        ("到开封后他就去了医院。", ["开封"]),
        ("北京后来成为首都。", ["北京"]),
        ("记者从上海了解到。", ["上海"]),
        ("把上海建设好了。", ["上海"]),
        ("他把公司上海总部迁走了。", ["上海"]),
        ("开封是一座古城。", ["开封"]),
        ("中国了不起。", ["中国"]),
    ],
)
def test_the_place_stays_where_it_is_one(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_held_out_sweep22_words(shared_dir: Path) -> None:
    glosses = sweep_glosses(shared_dir, "cedict_names_news_sweep22.txt")
    assert glossed_at(glosses, "被人开封过") == []

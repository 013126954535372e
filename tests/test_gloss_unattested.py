"""A name of no person that jieba's counts lack, made of common words, weighs no more than jieba gives it (issue 9).

The word-edge rule weighs a glossary form as a word seen at least NAME_COUNT times, as jieba's counts lack most
personal names; a form of no person they lack (they list most places and organisations) whose characters are common
words counts as jieba counts it, so that where the text's own reading has a word across its edge, the match goes:
西墙 (the Western Wall) in Lu Xun's 照在西墙上头 reads 西|墙上|头. The glossary is real: CC-CEDICT's lines
(tests/data/cedict_unattested.u8, imported as `zhgloss import --proper-only` would).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"
with (DATA / "cedict_unattested.u8").open(encoding="utf-8") as _fp:
    ENTRIES = list(load_cedict(_fp, proper_only=True))
ANNOTATOR = Annotator(ENTRIES)


def glossed(annotator: Annotator, text: str) -> list[str]:
    """The surfaces `annotator` glosses in `text`, in order."""
    return [m.surface for m in annotator.mentions(text)]


def test_a_wall_the_text_reads_across_is_no_western_wall() -> None:
    # ../shared/data/zh-corpus.txt (阿Q正传): "the sun already shone on the top of the west wall" (西|墙上|头).
    assert glossed(ANNOTATOR, "来太阳又已经照在西墙上头了。") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # No word of the text's own reading crosses them: names jieba lacks stay glossed.
        ("她还回答了有关中美经贸磋商的问题。", ["中美"]),  # tests/data/cedict_names_news_dev.txt
        ("快手联合创始人宿华卸任。", ["快手"]),
        ("沿线的长寿、垫江等地也设有车站。", ["垫江"]),  # 垫 and 江 are rarer words than the name
        ("垫江上头", ["垫江"]),  # the same: its characters do not outweigh a word seen once
    ],
)
def test_names_the_text_does_not_read_across_stay(sentence: str, expected: list[str]) -> None:
    assert glossed(ANNOTATOR, sentence) == expected


@pytest.mark.parametrize("kind", ["place", "name", "org", "event", "work"])
def test_the_rule_holds_for_every_kind_of_name_but_a_person(kind: str) -> None:
    text = "来太阳又已经照在西墙上头了。"
    assert glossed(Annotator([Entry(id="x", type=kind, zh="西墙", en="X")]), text) == []
    # A person's name jieba lacks keeps the weight of a name (李强|调研, not 李|强调|研); so does a phrase's wording
    # (a termbase's, which comes in typed `phrase`; a `term`, a dictionary's word, is glossed by no form: U27-52),
    # and a form its entry says is safe everywhere.
    for entry in (
        Entry(id="x", type="phrase", zh="西墙", en="X"),
        Entry(id="x", type=kind, zh="西墙", en="X", always_gloss=True),
    ):
        assert glossed(Annotator([entry]), text) == ["西墙"], entry
    # But a person's name that tagged news reads as an ordinary word (tagged_words.txt holds 西墙, s46) is glossed only
    # where the context reads as the person, as 陈年 "aged" is: 照在西墙上头 is the wall.
    assert glossed(Annotator([Entry(id="x", type="person", zh="西墙", en="X")]), text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ../shared/data/zh-corpus.txt (阿Q正传): "by the west wall is a clump of bamboo" (靠|西|墙).
        ("靠西墙是竹丛，下面许多笋。", []),
        ("他们在西墙前站了一会儿。", []),
        ("他把梯子靠在西墙边。", []),
        # Where its context reads as a name, the name: in quotes, or before a verb of saying.
        ("耶路撒冷的“西墙”是犹太教圣地。", ["西墙"]),
    ],
)
def test_a_side_of_a_house_the_text_reads_apart_is_that_side(sentence: str, expected: list[str]) -> None:
    assert glossed(ANNOTATOR, sentence) == expected


@pytest.mark.parametrize(("form", "text"), [("东墙", "他靠着东墙坐下。"), ("南屋", "她搬进了南屋。")])
def test_every_side_and_part_of_a_house_jieba_lacks(form: str, text: str) -> None:
    # The shape, not the word: any name of a side and a part of a house that jieba's counts lack, of any kind.
    for kind in ("place", "name", "org"):
        assert glossed(Annotator([Entry(id="x", type=kind, zh=form, en="X")]), text) == [], kind
    assert glossed(Annotator([Entry(id="x", type="place", zh=form, en="X")]), f"《{form}》") == [form]

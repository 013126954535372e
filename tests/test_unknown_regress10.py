"""Regressions of the tenth session's finder changes (unknown.py), through the installed console script.

Each case is a kind the changes broke, written with names of our own (the tester's examples are in
tests/data/unknown_names_regress10.tsv as dev rows): a given name that reads as an adverb following names
(717de8c), a transliterated name CC-CEDICT lists as a person (72d2bef), a name after a people of China's west
(05a2e49) and a foreign name whose end reads as a Chinese name (df23497).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).with_name("zhgloss")


def _unknown(sentence: str) -> list[dict[str, object]]:
    """The unverified rows `zhgloss annotate --unknown --format json` prints for `sentence`."""
    out = subprocess.run(
        [str(SCRIPT), "annotate", "--unknown", "--format", "json", "--db", str(ROOT / "glossary.json")],
        input=sentence + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [row for row in map(json.loads, out.splitlines()) if row.get("unverified")]


def _surfaces(sentence: str) -> list[str]:
    return [str(row["surface"]) for row in _unknown(sentence)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # A title before and what follows names after: the adverb's characters end the given name.
        ("歌手林依然和周深同台演唱。", ["林依然"]),
        ("演员何依然获得了最佳女主角奖。", ["何依然"]),
        # The adverb's first character repeated: one of three is the name's.
        ("局长孙建刚刚刚退休。", ["孙建刚"]),
        ("科长郑志刚刚刚表示反对。", ["郑志刚"]),
    ],
)
def test_a_given_name_that_reads_as_an_adverb_is_read_whole(sentence: str, names: list[str]) -> None:
    assert _surfaces(sentence)[: len(names)] == names


@pytest.mark.parametrize("sentence", ["小林依然在公司加班。", "老陈仍然坚持每天跑步。"])
def test_the_adverb_after_a_form_of_address_is_still_no_name(sentence: str) -> None:
    assert _surfaces(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A Chinese-looking start read on into the transliteration after it (梅 + 德韦, then 杰夫).
        ("据梅德韦杰夫介绍，双方达成共识。", "梅德韦杰夫"),
        ("据马克西莫夫介绍，比赛顺利。", "马克西莫夫"),
        # A transliterated word before the name-like end is the name's first part (巴拉克 "Barack").
        ("据巴拉克罗夫介绍，双方达成共识。", "巴拉克罗夫"),
        # A word of its own that no transliteration holds ends the name, after a title too (通了电话).
        ("俄罗斯外长拉夫罗夫通了电话。", "拉夫罗夫"),
        ("美国国务卿布林肯通了电话。", "布林肯"),
    ],
)
def test_a_foreign_name_is_read_whole(sentence: str, name: str) -> None:
    assert _surfaces(sentence) == [name]


@pytest.mark.parametrize("sentence", ["阿里巴巴马云宣布了新计划。", "影星巩俐出席了开幕式。"])
def test_a_word_before_a_chinese_name_is_no_part_of_it(sentence: str) -> None:
    assert not any(len(s) > 3 for s in _surfaces(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Two characters before a word (出版) end a name after a people of the west and a title.
        ("藏族诗人阿来出版了诗集。", "阿来"),
        # A one-character verb after names (都) inside a transliterated name.
        ("维吾尔族演员阿不都拉表演了节目。", "阿不都拉"),
    ],
)
def test_a_name_after_a_people_of_the_west_is_read_to_its_end(sentence: str, name: str) -> None:
    assert _surfaces(sentence) == [name]


@pytest.mark.parametrize("sentence", ["俄国的盲诗人爱罗先珂君带了他那六弦琴到北京。", "现在爱罗先珂君还是绝无消息。"])
def test_a_listed_person_the_statistics_read_the_end_of_is_read_whole(sentence: str) -> None:
    # CC-CEDICT lists 爱罗先珂 (Vasili Eroshenko); the statistics read 罗先珂 there: the whole is the name.
    assert _surfaces(sentence) == ["爱罗先珂"]


def test_a_shorter_name_inside_a_place_named_after_a_listed_person_stays_dropped() -> None:
    assert _surfaces("周恩来邓颖超纪念馆开放。") == []

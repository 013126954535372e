"""CC-CEDICT import: a line whose first sense is a relation of two sides and whose later senses name a place is the
relation, the place in the note (rev's R46-1, s46).

"中歐 中欧 [Zhong1 Ou1] /China-Europe (e.g. trading relations)/Central Europe/" and "中非 ... /China-Africa
(relations)/Central Africa/Central African Republic/" were place entries "Central Europe", "Central Africa", the
relation gone (not even in the note), so annotate glossed 中欧（Central Europe）班列 and
中非（Central Africa）合作论坛 in news, where these forms mean the relation nearly always.
CC-CEDICT puts the relation first. Over the whole file, 2 lines have a relation first and a later
sense that is no relation or pair (中欧, 中非); lines of relations and pairs only (中巴, 中法, 中澳)
are read as before.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cedict_fixtures import annotated, imported_db, rows_by_zh

ZHONGOU = "中歐 中欧 [Zhong1 Ou1] /China-Europe (e.g. trading relations)/Central Europe/"
ZHONGFEI = "中非 中非 [Zhong1 Fei1] /China-Africa (relations)/Central Africa/Central African Republic/"


@pytest.mark.parametrize(
    ("line", "zh", "en", "places"),
    [
        (ZHONGOU, "中欧", "China-Europe", ("Central Europe",)),
        (ZHONGFEI, "中非", "China-Africa", ("Central Africa", "Central African Republic")),
        ("中亞 中亚 [Zhong1 Ya4] /China-Asia (relations)/Central Asia/", "中亚", "China-Asia", ("Central Asia",)),
    ],
)
@pytest.mark.parametrize("proper_only", [True, False])
def test_the_relation_first_heads_and_the_places_are_in_the_note(
    line: str, zh: str, en: str, places: tuple[str, ...], proper_only: bool
) -> None:
    row = rows_by_zh(line, proper_only=proper_only)[zh]
    assert row["en"] == en
    assert row["type"] != "place"
    for place in places:
        assert place not in row["aliases"]
        assert place in row["note"]


@pytest.mark.parametrize(
    ("line", "zh", "en", "aliases"),
    [
        (
            "中巴 中巴 [Zhong1 Ba1] /China-Pakistan (relations)/China-Bahamas/",
            "中巴",
            "China-Pakistan",
            ["China-Bahamas"],
        ),
        ("中法 中法 [Zhong1 Fa3] /China-France (cooperation)/Sino-French/", "中法", "Sino-French", ["China-France"]),
    ],
)
def test_a_line_of_relations_and_pairs_only_is_read_as_before(line: str, zh: str, en: str, aliases: list[str]) -> None:
    row = rows_by_zh(line)[zh]
    assert (row["en"], row["aliases"]) == (en, aliases)


def test_annotate_glosses_the_relation_in_news(tmp_path: Path) -> None:
    """The installed console script, rev's sentences: the relation, not the region."""
    db = imported_db(tmp_path, f"{ZHONGOU}\n{ZHONGFEI}\n")
    assert annotated(db, "中欧班列今年开行超过一万列。中非合作论坛今天开幕。") == (
        "中欧（China-Europe）班列今年开行超过一万列。中非（China-Africa）合作论坛今天开幕。"
    )

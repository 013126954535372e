"""A stock index is named by its head, as an award is: 上证综合指数 "SSE (Shanghai Stock Exchange) Composite Index" is a
name, no organisation (the exchange is 上海证券交易所) (twenty-fifth session, issue 9; tester's I-9 of the twenty-fourth
session). Real CC-CEDICT lines in tests/data/cedict_indexes_s25.u8."""

from __future__ import annotations

import io

from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_indexes_s25.u8")


def test_an_index_named_after_an_exchange_is_no_exchange() -> None:
    assert NAMES["上证综合指数"].type == "name"


def test_the_exchange_and_another_index_stay() -> None:
    assert NAMES["上海证券交易所"].type == "org"
    assert NAMES["恒生指数"].type == "name"


def test_a_line_of_my_own() -> None:
    line = "深证成指 深证成指 [Shen1 zheng4 Cheng2 zhi3] /Shenzhen Stock Exchange Component Index/\n"
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.type == "name"

"""A people's god described ("Chinese rain god") names no one, as "Chinese astronomer" does not: 夔 "one-legged mountain
demon .../Chinese rain god/surname Kui/" is Kui, not "Chinese rain god" (twenty-fifth session, issue 9; tester's I-6 of
the twenty-fourth session). Real CC-CEDICT lines in tests/data/cedict_gods_s25.u8."""

from __future__ import annotations

import io

from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_gods_s25.u8")


def test_kui_is_named_kui() -> None:
    assert NAMES["夔"].en == "Kui"
    assert "Chinese rain god" not in NAMES["夔"].aliases


def test_a_named_god_keeps_its_name() -> None:
    assert NAMES["波塞冬"].en == "Poseidon"


def test_a_line_of_my_own() -> None:
    line = "甲 甲 [Jia3] /Chinese god of the hearth/Chinese kitchen god/surname Jia/\n"
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.en == "Jia"

"""A country's name of several words before a common noun of no kind is a common phrase, as a one-word one is
(thirty-fifth session, issue 9 item 1: "not names at all, but kept by --proper-only").

台媒 "Taiwan media" and 台独 "Taiwan independence" were left out of --proper-only (a country's or a province's
one-word name before a common noun qualifies it, the tester's T28-2), but 港股 "Hong Kong shares", 港独 "Hong Kong
independence" and 港普 "Hong Kong pidgin" were kept as names: "Hong Kong" is two words. A name of the place's own
stays ("Hong Kong Stock Exchange", "Hong Kong Basic Law": capitalised words, no common noun), and so does a people of
it (港人 "Hong Kong person or people").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "港股 港股 [Gang3 gu3] /Hong Kong shares/\n"
    "港獨 港独 [Gang3 du2] /Hong Kong independence/\n"
    "港普 港普 [Gang3 pu3] /Hong Kong pidgin (a mix of Standard Mandarin and Cantonese)/\n"
    "臺獨 台独 [Tai2 du2] /Taiwan independence/(of Taiwan) to declare independence/\n"
    "港交所 港交所 [Gang3 jiao1 suo3] /Hong Kong Stock Exchange/abbr. for 香港交易所/\n"
    "香港基本法 香港基本法 [Xiang1 gang3 Ji1 ben3 fa3] /Hong Kong Basic Law (in effect since the resumption of Chinese"
    " sovereignty in 1997)/\n"
    "港人 港人 [Gang3 ren2] /Hong Kong person or people/\n"
)


def _imported(*, proper_only: bool) -> dict[str, tuple[str, str]]:
    return {e.zh: (e.type, e.en) for e in load_cedict(io.StringIO(LINES), proper_only=proper_only)}


PROPER = _imported(proper_only=True)
FULL = _imported(proper_only=False)


@pytest.mark.parametrize("zh", ["港股", "港独", "港普", "台独"])
def test_a_place_before_a_common_noun_is_no_name(zh: str) -> None:
    assert zh not in PROPER
    assert FULL[zh][0] == "term"


@pytest.mark.parametrize(
    ("zh", "en"),
    [("港交所", "Hong Kong Stock Exchange"), ("香港基本法", "Hong Kong Basic Law"), ("港人", "Hong Kong person")],
)
def test_a_name_of_the_place_s_own_stays(zh: str, en: str) -> None:
    assert PROPER[zh][1] == en

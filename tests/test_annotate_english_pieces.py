"""English words inside a longer English token or name get no gloss (issue 9, user test with CC-CEDICT's names).

"GMT (格林威治标准时间)+8", "Internet (网络) of Things", "Lai Ching (清代)-te", "JD.US (美国)", "Jack (杰克) Ma",
"William (威廉) Ding" and, with the bundled glossary, "Amazon (亚马逊) River": `zhgloss.annotate._glued`,
`_after_full_stop` and `Annotator._in_longer_name`. The glossary is CC-CEDICT's lines for the names concerned
(tests/data/cedict_english_pieces.u8, imported as `zhgloss import --proper-only` would).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.store import Glossary, bundled_path

CEDICT = Annotator(cedict_fixture("cedict_english_pieces.u8"))
with Glossary.open(bundled_path()) as _gloss:
    BUNDLED = Annotator(_gloss.iter_entries())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun 21, 2020 05:05 PM (GMT+8)", []),
        ("Beijing is at UTC+8 and GMT+8.", ["Beijing"]),
        ("Times are GMT, not local.", ["GMT"]),
        ("Vice President Lai Ching-te spoke.", []),
        ("China-US ties.", ["China", "US"]),
        ("Shares of 京东（JD.US） rose.", []),
        ("It ended in the US. China replied.", ["US", "China"]),
        ("Xiaomi, China's largest Internet of Things evangelist.", ["China"]),
        ("Chinese Internet entrepreneurs", ["Internet"]),
        ("Jack Ma and William Ding met in Beijing.", ["Beijing"]),
        # Not "Jack said ...": at a sentence's start the ordinary word jack is no name (zhgloss.english_case).
        ("Then Jack said hello to William.", ["Jack", "William"]),
    ],
)
def test_english_words_inside_a_longer_token_or_name(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Amazon River", []),
        ("He sold the firm to Amazon.", ["Amazon"]),
        ("Lei Jun of Xiaomi said so.", ["Lei Jun", "Xiaomi"]),
        ("Xiaomi-backed firms", ["Xiaomi"]),
    ],
)
def test_the_bundled_glossary(text: str, expected: list[str]) -> None:
    assert glossed(text, BUNDLED) == expected

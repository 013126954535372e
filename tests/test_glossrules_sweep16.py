"""The sixteenth session's news sweep with the full CC-CEDICT names glossary (issue 9).

tests/data/cedict_names_news_sweep16.txt holds 30 articles written for the sweep; every gloss of the CC-CEDICT names
glossary was judged by hand (its header gives the counts). The glosses the session's rules removed as nonsense stay
removed, and the genuine names around them stay glossed, with the real glossary (import --proper-only of
../shared/data/cedict_ts.u8.gz), not a fixture of a few lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import glossed_at, sweep_glosses


@pytest.fixture(scope="module")
def glosses(shared_dir: Path) -> dict[str, list[tuple[int, int]]]:
    """Each prose line of the sweep file and the spans the CC-CEDICT names glossary glosses in it, in order."""
    return sweep_glosses(shared_dir, "cedict_names_news_sweep16.txt")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # 圣索菲亚大教堂 is St Sophia's Cathedral, not Sofia; Harbin stays.
        ("中央大街和圣索菲亚大教堂", []),
        ("哈尔滨市文旅局", ["哈尔滨市"]),
        # Kingsoft Office's WPS, not Jinshan.
        ("金山办公旗下", []),
        # The mayor of Jingdezhen: the bare name, not 景德镇市 with the 市 of 市长.
        ("景德镇市长", ["景德镇"]),
        ("江西景德镇举办", ["江西", "景德镇"]),
    ],
)
def test_the_sweeps_nonsense_stays_removed(
    glosses: dict[str, list[tuple[int, int]]], words: str, expected: list[str]
) -> None:
    assert glossed_at(glosses, words) == expected

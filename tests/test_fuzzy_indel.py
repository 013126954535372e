"""The Chinese search scores near keys without importing rapidfuzz (issue 15 item 2), with the same figures.

`fuzzy.indel_ratio` is rapidfuzz's `fuzz.ratio` computed by a bit-parallel LCS: importing rapidfuzz cost a
whole-process `search 雷军` on the 100k glossary ~70M instructions (a whole `lookup` is ~380M; the goal is within
1.3x). The property holds it to rapidfuzz float for float; the process test, that a Chinese search imports none
of rapidfuzz (the Latin search still uses its OSA distance).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from zhgloss.fuzzy import indel_ratio

texts = st.text(alphabet="雷军君锋小米华為为ab 北京", max_size=80)


@settings(max_examples=2000, deadline=None)
@given(texts, texts)
def test_indel_ratio_is_rapidfuzz_ratio(a: str, b: str) -> None:
    assert indel_ratio(a, b) == fuzz.ratio(a, b)


def test_indel_ratio_examples() -> None:
    assert indel_ratio("雷军", "雷军") == 100.0
    assert indel_ratio("雷军", "雷锋") == 50.0  # one common character of four
    assert indel_ratio("", "") == 100.0
    assert indel_ratio("雷军", "") == 0.0
    assert indel_ratio("this is a test", "this is a test!") == 200 * 14 / 29


SEARCH = r"""
import sys
from pathlib import Path
from zhgloss.store import Glossary
from zhgloss.fuzzy import search
with Glossary.open(Path(sys.argv[1])) as gloss:
    hits = search(gloss, sys.argv[2], limit=20, min_score=0)
print(hits[0].entry.id, len(hits), any(h.matched.endswith("similar characters") for h in hits))
print(sorted(m for m in sys.modules if m.split(".")[0] == "rapidfuzz"))
"""


def test_a_chinese_search_imports_no_rapidfuzz(bundled: Path, tmp_path: Path) -> None:
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(tmp_path)}
    for _ in range(2):  # the first builds the search cache
        done = subprocess.run(
            [sys.executable, "-c", SEARCH, str(bundled), "雷君"], capture_output=True, text=True, check=True, env=env
        )
    first, modules = done.stdout.splitlines()
    assert first.split()[0] == "lei-jun"
    assert first.split()[2] == "True"  # a near key was scored
    assert modules == "[]"

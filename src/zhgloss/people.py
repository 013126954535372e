"""The people CC-CEDICT lists, by their Chinese: a word list both `harvest` and `unknown` read.

`harvest` types a pair the sentence says nothing of as a person when CC-CEDICT lists its Chinese as one ("Joe Biden
(拜登)"); `unknown` keeps a candidate ending in a kinship character whole when it is a listed person (佛朗哥
"Franco"). Reading the list needs only the stdlib, so `unknown` no longer imports the whole of `harvest` (its
patterns, vocabularies and pypinyin helpers) for it.
"""

from __future__ import annotations

import functools
from pathlib import Path

CEDICT_PERSONS_PATH = Path(__file__).resolve().parent / "data" / "cedict_persons.txt"


@functools.cache
def cedict_persons() -> frozenset[str]:
    """The Chinese forms of the people CC-CEDICT lists, as its import types them `person` (data/cedict_persons.txt,
    CC BY-SA 4.0, scripts/build_cedict_persons.py): 拜登, 埃尔多安, 约瑟夫·斯大林, 戴高乐, 普京; simplified and
    traditional."""
    text = CEDICT_PERSONS_PATH.read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))

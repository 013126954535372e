"""annotate's build reads a glossary's traditional spellings through `zhgloss.model.traditional_variants` (SPD-40-2).

The table (OpenCC's traditional spellings of each simplified zh and Chinese alias) is worked out once per glossary
version and kept in the cache folder; the lookup index and annotate share it. The first `zhgloss annotate` on a new
glossary keeps it, a later build converts nothing, and traditional text is glossed the same either way.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from zhgloss import convert
from zhgloss.annotate import CACHE_KIND, Annotator, annotator_for
from zhgloss.cache import cache_file, drop_cached
from zhgloss.model import TRADITIONAL_VARIANTS_KIND, Entry
from zhgloss.store import Glossary

ENTRIES = [
    Entry(id="bai-du", zh="百度", en="Baidu", type="organization"),
    Entry(id="guo-hang", zh="中国国际航空", en="Air China", type="organization", zh_aliases=("国航",)),
    Entry(id="hong-kong", zh="香港", en="Hong Kong", type="place"),
]
TRADITIONAL = "國航與百度在香港簽約。"


def _glossary(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(ENTRIES)
    return path


def _annotate(path: Path, text: str) -> str:
    done = subprocess.run(
        ["zhgloss", "annotate", "-", "--db", str(path)], input=text, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_annotate_keeps_the_traditional_spellings_for_lookup(tmp_path: Path) -> None:
    path = _glossary(tmp_path)
    first = _annotate(path, TRADITIONAL + "\n")
    assert cache_file(path, f"{TRADITIONAL_VARIANTS_KIND}.bin") is not None
    assert "國航（Air China）" in first and "百度（Baidu）" in first and "香港（Hong Kong）" in first
    assert _annotate(path, TRADITIONAL + "\n") == first


def test_a_build_after_the_table_is_kept_converts_nothing(tmp_path: Path) -> None:
    path = _glossary(tmp_path)
    with Glossary.open(path) as gloss:
        annotator_for(gloss)  # keeps the table
    drop_cached(path, CACHE_KIND)  # the next command builds the annotator again, as after a change of rules
    convert._VARIANTS_OF.clear()
    with Glossary.open(path) as gloss:
        built = annotator_for(gloss)
    assert convert._VARIANTS_OF == {}
    assert built.spans(TRADITIONAL) == Annotator(ENTRIES).spans(TRADITIONAL)

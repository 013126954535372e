"""annotate's build reads a glossary's variant spellings through `zhgloss.model.variant_texts` (SPD-39-1).

The list is worked out once per glossary version and kept in the cache folder; lookup, search and annotate share it.
The first `zhgloss annotate` on a new glossary keeps it, and its output is the same as when it reads it back.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from zhgloss.cache import cache_file
from zhgloss.model import VARIANT_TEXTS_KIND, Entry
from zhgloss.store import Glossary


def _glossary(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all(
            [
                # a person's English has variant spellings ("Re agan", "Rea gan": forms.variant_texts_of)
                Entry(id="li-gen", zh="里根", en="Reagan", type="person", zh_aliases=("雷根",)),
                Entry(id="bai-du", zh="百度", en="Baidu", type="organization"),
            ]
        )
    return path


def _annotate(path: Path, text: str) -> str:
    done = subprocess.run(
        ["zhgloss", "annotate", "-", "--db", str(path)], input=text, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_annotate_keeps_the_variant_spellings_for_lookup_and_search(tmp_path: Path) -> None:
    path = _glossary(tmp_path)
    first = _annotate(path, "雷根访问北京。百度上市。\n")
    kept = cache_file(path, f"{VARIANT_TEXTS_KIND}.bin")
    assert kept is not None and kept.exists()
    assert _annotate(path, "雷根访问北京。百度上市。\n") == first
    assert "Reagan" in first and "Baidu" in first

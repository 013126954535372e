"""What a one-line annotate pays for in a fresh process once the caches are built (issue 15 item 2).

The regexes that find the characters at the ends of the patterns that may continue a word (`_maybe_word_res`,
negated classes over most of Unicode) serve only a cache build, but were compiled on every import of
zhgloss.annotate: about 69M instructions of a one-line annotate's 627M on the 100k glossary, whose whole-process
lookup takes 379M (the goal is within 1.3x). The test runs real processes: one builds the caches, the next
annotates a line and reports whether the build's regexes were compiled.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ANNOTATE_ONE_LINE = r"""
import io, sys
from pathlib import Path
from zhgloss.store import Glossary
from zhgloss.annotate import Session, _maybe_word_res, annotate_stream, annotator_for
with Glossary.open(Path(sys.argv[1])) as gloss:
    annotator = annotator_for(gloss)
sink = io.BytesIO()
annotate_stream(Session(annotator), io.BytesIO("雷军创办了小米。Lei Jun founded Xiaomi.\n".encode()), sink)
print(sink.getvalue().decode().strip())
print(_maybe_word_res.cache_info().currsize)
"""


def _run(glossary: Path, cache: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", ANNOTATE_ONE_LINE, str(glossary)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "ZHGLOSS_CACHE_DIR": str(cache)},
    )
    return done.stdout.splitlines()


def test_a_warm_one_line_annotate_compiles_no_build_regex(bundled: Path, tmp_path: Path) -> None:
    first = _run(bundled, tmp_path)  # builds the caches, and may compile them
    second = _run(bundled, tmp_path)
    assert first[0] == second[0]
    assert "雷军（Lei Jun）" in second[0]
    assert second[1] == "0"

"""Long single lines (text from HTML and PDF): harvest and check must take time linear in the line.

Peers measured in the same run:
- harvest: the bracket pattern as it was (searched from every character of a Chinese run), on the
  same lines; its time grows with the square of the length, ours with the length;
- check: the same pair checked as one whole segment (no windows), which grows with the square too.

    python benchmarks/bench_long_lines.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from common import bundled_entries

from zhgloss.annotate import Annotator
from zhgloss.check import Checker, name_entries
from zhgloss.formats.bilingual import Segment, windows
from zhgloss.harvest import _CJK, find_pairs

OLD_EN_IN_PARENS = re.compile(rf"([{_CJK}][{_CJK}·•]*)\s*[（(]\s*([A-Z][A-Za-z.&'’\- ]{{0,60}}?)\s*[）)]")
# The check tests' pair with problems of every kind: misspelt and missing names are what the
# checker searches the whole target for, so they are what made a long segment quadratic.
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
ZH = (DATA / "check_problems.zh.txt").read_text(encoding="utf-8").replace("\n", "")
EN = (DATA / "check_problems.en.txt").read_text(encoding="utf-8").replace("\n", " ")


def timed(function: object, *args: object) -> float:
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    print("harvest, one line of Chinese without a bracket")
    for size in (5_000, 10_000, 20_000):
        line = ("雷军说小米的手机卖得很好" * (size // 12 + 1))[:size]
        ours = timed(find_pairs, line)
        peer = timed(lambda text: list(OLD_EN_IN_PARENS.finditer(text)), line)
        print(f"  {size:>7,} chars: find_pairs {ours * 1000:8.1f} ms   old pattern alone {peer * 1000:9.1f} ms")
    for size in (100_000, 1_000_000):
        line = ("雷军说小米的手机卖得很好" * (size // 12 + 1))[:size]
        print(f"  {size:>7,} chars: find_pairs {timed(find_pairs, line) * 1000:8.1f} ms   (old pattern: not run)")

    entries = bundled_entries()
    checker = Checker(Annotator(entries), Annotator(name_entries(entries)))
    print("check, one aligned pair on a single line")
    for repeats in (20, 40, 80):
        segment = Segment(1, ZH * repeats, EN * repeats, line=1)
        ours = timed(checker.check, windows([segment]))
        whole = timed(checker.check, [segment])
        chars = len(segment.source)
        print(f"  {chars:>7,} source chars: in windows {ours:6.2f} s   whole segment {whole:7.2f} s")


if __name__ == "__main__":
    main()

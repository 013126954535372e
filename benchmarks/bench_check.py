"""Benchmark `zhgloss check`: segments per second against the annotate engine on the source side alone.

A 100,000-segment bilingual document is made by cycling the test pairs (clean ones and
ones with every kind of problem, from tests/data/check_*.txt), checked with the
100k-entry glossary (bundled entries + CC-CEDICT). The peer, measured in the same run
on the same segments with the same engine, is `Annotator.mentions` over the Chinese
sources alone: the least any check must do. Goal: check within 2x of that.

Run: .venv/bin/python benchmarks/bench_check.py [--segments N] [--size N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, big_glossary, time_call, time_process, zhgloss_argv
from zhgloss.annotate import Annotator
from zhgloss.check import Checker, name_entries
from zhgloss.formats.bilingual import Segment
from zhgloss.store import Glossary

DATA = ROOT / "tests" / "data"
PAIRS = ("check_clean", "check_problems")


def sentence_pairs(stems: tuple[str, ...] = PAIRS) -> list[tuple[str, str]]:
    """The test data's aligned pairs (blank lines left out)."""
    pairs: list[tuple[str, str]] = []
    for stem in stems:
        zh = (DATA / f"{stem}.zh.txt").read_text(encoding="utf-8").splitlines()
        en = (DATA / f"{stem}.en.txt").read_text(encoding="utf-8").splitlines()
        pairs += [(s, t) for s, t in zip(zh, en, strict=True) if s.strip()]
    return pairs


def main() -> None:
    """Print the figures: check and annotate-source throughput, their ratio, and the whole command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--size", type=int, default=100_000, help="glossary entries")
    args = parser.parse_args()

    pairs = sentence_pairs()
    segments = [Segment(n, *pairs[(n - 1) % len(pairs)], line=n) for n in range(1, args.segments + 1)]
    sources = [s.source for s in segments]
    path = big_glossary(args.size)
    with Glossary(path, read_only=True) as gloss:
        entries = list(gloss.iter_entries())
    start = time.perf_counter()
    annotator = Annotator(entries)
    built = time.perf_counter() - start
    start = time.perf_counter()
    names = Annotator(name_entries(entries))
    built_names = time.perf_counter() - start
    print(
        f"glossary: {len(entries):,} entries ({path.name}); engines built in {built:.1f} s (all forms) "
        f"and {built_names:.1f} s (names only, {len(names):,} entries, for the targets)"
    )
    print(f"document: {len(segments):,} segments cycled from {len(pairs)} test pairs")

    def annotate_sources() -> None:
        for text in sources:
            annotator.mentions(text)

    checker = Checker(annotator, names)
    report = checker.check(segments)  # warm the engines' entry caches, as the peer's first run does
    annotate_sources()
    # Interleaved, best of five: other work on the machine slows both alike, not one of them.
    peer = mine = float("inf")
    for _ in range(5):
        peer = min(peer, time_call(annotate_sources, repeat=1))
        mine = min(mine, time_call(lambda: checker.check(segments), repeat=1))
    n = len(segments)
    print(f"annotate (peer, sources only): {n / peer:12,.0f} segments/s  ({peer:.2f} s)")
    print(f"check (source + target):       {n / mine:12,.0f} segments/s  ({mine:.2f} s)")
    print(f"ratio check / annotate: {mine / peer:.2f}x  (goal: within 2x)")
    print(f"problems found: {len(report.problems):,} " + str({k: v for k, v in report.counts().items() if v}))

    # The same size of document made of the clean pairs only: the common case, every name rendered.
    clean = sentence_pairs(("check_clean",))
    clean_segments = [Segment(n, *clean[(n - 1) % len(clean)], line=n) for n in range(1, args.segments + 1)]
    clean_sources = [s.source for s in clean_segments]
    peer_clean = mine_clean = float("inf")
    for _ in range(5):
        peer_clean = min(peer_clean, time_call(lambda: [annotator.mentions(t) for t in clean_sources], repeat=1))
        mine_clean = min(mine_clean, time_call(lambda: checker.check(clean_segments), repeat=1))
    print(
        f"clean document: annotate {n / peer_clean:,.0f} segments/s, check {n / mine_clean:,.0f} segments/s, "
        f"ratio {mine_clean / peer_clean:.2f}x"
    )

    # The whole command on a TSV of the same document, cache warm, for scale.
    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / "doc.tsv"
        tsv.write_text("".join(f"{s.source}\t{s.target}\n" for s in segments), encoding="utf-8")
        argv = zhgloss_argv("check", str(tsv), "--db", str(path), "--fail-on", "none")
        whole = time_process(argv, repeat=3)
    print(f"zhgloss check (whole process, warm cache): {whole:.2f} s = {n / whole:,.0f} segments/s")


if __name__ == "__main__":
    main()

"""Time `zhgloss search` against difflib and a plain rapidfuzz scan over the same strings, same run.

In process: median ms per query over the labelled queries (tests/data/search_queries.tsv) on
glossaries of the bundled entries plus CC-CEDICT headwords; the peers scan the English, pinyin
and Chinese of every entry (about 3 strings per entry), as a search without an index would.
difflib is so slow that it runs on every 8th query only. Top-1 accuracy is printed beside
each, measured on the same queries. Then `zhgloss search` as a whole process (cache warm),
beside `zhgloss lookup` of the same glossary.

Goal (issue 3): median under 20 ms at 100,000 entries, at least 20x faster than difflib.
Run: python benchmarks/bench_fuzzy.py [--sizes 10000 100000] [--repeat N]
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, big_glossary, time_process, zhgloss_argv

from zhgloss.fuzzy import FORMAT, Searcher, searcher_for
from zhgloss.store import Glossary

QUERIES = ROOT / "tests" / "data" / "search_queries.tsv"
DIFFLIB_EVERY = 8


def labelled() -> list[tuple[str, str]]:
    """The labelled queries: (query, expected entry id)."""
    with QUERIES.open(encoding="utf-8") as fp:
        rows = [line.rstrip("\n").split("\t") for line in fp if line.strip() and not line.startswith("#")]
    return [(query, expected) for query, expected, _ in rows[1:]]


def per_query(fn: Callable[[str], str | None], queries: list[tuple[str, str]]) -> tuple[float, float]:
    """Median ms per query of `fn` (which returns the top entry id), and its top-1 accuracy."""
    times, right = [], 0
    for query, expected in queries:
        start = time.perf_counter()
        top = fn(query)
        times.append((time.perf_counter() - start) * 1000)
        right += top == expected
    return statistics.median(times), right / len(queries)


def bench_size(size: int, queries: list[tuple[str, str]], sample: list[tuple[str, str]]) -> None:
    """Print the in-process figures for a glossary of `size` entries."""
    from rapidfuzz import fuzz, process

    path = big_glossary(size)
    with Glossary.open(path) as gloss:
        searcher_for(gloss)  # make sure the cache is there
        start = time.perf_counter()
        searcher = searcher_for(gloss)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        entries = list(gloss.iter_entries())
        Searcher(entries)
        built = time.perf_counter() - start
    print(
        f"\n{len(searcher):,} entries: index built in {built:.1f} s, loaded from its cache ({FORMAT}) in {loaded:.2f} s"
    )
    strings: list[str] = []
    owners: list[str] = []
    for entry in entries:
        for form in (entry.en, entry.pinyin, entry.zh):
            if form:
                strings.append(form)
                owners.append(entry.id)

    def ours(query: str) -> str | None:
        hits = searcher.search(query, limit=3)
        return hits[0].entry.id if hits else None

    def scan(scorer: Callable[..., float]) -> Callable[[str], str | None]:
        def run(query: str) -> str | None:
            found = process.extract(query, strings, scorer=scorer, limit=3)
            return owners[found[0][2]] if found else None

        return run

    def close(query: str) -> str | None:
        found = difflib.get_close_matches(query, strings, n=3)
        return owners[strings.index(found[0])] if found else None

    ours(queries[0][0])  # imports rapidfuzz and pypinyin, outside the timing
    ours("雷君")
    ms, acc = per_query(ours, queries)
    ms_sample, _ = per_query(ours, sample)
    ratio_ms, ratio_acc = per_query(scan(fuzz.ratio), queries)
    wratio_ms, wratio_acc = per_query(scan(fuzz.WRatio), sample)
    difflib_ms, difflib_acc = per_query(close, sample)
    print(f"  zhgloss search               {ms:8.2f} ms   top-1 {acc:.0%}")
    for name, peer_ms, peer_acc, base in (
        ("rapidfuzz extract, ratio ", ratio_ms, ratio_acc, ms),
        ("rapidfuzz extract, WRatio", wratio_ms, wratio_acc, ms_sample),
        ("difflib.get_close_matches", difflib_ms, difflib_acc, ms_sample),
    ):
        note = "" if base is ms else "sample; "
        print(f"  {name}    {peer_ms:8.2f} ms   top-1 {peer_acc:.0%}   ({note}{peer_ms / base:.0f}x slower)")
    print(f"  over {len(strings):,} strings (English, pinyin, Chinese)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=7, help="runs of each whole-process timing")
    args = parser.parse_args()
    queries = labelled()
    sample = queries[::DIFFLIB_EVERY]
    print(f"{len(queries)} labelled queries ({len(sample)} for difflib); median ms per query, top-1 accuracy")
    for size in args.sizes:
        bench_size(size, queries, sample)

    path = big_glossary(max(args.sizes))
    print(f"\nwhole process, {max(args.sizes):,} entries, cache warm (median of {args.repeat}):")
    for argv in (("search", "Lie Jun"), ("search", "雷君"), ("lookup", "刘强东")):
        seconds = time_process(zhgloss_argv(*argv, "--db", str(path)), repeat=args.repeat)
        print(f"  zhgloss {' '.join(argv):20} {seconds * 1000:8.0f} ms")


if __name__ == "__main__":
    main()

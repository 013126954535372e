"""Score the finder of unknown names on the blind held-out sets here, in aggregate only (issue 14).

    python benchmarks/heldout/score.py

Each `*.tsv.gz` here is a set of news sentences with their persons marked (the shape of
tests/data/unknown_names.tsv), written blind by someone who never saw the finder's code or output,
and kept compressed so that nobody reads it by chance while tuning. Print, for each set, persons'
exact-span precision and recall of `zhgloss.unknown.NameFinder` and of plain jieba `posseg` (nr, nrfg,
nrt: the peer), and nothing of any sentence: a set whose errors are read is no longer held out.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench_unknown import jieba_spans  # noqa: E402

from zhgloss.unknown import NameFinder, load_gold, score_spans  # noqa: E402


def main() -> None:
    import jieba

    jieba.setLogLevel(60)
    finder = NameFinder()
    for path in sorted(HERE.glob("*.tsv.gz")):
        gold = load_gold(gzip.decompress(path.read_bytes()).decode("utf-8").splitlines())
        ours = score_spans(gold, [[(f.start, f.end) for f in finder.find(g.text)] for g in gold])
        peer = score_spans(gold, [jieba_spans(g.text) for g in gold])
        print(
            f"{path.name}: {len(gold)} sentences, {ours.gold} persons: zhgloss P={ours.precision:.3f}"
            f" R={ours.recall:.3f} ({ours.correct} right of {ours.found} found); jieba posseg nr (peer)"
            f" P={peer.precision:.3f} R={peer.recall:.3f}"
        )


if __name__ == "__main__":
    main()

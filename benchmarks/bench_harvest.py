"""Time `zhgloss harvest` on a full CC-CEDICT import (~10^5 entries) against another commit's, in the same run.

    python benchmarks/bench_harvest.py --db full.json             # against main, 3 runs each
    python benchmarks/bench_harvest.py --db full.json --against HEAD~1 --repeat 5

Without --db, CC-CEDICT is imported once into out/add-full.json (`zhgloss import`, ~30 s). As bench_add.py
(`common.compare_commands`): each run on a fresh copy of the glossary, whole processes of the installed console
script of this tree and of COMMIT alternating, CPU time (user + system), and each case checked to give the same
output, messages, exit code and glossary bytes under both.
Cases: one sentence harvested right after the import (the first command on that version of the glossary: what it
keeps in the cache folder is built then), the same sentence harvested again (a user's second harvest), a folder of
texts (tests/data/harvest_sentences.tsv's 80 sentences in 8 files and the shared articles), and a new name added
with --add --yes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED, Case, compare_main

ONE = "Taiwan President Tsai Ing-wen (蔡英文) met Lei Jun (雷军) and Wang Xiaosan (王小三) in Beijing (北京).\n"

CASES: tuple[Case, ...] = (
    ("first, one line", [], ["harvest", "{tmp}/one.txt"]),
    ("again, one line", ["harvest", "{tmp}/one.txt"], ["harvest", "{tmp}/one.txt"]),
    ("again, a folder", ["harvest", "{tmp}/one.txt"], ["harvest", "{tmp}/texts"]),
    ("again, --add", ["harvest", "{tmp}/one.txt"], ["harvest", "--add", "--yes", "{tmp}/one.txt"]),
)
"""(name, a command run first and not timed, the command timed)."""


def texts() -> dict[str, str]:
    """The benchmark's input files by name: one.txt, and texts/ (sentences of tests/data and the shared articles)."""
    rows = (ROOT / "tests" / "data" / "harvest_sentences.tsv").read_text(encoding="utf-8").splitlines()
    sentences = list(dict.fromkeys(row.split("\t")[0] for row in rows if row.strip() and not row.startswith("#")))
    found = {"one.txt": ONE}
    for n in range(0, len(sentences), 10):
        found[f"texts/s{n // 10:02d}.txt"] = "\n".join(sentences[n : n + 10]) + "\n"
    for article in sorted((SHARED / "articles").glob("*.txt")):
        found[f"texts/{article.name}"] = article.read_text(encoding="utf-8")
    return found


def main() -> None:
    compare_main(__doc__ or "", CASES, texts())


if __name__ == "__main__":
    main()

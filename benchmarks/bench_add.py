"""Time `zhgloss add` on a full CC-CEDICT import (~10^5 entries) against another commit's, in the same run.

    python benchmarks/bench_add.py --db full.json             # against main, 3 runs each
    python benchmarks/bench_add.py --db full.json --against HEAD~1 --repeat 5

Without --db, CC-CEDICT is imported once into out/add-full.json (`zhgloss import`, ~30 s). Each run adds to a fresh
copy of the glossary, as whole processes of the installed console script, this tree's and COMMIT's
(`common.commit_src`, on PYTHONPATH) alternating, and takes the child's CPU time (user + system): the machine is
shared, so CPU time, not wall time, is the figure. Each case is also checked to give the same output, messages, exit
code and glossary bytes under both: a speed-up of `add` must change none of them (the review's R45-7).
Cases: a new name added (王小三 "Wang Xiaosan") to the copy, and to the file a first add wrote; a form stored already
refused (北京); a traditional form of a stored one refused (臺灣).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Case, compare_main

CASES: tuple[Case, ...] = (
    ("new name", [], ["add", "王小三", "--en", "Wang Xiaosan"]),
    ("after an add", ["add", "王小二", "--en", "Wang Xiaoer"], ["add", "王小三", "--en", "Wang Xiaosan"]),
    ("stored form", [], ["add", "北京", "--en", "Beijing", "--type", "place"]),
    ("traditional form", [], ["add", "臺灣", "--en", "Taiwan", "--type", "place"]),
)
"""(name, an add run first and not timed, the add timed): "after an add" is a user's second add, on the file the
first one wrote (not a copy), as the review timed it."""


def main() -> None:
    compare_main(__doc__ or "", CASES)


if __name__ == "__main__":
    main()

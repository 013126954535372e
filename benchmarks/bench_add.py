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

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CEDICT, OUT, commit_src, zhgloss_argv

CASES: tuple[tuple[str, list[str], list[str]], ...] = (
    ("new name", [], ["add", "王小三", "--en", "Wang Xiaosan"]),
    ("after an add", ["add", "王小二", "--en", "Wang Xiaoer"], ["add", "王小三", "--en", "Wang Xiaosan"]),
    ("stored form", [], ["add", "北京", "--en", "Beijing", "--type", "place"]),
    ("traditional form", [], ["add", "臺灣", "--en", "Taiwan", "--type", "place"]),
)
"""(name, an add run first and not timed, the add timed): "after an add" is a user's second add, on the file the
first one wrote (not a copy), as the review timed it."""


def run(argv: list[str], db: Path, src: Path | None, env: dict[str, str]) -> tuple[float, tuple[object, ...]]:
    """CPU seconds of `argv` on `db` (this tree's code, or that of `src`), and what it gave."""
    full = {**os.environ, **env}
    if src is not None:
        full["PYTHONPATH"] = str(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([*argv[:1], "--db", str(db), *argv[1:]], capture_output=True, env=full, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, (done.returncode, done.stdout, done.stderr.replace(str(db).encode(), b"DB"), db.read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a full CC-CEDICT import (made in out/ if not given)")
    parser.add_argument("--against", default="main", help="the commit to compare with (default: main)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = subprocess.run(["git", "rev-parse", args.against], capture_output=True, text=True, check=True).stdout.strip()
    base_src = commit_src(base)
    zhgloss = zhgloss_argv()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"ZHGLOSS_CACHE_DIR": str(Path(tmp) / "cache")}
        full = args.db
        if full is None:
            full = OUT / "add-full.json"
            if not full.exists():
                subprocess.run([*zhgloss, "--db", str(full), "import", str(CEDICT)], capture_output=True, check=True)
        copy = Path(tmp) / "g.json"
        print(
            f"{args.against} = {base[:10]}; glossary {full} ({full.stat().st_size / 1e6:.1f} MB); CPU s, {args.repeat} runs"
        )
        for name, setup, command in CASES:
            times: dict[str, list[float]] = {"this": [], "base": []}
            gave: dict[str, set[tuple[object, ...]]] = {"this": set(), "base": set()}
            for turn in range(args.repeat + 1):  # the first round warms the page cache and the cache folder
                for who, src in (
                    (("base", base_src), ("this", None)) if turn % 2 else (("this", None), ("base", base_src))
                ):
                    shutil.copyfile(full, copy)
                    if setup:
                        run([zhgloss[0], *setup], copy, src, env)
                    cpu, result = run([zhgloss[0], *command], copy, src, env)
                    gave[who].add(result)
                    if turn:
                        times[who].append(cpu)
            same = "same" if gave["this"] == gave["base"] and len(gave["this"]) == 1 else "DIFFERENT"
            this, that = statistics.median(times["this"]), statistics.median(times["base"])
            runs = " ".join(f"{t:.2f}" for t in times["this"]), " ".join(f"{t:.2f}" for t in times["base"])
            print(
                f"{name:17} this {this:5.2f} s ({runs[0]})  {args.against} {that:5.2f} s ({runs[1]})  "
                f"{that / this:4.2f}x  output, exit code, glossary: {same}"
            )


if __name__ == "__main__":
    main()

"""Time `zhgloss lookup 雷军` as a whole process against a one-command Typer hello-world (the floor).

Goals (issue 2): bundled glossary within 1.3x of the floor; a 100,000-entry glossary within 2x.
Run: python benchmarks/bench_lookup.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HELLO, big_glossary, time_process, zhgloss_argv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    import typer

    with tempfile.TemporaryDirectory() as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        env = {"ZHGLOSS_CACHE_DIR": str(Path(tmp) / "cache")}
        big = big_glossary(100_000)
        start = time.perf_counter()
        time_process(zhgloss_argv("lookup", "雷军", "--db", str(big)), repeat=1, env=env)  # builds the index once
        build = time.perf_counter() - start
        floor = time_process([sys.executable, str(hello), "雷军"], repeat=args.repeat)
        bundled = time_process(zhgloss_argv("lookup", "雷军"), repeat=args.repeat, env=env)
        large = time_process(zhgloss_argv("lookup", "雷军", "--db", str(big)), repeat=args.repeat, env=env)
        python = time_process([sys.executable, "-c", "pass"], repeat=args.repeat)
    print(
        f"typer {typer.__version__}, python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeat}"
    )
    print(f"python -c pass                      {python * 1000:7.1f} ms")
    print(f"typer hello-world (floor)           {floor * 1000:7.1f} ms")
    print(f"zhgloss lookup 雷军 (bundled)     {bundled * 1000:7.1f} ms  {bundled / floor:4.2f}x floor (goal <= 1.3x)")
    print(f"zhgloss lookup 雷军 (100k entries)  {large * 1000:7.1f} ms  {large / floor:4.2f}x floor (goal <= 2x)")
    print(f"first lookup on 100k (index build)  {build * 1000:7.1f} ms  (once per glossary version)")


if __name__ == "__main__":
    main()

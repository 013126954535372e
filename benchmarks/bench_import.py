"""Import all of CC-CEDICT into an empty glossary: time and peak memory, against json.dump of the same entries.

Run: .venv/bin/python benchmarks/bench_import.py

Each figure is measured in a fresh subprocess (peak memory is the child's ru_maxrss):
  floor    json.dump of the entries' dicts to a file (the entries built beforehand, not timed)
  import   `zhgloss import cedict_ts.u8.gz --db new.json`: read, parse, validate, store, one write
  stages   the import in parts: parse + validate (load_cedict) and the store's add_all alone
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CEDICT, zhgloss_argv

CHILD = r"""
import gzip, json, resource, sys, time
from pathlib import Path
from zhgloss.formats.cedict import load_cedict
from zhgloss.store import Glossary
what, out = sys.argv[1], Path(sys.argv[2])
with gzip.open(sys.argv[3], "rt", encoding="utf-8") as fp:
    start = time.perf_counter()
    entries = list(load_cedict(fp))
    parsed = time.perf_counter() - start
if what == "floor":
    docs = [e.to_dict() for e in entries]
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False)
    took = time.perf_counter() - start
elif what == "store":
    start = time.perf_counter()
    with Glossary(out) as gloss:
        gloss.add_all(entries)
    took = time.perf_counter() - start
else:
    took = parsed
print(json.dumps({"seconds": took, "entries": len(entries), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(what: str, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, what, str(out), str(CEDICT)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def import_command(out: Path) -> tuple[float, float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        zhgloss_argv("import", str(CEDICT), "--db", str(out)), capture_output=True, text=True, check=True
    )
    took = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return took, rss, done.stderr.strip()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        floor = child("floor", tmp / "floor.json")
        parse = child("parse", tmp / "unused.json")
        store = child("store", tmp / "store.json")
        took, rss, said = import_command(tmp / "imported.json")
        size = os.path.getsize(tmp / "imported.json") / 1e6
    n = int(floor["entries"])
    print(f"CC-CEDICT: {n} entries (one per simplified headword)")
    print(f"floor   json.dump of the entries to a file          {floor['seconds']:7.2f} s")
    print(
        f"import  zhgloss import (whole process, one write)    {took:7.2f} s  = {took / floor['seconds']:5.1f}x floor; "
        f"peak {rss:.0f} MB; glossary {size:.0f} MB"
    )
    print(
        f"        of which parse + validate (load_cedict)      {parse['seconds']:7.2f} s  = {parse['seconds'] / floor['seconds']:5.1f}x floor"
    )
    print(
        f"        of which the store (Glossary.add_all)        {store['seconds']:7.2f} s  = {store['seconds'] / floor['seconds']:5.1f}x floor"
    )
    print(f"peak memory of the floor's process (entries built too): {floor['rss_mb']:.0f} MB")
    print(f"zhgloss said: {said}")


if __name__ == "__main__":
    main()

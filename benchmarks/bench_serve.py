"""Load on `zhgloss serve`: 1,000 search requests from 8 concurrent clients on loopback.

The server is the installed console script (`zhgloss serve --port 0`) on the 100,000-entry benchmark
glossary (CC-CEDICT headwords plus the bundled entries, see common.py), started as a subprocess and
stopped at the end. The queries are what the page sends as a translator types: every labelled query
of tests/data/search_queries.tsv and its prefixes of two characters or more, in order, cycled to
--requests. Each client keeps one HTTP/1.1 connection and sends its next request when the last
answer is read; a request fails if it errs, takes over --timeout seconds or is not a 200 with hits
as JSON. Only 127.0.0.1 is contacted, and the run stops after --deadline seconds whatever happens.

Peers in the same run: the same searches in-process, one after another (the engine alone, JSON
included), and `zhgloss search` as a whole process (median of a few).

Goal (issue 16): p99 under 50 ms at 100,000 entries, and no failed request.
Run: python benchmarks/bench_serve.py [--requests 1000] [--clients 8] [--size 100000]
"""

from __future__ import annotations

import argparse
import http.client
import json
import queue
import select
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import orjson
from bench_fuzzy import labelled
from common import big_glossary, time_process, zhgloss_argv

from zhgloss.fuzzy import searcher_for
from zhgloss.store import Glossary

HOST = "127.0.0.1"


def typed_queries(count: int) -> list[str]:
    """`count` queries as typed: each labelled query's prefixes (2+ characters), then itself; cycled."""
    typed: list[str] = []
    for query, _ in labelled():
        start = 1 if any(ord(c) > 0x2E80 for c in query) else 2
        typed += [query[:n] for n in range(start, len(query) + 1) if query[:n].strip()]
    return [typed[i % len(typed)] for i in range(count)]


def percentile(values: list[float], fraction: float) -> float:
    """The value below which `fraction` of `values` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def start_server(path: Path, timeout: float) -> tuple[subprocess.Popen[bytes], int]:
    """Start `zhgloss serve` on a free loopback port; return the process and its port once it is ready."""
    process = subprocess.Popen(
        [*zhgloss_argv("serve"), "--db", str(path), "--port", "0", "--host", HOST],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline().decode() if ready else ""
    if not line.startswith("http://"):
        process.kill()
        raise SystemExit(f"zhgloss serve did not start: {line!r}")
    port = urlsplit(line.strip()).port
    assert port is not None
    return process, port


def load(
    port: int, queries: list[str], clients: int, timeout: float, deadline: float
) -> tuple[dict[int, float], int, float]:
    """Send `queries` from `clients` threads; return {request number: ms} of the good ones, the failures, the wall time."""
    work: queue.SimpleQueue[int] = queue.SimpleQueue()
    for number in range(len(queries)):
        work.put(number)
    latencies: dict[int, float] = {}
    failures = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + deadline

    def client() -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
        while time.monotonic() < stop_at:
            try:
                number = work.get_nowait()
            except queue.Empty:
                break
            start = time.perf_counter()
            try:
                conn.request("GET", f"/api/search?q={quote(queries[number])}")
                response = conn.getresponse()
                body = response.read()
                ok = response.status == 200 and isinstance(json.loads(body).get("hits"), list)
            except (OSError, http.client.HTTPException, ValueError):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                if ok and elapsed <= timeout * 1000:
                    latencies[number] = elapsed
                else:
                    failures[0] += 1
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    unsent = work.qsize()  # left when the deadline struck: failures too
    return latencies, failures[0] + unsent, wall


def report(name: str, values: list[float], note: str = "") -> tuple[float, float]:
    """Print one line of figures for `values` (ms); return the median and p99."""
    median, p99 = statistics.median(values), percentile(values, 0.99)
    print(f"  {name:26} median {median:6.1f} ms   p99 {p99:6.1f} ms   max {max(values):6.1f} ms   {note}")
    return median, p99


def in_process(path: Path, queries: list[str]) -> list[float]:
    """The same searches in this process, one after another: ms each, JSON encoding included."""
    with Glossary.open(path, read_only=True) as gloss:
        searcher = searcher_for(gloss)
        searcher.search(queries[0])
        times = []
        for query in queries:
            start = time.perf_counter()
            orjson.dumps({"query": query, "hits": [hit.to_dict() for hit in searcher.search(query)]})
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a request counts as failed")
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds before the load stops, done or not")
    args = parser.parse_args()

    path = big_glossary(args.size)
    queries = typed_queries(args.requests)
    start = time.perf_counter()
    process, port = start_server(path, timeout=600)
    print(f"zhgloss serve on {HOST}:{port}, {args.size:,} entries: ready in {time.perf_counter() - start:.1f} s")
    try:
        # Warm-up with other queries than those timed (the server keeps recent answers).
        load(port, ["warm", "up", "Beijing", "Shanghai", "ma", "zhang san", "李", "王"], args.clients, args.timeout, 60)
        latencies, failed, wall = load(port, queries, args.clients, args.timeout, args.deadline)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    first_seen = {query: number for number, query in reversed(list(enumerate(queries)))}
    distinct = set(first_seen.values())
    print(f"{len(queries)} search requests ({len(distinct)} distinct, as typed), {args.clients} clients, loopback:")
    if not latencies:
        print(f"  every request failed ({failed})")
        return
    rate = len(latencies) / wall
    _, p99 = report("HTTP /api/search, all", list(latencies.values()), f"{rate:.0f} requests/s, {failed} failed")
    cold = [ms for number, ms in latencies.items() if number in distinct]
    report("  first time asked", cold, "(each searched by the engine)")
    report("  asked again", [ms for number, ms in latencies.items() if number not in distinct], "(the kept answer)")
    print(f"  goal: p99 < 50 ms and none failed: {'met' if p99 < 50 and not failed else 'NOT met'}")

    local = in_process(path, queries)
    _, local_p99 = report(
        "peer: in-process search", local, f"{1000 / statistics.mean(local):.0f} searches/s, one after another"
    )
    whole = time_process(zhgloss_argv("search", "Lie Jun", "--db", str(path)), repeat=5)
    print(f"  peer: `zhgloss search` whole process: {whole * 1000:.0f} ms (median of 5)")
    print(f"  HTTP p99 / in-process p99: {p99 / local_p99:.1f}x")


if __name__ == "__main__":
    main()

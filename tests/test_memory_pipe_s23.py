"""Memory stays flat when `zhgloss annotate` reads a long stream through a pipe (issue 15 item 6, issue 14 item 5).

A pipe hands the reader whatever the writer wrote last, so the chunks of a stream are cut anywhere and no two
are alike: a memo keyed by a chunk's text held every chunk (~1.4 MB of memory for each MB read). These tests
start the real console script, write tens of MB of real prose (../shared/data/zh-corpus.txt, repeated) to its
stdin in pieces of irregular sizes, poll the process's anonymous resident memory (VmRSS - RssFile, from
/proc/PID/status: the glossary and caches it maps are page cache the kernel shares and reclaims) and compare
the peak while it read the second half of the stream with the peak while it read the first half.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/status"),
]

TOTAL = 100_000_000
"""Bytes written to the process (~4 s, ~20 s with --unknown): enough for a memo that keeps chunks to show."""

MARGIN_KB = 8 * 1024
"""How much the second half's peak may pass the first half's. Measured with the bundled glossary: a memo holding
every chunk (the parent of this test's commit) +24 MB, +25 MB, +24 MB with --unknown; without it -1.5 MB and 0.0 MB."""


def anonymous_kb(status: str) -> int | None:
    """The anonymous resident memory (kB) of a /proc/PID/status text: VmRSS less RssFile (None if absent)."""
    rss = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    mapped = re.search(r"^RssFile:\s+(\d+) kB", status, re.MULTILINE)
    return None if rss is None or mapped is None else int(rss.group(1)) - int(mapped.group(1))


def halves_peaks(argv: list[str], prose: bytes, total: int, seed: int = 15) -> tuple[int, int]:
    """Run `argv`, write `total` bytes of `prose` (repeated) to its stdin in pieces of 1 B-64 KB, and return the
    peak anonymous memory (kB) seen while the first half was written and while the second half was."""
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    assert proc.stdout is not None
    written = [0]
    peaks = [0, 0]
    done = threading.Event()

    def feed() -> None:
        assert proc.stdin is not None
        sizes = random.Random(seed)
        at = 0
        while written[0] < total:
            size = min(sizes.randint(1, 1 << 16), total - written[0])
            piece = prose[at : at + size]
            while len(piece) < size:
                piece += prose[: size - len(piece)]
            at = (at + size) % len(prose)
            if written[0] + size >= total:  # end on a whole character: the stream is valid UTF-8
                while prose[at] & 0xC0 == 0x80:
                    piece += prose[at : at + 1]
                    at += 1
            proc.stdin.write(piece)
            written[0] += len(piece)
        proc.stdin.close()

    def poll() -> None:
        status = Path(f"/proc/{proc.pid}/status")
        while not done.is_set():
            half = 0 if written[0] < total // 2 else 1
            try:
                seen = anonymous_kb(status.read_text(encoding="utf-8"))
            except OSError:
                return
            if seen is not None:
                peaks[half] = max(peaks[half], seen)
            time.sleep(0.005)

    threads = [threading.Thread(target=feed), threading.Thread(target=poll)]
    for thread in threads:
        thread.start()
    while proc.stdout.read(1 << 20):
        pass
    proc.wait()
    done.set()
    for thread in threads:
        thread.join()
    assert proc.stderr is not None
    errors = proc.stderr.read().decode("utf-8", "replace")
    assert proc.returncode == 0, errors
    return peaks[0], peaks[1]


@pytest.mark.parametrize("options", [[], ["--unknown"]], ids=["known", "unknown"])
def test_anonymous_memory_flat_over_a_pipe_of_irregular_writes(
    options: list[str], zhgloss_exe: str, shared_dir: Path, bundled: Path, tmp_path: Path
) -> None:
    glossary = tmp_path / "glossary.json"
    shutil.copyfile(bundled, glossary)
    # The annotator's cache is built first: a build's one-time peak would raise the first half's.
    subprocess.run([zhgloss_exe, "annotate", "--db", str(glossary), *options], input=b"\n", check=True)
    prose = (shared_dir / "data" / "zh-corpus.txt").read_bytes()
    first, second = halves_peaks([zhgloss_exe, "annotate", "--db", str(glossary), *options, "-"], prose, TOTAL)
    assert first > 0
    assert second <= first + MARGIN_KB, f"anonymous peak {first} kB on the first half, {second} kB on the second"


def test_anonymous_kb_reads_status() -> None:
    status = "Name:\tzhgloss\nVmRSS:\t  300000 kB\nRssAnon:\t  100 kB\nRssFile:\t  120000 kB\n"
    assert anonymous_kb(status) == 180_000
    assert anonymous_kb("Name:\tzhgloss\n") is None

"""Many files in one command: the batch side of `annotate --output-dir` and of `check` on folders.

The work is `zhgloss.corpus`'s; this module only shows progress on a terminal, prints each
file's error as it comes, and turns the results into the summary and the exit code.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from zhgloss.cli.common import EXIT_DATA

if TYPE_CHECKING:
    from zhgloss.corpus import FileResult

JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Processes to run on when there are several files [default: the number of cores].",
        show_default=False,
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Run on a Dask cluster (tcp://HOST:PORT) instead of local processes; the workers must see "
        'the same paths. Needs pip install "zhgloss[dask]".',
        show_default=False,
    ),
]


class Progress:
    """Files and megabytes done, rate and time left, redrawn on one line of stderr (a terminal only)."""

    def __init__(self, files: int, size: int, label: str) -> None:
        self.files, self.size, self.label = files, size, label
        self.done_files = self.done_size = 0
        self.start = time.monotonic()
        self.shown = 0.0
        self.on = sys.stderr.isatty()

    def advance(self, result: FileResult) -> None:
        """Count one finished file, and redraw at most 10 times a second."""
        self.done_files += 1
        self.done_size += result.size
        now = time.monotonic()
        if self.on and (now - self.shown >= 0.1 or self.done_files == self.files):
            self.shown = now
            sys.stderr.write("\r\x1b[K" + self.line(now - self.start))
            sys.stderr.flush()

    def line(self, elapsed: float) -> str:
        """Return the progress line after `elapsed` seconds."""
        mb, total_mb = self.done_size / 1e6, self.size / 1e6
        rate = mb / elapsed if elapsed > 0 else 0.0
        left = (total_mb - mb) / rate if rate > 0 else None
        eta = f", {_duration(left)} left" if left is not None and self.done_files < self.files else ""
        return f"{self.label} {self.done_files}/{self.files} files, {mb:.1f}/{total_mb:.1f} MB, {rate:.1f} MB/s{eta}"

    def close(self) -> None:
        """End the progress line (so that what follows starts on a line of its own)."""
        if self.on and self.done_files:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def follow(results: Iterable[FileResult], files: int, size: int, label: str) -> Iterator[FileResult]:
    """Yield `results`, showing progress and printing each failed file's error on stderr as it comes."""
    progress = Progress(files, size, label)
    try:
        for result in results:
            if result.error is not None:
                if progress.on:
                    sys.stderr.write("\r\x1b[K")
                typer.echo(f"Error: {result.error}", err=True)
            progress.advance(result)
            yield result
    finally:
        progress.close()


def finish(failed: int, total: int, what: str) -> None:
    """Say how many files failed, and exit with the data-error code if any did."""
    if failed:
        typer.echo(f"Error: {failed} of {total} file{'' if total == 1 else 's'} failed (see above); {what}", err=True)
        raise typer.Exit(EXIT_DATA)


def total_counts(results: Iterable[FileResult]) -> Counter[int]:
    """Add up the mentions per entry of every result."""
    counts: Counter[int] = Counter()
    for result in results:
        counts.update(result.counts)
    return counts

"""benchmarks/bench_import.py refuses an option it cannot use in one line naming it, exit 2 (the review's R42-11).

Before the forty-third session `--pin 99 --pairs 1` ran the stages' processes and then printed taskset's traceback,
and `--pairs 0` ran the whole benchmark and printed no figure. The script is run as a user runs it, in a real
subprocess; each refusal must come before any import is run (within seconds, no output on stdout)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_import.py"
NOT_A_CORE = str(max(os.sched_getaffinity(0)) + 97)


def refused(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run the benchmark with `argv`; a run still going after 60 s has not refused (it is benchmarking)."""
    try:
        return subprocess.run(
            [sys.executable, str(SCRIPT), *argv], capture_output=True, text=True, timeout=60, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"bench_import.py {' '.join(argv)} ran on instead of refusing")


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--pin", NOT_A_CORE, "--pairs", "1"], f"--pin {NOT_A_CORE}"),
        (["--pin", "x"], "--pin x"),
        (["--pin", "-1"], "--pin -1"),
        (["--pairs", "0"], "--pairs 0"),
        (["--pairs", "-2", "--pin", "0"], "--pairs -2"),
        (["--against", "no-such-commit-s43"], "--against no-such-commit-s43"),
    ],
)
def test_a_bad_option_is_one_line_naming_it_exit_2(argv: list[str], named: str) -> None:
    done = refused(*argv)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"bench_import.py: {named}:")
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_the_pin_refusal_names_the_cores_that_may_be_given() -> None:
    done = refused("--pin", NOT_A_CORE)
    cores = sorted(os.sched_getaffinity(0))
    assert done.stderr.strip().endswith("give one of " + ", ".join(map(str, cores)))

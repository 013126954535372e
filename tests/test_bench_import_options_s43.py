"""benchmarks/bench_import.py refuses an option it cannot use in one line naming it, exit 2 (the review's R42-11),
and `--pin` runs every process it times on the core given.

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


_PINNED_RUNS = """
import sys
sys.path.insert(0, sys.argv[1])
import bench_import
bench_import.PIN[:] = ["taskset", "-c", sys.argv[2]]
env = {"PYTHONPATH": sys.argv[3], "BENCH_CORES_LOG": sys.argv[4]}
bench_import.timed("--version", env=env)
bench_import.modules(env)
"""


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: pinned and not pinned are the same")
def test_pin_runs_the_commands_after_the_import_and_the_module_imports_on_its_core(tmp_path: Path) -> None:
    # Each process the benchmark times writes the cores it may run on (a sitecustomize on its PYTHONPATH, which the
    # benchmark passes to another commit's code the same way): under --pin, only the core given. Before the
    # forty-third session the lookup, search and annotate after the imports (`timed`) and the module imports
    # (`modules`) ran on any core. (In a process of its own, its bytecode under tmp_path: the benchmark compiles
    # zhgloss's modules first.)
    core = max(os.sched_getaffinity(0))
    log = tmp_path / "cores.txt"
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import os\n"
        "if os.environ.get('BENCH_CORES_LOG'):\n"
        "    with open(os.environ['BENCH_CORES_LOG'], 'a') as f:\n"
        "        f.write(' '.join(map(str, sorted(os.sched_getaffinity(0)))) + '\\n')\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", _PINNED_RUNS, str(SCRIPT.parent), str(core), str(site), str(log)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")},
    )
    assert done.returncode == 0, done.stderr
    assert log.read_text(encoding="utf-8").splitlines() == [str(core), str(core)]

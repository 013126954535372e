"""CC-CEDICT's lines read on several cores (thirty-eighth session, issue 9 "Speed"): the same entries as one process.

`zhgloss.formats.cedict._read_ahead` has the lines the import reads by its rules (the capitalised lines and the
corrected headwords, `_read_kept`) read by forked worker processes when there are many, and `_rows` merges their
drafts in the file's order. Each test here reads the real CC-CEDICT file (../shared/data/cedict_ts.u8.gz).
"""

from __future__ import annotations

import gzip
import io
import multiprocessing
import os
import pickle
import signal
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.errors import FormatError
from zhgloss.formats import cedict


@pytest.fixture(scope="module")
def cedict_lines(shared_dir: Path) -> list[str]:
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        return list(fp)


@pytest.fixture(scope="module")
def kept_lines(cedict_lines: list[str]) -> list[cedict.CedictLine]:
    """The real lines `_read_ahead` may give to workers: capitalised pinyin (a name's) or a corrected headword."""
    fixed = frozenset(hans for _, hans, _ in cedict.corrections())
    return [line for line in cedict.iter_lines(cedict_lines) if line.zh in fixed or line.pinyin_numbered[:1].isupper()]


def _documents(lines: list[str], *, proper_only: bool, jobs: int) -> list[dict[str, object]]:
    return list(cedict.load_cedict_documents(io.StringIO("".join(lines)), proper_only=proper_only, jobs=jobs))


def test_names_are_the_same_on_one_two_and_three_processes(cedict_lines: list[str]) -> None:
    one = _documents(cedict_lines, proper_only=True, jobs=1)
    assert len(one) > 14_000
    assert _documents(cedict_lines, proper_only=True, jobs=2) == one
    assert _documents(cedict_lines, proper_only=True, jobs=3) == one


def test_full_import_is_the_same_on_one_and_two_processes(cedict_lines: list[str]) -> None:
    one = _documents(cedict_lines, proper_only=False, jobs=1)
    assert len(one) > 100_000
    assert _documents(cedict_lines, proper_only=False, jobs=2) == one


def test_the_entries_too(cedict_lines: list[str]) -> None:
    # load_cedict (entries) takes the same path as load_cedict_documents (stored documents).
    one = list(cedict.load_cedict(io.StringIO("".join(cedict_lines)), proper_only=True, jobs=1))
    two = list(cedict.load_cedict(io.StringIO("".join(cedict_lines)), proper_only=True, jobs=2))
    assert [e.to_dict() for e in two] == [e.to_dict() for e in one]


def test_many_lines_are_read_on_several_processes(kept_lines: list[cedict.CedictLine]) -> None:
    fixes = cedict.corrections()
    fixed = frozenset(hans for _, hans, _ in fixes)
    ahead = cedict._read_ahead(kept_lines, fixes, fixed, 2)
    assert ahead is not None
    given, readings = ahead
    # On two cores this process keeps the first 2/5 of the lines; a worker reads the rest.
    assert given == list(range(len(kept_lines) * 2 // 5, len(kept_lines)))
    read = list(readings)
    assert len(read) == len(given)
    # Each is what the line read alone in this process gives.
    for k in (0, len(given) // 2, len(given) - 1):
        assert read[k] == cedict._read_kept(kept_lines[given[k]], fixes, fixed)


def test_one_process_where_forking_does_not_pay(kept_lines: list[cedict.CedictLine]) -> None:
    fixes = cedict.corrections()
    fixed = frozenset(hans for _, hans, _ in fixes)
    assert cedict._read_ahead(kept_lines, fixes, fixed, 1) is None  # one core
    few = kept_lines[: cedict.PARALLEL_LINES - 1]
    assert cedict._read_ahead(few, fixes, fixed, 2) is None  # a small file


def test_one_process_while_another_thread_runs(kept_lines: list[cedict.CedictLine]) -> None:
    # A process that runs threads (a server) is not forked: a fork copies one thread, and a lock another held.
    fixes = cedict.corrections()
    fixed = frozenset(hans for _, hans, _ in fixes)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert cedict._read_ahead(kept_lines, fixes, fixed, 2) is None
    finally:
        stop.set()
        other.join()


def test_a_dead_workers_lines_are_read_here(kept_lines: list[cedict.CedictLine]) -> None:
    # A worker killed before it sends its run back (the OOM killer, a signal): this process reads that run itself.
    fixes = cedict.corrections()
    fixed = frozenset(hans for _, hans, _ in fixes)
    lines = kept_lines[:600]
    readings = cedict._read_forked(lines, fixes, fixed, [0, 300, 600])
    # (The pool's workers are this process's children: found so, the module compiled or not, where a generator's
    # frame is Python's alone.)
    workers = multiprocessing.active_children()
    assert workers
    for worker in workers:
        os.kill(worker.pid, signal.SIGKILL)
    assert list(readings) == [cedict._read_kept(line, fixes, fixed) for line in lines]


def test_a_bad_line_is_named_by_its_number_on_two_processes(cedict_lines: list[str]) -> None:
    lines = [*cedict_lines[:70_000], "not a line of CC-CEDICT\n", *cedict_lines[70_000:]]
    with pytest.raises(FormatError) as raised:
        _documents(lines, proper_only=False, jobs=2)
    assert "line 70001" in str(raised.value)
    with pytest.raises(FormatError) as alone:
        _documents(lines, proper_only=False, jobs=1)
    assert str(alone.value) == str(raised.value)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_line_reads_the_same_in_any_order_and_pickled(
    kept_lines: list[cedict.CedictLine], data: st.DataObject
) -> None:
    # `_read_kept` is a function of its line: read after other lines (its caches warm) or in another order, and
    # pickled back from a worker, its draft is the same.
    fixes = cedict.corrections()
    fixed = frozenset(hans for _, hans, _ in fixes)
    picked = data.draw(st.lists(st.sampled_from(kept_lines), min_size=2, max_size=12))
    forward = [cedict._read_kept(line, fixes, fixed) for line in picked]
    backward = [cedict._read_kept(line, fixes, fixed) for line in reversed(picked)][::-1]
    assert backward == forward
    assert pickle.loads(pickle.dumps(forward)) == forward


@pytest.mark.parametrize(
    ("cores", "load", "idle"),
    [
        (2, 0.0, 1),
        (2, 0.3, 1),
        (2, 0.6, 0),
        (2, 1.5, 0),
        (2, 8.0, 0),
        (1, 0.0, 0),
        (8, 2.2, 5),
        (8, 6.6, 0),
        (8, 30.0, 0),
    ],
)
def test_workers_only_on_idle_cores(cores: int, load: float, idle: int) -> None:
    # A worker on a core other processes keep busy takes turns with this process: no shorter wait, more CPU.
    assert cedict._idle_cores(cores, load) == idle


@given(cores=st.integers(1, 256), load=st.floats(0, 1000), more=st.floats(0, 100))
def test_fewer_idle_cores_the_more_the_load(cores: int, load: float, more: float) -> None:
    idle = cedict._idle_cores(cores, load)
    assert 0 <= idle <= cores - 1
    assert cedict._idle_cores(cores, load + more) <= idle


def test_this_process_and_one_per_idle_core() -> None:
    assert 1 <= cedict._cores() <= len(os.sched_getaffinity(0))


@pytest.mark.parametrize(
    ("cpu_max", "cores"),
    [
        ("max 100000\n", None),  # no quota
        ("200000 100000\n", 2),  # a 2-CPU container (the review's R38-25)
        ("150000 100000\n", 1),  # 1.5 CPUs: one whole core
        ("50000 100000\n", 1),  # half a CPU: this process alone
        ("6400000 100000\n", 64),
        ("", None),
        ("max\n", None),
    ],
)
def test_a_containers_cpu_quota_in_whole_cores(cpu_max: str, cores: int | None) -> None:
    assert cedict._quota_cores(cpu_max) == cores


def test_never_more_than_a_few_processes_by_default() -> None:
    # The lines read ahead are ~3.5 s of CPU; each worker touches ~70 MB of its own (R38-25: 63 workers on 64 cores).
    assert cedict._cores() <= cedict.MAX_PROCESSES == 4


def test_this_machines_quota_file_if_any_is_read() -> None:
    if not cedict.CPU_MAX.is_file():
        pytest.skip("no cgroup v2 cpu.max here")
    quota = cedict._quota_cores(cedict.CPU_MAX.read_text(encoding="ascii"))
    assert quota is None or quota >= 1
    assert cedict._cores() <= (quota or os.cpu_count() or 1)

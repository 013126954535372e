"""Corpus scale: many files in parallel processes and on a real Dask cluster, byte-identical to serial runs."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.corpus import (
    BATCH_MAX,
    TEMP_SUFFIX,
    AnnotateOptions,
    FileResult,
    _temporary_of,
    annotate_file,
    annotate_text,
    batched_calls,
    expand_inputs,
    output_paths,
    pair_inputs,
    remove_stale_temporaries,
)
from zhgloss.errors import UsageError

DATA = Path(__file__).resolve().parent / "data"
ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "articles"
BIG5 = "雷軍創辦了小米。劉強東是京東的創始人。\n".encode("big5")


def zhgloss(exe: str, *args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, *map(str, args)], input=stdin, capture_output=True, check=False, timeout=300)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of real articles (two of them in a subfolder) and two samples, 6 files in all."""
    root = tmp_path / "in"
    (root / "wire" / "2024").mkdir(parents=True)
    for article in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(article, root / article.name)
        shutil.copy(article, root / "wire" / "2024" / article.name)
    shutil.copy(DATA / "sample_zh.txt", root / "sample.txt")
    shutil.copy(DATA / "article_zh.txt", root / "wire" / "article.txt")
    return root


def outputs(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "options",
    [
        [],
        ["--format", "json"],
        ["--format", "tsv", "--gloss", "both"],
        ["--format", "html", "--first-only"],
        ["--encoding", "auto", "--gloss", "pinyin"],
    ],
    ids=["inline", "json", "tsv-both", "html-first", "auto-pinyin"],
)
def test_parallel_outputs_are_the_serial_runs(
    zhgloss_exe: str, corpus: Path, tmp_path: Path, options: list[str]
) -> None:
    if "auto" in options:
        (corpus / "big5.txt").write_bytes(BIG5)
    out = tmp_path / "out"
    done = zhgloss(zhgloss_exe, "annotate", corpus, "--output-dir", out, "--jobs", "2", *options)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b""  # everything went to the files
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    assert sorted(outputs(out)) == sorted(str(p.relative_to(corpus)) for p in files)
    for path in files:
        serial = zhgloss(zhgloss_exe, "annotate", path, *options)
        assert serial.returncode == 0, serial.stderr.decode()
        assert (out / path.relative_to(corpus)).read_bytes() == serial.stdout, path


@pytest.mark.parametrize("options", [[], ["--unknown"]], ids=["glossary", "unknown-names-too"])
def test_one_job_and_two_jobs_agree_and_summary_adds_up(
    zhgloss_exe: str, corpus: Path, tmp_path: Path, options: list[str]
) -> None:
    one = zhgloss(zhgloss_exe, "annotate", corpus, "-o", tmp_path / "one", "-j", "1", "--summary", *options)
    two = zhgloss(zhgloss_exe, "annotate", corpus, "-o", tmp_path / "two", "-j", "2", "--summary", *options)
    assert one.returncode == two.returncode == 0
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert one.stderr == two.stderr
    # The summary of the batch is the summary of all files read as one stream, file by file.
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    serial = zhgloss(zhgloss_exe, "annotate", *files, "--summary", *options)
    assert sorted(one.stderr.decode().splitlines()) == sorted(serial.stderr.decode().splitlines())
    unknown_part = one.stderr.decode().partition("Not in the glossary")[2]
    if options:  # the articles name people the bundled glossary lacks: they are counted over all files
        assert re.search(r"^\s+\d+  \S+  \S.*\?", unknown_part, re.M), one.stderr.decode()
        assert re.search(r"^\d+ mentions? of \d+ unknown names?$", unknown_part, re.M)
    else:
        assert unknown_part == ""


def test_files_from_one_folder_keep_their_names(zhgloss_exe: str, corpus: Path, tmp_path: Path) -> None:
    picked = [corpus / "wire" / "2024" / p.name for p in sorted(ARTICLES.glob("*.txt"))]
    done = zhgloss(zhgloss_exe, "annotate", *picked, "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr.decode()
    assert sorted(outputs(tmp_path / "out")) == sorted(p.name for p in picked)


def test_a_bad_file_is_reported_and_the_others_are_written(zhgloss_exe: str, corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.txt").write_bytes("雷军".encode() + b"\xff\xfe" + "小米\n".encode())
    out = tmp_path / "out"
    done = zhgloss(zhgloss_exe, "annotate", corpus, "-o", out, "-j", "2")
    assert done.returncode == 3
    errors = done.stderr.decode().splitlines()
    assert any("broken.txt" in line and "cannot decode byte 6" in line for line in errors), errors
    assert errors[-1].startswith("Error: 1 of 7 files failed")
    written = outputs(out)
    assert "broken.txt" not in written and len(written) == 6
    assert not [p for p in out.rglob("*") if p.name.endswith(TEMP_SUFFIX)]
    # --errors replace applies to every file of the batch.
    again = zhgloss(zhgloss_exe, "annotate", corpus, "-o", out, "-j", "2", "--errors", "replace")
    assert again.returncode == 0, again.stderr.decode()
    assert (out / "broken.txt").read_text() == "雷军（Lei Jun）\ufffd\ufffd小米（Xiaomi）\n"


def _children(pid: int) -> list[int]:
    with contextlib.suppress(FileNotFoundError):
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return []


def _new_children(before: list[int]) -> list[int]:
    """This process's children that were not among `before`: the ones a test's own job started (a test process
    can hold others, left by earlier tests of other files: a pytest-xdist worker runs many)."""
    return sorted(set(_children(os.getpid())) - set(before))


def _forty_files(folder: Path) -> Path:
    """40 files of real prose, 0.2-0.4 MB each: a job of seconds, long enough to kill a worker in."""
    sample = (DATA / "sample_zh.txt").read_bytes()
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:03d}.txt").write_bytes(sample * (60 + i))
    return folder


def _kill_mid_file(workers: list[int]) -> bool:
    """Kill a worker that is writing an output file (and so has one it has not finished); False if none is."""
    for pid in workers:
        try:
            os.kill(pid, signal.SIGSTOP)  # frozen while its open files are looked at
        except ProcessLookupError:
            continue
        try:
            writing = any(os.readlink(fd).endswith(TEMP_SUFFIX) for fd in Path(f"/proc/{pid}/fd").iterdir())
        except FileNotFoundError:
            writing = False
        os.kill(pid, signal.SIGKILL if writing else signal.SIGCONT)
        if writing:
            return True
    return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the worker processes in /proc")
def test_a_local_worker_killed_mid_job_costs_only_its_files(zhgloss_exe: str, tmp_path: Path) -> None:
    source = _forty_files(tmp_path / "in")
    reference = zhgloss(zhgloss_exe, "annotate", source, "-o", tmp_path / "serial", "-j", "1")
    assert reference.returncode == 0, reference.stderr.decode()
    out = tmp_path / "out"
    job = subprocess.Popen(
        [zhgloss_exe, "annotate", str(source), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.txt"))) < 3 or not _kill_mid_file(_children(job.pid)):
        assert job.poll() is None, job.communicate()
        assert time.monotonic() < deadline, "no worker was caught writing a file"
        time.sleep(0.01)
    _, err = job.communicate(timeout=300)
    errors = err.decode().splitlines()
    lost = [line for line in errors if "its worker process was killed by SIGKILL" in line]
    assert job.returncode == 3, errors
    assert lost and errors[-1].startswith(f"Error: {len(lost)} of 40 files failed"), errors
    assert "Traceback" not in err.decode()
    # Every output is the serial run's; a file is missing only if reported (one that was done but not
    # yet reported when the worker was killed is reported and there).
    written, serial = outputs(out), outputs(tmp_path / "serial")
    assert all(written[name] == serial[name] for name in written)
    assert all(any(f"{name}'" in line for line in lost) for name in set(serial) - set(written))
    assert not [p for p in out.iterdir() if p.name.endswith(TEMP_SUFFIX)]  # the killed task's is swept


def _square(n: int) -> FileResult:
    if n == 13:
        raise ValueError("thirteen")
    return FileResult(str(n), size=n * n)


def test_forked_workers_run_every_call_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhgloss.corpus import _run_local

    monkeypatch.setattr("zhgloss.corpus.BATCH_MAX", 1)  # more batches than the pipe holds at once (4,096)
    calls = [(n,) for n in range(6000) if n != 13]
    before = _children(os.getpid())
    seen = dict(_run_local(None, _square, calls, 3))
    assert sorted(seen) == list(range(len(calls)))
    assert all(seen[i].source == str(n) and seen[i].size == n * n for i, (n,) in enumerate(calls))
    assert not _new_children(before)


def test_a_bug_in_a_worker_is_raised_with_its_traceback() -> None:
    from zhgloss.corpus import _run_local

    before = _children(os.getpid())
    with pytest.raises(RuntimeError, match=r"(?s)a worker process failed:.*ValueError: thirteen"):
        list(_run_local(None, _square, [(n,) for n in range(40)], 2))
    assert not _new_children(before)  # the other worker was stopped and reaped


def test_a_job_cut_short_stops_its_workers() -> None:
    from zhgloss.corpus import _run_local

    before = _children(os.getpid())
    results = _run_local(None, _square, [(n,) for n in range(100, 10_000)], 2)
    next(results)
    assert len(_new_children(before)) == 2
    results.close()
    assert not _new_children(before)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-", "-o", "{out}"], "'-' (stdin) cannot be written to --output-dir"),
        (["{in}", "--scheduler", "tcp://127.0.0.1:9"], "--scheduler needs --output-dir"),
        (["{in}", "-o", "{in}"], "would overwrite its input"),
        (["{in}/nowhere", "-o", "{out}"], "no such file or folder"),
        (["{in}", "-o", "{out}", "--jobs", "0"], "--jobs"),
        # Addresses Dask cannot parse: refused before a Client is made (no traceback, no 20 s wait).
        (["{in}", "-o", "{out}", "--scheduler", "localhost"], "--scheduler 'localhost' is not a scheduler address"),
        (["{in}", "-o", "{out}", "--scheduler", "tcp://"], "give tcp://HOST:PORT"),
        (["{in}", "-o", "{out}", "--scheduler", ""], "--scheduler '' is not a scheduler address"),
    ],
)
def test_usage_errors(zhgloss_exe: str, corpus: Path, tmp_path: Path, args: list[str], message: str) -> None:
    real = [a.replace("{in}", str(corpus)).replace("{out}", str(tmp_path / "out")) for a in args]
    before = outputs(corpus)
    done = zhgloss(zhgloss_exe, "annotate", *real)
    assert done.returncode == 2, done.stderr.decode()
    assert message in done.stderr.decode()
    assert b"Traceback" not in done.stderr
    assert outputs(corpus) == before


def test_unreachable_scheduler_is_a_usage_error(zhgloss_exe: str, corpus: Path, tmp_path: Path) -> None:
    # Port 9 (discard) on loopback: nothing listens there.
    done = zhgloss(zhgloss_exe, "annotate", corpus, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert done.returncode == 2
    assert "cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'" in done.stderr.decode()
    assert not (tmp_path / "out").exists() or not outputs(tmp_path / "out")


def test_annotate_file_never_leaves_half_an_output(bundled: Path, tmp_path: Path) -> None:
    from zhgloss.annotate import annotator_for
    from zhgloss.store import Glossary

    with Glossary.open(bundled) as glossary:
        annotator = annotator_for(glossary)
    source = tmp_path / "a.txt"
    source.write_bytes(("雷军\n" * 50_000).encode() + b"\xff")
    target = tmp_path / "out" / "a.txt"
    target.parent.mkdir()
    target.write_text("old output\n")
    result = annotate_file(annotator, source, target, AnnotateOptions())
    assert result.error is not None and "cannot decode byte 350000" in result.error
    assert result.output is None
    assert target.read_text() == "old output\n"  # untouched: the new one was never complete
    assert os.listdir(target.parent) == ["a.txt"]


def test_an_output_that_cannot_be_written_is_blamed_on_the_output(bundled: Path, tmp_path: Path) -> None:
    from zhgloss.annotate import annotator_for
    from zhgloss.store import Glossary

    with Glossary.open(bundled) as glossary:
        annotator = annotator_for(glossary)
    source = tmp_path / "a.txt"
    source.write_text("雷军\n", encoding="utf-8")
    (tmp_path / "plain").write_text("a file, not a folder\n")
    target = tmp_path / "plain" / "a.txt"  # its folder is a file: NotADirectoryError, even for root
    result = annotate_file(annotator, source, target, AnnotateOptions())
    assert result.error is not None and str(tmp_path / "plain") in result.error
    assert str(source) not in result.error


@pytest.mark.parametrize("under", ["plain/out", "plain"])
def test_an_output_folder_that_cannot_be_made_is_one_error(
    zhgloss_exe: str, corpus: Path, tmp_path: Path, under: str
) -> None:
    (tmp_path / "plain").write_text("a file, not a folder\n")
    result = zhgloss(
        zhgloss_exe, "annotate", corpus / "sample.txt", corpus / "wire" / "article.txt", "-o", tmp_path / under
    )
    assert result.returncode == 2
    assert result.stdout == b""
    error = result.stderr.decode()
    assert error.count("\n") == 1 and str(tmp_path / under) in error and "--output-dir" in error
    assert "sample.txt" not in error


# --- planning rules -------------------------------------------------------------------------

_NAME = st.text(alphabet="abcxyz雷军_-", min_size=1, max_size=6)


@given(st.lists(st.lists(_NAME, min_size=1, max_size=3), min_size=1, max_size=8, unique_by=tuple))
def test_outputs_are_distinct_and_inside_the_output_dir(relative: list[list[str]]) -> None:
    root = Path("/corpus")
    sources = [root.joinpath(*parts) for parts in relative]
    # A file cannot also be a folder of another one.
    if any(a != b and b.is_relative_to(a) for a in sources for b in sources):
        return
    targets = output_paths(sources, Path("/results"))
    assert len(set(targets)) == len(sources)
    for source, target in zip(sources, targets, strict=True):
        assert target.is_relative_to("/results")
        assert target.name == source.name
        assert source.as_posix().endswith(target.relative_to("/results").as_posix())


def test_pairs_and_bilingual_files(tmp_path: Path) -> None:
    names = ["a.zh.txt", "a.en.txt", "b.zh-CN.txt", "b.en-US.txt", "c.zh", "c.en", "job.xlf", "t.tsv"]
    paths = [tmp_path / n for n in names]
    documents = pair_inputs(paths)
    assert [[p.name for p in doc] for doc in documents] == [
        ["a.zh.txt", "a.en.txt"],
        ["b.zh-CN.txt", "b.en-US.txt"],
        ["c.zh", "c.en"],
        ["job.xlf"],
        ["t.tsv"],
    ]


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["a.zh.txt"], "has no translation beside it (expected a.en.txt)"),
        (["a.en.txt"], "has no Chinese source beside it"),
        (["notes.md"], "is neither a bilingual file"),
        (["a.zh.txt", "a.en.md"], "has no translation beside it"),
    ],
)
def test_unpaired_files_are_refused(tmp_path: Path, names: list[str], message: str) -> None:
    with pytest.raises(UsageError) as raised:
        pair_inputs([tmp_path / n for n in names])
    assert message in str(raised.value)


def test_folders_expand_sorted_without_hidden_or_temporary_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", f".a.txt.x1{TEMP_SUFFIX}", "sub/c.txt", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = expand_inputs([tmp_path, tmp_path / "a.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "b.txt", "sub/c.txt"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="empty"):
        expand_inputs([tmp_path / "empty"])


def test_inputs_resolve_as_path_resolve_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhgloss.corpus import _resolved_paths

    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "sub/c.txt"):
        (real / name).write_text("x")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "target.txt").write_text("x")
    (tmp_path / "linked").symlink_to(real)  # a folder reached through a link
    (real / "sub" / "link.txt").symlink_to(tmp_path / "elsewhere" / "target.txt")  # a file that is a link
    (real / "rel.txt").symlink_to(Path("sub") / "b.txt")  # a relative link
    monkeypatch.chdir(real / "sub")
    paths = [
        real / "a.txt",
        tmp_path / "linked" / "sub" / "b.txt",
        tmp_path / "linked" / "sub" / ".." / "a.txt",  # .. after a link: the link's target's parent
        real / "sub" / "link.txt",
        tmp_path / "linked" / "rel.txt",
        Path("c.txt"),  # relative to the working folder
        Path("../a.txt"),
        Path("link.txt"),
    ]
    assert _resolved_paths(paths) == [p.resolve() for p in paths]


@settings(deadline=None)  # pure and fast, but a loaded machine can stall one example past 200 ms
@given(total=st.integers(0, 3000), jobs=st.integers(2, 64))
def test_batches_cover_every_call_once_in_order_and_shrink_to_one(total: int, jobs: int) -> None:
    calls = list(range(total))
    batches = list(batched_calls(calls, jobs))
    assert [c for _, batch in batches for c in batch] == calls
    assert all(batch[0] == first for first, batch in batches)
    sizes = [len(batch) for _, batch in batches]
    assert all(1 <= n <= BATCH_MAX for n in sizes)
    assert sizes == sorted(sizes, reverse=True)  # large first, small at the end
    # The last 8 batches per worker are of one call: no worker is left with a long batch at the end.
    assert set(sizes[-8 * jobs :]) <= {1}
    if total >= 16 * 8 * jobs:
        assert sizes[0] == BATCH_MAX


def test_the_finder_of_unknown_names_travels_to_workers_as_a_reference() -> None:
    import pickle

    from zhgloss.unknown import NameFinder, bundled_stats, load_stats

    text = "华为创始人任正非表示，公司将继续投入研发。"
    finder = NameFinder(threshold=1.5)
    blob = pickle.dumps(finder)
    assert len(blob) < 1000  # not the statistics' tables, which the worker has in its package data
    copy = pickle.loads(blob)
    assert copy.stats is bundled_stats() and copy.threshold == 1.5
    assert [f.surface for f in copy.find(text)] == [f.surface for f in finder.find(text)] == ["任正非"]
    assert pickle.loads(pickle.dumps(finder)) is copy  # one finder per process and threshold: its memo is kept
    # A finder of other statistics travels with them.
    own = NameFinder(load_stats(["char\tfirst\tgiven\n", "正\t2.0\t2.0\n"], ["公司"], [], ["任"]), threshold=0.5)
    back = pickle.loads(pickle.dumps(own))
    assert back.stats is not bundled_stats() and back.stats.single == own.stats.single and back.threshold == 0.5


def test_stale_temporaries_of_the_job_are_removed_and_no_other_file(tmp_path: Path) -> None:
    import tempfile

    (tmp_path / "sub").mkdir()
    targets = [tmp_path / "a", tmp_path / "b.txt", tmp_path / "sub" / "c.txt", tmp_path / "gone" / "d.txt"]
    stale = [Path(tempfile.mkstemp(dir=t.parent, prefix=f".{t.name}.", suffix=TEMP_SUFFIX)[1]) for t in targets[:3]]
    stale.append(tmp_path / f".b.txt.x_1{TEMP_SUFFIX}")
    kept = [
        tmp_path / f".a.txt.k3x9q2mz{TEMP_SUFFIX}",  # a temporary of a.txt, another job's output, not of a
        tmp_path / f".b.txt{TEMP_SUFFIX}",  # no random part: not a name _atomic_output makes
        tmp_path / "b.txt",
        tmp_path / ".b.txt.abc",
        tmp_path / "sub" / f"c.txt.abc{TEMP_SUFFIX}",  # not hidden
    ]
    for path in [*stale[3:], *kept]:
        path.write_text("x")
    assert remove_stale_temporaries(targets) == len(stale)
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in kept)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_finished_job_sweeps_the_temporaries_killed_tasks_left(bundled: Path, tmp_path: Path, jobs: int) -> None:
    from zhgloss.annotate import annotator_for
    from zhgloss.corpus import annotate_files
    from zhgloss.store import Glossary

    with Glossary.open(bundled) as glossary:
        annotator = annotator_for(glossary)
    sources = [tmp_path / "in" / f"{n}.txt" for n in "abc"]
    sources[0].parent.mkdir()
    for source in sources:
        source.write_text("雷军创办了小米。\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    left = out / f".b.txt.k3x9q2mz{TEMP_SUFFIX}"  # what a task killed while writing b.txt leaves
    other = out / f".z.txt.k3x9q2mz{TEMP_SUFFIX}"  # another job's, in the same folder
    for path in (left, other):
        path.write_text("half")
    results = list(annotate_files(annotator, sources, out, AnnotateOptions(), jobs=jobs))
    assert sorted(Path(r.output or "").name for r in results) == ["a.txt", "b.txt", "c.txt"]
    assert not left.exists() and other.exists()


@settings(deadline=None)  # pure and fast, but a loaded machine can stall one example past 200 ms
@given(
    name=st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="/\0"), min_size=1),
    random=st.text("abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=12),
)
def test_a_temporary_name_gives_back_its_output_name(name: str, random: str) -> None:
    assert _temporary_of(f".{name}.{random}{TEMP_SUFFIX}") == name
    unhidden = (name[1:] or None) if name.startswith(".") else None  # only a hidden file can be a temporary
    assert _temporary_of(f"{name}.{random}{TEMP_SUFFIX}") == unhidden


# --- check on many documents ----------------------------------------------------------------


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    root = tmp_path / "jobs"
    (root / "day2").mkdir(parents=True)
    shutil.copy(DATA / "check_problems.zh.txt", root / "problems.zh.txt")
    shutil.copy(DATA / "check_problems.en.txt", root / "problems.en.txt")
    shutil.copy(DATA / "check_clean.zh.txt", root / "day2" / "clean.zh.txt")
    shutil.copy(DATA / "check_clean.en.txt", root / "day2" / "clean.en.txt")
    shutil.copy(DATA / "check_v12.xlf", root / "day2" / "job.xlf")
    shutil.copy(DATA / "check_pair.tsv", root / "pair.tsv")
    return root


def test_check_batch_is_the_serial_checks_in_one_report(zhgloss_exe: str, documents: Path) -> None:
    done = zhgloss(zhgloss_exe, "check", documents, "--jobs", "2", "--fail-on", "none")
    assert done.returncode == 0, done.stderr.decode()
    expected: list[str] = []
    for doc in (
        ["day2/clean.zh.txt", "day2/clean.en.txt"],
        ["day2/job.xlf"],
        ["pair.tsv"],
        ["problems.zh.txt", "problems.en.txt"],
    ):
        alone = zhgloss(zhgloss_exe, "check", *(documents / d for d in doc), "--fail-on", "none")
        assert alone.returncode == 0, alone.stderr.decode()
        expected += [f"{documents / doc[0]}: {line}" for line in alone.stdout.decode().splitlines()]
    assert done.stdout.decode().splitlines() == expected
    assert expected  # the problems file has problems
    assert done.stderr.decode().startswith("4 files: checked ")


def test_check_batch_json_and_exit_codes(zhgloss_exe: str, documents: Path) -> None:
    one = zhgloss(zhgloss_exe, "check", documents, "--json", "-j", "1")
    two = zhgloss(zhgloss_exe, "check", documents, "--json", "-j", "2")
    assert one.stdout == two.stdout
    assert one.returncode == two.returncode == 1  # the problems file fails the default --fail-on
    report = json.loads(one.stdout)
    assert [f["file"] for f in report["files"]] == [
        str(documents / "day2/clean.zh.txt"),
        str(documents / "day2/job.xlf"),
        str(documents / "pair.tsv"),
        str(documents / "problems.zh.txt"),
    ]
    assert report["files"][0]["problems"] == []
    assert report["files"][3]["failed"] is True


def test_check_several_xliff_files_and_a_broken_one(zhgloss_exe: str, documents: Path) -> None:
    shutil.copy(DATA / "check_malformed.xlf", documents / "broken.xlf")
    done = zhgloss(zhgloss_exe, "check", documents / "day2" / "job.xlf", documents / "broken.xlf")
    assert done.returncode == 3
    err = done.stderr.decode()
    assert "broken.xlf" in err and "1 of 2 files failed" in err
    assert "Traceback" not in err


def test_check_unpaired_file_in_folder_is_a_usage_error(zhgloss_exe: str, documents: Path) -> None:
    (documents / "lonely.zh.txt").write_text("雷军\n")
    done = zhgloss(zhgloss_exe, "check", documents)
    assert done.returncode == 2
    assert "lonely.zh.txt' has no translation beside it" in done.stderr.decode()


# --- a real Dask cluster --------------------------------------------------------------------


def _dask_exe() -> str:
    exe = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    assert exe, 'the dask command is not installed: pip install -e ".[test]"'
    return exe


class Cluster:
    """A Dask scheduler and workers as real processes on loopback, started and stopped by the test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.file = folder / "scheduler.json"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.workers: list[subprocess.Popen[bytes]] = []
        common = ["--no-dashboard"]
        self.procs.append(self._start("scheduler", "--host", "127.0.0.1", "--port", "0", *common))
        try:
            deadline = time.monotonic() + 120
            while not self.file.exists():
                assert time.monotonic() < deadline, "the Dask scheduler did not start"
                time.sleep(0.1)
            self.address: str = json.loads(self.file.read_text())["address"]
        except BaseException:
            self.stop()  # the caller gets no Cluster to stop: leave no scheduler behind
            raise

    def _start(self, role: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{role}-{len(self.procs)}.log").open("wb")
        return subprocess.Popen(
            [_dask_exe(), role, "--scheduler-file", str(self.file), *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def add_worker(self) -> subprocess.Popen[bytes]:
        # No nanny: killing the process removes the worker, as a lost machine would.
        proc = self._start("worker", "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard")
        self.procs.append(proc)
        self.workers.append(proc)
        return proc

    def wait_for_workers(self, count: int) -> None:
        from distributed import Client

        with Client(self.address, timeout="30s") as client:  # type: ignore[no-untyped-call]
            client.wait_for_workers(count, timeout=120)

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    running = Cluster(tmp_path_factory.mktemp("dask"))
    try:
        running.add_worker()
        running.add_worker()
        running.wait_for_workers(2)
        yield running
    finally:
        running.stop()


@pytest.mark.slow
@pytest.mark.parametrize("options", [[], ["--unknown"]], ids=["glossary", "unknown-names-too"])
def test_dask_run_is_byte_identical_to_the_local_run(
    zhgloss_exe: str, cluster: Cluster, corpus: Path, tmp_path: Path, options: list[str]
) -> None:
    (corpus / "broken.txt").write_bytes(b"\xff")
    local = zhgloss(zhgloss_exe, "annotate", corpus, "-o", tmp_path / "local", "-j", "2", "--summary", *options)
    dask = zhgloss(
        zhgloss_exe, "annotate", corpus, "-o", tmp_path / "dask", "--scheduler", cluster.address, "--summary", *options
    )
    assert local.returncode == dask.returncode == 3  # the broken file, reported by both
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    assert len(outputs(tmp_path / "dask")) == 6
    assert ("Not in the glossary" in dask.stderr.decode()) == bool(options)
    assert dask.stderr.decode().replace(str(tmp_path / "dask"), "OUT") == local.stderr.decode().replace(
        str(tmp_path / "local"), "OUT"
    )


@pytest.mark.slow
def test_dask_check_is_the_local_check(zhgloss_exe: str, cluster: Cluster, documents: Path) -> None:
    local = zhgloss(zhgloss_exe, "check", documents, "--json", "-j", "1")
    dask = zhgloss(zhgloss_exe, "check", documents, "--json", "--scheduler", cluster.address)
    assert dask.returncode == local.returncode == 1
    assert dask.stdout == local.stdout


@pytest.mark.slow
def test_dask_check_reads_a_sources_deprecated_chinese_term_as_the_local_check_does(
    zhgloss_exe: str, cluster: Cluster, tmp_path: Path
) -> None:
    # The source writes a term the glossary forbids (TBX supersededTerm 京师大学堂 for 北京大学): it still names the
    # entity, whose rendering is owed. The Dask workers' checker is rebuilt from the payload: it carries those forms.
    db = tmp_path / "g.json"
    assert zhgloss(zhgloss_exe, "import", DATA / "tbx_banned_chinese.tbx", "--db", db).returncode == 0
    root = tmp_path / "jobs"
    root.mkdir()
    (root / "a.tsv").write_text(
        "她毕业于京师大学堂。\tShe graduated from there.\n"
        "她毕业于京師大學堂。\tShe graduated from Beijing University.\n",
        encoding="utf-8",
    )
    (root / "b.tsv").write_text("萬國商業機器發布財報。\tIBM released its results.\n", encoding="utf-8")
    local = zhgloss(zhgloss_exe, "check", root, "--json", "-j", "1", "--db", db)
    dask = zhgloss(zhgloss_exe, "check", root, "--json", "--scheduler", cluster.address, "--db", db)
    assert dask.returncode == local.returncode == 1
    assert dask.stdout == local.stdout
    problems = [(p["kind"], p["source"]) for f in json.loads(dask.stdout)["files"] for p in f["problems"]]
    assert problems == [("missing", "京师大学堂"), ("forbidden", "京師大學堂")]


@pytest.mark.slow
def test_annotate_bag_on_the_cluster(cluster: Cluster, bundled: Path) -> None:
    import dask.bag
    from distributed import Client

    from zhgloss.annotate import annotator_for
    from zhgloss.corpus import annotate_bag
    from zhgloss.store import Glossary

    with Glossary.open(bundled) as glossary:
        annotator = annotator_for(glossary)
    texts = [p.read_text() for p in sorted(ARTICLES.glob("*.txt"))] + ["刘强东和Richard Liu\n", "", "no names\n"]
    options = AnnotateOptions(session={"fmt": "json"})
    with Client(cluster.address) as client:  # type: ignore[no-untyped-call]
        got = annotate_bag(dask.bag.from_sequence(texts * 3, npartitions=4), annotator, options).compute()  # type: ignore[no-untyped-call]
        # One annotator object per worker: the payload was decoded once per worker, not per partition.
        ids = client.run(lambda: id(__import__("zhgloss.corpus").corpus._WORKER_ENGINE[1]))
    assert got == [annotate_text(annotator, t, {"fmt": "json"}) for t in texts * 3]
    assert '"id": "liu-qiangdong"' in got[2] or '"id":"liu-qiangdong"' in got[2].replace(" ", "")
    assert len(ids) == 2


@pytest.mark.slow
def test_a_worker_killed_mid_job_loses_and_duplicates_nothing(zhgloss_exe: str, tmp_path: Path) -> None:
    source = _forty_files(tmp_path / "in")
    reference = zhgloss(zhgloss_exe, "annotate", source, "-o", tmp_path / "local", "-j", "2")
    assert reference.returncode == 0, reference.stderr.decode()
    running = Cluster(tmp_path)
    try:
        doomed = running.add_worker()
        running.add_worker()
        running.wait_for_workers(2)
        out = tmp_path / "dask"
        job = subprocess.Popen(
            [zhgloss_exe, "annotate", str(source), "-o", str(out), "--scheduler", running.address],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        while len(list(out.glob("*.txt"))) < 3:
            assert job.poll() is None, job.communicate()
            assert time.monotonic() < deadline, "the job wrote nothing"
            time.sleep(0.01)
        os.killpg(doomed.pid, signal.SIGKILL)
        assert job.poll() is None and len(list(out.glob("*.txt"))) < 40  # killed mid-job
        _, err = job.communicate(timeout=300)
        assert job.returncode == 0, err.decode()
    finally:
        running.stop()
    assert doomed.returncode == -signal.SIGKILL
    assert outputs(out) == outputs(tmp_path / "local")
    assert sorted(p.name for p in out.iterdir()) == [f"{i:03d}.txt" for i in range(40)]  # no temporaries left


# --- one big file cut into pieces -----------------------------------------------------------

_SIMPLIFIED = ["雷军创办了小米。\n", "刘强东和马云。\n", "金山软件的求伯君。\n"]
_TRADITIONAL = ["雷軍創辦了小米。\n", "劉強東和馬雲。\n", "金山軟件的求伯君。\n"]
_NEUTRAL = ["Lei Jun met Richard Liu and Jack Ma.\n", "\n", "Xiaomi, Kingsoft.\n", "(Lei Jun) 雷军\n", "3 + 4\n"]


@pytest.fixture(scope="module")
def bundled_annotator() -> object:
    from zhgloss.annotate import annotator_for
    from zhgloss.store import Glossary, bundled_path

    with Glossary.open(bundled_path()) as glossary:
        return annotator_for(glossary)


def _serial_and_pieces(annotator: object, path: Path, piece_bytes: int, **session: object) -> tuple[bytes, bytes]:
    import io

    from zhgloss.annotate import Session, annotate_stream
    from zhgloss.corpus import annotate_big_file

    serial_session = Session(annotator, source=str(path), **session)  # type: ignore[arg-type]
    serial = io.BytesIO()
    with path.open("rb") as reader:
        annotate_stream(serial_session, reader, serial)
    piece_session = Session(annotator, source=str(path), **session)  # type: ignore[arg-type]
    pieces = io.BytesIO()
    report = annotate_big_file(piece_session, path, pieces, jobs=2, min_bytes=0, piece_bytes=piece_bytes)
    assert report is not None
    assert piece_session.counts == serial_session.counts
    assert piece_session.unknown_counts == serial_session.unknown_counts
    assert piece_session.traditional == serial_session.traditional
    return serial.getvalue(), pieces.getvalue()


@settings(max_examples=25, deadline=None)  # each example forks a pool of 2 processes
@given(
    st.lists(st.sampled_from(_SIMPLIFIED + _TRADITIONAL + _NEUTRAL), min_size=1, max_size=60),
    st.integers(min_value=1, max_value=200),
    st.sampled_from(["auto", "both", "zh"]),
)
def test_pieces_are_the_serial_run(
    tmp_path_factory: pytest.TempPathFactory, bundled_annotator: object, lines: list[str], piece_bytes: int, gloss: str
) -> None:
    # The script a piece starts in comes from the lines before it: English names get 雷軍 or 雷军.
    path = tmp_path_factory.mktemp("big") / "text.txt"
    path.write_text("".join(lines), encoding="utf-8")
    serial, pieces = _serial_and_pieces(bundled_annotator, path, piece_bytes, gloss=gloss)
    assert pieces == serial


_UNKNOWN = [
    "华为创始人任正非表示，公司将继续投入研发。\n",
    "欧阳娜娜和单田芳。\n",
    "他说任\n",
    "正非来了。\n",
    "陈年旧事\n",
]


@settings(max_examples=20, deadline=None)  # each example forks a pool of 2 processes
@given(
    st.lists(st.sampled_from(_UNKNOWN + _SIMPLIFIED + _TRADITIONAL[:1] + _NEUTRAL[:2]), min_size=1, max_size=40),
    st.integers(min_value=1, max_value=200),
)
def test_pieces_with_unknown_names_are_the_serial_run(
    tmp_path_factory: pytest.TempPathFactory, bundled_annotator: object, lines: list[str], piece_bytes: int
) -> None:
    from zhgloss.unknown import NameFinder

    path = tmp_path_factory.mktemp("big") / "text.txt"
    path.write_text("".join(lines), encoding="utf-8")
    serial, pieces = _serial_and_pieces(bundled_annotator, path, piece_bytes, unknown=NameFinder())
    assert pieces == serial


def test_pieces_carry_the_script_across_many_pieces(tmp_path: Path, bundled_annotator: object) -> None:
    path = tmp_path / "text.txt"
    text = "雷軍創辦了小米。\n" + "Lei Jun met Jack Ma.\n" * 400 + "雷军\n" + "Jack Ma.\n" * 300
    path.write_text(text, encoding="utf-8")
    serial, pieces = _serial_and_pieces(bundled_annotator, path, 64)
    assert pieces == serial
    assert b"Lei Jun (\xe9\x9b\xb7\xe8\xbb\x8d)" in pieces  # 雷軍: the traditional line rules until 雷军
    assert pieces.endswith("Jack Ma (马云).\n".encode())


def test_pieces_with_no_telling_line_in_their_first_64_kb(tmp_path: Path, bundled_annotator: object) -> None:
    # Pieces of 100 KB whose English runs on for 180 KB: the traditional line before them still rules.
    path = tmp_path / "text.txt"
    path.write_text("劉強東\n" + "Jack Ma met Richard Liu.\n" * 8000 + "雷军\nJack Ma.\n", encoding="utf-8")
    serial, pieces = _serial_and_pieces(bundled_annotator, path, 100_000)
    assert pieces == serial
    assert pieces.count("Jack Ma (馬雲)".encode()) == 8000


def test_pieces_report_the_first_bad_byte_of_the_file(tmp_path: Path, bundled_annotator: object) -> None:
    import io

    from zhgloss.annotate import Session
    from zhgloss.corpus import annotate_big_file
    from zhgloss.errors import FormatError

    path = tmp_path / "text.txt"
    good = "雷军创办了小米。\n".encode() * 100
    path.write_bytes(good + b"\xff\n" + good)
    with pytest.raises(FormatError, match=f"cannot decode byte {len(good)} "):
        annotate_big_file(Session(bundled_annotator), path, io.BytesIO(), jobs=2, min_bytes=0, piece_bytes=100)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("session", "stream", "jobs"),
    [
        ({"fmt": "json"}, {}, 2),
        ({"fmt": "html"}, {}, 2),
        ({"first_only": True}, {}, 2),
        ({}, {"encoding": "utf-16"}, 2),
        ({}, {"encoding": "big5"}, 2),
        ({}, {"encoding": "auto"}, 2),
        ({}, {"sanitize": str.upper}, 2),
        ({}, {}, 1),
    ],
)
def test_pieces_only_where_they_are_exact(
    tmp_path: Path, bundled_annotator: object, session: dict[str, object], stream: dict[str, Any], jobs: int
) -> None:
    import io

    from zhgloss.annotate import Session
    from zhgloss.corpus import annotate_big_file

    path = tmp_path / "text.txt"
    path.write_text("雷军\n" * 100, encoding="utf-8")
    out = io.BytesIO()
    state = Session(bundled_annotator, **session)  # type: ignore[arg-type]
    assert annotate_big_file(state, path, out, jobs=jobs, min_bytes=0, piece_bytes=10, **stream) is None
    assert out.getvalue() == b""


@pytest.mark.slow
def test_a_big_file_through_the_cli_uses_pieces_and_matches(zhgloss_exe: str, tmp_path: Path) -> None:
    # Over PARALLEL_MIN_BYTES (32 MB): real prose, simplified and traditional, glossed on 2 processes.
    from zhgloss.corpus import PARALLEL_MIN_BYTES

    prose = (DATA / "sample_zh.txt").read_bytes() + "劉強東和Jack Ma。\n".encode()
    path = tmp_path / "big.txt"
    path.write_bytes(prose * (PARALLEL_MIN_BYTES // len(prose) + 1))
    one = zhgloss(zhgloss_exe, "annotate", path, "--jobs", "1", "--summary")
    two = zhgloss(zhgloss_exe, "annotate", path, "--jobs", "2", "--summary")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_progress_on_a_terminal_only(zhgloss_exe: str, corpus: Path, tmp_path: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    with os.fdopen(leader, "rb", buffering=0) as screen:
        proc = subprocess.Popen(
            [zhgloss_exe, "annotate", str(corpus), "-o", str(tmp_path / "tty"), "-j", "2"],
            stdout=subprocess.DEVNULL,
            stderr=follower,
        )
        os.close(follower)
        shown = b""
        with contextlib.suppress(OSError):  # EIO once the process has closed the terminal
            while chunk := screen.read(4096):
                shown += chunk
        assert proc.wait(timeout=120) == 0
    assert b"annotating 6/6 files, " in shown and b" MB/s" in shown
    piped = zhgloss(zhgloss_exe, "annotate", corpus, "-o", tmp_path / "pipe", "-j", "2")
    assert piped.returncode == 0 and piped.stderr == b""

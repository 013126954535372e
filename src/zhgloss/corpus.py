"""Corpus scale: annotate or check many files at once, on every core or on a Dask cluster.

One file (or one aligned pair) is one task. The engine — the compiled `Annotator`, or the two
annotators of a `Checker` — is built once by the caller and reaches the workers whole: local
worker processes fork from the caller's and inherit it with the list of tasks (nothing is copied
per task; see `_Workers`), and Dask workers get it as bytes (`Annotator.to_bytes`) scattered once
to every worker and decoded once per worker, never per task.

Every output file is written to a temporary file beside it and renamed over it when complete,
so a task that dies half-way (a killed worker, a full disk) leaves no half-written output, and
a task that Dask runs again on another worker writes the same bytes to the same name: no output
is lost or duplicated. Outputs are byte-identical to `zhgloss annotate FILE > OUT` run on each
file alone.

Nothing here imports Dask until a Dask function is called (`pip install "zhgloss[dask]"`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import struct
import sys
from collections import Counter
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, TypeVar

from zhgloss.errors import FormatError, UsageError

if TYPE_CHECKING:
    import selectors

    import dask.bag

    from zhgloss.annotate import Annotator, Session, StreamReport
    from zhgloss.check import Checker, CheckReport
    from zhgloss.formats.bilingual import Segment

XML_BILINGUAL_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", ".txlf", ".tmx")
"""File endings of XML bilingual documents `check` reads: XLIFF 1.2 / 2.0 as CAT tools name it (Trados .sdlxliff,
memoQ .mqxliff, Phrase/Memsource .mxliff, Wordfast Pro .txlf: each XLIFF 1.2 with the tool's own extensions) and
TMX."""
BILINGUAL_SUFFIXES = (*XML_BILINGUAL_SUFFIXES, ".tsv")
"""File endings of one-file bilingual documents (XLIFF, TMX, two-column TSV) that `check` takes alone."""

SOURCE_TAGS = ("zh", "zh-cn", "zh_cn", "zh-hans", "zh-sg", "zh-hant", "zh-tw", "zh-hk", "chs", "cht")
TARGET_TAGS = ("en", "en-us", "en_us", "en-gb", "en_gb", "eng")
"""Language tags that mark the two halves of an aligned pair: `NAME.zh.txt` beside `NAME.en.txt`."""

T = TypeVar("T")

TEMP_SUFFIX = ".zhgloss-tmp"
"""Ending of the temporary file an output is written to before it is renamed into place."""


@dataclass(frozen=True)
class AnnotateOptions:
    """How to annotate each file: keyword arguments of `annotate.Session` and of `annotate.annotate_stream`.

    `session` holds the Session fields other than the annotator, `source`, `with_header` and
    `count` (gloss, fmt, first_only, …); `stream` the keyword arguments of `annotate_stream`
    (encoding, errors, output_encoding). Both are plain mappings so that they pickle and travel
    to any worker unchanged.
    """

    session: Mapping[str, Any] = field(default_factory=dict)
    stream: Mapping[str, Any] = field(default_factory=dict)


_PER_TEXT_FIELDS = frozenset(
    {
        "annotator",
        "source",
        "with_header",
        "count",
        "counts",
        "offset",
        "line",
        "traditional",
        "unknown_counts",
        "unknown_seen",
    }
)
"""Session fields that belong to one text (its name, its state), not to the options of a job."""


def session_options(session: Session) -> dict[str, Any]:
    """Return the options of `session` (gloss, fmt, first_only, …) that every file of a job shares."""
    from dataclasses import fields

    return {
        f.name: getattr(session, f.name)
        for f in fields(session)
        if f.init and not f.name.startswith("_") and f.name not in _PER_TEXT_FIELDS
    }


@dataclass
class FileResult:
    """What one task did with one input.

    `source` is the input as named by the caller; `output` the file written (annotate) or None;
    `size` the input's size in bytes (for rates); `error` a one-line message when the task failed
    (the output is then absent, never half-written); `counts` mentions per entry index of the
    engine (annotate); `unknown_counts` mentions per unknown name (annotate with a NameFinder);
    `unencodable` glosses the output encoding could not hold; `report` the check report (check).
    """

    source: str
    output: str | None = None
    size: int = 0
    error: str | None = None
    counts: Counter[int] = field(default_factory=Counter)
    unknown_counts: Counter[str] = field(default_factory=Counter)
    unencodable: int = 0
    report: CheckReport | None = None


# --- planning -------------------------------------------------------------------------------


def expand_inputs(paths: Iterable[Path]) -> list[Path]:
    """Return the files named by `paths`: files as they are, folders as every file below them.

    Files under a folder come sorted by their path (as `find | sort` lists them); hidden files
    and folders (a leading dot), and zhgloss's own temporary files, are skipped. Raise
    UsageError for a path that does not exist, and when nothing is left.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            below: list[Path] = []
            for folder, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                below.extend(Path(folder, n) for n in names if not n.startswith(".") and not n.endswith(TEMP_SUFFIX))
            files.extend(sorted(below, key=lambda p: p.parts))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{str(path)!r}: no such file or folder")
    if not files:
        raise UsageError("no input files (the folders given are empty)")
    return list(dict.fromkeys(files))


def output_paths(sources: Sequence[Path], output_dir: Path) -> list[Path]:
    """Map each input to its output in `output_dir`: its path relative to the inputs' common folder.

    Inputs from one folder keep their names (a/x.txt -> DIR/x.txt); inputs from several folders
    keep the part of their path below the folder they share (a/x.txt, b/x.txt -> DIR/a/x.txt,
    DIR/b/x.txt); a .docx or .odt, annotated as text, gets ".txt" added (x.docx -> DIR/x.docx.txt). Raise
    UsageError if an output would overwrite an input.
    """
    resolved = _resolved_paths(sources)
    parents = [p.parent for p in resolved]
    common = Path(os.path.commonpath(parents)) if parents else Path()
    out_root = output_dir.resolve()
    inputs = set(resolved)
    outputs: list[Path] = []
    for path in resolved:
        target = out_root / path.relative_to(common)
        if target.suffix.lower() in (".docx", ".odt"):
            # Its annotation is text (zhgloss.office reads the document's text): x.docx -> DIR/x.docx.txt.
            target = target.with_name(target.name + ".txt")
        if target in inputs:
            raise UsageError(f"the output {str(target)!r} would overwrite its input; choose another --output-dir")
        outputs.append(target)
    return outputs


def _resolved_paths(paths: Sequence[Path]) -> list[Path]:
    """Return `Path.resolve()` of each path, resolving each folder once rather than once per file.

    A file's real path is its folder's real path and its name, unless the file is a symbolic
    link: one lstat per file instead of one per part of its path (0.013 s for 400 files).
    """
    folders: dict[str, str] = {}
    resolved: list[Path] = []
    for path in paths:
        folder, name = os.path.split(os.fspath(path))
        folder = folder or os.curdir
        real = folders.get(folder)
        if real is None:
            real = folders[folder] = os.path.realpath(folder)
        full = os.path.join(real, name)
        resolved.append(Path(os.path.realpath(full) if os.path.islink(full) else full))
    return resolved


def pair_inputs(
    paths: Sequence[Path], named: Collection[Path] | None = None, passed_over: list[Path] | None = None
) -> list[tuple[Path, ...]]:
    """Group the files of a `check` job into documents: aligned pairs and one-file bilingual files.

    `NAME.zh.EXT` goes with `NAME.en.EXT` in the same folder (any of `SOURCE_TAGS` and
    `TARGET_TAGS`, any EXT or none); a file ending in one of `BILINGUAL_SUFFIXES` is a document
    alone. Raise UsageError for a source with no translation beside it, a translation with no
    source, or a file that is neither. With `named` (the files the user named, not found in a folder) and
    `passed_over`, a file that is neither and was found in a folder (a CAT tool's project file, a README, a
    backup, the source document of a Trados project) is appended to `passed_over` instead: a job folder holds
    such files, and they must not stop the check of the rest.
    """
    documents: list[tuple[Path, ...]] = []
    targets: dict[tuple[Path, str, str], Path] = {}
    sources: list[tuple[Path, tuple[Path, str, str]]] = []
    for path in paths:
        tag, key = _language_tag(path)
        if tag in SOURCE_TAGS:
            sources.append((path, key))
        elif tag in TARGET_TAGS:
            targets[key] = path
        elif path.name.lower().endswith(BILINGUAL_SUFFIXES):
            documents.append((path,))
        elif passed_over is not None and named is not None and path not in named:
            passed_over.append(path)
        else:
            raise UsageError(
                f"{str(path)!r} is neither a bilingual file ({', '.join(BILINGUAL_SUFFIXES)}) "
                "nor half of a pair named NAME.zh.EXT / NAME.en.EXT"
            )
    for path, key in sources:
        target = targets.pop(key, None)
        if target is None:
            raise UsageError(f"{str(path)!r} has no translation beside it (expected {key[1]}.en{key[2]})")
        documents.append((path, target))
    if targets:
        orphan = next(iter(targets.values()))
        raise UsageError(f"{str(orphan)!r} has no Chinese source beside it (expected NAME.zh.EXT)")
    order = {p: i for i, p in enumerate(paths)}
    return sorted(documents, key=lambda doc: order[doc[0]])


def _language_tag(path: Path) -> tuple[str, tuple[Path, str, str]]:
    """Split NAME.TAG[.EXT] into TAG (lower case) and the key (folder, NAME, .EXT) shared by a pair."""
    parts = path.name.split(".")
    for i in (len(parts) - 2, len(parts) - 1):
        if i >= 1 and parts[i].lower() in SOURCE_TAGS + TARGET_TAGS:
            ext = "".join("." + p for p in parts[i + 1 :])
            return parts[i].lower(), (path.parent, ".".join(parts[:i]), ext)
    return "", (path.parent, path.name, "")


# --- one task -------------------------------------------------------------------------------


@contextlib.contextmanager
def _atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes `target` only when the block ends without an error."""
    import tempfile  # here, not at the top: every `zhgloss annotate` imports this module

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def annotate_file(annotator: Annotator, source: str | Path, target: str | Path, options: AnnotateOptions) -> FileResult:
    """Annotate the file `source` into the file `target` (replaced atomically), as `zhgloss annotate` would.

    Never raises for a bad input: an unreadable or undecodable file, or an output that cannot be
    written, comes back as `FileResult.error` (one line) and leaves no output.
    """
    from zhgloss.annotate import WEB_PAGE_SUFFIXES, Session, annotate_page, annotate_stream, page_refusal

    name = str(source)
    result = FileResult(name, str(target))
    try:
        reader = open(source, "rb")  # noqa: SIM115 (closed below; an error here is the input's)
    except OSError as exc:
        result.error, result.output = f"{name!r}: {exc.strerror or exc}", None
        return result
    try:
        with reader, _atomic_output(Path(target)) as writer:
            result.size = os.fstat(reader.fileno()).st_size
            session = Session(annotator, source=name, with_header=True, count=True, **options.session)
            from zhgloss.office import document_stream

            document = document_stream(reader, name)  # a .docx or .odt: its text, in UTF-8
            if document is not None:
                report = annotate_stream(session, document, writer, **{**options.stream, "encoding": "utf-8"})  # type: ignore[arg-type]
            elif Path(name).suffix.lower() in WEB_PAGE_SUFFIXES:
                # A web page: its text glossed, its markup kept byte for byte, as `zhgloss annotate PAGE` does.
                if (refusal := page_refusal(session)) is not None:
                    raise FormatError(name, refusal)
                report = annotate_page(session, reader, writer, **options.stream)
            else:
                report = annotate_stream(session, reader, writer, **options.stream)
        result.counts = session.counts
        result.unknown_counts = session.unknown_counts
        result.unencodable = report.unencodable
    except FormatError as exc:
        result.error, result.output = str(exc), None
    except OSError as exc:
        # The input is open and read: an error now is the output's (folder gone, disk full) or a read
        # error, which names its own file.
        culprit = exc.filename if exc.filename is not None else target
        result.error, result.output = f"{str(culprit)!r}: {exc.strerror or exc}", None
    return result


def read_document(paths: Sequence[str | Path]) -> list[Segment]:
    """Read one document of a `check` job: an aligned pair (two paths) or a bilingual file (one path).

    Raise FormatError (malformed, undecodable, line counts differ) or OSError (unreadable).
    """
    from zhgloss.formats.bilingual import load_bilingual, load_parallel

    if len(paths) == 2:
        from zhgloss.office import document_stream

        with open(paths[0], "rb") as source, open(paths[1], "rb") as target:
            # A .docx or .odt is read as its text, a paragraph a line (zhgloss.office).
            return load_parallel(
                document_stream(source, str(paths[0])) or source,
                document_stream(target, str(paths[1])) or target,
                str(paths[0]),
                str(paths[1]),
            )
    with open(paths[0], "rb") as fp:
        return load_bilingual(fp, str(paths[0]))


def check_document(checker: Checker, paths: Sequence[str | Path]) -> FileResult:
    """Check one document (see `read_document`); a bad file comes back as `FileResult.error`, never raised."""
    name = str(paths[0])
    result = FileResult(name)
    try:
        result.size = sum(os.path.getsize(p) for p in paths)
        result.report = checker.check(read_document(paths))
    except FormatError as exc:
        result.error = str(exc)
    except OSError as exc:
        result.error = f"{str(exc.filename or name)!r}: {exc.strerror or exc}"
    return result


# --- local processes ------------------------------------------------------------------------

_ENGINE: Any = None
"""The engine of this worker process, set before the pool's processes fork from the parent."""


def _annotate_task(source: str, target: str, options: AnnotateOptions) -> FileResult:
    return annotate_file(_ENGINE, source, target, options)


def _check_task(paths: tuple[str, ...]) -> FileResult:
    return check_document(_ENGINE, paths)


def default_jobs() -> int:
    """Return the number of cores this process may use (its CPU affinity where the OS tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


BATCH_MAX = 16
"""The most calls a worker takes at once."""


def batched_calls(calls: Sequence[T], jobs: int) -> Iterator[tuple[int, Sequence[T]]]:
    """Cut `calls` into (index of the first, batch) pieces for `jobs` workers, in order.

    Guided self-scheduling (Polychronopoulos and Kuck, 1987): each batch is an eighth of a
    worker's share of what is left, between 1 and BATCH_MAX calls. Early batches are large, so
    that small files cost few round trips; the last ones hold one call each, so that no worker
    still has a batch to finish while the others are idle at the end of the job.
    """
    start, total = 0, len(calls)
    while start < total:
        size = max(1, min(BATCH_MAX, (total - start) // (8 * jobs)))
        yield start, calls[start : start + size]
        start += size


def _run_local(
    engine: Any, task: Callable[..., FileResult], calls: Sequence[tuple[Any, ...]], jobs: int
) -> Generator[tuple[int, FileResult], None, None]:
    """Run `task(*call)` for each call on `jobs` processes; yield (index, result) as each completes.

    With one job (or one call) everything runs in this process. Otherwise `jobs` worker
    processes fork from this one once `engine` is set (`_run_forked`).
    """
    global _ENGINE
    _ENGINE = engine
    try:
        if jobs <= 1 or len(calls) <= 1:
            for i, call in enumerate(calls):
                yield i, task(*call)
            return
        yield from _run_forked(task, calls, min(jobs, len(calls)))
    finally:
        _ENGINE = None


_TOKEN = struct.Struct("<QQ")
"""A batch in the pipe the workers take their work from: the index of its first call, its number of calls."""
_FRAME = struct.Struct("<Q")
"""The length of each pickled message a worker sends back, before it."""


def _run_forked(
    task: Callable[..., FileResult], calls: Sequence[tuple[Any, ...]], jobs: int
) -> Iterator[tuple[int, FileResult]]:
    """`_run_local` on `jobs` forked worker processes (see `_Workers`)."""
    with _Workers(task, calls, jobs) as workers:
        yield from workers.results()


class _Workers:
    """Worker processes forked from this one, the pipe they take batches from and the pipes they answer on.

    The workers inherit the engine and the calls when they fork, so nothing is sent to them but
    each batch's (first, size), through one pipe that every worker reads when it wants more work:
    a worker that drew big files takes fewer batches (`batched_calls`). The results of a batch
    come back on the worker's own pipe, pickled, when it is done; outputs are written by the
    workers themselves. This process only waits on the pipes: no threads, no pool to start.

    A worker that dies (killed, out of memory) loses only the batch it was doing: its calls come
    back as results with an error (some may have their output written), and the other workers
    take the rest. A worker that raises (a
    bug) stops the job: the exception is raised here, with the worker's traceback.
    """

    def __init__(self, task: Callable[..., FileResult], calls: Sequence[tuple[Any, ...]], jobs: int) -> None:
        self.task, self.calls, self.jobs = task, calls, jobs
        batches = batched_calls(range(len(calls)), jobs)
        self.tokens = b"".join(_TOKEN.pack(first, len(batch)) for first, batch in batches)
        self.sent = 0
        self.task_r, self.task_w = -1, -1
        self.pids: dict[int, int] = {}  # the read end of each worker's pipe -> the worker's process id
        self.death: str | None = None  # how the first worker that failed ended

    def __enter__(self) -> _Workers:
        try:
            self._start()
        except BaseException:
            self._stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()

    def _start(self) -> None:
        self.task_r, self.task_w = os.pipe()
        os.set_blocking(self.task_w, False)
        self._feed()  # usually every batch: a pipe holds 4,096
        for stream in (sys.stdout, sys.stderr):  # or each worker would inherit, and write, what is unwritten
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):  # a closed pipe: for the caller to find out
                    stream.flush()
        for _ in range(self.jobs):
            result_r, result_w = os.pipe()
            pid = os.fork()
            if pid == 0:
                self._work(result_r, result_w)
            os.close(result_w)
            self.pids[result_r] = pid
        os.close(self.task_r)
        self.task_r = -1

    def _stop(self) -> None:
        """Close every pipe; stop and reap the workers still running (when the job was cut short)."""
        for fd in (self.task_r, self.task_w, *self.pids):
            if fd >= 0:
                os.close(fd)
        self.task_r = self.task_w = -1
        for pid in self.pids.values():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        self.pids.clear()

    def _feed(self) -> None:
        """Write what the batch pipe takes of the batches not sent yet; close it when all are sent.

        Each write is whole batches and at most PIPE_BUF bytes, so it is atomic and a worker always
        reads whole batches.
        """
        import select

        step = (select.PIPE_BUF // _TOKEN.size) * _TOKEN.size
        with contextlib.suppress(BlockingIOError, BrokenPipeError):  # full for now; or every worker has died
            while self.sent < len(self.tokens):
                self.sent += os.write(self.task_w, self.tokens[self.sent : self.sent + step])
        if self.sent == len(self.tokens):
            os.close(self.task_w)
            self.task_w = -1

    def _work(self, result_r: int, result_w: int) -> NoReturn:
        """Be a worker (in the forked process): take a batch, send back each call's result, until none is left."""
        code = 1
        try:
            for fd in (result_r, self.task_w, *self.pids):  # the other processes' ends
                if fd >= 0:
                    os.close(fd)
            while token := os.read(self.task_r, _TOKEN.size):
                first, size = _TOKEN.unpack(token)
                # One message a batch: each wakes the CLI process, which then takes a core from a worker.
                _send(result_w, [(i, self.task(*self.calls[i])) for i in range(first, first + size)])
            code = 0
        except (KeyboardInterrupt, SystemExit):  # Ctrl-C or SIGTERM: the job is being stopped
            pass
        except BaseException as exc:  # a bug: the job's process raises it, with this traceback
            import traceback

            with contextlib.suppress(OSError):
                _send(result_w, "".join(traceback.format_exception(exc)))
        finally:
            os._exit(code)  # never run the clean-up code of the process this one forked from

    def results(self) -> Iterator[tuple[int, FileResult]]:
        """Yield (index, result) as the workers send them, feeding the batch pipe as it empties.

        The calls of a worker that died come last, each with an error.
        """
        import pickle
        import selectors

        done = bytearray(len(self.calls))
        pending = {fd: bytearray() for fd in self.pids}
        with selectors.DefaultSelector() as selector:
            for fd in self.pids:
                selector.register(fd, selectors.EVENT_READ)
            if self.task_w >= 0:
                selector.register(self.task_w, selectors.EVENT_WRITE)
            while self.pids:
                for key, _ in selector.select():
                    fd = key.fd
                    if fd == self.task_w:
                        selector.unregister(fd)
                        self._feed()
                        if self.task_w >= 0:
                            selector.register(self.task_w, selectors.EVENT_WRITE)
                        continue
                    data = os.read(fd, 1 << 16)
                    if not data:
                        self._reap(fd, selector)
                        continue
                    buffer = pending[fd]
                    buffer += data
                    while len(buffer) >= _FRAME.size:
                        (size,) = _FRAME.unpack_from(buffer)
                        if len(buffer) < _FRAME.size + size:
                            break
                        batch = pickle.loads(buffer[_FRAME.size : _FRAME.size + size])
                        del buffer[: _FRAME.size + size]
                        if isinstance(batch, str):  # the traceback of a bug
                            raise RuntimeError(f"a worker process failed:\n{batch}")
                        for index, result in batch:
                            done[index] = 1
                            yield index, result
        for i in (i for i, finished in enumerate(done) if not finished):
            name = _call_name(self.calls[i])
            how = self.death or "ended"
            yield i, FileResult(name, error=f"{name!r}: its worker process {how} before it was done; run it again")

    def _reap(self, fd: int, selector: selectors.BaseSelector) -> None:
        """Forget the worker whose pipe `fd` has ended, and wait for its process to end."""
        selector.unregister(fd)
        os.close(fd)
        _, status = os.waitpid(self.pids.pop(fd), 0)
        if status != 0 and self.death is None:
            self.death = _how_it_ended(status)
        if not self.pids and self.task_w >= 0:  # every worker has died before the last batch was sent
            selector.unregister(self.task_w)
            os.close(self.task_w)
            self.task_w = -1


def _send(fd: int, message: object) -> None:
    """Write `message` pickled, after its length, to the pipe `fd`."""
    import pickle

    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_FRAME.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _how_it_ended(status: int) -> str:
    """'was killed by SIGKILL' or 'exited with code 1', from a wait status."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            return f"was killed by {signal.Signals(number).name}"
        except ValueError:
            return f"was killed by signal {number}"
    return f"exited with code {os.waitstatus_to_exitcode(status)}"


def _call_name(call: tuple[Any, ...]) -> str:
    """The input a call is about: its source file (annotate) or its document's first file (check)."""
    first = call[0]
    return str(first[0] if isinstance(first, tuple) else first)


def _make_output_dir(output_dir: Path) -> None:
    """Create `output_dir` (and its parents) or raise UsageError naming it: one error, not one per input."""
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        if not os.access(output_dir, os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    except OSError as exc:
        raise UsageError(
            f"the output folder {str(output_dir)!r} cannot be created or written ({exc.strerror or exc}); "
            "pick another --output-dir"
        ) from None


def annotate_files(
    annotator: Annotator,
    sources: Sequence[Path],
    output_dir: Path,
    options: AnnotateOptions,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[FileResult]:
    """Annotate each file of `sources` into `output_dir` (see `output_paths`); yield results as files finish.

    `jobs` local processes share the work (1 = this process), or with `scheduler` (a Dask
    scheduler address such as ``tcp://127.0.0.1:8786``) the Dask cluster does; the files must
    then be readable, and `output_dir` writable, at the same paths on the workers. Results come
    in completion order; each names its source. Raise UsageError for a bad plan (an output
    that would overwrite an input) before any work starts. When every file is done, the
    temporary files of killed tasks are removed (`remove_stale_temporaries`).
    """
    targets = output_paths(sources, output_dir)
    if scheduler is None:
        _make_output_dir(output_dir)
    calls = [(str(s), str(t), options) for s, t in zip(sources, targets, strict=True)]
    if scheduler is not None:
        yield from _run_dask(scheduler, annotator.to_bytes(), "annotate", calls)
    else:
        for _, result in _run_local(annotator, _annotate_task, calls, jobs):
            yield result
    remove_stale_temporaries(targets)


def check_documents(
    checker: Checker, documents: Sequence[tuple[Path, ...]], *, jobs: int = 1, scheduler: str | None = None
) -> Iterator[FileResult]:
    """Check each document (a pair or a bilingual file, see `pair_inputs`); yield results as they finish."""
    calls = [tuple(str(p) for p in doc) for doc in documents]
    if scheduler is not None:
        payload = _checker_payload(checker)
        yield from _run_dask(scheduler, payload, "check", [(c,) for c in calls])
        return
    for _, result in _run_local(checker, _check_task, [(c,) for c in calls], jobs):
        yield result


# --- one big file on every core -------------------------------------------------------------

PARALLEL_MIN_BYTES = 32 << 20
"""A single input smaller than this is annotated in one process: forking workers would cost more."""

PIECE_BYTES = 8 << 20
"""A big input is cut into pieces of about this size, each ending at a line break."""

_LINE_SAFE_CODECS = frozenset({"utf-8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "ascii"})
"""Codecs in which byte 0x0A is always a line break, never part of a character: a file in one can be cut
at its line breaks without decoding it (UTF-16 and UTF-32 cannot)."""


@dataclass
class _Piece:
    """A piece's output for each script the text before it may leave the session in, and its own verdict."""

    simplified: bytes
    traditional: bytes | None  # None: the output does not depend on the script carried into the piece
    verdict: bool | None  # the verdict of the piece's last telling line (None: it has none)
    counts: Counter[int]
    unencodable: int
    unknown_counts: Counter[str] = field(default_factory=Counter)
    error: tuple[str, str] | None = None  # (source, problem) of a FormatError, which does not pickle


def _piece_bounds(path: Path, size: int, piece_bytes: int) -> list[tuple[int, int]]:
    """Cut the file at the first line break after every `piece_bytes`; return (start, end) byte ranges."""
    bounds: list[tuple[int, int]] = []
    with open(path, "rb") as fp:
        start = 0
        while start < size:
            fp.seek(min(start + piece_bytes, size))
            end = fp.tell()
            while end < size:
                block = fp.read(1 << 16)
                if not block:
                    end = size
                    break
                at = block.find(b"\n")
                if at >= 0:
                    end += at + 1
                    break
                end += len(block)
            bounds.append((start, min(end, size)))
            start = min(end, size)
    return bounds


class _Range:
    """A read-only binary file over bytes [start, end) of a file, for `annotate_stream`."""

    def __init__(self, path: str, start: int, end: int) -> None:
        self._fp = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._fp.seek(start)
        self._left = end - start

    def read(self, size: int = -1) -> bytes:
        size = self._left if size < 0 else min(size, self._left)
        data = self._fp.read(size)
        self._left -= len(data)
        return data

    def close(self) -> None:
        self._fp.close()


def _annotate_piece(path: str, start: int, end: int, options: AnnotateOptions) -> _Piece:
    """Annotate bytes [start, end) of `path` as the serial run would, for either script carried into it."""
    import io

    from zhgloss.annotate import Session, annotate_stream
    from zhgloss.script import has_cjk

    annotator: Annotator = _ENGINE
    stream = options.stream
    encoding = stream["encoding"]

    def render(traditional: bool) -> tuple[bytes, Session, int]:
        session = Session(annotator, source=path, with_header=False, count=True, **options.session)
        session.traditional = traditional
        out = io.BytesIO()
        reader = _Range(path, start, end)
        try:
            report = annotate_stream(session, reader, out, **stream)  # type: ignore[arg-type]
        finally:
            reader.close()
        return out.getvalue(), session, report.unencodable

    try:
        simplified, session, unencodable = render(False)
    except FormatError as exc:
        return _Piece(b"", None, None, Counter(), 0, error=(exc.source, _shifted(exc.problem, start)))
    # The script carried in matters only to English mentions before the piece's first line that
    # tells simplified from traditional; render again in the other script only if there are some.
    with open(path, "rb") as fp:
        fp.seek(start)
        head = fp.read(min(end - start, 1 << 16))
    prefix: list[str] = []
    told = False
    for raw in head.split(b"\n"):
        line = raw.decode(encoding, errors="replace")
        if annotator.is_traditional(line) is not None:
            told = True
            break
        prefix.append(line)
    if told or len(head) == end - start:
        text = "\n".join(prefix)
        english = any(not has_cjk(text[s:e]) for s, e, _ in annotator.spans(text))
    else:
        english = True  # no telling line in the first 64 KB: assume the worst
    traditional = render(True)[0] if english else None
    verdict = _last_verdict(annotator, path, start, end, encoding)
    return _Piece(simplified, traditional, verdict, session.counts, unencodable, session.unknown_counts)


def _last_verdict(annotator: Annotator, path: str, start: int, end: int, encoding: str) -> bool | None:
    """Return the verdict of the last line of bytes [start, end) that tells simplified from traditional.

    Lines are read from the end backwards, a block at a time: usually the last line decides.
    """
    with open(path, "rb") as fp:
        at, carry = end, b""
        while at > start:
            size = min(1 << 20, at - start)
            fp.seek(at - size)
            lines = (fp.read(size) + carry).split(b"\n")
            at -= size
            carry = lines.pop(0) if at > start else b""  # maybe the end of a line that starts earlier
            for raw in reversed(lines):
                verdict = annotator.is_traditional(raw.decode(encoding, errors="replace"))
                if verdict is not None:
                    return verdict
    return None


def _shifted(problem: str, base: int) -> str:
    """The decode error of a piece, with its byte offset counted from the start of the file."""
    import re

    return re.sub(r"cannot decode byte (\d+)", lambda m: f"cannot decode byte {int(m.group(1)) + base}", problem)


def annotate_big_file(
    session: Session,
    path: Path,
    writer: BinaryIO,
    *,
    jobs: int,
    encoding: str = "utf-8",
    errors: str = "strict",
    output_encoding: str | None = None,
    sanitize: Callable[[str], str] | None = None,
    min_bytes: int = PARALLEL_MIN_BYTES,
    piece_bytes: int = PIECE_BYTES,
) -> StreamReport | None:
    """Annotate one big regular file to `writer` on `jobs` processes, byte-identical to `annotate_stream`.

    Takes what `annotate_stream` takes, and adds the mentions to `session.counts` (and those of
    unknown names, with a NameFinder, to `session.unknown_counts`). Return None,
    having written and read nothing, when cutting the file would not pay or could not be exact:
    fewer than 2 jobs, not a regular file, a file under `min_bytes`, a format other than
    inline, first_only (whose state runs through the whole text), output for a terminal (`sanitize`),
    `encoding` "auto" or an encoding that cannot be cut at line breaks (UTF-16) or holds only
    traditional characters.
    Pieces of about `piece_bytes` are written in order as they finish, at most 2 per job held at
    once. Raise FormatError for an undecodable byte, with its offset counted from the start of the
    file, as `annotate_stream` does (the output written before it may end at another line).
    """
    import codecs

    from zhgloss.annotate import TRADITIONAL_CODECS, StreamReport

    if jobs < 2 or session.fmt != "inline" or session.first_only or encoding == "auto" or sanitize is not None:
        return None
    try:
        if not path.is_file() or path.stat().st_size < min_bytes:
            return None
        codec = codecs.lookup(encoding).name
        out_codec = codecs.lookup(output_encoding or codec).name
    except (OSError, LookupError):
        return None
    if codec not in _LINE_SAFE_CODECS or out_codec not in _LINE_SAFE_CODECS or codec in TRADITIONAL_CODECS:
        return None
    options = AnnotateOptions(
        session_options(session), {"encoding": codec, "errors": errors, "output_encoding": out_codec}
    )
    calls = [(str(path), a, b, options) for a, b in _piece_bounds(path, path.stat().st_size, piece_bytes)]
    report = StreamReport(codec, out_codec)
    traditional = session.traditional
    for piece in _run_pieces(session.annotator, calls, jobs):
        if piece.error is not None:
            raise FormatError(*piece.error)
        writer.write(piece.traditional if traditional and piece.traditional is not None else piece.simplified)
        writer.flush()
        session.counts.update(piece.counts)
        session.unknown_counts.update(piece.unknown_counts)
        report.unencodable += piece.unencodable
        if piece.verdict is not None:
            traditional = piece.verdict
    session.traditional = traditional
    return report


def _run_pieces(annotator: Annotator, calls: list[tuple[Any, ...]], jobs: int) -> Iterator[_Piece]:
    """Annotate the pieces on `jobs` forked processes; yield them in order, with 2 per job in flight."""
    global _ENGINE
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    _ENGINE = annotator
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            window: list[Future[_Piece]] = []
            queue = iter(calls)
            for call in queue:
                window.append(pool.submit(_annotate_piece, *call))
                if len(window) >= 2 * jobs:
                    break
            while window:
                piece = window.pop(0).result()
                nxt = next(queue, None)
                if nxt is not None:
                    window.append(pool.submit(_annotate_piece, *nxt))
                yield piece
    finally:
        _ENGINE = None


# --- Dask -----------------------------------------------------------------------------------

_WORKER_ENGINE: tuple[object, Any] | None = None
"""(payload, engine) of this Dask worker: the engine decoded from the payload object it holds."""


def _checker_payload(checker: Checker) -> bytes:
    """Return the bytes of a checker: its two engines, source then target (each length-prefixed, the target empty
    when it is the source), then the Chinese forms its glossary forbids (`Checker.banned`, JSON)."""
    import json
    import struct

    source = checker.source.to_bytes()
    target = b"" if checker.target is checker.source else checker.target.to_bytes()
    banned = json.dumps(checker.banned, ensure_ascii=False).encode()
    return struct.pack("<QQ", len(source), len(target)) + source + target + banned


def engine_from_payload(payload: bytes, kind: str) -> Any:
    """Return the engine encoded in `payload` (an Annotator for "annotate", a Checker for "check").

    Decoded once per worker process: later calls with the same payload object return the same
    engine. Raise ValueError if the payload is damaged.
    """
    global _WORKER_ENGINE
    cached = _WORKER_ENGINE
    if cached is not None and cached[0] is payload:
        return cached[1]
    from zhgloss.annotate import Annotator

    if kind == "annotate":
        engine: Any = Annotator.from_bytes(payload)
    else:
        import json
        import struct

        from zhgloss.check import Checker

        size, target_size = struct.unpack_from("<QQ", payload)
        source = Annotator.from_bytes(payload[16 : 16 + size])
        target = payload[16 + size : 16 + size + target_size]
        try:
            banned = [(form, index) for form, index in json.loads(payload[16 + size + target_size :])]
        except (ValueError, TypeError) as exc:
            raise ValueError(f"damaged check payload: {exc}") from None
        engine = Checker(source, Annotator.from_bytes(target) if target else None, banned=banned)
    _WORKER_ENGINE = (payload, engine)
    return engine


def _dask_task(payload: bytes, kind: str, *call: Any) -> FileResult:
    engine = engine_from_payload(payload, kind)
    if kind == "annotate":
        return annotate_file(engine, *call)
    return check_document(engine, *call)


def _client(scheduler: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise UsageError('--scheduler needs Dask: pip install "zhgloss[dask]"') from None
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        # Checked before Client(): a Client given an unusable address raises from inside its
        # constructor and then waits ~20 s in __del__ for a connection that never started.
        parse_host_port(parse_address(scheduler)[1])
    except ValueError as exc:
        raise UsageError(
            f"--scheduler {scheduler!r} is not a scheduler address ({exc}): give tcp://HOST:PORT"
        ) from None
    try:
        return Client(scheduler, timeout="10s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler!r}: {exc}") from None


def _run_dask(scheduler: str, payload: bytes, kind: str, calls: Sequence[tuple[Any, ...]]) -> Iterator[FileResult]:
    """Run the calls as Dask tasks; the payload is scattered once to every worker, not sent per task."""
    from distributed import as_completed

    client = _client(scheduler)
    try:
        shipped = client.scatter(payload, broadcast=True, hash=False)
        futures = [
            client.submit(
                _dask_task, shipped, kind, *call, pure=False, retries=2, key=f"zhgloss-{kind}-{i}-{os.getpid()}"
            )
            for i, call in enumerate(calls)
        ]
        index = {future.key: i for i, future in enumerate(futures)}
        for future in as_completed(futures, loop=client.loop):  # type: ignore[no-untyped-call]
            if future.status == "error":
                exc = future.exception()
                name = str(calls[index[future.key]][0])
                yield FileResult(name, error=f"{name!r}: the task failed on the cluster: {exc}")
            else:
                yield future.result()
    finally:
        client.close()


def annotate_bag(bag: dask.bag.Bag, annotator: Annotator, options: AnnotateOptions | None = None) -> dask.bag.Bag:
    """Return a Dask bag of the annotated texts of `bag` (a bag of str), in the same order.

    Each text is annotated as a file of its own would be (`options.session`; `options.stream` does
    not apply: texts are already decoded). The annotator travels as one bytes object in the graph
    that every partition depends on — shipped once to each worker, decoded once per worker.
    Usable with any Dask scheduler (threads, processes, distributed).
    """
    import dask

    payload = dask.delayed(annotator.to_bytes(), pure=True, name="zhgloss-annotator")  # type: ignore[attr-defined]
    session = dict((options or AnnotateOptions()).session)
    return bag.map_partitions(_annotate_partition, payload, session)  # type: ignore[no-any-return,no-untyped-call]


def _annotate_partition(texts: Iterable[str], payload: bytes, session: Mapping[str, Any]) -> list[str]:
    engine = engine_from_payload(payload, "annotate")
    return [annotate_text(engine, text, session) for text in texts]


def annotate_text(annotator: Annotator, text: str, session: Mapping[str, Any] | None = None) -> str:
    """Annotate one whole text as `zhgloss annotate` annotates a file (header included, for tsv)."""
    from zhgloss.annotate import Session

    state = Session(annotator, with_header=True, count=False, **(session or {}))
    return state.header() + state.render(text)


def remove_stale_temporaries(targets: Iterable[Path]) -> int:
    """Delete temporary files left beside `targets` by tasks that were killed; return how many.

    Call it when a job is over: the temporaries of its outputs (``.NAME.`` + random + TEMP_SUFFIX,
    as `_atomic_output` names them) can only be leftovers then. Each folder is listed once, so a
    job of n files costs O(n), not a listing per file; a temporary of a file that is not one of
    `targets` (another job's, in the same folder) is left alone.
    """
    names_by_folder: dict[Path, set[str]] = {}
    for target in targets:
        names_by_folder.setdefault(target.parent, set()).add(target.name)
    removed = 0
    for folder, names in names_by_folder.items():
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if _temporary_of(entry.name) in names:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed += 1
    return removed


def _temporary_of(name: str) -> str | None:
    """The output name whose temporary file `name` is (``.a.txt.k3x_9q2m`` + TEMP_SUFFIX -> ``a.txt``), else None.

    tempfile's random part has no dot (letters, digits and _), so the output name is all before
    the last dot.
    """
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
        return None
    stem, dot, _random = name[1 : -len(TEMP_SUFFIX)].rpartition(".")
    return stem if dot and stem else None


__all__ = [
    "AnnotateOptions",
    "FileResult",
    "annotate_bag",
    "annotate_file",
    "annotate_files",
    "annotate_text",
    "check_document",
    "check_documents",
    "default_jobs",
    "engine_from_payload",
    "expand_inputs",
    "output_paths",
    "pair_inputs",
    "read_document",
    "remove_stale_temporaries",
]

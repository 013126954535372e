"""Names the glossary does not know yet: quality against jieba's "nr" tagger, and the cost of --unknown.

    python benchmarks/bench_unknown.py            # quality, speed on ~10 MB, the inside-a-word rule
    python benchmarks/bench_unknown.py --quality  # quality only (a few seconds)
    python benchmarks/bench_unknown.py --in-process  # speed in-process only: fresh text and 10 MB (a minute)
    python benchmarks/bench_unknown.py --phases      # speed on fresh text, and where the finder's time goes there
    python benchmarks/bench_unknown.py --quality --dev  # the dev part only (what tuning may look at), and its halves
    python benchmarks/bench_unknown.py --quality --dev --against main  # ... and the finder's mentions against main's
    python benchmarks/bench_unknown.py --count --against main  # instructions per fresh find, this tree and main's

Quality: exact-span precision and recall of persons, for zhgloss's finder (`zhgloss.unknown.NameFinder`,
with an empty glossary so every name is unknown) and, in the same run, for the peer: plain jieba.posseg,
every word tagged nr, nrfg or nrt counted as a person. Three parts, scored apart:
dev, every row marked dev of every file tests/data/unknown_names*.tsv but the held-out one (what tuning
may look at: unknown_names.tsv's news sentences, the earlier held-out sets whose errors were read since,
such as unknown_names_news4.tsv and unknown_names_news17.tsv (the fifth session's fresh held-out file,
unknown_names_heldout.tsv until the tenth session read its errors), and the sentences written for each
kind of error fixed); the held-out Lu Xun prose of unknown_names.tsv (chosen by line number); and
tests/data/unknown_names_heldout.tsv, if it exists: fresh held-out news sentences, annotated by someone
else before the finder was run on them and never looked at while tuning. While tuning, run with --dev,
which scores nothing held out.

Speed: `annotate` with and without `--unknown` on ~10 MB of Chinese prose (zh-corpus.txt repeated,
as in bench_annotate.py) with the ~20k-name glossary, in-process and as whole processes; on the same
10 MB with its sentences shuffled (fixed seed: no run of text repeats beyond one sentence); and on
fresh text, where neither the finder's memo of text windows nor `propose`'s cache can help: the corpus
once (196 KB of prose) and the evaluation set's news sentences once (dense with names), each with a new
finder and no cached proposals, beside plain annotate on the same text. Real news is mostly text never
seen, so the fresh ratios are the honest ones (lines marked FRESH). Streaming:
peak memory of both processes, and of --unknown on 196 KB (flat memory: about the same).

Instructions (--count): the finder's cost on the fresh prose and news as machine instructions (valgrind's
cachegrind), which other processes on the machine do not change, unlike CPU time: one fresh finder's `find`
on each text with the glossary's matches taken (the difference of a run of two finds and one of one, after a
first find in each), split as `--phases` splits time: the scoring of candidates (`_best_at`), the later passes, the scan.
With --against COMMIT, COMMIT's finder too, in the same run. Instructions are no time (numpy's vector code
does more per instruction than the interpreter), so a change is timed too; they tell a few percent of
interpreted Python apart where the CPU time of a loaded machine cannot.

Inside-a-word rule: how many glossary matches it drops on the 10 MB text, and what it costs.

Same mentions: with --against COMMIT, the quality run also checks that the finder of this tree finds
exactly the mentions (start, end, surface, score) that COMMIT's finder finds, on every dev sentence,
on all of them as one text, and on zh-corpus.txt (whole, and line by line with one finder, as a stream
is read). A speed-up of the finder must change none (COMMIT's code runs in a subprocess from
`common.commit_src`). Nothing held out is read or run.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from bench_annotate import corpus_file
from common import CORPUS, OUT, ROOT, commit_src, names_glossary, time_call, time_process, zhgloss_argv

from zhgloss.annotate import Annotator, Session, annotate_stream
from zhgloss.store import Glossary
from zhgloss.unknown import GoldSentence, NameFinder, Score, bundled_stats, forget_proposals, load_gold, score_spans

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
EVAL_SET = DATA / "unknown_names.tsv"
HELDOUT_SET = DATA / "unknown_names_heldout.tsv"
"""Fresh held-out news sentences, written blind; scored only if the file is there."""


def evaluation_files() -> list[Path]:
    """The evaluation files but the fresh held-out one: unknown_names.tsv first, then the others by name."""
    return [EVAL_SET, *sorted(p for p in DATA.glob("unknown_names_*.tsv") if p != HELDOUT_SET)]


def load_file(path: Path) -> list[GoldSentence]:
    return load_gold(path.read_text(encoding="utf-8").splitlines())


def jieba_spans(text: str) -> list[tuple[int, int]]:
    """Person spans by plain jieba.posseg: words tagged nr (names), nrfg and nrt (foreign and transliterated)."""
    import jieba.posseg

    spans = []
    at = 0
    for word, flag in jieba.posseg.cut(text):
        if flag in ("nr", "nrfg", "nrt"):
            spans.append((at, at + len(word)))
        at += len(word)
    return spans


def line(label: str, score: Score) -> str:
    return f"  {label:<26} P={score.precision:.3f} R={score.recall:.3f}  ({score.correct} right of {score.found} found, {score.gold} gold)"


def quality(dev_only: bool = False) -> None:
    import jieba

    jieba.setLogLevel(60)
    files = evaluation_files()
    gold = [g for path in files for g in load_file(path)]
    dev = [g for g in gold if g.split == "dev"]
    finder = NameFinder()
    print(f"== persons: dev rows of {', '.join(p.name for p in files)} ==")
    # News-style sentences and real prose (Lu Xun, named by given names and nicknames) apart.
    parts = [("dev, news", [g for g in dev if not is_prose(g)]), ("dev, all", dev)]
    # Two halves of the dev rows, fixed by a hash of each sentence: tune the scores on half A, check on half B.
    parts += [(f"dev half {half}", [g for g in dev if dev_half(g) == half]) for half in "AB"]
    if not dev_only:
        parts.append(("held-out, Lu Xun prose", [g for g in gold if g.split == "heldout" and is_prose(g)]))
        if HELDOUT_SET.exists():
            parts.append((f"held-out, fresh news ({HELDOUT_SET.name})", load_file(HELDOUT_SET)))
        else:
            print(f"(no {HELDOUT_SET.name}: no fresh held-out news sentences to score)")
    for label, part in parts:
        ours = score_spans(part, [[(f.start, f.end) for f in finder.find(g.text)] for g in part])
        peer = score_spans(part, [jieba_spans(g.text) for g in part])
        print(f"{label} ({len(part)} sentences):")
        print(line("zhgloss annotate --unknown", ours))
        print(line("jieba posseg nr (peer)", peer))
    # Each dev file apart: the files written later were scored once before their errors were read.
    print("dev, by file (zhgloss | jieba posseg nr):")
    for path in files:
        part = [g for g in load_file(path) if g.split == "dev"]
        ours = score_spans(part, [[(f.start, f.end) for f in finder.find(g.text)] for g in part])
        peer = score_spans(part, [jieba_spans(g.text) for g in part])
        print(
            f"  {path.name:<26} {len(part):>4} sentences: P={ours.precision:.3f} R={ours.recall:.3f}"
            f" | P={peer.precision:.3f} R={peer.recall:.3f}"
        )


def mention_texts() -> list[str]:
    """The texts whose mentions --against compares: every dev sentence, then all of them as one text (a chunk
    dense with names, some written again), then zh-corpus.txt whole and its lines."""
    dev = [g.text for path in evaluation_files() for g in load_file(path) if g.split == "dev"]
    corpus = CORPUS.read_text(encoding="utf-8")
    return [*dev, "\n".join(dev), corpus, *corpus.splitlines(keepends=True)]


def mentions() -> list[list[list[object]]]:
    """The finder's mentions of each of `mention_texts`: one finder for all, its memo filling as a stream's would."""
    finder = NameFinder()
    return [[[f.start, f.end, f.surface, f.score] for f in finder.find(text)] for text in mention_texts()]


def same_mentions(against: str) -> bool:
    """Print whether this tree's finder finds the mentions `against`'s does (see the module's docstring)."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", against], capture_output=True, text=True, check=True)
    old_src = commit_src(commit.stdout.strip())
    ours = mentions()
    # The other commit's zhgloss, with this script's `mentions` (unchanged there or not), in a cache folder of its own.
    env = {**os.environ, "PYTHONPATH": str(old_src), "ZHGLOSS_CACHE_DIR": str(OUT / f"cache-{old_src.parent.name}")}
    child = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import bench_unknown as b; print(json.dumps(b.mentions()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(Path(__file__).resolve().parent)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    theirs = json.loads(done.stdout)
    texts = mention_texts()
    differ = [k for k in range(len(texts)) if ours[k] != theirs[k]]
    count = sum(map(len, ours))
    digest = hashlib.sha256(json.dumps(ours, ensure_ascii=False).encode()).hexdigest()[:12]
    print(f"\n== the finder's mentions against {against} ({commit.stdout[:10]}) ==")
    print(
        f"{count} mentions in {len(texts)} texts (sha256 {digest}); {len(texts) - len(differ)} texts the same, {len(differ)} differ"
    )
    for k in differ[:10]:
        print(f"  DIFFERS: {texts[k][:40]!r}: {ours[k][:4]} against {theirs[k][:4]}")
    return not differ


def dev_half(sentence: GoldSentence) -> str:
    """Which half of the dev rows `sentence` is in, "A" or "B": the parity of the first byte of its text's
    SHA-256, so that the halves stay the same as files grow. Tune on A, check on B, report both."""
    return "AB"[hashlib.sha256(sentence.text.encode("utf-8")).digest()[0] % 2]


def is_prose(sentence: GoldSentence) -> bool:
    """Tell whether a sentence of the evaluation set is real prose (zh-corpus.txt, Lu Xun) rather than news style."""
    return sentence.source.startswith("lu-xun:")


def news_sentences() -> bytes:
    """The evaluation set's news sentences, each once, one a line (UTF-8): fresh text dense with names."""
    gold = load_gold(EVAL_SET.read_text(encoding="utf-8").splitlines())
    return "".join(g.text + "\n" for g in gold if not is_prose(g)).encode("utf-8")


def shuffled_file(data: bytes) -> Path:
    """`data`'s sentences in a shuffled order (fixed seed), written once beside it in benchmarks/out/."""
    path = OUT / "zh-10mb-shuffled.txt"
    if not path.exists():
        sentences = re.findall(r"[^。！？\n]*[。！？\n]?", data.decode("utf-8"))
        random.Random(14).shuffle(sentences)
        path.write_text("".join(sentences), encoding="utf-8")
    return path


def interleaved(
    peer: Callable[[], object], subject: Callable[[], object], repeat: int
) -> tuple[float, float, float, float]:
    """Time `peer` and `subject` in turns: their median seconds, the median of the ratios subject / peer,
    and the same median ratio in CPU time (steadier than wall time on a shared machine)."""
    peers, subjects, ratios, cpu_ratios = [], [], [], []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        peer()
        middle, cpu_middle = time.perf_counter(), time.process_time()
        subject()
        end, cpu_end = time.perf_counter(), time.process_time()
        peers.append(middle - start)
        subjects.append(end - middle)
        ratios.append((end - middle) / (middle - start))
        cpu_ratios.append((cpu_end - cpu_middle) / max(cpu_middle - cpu_start, 1e-9))
    return (
        statistics.median(peers),
        statistics.median(subjects),
        statistics.median(ratios),
        statistics.median(cpu_ratios),
    )


def parts(annotator: Annotator, chunk: bytes) -> str:
    """The CPU time of `--unknown`'s own parts on fresh `chunk` (UTF-8, one chunk), beside plain annotate's.

    The finder (a new one, the glossary's matches taken) and the inline readings of its names (none
    remembered), each the median of 21 runs: what is left of --unknown's time over these and plain
    annotate's is the rendering and the two working sets sharing the CPU's caches.
    """
    from zhgloss.unknown import propose_readings

    text = chunk.decode("utf-8")
    marks = Session(annotator, count=False).render_marks(text)
    taken = [(m[0], m[1]) for m in marks]
    names = [(f.surface, f.type) for f in NameFinder().find(text, taken)]

    def cpu(call: Callable[[], object]) -> float:
        times = []
        for _ in range(21):
            start = time.process_time()
            call()
            times.append(time.process_time() - start)
        return statistics.median(times)

    plain = cpu(lambda: annotate_stream(Session(annotator, count=False), io.BytesIO(chunk), io.BytesIO()))
    finder = cpu(lambda: NameFinder().find(text, taken))
    readings = cpu(lambda: (forget_proposals(), propose_readings(names)))
    # The names the finder scores inside the glossary's own matches, which `find` drops at its end (`taken` is read
    # there only): work a run pays for names it never shows.
    inside = len(NameFinder().find(text)) - len(names)
    return (
        f"the finder {finder * 1000:.1f} ms ({len(names)} names, {len(set(names))} distinct, and {inside} more found "
        f"inside the glossary's matches, then dropped), their readings {readings * 1000:.1f} ms; plain annotate "
        f"{plain * 1000:.1f} ms\n  inside the runs of --unknown themselves: {within_run(annotator, chunk)}"
    )


def within_run(annotator: Annotator, chunk: bytes, repeat: int = 21) -> str:
    """Split the CPU time of fresh runs of `--unknown` on `chunk` (UTF-8, one chunk) into their parts, as they run.

    Each part is timed inside the run (a wrapper on `Session.render_marks`, the glossary's matches; on
    `NameFinder.find`; on `zhgloss.unknown.propose_readings`), the median of `repeat` runs, each beside a run of
    plain annotate: the parts `parts` times alone may cost more or less inside a run, where they share the
    CPU's caches with the rest of it; what is left over is the rendering and the rest of `unknown_marks`.
    """
    import zhgloss.unknown as unknown_module

    clock = time.process_time
    spent: dict[str, float] = {}

    def timed(label: str, method: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            begin = clock()
            try:
                return method(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + clock() - begin

        return call

    saved = (Session.render_marks, NameFinder.find, unknown_module.propose_readings)
    rows: dict[str, list[float]] = {}
    try:
        Session.render_marks = timed("glossary matches", Session.render_marks)  # type: ignore[method-assign]
        NameFinder.find = timed("finder", NameFinder.find)  # type: ignore[method-assign]
        unknown_module.propose_readings = timed("readings", unknown_module.propose_readings)  # type: ignore[assignment]
        for _ in range(repeat):
            begin = clock()
            annotate_stream(Session(annotator, count=False), io.BytesIO(chunk), io.BytesIO())
            plain = clock() - begin
            spent.clear()
            forget_proposals()
            begin = clock()
            annotate_stream(Session(annotator, count=False, unknown=NameFinder()), io.BytesIO(chunk), io.BytesIO())
            total = clock() - begin
            rest = total - sum(spent.values())
            for label, value in (("plain", plain), ("total", total), *spent.items(), ("rest", rest)):
                rows.setdefault(label, []).append(value)
    finally:
        Session.render_marks, NameFinder.find, unknown_module.propose_readings = saved  # type: ignore[method-assign]
    ms = {label: statistics.median(values) * 1000 for label, values in rows.items()}
    shares = ", ".join(
        f"{label} {ms[label]:.1f} ms ({ms[label] / ms['plain']:.2f}x plain)"
        for label in ("glossary matches", "finder", "readings", "rest")
        if label in ms
    )
    return f"--unknown {ms['total']:.1f} ms = {shares}; plain annotate beside them {ms['plain']:.1f} ms"


_LATER_PASSES = ("_after_titles", "_known_names", "_foreign", "_refine")
"""The passes of `NameFinder.find` after its scan (each called once per chunk)."""
_WINDOWS = ((5, 9), (3, 7), (1, 5), (0, 3))
"""Windows of text around a candidate (characters before its start, from its start) whose repeats `phases` counts:
the finder's memo key (`_WINDOW_BEFORE`, `_WINDOW_AFTER`) and narrower ones."""


def phases(text: str, taken: list[tuple[int, int]], repeat: int = 21) -> list[str]:
    """Where a fresh finder's time goes on `text` (`taken`: the glossary's matches), and what a memo could save.

    The finder's CPU time (median of `repeat` runs, a new finder each) split into its scan for candidates, the scoring of those it keeps (`_best_at`: `_score` and its rules) and the
    passes after the scan (`_LATER_PASSES`), each timed by a wrapper on the finder instance itself;
    and how often the candidates scored share their text window with one scored before, for the
    windows of `_WINDOWS`: the share of verdicts a memo keyed by that window could take from memory
    (the finder's own memo is keyed by the widest, which every rule but a few reads within).
    """
    from zhgloss.unknown import _simplified

    clock = time.process_time  # (CPU time: a busy machine's other processes do not count)
    spent: dict[str, float] = {}
    starts: list[int] = []

    def timed(phase: str, method: Callable[..., object], record: bool = False) -> Callable[..., object]:
        def call(*args: object) -> object:
            if record:
                starts.append(cast(int, args[1]))
            begin = clock()
            try:
                return method(*args)
            finally:
                spent[phase] = spent.get(phase, 0.0) + clock() - begin

        return call

    totals: list[float] = []
    shares: dict[str, list[float]] = {"scoring": [], "later passes": []}
    for _ in range(repeat):
        finder = NameFinder()
        finder._best_at = timed("scoring", finder._best_at, record=True)  # type: ignore[method-assign]
        for name in _LATER_PASSES:
            setattr(finder, name, timed("later passes", getattr(finder, name)))
        spent.clear()
        starts.clear()
        begin = clock()
        found = finder.find(text, taken)
        total = clock() - begin
        totals.append(total)
        for phase in shares:
            shares[phase].append(spent.get(phase, 0.0) / total)
    total = statistics.median(totals)
    scoring = statistics.median(shares["scoring"])
    later = statistics.median(shares["later passes"])
    scan = 1.0 - scoring - later
    simple = _simplified(text)
    rates = []
    for before, after in _WINDOWS:
        keys = [simple[max(0, i - before) : i + after] for i in starts]
        rates.append(f"-{before}/+{after} {1 - len(set(keys)) / max(1, len(keys)):.0%}")
    return [
        f"the finder {total * 1000:.1f} ms: scan {scan:.0%} ({total * scan * 1000:.1f} ms), scoring {scoring:.0%} "
        f"({total * scoring * 1000:.1f} ms, {len(starts)} candidates, {len(found)} names), later passes {later:.0%} "
        f"({total * later * 1000:.1f} ms)",
        f"candidates whose text window was scored before (what a memo keyed by it could save): {', '.join(rates)}",
    ]


_COUNT_CHILD = """
import gc, json, sys
import numpy  # (loaded, as in a long stream from its first megabyte on: `find` thins its scan, `_BULK_IMPORT`)
from zhgloss.unknown import NameFinder

data = json.loads(open(sys.argv[1], encoding="utf-8").read())
text, taken, finds, mode = data["text"], [tuple(t) for t in data["taken"]], int(sys.argv[2]), int(sys.argv[3])
answers = {}
finder = NameFinder()
best_at = finder._best_at


def record(text, i, titles=None, bounds=None):
    answers[i] = best_at(text, i, titles, bounds)
    return answers[i]


finder._best_at = record
finder.find(text, taken)  # (the first find: the statistics' shared tables fill, as in a long run)
# The tables made so far kept out of the collector's full passes: in this small process (no glossary) they come
# every few finds and walk every set of the tables, 5M instructions a find on news, or none, by where they fall;
# in annotate's process, its glossary loaded, none came in 21 fresh runs of each text.
gc.freeze()
for _ in range(finds):
    finder = NameFinder()
    if mode >= 1:  # the scoring answered from the first find's answers
        finder._best_at = lambda text, i, titles=None, bounds=None: answers[i]
    if mode >= 2:  # and the later passes skipped
        for name in ("_after_titles", "_known_names", "_refine"):
            setattr(finder, name, lambda text, original, titles, found, *rest: found)
    finder.find(text, taken)
"""
"""A process that runs fresh finders on a text (`count`): the first find, then `finds` more; mode 1 answers
`_best_at` from the first find's answers and mode 2 skips the later passes too (`_LATER_PASSES`, but `_foreign`)."""


_CACHEGRIND = ("valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null")


def instructions(src: Path, cache: Path, data: Path, finds: int, mode: int) -> int:
    """The instructions (valgrind's cachegrind, the whole process) of `_COUNT_CHILD` on `data` with zhgloss from `src`."""
    # (A fixed hash seed: the order of sets and so the instructions are the same from run to run.)
    # (And one BLAS thread: numpy's OpenBLAS threads spin while they wait, which valgrind counts: two runs of the
    # same process differed by up to 75 million instructions, as much as a find, before this was set.)
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "ZHGLOSS_CACHE_DIR": str(cache),
        "PYTHONHASHSEED": "0",
        **dict.fromkeys(("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"), "1"),
    }
    done = subprocess.run(
        [*_CACHEGRIND, sys.executable, "-c", _COUNT_CHILD, str(data), str(finds), str(mode)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output: {done.stderr[-300:]!r}")
    return int(found.group(1).replace(",", ""))


def per_find(src: Path, cache: Path, data: Path, mode: int) -> int:
    """Instructions of one fresh `find` (`_COUNT_CHILD` in `mode`): a run of two finds less a run of one."""
    return instructions(src, cache, data, 2, mode) - instructions(src, cache, data, 1, mode)


def count(against: str | None) -> None:
    """Print the instructions of a fresh find on the fresh prose and news, split by phase, for this tree and `against`."""
    if shutil.which("valgrind") is None:
        sys.exit("bench_unknown: --count needs valgrind (cachegrind) on the PATH")
    glossary = names_glossary()
    with Glossary.open(glossary) as gloss:
        annotator = Annotator(list(gloss.iter_entries()))
    texts = [("FRESH prose", CORPUS.read_text(encoding="utf-8")), ("FRESH news", news_sentences().decode("utf-8"))]
    files = []
    for k, (_, text) in enumerate(texts):
        taken = [(m[0], m[1]) for m in Session(annotator, count=False).render_marks(text)]
        path = OUT / f"count-text-{k}.json"
        path.write_text(json.dumps({"text": text, "taken": taken}, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    trees = [("this tree", ROOT / "src", OUT / "cache-count")]
    if against:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", against], capture_output=True, text=True, check=True
        )
        old_src = commit_src(commit.stdout.strip())
        trees.append((f"{against} ({commit.stdout[:10]})", old_src, OUT / f"cache-{old_src.parent.name}"))
    print("\n== instructions of one fresh find (valgrind cachegrind): total = scan + scoring + later passes ==")
    for _, src, cache in trees:
        # A first run fills the tree's cache folder: else the first count (two finds) pays for it and the first
        # figure comes out inflated (433.9M instead of 118.2M on the prose, fifteenth session).
        instructions(src, cache, files[0], 0, 0)
    for (label, _), path in zip(texts, files, strict=True):
        for tree, src, cache in trees:
            total, unscored, scan = (per_find(src, cache, path, mode) for mode in (0, 1, 2))
            print(
                f"{label}, {tree}: {total / 1e6:.1f}M: scan {scan / 1e6:.1f}M ({scan / total:.0%}), scoring "
                f"{(total - unscored) / 1e6:.1f}M ({(total - unscored) / total:.0%}), later passes "
                f"{(unscored - scan) / 1e6:.1f}M ({(unscored - scan) / total:.0%})"
            )


def peak_rss(argv: list[str]) -> int:
    """Peak resident memory (KB) of one process running `argv` (measured by a fresh parent with no other child)."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True).stdout
    return int(out.strip())


def speed(fresh_only: bool = False, in_process_only: bool = False, show_phases: bool = False) -> None:
    # A long stream has numpy loaded from its first megabyte on (`zhgloss.unknown._BULK_IMPORT`), and so do these
    # runs: the finder thins the scan of the fresh texts as it does in 10 MB of text it has never seen.
    import numpy  # noqa: F401

    path = corpus_file()
    data = path.read_bytes()
    glossary = names_glossary()
    with Glossary.open(glossary) as gloss:
        annotator = Annotator(list(gloss.iter_entries()))
    print(f"\n== annotate --unknown: {len(annotator)} entries, {len(data) / 1e6:.1f} MB of Chinese prose ==")

    def run(chunk: bytes, finder: NameFinder | None) -> None:
        annotate_stream(Session(annotator, count=False, unknown=finder), io.BytesIO(chunk), io.BytesIO())

    def cold(chunk: bytes) -> None:
        forget_proposals()  # every name new, as in text never seen (inline readings and full proposals)
        run(chunk, NameFinder())

    # Fresh text, the honest case: no sentence repeats, a new finder (no memo of text windows) and
    # no remembered proposals, as in 10 MB of news the finder has never seen. Real prose (Lu Xun)
    # and real-style news (the evaluation set's news sentences, dense with names, each once).
    news_bytes = news_sentences()
    cases = [
        ("FRESH 196 KB of prose (zh-corpus.txt once)", CORPUS.read_bytes(), True),
        (f"FRESH {len(news_bytes) // 1000} KB of news sentences (each once)", news_bytes, True),
    ]
    if not fresh_only:
        shuffled = shuffled_file(data)
        cases[:0] = [
            ("10 MB (the corpus x51)", data, False),
            ("10 MB (its sentences shuffled)", shuffled.read_bytes(), False),
        ]
    for label, chunk, fresh in cases:
        # Fresh text is small and takes milliseconds: more runs, so that the medians hold on a busy
        # machine, each run of --unknown beside a run of plain annotate (the ratio is their median).
        repeat = 21 if fresh else 3
        plain, unknown, ratio, cpu_ratio = interleaved(
            lambda chunk=chunk: run(chunk, None),
            (lambda chunk=chunk: cold(chunk)) if fresh else (lambda chunk=chunk: run(chunk, NameFinder())),
            repeat,
        )
        print(
            f"in-process, {label}: annotate {len(chunk) / 1e6 / plain:.1f} MB/s, --unknown "
            f"{len(chunk) / 1e6 / unknown:.1f} MB/s: {ratio:.2f}x the time, {cpu_ratio:.2f}x the CPU time (goal: within 3x)"
        )
        if fresh:
            print(f"  where the CPU time goes: {parts(annotator, chunk)}")
            if show_phases:
                text = chunk.decode("utf-8")
                taken = [(m[0], m[1]) for m in Session(annotator, count=False).render_marks(text)]
                for row in phases(text, taken):
                    print(f"  {row}")
    if fresh_only or in_process_only:
        return
    bundled_stats.cache_clear()
    start = time.perf_counter()
    bundled_stats()
    print(f"loading the finder's statistics: {(time.perf_counter() - start) * 1000:.0f} ms once per process")
    plain_argv = zhgloss_argv("annotate", "--db", str(glossary), str(path))
    unknown_argv = [*plain_argv, "--unknown"]
    t_plain = time_process(plain_argv, 3)
    t_unknown = time_process(unknown_argv, 3)
    print(
        f"whole process, 10 MB: zhgloss annotate {t_plain:.2f} s, annotate --unknown {t_unknown:.2f} s: "
        f"{t_unknown / t_plain:.2f}x"
    )
    shuffled_argv = zhgloss_argv("annotate", "--db", str(glossary), str(shuffled))
    t_plain = time_process(shuffled_argv, 3)
    t_unknown = time_process([*shuffled_argv, "--unknown"], 3)
    print(
        f"whole process, 10 MB shuffled: zhgloss annotate {t_plain:.2f} s, annotate --unknown {t_unknown:.2f} s: "
        f"{t_unknown / t_plain:.2f}x"
    )
    small = zhgloss_argv("annotate", "--unknown", "--db", str(glossary), str(CORPUS))
    print(
        f"peak memory, 10 MB: annotate {peak_rss(plain_argv) // 1024} MB, annotate --unknown "
        f"{peak_rss(unknown_argv) // 1024} MB (--unknown on 196 KB: {peak_rss(small) // 1024} MB: flat)"
    )

    # The inside-a-word rule, on the same text.
    text = data.decode("utf-8")
    with Glossary.open(glossary) as gloss:
        raw = Annotator(list(gloss.iter_entries()))
    raw.inside_words = False
    before = raw.spans(text)
    after = annotator.spans(text)
    dropped = {(s, e) for s, e, _ in before} - {(s, e) for s, e, _ in after}
    surfaces: dict[str, int] = {}
    for s, e in dropped:
        surfaces[text[s:e]] = surfaces.get(text[s:e], 0) + 1
    top = ", ".join(f"{k} {v}" for k, v in sorted(surfaces.items(), key=lambda kv: -kv[1])[:8])
    print(
        f"inside-a-word rule: drops {len(dropped)} of {len(before)} matches ({len(dropped) / max(1, len(before)):.2%}): {top}"
    )
    t_raw = time_call(lambda: raw.spans(text), 3)
    t_rule = time_call(lambda: annotator.spans(text), 3)
    print(f"matching with the rule {len(data) / 1e6 / t_rule:.1f} MB/s, without {len(data) / 1e6 / t_raw:.1f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quality", action="store_true", help="Only the quality figures.")
    parser.add_argument("--fresh", action="store_true", help="Only the speed on fresh text (nothing cached).")
    parser.add_argument(
        "--in-process", action="store_true", help="Only the in-process speed (fresh text and 10 MB): no processes."
    )
    parser.add_argument(
        "--phases",
        action="store_true",
        help="The speed on fresh text, and where the finder's time goes there (scan, scoring, later passes; memo windows).",
    )
    parser.add_argument(
        "--count",
        action="store_true",
        help="Instructions of a fresh find on the fresh prose and news (valgrind), by phase; with --against, its too.",
    )
    parser.add_argument("--dev", action="store_true", help="Quality on the dev part only: nothing held out is scored.")
    parser.add_argument(
        "--against",
        help="Check the finder's mentions against those of this commit (e.g. main); with --count, count its instructions too.",
    )
    args = parser.parse_args()
    if args.count:
        count(args.against)
        return
    if args.fresh or args.in_process or args.phases:
        speed(fresh_only=args.fresh or args.phases, in_process_only=args.in_process, show_phases=args.phases)
        return
    quality(dev_only=args.dev)
    if args.against and not same_mentions(args.against):
        sys.exit(1)
    if not args.quality:
        speed()
    sys.stdout.flush()


if __name__ == "__main__":
    main()

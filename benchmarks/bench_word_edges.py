"""What the word-edge rule of annotate costs (issue 9): in-process MB/s and a one-line annotate's start-up.

    python benchmarks/bench_word_edges.py [--rounds 3] [--startup-rounds 11] [--baseline COMMIT]
    python benchmarks/bench_word_edges.py --against COMMIT [--rounds 15]

The rule (`zhgloss.glossrules.CrossingRule`, data from `zhgloss.segment`) drops a glossary match
that straddles a word edge. Its peer is the same annotator with the rule off
(`InsideRule.word_edges = False`), timed in the same run, in interleaved rounds:

* ~10 MB of Chinese prose (benchmarks/out/zh-10mb.txt: zh-corpus.txt repeated, as bench_annotate.py),
  with the names glossary (bundled + CC-CEDICT's names) and the dense one (100k headwords);
  and zh-corpus.txt once with a new annotator each round, where nothing is remembered yet
  (fresh text: every window is segmented);
* a one-line annotate as a whole process, cache warm, with a line the rule has to look at,
  against the same process at `--baseline` (default: the commit before the rule), whose src/
  is unpacked with `git archive`; names glossary, then the 100k one.

It also prints how many matches the rule changes on the 10 MB text.

With --against COMMIT, it times instead this tree's gloss rules against COMMIT's zhgloss/glossrules.py, loaded as a
module of its own (with COMMIT's data/ folder; the other modules are this tree's), in one process: the same annotator
judges ~1 MB of Lu Xun (zh-corpus.txt six times) with each version's InsideRule in turn, in interleaved rounds, names
glossary and dense one; CPU time, min and median, and whether the two versions keep the same matches.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_annotate import corpus_file
from common import CORPUS, OUT, big_glossary, commit_src, names_glossary

from zhgloss.annotate import Annotator
from zhgloss.glossrules import InsideRule
from zhgloss.segment import bundled_counts
from zhgloss.store import Glossary

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "2ec84c1"
"""main before the word-edge rule."""
LINE = "雷军说，书上都写着，中国人民很勤劳。\n"
"""A one-line annotate the rule has to look at (上都 and 中国人 straddle word edges; 雷军 does not)."""


def annotator_of(path: Path) -> Annotator:
    with Glossary.open(path) as gloss:
        return Annotator(list(gloss.iter_entries()))


def rule_of(annotator: Annotator) -> InsideRule:
    annotator.spans("中国")
    rule = annotator._inside
    assert rule is not None
    return rule


def time_spans(annotator: Annotator, text: str) -> float:
    """CPU seconds to match `text` in 1 MB pieces (on a shared machine, wall time measures the neighbours)."""
    start = time.process_time()
    for i in range(0, len(text), 1 << 20):
        annotator.spans(text[i : i + (1 << 20)])
    return time.process_time() - start


def in_process(label: str, glossary: Path, text: str, size: int, rounds: int) -> None:
    annotator = annotator_of(glossary)
    rule = rule_of(annotator)
    on: list[float] = []
    off: list[float] = []
    no_names: list[float] = []
    for _ in range(rounds):
        rule.word_edges = False
        off.append(time_spans(annotator, text))
        rule.word_edges = True
        on.append(time_spans(annotator, text))
        rule.inside_names = False
        no_names.append(time_spans(annotator, text))
        rule.inside_names = True
    rule.word_edges = False
    before = annotator.spans(text)
    rule.word_edges = True
    crossing = rule.crossing
    dropped, replaced = crossing.dropped, crossing.replaced
    after = annotator.spans(text)
    print(
        f"{label}: {len(before)} matches; the rule drops {crossing.dropped - dropped}, puts "
        f"{crossing.replaced - replaced} shorter ones in their place ({len(after)} kept)"
    )
    t_on, t_off, t_names = statistics.median(on), statistics.median(off), statistics.median(no_names)
    print(
        f"  in-process MB/s of CPU time, median of {rounds}: with the rule {size / 1e6 / t_on:6.1f}, "
        f"without {size / 1e6 / t_off:6.1f}  ({t_on / t_off:.3f}x the time); with the rule but not the "
        f"names veto (InsideRule.inside_names) {size / 1e6 / t_names:6.1f}  (the veto: {t_on / t_names:.3f}x the time)"
    )


def fresh(glossary: Path, rounds: int) -> None:
    text = CORPUS.read_text(encoding="utf-8")
    size = len(text.encode())
    base = annotator_of(glossary).to_bytes()
    on: list[float] = []
    off: list[float] = []
    no_names: list[float] = []
    for _ in range(rounds):
        for word_edges, names, times in ((False, True, off), (True, True, on), (True, False, no_names)):
            bundled_counts.cache_clear()  # the word counts are read anew, as in a new process
            annotator = Annotator.from_bytes(base)
            rule = rule_of(annotator)
            rule.word_edges, rule.inside_names = word_edges, names
            times.append(time_spans(annotator, text))
    t_on, t_off, t_names = statistics.median(on), statistics.median(off), statistics.median(no_names)
    print(
        f"fresh text ({glossary.name}, {size / 1e3:.0f} KB, nothing remembered, CPU time): with the rule "
        f"{size / 1e6 / t_on:5.1f} MB/s, without {size / 1e6 / t_off:5.1f} MB/s ({t_on / t_off:.2f}x the time); "
        f"without the names veto {size / 1e6 / t_names:5.1f} MB/s (the veto: {t_on / t_names:.2f}x the time)"
    )


def startup(glossary: Path, commit: str, rounds: int) -> None:
    argv = [sys.executable, "-m", "zhgloss", "annotate", "--db", str(glossary)]
    variants = {"with the rule": str(ROOT / "src"), f"at {commit} (before)": str(commit_src(commit))}
    times: dict[str, list[float]] = {label: [] for label in variants}
    cpu: dict[str, list[float]] = {label: [] for label in variants}
    outputs: dict[str, str] = {}
    for i in range(rounds + 1):  # the first round warms the caches and is not counted
        for label, src in variants.items():
            env = {**os.environ, "PYTHONPATH": src}
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(argv, input=LINE.encode(), capture_output=True, env=env, check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if i:
                times[label].append(wall)
                cpu[label].append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
            outputs[label] = done.stdout.decode().strip()
    print(f"one-line annotate ({glossary.name}, cache warm), median of {rounds} interleaved rounds, wall and CPU:")
    for label, values in times.items():
        print(
            f"  {label:<24}{statistics.median(values) * 1000:7.1f} ms {statistics.median(cpu[label]) * 1000:7.1f} ms cpu"
            f"   {outputs[label]}"
        )


def rules_of_commit(commit: str) -> type[InsideRule]:
    """COMMIT's InsideRule: its zhgloss/glossrules.py (and data/, beside it) loaded as a module of its own."""
    path = commit_src(commit) / "zhgloss" / "glossrules.py"
    spec = importlib.util.spec_from_file_location(f"glossrules_{commit}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    rule: type[InsideRule] = module.InsideRule
    return rule


def against(commit: str, rounds: int) -> None:
    """Time this tree's gloss rules and COMMIT's in one process, interleaved, on ~1 MB of Lu Xun."""
    lines = (CORPUS.read_text(encoding="utf-8") * 6).split("\n")
    size = len("\n".join(lines).encode())
    other = rules_of_commit(commit)
    for label, glossary in (("names", names_glossary()), ("dense", big_glossary(100_000))):
        annotator = annotator_of(glossary)
        rules = {"this tree": InsideRule(annotator), commit: other(annotator)}
        outputs = {}
        for name, rule in rules.items():
            annotator._inside = rule
            outputs[name] = [annotator.spans(line) for line in lines]  # also warms each rule's memos
        times: dict[str, list[float]] = {name: [] for name in rules}
        for _ in range(rounds):
            for name, rule in rules.items():
                annotator._inside = rule
                start = time.process_time()
                for line in lines:
                    annotator.spans(line)
                times[name].append(time.process_time() - start)
        same = outputs["this tree"] == outputs[commit]
        print(
            f"{label} glossary, {size / 1e6:.2f} MB of Lu Xun, CPU s over {rounds} interleaved rounds (same matches: {same}):"
        )
        for name, values in times.items():
            print(f"  {name:<12} min {min(values):.4f}  median {statistics.median(values):.4f}")
        ratio = min(times["this tree"]) / min(times[commit])
        print(f"  this tree / {commit}: {ratio:.3f}x (min)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--startup-rounds", type=int, default=11)
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--skip-dense", action="store_true")
    parser.add_argument("--against", metavar="COMMIT", help="time this tree's gloss rules against COMMIT's, in-process")
    args = parser.parse_args()
    os.environ.setdefault("ZHGLOSS_CACHE_DIR", str(OUT / "cache"))
    if args.against:
        against(args.against, args.rounds)
        return
    text_path = corpus_file()
    text = text_path.read_text(encoding="utf-8")
    size = text_path.stat().st_size
    in_process("names", names_glossary(), text, size, args.rounds)
    if not args.skip_dense:
        in_process("dense", big_glossary(100_000), text, size, args.rounds)
    fresh(names_glossary(), args.rounds)
    startup(names_glossary(), args.baseline, args.startup_rounds)
    if not args.skip_dense:
        startup(big_glossary(100_000), args.baseline, args.startup_rounds)


if __name__ == "__main__":
    main()

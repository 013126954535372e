"""Long single lines (text from HTML and PDF): annotate, harvest and check must take time linear in the line.

Peers measured in the same run:
- annotate (issue 9, U27-8): U27-8's news sentence N times (N = 5,000, 10,000, 20,000) on ONE line,
  `zhgloss annotate` as a whole process on a copy of the bundled glossary, against the same text split
  at 。 into lines (the linear baseline: same characters, same matches) and against `re.finditer` of the
  glossary's Chinese forms over the one line (in-process, the floor of finding them at all). Wall and
  CPU time (the child's user + system: steadier on a shared machine). `--against COMMIT` runs that
  commit's code on the same inputs, in turn with this tree's (before/after figures of one run);
  `--extra` adds '雷军' x 100,000 on one line (U27-8: 152 s), a 5 MB one-line scraped-page text (the
  corpus and the articles without line breaks, interleaved with page furniture) with the CC-CEDICT
  names glossary, and `--format json` of the N = 20,000 line;
- harvest: the bracket pattern as it was (searched from every character of a Chinese run), on the
  same lines; its time grows with the square of the length, ours with the length;
- check: the same pair checked as one whole segment (no windows), which grows with the square too.

    python benchmarks/bench_long_lines.py [--against COMMIT] [--extra] [--only annotate]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from common import BUNDLED, CEDICT, CORPUS, OUT, SHARED, bundled_entries, commit_src, compile_bytecode

from zhgloss.annotate import Annotator
from zhgloss.check import Checker, name_entries
from zhgloss.formats.bilingual import Segment, windows
from zhgloss.harvest import _CJK, find_pairs

OLD_EN_IN_PARENS = re.compile(rf"([{_CJK}][{_CJK}·•]*)\s*[（(]\s*([A-Z][A-Za-z.&'’\- ]{{0,60}}?)\s*[）)]")
# The check tests' pair with problems of every kind: misspelt and missing names are what the
# checker searches the whole target for, so they are what made a long segment quadratic.
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
ZH = (DATA / "check_problems.zh.txt").read_text(encoding="utf-8").replace("\n", "")
EN = (DATA / "check_problems.en.txt").read_text(encoding="utf-8").replace("\n", " ")


def timed(function: object, *args: object) -> float:
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


NEWS = "雷军创办了小米，刘强东和马云出席了发布会。"
"""U27-8's sentence: four names of the bundled glossary, 雷军 one the document rule is asked about."""
FURNITURE = "首页 > 新闻中心 > 正文  责任编辑：王晓  分享到：微博 微信 QQ空间  【打印】【关闭】 &nbsp; 相关阅读 | "
"""What a page's text keeps between paragraphs when its tags are stripped and its line breaks lost."""


LIMIT = 300.0
"""Seconds after which a run is stopped and reported as longer (the quadratic code on the biggest inputs)."""


def run(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of `argv` as a whole process, its output discarded; inf past LIMIT."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True, env={**os.environ, **(env or {})}, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        return float("inf"), float("inf")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def zhgloss(*args: str) -> list[str]:
    """`python -m zhgloss ARGS`: the code on PYTHONPATH (another commit's, with --against), else this tree's."""
    return [sys.executable, "-m", "zhgloss", *args]


def scraped(size: int) -> str:
    """About `size` characters of real Chinese on one line: corpus and article paragraphs between page furniture."""
    paragraphs = CORPUS.read_text(encoding="utf-8").splitlines()
    for article in sorted((SHARED / "articles").glob("*.txt")):
        paragraphs += article.read_text(encoding="utf-8").splitlines()
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    parts: list[str] = []
    total = k = 0
    while total < size:
        part = paragraphs[k % len(paragraphs)] + ("  " + FURNITURE if k % 3 == 2 else "")
        parts.append(part)
        total += len(part)
        k += 1
    return "".join(parts)


def split_every(line: str, chars: int) -> str:
    """`line` cut into lines at its sentence ends, or every `chars` characters where it has none."""
    if "。" in line:
        return line.replace("。", "。\n")
    return "\n".join(line[k : k + chars] for k in range(0, len(line), chars))


def names_db() -> Path:
    """CC-CEDICT's names as `zhgloss import --proper-only` makes them (built once into out/)."""
    path = OUT / "long-lines-names.json"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(zhgloss("import", str(CEDICT), "--proper-only", "--db", str(path)), check=True)
    return path


def chinese_forms(glossary: Path) -> re.Pattern[str]:
    """One alternation of the Chinese forms of `glossary`'s entries, longest first: the re.finditer peer."""
    entries = json.loads(glossary.read_text(encoding="utf-8")).get("entries", {}).values()
    forms = {doc.get(field) for doc in entries for field in ("zh", "zh_hant")} - {None, ""}
    return re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))


def annotate_lines(codes: list[tuple[str, dict[str, str]]], extra: bool) -> None:
    """Time annotate on one long line against the same text in lines (see the module docstring)."""
    compile_bytecode()
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / "long-lines-bundled.json"
    db.write_bytes(BUNDLED.read_bytes())
    cases = [(f"N={n:,}", NEWS * n, db, ()) for n in (5_000, 10_000, 20_000)]
    if extra:
        cases += [
            ("'雷军' x 100,000", "雷军" * 100_000, db, ()),
            ("5 MB scraped page, names glossary", scraped(5_000_000), names_db(), ()),
            ("N=20,000 --format json", NEWS * 20_000, db, ("--format", "json")),
        ]
    print("annotate, one line against the same text split into lines (whole process; wall s / CPU s)")
    for label, line, glossary, options in cases:
        one, split = OUT / "long-line.txt", OUT / "long-line-split.txt"
        one.write_text(line + "\n", encoding="utf-8")
        split.write_text(split_every(line, 200) + "\n", encoding="utf-8")
        names = chinese_forms(glossary)
        started = time.perf_counter()
        found = sum(1 for _ in names.finditer(line))
        finditer = time.perf_counter() - started
        print(f"  {label} ({len(line):,} chars, {found:,} re.finditer matches in {finditer:.2f} s)")
        for code, env in codes:
            argv = zhgloss("--db", str(glossary), "annotate", *options)
            wall, cpu = run([*argv, str(one)], env)
            split_wall, split_cpu = run([*argv, str(split)], env)
            print(
                f"    {code:>10}: one line {wall:6.2f} / {cpu:6.2f} s   in lines {split_wall:6.2f} / {split_cpu:6.2f} s"
                f"   ratio {cpu / split_cpu:5.2f}x (CPU)   {cpu / finditer:6.1f}x re.finditer"
            )


def main() -> None:
    print("harvest, one line of Chinese without a bracket")
    for size in (5_000, 10_000, 20_000):
        line = ("雷军说小米的手机卖得很好" * (size // 12 + 1))[:size]
        ours = timed(find_pairs, line)
        peer = timed(lambda text: list(OLD_EN_IN_PARENS.finditer(text)), line)
        print(f"  {size:>7,} chars: find_pairs {ours * 1000:8.1f} ms   old pattern alone {peer * 1000:9.1f} ms")
    for size in (100_000, 1_000_000):
        line = ("雷军说小米的手机卖得很好" * (size // 12 + 1))[:size]
        print(f"  {size:>7,} chars: find_pairs {timed(find_pairs, line) * 1000:8.1f} ms   (old pattern: not run)")

    entries = bundled_entries()
    checker = Checker(Annotator(entries), Annotator(name_entries(entries)))
    print("check, one aligned pair on a single line")
    for repeats in (20, 40, 80):
        segment = Segment(1, ZH * repeats, EN * repeats, line=1)
        ours = timed(checker.check, windows([segment]))
        whole = timed(checker.check, [segment])
        chars = len(segment.source)
        print(f"  {chars:>7,} source chars: in windows {ours:6.2f} s   whole segment {whole:7.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", metavar="COMMIT", help="also run COMMIT's annotate, in turn with this tree's")
    parser.add_argument("--extra", action="store_true", help="also '雷军' x 100,000, a 5 MB page, --format json")
    parser.add_argument("--only", choices=["annotate", "harvest-check"], help="run one part")
    options = parser.parse_args()
    codes: list[tuple[str, dict[str, str]]] = [("now", {})]
    if options.against:
        codes.append((options.against[:10], {"PYTHONPATH": str(commit_src(options.against))}))
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    if options.only != "harvest-check":
        annotate_lines(codes, options.extra)
    if options.only != "annotate":
        main()
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")

"""Time `zhgloss annotate` on ~10 MB of real Chinese prose against flashtext, pyahocorasick and a plain copy.

    python benchmarks/bench_annotate.py            # names (~20k) and dense (100k) glossaries
    python benchmarks/bench_annotate.py --big      # also peak memory of the process on a 500 MB stream

Two glossaries built from CC-CEDICT (see benchmarks/common.py): "names" (the bundled entries plus
CEDICT's proper names) and "dense" (100k headwords: a match every few characters). For each it
prints MB/s of input, in-process and as a whole `zhgloss annotate` process, beside the peers
measured in the same run on the same text, and checks the matches against a simple reference
implementation (pyahocorasick's overlapping search, the rules applied in plain Python), counting
what flashtext misses.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import time
from pathlib import Path

from common import CORPUS, OUT, big_glossary, names_glossary, peak_rss, time_call, time_process, zhgloss_argv

from zhgloss.annotate import Annotator, Session, annotate_stream, is_word_char
from zhgloss.convert import traditional_variants
from zhgloss.model import Entry
from zhgloss.script import has_cjk
from zhgloss.store import Glossary

TARGET_BYTES = 10_000_000


def corpus_file() -> Path:
    """~10 MB of Chinese prose: zh-corpus.txt repeated (written once to benchmarks/out/)."""
    path = OUT / "zh-10mb.txt"
    if not path.exists():
        chunk = CORPUS.read_bytes()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(chunk * (TARGET_BYTES // len(chunk) + 1))
    return path


def mbps(size: int, seconds: float) -> float:
    return size / 1e6 / seconds


def reference_spans(entries: list[Entry], text: str) -> list[tuple[int, int, str]]:
    """The rules applied the obvious way: every occurrence of every form (pyahocorasick), filter, leftmost-longest."""
    import ahocorasick

    rank = {"zh": 0, "zh_hant": 1, "en": 2, "zh_alias": 3, "alias": 4}
    exact = ahocorasick.Automaton()
    folded = ahocorasick.Automaton()
    converted: list[tuple[str, int, str, str]] = []
    for order, e in enumerate(entries):
        fields = [
            ("zh", [e.zh]),
            ("zh_hant", [e.zh_hant]),
            ("zh_alias", e.zh_aliases),
            ("en", [e.en]),
            ("alias", e.aliases),
        ]
        for name, forms in fields:
            for form in forms:
                if not form:
                    continue
                if has_cjk(form):
                    seps = "\u00b7\u2022\u30fb\u2027\uff0e"
                    parts = re.split(f"[{seps}]", form)
                    variants = {form} | ({s.join(parts) for s in (*seps, "")} if len(parts) > 1 else set())
                    for v in variants:
                        best = exact.get(v, None)
                        if best is None or (rank[name], order) < best[0]:
                            exact.add_word(v, ((rank[name], order), e.id, v))
                    if name in ("zh", "zh_alias"):
                        converted.append((name, order, e.id, form))
                elif not re.search(r"[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", form):
                    continue  # a symbol ("@"), not a name
                else:
                    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in form)
                    for v in (form, wide):
                        key = v.lower()
                        values = folded.get(key, [])
                        values.append(((rank[name], order), e.id, v))
                        folded.add_word(key, values)
    # The Hong Kong and Taiwan spellings of simplified forms, where no stored form already has them.
    converted.sort(key=lambda c: (rank[c[0]], c[1]))  # the order the annotator gives them their places
    for name, order, entry_id, form in converted:
        for converted_form in traditional_variants(form):
            parts = re.split("[\u00b7\u2022\u30fb\u2027\uff0e]", converted_form)
            seps = "\u00b7\u2022\u30fb\u2027\uff0e"
            variants = {converted_form} | ({s.join(parts) for s in (*seps, "")} if len(parts) > 1 else set())
            for v in variants:
                if exact.get(v, None) is None:
                    exact.add_word(v, ((rank["zh_hant" if name == "zh" else name], order), entry_id, v))
    cands: list[tuple[int, int, tuple[int, int], str]] = []

    def bounded(form: str, start: int, end: int) -> bool:
        if is_word_char(form[0]) and start > 0 and is_word_char(text[start - 1]):
            return False
        return not (is_word_char(form[-1]) and end < len(text) and is_word_char(text[end]))

    if len(exact):
        exact.make_automaton()
        for last, (prio, entry_id, form) in exact.iter(text):
            start = last - len(form) + 1
            if bounded(form, start, last + 1):
                cands.append((start, last + 1, prio, entry_id))
    if len(folded):
        folded.make_automaton()
        for last, values in folded.iter(text.lower()):
            start = last - len(values[0][2]) + 1
            surface = text[start : last + 1]
            for prio, entry_id, form in sorted(values):
                ok = all(s.isupper() for f, s in zip(form, surface, strict=True) if f.isupper())
                if ok and bounded(form, start, last + 1):
                    cands.append((start, last + 1, prio, entry_id))
                    break
    cands.sort(key=lambda c: (c[0], -c[1], c[2]))
    out: list[tuple[int, int, str]] = []
    end = -1
    for start, stop, _, entry_id in cands:
        if start >= end:
            out.append((start, stop, entry_id))
            end = stop
    return out


def flashtext_processor(entries: list[Entry]) -> object:
    from flashtext import KeywordProcessor

    # case_sensitive=True makes replace_keywords quadratic on long texts; case does not matter in CJK.
    kp = KeywordProcessor()
    # flashtext's word boundaries are ASCII letters and digits: CJK has none, so every form matches anywhere.
    for e in entries:
        for form in e.zh_forms:
            kp.add_keyword(form, f"{form}（{e.en}）")
    return kp


def bench(label: str, glossary_path: Path, text_path: Path, *, check_all: bool) -> None:
    data = text_path.read_bytes()
    text = data.decode("utf-8")
    size = len(data)
    with Glossary.open(glossary_path) as gloss:
        entries = list(gloss.iter_entries())
    print(f"\n== {label}: {len(entries)} entries, {size / 1e6:.1f} MB of Chinese prose ==")
    start = time.perf_counter()
    built = Annotator(entries)
    blob = built.to_bytes()
    print(
        f"build {time.perf_counter() - start:.2f} s once per glossary version; cache {len(blob) / 1e6:.1f} MB, "
        f"load {time_call(lambda: Annotator.from_bytes(blob), 5) * 1000:.1f} ms"
    )
    annotator = Annotator.from_bytes(blob)

    # Matches: ours against the reference, and what flashtext misses. The reference applies the
    # matching rules; the inside-a-word rule (zhgloss.glossrules.InsideRule) is counted apart.
    matcher = Annotator.from_bytes(blob)
    matcher.inside_words = False
    ours = [(m.start, m.end, m.entry.id) for m in matcher.mentions(text)]
    kept = len(annotator.mentions(text))
    rule = annotator._inside
    crossing = rule.crossing if rule is not None else None
    print(
        f"inside-a-word and word-edge rules: {len(ours)} matches, {kept} kept ({(len(ours) - kept) / max(1, len(ours)):.2%}"
        f" fewer); inside a word: {rule.dropped if rule else 0} dropped; across a word edge:"
        f" {crossing.dropped if crossing else 0} dropped, {crossing.replaced if crossing else 0} shorter matches in their place"
    )
    sample = text if check_all else text[: len(text) // 5]
    ref = reference_spans(entries, sample)
    mine = ours if check_all else [(m.start, m.end, m.entry.id) for m in matcher.mentions(sample)]
    same = "identical" if ref == mine else f"DIFFERENT ({len(set(ref) ^ set(mine))} spans differ)"
    kp = flashtext_processor(entries)
    flash = {(s, e) for _, s, e in kp.extract_keywords(sample, span_info=True)}  # type: ignore[attr-defined]
    lines = text.splitlines(keepends=True)
    missed = sum(1 for s, e, _ in ref if (s, e) not in flash)
    where = "whole text" if check_all else "first fifth of the text"
    print(
        f"matches: {len(ours)}; reference ({where}): {same}; flashtext misses {missed} of {len(ref)} "
        f"({missed / max(1, len(ref)):.0%})"
    )

    # In-process.
    def ours_stream() -> None:
        annotate_stream(Session(annotator, count=False), io.BytesIO(data), io.BytesIO())

    def ours_find() -> None:
        for i in range(0, len(text), 1 << 20):
            annotator.spans(text[i : i + (1 << 20)])

    def floor() -> None:
        io.BytesIO().write(data.decode("utf-8").encode("utf-8"))

    t_ours = time_call(ours_stream, 3)
    t_find = time_call(ours_find, 3)
    t_floor = time_call(floor, 5)
    # Line by line, as a filter would run it (and as zhgloss does).
    t_flash = time_call(lambda: "".join(map(kp.replace_keywords, lines)).encode("utf-8"), 1)  # type: ignore[attr-defined]
    import ahocorasick

    pyac = ahocorasick.Automaton()
    for e in entries:
        for form in e.zh_forms:
            pyac.add_word(form, form)
    pyac.make_automaton()
    t_pyac = time_call(lambda: sum(1 for _ in pyac.iter_long(text)), 1)  # find only, leftmost-longest
    print("in-process MB/s:")
    print(
        f"  zhgloss annotate (inline) {mbps(size, t_ours):7.1f}   {t_flash / t_ours:5.1f}x flashtext, "
        f"{t_ours / t_floor:5.1f}x slower than the floor"
    )
    print(f"  zhgloss find only         {mbps(size, t_find):7.1f}   {t_pyac / t_find:5.1f}x pyahocorasick iter_long")
    print(f"  flashtext replace_keywords{mbps(size, t_flash):7.1f}")
    print(f"  pyahocorasick iter_long   {mbps(size, t_pyac):7.1f}")
    print(f"  floor (decode+encode copy){mbps(size, t_floor):7.1f}")

    # Whole processes, cache warm (time_process runs once before timing).
    argv = [*zhgloss_argv("annotate", "--db", str(glossary_path)), str(text_path)]
    t_proc = time_process(argv, repeat=5)
    copy = [
        sys.executable,
        "-c",
        "import shutil,sys; shutil.copyfileobj(open(sys.argv[1],'rb'), sys.stdout.buffer)",
        str(text_path),
    ]
    t_copy = time_process(copy, repeat=5)
    t_start = time_process(zhgloss_argv("annotate", "--db", str(glossary_path)), repeat=5, stdin="雷军\n".encode())
    print("whole process (zhgloss annotate FILE > pipe):")
    print(
        f"  zhgloss annotate          {mbps(size, t_proc):7.1f} MB/s  {t_flash / t_proc:5.1f}x flashtext (in-process), "
        f"{t_proc / t_copy:5.1f}x slower than the floor"
    )
    print(f"  floor (python copy process){mbps(size, t_copy):6.1f} MB/s")
    print(f"  one-line annotate, cache warm: {t_start * 1000:.0f} ms")


def peak_memory(glossary_path: Path, text_path: Path, total_mb: int = 500) -> None:
    """Feed `total_mb` MB through `zhgloss annotate` and report its peak RSS (VmHWM)."""
    argv = zhgloss_argv("annotate", "--db", str(glossary_path))
    peak, rate = peak_rss(argv, text_path.read_bytes(), total_mb * 1_000_000)
    print(f"\n{total_mb} MB through a pipe ({glossary_path.name}): peak RSS {peak / 1024:.0f} MB, {rate:.1f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big", action="store_true", help="also measure peak memory on a 500 MB stream")
    parser.add_argument("--quick", action="store_true", help="check the reference on a fifth of the text only")
    args = parser.parse_args()
    os.environ.setdefault("ZHGLOSS_CACHE_DIR", str(OUT / "cache"))
    text_path = corpus_file()
    bench("names", names_glossary(), text_path, check_all=not args.quick)
    bench("dense", big_glossary(100_000), text_path, check_all=not args.quick)
    if args.big:
        peak_memory(names_glossary(), text_path)
        peak_memory(big_glossary(100_000), text_path)


if __name__ == "__main__":
    main()

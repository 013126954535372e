"""Output of this tree against another commit's: lookup, search, annotate and check, byte for byte.

    python benchmarks/compare_output.py                 # against the merge-base with main
    python benchmarks/compare_output.py --against COMMIT
    python benchmarks/compare_output.py --unknown       # annotate --unknown only, every format

A speed-up or a new cache format must not change what a command prints. Each command runs as a whole
process (`python -m zhgloss`) with this tree's code and with COMMIT's (unpacked by `git archive`, see
`common.commit_src`), each with a cache folder of its own, on the bundled glossary, the CC-CEDICT names
glossary and the dense 100,000-entry one; stdout, stderr and the exit code must be equal. Not a
benchmark: it prints the commands that differ and exits 1 if any does. With --unknown, only
`annotate --unknown` in every format (and --summary), on fresh prose (zh-corpus.txt) and on the
evaluation set's news sentences (a name every ~30 characters), with the bundled and the names glossary.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import reference_commit
from bench_unknown import news_sentences
from common import BUNDLED, CORPUS, OUT, ROOT, SHARED, big_glossary, commit_src, names_glossary

QUERIES = [
    "雷军", "Lei Jun", "lei2 jun1", "Jun Lei", "小米", "Xiaomi", "刘强东", "Liu Qiangdong", "京东", "SU7",
    "马云", "Ma Yun", "北京", "Beijing", "史蒂夫·乔布斯", "史蒂夫．賈伯斯", "Lyu Bu", "zzz",
]  # fmt: skip


def commands() -> list[list[str]]:
    """Every command compared, each with its --db."""
    out: list[list[str]] = []
    articles = sorted((SHARED / "articles").glob("*.txt"))
    for db in (BUNDLED, names_glossary(), big_glossary(100_000)):
        each: list[list[str]] = []
        for query in QUERIES:
            each += [["lookup", query], ["lookup", query, "--json"], ["search", query], ["search", query, "--json"]]
        each += [["annotate", str(article)] for article in articles]
        each += [["annotate", str(article), "--format", "json"] for article in articles[:1]]
        each += [["check", str(ROOT / "tests" / "data" / "check_pair.tsv")]]
        each += [["check", str(ROOT / "tests" / "data" / "check_v12.xlf"), "--json"]]
        out += [[*argv, "--db", str(db)] for argv in each]
    return out


def unknown_commands() -> list[list[str]]:
    """`annotate --unknown` in every format, on prose and on news sentences, with two glossaries."""
    news = OUT / "unknown-news-sentences.txt"
    news.parent.mkdir(parents=True, exist_ok=True)
    news.write_bytes(news_sentences())
    out: list[list[str]] = []
    for db in (BUNDLED, names_glossary()):
        for text in (CORPUS, news):
            base = ["annotate", "--unknown", str(text), "--db", str(db)]
            out += [[*base, "--format", form] for form in ("inline", "json", "tsv", "html")]
            out += [[*base, "--summary"]]
    return out


def run(argv: list[str], env: dict[str, str]) -> tuple[bytes, bytes, int]:
    done = subprocess.run([sys.executable, "-m", "zhgloss", *argv], capture_output=True, env={**os.environ, **env})
    return done.stdout, done.stderr, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", help="commit to compare with (default: the merge-base with main)")
    parser.add_argument("--unknown", action="store_true", help="only annotate --unknown, in every format")
    args = parser.parse_args()
    # A branch name moves: the unpacked copy is kept by commit hash (`common.commit_src`).
    against = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", args.against or reference_commit()],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    old_src = commit_src(against)
    differ = 0
    todo = unknown_commands() if args.unknown else commands()
    with tempfile.TemporaryDirectory() as tmp:
        for argv in todo:
            before = run(argv, {"PYTHONPATH": str(old_src), "ZHGLOSS_CACHE_DIR": str(Path(tmp) / "before")})
            now = run(argv, {"ZHGLOSS_CACHE_DIR": str(Path(tmp) / "now")})
            if before != now:
                differ += 1
                print(f"DIFFERS: zhgloss {' '.join(argv)}")
    print(f"{len(todo) - differ} of {len(todo)} commands print the same as {against[:10]}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()

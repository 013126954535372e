"""Every example command in README.md runs as written on a fresh install (issue 12, item 10).

The examples are read from the README's ```sh blocks, so an example added to the README is
covered without touching this file, and run in README order, one `bash -c` each, with:

- the installed `zhgloss` console script (and this interpreter's `python`) first on PATH;
- a fresh home: HOME and the XDG folders in a temporary folder, no ZHGLOSS_DB, so the first
  commands see the bundled glossary and `zhgloss init` makes the user's own copy, exactly as on
  a machine where zhgloss was just installed;
- a working folder that stands for the repository's folder, where the README's commands are typed:
  its top-level entries (docs/, tests/, …) linked in, the files the examples name (`fixtures`),
  and a `shared` folder beside it linked to the real one (the quickstart reads
  ../shared/articles/…). An example that reads a new file needs it in the repository or in
  `fixtures`, made from real text and network-free: add it there. An example whose output file
  a later example reads (export -o team.tbx, then import team.tbx) needs nothing: the examples
  share the folder, in order.

A few examples are not run, each for the reason `SKIPPED` gives (they install packages, run this
test suite, take minutes, open a browser, listen on the network or need a cluster); the rest of a
`pip install … && cmd` line is run. Examples that run until stopped (`tail -f … | zhgloss
annotate`, `zhgloss serve`) are started in the background, must print their first output and
still be running, serve the examples after them (the `curl` calls), and are stopped at the end.
Every other example must exit 0, or with the code `EXPECTED_EXIT` gives and says why.
"""

from __future__ import annotations

import gzip
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock
from office_files import review_document, review_workbook, word_document

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

SKIPPED = {
    "pip install": "installs packages: the tests run against the installed console script",
    "python -m pytest": "runs this very test suite",
    "scripts/check.sh": "runs this very test suite",
    "python benchmarks/": "a benchmark takes minutes on a shared machine; run by hand",
    "zhgloss serve --port 0 --open": "opens a web browser",
    "zhgloss serve --db team.json --host 0.0.0.0": "listens on every network interface of the machine",
    "zhgloss annotate jobs/ -o glossed/ --scheduler": "needs a running Dask cluster (tests/test_corpus.py starts one)",
}
"""Command prefixes that are not run, and why."""

RUNS_UNTIL_STOPPED = ("tail -f ", "zhgloss serve")
"""Command prefixes that run until stopped (see the module doc)."""

EXPECTED_EXIT: dict[str, int] = {}
"""Commands (as written, without the comment) that exit with another code than 0 on purpose."""

CHINESE = ["雷军创办了小米。", "王翔曾任小米集团总裁。", "刘强东是京东的创始人。"]
ENGLISH = ["Lei Jun founded Xiaomi.", "Wang Xiang was president of Xiaomi Group.", "Liu Qiangdong founded JD.com."]
REVIEW_ROWS = [
    ["ID", "Source (zh-CN)", "Target (en-US)"],
    *([str(i), zh, en] for i, (zh, en) in enumerate(zip(CHINESE, ENGLISH, strict=True), 1)),
]
"""A CAT tool's bilingual review table (check review.docx, check review.xlsx)."""
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en" datatype="plaintext" original="article.txt">
    <body>
{units}
    </body>
  </file>
</xliff>
"""


def cedict_excerpt(shared: Path) -> bytes:
    """The head of the real CC-CEDICT (its licence header and first 300 entries), gzipped."""
    lines: list[str] = []
    with gzip.open(shared / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        for line in fp:
            lines.append(line)
            if sum(not x.startswith("#") for x in lines) >= 300:
                break
    return gzip.compress("".join(lines).encode("utf-8"))


def fixtures(shared: Path) -> dict[str, bytes]:
    """The files the README's examples read, by name."""
    units = "\n".join(
        f'      <trans-unit id="{n}"><source>{zh}</source><target>{en}</target></trans-unit>'
        for n, (zh, en) in enumerate(zip(CHINESE, ENGLISH, strict=True), 1)
    )
    zh_lines = "".join(f"{line}\n" for line in CHINESE).encode("utf-8")
    en_lines = "".join(f"{line}\n" for line in ENGLISH).encode("utf-8")
    return {
        "names.txt": "雷军\n王翔\n刘强东\n".encode(),
        "article.txt": (shared / "articles" / "000_d48d05291781f3c4.txt").read_bytes(),
        "big5.txt": "雷軍創辦了小米，王翔曾任小米集團總裁。\n".encode("big5"),
        "story.docx": word_document(CHINESE),
        "story.zh.docx": word_document(CHINESE),
        "story.en.docx": word_document(ENGLISH),
        "review.docx": review_document(REVIEW_ROWS),
        "review.xlsx": review_workbook(REVIEW_ROWS),
        "memory.tmx": (
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="memoQ" '
            'creationtoolversion="9" segtype="sentence" o-tmf="memoQ" adminlang="en-US" srclang="zh-CN" '
            'datatype="plaintext"/><body>'
            + "".join(
                f'<tu><tuv xml:lang="zh-CN"><seg>{zh}</seg></tuv><tuv xml:lang="en-US"><seg>{en}</seg></tuv></tu>'
                for zh, en in zip(CHINESE, ENGLISH, strict=True)
            )
            + "</body></tmx>\n"
        ).encode(),
        "wire.txt": zh_lines,
        "article.zh.txt": zh_lines,
        "article.en.txt": en_lines,
        "a.zh": zh_lines,
        "a.en": en_lines,
        "pairs.tsv": "".join(f"{zh}\t{en}\n" for zh, en in zip(CHINESE, ENGLISH, strict=True)).encode("utf-8"),
        "job.xlf": XLIFF.format(units=units).encode("utf-8"),
        "jobs/day1.zh.txt": zh_lines,
        "jobs/day1.en.txt": en_lines,
        "jobs/day2.xlf": XLIFF.format(units=units).encode("utf-8"),
        "cedict_ts.u8.gz": cedict_excerpt(shared),
        # Names the bundled glossary lacks, for annotate --unknown and harvest --unknown (issue 14).
        "news.zh.txt": (
            "华为创始人任正非在深圳表示，公司将继续加大研发投入。\n比亚迪董事长王传福说，任正非是他敬佩的企业家。\n"
        ).encode(),
        # A Weblate glossary of an English project: English in "source", Chinese in "target".
        "weblate.csv": "source,target\nTsai Ing-wen,蔡英文\nCarrie Lam,林郑月娥\n".encode(),
        # Two columns and no header: which is which is said with --columns.
        "terms.csv": "Tsai Ing-wen,蔡英文\nCarrie Lam,林郑月娥\n".encode(),
    }


@dataclass(frozen=True)
class Example:
    """One command of a ```sh block: its line in the README and its block."""

    line: int
    block: int
    command: str

    @property
    def bare(self) -> str:
        """The command without its trailing comment."""
        return re.split(r"\s+#\s", self.command, maxsplit=1)[0].strip()


def readme_examples(text: str) -> list[Example]:
    """Every command of every ```sh block of `text`, in order (continuation lines joined)."""
    examples: list[Example] = []
    block = -1
    inside = False
    pending = ""
    start = 0
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            inside = line.strip() == "```sh"
            block += inside
            continue
        if not inside or (not pending and (not line.strip() or line.lstrip().startswith("#"))):
            continue
        if not pending:
            start = number
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        examples.append(Example(start, block, (pending + line).strip()))
        pending = ""
    return examples


def skipped(example: Example) -> str | None:
    """Why `example` is not run, or None; a `pip install … && cmd` line runs its `cmd`."""
    for prefix, why in SKIPPED.items():
        if example.bare.startswith(prefix) and not (prefix == "pip install" and " && " in example.bare):
            return why
    return None


def runnable(example: Example) -> str:
    """The shell text to run for `example`."""
    if example.bare.startswith("pip install") and " && " in example.bare:
        return example.bare.split(" && ", 1)[1]
    return example.bare


def fresh_environment(base: Path) -> dict[str, str]:
    """The environment of a just-installed zhgloss: a new home, the installed scripts first on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZHGLOSS_", "XDG_", "PYTEST", "EDITOR", "VISUAL"))}
    for name in ("home", "data", "cache", "config"):
        (base / name).mkdir()
    env |= {
        "HOME": str(base / "home"),
        "XDG_DATA_HOME": str(base / "data"),
        "XDG_CACHE_HOME": str(base / "cache"),
        "XDG_CONFIG_HOME": str(base / "config"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "NO_COLOR": "1",
    }
    return env


def start_background(command: str, cwd: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    """Start a command that runs until stopped; return it and its first output (waits up to 60 s)."""
    proc = subprocess.Popen(
        ["bash", "-c", command],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    assert proc.stdout is not None
    out = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            out += os.read(proc.stdout.fileno(), 65536)
            if b"\n" in out:
                break
    return proc, out.decode("utf-8", "replace")


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a background example and everything it started, as Ctrl-C would."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


EXAMPLES = readme_examples(README.read_text(encoding="utf-8"))


def test_the_readme_examples_are_found() -> None:
    commands = [e.bare for e in EXAMPLES]
    assert len(EXAMPLES) >= 40
    assert "zhgloss init" in commands
    assert any(c.startswith("zhgloss add ") for c in commands)
    assert all(not c.startswith("#") and c for c in commands)


def test_every_exception_names_an_example() -> None:
    # A stale entry (its example was changed or removed) would hide nothing but still mislead.
    commands = [e.bare for e in EXAMPLES]
    for prefix in (*SKIPPED, *RUNS_UNTIL_STOPPED):
        assert any(c.startswith(prefix) for c in commands), prefix
    for command in EXPECTED_EXIT:
        assert command in commands, command


def test_readme_examples_parse_continuations_and_comments() -> None:
    text = "intro\n```sh\nzhgloss a \\\n  --b  # note\n# comment\n\nzhgloss c\n```\n```python\nx = 1\n```\n"
    assert readme_examples(text) == [Example(3, 0, "zhgloss a    --b  # note"), Example(7, 0, "zhgloss c")]
    assert readme_examples(text)[0].bare == "zhgloss a    --b"


@pytest.mark.slow
def test_every_readme_example_runs_on_a_fresh_install(tmp_path: Path, shared_dir: Path) -> None:
    work = tmp_path / "zhgloss"
    work.mkdir()
    for entry in ROOT.iterdir():
        if not entry.name.startswith(".") and entry.name != "glossary.json":
            (work / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    (tmp_path / "shared").symlink_to(shared_dir.resolve(), target_is_directory=True)
    for name, content in fixtures(shared_dir).items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_bytes(content)
    env = fresh_environment(tmp_path)
    failures: list[str] = []
    background: list[subprocess.Popen[bytes]] = []
    # `zhgloss serve` binds its fixed port: one run of this test at a time on a machine.
    with FileLock(Path(tempfile.gettempdir()) / "zhgloss-readme-examples.lock", timeout=600):
        try:
            for example in EXAMPLES:
                if skipped(example):
                    continue
                command = runnable(example)
                where = f"README.md:{example.line}: {example.command}"
                if command.startswith(RUNS_UNTIL_STOPPED):
                    proc, first = start_background(command, work, env)
                    background.append(proc)
                    if proc.poll() is not None or not first.strip():
                        failures.append(f"{where}\n  stopped or printed nothing (exit {proc.poll()}): {first[-500:]}")
                    continue
                result = subprocess.run(
                    ["bash", "-c", command],
                    cwd=work,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=300,
                    check=False,
                )
                expected = EXPECTED_EXIT.get(example.bare, 0)
                if result.returncode != expected:
                    stderr = result.stderr.decode("utf-8", "replace").strip()[-800:]
                    failures.append(f"{where}\n  exit {result.returncode} (expected {expected}): {stderr}")
        finally:
            for proc in background:
                stop(proc)
    assert not failures, "README examples that fail on a fresh install:\n" + "\n".join(failures)

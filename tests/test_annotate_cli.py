"""`zhgloss annotate` as a command: options, files and stdin, encodings, errors, cache, streaming, memory."""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import subprocess
import sys
import threading
import time
import weakref
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from zhgloss.annotate import CACHE_KIND
from zhgloss.cache import cache_dir
from zhgloss.cli import app
from zhgloss.model import Entry
from zhgloss.store import Glossary

DATA = Path(__file__).resolve().parent / "data"
SAMPLE_ZH = DATA / "sample_zh.txt"
ARTICLE_000 = SHARED / "articles" / "000_d48d05291781f3c4.txt"


def run(runner: CliRunner, args: list[str], stdin: bytes | str | None = None) -> object:
    return runner.invoke(app, ["annotate", *args], input=stdin)


def test_help(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "--help"])
    assert result.exit_code == 0, result.output
    for option in ("--gloss", "--format", "--first-only", "--summary", "--encoding", "--errors", "--output-encoding"):
        assert option in result.stdout


def test_stdin_to_stdout(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate"], input="雷军创办了小米。\n".encode())
    assert result.exit_code == 0, result.output
    assert result.stdout == "雷军（Lei Jun）创办了小米（Xiaomi）。\n"
    assert result.stderr == ""


def test_sample_with_summary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "--summary"], input=SAMPLE_ZH.read_bytes())
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("小米（Xiaomi）创始人雷军（Lei Jun）辞任金山软件（Kingsoft）执行董事\n")
    assert "金山办公（Kingsoft Office）" in result.stdout
    summary = result.stderr.splitlines()
    # Counted by hand: 雷军 6 times; 金山软件 5 times plus 金山 once; ties keep the order of first mention.
    assert summary[:3] == [
        "     6  雷军 Lei Jun  [lei-jun]",
        "     6  金山软件 Kingsoft  [kingsoft]",
        "     4  小米 Xiaomi  [xiaomi]",
    ]
    assert summary[-1] == "42 mentions of 27 entries"


def test_file_arguments_and_dash(runner: CliRunner, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("雷军\n", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(first), "-"], input="小米\n".encode())
    assert result.exit_code == 0, result.output
    assert result.stdout == "雷军（Lei Jun）\n小米（Xiaomi）\n"


def test_first_only_is_per_file(runner: CliRunner, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("雷军，雷军\n", encoding="utf-8")
    result = runner.invoke(app, ["annotate", "--first-only", str(first), str(first)])
    assert result.stdout == "雷军（Lei Jun），雷军\n" * 2


def test_english_article_keeps_written_glosses(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", str(ARTICLE_000)])
    assert result.exit_code == 0, result.output
    assert "Chinese entrepreneur Lei Jun (雷军) has resigned" in result.stdout
    assert "After Jack Ma (马云)’s retirement" in result.stdout
    assert "(雷军) (雷军)" not in result.stdout
    assert "Kingsoft Office (金山办公)" in result.stdout


def test_annotating_twice_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    once = runner.invoke(app, ["annotate", str(ARTICLE_000)]).stdout_bytes
    twice = runner.invoke(app, ["annotate"], input=once).stdout_bytes
    assert twice == once


@pytest.mark.parametrize(
    ("gloss", "expected"), [("pinyin", "雷军（Léi Jūn）\n"), ("both", "雷军（Léi Jūn, Lei Jun）\n")]
)
def test_gloss_option(runner: CliRunner, gloss: str, expected: str) -> None:
    result = runner.invoke(app, ["annotate", "-g", gloss], input="雷军\n".encode())
    assert result.stdout == expected


def test_json_lines(runner: CliRunner) -> None:
    text = "\ufeff雷军\r\nLei Jun 和 小米集团\n"
    result = runner.invoke(app, ["annotate", "--format", "json"], input=text.encode())
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["surface"], r["line"]) for r in rows] == [
        ("lei-jun", "雷军", 1),
        ("lei-jun", "Lei Jun", 2),
        ("xiaomi-group", "小米集团", 2),
    ]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["surface"]
    assert rows[2]["entry"]["en"] == "Xiaomi Group"
    assert runner.invoke(app, ["annotate", "--json"], input=text.encode()).stdout == result.stdout


def test_json_insertions_undo_inline(runner: CliRunner) -> None:
    data = ARTICLE_000.read_bytes()
    inline = runner.invoke(app, ["annotate"], input=data).stdout
    rows = [json.loads(line) for line in runner.invoke(app, ["annotate", "-f", "json"], input=data).stdout.splitlines()]
    restored, shift = inline, 0
    for row in rows:
        if row["inserted"]:
            at = row.get("at", row["end"]) + shift  # "at": after the whole word ("Beijing's"), where not at its end
            assert restored[at : at + len(row["inserted"])] == row["inserted"]
            restored = restored[:at] + restored[at + len(row["inserted"]) :]
    assert restored.encode() == data


def test_tsv(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "-f", "tsv"], input="雷军\n小米\n".encode())
    lines = result.stdout.splitlines()
    assert lines[0].startswith("file\tline\tcol\tstart\tend\tid\tsurface")
    assert lines[1].split("\t")[:7] == ["<stdin>", "1", "1", "0", "2", "lei-jun", "雷军"]
    assert lines[2].split("\t")[:7] == ["<stdin>", "2", "1", "3", "5", "xiaomi", "小米"]


def test_html_escapes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "-f", "html", "--fragment"], input="<b>雷军</b>\n".encode())
    assert result.stdout.startswith('&lt;b&gt;<ruby class="zhgloss" data-id="lei-jun"')
    assert result.stdout.endswith("</ruby>&lt;/b&gt;\n")


def test_gbk_input_is_written_back_in_gbk(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "-e", "gbk"], input="雷军\r\n".encode("gbk"))
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == "雷军（Lei Jun）\r\n".encode("gbk")


def test_auto_encoding(runner: CliRunner) -> None:
    data = SAMPLE_ZH.read_text(encoding="utf-8").encode("gb18030")
    result = runner.invoke(app, ["annotate", "-e", "auto", "--output-encoding", "utf-8"], input=data)
    assert result.exit_code == 0, result.output
    assert "雷军（Lei Jun）" in result.stdout


def test_auto_encoding_short_gbk_line(runner: CliRunner) -> None:
    data = "记者张伟报道，雷军说。\n".encode("gb18030")
    result = runner.invoke(app, ["annotate", "-e", "auto", "--output-encoding", "utf-8"], input=data)
    assert result.exit_code == 0, result.output
    assert result.stdout == "记者张伟报道，雷军（Lei Jun）说。\n"


def test_bom_is_kept(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate"], input="\ufeff小米\n".encode())
    assert result.stdout_bytes == "\ufeff小米（Xiaomi）\n".encode()


def test_undecodable_input_is_a_data_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate"], input="雷军\n".encode() + b"ab\xffc\n")
    assert result.exit_code == 3
    assert result.stderr == (
        "Error: '<stdin>': is not valid utf-8: cannot decode byte 9 (b'\\xff': invalid start byte) "
        "(pass the right --encoding, or --errors replace)\n"
    )
    assert "Traceback" not in result.output


def test_undecodable_file_names_the_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x81")
    result = runner.invoke(app, ["annotate", "-e", "gbk", str(bad)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"Error: {str(bad)!r}: is not valid gbk: cannot decode byte 0")


def test_errors_replace(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "--errors", "replace"], input=b"\xff\n")
    assert result.exit_code == 0
    assert result.stdout == "\ufffd\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "xml"],
            "Error: --format: 'xml' is not one of inline, html, json, tsv (see 'zhgloss annotate --help')\n",
        ),
        (
            ["--gloss", "fr"],
            "Error: --gloss: 'fr' is not one of auto, en, pinyin, zh, both (see 'zhgloss annotate --help')\n",
        ),
        (
            ["--errors", "ignore"],
            "Error: --errors: 'ignore' is not one of strict, replace (see 'zhgloss annotate --help')\n",
        ),
        (["-e", "klingon"], "Error: unknown text encoding 'klingon'\n"),
        (["-e", "base64"], "Error: unknown text encoding 'base64'\n"),
        (["--output-encoding", "rot13"], "Error: unknown text encoding 'rot13'\n"),
        (["no-such-file.txt"], "Error: 'no-such-file.txt': no such file\n"),
    ],
)
def test_usage_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["annotate", *args], input=b"")
    assert result.exit_code == 2
    assert result.stderr == message
    assert result.stdout == ""


def test_unencodable_gloss_warns(runner: CliRunner) -> None:
    # Big5 has no tone-marked letters: the pinyin of 雷軍 cannot be written whole.
    result = runner.invoke(app, ["annotate", "-e", "big5", "-g", "pinyin"], input="雷軍說\n".encode("big5"))
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("big5") == "雷軍（L?i J?n）說\n"
    assert result.stderr.startswith("Warning: some glosses cannot be written in big5")


def test_corrupt_glossary_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["annotate", "--db", str(bad)], input="雷军\n".encode())
    assert result.exit_code == 3
    assert result.stderr.startswith(f"Error: {str(bad)!r}: not valid JSON")
    assert bad.read_text(encoding="utf-8") == "{not json"


def test_cache_is_reused_and_refreshed(runner: CliRunner, glossary_path: Path) -> None:
    args = ["annotate", "--db", str(glossary_path)]
    assert runner.invoke(app, args, input="求伯君 王小明\n".encode()).stdout == "求伯君（Qiu Bojun） 王小明\n"
    cached = cache_dir(glossary_path) / f"{CACHE_KIND}.bin"
    stamp = cached.stat().st_mtime_ns
    runner.invoke(app, args, input="雷军\n".encode())
    assert cached.stat().st_mtime_ns == stamp  # not rebuilt
    with Glossary.open(glossary_path) as gloss:
        gloss.add(Entry(id="wang-xiaoming", en="Wang Xiaoming", zh="王小明"))
    assert runner.invoke(app, args, input="王小明\n".encode()).stdout == "王小明（Wang Xiaoming）\n"


def test_damaged_cache_is_rebuilt(runner: CliRunner, glossary_path: Path) -> None:
    args = ["annotate", "--db", str(glossary_path)]
    runner.invoke(app, args, input=b"")
    cached = cache_dir(glossary_path) / f"{CACHE_KIND}.bin"
    key = cached.read_bytes().partition(b"\n")[0]
    cached.write_bytes(key + b"\nZHGLOSS-ANNOTATE-3\n")
    assert runner.invoke(app, args, input="雷军\n".encode()).stdout == "雷军（Lei Jun）\n"
    # Written again, whole: the next command reads it instead of building the annotator anew.
    assert cached.read_bytes().startswith(key + b"\nZHGLOSS-ANNOTATE-")
    assert len(cached.read_bytes()) > len(key) + 100


def _collections_while(alive: Callable[[], bool], build: Callable[[], object]) -> list[bool]:
    """Run `build`; for each collection the cyclic collector starts meanwhile, whether `alive()` held then."""
    import gc

    seen: list[bool] = []

    def started(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(alive())

    gc.collect()
    gc.callbacks.append(started)
    try:
        build()
    finally:
        gc.callbacks.remove(started)
    return seen


def _patterns_alive() -> bool:
    import gc

    from zhgloss.annotate import _PatternRows

    return any(isinstance(thing, _PatternRows) for thing in gc.get_objects())


def _then_allocate(build: Callable[[], object]) -> Callable[[], object]:
    """`build`, then enough new container objects that a running collector must start a collection."""

    def run() -> object:
        built = build()
        garbage: list[list[object]] = [[] for _ in range(200_000)]
        return built, len(garbage)

    return run


def test_the_collector_resumes_after_a_builds_patterns_are_freed(
    glossary_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Resumed while they were alive, its first collection scanned their millions of tuples: ~0.5 s of a
    # 100,000-entry build (issue 15 item 1). What the build leaves alive is moved to the oldest generation
    # (cache.py, gc.freeze), so the build itself may end with no collection due: the allocations after it
    # start one, which must find the collector running (`seen` not empty) and the patterns gone.
    from zhgloss.annotate import annotator_for
    from zhgloss.check import checker_for

    assert not _patterns_alive()  # none left by an earlier test of this process: one scan of the heap
    made = _patterns_made(monkeypatch)
    with Glossary.open(glossary_path) as gloss:
        seen = _collections_while(lambda: bool(made), _then_allocate(lambda: annotator_for(gloss)))
        assert seen
        assert not any(seen)
    other = glossary_path.with_name("other.json")
    other.write_bytes(glossary_path.read_bytes())
    with Glossary.open(other) as gloss:
        seen = _collections_while(
            lambda: bool(made) or "_entries" in gloss.__dict__, _then_allocate(lambda: checker_for(gloss))
        )
        assert seen
        assert not any(seen)


def _patterns_made(monkeypatch: pytest.MonkeyPatch) -> weakref.WeakSet[object]:
    """The pattern rows (`zhgloss.annotate._PatternRows`) made from now on that are still alive.

    Asked at every collection the builds start (hundreds): a scan of the whole heap each time (`_patterns_alive`)
    took 15 minutes in a test process holding CC-CEDICT's annotators (the forty-third session's run)."""
    from zhgloss.annotate import _PatternRows

    made: weakref.WeakSet[object] = weakref.WeakSet()
    make = _PatternRows.__init__

    def tracked(self: _PatternRows, *args: Any, **kwargs: Any) -> None:
        made.add(self)
        make(self, *args, **kwargs)

    monkeypatch.setattr(_PatternRows, "__init__", tracked)
    return made


def test_english_automaton_is_cached_once_a_long_text_built_it(glossary_path: Path) -> None:
    from zhgloss.annotate import Annotator, annotator_for

    english = cache_dir(glossary_path) / f"{CACHE_KIND}-english.bin"
    text = "Lei Jun founded Xiaomi; Xiaomi's Lei Jun."
    with Glossary.open(glossary_path) as gloss:
        expected = Annotator(gloss.iter_entries()).mentions(text)
        first = annotator_for(gloss)
        assert not english.exists()
        first._short_english = 0  # as a text past the short-text budget
        assert first.mentions(text) == expected
        assert english.is_file()  # built once, kept
        # Kept compressed (issue 15: 0.41 of the size): the payload after the stamp is a zlib stream of the automaton.
        payload = english.read_bytes().partition(b"\n")[2][4:]
        assert payload[:1] == b"\x78" and len(zlib.decompress(payload)) > len(payload)
        stamp = english.stat().st_mtime_ns
        second = annotator_for(gloss)
        second._short_english = 0
        assert second.mentions(text) == expected
        assert english.stat().st_mtime_ns == stamp  # loaded, not built again
        # A file of other patterns (or damaged) under the current identity is never used, but replaced.
        key = english.read_bytes().partition(b"\n")[0]
        english.write_bytes(key + b"\nXXXXnot an automaton")
        third = annotator_for(gloss)
        third._short_english = 0
        assert third.mentions(text) == expected
        assert english.read_bytes() != key + b"\nXXXXnot an automaton"


# The installed console script


def test_console_script_quickstart(zhgloss_exe: str) -> None:
    with SAMPLE_ZH.open("rb") as stdin:
        proc = subprocess.run([zhgloss_exe, "annotate", "--summary"], stdin=stdin, capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "雷军（Lei Jun）".encode() in proc.stdout
    assert proc.stderr.decode().endswith("42 mentions of 27 entries\n")


def _read_line(proc: subprocess.Popen[bytes], timeout: float = 20.0) -> bytes:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, f"no output line within {timeout} s (got {data!r})"
        chunk = os.read(proc.stdout.fileno(), 4096)
        assert chunk, "output closed early"
        data += chunk
    return data


def test_output_starts_before_input_ends(zhgloss_exe: str) -> None:
    """`tail -f log | zhgloss annotate`: each line comes out while the pipe is still open."""
    proc = subprocess.Popen([zhgloss_exe, "annotate"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        proc.stdin.write("雷军\n".encode())
        proc.stdin.flush()
        assert _read_line(proc) == "雷军（Lei Jun）\n".encode()
        proc.stdin.write("小米\n".encode())
        proc.stdin.flush()
        assert _read_line(proc) == "小米（Xiaomi）\n".encode()
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)
    assert proc.returncode == 0


def test_broken_pipe_is_quiet(zhgloss_exe: str) -> None:
    text = ("雷军创办了小米。" * 20 + "\n") * 20_000
    proc = subprocess.run(
        f"{zhgloss_exe} annotate | head -c 10", shell=True, input=text.encode(), capture_output=True, check=False
    )
    assert proc.stderr == b""


@pytest.mark.slow
def test_memory_stays_flat_on_a_big_stream(zhgloss_exe: str) -> None:
    """64 MB through a pipe: the process's peak memory stops growing once the first 16 MB are through, and stays
    far below the input's size. A leak of a byte for every 3 read would show as 16 MB more over the other 48 MB
    (2.2 MB was seen: the allocator's own). It sent 200 MB until the forty-third session: 14 minutes of a CI run
    under load, where the growth after the first quarter tells flat from not at a third of the input."""
    article = SAMPLE_ZH.read_bytes() + ARTICLE_000.read_bytes() + b"\n"
    total = 64 * 1024 * 1024
    block = article * (1024 * 1024 // len(article))
    proc = subprocess.Popen([zhgloss_exe, "annotate"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None

    def feed() -> None:
        assert proc.stdin is not None
        sent = 0
        while sent < total:
            proc.stdin.write(block)
            sent += len(block)
        proc.stdin.close()

    feeder = threading.Thread(target=feed)
    feeder.start()
    received = 0
    peak_kb = 0
    peak_after_a_quarter_kb = 0
    status = Path(f"/proc/{proc.pid}/status")
    while chunk := proc.stdout.read(1 << 20):
        received += len(chunk)
        # VmHWM is the peak of the running program itself; getrusage's ru_maxrss would also count
        # the memory of this (large) test process at fork time.
        with contextlib.suppress(OSError):
            hwm = re.search(r"VmHWM:\s+(\d+) kB", status.read_text(encoding="utf-8"))
            peak_kb = max(peak_kb, int(hwm.group(1))) if hwm else peak_kb
        if not peak_after_a_quarter_kb and received >= total // 4:
            peak_after_a_quarter_kb = peak_kb
    feeder.join()
    assert proc.wait() == 0
    assert received > total
    assert 0 < peak_kb < 300 * 1024, f"peak RSS {peak_kb / 1024:.0f} MB"
    grown = peak_kb - peak_after_a_quarter_kb
    assert grown < 16 * 1024, f"the peak grew {grown / 1024:.1f} MB over the last 48 MB of input"


def test_import_of_cli_stays_light() -> None:
    code = (
        "import sys, zhgloss.cli; "
        "print(sorted(m for m in ('daachorse', 'charset_normalizer', 'zhgloss.annotate') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_big5_english_text_is_glossed_in_traditional_characters(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "b.txt"
    source.write_bytes("Lei Jun and Jack Ma\n".encode("big5"))
    first = runner.invoke(app, ["annotate", "-e", "big5", str(source)])
    assert first.exit_code == 0, first.output
    assert first.stdout_bytes.decode("big5") == "Lei Jun (雷軍) and Jack Ma (馬雲)\n"
    again = tmp_path / "again.txt"
    again.write_bytes(first.stdout_bytes)
    assert runner.invoke(app, ["annotate", "-e", "big5", str(again)]).stdout_bytes == first.stdout_bytes


def test_a_folder_or_pipe_as_file(runner: CliRunner, tmp_path: Path, zhgloss_exe: str) -> None:
    folder = runner.invoke(app, ["annotate", str(tmp_path)])
    assert folder.exit_code == 2
    assert folder.stderr.startswith(f"Error: '{tmp_path}' is a folder: pass --output-dir DIR")
    piped = subprocess.run(["bash", "-c", f"'{zhgloss_exe}' annotate <(printf '雷军')"], capture_output=True, text=True)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == "雷军（Lei Jun）"


def test_gloss_zh_of_a_traditional_name_stays_traditional(runner: CliRunner) -> None:
    result = runner.invoke(app, ["annotate", "-g", "zh"], input="劉強東和Jack Ma\n".encode())
    assert result.exit_code == 0, result.output
    assert result.stdout == "劉強東和Jack Ma（馬雲）\n"


def test_first_only_counts_the_first_mention_that_got_a_gloss(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["annotate", "-g", "zh", "--first-only"], input="雷军说。\nLater, Lei Jun said. Lei Jun again.\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "雷军说。\nLater, Lei Jun (雷军) said. Lei Jun again.\n"
